"""Health terms of the word lists, read once, and the cheap test a text passes first.

The lists (``health_terms.txt`` and the compound heads, stems and tails beside it) are
read into a :class:`_Lexicon`; :func:`_may_hold_health_words` tells a text that may hold a
health word before the rule of :mod:`.health` reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.health_extent import _BODY_OP
from esslingen_lab.privacy.redact.health_function import (
    may_hold,
)
from esslingen_lab.privacy.redact.health_morph import is_medical_form
from esslingen_lab.privacy.redact.health_slips import SlipIndex
from esslingen_lab.privacy.redact.patterns import KnownWords
from esslingen_lab.privacy.redact.phrase_scan import PhraseScan
from esslingen_lab.privacy.redact.vocabulary import (
    RELATIVES,
    _words,
    read_words,
)

# ---------------------------------------------------------------- word lists


@dataclass(frozen=True)
class _Term:
    written: str  # the word of the gate (a phrase's last word), as in the list
    words: tuple  # lower-case words (or as written, when exact)
    exact: bool  # compare as written
    clause_words: frozenset  # one of them must be in the clause ("|")
    after: frozenset  # the term must follow one of them ("<")
    before_relative: bool  # the term must precede a relation noun ("> @relative")


def _parse_term(line: str) -> _Term:
    clause_words = after = frozenset()
    before_relative = False
    for mark in ("|", "<", ">"):
        if mark in line:
            line, _, rest = line.partition(mark)
            if mark == "|":
                clause_words = frozenset(rest.lower().split())
            elif mark == "<":
                after = frozenset(rest.lower().split())
            else:
                before_relative = "@relative" in rest
    line = line.strip()
    exact = line.startswith("=")
    line = line.lstrip("=")
    words = tuple(line.split()) if exact else tuple(line.lower().split())
    return _Term(line.split()[-1], words, exact, clause_words, after, before_relative)


# the endings of an adjective before its noun: "gebrochen~" is "gebrochene", "gebrochenes" …
_INFLECTED = ("", "e", "es", "en", "er", "em")


def _inflected(line: str) -> list[str]:
    """Return an entry, or one entry per form of a first word marked "~" ("gebrochen~ | …")."""
    first, _, rest = line.partition(" ")
    if not first.endswith("~"):
        return [line]
    return [" ".join((first[:-1] + ending, rest)).rstrip() for ending in _INFLECTED]


# last words of phrases too common for the gate ("hört nichts mehr"): such a phrase passes
# the gate only when its first word stands in the text as well
_COMMON_LAST = frozenset(
    "mehr meh noch gut schlecht fuß verloren amputiert stock werden worden behandlung".split()
)


@dataclass(frozen=True)
class _Lexicon:
    by_first: dict  # first word (lower case) -> terms starting with it
    relatives: frozenset
    compound: re.Pattern  # a health compound, the whole lower-cased word
    idioms: PhraseScan
    first_forms: frozenset  # a word of each term as it may be written
    pair_gates: dict  # first word -> last words, for phrases ending in a common word
    heads: tuple  # endings and beginnings of compounds, for the cheap look before the rule
    stems: tuple
    body: frozenset  # body parts ("hüfte", "herz"): the terms said with "Probleme mit …"


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    by_first: dict[str, list[_Term]] = {}
    for entry in read_words("health_terms"):
        for line in _inflected(entry):
            term = _parse_term(line)
            by_first.setdefault(term.words[0].lower(), []).append(term)
    for terms in by_first.values():
        terms.sort(key=lambda t: -len(t.words))  # longest phrase first
    heads = [h for h in read_words("health_heads") if not h.startswith("-")]
    stems, tails = read_words("health_stems"), read_words("health_tails")

    def alternation(words):
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"

    # "Krebserkrankung", "Hirntumor" (three letters or more before the ending);
    # "Dialysepatient", "Rollstuhlfahrerin" (a stem and an ending of a person or state)
    compound = re.compile(
        rf"[^\W\d_]{{3,}}-?{alternation(heads)}|{alternation(stems)}-?{alternation(tails)}"
        r"|[^\W\d_]{3,}-op"
    )
    # "macht mich (noch) depressiv", "kriegt man (ja) Krebs"
    particle = r"\s+(?:(?:ja|noch|doch|gleich|echt|total|wirklich|schon|bald|da)\s+)?"
    idioms = PhraseScan(regex.compile(  # searched where an idiom's first word stands
        r"(?<![\p{L}])(?i:" + _words(*read_words("health_idioms")).replace(r"\s+", particle)
        + r")(?![\p{L}])",
        regex.VERSION1,
    ), read_words("health_idioms"), r"(?<![\p{L}])(?i:")
    # one word of each term in the case it may be written (a phrase's last, rarest word)
    terms = [t for ts in by_first.values() for t in ts]

    def forms(word, exact):
        return (word,) if exact else (word, word.lower(), word[:1].upper() + word[1:],
                                      word.upper())

    paired = [t for t in terms if len(t.words) > 1 and t.written.lower() in _COMMON_LAST]
    first_forms = frozenset(
        form for t in terms if t not in paired for form in forms(t.written, t.exact)
    )
    pair_gates: dict[str, set] = {}
    for t in paired:
        for form in forms(t.words[0], t.exact):
            pair_gates.setdefault(form, set()).update(forms(t.written, t.exact))
    return _Lexicon({k: tuple(v) for k, v in by_first.items()}, RELATIVES, compound, idioms,
        first_forms, {k: frozenset(v) for k, v in pair_gates.items()},
        tuple(heads) + ("-op",), tuple(stems),
        frozenset(t.words[0] for t in terms if len(t.words) == 1 and "probleme" in t.clause_words))



def _body_operation(lower: str) -> bool:
    """Tell "knieoperation", "hüftoperation": an operation on a body part, as "Knie-OP"."""
    for ending in ("operationen", "operation"):
        if lower.endswith(ending):
            part = lower[: -len(ending)].rstrip("-")
            return part in _BODY_OP or part[:-1] in _BODY_OP and part[-1:] in ("s", "n")
    return False


def _is_compound_term(word: str, lex: _Lexicon) -> bool:
    lower = word.lower()
    if "*" in lower or ":" in lower or "_" in lower or word.endswith("Innen"):
        return False  # "Rollstuhlfahrer*innen": a group
    if _body_operation(lower):
        return True  # "Hüftoperation", "Augenoperation" ("Militäroperation" is none)
    if lex.compound.fullmatch(lower) is None:
        return False
    return not lower.endswith("-op") or word.endswith(("-OP", "-Op")) or lower[:-3] in _BODY_OP


def _hyphen_term(rest: str, lex: _Lexicon) -> bool:
    """Tell the part after a hyphen that is a one-word health term without conditions."""
    return any(len(term.words) == 1 and not (term.exact or term.after or term.clause_words
                                              or term.before_relative)
               for term in lex.by_first.get(rest, ()))


@lru_cache(maxsize=1)
def _slips() -> SlipIndex:
    """Return the single-word terms a slip of the pen may stand for ("Dementz": "dement")."""
    return SlipIndex(
        term.words[0] for terms in _lexicon().by_first.values() for term in terms
        if len(term.words) == 1 and not term.exact and not term.clause_words and not term.after
        and not term.before_relative
    )


def _misspelt_term(word: str) -> bool:
    return _slips().is_slip(word)


def _may_hold_health_words(features) -> bool:
    """Tell a text with a health word or compound (a set look-up, then its long words)."""
    words = features.words()
    lex = _lexicon()
    # a phrase ending in a common word ("hört nix mehr") passes only with its first word
    if may_hold(words):
        return True  # "hört sehr schlecht", "kann nicht gut laufen"
    return _HEALTH_WORD.any_in(words) or any(
        not lex.pair_gates[w].isdisjoint(words) for w in lex.pair_gates.keys() & words
    )


def _is_health_compound(word: str) -> bool:
    """Tell a long word made with a health term ("Dialysepatient", "Krebserkrankung")."""
    if len(word) < 7:
        return False
    lex, lower = _lexicon(), word.lower()
    return lower.endswith(lex.heads) or lower.startswith(lex.stems) or _body_operation(lower)


def _is_health_word(word: str) -> bool:
    """Tell a term's written form, a compound with a term, or a term misspelt."""
    forms = _lexicon().first_forms
    return word in forms or _is_health_compound(word) or _misspelt_term(word) or (
        is_medical_form(word)) or (
        "-" in word[1:-1] and word.rsplit("-", 1)[-1] in forms  # "E-Rolli", "Typ-2-Diabetes"
    )


# One memory for the three word tests (a text holds a health word when one word passes one
# of them): two set operations per text where three tests took five.
_HEALTH_WORD = KnownWords(_is_health_word)
