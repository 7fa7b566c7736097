"""Redact one fixed, large set of texts with a checkout and compare two checkouts' outputs.

A speed change must leave every output as it was. Run once per checkout, then compare:

    python benchmarks/redaction_identity.py run /work/main /tmp/main.pkl
    python benchmarks/redaction_identity.py run $PWD /tmp/mine.pkl
    python benchmarks/redaction_identity.py compare /tmp/main.pkl /tmp/mine.pkl

The texts: every tests/fixtures/*.jsonl text (also the unseen sets: only as input, never
printed), the real Bonn and Ottensen texts (column ``text``), the speed benchmark's answers,
and each of them lower-cased, upper-cased, without punctuation, and (half) capitalised per
word. Only counts and indexes are printed, never a text.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import pickle
import sys
import time
from pathlib import Path

_FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
_REAL = ("bonn_survey/answers.csv", "ottensen_thematic/contributions.csv")
_PUNCTUATION = str.maketrans("", "", ".,;:!?()[]{}\"'„“”‚‘’«»/*-@")


def _texts(repo: str) -> list[str]:
    sys.path[:0] = [repo, repo + "/benchmarks"]
    from bench_privacy import DATASETS, FIXTURE, _answers

    from esslingen_lab.privacy.evaluation import load_labelled

    texts = []
    for path in sorted(glob.glob(str(_FIXTURES / "*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line).get("text") if line.strip() else None
                if isinstance(text, str):
                    texts.append(text)
    csv.field_size_limit(10**8)
    for name in _REAL:
        with open(DATASETS / name, encoding="utf-8", newline="") as rows:
            texts += [row["text"] for row in csv.DictReader(rows) if row.get("text")]
    records = load_labelled(FIXTURE)
    texts += _answers(records, 4000, 0.1, seed=1) + _answers(records, 3000, 1.0, seed=2)
    base = list(texts)
    texts += [t.lower() for t in base] + [t.upper() for t in base]
    texts += [t.translate(_PUNCTUATION) for t in base]
    texts += [" ".join(w[:1].upper() + w[1:] for w in t.split(" ")) for t in base[: len(base) // 2]]
    return texts


def run(repo: str, out: str) -> None:
    texts = _texts(repo)
    from esslingen_lab.privacy import redact

    start = time.process_time()
    result = redact(texts, n_jobs=1)
    cpu = time.process_time() - start
    with open(out, "wb") as file:
        pickle.dump((texts, result.texts, result.counts), file)
    digest = hashlib.sha1(repr(result.texts).encode()).hexdigest()[:12]
    print(f"{len(texts)} texts, {cpu:.1f} s CPU, digest {digest}")


def compare(first: str, second: str) -> None:
    with open(first, "rb") as a, open(second, "rb") as b:
        texts_a, out_a, counts_a = pickle.load(a)
        texts_b, out_b, counts_b = pickle.load(b)
    if texts_a != texts_b:
        sys.exit("the inputs differ: run both with the same fixtures")
    differ = [i for i, (x, y) in enumerate(zip(out_a, out_b, strict=True)) if x != y]
    print(f"{len(out_a)} texts, {len(differ)} differing outputs, counts equal: "
          f"{counts_a == counts_b}; first indexes: {differ[:20]}")


if __name__ == "__main__":
    {"run": run, "compare": compare}[sys.argv[1]](*sys.argv[2:4])
