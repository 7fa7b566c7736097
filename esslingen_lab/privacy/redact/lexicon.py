"""Offline word knowledge for finding names without cue words.

A name gazetteer (first names and surnames of 80 locales, from the Faker package's data)
and a German word list (simplemma's German lemma dictionary) tell names from nouns: German
capitalises every noun, so a capitalised word is a name only when it is a known name or no
German word at all. Simplemma's English dictionary tells English loan words and product
words ("Maps", "Click & Collect", "Drag and Drop") from names.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from esslingen_lab.privacy.redact.vocabulary import _AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, read_words

__all__ = [
    "Lexicon",
    "english_words",
    "gazetteer",
    "german_first_names",
    "german_words",
    "lexicon",
    "verb_lemma",
]


@lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset, frozenset]:
    """First names and surnames from Faker's person providers, all locales, and surnames.txt.

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
    last.update(read_words("surnames"))  # Württemberg's own ("Kienzle", "Dannecker")
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
    return _FastLookup(_simplemma_dictionary("de"))


@lru_cache(maxsize=1)
def english_words():
    """Simplemma's English dictionary: inflected form -> lemma (about 180,000 forms).

    Returns
    -------
    Mapping of str to str
        Supports ``word in mapping`` and ``mapping.get(word)``.
    """
    return _FastLookup(_simplemma_dictionary("en"))


def _simplemma_dictionary(language: str):
    """Simplemma's dictionary of ``language``, shared with simplemma's own functions.

    The lemmatiser of the theme analysis (``simplemma.lemmatize``) uses simplemma's
    process-wide factory; taking the dictionary from it too decodes the German one (about
    1 s) once per process instead of twice.
    """
    from simplemma.strategies.dictionaries import dictionary_factory

    factory = getattr(dictionary_factory, "DEFAULT_DICTIONARY_FACTORY", None)
    if factory is None:  # an older simplemma without the shared factory
        factory = dictionary_factory.DefaultDictionaryFactory()
    return factory.get_dictionary(language)


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


