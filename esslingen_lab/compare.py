"""Group comparisons: which themes matter to which groups, with honest statistics.

Theme prevalence by any grouping column (respondent group, age band, Stadtteil, department)
with chi-square / exact / permutation tests, effect sizes, residuals and multiple-testing control.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from esslingen_lab.errors import DataError
from esslingen_lab.i18n import LANGUAGES, Catalogue

__all__ = [
    "ThemeComparison",
    "SmallSampleWarning",
    "compare_themes",
    "cramers_v_corrected",
    "theme_maturity",
    "suppress",
    "theme_assignments",
    "COMPARE_TEXT",
    "compare_text",
    "compare_heading",
]

# Below this many expected counts per cell the chi-square approximation is unreliable
# (Cochran's rule); we then switch to Fisher's exact test (2×2) or a permutation test.
MIN_EXPECTED = 5

#: Notes of a comparison, headings and captions of notebooks/compare.ipynb.
COMPARE_TEXT = Catalogue.from_pairs("compare", {
    "suppressed": ("Gruppe(n) mit weniger als {k} Befragten ausgeblendet: {groups}.",
                   "Group(s) with fewer than {k} respondents hidden: {groups}."),
    "too_few": ("Zu wenige Nennungen ({n}) – dazu lässt sich nichts Belastbares sagen.",
                "Too few mentions ({n}) to say anything reliable."),
    "one_group": ("Nur eine Gruppe mit genügend Befragten – kein Vergleich möglich.",
                  "Only one group with enough respondents – no comparison possible."),
    "exact": ("Kleine erwartete Häufigkeiten: exakter Test nach Fisher statt Chi-Quadrat.",
              "Small expected counts: Fisher's exact test instead of chi-square."),
    "permutation": ("Kleine erwartete Häufigkeiten: Permutationstest ({n} Permutationen) "
                    "statt Chi-Quadrat.",
                    "Small expected counts: permutation test ({n} permutations) "
                    "instead of chi-square."),
    "themes": ("Themen der Antworten", "Themes of the answers"),
    "themes_caption": ("Themen zur Frage: {question}", "Themes for the question: {question}"),
    "compared": ("Verglichen werden die Themen der Frage „{question}“.",
                 "Compared: the themes of “{question}”."),
    "by_group": ("Themen nach {column}", "Themes by {column}"),
    "by_group_caption": ("Anteil der Befragten je Gruppe, die das Thema nennen, mit Test "
                         "(p nach Benjamini–Hochberg) und Cramérs V. <{k}: weniger als {k} "
                         "Personen; –: ausgeblendet zum Schutz einer kleinen Gruppe",
                         "Share of each group's respondents raising the theme, with test "
                         "(Benjamini–Hochberg p) and Cramér's V. <{k}: fewer than {k} people; "
                         "–: hidden to protect a small group"),
    "maturity": ("Reifegrad und Themen", "Maturity and themes"),
    "maturity_caption": ("Mittlerer Reifegrad (0–100) der Befragten, die das Thema nennen",
                         "Mean maturity score (0–100) of respondents raising the theme"),
    "no_groups": ("Die Befragung hat keine Gruppierungsspalten.",
                  "The survey has no grouping columns."),
    "no_likert": ("Keine Aussagen des Reifegradmodells in dieser Befragung.",
                  "No maturity items in this survey."),
    "cramer_plain": ("Cramér V (unkorrigiert)", "Cramér's V (uncorrected)"),
    "cramer_corrected": ("Cramér V (Bergsma-korrigiert)", "Cramér's V (Bergsma-corrected)"),
    "note": ("Hinweis", "note"),
})


#: Column header of the adjusted p-value per ``fdr_method``.
_P_LABEL = {"bh": "p (BH)", "by": "p (BY)"}


class SmallSampleWarning(UserWarning):
    """A group or theme is too small for a reliable statement; see the table's note column."""


