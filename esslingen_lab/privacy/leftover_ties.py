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
from esslingen_lab.privacy.leftover_phrases import _person_noun
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
    "gasthaus", "gasthauses", "gasthof", "gasthofs", "besen", "hof", "hofs",
)  # fmt: skip
# a club or parish the writer belongs to has many members
_CLUBS = ("verein", "vereins", "gemeinde")
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
_BEFORE_PERSON = _SINGULAR_ARTICLES | frozenset(
    "neue junge nette ältere alte ehemalige frühere".split()
)
_DEFINITE = frozenset("der die dr des dem den".split())
# a local trade after these is one person ("der Schuhmacher im …", "dr oinzige Schäfer vo …")
_LOCAL_ARTICLES = frozenset("der die dr".split())
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


@lru_cache(maxsize=8192)
def _is_business(token: str, *, private: bool = False) -> bool:
    lower = token.lower().strip("„“\"'")
    if len(lower) < 4 or not lower[:1].isalpha():
        return False
    if lower.endswith(_NOT_BUSINESS_ENDS) or lower.endswith(_vocabulary()["city_offices"]):
        return False
    return lower.endswith(_words()["private" if private else "business"])


def _plural(noun: str) -> bool:
    """Tell a masculine person noun after "die" ("die Pfarrer"): many people, not one."""
    return _person_noun(noun) == "masc" and not noun.lower().endswith(("e", "typ"))


@lru_cache(maxsize=8192)
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
    if after[:1] == [","] and len(after) > 2 and _is_capitalised(tokens[j + 2]) and (
        after[2] in _WHERE
    ):
        return True  # "Mein Imbiss, Döner am Bahnhof"
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    return _is_capitalised(nxt) and nxt[:1].isalpha() and not _is_person(nxt)


def _local_role_placed(tokens: list[str], i: int) -> bool:
    """'bin Friseur in Oberesslingen', 'als Hebamme in Zell': the one local trade of a place."""
    rest = tokens[i + 1 : i + 6] + ["", "", "", "", ""]
    k = 1 if rest[0].lower() in {"der", "die", "de", "dr"} else 0
    if rest[k][:1].islower() and rest[k + 1].lower() in _words()["local_roles"]:
        k += 1  # "der einzige Schäfer", "die neue Apothekerin"
    if rest[k].lower() not in _words()["local_roles"]:
        return False
    where, place = rest[k + 1].lower(), rest[k + 2].lower()
    if place in _PUBLIC_PLACES or place.endswith(_vocabulary()["city_offices"]):
        return False  # "als Hausmeister im Rathaus": staff of the city
    if "die" in {tokens[i].lower(), rest[0].lower()} and _plural(rest[k]):
        return False  # "die Pfarrer von St. Martin": many
    return where in {"in", "im", "am", "vo", "von", "aus"} and _is_capitalised(rest[k + 2]) and (
        rest[k + 2][:1].isalpha()
    )


def _person_at(tokens: list[str], i: int) -> bool:
    """'der Typ vom Kiosk', 'die Frau vom Zahnarzt', 'der Bäckermeister aus der Obertorstraße'.

    A singular person noun (or a name tag) and, right after it, the business, the local trade
    or the street it belongs to.
    """
    token = tokens[i]
    tag = token == "[NAME]"
    if not tag and not (_is_person(token) and i and tokens[i - 1].lower() in _BEFORE_PERSON):
        return False
    if not tag and tokens[i - 1].lower() == "die" and _plural(token):
        return False  # "die Lehrer vom Gymnasium"
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    if nxt not in _TIE_AFTER:
        return False
    j = _business_after(tokens, i, reach=4, private=True)
    if j is not None and all(
        t.lower() in _TIE_AFTER | _TIE_ARTICLES or not _is_capitalised(t) or t[:1] in "„\""
        for t in tokens[i + 1 : j]
    ):
        return tag is False or _placed(tokens, j)  # "[NAME] vom Kiosk am Bahnhof"
    if tag:
        return False
    rest = [t.lower() for t in tokens[i + 1 : i + 4]] + ["", "", ""]
    k = 2 if rest[1] in _TIE_ARTICLES else 1
    if nxt in {"vom", "von"} and rest[k - 1 if k == 1 else 1] and (
        rest[k] in _words()["local_roles"] or rest[k - 1] in _words()["local_roles"]
    ):
        return True  # "die Frau vom Zahnarzt", "der Sohn von der Apothekerin"
    # "der Bäckermeister aus der Obertorstraße": a street has few people
    if nxt == "aus" and rest[1] in {"der", "dem"} and rest[2].endswith(_vocabulary()["streets"]):
        article = tokens[i - 2] if i > 1 and tokens[i - 1][:1].islower() else tokens[i - 1]
        return _is_capitalised(tokens[i + 3]) and article.lower() in _DEFINITE
    return False


