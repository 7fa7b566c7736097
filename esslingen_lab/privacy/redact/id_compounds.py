"""An identifier after any word for a number ("Betreuungsnummer XVII 233/19").

One rule reads every "-nummer" compound ("Kindergeld-Nummer 215FK488213", "Anmeldenummer
KITA-ES-2024-11873", "Mitgliedsnummer A-3381") with one list of numbers that are no one's
file (``_NOT_ID_STEM``).

Also "Transferticket et1234xyz99", Swabian "Aktezeiche 63-BG-2024-1187", "ticket nr 88213".
The cue list of ``id_cues.txt`` names the usual numbers; people name others the same way, a
compound ending in "-nummer", "-nr.", "-zeichen", "-ticket", "-kennung" or a noun and "Nr."
("Hundemarke Nr. 2241" keeps its noun). The value must look like an identifier, not like a
count or a room: five digits or more, also in groups joined by "-", "/" or "." ("6120-445",
"XVII 233/19"), or letters and digits mixed ("L01X34R7P"). Numbers of a house, a phone, a
room, a bus line … are left to their own rules or stay. A bare "Nr." takes only a code of
letters and digits mixed ("(Nr. L01X34R7P)").
"""

from __future__ import annotations

import re

import regex

from esslingen_lab.privacy.redact.patterns import _Rule, in_one_word

__all__ = ["ID_COMPOUND_RULES"]

