"""Exceptions raised for users' mistakes: one base class, specific subclasses.

Every message reads like a sentence a facilitator understands and, where it applies,
names the file, row and column and says what to do. An error may carry a machine-readable
``reason`` (code and tests match on it, not on text) and the parameters of its message; the
words come from the :data:`ERROR_TEXT` catalogue, so :meth:`EsslingenLabError.render` gives
the sentence in German or English (the command line renders in its ``--lang``), and
``str(error)`` gives both (``"ist ein Ordner / is a folder"``) for logs and notebooks.
"""

from __future__ import annotations

from esslingen_lab.i18n import LANGUAGES, Catalogue, check_language

__all__ = ["ERROR_TEXT", "EsslingenLabError", "InputError", "SpecError", "DataError",
           "OutputError"]

#: Where a problem is (labels) and what it is (one entry per reason, ``<reason>.hint`` says
#: what to do). Placeholders are the error's parameters.
ERROR_TEXT = Catalogue.from_pairs("errors", {
    "row": ("Zeile", "row"),
    "column": ("Spalte", "column"),
    # files in (surveys.readers)
    "file_not_found": ("Datei nicht gefunden", "file not found"),
    "file_not_found.hint": ("Pfad prüfen", "check the path"),
    "file_empty": ("die Datei ist leer", "the file is empty"),
    "file_empty.hint": ("die Umfrage erneut exportieren", "export the survey again"),
    "is_folder_not_data": ("ist ein Ordner, keine Datendatei", "is a folder, not a data file"),
    "no_rows": ("hat keine Datenzeilen", "has no data rows"),
    "no_column": ("Spalte fehlt (vorhanden: {shown})", "column not found (columns: {shown})"),
    "no_column.hint": ("die richtige Spalte mit {option} angeben",
                       "name the right column with {option}"),
    "no_coding_column.hint": ("eine Kodier-Datei (.sqlite) oder ihren Export mit coder, "
                              "answer_id und codes angeben", "use a coding store (.sqlite) or "
                              "its export with coder, answer_id and codes"),
    # survey data (surveys.survey)
    "column_missing": ("Spalte fehlt", "column is missing"),
    "columns_missing": ("Spalte fehlt (und {n_more} weitere: {more})",
                        "column is missing (and {n_more} more: {more})"),
    "column_missing.hint": ("die Spalte im Export ergänzen oder aus survey.yml entfernen",
                            "add the column to the export or remove it from survey.yml"),
    "column_missing.close": ("meinten Sie '{close}'? survey.yml oder den Export korrigieren",
                             "did you mean '{close}'? Fix survey.yml or the export"),
    # files out (files.py)
    "output_is_folder": ("ist ein Ordner", "is a folder"),
    "output_is_folder.hint": ("{option} einen Dateinamen geben, z. B. {example}",
                              "give {option} a file name, e.g. {example}"),
    "parent_is_file": ("ist eine Datei, kein Ordner", "is a file, not a folder"),
    "parent_is_file.hint": ("für {option} etwas anderes wählen", "choose another {option}"),
    "folder_missing": ("Ordner existiert nicht", "folder does not exist"),
    "folder_missing.hint": ("den Ordner zuerst anlegen", "create it first"),
    "overwrites_input": ("würde die Eingabe überschreiben", "would overwrite the input"),
    "overwrites_input.hint": ("für {option} eine andere Datei wählen", "choose another {option}"),
    "output_twice": ("ist zweimal als Ausgabe genannt ({first} und {second})",
                     "named twice as output ({first} and {second})"),
    "output_twice.hint": ("jeder Ausgabe eine eigene Datei geben",
                          "give each output its own file"),
    "output_folder_is_file": ("ist eine Datei, kein Ordner", "is a file, not a folder"),
    "output_folder_is_file.hint": ("einen Ordner für die Ausgabe wählen",
                                   "choose a folder for the output"),
    "folder_not_empty": ("Ordner ist nicht leer", "folder is not empty"),
    "folder_not_empty.hint": ("einen neuen oder leeren Ordner wählen, damit keine Datei darin "
                              "ersetzt wird", "choose a new or empty folder, so that no file "
                              "in it is replaced"),
    "folder_holds_input": ("enthält eine Eingabedatei", "holds an input file"),
    "folder_holds_input.hint": ("einen anderen Ordner wählen ({source})",
                                "choose another folder ({source})"),
    "folder_holds_link": ("enthält einen symbolischen Link", "holds a symbolic link"),
    "folder_holds_link.hint": ("den Link entfernen oder einen neuen Ausgabeordner wählen",
                               "remove the link or choose a new output folder"),
    "no_usable_rows": ("keine verwendbaren Zeilen: alle {rows_read} Zeilen ausgeschlossen "
                       "(am häufigsten: {top})",
                       "no usable rows: all {rows_read} rows excluded (most often: {top})"),
    "no_usable_rows.hint": ("'esslingen-lab validate' zeigt die ganze Liste",
                            "run 'esslingen-lab validate' for the full list"),
})


