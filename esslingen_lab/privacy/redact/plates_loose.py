"""Plates typed loosely after a car word: "Fahrzeug E S - M K  2 0 0 3".

Also "Kennz. ES - TW - 1 1 1", "drei Autos: es-nk 310".

The strict plate rule in ``rules.py`` wants the letters together; here letters and digits
may stand apart, as on the plate itself. Only within a few words after a car word.
A Swiss plate ("ZH 449 210") near a car word; a plate of letters, digits and letters
("W-1234AB" from Austria, "AB-123-CD" from France) near a car word or a country's name.
"""

from __future__ import annotations

import re

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["LOOSE_PLATE_RULES", "SWISS_PLATE_RULES"]

_CAR_CUE = regex.compile(
    r"(?i:fahrzeug|kennz\.|kennzeichen|kfz|auto|autos|wagen|nummernschild|falschparker|"
    r"pkw|motorrad|anhänger|wohnmobil)",
    regex.VERSION1,
)
_SEP = r"[\x20\-–‑·⋅]"
_LOOSE_PLATE = regex.compile(
    rf"""(?<![\p{{L}}\d\-])(?P<v>(?P<a>(?:[A-Za-zÄÖÜäöü]\x20?){{1,3}}?){_SEP}{{1,5}}
         (?P<b>(?:[A-Za-zÄÖÜäöü]\x20?){{1,2}}?){_SEP}{{0,5}}(?:\d\x20?){{0,3}}\d)
         (?![\p{{L}}\d]|[.,]\d|\x20\d)""",
    regex.VERSION1 | regex.VERBOSE,
)


# a Swiss plate: the canton's letters and up to six digits ("ZH 449 210", "BE 12345",
# "ZH·123456")
_SWISS_PLATE = regex.compile(
    # (not the middle of a German plate: "S GL 1412")
    r"(?<![\p{L}\d\-])(?<!(?<![\p{L}])\p{Lu}{1,3}[\x20\-])(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|"
    r"VS|ZG|ZH)(?:\x20?[\-–‑·⋅•]\x20?|\x20)?\d{1,3}\x20?\d{3}(?![\p{L}\d]|[.,]\d)"
    r"(?!\x20?(?i:franken|chf|fr\.|euro|eur|€|km|kilometer|einwohner|leute|menschen)(?!\p{L}))"
)
# a car's words and makes: "der Porsche mit ZH 12345", "ein Tesla aus dem Aargau, AG 4521"
_VEHICLE_WORDS = (
    "fahrzeug", "kennz", "kfz", "auto", "wagen", "nummernschild", "falschparker", "pkw",
    "lkw", "motorrad", "anhänger", "wohnmobil", "transporter", "kombi", "cabrio", "suv",
    "porsche", "bmw", "audi", "mercedes", "benz", "vw", "opel", "ford", "tesla", "toyota",
    "skoda", "seat", "fiat", "renault", "peugeot", "citro", "volvo", "mazda", "hyundai",
    "kia", "nissan", "dacia", "mini", "smart", "jeep", "landrover", "golf", "passat",
)
_VEHICLE_CUE = regex.compile("(?i:" + "|".join(_VEHICLE_WORDS) + ")", regex.VERSION1)
# two capitals and a digit: the standard library's engine rules most texts out fast
_CAPS_DIGIT = re.compile(r"[A-Z]{2}(?:\x20?[\-–‑·⋅•]\x20?|\x20)?\d")


def _swiss_plate_spans(text: str):
    for match in _SWISS_PLATE.finditer(text):
        near = text[max(0, match.start() - 60) : match.end() + 40]
        if _VEHICLE_CUE.search(near) is not None:
            yield match.span()


# a plate of Austria, Italy, France …: letters, digits, letters ("W-1234AB", "W 12345 X",
# "GU 123 AB", "AB-123-CD") near a car word or the country's name
_FOREIGN_PLATE = regex.compile(
    # (not the end of a German plate: "LB AB 123H", "WN–XY 456E")
    r"(?<![\p{L}\d\-])(?<!(?<![\p{L}])\p{Lu}{1,3}\x20?[\x20\-–‑·⋅•]\x20?)(?!(?:VW|BMW|AMG|MB)\b)"
    r"[A-Z]{1,3}(?:\x20?[\-–‑·⋅•]\x20?|\x20)?\d{2,5}(?:\x20?[\-–‑·⋅•]\x20?|\x20)?"
    r"[A-Z]{1,3}(?![\p{L}\d]|[.,]\d)"
    r"(?<!(?i:\d\x20?(?:ps|kw|eur|chf|km|kg|cm|mm|qm|std|min)))"
)
_FOREIGN_CUE = regex.compile(
    "(?i:" + "|".join(_VEHICLE_WORDS) + r"|österreich|wien|italien|frankreich|polen|tschech|"
    r"holland|niederl|belgi|ausländisch|kennzeich)",
    regex.VERSION1,
)


