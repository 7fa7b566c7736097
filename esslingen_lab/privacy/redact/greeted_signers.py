"""Who signs after a greeting: a person, or a place, a role, a group or a house.

"Kübler" on the line after "Viele Grüße" is someone's name; "Neckarhalde" there, "euer Kassenwart",
"Grüße vom Getränkemarkt Neckarquelle", "Grüße aus der Weststadt, Nähe Bahnhof" sign for no
one (:func:`greeted_not_signed`, asked by ``names._accept`` for every name found).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import (
    _GREETING,
    FIRST_NAMES,
    place_word,
    region_places,
)

__all__ = ["greeted_not_signed"]


def greeted_not_signed(value: str, text: str, start: int) -> bool:
    """Tell a found name right after a greeting that is a place, a role or a house's name."""
    greeted = _GREETED_BEFORE.search(text, max(0, start - 60), start)
    return greeted is not None and _plain_word_signs(
        value, greeted.group("house") is not None, greeted.group("own") is not None
    )


# a greeting right before, perhaps with where from: "Viele Grüße\n", "Grüße vom Hof "
# (a house right before the word, no break: "Grüße vom Team Schneider", "vom Café Brückenblick")
_GREETED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_GREETING})(?:\s+(?:aus|vom|von)(?:\s+(?:der|dem|den))?\s+\p{{Lu}}[\p{{L}}\-]+"
    r"(?:(?P<house>\x20+)|[\x20\t]*[,:;!\-–]\s*|\s*\n\s*)|[\x20\t]*[,:;!\-–]?\s*)"
    r"(?P<own>(?i:ihre?|eure?|euer|deine?)\s+)?$",
    regex.VERSION1,
)
# nouns for people by what they do or where they live: "Anwohner", "Rentnerin", "Pendler"
_DOER_ENDINGS = ("er", "erin", "in", "innen", "ende", "enden", "ene")


def _plain_word_signs(value: str, after_house: bool, after_own: bool = False) -> bool:
    """Tell a place, a role or a house's name, no one's, signing after a greeting.

    After a house's word with no break a compound or letters name the house ("Grüße vom
    Team Schneider", "vom Team Özdemir"; not "vom Getränkemarkt Neckarquelle", "vom Mettinger
    Stammtisch", "von der EWB"); after "euer", "eure" a noun is a role or a group ("euer
    Kassenwart", "eure Nachbarn"; not "eure Gabi", "euer Fredl"); a noun for someone by what
    they do is no name ("Gruß Rentnerin", "Anwohner" on the line after "Viele Grüße"; a
    nickname stays one: "Gruß, Flocke").
    """
    lex = lexicon()
    word, *rest = value.split()
    if word in FIRST_NAMES or word in lex.last:
        return False  # "LG Rose", "Grüße vom Team Schneider"
    if rest:  # a role or a firm before a name ("Tochter Mia", "Obstbau Mayer")
        return lex.is_common_noun(word) and not _is_person_noun(word) and not any(
            w in lex.last or w in FIRST_NAMES for w in rest
        )  # ", Nähe Bahnhof"
    if _is_person_noun(word) or (
        lex.is_common_noun(word) and (after_own or word.lower().endswith(_DOER_ENDINGS))
    ):
        return True  # "euer Kassenwart", "eure Nachbarn", "Gruß Rentnerin"
    if len(word) > 2 and (place_word(word) or word.lower() in region_places()):
        return True  # "Viele Grüße\nNeckarhalde" (a noun alone may be a nickname: "Gruß, Flocke")
    if lex.german.get(word) is None and lex.is_lower_word(word):
        return True  # "Grüße aus der Weststadt!\nAnbei …", "… Mühlhalde! Könnte" ("Flocke" a noun)
    return after_house and (lex.is_compound(word) or word.isupper())
