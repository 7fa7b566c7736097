"""A house number written in words after a street: "Ebershaldenstraße fünfzehn".

"Wohne in der Ebershaldenstraße fünfzehn", "Hauptstr. zwölf a", "Gartenweg Nummer drei":
the number rules want digits. A number word (one to ninety-nine, "hundertzwei") right after
a street name is its house number, unless a noun or a unit follows ("die Hauptstraße zwölf
Wochen gesperrt", "Bundesstraße zehn Minuten"). Street endings that are ordinary nouns
too ("-hof", "-park", "-garten", "-berg") count only near a word for where one lives; a
word of place or time after the number reads as a count ("am Marktplatz eins weiter").
"""

from __future__ import annotations

import re

import regex

from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import _STREET_SUFFIX, _UNITS

__all__ = ["HOUSE_WORD_RULES"]

_UNIT_WORDS = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_TEENS = "zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn"
_TENS = "zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
_BELOW_HUNDRED = (
    rf"(?:(?:{_UNIT_WORDS})und(?:{_TENS})|{_TENS}|{_TEENS}|eins|zwei|drei|vier|fünf|sechs|"
    r"sieben|acht|neun)"
)
_NUMBER_WORD = rf"(?:(?:ein)?hundert(?:und)?{_BELOW_HUNDRED}?|{_BELOW_HUNDRED})"
# street endings that name nothing but a street
_STREET_ONLY = regex.compile(
    r"(?i:straße|strasse|str\.|str|strase|stroß|strooß|weg|gasse|gass|gässle|gäßle|allee|"
    r"platz|ring|damm|steige|steig|staffel|stäffele|halde)$",
    regex.VERSION1,
)
_HOUSE_WORD = regex.compile(
    rf"""(?<![\p{{L}}\-])
         # a street's name may start with a capitalised preposition: "Am Rossbühl neun"
         (?:(?:Am|Im|Beim|Zum|Zur|Auf\x20dem|An\x20der|In\x20der|Unter\x20den|Hinter\x20der|
            Bei\x20der)\x20)?
         (?!(?:Bundes|Landes|Kreis|Staats)stra(?:ß|ss)e\x20)
         (?P<street>\p{{Lu}}[\p{{L}}\-]*?(?i:{_STREET_SUFFIX})\.?
         # dictation's split name: "Uhland straße zwölf", "Ober Tor Straße drei"
         |(?P<split>\p{{Lu}}\p{{Ll}}+(?:\x20\p{{Lu}}\p{{Ll}}+)?)\x20
          (?:Straße|Strasse|Str\.|Weg|Gasse|Gass|Allee|straße|strasse|gasse))
         \x20{{1,2}}(?:(?i:nummer|nr\.?|hausnummer)\x20?)?
         (?i:{_NUMBER_WORD})(?:\x20?[a-hA-H](?![\p{{L}}\d]))?(?![\p{{L}}\d])
         (?!\x20*(?:\p{{Lu}}|(?i:{_UNITS}|mal|malig|prozent|uhr|stunden?|minuten?|tage?|jahre?|
           weiter|vorne?|zurück|hinten|davor|danach|näher|runter|rauf|drüber|entfernt|mehr|
           weniger|später|früher)
           (?![\p{{L}}])))""",
    regex.VERSION1 | regex.VERBOSE,
)
_HOME_CUE = regex.compile(
    r"(?i:wohn|adresse|anschrift|zuhause|zu\x20hause|daheim|bei\x20uns|bei\x20mir|haus)",
    regex.VERSION1,
)


# a split name needs words for living, not a house ("Rathaus", "Haushalt")
_LIVES = regex.compile(r"(?i:\bwohn|\badresse|\banschrift|\bzuhause|\bdaheim)", regex.VERSION1)
# a split name's first word that is no part of a street's name: "Die Straße drei"
_NOT_STREET_START = frozenset(
    "Die Der Das Den Dem Des Ein Eine Einer Diese Dieser Jede Jeder Keine Unsere Unser Meine "
    "Mein Ihre Eure Alle Welche Erste Zweite Nächste Letzte Andere".split()
)


def _house_word_spans(text: str):
    for match in _HOUSE_WORD.finditer(text):
        street = match.group("street")
        split = match.group("split")
        if split is not None:
            if split.split()[0] in _NOT_STREET_START or _LIVES.search(
                text[max(0, match.start() - 60) : match.start()]
            ) is None:
                continue  # a split name only where one says where one lives
        elif _STREET_ONLY.search(street) is None:
            before = text[max(0, match.start() - 60) : match.start()]
            if _HOME_CUE.search(before) is None:
                continue
        yield match.span()


# the number word right after a street ending (lower-cased text): one scan, no look-around
_GATE = re.compile(
    _STREET_SUFFIX + r"\.?\x20{1,2}(?:nummer\x20|nr\.?\x20?|hausnummer\x20)?"
    r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|"
    r"dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert)"
)

def _number_words() -> frozenset:
    """Every number word from one to 199, as written in lower case and capitalised."""
    units = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
    tens = ("zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig",
            "achtzig", "neunzig")
    below = {"eins", *units[1:], *_TEENS.split("|"), *tens}
    below |= {f"{unit}und{ten}" for unit in units for ten in tens}
    words = below | {"hundert", "einhundert"}
    words |= {f"{h}{u}{n}" for h in ("hundert", "einhundert") for u in ("", "und")
              for n in below}
    return frozenset(w for word in words for w in (word, word.capitalize()))


HOUSE_WORD_RULES = [
    _Rule(
        "ADRESSE",
        None,
        # a number word as a word of the text: a set look-up rules out most texts
        needs_words=_number_words(),
        gate=_GATE,
        finder=_house_word_spans,
        name="adresse-house-number-in-words",
        trusted=True,
    )
]
