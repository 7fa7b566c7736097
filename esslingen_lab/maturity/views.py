"""Group breakdowns of a fitted :class:`~esslingen_lab.maturity.MaturityReport`.

Scores, bootstrap CIs and Kruskal–Wallis tests per value of a grouping column; groups below
the anonymity threshold (and the run's hidden groups) never show.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from esslingen_lab.errors import DataError, closest
from esslingen_lab.maturity.statistics import (
    adjust_p,
    bootstrap_interval,
    bootstrap_means,
    jackknife_means,
)

__all__ = ["GroupViews", "check_fitted"]


def check_fitted(report):
    """Raise a clear error when a report is used before :meth:`MaturityReport.fit`."""
    if not hasattr(report, "scores_"):
        from sklearn.exceptions import NotFittedError

        raise NotFittedError("MaturityReport is not fitted yet; call fit(survey) first.")


class GroupViews:
    """Group breakdowns of a fitted report (mixed into ``MaturityReport``)."""

    def _grouped(self, column, sample=None, *, first=True) -> pd.DataFrame:
        """Return the respondent rows with a value in ``column``.

        Rows of ``sample``; without one, of the first sample (``first``) or of all samples.
        """
        check_fitted(self)
        resp = self.respondent_scores_
        if column in resp.columns:
            resp = resp.dropna(subset=[column])
            if sample is None and first and len(resp):
                sample = resp["sample"].iloc[0]
            if sample is not None:
                resp = resp[resp["sample"] == sample]
        if column not in resp.columns or resp.empty:
            close = closest(column, getattr(self, "group_columns_", None) or [])
            hint = "use one of the survey's groups columns"
            if close:
                hint = f"meinten Sie / did you mean '{close}'? {hint}"
            raise DataError(f"Gruppierungsspalte fehlt / grouping column missing: '{column}'",
                            column=column, hint=hint)
        return resp

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

        dims = self.framework_.dimensions["dimension"].tolist()
        parts = []
        for label, part in self._grouped(column, sample, first=False).groupby("sample",
                                                                             sort=False):
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
        part = self._grouped(column, sample)
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
            lo, hi = bootstrap_interval(boot, theta, jackknife_means(values),
                                        confidence=self.confidence, method=self.ci_method)
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

        part = self._grouped(column, sample)
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
        out = adjust_p(pd.DataFrame(rows))
        return out if names else out.drop(columns="name")
