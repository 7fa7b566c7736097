"""The learned name rule scored where the rules were not fitted: writer sets at arrival.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_learned_names.py [--thresholds 0 0.5 1 2]
(about 10 min: five checkouts of old commits redact their sets, one training of about
3 min; needs git and the repository's history)

Each writer set below was scored once, at the end of the session that added it, with the
code of the day before it arrived; the rules were fitted to it afterwards, so today's rules
look better on it than on a set they have never seen. This script rebuilds that state: it
checks out the commit before each set was added (``git worktree``), redacts the set there
with the rules alone, trains the learned model on every other labelled set (weights that
never saw these fifteen) and runs the redactor's own last rule (``name-learned``) with those
weights on the rules' output. It prints recall, ordinary words lost and
controls kept, with and without the step, and the words lost in the held-out fifth of the
real participation sentences.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv_redaction_model as cv  # noqa: E402

from esslingen_lab.privacy import learned  # noqa: E402
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction  # noqa: E402
from esslingen_lab.privacy.redact import Redactor  # noqa: E402
from esslingen_lab.privacy.redact.rules import LEARNED_RULE  # noqa: E402

#: the commit each group of sets was added in; the code of its parent never saw them
ARRIVALS = {
    "b5f5dbf": (148, 149, 150),
    "1c80164": (151, 152, 153),
    "6ac66ac": (154, 155, 156),
    "fd3c0f4": (157, 158, 159),
    "ae4d2d0": (160, 161, 162),
}
_REDACT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from esslingen_lab.privacy import Redactor
texts = json.load(open(sys.argv[2]))
json.dump(Redactor().redact(texts, n_jobs=1).texts, open(sys.argv[3], "w"))
"""


def arrival_outputs(work: Path) -> dict[str, str]:
    """Each set's texts redacted by the code of the day before it arrived."""
    out: dict[str, str] = {}
    for commit, numbers in ARRIVALS.items():
        tree = work / commit
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", "--detach", str(tree),
                        f"{commit}^"], check=True, capture_output=True)  # fmt: skip
        try:
            texts = [r["text"] for n in numbers for r in _records(n)]
            (work / "in.json").write_text(json.dumps(texts))
            subprocess.run([sys.executable, "-c", _REDACT, str(tree), str(work / "in.json"),
                            str(work / "out.json")], check=True)  # fmt: skip
            out.update(zip(texts, json.loads((work / "out.json").read_text()), strict=True))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False, capture_output=True)  # fmt: skip
    return out


def _records(number: int) -> list[dict]:
    return load_labelled(ROOT / "tests" / "fixtures" / f"pii_fresh{number}.jsonl")


def with_step(model: learned.LearnedTokens, texts: list[str], threshold: float) -> list[str]:
    """The learned rule after the others: the redactor's own rule, with these weights."""
    rule = replace(LEARNED_RULE, finder=lambda text: model.name_spans(text, threshold))
    return Redactor(rules=[rule]).redact(texts, n_jobs=1).texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.0, 0.5, 1.0, 2.0])
    args = parser.parse_args()
    held = {f"pii_fresh{n}" for numbers in ARRIVALS.values() for n in numbers}
    with tempfile.TemporaryDirectory() as tmp:
        arrival = arrival_outputs(Path(tmp))
    sets = {k: v for k, v in cv.fixture_sets().items() if k not in held}
    real_train, real_held = cv.real_sentences()
    texts = [r["text"] for rs in sets.values() for r in rs] + real_train + real_held
    outputs = cv.rules_output(texts)
    rows = cv.build_rows(sets, real_train, outputs)
    model = cv.train(rows, np.ones(len(rows.y), dtype=bool))
    records = [r for numbers in ARRIVALS.values() for n in numbers for r in _records(n)]
    plain = [{"id": f"real{i}", "text": s, "pii": []} for i, s in enumerate(real_held)]
    before = score_redaction(records, lambda ts: [arrival[t] for t in ts])
    real_before = score_redaction(plain, lambda ts: [outputs[t] for t in ts])
    print(f"{len(records)} answers of 15 writer sets, {before.n_spans} personal strings; "
          f"rules of the day alone: recall {before.recall:.4f}, ordinary words lost "
          f"{100 * before.false_removal:.2f} %, real sentences "
          f"{100 * real_before.false_removal:.2f} %")  # fmt: skip
    for threshold in args.thresholds:
        after = score_redaction(
            records, lambda ts, t=threshold: with_step(model, [arrival[x] for x in ts], t)
        )
        real = score_redaction(
            plain, lambda ts, t=threshold: with_step(model, [outputs[x] for x in ts], t)
        )
        kept0 = sum(k for k, _ in before.controls.values())
        kept1 = sum(k for k, _ in after.controls.values())
        gains = {c: f - before.by_category[c][0] for c, (f, _) in after.by_category.items()}
        print(f"+ learned rule, log-odds > {threshold:g}: recall {after.recall:.4f} "
              f"({after.n_found - before.n_found:+d}), ordinary words lost "
              f"{100 * after.false_removal:.2f} %, controls kept {kept1} (was {kept0}), real "
              f"sentences {100 * real.false_removal:.2f} % | "
              + ", ".join(f"{c} {g:+d}" for c, g in sorted(gains.items()) if g))  # fmt: skip


if __name__ == "__main__":
    main()
