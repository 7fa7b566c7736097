"""Post-stratification weights from a survey's ``population:`` block (raking), documented.

Part of :mod:`esslingen_lab.reports`. Raking (iterative proportional fitting, Deming and
Stephan 1940) adjusts the weights one grouping column at a time until the weighted sample
matches the population share of every category of every column; with one column it is
plain cell weighting, ``w = population share / sample share``. Kish's design effect
``deff = n Σw² / (Σw)²`` says how much the weighting widens intervals; the effective sample
size is ``n / deff``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from esslingen_lab.errors import DataError
from esslingen_lab.i18n import Catalogue

__all__ = ["Weighting", "rake", "kish", "population_weights", "WEIGHT_TEXT"]

WEIGHT_TEXT = Catalogue.from_pairs("reports.weights", {
    "sheet": ("Gewichte", "Weights"),
    "column": ("Merkmal", "Variable"),
    "category": ("Ausprägung", "Category"),
    "sample_n": ("Befragte", "Respondents"),
    "sample_share": ("Stichprobe (%)", "Sample (%)"),
    "population_share": ("Bevölkerung (%)", "Population (%)"),
    "weighted_share": ("gewichtet (%)", "weighted (%)"),
    "mean_weight": ("mittleres Gewicht", "mean weight"),
    "unknown": ("Gruppe '{category}' der Spalte '{column}' fehlt im Block population: der "
                "survey.yml — Bevölkerungszahl ergänzen",
                "group '{category}' of column '{column}' is missing from the population: "
                "block of survey.yml — add its population figure"),
    "empty": ("Für '{category}' ({column}) gibt es eine Bevölkerungszahl, aber keine "
              "Befragten — Gruppe mit einer Nachbargruppe zusammenfassen",
              "'{category}' ({column}) has a population figure but no respondents — merge it "
              "with a neighbouring group"),
})


def kish(weights) -> tuple[float, float]:
    """Return Kish's design effect ``n Σw² / (Σw)²`` and effective sample size ``(Σw)² / Σw²``."""
    w = np.asarray(weights, dtype=float)
    if len(w) == 0 or w.sum() <= 0:
        return float("nan"), 0.0
    effective = w.sum() ** 2 / (w ** 2).sum()
    return float(len(w) / effective), float(effective)


def rake(frame: pd.DataFrame, margins: dict, *, max_iter: int = 200,
         tol: float = 1e-10) -> pd.Series:
    """Raking weights (mean 1) that make the weighted ``frame`` match the population margins.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per respondent with the margin columns; no missing values.
    margins : dict
        Column → {category: population count or share}; each column is scaled to shares.
    max_iter, tol
        Stop after ``max_iter`` sweeps or when no weighted share is off by more than ``tol``.

    Returns
    -------
    pandas.Series
        Weights aligned with ``frame``, mean 1.

    Raises
    ------
    DataError
        A category of the data has no population figure, or one with a figure has no
        respondents (raking cannot give it weight).
    """
    weights = np.ones(len(frame))
    codes = {}
    for column, figures in margins.items():
        values = frame[column].astype(str)
        names = [str(c) for c in figures]
        for category in sorted(set(values) - set(names)):
            raise DataError(" / ".join(WEIGHT_TEXT.text("unknown", lang, column=column,
                                                         category=category)
                                       for lang in ("de", "en")), column=column)
        target = np.array([figures[c] for c in figures], dtype=float)
        target = target / target.sum()
        index = pd.Categorical(values, categories=names).codes
        for position, name in enumerate(names):
            if target[position] > 0 and not (index == position).any():
                raise DataError(" / ".join(WEIGHT_TEXT.text("empty", lang, column=column,
                                                             category=name)
                                           for lang in ("de", "en")), column=column)
        codes[column] = (index, target)
    for _ in range(max_iter):
        worst = 0.0
        for index, target in codes.values():
            current = np.bincount(index, weights=weights, minlength=len(target))
            current = current / current.sum()
            worst = max(worst, float(np.abs(current - target).max()))
            factor = np.divide(target, current, out=np.zeros_like(target), where=current > 0)
            weights = weights * factor[index]
        if worst < tol:
            break
    return pd.Series(weights / weights.mean(), index=frame.index, name="weight")


