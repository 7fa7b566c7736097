"""Train the learned description step (``description-learned``) and write its weights.

Run: PYTHONPATH=. .venv/bin/python benchmarks/train_description_model.py [--out PATH]
[--without SETS]

Writes ``esslingen_lab/data/learned_descriptions.npz`` (package data, read by
``esslingen_lab.privacy.learned_descriptions``; plain arrays, no pickle): the feature names,
their weights and the intercept of a logistic regression fitted on the candidates of every
labelled set (tests/fixtures/pii_*.jsonl, none excluded), as the redactor without the step
leaves them, with the configuration of ``benchmarks/cv_description_model.py``.
Deterministic: a re-run on the same data and code writes the same weights.

Held-out sets: a set added to tests/fixtures/ later is in the training data as soon as this
script is re-run; score a new held-out set with the weights trained before it was added
(``--without pii_fresh190,pii_fresh191`` leaves sets out).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv_description_model as cv  # noqa: E402

OUT = ROOT / "esslingen_lab" / "data" / "learned_descriptions.npz"


def main() -> None:
    cv.train(__doc__, OUT, cv.CACHE, cv.RULE, cv.build_rows, what="candidates")


if __name__ == "__main__":
    main()
