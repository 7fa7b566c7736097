"""The maturity estimator: :class:`MaturityReport` scores every dimension of every sample.

Scores with bootstrap CIs, reliability, citizen-vs-staff gaps and city/wave comparisons;
group breakdowns live in :mod:`.views`, saving a fit in :mod:`.persist`.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from esslingen_lab.errors import InputError
from esslingen_lab.maturity.framework import OVERALL
from esslingen_lab.maturity.persist import cache_path, load_report, save_report
from esslingen_lab.maturity.samples import input_pairs, make_samples, resolve_framework
from esslingen_lab.maturity.statistics import (
    adjust_p,
    alpha_if_item_deleted,
    bootstrap_interval,
    bootstrap_means,
    cliffs_delta,
    cronbach_alpha,
    hedges_g,
    jackknife_means,
    overall_index,
)
from esslingen_lab.maturity.texts import WORDS
from esslingen_lab.maturity.views import GroupViews, check_fitted

__all__ = ["MaturityReport", "LowReliabilityWarning", "check_fitted"]

_GAP_COLUMNS = ["city", "wave", "dimension", "name", "sample_citizens", "sample_staff",
                "score_citizens", "score_staff", "gap", "ci_low", "ci_high", "hedges_g",
                "g_ci_low", "g_ci_high", "cliffs_delta", "p_value", "p_adjusted",
                "n_citizens", "n_staff", "note"]
_COMPARISON_COLUMNS = ["respondent_group", "sample", "reference", "dimension", "name", "score",
                       "score_reference", "difference", "ci_low", "ci_high", "hedges_g",
                       "g_ci_low", "g_ci_high", "cliffs_delta", "p_value", "note"]
_RELIABILITY_COLUMNS = ["sample", "dimension", "n_items", "n_complete", "alpha",
                        "below_threshold"]
_AID_COLUMNS = ["sample", "dimension", "item", "alpha_if_deleted", "item_rest_correlation"]


class LowReliabilityWarning(UserWarning):
    """Cronbach's alpha of a dimension is below the threshold (default 0.7)."""


