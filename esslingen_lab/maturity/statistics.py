"""Statistics of the maturity report: reliability, effect sizes, bootstrap and jackknife.

Plain functions on arrays, each tested against an independent reference.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

__all__ = ["cronbach_alpha", "alpha_if_item_deleted", "hedges_g", "cliffs_delta",
           "bootstrap_means", "overall_index", "percentile_interval", "bca_interval",
           "jackknife_means", "bootstrap_interval", "adjust_p"]


def cronbach_alpha(items) -> float:
    """Cronbach's alpha of a set of items (listwise deletion of incomplete rows).

    ``alpha = k / (k - 1) * (1 - sum(item variances) / variance(sum score))``.

    Parameters
    ----------
    items : array-like or pandas.DataFrame, shape (n_respondents, n_items)

    Returns
    -------
    float
        NaN with fewer than two items or two complete rows, or zero total variance.

    Examples
    --------
    >>> round(cronbach_alpha([[1, 2], [2, 3], [3, 3], [4, 5]]), 3)
    0.96
    """
    x = np.asarray(items, dtype=float)
    x = x[~np.isnan(x).any(axis=1)]
    n, k = x.shape
    if k < 2 or n < 2:
        return float("nan")
    total_var = x.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return float("nan")
    return float(k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / total_var))


def alpha_if_item_deleted(items: pd.DataFrame) -> pd.DataFrame:
    """Alpha after dropping each item, and each item's corrected item-total correlation.

    Parameters
    ----------
    items : pandas.DataFrame
        One column per item; rows with a missing answer are dropped (listwise), the same
        rows for every item so the figures are comparable with :func:`cronbach_alpha`.

    Returns
    -------
    pandas.DataFrame
        Columns item, alpha_if_deleted, item_rest_correlation.
    """
    x = items.dropna().to_numpy(dtype=float)
    n, k = x.shape
    alpha = np.full(k, np.nan)
    corr = np.full(k, np.nan)
    if n >= 2:
        # Everything follows from one covariance matrix: the rest score of item j has
        # variance C.sum() − 2·C[j].sum() + C[j, j] and covariance C[j].sum() − C[j, j].
        cov = np.atleast_2d(np.cov(x, rowvar=False))
        own = np.diag(cov)
        rest_var = cov.sum() - 2 * cov.sum(axis=1) + own
        rest_cov = cov.sum(axis=1) - own
        with np.errstate(invalid="ignore", divide="ignore"):
            if k >= 3:
                sum_var = own.sum() - own
                alpha = np.where(rest_var > 0, (k - 1) / (k - 2) * (1 - sum_var / rest_var),
                                 np.nan)
            if n > 2:
                corr = np.where((own > 0) & (rest_var > 0),
                                rest_cov / np.sqrt(np.abs(own * rest_var)), np.nan)
    return pd.DataFrame({"item": list(items.columns), "alpha_if_deleted": alpha,
                         "item_rest_correlation": corr})


def hedges_g(x, y, *, confidence=0.95):
    """Hedges' g (bias-corrected standardised mean difference x − y) with a normal CI.

    Parameters
    ----------
    x, y : array-like
        Values of the two groups; NaN is dropped.
    confidence : float, default=0.95

    Returns
    -------
    tuple of float
        (g, ci_low, ci_high); NaNs when a group has fewer than two values or no variance.

    Notes
    -----
    ``g = J · (mean_x − mean_y) / s_pooled`` with ``J = 1 − 3 / (4 (n1 + n2) − 9)``
    (Hedges 1981). The CI is the large-sample normal interval ``g ± z · SE`` with
    ``SE = sqrt((n1 + n2) / (n1 · n2) + g² / (2 (n1 + n2)))`` (Hedges & Olkin 1985,
    eq. 5.15; the variance formula of Borenstein et al. 2009 without its small-sample
    ``J²`` factor). It is symmetric around g and somewhat too narrow for n below ~20
    per group; the noncentral-t interval is exact under normality.
    """
    from scipy import stats

    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    x, y = x[~np.isnan(x)], y[~np.isnan(y)]
    n1, n2 = len(x), len(y)
    if n1 < 2 or n2 < 2:
        return (np.nan, np.nan, np.nan)
    sp = math.sqrt(((n1 - 1) * x.var(ddof=1) + (n2 - 1) * y.var(ddof=1)) / (n1 + n2 - 2))
    if sp == 0:
        return (np.nan, np.nan, np.nan)
    j = 1 - 3 / (4 * (n1 + n2) - 9)  # Hedges' small-sample correction
    g = j * (x.mean() - y.mean()) / sp
    se = math.sqrt((n1 + n2) / (n1 * n2) + g**2 / (2 * (n1 + n2)))
    z = stats.norm.ppf(0.5 + confidence / 2)
    return (float(g), float(g - z * se), float(g + z * se))


def cliffs_delta(x, y) -> float:
    """Cliff's delta P(X > Y) − P(X < Y), from the Mann–Whitney U statistic."""
    from scipy import stats

    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    x, y = x[~np.isnan(x)], y[~np.isnan(y)]
    if len(x) == 0 or len(y) == 0:
        return float("nan")
    u = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic").statistic
    return float(2 * u / (len(x) * len(y)) - 1)


