"""The maturity framework: dimensions, their items, weights and level thresholds.

The YAML file is validated by the pydantic model :class:`FrameworkSpec` (every problem in
one message); :class:`Framework` is its tabular view used for scoring.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from esslingen_lab.errors import Invalid, SpecError
from esslingen_lab.maturity.texts import WORDS
from esslingen_lab.maturity.validation import read_validated

__all__ = ["OVERALL", "Framework", "FrameworkError", "FrameworkSpec", "framework_path",
           "load_framework"]

#: Key of the weighted overall index (Gesamtindex) in every score table.
OVERALL = "gesamt"


class FrameworkError(SpecError):
    """The maturity framework or OZG model YAML is malformed (missing keys, bad thresholds)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScaleSpec(_Strict):
    """Default Likert range for data that come without a survey spec."""

    min: float = 1
    max: float = 5

    @model_validator(mode="after")
    def _ordered(self):
        if self.min >= self.max:
            raise Invalid("spec_min_max", min=f"{self.min:g}", max=f"{self.max:g}")
        return self


class LevelSpec(_Strict):
    """One maturity level: reached from ``min_score`` (0–100) on."""

    level: int
    min_score: float = Field(ge=0, le=100)
    name: str
    name_en: str | None = None


class ItemSpec(_Strict):
    """One Likert item (a column of the survey) of a dimension."""

    respondent_group: str | None = None
    reverse: bool = False
    wording: str = ""


class DimensionSpec(_Strict):
    """One dimension: display names, weight in the overall index and its items."""

    name: str | None = None
    name_en: str | None = None
    weight: float = Field(default=1.0, ge=0)
    items: dict[str, ItemSpec | None] = Field(min_length=1)


class FrameworkSpec(_Strict):
    """A validated maturity framework YAML (see ``esslingen_lab/data/maturity_framework.yml``)."""

    name: str | None = None
    title: str | None = None
    title_en: str | None = None
    version: str | None = None
    scale: ScaleSpec = Field(default_factory=ScaleSpec)
    levels: list[LevelSpec] = Field(min_length=1)
    dimensions: dict[str, DimensionSpec] = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value):
        return value if value is None or isinstance(value, str) else str(value)

    @field_validator("levels")
    @classmethod
    def _thresholds(cls, levels):
        mins = sorted(level.min_score for level in levels)
        if mins[0] > 0 or len(set(mins)) < len(mins):
            raise Invalid("framework_min_score_start")
        numbers = [level.level for level in levels]
        if len(set(numbers)) < len(numbers):
            twice = sorted({n for n in numbers if numbers.count(n) > 1})
            raise Invalid("framework_level_twice", level=twice[0])
        by_score = [level.level for level in sorted(levels, key=lambda lv: lv.min_score)]
        if by_score != sorted(by_score):
            raise Invalid("framework_level_order")
        return levels

    @model_validator(mode="after")
    def _one_dimension_per_item(self):
        seen: dict[str, str] = {}
        for key, dim in self.dimensions.items():
            for column in dim.items:
                if column in seen:
                    raise Invalid("framework_item_twice", column=column, first=seen[column],
                                  second=key)
                seen[column] = key
        return self


@dataclass(frozen=True)
class Framework:
    """A maturity framework as tables: dimensions, their items, weights and level thresholds.

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

    @classmethod
    def from_spec(cls, spec: FrameworkSpec, path="") -> Framework:
        """Build the tables of a validated :class:`FrameworkSpec`."""
        stem = Path(str(path)).stem or "framework"
        levels = pd.DataFrame([{"level": lv.level, "min_score": lv.min_score, "name": lv.name,
                                "name_en": lv.name_en or lv.name} for lv in spec.levels])
        dims = pd.DataFrame([{"dimension": key, "name": dim.name or key,
                              "name_en": dim.name_en or dim.name or key,
                              "weight": float(dim.weight)}
                             for key, dim in spec.dimensions.items()])
        items = pd.DataFrame([{"column": col, "dimension": key,
                               "respondent_group": (item or ItemSpec()).respondent_group,
                               "reverse": (item or ItemSpec()).reverse,
                               "wording": (item or ItemSpec()).wording}
                              for key, dim in spec.dimensions.items()
                              for col, item in dim.items.items()])
        return cls(name=spec.name or stem, title=spec.title or stem,
                   title_en=spec.title_en or spec.title or stem,
                   scale=(float(spec.scale.min), float(spec.scale.max)),
                   levels=levels.sort_values("min_score").reset_index(drop=True),
                   dimensions=dims, items=items, path=str(path))

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
        out[OVERALL] = WORDS.text("overall", language)
        return out

    def item_dimensions(self) -> pd.Series:
        """Return the dimension of each item column (index: column)."""
        return self.items.set_index("column")["dimension"]


def default_framework_path() -> Path:
    """Path of the bundled Esslingen 4.0 framework."""
    return Path(str(resources.files("esslingen_lab") / "data" / "maturity_framework.yml"))


def framework_path(spec=None) -> Path:
    """Return the framework file a survey spec names (against its folder), else the bundled one.

    Parameters
    ----------
    spec : SurveySpec, default=None
        A validated ``survey.yml``; its ``framework:`` is relative to ``spec.base_dir``.

    Returns
    -------
    Path
    """
    if spec is not None and spec.framework:
        return (Path(spec.base_dir) / spec.framework).resolve()
    return default_framework_path()


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
        When the file is missing or malformed; one message names the file and every key
        path that is wrong.
    """
    path = default_framework_path() if path is None else Path(path)
    spec = read_validated(path, FrameworkSpec, FrameworkError,
                          missing="framework_not_found", invalid="framework_invalid")
    return Framework.from_spec(spec, path)
