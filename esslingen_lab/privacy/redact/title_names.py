"""A surname after a title typed without its period: "Dr Gottlob-Vogel", "Prof Kübler".

Without the period "Dr" is also the Swabian article ("Dr Hansi vom Jugendhaus", "Dr Bus
kommt ned"), so the word after it counts only when it reads as a surname: a hyphenated
name whose parts are names ("Gottlob-Vogel"), a surname of the gazetteer that is no role
or plain noun in its base form, or a word no dictionary knows.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.strength import _is_person_noun, _strength_of
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, NOT_NAMES

__all__ = ["bare_title_name_spans"]

_BARE_TITLE = regex.compile(
    r"(?<![\p{L}.\-])(?P<cue>(?:(?:Herrn?|Frau)\x20+)?(?P<title>Dr|Prof)\x20+"
    r"(?:(?P<degree>med|Dr|rer\x20nat)\x20+)?)"
    r"(?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-])"
)
# what tells a title, not the Swabian article: "Herr Dr Schneider", "Prof Weber" ("Prof" is
# no article), "Dr med Fischer", or the person's office or a verb of speaking or acting
# after the name ("Dr Schneider vom Gesundheitsamt", "Dr Becker hat …")
_OFFICE_AFTER = regex.compile(
    r"\x20*(?:,|\(|vom\b|von\x20(?:der|dem)\b|aus\x20(?:der|dem)\b|im\b|am\b|beim\b|"
    r"hat\b|hatte\b|sagt\b|sagte\b|meint\b|meinte\b|schreibt\b|schrieb\b|war\x20da\b)"
)


def _surname(word: str, lex, title_for_sure: bool = False) -> bool:
    if word in NOT_NAMES or _is_person_noun(word):
        return False
    if title_for_sure and (word in lex.last or word in FIRST_NAMES or word in lex.first):
        return True  # "Herr Dr Schneider", "Prof Weber": a surname that is also a word
    if "-" in word:
        parts = word.split("-")
        return all(
            (p in lex.last or p in FIRST_NAMES or p in lex.first or not lex.is_german(p))
            and lex.german.get(p) in (None, p)  # "Vogel-Kinder": a plural, no name
            for p in parts
        )
    # a name no German word spells ("Nguyen") or a word no dictionary knows; "Dr Winter
    # war kalt", "Dr Vogel" may be the Swabian article before a noun
    strength = _strength_of(word)
    if strength == 1 and lex.is_compound(word):
        return False  # "Dr Gmoinderat": a dialect compound after the Swabian article
    return strength in (1, 2)


def bare_title_name_spans(text: str):
    """Yield spans of the surname after "Dr"/"Prof" typed without a period."""
    lex = lexicon()
    for match in _BARE_TITLE.finditer(text):
        sure = (
            match.group("title") == "Prof"
            or match.group("degree") is not None
            or match.group("cue")[:1] in "HF"
            or _OFFICE_AFTER.match(text, match.end()) is not None
        )
        if _surname(match.group("v"), lex, sure):
            yield match.span("v")
