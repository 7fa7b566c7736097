"""The survey spec (``survey.yml``): what a survey export contains and how to read it.

Validated with pydantic; every problem becomes one readable :class:`SpecError` line.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from esslingen_lab.defaults import is_yes
from esslingen_lab.errors import SpecError

__all__ = ["LikertScale", "LikertItem", "DataFile", "Population", "SurveySpec", "load_spec",
           "load_yaml"]

#: A spec (or codebook, framework) larger than this is not a hand-written file.
MAX_YAML_BYTES = 2_000_000
#: Nodes after expanding aliases: a handful of nested aliases can otherwise make gigabytes.
MAX_YAML_NODES = 200_000
#: Setting this environment variable to 1 lets specs read data outside their own folder.
ALLOW_OUTSIDE_ENV = "ESSLINGEN_LAB_ALLOW_OUTSIDE"


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


class Population(_Strict):
    """Population figures for post-stratification (optional ``population:`` block).

    ``margins`` maps grouping columns to the population count or share of each of their
    categories (counts and shares both work: each column's figures are scaled to shares).
    Reports then show sample vs population per column and, with ``weighting: raking``,
    weight the key findings so that the weighted sample matches every margin.

    Example::

        population:
          source: "Einwohnermelderegister, 31.12.2025"
          weighting: raking          # or "none": only compare sample and population
          margins:
            altersgruppe: {"16-29": 13500, "30-44": 17000, "45-64": 27000, "65+": 21500}
    """

    source: str | None = None
    weighting: Literal["raking", "none"] = "raking"
    margins: dict[str, dict[str, float]] = Field(min_length=1)

    @field_validator("margins")
    @classmethod
    def _figures_are_counts_or_shares(cls, margins):
        for column, figures in margins.items():
            if not figures:
                raise ValueError(f"'{column}' lists no categories")
            negative = [str(k) for k, v in figures.items() if v < 0]
            if negative:
                raise ValueError(f"'{column}': negative figure for {', '.join(negative)}")
            total = sum(figures.values())
            if total <= 0:
                raise ValueError(f"'{column}': the figures add up to 0")
            if max(figures.values()) <= 1 and total < 1.5 and abs(total - 1) > 0.01:
                raise ValueError(f"'{column}': the shares add up to {total:g}, not 1 — give "
                                 "every category's share (or counts)")
        return margins


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
    #: Population figures per grouping column (optional): sample vs population in reports,
    #: post-stratification weights (see :class:`Population`).
    population: Population | None = None
    base_dir: Path = Field(default=Path("."), exclude=True)
    spec_file: Path | None = Field(default=None, exclude=True)

    @field_validator("name")
    @classmethod
    def _name_is_slug(cls, value):
        if not re.fullmatch(r"[A-Za-z0-9_-]+", value):
            raise ValueError("use only letters, digits, '_' and '-' (it names output folders)")
        return value

    @field_validator("wave", mode="before")
    @classmethod
    def _wave_as_text(cls, value):
        # a year or a date is a fine wave name; a list or mapping is a mistake (or an attack)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (int, float)) or hasattr(value, "isoformat"):
            return str(value)
        raise ValueError("must be a single value such as 2026 or 'Welle 2'")

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
        for column in (self.population.margins if self.population else {}):
            if column not in self.groups:
                known = ", ".join(self.groups) or "none"
                raise ValueError(f"population.margins: '{column}' is not a grouping column "
                                 f"(groups: {known})")
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
        elif len(parts) >= 2 and parts[0] == "population":
            model = Population
        known = [n for n in model.model_fields if n != "base_dir"]
        close = difflib.get_close_matches(field, known, n=1)
        hint = f" — did you mean '{close[0]}'?" if close else f" — known fields: {', '.join(known)}"
        return f"unknown field '{loc}'{hint}"
    if kind == "missing":
        return f"required field '{loc}' is missing"
    return f"field '{loc}': {msg}" if loc else msg


class _SpecLoader(yaml.SafeLoader):
    """PyYAML's safe loader that refuses duplicate keys (a second ``q2:`` silently wins)."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            continue  # PyYAML reports unhashable keys itself
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key '{key}' appears twice (first in line {seen[key] + 1})",
                key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_SpecLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _expanded_size(node, memo) -> int:
    """Nodes of ``node`` with every alias expanded, counted without expanding anything."""
    key = id(node)
    if key not in memo:
        memo[key] = 0  # a recursive alias counts once, it is refused by the constructor
        if isinstance(node, yaml.SequenceNode):
            size = 1 + sum(_expanded_size(child, memo) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            size = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo)
                           for k, v in node.value)
        else:
            size = 1
        memo[key] = size
    return memo[key]