# a compound for a number ("Betreuungsnummer", "Grab-Nr.", "Transferticket", "Aktezeiche"),
# or a noun and "Nr."/"Nummer" apart ("ticket nr", "Hundemarke Nr.")
_CUE = regex.compile(
    r"""(?<![\p{L}\-])(?P<cue>
          # an abbreviated noun too: "Pers.-Nr.", "Kd.-Nr.", "Mitgl.Nr."; a plural "Kundennummern"
          (?P<stem>\p{L}[\p{L}\-]{1,40}?(?:\.-?)?)
          (?i:nummern?|nr\.?|no\.|zeichen|zeiche|ticket|kennung|kennziffer|code|konto|
             # a card's number without "Nr.": "Bibliotheksausweis: 2204-11873-ES"
             # (its "Nr." read by the branch after: "Schülerausweis Nr. 72-113")
             (?:ausweis|karte)(?![\x20\t\-]*(?i:nr|nummer|no)(?![\p{L}])))
        # (not "die Nummer vom Mensa-Konto: …": read from "Nummer", by the branch after)
        | (?P<stem>\p{L}[\p{L}\-]{2,40})\x20(?i:nr\.?|nummer)(?!\x20(?i:
            des|der|vom|von\x20der|von\x20dem|meines|meiner|unseres|unserer)\x20)
        # the number of a thing named after it: "Nummer des Antrags ist 40-SBP-00931"
        | (?i:nummer|nr\.?)\x20(?i:des|der|vom|von\x20der|von\x20dem|meines|meiner|unseres|unserer)
          \x20(?P<stem>\p{L}[\p{L}\-]{2,40})
        # an identifier of a service or a register: "Threema-ID 8XK2P4TM", "Kunden-ID"
        | (?P<stem>\p{L}[\p{L}\-]{1,40}?)-(?P<bare>ID)
        | (?P<bare>(?i:nr\.|nr|nummer))
        | (?i:kostenstelle|kst\.))
        (?![\p{L}])
        # the office that keeps it: "Aktennummer beim Jobcenter: 513D0-BG-…", "Aktenzeichen
        # beim Sozialamt 50-GS-2211/23", "Kundennummer bei den Stadtwerken (2207 331 908)"
        (?:\x20(?i:beim|bei\x20der|bei\x20dem|bei\x20den|vom|von\x20der|im|in\x20der)
           \x20\p{L}[\p{L}\-]{1,30}(?=[\x20\t]*(?::|\(|\d))
         # "Aktenzeichen bei Ihnen 301-ABH-77812"
         | \x20(?i:bei\x20(?:ihnen|euch|dir))(?=[\x20\t]*(?::|\(|\d)))?
        [\x20\t]*(?::[\x20\t]*)?(?:(?i:ist|isch|war|lautet|lautete|steht)[\x20\t]*:?[\x20\t]*)?
        (?:\((?=[^()]{4,30}\)))?
        (?P<v>(?:[IVXL]{1,5}\x20|[A-Z]{1,4}(?:-[A-Z]{1,4})?[\x20\-])?  # "ABH-ES 2024/…"
              [0-9A-Za-z]+(?:[\-/.][0-9A-Za-z]+){0,5})
        (?![\p{L}\d]|[.,/\-]\d)""",
    regex.VERBOSE | regex.VERSION1,
)
# stems of numbers that are no one's file: a house, a phone, a room, a seat, a page, a line,
# a form, a product, a queue's call ("Wartenummer 112", "Formularnummer 0815-22")
_NOT_ID_STEM = tuple(
    """haus telefon tel handy fax ruf mobil festnetz hotline service whatsapp kontakt durchwahl
    apparat vorwahl zimmer raum linie linien bus bahn wagen gleis bahnsteig haltestelle seite
    seiten kapitel paragraph paragraf artikel top tagesordnungs drucksache drucksachen vorlage
    vorlagen sitzung beschluss formular platz sitz reihe block etage etagen stock tor tisch
    start lfd lauf trikot rücken post postleit kalender woche termin warte schalter aufruf not
    version versions modell typ serien produkt teile los straßen strassen kenn kfz auto hoch
    ausgabe heft band punkt jahrgang folge episode nummern kurs veranstaltungs spenden""".split()
)
# a "-code" is one person's when it books, admits or registers: "Buchungscode Q7K-22M-Z9P",
# "Teilnehmer-Code JKS-24-8817-F", "Zugangscode"; public codes are many (EAN-, Modul-, Tarif-,
# Fehler-, Farb-, Ortscode) and stay
_PERSONAL_CODE = (
    "buchung", "teilnehmer", "zugang", "aktivierung", "bestätigung", "kunde", "kunden",
    "mitglied", "anmelde", "anmeldung", "registrierung", "freischalt", "freischaltung",
    "einladung", "login", "benutzer", "reservierung", "abhol", "storno", "vorgang", "antrag",
    "termin", "bürger", "transaktion", "bestell", "ticket", "berechtigung",
)
_ARTICLES = frozenset(
    "die der das den dem des eine einer einem einen meine meiner meinem meinen seine seiner "
    "seinem ihre ihrer ihrem unsere unserer unserem neue neuen alte alten".split()
)
# a council's paper numbered per year: "Antrag Nr. 23/2025", "Vorlage 112/2024"
_PAPER = regex.compile(r"\d{1,4}/(?:19|20)\d{2}")
_YEARS_OR_BOOK = regex.compile(r"(?:19|20)\d{2}(?:-(?:19|20)\d{2})+|97[89](?:-\d+){3,4}")
_DATE = regex.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|\d{4}-\d{2}-\d{2}")


def _looks_like_id(value: str, bare: bool, numbered: bool) -> bool:
    """Tell a code from a count: five digits, or letters and digits mixed.

    After a "-nummer" compound ("Mitgliedsnummer A-3381", "Bewerbernummer 2025-0413") a
    shorter code counts too: three digits and a letter, or four digits in six characters.
    """
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value.split()[-1])
    mixed = digits >= 2 and letters >= 2 and len(value) >= 6
    if bare:  # "mit der Nummer 2025-0098-7731": groups of digits too (a phone starts with 0)
        grouped = (value.count("-") >= 2 or digits >= 10) and digits >= 8 and value[:1] not in "0+"
        if grouped and (_YEARS_OR_BOOK.fullmatch(value) or _DATE.fullmatch(value)):
            grouped = False  # "2021-2022-2023", "2024-03-15", an ISBN "978-3-16-148410-0"
        return (mixed or grouped) and " " not in value
    if _DATE.fullmatch(value) or _PAPER.fullmatch(value):
        return False
    if numbered and ((digits >= 3 and letters >= 1) or (digits >= 4 and len(value) >= 6)):
        return True
    if digits == 4 and value.isdigit() and value.startswith("0") and value != "0815":
        return True  # "Mitglied Nr. 0217": a count or a year never starts with 0
    return digits >= 5 or mixed


