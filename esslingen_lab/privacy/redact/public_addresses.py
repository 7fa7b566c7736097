"""Addresses of public buildings, which are no one's private data.

"im Rathaus, Rathausplatz 1", "die Stadtbücherei am Marktplatz 4", "Die Gebührenstelle sitzt
jetzt in der Fleischmannstraße 6": an address next to a public building's name, or listed
as a public body's, stays unless the sentence says someone lives there. Split from
``workplace.py`` (session 42); the redactor asks :func:`public_address` of every address.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, read_words

__all__ = ["public_address", "public_number"]

# Public buildings: their address is no one's private data ("im Rathaus, Rathausplatz 1",
# "die Stadtbücherei am Marktplatz 4"). Matched as the end of a word.
_PUBLIC_BUILDINGS = (
    "rathaus", "amt", "ämter", "verwaltung", "bürgerbüro", "bürgerhaus", "bücherei",
    "bibliothek", "schule", "gymnasium", "kita", "kindergarten", "kirche", "gemeindehaus",
    "jugendhaus", "jugendzentrum", "museum", "vhs", "volkshochschule", "stadtwerke",
    "hallenbad", "freibad", "bahnhof", "friedhof", "krankenhaus", "klinikum", "polizei",
    "feuerwehr", "stadthalle", "rathauses", "amts", "amtes", "schulen", "jobcenter",
    "sporthalle", "turnhalle", "festhalle", "gericht", "stadion", "revier", "polizeiposten",
    "wache", "universität", "apotheke", "praxis", "klinik", "theater", "kino", "sparkasse",
    "pflegeheim", "markthalle", "kasse",
    # offices and services by their last word: "Ausländerbehörde", "Pflegestützpunkt",
    # "Flüchtlingsberatung", "Kundencenter", "Familienzentrum", "Arbeitsagentur"; of the
    # "-stelle" only offices (not "Baustelle", "Haltestelle"); no "-zentrum" or "-center"
    # alone, where people live or stay ("Seniorenzentrum", "Reha-Zentrum", "Stadtzentrum")
    "behörde", "stützpunkt", "beratung", "kundencenter", "servicecenter", "bürgerzentrum",
    "familienzentrum", "beratungszentrum", "kulturzentrum", "stadtteilzentrum", "medienzentrum",
    "kundenzentrum", "gemeindezentrum", "schulzentrum", "forum", "wertstoffhof", "archiv",
    "stadtwerken", "präsidium", "ministerium", "stätte", "stadtteilhaus",
    "agentur", "bürgeramt", "zulassungsstelle", "gebührenstelle", "betriebshof", "bauhof",
    "beratungsstelle", "meldestelle", "servicestelle",
    "ausgabestelle", "geschäftsstelle", "bußgeldstelle", "bussgeldstelle", "anlaufstelle",
    "fachstelle", "kontaktstelle", "dienststelle", "außenstelle", "koordinierungsstelle",
)
# at a word's start: "wohne", "Wohnung", not "Anwohnerparkausweis", nor the offices for
# housing ("Wohngeldstelle", "Wohnungsamt")
_LIVES = re.compile(
    r"(?<![a-zäöüß])(?:wohn(?!geld|ungsamt|ungsbau|ungslos|ungsnot|raumförder)|zuhause|zu hause|"
    r"daheim|meine adresse|meine anschrift|bei mir|"
    r"bei uns|sie mir|an mich|an uns|lebt|lebe|leben|bewohner|absender|lieferadresse|c/o|"
    r"straße:|dienstwohnung)"
    # ("schicken Sie mir alles … an Pulverwiesen 11", "Meine Oma lebt in der …")
)


_SENTENCE_BACK = 600


def _address_key(address: str) -> str:
    """"Beblinger Str. 3" and "BEBLINGERSTRASSE 3" alike: "beblingerstraße3"."""
    low = address.lower().replace("strasse", "straße").replace("str.", "straße")
    return regex.sub(r"[\s\-]", "", low)


@lru_cache(maxsize=1)
def _public_addresses() -> frozenset:
    return frozenset(_address_key(line) for line in read_words("public_addresses"))


_ADDRESS_AT = regex.compile(r"[\p{L}][\p{L}.\-\x20]{2,40}?\x20?\d{1,4}(?![\d/])", regex.VERSION1)


# what the street rules may read as an address but is no one's house: a service's or an
# emergency's number ("beim Bürgertelefon 115", "im Notfall 112"), a year ("Ostermarkt 2025",
# "Pliensaubrücke 2027"; no house of the region has such a number) and a form's placeholder
_NO_HOUSE = regex.compile(
    r"[^\d\n]{0,40}?(?<!(?i:straße|strasse|str\.?|weg|gasse|platz|allee|ring))"
    r"\x20(?:110|112|115|116\x20?117)(?![\d\p{L}/.,])"
    r"|[^\d\n]{0,40}?\x20(?:19|20)\d\d(?![\d\p{L}/.,])"
    r"|(?i:(?:im|in\x20der|die)\x20)?(?i:muster|beispiel)\p{L}*(?:straße|str\.|strasse|weg|gasse)",
    regex.VERSION1,
)
_HOUSE_LETTER = regex.compile(r"\x20?[a-hA-H](?![\p{L}])", regex.VERSION1)
# a person named right before the address, or on the line before (a signature)
_SOMEONE = regex.compile(
    r"(?:\[NAME\]|(?i:familie|fam\.|mein\w*|unser\w*|ihr\w*|sein\w*)\x20+\p{L}+"
    r"|(?i:herr|herrn|frau|hr\.|fr\.|dr\.)\x20+\p{Lu}\p{L}+"
    # a name's line right before ("Klaus Brenner\nMarktplatz 16")
    r"|(?:^|\n)[\x20\t]*\p{Lu}[\p{Ll}\-]+(?:\x20\p{Lu}[\p{Ll}\-]+){1,2}[\x20\t]*\n)"
    r"[^.!?\[]{0,12}$",
    regex.VERSION1,
)
_LEAD = regex.compile(r"(?i:zum|zur|am|im|beim|an\x20der|in\x20der|bei\x20der|auf\x20dem)\x20")


def _digits(number: str) -> str:
    """Return a phone number's digits, the country code read as the trunk's 0 ("+49 711")."""
    digits = "".join(char for char in number if char.isdigit())
    if number.lstrip().startswith(("+49", "0049")):
        digits = "0" + digits.removeprefix("00").removeprefix("49").removeprefix("0")
    return digits


@lru_cache(maxsize=1)
def _public_numbers() -> frozenset:
    return frozenset(_digits(line) for line in read_words("public_numbers"))


_SWITCHBOARD_END = regex.compile(r"[\-–/]\x20?0\W*$")
# someone's line told beside the switchboard: its extension after it ("3512-0, Durchwahl
# 2647", "3512-0 / App. 2647", "… und dann die 2647") or a private line before it
_EXTENSION_AFTER = regex.compile(
    r"[^.!?\n]{0,25}?(?:(?i:durchwahl|dw|app\.?|apparat|nebenstelle|dann\x20die)\W{0,3}\d"
    r"|\x20*[/\-–]\x20*\d)",
    regex.VERSION1,
)
_PRIVATE_BEFORE = regex.compile(
    r"(?i:privat|zuhause|zu\x20hause|daheim|mein\p{L}{0,2}\x20+(?:\p{L}+)?(?:nummer|durchwahl"
    r"|telefon|festnetz|handy))[^.!?\n]{0,30}$",
    regex.VERSION1,
)


def public_number(text: str, start: int, end: int) -> bool:
    """Tell the town's switchboard (public_numbers.txt) in any format, its "-0" apart.

    "0711 3512-0", "(0711) 3512 - 0", "+49 711 3512-0"; "0711 35120" run together may be
    anyone's number as far as the writer's reader knows, and goes. With an extension beside
    it ("3512-0, Durchwahl 2647") or called one's own line ("Privat: 0711 3512-0") it is
    someone's and goes too.
    """
    value = text[start:end]
    return (
        _SWITCHBOARD_END.search(value) is not None
        and _digits(value) in _public_numbers()
        and _EXTENSION_AFTER.match(text, end) is None
        and _PRIVATE_BEFORE.search(text[max(0, start - 60) : start]) is None
    )


def _listed_public(text: str, start: int) -> bool:
    """Tell one of the town's public addresses (public_addresses.txt) at ``start``."""
    found = _ADDRESS_AT.match(text, start)
    if found is None or _HOUSE_LETTER.match(text, found.end()):
        return False  # "Marktplatz 16a", "Ritterstraße 17 b": another house
    line = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : start]
    someone = _SOMEONE.search(text[max(0, start - 120) : start])
    if "[NAME]" in line or (someone is not None and not any(
        word.strip(_PUNCT).lower().endswith(_PUBLIC_BUILDINGS) for word in someone.group().split()
    )):
        return False  # "Frau Maier, Ritterstraße 17", "Klaus Brenner\nMarktplatz 16": someone's
    address = found.group()
    if _address_key(address) in _public_addresses():
        return True
    # a noun the street's rule took along: "Sitz Beblinger Straße 3", "im Gebäude Ritterstraße 17"
    first, _, rest = address.partition(" ")
    return bool(rest) and first[:1].isupper() and lexicon().is_common_noun(first) and (
        _address_key(rest) in _public_addresses()
    )


