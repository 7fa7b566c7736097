"""How unsure a classifier is about an answer: the scores active learning ranks by.

Apart from :mod:`.active` and :mod:`.classifier` so that both use it without an import cycle.
"""

from __future__ import annotations

import numpy as np

__all__ = ["STRATEGIES", "uncertainty"]

#: Strategies of :func:`uncertainty` / :func:`suggest`.
STRATEGIES = ("margin", "least_confidence", "entropy")


def uncertainty(proba, strategy="margin", *, multilabel=False) -> np.ndarray:
    """Uncertainty scores from predicted probabilities (higher = less certain).

    Parameters
    ----------
    proba : ndarray, shape (n_answers, n_codes)
    strategy : {"margin", "least_confidence", "entropy"}, default="margin"
        ``margin``: 1 − (p₁ − p₂) of the two most probable codes; ``least_confidence``:
        1 − p₁; ``entropy``: Shannon entropy. For multi-label each code is a yes/no
        decision and the least certain decision of an answer counts.
    multilabel : bool, default=False

    Returns
    -------
    ndarray of float, shape (n_answers,)

    Examples
    --------
    >>> uncertainty(np.array([[0.9, 0.1], [0.55, 0.45]])).round(2)
    array([0.2, 0.9])
    """
    proba = np.asarray(proba, dtype=float)
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)}")
    if multilabel:
        p = np.clip(proba, 1e-12, 1 - 1e-12)
        if strategy == "entropy":
            return (-(p * np.log(p) + (1 - p) * np.log(1 - p))).max(axis=1)
        margin = np.abs(2 * p - 1)  # p(yes) − p(no)
        if strategy == "margin":
            return 1 - margin.min(axis=1)
        return 1 - np.maximum(p, 1 - p).min(axis=1)
    top = np.sort(proba, axis=1)[:, ::-1]
    if strategy == "least_confidence":
        return 1 - top[:, 0]
    if strategy == "margin":
        second = top[:, 1] if top.shape[1] > 1 else np.zeros(len(top))
        return 1 - (top[:, 0] - second)
    p = np.clip(proba, 1e-12, 1)
    return -(p * np.log(p)).sum(axis=1)


# -- evaluation ----------------------------------------------------------------------------