# a noun and "nummer" in one word: "Mitgliedsnummer", "Kunden-Nr.", "Antrags-No."
_NUMBERED = regex.compile(r"\S+(?i:nummer|nr\.?|no\.)")


def _id_compound_spans(text: str):
    for match in _CUE.finditer(text):
        stem = (match.group("stem") or "").lower().rstrip("-.")
        if stem.endswith("s") and stem[:-1].endswith(_NOT_ID_STEM):
            stem = stem[:-1]
        if stem.endswith(_NOT_ID_STEM):
            continue
        if match.group("cue").lower().endswith("code") and not stem.rstrip("s-").endswith(
            _PERSONAL_CODE
        ):
            continue
        value = match.group("v")
        if "[" in value or not any(ch.isdigit() for ch in value):
            continue
        # "mit der Nummer B072XM4R81": after an article the word is a bare "Nummer"
        bare = match.group("bare") is not None or stem in _ARTICLES
        numbered = _NUMBERED.fullmatch(match.group("cue")) is not None and not bare
        if _COUNT_AFTER.match(text, match.end("v")) is not None or _COUNT_AFTER.fullmatch(
            value[value.rfind("-") :] if "-" in value else ""
        ):
            continue  # "Mein Sparkonto: 12.500 Euro", "steht 12345-mal im System": a count
        if _PHONE_START.fullmatch(value) and _PHONE_REST.match(text, match.end("v")):
            continue  # "mein nummer 0176 2345678": a phone number's area code, no file's
        owner = _OWNER_CUE.match(match.group("cue")) is not None
        if owner and value[:1] in "0+" and not any(ch.isalpha() for ch in value):
            continue  # "die Nummer vom Platzwart: 0711 36 12 48": the phone rules' number
        if match.group("cue").lower().endswith(("ausweis", "karte")) and not _card_number(value):
            continue  # "Jahreskarte 2024-2025", "Speicherkarte 64-128 GB"
        if _looks_like_id(value, bare, numbered):
            yield match.span("v")


def _card_number(value: str) -> bool:
    """Tell a card's number from a season, a date or a range.

    Seven digits or more, and more than years and short groups ("2204-11873-ES", not
    "2025-2026", "1.1.2024-31.12.2024").
    """
    groups = re.findall(r"\d+", value)
    if sum(len(g) for g in groups) < 7:
        return False
    return any(len(g) > 4 or (len(g) == 4 and not g.startswith(("19", "20"))) for g in groups)


_PHONE_START = regex.compile(r"(?:\+49|0049|0)\d{2,4}")
_PHONE_REST = regex.compile(r"[\x20/\-]{1,3}\d{3,}")
# "Nummer des …", "Nr. vom …": the number of a thing, a person or an office after the word
_OWNER_CUE = regex.compile(r"(?i:nummer|nr\.?)\x20")


# a unit after the number: it counts money, time or times, it names no file
_COUNT_AFTER = regex.compile(
    r"(?:\x20?-|\x20)(?i:mal|euro|eur|€|minuten|stunden|tage|prozent|%|cent|franken|dollar)"
    r"(?![\p{L}])|\x20?(?:€|%)",
    regex.VERSION1,
)