def _foreign_plate_spans(text: str):
    for match in _FOREIGN_PLATE.finditer(text):
        near = text[max(0, match.start() - 60) : match.end() + 40]
        if _FOREIGN_CUE.search(near) is not None:
            yield match.span()


_WEEKDAYS = frozenset("mo di mi do fr sa so".split())
# a plate typed with dots, two letters and two ("wn.kd.1187", "ES.AB.123"), a one-letter
# district in capitals ("S.AB.123"); not "z.B.3",
# a road ("K.ES.12"), shorthand ("ca.km.1500") or a file ("img.ab.123.jpg")
_DOTTED_PLATE = regex.compile(
    r"(?<![\p{L}\d.])(?P<v>(?P<a>[A-Za-zÄÖÜäöü]{1,3})\.(?P<b>[A-Za-zÄÖÜäöü]{2})\.\d{1,4}[EH]?)"
    r"(?![\p{L}\d]|[.,]\d|\.\p{L})",
    regex.VERSION1,
)
_NO_PLATE_PART = frozenset("ca km zb ggf bzw img usw evtl inkl max min abs nr str pdf jpg png "
                           "doc tel fax bsp vgl bhf hbf gl tg ug zs bd jg hf bj ez hk sp".split()
                          ) | _WEEKDAYS


def _dotted_plate_spans(text: str, start: int):
    for match in _DOTTED_PLATE.finditer(text, start, min(len(text), start + 60)):
        letters = match.group("a") + match.group("b")
        parts = {match.group("a").lower(), match.group("b").lower()}
        # "wn.kd.1187", "WN.KD.1187" (not "Di.Do.14", "Hbf.Gl.12": days, abbreviations)
        if len(match.group("a")) == 1 and (not letters.isupper() or match.group("a") in "ABKL"):
            continue  # "u.ab.12" in lower case, a road's class ("K.ES.12", "B.10"): no district
        if (letters.islower() or letters.isupper()) and not parts & _NO_PLATE_PART:
            yield match.span("v")
            return


def _loose_plate_spans(text: str):
    for cue in _CAR_CUE.finditer(text):
        yield from _dotted_plate_spans(text, cue.end())
        for match in _LOOSE_PLATE.finditer(text, cue.end(), min(len(text), cue.end() + 60)):
            value = match.group("v").strip()
            gap = text[cue.end() : match.start()]
            if len(gap.split()) > 6 or any(ch in gap for ch in ".!?\n"):
                break
            letters = (match.group("a") + match.group("b")).replace(" ", "")
            spaced = " " in match.group("a").strip() or " " in match.group("b").strip()
            lower = letters.islower()
            if lower and letters[:2] in _WEEKDAYS and letters[2:] in _WEEKDAYS:
                continue  # "mo·fr 7-20 Uhr": opening days, not a plate
            if lower and not any(ch in value for ch in "-‑·⋅–"):  # ("lb – xk 512")
                continue  # "auto am 3": words, not a plate (the spaced rule has its own test)
            if not (lower or letters.isupper()):
                continue
            if not (spaced or lower or any(ch in value for ch in "‑·⋅") or "  " in value
                    or regex.search(r"\d\x20\d", value)):
                continue  # the strict rule takes the plain forms
            start = match.start("v")
            yield start, start + len(value)
            break


