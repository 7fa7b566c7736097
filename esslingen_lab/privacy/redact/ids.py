"""A file or customer number a few words after its cue: "kundennr von der stadtkasse 40-118-772".

The cue rule of ``rules.py`` takes a number right after its cue ("Kundennummer 4471123",
"Az.: 12/345"). People also name where the number comes from first: "die Kundennummer bei
den Stadtwerken 7781-2290-11", "Kassenzeichen für die Hundesteuer 5.0231.884.2". Up to four
words may then stand between cue and number; the number must look like an identifier (five
digits or more, in one run or in groups joined by "-", "/", "." or a space), so that "die
Vorgangsnummer war nach 14 Tagen …" and "… von 2023" stay.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.names import _after_public_paper
from esslingen_lab.privacy.redact.patterns import _ID_VALUE, _X, _Rule, _rule
from esslingen_lab.privacy.redact.vocabulary import _ID_CUE, _UNITS

__all__ = ["ACCOUNT_RULES", "ID_AFTER_WORDS_RULES", "ID_CUE_RULES", "ID_LIST_RULES",
           "JOB_CENTRE_RULES", "UNCUED_ID_RULES"]

# words that end the look for a number: a new clause, a time, a phone number's cue
_STOP = (
    r"und|oder|aber|weil|denn|wenn|dass|seit|nach|vor|zum|zur|am|um|bis|ab|ca|etwa|"
    r"tel|telefon|handy|mobil|fax|unter|erreichbar|rückfragen|anrufen|durchwahl|"
    r"stunden|tage|tagen|wochen|monate|jahre|jahren|minuten"
)
_CUE_THEN_NUMBER = regex.compile(
    rf"""(?<![\p{{L}}\-])(?i:{_ID_CUE})
         (?:[\x20\t]+(?!(?i:{_STOP})\b)(?![A-Z]{{1,3}}[\x20\-]?(?:[A-Z]{{1,3}}[\x20\-]?)?\d)
            [\p{{L}}](?:[\p{{L}}\-]*[\p{{L}}])?\.?){{1,4}}
         [\x20\t]*:?[\x20\t]*(?:(?i:ist|war|lautet|lautete|lautet\x20wie\x20folgt)[\x20\t]*:?[\x20\t]*)?
         \(?  # "Kundennummer bei der Telekom (550 441 2871)"
         # letters before the digits ("KS-PV-0219", "AB 12345") or one inside ("831D412345");
         # or groups of capitals and digits joined, letters anywhere ("7HX-44829-PP",
         # "2025-ES-MS-00981", "41.2-Sch/2025-071": a short word of an office inside)
         (?P<v>(?=[A-Za-z\d\-/.]*[A-Za-z])(?=[A-Za-z\d\-/.]*\d)(?:[A-Z\d]+|[A-Z][a-z]{{1,2}})
               (?:[\-/.](?:[A-Z\d]+|[A-Z][a-z]{{1,2}})){{1,5}}(?![\d\p{{L}}]|[.,\-/]\w)
           |(?:[A-Z]{{1,3}}[\x20\-]?){{0,2}}\d+(?:[A-Z]\d+)?(?:(?:[\-/.]|\x20(?=\d))\d+){{0,5}})
         (?![\d\p{{L}}]|[.,]\d)""",
    regex.VERBOSE | regex.VERSION1,
)
_JOINED_LETTERS = regex.compile(r"[A-Z]{1,3}-(?:[A-Z]{1,3}-)?\d")
# a date is no identifier: "… zum 1.1.2025", "vom 03.05.2024"
_DATE = regex.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}")


def _cue_then_number_spans(text: str):
    for match in _CUE_THEN_NUMBER.finditer(text):
        value = match.group("v")
        # five digits, or four after letters joined by hyphens: "KS-PV-0219" (not "DSL 1000")
        joined = _JOINED_LETTERS.match(value) is not None
        if sum(ch.isdigit() for ch in value) < (4 if joined else 5) or _DATE.fullmatch(value):
            continue
        if _after_public_paper(text, match.start("v")):
            continue  # "Referenznummer zu Drucksache 7/2025": a council paper is public
        yield match.span("v")


# the number named a sentence before and then given: "Die Steuer-ID wird abgefragt. Meine ist
# 52 847 319 066", "Kundennummer sollte man hinterlegen können – meine ist 4400128731"
_RESUMED = regex.compile(
    r"(?<![\p{L}])(?i:meine|seine|ihre|unsere)\x20+(?:(?i:ist|lautet|war)\x20*:?\x20*|:\x20*)"
    r"(?P<v>\d(?:[\d\-/.]|\x20(?=\d)){4,24}\d)(?![\d\p{L}]|[.,]\d|\x20*(?i:euro|eur|€|jahre))",
    regex.VERSION1,
)
_CUE_BEFORE = regex.compile(rf"(?<![\p{{L}}\-])(?i:{_ID_CUE})(?![\p{{L}}])", regex.VERSION1)


def _resumed_cue_spans(text: str):
    for match in _RESUMED.finditer(text):
        if sum(ch.isdigit() for ch in match.group("v")) >= 6 and _CUE_BEFORE.search(
            text, max(0, match.start() - 150), match.start()
        ):
            yield match.span("v")


#: Runs right after the cue rule of ``rules.py``.
ID_AFTER_WORDS_RULES = [
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("nummer", "nr", "zeichen", "az", "gz", "referenz", "vorgang", "kundenkonto"),
        finder=_cue_then_number_spans,
        name="id-cue-words-number",
    ),
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("meine", "seine", "ihre", "unsere"),
        gate=regex.compile(r"(?:meine|seine|ihre|unsere)\x20+(?:ist|lautet|war|:)"),
        finder=_resumed_cue_spans,
        name="id-resumed-cue",
    ),
]


# a code of capital letters and digits mixed, without a cue: "Die Nummer vom alten Pass,
# C9HT27L04, …", "EG7734KL21"; eight characters or more, three digits and two letters at
# least, letters and digits changing four times or more. Such codes are passes, tickets,
# customer or insurance numbers; no word, year or amount has that shape, and neither a word
# with a number ("WINTER2025", "RTX4090") nor most model, part and paper numbers
# ("GTX1080TI", "HPM404DN", "BP3000X12", "1K0959653C", "Vorlage 2024GR117": a second review
# found them tagged with two changes). A bank's BIC ("SOLADEST600") names no one.
_CODE = regex.compile(
    r"(?<![\p{L}\d\-/.@_#])(?!(?:[A-Z]{6}[A-Z\d]{2}(?:[A-Z\d]{3})?)(?![A-Z\d]))"
    r"(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){2})"
    r"(?=[A-Z\d]*?(?:[A-Z]\d+[A-Z]+\d+[A-Z]|\d[A-Z]+\d+[A-Z]+\d))"
    r"[A-Z\d]{8,14}(?![\p{L}\d\-/@_]|\.\w)",
    regex.VERSION1,
)

# a file number of letters and digit groups joined by hyphens, without a cue: "Mein
# Wohngeldantrag hängt: WG-114-77820-3"; seven digits or more in two groups or more (not
# "B-27", "ISO-27001", "COVID-19", "A-8-Ausbau")
_LETTERED_FILE = regex.compile(
    r"(?<![\p{L}\d\-/.])(?!(?i:ISO|IEC|DIN|EN|VDE|EU|ETSI|IEEE|RFC|ECE|DS|GR|BP|HH|VO|KW|Tel|Fax)-)"
    # not a year first: a plan's or a paper's number ("BP-2019-0045"), a date ("BA-2024-11-30")
    # (also "Wg-114-77820-3"; not a span of years: "Grab 1850-1920")
    r"[A-Z][A-Za-z]{0,3}-(?!(?:1[0-9]|20)\d\d(?!\d))\d{2,}(?:-\d+){1,3}"
    r"(?![\p{L}\d\-/]|[.,]\d)",
    regex.VERSION1,
)


def _lettered_file_spans(text: str):
    for match in _LETTERED_FILE.finditer(text):
        if sum(ch.isdigit() for ch in match.group()) >= 7 and not _after_public_paper(
            text, match.start()
        ):
            yield match.span()  # not "Vorlage GR-2025-0112": a council paper


# a case that "läuft unter" a number: "Mein Antrag läuft unter WG-2025/17723", "Widerspruch
# läuft unter OWi-2025-448812", "Der Vorgang wird unter AB-2025/33918 geführt": a word for a
# case before the verb, a code of letters and digits (four at least) with a separator; not
# an amount ("Die Miete ist unter 1.200 Euro"), a version ("läuft unter Windows-10/11"), an
# address ("unter www.esslingen.de/kita-2025"), a paper ("Die Vorlage ist unter GR-2025/117")
_FILE_CODE = (
    r"(?P<v>(?!(?i:www|win|windows|android|ios|macos|linux|version|iso|din|en|iec|wlan|lte|"
    r"covid|sars|top|b-plan)[\-./\d\x20])(?![\p{L}\d]*\p{L}{5})"
    r"(?=[\p{L}\d\-/.]*?\d[\p{L}\d\-/.]*?\d[\p{L}\d\-/.]*?\d[\p{L}\d\-/.]*?\d)"
    r"(?=[\p{L}\d\-/.]*\p{L})[\p{L}\d]+(?:[\-/.]+[\p{L}\d]+)+)(?![\p{L}\d]|[.,]\d)"
)
_CASES = (
    r"(?i:antrag|widerspruch|vorgang|fall|verfahren|akte|sache|beschwerde|anzeige|meldung|"
    r"ticket|anfrage|bußgeld|verwarnung|einspruch|klage|bescheid)"
)
_FILED_UNDER = regex.compile(
    rf"(?<![\p{{L}}]){_CASES}(?:\x20+\p{{L}}+){{0,3}}?\x20+"
    r"(?:(?i:läuft|lief|laufen|liefen|wird|ist)\x20+(?:\p{L}+\x20+){0,3}?(?i:unter)\x20+"
    r"(?:(?i:der\x20+(?:Nummer|Nr\.?|Vorgangsnummer)|dem\x20+(?:Aktenzeichen|Zeichen)|Az\.?|"
    r"Nr\.?)\x20*:?\x20*)?)" + _FILE_CODE
    # a file or a reference sign named alone before a code with letters: "Akte 4-MB-1187",
    # "Zeichen: OA-32/1904-24" (not "Zeichen 274.1", a traffic sign; "Unser Zeichen 2025")
    + r"|(?<![\p{L}])(?i:akte|zeichen)\x20*:?\x20*(?=[\p{L}\d]*[\-/.])" + _FILE_CODE,
    regex.VERSION1,
)
# a Bedarfsgemeinschaft's number of the job centre, as printed: "41803//0077120" (before the
# cue rules, which would take its first half: "BG-Nummer ist 41803//0077120")
JOB_CENTRE_RULES = [
    _rule("ID", r"(?<![\d/])\d{5}\x20?//\x20?\d{7}(?![\d/])", needs_digit=True),
]

#: Identifiers without a cue, by their shape alone; after the cue rules of ``rules.py``.
UNCUED_ID_RULES = [
    # a tax identification number as the tax office prints it, 2-3-3-3 digits ("47 118 903
    # 265"), also far from its cue ("die Steuer-ID …, hab's gemacht: 47 118 903 265"); it
    # never starts with 0, so no phone number, and amounts take dots; all 112 such numbers in
    # the labelled sets were someone's ID
    _rule(
        "ID",
        r"(?<!\d[\x20.,/\-]?)(?<![+])[1-9]\d\x20\d{3}\x20\d{3}\x20\d{3}(?!\d|\x20?[.,/\-]?\d)",
        needs_digit=True,
        gate=regex.compile(r"\d\x20\d{3}\x20\d{3}\x20\d{3}"),
        name="id-tax-number-shape",
    ),
    # an electricity meter's number: a digit, the maker's three letters, the serial
    # ("1ESY1160448120", "9ESW007135662", "1ESY1160 4472 01"); all 17 such in the labelled sets
    # were someone's ID
    _rule(
        "ID",
        r"(?<![\w\-/])\d[A-Z]{3}(?:\d{7,}|\d{4}(?:\x20\d{2,5}){1,2})(?![\w\-/])",
        needs_digit=True,
        gate=regex.compile(r"\d[A-Z]{3}\d{4}"),
        gate_on_raw=True,
        # in an answer about meters or energy only: "Das Produkt 2ABC3456789012" stays
        needs=("zähler", "zaehler", "strom", "gas", "ables", "messstelle", "stadtwerke",
               "meter", "wärme", "wasser"),
        name="id-meter-number-shape",
    ),
    # fifteen digits in a run: an animal's transponder chip ("276098100123456"), a phone's
    # IMEI, a card's number; no phone number is written so (not after "00": "004917612345678"),
    # nor a time stamp ("202501011230455"), a reading or an amount ("… kWh", "… Euro"), a
    # web address's parameter ("?id=…")
    _rule(
        "ID",
        r"(?<![\d.,/+\-=])(?!00|(?:19|20)\d\d(?:0[1-9]|1[0-2]))\d{15}(?![\d/]|[.,]\d)"
        r"(?!\x20*(?i:kwh|euro|eur|€|klicks|stück|m³|liter)(?!\p{L}))",
        needs_digit=True,
    ),
    # a city treasury's payment reference in its printed grouping, 1-4-6-1 digits with dots
    # ("5.0400.221873.9"), also away from its cue ("… 'Kassenzeichen unbekannt'
    # (5.0400.221873.9)"); no amount or date is written so, a version or part number says so
    # before it ("Version 5.2024.110523.1"), and all 74 such numbers in the labelled sets
    # were someone's
    _rule(
        "ID",
        r"(?<![\d.,])(?<!(?i:version|vers\.|ver\.|v|build|release|firmware|stand|normteil|"
        r"teil|artikel|art\.|modell)\.?\x20{0,2}(?:nr\.?\x20?)?)\d\.\d{4}\.\d{6}\.\d(?![\d]|[.,]\d)",
        needs_digit=True,
        gate=regex.compile(r"\d\.\d{4}\.\d{6}\."),
        name="id-payment-reference-shape",
    ),
    _Rule("ID", _FILED_UNDER, needs=("unter", "akte", "zeichen"), needs_digit=True,
          name="id-filed-under"),
    # an office's file number: its letters, a year, a running number ("KR/24/1207",
    # "EBG/2024/00913"); not a council paper's or a law's ("BV/0417/2025", "Drucksache
    # GR/2025/117", "EU/2016/679")
    _rule(
        "ID",
        r"(?<![\p{L}\d/])(?<!(?i:drucksache|vorlage|sitzungsvorlage|beschlussvorlage|gemeinderat|"
        r"verordnung|richtlinie)\x20+)(?!(?:EU|EG|EWG|GR|GRDrs|BV|DS|VO|RL)/)"
        r"\p{Lu}{1,5}/(?:\d{2}|(?:19|20)\d{2})/\d{3,6}(?![\p{L}\d/])",
        needs_digit=True,
        gate=regex.compile(r"[A-Z]/\d"),
        gate_on_raw=True,
    ),
    # a tax id: 11 digits in the official 2-3-3-3 grouping, a Steuernummer (not a phone
    # number's country code and rest: "+48 601 234 567"); unnamed, it keeps its number
    _rule(
        "ID",
        r"(?<![\d.,/+])(?<!\+\x20)(?:\d{2} \d{3} \d{3} \d{3}|\d{2,3}/\d{3,4}/\d{4,5})(?![\d.,/])",
        needs_digit=True,
    ),
    # both branches from the digit: the engine skips to the digits (four times faster)
    _Rule("ID", _CODE, needs_digit=True, gate=regex.compile(r"\d(?<=[A-Z]\d)|\d[A-Z]"),
          gate_on_raw=True, name="id-code-without-cue"),
    _Rule("ID", None, needs_digit=True, gate=regex.compile(r"[A-Za-z]-\d\d+-\d"),
          gate_on_raw=True,
          finder=_lettered_file_spans, name="id-lettered-file-without-cue"),
]


# a bank account number after "Konto" without "-nummer": "Konto 532013000 bei der KSK",
# "Girokonto: 12 345 678", "Kto.-Nr. 0532013000"; six to twelve digits, not an amount
# ("Konto mit 150000 Euro") nor a year ("Konto seit 2019")
_ACCOUNT = regex.compile(
    r"""(?<![\p{L}\-])(?i:konto|kto\.?|girokonto|sparkonto|bankkonto|gehaltskonto|
          kto\.?-?nr\.?|konto-?nr\.?)
        [\x20\t]*:?[\x20\t]*(?:(?i:ist|lautet|war|nr\.?|nummer)[\x20\t]*:?[\x20\t]*)?
        (?P<v>\d{2,10}(?:\x20\d{2,6}){0,3})
        (?![\p{L}\d]|[.,]\d|\x20?(?i:€|euro|eur\b|%|tsd|mio))""",
    regex.VERBOSE | regex.VERSION1,
)


def _account_spans(text: str):
    for match in _ACCOUNT.finditer(text):
        value = match.group("v")
        if 6 <= sum(ch.isdigit() for ch in value) <= 12:
            yield match.span("v")


ACCOUNT_RULES = [
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("konto", "kto"),
        finder=_account_spans,
        name="id-bank-account",
    )
]


# ---------------------------------------------------------------- lists of numbers

# More numbers of the same kind after one already replaced: "Aktenzeichen [ID], B98-765-432",
# "Kundennr. [ID] / 5678 / 9012", "[ID] und 40-118-773". Whoever lists two customer numbers
# after one cue means both; each later one is found from the tag before it. A later value
# needs four digits or more and is no year ("[ID], 2019 eingereicht"), no amount or measure
# ("[ID], 1500 Euro"), no count ("[ID] und 2500 weitere") and no postcode before a place
# ("[ID], 73728 Esslingen").
_LIST_SEP = r"(?:\x20?[,;/&+]\x20?|\x20(?:und|oder|sowie|bzw\.|u\.)\x20)"
_NEXT_IN_LIST = regex.compile(
    rf"""\G{_LIST_SEP}
         (?P<v>(?:[A-Z]{{1,3}}[\x20\-]?)?\d+(?:[\-/.]\d+){{0,5}}|\d{{2,4}}(?:\x20\d{{2,4}}){{1,3}})
         (?![\d\p{{L}}]|[.,]\d|\x20?(?:\p{{Lu}}|(?i:{_UNITS})(?!\p{{L}})))""",
    regex.VERBOSE | regex.VERSION1,
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_DATE = regex.compile(r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.\d{1,2}\.(?:\d\d){1,2}")
# a count or an amount: a plain number, or one in thousands ("2500", "12.500"); in a list
# of identifiers only at its end and of six digits or more when words follow ("[ID] und
# 2500 weitere Anträge", "[ID], 3500 im Monat", "[ID], 12.500 gezahlt" stay; "[ID], 448813")
_AMOUNT = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_PLAIN = regex.compile(r"\d+")
_LIST_END = regex.compile(rf"\x20*(?:$|[.,;:!?)\]\n]|{_LIST_SEP}\d)")


def _count_like(value: str, text: str, end: int) -> bool:
    if _AMOUNT.fullmatch(value) is not None:
        return True
    if _PLAIN.fullmatch(value) is None or len(value) >= 6:
        return False
    return _LIST_END.match(text, end) is None


def _listed_after_tag_spans(text: str):
    start = text.find("[ID]")
    while start >= 0:
        at = start + 4
        while (match := _NEXT_IN_LIST.match(text, at)) is not None:
            value = match.group("v")
            if sum(ch.isdigit() for ch in value) < 4 or _YEAR.fullmatch(value):
                break
            if _DATE.fullmatch(value):
                break  # "[ID];2025-03-04;Web": a table's next cell, a date
            if _count_like(value, text, match.end("v")):
                break
            yield match.span("v")
            at = match.end()
        start = text.find("[ID]", at)


# The rest of a number cut short by an earlier rule: a letter suffix ("Aktenzeichen [ID]-K",
# from "WG-3301/25-K") or its last digit groups before a stop ("Kundennr. [ID] 448 27,",
# from "SWE-100 448 27"); not a word after a hyphen ("[ID]-Antrag"), a year ("[ID] 2025."),
# a number before words ("[ID] 2025 eingereicht", "[ID] 14 Tage") or a time, an amount or a
# date after it ("[ID] 14:30 Uhr", "[ID] 120,50 €").
_TAIL = regex.compile(
    r"""\[ID\](?P<v>-[\p{Lu}\d]{1,3}(?![\p{L}\d\-])
         # two digit groups, or one of three or four digits that is no year, before a stop
         # that ends the number ("14:30 Uhr", "120,50 €", "12.03.2025" go on)
         # (spaces, not tabs: a tab starts a table's next cell, "[ID]\t35\t67")
         |(?:\x20{1,2}\d{2,4}){2,3}|\x20{1,2}(?!(?:19|20)\d\d(?!\d))\d{3,4})
         (?=\x20*+(?:$|[,.;:!?)\]](?![\d\p{L}])|\n|[–—]|-\x20))""",
    regex.VERBOSE | regex.VERSION1,
)


def _tail_spans(text: str):
    for match in _TAIL.finditer(text):
        yield match.start(), match.end("v")  # one tag for the whole number


#: Runs after every rule that tags an [ID] from its cue or shape.
ID_LIST_RULES = [
    _Rule(
        "ID",
        None,
        needs_digit=False,
        needs=("[id]",),
        finder=_tail_spans,
        name="id-tail-after-id",
        trusted=True,
    ),
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("[id]",),
        finder=_listed_after_tag_spans,
        name="id-listed-after-id",
        trusted=True,
    )
]


#: File, tax, customer numbers after their cue word, and a letter's or a payment's reference
#: (rules.py runs them where the list names them).
ID_CUE_RULES = [
    _rule(
        "ID",
        rf"""(?:(?<![\p{{L}}\-])(?i:{_ID_CUE})
               # an abbreviated cue after its office: "Bußgeld-Az. 41.2-OWI-2025/3381"
               |(?<=\p{{L}}{{3}}-)(?:(?:Az|AZ|Akz|Gz)\.?|(?i:az|akz|gz)\.)(?![\p{{L}}]))
             (?:(?:\s+(?:bei|beim|von|vom|der|den|dem|des|im|für|meiner|meines|unserer|unseres|
                zur|zum|in|\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{2,5}})){{1,4}}
                (?=\s*(?::|,\s*\d+[\-/]\d|(?i:lautet|ist|war|lautete))))?
             (?:\s*(?:[:.#]|,(?=\s*\d+[\-/]\d)|Nr\.?|-Nr\.?|(?i:lautet|ist|war|lautete)\b
                 # "Kundennummer, die ist 8800-3314-21"
                 |,\s*(?i:die|das|der)(?=\s+(?i:lautet|ist|war)\s*:?\s*
                    (?:\d{{5}}|[\p{{L}}\d]*\d[\p{{L}}\d]*[\-/.][\p{{L}}\d])))){{0,3}}
             \s*(?P<v>{_ID_VALUE})
             # a measure is no number of a file: "Das Flurstück ist 400 qm groß"
             (?![\p{{L}}\d]|\x20?(?i:qm|m²|m2|ar|ha|euro|eur|€|jahre|tage|wochen|monate|stellen|
                minuten|stunden|prozent|%)(?![\p{{L}}]))""",
        needs_digit=True,
        needs=("az", "gz", "aktenz", "zeichen", "nummer", "nr", "steuer", "idnr", "id-nr",
               "ausweis", "vorgang", "referenz", "kundenkonto", "ticket #", "flurst", "flst",
               "grundbuch", "-id", "id:", "id "),
        flags=_X,
    ),
    # a letter's or a payment's reference, five digits at least: "Ihr Zeichen 32.1-Ba/0977",
    # "Verwendungszweck 889104-22", "case no. 2025/OWi/448812" ("case number 3" stays),
    # "Zahlungsreferenz 4471 2209 1183"
    _rule(
        "ID",
        r"""\b(?i:(?:ihre?|mein|unser)\s+zeichen|verwendungszweck|vwz|(?:zahlungs|überweisungs|buchungs)-?referenz|
               referenz(?=\s*+[:#]|\x20)|case\s+no\.?|
               # a payment's transaction: "(Transaktion 99-3301-8820)", "Transaktions-ID: …"
               transaktion(?:s-?(?:nummer|nr\.?|id|code))?|
               case\s+number|ref(?:erence)?\.?\s*(?:no\.?|number|nr\.?))\s*+[:.#]?\s*+
             (?:(?i:bitte|lautet|ist|war|immer|is)\s++)?
             # also in groups of digits ("Zahlungsreferenz 4471 2209 1183"; a space only
             # between digits, not "Spende 2025 500 Euro"); forty characters at most, so a
             # run of cues is read once ("vwz-vwz-…")
             (?P<v>(?=(?:[\p{L}\-/.]{0,12}+(?:(?<=\d)\x20{1,2}(?=\d{3}))?\d){5})
               [\p{L}\d](?:[\p{L}\d\-/.]|(?<=\d)\x20{1,2}(?=\d{3})){0,40}(?<=[\p{L}\d]))
             (?![\p{L}\d]|\x20{1,2}\d)  # the whole run of groups, or none
             # a number before a unit or a count is an amount: "Verwendungszweck 2025 500 Euro"
             (?!\x20*+(?i:euro|eur|€|mal|haushalte|stück)(?!\p{L}))""",
        needs_digit=True,
        needs=("zeichen", "verwendungszweck", "vwz", "referenz", "case n", "ref", "transaktion"),
        flags=_X,
        name="id-reference",
    ),
]
