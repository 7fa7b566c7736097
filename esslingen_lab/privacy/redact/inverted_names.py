"""Names in a form's or a list's order, surname first: "Patient: Grüninger, Emil".

"1. Schwarzkopf, Birgit – Amt 20", "Inhaber: Schneider Elsa".

Forms, lists and tickets write the surname first. The first name after it is found by the
first-name rules; the surname before it is easily taken for a word ("Schneider",
"Schwarzkopf") or left as an unknown one ("Grüninger"), and a first name after a comma was
left as the start of a new item. Both go when the pair stands where a form's or a list's
value starts (the text's or a line's start, after a label's colon, a list number "1.", a
slash, a dash or a bracket), the first name is a listed one and ends the item
(no capitalised word follows), and the surname is a listed surname or no German or English
word ("Liebe Anna", "Danke, Emil", "Gruß Emil" stay).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.casing import _function_words
from esslingen_lab.privacy.redact.description_words import _person_word
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    _HELLO,
    FIRST_NAMES,
    RELATIVES,
    home_districts,
    read_words,
)

__all__ = ["INVERTED_NAME_RULES"]

_SURNAME = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_TAG = "[NAME]"
# The match starts at the surname and looks back at the field's or item's start (the spaces
# before the surname are no part of a match; only its groups are read): a lookahead of the
# surname's first letter lets the engine skip to capitals and "[", twice as fast as trying
# the start's branches at every position. The same names are found: after a match the
# next start's look-back cannot reach into it (it ends in a letter or "]").
_INVERTED = regex.compile(
    rf"""(?=[\p{{Lu}}\[])(?<=(?:^|[\n:/(–—;|=]|\x20-|\d\.)[\x20\t]*)
         (?P<s>{_SURNAME}|\[NAME\]),?\x20+(?P<f>\p{{Lu}}\p{{Ll}}+|\[NAME\])
         (?![\p{{L}}\-])(?!\x20+\p{{Lu}}|,\x20*\p{{Lu}}\p{{Ll}}+\x20+\p{{Lu}})""",
    regex.VERSION1 | regex.VERBOSE | regex.MULTILINE,
)


def _first_name(word: str, lex) -> bool:
    # a first name that is also a word ("Emil", "Frank") counts after a surname; one only in
    # the long lists must be no German word ("Forum")
    return (
        word in FIRST_NAMES
        or lex.is_first_name(word)
        or (word in lex.first and not lex.is_german(word))
    )


# a greeting's start before a name ("Grüßle, [NAME]", "Gruesse Torsten")
_GREETING_STARTS = ("grüß", "grüss", "gruß", "gruss", "gruess")
_TITLES = frozenset("herr herrn frau hr fr frl fräulein dr prof fam familie".split())
_DIALECT_WORDS = frozenset("mei dei sei onser onsr mir dr d em".split())
_MONTHS = frozenset(
    "Januar Februar März April Mai Juni Juli August September Oktober November "
    "Dezember Jänner".split()
)


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset:
    """Relations, roles, titles and one-word greetings in lower case: no surname before a name."""
    words = [*RELATIVES, *read_words("roles"), *read_words("greetings")]
    return frozenset(word.lower() for word in words if " " not in word) | _TITLES | _DIALECT_WORDS


def _surname(word: str, lex) -> bool:
    lower = word.lower()
    if len(word) < 3 or word in _MONTHS or word in _HELLO or lower.startswith(_GREETING_STARTS):
        return False  # "Dr [NAME]" (dialect), "22. Januar, Forum", "Grüßle", "Hallöle, Emil"
    if _person_word(word) or lower in _not_surnames() or lower in _function_words():
        return False  # "(Kind [NAME])", "Mei [NAME]", "Frl [NAME]", "Mfg [NAME]"
    if _listed(word, lex):
        return True
    return not any(
        lex.is_german(part) or lex.is_english(part) or part.lower() in lex.german
        for part in word.split("-")
    )


def _listed(word: str, lex) -> bool:
    """Tell a listed surname, each part of a double name too ("Brenner-Wolf")."""
    return all(part in lex.last for part in word.split("-"))



def _item_before(text: str, start: int) -> bool:
    """Tell a list item's number, a form field's label or an item's separator before ``start``.

    Read backwards over the blanks: a search from the text's start for each pair took time
    in the square of a long form's length.
    """
    k = start - 1 if start and text[start - 1] == "\n" else start  # "Name:\nGrüninger, Emil"
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0:
        return False
    return text[k - 1] in ":;|/=" or (text[k - 1] == "." and k > 1 and text[k - 2].isdigit())


def _word(word: str, lex) -> bool:
    return any(lex.is_german(part) or part.lower() in lex.german for part in word.split("-"))


def inverted_name_spans(text: str):
    """Yield the spans of "Surname, Firstname" pairs at a field's or an item's start."""
    lex = lexicon()
    for match in _INVERTED.finditer(text):
        first, surname = match.group("f"), match.group("s")
        if first == surname == _TAG:
            continue
        # one of the two may be found already: "Schneider [NAME]", "[NAME], Emil"
        if first != _TAG and not _first_name(first, lex):
            continue
        if surname != _TAG:
            listed = _listed(surname, lex)
            if not _surname(surname, lex) or surname.lower() in home_districts():
                continue  # "Treffpunkt: Mettingen, Paul"
            if not listed and not _item_before(text, match.start("s")):
                continue  # an unknown word opening a line or the text: "Tschö, Emil"
            if listed and _word(surname, lex) and first in _AMBIGUOUS_FIRST_NAMES:
                continue  # "Farbe: Schwarz, Rosa", "Größe: Klein, Max"
        yield match.start("s"), match.end("f")


INVERTED_NAME_RULES = [
    _Rule(
        "NAME",
        None,
        gate=regex.compile(r"(?:\p{Lu}\p{Ll}+|\])[,\x20]+(?:\p{Lu}\p{Ll}|\[N)"),
        gate_on_raw=True,
        finder=inverted_name_spans,
        name="name-surname-first",
        trusted=True,
    ),
]
