"""The one text catalogue shape of esslingen-lab: German first, English second.

Every module that shows words to a user keeps them in a :class:`Catalogue` — one mapping
``{language: {key: text}}`` — and looks them up with :meth:`Catalogue.text` (or
:meth:`Catalogue.table` where a whole mapping is needed, e.g. to rename columns). Catalogues
register themselves under a domain name, so one test checks all of them: the same keys in
every language and the same ``{placeholders}`` in each translation.

>>> WORDS = Catalogue("example", {"de": {"hello": "Hallo {name}"}, "en": {"hello": "Hello {name}"}})
>>> WORDS.text("hello", "en", name="Esslingen")
'Hello Esslingen'
"""

from __future__ import annotations

import string
from collections.abc import Hashable, Mapping

__all__ = ["LANGUAGES", "DEFAULT_LANGUAGE", "LOCALES", "Catalogue", "catalogues",
           "check_language", "format_number"]

#: Languages every catalogue speaks, default first.
LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
#: babel locale per language (numbers: ``17,7`` in German, ``17.7`` in English).
LOCALES = {"de": "de_DE", "en": "en_GB"}

_REGISTRY: dict[str, Catalogue] = {}


def check_language(language) -> str:
    """Return ``language`` as a catalogue language (``"DE"`` → ``"de"``).

    Raises
    ------
    ValueError
        For a language no catalogue speaks, naming the ones it does.
    """
    code = str(language or DEFAULT_LANGUAGE).strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        # the language is what is wrong: the message speaks every language (German / English)
        known = ", ".join(LANGUAGES)
        raise ValueError(f"Sprache {language!r} wird nicht unterstützt — eine von {known} "
                         f"verwenden / language {language!r} is not supported — use one of "
                         f"{known}")
    return code


class Catalogue(Mapping):
    """Texts of one domain in every language of :data:`LANGUAGES`.

    Parameters
    ----------
    domain : str
        Unique name (e.g. ``"reports.findings"``); a second catalogue with the same name
        replaces the first (module reloads).
    register : bool
        Add it to :func:`catalogues` (and so to the completeness test); off for throw-away
        catalogues.
    texts : mapping
        ``{language: {key: text}}``. Keys may be any hashable (strings, enum members).
        Texts may hold ``str.format`` placeholders; values in tuples are allowed for
        labels that are not formatted.
    """

    def __init__(self, domain: str, texts: Mapping[str, Mapping[Hashable, object]], *,
                 register: bool = True):
        self.domain = domain
        self._texts = {language: dict(texts.get(language, {})) for language in LANGUAGES}
        unknown = set(texts) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"catalogue {domain!r} has texts in unknown languages {unknown}")
        if register:
            _REGISTRY[domain] = self

    @classmethod
    def from_pairs(cls, domain: str, pairs: Mapping[Hashable, tuple[str, str]], *,
                   register: bool = True) -> Catalogue:
        """Build a catalogue from ``{key: (German, English)}`` pairs."""
        return cls(domain, {language: {key: pair[index] for key, pair in pairs.items()}
                            for index, language in enumerate(LANGUAGES)}, register=register)

    # Mapping over languages, so ``catalogue["de"]`` reads like the old dict tables.
    def __getitem__(self, language):
        return self._texts[language]

    def __iter__(self):
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def table(self, language: str = DEFAULT_LANGUAGE) -> dict:
        """Return the whole ``{key: text}`` mapping of one language (a copy)."""
        return dict(self._texts[check_language(language)])

    def text(self, key: Hashable, language: str = DEFAULT_LANGUAGE, /, **values) -> str:
        """Return the text of ``key`` in ``language``, formatted with ``values``.

        A key missing in one language falls back to German; a key missing everywhere is a
        programming error and raises :class:`KeyError` naming the domain.
        """
        table = self._texts[check_language(language)]
        if key in table:
            template = table[key]
        elif key in self._texts[DEFAULT_LANGUAGE]:
            template = self._texts[DEFAULT_LANGUAGE][key]
        else:
            raise KeyError(f"{self.domain}: no text for {key!r}")
        return str(template).format(**values) if values else str(template)

    def get_text(self, key: Hashable, language: str = DEFAULT_LANGUAGE, default=None, /,
                 **values):
        """Like :meth:`text`, but return ``default`` for a key the catalogue does not have."""
        try:
            return self.text(key, language, **values)
        except KeyError:
            return default

    def problems(self) -> list[str]:
        """List keys missing in a language and placeholders that differ between languages."""
        found = []
        keys = set().union(*(table.keys() for table in self._texts.values()))
        for key in sorted(keys, key=str):
            fields = {}
            for language, table in self._texts.items():
                if key not in table:
                    found.append(f"{self.domain}: {key!r} missing in {language!r}")
                    continue
                fields[language] = _placeholders(table[key])
            if len(set(map(frozenset, fields.values()))) > 1:
                found.append(f"{self.domain}: {key!r} has different placeholders {fields}")
        return found

    def __repr__(self) -> str:
        return f"Catalogue({self.domain!r}, {len(self._texts[DEFAULT_LANGUAGE])} keys)"


def _placeholders(template) -> set[str]:
    if not isinstance(template, str):
        return set()
    try:
        return {field for _, field, _, _ in string.Formatter().parse(template) if field}
    except ValueError:
        return {"<unparsable>"}


def catalogues() -> dict[str, Catalogue]:
    """Return every registered catalogue by domain (import the modules first)."""
    return dict(_REGISTRY)


def format_number(value, language: str = DEFAULT_LANGUAGE, *, decimals: int | None = None,
                  sign: bool = False) -> str:
    """Format a number with the decimal mark and thousands separator of the language (babel).

    The one number formatter below the analysis modules (reports, plots and coding use it).

    Parameters
    ----------
    value : int or float
    language : {"de", "en"}, default="de"
    decimals : int, default=None
        Fixed number of decimals; None keeps up to three as needed.
    sign : bool, default=False
        Write ``+`` before positive numbers (a change).

    Returns
    -------
    str
        ``"–"`` for a missing value.

    Examples
    --------
    >>> format_number(12345.5, "de", decimals=1)
    '12.345,5'
    >>> format_number(2026, "de"), format_number(0.749, "en")
    ('2026', '0.749')
    >>> format_number(0.0123, "de", decimals=2, sign=True)
    '+0,01'
    """
    import math

    from babel.numbers import format_decimal

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    # four-digit numbers stay ungrouped (German usage, and years such as 2026 stay years)
    grouped = "#,##0" if abs(float(value)) >= 10_000 else "0"
    if decimals is None:
        pattern = grouped + ".###"
    else:
        pattern = grouped + ("." + "0" * decimals if decimals > 0 else "")
    if sign:
        pattern = f"+{pattern};-{pattern}"
    return format_decimal(value, format=pattern, locale=LOCALES[check_language(language)])
