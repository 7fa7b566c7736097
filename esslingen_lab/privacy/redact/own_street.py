"""One's own street without a house number.

"Ich wohne in der Mühlgasse", "bei uns in der Ritterstraße", "in unserer Straße
(Ritterstraße)", "Unser Haus ist das einzige blaue in der Mülbergerstraße".

A street where someone lives narrows them to a few dozen households, so it is an address
([ADRESSE]) even without a number. The labelled sets are split on it ("Frau Krause aus der
Gartenstr." and "Unsere Straße Am Kennenburger Hof" are labelled, "wir wohnen in der
Rosenstraße" and "bei uns in der brühlstr" are not); the privacy goal decides: the street
goes when a cue says someone lives there. A street named for anything else stays: "Die
Baustelle in der Pliensaustraße nervt", "ich wohne nicht mehr in der Ottilienstraße" (a
former home), "viele Familien wohnen in der Pliensaustraße" (a group).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.vocabulary import COUNTED_AFTER

__all__ = ["OWN_STREET_RULES"]

# endings of a street's name (not "-berg", "-hof", "-tal": those name places as well)
# ("gaße": ß typed for ss, as in "Mühlgaße")
_STRICT = (r"straße|strasse|strase|stroß|strooß|gasse|gaße|gass|gässle|gäßle|gässchen|allee"
           r"|steige")
# ("-markt" a square's name, "am Hafenmarkt"; a common noun stays: "am Supermarkt")
_LOOSE = r"steig|stäffele|staffel|weg|platz|pfad|ring|damm|ufer|promenade|markt"
_NUMBER_WORD = (
    r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
    r"(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
    r"|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn|eins|zwei|drei|vier|fünf|sechs|sieben|acht"
    r"|neun|zehn|elf|zwölf"
)
_STREET = (
    r"(?P<v>(?:(?!(?i:unserer|meiner|deiner|eurer|ihrer|seiner|einer|dieser|jeder|anderer)"
    r"\x20)\p{L}\p{Ll}+er\x20(?i:straße|strasse|str\.|weg|platz|allee|gasse|steige)"
    rf"|\p{{L}}[\p{{L}}\-]*?\p{{L}}(?:(?i:{_STRICT}|{_LOOSE})|(?i:str)\.?))"
    rf"(?:\x20(?i:{_NUMBER_WORD})(?:\x20?[a-hA-H](?![\p{{L}}\d]))?)?)"  # "zwölf a"
    r"(?![\p{L}\-])(?!\.?\x20{0,2}\d)"  # with a number the street rules take it whole
)
_PLACE = r"(?:(?i:in\x20der|im|am|an\x20der|auf\x20der|in\x20den|in)\x20+)"
_FILL = (r"(?:\x20+(?i:ich|wir|jetzt|hier|schon|noch|direkt|ganz|oben|unten|vorne|hinten"
         r"|mittlerweile|inzwischen|immer\x20noch|seit\x20\S+(?:\x20jahren)?))*")
_OWN = regex.compile(
    # "ich wohne (seit 2019) in der Mühlgasse", "wohne neckarstrasse vierzehn"
    # not the noun: "aus dem Betreuten Wohnen in der Kelterstraße", "das Leben in der …"
    r"(?<![\p{L}])(?<!(?i:das|dem|betreute[nms]?|beim|zum|vom|fürs|ums|ins|im)\x20)"
    r"(?P<cue>(?i:wohne|wohn|wohnen|wohnt|wohnst|lebe|leben|lebt|wohnhaft))"
    # "wohnhaft: Mühlgasse", "Wohnort - Mühlgasse"
    rf"{_FILL}(?:\x20*[:\-–]\x20*|\x20+){_PLACE}?{_STREET}"
    # "bei uns in der Ritterstraße", "bei uns daheim im Mühlweg"
    rf"|(?<![\p{{L}}])(?i:bei\x20uns)(?:\x20(?i:hier|daheim|dahoim|oben|unten|drüben))?\x20+"
    rf"{_PLACE}{_STREET}"
    # "in unserer Straße (Ritterstraße)", "unsere Gasse, die Kirchgasse"
    r"|(?<![\p{L}])(?i:unsere[rnm]?)\x20(?i:straße|strasse|str\.?|gasse|sackgasse)"
    rf"\x20*[(,:–\-]?\x20*(?:(?i:der|die|also|nämlich)\x20)?{_STREET}"
    # "Unser Haus ist das einzige blaue in der Mülbergerstraße"
    r"|(?<![\p{L}])(?i:unser(?:e|em)?)\x20(?i:haus|häusle|wohnung|hof|garten|grundstück)"
    rf"(?![\p{{L}}])[^.!?\n\[\]]{{0,60}}?\x20{_PLACE}{_STREET}",
    regex.VERSION1,
)
# a group lives there, no one person: "viele Familien wohnen in der Pliensaustraße"
_GROUP = regex.compile(
    r"(?i:\b(?:viele|alle|leute|menschen|familien|senioren|anwohner|niemand|keiner|man|"
    r"die\x20meisten|manche|einige|studenten|flüchtlinge)\b)",
    regex.VERSION1,
)
# names of no one street ("in der Sackgasse", "am Feldweg"): generic streets
_GENERIC = frozenset(
    "sackgasse seitenstraße nebenstraße einbahnstraße hauptverkehrsstraße wohnstraße "
    "spielstraße fahrradstraße durchgangsstraße landstraße bundesstraße kreisstraße "
    "querstraße parallelstraße ringstraße umgehungsstraße straße strasse gasse".split()
)


@lru_cache(maxsize=4096)
def _a_street(word: str) -> bool:
    """Tell a street's name from a generic street word or a common noun ("Feldweg")."""
    lower = word.lower().split()[0] if " " in word else word.lower()
    if " " in word and word.split()[1][:1].isalpha() and word.split()[0].lower().endswith("er"):
        return True  # "Mettinger Straße", "ulmer strasse"
    if lower in _GENERIC:
        return False
    if regex.search(rf"(?:{_STRICT}|str\.?)$", lower):
        return True
    return not lexicon().is_common_noun(word.split()[0].capitalize())