def bootstrap_means(values, n_boot=2000, *, random_state=None, chunk_elements=1_000_000):
    """Bootstrap replicates of column means of a matrix with missing values.

    Respondents (rows) are resampled with replacement; each replicate's column mean uses
    the resampled respondents who answered that column. Vectorised: a block of replicates
    draws its indices with one call of the numpy ``Generator``, counts them per replicate
    into multinomial resampling weights (``np.add.at`` on one cache-sized row at a time)
    and takes all column sums of the block in one matrix product.

    Parameters
    ----------
    values : array-like, shape (n, d)
        NaN marks a missing value.
    n_boot : int, default=2000
    random_state : int, numpy.random.Generator or None
        The same seed gives the same replicates (on any machine: the block size depends
        on ``n`` and ``chunk_elements`` only).
    chunk_elements : int, default=1_000_000
        Size of the weight matrix per block (replicates × respondents); bounds memory.

    Returns
    -------
    numpy.ndarray, shape (n_boot, d)

    Examples
    --------
    >>> boot = bootstrap_means([[1.0], [2.0], [3.0]], 500, random_state=0)
    >>> boot.shape, bool(1.0 <= boot.min() and boot.max() <= 3.0)
    ((500, 1), True)
    """
    x = np.asarray(values, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    n, d = x.shape
    rng = np.random.default_rng(random_state)
    out = np.full((n_boot, d), np.nan)
    if n == 0 or n_boot <= 0:
        return out
    mask = ~np.isnan(x)
    design = np.hstack([np.where(mask, x, 0.0), mask.astype(float)])
    step = max(1, min(n_boot, chunk_elements // n))
    weights = np.empty((step, n))
    for start in range(0, n_boot, step):
        b = min(step, n_boot - start)
        idx = rng.integers(0, n, size=(b, n))  # int64: counting needs no cast
        weights[:b] = 0.0
        for r in range(b):  # one replicate's counts stay in the CPU cache
            np.add.at(weights[r], idx[r], 1.0)
        sums = weights[:b] @ design
        with np.errstate(invalid="ignore", divide="ignore"):
            out[start:start + b] = sums[:, :d] / sums[:, d:]
    return out


def percentile_interval(boot, confidence=0.95):
    """Percentile bootstrap interval per column (NaN replicates ignored).

    Returns
    -------
    tuple of numpy.ndarray
        (low, high), the ``(1 − confidence) / 2`` and ``(1 + confidence) / 2`` quantiles.
    """
    a = (1 - confidence) / 2
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an all-NaN column gives NaN
        q = np.nanquantile(boot, [a, 1 - a], axis=0)
    return q[0], q[1]


def bca_interval(boot, theta, jacks, confidence):
    """BCa interval per column from replicates, estimate and jackknife values.

    ``jacks`` holds one jackknife array (n_j, d) per independent sample, as
    ``scipy.stats.bootstrap`` computes them for a statistic of several samples: each
    sample's leave-one-out values enter the acceleration scaled by its own size.
    """
    from scipy import stats

    if isinstance(jacks, np.ndarray):
        jacks = [jacks]
    alpha = (1 - confidence) / 2
    lo = np.full(boot.shape[1], np.nan)
    hi = np.full(boot.shape[1], np.nan)
    for j in range(boot.shape[1]):
        b = boot[:, j][~np.isnan(boot[:, j])]
        if len(b) < 2 or np.isnan(theta[j]):
            continue
        prop = np.clip((b < theta[j]).mean() + 0.5 * (b == theta[j]).mean(), 1e-6, 1 - 1e-6)
        z0 = stats.norm.ppf(prop)
        num = den = 0.0
        for jack in jacks:
            jk = jack[:, j][~np.isnan(jack[:, j])]
            if len(jk) < 2:
                continue
            u = (len(jk) - 1) * (jk.mean() - jk)
            num += (u**3).sum() / len(jk) ** 3
            den += (u**2).sum() / len(jk) ** 2
        a = num / (6 * den**1.5) if den > 0 else 0.0
        qs = []
        for q in (alpha, 1 - alpha):
            zq = stats.norm.ppf(q)
            qs.append(stats.norm.cdf(z0 + (z0 + zq) / (1 - a * (z0 + zq))))
        lo[j], hi[j] = np.quantile(b, qs)
    return lo, hi


def overall_index(dimension_scores, weights):
    """Weighted mean of the dimension scores available in each row (the Gesamtindex).

    A dimension without a score (NaN: not asked, no answers in a bootstrap replicate or
    hidden for too few answers) is left out and the other weights are renormalised, so
    the overall index of a replicate is computed exactly like the published one.

    Parameters
    ----------
    dimension_scores : array-like, shape (d,) or (m, d)
    weights : array-like, shape (d,)
        Weight per dimension; a weight of 0 leaves the dimension out.

    Returns
    -------
    float or numpy.ndarray of shape (m,)
        NaN where no dimension with a positive weight has a score.

    Examples
    --------
    >>> overall_index([[80.0, np.nan, 60.0]], [1, 1, 1])
    array([70.])
    """
    x = np.asarray(dimension_scores, dtype=float)
    w = np.where(np.isnan(x), 0.0, np.asarray(weights, dtype=float))
    total = w.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = (np.nan_to_num(x) * w).sum(axis=-1) / total
    return np.where(total > 0, out, np.nan)


def jackknife_means(values):
    """Leave-one-respondent-out column means (n, d) of a matrix with missing values.

    Closed form: leaving respondent i out of a column with m answers and sum S gives
    (S − x_i) / (m − 1); a non-respondent leaves the column mean unchanged.
    """
    mask = ~np.isnan(values)
    m = mask.sum(axis=0)
    total = np.nansum(values, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(mask, (total - np.nan_to_num(values)) / (m - 1), total / m)


def adjust_p(table: pd.DataFrame) -> pd.DataFrame:
    """Add ``p_adjusted``: Benjamini–Hochberg over every p-value of the table (one family)."""
    from scipy import stats

    table["p_adjusted"] = np.nan
    ok = table["p_value"].notna()
    if ok.any():
        table.loc[ok, "p_adjusted"] = stats.false_discovery_control(
            table.loc[ok, "p_value"].to_numpy(float), method="bh")
    return table


def bootstrap_interval(boot, theta, jacks, *, confidence=0.95, method="percentile"):
    """Bootstrap CI per column: percentile, or BCa when every sample has three values or more.

    Parameters
    ----------
    boot : numpy.ndarray, shape (n_boot, d)
        Replicates.
    theta : array-like, shape (d,)
        Estimates from the full data.
    jacks : numpy.ndarray or list of numpy.ndarray
        Jackknife values, one array per independent sample (see :func:`bca_interval`).
    confidence : float, default=0.95
    method : {"percentile", "bca"}, default="percentile"

    Returns
    -------
    tuple of numpy.ndarray
        (low, high).
    """
    n_min = min(len(j) for j in jacks) if isinstance(jacks, list) else len(jacks)
    if method == "percentile" or n_min < 3:
        return percentile_interval(boot, confidence)
    return bca_interval(boot, theta, jacks, confidence)