def suppress(table: pd.DataFrame, counts: pd.DataFrame | None, k: int, *,
             force=None) -> pd.DataFrame:
    """Hide cells based on fewer than ``k`` respondents (and complementary cells).

    Thin wrapper around :func:`esslingen_lab.privacy.suppress_small_cells` so that every
    group breakdown of this package goes through the one privacy implementation.

    Parameters
    ----------
    table : pandas.DataFrame
        Values to publish (counts, shares, means); the index holds the group labels.
    counts : pandas.DataFrame or None
        Respondent counts behind each cell, same shape as ``table``; None when ``table``
        itself holds counts.
    k : int
        Anonymity threshold.
    force : pandas.DataFrame of bool, optional
        Cells to hide whatever their count (groups the run's disclosure plan hides).

    Returns
    -------
    pandas.DataFrame
        Object-dtype copy: small cells show ``"<k"``, protective ones ``"–"``.
    """
    from esslingen_lab.privacy import suppress_small_cells

    return suppress_small_cells(table, k, count_table=counts, force=force)


def _adjusted_residuals(observed: np.ndarray) -> np.ndarray:
    from statsmodels.stats.contingency_tables import Table

    # Haberman's adjusted (standardised) residuals: ~N(0,1) under independence, so |r| > 2
    # marks a cell that deviates noticeably from what independence predicts. statsmodels
    # adds 0.5 to every cell of a table with a zero unless told not to; a theme nobody in a
    # group raised is an ordinary observation, not a cell to smooth.
    table = Table(np.asarray(observed, dtype=float), shift_zeros=False)
    return np.asarray(table.standardized_resids, dtype=float)


def cramers_v_corrected(observed) -> float:
    """Bias-corrected Cramér's V of a contingency table (Bergsma 2013).

    The plain estimator ``sqrt(chi2 / (n · (min(r, c) − 1)))`` is biased upwards in small
    samples: it is clearly above 0 even under independence. Bergsma's correction subtracts
    the expected value of phi² under independence and shrinks the table dimensions:

    ``phi2~ = max(0, chi2/n − (r−1)(c−1)/(n−1))``, ``r~ = r − (r−1)²/(n−1)``,
    ``c~ = c − (c−1)²/(n−1)``, ``V~ = sqrt(phi2~ / min(r~ − 1, c~ − 1))``.

    Parameters
    ----------
    observed : array-like of shape (r, c)
        Counts (no margins).

    Returns
    -------
    float
        NaN when the table has fewer than two non-empty rows or columns or ``n < 2``.

    References
    ----------
    Bergsma, W. (2013). A bias-correction for Cramér's V and Tschuprow's T. Journal of the
    Korean Statistical Society 42(3), 323–328.
    """
    from scipy import stats

    obs = np.asarray(observed, dtype=float)
    obs = obs[obs.sum(axis=1) > 0][:, obs.sum(axis=0) > 0]
    n = obs.sum()
    r, c = obs.shape if obs.ndim == 2 else (0, 0)
    if r < 2 or c < 2 or n < 2:
        return float("nan")
    chi2 = stats.chi2_contingency(obs, correction=False).statistic
    phi2 = max(0.0, chi2 / n - (r - 1) * (c - 1) / (n - 1))
    r_c = r - (r - 1) ** 2 / (n - 1)
    c_c = c - (c - 1) ** 2 / (n - 1)
    denom = min(r_c - 1, c_c - 1)
    return float(np.sqrt(phi2 / denom)) if denom > 0 else float("nan")


def _test_table(observed: np.ndarray, n_permutations: int, rng) -> dict:
    """Chi-square, Cramér's V and (if expected counts are small) an exact/permutation p."""
    from scipy import stats
    from scipy.stats.contingency import association, expected_freq

    observed = np.asarray(observed, dtype=np.int64)
    expected = expected_freq(observed)
    # Without continuity correction, so that the statistic matches Cramér's V's definition.
    res = stats.chi2_contingency(observed, correction=False)
    out = {
        "chi2": float(res.statistic),
        "dof": int(res.dof),
        "p_chi2": float(res.pvalue),
        "cramers_v": float(association(observed, method="cramer", correction=False)),
        "cramers_v_corrected": cramers_v_corrected(observed),
        "min_expected": float(expected.min()),
        "test": "chi2",
        "p_value": float(res.pvalue),
    }
    if expected.min() < MIN_EXPECTED:
        if observed.shape == (2, 2):
            out["p_value"] = float(stats.fisher_exact(observed).pvalue)
            out["test"] = "fisher"
        else:
            # Permuting which respondent belongs to which group keeps both margins, so the
            # permutation distribution of the table is the multivariate hypergeometric one:
            # scipy draws all ``n_permutations`` tables at once (``random_table``) instead of
            # crosstabbing one permutation at a time — the same test, ~80 times faster.
            method = stats.MonteCarloMethod(n_resamples=n_permutations, rng=rng)
            perm = stats.chi2_contingency(observed, correction=False, method=method)
            out["p_value"] = float(perm.pvalue)
            out["test"] = "permutation"
    return out


