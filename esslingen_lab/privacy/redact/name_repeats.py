"""A name found once goes wherever the same answer writes it again.

"Frau Papazoglou hat geholfen. Papazoglou ist super." — the cue finds the first one; the
second stands without one. Every word of a found name that is no word of the language is replaced
wherever the answer holds it again, also in capitals ("PAPAZOGLOU"; in lower case only in an
answer written all in lower case: "Mia san mia" keeps its "mia"). A word of the language
stays (a lower-case word, a declined noun, an English word): "Frau Vogel" does not take "ein
Vogel auf dem Logo" along, "Herr Sommer" not "der Sommer"; nor do firms, famous people and
places named like someone ("Herr Rossmann" and "bei Rossmann", "Frau Berkheim" and "Berkheim
hat keinen Bäcker"), nor a brand before its thing ("Neff Backofen").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.strength import _is_person_noun, _named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    NOT_NAMES,
    RELATIVES,
    TOWN_ENDINGS,
    home_districts,
)

__all__ = ["name_words", "names_again"]

_WORD = regex.compile(r"(?<![\p{L}\[])\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*", regex.VERSION1)
# particles and joining words inside a name: never a name of their own
_JOINERS = frozenset("von vom van de der den di da del della la le du ter ten zu zur al el "
                     "bin ibn und u dos das y e".split())


def _a_word(word: str, lex) -> bool:
    """Tell a word of the language, which a name may be but need not be.

    In lower case ("frank", "klein"), a declined noun ("Vogel", "Sommer", "Richter") or
    English ("Summer").
    """
    lemma = lex.german.get(word.lower())
    if lemma is not None and lemma[:1].islower() or lex.is_declined_noun(word):
        return True
    capital = word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word
    return lex.is_english(capital) and not lex.is_any_name(capital)


# places end so: "Berkheim", "Plochingen"; a demonym too ("Esslinger", "Mettinger")
_PLACE_ENDINGS = TOWN_ENDINGS + ("inger", "heimer", "berger", "burger", "dorfer", "bacher",
                                 "hauser", "stadter", "städter")


def _a_firm_or_place(word: str) -> bool:
    """Tell a word named after people that names a firm or a famous person, or a place."""
    capital = word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word
    return (capital in _named_after_people() or capital.lower() in home_districts()
            or capital.lower().endswith(_PLACE_ENDINGS))


def name_words(value: str) -> list[str]:
    """Return the words of a found name that may stand alone again in the answer."""
    lex = lexicon()
    found = []
    for match in _WORD.finditer(value):
        word = match.group()
        if word.lower() in ("von", "vom", "aus", "bei") and found:
            break  # "Majewski von der Telekom": where the person works is no name
        if len(word) < 3 or word.lower() in _JOINERS or word.upper() == word and len(word) < 4:
            continue
        if word in NOT_NAMES or word.capitalize() in NOT_NAMES:
            continue
        if _a_word(word, lex) or _a_firm_or_place(word):
            continue
        found.append(word)
    return found


def _after_a_cue(before: str) -> bool:
    """Tell a name found right after a title or a word for a person ("Frau ", "mein Nachbar ")."""
    found = _LAST_WORD.search(before)
    if found is None:
        return False
    word = found.group(1)
    return word in _TITLES or word.lower() in RELATIVES or (
        word[:1].isupper() and _is_person_noun(word)
    )


def names_again(text: str, found: list[tuple[str, str]], tag: str) -> tuple[str, int]:
    """Replace the words of found names where ``text`` holds them again.

    ``found`` holds each name found with the text before it. Only a name the rules found
    after a title or a word for a person ("Frau Papazoglou", "mein Nachbar Manni") is looked for
    again: a word a rule took without a cue may be a street or a firm ("Barner", "Zalo"),
    and repeating a wrong guess would double it. Returns the new text and the number of
    words replaced.
    """
    words = {word.lower() for value, before in found if _after_a_cue(before)
             for word in name_words(value)}
    if not words:
        return text, 0
    pattern = regex.compile(
        r"(?<![\p{L}\-\[])(?i:" + "|".join(regex.escape(w) for w in sorted(words, key=len,
                                                                            reverse=True))
        + r")(?![\p{L}\-\]])",
        regex.VERSION1,
    )
    count = 0

    def replace(match):
        nonlocal count
        word = match.group()
        if word.islower() and not text.islower():
            return word  # "Mia san mia": a word in lower case in a text written in both
        if _not_a_person_here(text, match.start(), match.end()):
            return word
        count += 1
        return tag

    return pattern.sub(replace, text), count


# a street, a firm, a place after the repeated word: "Ottenser Hauptstraße", "Holzwarth GmbH"
_THING_AFTER = regex.compile(
    r"[\x20\-]+(?:\p{L}*(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|steige|brücke)"
    r"|GmbH|GMBH|AG|SE|mbH|KG|OHG|UG|e\.\x20?K\.|&\x20*(?:Co|Sohn|Söhne|Partner))(?![\p{L}])",
    regex.VERSION1,
)
_WORD_BEFORE = regex.compile(r"(\p{L}+)[\x20]+$", regex.VERSION1)
_SAINT_BEFORE = regex.compile(r"(?<![\p{L}])(?i:st|sankt)\.?\x20+$", regex.VERSION1)
_CAPITAL_AFTER = regex.compile(r"\x20\p{Lu}\p{Ll}", regex.VERSION1)
_THING_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:bei|beim|einen|einem|eine|ein|mein|meine|meinen|unser|unsere|unseren)"
    r"\x20+$",
    regex.VERSION1,
)
_LAST_WORD = regex.compile(r"(\p{L}+)\.?[\x20,:]*$", regex.VERSION1)
_PLACE_BEFORE = frozenset("in nach aus im am richtung".split())
_TITLES = frozenset("Herr Herrn Frau Familie Fam Dr Prof Fräulein".split())


def _not_a_person_here(text: str, start: int, end: int) -> bool:
    """Tell a repeated name that names a firm, a street or a place.

    "Schreinerei Holzwarth", "Ottenser Hauptstraße", "in Altbach"; a person word before it
    is a person's ("mein Nachbar Manni").
    """
    if _THING_AFTER.match(text, end) is not None:
        return True
    if not text[start:end].isupper() and _CAPITAL_AFTER.match(text, end) is not None:
        return True  # "Neff Backofen", "Stihl Motorsäge": a brand before its thing
    if _SAINT_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True  # "St. Bernhardt": a place
    if _THING_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True  # "bei Breuninger", "einen Kärcher", "Meine Stihl"
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _PLACE_BEFORE:
        return True
    lex = lexicon()
    if word in _TITLES or word.lower() in RELATIVES or _is_person_noun(word):
        return False
    if not word[:1].isupper() or lex.is_any_name(word):
        return False
    lemma = lex.german.get(word)  # a noun or a firm's word ("Elektro"), not "Der Manni"
    return lemma is None or lemma[:1].isupper()
