"""Exceptions raised for users' mistakes: one base class, specific subclasses.

Every message reads like a sentence a facilitator understands and, where it applies,
names the file, row and column and says what to do. An error may carry a machine-readable
``reason`` (code and tests match on it, not on text) and the parameters of its message; the
words come from the :data:`ERROR_TEXT` catalogue (:mod:`esslingen_lab.error_text`), so
:meth:`EsslingenLabError.render` gives the sentence in German or English (the command line
renders in its ``--lang``), and ``str(error)`` gives both (``"ist ein Ordner / is a
folder"``) for logs and notebooks.
"""

from __future__ import annotations

from esslingen_lab.error_text import ERROR_TEXT
from esslingen_lab.i18n import LANGUAGES, Catalogue, check_language

__all__ = ["ERROR_TEXT", "EsslingenLabError", "InputError", "SpecError", "DataError",
           "OutputError", "Invalid", "Text", "TextList", "closest", "validation_problems"]

#: pydantic error types and the words saying what the value must be.
_PYDANTIC_DETAIL = {
    "string_type": "yaml_must_text", "string_too_short": "yaml_must_not_be_empty",
    "too_short": "yaml_must_not_be_empty", "int_type": "yaml_must_whole_number",
    "int_parsing": "yaml_must_whole_number", "int_from_float": "yaml_must_whole_number",
    "float_type": "yaml_must_number", "float_parsing": "yaml_must_number",
    "bool_type": "yaml_must_bool", "bool_parsing": "yaml_must_bool",
    "list_type": "yaml_must_list", "dict_type": "yaml_must_mapping",
    "model_type": "yaml_must_mapping", "model_attributes_type": "yaml_must_mapping",
    "literal_error": "yaml_must_one_of", "enum": "yaml_must_one_of",
}


class Text:
    """A catalogue text as an error's parameter: worded in the language the error is shown in.

    Parameters
    ----------
    key : str
        Entry of :data:`ERROR_TEXT`.
    **values
        Its placeholders; a value may be a :class:`Text` or :class:`TextList` itself.
    """

    def __init__(self, key: str, /, **values):
        self.key, self.values = key, values

    def render(self, language: str) -> str:
        """Return the text in ``language``."""
        return ERROR_TEXT.text(self.key, language, **{k: _resolve(v, language)
                                                       for k, v in self.values.items()})

    def __str__(self) -> str:
        return self.render(LANGUAGES[-1])

    def __repr__(self) -> str:
        return f"Text({self.key!r}, **{self.values!r})"


class TextList(list):
    """Several texts (or strings) shown as one, joined by ``separator``."""

    def __init__(self, items=(), separator: str = "; "):
        super().__init__(items)
        self.separator = separator

    def render(self, language: str) -> str:
        """Return the items in ``language``, joined."""
        return self.separator.join(_resolve(item, language) for item in self)


class Invalid(ValueError):
    """A pydantic validator's complaint, worded from the catalogue (pydantic keeps English).

    Raise it in a ``field_validator``/``model_validator``; :func:`validation_problems` shows
    its :attr:`text` in the error's language (``str()`` is the English wording pydantic keeps).

    Parameters
    ----------
    key : str
        Entry of :data:`ERROR_TEXT`.
    **values
        Its placeholders (a :class:`Text` or :class:`TextList` too).
    """

    def __init__(self, key: str, /, **values):
        self.text = Text(key, **values)
        super().__init__(str(self.text))


def _resolve(value, language: str):
    return value.render(language) if isinstance(value, (Text, TextList)) else value


def validation_problems(exc, model, *, where=None) -> Text | TextList:
    """Describe every error of a pydantic ``ValidationError`` of ``model``, in any language.

    The one translation of pydantic's wording for the package's YAML files (maturity
    framework, OZG models, report batch files): a missing key, an unknown key (with the
    closest known key of the model it sits in), a value of the wrong type.

    Parameters
    ----------
    exc : pydantic.ValidationError
    model : pydantic model class
        The model validated (to name the known keys where an unknown one sits).
    where : callable, default=None
        ``where(loc)`` returns ``(label, rest)``: a :class:`Text` naming the part of the file
        the key path ``loc`` lies in (e.g. the second survey of a batch file) or None, and
        the key path within it. By default ``(None, loc)``.

    Returns
    -------
    Text or TextList
        One problem, or ``"N problems: …; …"``; use as an error's parameter.
    """
    problems = []
    for error in exc.errors():
        # a union's branch names (``str``, ``_Model``) are no keys of the file
        loc = tuple(p for p in error.get("loc", ()) if not _is_branch(p, model))
        label, rest = where(loc) if where is not None else (None, loc)
        key = ".".join(map(str, rest))
        kind = error.get("type", "")
        own = (error.get("ctx") or {}).get("error")
        if isinstance(own, Invalid):  # a validator's own complaint, in the catalogue's words
            problem = Text("yaml_field_says", key=key, problem=own.text) if key else own.text
        elif kind == "extra_forbidden":
            problem = _unknown_key(loc, key, model)
        elif kind == "missing":
            problem = Text("yaml_field_missing", key=key)
        else:
            detail = _PYDANTIC_DETAIL.get(kind)
            if kind == "greater_than_equal":
                detail = Text("yaml_must_at_least",
                              limit=(error.get("ctx") or {}).get("ge", "?"))
            elif detail == "yaml_must_one_of":
                detail = Text(detail, expected=_allowed(model, loc) or (
                    error.get("ctx") or {}).get("expected", "?"))
            elif detail is not None:
                detail = Text(detail)
            else:
                message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
                detail = Text("yaml_invalid_value", detail=message)
            if key:
                problem = Text("yaml_field_invalid", key=key, detail=detail)
            else:  # the entry itself, or the whole file
                problem = detail if label is not None else Text("yaml_file_invalid",
                                                                detail=detail)
        problems.append(problem if label is None else Text("yaml_at", where=label, problem=problem))
    problems = list({repr(p): p for p in problems}.values())  # a union repeats some
    if len(problems) == 1:
        return problems[0]
    return Text("yaml_problems", n=len(problems), problems=TextList(problems))


