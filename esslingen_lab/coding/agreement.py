"""Inter-coder agreement: percent agreement, Cohen's kappa, Krippendorff's alpha, per code.

Only answers coded by at least two coders are compared; an answer nobody (or only one
coder) coded says nothing about agreement and is counted apart, never as agreement.
"""

from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from esslingen_lab.coding.store import format_codes, parse_codes
from esslingen_lab.errors import DataError

__all__ = [
    "AgreementReport",
    "ThemeAgreement",
    "agreement",
    "cohen_kappa",
    "krippendorff_alpha",
    "percent_agreement",
    "theme_agreement",
]


def _codings_frame(codings) -> pd.DataFrame:
    """Long table coder, answer_id, codes (frozenset); last coding per coder and answer."""
    missing = [c for c in ("coder", "answer_id", "codes") if c not in codings.columns]
    if missing:
        raise DataError(f"codings lack the column '{missing[0]}'", column=missing[0])
    frame = pd.DataFrame({
        "coder": codings["coder"].astype(str),
        "answer_id": codings["answer_id"].astype(str),
        "codes": [frozenset(parse_codes(c)) for c in codings["codes"]],
    })
    # An empty code set is "not coded" (e.g. a skipped answer), not a category.
    frame = frame[frame["codes"].map(len) > 0]
    return frame.drop_duplicates(["coder", "answer_id"], keep="last").reset_index(drop=True)


def _wide(frame: pd.DataFrame) -> pd.DataFrame:
    """Answers × coders of code sets (None = not coded by that coder)."""
    if frame.empty:
        return pd.DataFrame()
    wide = frame.pivot(index="answer_id", columns="coder", values="codes")
    return wide.astype(object).where(wide.notna(), None)


def _is_missing(value) -> bool:
    """Return True for None, NaN, ``pd.NA`` and ``NaT`` (a scalar pandas reads as missing)."""
    if value is None:
        return True
    if isinstance(value, frozenset | set | tuple | list):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _coded_pairs(values_a, values_b) -> list:
    """Pairs of the units both coders coded; None/NaN (pandas' missing value) is dropped."""
    return [(a, b) for a, b in zip(values_a, values_b, strict=True)
            if not _is_missing(a) and not _is_missing(b)]


def percent_agreement(values_a, values_b) -> float:
    """Share of units on which two coders chose the same category (missing pairs dropped).

    A unit counts only when both coders coded it; None and NaN mean "not coded".

    Examples
    --------
    >>> percent_agreement(["a", "b", "a", None], ["a", "a", "a", "b"])
    0.6666666666666666
    """
    pairs = _coded_pairs(values_a, values_b)
    if not pairs:
        return float("nan")
    return float(np.mean([a == b for a, b in pairs]))


def cohen_kappa(values_a, values_b) -> float:
    """Cohen's kappa of two coders over the units both coded (``sklearn.metrics``).

    None and NaN mean "not coded": such units are dropped, never counted as a category.

    Returns NaN when kappa is undefined (both coders used one and the same category
    throughout, so chance agreement is 1).

    Examples
    --------
    >>> round(cohen_kappa(list("yyynn"), list("yynnn")), 3)
    0.615
    """
    from sklearn.metrics import cohen_kappa_score

    pairs = _coded_pairs(values_a, values_b)
    if not pairs:
        return float("nan")
    a, b = zip(*pairs, strict=True)
    a = [_category(v) for v in a]
    b = [_category(v) for v in b]
    if len(set(a) | set(b)) < 2:
        return float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return float(cohen_kappa_score(a, b))


def _category(value) -> str:
    if isinstance(value, frozenset | set | tuple | list):
        return format_codes(value)
    return str(value)


