"""Turning the inputs of :meth:`MaturityReport.fit` into scoring samples.

A :class:`~esslingen_lab.surveys.Survey` (its spec read through its public fields) or a
plain DataFrame becomes a :class:`MaturitySample`: Likert answers rescaled to 0–100.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from esslingen_lab.errors import DataError, InputError, SpecError
from esslingen_lab.maturity.framework import (
    Framework,
    FrameworkError,
    framework_path,
    load_framework,
)
from esslingen_lab.maturity.texts import WORDS
from esslingen_lab.surveys.spec import SurveySpec

__all__ = ["MaturitySample", "is_survey", "resolve_framework", "make_samples"]


@dataclass
class MaturitySample:
    """One survey's Likert answers, ready for scoring (flipped, 0–100, one row a person).

    Build it through :meth:`MaturityReport.fit`; you rarely need it directly.
    """

    label: str
    responses: pd.DataFrame
    item_columns: list
    scores: pd.DataFrame | None = None
    respondent_group: str | None = None
    city: str | None = None
    wave: str | None = None
    groups: list = field(default_factory=list)
    anonymity_threshold: int | None = None
    source: str = ""


def is_survey(obj) -> bool:
    """Whether ``obj`` is a loaded survey (``responses`` and a ``spec``)."""
    return hasattr(obj, "responses") and hasattr(obj, "spec")


def resolve_framework(framework, inputs) -> Framework:
    """Return the framework to score with: given, named by all surveys, or the bundled one."""
    if isinstance(framework, Framework):
        fw = framework
    elif framework is not None:
        fw = load_framework(framework)
    else:
        paths = {str(framework_path(s.spec)) for s in inputs
                 if is_survey(s) and s.spec.framework}
        if len(paths) > 1:
            raise FrameworkError(
                "Die Umfragen verweisen auf verschiedene Reifegradmodelle; ein Vergleich braucht "
                "dasselbe Modell / surveys name different frameworks: " + ", ".join(sorted(paths))
            )
        fw = load_framework(paths.pop() if paths else None)
    return _with_spec_dimensions(fw, inputs)


def _with_spec_dimensions(fw, inputs):
    """Return the framework with each survey spec's ``dimension:`` deciding where its item counts.

    A spec item naming a dimension of the framework counts there, also when the framework
    lists that column under another dimension or not at all; other names keep the
    framework's mapping. Two specs placing one column in different dimensions are refused.
    """
    known = set(fw.dimensions["dimension"])
    chosen = {}
    for obj in inputs:
        if not (is_survey(obj) and isinstance(obj.spec, SurveySpec)):
            continue  # a DataFrame, or a stand-in survey without Likert items in its spec
        for column, item in obj.spec.likert.items():
            if item.dimension not in known:
                continue
            if chosen.get(column, (item.dimension,))[0] != item.dimension:
                raise InputError(f"Item '{column}': Dimension '{chosen[column][0]}' und "
                                 f"'{item.dimension}' in verschiedenen Umfragen / in different "
                                 "surveys", column=column,
                                 hint="give it the same dimension everywhere")
            chosen[column] = (item.dimension, item.wording or "")
    if not chosen:
        return fw
    items = fw.items.set_index("column")
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


def to_unit(frame, columns, scales, flip):
    """Rescale Likert columns to 0–100, flipping the ``flip`` columns first.

    Raises
    ------
    DataError
        Naming every column with a value off its scale (and its first such row).
    """
    out, bad_cells = {}, []
    for col in columns:
        lo, hi = scales[col]
        raw = pd.to_numeric(frame[col], errors="coerce")
        bad = (frame[col].notna() & raw.isna() | (raw < lo) | (raw > hi)).to_numpy()
        if bad.any():
            bad_cells.append((int(np.flatnonzero(bad)[0]) + 1, col, lo, hi))
            continue
        val = raw.to_numpy(dtype=float)
        if col in flip:
            val = lo + hi - val
        out[col] = (val - lo) / (hi - lo) * 100.0
    if bad_cells:
        row, col, lo, hi = bad_cells[0]
        others = "".join(f"; Spalte/column '{c}' Zeile/row {r}" for r, c, _, _ in bad_cells[1:])
        raise DataError(f"Likert-Werte außerhalb {lo:g}..{hi:g} oder nicht numerisch / values "
                        f"outside {lo:g}..{hi:g} or not numeric{others}", row=row, column=col,
                        hint="map the answer labels to numbers first (load_survey does this)")
    return pd.DataFrame(out, index=frame.index)


def _scale(survey, column, fw) -> tuple:
    """Return (min, max) of a column: the survey's scale, else the framework's.

    ``Survey.likert_scale`` raises SpecError for a column its spec does not list as Likert.
    """
    try:
        return tuple(float(v) for v in survey.likert_scale(column))
    except SpecError:
        return fw.scale


def _survey_parts(survey, fw, respondent_group):
    """Columns, scales, flips and descriptors of a loaded survey (items already flipped)."""
    spec = survey.spec
    cols = [c for c in fw.items["column"] if c in survey.responses.columns]
    scales = {c: _scale(survey, c, fw) for c in cols}
    return dict(frame=survey.responses, cols=cols, scales=scales, flip=set(),
                group=respondent_group or spec.respondent_group, city=spec.city,
                wave=None if spec.wave is None else str(spec.wave), groups=list(spec.groups),
                k=spec.anonymity_threshold, source=spec.name)


def _frame_flips(frame, cols, fw, reverse):
    if reverse is None or reverse is False:
        return set()
    if isinstance(reverse, str) and reverse == "framework":
        marked = set(fw.items.loc[fw.items["reverse"], "column"])
        return {c for c in cols if c in marked}
    if isinstance(reverse, str):
        raise InputError(f"reverse={reverse!r}: use 'framework', a list of columns or None")
    flip = set(reverse)
    missing = flip - set(frame.columns)
    if missing:
        raise DataError("reverse names columns that are not in the data",
                        column=sorted(missing)[0])
    return flip


def _frame_parts(frame, fw, reverse, scale, respondent_group):
    """Columns, scales, flips and descriptors of a plain DataFrame of numeric answers."""
    cols = [c for c in fw.items["column"] if c in frame.columns]
    lo_hi = tuple(float(v) for v in (scale or fw.scale))
    group = respondent_group
    if group is None:
        found = set(fw.items.set_index("column").loc[cols, "respondent_group"].dropna())
        group = found.pop() if len(found) == 1 else None
    groups = [c for c in frame.columns if c not in cols and c != "respondent_id"
              and not pd.api.types.is_float_dtype(frame[c])]
    return dict(frame=frame, cols=cols, scales={c: lo_hi for c in cols},
                flip=_frame_flips(frame, cols, fw, reverse), group=group, city=None, wave=None,
                groups=groups, k=None, source="DataFrame")


def auto_label(city, group, wave, fallback, language="de"):
    """Return a sample label from city, respondent group and wave (``Esslingen · Bürger:innen``)."""
    shown = WORDS.text(group, language) if group in ("citizens", "staff") else group
    parts = [p for p in (city, shown, wave) if p]
    return " · ".join(parts) if parts else fallback


def make_sample(obj, label, fw, *, reverse=None, scale=None, respondent_group=None,
                language="de") -> MaturitySample:
    """Build the :class:`MaturitySample` of one input of :meth:`MaturityReport.fit`."""
    if is_survey(obj):
        parts = _survey_parts(obj, fw, respondent_group)
    elif isinstance(obj, pd.DataFrame):
        parts = _frame_parts(obj, fw, reverse, scale, respondent_group)
    else:
        raise InputError(f"MaturityReport.fit erwartet Survey oder DataFrame / expects a Survey "
                         f"or DataFrame, not {type(obj).__name__}")
    if label is None:
        fallback = parts["source"] if is_survey(obj) else WORDS.text("sample", "de")
        label = auto_label(parts["city"], parts["group"], parts["wave"], fallback, language)
    if not parts["cols"]:
        raise DataError(f"'{label}': keine Likert-Spalte des Reifegradmodells gefunden / no "
                        f"Likert column of the framework '{fw.name}' in the data")
    frame = parts["frame"]
    ids = (frame["respondent_id"].astype(str) if "respondent_id" in frame.columns
           else pd.Series(frame.index.astype(str), index=frame.index))
    unit = to_unit(frame, parts["cols"], parts["scales"], parts["flip"])
    unit.insert(0, "respondent_id", ids.to_numpy())
    keep = [c for c in parts["groups"] if c in frame.columns]
    for c in keep:
        unit[c] = frame[c].to_numpy()
    return MaturitySample(label=str(label), responses=unit, item_columns=parts["cols"],
                          respondent_group=parts["group"], city=parts["city"],
                          wave=parts["wave"], groups=keep, anonymity_threshold=parts["k"],
                          source=parts["source"])


def make_samples(data, fw, *, language="de", **options) -> list[MaturitySample]:
    """One sample per input (dict keys become labels); labels made unique."""
    samples = [make_sample(obj, label, fw, language=language, **options)
               for label, obj in input_pairs(data)]
    seen = {}
    for s in samples:  # labels must be unique: they key every table
        if s.label in seen:
            seen[s.label] += 1
            s.label = f"{s.label} ({s.source or seen[s.label]})"
        seen.setdefault(s.label, 1)
    return samples


def input_pairs(data) -> list:
    """``(label or None, input)`` pairs of one input, a list or a dict of inputs."""
    if isinstance(data, dict):
        pairs = list(data.items())
    elif isinstance(data, (list, tuple)):
        pairs = [(None, d) for d in data]
    else:
        pairs = [(None, data)]
    if not pairs:
        raise InputError("keine Umfrage übergeben / no survey given")
    return pairs
