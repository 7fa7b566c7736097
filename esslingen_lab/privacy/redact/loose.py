"""Rules for personal data written loosely.

Numbers partly in words, plates in any case, addresses without a street suffix, birth
years, insurance numbers. What follows an address ("in Oberwellingen", "2. OG links") is
in :mod:`esslingen_lab.privacy.redact.address_after`, a second birth date in
:mod:`esslingen_lab.privacy.redact.birth_dates`.
Descriptions of one person are in :mod:`esslingen_lab.privacy.redact.descriptions`.
"""

from __future__ import annotations

import re

import regex

from esslingen_lab.privacy.redact.direction_finders import (
    direction_spans,
    fragment_spans,
    may_hold_directions,
    may_hold_fragment,
)
from esslingen_lab.privacy.redact.houses import HOUSE_RULES
from esslingen_lab.privacy.redact.id_compounds import ID_COMPOUND_RULES
from esslingen_lab.privacy.redact.ids import JOB_CENTRE_RULES
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.network_ids import NETWORK_ID_RULES
from esslingen_lab.privacy.redact.patterns import _HOUSE_NUMBER, _X, Branches, _Rule, _rule
from esslingen_lab.privacy.redact.phone_words import PHONE_WORD_RULES
from esslingen_lab.privacy.redact.street_forms import STREET_FORM_RULES
from esslingen_lab.privacy.redact.vocabulary import (
    _STREET_SUFFIX_WORD,
    _UNITS,
    PLURAL_NOUN,
    numbered_nouns,
)

__all__ = ["LOOSE_RULES", "ADJECTIVE"]

# ---------------------------------------------------------------- insurance and staff numbers

