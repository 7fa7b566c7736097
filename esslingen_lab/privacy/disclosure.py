"""Disclosure control for a whole report run: one set of hidden groups for every table.

Each notebook of a run derives the same plan from the same survey, so a group hidden in
one table is hidden in all of them and cannot be recovered by subtracting across tables.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["group_plan", "hidden_groups", "survey_populations"]


def _label(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "–"
    text = str(value)
    return text if text else "–"


def hidden_groups(populations, k: int = 5) -> list:
    """Return the groups of one grouping column to hide in every table of a run.

    Parameters
    ----------
    populations : list of pandas.Series
        People per group in each population a table of the run counts: all respondents,
        the people answering a question, the people answering a dimension's items, ...
        Index = group label.
    k : int, default=5
        Anonymity threshold.

    Returns
    -------
    list
        Hidden group labels (sorted). Empty when no population has a group with between 1
        and ``k − 1`` people.

    Notes
    -----
    A group with 1 to ``k − 1`` people in *any* population is hidden (primary). Hidden
    groups are then added (the smallest first) until, in every population, the hidden
    groups together count at least ``k`` people and there are at least two: a reader who
    knows each population's total learns only the sum of the hidden groups, which then
    leaves each hidden group an interval ``[0, sum]`` at least ``k`` wide.

    Examples
    --------
    >>> import pandas as pd
    >>> everybody = pd.Series({"Innenstadt": 117, "Zell": 48, "Sirnau": 6})
    >>> answering = pd.Series({"Innenstadt": 90, "Zell": 30, "Sirnau": 2})
    >>> hidden_groups([everybody, answering])
    ['Sirnau', 'Zell']
    """
    pops = [p.rename(index=_label).groupby(level=0).sum() for p in populations if len(p)]
    if not pops:
        return []
    groups = sorted(set().union(*[set(p.index) for p in pops]))
    table = pd.DataFrame({i: p for i, p in enumerate(pops)}).reindex(groups).fillna(0)
    small = ((table > 0) & (table < k)).any(axis=1)
    hidden = set(table.index[small])
    if not hidden:
        return []
    while True:
        needy = [c for c in table.columns
                 if table.loc[sorted(hidden), c].sum() > 0
                 and (table.loc[sorted(hidden), c].sum() < k or len(hidden) < 2)]
        visible = [g for g in groups if g not in hidden]
        if not needy or not visible:
            break
        # the visible group that is smallest in the first population that still needs help
        col = needy[0]
        hidden.add(min(visible, key=lambda g: (table.loc[g, col], str(g))))
    return sorted(hidden)


def survey_populations(survey) -> dict:
    """People per group of each grouping column, for every population a report counts.

    Populations: all respondents, the people answering each free-text question, and the
    people answering at least one item of each maturity dimension of the spec.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey

    Returns
    -------
    dict
        Grouping column → list of pandas.Series (group label → people).
    """
    responses = survey.responses
    spec = survey.spec
    masks = [pd.Series(True, index=responses.index)]
    for question in getattr(spec, "questions", {}) or {}:
        if question in responses.columns:
            text = responses[question].fillna("").astype(str).str.strip()
            masks.append(text != "")
    dims: dict = {}
    for column, item in (getattr(spec, "likert", {}) or {}).items():
        if column in responses.columns:
            dims.setdefault(item.dimension, []).append(column)
    for columns in dims.values():
        masks.append(responses[columns].notna().any(axis=1))
    out = {}
    for column in getattr(spec, "groups", []) or []:
        if column not in responses.columns:
            continue
        labels = responses[column].map(_label)
        out[column] = [labels[mask].value_counts() for mask in masks]
    return out


def group_plan(survey, k: int | None = None) -> dict:
    """Return the run's disclosure plan: grouping column → groups hidden in every table.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    k : int, default=None
        Anonymity threshold; the survey's ``anonymity_threshold`` when None.

    Returns
    -------
    dict
        Grouping column → sorted list of hidden group labels (possibly empty).

    See Also
    --------
    hidden_groups : the rule.
    esslingen_lab.privacy.audit.DisclosureAudit : proves a run's tables leak nothing.
    """
    k = int(survey.spec.anonymity_threshold if k is None else k)
    return {column: hidden_groups(pops, k)
            for column, pops in survey_populations(survey).items()}