class MaturityReport(GroupViews):
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
    group_columns_ : list of str
        Grouping columns of the samples (for :meth:`by_group` and the export).
    k_ : int
        Anonymity threshold used.

    See Also
    --------
    save, load : keep a fit as data (one ``.npz`` file) and reuse it in another notebook.

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

    # ------------------------------------------------------------------ fit

    def fit(self, data, *, reverse=None, scale=None, respondent_group=None, cache_dir=None):
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
        cache_dir : str or Path, default=None
            A report run's model folder (``reports.models_dir(output_dir)``): a fit of the
            same answers, framework and parameters (integer ``random_state`` only) saved
            there is loaded instead of fitted again, and a new fit is saved there, so the
            parts of one run share a fit.

        Returns
        -------
        self
        """
        if self.ci_method not in ("percentile", "bca"):
            raise InputError(f"ci_method={self.ci_method!r}: use 'percentile' or 'bca'")
        inputs = [obj for _, obj in input_pairs(data)]
        self.framework_ = resolve_framework(self.framework, inputs)
        samples = make_samples(data, self.framework_, language=self.language, reverse=reverse,
                               scale=scale, respondent_group=respondent_group)
        self.k_ = self._threshold(samples)
        path = None if cache_dir is None else cache_path(self, samples, cache_dir)
        if not (path is not None and self._load_cached(path)):
            self._fit_samples(samples)
            if path is not None:
                self.save(path)
        low = self.reliability_[self.reliability_["below_threshold"].astype(bool)]
        if len(low):
            listed = ", ".join(f"{r.sample}/{r.dimension} ({r.alpha:.2f})"
                               for r in low.itertuples())
            warnings.warn(
                f"Cronbach's alpha below {self.alpha_threshold} for: {listed}. "
                "These items may not measure one thing; read the dimension score with care and "
                "check alpha_if_deleted_.",
                LowReliabilityWarning,
                stacklevel=2,
            )
        return self

    def _fit_samples(self, samples):
        """Compute every fitted attribute from the prepared samples."""
        rng = np.random.default_rng(self.random_state)
        self.bootstrap_, self._values, self._theta, self._jack = {}, {}, {}, {}
        score_rows, person_tables = [], []
        for s in samples:
            score_rows += self._score_sample(s, rng)
            person_tables.append(self._respondent_table(s))
        self._set_score_table(score_rows)
        self.items_ = pd.DataFrame([row for s in samples for row in self._item_rows(s)])
        self._set_reliability(samples)
        self.respondent_scores_ = pd.concat(person_tables, ignore_index=True)
        self.samples_ = pd.DataFrame([{
            "sample": s.label, "respondent_group": s.respondent_group, "city": s.city,
            "wave": s.wave, "n": len(s.responses), "n_items": len(s.item_columns),
        } for s in samples])
        self.group_columns_ = list(dict.fromkeys(g for s in samples for g in s.groups))
        self.gap_ = self._gap_table(samples)
        self.comparison_ = self._comparison_table(samples)

    def _load_cached(self, path) -> bool:
        """Take the fitted attributes of a saved fit; False when there is none to use."""
        if not path.is_file():
            return False
        try:
            saved = type(self).load(path)
        except InputError:
            return False  # damaged or from another version: fit again
        fitted = {k: v for k, v in vars(saved).items() if k.endswith("_") or k == "_values"}
        vars(self).update(fitted)
        return True

    def _threshold(self, samples) -> int:
        """Return the anonymity threshold: given, else the largest of the surveys', else 5."""
        if self.anonymity_threshold is not None:
            return int(self.anonymity_threshold)
        ks = [s.anonymity_threshold for s in samples if s.anonymity_threshold is not None]
        return int(max(ks)) if ks else 5

    def _dims(self) -> list:
        return self.framework_.dimensions["dimension"].tolist()

    def _dimension_values(self, s):
        """Respondent × dimension means (NaN below ``min_items``), answers and item counts."""
        dims = self._dims()
        item_dim = self.framework_.item_dimensions().loc[s.item_columns]
        member = np.zeros((len(s.item_columns), len(dims)))
        member[np.arange(len(item_dim)), [dims.index(d) for d in item_dim]] = 1.0
        x = s.responses[s.item_columns].to_numpy(dtype=float)
        mask = ~np.isnan(x)
        sums = np.where(mask, x, 0.0) @ member
        counts = mask.astype(float) @ member
        with np.errstate(invalid="ignore", divide="ignore"):
            values = sums / counts
        values[counts < max(1, self.min_items)] = np.nan
        return values, counts.sum(axis=0), member.sum(axis=0).astype(int)

    def _score_sample(self, s, rng) -> list:
        """Estimate, bootstrap and jackknife one sample; return its score rows."""
        values, counts, n_items = self._dimension_values(s)
        weights = self.framework_.dimensions["weight"].to_numpy(dtype=float)
        answered = ~np.isnan(values)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a dimension nobody answered
            theta_dims = np.nanmean(values, axis=0)
        # The overall index covers the published dimensions only: a dimension hidden for
        # fewer than k answers would otherwise follow from the index and the others.
        w = np.where(~np.isnan(theta_dims) & (answered.sum(axis=0) >= self.k_), weights, 0.0)
        boot_dims = bootstrap_means(values, self.n_boot, random_state=rng)
        jack_dims = jackknife_means(values)
        theta = np.append(theta_dims, overall_index(theta_dims, w))
        boot = np.column_stack([boot_dims, overall_index(boot_dims, w)])
        jack = np.column_stack([jack_dims, overall_index(jack_dims, w)])
        self._values[s.label], self.bootstrap_[s.label] = values, boot
        self._theta[s.label], self._jack[s.label] = theta, jack
        lo, hi = self._interval(boot, theta, jack)
        n = len(values)
        n_dim = np.append(answered.sum(axis=0), answered[:, w > 0].any(axis=1).sum())
        n_items = np.append(n_items, n_items.sum())
        cells = n_items * n
        with np.errstate(invalid="ignore", divide="ignore"):
            missing = np.where(cells > 0, 1 - np.append(counts, counts.sum()) / cells, np.nan)
        return [self._score_row(s, dim, theta[j], lo[j], hi[j], int(n_dim[j]), int(n_items[j]),
                                missing[j], n)
                for j, dim in enumerate([*self._dims(), OVERALL])]

    def _score_row(self, s, dim, theta, lo, hi, n_dim, n_items, missing, n) -> dict:
        hide = n < self.k_ or n_dim < self.k_
        score = np.nan if hide else theta
        return {
            "sample": s.label, "respondent_group": s.respondent_group, "city": s.city,
            "wave": s.wave, "dimension": dim, "score": score,
            "ci_low": np.nan if hide else lo, "ci_high": np.nan if hide else hi,
            "level": self.framework_.level_of(score), "n": n_dim, "n_items": n_items,
            "share_missing": missing,
            # Not measured (no items in this survey) is not the same as suppressed.
            "suppressed": bool(hide and n_dim > 0),
        }

    def _interval(self, boot, theta, jacks):
        return bootstrap_interval(boot, theta, jacks, confidence=self.confidence,
                                  method=self.ci_method)

    def _set_score_table(self, rows):
        fw = self.framework_
        scores = pd.DataFrame(rows)
        scores.insert(5, "name", scores["dimension"].map(fw.names(self.language)))
        names = {float(v): fw.level_name(v, self.language) for v in fw.levels["level"]}
        scores["level_name"] = scores["level"].map(names).fillna("")
        self.scores_ = scores

    def _respondent_table(self, s) -> pd.DataFrame:
        person = pd.DataFrame(self._values[s.label], columns=self._dims())
        person.insert(0, "respondent_id", s.responses["respondent_id"].to_numpy())
        person.insert(0, "sample", s.label)
        for g in s.groups:
            person[g] = s.responses[g].to_numpy()
        return person

    def _item_rows(self, s) -> list:
        items = self.framework_.items.set_index("column").loc[s.item_columns]
        block = s.responses[s.item_columns]
        n = block.notna().sum().to_numpy()
        hide = n < self.k_
        with np.errstate(invalid="ignore", divide="ignore"):
            missing = 1 - n / len(block) if len(block) else np.full(len(n), np.nan)
        table = pd.DataFrame({
            "sample": s.label, "dimension": items["dimension"].to_numpy(),
            "item": s.item_columns, "wording": items["wording"].to_numpy(),
            "reverse": items["reverse"].astype(bool).to_numpy(), "n": n.astype(int),
            "share_missing": missing,
            "score": np.where(hide, np.nan, block.mean().to_numpy(dtype=float)),
            "sd": np.where(hide, np.nan, block.std().to_numpy(dtype=float)),
            "suppressed": hide})
        return table.to_dict(orient="records")

    def _set_reliability(self, samples):
        """Fill ``reliability_`` and ``alpha_if_deleted_``."""
        item_dim = self.framework_.item_dimensions()
        rows, aid_frames = [], []
        for s in samples:
            for dim in self._dims():
                cols = [c for c in s.item_columns if item_dim[c] == dim]
                if not cols:
                    continue
                block = s.responses[cols]
                alpha = cronbach_alpha(block)
                below = bool(not np.isnan(alpha) and alpha < self.alpha_threshold)
                rows.append({"sample": s.label, "dimension": dim, "n_items": len(cols),
                             "n_complete": int(block.notna().all(axis=1).sum()),
                             "alpha": alpha, "below_threshold": below})
                if len(cols) >= 2:
                    aid = alpha_if_item_deleted(block)
                    aid.insert(0, "dimension", dim)
                    aid.insert(0, "sample", s.label)
                    aid_frames.append(aid)
        rel = pd.DataFrame(rows, columns=_RELIABILITY_COLUMNS)
        rel.insert(2, "name", rel["dimension"].map(self.framework_.names(self.language)))
        self.reliability_ = rel
        self.alpha_if_deleted_ = (pd.concat(aid_frames, ignore_index=True) if aid_frames
                                  else pd.DataFrame(columns=_AID_COLUMNS))

    # ------------------------------------------------------------------ comparisons

    def _pair_stats(self, a, b, j):
        """Difference a − b of dimension j (None: overall index) with CI and effect sizes."""
        from scipy import stats

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
        x, y = self._values[a.label][:, j], self._values[b.label][:, j]
        g, glo, ghi = hedges_g(x, y, confidence=self.confidence)
        xv, yv = x[~np.isnan(x)], y[~np.isnan(y)]
        p = (float(stats.mannwhitneyu(xv, yv, alternative="two-sided").pvalue)
             if len(xv) and len(yv) else np.nan)
        return out | {"hedges_g": g, "g_ci_low": glo, "g_ci_high": ghi,
                      "cliffs_delta": cliffs_delta(x, y), "p_value": p}

    def _lookup(self, column):
        """Map ``(sample, dimension)`` to a column of ``scores_``."""
        s = self.scores_
        return dict(zip(zip(s["sample"], s["dimension"], strict=True), s[column], strict=True))

    def _gap_table(self, samples):
        staff = [s for s in samples if s.respondent_group == "staff"]
        score, count = self._lookup("score"), self._lookup("n")
        names = self.framework_.names(self.language)
        rows = []
        for c in (s for s in samples if s.respondent_group == "citizens"):
            st = next((s for s in staff if (s.city, s.wave) == (c.city, c.wave)), None)
            if st is None:
                continue
            for j, dim in enumerate([*self._dims(), OVERALL]):
                sc_c, sc_s = score[c.label, dim], score[st.label, dim]
                rec = {"city": c.city, "wave": c.wave, "dimension": dim, "name": names[dim],
                       "sample_citizens": c.label, "sample_staff": st.label,
                       "score_citizens": sc_c, "score_staff": sc_s, "gap": sc_c - sc_s}
                if np.isnan(sc_c) or np.isnan(sc_s):
                    rows.append(rec | {"note": WORDS.text("one_survey_only", self.language)})
                    continue
                rec |= self._pair_stats(c, st, None if dim == OVERALL else j)
                rec |= {"n_citizens": int(count[c.label, dim]),
                        "n_staff": int(count[st.label, dim])}
                if dim == OVERALL:
                    rec["note"] = WORDS.text("overall_differs", self.language)
                rows.append(rec)
        return adjust_p(pd.DataFrame(rows).reindex(columns=_GAP_COLUMNS))

    def _comparison_table(self, samples):
        by_group, rows = {}, []
        for s in samples:
            by_group.setdefault(s.respondent_group, []).append(s)
        for members in by_group.values():
            ref = next((s for s in members if s.label == self.reference), members[0])
            rows += [row for other in members if other is not ref
                     for row in self._compare_pair(other, ref)]
        return adjust_p(pd.DataFrame(rows).reindex(columns=_COMPARISON_COLUMNS))

    def _compare_pair(self, other, ref) -> list:
        score = self._lookup("score")
        names = self.framework_.names(self.language)
        note = ("" if set(other.item_columns) == set(ref.item_columns)
                else WORDS.text("other_items", self.language))
        rows = []
        for j, dim in enumerate([*self._dims(), OVERALL]):
            a, b = score[other.label, dim], score[ref.label, dim]
            rec = {"respondent_group": other.respondent_group, "sample": other.label,
                   "reference": ref.label, "dimension": dim, "name": names[dim],
                   "score": a, "score_reference": b, "difference": a - b, "note": ""}
            if not (np.isnan(a) or np.isnan(b)):
                rec |= self._pair_stats(other, ref, None if dim == OVERALL else j)
                rec["note"] = note
            rows.append(rec)
        return rows

    # ------------------------------------------------------------------ output

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

    def save(self, path):
        """Write the fitted report to one ``.npz`` file (data only: JSON tables and arrays).

        Parameters
        ----------
        path : str or Path

        Returns
        -------
        Path
        """
        return save_report(self, path)

    @classmethod
    def load(cls, path) -> MaturityReport:
        """Read a report written by :meth:`save`; it behaves like the fitted original.

        Loading never unpickles anything, so a file from someone else cannot run code.
        Files written by another esslingen-lab version are refused (re-fit then).
        """
        return load_report(cls, path)
