"""Maturity of administrative services by the OZG criteria (Onlinezugangsgesetz).

The models file (``esslingen_lab/data/ozg_levels.yml``) is validated by pydantic; a
services table is checked as a whole, and every unreadable cell is named at once.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, model_validator

from esslingen_lab.defaults import NO_WORDS, YES_WORDS
from esslingen_lab.errors import DataError, Invalid, Text, TextList
from esslingen_lab.i18n import LANGUAGES
from esslingen_lab.maturity.framework import FrameworkError
from esslingen_lab.maturity.validation import read_validated
from esslingen_lab.surveys.validation import CASE_COLUMNS

__all__ = ["OzgModels", "load_ozg_model", "service_levels", "service_summary", "demo_services"]

# Answers of a criterion cell (lower-cased, stripped).
_TRUE = YES_WORDS
_FALSE = NO_WORDS | {"-", "–"}
_NA = {"entfällt", "entfaellt", "n/a", "na", "nicht zutreffend", "not applicable"}
#: Cells listed in the message of a :class:`DataError` (all are in ``failure_cases``).
_SHOWN_CELLS = 10


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OzgLevel(_Strict):
    """One level of an OZG model."""

    level: int
    name: str
    name_en: str | None = None


class OzgCriterion(_Strict):
    """One criterion; fulfilling all criteria up to a level reaches that level."""

    level: int
    name: str | None = None
    name_en: str | None = None


class OzgModel(_Strict):
    """One OZG maturity model: levels, criteria and the target level."""

    title: str | None = None
    title_en: str | None = None
    target_level: int | None = None
    note: str | None = None
    levels: list[OzgLevel] = Field(min_length=1)
    criteria: dict[str, OzgCriterion] = Field(min_length=1)

    @model_validator(mode="after")
    def _criteria_on_known_levels(self):
        known = {lv.level for lv in self.levels}
        bad = sorted({c.level for c in self.criteria.values()} - known)
        if bad:
            raise Invalid("ozg_unknown_level", level=bad[0])
        return self


class OzgModels(_Strict):
    """A validated ``ozg_levels.yml``: named models and the default one."""

    default_model: str | None = None
    models: dict[str, OzgModel] = Field(min_length=1)


def _default_path() -> Path:
    return Path(str(resources.files("esslingen_lab") / "data" / "ozg_levels.yml"))


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
        key, title, title_en, target_level, levels (DataFrame level, name, name_en) and
        criteria (DataFrame criterion, level, name, name_en).

    Raises
    ------
    FrameworkError
        The file is missing or malformed (every problem named), or ``model`` is unknown.
    """
    path = _default_path() if path is None else Path(path)
    models = read_validated(path, OzgModels, FrameworkError,
                            missing="ozg_models_not_found", invalid="ozg_models_invalid")
    key = model or models.default_model
    if key not in models.models:
        raise FrameworkError(reason="ozg_model_unknown", file=path, key=key,
                             known=", ".join(models.models))
    m = models.models[key]
    levels = pd.DataFrame([{"level": lv.level, "name": lv.name, "name_en": lv.name_en or lv.name}
                           for lv in m.levels]).sort_values("level").reset_index(drop=True)
    crit = pd.DataFrame([{"criterion": c, "level": v.level, "name": v.name or c,
                          "name_en": v.name_en or v.name or c} for c, v in m.criteria.items()])
    return {"key": key, "title": m.title or key, "title_en": m.title_en or key,
            "target_level": int(m.target_level if m.target_level is not None
                                else levels["level"].max()),
            "levels": levels, "criteria": crit}


def _flags(column: pd.Series):
    """Criterion cells as True / False / None (not applicable); unreadable cells as reasons."""
    text = column.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v))
                      else str(v).strip().lower())
    values, problems = [], {}
    for i, (raw, cell) in enumerate(zip(column, text, strict=True)):
        if isinstance(raw, (bool, np.bool_)):
            values.append(bool(raw))
        elif cell in _TRUE or cell in _FALSE or cell in _NA:
            values.append(True if cell in _TRUE else False if cell in _FALSE else None)
        elif cell.replace(".", "", 1).isdigit():
            values.append(float(cell) != 0)
        else:
            values.append(None)
            problems[i] = (Text("service_cell_empty") if cell == "" else
                           Text("service_cell_unknown", value=repr(cell[:20])))
    return values, problems