def _one_line(text: str) -> str:
    """Collapse line breaks: a message may quote a respondent's value, and stays one line."""
    return " ".join(str(text).split())


class EsslingenLabError(Exception):
    """Base class of every error esslingen-lab raises for bad input or misuse.

    Parameters
    ----------
    message : str, default=""
        The sentence for errors without a catalogue entry (used as it is).
    reason : str or Enum, default=None
        Machine-readable reason. With an entry in :attr:`catalogue` the message (and a
        ``<reason>.hint`` entry; :class:`InputError` also takes ``hint_key=``) is rendered
        from it in the user's language.
    **params
        Values of the catalogue text's placeholders, kept on :attr:`params`.
    """

    #: Catalogue holding the texts of this class's reasons.
    catalogue: Catalogue = ERROR_TEXT
    reason = None
    params: dict = {}

    def __init__(self, message: str = "", *args, reason=None, **params):
        # subclasses may have set their own reason before calling this
        if reason is not None:
            self.reason = reason
        if params:
            self.params = params
        super().__init__(message, *args)

    def _entry(self, suffix: str, language: str | None):
        if self.reason is None:
            return None
        return self._text(f"{getattr(self.reason, 'value', self.reason)}{suffix}", language)

    def _text(self, key: str, language: str | None):
        """Return the text of ``key`` in ``language`` (None: all languages), or None."""
        if key not in self.catalogue[LANGUAGES[0]]:
            return None
        if language is not None:
            return self.catalogue.text(key, language, **self.params)
        texts = dict.fromkeys(self.catalogue.text(key, lang, **self.params) for lang in LANGUAGES)
        return " / ".join(texts)

    def describe(self, language: str | None = None) -> str:
        """Return the message without the place (from the catalogue if the reason has one)."""
        text = self._entry("", language)
        if text is not None:
            return text
        message = getattr(self, "message", None)
        return message if message is not None else Exception.__str__(self)

    def render(self, language: str | None = None) -> str:
        """One line in ``language`` (``"de"``, ``"en"``); None gives German / English."""
        if language is not None:
            language = check_language(language)
        return _one_line(self.describe(language))


class InputError(EsslingenLabError):
    """A data or spec file cannot be used as it is (unreadable, empty, column missing)."""

    def __init__(self, message: str = "", *, file=None, row=None, column=None,
                 hint: str | None = None, reason=None, hint_key: str | None = None,
                 **params):
        self.file = None if file is None else str(file)
        self.row = row
        self.column = column
        self.hint = hint
        self.hint_key = hint_key
        self.message = message
        self.reason = reason
        self.params = params
        super().__init__(self.render(), reason=reason, **params)

    def _label(self, key: str, language: str | None) -> str:
        if language is not None:
            return ERROR_TEXT.text(key, language)
        return "/".join(ERROR_TEXT.text(key, lang) for lang in LANGUAGES)

    def render(self, language: str | None = None) -> str:
        """One line: file, row and column, what is wrong, and what to do (``— hint``)."""
        if language is not None:
            language = check_language(language)
        where = []
        if self.file is not None:
            where.append(self.file)
        if self.row is not None:
            where.append(f"{self._label('row', language)} {self.row}")
        if self.column is not None:
            where.append(f"{self._label('column', language)} '{self.column}'")
        message = self.describe(language)
        text = ": ".join([", ".join(where), message]) if where else message
        hint = self._text(self.hint_key, language) if self.hint_key else None
        hint = hint or self._entry(".hint", language) or self.hint
        if hint:
            text += f" — {hint}"
        return _one_line(text)

    def __str__(self) -> str:
        return self.render()


class SpecError(InputError):
    """The survey spec (survey.yml) is malformed or contradicts the data."""


class DataError(InputError):
    """The survey data are readable but unusable (e.g. no valid rows left).

    Attributes
    ----------
    failure_cases : pandas.DataFrame or None
        The problems found, one row each, like pandera's ``failure_cases``: columns file,
        row, column, check, reason, action. The offending value is left out (it is
        personal data); :attr:`~esslingen_lab.surveys.Survey.quality` of a non-strict load
        has it.
    """

    def __init__(self, message: str = "", *, failure_cases=None, **kwargs):
        self.failure_cases = failure_cases
        super().__init__(message, **kwargs)


class OutputError(InputError):
    """An output cannot be written as asked (a folder, an input, a folder with other files)."""