def _is_branch(part, model) -> bool:
    """Tell whether ``part`` of a location is a union's branch name (``str``, a model's name)."""
    if not isinstance(part, str):
        return False
    return part in _SCALAR_BRANCHES or part in _model_names(model) or any(
        part.startswith(f"{name}[") for name in ("list", "dict", "tuple", "set", "literal"))


_SCALAR_BRANCHES = {"str", "int", "float", "bool", "none"}


def _model_names(model, seen=None) -> set:
    seen = set() if seen is None else seen
    if model.__name__ not in seen:
        seen.add(model.__name__)
        for field in model.model_fields.values():
            for found in _models_in(field.annotation):
                _model_names(found, seen)
    return seen


def _models_in(annotation):
    import typing

    if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


def _allowed(model, loc) -> str | None:
    """Return the values a ``Literal``/``Enum`` field at ``loc`` allows (``"de, en"``) or None."""
    import enum
    import typing

    if not loc or not isinstance(loc[-1], str):
        return None
    field = _model_at(model, loc[:-1]).model_fields.get(loc[-1])
    values, todo = [], [field.annotation] if field is not None else []
    while todo:
        annotation = todo.pop(0)
        if typing.get_origin(annotation) is typing.Literal:
            values += typing.get_args(annotation)
        elif isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            values += [m.value for m in annotation]
        else:
            todo += list(typing.get_args(annotation))
    return ", ".join(map(str, values)) or None


def closest(word, options) -> str | None:
    """Return the option ``word`` was most likely meant to be (a typo), or None.

    Case is ignored ("Alter" → "alter") and so are umlauts typed without them, either way
    ("strasse" → "Straße", "Buergerbeteiligung" → "Bürgerbeteiligung", "grosse" →
    "Größe"); only a close likeness counts: "lable" → "label", but "farbe" suggests nothing
    rather than "label".
    """
    import difflib

    spellings = _spellings(str(word))
    best, best_ratio = None, 0.75
    for option in dict.fromkeys(str(option) for option in options):
        for mine in spellings:
            for theirs in _spellings(option):
                matcher = difflib.SequenceMatcher(None, mine, theirs)
                if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                    continue
                ratio = matcher.ratio()
                if ratio > best_ratio or (best is None and ratio >= best_ratio):
                    best, best_ratio = option, ratio
    return best


# how German is typed without umlauts: "ae" or a bare "a" for "ä", "ss" for "ß"
_FOLD_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_FOLD_BARE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def _spellings(text: str) -> tuple[str, ...]:
    """Return the text in lower case, umlauts as "ae"/"oe"/"ue" and bare, "ß" as "ss"."""
    lowered = text.lower()
    return tuple(dict.fromkeys((lowered, lowered.translate(_FOLD_E),
                                lowered.translate(_FOLD_BARE))))


def _unknown_key(loc, key, model) -> Text:
    """Describe an unknown key, with the closest known key of the model it sits in."""
    known = [n for n in _model_at(model, loc[:-1]).model_fields if n != "base_dir"]
    close = closest(loc[-1], known)
    if close:
        return Text("yaml_field_unknown", key=key, close=close)
    return Text("yaml_field_unknown_known", key=key, known=", ".join(known))


def _model_at(model, loc):
    """Return the pydantic model holding the keys at ``loc`` (dict keys, indices skipped)."""
    for part in loc:
        if isinstance(part, str) and part in model.model_fields:
            found = _nested_model(model.model_fields[part].annotation)
            if found is None:
                break
            model = found
    return model


def _nested_model(annotation):
    return next(_models_in(annotation), None)


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
        if not message and not args and self._has_entry():
            message = self.render()  # ``args`` (and so pickles, logs) carry the words
        super().__init__(message, *args)

    def _has_entry(self) -> bool:
        """Tell whether the reason has a text in :attr:`catalogue`."""
        return self.reason is not None and (
            f"{getattr(self.reason, 'value', self.reason)}" in self.catalogue[LANGUAGES[0]])

    def _entry(self, suffix: str, language: str | None):
        if self.reason is None:
            return None
        return self._text(f"{getattr(self.reason, 'value', self.reason)}{suffix}", language)

    def _text(self, key: str, language: str | None):
        """Return the text of ``key`` in ``language`` (None: all languages), or None."""
        if key not in self.catalogue[LANGUAGES[0]]:
            return None
        if language is not None:
            return self.catalogue.text(key, language, **self._params(language))
        texts = dict.fromkeys(self.catalogue.text(key, lang, **self._params(lang))
                              for lang in LANGUAGES)
        return " / ".join(texts)

    def _params(self, language: str) -> dict:
        return {k: _resolve(v, language) for k, v in self.params.items()}

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

    def __str__(self) -> str:
        # an error worded from the catalogue reads in every language (German / English)
        return self.render() if self._has_entry() else Exception.__str__(self)


_LINE_FILES = (".yml", ".yaml", ".txt", ".json", ".md")


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
            # a table has rows; a YAML or text file has lines
            label = "line" if self.file and self.file.lower().endswith(_LINE_FILES) else "row"
            where.append(f"{self._label(label, language)} {self.row}")
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