#: Runs with the loose number formats, before the licence plates ("Tagespflege-Nr.
#: TP-ES-0219" is a file's number, not a plate) and the phone rules.
ID_COMPOUND_RULES = [
    # a VAT number, a sole trader's own: "Umsatzsteuer-ID DE 318 442 907", "USt-IdNr. DE284119530"
    _Rule(
        "ID",
        regex.compile(
            r"(?<=(?i:umsatzsteuer-?id(?:entifikationsnummer)?|ust-?id(?:-?nr)?\.?|ust\.?-?idnr\.?"
            r"|vat(?:\x20?(?:id|no\.?|number))?)[\x20\t]*[:.]?[\x20\t]*)"
            r"(?P<v>DE\x20?\d{3}\x20?\d{3}\x20?\d{3})(?![\d])",
            regex.VERSION1,
        ),
        needs_digit=True,
        needs=("ust", "umsatzsteuer", "vat"),
        name="id-vat-number",
    ),
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=(
            "nummer", "nr", "no.", "zeiche", "ticket", "kennung", "kennziffer", "kostenstelle",
            "kst.", "-id", "code", "konto", "ausweis", "karte",
        ),  # fmt: skip
        # the cue's ending, then a digit within a few characters (cheap, on the lowered text)
        gate=regex.compile(
            r"(?:nummern?|nr|no|zeichen?|ticket|kennung|kennziffer|kostenstelle|kst|-id|code|konto|"
            r"ausweis|karte)"
            r"\.?(?:\x20(?:des|der|vom|von\x20der|von\x20dem|meines|meiner|unseres|unserer"
            r"|beim|bei|bei\x20der|bei\x20dem|bei\x20den|im|in\x20der)\x20[^\x20]{3,40})?[\x20\t:]{0,3}"
            r"(?:(?:ist|isch|war|lautet|steht)[\x20\t:]{1,3})?\(?"
            r"[a-z]{0,5}(?:[\x20\-][a-z]{1,5}){0,2}[\x20\-]?\d"  # "kita-es-2024", "tp-es-0219"
        ),
        finder=_id_compound_spans,
        name="id-compound-cue",
    )
]


# ---------------------------------------------------------------- identity documents

# the number of a passport, an identity card, a driving licence, a residence permit:
# "Reisepass C01X00T478", "Führerschein B072RRE2I55", "Perso-Nr. L01X34R7P", "mein Ausweis
# hat die Nummer T220001293"; a code of letters and digits (or eight digits and more), so
# that "Pass auf 3 Kinder auf" and "Führerschein seit 1998" stay
_DOCUMENT = regex.compile(
    r"""(?<![\p{L}\-])(?i:reisepass|pass|personalausweis|ausweis|perso|führerschein|
          fuehrerschein|führerscheins|fahrerlaubnis|aufenthaltstitel|aufenthaltserlaubnis|
          niederlassungserlaubnis|visum|duldung|reisedokument|passport|id-karte|
          identitätskarte|kinderreisepass)
        (?:[\x20\-]?(?i:nr\.?|nummer|no\.?|number))?
        (?:\x20+(?i:hat|trägt|mit)(?:\x20+(?i:die|der))?\x20+(?i:nummer|nr\.?))?
        (?:\x20+(?-i:\p{Ll}+)){0,3}?
        [\x20\t]*:?[\x20\t]*(?:(?i:ist|lautet|war|lautete)[\x20\t]*:?[\x20\t]*)?
        (?P<v>[A-Za-z0-9]{6,12})(?![\p{L}\d]|[.,/\-]\d)""",
    regex.VERBOSE | regex.VERSION1,
)


def _document_spans(text: str):
    for match in _DOCUMENT.finditer(text):
        value = match.group("v")
        digits = sum(ch.isdigit() for ch in value)
        letters = len(value) - digits
        if (digits >= 2 and letters >= 1 and not value.isalpha()) or digits >= 8:
            if letters and value.islower() and digits < 3:
                continue
            if regex.fullmatch(r"(?:19|20)\d\d(?:er)?|\d+(?:km|kg|cm|mm|eur|euro)", value,
                               flags=regex.IGNORECASE):
                continue
            yield match.span("v")


# ---------------------------------------------------------------- a number said in words

_DIGIT_WORD = (
    r"(?:null|eins|ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
    r"zwoelf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|"
    r"vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)"
)
# "meine personalnummer ist zwölf drei vier fünf", "Kundennummer: eins-zwei-drei-vier"
_NUMBER_IN_WORDS = regex.compile(
    rf"""(?<![\p{{L}}\-])(?P<stem>\p{{L}}[\p{{L}}\-]{{1,40}}?)(?i:nummer|nr\.?)
         (?![\p{{L}}])[\x20\t]*:?[\x20\t]*(?:(?i:ist|lautet|war|lautete)[\x20\t]*:?[\x20\t]*)?
         (?P<v>(?i:{_DIGIT_WORD})(?:(?:[\x20\-,]|,\x20)(?i:{_DIGIT_WORD}|und)){{2,15}})
         (?![\p{{L}}])""",
    regex.VERBOSE | regex.VERSION1,
)


