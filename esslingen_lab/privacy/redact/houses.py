"""Addresses written loosely: the number first, a place without a street word, a person's street.

- the number before the street: "Hausnummer 3 im Hainbachweg", "Haus Nr. 7, Am Kronenhof";
- a residence cue and a place name with a number: "wohnhaft Weilerhau 3", "wohne Lindenhof 4"
  (the name is no German noun: "wohne Zimmer 12" stays);
- a street name typed in lower case with any street ending and a number near a word for a
  home: "vor unserem Haus, neckarhalde 41", "bei uns in der talsteige 9";
- a street without a number that tells where a named person lives: "Frau Krause (84) aus
  der Gartenstr.", "Herr Yilmaz von der Kelterstraße".
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _HOUSE_NUMBER, _Rule
from esslingen_lab.privacy.redact.vocabulary import _STREET_SUFFIX_WORD, numbered_nouns, read_words

__all__ = ["HOUSE_RULES"]

_PREP = r"(?i:im|am|in\x20der|in\x20den|an\x20der|auf\x20der|auf\x20dem|zum|zur|beim)"
_STREET = (
    rf"(?:{_PREP}\x20+)?(?:\p{{Lu}}[\p{{L}}\-]*?(?i:{_STREET_SUFFIX_WORD})\.?"
    r"|\p{Lu}\p{L}+er\x20(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse))(?![\p{L}])"
)
_NUMBER_FIRST = regex.compile(
    rf"(?<![\p{{L}}])(?:(?i:hausnummer|hausnr\.?|haus-nr\.?)|Haus\x20(?i:nr\.?|nummer))"
    rf"\x20?{_HOUSE_NUMBER}\x20?,?\x20+{_STREET}",
    regex.VERSION1,
)
# "vor nr 12 im Mühlweg", "hausnummer 14 in der hirschlandstraße", "in Nummer 12 der
# Neckarstraße": a plain number word, the street after a preposition (any case, a street
# ending needed); a bus, a platform or a room with a number is no house ("Bus Nr. 101 in
# der Pliensaustraße", "Zimmer Nr. 4 im Rathaus")
_NUMBER_WORD_FIRST = regex.compile(
    r"(?<![\p{L}])(?<!(?i:bus|linie|gleis|bahnsteig|zimmer|raum|saal|halle|tor|platz|stellplatz"
    r"|parkplatz|kita|schule|gruppe|haltestelle|ausgang|eingang|tür|kasse|schalter|stand)"
    r"\x20)"
    r"(?!(?<=(?i:die)\x20)(?i:nr\.?|nummer)\x20?1(?!\d))"  # "die Nummer 1 in …": the best
    r"(?i:hausnummer|hausnr\.?|haus-nr\.?|(?:haus\x20)?(?:nr\.?|nummer|no\.))\x20?"
    rf"{_HOUSE_NUMBER}\x20?,?\x20+(?:{_PREP}|(?i:der))\x20+"
    rf"[\p{{L}}][\p{{L}}\-]*?\p{{L}}(?:(?i:{_STREET_SUFFIX_WORD})|(?i:str)\.)(?![\p{{L}}])",
    regex.VERSION1,
)
# the standard library's engine finds the cue words fast; the rest is matched from there
_CUE_WORD = re.compile(
    r"(?i)\b(?:wohnhaft|wohne|wohn|wohnen|wohnt|lebe|leben|lebt|adresse|anschrift)\b"
)
_CUE = regex.compile(
    r"(?i:(?:\x20+(?:ich|wir|jetzt|hier|in|ist|lautet))?[\x20:,]+)"
    r"(?P<v>\p{Lu}[\p{Ll}ß\-]{2,}(?:\x20\p{Lu}[\p{Ll}ß\-]{2,})?\x20{1,2}"
    rf"{_HOUSE_NUMBER})",
    regex.VERSION1,
)
# a word and a number ("neckarhalde 41"): the word is looked at from the number back
_WORD_NUMBER = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<w>\p{{Ll}}[\p{{L}}\-]{{5,}}+)\.?\x20{{1,2}}{_HOUSE_NUMBER}",
    regex.VERSION1,
)
_DIGIT_AFTER_WORD = regex.compile(r"[a-zäöüß]\.?\x20{1,2}\d")
_HOME_NEAR = regex.compile(
    r"(?i:haus|wohn|adresse|anschrift|klingel|bei\x20uns|bei\x20mir|daheim|zuhause)"
)
_PERSON_STREET = regex.compile(
    r"(?:(?i:frau|herr|herrn|familie|fam\.)\x20\p{Lu}[\p{L}\-]+|\[NAME\])"
    r"(?:\x20\(\d{1,3}\))?\x20(?i:aus|von)\x20(?i:der|dem)\x20"
    r"(?P<v>\p{Lu}[\p{L}\-]*?(?i:straße|strasse|str\.|gasse|weg|allee|steige|gässle))"
    r"(?![\p{L}])(?!\.?\x20{0,2}\d)",  # with a number the street rules take it whole
    regex.VERSION1,
)


@lru_cache(maxsize=1)
def _suffixes() -> tuple:
    return tuple(w.rstrip(".") for w in read_words("street_suffixes"))


def _small(number_text: str) -> bool:
    digits = regex.match(r"\d+", number_text)
    return digits is not None and int(digits.group()) <= 999


def _house_spans(text: str):
    """Yield loose addresses (see the module's docstring)."""
    lowered = text.lower()
    if "haus" in lowered and ("nr" in lowered or "nummer" in lowered):
        for match in _NUMBER_FIRST.finditer(text):
            yield match.span()
    lex = lexicon()
    cued = "wohn" in lowered or "leb" in lowered or "adresse" in lowered or "anschrift" in lowered
    for cue in _CUE_WORD.finditer(text) if cued else ():
        match = _CUE.match(text, cue.end())
        if match is None:
            continue
        value = match.group("v")
        words = value.split()
        name = words[0]
        if name in numbered_nouns() or lex.is_common_noun(name) or not _small(words[-1]):
            continue  # "wohne Zimmer 12", "seit Jahr 2010"
        yield match.span("v")
    for digit in _DIGIT_AFTER_WORD.finditer(text):
        start = text.rfind(" ", 0, max(0, digit.start() - 1)) + 1
        match = _WORD_NUMBER.match(text, start)
        if match is None or not match.group("w").lower().endswith(_suffixes()):
            continue
        if _HOME_NEAR.search(lowered, max(0, start - 60), start) is None:
            continue
        word, number = match.group("w"), match.group().split()[-1]
        if not _small(number) or lex.is_common_noun(word.capitalize()):
            continue  # "parkplatz 3", "kindergarten 2": nouns, no street's name
        yield match.span()


def _person_street_spans(text: str):
    """Yield the street a named person lives in: "Frau Krause aus der Gartenstr."."""
    for match in _PERSON_STREET.finditer(text):
        yield match.span("v")


def _number_word_first_spans(text: str):
    """Yield "nr 12 im Mühlweg", "hausnummer 14 in der hirschlandstraße"."""
    for match in _NUMBER_WORD_FIRST.finditer(text):
        yield match.span()


HOUSE_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        needs=("nr", "nummer", "no."),
        gate=regex.compile(r"(?:nr\.?|nummer|no\.)\x20?\d"),
        finder=_number_word_first_spans,
        name="adresse-number-word-first",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        needs=("haus", "wohn", "lebe", "lebt", "adresse", "anschrift", "klingel", "bei uns",
               "bei mir", "daheim", "zuhause"),  # fmt: skip
        gate=regex.compile(r"[\p{L}.]\x20{1,2}\d"),
        finder=_house_spans,
        name="adresse-house-loose",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs=(" aus der ", " von der ", " aus dem ", " von dem "),
        gate=regex.compile(r"(?:str\.|straße|strasse|gasse|weg|allee|steige|gässle)"),
        finder=_person_street_spans,
        name="adresse-person-street",
    ),
]