# any country's plate after the plate's own word: "Kennzeichen W-12345A", "Kennzeichen:
# AB-123-CD", "Kennzeichen GU 123 AB" (not an "Aktenkennzeichen"); also a dealer's or a
# short-term plate: "Händlerkennzeichen ES-06 4471", "rote Nummer ES-0 4471"
# (digits read atomically: a run of 43 digits is cut one way, not in all of them)
_PART = r"(?:(?>\d{1,6})|[A-ZÄÖÜ]{1,3})"
_ANY_PLATE = regex.compile(
    rf"""(?<![\p{{L}}\-])(?i:(?:kfz-?|auto|wunsch|händler|haendler|kurzzeit|saison|oldtimer|
             export|wechsel|h-|e-|(?P<ins>versicherungs|(?:mofa|moped|(?:e-)?roller|(?:e-)?scooter)[\x20\-]?))?
             (?:kennzeichen|nummernschild)|rote[ns]?\x20(?:nummer|kennzeichen))
         # whose plate: "Versicherungskennzeichen von meinem Roller: 512 ABV"
         (?:\x20(?i:von|vom|für)\x20(?i:meinem|meiner|dem|der|unserem|unserer)\x20\p{{L}}{{2,20}}
            (?=\x20?:))?
         # also in brackets: "ukrainische Kennzeichen (AA 4417 KM)"
         \x20*+[:(]?\x20*+(?:(?i:ist|lautet|war)\x20+|(?P<with>(?i:mit))\x20+)?
         (?P<v>[A-ZÄÖÜ]{{1,3}}(?:[\x20\-–‑·⋅•]{{0,3}}{_PART}){{1,7}}
            # an insurance plate of a moped or an e-scooter: digits, then letters ("512 ABV",
            # "Mofa-Kennzeichen 512-ABV"; not "Versicherungskennzeichen mit 50 LED")
            |(?(with)(?!)|(?(ins)\d{{2,3}}[\x20\-–]?
              (?!(?i:EUR|KMH|KM|PS|KW|CHF|USD|GBP|KG|CCM|MIN|STD|JHR)(?![\p{{L}}]))
              [A-Z]{{2,3}}|(?!))))
         (?![\p{{L}}\d]|[.,]\d)""",
    regex.VERSION1 | regex.VERBOSE,
)


# a rule's name and year is no plate: "Kennzeichen EU 2024"
_LETTERS_AND_YEAR = regex.compile(r"[A-ZÄÖÜ]{1,3}\W{0,3}(?:19|20)\d\d$", regex.VERSION1)


def _any_plate_spans(text: str):
    for match in _ANY_PLATE.finditer(text):
        value = match.group("v")
        digits = sum(char.isdigit() for char in value)
        if 1 <= digits <= 7 and _LETTERS_AND_YEAR.match(value) is None:
            yield match.span("v")


# more plates after one already replaced: "[KFZ] und ES-0 4472", "[KFZ], ES-AB 124E";
# whoever lists plates after one plate's word means them all
_NEXT_PLATE = regex.compile(
    r"""\G(?:\x20?[,;/&]\x20?|\x20(?:und|oder|sowie|bzw\.)\x20)
        (?P<v>[A-ZÄÖÜ]{1,3}[\x20\-–‑·⋅]{1,3}(?:[A-Z]{1,2}|0\d?)[\x20\-]?\d{1,4}(?:[EH]\b|\b))
        (?![\p{L}\d]|[.,]\d)""",
    regex.VERSION1 | regex.VERBOSE,
)


def _listed_plate_spans(text: str):
    start = text.find("[KFZ]")
    while start >= 0:
        at = start + 5
        while (match := _NEXT_PLATE.match(text, at)) is not None:
            yield match.span("v")
            at = match.end()
        start = text.find("[KFZ]", at)


# before the file numbers: "ZH 12345" after a car word is a plate, not a member number
SWISS_PLATE_RULES = [
    _Rule(
        "KFZ",
        None,
        needs=("kennzeichen", "nummernschild", "rote nummer", "roten nummer", "rotes kennz"),
        needs_digit=True,
        finder=_any_plate_spans,
        name="kfz-any-country-after-plate-word",
        trusted=True,
    ),
    _Rule(
        "KFZ",
        None,
        needs=_VEHICLE_WORDS,
        needs_digit=True,
        gate=_CAPS_DIGIT,
        gate_on_raw=True,
        finder=_swiss_plate_spans,
        name="kfz-swiss-near-car-word",
        trusted=True,
    ),
    _Rule(
        "KFZ",
        None,
        needs=(*_VEHICLE_WORDS, "österreich", "wien", "italien", "frankreich", "polen",
               "tschech", "holland", "niederl", "belgi", "ausländisch"),
        needs_digit=True,
        gate=re.compile(r"(?<![A-Za-z])[A-Z]{1,3}[\x20\-–‑·⋅•]{0,3}\d{2,5}[\x20\-–‑·⋅•]{0,3}[A-Z]"),
        gate_on_raw=True,
        finder=_foreign_plate_spans,
        name="kfz-foreign-near-car-word",
        trusted=True,
    ),
]

