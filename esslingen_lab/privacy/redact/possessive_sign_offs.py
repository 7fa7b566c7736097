"""A word after "Ihr", "Ihre", "Euer", "Dein": a sign-off's name or what the reader owns.

"Viele Grüße, Ihr Thomas Berger" signs a letter; "bezugnehmend auf Ihr Schreiben", "Ihr
Mann arbeitet …", "Ihr Fall: Az. …" name the reader's letter, husband and case.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.cueless_lower import _first_name_word
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, RELATIVES

__all__ = ["possessive_not_signed"]


def possessive_not_signed(first: str, value: str, text: str, start: int) -> bool:
    """Tell a candidate name after a possessive that is no sign-off's name.

    Parameters
    ----------
    first : str
        The candidate's first word.
    value : str
        The candidate as trimmed.
    text : str
        The answer.
    start : int
        Where the candidate starts in ``text``.
    """
    if _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    return (
        _noun_not_name(first)
        or _relation_not_sign_off(value, text, start)
        or _word_after_possessive(value, text, start)
    )


_POSSESSIVE_BEFORE = regex.compile(r"(?<!\p{L})(?:Ihre?|Eure?|Euer|Deine?)\s+$")


_GREETING_BEFORE = regex.compile(
    r"(?i:gr[üu]ß|gr[üu]ss|gruess|dank|regards|mfg|\blg\b|\bvg\b|cheers|ciao|servus|tschü)"
)
_LINE_CLOSED = regex.compile(r"[^\S\n]*(?:$|\n)")


def _relation_not_sign_off(value: str, text: str, start: int) -> bool:
    """Tell "Ihr Mann arbeitet …", "Ihr Mann, der …": a relation noun, no sign-off's name.

    A relation that is a surname too ("Mann", "Sohn") after "Ihr" signs a letter when a
    greeting stands before it ("Viele Grüße, Ihr Mann aus Esslingen") or it closes its
    line; anywhere else it is someone's husband, son or wife.
    """
    if " " in value or value.lower() not in RELATIVES:
        return False
    if _GREETING_BEFORE.search(text, max(0, start - 60), start):
        return False
    return _LINE_CLOSED.match(text, start + len(value)) is None


def _word_after_possessive(value: str, text: str, start: int) -> bool:
    r"""Tell "Ihr Fall: Az. …", "Ihre Lieferzufahrt für das Restaurant": no sign-off.

    Without a greeting before it, a possessive signs a letter only where the name closes
    its line ("Ihr\nThomas Berger", "Ihre Anna Weber"); a word before a colon or in a
    running sentence is what the letter's reader owns. A known first name stays a name.
    """
    first = value.split()[0].rstrip(".,;:")
    if first in FIRST_NAMES or ("-" in first and _first_name_word(first, lexicon())) or (
        _GREETING_BEFORE.search(text, max(0, start - 60), start)
    ):  # "Euer Kevin-Justin, 12 Jahre"
        return False
    return _SIGN_OFF_CLOSED.match(text, start + len(value)) is None


# the rest of a sign-off's line: an aside in brackets, an emoji, a full stop ("Euer Wuschel
# (fragt nicht nach dem Spitznamen 😂)")
_SIGN_OFF_CLOSED = regex.compile(r"[^\S\n]*(?:\([^()\n]*\)[^\S\n]*)?[.!]?[\p{So}\s]*?(?:$|\n)")


def _noun_not_name(word: str) -> bool:
    """Tell a German common noun that no name list holds ("Schreiben", "Antwort")."""
    lex = lexicon()
    bare = word.rstrip(".,;:")
    if (
        bare not in FIRST_NAMES
        and bare not in lex.last
        and lex.is_common_noun(bare)
        and (lex.german.get(bare) or "")[:1].isupper()
    ):
        return True
    # "Ihr Teilnehmer-Code": nouns joined by a hyphen (not "Ihr Koch-Weber", two surnames)
    parts = [part for part in bare.split("-") if part]
    return len(parts) >= 2 and all(_noun_not_name(part) for part in parts)
