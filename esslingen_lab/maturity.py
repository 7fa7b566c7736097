"""Digital maturity (Reifegrad) of a city from citizen and staff surveys, and of its services.

:class:`MaturityReport` scores the dimensions of a maturity framework with bootstrap CIs,
reliability, citizen-vs-staff gaps and city/wave comparisons; :func:`service_levels` rates
administrative services by the OZG maturity criteria.
"""

from __future__ import annotations

import dataclasses
import math
import warnings
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from esslingen_lab.errors import DataError, InputError, SpecError

__all__ = [
    "Framework",
    "MaturityReport",
    "MaturitySample",
    "LowReliabilityWarning",
    "FrameworkError",
    "load_framework",
    "cronbach_alpha",
    "alpha_if_item_deleted",
    "hedges_g",
    "cliffs_delta",
    "bootstrap_means",
    "overall_index",
    "load_ozg_model",
    "service_levels",
    "service_summary",
    "demo_services",
    "write_outputs",
    "MATURITY_TEXT",
    "maturity_text",
    "labelled",
]

OVERALL = "gesamt"
_GROUP_LABELS = {
    "de": {"citizens": "Bürger:innen", "staff": "Beschäftigte"},
    "en": {"citizens": "citizens", "staff": "staff"},
}
_OVERALL_NAME = {"de": "Gesamtindex", "en": "Overall index"}


class FrameworkError(SpecError):
    """The maturity framework YAML is malformed (missing keys, bad thresholds)."""


class LowReliabilityWarning(UserWarning):
    """Cronbach's alpha of a dimension is below the threshold (default 0.7)."""


# --------------------------------------------------------------------------- framework


@dataclass(frozen=True)
class Framework:
    """A maturity framework: dimensions, their items, weights and level thresholds.

    Use :func:`load_framework` to read one from YAML.

    Attributes
    ----------
    name, title, title_en : str
    scale : tuple of float
        Default Likert (min, max) for data that come without a survey spec.
    levels : pandas.DataFrame
        Columns level, min_score, name, name_en; sorted by min_score.
    dimensions : pandas.DataFrame
        Columns dimension (key), name, name_en, weight; in framework order.
    items : pandas.DataFrame
        Columns column, dimension, respondent_group, reverse, wording.
    path : str
        Where the framework was read from.
    """

    name: str
    title: str
    title_en: str
    scale: tuple
    levels: pd.DataFrame = field(repr=False)
    dimensions: pd.DataFrame = field(repr=False)
    items: pd.DataFrame = field(repr=False)
    path: str = ""

    def level_of(self, score):
        """Level (1–5 in the default framework) reached by a 0–100 score; NaN stays NaN."""
        scores = np.atleast_1d(np.asarray(score, dtype=float))
        mins = self.levels["min_score"].to_numpy(dtype=float)
        pos = np.searchsorted(mins, scores, side="right") - 1
        lv = self.levels["level"].to_numpy()[np.clip(pos, 0, None)].astype(float)
        lv[np.isnan(scores) | (pos < 0)] = np.nan
        return lv if np.ndim(score) else lv[0]

    def level_name(self, level, language="de"):
        """Name of a level (``"Etabliert"``) or ``""`` for NaN."""
        if level is None or (isinstance(level, float) and math.isnan(level)):
            return ""
        col = "name_en" if language == "en" else "name"
        hit = self.levels.loc[self.levels["level"] == int(level), col]
        return str(hit.iloc[0]) if len(hit) else ""

    def names(self, language="de") -> dict:
        """Return the mapping dimension key → display name (plus the overall index)."""
        col = "name_en" if language == "en" else "name"
        out = dict(zip(self.dimensions["dimension"], self.dimensions[col], strict=True))
        out[OVERALL] = _OVERALL_NAME.get(language, _OVERALL_NAME["de"])
        return out


def _default_framework_path() -> Path:
    return Path(str(resources.files("esslingen_lab") / "data" / "maturity_framework.yml"))


def load_framework(path=None) -> Framework:
    """Read a maturity framework YAML (default: the bundled Esslingen 4.0 framework).

    Parameters
    ----------
    path : str or Path, default=None
        Framework YAML; None reads ``esslingen_lab/data/maturity_framework.yml``.

    Returns
    -------
    Framework

    Raises
    ------
    FrameworkError
        When the file is missing or malformed; the message names the file and key.
    """
    from esslingen_lab.surveys.spec import load_yaml

    path = _default_framework_path() if path is None else Path(path)
    if not path.is_file():
        raise FrameworkError("Reifegradmodell nicht gefunden / framework not found", file=path)
    # a framework shared by another city is untrusted: no duplicate keys, no alias bombs
    raw = load_yaml(path, error=FrameworkError)
    if not isinstance(raw, dict) or not raw.get("dimensions") or not raw.get("levels"):
        raise FrameworkError("'dimensions' und 'levels' fehlen / missing 'dimensions' or "
                             "'levels'", file=path)
    levels = pd.DataFrame(raw["levels"])
    for col in ("level", "min_score", "name"):
        if col not in levels:
            raise FrameworkError(f"levels: '{col}' fehlt / missing", file=path, column=col)
    if "name_en" not in levels:
        levels["name_en"] = levels["name"]
    levels = levels.sort_values("min_score").reset_index(drop=True)
    if levels["min_score"].iloc[0] > 0 or levels["min_score"].duplicated().any():
        raise FrameworkError("levels: min_score muss bei 0 beginnen und eindeutig sein / must "
                             "start at 0 and be unique", file=path, column="min_score")
    dims, items = [], []
    for key, dim in raw["dimensions"].items():
        if not isinstance(dim, dict) or not dim.get("items"):
            raise FrameworkError(f"Dimension '{key}' hat keine Items / has no items", file=path)
        weight = float(dim.get("weight", 1.0))
        if weight < 0:
            raise FrameworkError(f"Dimension '{key}': negatives Gewicht / negative weight",
                                 file=path)
        dims.append({"dimension": str(key), "name": str(dim.get("name", key)),
                     "name_en": str(dim.get("name_en", dim.get("name", key))),
                     "weight": weight})
        for col, item in dim["items"].items():
            item = item or {}
            items.append({"column": str(col), "dimension": str(key),
                          "respondent_group": item.get("respondent_group"),
                          "reverse": bool(item.get("reverse", False)),
                          "wording": str(item.get("wording", ""))})
    items = pd.DataFrame(items)
    dup = items["column"][items["column"].duplicated()]
    if len(dup):
        raise FrameworkError(f"Item '{dup.iloc[0]}' steht in mehreren Dimensionen / appears "
                             "in several dimensions", file=path, column=dup.iloc[0])
    scale = raw.get("scale") or {"min": 1, "max": 5}
    return Framework(
        name=str(raw.get("name", path.stem)), title=str(raw.get("title", path.stem)),
        title_en=str(raw.get("title_en", raw.get("title", path.stem))),
        scale=(float(scale["min"]), float(scale["max"])), levels=levels,
        dimensions=pd.DataFrame(dims), items=items, path=str(path),
    )


# ------------------------------------------------------------------------ statistics


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
    complete = items.dropna()
    rows = []
    for col in items.columns:
        rest = complete.drop(columns=col)
        corr = np.nan
        if len(complete) > 2 and complete[col].std() > 0 and rest.sum(axis=1).std() > 0:
            corr = float(np.corrcoef(complete[col], rest.sum(axis=1))[0, 1])
        rows.append({"item": col,
                     "alpha_if_deleted": cronbach_alpha(rest) if rest.shape[1] >= 2 else np.nan,
                     "item_rest_correlation": corr})
    return pd.DataFrame(rows, columns=["item", "alpha_if_deleted", "item_rest_correlation"])


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


