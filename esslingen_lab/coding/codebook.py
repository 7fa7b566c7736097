"""Codebooks for human coding: codes with definitions, rules, examples and a hierarchy.

A codebook is a YAML file validated with pydantic; :func:`load_codebook` reads it and
reports every problem at once in one readable error, worded from the error catalogue
(:data:`esslingen_lab.errors.ERROR_TEXT`) in German or English.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from esslingen_lab.errors import Invalid, SpecError, Text, TextList, validation_problems
from esslingen_lab.files import atomic_write

__all__ = ["Code", "Codebook", "CodebookError", "load_codebook", "example_codebook_path"]

# Codes are stored ";"-joined in CSV exports, so a name must not contain ";".
_NAME = re.compile(r"^[^;\n\r\t]+$")


class CodebookError(SpecError):
    """The codebook YAML is malformed (missing field, duplicate code, unknown parent …).

    Its ``reason`` is a catalogue key (``codebook_not_found``, ``codebook_invalid``,
    ``codebook_unknown_codes`` …); :meth:`render` words it in one language, ``str()`` in both.
    """


class Code(BaseModel):
    """One code of a codebook.

    Attributes
    ----------
    name : str
        Short unique key used in exports and CSV files (e.g. ``termine``); no ``;``.
    label : str or None
        Readable name shown in the coding app; ``name`` when None.
    definition : str
        What the code means.
    include, exclude : list of str
        Rules: when to use the code and when not.
    examples : list of str
        Example quotes (ankerbeispiele).
    parent : str or None
        Name of the parent code (hierarchy).
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1)
    label: str | None = None
    definition: str = Field(min_length=1)
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    examples: list[str] = Field(default_factory=list)
    parent: str | None = None

    @field_validator("name")
    @classmethod
    def _name_ok(cls, value):
        if not _NAME.match(value):
            raise Invalid("codebook_name_chars")
        return value

    @property
    def display(self) -> str:
        """Label shown to coders (``label`` or ``name``)."""
        return self.label or self.name


class Codebook(BaseModel):
    """A versioned list of codes.

    Attributes
    ----------
    name : str
        Name of the codebook (e.g. the question it codes).
    version : str
        Version stored with every coding, so codings made under an older codebook
        can be told apart.
    language : {"de", "en"}
    description : str
    codes : list of Code
        In display order; codes with a ``parent`` are sub-codes.

    Examples
    --------
    >>> cb = Codebook(name="demo", version="1", codes=[
    ...     {"name": "termine", "definition": "Terminvergabe"},
    ...     {"name": "online", "definition": "Online-Dienste"}])
    >>> cb.code_names
    ['termine', 'online']
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    language: str = "de"
    description: str = ""
    codes: list[Code] = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version_text(cls, value):
        # YAML reads `version: 1.0` as a float; a version is a label, keep it as text.
        return str(value) if isinstance(value, int | float) else value

    @field_validator("language")
    @classmethod
    def _language_ok(cls, value):
        if value not in ("de", "en"):
            raise Invalid("codebook_language")
        return value

    @model_validator(mode="after")
    def _consistent(self):
        problems = []
        seen = set()
        for code in self.codes:
            if code.name in seen:
                problems.append(Text("codebook_code_twice", code=code.name))
            seen.add(code.name)
        for code in self.codes:
            if code.parent is not None and code.parent not in seen:
                problems.append(Text("codebook_unknown_parent", code=code.name,
                                     parent=code.parent))
        parents = {c.name: c.parent for c in self.codes}
        for code in self.codes:
            chain, current = [], code.name
            while current is not None and current in parents:
                if current in chain:
                    problems.append(Text("codebook_cycle", code=code.name))
                    break
                chain.append(current)
                current = parents[current]
        if problems:
            unique = list({repr(p): p for p in problems}.values())
            raise Invalid("yaml_list", problems=TextList(unique))
        return self

    @property
    def code_names(self) -> list[str]:
        """Names of all codes, in codebook order."""
        return [c.name for c in self.codes]

    def get(self, name: str) -> Code:
        """Return the code called ``name``; raises ``KeyError`` if unknown."""
        for code in self.codes:
            if code.name == name:
                return code
        raise KeyError(name)

    def children(self, name: str | None) -> list[Code]:
        """Codes whose parent is ``name`` (top-level codes for None)."""
        return [c for c in self.codes if c.parent == name]

    def check_codes(self, codes) -> None:
        """Raise :class:`CodebookError` if any of ``codes`` is not in the codebook."""
        unknown = sorted(set(codes) - set(self.code_names))
        if unknown:
            raise CodebookError(reason="codebook_unknown_codes",
                                codes=", ".join(repr(u) for u in unknown), name=self.name,
                                version=self.version)

    def to_yaml(self, path=None) -> str:
        """Return the codebook as YAML text and write it to ``path`` if given."""
        import yaml

        text = yaml.safe_dump(
            self.model_dump(exclude_defaults=True), allow_unicode=True, sort_keys=False
        )
        if path is not None:
            atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        return text


def load_codebook(path) -> Codebook:
    """Read and validate a codebook YAML file.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    Codebook

    Raises
    ------
    CodebookError
        The file is missing, not YAML, or violates the codebook format; the message
        lists every problem (e.g. ``required field 'codes.2.definition' is missing``).

    Examples
    --------
    >>> cb = load_codebook(example_codebook_path())
    >>> cb.version
    '1.0'
    """
    from esslingen_lab.surveys.spec import load_yaml

    path = Path(path)
    if not path.exists():
        raise CodebookError(reason="codebook_not_found", file=path)
    # a shared codebook is untrusted: duplicate keys, alias bombs and huge files are refused
    data = load_yaml(path, error=CodebookError)
    if not isinstance(data, dict):
        raise CodebookError(reason="codebook_not_mapping", file=path,
                            hint_key="codebook_invalid.hint")
    try:
        return Codebook.model_validate(data)
    except ValidationError as exc:
        raise CodebookError(reason="codebook_invalid", file=path,
                            problems=validation_problems(exc, Codebook)) from None


def example_codebook_path() -> Path:
    """Path of the bundled example codebook (citizens' free-text answers)."""
    return Path(__file__).resolve().parents[1] / "data" / "codebook_example.yml"
