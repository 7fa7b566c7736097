"""Train the ``health-continued`` step and write its weights.

Run: PYTHONPATH=. .venv/bin/python benchmarks/train_health_continued.py [--out PATH]
[--without pii_fresh202,…]

Writes ``esslingen_lab/data/learned_health_continued.npz`` (package data, read by
``esslingen_lab.privacy.health_continuation``; plain arrays, no pickle): the feature names,
their weights and the intercept of a logistic regression fitted on the pieces of every
labelled set (tests/fixtures/pii_*.jsonl, but those given with ``--without``), as the
redactor without the step leaves them, with the configuration of
``benchmarks/cv_health_continued.py``. Deterministic: a re-run on the same data and code
writes the same weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv_description_model as cv  # noqa: E402
import cv_health_continued as cvh  # noqa: E402

OUT = ROOT / "esslingen_lab" / "data" / "learned_health_continued.npz"


def main() -> None:
    cv.train(__doc__, OUT, cvh.CACHE, cvh.RULE, cvh.build_rows, what="pieces",
             min_count=cvh.MIN_COUNT)  # fmt: skip


if __name__ == "__main__":
    main()