class ThemeComparison:
    """Compare how often each theme is raised across the groups of one grouping column.

    For every theme a 2 × G table (raised / not raised × group) is tested, because one
    respondent may raise several themes (a themes × groups table would count people twice
    and break the independence a chi-square test assumes).

    Parameters
    ----------
    min_group_size : int, default=5
        Anonymity threshold k: groups with fewer respondents are left out of the tests and
        every published cell based on fewer than k respondents is suppressed.
    n_permutations : int, default=9999
        Permutations for the Monte-Carlo test used when expected counts are below 5 in a
        table larger than 2 × 2 (2 × 2 tables use Fisher's exact test).
    min_mentions : int, default=10
        Themes raised fewer times get a plain-language note that nothing reliable can be said.
    fdr_method : {"bh", "by"}, default="bh"
        Benjamini–Hochberg (or –Yekutieli) adjustment across themes.
    random_state : int or None, default=None
        Seed for the permutation tests.
    language : {"de", "en"}, default="de"
        Language of the notes.
    hidden_groups : sequence of str, default=()
        Groups hidden in every published output (table, residuals, heatmap) whatever their
        size: the run's disclosure plan (:func:`esslingen_lab.privacy.group_plan`).

    Attributes
    ----------
    counts_ : pandas.DataFrame
        Themes × groups: respondents raising the theme (unsuppressed; do not publish).
    group_sizes_ : pandas.Series
        Respondents per group (denominators).
    shares_ : pandas.DataFrame
        Themes × groups: share of the group's respondents raising the theme.
    residuals_ : pandas.DataFrame
        Themes × groups: adjusted residual of the "raised" cell (|r| > 2 ≈ notable).
    tests_ : pandas.DataFrame
        One row per theme: n_mentions, chi2, dof, p_chi2, cramers_v (the plain,
        upward-biased estimator), cramers_v_corrected (Bergsma's bias correction, see
        :func:`cramers_v_corrected`), min_expected, test, p_value, p_adjusted,
        significant, note.
    notes_ : list of str
        Plain-language notes about the whole comparison (e.g. suppressed groups).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"respondent_id": list("abcdefghij") * 2,
    ...                    "theme": ["Termine"] * 10 + ["WLAN"] * 10,
    ...                    "gruppe": ["jung"] * 5 + ["alt"] * 5 + ["jung"] * 5 + ["alt"] * 5})
    >>> cmp = ThemeComparison(random_state=0).fit(df, "gruppe")
    >>> cmp.group_sizes_.to_dict()
    {'alt': 5, 'jung': 5}
    """

    def __init__(
        self,
        *,
        min_group_size: int = 5,
        n_permutations: int = 9999,
        min_mentions: int = 10,
        fdr_method: str = "bh",
        random_state=None,
        language: str = "de",
        hidden_groups=(),
    ):
        self.hidden_groups = hidden_groups
        self.min_group_size = min_group_size
        self.n_permutations = n_permutations
        self.min_mentions = min_mentions
        self.fdr_method = fdr_method
        self.random_state = random_state
        self.language = language

    def fit(
        self,
        assignments: pd.DataFrame,
        group: str,
        *,
        respondents: pd.DataFrame | None = None,
        id_column: str = "respondent_id",
        theme_column: str = "theme",
    ):
        """Count, share and test theme prevalence by ``group``.

        Parameters
        ----------
        assignments : pandas.DataFrame
            Long table with a respondent id, a theme and the group column; a respondent may
            have several rows (several themes). Rows with a missing theme count the
            respondent in the denominator only.
        group : str
            Grouping column (e.g. ``"altersgruppe"``, ``"respondent_group"``).
        respondents : pandas.DataFrame, default=None
            Optional table of all respondents (id and group column) defining the
            denominators, e.g. to include people who answered without raising any theme.
            By default every respondent appearing in ``assignments`` counts.
        id_column, theme_column : str
            Column names in ``assignments``.

        Returns
        -------
        self
        """
        from scipy import stats

        if self.fdr_method not in _P_LABEL:
            raise DataError(reason="compare_fdr_method", value=repr(self.fdr_method))
        lang = self.language if self.language in LANGUAGES else "de"
        notes = COMPARE_TEXT[lang]
        for col in (id_column, theme_column, group):
            if col not in assignments.columns:
                raise DataError(reason="column_missing", column=col,
                                hint_key="compare_columns.hint")
        k = int(self.min_group_size)
        rng = np.random.default_rng(self.random_state)
        base = respondents if respondents is not None else assignments
        people = (
            base[[id_column, group]]
            .dropna(subset=[group])
            .drop_duplicates(subset=[id_column])
            .assign(**{group: lambda d: d[group].astype(str)})
        )
        sizes = people.groupby(group).size().sort_index()
        mentions = (
            assignments.dropna(subset=[theme_column])
            .drop_duplicates(subset=[id_column, theme_column])[[id_column, theme_column]]
            .merge(people, on=id_column, how="inner")
        )
        counts = (
            mentions.groupby([theme_column, group])
            .size()
            .unstack(group)
            .reindex(columns=sizes.index)
            .fillna(0)
            .astype(int)
        )
        counts.index.name = "theme"
        counts.columns.name = group
        self.group_sizes_ = sizes
        self.counts_ = counts
        self.shares_ = counts / sizes
        self.group_ = group

        small = sizes[sizes < k]
        tested = sizes[sizes >= k].index
        self.notes_ = []
        if len(small):
            self.notes_.append(notes["suppressed"].format(k=k, groups=len(small)))
        if len(tested) < 2:
            self.notes_.append(notes["one_group"])

        rows, resid = [], pd.DataFrame(np.nan, index=counts.index, columns=counts.columns)
        for theme, row in counts.iterrows():
            raised = row[tested].to_numpy()
            n_mentions = int(row.sum())
            rec = {"theme": theme, "n_mentions": n_mentions}
            theme_notes = []
            not_raised = sizes[tested].to_numpy() - raised
            observed = np.vstack([raised, not_raised])
            # Tests need two groups and a theme that is raised by some but not all of them.
            if len(tested) >= 2 and raised.sum() > 0 and not_raised.sum() > 0:
                rec.update(_test_table(observed, self.n_permutations, rng))
                resid.loc[theme, tested] = _adjusted_residuals(observed)[0]
                if rec["test"] == "fisher":
                    theme_notes.append(notes["exact"])
                elif rec["test"] == "permutation":
                    theme_notes.append(notes["permutation"].format(n=self.n_permutations))
            if n_mentions < self.min_mentions:
                theme_notes.append(notes["too_few"].format(n=n_mentions))
            rec["note"] = " ".join(theme_notes)
            rows.append(rec)
        cols = ["theme", "n_mentions", "chi2", "dof", "p_chi2", "cramers_v",
                "cramers_v_corrected", "min_expected", "test", "p_value"]
        tests = pd.DataFrame(rows).reindex(columns=cols + ["note"])
        tests["p_adjusted"] = np.nan
        ok = tests["p_value"].notna()
        if ok.any():
            tests.loc[ok, "p_adjusted"] = stats.false_discovery_control(
                tests.loc[ok, "p_value"].to_numpy(dtype=float), method=self.fdr_method
            )
        tests["significant"] = tests["p_adjusted"] < 0.05
        self.tests_ = tests[cols + ["p_adjusted", "significant", "note"]].reset_index(drop=True)
        self.residuals_ = resid
        if len(small) or (tests["n_mentions"] < self.min_mentions).any():
            warnings.warn(
                "Some groups or themes are too small for reliable statements; see the "
                "'note' column of tests_ and notes_.",
                SmallSampleWarning,
                stacklevel=2,
            )
        return self

    def _forced(self, hide) -> pd.DataFrame:
        """Cells hidden whatever their count: hidden groups and small complements."""
        k = int(self.min_group_size)
        sizes = self.group_sizes_.reindex(self.counts_.columns)
        hidden_groups = set(self.group_sizes_[self.group_sizes_ < k].index)
        hidden_groups |= {str(g) for g in [*(hide or []), *(self.hidden_groups or [])]}
        force = pd.DataFrame(False, index=self.counts_.index, columns=self.counts_.columns)
        force.loc[:, [g for g in force.columns if g in hidden_groups]] = True
        # "B n=5, 83.3 %" tells that exactly one person of B did not raise the theme: a
        # complement between 1 and k − 1 is as small as a small count.
        rest = sizes.to_numpy()[None, :] - self.counts_.to_numpy()
        return force | ((rest > 0) & (rest < k))

    def table(self, *, hide=None) -> pd.DataFrame:
        """Return the publishable prevalence table: counts and shares, small cells suppressed.

        Parameters
        ----------
        hide : list of str, optional
            Groups to hide entirely, whatever their size, in addition to the constructor's
            ``hidden_groups``.

        Returns
        -------
        pandas.DataFrame
            One row per theme with ``<group> n`` and ``<group> %`` columns plus the test
            results (p adjusted, Cramér's V, note). A count or share based on fewer than
            ``min_group_size`` respondents reads ``"<k"``; a cell hidden to protect a small
            group (complementary cell, hidden group, small complement) reads ``"–"``.
        """
        k = int(self.min_group_size)
        counts = self.counts_
        shares = (self.shares_ * 100).round(1)
        force = self._forced(hide)
        counts_s = suppress(counts, None, k, force=force)
        # A share reveals its count when the group size is known, so shares follow the
        # counts' suppression pattern.
        shares_s = suppress(shares, counts, k, force=force)
        small = self.group_sizes_[self.group_sizes_ < k].index
        counts_s = counts_s.astype(object)
        shares_s = shares_s.astype(object)
        counts_s.loc[:, small] = f"<{k}"
        shares_s.loc[:, small] = f"<{k}"
        out = pd.DataFrame(index=counts.index)
        for g in counts.columns:
            out[f"{g} n"] = counts_s[g]
            out[f"{g} %"] = shares_s[g]
        tests = self.tests_.set_index("theme")
        out[_P_LABEL.get(self.fdr_method, "p (adj.)")] = tests["p_adjusted"].round(4)
        out[compare_text("cramer_plain", self.language)] = tests["cramers_v"].round(3)
        out[compare_text("cramer_corrected", self.language)] = (
            tests["cramers_v_corrected"].round(3))
        out["Test"] = tests["test"]
        out[compare_text("note", self.language)] = tests["note"]
        return out.reset_index()

    def residual_table(self, *, hide=None) -> pd.DataFrame:
        """Return adjusted residuals, suppressed like the counts (they reveal small counts too).

        ``hide`` as in :meth:`table`.
        """
        k = int(self.min_group_size)
        res = suppress(self.residuals_.round(2), self.counts_, k,
                       force=self._forced(hide)).astype(object)
        small = self.group_sizes_[self.group_sizes_ < k].index
        res.loc[:, small] = f"<{k}"
        return res