_BREAK = regex.compile(r"[.\n]")


def _own_street_spans(text: str):
    """Yield the street someone says they live in (see the module's docstring)."""
    breaks: list[int] | None = None  # sentence breaks and group words, found once per text
    groups: list[tuple[int, int]] = []
    for match in _OWN.finditer(text):
        value = match.group("v")
        if not _a_street(value):
            continue
        if match.group("cue") is not None:
            if breaks is None:
                breaks = [m.start() for m in _BREAK.finditer(text)]
                groups = [m.span() for m in _GROUP.finditer(text)]
            # a group word between the sentence's start and the cue (linear: P5, P30)
            cut = bisect_left(breaks, match.start())
            start = breaks[cut - 1] + 1 if cut else 0
            first = bisect_left(groups, (start, -1))
            if first < len(groups) and groups[first][1] <= match.start():
                continue
        yield match.span("v")


# a flat's number after a street: "im Betreuten Wohnen an der Kiesstraße, Whg. 12" (a flat
# is someone's home, whatever the cue; an office has rooms: "Ritterstraße, Zimmer 114" stays)
_FLAT = regex.compile(
    rf"(?<![\p{{L}}\-]){_STREET}"
    r",?\x20(?i:whg\.?|wohnung|wohnungsnr\.?|appartement|apartment|app\.|apt\.)\x20?"
    # not a range or a list ("Wohnung 3 bis 9", "Wohnung 2 und 3"), not a size or a price
    r"\d{1,3}[a-h]?(?![\p{L}\d]|[.,]\d|\x20?(?:bis|und|u\.|[\-–/&+])\x20?\d"
    r"|\x20?(?i:qm|m²|m2|quadratmeter|€|euro|eur|zimmer)(?![\p{L}]))",
    regex.VERSION1,
)


