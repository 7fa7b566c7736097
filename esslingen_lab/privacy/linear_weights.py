"""Weights of a linear model over named features, stored as plain arrays (no pickle).

Also what the learned steps share beside: their spans with overlaps merged, and the
:class:`Piece` the steps that grow a span piece by piece (``address-learned``,
``health-continued``) weigh.

The learned description and health steps (:mod:`.learned_descriptions`,
:mod:`.learned_health`) each weigh a candidate's features (a dict of names to values) with
one: log-odds = intercept + the sum of weight × value; a feature without a weight adds 0.
Their ``.npz`` files hold ``names``, ``weights`` and ``intercept``, written by the training
scripts in ``benchmarks/``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["LinearWeights", "Piece", "merge_overlaps", "save"]


class LinearWeights:
    """Named feature weights and an intercept."""

    def __init__(self, names, weights, intercept: float):
        self.weights = dict(zip((str(name) for name in names), map(float, weights), strict=True))
        self.intercept = float(intercept)

    def score(self, features: dict) -> float:
        """Return the log-odds of a candidate with these ``features`` (names to values)."""
        weights = self.weights
        return self.intercept + sum(
            weights.get(name, 0.0) * value for name, value in features.items()
        )

    @classmethod
    def from_file(cls, path):
        """Load the weights from a ``.npz`` file (plain arrays, no pickle)."""
        with np.load(path, allow_pickle=False) as data:
            return cls(data["names"], data["weights"], float(data["intercept"]))


class Piece:
    """A run of words a step may grow a span over: its extent and what the model reads of it."""

    __slots__ = ("end", "facts", "start")

    def __init__(self, start: int, end: int, facts: dict):
        self.start, self.end, self.facts = start, end, facts


def save(path, names, weights, intercept: float) -> int:
    """Write the non-zero weights to a ``.npz`` file; return how many were written."""
    names, weights = np.asarray(names, dtype=str), np.asarray(weights)
    keep = weights != 0
    np.savez_compressed(path, names=names[keep], weights=weights[keep].astype(np.float32),
                        intercept=np.float32(intercept))  # fmt: skip
    return int(keep.sum())


def merge_overlaps(spans) -> list[tuple[int, int]]:
    """Return the (start, end) spans in order, overlapping ones merged into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