def krippendorff_alpha(table, *, level_of_measurement="nominal") -> float:
    """Krippendorff's alpha of a units × coders table with missing values (None/NaN).

    Units with fewer than two values are not pairable and do not count (Krippendorff 2011).
    Categories may be any hashable values (sets of codes are compared as sets).

    Parameters
    ----------
    table : DataFrame or 2-D array-like
        Rows are units (answers), columns are coders.
    level_of_measurement : {"nominal", "ordinal", "interval", "ratio"}, default="nominal"
        For anything but nominal the values must be numbers.

    Returns
    -------
    float
        NaN when there are no pairable values or only one category occurs (alpha is
        undefined then).
    """
    import krippendorff

    table = pd.DataFrame(table).astype(object)
    cells = table.where(table.notna(), None).to_numpy()
    if level_of_measurement == "nominal":
        categories = {}
        data = np.full(cells.shape, np.nan)
        for idx, value in np.ndenumerate(cells):
            if value is not None:
                data[idx] = categories.setdefault(_category(value), len(categories))
    else:
        data = np.array([[np.nan if v is None else float(v) for v in row] for row in cells])
    pairable = (~np.isnan(data)).sum(axis=1) >= 2
    data = data[pairable]
    values = data[~np.isnan(data)]
    if len(values) == 0 or len(np.unique(values)) < 2:
        return float("nan")
    # krippendorff expects coders × units.
    return float(krippendorff.alpha(reliability_data=data.T,
                                     level_of_measurement=level_of_measurement))


def _mean_pairwise_agreement(wide: pd.DataFrame) -> float:
    """Mean over answers of the share of agreeing coder pairs."""
    shares = []
    for row in wide.itertuples(index=False):
        values = [v for v in row if v is not None]
        pairs = list(itertools.combinations(values, 2))
        if pairs:
            shares.append(np.mean([a == b for a, b in pairs]))
    return float(np.mean(shares)) if shares else float("nan")


@dataclass
class AgreementReport:
    """Agreement figures of a set of codings; build it with :func:`agreement`.

    Attributes
    ----------
    n_answers : int
        Answers coded by at least two coders (the basis of every figure).
    n_single : int
        Answers coded by only one coder (not compared).
    coders : list of str
    percent_agreement : float
        Mean share of agreeing coder pairs per answer (identical code sets).
    alpha : float
        Krippendorff's alpha (nominal) on the code sets.
    alpha_ci : tuple of float
        Bootstrap 95 % interval of ``alpha`` (answers resampled), NaN if not computed.
    pairs : DataFrame
        coder_a, coder_b, n_answers, percent_agreement, kappa (Cohen's, code sets).
    per_code : DataFrame
        code, n_answers, n_assigned, percent_agreement, kappa (mean of pairwise Cohen's
        kappas, i.e. Light's kappa for more than two coders), alpha — each code as yes/no.
    disagreements : DataFrame
        answer_id, one column per coder (codes ``;``-joined, empty = not coded),
        disputed (codes not chosen by every coder of the answer): the adjudication list.
    """

    n_answers: int
    n_single: int
    coders: list
    percent_agreement: float
    alpha: float
    alpha_ci: tuple
    pairs: pd.DataFrame = field(repr=False)
    per_code: pd.DataFrame = field(repr=False)
    disagreements: pd.DataFrame = field(repr=False)
    _wide: pd.DataFrame = field(repr=False, default=None)

    def summary(self) -> pd.DataFrame:
        """One tidy table of the headline figures (measure, value, n_answers)."""
        rows = [
            ("percent_agreement", self.percent_agreement),
            ("krippendorff_alpha", self.alpha),
            ("krippendorff_alpha_ci_low", self.alpha_ci[0]),
            ("krippendorff_alpha_ci_high", self.alpha_ci[1]),
        ]
        if len(self.pairs):
            rows.append(("cohen_kappa_mean", float(self.pairs["kappa"].mean())))
        frame = pd.DataFrame(rows, columns=["measure", "value"])
        frame["n_answers"] = self.n_answers
        return frame

    def confusion(self, coder_a: str, coder_b: str) -> pd.DataFrame:
        """Cross-table of the code sets two coders gave to the answers both coded.

        Rows are ``coder_a``'s codes, columns ``coder_b``'s (sets joined with ``;``).
        """
        for coder in (coder_a, coder_b):
            if coder not in self.coders:
                raise DataError(f"unknown coder '{coder}'",
                                hint=f"coders are: {', '.join(self.coders)}")
        both = self._wide[[coder_a, coder_b]].dropna()
        a = both[coder_a].map(format_codes).rename(coder_a)
        b = both[coder_b].map(format_codes).rename(coder_b)
        return pd.crosstab(a, b)