# words of an answer about a car, which the plate rules without a cue of their own need
_CAR_CUES = ("fahrzeug", "kennz", "kfz", "auto", "wagen", "nummernschild", "pkw", "motorrad",
             "anhänger")

# an Esslingen plate typed without its separators ("ESJB1207", "esmk812", "ESZZ 71" in
# capitals), as forms ask: all 9 such words in the labelled sets were plates, 6 were missed
_ES_PLATE_JOINED = regex.compile(
    r"(?<![\w\-.])(?:(?:ES|es)(?:[A-Z]{1,2}|[a-z]{1,2})\d{1,4}[EH]?|ES[A-Z]{1,2}\x20\d{1,4}[EH]?)"
    # not an event's year: "ESC 2025", "ESG2024"
    r"(?![\w\-.])(?<!(?:19|20)\d\d)"
)

# the insurance plate of a moped, a scooter or an e-bike: three digits over three letters
# ("Kennzeichen 731 RFH", "Versicherungskennzeichen: 447 KLM"), within a few words after a
# plate's word (in the labelled sets 17 of 17 were plates; after "Roller" or "Mofa" alone the
# shape is as often a unit or a code: "125 CCM", "Raum 204 ABC")
_INSURANCE_PLATE = regex.compile(r"(?<![\p{L}\d\-])(?P<v>\d{2,3}\x20?[A-Z]{3})(?![\p{L}\d\-])")
_INSURANCE_CUE = regex.compile(r"(?i:kennzeichen|kennz\.|nummernschild|versicherungsschild)")


def _insurance_plate_spans(text: str):
    for match in _INSURANCE_PLATE.finditer(text):
        if match.group("v")[-3:] in _UNITS:
            continue  # "Der Roller kostet 100 EUR"
        if _NOT_A_PLATE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Raum 204 ABC", "Formular 101 KFZ", "Bus 113 ZOB", "mit 125 CCM"
        if _INSURANCE_CUE.search(text, max(0, match.start() - 40), match.start()) is not None:
            yield match.span("v")
    # in lower case only right after the plate's word: "kennzeichen 731 rfh"
    for match in _LOWER_INSURANCE_PLATE.finditer(text):
        if match.group("v")[-3:].upper() not in _UNITS:
            yield match.span("v")


_LOWER_INSURANCE_PLATE = regex.compile(
    r"(?<![\p{L}])(?i:kennzeichen|nummernschild|versicherungsschild)\x20*:?\x20*"
    r"(?:(?:ist|war|lautet)\x20+)?(?P<v>\d{3}\x20?[a-z]{3})(?![\p{L}\d\-])"
)


# a room, a form, a line, a code or a measure before the number
_NOT_A_PLATE_BEFORE = regex.compile(
    r"(?i:raum|zimmer|zi\.|formular|bus|linie|code|tüv|gebäude|haus|von|mit|hat|liefert|"
    r"braucht|kostet)\x20*:?\x20*$"
)


# currencies and units written in three capitals after a number
_UNITS = frozenset(
    "EUR USD CHF GBP PLN TRY CZK DKK SEK NOK HUF RON JPY CNY UAH RUB KWH MWH GWH KMH PSI MIO "
    "MRD TSD STK GBIT MBIT".split()
)


LOOSE_PLATE_RULES = [
    _Rule("KFZ", None, needs=("kennz", "nummernschild", "versicherungsschild"),
          needs_digit=True, gate=re.compile(r"\d\x20?[A-Za-z]{3}(?![A-Za-z])"), gate_on_raw=True,
          finder=_insurance_plate_spans, name="kfz-insurance-plate", trusted=True),
    # only with a car or a fine in the answer: "ESP32", "ESA 12", "ESRB 16" are codes
    _Rule("KFZ", _ES_PLATE_JOINED, needs_digit=True, gate=re.compile(r"es[a-z]{1,2}\x20?\d"),
          needs=(*_CAR_CUES, "falschpark", "parkt", "parken", "strafzettel", "knöllchen",
                 "abgeschlepp", "bußgeld"),
          name="kfz-es-joined"),
    _Rule(
        "KFZ",
        None,
        needs=(*_CAR_CUES, "falschparker", "wohnmobil"),
        needs_digit=True,
        finder=_loose_plate_spans,
        name="kfz-loose-after-car-word",
    ),
    _Rule(
        "KFZ",
        None,
        needs=("[kfz]",),
        needs_digit=True,
        finder=_listed_plate_spans,
        name="kfz-listed-after-plate",
        trusted=True,
    ),
]
