"""A full name typed in lower case without a slot: "thomas schubert", "jan-ole kächele".

The rules of :mod:`.lower_slots` take a lower-case first name where its slot tells it
("meine tochter lea-marie", "gruß jule"). Typed in a sentence, "ich und ben-luca weinmann
haben …", "mit thomas schubert gesprochen", the pair tells it: a first name the lists know
that is no word in lower case ("rosa", "mark" are), then a surname — a listed surname that is
no common noun, or a word no lexicon knows ("kächele"); an adjective stays ("thomas feucht"
is not taken). A double first name whose parts are both listed ("ben-luca", "jan-philipp")
is a name by itself, and after it any surname the lists hold ("lea-sophie brandt").

Not taken: a first name before a verb, a function word or an English word ("mit maria
reden", "paul und ich", "tim is cool"), first names that are words ("mark", "will",
"frank": ambiguous_first_names.txt), a pair in capitals ("Thomas Feucht": the cue-less
rules read those).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import KnownWords, _Rule
from esslingen_lab.privacy.redact.sign_offs import _DIALECT, _function_word
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
)

__all__ = ["CHAT_WORDS", "LOWER_PAIR_RULES", "verb_form"]

# chat shorthand and typos after a name, no surname: "Frau Müller evtl morgen", "markus ok"
CHAT_WORDS = frozenset(
    "ok okay ned net ma mal ca zb zB lg vg mfg ka ho xd uf de da sry sorry evtl evt vllt iwie "
    "eig eigtl gehts bzw usw ggf lol omg btw thx pls plz hdl gn8 nix nit halt hald glei "
    "grad gell gelle kummt komt wolte wollt muss".split()
)

_WORD = r"\p{Ll}{2,}(?:-\p{Ll}{2,})?"
_PAIR = regex.compile(
    rf"(?<![\p{{L}}\-'’.@/])(?P<f>{_WORD})(?:\x20(?P<s>{_WORD}))?(?![\p{{L}}\-'’@/]|\.\p{{L}})",
    regex.VERSION1,
)


# a surname's particle after a first name: the rules of name_tails read the whole
_PARTICLE = regex.compile(
    r"\x20(?:d['’]|(?:de|di|da|du|van|bin|ibn|dos|del|ter|al|el)[\x20\-])"
)


# a place or an event named after a person: "… straße", "… gymnasium", "… konzert"
_PLACE_AFTER = regex.compile(
    r"[\x20\-](?:straße|strasse|str\b|weg|platz|gasse|allee|\p{Ll}*schule|gymnasium|halle|"
    r"haus|moschee|kirche|brücke|park|stift|zentrum|konzert|preis|stiftung)",
    regex.VERSION1,
)


def verb_form(word: str, lex) -> bool:
    """Tell "postet", "meint", "arbeitet" (a verb's stem + t/et) the lexicon may not hold."""
    return word.endswith("t") and any(
        lex.is_german(stem + "en") for stem in (word[:-1], word[:-2]) if len(stem) > 2
    )


def _first_name(word: str, lex) -> bool:
    """Tell "thomas", "ben-luca" (each part listed, no word) from "rosa", "mark", "hat".

    Joined by a hyphen, two listed first names are one even if each alone is a word too
    ("ben-luca", "lea-marie").
    """
    double = "-" in word
    for part in word.split("-"):
        capital = part[:1].upper() + part[1:]
        if capital not in FIRST_NAMES or capital in NOT_NAMES:
            return False
        if not double and (
            capital in _AMBIGUOUS_FIRST_NAMES or lex.is_lower_word(part) or lex.is_english(part)
        ):
            return False
    return True


def _surname(word: str, lex, *, loose: bool = False) -> bool:
    """Tell "kächele", "müller-mayer" after a first name from "reden", "und", "paul".

    ``loose`` (after a double first name, a name already): any word German writes with a
    capital passes too ("lea-sophie brandt", "heinz-dieter schwarzkopf").
    """
    for part in word.split("-"):
        capital = part[:1].upper() + part[1:]
        if _function_word(part) or lex.is_english(part) or len(part) < 3 or part in CHAT_WORDS:
            return False  # "karin schon", "jonas ned", "lukas ca", "markus ok"
        if loose and capital in lex.last:
            continue  # "lea-sophie brandt"
        if lex.is_lower_word(part) or part in _DIALECT:
            return False  # "lena ging", "sabine moint" (a verb, also in a surname list)
        if verb_form(part, lex):
            return False
        if capital in FIRST_NAMES:
            return False  # "paul und anna", "thomas maria": two first names, read alone
        if loose:
            continue  # no word in lower case, after a name already
        listed = capital in lex.last and not lex.is_common_noun(capital)
        if not listed and (lex.is_german(part) or lex.is_german(capital)):
            return False
    return True


def _lower_pair_spans(text: str):
    """Yield a lower-case first name with its surname, or a listed double first name."""
    lex = lexicon()
    for match in _PAIR.finditer(text, overlapped=True):
        first, second = match.group("f"), match.group("s")
        if "-" not in first and second is None:
            continue
        if not _first_name(first, lex):
            continue
        if _PLACE_AFTER.match(text, match.end()) is not None:
            continue  # "die andreas hofer straße", "das hannah arendt gymnasium": a place
        if second is not None and _surname(second, lex, loose="-" in first):
            yield match.span()
        elif "-" in first and _PARTICLE.match(text, match.end("f")) is None:
            yield match.span("f")  # "ben-luca" (not "marie-claire d'aubigny": name_tails)


# the listed first names as typed in lower case ("jürgen" for "Jürgen"): a text without one
# holds no pair (_first_name reads "Jürgen" back from "jürgen")
_LOWER_FIRST_NAMES = frozenset(
    name[:1].lower() + name[1:] for name in FIRST_NAMES
    if name[:1].isupper() and name[:1].lower().upper() == name[:1] and name[1:].islower()
)


def _may_hold_pair(features) -> bool:
    """Tell a text with a first name typed in lower case (one set look-up in C, mostly)."""
    words = features.words()
    if not _LOWER_FIRST_NAMES.isdisjoint(words):
        return True
    # a name after a dash, a digit or an emoji in the same part ("–anna müller", "elfr1ede"
    # read from "1ede" as _PAIR does), a double first name ("ben-luca"); each word read once
    return _NAME_INSIDE.any_in(words)


# what may stand right before a first name of _PAIR (no letter, "-", "'", "’", ".", "@", "/")
_BEFORE_FIRST = regex.compile(r"[^\p{L}\-'’.@/]+")


def _name_inside(word: str) -> bool:
    """Tell a word with a lower-case first name after a mark or a digit, or before a "-"."""
    return not word.isalpha() and any(
        piece.partition("-")[0] in _LOWER_FIRST_NAMES for piece in _BEFORE_FIRST.split(word)
    )


_NAME_INSIDE = KnownWords(_name_inside)  # answers repeat their words: each tested once


LOWER_PAIR_RULES = [
    _Rule("NAME", None, admit=_may_hold_pair, finder=_lower_pair_spans, name="name-lower-pair",
          trusted=True),
]
