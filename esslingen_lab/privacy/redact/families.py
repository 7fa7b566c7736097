"""A household by its surname: a family in the plural, a couple by their initials.

"die Müllers von nebenan", "bei Schneiders gegenüber"; "Gruß R. u. M. Teufel aus Zell".

German names a household by the surname with "-s" after "die", "bei", "von", "mit": the
word is a listed surname (no first name) with an "s". German nouns that take a plural in
"-s" end in a vowel ("Autos", "Omas") or are English ("Parks", "Jobs", "Tests"); those stay.
A stem in -er, -el, -en or -le has no plural in "-s" at all ("die Müllers", "bei Maiers",
"die Vogels", "die Häfeles").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.inverted_names import _MONTHS
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.sign_offs import SIGNER_LEAD
from esslingen_lab.privacy.redact.vocabulary import NOT_NAMES

__all__ = ["COUPLE_RULES", "FAMILY_RULES", "MAIDEN_NAME_RULES", "couple_initials_spans",
           "family_spans"]

_FAMILY = regex.compile(
    r"(?<![\p{L}])(?:[Dd]ie|[Bb]ei|[Vv]on|[Mm]it|[Zz]u)\x20(?:(?:den|de)\x20)?"
    r"(?P<v>\p{Lu}\p{Ll}{2,}s)(?![\p{L}\-])",
    regex.VERSION1,
)
# endings of nouns whose plural never takes "-s": the "-s" is a family's or a genitive
_NO_S_PLURAL = ("er", "el", "en", "le")
_VOWELS = frozenset("aeiouyäöü")
_NOUN_AFTER = regex.compile(r"\x20(\p{Lu}\p{Ll}+)", regex.VERSION1)


def family_spans(text: str):
    """Yield the surname of a family named in the plural (see the module's docstring)."""
    lex = lexicon()
    for match in _FAMILY.finditer(text):
        word = match.group("v")
        stem = word[:-1]
        if stem not in lex.last or stem in lex.first or stem in NOT_NAMES or word in NOT_NAMES:
            continue
        if lex.is_lower_word(stem):
            continue  # "die Jungs" (jung), "die Kleins"
        noun = _NOUN_AFTER.match(text, match.end("v"))
        if noun is not None and lex.is_german(noun.group(1)):
            continue  # a genitive before its noun: "zu Mozarts Zeiten", "die Fischers Allee"
        if stem.endswith(_NO_S_PLURAL):
            yield match.span("v")  # "die Müllers", "bei Maiers": no plural in "-s"
        elif stem[-1] not in _VOWELS and not (lex.is_english(stem) or lex.is_english(word)):
            yield match.span("v")  # "die Schmidts"; not "die Autos", "die Parks", "die Jobs"


FAMILY_RULES = [
    _Rule("NAME", None,
          # "(ie|ei|on|it|zu) (den )?Müllers" followed by a boundary, found from its last "s"
          # and read back from there: the engine skips to the word-final letters "s", not to
          # each space (3x faster; the same texts, as this test's match is never used)
          gate=regex.compile(r"s\b(?<=(?:ie|ei|on|it|zu)\x20(?:den\x20)?\p{Lu}\p{Ll}{2,}s)"),
          gate_on_raw=True, finder=family_spans, name="name-family-plural"),
]


# a couple's initials and their surname, any word: "R. u. M. Teufel", "A. & K. Weiß"
_COUPLE_INITIALS = regex.compile(
    rf"(?<=(?:{SIGNER_LEAD}|\()[^\S\n]*)"
    r"\p{Lu}\.\x20?(?:u\.|und|&|\+)\x20?\p{Lu}\.\x20?"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\-])",
    regex.VERSION1,
)


def couple_initials_spans(text: str):
    """Yield a couple's initials with their surname ("Gruß R. u. M. Teufel aus Zell")."""
    for match in _COUPLE_INITIALS.finditer(text):
        yield match.span()


COUPLE_RULES = [
    # from the dot, looking back at the capital: the engine skips to the dots
    _Rule("NAME", None, gate=regex.compile(r"\.(?<=\p{Lu}\.)\x20?(?:u\.|und|&|\+)\x20?\p{Lu}\."),
          gate_on_raw=True, finder=couple_initials_spans, name="name-couple-initials",
          trusted=True, by_form=True),
]


# a woman's name at birth: "Anna Müller, geb. Schmid", "eine geborene Häfele aus Zell" (not a
# date, a place, "geb. März 1950", "Geb.-Datum", "eine geborene Esslingerin")
_MAIDEN = regex.compile(
    r"(?<![\p{L}])(?:[Gg]eb\.|[Gg]eborene)\x20+(?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?![\p{L}\-]|\.\p{L})",
    regex.VERSION1,
)
_NOT_MAIDEN = _MONTHS | frozenset(
    "Datum Jahr Jahrgang Ort Name Namen Geburtsdatum Tag Am In Im".split()
)


def maiden_name_spans(text: str):
    """Yield a maiden name after "geb." or "geborene" (see the note above)."""
    for match in _MAIDEN.finditer(text):
        word = match.group("v")
        if word in _NOT_MAIDEN or word.endswith(("erin", "innen")) or word in NOT_NAMES:
            continue
        yield match.span("v")


MAIDEN_NAME_RULES = [
    # the gate's "geb." or "geborene" inside one word: a set look-up before its search
    _Rule("NAME", None, needs=("geb.", "geborene"),
          gate=regex.compile(r"[Gg]eb(?:\.|orene)\x20+\p{Lu}"), gate_on_raw=True,
          finder=maiden_name_spans, name="name-maiden", trusted=True),
]