def bootstrap_means(values, n_boot=2000, *, random_state=None, chunk_elements=4_000_000):
    """Bootstrap replicates of column means of a matrix with missing values.

    Respondents (rows) are resampled with replacement; each replicate's column mean uses
    the resampled respondents who answered that column. Vectorised: each chunk of
    replicates draws an index matrix, turns it into multinomial resampling weights with
    ``np.bincount`` and takes all column sums in one matrix product.

    Parameters
    ----------
    values : array-like, shape (n, d)
        NaN marks a missing value.
    n_boot : int, default=2000
    random_state : int, numpy.random.Generator or None
    chunk_elements : int, default=4_000_000
        Size of the weight matrix per chunk (replicates × respondents); bounds memory.

    Returns
    -------
    numpy.ndarray, shape (n_boot, d)
    """
    x = np.asarray(values, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    n, d = x.shape
    rng = np.random.default_rng(random_state)
    out = np.full((n_boot, d), np.nan)
    if n == 0:
        return out
    mask = ~np.isnan(x)
    design = np.hstack([np.where(mask, x, 0.0), mask.astype(float)])
    step = max(1, min(n_boot, chunk_elements // n))
    idx_dtype = np.int32 if n < 2**31 else np.int64
    for start in range(0, n_boot, step):
        b = min(step, n_boot - start)
        idx = rng.integers(0, n, size=(b, n), dtype=idx_dtype)
        idx += (np.arange(b, dtype=idx_dtype) * n)[:, None]
        weights = np.bincount(idx.ravel(), minlength=b * n).reshape(b, n).astype(float)
        sums = weights @ design
        with np.errstate(invalid="ignore", divide="ignore"):
            out[start:start + b] = sums[:, :d] / sums[:, d:]
    return out


def _bca_interval(boot, theta, jacks, confidence):
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


def _jackknife_means(values):
    """Leave-one-respondent-out column means (n, d) of a matrix with missing values.

    Closed form: leaving respondent i out of a column with m answers and sum S gives
    (S − x_i) / (m − 1); a non-respondent leaves the column mean unchanged.
    """
    mask = ~np.isnan(values)
    m = mask.sum(axis=0)
    total = np.nansum(values, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(mask, (total - np.nan_to_num(values)) / (m - 1), total / m)


# --------------------------------------------------------------------------- samples


@dataclass
class MaturitySample:
    """One survey's Likert answers, ready for scoring (flipped, 0–100, one row a person).

    Build it through :meth:`MaturityReport.fit`; you rarely need it directly.
    """

    label: str
    responses: pd.DataFrame
    item_columns: list
    scores: pd.DataFrame
    respondent_group: str | None = None
    city: str | None = None
    wave: str | None = None
    groups: list = field(default_factory=list)
    anonymity_threshold: int | None = None
    source: str = ""


def _is_survey(obj) -> bool:
    return hasattr(obj, "responses") and hasattr(obj, "spec")


def _spec_attr(spec, name):
    value = getattr(spec, name, None)
    if value is None and isinstance(getattr(spec, "model_extra", None), dict):
        value = spec.model_extra.get(name)
    return None if value is None else str(value)


def _with_spec_dimensions(fw, inputs):
    """Return the framework with each survey spec's ``dimension:`` deciding where its item counts.

    A spec item naming a dimension of the framework counts there, also when the framework
    lists that column under another dimension or not at all; other names keep the
    framework's mapping. Two specs placing one column in different dimensions are refused.
    """
    known = set(fw.dimensions["dimension"])
    items = fw.items.set_index("column")
    chosen = {}
    for obj in inputs:
        if not _is_survey(obj):
            continue
        for column, item in (getattr(obj.spec, "likert", None) or {}).items():
            dim = getattr(item, "dimension", None)
            if dim not in known:
                continue
            if chosen.get(column, (dim,))[0] != dim:
                raise InputError(f"Item '{column}': Dimension '{chosen[column][0]}' und "
                                 f"'{dim}' in verschiedenen Umfragen / in different surveys",
                                 column=column, hint="give it the same dimension everywhere")
            chosen[column] = (dim, getattr(item, "wording", "") or "")
    if not chosen:
        return fw
    for column, (dim, wording) in chosen.items():
        if column in items.index:
            items.loc[column, "dimension"] = dim
        else:
            items.loc[column] = {"dimension": dim, "respondent_group": None, "reverse": False,
                                 "wording": wording}
    order = {d: i for i, d in enumerate(fw.dimensions["dimension"])}
    items = items.reset_index()
    items = items.iloc[np.argsort(items["dimension"].map(order).to_numpy(), kind="stable")]
    return dataclasses.replace(fw, items=items.reset_index(drop=True))


def _survey_framework_path(survey):
    fw = getattr(survey.spec, "framework", None)
    if not fw:
        return None
    fw = Path(fw)
    if not fw.is_absolute():
        base = getattr(survey.spec, "base_dir", None)
        if base is not None and (Path(base) / fw).exists():
            return Path(base) / fw
        for attr in ("path", "spec_path", "source_path"):
            base = getattr(survey, attr, None) or getattr(survey.spec, attr, None)
            if base:
                cand = Path(base).parent / fw
                if cand.exists():
                    return cand
    return fw


def _to_unit(frame, columns, scales, flip):
    """Rescale Likert columns to 0–100, flipping the ``flip`` columns first."""
    out = {}
    for col in columns:
        lo, hi = scales[col]
        raw = pd.to_numeric(frame[col], errors="coerce")
        bad = frame[col].notna() & raw.isna() | (raw < lo) | (raw > hi)
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise DataError(
                f"Likert-Werte außerhalb {lo:g}..{hi:g} oder nicht numerisch / values outside "
                f"{lo:g}..{hi:g} or not numeric",
                row=row + 1, column=col,
                hint="map the answer labels to numbers first (load_survey does this)",
            )
        val = raw.to_numpy(dtype=float)
        if col in flip:
            val = lo + hi - val
        out[col] = (val - lo) / (hi - lo) * 100.0
    return pd.DataFrame(out, index=frame.index)


# --------------------------------------------------------------------------- report


class MaturityReport:
    """Digital maturity per dimension from one or several surveys (cities, waves, groups).

    Parameters
    ----------
    framework : str, Path, Framework or None, default=None
        Maturity framework; None uses the survey spec's ``framework`` (if all surveys
        name the same one) or the bundled Esslingen 4.0 framework.
    n_boot : int, default=2000
        Bootstrap resamples for the confidence intervals (respondents resampled).
    confidence : float, default=0.95
    ci_method : {"percentile", "bca"}, default="percentile"
    min_items : int, default=1
        A respondent's dimension value needs at least this many answered items.
    alpha_threshold : float, default=0.7
        Cronbach's alpha below this value triggers a :class:`LowReliabilityWarning`.
    anonymity_threshold : int or None, default=None
        Groups (and whole samples) with fewer respondents are suppressed; None takes the
        largest ``anonymity_threshold`` of the survey specs, or 5.
    reference : str or None, default=None
        Label of the sample other samples of the same respondent group are compared with;
        default the first sample of each respondent group.
    random_state : int or None, default=None
        Seed; the same seed gives the same intervals.
    language : {"de", "en"}, default="de"
        Language of dimension and level names in the tables.

    Attributes
    ----------
    framework_ : Framework
    samples_ : pandas.DataFrame
        One row per sample: sample (label), respondent_group, city, wave, n, n_items.
    scores_ : pandas.DataFrame
        One row per sample × dimension (plus ``gesamt``, the weighted overall index):
        score 0–100, ci_low, ci_high, level, level_name, n, n_items, share_missing,
        suppressed. Scores of samples below the anonymity threshold are NaN.
    items_ : pandas.DataFrame
        One row per sample × item: dimension, wording, reverse, n, share_missing,
        score (0–100 after reverse-coding), sd (0–100 units), suppressed.
    reliability_ : pandas.DataFrame
        Per sample × dimension: n_items, n_complete, alpha, below_threshold.
    alpha_if_deleted_ : pandas.DataFrame
        Per sample × dimension × item: alpha_if_deleted, item_rest_correlation.
    gap_ : pandas.DataFrame
        Citizen-vs-staff gap per dimension for every city/wave with both groups:
        gap = score_citizens − score_staff with bootstrap CI (``ci_method``), Hedges' g
        with CI, Cliff's delta, Mann–Whitney p-value and ``p_adjusted``
        (Benjamini–Hochberg over all dimensions, as in ``comparison_``).
    comparison_ : pandas.DataFrame
        Each sample against the reference sample of its respondent group (other city or
        wave): difference with bootstrap CI (``ci_method``), Hedges' g, Cliff's delta,
        p-value, Benjamini–Hochberg ``p_adjusted``, note.
    respondent_scores_ : pandas.DataFrame
        One row per respondent: sample, respondent_id and one 0–100 value per dimension.
        Personal-level data: for linking with themes, not for publication.
    bootstrap_ : dict
        Sample label → array (n_boot, n_dimensions + 1) of replicate scores.

    Notes
    -----
    **Reverse-coded items.** A :class:`~esslingen_lab.surveys.Survey` already has its
    reverse-coded items flipped by the loader, so they are *not* flipped again. A plain
    DataFrame is taken as it is unless you pass ``reverse=`` to :meth:`fit`:
    ``reverse="framework"`` flips the items the framework marks as reverse-coded (use it
    for raw exports), a list flips exactly those columns. Do not pass ``reverse`` for
    ``survey.responses`` (already flipped).

    **Scores.** Each answer is rescaled to 0–100 (``(x − min) / (max − min) · 100``), a
    respondent's dimension value is the mean of the items answered, and the score is the
    mean over respondents. CIs resample respondents, so a gap CI treats citizens and staff
    as independent samples.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"strat_m1": [4, 5, 3, 4, 2, 5], "strat_m2": [4, 4, 3, 5, 2, 4]})
    >>> rep = MaturityReport(n_boot=200, random_state=0).fit(df, respondent_group="staff")
    >>> row = rep.scores_.query("dimension == 'strategie'").iloc[0]
    >>> round(float(row.score), 1), int(row.level)
    (68.8, 4)
    """

    def __init__(
        self,
        framework=None,
        *,
        n_boot: int = 2000,
        confidence: float = 0.95,
        ci_method: str = "percentile",
        min_items: int = 1,
        alpha_threshold: float = 0.7,
        anonymity_threshold: int | None = None,
        reference: str | None = None,
        random_state=None,
        language: str = "de",
    ):
        self.framework = framework
        self.n_boot = n_boot
        self.confidence = confidence
        self.ci_method = ci_method
        self.min_items = min_items
        self.alpha_threshold = alpha_threshold
        self.anonymity_threshold = anonymity_threshold
        self.reference = reference
        self.random_state = random_state
        self.language = language

    # ------------------------------------------------------------------ inputs

    def _resolve_framework(self, inputs):
        fw = self.framework
        if isinstance(fw, Framework):
            return fw
        if fw is not None:
            return load_framework(fw)
        paths = {str(p) for p in (_survey_framework_path(s) for s in inputs if _is_survey(s))
                 if p is not None}
        if len(paths) > 1:
            raise FrameworkError(
                "Die Umfragen verweisen auf verschiedene Reifegradmodelle; ein Vergleich braucht "
                "dasselbe Modell / surveys name different frameworks: " + ", ".join(sorted(paths))
            )
        return load_framework(paths.pop() if paths else None)

    def _make_sample(self, obj, label, fw, reverse, scale, respondent_group):
        items = fw.items.set_index("column")
        if _is_survey(obj):
            spec = obj.spec
            frame = obj.responses
            cols = [c for c in items.index if c in frame.columns]
            scales = {}
            for c in cols:
                try:
                    scales[c] = tuple(float(v) for v in obj.likert_scale(c))
                except Exception:  # noqa: BLE001 - item not in spec: framework default
                    scales[c] = fw.scale
            flip = set()  # the loader has already flipped reverse-coded items
            group = respondent_group or _spec_attr(spec, "respondent_group")
            city, wave = _spec_attr(spec, "city"), _spec_attr(spec, "wave")
            groups = list(getattr(spec, "groups", None) or [])
            k = getattr(spec, "anonymity_threshold", None)
            source = _spec_attr(spec, "name") or ""
            if label is None:
                label = self._auto_label(city, group, wave, source)
        elif isinstance(obj, pd.DataFrame):
            frame = obj
            cols = [c for c in items.index if c in frame.columns]
            lo_hi = tuple(float(v) for v in (scale or fw.scale))
            scales = {c: lo_hi for c in cols}
            if reverse is None or reverse is False:
                flip = set()
            elif isinstance(reverse, str) and reverse == "framework":
                flip = {c for c in cols if items.loc[c, "reverse"]}
            elif isinstance(reverse, str):
                raise InputError(f"reverse={reverse!r}: use 'framework', a list of columns or "
                                 "None")
            else:
                flip = set(reverse)
                missing = flip - set(frame.columns)
                if missing:
                    raise DataError("reverse names columns that are not in the data",
                                    column=sorted(missing)[0])
            group = respondent_group
            if group is None:
                found = set(items.loc[cols, "respondent_group"].dropna())
                group = found.pop() if len(found) == 1 else None
            city = wave = None
            groups = [c for c in frame.columns if c not in cols and c != "respondent_id"
                      and not pd.api.types.is_float_dtype(frame[c])]
            k = None
            source = "DataFrame"
            if label is None:
                label = self._auto_label(None, group, None, "") or "Stichprobe"
        else:
            raise InputError(
                f"MaturityReport.fit erwartet Survey oder DataFrame / expects a Survey or "
                f"DataFrame, not {type(obj).__name__}"
            )
        if not cols:
            raise DataError(
                f"'{label}': keine Likert-Spalte des Reifegradmodells gefunden / no Likert "
                f"column of the framework '{fw.name}' in the data"
            )
        ids = (frame["respondent_id"].astype(str) if "respondent_id" in frame.columns
               else pd.Series(frame.index.astype(str), index=frame.index))
        unit = _to_unit(frame, cols, scales, flip)
        unit.insert(0, "respondent_id", ids.to_numpy())
        keep = [c for c in groups if c in frame.columns]
        for c in keep:
            unit[c] = frame[c].to_numpy()
        return MaturitySample(label=str(label), responses=unit, item_columns=cols, scores=None,
                              respondent_group=group, city=city, wave=wave, groups=keep,
                              anonymity_threshold=k, source=source)

    def _auto_label(self, city, group, wave, fallback):
        lang = self.language if self.language in _GROUP_LABELS else "de"
        parts = [p for p in (city, _GROUP_LABELS[lang].get(group, group), wave) if p]
        return " · ".join(parts) if parts else fallback

    # ------------------------------------------------------------------ fit

    def fit(self, data, *, reverse=None, scale=None, respondent_group=None):
        """Score every dimension of every sample; compare samples.

        Parameters
        ----------
        data : Survey, pandas.DataFrame, list or dict of these
            One survey, or several (cities, waves, citizens + staff). A dict's keys become
            the sample labels; otherwise labels come from city, respondent group and wave
            of the spec. DataFrames hold Likert columns named as in the framework, with
            values already mapped to numbers on the scale, and optionally
            ``respondent_id`` and grouping columns.
        reverse : None, "framework" or list of str, default=None
            Only for DataFrames (see Notes of the class): which columns still need flipping.
        scale : tuple of float, default=None
            (min, max) of the Likert values of DataFrames; default the framework's scale.
        respondent_group : str, default=None
            ``"citizens"`` or ``"staff"`` for DataFrames (default: inferred from the items);
            also overrides the survey spec when given.

        Returns
        -------
        self
        """
        if self.ci_method not in ("percentile", "bca"):
            raise InputError(f"ci_method={self.ci_method!r}: use 'percentile' or 'bca'")
        if isinstance(data, dict):
            pairs = list(data.items())
        elif isinstance(data, (list, tuple)):
            pairs = [(None, d) for d in data]
        else:
            pairs = [(None, data)]
        if not pairs:
            raise InputError("keine Umfrage übergeben / no survey given")
        fw = _with_spec_dimensions(self._resolve_framework([d for _, d in pairs]),
                                   [d for _, d in pairs])
        self.framework_ = fw
        samples = [self._make_sample(d, lab, fw, reverse, scale, respondent_group)
                   for lab, d in pairs]
        seen = {}
        for s in samples:  # labels must be unique: they key every table
            if s.label in seen:
                seen[s.label] += 1
                s.label = f"{s.label} ({s.source or seen[s.label]})"
            seen.setdefault(s.label, 1)
        if self.anonymity_threshold is not None:
            k = int(self.anonymity_threshold)
        else:
            ks = [s.anonymity_threshold for s in samples if s.anonymity_threshold is not None]
            k = int(max(ks)) if ks else 5
        self.k_ = k
        rng = np.random.default_rng(self.random_state)
        dims = fw.dimensions["dimension"].tolist()
        weights = fw.dimensions["weight"].to_numpy(dtype=float)

        score_rows, item_rows, rel_rows, aid_rows, resp_tables = [], [], [], [], []
        self.bootstrap_ = {}
        self._values = {}
        self._theta, self._jack = {}, {}
        low_alpha = []
        for s in samples:
            values, counts, n_items = self._dimension_values(s, fw, dims)
            self._values[s.label] = values
            n = len(values)
            boot_dims = bootstrap_means(values, self.n_boot, random_state=rng)
            theta_dims = np.array([np.nanmean(values[:, j]) if (~np.isnan(values[:, j])).any()
                                   else np.nan for j in range(len(dims))])
            # The overall index covers the published dimensions only: a dimension hidden for
            # fewer than k answers would otherwise follow from the index and the others.
            n_dims = (~np.isnan(values)).sum(axis=0)
            w = np.where(~np.isnan(theta_dims) & (n_dims >= k), weights, 0.0)
            overall = float(overall_index(theta_dims, w))
            boot = np.column_stack([boot_dims, overall_index(boot_dims, w)])
            theta = np.append(theta_dims, overall)
            jack_dims = _jackknife_means(values)
            jack = np.column_stack([jack_dims, overall_index(jack_dims, w)])
            self.bootstrap_[s.label] = boot
            self._theta[s.label] = theta
            self._jack[s.label] = jack
            lo, hi = self._interval(boot, theta, jack)
            suppressed = n < k
            person = pd.DataFrame(values, columns=dims)
            person.insert(0, "respondent_id", s.responses["respondent_id"].to_numpy())
            person.insert(0, "sample", s.label)
            for g in s.groups:
                person[g] = s.responses[g].to_numpy()
            resp_tables.append(person)
            for j, dim in enumerate([*dims, OVERALL]):
                if j < len(dims):
                    n_dim = int((~np.isnan(values[:, j])).sum())
                    cells = n_items[j] * n
                    miss = (1 - counts[j] / cells) if cells else np.nan
                    nit = n_items[j]
                else:
                    in_index = values[:, w > 0]
                    n_dim = int((~np.isnan(in_index).all(axis=1)).sum()) if in_index.size else 0
                    cells = int(np.sum(n_items)) * n
                    miss = (1 - np.sum(counts) / cells) if cells else np.nan
                    nit = int(np.sum(n_items))
                hide = suppressed or n_dim < k
                # Not measured (no items in this survey) is not the same as suppressed.
                hidden = bool(hide and n_dim > 0)
                sc = np.nan if hide else theta[j]
                score_rows.append({
                    "sample": s.label, "respondent_group": s.respondent_group,
                    "city": s.city, "wave": s.wave, "dimension": dim,
                    "score": sc, "ci_low": np.nan if hide else lo[j],
                    "ci_high": np.nan if hide else hi[j], "level": fw.level_of(sc),
                    "n": n_dim, "n_items": nit, "share_missing": miss, "suppressed": hidden,
                })
            item_rows += self._item_table(s, fw, k)
            for dim in dims:
                cols = [c for c in s.item_columns
                        if fw.items.set_index("column").loc[c, "dimension"] == dim]
                if not cols:
                    continue
                block = s.responses[cols]
                alpha = cronbach_alpha(block)
                n_complete = int(block.notna().all(axis=1).sum())
                below = bool(not np.isnan(alpha) and alpha < self.alpha_threshold)
                if below:
                    low_alpha.append(f"{s.label}/{dim} ({alpha:.2f})")
                rel_rows.append({"sample": s.label, "dimension": dim, "n_items": len(cols),
                                 "n_complete": n_complete, "alpha": alpha,
                                 "below_threshold": below})
                if len(cols) >= 2:
                    aid = alpha_if_item_deleted(block)
                    aid.insert(0, "dimension", dim)
                    aid.insert(0, "sample", s.label)
                    aid_rows.append(aid)
        names = fw.names(self.language)
        scores = pd.DataFrame(score_rows)
        scores.insert(5, "name", scores["dimension"].map(names))
        scores["level_name"] = [fw.level_name(v, self.language) for v in scores["level"]]
        self.scores_ = scores
        self.items_ = pd.DataFrame(item_rows)
        rel = pd.DataFrame(rel_rows, columns=["sample", "dimension", "n_items", "n_complete",
                                              "alpha", "below_threshold"])
        rel.insert(2, "name", rel["dimension"].map(names))
        self.reliability_ = rel
        self.alpha_if_deleted_ = (pd.concat(aid_rows, ignore_index=True) if aid_rows else
                                  pd.DataFrame(columns=["sample", "dimension", "item",
                                                        "alpha_if_deleted",
                                                        "item_rest_correlation"]))
        self.respondent_scores_ = pd.concat(resp_tables, ignore_index=True)
        self.samples_ = pd.DataFrame([{
            "sample": s.label, "respondent_group": s.respondent_group, "city": s.city,
            "wave": s.wave, "n": len(s.responses), "n_items": len(s.item_columns),
        } for s in samples])
        self._samples = samples
        self.gap_ = self._gap_table(samples, dims, names)
        self.comparison_ = self._comparison_table(samples, dims, names)
        if low_alpha:
            warnings.warn(
                f"Cronbach's alpha below {self.alpha_threshold} for: {', '.join(low_alpha)}. "
                "These items may not measure one thing; read the dimension score with care and "
                "check alpha_if_deleted_.",
                LowReliabilityWarning,
                stacklevel=2,
            )
        return self

    def _dimension_values(self, s, fw, dims):
        item_dim = fw.items.set_index("column").loc[s.item_columns, "dimension"]
        member = np.zeros((len(s.item_columns), len(dims)))
        for i, d in enumerate(item_dim):
            member[i, dims.index(d)] = 1.0
        x = s.responses[s.item_columns].to_numpy(dtype=float)
        mask = ~np.isnan(x)
        sums = np.where(mask, x, 0.0) @ member
        counts = mask.astype(float) @ member
        with np.errstate(invalid="ignore", divide="ignore"):
            values = sums / counts
        values[counts < max(1, self.min_items)] = np.nan
        return values, counts.sum(axis=0), member.sum(axis=0).astype(int)

    def _interval(self, boot, theta, jacks):
        a = (1 - self.confidence) / 2
        n_min = min(len(j) for j in jacks) if isinstance(jacks, list) else len(jacks)
        if self.ci_method == "percentile" or n_min < 3:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                q = np.nanquantile(boot, [a, 1 - a], axis=0)
            return q[0], q[1]
        return _bca_interval(boot, theta, jacks, self.confidence)

    def _item_table(self, s, fw, k):
        items = fw.items.set_index("column")
        rows = []
        for c in s.item_columns:
            v = s.responses[c]
            n = int(v.notna().sum())
            hide = n < k
            rows.append({
                "sample": s.label, "dimension": items.loc[c, "dimension"], "item": c,
                "wording": items.loc[c, "wording"], "reverse": bool(items.loc[c, "reverse"]),
                "n": n, "share_missing": 1 - n / len(v) if len(v) else np.nan,
                "score": np.nan if hide else float(v.mean()),
                "sd": np.nan if hide else float(v.std()),
                "suppressed": hide,
            })
        return rows

    def _pair_stats(self, a, b, j):
        """Difference a − b of dimension j with bootstrap CI and effect sizes."""
        from scipy import stats

        x = self._values[a.label][:, j] if j is not None else None
        y = self._values[b.label][:, j] if j is not None else None
        col = -1 if j is None else j
        diff_boot = self.bootstrap_[a.label][:, col] - self.bootstrap_[b.label][:, col]
        theta_a, theta_b = self._theta[a.label][col], self._theta[b.label][col]
        # Two independent samples: the jackknife leaves out one respondent of either.
        jacks = [(self._jack[a.label][:, col] - theta_b)[:, None],
                 (theta_a - self._jack[b.label][:, col])[:, None]]
        lo, hi = self._interval(diff_boot[:, None], [theta_a - theta_b], jacks)
        out = {"ci_low": float(lo[0]), "ci_high": float(hi[0])}
        if j is None:
            return out | {"hedges_g": np.nan, "g_ci_low": np.nan, "g_ci_high": np.nan,
                          "cliffs_delta": np.nan, "p_value": np.nan}
        g, glo, ghi = hedges_g(x, y, confidence=self.confidence)
        xv, yv = x[~np.isnan(x)], y[~np.isnan(y)]
        p = (float(stats.mannwhitneyu(xv, yv, alternative="two-sided").pvalue)
             if len(xv) and len(yv) else np.nan)
        return out | {"hedges_g": g, "g_ci_low": glo, "g_ci_high": ghi,
                      "cliffs_delta": cliffs_delta(x, y), "p_value": p}

    def _score(self, label, dim):
        row = self.scores_[(self.scores_["sample"] == label) & (self.scores_["dimension"] == dim)]
        return float(row["score"].iloc[0]) if len(row) else np.nan

    def _gap_table(self, samples, dims, names):
        cit = [s for s in samples if s.respondent_group == "citizens"]
        sta = [s for s in samples if s.respondent_group == "staff"]
        rows = []
        for c in cit:
            match = [s for s in sta if (s.city, s.wave) == (c.city, c.wave)]
            if not match:
                continue
            st = match[0]
            for j, dim in enumerate([*dims, OVERALL]):
                sc_c, sc_s = self._score(c.label, dim), self._score(st.label, dim)
                rec = {"city": c.city, "wave": c.wave, "dimension": dim, "name": names[dim],
                       "sample_citizens": c.label, "sample_staff": st.label,
                       "score_citizens": sc_c, "score_staff": sc_s, "gap": sc_c - sc_s}
                if np.isnan(sc_c) or np.isnan(sc_s):
                    rec["note"] = ("nur in einer Befragung erhoben oder zu wenige Antworten"
                                   if self.language != "en" else
                                   "measured in one survey only or too few answers")
                    rows.append(rec)
                    continue
                rec |= self._pair_stats(c, st, None if dim == OVERALL else j)
                rec["n_citizens"] = self._n(c.label, dim)
                rec["n_staff"] = self._n(st.label, dim)
                if dim == OVERALL:
                    rec["note"] = ("Gesamtindex über unterschiedliche Dimensionen" if
                                   self.language != "en" else
                                   "overall index over different dimensions")
                rows.append(rec)
        cols = ["city", "wave", "dimension", "name", "sample_citizens", "sample_staff",
                "score_citizens", "score_staff", "gap", "ci_low", "ci_high", "hedges_g",
                "g_ci_low", "g_ci_high", "cliffs_delta", "p_value", "p_adjusted",
                "n_citizens", "n_staff", "note"]
        return _adjust_p(pd.DataFrame(rows).reindex(columns=cols))

    def _n(self, label, dim):
        row = self.scores_[(self.scores_["sample"] == label) & (self.scores_["dimension"] == dim)]
        return int(row["n"].iloc[0])

    def _comparison_table(self, samples, dims, names):
        rows = []
        by_group = {}
        for s in samples:
            by_group.setdefault(s.respondent_group, []).append(s)
        for _group, members in by_group.items():
            if len(members) < 2:
                continue
            ref = next((s for s in members if s.label == self.reference), members[0])
            for other in members:
                if other is ref:
                    continue
                same_items = set(other.item_columns) == set(ref.item_columns)
                for j, dim in enumerate([*dims, OVERALL]):
                    a, b = self._score(other.label, dim), self._score(ref.label, dim)
                    rec = {"respondent_group": other.respondent_group, "sample": other.label,
                           "reference": ref.label, "dimension": dim, "name": names[dim],
                           "score": a, "score_reference": b, "difference": a - b, "note": ""}
                    if np.isnan(a) or np.isnan(b):
                        rows.append(rec)
                        continue
                    rec |= self._pair_stats(other, ref, None if dim == OVERALL else j)
                    if not same_items:
                        rec["note"] = ("andere Items als die Referenz" if self.language != "en"
                                       else "items differ from the reference")
                    rows.append(rec)
        cols = ["respondent_group", "sample", "reference", "dimension", "name", "score",
                "score_reference", "difference", "ci_low", "ci_high", "hedges_g", "g_ci_low",
                "g_ci_high", "cliffs_delta", "p_value", "note"]
        return _adjust_p(pd.DataFrame(rows).reindex(columns=cols))

    # ------------------------------------------------------------------ views

    def by_group(self, column: str, *, sample: str | None = None, names: bool = True,
                 hide=None):
        """Dimension scores per value of a grouping column, small groups suppressed.

        Parameters
        ----------
        column : str
            Grouping column of the survey (e.g. ``"altersgruppe"``, ``"fachbereich"``).
        sample : str, default=None
            Sample label; default every sample that has the column.
        names : bool, default=True
            Use dimension display names as column headers (else keys).
        hide : list of str, optional
            Groups to hide entirely whatever their size: the run's disclosure plan
            (:func:`esslingen_lab.privacy.group_plan`), so every table hides the same groups.

        Returns
        -------
        pandas.DataFrame
            Columns sample, <column>, n, one score column per dimension; every cell based
            on fewer respondents than the anonymity threshold reads ``"<k"``, cells hidden
            so that such a group cannot be recovered from the others read ``"–"``.
        """
        from esslingen_lab.compare import suppress

        check_fitted(self)
        dims = self.framework_.dimensions["dimension"].tolist()
        resp = self.respondent_scores_
        if sample is not None:
            resp = resp[resp["sample"] == sample]
        if column not in resp.columns or resp[column].isna().all():
            raise DataError(f"Gruppierungsspalte fehlt / grouping column missing: '{column}'",
                            column=column)
        parts = []
        for label, part in resp.dropna(subset=[column]).groupby("sample", sort=False):
            present = [d for d in dims if part[d].notna().any()]
            grouped = part.groupby(column)
            means = grouped[present].mean().round(1)
            ns = grouped[present].count()
            n = grouped.size()
            means.insert(0, "n", n)
            ns.insert(0, "n", n)
            force = pd.DataFrame(False, index=ns.index, columns=ns.columns)
            force.loc[[g for g in ns.index if str(g) in {str(h) for h in (hide or [])}]] = True
            sup = suppress(means, ns, self.k_, force=force)
            sup.index.name = column
            sup = sup.reset_index()
            sup.insert(0, "sample", label)
            parts.append(sup)
        out = pd.concat(parts, ignore_index=True)
        if names:
            out = out.rename(columns=self.framework_.names(self.language))
        return out

    def group_intervals(self, column: str, *, sample: str | None = None, hide=None,
                        names: bool = True) -> pd.DataFrame:
        """Score with a bootstrap CI per shown group × dimension (long format).

        Parameters
        ----------
        column, sample, hide, names
            As in :meth:`group_tests`: groups below the anonymity threshold and the groups
            in ``hide`` are left out, and so is a cell with fewer than k answers.

        Returns
        -------
        pandas.DataFrame
            Columns <column>, dimension, name, n, score, ci_low, ci_high (``confidence``,
            ``ci_method``; respondents of the group resampled, seeded by ``random_state``).
        """
        check_fitted(self)
        resp = self.respondent_scores_.dropna(subset=[column]) if (
            column in self.respondent_scores_.columns) else None
        if resp is None or resp.empty:
            raise DataError(f"Gruppierungsspalte fehlt / grouping column missing: '{column}'",
                            column=column)
        label = sample if sample is not None else resp["sample"].iloc[0]
        part = resp[resp["sample"] == label]
        dims = self.framework_.dimensions["dimension"].tolist()
        display = self.framework_.names(self.language)
        hidden = {str(h) for h in (hide or [])}
        rng = np.random.default_rng(self.random_state)
        rows = []
        for group, members in part.groupby(column, sort=True):
            if len(members) < self.k_ or str(group) in hidden:
                continue
            values = members[dims].to_numpy(dtype=float)
            boot = bootstrap_means(values, self.n_boot, random_state=rng)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                theta = np.nanmean(values, axis=0)
            lo, hi = self._interval(boot, theta, _jackknife_means(values))
            for j, dim in enumerate(dims):
                n = int((~np.isnan(values[:, j])).sum())
                if n < self.k_:
                    continue
                rows.append({column: group, "dimension": dim, "name": display[dim], "n": n,
                             "score": float(theta[j]), "ci_low": float(lo[j]),
                             "ci_high": float(hi[j])})
        out = pd.DataFrame(rows, columns=[column, "dimension", "name", "n", "score", "ci_low",
                                          "ci_high"])
        return out if names else out.drop(columns="name")

    def group_tests(self, column: str, *, sample: str | None = None, hide=None,
                    names: bool = True) -> pd.DataFrame:
        """Test per dimension whether the visible groups of ``column`` differ.

        Parameters
        ----------
        column : str
            Grouping column, as in :meth:`by_group`.
        sample : str, default=None
            Sample label; default the first sample that has the column.
        hide : list of str, optional
            Groups hidden in the run (:func:`esslingen_lab.privacy.group_plan`); they and
            every group below the anonymity threshold are left out, so the test tells
            nothing about them.
        names : bool, default=True
            Dimension display names in a ``name`` column.

        Returns
        -------
        pandas.DataFrame
            One row per dimension: dimension, name, n_groups, n, h (Kruskal–Wallis H),
            p_value, p_adjusted (Benjamini–Hochberg across the dimensions), epsilon2
            (effect size ``H / (n − 1)``, Tomczak & Tomczak 2014).
        """
        from scipy import stats

        check_fitted(self)
        resp = self.respondent_scores_
        if column not in resp.columns or resp[column].isna().all():
            raise DataError(f"Gruppierungsspalte fehlt / grouping column missing: '{column}'",
                            column=column)
        resp = resp.dropna(subset=[column])
        label = sample if sample is not None else resp["sample"].iloc[0]
        part = resp[resp["sample"] == label]
        hidden = {str(h) for h in (hide or [])}
        sizes = part.groupby(column).size()
        keep = [g for g in sizes.index if sizes[g] >= self.k_ and str(g) not in hidden]
        part = part[part[column].isin(keep)]
        rows = []
        display = self.framework_.names(self.language)
        for dim in self.framework_.dimensions["dimension"]:
            groups = [v[dim].dropna().to_numpy() for _, v in part.groupby(column)]
            groups = [g for g in groups if len(g) >= self.k_]
            rec = {"dimension": dim, "name": display[dim], "n_groups": len(groups),
                   "n": int(sum(len(g) for g in groups)), "h": np.nan, "p_value": np.nan,
                   "epsilon2": np.nan}
            pooled = np.concatenate(groups) if groups else np.array([])
            if len(groups) >= 2 and np.ptp(pooled) > 0:
                res = stats.kruskal(*groups)
                rec.update(h=float(res.statistic), p_value=float(res.pvalue),
                           epsilon2=float(res.statistic / (len(pooled) - 1)))
            rows.append(rec)
        out = _adjust_p(pd.DataFrame(rows))
        return out if names else out.drop(columns="name")

    def tables(self) -> dict:
        """Return the publishable tables by name (for CSV/XLSX export).

        Returns
        -------
        dict of str → pandas.DataFrame
        """
        check_fitted(self)
        out = {
            "reifegrad": self.scores_.round(3),
            "items": self.items_.round(3),
            "reliabilitaet": self.reliability_.round(3),
            "alpha_ohne_item": self.alpha_if_deleted_.round(3),
        }
        if len(self.gap_):
            out["luecke_buerger_beschaeftigte"] = self.gap_.round(4)
        if len(self.comparison_):
            out["vergleich"] = self.comparison_.round(4)
        return out


def _adjust_p(table: pd.DataFrame) -> pd.DataFrame:
    """Add ``p_adjusted``: Benjamini–Hochberg over every p-value of the table (one family)."""
    from scipy import stats

    table["p_adjusted"] = np.nan
    ok = table["p_value"].notna()
    if ok.any():
        table.loc[ok, "p_adjusted"] = stats.false_discovery_control(
            table.loc[ok, "p_value"].to_numpy(float), method="bh")
    return table


def check_fitted(report):
    """Raise a clear error when a report is used before :meth:`MaturityReport.fit`."""
    if not hasattr(report, "scores_"):
        from sklearn.exceptions import NotFittedError

        raise NotFittedError("MaturityReport is not fitted yet; call fit(survey) first.")


# ------------------------------------------------------------------ service maturity

_TRUE = {"1", "ja", "j", "yes", "y", "true", "wahr", "x", "✓"}
_FALSE = {"0", "nein", "n", "no", "false", "falsch", "-", "–"}
_NA = {"entfällt", "entfaellt", "n/a", "na", "nicht zutreffend", "not applicable"}


def load_ozg_model(model: str | None = None, path=None) -> dict:
    """Read an OZG maturity model (levels and criteria) from ``ozg_levels.yml``.

    Parameters
    ----------
    model : str, default=None
        Key under ``models``; default the file's ``default_model``.
    path : str or Path, default=None
        Models YAML; default the bundled ``esslingen_lab/data/ozg_levels.yml``.

    Returns
    -------
    dict
        key, title, target_level, levels (DataFrame level, name, name_en) and criteria
        (DataFrame criterion, level, name, name_en).
    """
    import yaml

    path = (Path(str(resources.files("esslingen_lab") / "data" / "ozg_levels.yml"))
            if path is None else Path(path))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FrameworkError("Reifegradmodell nicht gefunden / model file not found",
                             file=path) from None
    key = model or raw.get("default_model")
    models = raw.get("models") or {}
    if key not in models:
        raise FrameworkError(f"Modell '{key}' unbekannt / unknown model; available: "
                             f"{', '.join(models)}", file=path)
    m = models[key]
    levels = pd.DataFrame(m["levels"]).sort_values("level").reset_index(drop=True)
    if "name_en" not in levels:
        levels["name_en"] = levels["name"]
    crit = pd.DataFrame([{"criterion": c, "level": int(v["level"]), "name": v.get("name", c),
                          "name_en": v.get("name_en", v.get("name", c))}
                         for c, v in m["criteria"].items()])
    bad = set(crit["level"]) - set(levels["level"])
    if bad:
        raise FrameworkError(f"Kriterium verweist auf unbekannte Stufe / criterion refers to "
                             f"unknown level {sorted(bad)[0]}", file=path)
    return {"key": key, "title": m.get("title", key), "title_en": m.get("title_en", key),
            "target_level": int(m.get("target_level", levels["level"].max())),
            "levels": levels, "criteria": crit}


def _parse_flag(value, row, column, file):
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise DataError("Angabe fehlt (ja/nein/entfällt) / value missing (yes/no/n/a)",
                        file=file, row=row, column=column)
    text = str(value).strip().lower()
    if text == "":
        raise DataError("Angabe fehlt (ja/nein/entfällt) / value missing (yes/no/n/a)",
                        file=file, row=row, column=column)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text in _NA:
        return None
    if text.replace(".", "", 1).isdigit():
        return float(text) != 0
    raise DataError(f"unbekannter Wert {text[:20]!r}; erwartet ja/nein/entfällt / unknown "
                    "value; expected yes/no/n/a", file=file, row=row, column=column)


def service_levels(services: pd.DataFrame, model: str | dict | None = None, *,
                   name_column: str | None = None, language: str = "de", file=None):
    """Maturity level of each administrative service by the lowest-criterion rule.

    A service reaches level L only if every criterion of levels 1..L is fulfilled, so the
    first unfulfilled criterion (the lowest one) caps its level. "entfällt"/"n/a" marks a
    criterion that does not apply (e.g. no documents to upload) and counts as fulfilled.

    Parameters
    ----------
    services : pandas.DataFrame
        One row per service, one column per criterion of the model (ja/nein, true/false,
        1/0, x, entfällt), plus any descriptive columns (e.g. leistung, fachbereich).
    model : str or dict, default=None
        Model key in ``ozg_levels.yml`` or a dict from :func:`load_ozg_model`.
    name_column : str, default=None
        Column naming the service, only for messages; default the first non-criterion column.
    language : {"de", "en"}, default="de"
    file : str, default=None
        File name for error messages.

    Returns
    -------
    pandas.DataFrame
        The input's descriptive columns plus level, level_name, first_gap (the criterion
        that caps the level, "" at the top level).

    Raises
    ------
    DataError
        A criterion column is missing or a cell is empty/unreadable (row and column named).
    """
    m = model if isinstance(model, dict) else load_ozg_model(model)
    crit = m["criteria"].sort_values("level", kind="stable")
    missing = [c for c in crit["criterion"] if c not in services.columns]
    if missing:
        raise DataError(f"Kriterium-Spalte fehlt / criterion column missing: {missing[0]}",
                        file=file, column=missing[0],
                        hint="expected columns: " + ", ".join(crit["criterion"]))
    top = int(m["levels"]["level"].max())
    bottom = int(m["levels"]["level"].min())
    levels, gaps = [], []
    for i, (_, row) in enumerate(services.iterrows()):
        level, gap = top, ""
        for _, c in crit.iterrows():
            ok = _parse_flag(row[c["criterion"]], i + 2, c["criterion"], file)
            if ok is False:
                level, gap = int(c["level"]) - 1, c["criterion"]
                break
        levels.append(max(level, bottom))
        gaps.append(gap)
    descriptive = [c for c in services.columns if c not in set(crit["criterion"])]
    out = services[descriptive].copy()
    out["level"] = levels
    col = "name_en" if language == "en" else "name"
    out["level_name"] = out["level"].map(dict(zip(m["levels"]["level"], m["levels"][col],
                                                  strict=True)))
    out["first_gap"] = gaps
    return out.reset_index(drop=True)


def service_summary(levels: pd.DataFrame, model: str | dict | None = None, *,
                    language: str = "de", by: str | None = None) -> pd.DataFrame:
    """Count services per level and the share at or above the model's target level.

    Parameters
    ----------
    levels : pandas.DataFrame
        Output of :func:`service_levels`.
    model : str or dict, default=None
    by : str, default=None
        Optional column (e.g. ``"fachbereich"``) for one summary row per value.

    Returns
    -------
    pandas.DataFrame
        Columns (by), n, one count column per level name, share_target (share of services
        at level ≥ target, 0–1).
    """
    m = model if isinstance(model, dict) else load_ozg_model(model)
    col = "name_en" if language == "en" else "name"
    names = dict(zip(m["levels"]["level"], m["levels"][col], strict=True))
    target = m["target_level"]

    def one(df):
        rec = {"n": len(df)}
        for lv, nm in names.items():
            rec[f"{lv} {nm}"] = int((df["level"] == lv).sum())
        rec[f"share_level_ge_{target}"] = float((df["level"] >= target).mean()) if len(df) \
            else np.nan
        return rec

    if by is None:
        return pd.DataFrame([one(levels)])
    rows = [{by: key, **one(part)} for key, part in levels.groupby(by, sort=True)]
    return pd.DataFrame(rows)


def demo_services() -> pd.DataFrame:
    """Return the bundled synthetic table of ~25 Esslingen services with OZG criteria."""
    path = resources.files("esslingen_lab") / "data" / "demo_services.csv"
    return pd.read_csv(Path(str(path)), dtype=str, keep_default_na=False)


# ------------------------------------------------------------------------- export


def _sheet_names(names):
    """Return Excel-safe sheet names: at most 31 characters, no special characters, unique."""
    import re

    out, seen = [], set()
    for name in names:
        base = re.sub(r"[\[\]:*?/\\]", "_", str(name))[:31] or "Tabelle"
        cand, i = base, 2
        while cand.lower() in seen:
            suffix = f"_{i}"
            cand, i = base[: 31 - len(suffix)] + suffix, i + 1
        seen.add(cand.lower())
        out.append(cand)
    return out


def write_outputs(report: MaturityReport, output_dir, *, services: pd.DataFrame | None = None,
                  service_model=None, group_columns=None, language: str | None = None,
                  charts: bool = True, inputs=(), hide: dict | None = None) -> dict:
    """Write a fitted report's tables (CSV + one XLSX) and charts (PNG + SVG).

    Parameters
    ----------
    report : MaturityReport
        Fitted report.
    output_dir : str or Path
        Created if missing; gets ``tables/*.csv``, ``reifegrad.xlsx`` (one sheet per table)
        and ``charts/*.png|svg``.
    services : pandas.DataFrame, default=None
        Services × OZG criteria table; adds service levels, summary and a chart.
    service_model : str or dict, default=None
        OZG model for ``services``.
    group_columns : list of str, default=None
        Grouping columns for breakdowns (suppressed below the anonymity threshold); default
        every grouping column of the surveys.
    language : {"de", "en"}, default=None
        Chart language; default the report's.
    charts : bool, default=True
        Draw and save the charts (tables only when False).
    inputs : iterable of path, default=()
        Files the run read; refused as (or inside) the output folder.
    hide : dict, default=None
        Grouping column → groups hidden in every breakdown by that column (the disclosure
        plan, :func:`esslingen_lab.privacy.group_plan`).

    Returns
    -------
    dict
        ``{"tables": [csv paths], "workbook": xlsx path, "charts": [png paths]}``.

    Raises
    ------
    OutputError
        ``output_dir`` holds files the tool did not write (nothing is replaced then).
    """
    from esslingen_lab import plots

    check_fitted(report)
    language = language or report.language
    out = Path(output_dir)
    tables = report.tables()
    draw = charts
    charts = {}
    if draw:
        charts["radar"] = plots.radar_chart(report, language=language)
        charts["reifegrad_ci"] = plots.score_chart(report, language=language)
    if draw and len(report.gap_) and report.gap_["gap"].notna().any():
        charts["luecke"] = plots.gap_chart(report, language=language)
    if group_columns is None:
        group_columns = list(dict.fromkeys(g for s in report._samples for g in s.groups))
    for col in group_columns:
        table = report.by_group(col, hide=(hide or {}).get(col))
        tables[f"nach_{col}"] = table
        for label, part in table.groupby("sample", sort=False) if draw else ():
            fig = plots.radar_chart(part, group=col, language=language,
                                    title=f"{label}: {col}")
            charts[f"radar_{col}_{_slug(label)}"] = fig
    if services is not None:
        levels = service_levels(services, service_model, language=language)
        tables["leistungen"] = levels
        tables["leistungen_uebersicht"] = service_summary(levels, service_model,
                                                          language=language)
        if draw:
            charts["leistungen"] = plots.service_level_chart(
                levels, service_model if isinstance(service_model, dict)
                else load_ozg_model(service_model), language=language)
    # All files go to a staging folder first and into place only when complete; an earlier
    # run's charts that this run does not draw are removed, a folder of other files refused.
    from esslingen_lab.files import OutputFolder

    with OutputFolder(out, inputs=inputs) as folder:
        for name, table in tables.items():
            folder.table(Path("tables") / f"{name}.csv", table)
        folder.workbook("reifegrad.xlsx", dict(zip(_sheet_names(tables), tables.values(),
                                                   strict=True)))
        for name, fig in charts.items():
            plots.save_figure(fig, folder.path(Path("charts") / f"{name}.png"))
            folder.path(Path("charts") / f"{name}.svg")  # save_figure writes both
    staged = folder.written
    csvs = [out / rel for rel in staged if rel.suffix == ".csv"]
    pngs = [out / rel for rel in staged if rel.suffix == ".png"]
    return {"tables": csvs, "workbook": out / "reifegrad.xlsx", "charts": pngs}


def _slug(text):
    import re

    text = str(text).lower()
    for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(src, dst)
    return re.sub(r"[^0-9a-z_-]+", "_", text).strip("_") or "x"


# ------------------------------------------------------------- notebook texts

#: Headings and captions of notebooks/maturity.ipynb: key → (German, English).
MATURITY_TEXT = {
    "scores": ("Reifegrad je Dimension", "Maturity by dimension"),
    "scores_caption": ("Reifegrad 0–100 mit {level}-%-Bootstrap-Konfidenzintervall und Stufe "
                       "1–5", "Maturity 0–100 with {level} % bootstrap confidence interval "
                       "and level 1–5"),
    "items": ("Einzelne Aussagen", "Individual items"),
    "items_caption": ("Zustimmung je Aussage (0–100, umgepolte Aussagen bereits gedreht)",
                      "Agreement per item (0–100, reverse-coded items already flipped)"),
    "reliability": ("Reliabilität (Cronbachs Alpha)", "Reliability (Cronbach's alpha)"),
    "reliability_caption": ("Alpha je Dimension; unter 0,7 messen die Aussagen womöglich nicht "
                            "dasselbe", "Alpha per dimension; below 0.7 the items may not "
                            "measure one thing"),
    "alpha_caption": ("Alpha ohne die jeweilige Aussage und Trennschärfe",
                      "Alpha if item deleted and item-rest correlation"),
    "gap": ("Bürger:innen und Beschäftigte im Vergleich", "Citizens and staff compared"),
    "gap_caption": ("Differenz Bürger:innen − Beschäftigte mit {level}-%-KI, Effektstärke "
                    "(Hedges' g, Cliffs Delta) und BH-adjustiertem p-Wert",
                    "Difference citizens − staff with {level} % CI, effect sizes (Hedges' g, "
                    "Cliff's delta) and BH-adjusted p-value"),
    "comparison": ("Vergleich mit anderen Städten oder Wellen",
                   "Comparison with other cities or waves"),
    "comparison_caption": ("Differenz zur Referenz mit {level}-%-KI, Effektstärke und "
                           "BH-adjustiertem p-Wert", "Difference to the reference with {level} % "
                           "CI, effect size and BH-adjusted p-value"),
    "groups": ("Reifegrad nach Gruppen", "Maturity by group"),
    "group_ci_caption": ("Reifegrad nach {column} mit {level}-%-Bootstrap-KI je Gruppe und "
                         "Dimension (nur gezeigte Gruppen mit mindestens k Antworten)",
                         "Maturity by {column} with {level} % bootstrap CI per group and "
                         "dimension (groups shown, with at least k answers)"),
    "group_tests_caption": ("Unterscheiden sich die Gruppen nach {column}? Kruskal-Wallis-Test "
                            "je Dimension über die gezeigten Gruppen, p nach Benjamini–Hochberg, "
                            "Effektstärke Epsilon²", "Do the groups by {column} differ? "
                            "Kruskal–Wallis test per dimension over the groups shown, "
                            "Benjamini–Hochberg p, effect size epsilon²"),
    "groups_caption": ("Reifegrad nach {column}. <{k}: weniger als {k} Personen; –: "
                       "ausgeblendet zum Schutz einer kleinen Gruppe", "Maturity by {column}. "
                       "<{k}: fewer than {k} people; –: hidden to protect a small group"),
    "services": ("Reifegrad der Verwaltungsleistungen (OZG)",
                 "Maturity of administrative services (OZG)"),
    "services_caption": ("Stufe je Leistung nach dem niedrigsten nicht erfüllten Kriterium",
                         "Level per service by the lowest unfulfilled criterion"),
    "none": ("Diese Befragung enthält keine Aussagen des Reifegradmodells.",
             "This survey contains no items of the maturity framework."),
    "no_gap": ("Für den Vergleich Bürger:innen–Beschäftigte fehlt die zweite Befragung "
               "(Parameter compare_paths).", "The citizen-vs-staff comparison needs the "
               "second survey (parameter compare_paths)."),
}

_COLUMN_LABELS = {
    "sample": ("Befragung", "Survey"), "respondent_group": ("Gruppe", "Group"),
    "city": ("Stadt", "City"), "wave": ("Welle", "Wave"), "dimension": ("Schlüssel", "Key"),
    "name": ("Dimension", "Dimension"), "score": ("Reifegrad", "Score"),
    "ci_low": ("KI unten", "CI low"), "ci_high": ("KI oben", "CI high"),
    "level": ("Stufe", "Level"), "level_name": ("Stufenname", "Level name"),
    "n": ("n", "n"), "n_items": ("Aussagen", "Items"),
    "share_missing": ("Anteil fehlend", "Share missing"),
    "suppressed": ("ausgeblendet", "hidden"), "item": ("Aussage", "Item"),
    "wording": ("Wortlaut", "Wording"), "reverse": ("umgepolt", "reverse-coded"),
    "sd": ("SD", "SD"), "alpha": ("Alpha", "Alpha"), "n_complete": ("n vollständig",
                                                                     "n complete"),
    "below_threshold": ("unter Schwelle", "below threshold"),
    "alpha_if_deleted": ("Alpha ohne Aussage", "Alpha if deleted"),
    "item_rest_correlation": ("Trennschärfe", "Item-rest correlation"),
    "score_citizens": ("Bürger:innen", "Citizens"), "score_staff": ("Beschäftigte", "Staff"),
    "gap": ("Differenz", "Gap"), "difference": ("Differenz", "Difference"),
    "score_reference": ("Referenzwert", "Reference score"), "reference": ("Referenz",
                                                                         "Reference"),
    "hedges_g": ("Hedges g", "Hedges' g"), "g_ci_low": ("g KI unten", "g CI low"),
    "g_ci_high": ("g KI oben", "g CI high"), "cliffs_delta": ("Cliffs Delta",
                                                              "Cliff's delta"),
    "p_value": ("p", "p"), "p_adjusted": ("p (BH)", "p (BH)"), "note": ("Hinweis", "Note"),
    "n_groups": ("Gruppen", "Groups"), "h": ("H", "H"), "epsilon2": ("Epsilon²", "Epsilon²"),
    "n_citizens": ("n Bürger:innen", "n citizens"), "n_staff": ("n Beschäftigte", "n staff"),
    "leistung": ("Leistung", "Service"), "fachbereich": ("Fachbereich", "Department"),
    "first_gap": ("erstes fehlendes Kriterium", "first missing criterion"),
}


def maturity_text(key: str, language: str = "de", *, confidence: float = 0.95, **fmt) -> str:
    """Return a heading or caption of :data:`MATURITY_TEXT` in the notebook's language.

    ``confidence`` (the report's, e.g. ``report.confidence``) fills the CI level of the
    captions, written with a decimal comma in German (``99,5-%-KI``).
    """
    de, en = MATURITY_TEXT[key]
    level = f"{confidence * 100:.10g}"
    fmt.setdefault("level", level if language == "en" else level.replace(".", ","))
    return (en if language == "en" else de).format(**fmt)


def labelled(table: pd.DataFrame, language: str = "de", *, drop=("dimension", "suppressed",
                                                                   "sample_citizens",
                                                                   "sample_staff"),
             digits: int = 1) -> pd.DataFrame:
    """Return a table with readable German/English headers and rounded numbers for reports.

    Parameters
    ----------
    table : pandas.DataFrame
        One of the report's tables (``scores_``, ``gap_``, ...).
    language : {"de", "en"}, default="de"
    drop : tuple of str
        Technical columns left out.
    digits : int, default=1
        Decimals for scores; p-values and effect sizes keep three or four.
    """
    out = table.drop(columns=[c for c in drop if c in table.columns]).copy()
    out = out.dropna(axis=1, how="all")
    for col in out.columns:
        if not pd.api.types.is_float_dtype(out[col]):
            continue
        if col.startswith("p_"):
            out[col] = out[col].round(4)
        elif col in {"alpha", "alpha_if_deleted", "item_rest_correlation", "hedges_g",
                     "g_ci_low", "g_ci_high", "cliffs_delta", "share_missing", "epsilon2"}:
            out[col] = out[col].round(3)
        else:
            out[col] = out[col].round(digits)
    pick = 1 if language == "en" else 0
    return out.rename(columns={k: v[pick] for k, v in _COLUMN_LABELS.items()})