# ---------------------------------------------------------------- the house after an address

# "[ADRESSE], das gelbe Haus mit den Solarzellen", "[ADRESSE] (der Hof mit de Küh direkt an
# dr K1217)", Swabian "[ADRESSE], des letschde Haus am Waldrand"
_HOUSE_AFTER = regex.compile(
    r"\[ADRESSE\](?P<v>(?:,\x20|\x20\()(?i:das|des|der|die|s|dr|d|em|im|in\x20dem)\x20"
    r"(?:[\p{L}\-]+\x20){0,2}?(?P<n>[\p{L}\-]+)(?:\x20[^,.;:!?()\n–—\[\]]{1,80}?)?)"
    r"(?P<e>\)|(?=\x20*(?:[,.;:!?\n–—]|$)))",
    regex.VERSION1,
)
_VERBS_IN = frozenset(
    "ist war hat hatte sind waren wird wurde gibt geht kommt steht liegt kann muss isch hot "
    "goht het sin send".split()
)


def _house_after_spans(text: str):
    """Yield the house told after an address: "[ADRESSE], das Haus mit dem Kiosk unten"."""
    from esslingen_lab.privacy.redact.directions import _is_dwelling, _is_verb

    for match in _HOUSE_AFTER.finditer(text):
        words = match.group("v").lower().split()
        if not any(_is_dwelling(w) and len(w) > 2 for w in words[1:4]):
            continue  # "das gelbe Haus", "der Hof": a house after the article
        raw = match.group("v").split()
        if any(w.strip("(),") in _VERBS_IN for w in words) or any(
            _is_verb(w.strip("(),")) for w in raw[1:] if w[:1].islower()
        ):
            continue  # "[ADRESSE], das Haus ist …", "… gehört der Stadt": a sentence
        yield match.start(), match.end()


HOUSE_AFTER_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs=("[adresse], ", "[adresse] ("),
        finder=_house_after_spans,
        name="adresse-house-after",
        trusted=True,
    ),
]