def public_address(text: str, start: int) -> bool:
    """Tell an address of a public building, which is no one's private data.

    A street named after the city hall ("Rathausplatz 1"), a listed public address ("in die
    Ritterstraße 17") or an address right after a public building's name ("die Stadtbücherei
    am Marktplatz 4"), unless the sentence says someone lives there.
    """
    # the sentence, read back at most _SENTENCE_BACK characters; a floor's ordinal ends no
    # sentence: "Ich wohne im 3. OG, Ritterstraße 17", "Hindenburgstraße 42, 3. OG links – …"
    lowest = max(0, start - _SENTENCE_BACK)
    sentence_start = lowest
    for end in _SENTENCE_END.finditer(text, lowest, start):
        sentence_start = end.end()
    before = text[sentence_start:start].lower()
    # read on as far as back: a text without a sentence's end is not read to its end per span
    ahead = min(len(text), start + _SENTENCE_BACK)
    end = _SENTENCE_END.search(text, start, ahead)
    rest = text[start : end.start() if end else ahead].lower()
    if _LIVES.search(before) is not None or _LIVES.search(rest) is not None:
        return False  # (also after it: "Ritterstraße 17 – da wohnt meine Schwester")
    if _NO_HOUSE.match(text, start) is not None:
        return True  # "im Notfall 112", "Ostermarkt 2025", "Musterstraße 1": no one's house
    lead = _LEAD.match(text, start)  # "Zum Rathausplatz 2": the street after "Zum"
    at = lead.end() if lead is not None else start
    if text[at : at + 7].lower() == "rathaus" or _listed_public(text, at):
        return True
    named = _BUILDING_NAMED_AFTER.match(text, start)
    if named is not None and any(
        word.endswith(_PUBLIC_BUILDINGS) for word in named.group("b").lower().split()
    ):
        return True  # "Am Markt 1 ist das Rathaus", "Marktplatz 4 (Stadtbücherei)"
    # words as written: a place's name between building and address is capitalised; four
    # words back, or six within the clause ("Die Gebührenstelle sitzt jetzt in der …", not
    # "(Tiefbauamt): Die Baustelle in der …")
    head = text[sentence_start:start]
    clause = head.rsplit(":", 1)[-1].rsplit(")", 1)[-1]
    return _building_before(_words_before(head)[-4:]) or _building_before(
        _words_before(clause)[-6:]
    )


