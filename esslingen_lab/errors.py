"""Exceptions raised for users' mistakes: one base class, specific subclasses.

Every message reads like a sentence a facilitator understands and, where it applies,
names the file, row and column and says what to do.
"""

from __future__ import annotations


class EsslingenLabError(Exception):
    """Base class of every error esslingen-lab raises for bad input or misuse."""


class InputError(EsslingenLabError):
    """A data or spec file cannot be used as it is (unreadable, empty, column missing)."""

    def __init__(self, message: str, *, file=None, row=None, column=None, hint: str | None = None):
        self.file = None if file is None else str(file)
        self.row = row
        self.column = column
        self.hint = hint
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(self.file)
        if self.row is not None:
            where.append(f"Zeile/row {self.row}")
        if self.column is not None:
            where.append(f"Spalte/column '{self.column}'")
        text = (": ".join([", ".join(where), self.message]) if where else self.message)
        if self.hint:
            text += f" — {self.hint}"
        return text


class SpecError(InputError):
    """The survey spec (survey.yml) is malformed or contradicts the data."""


class DataError(InputError):
    """The survey data are readable but unusable (e.g. no valid rows left)."""


class OutputError(InputError):
    """An output cannot be written as asked (a folder, an input, a folder with other files)."""
