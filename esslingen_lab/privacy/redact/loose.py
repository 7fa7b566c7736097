"""Rules for personal data written loosely, and for descriptions of one person.

Numbers partly in words, plates in any case, addresses without a street suffix, birth
years, insurance numbers; "die einzige Hebamme in Zell", "der Wirt vom Gasthaus am Markt".
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.patterns import _HOUSE_NUMBER, _X, _Rule, _rule
from esslingen_lab.privacy.redact.vocabulary import _words, read_words

__all__ = ["LOOSE_RULES", "DESCRIPTION_RULES"]

# ---------------------------------------------------------------- phone numbers in words

_DIGIT_WORD = r"(?:null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)"
# pairs read out as numbers: "dreiundzwanzig", "zwölf"
_PAIR_WORD = (
    r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
    r"(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
    r"|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn"
)
_PHONE_UNIT = rf"(?:(?i:{_PAIR_WORD}|{_DIGIT_WORD})|\d{{1,6}})"
_PHONE_SEP = r"(?:[\x20\t]*[,\-–/.][\x20\t]*|[\x20\t]+)"
_PHONE_RUN = rf"(?:{_PHONE_SEP}{_PHONE_UNIT}(?![\w])){{3,}}"
# a run that starts like a phone number: "null", "0…", "O711", "plus vier neun"
_PHONE_WORDS = regex.compile(
    rf"(?<![\w.,])(?:(?:(?i:null|plus)|0\d{{0,5}}|O\d{{2,5}}){_PHONE_RUN}"
    rf"|O\d{{2,5}}(?:{_PHONE_SEP}\d{{2,6}}(?![\w])){{1,2}})",  # "O711 3512 2490"
    regex.VERSION1,
)
# or any run of number words right after a phone cue: "Handy: eins sieben sechs …"
_PHONE_AFTER_CUE = regex.compile(
    rf"(?i:\b(?:tel(?:efon)?|handy|mobil|nummer|festnetz|whatsapp|anrufen|erreichbar)\b)"
    rf"[^\w]{{0,12}}(?:(?i:unter|an|ist)\s+)?(?P<v>{_PHONE_UNIT}{_PHONE_RUN})",
    regex.VERSION1,
)
_PHONE_UNITS = regex.compile(rf"(?i:{_PAIR_WORD}|{_DIGIT_WORD})|\d+", regex.VERSION1)
_DIGITS = "null eins zwei zwo drei vier fünf fuenf sechs sieben acht neun".split()
_TEENS = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
_TENS = "zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
_NUMBER_WORDS = frozenset(
    form
    for word in [*_DIGITS, *_TEENS, *_TENS]
    + [f"{unit}und{ten}" for unit in ("ein", *_DIGITS[3:]) for ten in _TENS]
    for form in (word, word.capitalize(), word.upper())
)
# four groups of digits apart ("0 7 1 1", "0711 / 31 22 45"): the shortest spaced-out number
_SPACED_DIGITS = regex.compile(rf"\d{{1,6}}(?:{_PHONE_SEP}\d{{1,6}}){{3}}", regex.VERSION1)


def _may_hold_phone_words(features) -> bool:
    """Tell a text with a number word ("null", "zwölf") or four digit groups (cheap)."""
    if not _NUMBER_WORDS.isdisjoint(features.words()):
        return True
    return features.has_digit and (
        _SPACED_DIGITS.search(features.text) is not None
        or _LETTER_O_NUMBER.search(features.text) is not None
    )


_LETTER_O_NUMBER = regex.compile(r"(?<![\w.,])O\d{2,5}\b")


def _phone_word_spans(text: str):
    """Phone numbers with digits written as words or spaced out: "null sieben eins eins"."""
    spans = [m.span() for m in _PHONE_WORDS.finditer(text)]
    after_cue = [m.span("v") for m in _PHONE_AFTER_CUE.finditer(text)]
    for start, end in sorted(spans + after_cue):
        value = text[start:end]
        units = _PHONE_UNITS.findall(value)
        digits = sum(len(u) if u.isdigit() else (2 if regex.match(_PAIR_WORD, u, regex.I) and
                     not regex.fullmatch(_DIGIT_WORD, u, regex.I) else 1) for u in units)
        spelt = any(not u.isdigit() for u in units)
        spaced = sum(1 for u in units if u.isdigit() and len(u) == 1) >= 3
        lettered = value.startswith("O")
        # after "Festnetz", "Tel." a number in pairs from 0: "07 11 / 31 05 - 99"
        cued = (start, end) in after_cue and value.startswith("0")
        if digits >= 7 and (spelt or spaced or lettered or cued):
            yield start, end


# ---------------------------------------------------------------- insurance and staff numbers

_NOT_ID_PREFIX = (
    "DIN ISO EN IEC VDI VDE KW PLZ BGB SGB GG DSGVO BITV ABl NR Nr S L K B A St TOP GR DS "
    "EUR CO EU UN"
).split()
_ID_RULES = [
    # pension insurance number: area, birth date DDMMYY, initial, serial ("65 170839 S 501")
    _rule(
        "ID",
        r"(?<![\w/])\d{2}\x20?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}\x20?[A-Z]\x20?\d{3}\b",
        needs_digit=True,
        gate=r"\d{6}\x20?[A-Z]\x20?\d",
        gate_on_raw=True,
        name="id-pension-insurance",
    ),
    # health insurance number on the eGK: a letter and nine digits ("A123456780")
    _rule(
        "ID",
        r"(?<![\w/])[A-Z]\d{9}\b",
        needs_digit=True,
        gate=r"[A-Z]\d{9}",
        gate_on_raw=True,
        name="id-health-insurance",
    ),
    # letters and a long number: staff and member numbers ("MA 10234", "P-004711")
    _rule(
        "ID",
        rf"""(?<![\w/\-])(?!(?:{'|'.join(_NOT_ID_PREFIX)})\b)[A-Z]{{1,3}}[\x20\-]?
             (?!(?:19|20)\d{{2}}\b)\d{{4,8}}\b(?![.,]\d)""",
        needs_digit=True,
        gate=r"[A-Z][\x20\-]?\d{4}",
        gate_on_raw=True,
        flags=_X,
        name="id-letters-number",
    ),
]

# ---------------------------------------------------------------- licence plates, any case

_PLATE_RULES = [
    _rule(
        "KFZ",
        r"""(?<![\w\-])[A-Za-zÄÖÜäöü]{1,3}-[A-Za-z]{1,2}[\x20\-]?\d{1,4}[EHeh]?\b(?![.,]\d)""",
        needs_digit=True,
        gate=r"[a-zäöü]-[a-z]{1,2}[\x20\-]?\d",
        flags=_X,
        name="kfz-any-case",
    ),
    _rule(
        "KFZ",
        r"""(?i:\b(?:kfz-)?(?:kennzeichen|nummernschild|autokennzeichen))\s*:?\s*
             (?:(?i:ist|lautet|war|mit)\s+)?(?P<v>[A-Za-zÄÖÜäöü]{1,3}[\-\s]{1,2}[A-Za-z]{1,2}
             [\s\-]?\d{1,4}[EHeh]?)\b""",
        needs_digit=True,
        needs=("kennzeichen", "nummernschild"),
        flags=_X,
        name="kfz-after-cue",
    ),
]

# ---------------------------------------------------------------- addresses without a suffix

_PLACE_PREPOSITION = (
    r"(?i:am|im|beim|zum|zur|unterm|überm|(?:an|auf|in|hinter|ob|vor|unter|bei|über)\s+"
    r"(?:der|den|dem))"
)
_ADJECTIVE = (
    r"(?:Ober|Unter|Alt|Neu|Hoh|Lang|Kurz|Groß|Klein|Hinter|Vorder|Mittler|Äußer|Inner)"
    r"(?:e|en|er|es)"
)
_ADDRESS_LOOSE = regex.compile(
    rf"""(?<![\p{{L}}])(?P<v>{_PLACE_PREPOSITION}\s+(?:{_ADJECTIVE}\s+)?
         (?P<w>\p{{Lu}}[\p{{Ll}}ß\-]+)\s{{1,2}}{_HOUSE_NUMBER})""",
    regex.VERSION1 | regex.VERBOSE,
)


# endings of street names (the street rules take them without the preposition) and of nouns
_NOT_A_PLACE_NAME = tuple(
    "straße strasse str weg gasse allee platz ring damm nummer ung heit keit schaft".split()
)


@lru_cache(maxsize=1)
def _numbered_nouns() -> frozenset:
    return frozenset(read_words("numbered_nouns"))


def _loose_address_spans(text: str):
    """"Im Oberen Tal 9", "Beim Schlössle 2": a place phrase and a house number."""
    for match in _ADDRESS_LOOSE.finditer(text):
        word = match.group("w")
        if word in _numbered_nouns() or word.lower().endswith(_NOT_A_PLACE_NAME):
            continue  # "im Jahr 2020"; "in der Weilstraße 88" is left to the street rules
        number = regex.search(r"\d+", match.group()[match.end("w") - match.start() :])
        if number is not None and int(number.group()) > 999:
            continue  # "im Jahr 2020"-like phrases with other nouns
        yield match.span("v")


_STREET_WORD = r"(?i:straße|strasse|str\.?|gasse|allee|weg|platz)"
_ADDRESS_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        gate=regex.compile(r"\p{Lu}[\p{Ll}ß\-]+\s{1,2}\d"),
        gate_on_raw=True,
        finder=_loose_address_spans,
        name="adresse-place-phrase",
    ),
    # in lower case: "neckarstrasse 14", "berliner str 112", "hauptstr. 7"
    _rule(
        "ADRESSE",
        rf"""(?<![\p{{L}}\-])(?:\p{{Ll}}[\p{{L}}\-]*?{_STREET_WORD}|\p{{Ll}}\p{{L}}+er\s+{_STREET_WORD})
             \s?{_HOUSE_NUMBER}""",
        needs_digit=True,
        gate=re.compile(r"(?:straße|strasse|str|gasse|allee|weg|platz)\.?\s?\d"),
        flags=_X,
        name="adresse-lower-case",
    ),
]

# ---------------------------------------------------------------- birth years

_YEAR_RULES = [
    # "Jg. 58", "Jahrgang '71", "47er Jahrgang", "Jahrgang neunzehnhundertzweiundsechzig"
    _rule(
        "DATUM",
        r"""(?i:\bJg\.?|\bJhg\.?|\bJahrg\.|\bJahrgang)\s*'?(?P<v>\d{2}\b(?![.,]\d)|(?:19|20)\d{2}\b(?![.,]\d)
             |(?i:neunzehnhundert|zweitausend)\p{L}*)
           |\b(?P<v>\d{2}er)[\x20\-]+(?i:Jahrgang)""",
        needs=("jg", "jhg", "jahrg"),
        flags=_X,
        name="datum-birth-year",
    ),
    # "ich (Baujahr 1961)": the joke for a birth year, only near "ich"
    _rule(
        "DATUM",
        r"""(?<=\b(?i:ich|bin)\b[^.!?]{0,20})(?i:Baujahr)\s*'?(?P<v>(?:19|20)\d{2}|\d{2})\b""",
        needs_digit=True,
        needs=("baujahr",),
        flags=_X,
        name="datum-baujahr",
    ),
]

#: Rules for loose formats, run before the package's other number rules.
LOOSE_RULES = (
    [
        _Rule(
            "TELEFON",
            None,
            finder=_phone_word_spans,
            admit=_may_hold_phone_words,
            name="telefon-words",
        )
    ]
    + _ID_RULES
    + _YEAR_RULES
    + _PLATE_RULES
    + _ADDRESS_RULES
)

# ---------------------------------------------------------------- identifying descriptions
# (moved to descriptions.py; kept importable from here)

from esslingen_lab.privacy.redact.descriptions import DESCRIPTION_RULES  # noqa: E402
