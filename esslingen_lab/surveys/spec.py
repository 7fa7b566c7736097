"""The survey spec (``survey.yml``): what a survey export contains and how to read it.

Validated with pydantic; every problem becomes one readable :class:`SpecError` line.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from esslingen_lab.defaults import is_yes
from esslingen_lab.errors import Invalid, SpecError, Text, validation_problems

__all__ = ["LikertScale", "LikertItem", "DataFile", "Population", "SurveySpec", "load_spec",
           "load_yaml"]

#: A spec (or codebook, framework) larger than this is not a hand-written file.
MAX_YAML_BYTES = 2_000_000
#: Nodes after expanding aliases: a handful of nested aliases can otherwise make gigabytes.
MAX_YAML_NODES = 200_000
#: Setting this environment variable to 1 lets specs read data outside their own folder.
ALLOW_OUTSIDE_ENV = "ESSLINGEN_LAB_ALLOW_OUTSIDE"


#: A validator's complaint, worded from the error catalogue (pydantic keeps the English).
_Invalid = Invalid


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
            raise _Invalid("spec_min_max", min=self.min, max=self.max)
        for label, value in self.labels.items():
            if not self.min <= value <= self.max:
                raise _Invalid("spec_label_outside", label=label, value=f"{value:g}",
                               min=self.min, max=self.max)
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
                raise _Invalid("spec_margin_empty", column=column)
            negative = [str(k) for k, v in figures.items() if v < 0]
            if negative:
                raise _Invalid("spec_margin_negative", column=column,
                               categories=", ".join(negative))
            total = sum(figures.values())
            if total <= 0:
                raise _Invalid("spec_margin_zero", column=column)
            if max(figures.values()) <= 1 and total < 1.5 and abs(total - 1) > 0.01:
                raise _Invalid("spec_margin_shares", column=column, total=f"{total:g}")
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
            raise _Invalid("spec_name_slug")
        return value

    @field_validator("wave", mode="before")
    @classmethod
    def _wave_as_text(cls, value):
        # a year or a date is a fine wave name; a list or mapping is a mistake (or an attack)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (int, float)) or hasattr(value, "isoformat"):
            return str(value)
        raise _Invalid("spec_wave_single")

    @model_validator(mode="after")
    def _check_references(self):
        for column, item in self.likert.items():
            if item.scale not in self.likert_scales:
                known = ", ".join(sorted(self.likert_scales)) or Text("spec_none_defined")
                raise _Invalid("spec_unknown_scale", column=column, scale=item.scale,
                               known=known)
        seen: dict[str, str] = {}
        roles = [("id_column", [self.id_column]), ("questions", list(self.questions)),
                 ("likert", list(self.likert)), ("groups", self.groups),
                 ("identifiers", self.identifiers)]
        for role, columns in roles:
            for column in columns:
                if column in seen:
                    raise _Invalid("spec_two_roles", column=column, first=seen[column],
                                   second=role)
                seen[column] = role
        for column in (self.population.margins if self.population else {}):
            if column not in self.groups:
                known = ", ".join(self.groups) or Text("spec_none")
                raise _Invalid("spec_margin_not_group", column=column, known=known)
        if self.min_duration_seconds is not None and self.duration_column is None:
            raise _Invalid("spec_duration_column")
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


def _problems(exc: ValidationError):
    """Describe every error of a ``survey.yml`` validation, in any language.

    pydantic's own wording and the validators' complaints above (:class:`_Invalid`, with
    their catalogue text) both go through :func:`~esslingen_lab.errors.validation_problems`,
    the one translation for the package's YAML files.
    """
    return validation_problems(exc, SurveySpec)


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
            raise _DuplicateKey(key, seen[key] + 1, key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


class _DuplicateKey(yaml.constructor.ConstructorError):
    def __init__(self, key, line, mark):
        self.key, self.line = key, line
        super().__init__(None, None, f"key '{key}' appears twice (first in line {line})", mark)


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
        raise error(reason="yaml_too_large", file=path, mb=MAX_YAML_BYTES // 1_000_000)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise error(reason="yaml_not_utf8", file=path) from None
    try:
        loader = _SpecLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None and _expanded_size(node, {}) > MAX_YAML_NODES:
                raise error(reason="yaml_alias_bomb", file=path,
                            limit=f"{MAX_YAML_NODES:_}".replace("_", " "))
            return None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
    except RecursionError:  # "a: [[[[…]]]]" nested hundreds of levels deep
        raise error(reason="yaml_syntax", file=path, problem=Text("yaml_too_deep"),
                    hint_key="yaml_too_deep.hint") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        row = mark.line + 1 if mark is not None else None
        hint_key = None
        if isinstance(exc, _DuplicateKey):
            problem = Text("yaml_duplicate_key", key=exc.key, line=exc.line)
        elif isinstance(exc, yaml.reader.ReaderError):  # NUL and other control characters
            row = text.count("\n", 0, exc.position) + 1
            problem = Text("yaml_control_char")
        elif (quote := _unclosed_quote(text, row)) is not None:
            # an open quote runs on over the next lines; PyYAML complains where it ends
            row, problem = quote, Text("yaml_unclosed_quote")
        else:
            problem, hint_key = _yaml_problem(getattr(exc, "problem", None) or "?")
        raise error(reason="yaml_syntax", file=path, row=row, problem=problem,
                    hint_key=hint_key) from None


def _unclosed_quote(text: str, row: int | None) -> int | None:
    """Return the first line up to ``row`` whose value opens a quote it does not close.

    ``title: "Umfrage`` makes PyYAML read on to the next quote and report a later line;
    the line the user has to fix is the one with the lone quote.
    """
    lines = text.splitlines()[: row or None]
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("#"):
            continue  # a comment may hold any quote
        value = line.split(": ", 1)[1] if ": " in line else line.lstrip(" -")
        value = value.strip()
        if value and value[0] in "\"'" and not _closed(value):
            return number
    return None


def _closed(value: str) -> bool:
    """Tell whether a value starting with a quote closes it on the same line."""
    quote, rest = value[0], value[1:]
    if quote == "'":
        return "'" in rest.replace("''", "")
    return re.search(r'(?<!\\)"', rest) is not None


# PyYAML's most frequent problems, in the catalogue's words (German or English); what is
# not listed keeps PyYAML's English
_YAML_PROBLEMS = (
    ("that cannot start any token", "yaml_bad_start"),  # '@', '%' or '`' opening a value
    ("found undefined alias", "yaml_alias"),
    ("but found another document", "yaml_two_documents"),
    ("special characters are not allowed", "yaml_control_char"),
    ("expected <block end>", "yaml_indent"),
    ("found unexpected end of stream", "yaml_unclosed"),
    ("but found '<stream end>'", "yaml_unclosed"),
    ("mapping values are not allowed here", "yaml_colon"),
    ("could not find expected ':'", "yaml_missing_colon"),
    ("expected ',' or ']'", "yaml_bracket"),
    ("expected ',' or '}'", "yaml_bracket"),
)


_WITH_HINT = ("yaml_colon", "yaml_bad_start")


def _yaml_problem(problem: str):
    """Return PyYAML's ``problem`` as a catalogue text (and its hint key) where one fits."""
    if "'\\t' that cannot start any token" in problem:
        return Text("yaml_tab"), "yaml_tab.hint"
    for words, key in _YAML_PROBLEMS:
        if words in problem:
            return Text(key), (f"{key}.hint" if key in _WITH_HINT else None)
    return problem, None


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
            raise SpecError(reason="spec_outside_folder", file=path, field=field,
                            relative=relative, folder=folder, env=ALLOW_OUTSIDE_ENV)
    if spec.framework and not (spec.base_dir / spec.framework).is_file():
        raise SpecError(reason="spec_framework_missing", file=path, path=spec.framework)


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
        raise SpecError(reason="file_not_found", file=path, hint_key="spec_path.hint")
    if path.is_dir():
        candidate = path / "survey.yml"
        if candidate.exists():
            path = candidate
        else:
            raise SpecError(reason="spec_folder_without_spec", file=path)
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise SpecError(reason="spec_not_mapping", file=path)
    raw = dict(raw)
    raw.pop("spec_file", None)
    raw["base_dir"] = path.parent.resolve()
    try:
        spec = SurveySpec.model_validate(raw)
    except ValidationError as exc:
        raise SpecError(reason="spec_invalid", file=path, problems=_problems(exc)) from None
    spec.spec_file = path
    _check_paths(spec, path, allow_outside)
    return spec