def _own_business(tokens: list[str], i: int) -> bool:
    """'ich hab ne Pizzeria in der …', 'Ich betreibe den Kiosk am …', 'Mein Imbiss, Döner am …'."""
    lower = tokens[i].lower()
    window = " ".join(tokens[max(0, i - 5) : i + 2])
    if lower not in _OWN_POSSESSIVES | {"als"} and not _FIRST_PERSON.search(window):
        return False
    self_role = lower in _SELF_ROLE
    if self_role and _local_role_placed(tokens, i):
        return True  # "ich bin Friseur in Oberesslingen"
    j = _business_after(tokens, i, reach=5 if self_role else 4, private=self_role)
    if j is None or tokens[j].lower().endswith(_CLUBS):
        return False  # "unser Verein in Mettingen" has many members
    between = tokens[i + 1 : j]
    if self_role and not any(_is_person(t) for t in between):
        return False  # "als Inhaber des Fahrradladens", not "bin im Verein"
    if lower in _OWN_POSSESSIVES and between:
        return False  # "mein Imbiss", not "meine Frage zum Verein"
    return _placed(tokens, j)


def _self_in_brackets(tokens: list[str], i: int) -> bool:
    """'Ich (Goldschmiedin, Atelier in der Strohstraße)': the writer's business in brackets."""
    if tokens[i].lower() not in {"ich", "wir"} or tokens[i + 1 : i + 2] != ["("]:
        return False
    inside = []
    for token in tokens[i + 2 : i + 14]:
        if token == ")":
            break
        inside.append(token)
    business = [k for k, t in enumerate(inside) if _is_business(t)]
    # its name or place: another capitalised word, no business, no person noun
    named = [t for t in inside if _is_capitalised(t) and t[:1].isalpha() and not _is_business(t)
             and not _is_person(t)]  # fmt: skip
    return bool(business) and bool(named)


def business_ties(text: str) -> int:
    """How many times a quote ties one person to a business ("der Typ vom Kiosk am Bahnhof").

    A singular person noun (with its article) or a name tag followed by "vom / aus dem /
    mit der … <business>", by a local trade ("die Frau vom Zahnarzt") or by a street ("aus
    der Obertorstraße"); a writer ("ich", "wir", "mein", "als …") who has, runs or works in a
    business and says where it is, or names it in brackets; a local trade and its place
    ("ich bin Friseur in Oberesslingen", "der Schäfer vo Kennenburg").
    """
    tokens = _TOKEN.findall(text) + [""]
    hits = 0
    for i, token in enumerate(tokens[:-1]):
        lower = token.lower()
        if _person_at(tokens, i) or _self_in_brackets(tokens, i):
            hits += 1
        elif lower in _OWN_VERBS | _OWN_POSSESSIVES | _SELF_ROLE and _own_business(tokens, i):
            hits += 1
        elif lower in _LOCAL_ARTICLES and _local_role_placed(tokens, i):
            hits += 1  # "der Schuhmacher im Sulzgrieser Weg", "Dr oinzige Schäfer vo …"
    return hits
