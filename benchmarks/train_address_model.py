"""Train the learned address step (``address-learned``) and write its weights.

Run: PYTHONPATH=. .venv/bin/python benchmarks/train_address_model.py [--out PATH]

Writes ``esslingen_lab/data/learned_address.npz`` (package data, read by
``esslingen_lab.privacy.learned_address``; plain arrays, no pickle): the feature names, their
weights and the intercept of a logistic regression fitted on the candidates of every
labelled set (tests/fixtures/pii_*.jsonl, none excluded), as the redactor without the step
leaves them, with the configuration of ``benchmarks/cv_address_model.py``. Deterministic: a
re-run on the same data and code writes the same weights.

Held-out sets: a set added to tests/fixtures/ later is in the training data as soon as this
script is re-run; score a new held-out set with the weights trained before it was added
(``--without pii_fresh190,pii_fresh191`` leaves sets out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv_address_model as cva  # noqa: E402
import cv_description_model as cv  # noqa: E402

from esslingen_lab.privacy.linear_weights import save  # noqa: E402

OUT = ROOT / "esslingen_lab" / "data" / "learned_address.npz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, default=cva.CACHE)
    parser.add_argument("--without", default="", help="sets left out, e.g. pii_fresh190,…")
    args = parser.parse_args()
    left_out = set(filter(None, args.without.split(",")))
    sets = {name: rs for name, rs in cv.labelled_sets().items() if name not in left_out}
    texts = [r["text"] for rs in sets.values() for r in rs]
    rows = cva.build_rows(sets, cv.rules_output(texts, args.cache, step=cva.RULE))
    vectorizer, model = cv.fit(rows)
    kept = save(args.out, vectorizer.get_feature_names_out(), model.coef_[0], model.intercept_[0])
    print(f"{len(rows)} pieces, {sum(r['hit'] for r in rows)} hits; "
          f"wrote {args.out} ({kept} features)")  # fmt: skip


if __name__ == "__main__":
    main()