def compare_themes(assignments, group, **kwargs) -> ThemeComparison:
    """Fit a :class:`ThemeComparison` in one call (keyword arguments go to the constructor)."""
    fit_keys = {"respondents", "id_column", "theme_column"}
    fit_kw = {key: kwargs.pop(key) for key in list(kwargs) if key in fit_keys}
    return ThemeComparison(**kwargs).fit(assignments, group, **fit_kw)


def theme_maturity(
    assignments: pd.DataFrame,
    respondent_scores: pd.DataFrame,
    *,
    dimensions=None,
    k: int = 5,
    id_column: str = "respondent_id",
    theme_column: str = "theme",
    names: dict | None = None,
) -> pd.DataFrame:
    """Mean maturity score per dimension of the respondents who raise each theme.

    Parameters
    ----------
    assignments : pandas.DataFrame
        Long table respondent id × theme (several rows per respondent allowed).
    respondent_scores : pandas.DataFrame
        ``MaturityReport.respondent_scores_``: respondent id plus one 0–100 column per
        dimension. Respondent ids must be unique (restrict to one sample first).
    dimensions : list of str, default=None
        Dimension columns to use; default all numeric columns but the id.
    k : int, default=5
        Means based on fewer than ``k`` respondents are suppressed.
    names : dict, default=None
        Optional mapping dimension key → display name for the column headers.

    Returns
    -------
    pandas.DataFrame
        One row per theme: ``n`` (respondents raising it) and one mean score column per
        dimension, suppressed below ``k``.
    """
    if dimensions is None:
        dimensions = [
            c for c in respondent_scores.columns
            if c != id_column and pd.api.types.is_numeric_dtype(respondent_scores[c])
        ]
    if respondent_scores[id_column].duplicated().any():
        raise DataError(reason="compare_ids_not_unique", column=id_column)
    pairs = assignments.dropna(subset=[theme_column]).drop_duplicates(
        subset=[id_column, theme_column]
    )[[id_column, theme_column]]
    joined = pairs.merge(respondent_scores[[id_column, *dimensions]], on=id_column)
    means = joined.groupby(theme_column)[dimensions].mean()
    ns = joined.groupby(theme_column)[dimensions].count()
    people = joined.groupby(theme_column)[id_column].nunique().rename("n")
    means.insert(0, "n", people)
    ns.insert(0, "n", people)
    out = suppress(means.round(1), ns, k)
    if names:
        out = out.rename(columns=names)
    out.index.name = "theme"
    return out.reset_index()


