"""Train the learned word scorer of the quote review and write its weights.

Run: PYTHONPATH=. .venv/bin/python benchmarks/train_redaction_model.py [--out PATH]

Writes ``esslingen_lab/data/learned_tokens.npz`` (package data, read by
``esslingen_lab.privacy.learned``; plain arrays, no pickle). Trains on every labelled
fixture (all of tests/fixtures/pii_*.jsonl, none excluded), each text seen as written and as
the rules leave it, plus four in five real participation sentences (../shared/datasets; the
fifth stays held out for measuring false alarms) as ordinary text, with the configuration
chosen by leave-one-writer-out cross-validation (benchmarks/cv_redaction_model.py,
benchmarks/cv_review_model.py). Deterministic: a re-run on the same data writes the same
weights.

Held-out sets: a set added to tests/fixtures/ later is in the training data as soon as this
script is re-run. To score a new held-out set with the review (bench_review.py), score it
with the weights trained before it was added, or retrain with that set excluded — never with
weights that saw it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv_redaction_model as cv  # noqa: E402

OUT = ROOT / "esslingen_lab" / "data" / "learned_tokens.npz"


def train_model():
    """Fit the model on all fixtures and the training part of the real sentences."""
    sets = cv.fixture_sets()
    real_train, _real_held = cv.real_sentences()
    texts = [r["text"] for rs in sets.values() for r in rs] + real_train
    outputs = cv.rules_output(texts)
    rows = cv.build_rows(sets, real_train, outputs)
    return cv.train(rows, np.ones(len(rows.y), dtype=bool))


def save(model, path) -> None:
    """Write the weights as a compressed ``.npz`` (no pickled objects)."""
    np.savez_compressed(
        path,
        weights=model.weights.astype(np.float32),
        type_weights=model.type_weights.astype(np.float16),
        type_bias=model.type_bias.astype(np.float32),
        kinds=np.array(model.kinds),
        threshold=np.float32(cv.learned.REVIEW_LOG_ODDS),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, default=cv.CACHE,
                        help="the rules' outputs, cached by their source hash")  # fmt: skip
    args = parser.parse_args()
    cv.CACHE = args.cache
    model = train_model()
    save(model, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