_NOT_ID_PREFIX = (
    "DIN ISO EN IEC VDI VDE KW PLZ BGB SGB GG DSGVO BITV ABl NR Nr S L K B A St TOP GR DS "
    "EUR CO EU UN RAL WCAG"
).split()
_ID_RULES = [
    *JOB_CENTRE_RULES,  # "41803//0077120" whole, before a cue takes its first half (ids.py)
    # pension insurance number: area, birth date DDMMYY, initial, serial ("65 170839 S 501",
    # typed in lower case too: "12 150347 w 024")
    _rule(
        "ID",
        r"(?<![\w/])\d{2}\x20?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}\x20?[A-Za-z]\x20?\d{3}\b",
        needs_digit=True,
        gate=r"\d{6}\x20?[A-Za-z]\x20?\d",
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
    # file numbers in three parts with a short middle: "KA-23-11902", "2023-KP-7781"
    _rule(
        "ID",
        r"(?<![\w/\-.])(?<!(?i:vorlage|drucksache|sitzung|sitzungsvorlage|beschluss|"
        r"beschlussvorlage|ds|top|nr\.\x20der\x20vorlage)[.:]?\x20{1,3})"
        r"(?:[A-ZÄÖÜ]{1,4}-\d{2,4}-\d{3,8}|(?:19|20)\d{2}-[A-ZÄÖÜ]{1,4}-\d{3,8})"  # "FÖ-2025-1187"
        r"(?![\w\-]|[.,/]\d)",
        needs_digit=True,
        needs=("-",),  # the gate's hyphen: a set look-up, cheaper than the gate
        gate=Branches(r"[A-ZÄÖÜ]-\d{2}|\d-[A-ZÄÖÜ]"),  # each branch alone: patterns.py
        gate_on_raw=True,
        name="id-three-parts",
    ),
    # more shapes of a file number without a cue: a year and a serial of five digits or more
    # ("Meldung 2025-08812"; a range of years has four), letters and a year-serial ("BV
    # 2025-0318"; not "WS 2024-2025"), two letter groups and five digits or more
    # ("VBL-BW-118823"; a plate has four at most)
    _rule(
        "ID",
        r"(?<![\w/\-.])(?:(?:19|20)\d{2}-\d{5,6}|[A-Z]{2,4}\x20(?:19|20)\d{2}-(?!(?:19|20)\d{2}\b)"
        r"\d{3,8}|[A-Z]{2,4}-[A-Z]{2,4}-\d{5,8})(?![\w\-]|[.,/]\d)",
        needs_digit=True,
        needs=("-",),
        gate=Branches(r"[12][09]\d\d-\d{3}|[A-Z]-\d{5}"),
        gate_on_raw=True,
        name="id-year-serial",
    ),
    # letters and a long number: staff and member numbers ("MA 10234", "P-004711")
    _rule(
        "ID",
        rf"""(?<![\w/\-])(?!(?:{"|".join(_NOT_ID_PREFIX)})(?![A-Za-z]))  # roads: "L1192"
             # not the letters and number of a licence plate after its district: "S AK 4410"
             (?!(?<=(?<![\w\-])[A-ZÄÖÜ]{{1,3}}\x20?[\x20\-–]\x20?)[A-Z]{{1,2}}[\x20\-]?\d{{1,4}}[EH]?\b)
             # not a phone after its label letter: "T 0711 40 55 37-12", "M 0172 918 44 03"
             (?![A-Z]{{1,3}}\x200\d{{2,4}}[\x20/\-]+\d)
             [A-Z]{{1,3}}[\x20\-]?
             (?!(?:19|20)\d{{2}}\b)\d{{4,8}}\b(?![.,]\d)
             (?:\x20\d{{4,8}}\b(?![.,]\d)|-[A-Z]{{1,3}}\b(?![\-\p{{L}}])
             |/\d{{2,4}}\b(?![.,/]\d))?  # the year after a file number: "WG-4471/24"
             """,
        needs_digit=True,
        gate=r"[A-Z][\x20\-]?\d{4}",
        gate_on_raw=True,
        flags=_X,
        name="id-letters-number",
    ),
]

# a file number in the shape year/office/serial without a cue: "zuletzt wegen 2026/BA/01177"
_ID_RULES.append(
    _rule(
        "ID",
        r"(?<![\w/.\-])(?:(?:19|20)\d{2}/[A-Z]{1,4}/\d{2,6}|[A-Z]{1,4}/\d{2,6}/(?:19|20)\d{2})(?![\w/\-])",
        needs_digit=True,
        needs=("/",),  # the gate's slash: a set look-up, cheaper than the gate
        gate=Branches(r"\d/[A-Z]{1,4}/\d|[A-Z]/\d{2,6}/\d"),
        gate_on_raw=True,
        name="id-year-office-serial",
    )
)

# an IP or MAC address: NETWORK_ID_RULES (network_ids.py)
_ID_RULES.extend(NETWORK_ID_RULES)

# "-nummer" compounds ("Kindergeld-Nummer 215FK488213"): ID_COMPOUND_RULES (id_compounds.py)
_ID_RULES.extend(ID_COMPOUND_RULES)

# ---------------------------------------------------------------- licence plates, any case

_PLATE_RULES = [
    _rule(
        "KFZ",
        r"""(?<![\w\-])(?!(?i:SGB|BGB|StGB|HGB|ZPO|AO)\b)[A-Za-zÄÖÜäöü]{1,3}-[A-Za-z]{1,2}[\x20\-]?
             [1-9]\d{0,3}(?:[EHeh]\b|\x20[EH](?![\w\-])|\b)(?![.,]\d|[/\-]\w)""",
        needs_digit=True,
        needs=("-",),  # the gate's hyphen: a set look-up, cheaper than the gate
        gate=r"[a-zäöü]-[a-z]{1,2}[\x20\-]?\d",
        flags=_X,
        name="kfz-any-case",
    ),
    _rule(
        "KFZ",
        r"""(?i:\b(?:kfz-)?(?:kennzeichen|nummernschild|autokennzeichen))\s*:?\s*
             (?:(?i:ist|lautet|war|mit)\s+)?(?P<v>[A-Za-zÄÖÜäöü]{1,3}\s?[\-–\s]\s?[A-Za-z]{1,2}
             [\s\-]?\d{1,4}(?:[EHeh]\b|\x20[EH](?![\w\-])|\b)
             # typed letter by letter: "k t - j h 2 0 1"
             |(?:[A-Za-zÄÖÜäöü]\x20){1,3}[\-–]?\x20?(?:[A-Za-z]\x20){1,2}\d(?:\x20?\d){0,3}\b)""",
        needs_digit=True,
        needs=("kennzeichen", "nummernschild"),
        flags=_X,
        name="kfz-after-cue",
    ),
]

# in lower case with spaces only ("es ho 333 ist mein Wunschkennzeichen"): only near a word
# for a vehicle or plate, the middle no short German word ("ab in 5 Minuten")
_PLATE_CUES = (
    "kennzeichen", "nummernschild", "kfz", "auto", "wagen", "fahrzeug", "pkw", "lkw",
    "transporter", "golf", "kombi", "karre", "wohnmobil", "womo", "anhänger", "motorrad",
    "roller", "suv", "van", "bus", "taxi", "parkt", "geparkt", "abgeschleppt", "geblitzt",
    # a car's papers and places: "parkausweis für es kl 492", "Zulassung", "Strafzettel"
    "parkausweis", "parkplatz", "stellplatz", "zulassung", "strafzettel", "knöllchen", "garage",
)
_SPACED_PLATE = regex.compile(
    rf"""(?<![\w\-.,])(?P<v>[A-Za-zÄÖÜäöü][a-zäöü]{{0,2}}\x20(?P<mid>[a-z]{{1,2}})\x20?\d{{1,4}}
         (?:[eh]\b|\b))(?![.,:]\d|\x20?(?i:{_UNITS})\b|\x20?%)""",
    regex.VERSION1 | regex.VERBOSE,
)
_PLATE_CUE = regex.compile(rf"(?i:{'|'.join(_PLATE_CUES)})")
_NOT_PLATE_MIDDLE = frozenset(
    "in im am an um zu ab ob so da ja wo es er du ca je eh oh na no nr st km kg to at is "
    "on of or be it if as us we he me my by up do go".split()
)
_NOT_PLATE_START = frozenset(
    "um ab bis ca nr zu von vom mit für bei auf aus vor bus per pro je und der die das den "
    "dem des ein ich wir sie ist hat bin war am im an in um so da wo ob mal nur noch".split()
)
# districts of one letter: a lone letter before "ab 12" is hardly anything else
_ONE_LETTER_DISTRICTS = frozenset("b f h k l m n r s w".split())
# the plate's own word: a short word in the middle ("s ab 1234") only after it
_STRONG_PLATE_CUE = regex.compile(r"(?i:kennzeichen|nummernschild|kfz)")
# a vehicle word right before: "Fahrzeug es ab 1234 steht …", "der PKW mit es ab 12"
_VEHICLE_RIGHT_BEFORE = regex.compile(
    r"(?i:fahrzeug|auto|wagen|pkw|lkw|kfz|motorrad|roller|transporter|anhänger|wohnmobil)"
    r"\p{L}{0,2}\x20+(?:(?i:mit|mit\x20dem)\x20+)?$"
)
# a noun or a unit after the number: a measure or a count, no plate ("Der Anhänger es ab 3
# Tonnen", "Wohnmobile es ab 2025 Plätze gibt")
_NOUN_OR_UNIT_AFTER = regex.compile(rf"\x20*(?:\p{{Lu}}|(?i:{_UNITS})(?!\p{{L}}))")


def _spaced_plate_spans(text: str):
    """Plates typed in lower case with spaces: "es ho 333", "wunschkennzeichen tü ab 77"."""
    for match in _SPACED_PLATE.finditer(text):
        start, end = match.span("v")
        if text[start:end].split()[0].lower() in _NOT_PLATE_START:
            continue
        cue = _PLATE_CUE
        first = text[start:end].split()[0].lower()
        if match.group("mid") in _NOT_PLATE_MIDDLE and first not in _ONE_LETTER_DISTRICTS:
            cue = _STRONG_PLATE_CUE  # "s ab 1234" (Stuttgart) needs no more than "auto"
            if (
                _VEHICLE_RIGHT_BEFORE.search(text, max(0, start - 40), start) is not None
                and _NOUN_OR_UNIT_AFTER.match(text, end) is None
            ):
                cue = _PLATE_CUE  # "Fahrzeug es ab 1234": the vehicle names its plate
        if cue.search(text[max(0, start - 40) : end + 40]) is not None:
            yield start, end


_PLATE_RULES.append(
    _Rule(
        "KFZ",
        None,
        needs=_PLATE_CUES,
        needs_digit=True,
        # "(?<![\w\-])[a-zäöü]{1,3}\x20[a-z]{1,2}\x20?\d", written digit first: the search
        # jumps from digit to digit (the same yes or no)
        gate=regex.compile(r"\d(?<=(?<![\w\-])[a-zäöü]{1,3}\x20[a-z]{1,2}\x20?\d)"),
        finder=_spaced_plate_spans,
        name="kfz-lower-case-spaced",
    )
)

# ---------------------------------------------------------------- addresses without a suffix

_PLACE_PREPOSITION = (
    r"(?i:am|im|beim|zum|zur|unterm|überm|(?:an|auf|in|hinter|ob|vor|unter|bei|über)\s+"
    r"(?:der|den|dem))"
)
ADJECTIVE = (
    r"(?:Ober|Unter|Alt|Neu|Hoh|Lang|Kurz|Groß|Klein|Hinter|Vorder|Mittler|Äußer|Inner)"
    r"(?:e|en|er|es)"
)
_ADDRESS_LOOSE = regex.compile(
    # any adjective after the preposition: "Am Roten Rain 4", "Im Langen Feld 2"
    rf"""(?<![\p{{L}}])(?P<v>(?:{_PLACE_PREPOSITION}\s+(?:(?:{ADJECTIVE}|\p{{Lu}}\p{{Ll}}{{2,}}en)\s+)?
         |(?P<bare>{ADJECTIVE})\s+)
         (?P<w>\p{{Lu}}[\p{{Ll}}ß\-]+)[^\S\n]{{1,2}}{_HOUSE_NUMBER})""",
    regex.VERSION1 | regex.VERBOSE,
)


# endings of street names (the street rules take them without the preposition) and of nouns
_NOT_A_PLACE_NAME = tuple(
    "straße strasse str weg gasse allee platz ring damm nummer ung heit keit schaft zeichen".split()
)


# last parts of compounds numbered like rooms, lines and counters ("Sitzungssaal 1",
# "Buslinie 101", "Veloroute 1", "Bürgeramt 3"), never a place's name
_NUMBERED_HEADS = tuple(
    "saal raum zimmer linie gleis route amt tisch schalter kasse schnitt bahnsteig "
    # a council's papers: "zur Sitzungsvorlage 201/2025", "im Antrag 17/2024"
    "vorlage drucksache antrag anfrage beschluss".split()
)


# the last parts of field and place names that are also ordinary nouns ("Im Oberen Tal 9",
# "Bei der Kelter 3", "Am Fuchsloch 2", "Im Wiesengrund 4"): a noun ending otherwise is a
# numbered thing, no place ("Im Fall 2 gilt das", "Im Level 5", "Im Modul 3")
_PLACE_HEADS = tuple(
    """
    tal täle berg bergen bühl bühle halde halden hälde rain raine wasen au aue grund höhe höhen
    feld felder wiese wiesen garten gärten gärtle steige steig kelter kirche brunnen bach loch
    hof höfe mühle markt spital burg graben acker äcker weide weiden hang eck ecke winkel tor
    brücke holz hölzle wald hecke hecken heide ried moos see weiher insel zelg gewann gehren
    bruch kapf kopf buckel wengert schanze bad hütte siedlung viertel vorstadt dorf weiler flur
    hag sand stein steinen anger klinge grube gruben kreuz linde linden eiche eichen kloster
    mauer turm schloss schlössle wall zwinger kamp kämpe bogen weinberg weinberge weinbergen
    """.split()
)


# what follows a number that counts: a percent sign, a unit, a plural noun ("34 Betriebe")
_COUNTED_AFTER = regex.compile(
    rf"[\x20\t]*(?:%|(?i:{_UNITS}|stock|og|ug|eg|mrd|mio)(?![\p{{L}}])"
    rf"|{PLURAL_NOUN}|\d)"  # "bei den Stadtwerken 482 117"
    r"|\p{L}?\d|[\-/]\d",  # "beim Jobcenter 715D482913", "…-2917": the number goes on
    regex.VERSION1,
)


def _loose_address_spans(text: str):
    """Yield "Im Oberen Tal 9", "Beim Schlössle 2": a place phrase and a house number."""
    for match in _ADDRESS_LOOSE.finditer(text):
        word = match.group("w")
        if word in numbered_nouns() or word.lower().endswith(_NOT_A_PLACE_NAME):
            continue  # "im Jahr 2020"; "in der Weilstraße 88" is left to the street rules
        if word.lower().endswith(_NUMBERED_HEADS):
            continue  # "im Sitzungssaal 1", "zur Veloroute 1": a compound of a numbered noun
        number = regex.search(r"\d+", match.group()[match.end("w") - match.start() :])
        if number is not None and (int(number.group()) > 999 or number.group()[0] == "0"):
            continue  # "im Jahr 2020"-like phrases; "bei der Hotline 0711": no house number
        if match.group("bare") is not None:
            if lexicon().is_german(word) or word.endswith("-"):
                continue  # "Große Pause 2", "Neue Mitte 3": only a name that is no word
        elif lexicon().is_german(word) and not word.lower().endswith(_PLACE_HEADS) and (
            _COUNTED_AFTER.match(text, match.end()) is not None
        ):
            continue  # "im Gewerbegebiet 34 Betriebe", "in der Bahn 73 %": a count
        yield match.span("v")


# typed in lower case, only beside a word that says someone lives there: "wohne im oberen
# tal 9", "unterer wasen 2 ist unsere adresse", "wohnen am wasen 2"
_LOWER_PLACE = regex.compile(
    rf"""(?<![\p{{L}}\-])(?P<v>(?:{_PLACE_PREPOSITION}\x20+(?:(?i:{ADJECTIVE})\x20+)?
         |(?i:{ADJECTIVE})\x20+)(?P<w>\p{{L}}[\p{{Ll}}ß\-]{{2,}})\x20{{1,2}}
         (?:(?i:nummer|nr\.?|hausnummer)\x20?)?{_HOUSE_NUMBER})""",
    regex.VERSION1 | regex.VERBOSE,
)
_LIVES_BEFORE = regex.compile(
    r"(?i:\b(?:wohne|wohn|wohnen|wohnt|wohnst|wohnhaft|lebe|leben|lebt|daheim|zuhause|"
    r"adresse|anschrift)\b[\x20:,]*(?:(?:ich|wir|jetzt|hier|seit\x20\w+|schon|noch|"
    r"ist|lautet)\x20+){0,3}|\banwohner(?:in|innen)?\x20+(?:der|des|vom|von\x20+der)?\x20*"
    # the place after a comma in the same sentence: "wohne bei einer älteren dame, im lehen 7"
    r"|\b(?:wohne|wohnen|wohnt)\b[^.!?\n,]{3,45},\x20*)$"
)
_LIVES_AFTER = regex.compile(
    r"(?i:[\x20,]+(?:ist|wäre|war)\x20+(?:unsere|meine|die)\x20+(?:adresse|anschrift)\b|"
    r"[\x20,]+(?:da\x20+|dort\x20+|hier\x20+)?(?:wohne|wohnen|wohn|lebe|leben)\x20+(?:ich|wir)\b)"
)


_TIMES = frozenset(
    "winter sommer herbst frühling frühjahr schnitt durchschnitt wochenende moment monat "
    "jahr quartal alter urlaub januar februar märz april mai juni juli august "
    "september oktober november dezember".split()
)
_COUNT_AFTER = regex.compile(r"\x20+(?i:grad|°|busse|bahnen|züge|prozent|%|euro|€|mal|stück)\b")


def _lower_place_spans(text: str):
    """Yield "im oberen tal 9", "unterer wasen 2" beside a residence cue."""
    for match in _LOWER_PLACE.finditer(text):
        word = match.group("w")
        if word.capitalize() in numbered_nouns() or word.lower().endswith(_NOT_A_PLACE_NAME):
            continue  # "im jahr 2020", "im stock 3"; streets are left to the street rules
        if word.lower() in _TIMES or _COUNT_AFTER.match(text, match.end()):
            continue  # "im winter 3 grad weniger", "am wochenende 2 busse pro stunde"
        start, end = match.span("v")
        if _LIVES_BEFORE.search(text, max(0, start - 50), start) is not None or (
            _LIVES_AFTER.match(text, end) is not None
        ):
            yield start, end


_STREET_WORD = r"(?i:straße|strasse|str\.?|gasse|allee|weg|platz)"
# words ending in "-er" that name no place: "wieder platz 3 belegt", "unser weg 2"
_NOT_LOWER_PLACE = (
    r"(?!(?:unser|euer|jeder|jener|wieder|immer|oder|aber|über|unter|hinter|weiter|später|"
    r"früher|der|er|ihr)\s)"
)
# a farm or hamlet by its name where the writer lives: "i bin d Lisbeth vom Weiler
# Katzenbühl", "Mir sind a Bauernfamilie vom Hof Schurwaldblick", "wir auf dem Aussiedlerhof
# Lindenmaier"; the sentence says someone is from or lives there ("bin", "wohnen")
_FARM = regex.compile(
    r"(?<![\p{L}])(?:vom|von\x20dem|auf\x20dem|aufm|auf\x20em)\x20+"
    r"(?:(?P<v>(?i:weiler|hof|gehöft|aussiedlerhof|einödhof|hofgut|bauernhof|mühle|sägmühle)"
    r"\x20+\p{Lu}[\p{Ll}ßäöü\-]{2,}(?:\x20+\d{1,3}[a-z]?\b)?)"
    r"|(?P<w>\p{Lu}[\p{Ll}ßäöü]{2,}(?:hof|höfe|mühle)(?:\x20+\d{1,3}[a-z]?)?)(?![\p{L}]))",
    regex.VERSION1,
)
_SELF = regex.compile(
    r"(?<![\p{L}])(?i:bin|sind|send|san|wohne|wohnen|wohnt|wohn|wohnet|lebe|leben|daheim|dahoim|"
    r"zuhause)(?![\p{L}])"
)


def _farm_spans(text: str):
    """Yield a farm or hamlet named as the writer's home ("vom Weiler Katzenbühl")."""
    for match in _FARM.finditer(text):
        begin = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        end = min((i for i in (text.find(mark, match.end()) for mark in ".!?\n") if i >= 0),
                  default=len(text))
        named = match.group("w")
        if named is not None and lexicon().is_common_noun(named.split()[0]):
            continue  # "auf dem Schulhof", "auf dem Friedhof": no one's home
        if _SELF.search(text, begin, end) is not None:
            yield match.span("v" if named is None else "w")


_ADDRESS_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs=("weiler", "hof", "gehöft", "mühle"),
        finder=_farm_spans,
        name="adresse-farm",
        trusted=True,
    ),
    _Rule(
        "ADRESSE",
        None,
        needs=("wohn", "lebe", "leben", "lebt", "daheim", "zuhause", "adresse", "anschrift"),
        needs_digit=True,
        # "[a-zäöüß]{3,}\x20{1,2}\d", written digit first (three letters suffice for a yes)
        gate=regex.compile(r"\d(?<=[a-zäöüß]{3}\x20{1,2}\d)"),
        finder=_lower_place_spans,
        name="adresse-lower-case-place",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        # "\p{Lu}[\p{Ll}ß\-]+\s{1,2}\d" read back from its digit: the search skips to a digit,
        # not trying every capital (five times faster; the same texts pass)
        gate=regex.compile(r"\d(?<=\p{Lu}[\p{Ll}ß\-]+\s{1,2}\d)"),
        gate_on_raw=True,
        finder=_loose_address_spans,
        name="adresse-place-phrase",
    ),
    # the number named apart: "Kastanienallee, Nr 9", "in der Pfarrgasse, Hausnummer elf"
    _rule(
        "ADRESSE",
        rf"""(?<![\p{{L}}\-])\p{{Lu}}[\p{{L}}\-]*+(?<=\p{{L}}\p{{L}}(?i:{_STREET_SUFFIX_WORD}))\.?,?\s{{1,2}}
             (?i:(?:Haus\x20)?Nr\.?|Nummer|Hausnummer|Hausnr\.?|Haus-Nr\.?|No\.?)\s?
             (?:{_HOUSE_NUMBER}|(?i:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|
             zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig)\b)""",
        needs=("nr", "nummer", "no."),
        gate=re.compile(
            r"[a-zäöüß]\.?,?\s{1,2}(?:haus\x20)?(?:nr|nummer|hausnummer|hausnr|haus-nr|no)\.?\s?"
            r"(?:\d|(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|"
            r"\w+zehn)\b)"
        ),
        flags=_X,
        name="adresse-number-apart",
    ),
    # "Hausnummer 3 im Hainbachweg", "wohnhaft Weilerhau 3", "Frau Krause aus der Gartenstr."
    *HOUSE_RULES,
    # "Korber Höhe 22", "sulzgrieser halde 12a", "Mittl. Beutau 9", "Hochhaus Rosenau, 11. Etage"
    *STREET_FORM_RULES,
    # directions instead of a street: "wohn hinterm Edeka, das gelbe Haus neben der Bäckerei"
    _Rule(
        "ADRESSE",
        None,
        admit=may_hold_directions,
        finder=direction_spans,
        name="adresse-directions",
    ),
    # without a cue, a verbless line: "Hof Brenner, hinter dem Wäldchen, letzte Hütte am Weg"
    _Rule(
        "ADRESSE",
        None,
        admit=may_hold_fragment,
        finder=fragment_spans,
        name="adresse-directions-fragment",
    ),
    # in lower case: "neckarstrasse 14", "berliner str 112", "hauptstr. 7"
    _rule(
        "ADRESSE",
        rf"""(?<![\p{{L}}\-])(?:\p{{Ll}}[\p{{L}}\-]*?{_STREET_WORD}|{_NOT_LOWER_PLACE}\p{{Ll}}\p{{L}}+er\s+{_STREET_WORD})
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
        # not a wine's: "der Riesling vom Jahrgang dreißig", "ein Trollinger Jahrgang 2020"
        r"""(?<!(?i:wein|sekt|riesling|trollinger|lemberger|burgunder|silvaner|kerner|cuvée)
              \w{0,3}\x20(?:(?i:vom|von\x20dem|aus\x20dem|des|der|dem)\x20)?)
            (?<![\p{L}\-])  # not a licence plate's letters: "ES-JG 1905"
            (?i:\bJg\.?|\bJhg\.?|\bJahrg\.|\bJahrgang|\bJohrgang|(?<!(?i:die|den|der|alle|unsere)\x20)\bJahrgänger(?:in)?
               # two persons' years: "ein Ehepaar, Jahrgänge 1947 und 1950"
               |(?<=\b(?i:wir|mir|ehepaar|eheleute|paar|eltern|beide|zwillinge)\b[^.!?\n()]{0,40})
                (?<!(?i:die|den|der|alle|unsere|beide|beiden)\x20)\bJahrgänge(?=[^\S\n]*'?(?:19|20)?\d{2}[^\S\n]+(?:und|u\.|&)[^\S\n]+'?(?:19|20)?\d{2}\b))[^\S\n]*+:?[^\S\n]*+'?(?P<v>\d{2}\b(?![.,]\d)|(?:19|20)\d{2}\b(?![.,]\d)
             |(?i:neunzehnhundert|zweitausend)\p{L}*
             # two digits in words: "Jahrgang achtunddreißig"
             |(?i:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?
              (?i:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)\b
             # Swabian: "Johrgang sechzge", "Jahrgang fuffzge"
             |(?i:zwanzge|dreißge|dreissge|vierzge|fuffzge|fünfzge|sechzge|siebzge|achtzge|neunzge)\b)
             # a school year: "Jahrgang 10 am Georgii-Gymnasium", "… der Realschule Zell"
             # … and a cohort of a group: "Jahrgang 2024 der Azubis"
             (?!\s+(?:am|an\s+der|an\s+dem|der|des)\s+[\p{L}\-]*(?i:schule|gymnasium)
                |\s+(?:der|des)\s+\p{Lu})
           |\b(?P<v>\d{2}er)[\x20\-]+(?i:Jahrgang)""",
        needs=("jg", "jhg", "jahrg", "johrg"),
        flags=_X,
        name="datum-birth-year",
    ),
    # "ich (Baujahr 1961)": the joke for a birth year, only near "ich"
    _rule(
        "DATUM",
        r"""(?<=\b(?i:ich|bin)\b[^.!?]{0,20})
            # not a thing's year: "Ich habe ein Haus, Baujahr 1965"
            (?<!(?i:auto|wagen|fahr|pkw|golf|modell|haus|gebäude|wohnung|heizung|kessel|anlage|fenster|
                 motorrad|roller|gerät|maschine|computer|laptop|handy)[^.!?]{0,20})
            (?i:Baujahr)\s*'?(?P<v>(?:19|20)\d{2}|\d{2})\b
           # right after a relative: "mein Opa (Baujahr 39)", "d Oma isch Baujahr 41"
           |(?<=(?<!\b(?i:der|des|dem|vom|von)\x20)\b(?i:opa|oma|vater|mutter|papa|mama|großvater|großmutter|schwiegervater|
               schwiegermutter|onkel|tante|bruder|schwester|mann|frau|nachbar|nachbarin|
               # a person by age: "Als Rentnerin (Baujahr 52, hihi)", "Senior Baujahr 44"
               rentner|rentnerin|senior|seniorin|pensionär|pensionärin|pensionist|oldie)
               (?:\x20(?i:ist|isch|is|war))?[\x20(,:–\-]{1,3})
            (?i:Baujahr)\s*'?(?P<v>(?:19|20)\d{2}|\d{2})\b
           # or opening a sentence with "ich" soon after: "Baujahr 1953 😄 und trotzdem mache ich …"
           |(?<=(?:^|[.!?\n])[\x20\t]{0,3})(?i:Baujahr)\s*'?(?P<v>(?:19|20)\d{2}|\d{2})\b
            (?=\s*(?:[^\w\s]|und\b|aber\b))
            (?=[^.!?\n]{0,40}\b(?i:ich|bin|mich|mir)\b)""",
        needs_digit=True,
        needs=("baujahr",),
        flags=_X,
        name="datum-baujahr",
    ),
]

#: Rules for loose formats, run before the package's other number rules.
LOOSE_RULES = (
    PHONE_WORD_RULES
    + _ID_RULES
    + _YEAR_RULES
    + _PLATE_RULES
    + _ADDRESS_RULES
)