def agreement(codings, *, codes=None, n_bootstrap: int = 500, random_state=0) -> AgreementReport:
    """Compute inter-coder agreement of multi-label (or single-label) codings.

    Parameters
    ----------
    codings : DataFrame
        Columns coder, answer_id and codes (tuple/set of names or ``;``-joined text),
        e.g. ``CodingStore.codings()``. Rows without codes count as not coded.
    codes : list of str, default=None
        Codes for the per-code table (e.g. ``codebook.code_names``); the codes used
        when None.
    n_bootstrap : int, default=500
        Bootstrap resamples of answers for the interval of alpha; 0 to skip.
    random_state : int, default=0

    Returns
    -------
    AgreementReport

    Raises
    ------
    DataError
        Fewer than two coders, or no answer coded by two coders.

    Notes
    -----
    Whole code sets are compared for percent agreement, kappa and alpha (an answer coded
    ``{a, b}`` by one coder and ``{a}`` by another is a disagreement); ``per_code`` treats
    each code as a yes/no decision on the answers both coders coded.
    """
    frame = _codings_frame(codings)
    coders = sorted(frame["coder"].unique())
    if len(coders) < 2:
        raise DataError("agreement needs codings from at least two coders",
                        hint="let a second person code a sample of the same answers")
    wide = _wide(frame)[coders]
    n_coders = wide.notna().sum(axis=1)
    compared = wide[n_coders >= 2]
    n_single = int((n_coders == 1).sum())
    if compared.empty:
        raise DataError("no answer was coded by two coders",
                        hint="let the coders code an overlapping sample")

    pairs = []
    for a, b in itertools.combinations(coders, 2):
        both = compared[[a, b]].dropna()
        pairs.append({
            "coder_a": a, "coder_b": b, "n_answers": len(both),
            "percent_agreement": percent_agreement(both[a], both[b]) if len(both) else np.nan,
            "kappa": cohen_kappa(both[a], both[b]) if len(both) else np.nan,
        })
    pairs = pd.DataFrame(pairs, columns=["coder_a", "coder_b", "n_answers",
                                         "percent_agreement", "kappa"])
    pairs = pairs[pairs["n_answers"] > 0].reset_index(drop=True)

    alpha = krippendorff_alpha(compared)
    alpha_ci = (np.nan, np.nan)
    if n_bootstrap and not np.isnan(alpha):
        rng = np.random.default_rng(random_state)
        boots = []
        for _ in range(n_bootstrap):
            sample = compared.iloc[rng.integers(0, len(compared), len(compared))]
            boots.append(krippendorff_alpha(sample))
        boots = np.array(boots)
        boots = boots[~np.isnan(boots)]
        if len(boots):
            alpha_ci = tuple(float(x) for x in np.percentile(boots, [2.5, 97.5]))

    used = sorted(set().union(*[v for v in compared.to_numpy().ravel() if v is not None]))
    per_code = _per_code(compared, coders, list(codes) if codes is not None else used)
    disagreements = _disagreements(compared, coders)
    return AgreementReport(
        n_answers=len(compared), n_single=n_single, coders=coders,
        percent_agreement=_mean_pairwise_agreement(compared), alpha=alpha, alpha_ci=alpha_ci,
        pairs=pairs, per_code=per_code, disagreements=disagreements, _wide=compared,
    )


def _per_code(compared, coders, codes) -> pd.DataFrame:
    rows = []
    for code in codes:
        # object dtype keeps None (= not coded) apart from 0 (= coded, code not chosen)
        binary = pd.DataFrame(
            {c: [None if v is None else int(code in v) for v in compared[c]] for c in coders},
            index=compared.index, dtype=object,
        )
        kappas = []
        for a, b in itertools.combinations(coders, 2):
            both = binary[[a, b]].dropna()
            if len(both):
                kappas.append(cohen_kappa(both[a].astype(int), both[b].astype(int)))
        kappas = [k for k in kappas if not np.isnan(k)]
        rows.append({
            "code": code,
            "n_answers": len(binary),
            "n_assigned": int(sum(v for v in binary.to_numpy().ravel() if v is not None)),
            "percent_agreement": _mean_pairwise_agreement(binary),
            "kappa": float(np.mean(kappas)) if kappas else np.nan,
            "alpha": krippendorff_alpha(binary),
        })
    return pd.DataFrame(rows, columns=["code", "n_answers", "n_assigned",
                                       "percent_agreement", "kappa", "alpha"])


def _disagreements(compared, coders) -> pd.DataFrame:
    rows = []
    for answer_id, row in compared.iterrows():
        sets = [v for v in row if v is not None]
        if all(s == sets[0] for s in sets):
            continue
        union = frozenset().union(*sets)
        common = frozenset.intersection(*sets)
        record = {"answer_id": answer_id}
        record.update({c: "" if row[c] is None else format_codes(row[c]) for c in coders})
        record["disputed"] = format_codes(union - common)
        rows.append(record)
    return pd.DataFrame(rows, columns=["answer_id", *coders, "disputed"])


