"""Capitalised words the name rule without a cue (cueless.py) takes only in a slot.

Most capitalised tokens of an answer are German words (strength 0) that
:func:`cueless._capitalised` turns down unless a role noun or "von"/"zu" stands right
before them, or "vom …"/"aus der …", "und" or a person's verb right after them.
:func:`name_only_in_slot` tells such words once per word (cached with the token's kind),
:func:`slot_around` the slot; the rule skips the word when there is no slot, without the
many checks of its context.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.strength import _is_person_noun, _strength_of
from esslingen_lab.privacy.redact.vocabulary import _HELLO
from esslingen_lab.privacy.redact.workplace import (
    _FROM_FIRST,
    _HAS,
    _SUBJECT_SPEECH,
    _compound_surname,
    _dictionary_surname,
    _unknown_name_like,
)

__all__ = ["general_role", "name_only_in_slot", "not_a_person_after", "slot_around", "slot_before"]

# an initial ("A.", "Th.") is never turned down here (cueless.py reads it)
_INITIAL_OK = regex.compile(r"(?:[A-Za-zÄÖÜäöü]|Th|Ch|Ph|Hj|Kl)")


def name_only_in_slot(word: str) -> int:
    """Tell a word :func:`cueless._capitalised` can take only in a slot (0: any word).

    1: only after a role noun or "von"/"zu" (:func:`slot_before`); 2: also before "vom …",
    "und" or a person's verb (:func:`slot_around`).

    Why no name is lost: a greeting (``_HELLO``) is turned down first of all, unless it
    is an initial (1). For a word of strength 0 that is no initial (``_INITIAL_OK``), every
    path of :func:`cueless._capitalised` to a span needs a slot: a role noun right before
    ("die Kollegin Schwarzkopf"); :func:`_german_particle_name` ("von" or "zu", or
    "der"/"dem"/"den" after them, right before); and only for a word of the surname
    gazetteer (``lex.last``), a :func:`_dictionary_surname`, a :func:`_compound_surname` or
    an :func:`_unknown_name_like` word (2): :func:`_before_institution` (needs
    :func:`_unknown_name_like`),
    :func:`_surname_at_office` and :func:`_surname_with_article` (``lex.last``), all three
    with ``_from_phrase`` after the word (its next token is "vom", "von", "aus", "im", "am"
    or "beim" in any case); :func:`_surname_in_person_slot` (``lex.last``,
    :func:`_dictionary_surname` or :func:`_compound_surname`; the same, or "und" and a name
    before it);
    :func:`_surname_as_subject` (``lex.last``; "hat", "hatte" or a verb of speaking next).
    Any other word of strength 0 comes to ``return None``.
    """
    if _INITIAL_OK.fullmatch(word) is not None:
        return 0
    if word in _HELLO:
        return 1
    if _strength_of(word) != 0:
        return 0
    lex = lexicon()
    if (
        word in lex.last
        or _dictionary_surname(word, lex)
        or _unknown_name_like(word)
        or _compound_surname(word, lex)
    ):
        return 2
    return 1


# a slot before: "von", "zu" or an article after them (a particle name), or a role noun
_PARTICLE_SLOT = frozenset(("von", "zu", "der", "dem", "den"))
# a slot after: where the person works ("vom Bauamt"; "und Stein aus …"), lower-cased
_PLACE_SLOT = _FROM_FIRST | {"und"}
# … or a verb of the person as the sentence's subject, as written
_VERB_SLOT = _SUBJECT_SPEECH | _HAS


def slot_before(tokens, i: int) -> bool:
    """Tell whether token ``i`` follows a role noun or "von"/"zu" (a particle name)."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    return prev in _PARTICLE_SLOT or (prev[:1].isupper() and _is_person_noun(prev))


def slot_around(tokens, i: int) -> bool:
    """Tell whether token ``i`` stands in a slot of :func:`name_only_in_slot` (level 2)."""
    if slot_before(tokens, i):
        return True
    if i + 1 < len(tokens):
        nxt = tokens[i + 1]
        return nxt in _VERB_SLOT or nxt.lower() in _PLACE_SLOT
    return False


# words after which a capitalised word names a saint's church or a bank, no person
_NO_PERSON_AFTER = frozenset(("St", "Sankt", "BIC", "SWIFT", "Bic"))


def not_a_person_after(tokens, i: int) -> bool:
    """Tell token ``i`` after "St.", "Sankt", "BIC:": a church's or a bank's name."""
    if i >= 1 and tokens[i - 1] in _NO_PERSON_AFTER:
        return True
    return i >= 2 and tokens[i - 1] in (".", ":") and tokens[i - 2] in _NO_PERSON_AFTER


# a role noun said of one person has an article or a possessive before it ("die Kollegin
# Schwarzkopf", "mein Nachbar Reutter"); staff notes leave it out ("Kollegin Şahin musste …")
_DETERMINED = frozenset(
    "der die den dem des mein meine meinen meinem meiner unser unsere unseren unserem unserer "
    "ihr ihre ihren ihrem sein seine seinen seinem dein deine euer eure".split()
)


def general_role(tokens, i: int, lex) -> bool:
    """Tell a noun after a role noun said of people in general: "da Autofahrer Radweg blockieren".

    Without an article or a possessive the role is many people ("Autofahrer", "für
    Radfahrer Unfallgefahr"), and a compound common noun after it belongs to the sentence,
    unless the surname list knows it; a plain word may be a surname ("Kollegin Strobel").
    """
    word = tokens[i]
    return (i < 2 or tokens[i - 2].lower() not in _DETERMINED) and (
        lex.is_common_noun(word) and word not in lex.last and lex.is_compound(word)
    )
