"""Train the learned nickname step (``nickname-learned``) and write its weights.

Run: PYTHONPATH=. .venv/bin/python benchmarks/train_nickname_model.py [--out PATH]
[--without SETS]

Writes ``esslingen_lab/data/learned_nicknames.npz`` (package data, read by
``esslingen_lab.privacy.learned_nicknames``; plain arrays, no pickle): the feature names,
their weights and the intercept of a logistic regression fitted on the candidate words of
every labelled set (tests/fixtures/pii_*.jsonl), as the redactor without the step leaves
them, with the configuration of ``benchmarks/cv_nickname_model.py`` (``C`` there).
Deterministic: a re-run on the same data and code writes the same weights.

Held-out sets: score a new held-out set with the weights trained before it was added
(``--without pii_fresh226,pii_fresh227`` leaves sets out).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv_description_model as cv  # noqa: E402
import cv_nickname_model as nick  # noqa: E402

OUT = ROOT / "esslingen_lab" / "data" / "learned_nicknames.npz"


def main() -> None:
    cv.train(__doc__, OUT, nick.CACHE, nick.RULE, nick.build_rows, what="candidate words",
             c=nick.C)  # fmt: skip


if __name__ == "__main__":
    main()