def theme_assignments(texts: pd.DataFrame, labels, themes: pd.DataFrame | None = None, *,
                      responses: pd.DataFrame | None = None, groups=(),
                      id_column: str = "respondent_id") -> pd.DataFrame:
    """Long respondent × theme table from a fitted theme model, with grouping columns.

    Parameters
    ----------
    texts : pandas.DataFrame
        The texts the model was fitted on, e.g. ``survey.texts(question)`` (respondent id
        per row, same order as ``labels``).
    labels : array-like
        ``ThemeModel.labels_``: one theme id per text (negative or None = no theme), or a
        list of ids per text.
    themes : pandas.DataFrame, default=None
        ``ThemeModel.themes_`` with ``id`` and ``label``; ids become readable labels.
    responses : pandas.DataFrame, default=None
        ``survey.responses`` for the grouping columns.
    groups : sequence of str
        Grouping columns to attach from ``responses``.

    Returns
    -------
    pandas.DataFrame
        Columns respondent_id, theme (NaN for a text without theme, which keeps its author in
        the denominators), and the grouping columns.
    """
    labels = list(labels)
    if len(labels) != len(texts):
        raise DataError(reason="compare_labels_length", n_labels=len(labels),
                        n_texts=len(texts))
    long = pd.DataFrame({id_column: texts[id_column].astype(str).to_numpy(), "theme": labels})
    long = long.explode("theme", ignore_index=True)
    names = {}
    if themes is not None and {"id", "label"} <= set(themes.columns):
        names = dict(zip(themes["id"], themes["label"], strict=True))
    def _name(value):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return np.nan
        if isinstance(value, (int, np.integer)) and value < 0:
            return np.nan
        return names.get(value, value)
    long["theme"] = long["theme"].map(_name)
    if responses is not None and groups:
        extra = responses[[id_column, *groups]].copy()
        extra[id_column] = extra[id_column].astype(str)
        long = long.merge(extra.drop_duplicates(id_column), on=id_column, how="left")
    return long


def compare_text(key: str, language: str = "de", **fmt) -> str:
    """Return a note, heading or caption of :data:`COMPARE_TEXT` in ``language``."""
    return COMPARE_TEXT.text(key, language if language in LANGUAGES else "de", **fmt)


def compare_heading(key: str, **fmt) -> tuple:
    """Return ``(German, English)`` of a :data:`COMPARE_TEXT` entry, formatted."""
    return tuple(COMPARE_TEXT.text(key, language, **fmt) for language in LANGUAGES)