def _number_in_words_spans(text: str):
    for match in _NUMBER_IN_WORDS.finditer(text):
        stem = match.group("stem").lower().rstrip("-")
        if stem.endswith("s") and stem[:-1].endswith(_NOT_ID_STEM):
            stem = stem[:-1]
        if stem.endswith(_NOT_ID_STEM):
            continue  # a phone number in words is the phone rules' ("Telefonnummer null …")
        value = match.group("v")
        if value.lower().endswith(" und"):
            continue
        yield match.span("v")


# ---------------------------------------------------------------- digits typed in groups

# a number typed in groups of digits after its cue, as printed on a card or a letter:
# "Betriebsnummer BNR 08 917 334", "Krankenkassenkarte Nr. X 998 765 432", "Matrikel-Nr.
# 7 6 1 2 0 4 8", "Vertragskonto SWE: 4 000 731 906", "Widerspruchsnummer OWi 2025/ 448 371"
_SPACED = regex.compile(
    r"""(?<![\p{L}\-])(?:(?P<stem>\p{L}[\p{L}\-]{0,40}?)(?i:nummer|nr\.?|no\.|konto|zeichen)
          |(?P<word>\p{L}[\p{L}\-]{1,40}\.?\x20)?(?i:nr\.|nr|no\.))
        (?![\p{L}])[\x20\t]*:?[\x20\t]*(?:(?P<tag>\p{Lu}[\p{L}\-]{1,4}|\p{Lu}{2,4})[\x20\t]*:?[\x20\t]+)?
        (?:(?i:ist|isch|war|lautet)[\x20\t]*:?[\x20\t]*)?
        (?P<v>(?:\p{Lu}{1,4}[\x20\-])?\d{1,6}(?:(?:\x20|/\x20?|-)\d{1,6}){1,8})
        (?![\p{L}\d]|[.,]\d)""",
    regex.VERBOSE | regex.VERSION1,
)


def _spaced_number_spans(text: str):
    """Yield a number in spaced groups of digits after its cue (six digits or more)."""
    for match in _SPACED.finditer(text):
        stem = (match.group("stem") or match.group("word") or "").lower().strip(" -")
        if stem.endswith("s") and stem[:-1].endswith(_NOT_ID_STEM):
            stem = stem[:-1]
        if stem.endswith(_NOT_ID_STEM) or stem.endswith(("tel.", "tel")):
            continue  # a phone's, a house's, a room's number
        value = match.group("v")
        digits = sum(ch.isdigit() for ch in value)
        if " " not in value.replace("/ ", "/") or digits < 6:
            continue  # one group: the compound rule's
        if match.group("stem") is None and value.startswith("0") and digits >= 9:
            continue  # "meine Nr. 0176 …": a bare "Nr." before a phone number is the phone's
        groups = regex.findall(r"\d+", value)
        if _DATE.search(value) or (
            len(groups) == 2 and any(regex.fullmatch(r"(?:19|20)\d{2}", g) for g in groups)
        ):
            continue  # "Nr. 12 2025": an issue of a year
        yield match.span("v")