@dataclass
class Weighting:
    """Weights of a survey's respondents and what a reader needs to judge them.

    Attributes
    ----------
    weights : pandas.Series
        By respondent id, mean 1 (all 1 when the spec asks for no weighting).
    table : pandas.DataFrame
        Per column and category: respondents, sample share, population share, weighted
        share, mean weight (categories the run's disclosure plan hides are left empty).
    design_effect, effective_n : float
        Kish's design effect and effective sample size.
    method : {"raking", "none"}
    source : str or None
    """

    weights: pd.Series
    table: pd.DataFrame
    design_effect: float
    effective_n: float
    method: str
    source: str | None

    def summary(self) -> dict:
        """Return what the manifest records: method, source, Kish figures, weight range."""
        w = self.weights
        return {"method": self.method, "source": self.source, "n": int(len(w)),
                "design_effect": round(self.design_effect, 4),
                "effective_n": round(self.effective_n, 1),
                "min_weight": round(float(w.min()), 4), "max_weight": round(float(w.max()), 4),
                "margins": self.table.to_dict(orient="records")}

    def labelled_table(self, language: str = "de", labels=None) -> pd.DataFrame:
        """Return :attr:`table` with headers (and column names) in ``language``."""
        labels = labels or {}
        table = self.table.assign(column=self.table["column"].map(lambda c: labels.get(c, c)))
        return table.rename(columns={key: WEIGHT_TEXT.text(key, language)
                                     for key in table.columns})


def check_population(survey) -> None:
    """Refuse population figures that do not fit the survey's data (before a run starts).

    Raises
    ------
    DataError
        A category of the data has no population figure.
    """
    if survey.spec.population is not None:
        from esslingen_lab.privacy import group_plan

        population_weights(survey, hidden=group_plan(survey))


#: Raking cell of the groups a run hides (no category of real data has this name).
_POOLED = "\x00hidden"


def population_weights(survey, *, hidden=None,
                       id_column: str = "respondent_id") -> Weighting | None:
    """Return the weights of a survey from its ``population:`` block; None when it has none.

    Respondents without an answer in a margin column keep weight 1 (they cannot be placed)
    before the weights are scaled to mean 1. The groups the run hides (``hidden``) are
    raked together as one cell, so that no weight reveals a hidden group's size.

    Parameters
    ----------
    survey : Survey
    hidden : dict, default=None
        Column → categories the run's disclosure plan hides; their sample figures stay empty
        in the table (a population share beside a sample share would reveal their count).
    """
    population = survey.spec.population
    if population is None:
        return None
    responses = survey.responses
    columns = list(population.margins)
    hidden_by_column = {c: {str(v) for v in (hidden or {}).get(c, [])} for c in columns}
    # The groups the run hides are raked as one pooled cell: a group's own weight would
    # reveal its size through its population share; the pooled size is the total minus the
    # groups shown, no news. Categories without respondents are left to the others of
    # their column (collapsing; the table shows their sample of 0).
    frame = pd.DataFrame({c: responses[c].astype("string").mask(
        responses[c].astype("string").isin(hidden_by_column[c]), _POOLED) for c in columns})
    margins = {}
    for column, figures in population.margins.items():
        kept = {str(k): v for k, v in figures.items()
                if str(k) not in hidden_by_column[column] and frame[column].eq(str(k)).any()}
        pooled = sum(v for k, v in figures.items() if str(k) in hidden_by_column[column])
        if pooled and frame[column].eq(_POOLED).any():
            kept[_POOLED] = pooled
        margins[column] = kept
    complete = frame.notna().all(axis=1)
    weights = pd.Series(1.0, index=responses.index)
    if population.weighting == "raking" and complete.any():
        weights[complete] = rake(frame.loc[complete, columns], margins)
    weights = weights / weights.mean()
    rows = []
    for column, figures in population.margins.items():
        values = responses[column].astype("string")
        total = float(sum(figures.values()))
        counts = values.value_counts()
        weighted = weights.groupby(values).sum()
        hide = {str(c) for c in (hidden or {}).get(column, [])}
        for category, figure in figures.items():
            n = int(counts.get(category, 0))
            row = {"column": column, "category": category, "sample_n": n,
                   "sample_share": round(100 * n / counts.sum(), 1),
                   "population_share": round(100 * figure / total, 1),
                   "weighted_share": round(100 * weighted.get(category, 0) / weighted.sum(), 1),
                   "mean_weight": round(float(weights[values == category].mean()), 3)
                   if n else None}
            if category in hide:
                row.update(sample_n=None, sample_share=None, weighted_share=None,
                           mean_weight=None)
            rows.append(row)
    deff, effective = kish(weights)
    ids = responses[id_column].astype(str) if id_column in responses else responses.index
    return Weighting(weights=pd.Series(weights.to_numpy(), index=ids, name="weight"),
                     table=pd.DataFrame(rows), design_effect=deff, effective_n=effective,
                     method=population.weighting, source=population.source)
