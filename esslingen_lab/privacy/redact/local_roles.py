"""A role a small place has one of, at that place: "Die Apothekerin in Sirnau".

A village, a district or a street has one pharmacist, one postman, one caretaker: "Die
Apothekerin in Sirnau", "Unser Postbote in Hegensberg", "Die Tagesmutter in der
Hindenburgstraße", "Der Imker am Ende der Weinbergstraße". The phrase opens a sentence (or
follows a comma), so "Ich war beim Hausarzt in Liebersbronn" (the writer's own doctor, no
statement about them) stays; so do big places ("Der Hausarzt in Stuttgart",
``description_big_places.txt``) and groups ("Die Apotheker in Sirnau").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import _words, home_districts, read_words

__all__ = ["local_role_spans", "own_business_spans"]


@lru_cache(maxsize=1)
def _pattern():
    roles = _words(*read_words("description_local_roles"))
    ends = r"(?i:straße|strasse|str\.|weg|gasse|platz|allee|steige|steig)"
    # "in der Kelterstraße", "in der Ulmer Straße" (a town's name as an adjective)
    street = (r"(?:\p{Lu}\p{Ll}+er\s+(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Steige)"
              rf"|\p{{Lu}}[\p{{L}}\-]*{ends})")
    return regex.compile(
        rf"""(?:^|(?<=[.!?:;\n]\s{{0,3}})|(?<=,\s{{1,3}})
             # after a verb or preposition: "Mein Schwager ist der Pfarrer in Kennenburg",
             # "Bei uns hilft die Apothekerin in Berkheim", "mit der Hebamme in Zell"
             |(?<=(?<![\p{{L}}])(?:ist|war|isch|wird|hilft|macht|kennt|fragt|frag|fragen|
               kennen|mit|an|für|bei|von|über|zu)\x20+(?:(?:jetzt|übrigens|halt|ja|noch|auch|
               doch)\x20+)?)
             # oneself: "Ich war 25 Jahre die Gemeindeschwester in Sirnau"
             |(?<=\b(?:[Ii]ch|[Ii])\x20+(?:bin|war|ben)\x20+(?:[\p{{L}}\d]+\x20+){{0,3}}))
             (?P<v>(?P<det>[Dd]er|[Dd]ie|[Dd]r|[Uu]nser|[Uu]nsere|[Mm]ein|[Mm]eine)\s+
             (?:(?:neue|neuen|alte|alten|junge|jungen|nette|netten)\s+)?
             # a district's or a bus's own: "Unser Bezirksschornsteinfeger für Wäldenbronn"
             (?P<role>(?:\p{{Lu}}\p{{Ll}}+(?=(?i:{roles})\b))?(?i:{roles}))
             \s+(?:
               (?:in|aus|von|vom|für)\s+(?!der\b|dem\b|den\b)
               # a place of two words: "vom FV Zell", "vom Sportgelände Zollberg"
               (?P<place>\p{{Lu}}[\p{{L}}\-]+
                 (?:\s+(?!(?:Frau|Herr|Herrn|Familie|Dr|Prof)\b)\p{{Lu}}[\p{{L}}\-]+(?=[\s,.!?]))?)
             | (?:(?:in|an)\s+(?:der|dr)|aus\s+dr)\s+{street}
             | (?:in|aus|von)\s+der\s+(?P<area>\p{{Lu}}[\p{{L}}\-]+)
             | am\s+Ende\s+(?:der|des|vom)\s+\p{{Lu}}[\p{{L}}\-]+
             # a house named after someone or something: "am Schelztor-Gymnasium", "an der
             # Rilke-Schule", "im Martin-Luther-Haus"
             | (?:am|an\s+der|an\s+dem|im|vom|von\s+der|beim)\s+
               \p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)*-\p{{Lu}}?\p{{Ll}}*(?i:gymnasium|schule|kita|
               kindergarten|heim|zentrum|haus|stift|bad|halle)
             | (?:im|am)\s+(?P<district>(?!Ende\b)\p{{Lu}}[\p{{L}}\-]+)\s+(?:in|von)\s+
               \p{{Lu}}[\p{{L}}\-]+
             ))(?=[\s,.!?])""",
        regex.VERSION1 | regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _big_places() -> frozenset:
    return frozenset(read_words("description_big_places"))


def local_role_spans(text: str):
    """Yield (start, end) of a local role at a small place or street.

    Examples
    --------
    >>> text = "Die Apothekerin in Sirnau hat mir geholfen."
    >>> [text[a:b] for a, b in local_role_spans(text)]
    ['Die Apothekerin in Sirnau']
    >>> list(local_role_spans("Der Hausarzt in Stuttgart nimmt keine Patienten."))
    []
    """
    for match in _pattern().finditer(text):
        place = match.group("place")
        if (
            place is not None
            and place.lower() not in home_districts()  # "in Zell", "in Weil": districts
            and (
                place in _big_places()
                or place.split()[0] in _big_places()  # "in Stuttgart Mitte"
                or lexicon().is_common_noun(place)
            )
        ):
            continue  # "in Stuttgart", "vom Markt", "vom Dorf": no one place
        area = match.group("area")
        if area is not None and (area.lower() not in home_districts() or area in _WHOLE_TOWN):
            continue  # "in der Pliensauvorstadt", not "in der Innenstadt" or "in der Küche"
        if match.group("det").lower() in _FEMININE_DETS and not _feminine(match.group("role")):
            continue  # "Die Apotheker in Sirnau": a group
        yield match.span("v")


# districts with their article that hold too many of a role to name one
_WHOLE_TOWN = frozenset(("Altstadt", "Innenstadt"))
_FEMININE_DETS = frozenset(("die", "unsere", "meine"))
_FEMININE_ROLES = ("hebamme", "tagesmutter", "gemeindeschwester")


def _feminine(role: str) -> bool:
    lower = role.lower()
    return lower.endswith("in") or lower in _FEMININE_ROLES


@lru_cache(maxsize=1)
def _role_stems() -> tuple:
    """Return the roles without a feminine ending, lower case: the cheap pre-check."""
    return tuple(sorted({w.removesuffix("in") if w.endswith("erin") else w
                         for w in read_words("description_local_roles")}))



# ---------------------------------------------------------------- one's own business

# businesses of which a place has one owner: "den Kiosk am Zollberg", "die Autowerkstatt
# hinten in der Fabrikstraße" (public houses like a school or the town hall are left out)
_BUSINESSES = (
    "laden", "kiosk", "werkstatt", "tankstelle", "salon", "bäckerei", "metzgerei", "café",
    "cafe", "gasthaus", "gasthof", "wirtschaft", "kneipe", "imbiss", "imbiß", "praxis",
    "atelier", "studio", "buchhandlung", "apotheke", "boutique", "restaurant", "pizzeria",
    "geschäft", "betrieb", "friseur", "frisör", "reinigung", "gärtnerei", "schreinerei",
    "bar", "bistro", "hofladen", "mobil", "stand",
    # places one person leads: "Ich leite die Tagespflege in der Weststadt"
    "tagespflege", "kurzzeitpflege", "kita", "kindergarten", "hort", "jugendhaus", "jugendtreff",
    "pflegedienst",
    "chor", "krabbelgruppe", "bücherei",
)  # fmt: skip
_OWN_BUSINESS = regex.compile(
    r"""(?<![\p{L}])(?P<verb>betreibe|betreiben|führe|führen|leite|leiten|gehört|habe|hab|haben|hät|hen)
        \s+(?:(?:hier|seit\s+\d+\s+Jahren|schon\s+lange)\s+)?
        (?:(?:eine|einen|ein|a|en)\s+)?
        (?P<v>(?:(?:den|die|das|der|meinen|meine|mein|unseren|unsere|unser)\s+)?
        (?:\p{Ll}+\s+){0,2}(?P<b>\p{Lu}[\p{L}\-]*)(?:\s*\([^()\n]{1,40}\))?
        \s+(?:(?:direkt|hinten|vorne|vorn|gleich|oben|unten|ganz)\s+)?
        (?:in|im|am|an|auf|beim|bei|neben|gegenüber(?:\s+(?:vom|von))?|hinterm|hinter)
        \s+(?:(?:der|dem|den)\s+)?(?:Ecke\s+)?(?P<place>\p{Lu}[\p{L}\-]*)
        (?:\s*/\s*\p{Lu}[\p{L}\-]*|\s+(?:Straße|Strasse|Str\.|Weg|Platz|Gasse|Allee|Ausgang
           |Nord|Süd|Ost|West|\d+\w?)(?![\p{L}]))*
        (?:\s*\((?:die|der|das)\s+einzige\))?)""",
    regex.VERSION1 | regex.VERBOSE,
)
# places no one business is known by ("am Stadtrand", "in der Innenstadt")
_VAGUE_PLACES = frozenset(
    "Stadtrand Ortsrand Stadt Innenstadt Stadtmitte Zentrum Land Dorf Ort Nähe Gegend "
    "Umgebung Region Ecke Kreis Landkreis Stadtteil Viertel Gewerbegebiet".split()
)
_DEFINITE = frozenset("den die das der meinen meine mein unseren unsere unser".split())
_PERFECT_VERBS = frozenset("habe hab haben hät hen".split())
# "haben" as ownership only for the writer: "ich habe", "wir haben", "hab" without a subject
_PLURAL_HAVE = frozenset(("haben", "hen"))
_WE = frozenset(("wir", "mir", "mer"))
# a time, not a place: "den Laden am Samstag", "im Sommer", "im Januar"
_TIME_WORDS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember "
    "frühling frühjahr sommer herbst winter montag dienstag mittwoch donnerstag freitag "
    "samstag sonnabend sonntag wochenende feiertag feiertagen".split()
)


# a common noun that names one site in town: "am Güterbahnhof", "am Markt", "an der Kelter"
_SITES = (
    "straße", "strasse", "gasse", "allee", "steige", "hof", "markt", "platz", "brunnen", "kelter",
    "brücke", "mühle", "ufer", "park",
)


def _named_place(place: str) -> bool:
    """Tell a place one business is known by: a name, a street or square, a district.

    "am Zollberg", "in der Mühlgasse", "am Güterbahnhof", "am Markt"; not a common noun
    ("im Internet", "im Nebenerwerb", "im Team", "an der Haltestelle") nor a time ("am
    Samstag", "im Sommer").
    """
    lower = place.lower()
    if place in _VAGUE_PLACES or lower in _TIME_WORDS:
        return False
    if lower in home_districts() or lower.endswith(_SITES):
        return True
    return not lexicon().is_common_noun(place)  # a name or a street: "am Zollberg"


def own_business_spans(text: str):
    """Yield (start, end) of the writer's own business at a place: who runs it is one person.

    "Ich betreibe den Kiosk am Zollberg", "Ich betreibe eine kleine Tankstelle in Rüdern (die
    einzige)", "meine Eltern betreiben den Blumenladen an der Ecke
    Bahnhofstraße/Berliner Straße", "hab die Autowerkstatt hinten in der Fabrikstraße". With
    "habe"/"haben" the phrase must end its clause: "Ich habe den Kiosk am Zollberg angerufen"
    is a visit, not an owner; "einen Imbiss in der Kiesstraße" is one of several and stays
    unless "(die einzige)" follows. A third person ("er betreibt das Restaurant am Hafenmarkt") is
    left out: an answer about someone else's business names them ("er heiße …, betreibt …").

    Examples
    --------
    >>> text = "Ich betreibe die Bäckerei am Kelterplatz."
    >>> [text[a:b] for a, b in own_business_spans(text)]
    ['die Bäckerei am Kelterplatz']
    >>> list(own_business_spans("Wir haben die Apotheke am Markt gefragt."))
    []
    """
    for match in _OWN_BUSINESS.finditer(text):
        if not match.group("b").lower().endswith(_BUSINESSES):
            continue
        if not _named_place(match.group("place")):
            continue  # "einen Hofladen am Stadtrand", "den Laden im Internet": no one place
        first = match.group("v").split()[0].lower()
        owned = match.group("verb") == "gehört"
        if (first == "der" and not owned) or (owned and not (
            first in ("der", "die", "das") and _to_writer(text, match)
        )):
            continue  # "Mir gehört der Kiosk am Zollberg", not "Ihm gehört der …"
        if first not in _DEFINITE and "einzige" not in match.group("v"):
            continue  # "einen Imbiss in der Kiesstraße": one of several, unless "(die einzige)"
        if match.group("verb") in _PERFECT_VERBS and not _owned(text, match):
            continue  # "… am Markt gefragt", "Wir haben hier die Apotheke am Markt": no owner
        district = _DISTRICT_AFTER.match(text, match.end("v"))
        if district is not None and district.group(1).lower() in home_districts():
            yield match.start("v"), district.end()  # "… gegenüber vom Bahnhof Oberesslingen"
            continue
        yield match.span("v")


_DISTRICT_AFTER = regex.compile(r"\x20+(\p{Lu}[\p{L}\-]+)", regex.VERSION1)


def _owned(text: str, match) -> bool:
    """Tell "habe"/"haben" before a business as the writer's ownership, not a visit or a sight.

    The subject is the writer ("ich habe", "wir haben", a bare "hab"), no "hier" stands
    before the object ("Wir haben hier die Apotheke am Markt": there is one), and the phrase
    ends its clause: no participle follows ("… am Markt gefragt"), no "und" with something
    else than a verb of the writer ("und sonst nichts"), no clause about the business after a
    comma ("…, die ist super").
    """
    verb = match.group("verb")
    before = text[max(0, match.start() - 20) : match.start()].split()
    subject = before[-1].lower() if before else ""
    if verb in _PLURAL_HAVE and subject not in _WE:
        return False  # "Die haben die Bäckerei am Markt": a third person or a sight
    if subject in ("er", "sie", "es", "man"):
        return False  # "er habe den Kiosk …": reported speech about someone else
    if regex.search(r"\bhier\b", text[match.start("verb") : match.start("v")]):
        return False  # "Wir haben hier die Apotheke am Markt": there is one
    rest = text[match.end() : match.end() + 30].lstrip()
    if regex.match(r",\s*(?:die|der|das|dies|wo)\b", rest):
        return False  # "… am Markt, die ist super": a word about the shop
    if rest.startswith("und "):
        nxt = rest[4:].split(maxsplit=1)
        return bool(nxt) and nxt[0].lower() not in ("sonst", "auch", "nichts", "die", "der",
                                                     "das", "den", "eine", "einen", "ein")
    return not (rest[:1].isalpha() and rest[:1].islower() and not rest.startswith("seit "))


def _to_writer(text: str, match) -> bool:
    """Tell "Mir/Uns gehört" right before the verb: the writer owns the business."""
    before = text[max(0, match.start() - 12) : match.start()].split()
    return bool(before) and before[-1].lower() in ("mir", "uns")


# a role on its own line of a signature, before the club's or the school's short name and
# its district: "1. Vorsitzender TSV Berkheim", "Schulleiterin GS Rüdern", "Kassiererin OGV
# Zell"; a public office ("Sachbearbeitung Gewerbeamt", "Kommandant FF Zell") stays
_SIGNED_ROLE = regex.compile(
    r"(?m)^[^\S\n]*(?P<v>(?:\d\.[^\S\n]*)?(?:Vorsitzende[rn]?|Vorstand|Kassier(?:er|erin|in)?|"
    r"Schriftführer(?:in)?|Schulleiter(?:in)?|Rektor(?:in)?|Inhaber(?:in)?|Trainer(?:in)?|"
    r"Jugendleiter(?:in)?|Abteilungsleiter(?:in)?|Kita-?[Ll]eit(?:ung|er|erin))"
    r"(?:[^\S\n]+(?:des|der|vom)|[^\S\n]*,)?(?:[^\S\n]+[\p{Lu}\d][\p{L}\d.\-&]*){1,4})[^\S\n]*$"
)


def signed_role_spans(text: str):
    """Yield a club's or a school's role on a signature's line ending in a district."""
    for match in _SIGNED_ROLE.finditer(text):
        last = match.group("v").split()[-1].lower()
        if last in home_districts():
            yield match.span("v")