# -- model themes vs human codes -----------------------------------------------------------
@dataclass
class ThemeAgreement:
    """Agreement of model themes (mapped to codes) with human codes; see :func:`theme_agreement`.

    Attributes
    ----------
    method : str
    n_answers : int
        Answers with both a theme and a human code.
    percent_agreement : float
        Share of answers whose mapped code is among the human codes.
    kappa : float
        Cohen's kappa of mapped code vs human code (see Notes of :func:`theme_agreement`).
    mapping : DataFrame
        theme, code (None = theme not mapped), n_answers, n_agree.
    table : DataFrame
        Themes × codes: number of answers.
    """

    method: str
    n_answers: int
    percent_agreement: float
    kappa: float
    mapping: pd.DataFrame = field(repr=False)
    table: pd.DataFrame = field(repr=False)


def theme_agreement(themes, codes, *, method: str = "hungarian") -> ThemeAgreement:
    """Map model themes to human codes and measure how well they agree.

    Parameters
    ----------
    themes : Series
        Theme per answer (index = answer id), e.g. ``ThemeModel.labels_`` as a Series.
    codes : Series
        Human code(s) per answer (index = answer id): a code name, a ``;``-joined text or
        a set; e.g. the adjudicated codes of a sample.
    method : {"hungarian", "majority"}, default="hungarian"
        ``"hungarian"``: one-to-one mapping maximising matched answers
        (``scipy.optimize.linear_sum_assignment``); themes left over stay unmapped.
        ``"majority"``: each theme gets the code most of its answers carry (several themes
        may map to one code; optimistic because it is fitted on the same sample).

    Returns
    -------
    ThemeAgreement

    Notes
    -----
    With several human codes per answer an answer agrees when its mapped code is one of
    them; for kappa such an answer counts with the matched code (or its first code when
    none matches). Unmapped themes count as "(kein Code)" and thus as disagreement.

    Examples
    --------
    >>> t = pd.Series([0, 0, 1, 1], index=list("abcd"))
    >>> h = pd.Series(["x", "x", "y", "x"], index=list("abcd"))
    >>> theme_agreement(t, h).percent_agreement
    0.75
    """
    from scipy.optimize import linear_sum_assignment

    if method not in ("hungarian", "majority"):
        raise ValueError("method must be 'hungarian' or 'majority'")
    themes = pd.Series(themes).dropna()
    human = pd.Series(codes).map(lambda v: frozenset(parse_codes(v)))
    human = human[human.map(len) > 0]
    common = themes.index.astype(str).intersection(human.index.astype(str))
    themes.index = themes.index.astype(str)
    human.index = human.index.astype(str)
    themes, human = themes.loc[common], human.loc[common]
    if len(common) == 0:
        raise DataError("no answer has both a model theme and a human code",
                        hint="check that both use the same answer ids")
    long = pd.DataFrame([(themes[i], c) for i in common for c in human[i]],
                        columns=["theme", "code"])
    table = pd.crosstab(long["theme"], long["code"])
    if method == "hungarian":
        rows, cols = linear_sum_assignment(-table.to_numpy())
        mapping = {table.index[r]: table.columns[c] for r, c in zip(rows, cols, strict=True)}
    else:
        mapping = {theme: table.loc[theme].idxmax() for theme in table.index}
    none = "(kein Code)"
    predicted = themes.map(lambda t: mapping.get(t, none))
    agree = pd.Series([predicted[i] in human[i] for i in common], index=common)
    truth = [predicted[i] if predicted[i] in human[i] else sorted(human[i])[0] for i in common]
    records = []
    for theme in table.index:
        members = themes.index[themes == theme]
        records.append({"theme": theme, "code": mapping.get(theme),
                        "n_answers": len(members), "n_agree": int(agree[members].sum())})
    mapping_frame = pd.DataFrame(records, columns=["theme", "code", "n_answers", "n_agree"])
    mapping_frame["code"] = pd.Series([r["code"] for r in records], dtype=object)
    return ThemeAgreement(
        method=method, n_answers=len(common), percent_agreement=float(agree.mean()),
        kappa=cohen_kappa(list(predicted), truth),
        mapping=mapping_frame,
        table=table,
    )
