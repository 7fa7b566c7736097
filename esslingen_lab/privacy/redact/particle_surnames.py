"""Tell a family's name after a name particle from a body's or a place's noun.

"[NAME] von der Linden", "… von Waldenfels": a family; "… von der Post", "… vom Stadtarchiv",
"… von den Stadtwerken": where someone works (sign_offs.py reads the particle after a name).
"""

from __future__ import annotations

from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import (
    INSTITUTION_WORDS,
    NOT_NAMES,
    body_named,
    read_words,
)

__all__ = ["particle_surname"]


def particle_surname(word: str, lex) -> bool:
    """Tell "Linden", "Waldenfels" after "[NAME] von der" from "Stadt", "Post", "Bauamt"."""
    if "-" in word:
        return all(part in lex.last for part in word.split("-"))  # not "von der Tourist-Info"
    if word in NOT_NAMES or _is_person_noun(word) or word.lower().endswith(_OFFICE_ENDINGS):
        return False
    if _with_plural(word, lex) or body_named(word) or word.lower() in INSTITUTION_WORDS:
        return False  # "von der Post", "von der Schule": a noun with its plural
    if word in lex.last:
        return True  # "von der Linden"
    if lex.is_lower_word(word):
        return False
    lemma = lex.german.get(word)
    if lemma is not None and lemma != word:
        return False  # "von den Stadtwerken": an inflected noun
    if lex.is_compound(word) and not word.endswith(_PLACE_NAME_ENDINGS):
        return False  # "vom Stadtarchiv" (not "von Waldenfels", "von Rosenberg")
    return True


# endings of noble names made of words: "Waldenfels", "Rosenberg", "Falkenstein"
_PLACE_NAME_ENDINGS = (
    "fels", "berg", "burg", "stein", "bach", "feld", "hausen", "heim", "dorf", "eck", "au",
    "hagen", "brück", "brugg", "thal", "tal", "wald", "horst", "hövel",
)


def _with_plural(word: str, lex) -> bool:
    """Tell a noun German uses as such ("Post", "Schule"): it has an inflected form."""
    return any(word + end in lex.german for end in ("s", "n", "en", "e", "er"))


_OFFICE_ENDINGS = (*read_words("city_offices"), "rathaus", "jobcenter", "landratsamt")