ID_COMPOUND_RULES.extend([
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("nummer", "nr", "no.", "konto", "zeichen"),
        gate=regex.compile(r"(?:nummer|nr|no|konto|zeichen)\.?[^\n]{0,12}\d{1,6}(?:\x20|/\x20?)\d"),
        finder=_spaced_number_spans,
        name="id-spaced-groups",
    ),
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("pass", "ausweis", "perso", "führerschein", "fuehrerschein", "fahrerlaubnis",
               "aufenthalt",
               "niederlassung", "visum", "duldung", "reisedokument", "passport", "id-karte",
               "identitätskarte"),
        finder=_document_spans,
        name="id-identity-document",
    ),
    _Rule(
        "ID",
        None,
        needs=("nummer", "nr", "nr."),
        needs_words=frozenset(
            w for word in ("null", "eins", "zwei", "zwo", "drei", "vier", "fünf", "sechs",
                           "sieben", "acht", "neun", "zehn", "elf", "zwölf")
            for w in (word, word.capitalize())
        ),
        gate=regex.compile(
            r"(?:nummer|nr\.?)[\x20\t:]{0,3}(?:(?:ist|lautet|war)[\x20\t:]{1,3})?"
            r"(?:null|ein|zw|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf)"
        ),
        finder=_number_in_words_spans,
        name="id-number-in-words",
    ),
])


# ---------------------------------------------------------------- a case, a ticket, a token

# the number of one person's case, report or token after its noun, with or without "Nr.":
# "Ticket 24-113052", "Meldung 58812", "Fall 2024/1187", "Antrag BPA-44-2025-0917",
# "Steuermarke 1187", "Hundemarke Nr. 2241", "Berechtigungskarte Nr. 2291", "WEG-Nr. 0473";
# four digits at least and no year alone ("Meldung von 2024", "Antrag 2025 gestellt"), no
# amount ("Fall 1000 Euro"), no council paper ("Antrag 23/2025")
_CASE = regex.compile(
    r"""(?<![\p{L}\-])(?:\p{L}+-)?(?:WEG|(?i:ticket|meldung|störungsmeldung|mängelmeldung|fall|antrag|
          widerspruch|beschwerde|anliegen|schadensfall|schadenfall|steuermarke|hundemarke|
          hundesteuermarke|hundemarken|berechtigungskarte|mitgliedskarte|parkausweis|
          bewohnerparkausweis|grab|grabstelle|bescheid|verwarnung|bußgeldbescheid|strafzettel|
          knöllchen|objekt|bewerbung|anmeldung|buchung|auftrag|reklamation))
        (?:-?(?i:nr\.?|nummer|no\.?))?(?![\p{L}])
        # "Antrag (Nr. 88123)", "Antrag mit der Nummer 88123", "Fall – 2024/1187 –"
        (?P<mark>[\x20\t]*(?:[:#(–\-][\x20\t]*)?(?:(?i:mit\x20der\x20nummer|nr\.?|no\.?)[\x20\t]*)?
           (?:\#[\x20\t]*)?)
        # a code's letters first ("BPA-44-…"), never a word ("ANTRAG VOM 12.02.2025")
        (?P<v>(?:(?!(?i:vom|von|am|im|um|ab|bis|seit|zum|zur|für|mit|ist|war|des|der|die|das|
                    den|dem|ein|eine|nr|no|und|oder|per|pro|ca|mai|juni|juli)[\-\x20])
                 [A-Z]{1,5}[\-\x20])?\d[\dA-Z]*(?:[\-/.][\dA-Z]+){0,5})
        (?![\p{L}\d]|[.,/\-]\d|\x20?(?i:euro|eur|€|%|prozent|jahre|tage|wochen|monate|stunden|
           minuten|menschen|leute|fälle|mal|stück|seiten|meter|km|m\b|qm|m²)(?![\p{L}]))""",
    regex.VERBOSE | regex.VERSION1,
)


_DAY = regex.compile(r"\d{1,2}\.\d{1,2}\.?(?:\d{2}|\d{4})?")


# an internal ticket of the IT is no one's case ("IT-Ticket #48812 hängt")
_INTERNAL = ("it-", "helpdesk-", "support-", "service-", "jira-", "server-")


_YEARS = regex.compile(r"(?:1[5-9]|20)\d\d[\-–/](?:(?:1[5-9]|20)\d\d|\d\d)")
# a council's motion: "Antrag 2025/117 der CDU-Fraktion", "Antrag 12/25", "Antrag KW 12/2025"
_MOTION = regex.compile(r"(?:[A-Z]{1,3}[\-\x20])?\d{1,4}/\d{2,4}")
# capitalised words after a number that count nothing (a sentence or a clause goes on)
_NOT_COUNTED = frozenset(
    "Ich Wir Sie Er Es Bitte Danke Und Aber Das Die Der Den Dem Seit Wegen Leider Hallo".split()
)
_WORD_NEXT = regex.compile(r"\x20+(?=\p{Lu})|-?mal\b")


