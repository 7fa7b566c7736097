"""A person tied to one shop, business or club: a description that needs no name.

Part of the quote review's leftover reading (:mod:`esslingen_lab.privacy.leftovers`). A town
has one kiosk at the station and one tavern on the market square, so "der Typ vom Kiosk am
Bahnhof", "die Frau vom Getränkemarkt in Oberesslingen" or "ich hab die Werkstatt in der
Fabrikstraße" point to one person as surely as a name. Read here: a singular person noun
before "vom / aus dem / mit der … <business>", and a writer who owns, runs or works in a
business and says where it is ("ich betreibe den Kiosk am …", "als Inhaber des …",
"ich bin Friseur in …"). Businesses are told by the ends of their words ("-laden",
"-werkstatt", "-verein"), so compounds count; offices of the city count as no business
(their staff hold public roles).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.leftover_names import _TOKEN, _is_capitalised, _vocabulary
from esslingen_lab.privacy.redact.vocabulary import read_words

__all__ = ["business_ties"]

# shops, trades and clubs one person runs or is known for (word ends: "Dönerladen",
# "Getränkemarkt", "Turnverein"); the redactor's institutions list adds schools, inns, …
_BUSINESS_ENDS = (
    "laden", "ladens", "kiosk", "kiosks", "imbiss", "imbisses", "döner", "pizzeria", "bäckerei",
    "metzgerei", "konditorei", "schreinerei", "gärtnerei", "druckerei", "brauerei", "wäscherei",
    "werkstatt", "atelier", "ateliers", "kanzlei", "praxis", "salon", "salons", "restaurant",
    "restaurants", "taverne", "gaststätte", "wirtschaft", "kneipe", "café", "cafe", "bistro",
    "getränkemarkt", "getränkemarkts", "supermarkt", "apotheke", "verein", "vereins", "mühle",
    "reiterhof", "bauernhof", "weingut", "weinguts", "hofladen", "modehaus", "modehauses",
    "autohaus", "autohauses", "geschäft", "geschäfts", "betrieb", "betriebs", "firma",
    "tankstelle", "buchhandlung", "blumenladen", "friseursalon", "fahrschule", "pension",
    "hotel", "hotels", "studio", "studios", "gemeinde", "moscheegemeinde", "kirchengemeinde",
)  # fmt: skip
# no business of one person: public places and the city's own yards
_NOT_BUSINESS_ENDS = ("bahnhof", "friedhof", "bauhof", "betriebshof", "innenhof", "hinterhof",
                      "schulhof", "stadtverwaltung", "kirchgemeinde", "landesbetrieb",
                      "eigenbetrieb", "großbetrieb", "betriebs-")  # fmt: skip
# what ties a person noun to the business after it ("der Typ vom Kiosk")
# places everyone uses: a person "vom Markt" or "aus dem Rathaus" is one of many
_PUBLIC_PLACES = frozenset(
    "markt halle turnhalle bad hallenbad freibad zentrum rathaus kirche museum archiv bahnhof "
    "friedhof feuerwehr wache kantine mensa bürgerhaus gemeindehaus".split()
)
_TIE_AFTER = frozenset("vom von aus beim im am mit des vo vum vor".split())
_TIE_ARTICLES = frozenset("dem der den des dr em am im vom beim".split())
# a writer who has or runs a business ("ich hab ne Pizzeria", "wir betreiben die Mühle")
_OWN_VERBS = frozenset(
    """
    hab habe haben hatte betreibe betreiben betreib führe führen leite leiten besitze
    besitzen eröffnet übernommen gehört gehören
    """.split()
)
_OWN_POSSESSIVES = frozenset("mein meine meinem meinen meiner unser unsere unserem unseren "
                             "unserer".split())  # fmt: skip
# where the business is: "am Zollberg", "in der Strohstraße", "neben Apotheke", "daneben"
_WHERE = frozenset(
    "in im am an auf neben gegenüber hinter hinten vorne unten oben direkt beim daneben "
    "nebenan".split()
)
_SINGULAR_ARTICLES = frozenset("der die des dem den dr d ein eine einem einer einen".split())
_FIRST_PERSON = regex.compile(r"(?i)(?<!\p{L})(?:ich|i|wir|mir)(?!\p{L})")
# "ich bin Friseur in Oberesslingen", "als Imam der Moscheegemeinde": a local role, a place
_SELF_ROLE = frozenset({"bin", "als", "bi"})


@lru_cache(maxsize=1)
def _words() -> dict:
    institutions = tuple(w.lower() for w in read_words("institutions")
                         if w.lower() not in _PUBLIC_PLACES)  # fmt: skip
    persons = (
        _vocabulary()["persons"]
        + tuple(w.lower().lstrip("=") for w in read_words("description_heads"))
        + tuple(w.lower() for w in read_words("description_local_roles"))
        + ("typ", "kerl", "kerle", "mädle", "mädel", "bub", "junge", "mädchen", "dame",
           "herr", "frau", "mann", "imam", "pfarrer", "wirt", "besitzer", "inhaber", "anwalt",
           "anwältin", "notar", "notarin", "steuerberater", "steuerberaterin", "architekt",
           "architektin", "optiker", "optikerin", "schneider", "schneiderin")
    )  # fmt: skip
    return {"business": _BUSINESS_ENDS + institutions, "private": _BUSINESS_ENDS,
            "persons": persons, "public_roles": frozenset(read_words("description_excluded")),
            "local_roles": frozenset(w.lower() for w in read_words("description_local_roles"))}


def _is_business(token: str, *, private: bool = False) -> bool:
    lower = token.lower().strip("„“\"'")
    if len(lower) < 4 or not lower[:1].isalpha():
        return False
    if lower.endswith(_NOT_BUSINESS_ENDS) or lower.endswith(_vocabulary()["city_offices"]):
        return False
    return lower.endswith(_words()["private" if private else "business"])


def _is_person(token: str) -> bool:
    lower = token.lower()
    if lower.endswith("innen") or not token[:1].isalpha() or lower in _words()["public_roles"]:
        return False  # "die Vorsitzende des Vereins" holds a public role
    return lower.endswith(_words()["persons"])


def _business_after(tokens: list[str], i: int, reach: int = 5, *,
                    private: bool = False) -> int | None:  # fmt: skip
    """Position of a business word a few words after ``i`` (articles and adjectives between)."""
    for j in range(i + 1, min(len(tokens), i + 1 + reach)):
        if _is_business(tokens[j], private=private):
            return j
        if tokens[j] in {".", "!", "?", ";", ":"}:
            return None
    return None


def _placed(tokens: list[str], j: int) -> bool:
    """Tell a business told apart by where it is or by its own name ("am Zollberg", "Weil")."""
    after = [t.lower() for t in tokens[j + 1 : j + 4]]
    if after[:1] and after[0] in _WHERE:
        return True
    if after[:1] == [","] and len(after) > 1 and after[1] in _WHERE | {"kleine", "kleiner"}:
        return True  # "Friseur in Oberesslingen, kleine Laden neben Apotheke"
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    return _is_capitalised(nxt) and nxt[:1].isalpha() and not _is_person(nxt)


def _local_role_placed(tokens: list[str], i: int) -> bool:
    """'bin Friseur in Oberesslingen', 'als Hebamme in Zell': the one local trade of a place."""
    rest = tokens[i + 1 : i + 5] + ["", "", "", ""]
    k = 1 if rest[0].lower() in {"der", "die", "de", "dr"} else 0
    if rest[k].lower() not in _words()["local_roles"]:
        return False
    where, place = rest[k + 1].lower(), rest[k + 2].lower()
    if place in _PUBLIC_PLACES or place.endswith(_vocabulary()["city_offices"]):
        return False  # "als Hausmeister im Rathaus": staff of the city
    return where in {"in", "im", "am", "vo", "von", "aus"} and _is_capitalised(rest[k + 2]) and (
        rest[k + 2][:1].isalpha()
    )


def business_ties(text: str) -> int:
    """How many sentences tie one person to a business ("der Typ vom Kiosk am Bahnhof").

    A singular person noun (with its article) followed by "vom / aus dem / mit der … <business>";
    or a writer ("ich", "wir", "mein", "als …") who has, runs or works in a business and
    says where it is.
    """
    low = text.lower()
    if not any(end in low for end in ("laden", "kiosk", "imbiss", "döner", "pizzeria", "rei",
                                       "werkstatt", "atelier", "kanzlei", "praxis", "salon",
                                       "restaurant", "taverne", "wirt", "kneipe", "caf",
                                       "markt", "apotheke", "verein", "mühle", "hof", "haus",
                                       "geschäft", "betrieb", "firma", "schule", "kita",
                                       "gemeinde", "bistro", "hotel", "studio", "tankstelle",
                                       "handlung", "pension", "kirche", "heim", "halle")):
        return 0
    tokens = _TOKEN.findall(text)
    hits = 0
    for i, token in enumerate(tokens):
        lower = token.lower()
        # "der Typ vom Kiosk", "die frau vom kiosk am …", "der Rechtsanwalt mit der Kanzlei"
        if _is_person(token) and i and tokens[i - 1].lower() in _SINGULAR_ARTICLES | {
            "neue", "junge", "nette", "ältere", "alte", "ehemalige", "frühere"
        }:
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if nxt in _TIE_AFTER:
                j = _business_after(tokens, i, reach=4)
                if j is not None and all(
                    t.lower() in _TIE_AFTER | _TIE_ARTICLES or not _is_capitalised(t)
                    or t[:1] in "„\"" for t in tokens[i + 1 : j]
                ):
                    hits += 1
                    continue
        # "ich hab ne Pizzeria in der …", "Ich betreibe den Kiosk am Zollberg", "Mein Imbiss,"
        if lower in _OWN_VERBS | _OWN_POSSESSIVES | _SELF_ROLE:
            window = " ".join(tokens[max(0, i - 3) : i + 2])
            if lower not in _OWN_POSSESSIVES | {"als"} and not _FIRST_PERSON.search(window):
                continue
            self_role = lower in _SELF_ROLE
            if self_role and _local_role_placed(tokens, i):
                hits += 1  # "ich bin Friseur in Oberesslingen"
                continue
            j = _business_after(tokens, i, reach=5 if self_role else 4, private=self_role)
            if j is None:
                continue
            between = [t.lower() for t in tokens[i + 1 : j]]
            if lower in _SELF_ROLE and not any(_is_person(t) for t in tokens[i + 1 : j]):
                continue  # "als Inhaber des Fahrradladens", not "bin im Verein"
            if lower in _OWN_POSSESSIVES and between:
                continue  # "mein Imbiss", not "meine Frage zum Verein"
            if _placed(tokens, j):
                hits += 1
    return hits
