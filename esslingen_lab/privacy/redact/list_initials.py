"""Surnames with a first initial in lists and signatures: "WÖRNER, S.", "Gez. TH. BAUR".

Attendance lists, leave requests and minutes write a person as surname, comma and the
first initial ("bitte WÖRNER, S. und KOWALCZYK, P. nachtragen", "Vertretung ist
HUBER-RAICHLE, T.", "Hausmann, K. fehlt"); signatures put a one- or two-letter initial
before a surname in capitals ("Gez. TH. BAUR"). The pair is read whole, so an initial is not
left behind, nor joined by "und" to the next name.

Not read as a name: a page ("Anlage, S. 4"), a noun, a word or an office before the initial
("Punkt, A.", "GUT, B.", "Bauamt, K."), a town after "aus"/"in" ("Grüße aus Berkheim, A."),
an acronym ("ADAC, S."), a greeting, a title or an abbreviation as the initial ("Dr.", "St.",
"FA. HORNBACH"), a firm ("Firma B. BRAUN") or a chain of initials ("J. S. BACH").

A first name in capitals with the surname's initial is read the same way: "– PAULA S.",
"JANA P. hier", "für LEA-SOPHIE B." (a listed first name that is no word in lower case and
not also a word's name: not "MAI S.", "FRANK S.").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.name_checks import _FIRM_BEFORE
from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    _HELLO,
    FIRST_NAMES,
    NOT_NAMES,
    TOWN_ENDINGS,
    home_districts,
)

__all__ = ["LIST_INITIAL_RULES", "surname_initial_spans"]

_PART = r"\p{Lu}[\p{Lu}\p{Ll}]{2,}"
# "WÖRNER, S.", "Huber-Raichle, T.", "di lorenzo, f." — not "S. 4" after it, nor the initial of
# the next name in a list ("Müller, B. Schmidt"), nor an abbreviation's first letter ("U. a.")
_SURNAME_COMMA_INITIAL = regex.compile(
    rf"""(?<![\p{{L}}\-.’'])(?<!\p{{Lu}}\.\x20?)  # not "A. Müller, B. Schmidt": initials before
        (?P<s>(?P<p>(?:di|de|da|del|van|ter|al)\x20)?(?:{_PART}(?:-{_PART})?|\p{{Ll}}{{3,}}|\[NAME\]))
        ,\x20?(?P<i>(?:\p{{L}}|[TCP][Hh])\.(?:-\x20?\p{{L}}\.)?)
        (?![\p{{L}}\d\-]|\x20?\d|\x20?\p{{L}}\.|\x20?\p{{Lu}}\p{{L}}|\x20?\[)""",
    regex.VERBOSE | regex.VERSION1,
)
# "Gez. TH. BAUR": an initial of one or two letters, a surname in capitals (not after a
# lower-case abbreviation, "z. B. ŞAHİN", nor inside a chain of initials, "J. S. BACH")
_INITIAL_CAPS_SURNAME = regex.compile(
    r"(?<![\p{L}\d.])(?<!(?<![\p{L}\d])\p{L}\.\x20?)(?P<i>(?:\p{Lu}{1,2}|[TCP]h)\.)\x20?(?P<s>\p{Lu}{3,}(?:-\p{Lu}{3,})?)(?![\p{L}\-.])"
)
# two letters with a period that abbreviate a word, no first name: "FA. HORNBACH", "OT. …"
_NOT_INITIALS = frozenset(
    "DR ST NR CA TEL ZB UA PS OK FA OT AN IM AM IN ZU DA SO JA AB BZ GG OG EG UG HR FR HL SG "
    "TSV VFB FC SV".split()
)


def _surname(word: str, lex, *, comma: bool) -> bool:
    """Tell a surname from a noun, office, place, brand or greeting beside an initial."""
    parts = word.split("-")
    for part in parts:
        capital = part[:1].upper() + part[1:].lower()
        if capital in NOT_NAMES or capital in _HELLO or _is_person_noun(capital):
            return False
        if lex.is_compound(capital) and not lex.is_any_name(capital):
            return False  # "Bauamt, K.", "STADTKASSE, A."
        if part.isupper() and len(part) <= 4 and capital not in lex.last:
            return False  # "ADAC, S.", "IKEA, R.": an acronym or a brand
        if capital.lower() in home_districts() or (
            capital.lower().endswith(TOWN_ENDINGS) and capital not in lex.last
        ):
            return False  # "aus Berkheim, A.", "PLOCHINGEN, K.": a place
        if lex.is_lower_word(capital) or capital.lower().endswith(_NOUN_ENDINGS):
            return False  # "GUT, B.", "ACHTUNG, K."
        if capital in lex.last:
            continue
        if lex.is_german(capital) or lex.is_english(capital):
            if not comma or not part.isupper():
                return False  # "Anlage, S.", "TEIL. A", "Punkt, A."
            if lex.german.get(capital) not in (capital, None) or (
                _declined(capital, lex) > 1 and not capital.endswith("mann")
            ):
                return False  # an inflected form, a noun: "SEITEN, S.", "HINWEIS, A."
    return True


_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "nis")
_PLACE_BEFORE = regex.compile(r"(?i:\b(?:aus|in|nach)\x20+)$")


def _declined(capital: str, lex) -> int:
    lemma = lex.german.get(capital)
    return sum(lex.german.get(capital + end) == lemma for end in ("s", "es", "e", "n", "en", "er"))


# "PAULA S.", "LEA-SOPHIE B." — a first name in capitals and the surname's initial (not a
# page or a number after it: "ANNA S. 4")
_CAPS_FIRST_INITIAL = regex.compile(
    r"(?<![\p{L}\-.])(?P<f>\p{Lu}{2,}(?:-\p{Lu}{2,})?)\x20(?P<i>\p{Lu})\.(?![\p{L}\d])(?!\x20?\d)"
)


_MONTHS = frozenset("Januar Februar März April Mai Juni Juli August September Oktober November "
                    "Dezember".split())


def caps_first_name_initial_spans(text: str):
    """Yield "PAULA S.": a first name in capitals no word shares, and an initial."""
    lex = None
    for match in _CAPS_FIRST_INITIAL.finditer(text):
        lex = lex or lexicon()
        parts = [part.capitalize() for part in match.group("f").split("-")]
        if parts[0] in _MONTHS:
            continue  # "3. AUGUST D. J." (dieses Jahres)
        if all(part in FIRST_NAMES and not lex.is_lower_word(part) for part in parts) and any(
            part not in _AMBIGUOUS_FIRST_NAMES for part in parts
        ):
            yield match.span()  # "LEA-SOPHIE B." ("Lea" alone is also a word's name)


def surname_initial_spans(text: str):
    """Yield spans of a surname with its first initial: "WÖRNER, S.", "TH. BAUR"."""
    lex = None
    for match in _SURNAME_COMMA_INITIAL.finditer(text):
        surname, initial = match.group("s"), match.group("i")
        bare = surname[len(match.group("p") or "") :]
        if bare == "[NAME]":
            if initial[:1].isupper():
                yield match.start("s"), match.end("i")  # "[NAME], Ch.": its initial too
            continue
        if bare.islower() != initial[:1].islower():
            continue  # a lower-case name with a lower-case initial only: "di lorenzo, f."
        if bare.islower() and match.group("p") is None:
            continue  # "usw, z.": lower case only after a name's particle
        if _PLACE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "Grüße aus Berkheim, A.": a place
        lex = lex or lexicon()
        if _surname(bare, lex, comma=True):
            yield match.start("s"), match.end("i")
    for match in _INITIAL_CAPS_SURNAME.finditer(text):
        if match.group("i")[:-1] in _NOT_INITIALS:
            continue
        if _FIRM_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Die Firma B. BRAUN": a firm's name
        lex = lex or lexicon()
        surname = match.group("s")
        if all(part.capitalize() in lex.last for part in surname.split("-")) or _surname(
            surname, lex, comma=False
        ):
            yield match.span()


LIST_INITIAL_RULES = [
    _Rule(
        "NAME",
        None,
        # from the comma or the dot, looking back: the engine skips to those characters
        # (ten times faster than trying a letter class at every position)
        gate=Branches(r",(?<=\p{L},)\x20?\p{L}\p{Ll}?\.|\.(?<=\p{Lu}\p{L}?\.)\x20?\p{Lu}{3}"),
        gate_on_raw=True,
        finder=surname_initial_spans,
        name="name-surname-initial",
        trusted=True,
        by_form=True,
    ),
    _Rule(
        "NAME",
        None,
        gate=regex.compile(r"\.(?<=\p{Lu}{2}\x20\p{Lu}\.)(?![\p{L}\d])"),
        gate_on_raw=True,
        finder=caps_first_name_initial_spans,
        name="name-caps-first-name-initial",
        trusted=True,
        by_form=True,
    ),
]
