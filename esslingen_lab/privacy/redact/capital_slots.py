"""Capitalised words the name rule without a cue (cueless.py) takes only in a slot.

Most capitalised tokens of an answer are German words (strength 0) that
:func:`cueless._capitalised` turns down unless a role noun or "von"/"zu" stands right
before them, or "vom …"/"aus der …", "und" or a person's verb right after them.
:func:`name_only_in_slot` tells such words once per word (cached with the token's kind),
:func:`slot_around` the slot; the rule skips the word when there is no slot, without the
many checks of its context.
"""

from __future__ import annotations

from esslingen_lab.privacy.redact.strength import _is_person_noun, _strength_of
from esslingen_lab.privacy.redact.workplace import _FROM_FIRST, _HAS, _SUBJECT_SPEECH

__all__ = ["name_only_in_slot", "slot_around"]


def name_only_in_slot(word: str) -> bool:
    """Tell a word :func:`cueless._capitalised` can take only when :func:`slot_around` holds.

    Why no name is lost: a greeting (``_HELLO``) is turned down first of all, unless it
    is an initial. For a word of strength 0 that is no initial (``_INITIAL_OK``), every
    path of :func:`cueless._capitalised` to a span needs a slot: a role noun right before
    ("die Kollegin Schwarzkopf"); :func:`_german_particle_name` ("von" or "zu", or
    "der"/"dem"/"den" after them, right before); :func:`_before_institution`,
    :func:`_surname_at_office` and :func:`_surname_with_article` (``_from_phrase`` after the
    word: its next token is "vom", "von", "aus", "im", "am" or "beim" in any case);
    :func:`_surname_in_person_slot` (the same, or "und" and a name before it);
    :func:`_surname_as_subject` ("hat", "hatte" or a verb of speaking next). Any other word
    of strength 0 comes to ``return None``.
    """
    from esslingen_lab.privacy.redact.cueless import _HELLO, _INITIAL_OK

    if _INITIAL_OK.fullmatch(word) is not None:
        return False
    return word in _HELLO or _strength_of(word) == 0


# a slot before: "von", "zu" or an article after them (a particle name), or a role noun
_PARTICLE_SLOT = frozenset(("von", "zu", "der", "dem", "den"))
# a slot after: where the person works ("vom Bauamt"; "und Stein aus …"), lower-cased
_PLACE_SLOT = _FROM_FIRST | {"und"}
# … or a verb of the person as the sentence's subject, as written
_VERB_SLOT = _SUBJECT_SPEECH | _HAS


def slot_around(tokens, i: int) -> bool:
    """Tell whether token ``i`` stands in a slot of :func:`name_only_in_slot`."""
    if i:
        prev = tokens[i - 1]
        if prev in _PARTICLE_SLOT or (prev[:1].isupper() and _is_person_noun(prev)):
            return True
    if i + 1 < len(tokens):
        nxt = tokens[i + 1]
        return nxt in _VERB_SLOT or nxt.lower() in _PLACE_SLOT
    return False
