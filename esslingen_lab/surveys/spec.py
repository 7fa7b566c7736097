"""The survey spec (``survey.yml``): what a survey export contains and how to read it.

Validated with pydantic; every problem becomes one readable :class:`SpecError` line.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from esslingen_lab.errors import SpecError

__all__ = ["LikertScale", "LikertItem", "DataFile", "SurveySpec", "load_spec"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class LikertScale(_Strict):
    """An answer scale: numeric range, answer labels and answers that mean "missing"."""

    min: int = 1
    max: int = 5
    labels: dict[str, float] = Field(default_factory=dict)
    missing: list[str] = Field(default_factory=lambda: ["weiß nicht", "keine Angabe"])

    @model_validator(mode="after")
    def _check_range(self):
        if self.min >= self.max:
            raise ValueError(f"min ({self.min}) must be smaller than max ({self.max})")
        for label, value in self.labels.items():
            if not self.min <= value <= self.max:
                raise ValueError(
                    f"label '{label}' maps to {value}, outside the scale {self.min}–{self.max}"
                )
        return self


class LikertItem(_Strict):
    """One Likert item: the maturity dimension it measures, its scale and wording."""

    dimension: str
    scale: str
    reverse: bool = False
    wording: str = ""


class DataFile(_Strict):
    """One export file of the survey (several files are stacked with a ``source`` column)."""

    path: str
    source: str | None = None
    sheet: str | int | None = None


class SurveySpec(_Strict):
    """A validated ``survey.yml``.

    Attributes mirror the YAML keys; ``base_dir`` is the folder of the spec file, against
    which data file paths are resolved.
    """

    name: str
    title: str | None = None
    language: Literal["de", "en"] = "de"
    respondent_group: str = "citizens"
    city: str | None = None
    wave: str | None = None
    id_column: str
    files: list[DataFile] = Field(min_length=1)
    rename: dict[str, str] = Field(default_factory=dict)
    questions: dict[str, str] = Field(default_factory=dict)
    likert_scales: dict[str, LikertScale] = Field(default_factory=dict)
    likert: dict[str, LikertItem] = Field(default_factory=dict)
    groups: list[str] = Field(default_factory=list)
    identifiers: list[str] = Field(default_factory=list)
    test_column: str | None = None
    complete_column: str | None = None
    duration_column: str | None = None
    min_duration_seconds: float | None = None
    anonymity_threshold: int = Field(default=5, ge=1)
    framework: str | None = None
    stopwords: list[str] = Field(default_factory=list)
    pseudonymise: bool = False
    #: Readable names of columns and codes for reports (``altersgruppe: Altersgruppe`` or
    #: ``altersgruppe: {de: Altersgruppe, en: Age group}``).
    labels: dict[str, str | dict[str, str]] = Field(default_factory=dict)
    #: Field period shown in the report's methods box, e.g. "3.–28. März 2026".
    field_period: str | None = None
    #: Table of administrative services with OZG criteria (path relative to survey.yml);
    #: the report shows service levels only when the survey names one.
    services: str | None = None
    base_dir: Path = Field(default=Path("."), exclude=True)

    @field_validator("name")
    @classmethod
    def _name_is_slug(cls, value):
        if not re.fullmatch(r"[A-Za-z0-9_-]+", value):
            raise ValueError("use only letters, digits, '_' and '-' (it names output folders)")
        return value

    @field_validator("wave", mode="before")
    @classmethod
    def _wave_as_text(cls, value):
        return None if value is None else str(value)

    @model_validator(mode="after")
    def _check_references(self):
        for column, item in self.likert.items():
            if item.scale not in self.likert_scales:
                known = ", ".join(sorted(self.likert_scales)) or "none defined"
                raise ValueError(
                    f"likert item '{column}' uses unknown scale '{item.scale}' "
                    f"(likert_scales: {known})"
                )
        seen: dict[str, str] = {}
        roles = [("id_column", [self.id_column]), ("questions", list(self.questions)),
                 ("likert", list(self.likert)), ("groups", self.groups),
                 ("identifiers", self.identifiers)]
        for role, columns in roles:
            for column in columns:
                if column in seen:
                    raise ValueError(
                        f"column '{column}' is listed under both {seen[column]} and {role}"
                    )
                seen[column] = role
        if self.min_duration_seconds is not None and self.duration_column is None:
            raise ValueError("min_duration_seconds needs a duration_column")
        return self

    # -- convenience -----------------------------------------------------------------------
    def file_paths(self) -> list[Path]:
        """Absolute paths of the data files."""
        return [(self.base_dir / f.path).resolve() for f in self.files]

    def scale_of(self, column: str) -> LikertScale:
        """Return the :class:`LikertScale` of a Likert column."""
        return self.likert_scales[self.likert[column].scale]

    def required_columns(self) -> list[str]:
        """Columns every data file must have (after ``rename``)."""
        cols = [self.id_column, *self.questions, *self.likert, *self.groups]
        for extra in (self.test_column, self.duration_column, self.complete_column):
            if extra:
                cols.append(extra)
        return cols


def _describe(error: dict) -> str:
    loc = ".".join(str(p) for p in error.get("loc", ()))
    msg = error.get("msg", "invalid")
    msg = re.sub(r"^Value error, ", "", msg)
    kind = error.get("type", "")
    if kind == "extra_forbidden":
        parts = [str(p) for p in error.get("loc", ())]
        field = parts[-1]
        model = SurveySpec
        if len(parts) >= 2 and parts[0] == "likert_scales":
            model = LikertScale
        elif len(parts) >= 2 and parts[0] == "likert":
            model = LikertItem
        elif len(parts) >= 2 and parts[0] == "files":
            model = DataFile
        known = [n for n in model.model_fields if n != "base_dir"]
        close = difflib.get_close_matches(field, known, n=1)
        hint = f" — did you mean '{close[0]}'?" if close else f" — known fields: {', '.join(known)}"
        return f"unknown field '{loc}'{hint}"
    if kind == "missing":
        return f"required field '{loc}' is missing"
    return f"field '{loc}': {msg}" if loc else msg


def load_spec(path) -> SurveySpec:
    """Read and validate a ``survey.yml``.

    Parameters
    ----------
    path : str or Path
        The spec file.

    Returns
    -------
    SurveySpec

    Raises
    ------
    SpecError
        One line naming the file and the first problem found (with a suggestion for typos).
    """
    path = Path(path)
    if not path.exists():
        raise SpecError("file not found", file=path, hint="check the path to survey.yml")
    if path.is_dir():
        candidate = path / "survey.yml"
        if candidate.exists():
            path = candidate
        else:
            raise SpecError("is a folder without a survey.yml", file=path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise SpecError("is not UTF-8 text", file=path, hint="save survey.yml as UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        row = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SpecError(f"YAML syntax error: {problem}", file=path, row=row,
                        hint="check indentation and quotes") from None
    if not isinstance(raw, dict):
        raise SpecError("must be a YAML mapping (key: value lines)", file=path)
    raw = dict(raw)
    raw["base_dir"] = path.parent.resolve()
    try:
        return SurveySpec.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        first = _describe(errors[0])
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(first + more, file=path, hint="fix survey.yml") from None
