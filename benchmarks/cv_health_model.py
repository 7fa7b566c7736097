"""Cross-validate the learned health step (``health-learned``) against simple rules.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_health_model.py [--cache PATH]
(about 3 min the first time: the redactor without the step reads every labelled set once,
cached by the redaction code's hash)

Every labelled set (tests/fixtures/pii_*.jsonl) is redacted without the step. Each health
word the rules left (:func:`esslingen_lab.privacy.health_candidates.candidates`) is labelled
a hit when replacing its extent by ``[GESUNDHEIT]`` removes a labelled string the rules left
(:func:`esslingen_lab.privacy.evaluation.leaks`). Five folds of whole sets (a writer never in
training and test at once), the model and folds of ``cv_description_model.py``; the
candidates taken are scored together per answer: labelled strings gained (health details
among them), ordinary words lost and controls lost. Beside it, the rules one would write
instead on the same candidates (none of them one the health rule's exclusions speak
against): every candidate; those whose lexicon conditions are met; those with a person (as
the rule reads persons) in their clause; both; those with the writer ("ich", "mein") in
their sentence.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import cv_description_model as cv  # noqa: E402

from esslingen_lab.privacy import health_candidates as hc  # noqa: E402
from esslingen_lab.privacy.evaluation import leaks  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_health_rules_cache.json"
RULE = "health-learned"
TAG = "[GESUNDHEIT]"


def build_rows(sets: dict[str, list[dict]], outputs: dict[str, str]) -> list[dict]:
    """One row per candidate: set, answer, span, features and whether it is a hit."""
    rows = []
    for name, records in sets.items():
        for record in records:
            after = outputs[record["text"]]
            found = hc.candidates(after)
            if not found:
                continue
            before, _ = leaks(record, after)
            for start, end, facts in found:
                now, _ = leaks(record, cv._replace(after, [(start, end)], TAG))
                rows.append(dict(
                    set=name, record=record, after=after, span=(start, end),
                    features=hc.features(facts),
                    hit=any(b and not a for b, a in zip(before, now, strict=True)),
                ))  # fmt: skip
    return rows


def score(rows: list[dict], take) -> dict:
    """Apply the candidates ``take(row)`` says yes to, merged; tally per answer."""
    by_answer: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_answer[row["record"]["id"] + "\x00" + row["set"]].append(row)
    tally = dict(spans=0, gained=0, health=0, words=0, controls=0)
    for answer_rows in by_answer.values():
        chosen = [row["span"] for row in answer_rows if take(row)]
        if not chosen:
            continue
        record, after = answer_rows[0]["record"], answer_rows[0]["after"]
        new = cv._replace(after, cv._merged(chosen), TAG)
        (before, lost0), (now, lost1) = leaks(record, after), leaks(record, new)
        for span, b, a in zip(record["pii"], before, now, strict=True):
            if b and not a:
                tally["gained"] += 1
                tally["health"] += span.get("type") == "GESUNDHEIT"
        tally["spans"] += len(chosen)
        tally["words"] += lost1 - lost0
        tally["controls"] += sum(
            c["value"] in after and c["value"] not in new for c in record.get("controls", [])
        )
    return tally


BASELINES = {
    "every candidate": lambda row: True,
    "lexicon's conditions met": lambda row: "loose" not in row["features"],
    "person in clause": lambda row: any(name.startswith("c_person=") for name in row["features"]),
    "conditions met + person in clause": lambda row: (
        "loose" not in row["features"]
        and any(name.startswith("c_person=") for name in row["features"])
    ),
    "writer in sentence": lambda row: any(
        name in row["features"] for name in ("s_ich", "s_poss1", "s_bin", "s_habe")
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    sets = cv.labelled_sets()
    texts = [r["text"] for records in sets.values() for r in records]
    outputs = cv.rules_output(texts, args.cache, step=RULE)
    rows = build_rows(sets, outputs)
    n_answers = sum(len(records) for records in sets.values())
    print(
        f"{len(sets)} labelled sets, {n_answers} answers; {len(rows)} candidates, "
        f"{sum(r['hit'] for r in rows)} of them hits; {cv.FOLDS} folds of whole sets"
    )
    for row, p in zip(rows, cv.cross_validated(rows), strict=True):
        row["p"] = p
    lines = list(BASELINES.items())
    lines += [(f"model, p > {t:g}", lambda row, t=t: row["p"] > t)
              for t in (0.3, 0.4, 0.5, 0.6, 0.7)]  # fmt: skip
    print(f"{'':40s} {'taken':>6s} {'strings':>8s} {'health':>7s} {'words lost':>11s} "
          f"{'controls lost':>14s}")  # fmt: skip
    for name, take in lines:
        t = score(rows, take)
        print(f"{name:40s} {t['spans']:6d} {t['gained']:+8d} {t['health']:+7d} "
              f"{t['words']:+11d} {-t['controls']:+14d}")  # fmt: skip


if __name__ == "__main__":
    main()