class Lexicon:
    """Look-ups of one word against the name gazetteer and the German dictionary."""

    def __init__(self):
        self.first, self.last = gazetteer()
        self.german = german_words()
        self.english = english_words()
        self._misspelt: dict[str, bool] = {}

    def is_german(self, word: str) -> bool:
        """Tell whether the word is in the German dictionary, as written or in lower case."""
        return word in self.german or word.lower() in self.german

    def is_english(self, word: str) -> bool:
        """Tell an English word of three or more letters, by its lower-case form.

        The dictionary also lists some names capitalised ("Kevin"); only the lower-case
        entry counts, so "Maps", "Click" and "English" are English words and "Kevin" is not.
        """
        return len(word) >= 3 and word.lower() in self.english

    def is_lower_word(self, word: str) -> bool:
        """Tell whether the word exists in lower case (adjective, verb, function word)."""
        return word.lower() in self.german

    def is_common_noun(self, word: str) -> bool:
        """Tell a German word that is not also a name in the gazetteer."""
        return self.is_german(word) and not self.is_any_name(word)

    def is_any_name(self, word: str) -> bool:
        """Tell whether the word is a first name or surname in any list."""
        return word in FIRST_NAMES or word in self.first or word in self.last

    def is_first_name(self, word: str, ambiguous: bool = False) -> bool:
        """Tell a first name that is no German word (or a listed German first name).

        ``ambiguous=True`` also counts the listed first names that are ordinary words too
        ("Otto", "Frank"), where the context already tells a name.
        """
        if word in FIRST_NAMES:
            return ambiguous or word not in _AMBIGUOUS_FIRST_NAMES
        if word in _AMBIGUOUS_FIRST_NAMES:
            return False
        return word in self.first and not self.is_german(word)

    def is_compound(self, word: str, min_stem: int = 3) -> bool:
        """Tell a compound: a German word, then a German noun ("Nachbarschaftstreff").

        ``min_stem`` is the shortest first part counted ("Dan" + "Necker" is no compound
        with 4).
        """
        german = self.german
        # a head of more than 40 letters is no word: the look-ups would grow with the square
        for cut in range(max(min_stem, len(word) - 40), len(word) - 3):
            head = word[cut].upper() + word[cut + 1 :]
            if head not in german or self.is_any_name(head):
                continue
            if len(head) >= 5 and (german.get(head) or "")[:1].isupper():
                return True  # "Lieferzonen", "Sickerflächen": a long noun head (lemma a noun)
            prefix = word[:cut]
            for link in ("", "s", "n", "en", "es", "e"):
                stem = prefix[: len(prefix) - len(link)] if link else prefix
                if len(stem) >= min_stem and prefix.endswith(link) and self.is_german(stem):
                    return True
        return self.is_english_compound(word)

    def is_english_compound(self, word: str) -> bool:
        """Tell two English words of four or more letters run together ("Screenreader").

        A listed name stays a name ("Woodward", "Blackwell").
        """
        if len(word) < 8 or len(word) > 30 or word in self.last or self.is_any_name(word):
            return False
        lower = word.lower()
        if lower.endswith(_ENGLISH_SURNAME_ENDINGS):
            return False  # "Greenberg", "Westwood", "Fairweather": surnames made of words
        english = self.english
        return any(
            lower[:cut] in english and lower[cut:] in english for cut in range(4, len(word) - 3)
        )

    def is_misspelt(self, word: str) -> bool:
        """Tell a long word one slip away from a German word ("Reperatur")."""
        if len(word) < 10:
            # shorter ones are often surnames ("Fritsche", "Scheurer"); session 47 tried nine:
            # no labelled name lost, but a reviewer's nine-letter surnames off the list
            # ("Abendroth", "Leonhardt", "Kleinhans", "Schnieder") were left in 43 of 87 texts
            return False
        if len(word) > 40:
            return False  # the look-ups grow with the square of the length: no name is this long
        known = self._misspelt.get(word)
        if known is None:
            # about 30 letters x length look-ups: worth remembering for the next answer
            if len(self._misspelt) > 200_000:
                self._misspelt.clear()
            known = self._misspelt[word] = self._one_slip_from_german(word)
        return known

    def _one_slip_from_german(self, word: str) -> bool:
        german = self.german
        letters = "abcdefghijklmnopqrstuvwxyzäöüß"
        for k in range(1, len(word) + 1):
            head, tail = word[:k], word[k:]
            if not tail:  # a letter missing at the end ("Katastroph", "katastroph")
                noun = word[:1].upper() + word[1:]
                return any(word + letter in german or noun + letter in german
                           for letter in letters)
            if head + tail[1:] in german:  # a letter too many
                return True
            if len(tail) > 1 and head + tail[1] + tail[0] + tail[2:] in german:
                return True
            for letter in letters:
                if head + letter + tail in german or head + letter + tail[1:] in german:
                    return True
        return False

    def is_shouted_noun(self, word: str) -> bool:
        """Tell a noun shouted in capitals ("KINO", "FREIBAD", "RADWEG-AUSBAU"), no name.

        Every part must be a noun of the dictionary that is declined there ("Kino" with
        "Kinos", "Radweg" with "Radwege") and no listed surname or first name: "KOCH",
        "ANNA", "ÖZDEMIR" and "WALZ" (no declined form) are no such word.
        """
        if not word.isupper() or len(word) < 3:
            return False
        for part in word.split("-"):
            capital = part[:1] + part[1:].lower()
            if len(part) < 3 or capital in self.last or self.is_any_name(capital):
                return False
            lemma = self.german.get(capital)
            if lemma is None or not lemma[:1].isupper():
                return False
            if not any(self.german.get(capital + end) == lemma for end in _DECLINED):
                return False
        return True

    def is_declined_noun(self, word: str) -> bool:
        """Tell a noun the dictionary declines ("Vogel": "Vogels", "Nachtrag": "Nachtrags").

        A surname the dictionary lists only as itself ("Ruoff") is none.
        """
        capital = word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word
        lemma = self.german.get(capital)
        return lemma is not None and lemma[:1].isupper() and any(
            self.german.get(capital + end) == lemma for end in _DECLINED
        )

    def is_adjective(self, word: str) -> bool:
        """Tell an inflected adjective ("neuen", "gute") from a verb by its lemma."""
        if not word.endswith(("e", "en", "em", "er", "es")):
            return False
        lemma = self.german.get(word)
        if not lemma or lemma == word:
            return False
        return not verb_lemma(lemma) or word.endswith(("ene", "enen", "ener", "enem", "enes"))


def verb_lemma(lemma: str) -> bool:
    """Tell a verb's lemma by its ending: "-en", "-ln", "-rn" ("gehen", "sammeln", "wandern").

    An adjective's lemma may end in "n" too ("grün", "klein", "braun": "der grüne Star").
    """
    return lemma.endswith(("en", "ln", "rn")) or lemma == "tun"


# endings of a noun's declined forms: "Kinos", "Radweges", "Bäckern"
_DECLINED = ("s", "es", "e", "n", "en", "er", "ern")

_ENGLISH_SURNAME_ENDINGS = (
    "berg", "field", "wood", "more", "ford", "well", "weather", "worth", "stone", "ley",
    "ton", "son", "man", "burg", "stein", "feld", "land", "ham", "by", "house", "smith",
    # German surnames of English-looking halves: "Wendlinger", "Hausmann", "Steinbach"
    "inger", "hofer", "dorfer", "bacher", "mann", "bach", "hardt", "wald", "horn", "hart",
)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return the process's one :class:`Lexicon` (loaded on first use, about 1.5 s)."""
    return Lexicon()