def _check_cells(services, criteria, file) -> dict:
    """Read every criterion cell; raise one DataError naming all unreadable cells."""
    flags, cases = {}, []
    for col in criteria:
        flags[col], problems = _flags(services[col])
        cases += [{"file": file, "row": i + 2, "column": col, "check": "yes_no_na",
                   "value": str(services[col].iloc[i])[:40],
                   "reason": " / ".join(reason.render(lang) for lang in LANGUAGES),
                   "text": reason,
                   "action": "service not rated"} for i, reason in problems.items()]
    if cases:
        cases.sort(key=lambda c: (c["row"], criteria.index(c["column"])))
        first = cases[0]
        listed = TextList([Text("service_cell_at", row=c["row"], column=c["column"])
                           for c in cases[1:_SHOWN_CELLS]])
        more = (Text("service_cells_more", n=len(cases) - _SHOWN_CELLS)
                if len(cases) > _SHOWN_CELLS else "")
        also = Text("service_cells_also", listed=listed, more=more) if listed else ""
        err = DataError(reason="service_cells", file=file, row=first["row"],
                        column=first["column"], first=first["text"], also=also)
        err.failure_cases = pd.DataFrame(cases, columns=CASE_COLUMNS)
        raise err
    return flags


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
        Column naming the service (kept for compatibility; messages name row and column).
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
        A criterion column is missing, or cells are empty/unreadable: one message naming
        every such cell by row (as in the file, header = row 1) and column, and the table
        ``failure_cases`` (file, row, column, check, value, reason, action).
    """
    m = model if isinstance(model, dict) else load_ozg_model(model)
    crit = m["criteria"].sort_values("level", kind="stable")
    criteria = crit["criterion"].tolist()
    missing = [c for c in criteria if c not in services.columns]
    if missing:
        raise DataError(reason="service_criterion_missing", file=file, column=missing[0],
                        missing=", ".join(missing), expected=", ".join(criteria))
    flags = _check_cells(services, criteria, file)
    top, bottom = int(m["levels"]["level"].max()), int(m["levels"]["level"].min())
    levels, gaps = [], []
    for i in range(len(services)):
        gap = next((c for c in criteria if flags[c][i] is False), None)
        level = top if gap is None else int(crit.set_index("criterion").loc[gap, "level"]) - 1
        levels.append(max(level, bottom))
        gaps.append(gap or "")
    out = services[[c for c in services.columns if c not in set(criteria)]].copy()
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
    language : {"de", "en"}, default="de"
    by : str, default=None
        Optional column (e.g. ``"fachbereich"``) for one summary row per value.

    Returns
    -------
    pandas.DataFrame
        Columns (by), n, one count column per level name, share_level_ge_<target> (share
        of services at level ≥ target, 0–1).
    """
    m = model if isinstance(model, dict) else load_ozg_model(model)
    col = "name_en" if language == "en" else "name"
    names = dict(zip(m["levels"]["level"], m["levels"][col], strict=True))
    target = m["target_level"]

    def one(df):
        rec = {"n": len(df)}
        for lv, nm in names.items():
            rec[f"{lv} {nm}"] = int((df["level"] == lv).sum())
        rec[f"share_level_ge_{target}"] = (float((df["level"] >= target).mean()) if len(df)
                                           else np.nan)
        return rec

    if by is None:
        return pd.DataFrame([one(levels)])
    return pd.DataFrame([{by: key, **one(part)} for key, part in levels.groupby(by, sort=True)])


def demo_services() -> pd.DataFrame:
    """Return the bundled synthetic table of ~25 Esslingen services with OZG criteria."""
    path = resources.files("esslingen_lab") / "data" / "demo_services.csv"
    return pd.read_csv(Path(str(path)), dtype=str, keep_default_na=False)
