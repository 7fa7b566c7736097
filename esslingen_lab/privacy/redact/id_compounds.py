"""An identifier after any word for a number ("Betreuungsnummer XVII 233/19").

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

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["ID_COMPOUND_RULES"]

# a compound for a number ("Betreuungsnummer", "Grab-Nr.", "Transferticket", "Aktezeiche"),
# or a noun and "Nr."/"Nummer" apart ("ticket nr", "Hundemarke Nr.")
_CUE = regex.compile(
    r"""(?<![\p{L}\-])(?P<cue>
          (?P<stem>\p{L}[\p{L}\-]{1,40}?)(?i:nummer|nr\.?|zeichen|zeiche|ticket|kennung|kennziffer)
        | (?P<stem>\p{L}[\p{L}\-]{2,40})\x20(?i:nr\.?|nummer)
        | (?P<bare>(?i:nr\.|nr|nummer))
        | (?i:kostenstelle|kst\.))
        (?![\p{L}])[\x20\t]*(?::[\x20\t]*)?(?:(?i:ist|isch|war|lautet)[\x20\t]*:?[\x20\t]*)?
        (?P<v>(?:[IVXL]{1,5}\x20|[A-Z]{1,4}[\x20\-])?
              [0-9A-Za-z]+(?:[\-/.][0-9A-Za-z]+){0,5})
        (?![\p{L}\d]|[.,/\-]\d)""",
    regex.VERBOSE | regex.VERSION1,
)
# stems of numbers that are no one's file: a house, a phone, a room, a seat, a page, a line
_NOT_ID_STEM = (
    "haus", "telefon", "tel", "handy", "fax", "ruf", "mobil", "zimmer", "raum", "linie",
    "bus", "seite", "seiten", "platz", "sitz", "start", "tisch", "post", "kalender", "woche",
    "gleis", "bahnsteig", "tor", "block", "etage", "stock", "kapitel", "paragraph",
    "paragraf", "artikel", "top", "drucksache", "vorlage", "sitzung", "beschluss", "version",
    "modell", "typ", "serien", "los", "trikot", "durchwahl", "apparat", "haltestelle",
    "straßen", "strassen", "kenn", "kfz", "auto", "hoch", "vorwahl", "warte", "schalter",
    "ausgabe", "heft", "band", "punkt", "jahrgang", "folge", "episode", "nummern",
    "vorlagen", "drucksachen", "kurs", "veranstaltungs",
)
# a council's paper numbered per year: "Antrag Nr. 23/2025", "Vorlage 112/2024"
_PAPER = regex.compile(r"\d{1,4}/(?:19|20)\d{2}")
_DATE = regex.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|\d{4}-\d{2}-\d{2}")


def _looks_like_id(value: str, bare: bool) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value.split()[-1])
    mixed = digits >= 2 and letters >= 2 and len(value) >= 6
    if bare:
        return mixed and " " not in value
    if _DATE.fullmatch(value) or _PAPER.fullmatch(value):
        return False
    return digits >= 5 or mixed


def _id_compound_spans(text: str):
    for match in _CUE.finditer(text):
        stem = (match.group("stem") or "").lower().rstrip("-")
        if stem.endswith("s") and stem[:-1].endswith(_NOT_ID_STEM):
            stem = stem[:-1]
        if stem and (stem.endswith(_NOT_ID_STEM) or stem in ("die", "der", "das", "meine")):
            continue
        value = match.group("v")
        if "[" in value or not any(ch.isdigit() for ch in value):
            continue
        if _looks_like_id(value, match.group("bare") is not None):
            yield match.span("v")


#: Runs after the phone and IBAN rules (their numbers are tags by then).
ID_COMPOUND_RULES = [
    _Rule(
        "ID",
        None,
        needs_digit=True,
        needs=("nummer", "nr", "zeiche", "ticket", "kennung", "kennziffer", "kostenstelle", "kst."),
        # the cue's ending, then a digit within a few characters (cheap, on the lowered text)
        gate=regex.compile(
            r"(?:nummer|nr|zeichen?|ticket|kennung|kennziffer|kostenstelle|kst)\.?[\x20\t:]{0,3}"
            r"(?:(?:ist|isch|war|lautet)[\x20\t:]{1,3})?[a-z]{0,5}[\x20\-]?\d"
        ),
        finder=_id_compound_spans,
        name="id-compound-cue",
    )
]