def _words_before(head: str) -> list[str]:
    return head.replace(",", " ").replace("(", " ").split()


def _building_before(words: list[str]) -> bool:
    """Tell a public building's word among ``words`` with only links or names after it."""
    for k, word in enumerate(words):
        between = words[k + 1 :]
        if word.strip(_PUNCT).lower().endswith(_PUBLIC_BUILDINGS) and all(
            # a place's name, a link, or the house number of the street before a postcode;
            # never a person ("Kino: Mama [NAME], Neckarstraße 12", "Kunde: Herr [NAME], …")
            (w.lower() in _LINKS or w[:1].isupper() or w[:1].isdigit())
            and "[NAME]" not in w
            and w.strip(_PUNCT).lower() not in _PERSON_WORDS
            and w.strip(_PUNCT) not in FIRST_NAMES  # "Energieberatung: Anna Maier, …"
            for w in between
        ):
            return True
    return False


_SENTENCE_END = regex.compile(r"(?<!\d)[.!?]|(?<=\d)[.!?](?!\x20?(?i:og|stock|etage|obergeschoss|"
                              r"geschoss|ug|dg|eg)\b)|\n", regex.VERSION1)
_PUNCT = ".,;:!?()\"'„“”"
_PERSON_WORDS = frozenset("herr herrn frau hr fr familie fam mama papa oma opa kunde kundin "
                          "mieter mieterin".split())

# the building named right after the address: "Am Markt 1 ist das Rathaus", "Marktplatz 4
# (Stadtbücherei)", "Ritterstraße 16 – Bürgeramt"; a mere comma joins no building ("…
# Hauptstraße 5, die Schule ist daneben")
_BUILDING_NAMED_AFTER = regex.compile(
    r"[^\d\n.!?\[]{1,60}?\d{1,4}(?:\x20?[a-hA-H])?(?!\d)"
    r"(?:\x20+(?:ist|war|befindet\x20+sich)\x20+(?:das|die|der|unser|unsere)\x20+"
    r"|\x20*\(\x20*|\x20+[–\-:]\x20+|\x20+(?:ins|im|zum|zur)\x20+)"
    r"(?P<b>\p{L}+(?:\x20+\p{L}+){0,2})",
    regex.VERSION1,
)

_LINKS = frozenset("am an der im in auf dem beim, : ist sind liegt sitzt sitzen jetzt nun neu seit "
                   "inzwischen mittlerweile befindet sich".split())  # "sitzt jetzt in der"
