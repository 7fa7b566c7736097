"""What each word may start for the name rule without a cue, and the cheap pre-screen.

:func:`worth_a_look` tells from a text's words whether the name rule without a cue
(cueless.py) could find anything there, so most answers skip it; :func:`_token_kind`
tells per token what it may start (a tag's surname, a capitalised or lower-case name, a
role noun announcing one). Both are cached per distinct word.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.capital_slots import _INITIAL_OK, name_only_in_slot
from esslingen_lab.privacy.redact.lexicon import german_first_names, lexicon
from esslingen_lab.privacy.redact.strength import (
    _DETERMINERS,
    _FOREIGN_LETTERS,
    _is_person_noun,
    _strength_of,
)
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    _LOWER_STOP,
    FIRST_NAMES,
)
from esslingen_lab.privacy.redact.workplace import (
    _HAS,
    _SUBJECT_SPEECH,
    _dictionary_surname,
)

__all__ = ["worth_a_look"]

_WORD = regex.compile(r"[\p{L}][\p{L}'’]*+(?:-[\p{L}][\p{L}'’]*+)*+")
_STRIP = ".,;:!?()[]{}\"'„“”‚‘’«»/*"
_FOREIGN_PARTICLES = frozenset("ter ten van de da di dos del della du le la mc ben ibn".split())


@lru_cache(maxsize=200_000)
def _maybe_name_in_context(word: str) -> bool:
    """Tell initials and unknown words, which may still be names ("vom Bauamt")."""
    if len(word) <= 2:
        return _INITIAL_OK.fullmatch(word) is not None and (len(word) == 1 or word[1].islower()
                                                             and word in ("Th", "Ch", "Ph"))
    lex = lexicon()
    # "Vogel vom Bürgeramt", "Kübler aus der Kita" (a surname the dictionary lists)
    return not lex.is_german(word) or word in lex.last or _dictionary_surname(word, lex)


@lru_cache(maxsize=200_000)
def _lower_interest(word: str) -> bool:
    """Whether a lower-case word can start a name: particle, initial or first name."""
    if word in ("da", "di", "du", "la", "le"):
        return False  # "stand da Marc Dupont": German "da" far more often than "da Silva"
    if word in _FOREIGN_PARTICLES or len(word) == 1:
        return True
    if word in _LOWER_STOP:
        return False
    lex = lexicon()
    capital = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    if word in lex.german:
        # "thomas", "ahmet": the word list has some first names in lower case; they start a
        # name only before a surname (checked in _lower_case)
        # "rosa amato": an ambiguous one too, checked for its surname in _lower_case
        return capital in FIRST_NAMES
    if lex.is_english(word) and capital not in FIRST_NAMES and capital not in german_first_names():
        return False  # "add", "drop": English words (but "renate", a German first name)
    return (
        lex.is_first_name(capital)
        or capital in FIRST_NAMES  # "maria gonçalves": checked for its surname in _lower_case
        or (capital in german_first_names() and capital not in _AMBIGUOUS_FIRST_NAMES)
        or ("-" in word and all(lex.is_first_name(p) for p in capital.split("-")))
    )


def worth_a_look(features) -> bool:
    """Whether a text (its words split at spaces) could hold a name without a cue.

    Parameters
    ----------
    features : object
        Has ``words()`` (the set of the text's words, punctuation stripped) and ``text``.
    """
    words = features.words()
    maybe = announces = False
    bare_only = []
    # set difference in C: most words of an answer are known to be no name (look 0)
    for word in words - _NOTHING_TO_SEE:
        look = _word_worth_a_look(word)
        if look == 0:
            if len(_NOTHING_TO_SEE) < 500_000:
                _NOTHING_TO_SEE.add(word)
            continue
        if look == 2:
            if not _name_only_when_bare(word):
                return True
            bare_only.append(word)
        maybe = maybe or look in (1, 3)  # a role noun may also name someone ("Koch")
        announces = announces or look == 3
    if bare_only and _bare_somewhere(features.text, frozenset(bare_only)):
        return True  # "Winter hat …", not only "im Winter"
    if (maybe or bare_only) and not words.isdisjoint(_FROM_WORDS):
        return True  # "Dannecker vom Bauamt", "der Adler aus der Kämmerei meinte"
    if maybe and not words.isdisjoint(_SUBJECT_VERBS) and _subject_somewhere(features.text):
        return True  # "Fuchs hat meine Beschwerde gelöscht", "Sommer meinte …"
    if announces and _announced(features.text):
        return True  # "die Kollegin Schwarzkopf"
    return _INITIAL_THEN_WORD.search(features.text) is not None


_NOTHING_TO_SEE: set = set()  # words whose look is 0 (no name, no cue for one)
_SUBJECT_VERBS = _SUBJECT_SPEECH | _HAS


def _subject_somewhere(text: str) -> bool:
    """Tell a capitalised surname of the gazetteer opening a sentence before a person's verb."""
    parts = text.split()
    lex = lexicon()
    for k in range(len(parts) - 1):
        if parts[k + 1] not in _SUBJECT_VERBS:
            continue
        word = parts[k]
        if word[:1].isupper() and word in lex.last and (
            k == 0 or parts[k - 1][-1:] in ".!?:;\"„“”–"
        ):
            return True
    return False


@lru_cache(maxsize=200_000)
def _name_only_when_bare(word: str) -> bool:
    """Tell a word the name rules accept only without an article before it.

    Unknown words and surnames that are German words ("Winter", "Ottenser"): strength 1 or
    -1, one plain capitalised word without foreign letters.
    """
    return (
        word[:1].isupper()
        and _WORD.fullmatch(word) is not None
        and "-" not in word
        and _strength_of(word) in (1, -1)
        and _FOREIGN_LETTERS.search(word) is None
        and not _is_person_noun(word)
    )


def _bare_somewhere(text: str, targets: frozenset) -> bool:
    """Tell whether one of ``targets`` stands somewhere without an article before it.

    A cheap pass over the words split at spaces, generous where in doubt (punctuation
    between, "von der …"), so that the name rule itself is skipped only where it would
    find nothing.
    """
    parts = text.split()
    for k, raw in enumerate(parts):
        if raw.strip(_STRIP) not in targets:
            continue
        if k == 0 or raw[:1] in _STRIP or parts[k - 1][-1:] in _STRIP:
            return True
        prev = parts[k - 1].lower()
        if prev not in _DETERMINERS or prev in ("von", "zu"):
            return True
        if prev in ("der", "dem", "den") and k > 1 and parts[k - 2].lower() in ("von", "zu"):
            return True
    return False


def _announced(text: str) -> bool:
    """Tell a role noun ("Kollegin", "Radfahrer") followed by a capitalised word."""
    parts = text.split()
    return any(
        nxt[:1].isupper() and _word_worth_a_look(word.strip(_STRIP)) == 3  # cheap test first
        for word, nxt in zip(parts, parts[1:], strict=False)
    )


_FROM_WORDS = frozenset({"vom", "von", "aus", "im", "am", "beim"})
_INITIAL_THEN_WORD = regex.compile(r"(?<![\p{L}.])\p{L}{1,2}\.\s?\p{L}{3}")


@lru_cache(maxsize=200_000)
def _word_worth_a_look(word: str) -> int:
    """2: may be a name; 1: may be one before "vom Bauamt"; 3: announces one; 0: no name."""
    best = 0
    for part in _WORD.findall(word):
        if part == "NAME":
            return 2
        if part[:1].isupper():
            if _strength_of(part) != 0:
                return 2
            if _is_person_noun(part):
                best = 3  # "die Kollegin Schwarzkopf": a name may follow
                continue
            if best != 3 and len(part) > 2 and _maybe_name_in_context(part):
                best = 1
        elif len(part) > 1 and part not in ("da", "di", "du", "la", "le") and _lower_interest(part):
            return 2
    return best


_TAG, _CAPITALISED, _LOWER, _ANNOUNCES, _CAPITALISED_IN_SLOT, _CAPITALISED_AFTER = 1, 2, 3, 4, 5, 6

_SLOT_KINDS = (_CAPITALISED, _CAPITALISED_AFTER, _CAPITALISED_IN_SLOT)  # by name_only_in_slot


@lru_cache(maxsize=200_000)
def _token_kind(word: str) -> int:
    """Tell what a token may start (0 for ordinary words and punctuation).

    A tag's surname, a capitalised or lower-case name, or a role noun that announces a name
    ("Kollegin"). _CAPITALISED_IN_SLOT, _CAPITALISED_AFTER: a capitalised word
    :func:`_capitalised` takes only in a slot (capital_slots.py; most capitalised tokens).
    """
    if word == "[NAME]":
        return _TAG
    first = word[:1]
    if not first.isalpha():
        return 0
    if first.isupper():
        if _strength_of(word) != 0 or _maybe_name_in_context(word):
            return _SLOT_KINDS[name_only_in_slot(word)]
        return _ANNOUNCES if _is_person_noun(word) else 0
    return _LOWER if _lower_interest(word) else 0