def load_yaml(path, *, error=SpecError):
    """Read a hand-written YAML file safely: size-bounded, no duplicate keys, no alias bombs.

    Parameters
    ----------
    path : str or Path
    error : type, default=SpecError
        Exception class raised (with file and line) for any problem.

    Returns
    -------
    object
        The parsed document (plain dicts, lists and scalars only).
    """
    path = Path(path)
    if path.stat().st_size > MAX_YAML_BYTES:
        raise error(f"is larger than {MAX_YAML_BYTES // 1_000_000} MB — not a spec file",
                    file=path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise error("is not UTF-8 text", file=path, hint="save it as UTF-8") from None
    try:
        loader = _SpecLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None and _expanded_size(node, {}) > MAX_YAML_NODES:
                raise error(f"expands to more than {MAX_YAML_NODES:,} values through YAML "
                            "aliases (&/*) — not a spec file", file=path,
                            hint="write the values out instead of nesting aliases")
            return None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        row = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise error(f"YAML syntax error (not valid YAML): {problem}", file=path, row=row,
                    hint="check indentation and quotes") from None


def _allowed_outside(allow_outside) -> bool:
    if allow_outside is not None:
        return bool(allow_outside)
    return is_yes(os.environ.get(ALLOW_OUTSIDE_ENV, ""))


def _check_paths(spec: SurveySpec, path: Path, allow_outside) -> None:
    """Check that data files, framework and services lie in the spec's folder; framework exists."""
    named = [(f"files[{i}].path", f.path) for i, f in enumerate(spec.files)]
    if spec.framework:
        named.append(("framework", spec.framework))
    if spec.services:
        named.append(("services", spec.services))
    folder = spec.base_dir.resolve()
    for field, relative in named:
        target = (spec.base_dir / relative).resolve()
        if not _allowed_outside(allow_outside) and not target.is_relative_to(folder):
            raise SpecError(f"field '{field}': {relative} lies outside the spec's folder "
                            f"{folder}", file=path,
                            hint="copy the file into that folder, or pass --allow-outside "
                                 f"(or set {ALLOW_OUTSIDE_ENV}=1) if you trust this spec")
    if spec.framework and not (spec.base_dir / spec.framework).is_file():
        raise SpecError(f"field 'framework': file {spec.framework} not found", file=path,
                        hint="check the path (relative to survey.yml)")


def load_spec(path, *, allow_outside: bool | None = None) -> SurveySpec:
    """Read and validate a ``survey.yml``.

    Parameters
    ----------
    path : str or Path
        The spec file.
    allow_outside : bool, default=None
        Allow data files outside the spec's folder (``../elsewhere/hr.csv``). A spec from
        someone else could otherwise make the tool read and show any file of yours. None
        reads the environment variable ``ESSLINGEN_LAB_ALLOW_OUTSIDE`` (``1`` = allow).

    Returns
    -------
    SurveySpec

    Raises
    ------
    SpecError
        One line naming the file and the first problem found (with a suggestion for typos);
        also for duplicate keys, alias bombs and data files outside the spec's folder.
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
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise SpecError("must be a YAML mapping (key: value lines)", file=path)
    raw = dict(raw)
    raw.pop("spec_file", None)
    raw["base_dir"] = path.parent.resolve()
    try:
        spec = SurveySpec.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        first = _describe(errors[0])
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SpecError(first + more, file=path, hint="fix survey.yml") from None
    spec.spec_file = path
    _check_paths(spec, path, allow_outside)
    return spec
