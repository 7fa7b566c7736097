"""Offline word knowledge for finding names without cue words.

A name gazetteer (first names and surnames of 80 locales, from the Faker package's data)
and a German word list (simplemma's German lemma dictionary) tell names from nouns: German
capitalises every noun, so a capitalised word is a name only when it is a known name or no
German word at all.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

__all__ = ["gazetteer", "german_first_names", "german_words"]


@lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset, frozenset]:
    """First names and surnames from Faker's person providers, all locales.

    Returns
    -------
    (frozenset, frozenset)
        First names and surnames as written (capitalised), Latin and other scripts.
    """
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):  # pragma: no cover - a broken locale
            continue
        for attribute, target in (("first_names", first), ("last_names", last)):
            for name in dir(provider):
                if attribute not in name or name.startswith("_"):
                    continue  # "last_names", "male_last_names", "unisex_last_names"…
                values = getattr(provider, name)
                if isinstance(values, (list, tuple, dict, set, frozenset)):
                    target.update(v for v in values if isinstance(v, str) and " " not in v)
    return frozenset(first), frozenset(last)


@lru_cache(maxsize=1)
def german_first_names() -> frozenset:
    """First names of Faker's German-speaking locales (used for names typed in lower case)."""
    import faker.providers.person as person

    names: set[str] = set()
    for locale in ("de_DE", "de_AT", "de_CH"):
        try:
            provider = importlib.import_module(f"{person.__name__}.{locale}").Provider
        except (ImportError, AttributeError):  # pragma: no cover - an older Faker
            continue
        for name in dir(provider):
            values = getattr(provider, name)
            if "first_names" in name and isinstance(values, (list, tuple, dict, set)):
                names.update(v for v in values if isinstance(v, str))
    return frozenset(names)


@lru_cache(maxsize=1)
def german_words():
    """Simplemma's German dictionary: inflected form -> lemma (about a million forms).

    Returns
    -------
    Mapping of str to str
        Supports ``word in mapping`` and ``mapping.get(word)``.
    """
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DefaultDictionaryFactory,
    )

    return _FastLookup(DefaultDictionaryFactory().get_dictionary("de"))


class _FastLookup:
    """``in`` and ``get`` on simplemma's dictionary without its per-call wrapper cost."""

    __slots__ = ("_raw", "_mapping")

    def __init__(self, mapping):
        raw = getattr(mapping, "_dict", None)
        usable = isinstance(raw, dict) and raw and isinstance(next(iter(raw)), bytes)
        self._raw = raw if usable else None
        self._mapping = mapping

    def __contains__(self, word: str) -> bool:
        if self._raw is not None:
            return word.encode() in self._raw
        return word in self._mapping

    def get(self, word: str, default=None):
        if self._raw is not None:
            value = self._raw.get(word.encode())
            return value.decode() if value is not None else default
        return self._mapping.get(word, default)