def _street_and_flat_spans(text: str):
    """Yield a street with a flat's number after it (see :data:`_FLAT`)."""
    for match in _FLAT.finditer(text):
        if _a_street(match.group("v")):
            yield match.start("v"), match.end()

# a street named by its place's adjective alone, "Straße" left out, with a house number:
# "bin in der zeller 7a", "neue adresse: kennenburger 3", "[NAME], wäldenbronner 14", "ich
# wohne heppächer 5/2"; a word no dictionary knows (not "Nummer 3", "Oktober 12", "Kammer 2")
# after a cue of a home or a letter's address within the 40 characters before it
_PLACE_ADJECTIVE_NUMBER = regex.compile(
    r"(?<![\p{L}\d\-])(?P<w>\p{L}\p{Ll}{2,}er)\x20(?:\d{1,3}/\d|\d{1,3}[a-h]?)"
    r"(?![\p{L}\d/]|[.,:]\d|\x20?(?i:uhr|euro|eur|€|%|prozent|mal|min|minuten|stunden|tage|"
    r"wochen|monate|jahre|grad|km|m|meter|cent|stück|leute|kinder|personen|punkte)(?![\p{L}]))",
    regex.VERSION1,
)
# seasons and months the word list may not know as nouns ("im winter 3 grad weniger")
_TIMES = frozenset("winter sommer oktober november dezember september".split())
_HOME_CUE_BEFORE = regex.compile(
    r"(?i:wohn|lebe|adresse|anschrift|\ban:|statt|post\b|brief|klingel|zustell)", regex.VERSION1
)
_STREET_BEFORE = regex.compile(r"(?i:\b(?:in|an)\x20(?:der|dr|d')\x20|\bbin\x20|\bsind\x20)$")


def _place_adjective_street_spans(text: str):
    """Yield a street told by its place's adjective and a house number (see above)."""
    lex = lexicon()
    for match in _PLACE_ADJECTIVE_NUMBER.finditer(text):
        word, start = match.group("w"), match.start()
        if lex.is_german(word.lower()) or lex.is_common_noun(word.capitalize()) or (
            word.lower() in _TIMES
        ):
            continue
        if COUNTED_AFTER.match(text, match.end()) is not None:
            continue  # "in der Zeller 12 Minuten"
        if _STREET_BEFORE.search(text, max(0, start - 12), start) is None and (
            _HOME_CUE_BEFORE.search(text, max(0, start - 40), start) is None
        ):
            continue
        yield match.span()


OWN_STREET_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs=("wohn", "lebe", "lebt", "bei uns", "unser"),
        # a street's ending closing a word of three letters or more ("Mühlgasse", "ritterstr")
        # or a street after "…er " ("Esslinger Straße"): each ending alone from its first
        # letter, looking back at the letters before (patterns.Branches: the engine skips to
        # the ending's letters; twice as fast as the alternation, the same texts pass)
        gate=Branches(regex.compile("|".join(
            rf"{ending}(?<=\p{{L}}{{3}}{ending})(?![\p{{L}}])" for ending in (
                "straße", "strasse", "strase", "stroß", r"str\.?", "gasse", "gaße", "gass",
                "gässle", "allee", "steige?", "weg", "platz", "pfad", "ring", "damm", "ufer",
                "staffel", "stäffele", "promenade", "markt",
            )
        ) + r"|er\x20(?<=\p{L}er\x20)(?:straße|strasse|str\.)")),
        finder=_own_street_spans,
        name="adresse-own-street",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs=("whg", "wohnung", "appartement", "apartment", "app.", "apt."),
        finder=_street_and_flat_spans,
        name="adresse-street-and-flat",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        gate=regex.compile(r"\p{Ll}er\x20\d", regex.VERSION1),
        finder=_place_adjective_street_spans,
        name="adresse-place-adjective-number",
    ),
]