def _case_number_spans(text: str):
    for match in _CASE.finditer(text):
        if match.group().lower().startswith(_INTERNAL):
            continue
        value = match.group("v")
        if _YEARS.fullmatch(value):
            continue  # "Fall 2025-2030 geplant", "Im Fall 2023/24"
        after = _WORD_NEXT.match(text, match.end())
        if value.isdigit() and not match.group("mark").strip() and after is not None and (
            text[after.end() : after.end() + 12].split()[:1] or [""]
        )[0].rstrip(".,;:!?") not in _NOT_COUNTED:
            continue  # "Im Fall 1500 Mitglieder", "Anmeldung 1500 Teilnehmende": a count
        if "antrag" in match.group().lower()[:12] and _MOTION.fullmatch(value):
            continue  # a council's motion
        digits = sum(ch.isdigit() for ch in value)
        if value[:1] == "0" and (
            digits >= 8 or regex.match(r"[\x20/]+\d", text[match.end() : match.end() + 3])
        ):
            continue  # "Anmeldung: 0152-3 88 41 27 6": a phone number (the phone rules')
        if digits < 4 or regex.fullmatch(r"(?:19|20)\d\d", value):
            continue
        if _DATE.fullmatch(value) or _DAY.fullmatch(value):
            continue  # "Bescheid 12.03.2025", "Bescheid 02.04."
        yield match.span("v")


# a vehicle's identification number (FIN/VIN): 17 capitals and digits without I, O, Q
_VIN = regex.compile(r"(?<![\p{L}\d\-])(?=[A-Z]*\d)(?=\d*[A-Z])[A-HJ-NPR-Z0-9]{17}(?![\p{L}\d\-])",
                     regex.VERSION1)


def _vin_spans(text: str):
    for match in _VIN.finditer(text):
        value = match.group()
        if sum(ch.isdigit() for ch in value) >= 3 and sum(ch.isalpha() for ch in value) >= 3:
            yield match.span()


ID_COMPOUND_RULES.extend([
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("ticket", "meldung", "fall", "antrag", "widerspruch", "beschwerde", "anliegen",
               "marke", "karte", "ausweis", "grab", "bescheid", "verwarnung", "zettel",
               "knöllchen", "weg-", "weg ", "objekt", "wohnung", "einheit", "bewerbung",
               "anmeldung", "buchung", "auftrag", "reklamation", "sendung", "paket"),
        gate=re.compile(  # a leading alternation of words: re scans it four times faster
            r"(?:ticket|meldung|fall|antrag|spruch|schwerde|anliegen|marke|karte|ausweis|grab|"
            r"stelle|bescheid|warnung|zettel|knöllchen|weg|objekt|wohnung|einheit|bewerbung|"
            r"anmeldung|buchung|auftrag|reklamation|sendung|paket)(?:-?(?:nr\.?|nummer|no\.?))?"
            r"[\x20\t:#(–\-]{0,4}(?:mit\x20der\x20nummer\x20)?(?:(?:nr|no)\.?[\x20\t#]{0,2})?"
            r"(?:[a-z]{1,5}[\-\x20])?\d"
        ),
        finder=_case_number_spans,
        name="id-case-number",
    ),
    _Rule(
        "ID",
        None,
        needs_digit=True,
        # 17 capitals and digits lie in one word: a set look-up per answer (patterns.py)
        admit=in_one_word(regex.compile(r"[A-HJ-NPR-Z0-9]{17}", regex.VERSION1)),
        gate=regex.compile(r"[A-HJ-NPR-Z0-9]{17}", regex.VERSION1),
        gate_on_raw=True,
        finder=_vin_spans,
        name="id-vehicle-number",
    ),
])
