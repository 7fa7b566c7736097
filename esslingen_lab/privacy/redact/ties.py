"""A person tied to one role holder or one named house: part of ``[PERSON-BESCHREIBUNG]``.

Two shapes single out one person without a name:

* a relative or helper of a role holder in a named place: "die Frau vom Ortsvorsteher in
  Hohenbühl", "der Sohn vom Bäcker in Sulzgries", "die Tochter des Bürgermeisters von
  Aichwald". The role holder alone is public or vague; the place makes the role one person
  and the tie makes the relative one person.
* a role of which a house has one, at a named house: "der Wirt vom Ochsen in Kirchbronn",
  "der Pfarrer von St. Martin in Altenried", "der Chorleiter vom Liederkranz Mettingen",
  "die Trainerin der E-Jugend vom TSV Berkheim".

And two looks-based heads: a noun made of an adjective ("der große Glatzköpfige", "die
Ältere mit der Brille") and "der/die mit dem Hörgerät" opening a sentence; both need a place
where the person works ("am Schalter 3", "an der Infotheke").

The reading works on a :class:`~esslingen_lab.privacy.redact.description_walk._Walk` (tokens and
lower-case words of one text); the words come from ``data/redaction/description_*.txt``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.vocabulary import NEXT_CLAUSE as _NEXT_CLAUSE
from esslingen_lab.privacy.redact.vocabulary import NOT_THE_ONLY, home_districts, read_words
from esslingen_lab.privacy.redact.vocabulary import _words as _alternation

__all__ = ["tie", "nominal", "relation", "description_spans"]

# a one-per-house role: "Wirt", "Pfarrer", "Chorleiter", "Platzwart"
_HOUSE_ROLES = (
    "leiter", "leiterin", "meister", "meisterin", "inhaber", "inhaberin", "pächter",
    "pächterin", "wirt", "wirtin", "besitzer", "besitzerin", "betreiber", "betreiberin",
    "chef", "chefin", "direktor", "direktorin", "rektor", "rektorin", "pfarrer", "pfarrerin",
    "pastor", "pastorin", "trainer", "trainerin", "sekretär", "sekretärin", "küster",
    "küsterin", "mesner", "mesnerin", "vorsitzende", "vorsitzender", "präsident",
    "präsidentin", "kommandant", "kommandantin", "dirigent", "dirigentin", "wart", "wartin",
    "koch", "köchin", "geschäftsführer", "geschäftsführerin", "vorstand", "imam", "organist",
    "organistin", "kantor", "kantorin", "diakon", "diakonin", "priester", "rabbiner",
)  # fmt: skip
# role holders a relative can be tied to although they head no description themselves
_OFFICE_ANCHORS = ("bürgermeister", "bürgermeisterin", "ortsvorsteher", "ortsvorsteherin",
                   "schultes", "landrat", "landrätin", "präsident", "präsidentin")  # fmt: skip
_PLACE_LINKS = frozenset("in von aus z zu".split())
_ANCHOR_LINKS_MASC = frozenset("vom des beim".split())
_SENTENCE_END = frozenset(".!?:;\n(")
# words after "am" that are no place: "am Telefon", "am Wochenende", "am Montag"
_NOT_PLACES = ("telefon", "apparat", "ende", "tag", "abend", "morgen", "mittag", "anfang",
               "schalter", "empfang", "computer", "handy", "stück", "leben")  # fmt: skip
_NOT_PLACE_WORDS = frozenset("zug ball werk platz rand rande ort stück".split())


@lru_cache(maxsize=1)
def _words():
    excluded = read_words("description_excluded")
    return {
        "relations": tuple(read_words("description_relations")),
        "inns": frozenset(read_words("description_inns")),
        "nominal": tuple(read_words("description_nominal")),
        "public": frozenset(w for w in read_words("description_public_units") if w[0] != "-"),
        "public_ends": tuple(w[1:] for w in read_words("description_public_units") if w[0] == "-"),
        "persons": tuple(read_words("person_nouns"))
        + tuple(w for w in read_words("description_heads") if not w.startswith("=")),
        "generic": tuple(w for w in excluded if not w.endswith(_OFFICE_ANCHORS)),
        "offices": tuple(read_words("city_offices")),
        "institutions": tuple(read_words("institutions")),
        "lower_stop": frozenset(read_words("lower_stop")),
        "streets": tuple(w for w in read_words("street_suffixes") if "." not in w),
    }


def relation(word: str) -> bool:
    """Tell a noun for a relative or neighbour ("Schwiegersohn", "Nachbarin", "Witwe")."""
    lower = word.lower()
    return lower.endswith(_words()["relations"]) and not lower.endswith("innen")


def house_role(word: str) -> bool:
    """Tell a role a house has one of ("Wirt", "Chorleiter", "Platzwart"), not "Bürgermeister"."""
    lower = word.lower()
    return lower.endswith(_HOUSE_ROLES) and not lower.endswith(_OFFICE_ANCHORS[:4])


def nominal(walk, i: int, det: str) -> bool:
    """Tell "der Glatzköpfige", "die kleine Blonde": an adjective as a noun for one person."""
    word, lower = walk.word(i), walk.lower(i)
    if det not in {"der", "die"} or not lower.endswith("e") or lower.endswith("innen"):
        return False
    if not (word[:1].isupper() or walk.all_lower):
        return False
    if not any(lower == s + "e" or lower == s for s in _words()["nominal"] if lower[:2] == s[:2]):
        return False
    nxt = walk.word(i + 1)
    return not (nxt[:1].isupper() and nxt.isalpha())  # "Der Große Saal", "Die Alte Kelter"


def _anchor_person(lower: str, feminine: bool) -> bool:
    """Tell a role holder after "vom"/"des" ("Bäcker", "Ortsvorsteher", "Bürgermeisters")."""
    words = _words()
    for form in (lower, lower[:-1] if lower.endswith("s") else None):
        if not form or form.endswith("innen"):
            continue
        if feminine and not form.endswith("in"):
            continue
        if not (form.endswith(words["persons"]) or form.endswith(_OFFICE_ANCHORS)):
            continue
        if form.endswith(words["generic"]) and not form.endswith(_HOUSE_ROLES):
            continue  # "vom Nachbarn", "von der Kundin": no role
        return True
    return False


def _place_name(walk, j: int) -> bool:
    """Tell a place name at ``j``: "Hohenbühl", "Bad Boll", or "rüdern" in lower-case text."""
    word, lower = walk.word(j), walk.lower(j)
    if not word[:1].isalpha() or len(word) < 3:
        return False
    if word[:1].isupper():
        if word in _big_places():
            return False  # "in Köln", "in Stuttgart": a city has many of each
        return lower not in {"der", "die", "das", "den", "dem", "ich", "sie", "er", "es", "wir"}
    return walk.all_lower and len(word) > 3 and lower not in _words()["lower_stop"]


def _place_tail(walk, j: int):
    """End of "in Hohenbühl", "von Aichwald", "z Zell" at ``j``, or None.

    A district right after a club's or a house's name is where it is ("Gesangverein
    Liederkranz Sulzgries").
    """
    if walk.word(j)[:1].isupper() and _district(walk, j):
        return j + 1
    if walk.lower(j) in _PLACE_LINKS and walk.lower(j + 1) in {"st", "st.", "sankt"}:
        k = j + 2 + (walk.word(j + 2) == ".")
        return k + 1 if walk.word(k)[:1].isupper() else None  # "in St. Bernhardt"
    if walk.lower(j) in _PLACE_LINKS and _place_name(walk, j + 1):
        end = j + 2
        if walk.word(end)[:1].isupper() and walk.lower(j + 1) in {"bad", "st", "sankt"}:
            end += 1  # "in Bad Boll"
        return end
    if (
        walk.lower(j) in {"am", "beim"}
        and walk.word(j + 1)[:1].isupper()
        and not walk.lower(j + 1).endswith(_NOT_PLACES)
        and walk.lower(j + 1) not in _NOT_PLACE_WORDS
    ):
        # "(der Apotheker) am Marktplatz", "am Bahnhof Rosswangen", not "am Telefon"
        end = j + 2
        if _place_name(walk, end) and walk.word(end)[:1].isupper():
            end += 1
        tail = _place_tail(walk, end) if walk.lower(end) in _PLACE_LINKS else None
        return tail if tail is not None else end
    if walk.lower(j) in {"an", "in", "auf"} and walk.lower(j + 1) in {"der", "dem"}:
        if walk.lower(j) == "in" and _district(walk, j + 2):
            return j + 3  # "in der Weststadt", "in der Pliensauvorstadt"
        return street(walk, j + 2)  # "an der Plochinger Straße", "in der Kelterstraße"
    if walk.lower(j) == "im" and _district(walk, j + 1):
        return j + 2  # "im Brühl"
    return None


@lru_cache(maxsize=1)
def _big_places() -> frozenset:
    return frozenset(read_words("description_big_places"))


@lru_cache(maxsize=1)
def _big_institutions() -> tuple:
    """Where many work in one role ("im Klinikum"): no house with one of each."""
    return tuple(w.lstrip("=") for w in read_words("description_big_institutions"))


def _district(walk, j: int) -> bool:
    """Tell one of the town's listed districts at ``j`` ("Weststadt"), not the centre."""
    word, lower = walk.word(j), walk.lower(j)
    if not word[:1].isupper() and not walk.all_lower:
        return False
    return lower in home_districts() and lower not in _CENTRES


# every town has one: "der Pfarrer an der Stadtkirche in der Altstadt" is no small place
_CENTRES = frozenset(("altstadt", "innenstadt", "stadtmitte", "zentrum", "city"))


def street(walk, j: int):
    """End of a street name at ``j`` ("Plochinger Straße", "Kelterstraße"), or None."""
    first, lower = walk.word(j), walk.lower(j)
    if not first[:1].isupper():
        return None
    if lower.endswith(_words()["streets"]) and len(lower) > 6:
        return j + 1
    if lower.endswith("er") and walk.lower(j + 1).endswith(_words()["streets"]):
        return j + 2 if walk.word(j + 1)[:1].isupper() else None
    return None


def _unit(walk, j: int):
    """End of a named house at ``j`` ("Ochsen", "St. Martin", "Liederkranz Mettingen"), or None.

    The house is named when it is a known inn name, a saint's name, or a capitalised noun
    followed by a place ("Liederkranz Mettingen", "TSV Berkheim", "… in Zell").
    """
    words = _words()
    word, lower = walk.word(j), walk.lower(j)
    lowercase = walk.all_lower
    if not (word[:1].isupper() or lowercase) or lower in words["public"]:
        return None
    if lower.endswith(words["public_ends"]):
        return None  # "vom Landgericht Stuttgart": a public body
    if lowercase and lower not in words["inns"] and lower not in {"st", "st.", "sankt"}:
        return None  # "der wirt vom ochsen": in lower-case text only an inn or a saint
    bare = lower[:-1] if lower.endswith("s") else lower
    if bare.endswith(words["offices"]) or lower.endswith(words["offices"]):
        return None  # "vom Ordnungsamt", "der Stadtverwaltung": an office
    if lower in {"st", "sankt"} and walk.word(j + 1) == "." and walk.word(j + 2)[:1].isupper():
        j += 3  # "St. Martin"
    elif lower == "st." or (lower == "sankt" and walk.word(j + 1)[:1].isupper()):
        j += 2
    elif lower in words["inns"] and not walk.word(j + 1)[:1].isupper():
        j += 1  # "vom Ochsen"
    elif walk.word(j + 1) in ("Zum", "Zur") and walk.word(j + 2)[:1].isupper():
        j += 3  # "Gasthaus Zur Krone", "Gasthof Zum Goldenen Ochsen"
        if walk.word(j)[:1].isupper() and walk.word(j).isalpha() and walk.lower(j - 1).endswith(
            ("en", "er", "e")
        ) and walk.lower(j) not in {"ich", "sie", "er", "es", "wir", "der", "die", "das"}:
            j += 1
    elif (
        walk.word(j + 1)[:1].isupper()
        and walk.word(j + 1).isalpha()
        and walk.lower(j + 1)
        not in words["public"] | {"ich", "sie", "er", "es", "wir", "der", "die", "das"}
    ):
        if walk.lower(j + 1).endswith(words["public_ends"] + words["offices"]):
            return None  # "im Technischen Rathaus": a public house after its adjective
        j += 2  # "Liederkranz Mettingen", "TSV Berkheim"
    else:
        tail = _place_tail(walk, j + 1)
        if tail is None:
            inner = _link(walk, j + 1)  # "der E-Jugend vom TSV Berkheim"
            if inner is None:
                return None
            return _unit(walk, inner[0])
        return tail
    tail = _place_tail(walk, j)
    return tail if tail is not None else j


def _link(walk, i: int):
    """Read "vom", "von der", "des", "der" at ``i``; return (next index, feminine) or None."""
    lower = walk.lower(i)
    if lower in _ANCHOR_LINKS_MASC:
        return i + 1, False
    if lower == "von" and walk.lower(i + 1) in {"der", "dem"}:
        return i + 2, walk.lower(i + 1) == "der"
    if lower == "von" and walk.word(i + 1)[:1].isupper():
        return i + 1, False  # "von St. Martin"
    if lower == "der":
        return i + 1, True
    if lower == "im" and not walk.lower(i + 1).endswith(_big_institutions()):
        return i + 1, False  # "(die Köchin) im einzigen griechischen Lokal in Sirnau"
    if lower == "an" and walk.lower(i + 1) in {"der", "dem"}:
        return i + 2, walk.lower(i + 1) == "der"  # "(Mesnerin) an der Kirche in Liebersbronn"
    return None


def tie(walk, i: int, noun: str):
    """Read the tie after a person noun at ``i``; return the end of the description or None.

    "(Frau) vom Ortsvorsteher in Hohenbühl", "(Wirt) vom Ochsen in Kirchbronn", "(Pfarrer)
    von St. Martin".
    """
    link = _link(walk, i)
    if link is None:
        return None
    j, feminine = link
    while (
        walk.word(j)[:1].islower()
        and walk.lower(j).endswith(("e", "en"))
        and walk.is_word(j + 1)
        and (not walk.all_lower or walk.lower(j + 2) in _PLACE_LINKS)
    ):
        j += 1  # "vom alten Förster (in …)"
    anchor = walk.lower(j)
    if relation(noun) and anchor in {"frau", "herrn", "herr"}:
        k = j + 1
        while walk.lower(k) in {"dr", "prof"} and walk.word(k + 1) == ".":
            k += 2  # "von Herrn Dr. Hahn"
        if _surname_at(walk, k, after_title=True):  # "die Ehefrau vom Herrn Lang (aus …)"
            return _origin(walk, k + 1)
        return None
    if walk.is_word(j) and (walk.word(j)[:1].isupper() or walk.all_lower):
        if _anchor_person(anchor, feminine):
            if relation(noun) and _surname_at(walk, j + 1):
                return _origin(walk, j + 2)  # "der Sohn vom Bäcker Kächele (in Zell)"
            end = _place_tail(walk, j + 1)  # only a role in a named place is one person
            if end is None and house_role(anchor.removesuffix("s")):
                inner = _link(walk, j + 1)  # "(der Bruder) von der Wirtin vom Lamm"
                end = _unit(walk, inner[0]) if inner is not None else None
            return end
    if house_role(noun) or (relation(noun) and (
        anchor.endswith(_FAMILY_BUSINESSES) or anchor in ("hof", "obsthof", "biohof", "weinhof")
    )):
        return _unit(walk, j)  # (also "die Tochter von der Metzgerei Kern in Sulzgries")
    return None


# a business a family runs, whose name makes a relative one person (a farm as "Hof", not
# "Bahnhof", "Bauhof", "Friedhof")
_FAMILY_BUSINESSES = (
    "bäckerei", "metzgerei", "gasthaus", "gasthof", "wirtschaft", "laden", "apotheke",
    "werkstatt", "salon", "buchhandlung", "café", "cafe", "kiosk", "imbiss", "pizzeria",
    "eisdiele", "drogerie", "reinigung", "schreinerei", "gärtnerei", "autohaus", "bauernhof",
    "friseur", "konditorei", "brauerei", "weingut", "hofladen", "zimmerei", "malerei",
)  # fmt: skip


def _surname_at(walk, j: int, after_title: bool = False) -> bool:
    """Tell a capitalised word at ``j`` that reads as a surname: listed, or no German word.

    After "Herrn"/"Frau" any capitalised word but a job ("Frau Özdemir", not "Herrn Pfarrer").
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    word = walk.word(j)
    if len(word) < 2 or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    if after_title:
        return not _is_person_noun(word)
    lex = lexicon()
    return lex.is_any_name(word) or not (lex.is_german(word) or lex.is_english(word))


def _origin(walk, j: int) -> int:
    """End of where a named person is from, after the name at ``j - 1``.

    "in Zell", "am Marktplatz", "aus dem Gemeinderat", "vom Turnverein"; else ``j``.
    """
    tail = _place_tail(walk, j)
    if tail is not None:
        return tail
    if walk.lower(j) in {"aus", "vom", "von"} and walk.lower(j + 1) in {"dem", "der"}:
        k = j + 2
    elif walk.lower(j) == "vom":
        k = j + 1
    else:
        return j
    return k + 1 if walk.word(k)[:1].isupper() and walk.word(k).replace("-", "").isalpha() else j


def sentence_start(walk, i: int) -> bool:
    """Tell whether token ``i`` opens a sentence (a "der mit dem …" is then no relative)."""
    return (
        i == 0 or walk.word(i - 1) in _SENTENCE_END or walk.text[: walk.tokens[i][1]].endswith("\n")
    )


_FEMALE = ("tochter", "witwe", "schwester", "nichte", "tante", "cousine", "mutter", "frau",
           "gattin", "enkelin")  # fmt: skip


def female(word: str) -> bool:
    """Tell a feminine relation noun after "die" ("die Tochter", "die Witwe")."""
    return word.lower().endswith(_FEMALE)


def nominal_stems() -> tuple:
    """Stems of adjectives used as nouns for one person ("glatzköpfig", "blond")."""
    return _words()["nominal"]


def inn_names() -> tuple:
    """Names of inns, sorted longest first (for a cheap pre-check)."""
    return tuple(sorted(_words()["inns"], key=len, reverse=True))


# ---------------------------------------------------------------- the only one, a role at a place


@lru_cache(maxsize=1)
def _vocabulary():
    person = tuple(read_words("person_nouns"))
    institutions = tuple(read_words("institutions")) + tuple(read_words("description_clubs"))
    offices = tuple(read_words("city_offices"))
    return person, institutions, offices


_NAME_WORD = r"\p{Lu}[\p{L}\-]+"
# a house named in quotes: "vom „Dicken Turm“", "vom "Goldenen Ochsen""
_QUOTED = r"""[„"»‚'“]\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,3}[“"«‘'”]"""
# an inn's name as the sign says it: "(zur) Krone", "(zum) Goldenen Ochsen"
_INN = r"(?:\p{Lu}\p{Ll}+e[nr]?\s+)?(?-i:" + "|".join(
    w.capitalize() for w in sorted(read_words("description_inns"), key=len, reverse=True)
) + r")(?![\p{L}])"
# the place after a link may have two words: "im Gewerbegebiet Weil", "an der Inneren Brücke";
# an inn's name with its place: "(vom) Gasthaus zur Krone in Berkheim"
_PLACE = rf"""(?:{_QUOTED}|{_NAME_WORD}(?:\s+(?:St\.\s+)?{_NAME_WORD})?)
    (?:\s+(?:zum|zur|zu\s+den)\s+{_INN}(?:\s+in\s+{_NAME_WORD})?
    |\s+(?:in|im|am|an\s+der|an\s+dem|auf\s+dem|auf\s+der|in\s+der|bei|beim)\s+{_NAME_WORD}
    (?:\s+{_NEXT_CLAUSE}{_NAME_WORD})?)?"""
_PLACE_OR_TAG = rf"(?:{_PLACE}|\[(?:ADRESSE|NAME)\])"
_LINK = (
    r"(?:in|im|am|vom|von\s+der|von\s+den|von\s+dem|von|der|des|bei|beim|aus|an\s+der|"
    r"auf\s+dem|auf\s+der)"
)
_NOT_ONE = rf"(?<!{NOT_THE_ONLY})"  # "kein einziger …", "nicht die einzige …"
_ONLY_ONE = regex.compile(
    rf"""(?<![\p{{L}}]){_NOT_ONE}(?P<v>(?i:[eo]inzige|[eo]inzigen|[eo]inziger|[eo]inzigem|einzigste|einzigsten)\s+
         (?:\p{{Ll}}+\s+)?(?P<n>{_NAME_WORD})\s+(?:{_LINK}|für|vo)\s+(?:(?:der|dem|den)\s+)?(?P<p>{_PLACE_OR_TAG}
         (?:\s+(?:und|oder)\s+{_PLACE_OR_TAG})?))""",
    regex.VERSION1 | regex.VERBOSE,
)
# "der letzte Fischer am Neckar in Mettingen", "der letzte Schmied in Oberesslingen": the last
# one of a trade at a named place (not "der letzte Kunde im Laden", "die letzte Scheune")
_LAST_ONE = regex.compile(
    rf"""(?<![\p{{L}}])(?P<v>(?i:der|die|dr|d'|d’)\s+(?i:letzte|letschde|letzschde)\s+
         (?P<n>{_NAME_WORD})\s+(?:in|im|am|vom|von\s+der|aus|bei|beim|an\s+der)\s+
         (?:(?:der|dem|den)\s+)?(?P<p>{_PLACE}))""",
    regex.VERSION1 | regex.VERBOSE,
)
# "die einzige mit Kassenzulassung im Bereich Zell", "dr oinzige mit 'me Traktor": the one
# person with something, a noun left out (never "das einzige": a thing)
_ONLY_ONE_WITH = regex.compile(
    rf"""(?<![\p{{L}}])(?P<v>(?i:der|die|dr|d'|d’)\s+(?i:[eo]inzige)\s+mit\s+
         (?:(?i:dem|der|den|einem|einer|'me|me)\s+)?(?:\p{{Ll}}+\s+)?{_NAME_WORD}
         (?P<f>\s+(?:für|für\s+die|für\s+den|unter|über)\s+(?:\p{{Ll}}+\s+)?{_NAME_WORD}
         (?:\s+unter\s+\d+)?)?
         (?P<p>\s+(?:{_LINK}|vo)\s+(?:(?:der|dem|den)\s+)?{_PLACE_OR_TAG})?)""",
    regex.VERSION1 | regex.VERBOSE,
)
_ROLE_ENDINGS = _alternation(
    "leiter", "leiterin", "meister", "meisterin", "inhaber", "inhaberin", "pächter",
    "pächterin", "wirt", "wirtin", "besitzer", "besitzerin", "betreiber", "betreiberin",
    "chef", "chefin", "direktor", "direktorin", "rektor", "rektorin", "hausmeister",
    "hausmeisterin", "pfarrer", "pfarrerin", "trainer", "trainerin", "sekretär", "sekretärin",
    "küster", "küsterin", "mesner", "mesnerin", "hebamme", "apotheker", "apothekerin",
    "förster", "försterin", "vorsitzende", "vorsitzender", "geschäftsführer",
    "geschäftsführerin", "präsident", "präsidentin", "kommandant", "kommandantin",
    "dirigent", "dirigentin", "wart", "wartin", *read_words("description_club_roles"),
)  # fmt: skip
# one of a kind by its business: "Kiosk-Besitzer", "Bäckereiinhaberin" (any place after it)
_OWNER_ENDINGS = (
    "inhaber",
    "inhaberin",
    "besitzer",
    "besitzerin",
    "betreiber",
    "betreiberin",
    "pächter",
    "pächterin",
    "wirt",
    "wirtin",
)
_QUOTES = frozenset("„\"»‚'“")
# roles of a private person at a school or a club, said with "an der"/"bei der": "die
# Schülersprecherin an der Katharinenschule", "Elternbeiratsvorsitzende an der Grundschule …"
_AT_ROLES = ("vorsitzende", "vorsitzender", "sprecher", "sprecherin", "hausmeister",
             "hausmeisterin", "sekretär", "sekretärin", "kassier", "kassierer", "kassiererin",
             "wart", "wartin", "trainer", "trainerin")
_ROLE_OF = regex.compile(
    rf"""(?<![\p{{L}}])(?P<v>(?P<n>(?:\p{{Lu}}[\p{{Ll}}\-]*?)?(?i:{_ROLE_ENDINGS}))\s+
         (?P<l>vom|von\s+der|von\s+dem|von|der|des|im|am|beim|aus\s+der|aus\s+dem|in\s+der|in|
            an\s+der|an\s+dem|bei\s+der|bei\s+dem|unseres|unserer|meines|meiner)\s+
         # the first of two compounds with one head: "des Obst- und Gartenbauvereins Zell"
         (?:\p{{Lu}}\p{{Ll}}+-\s+(?:und|oder)\s+)?
         # a people's or a place's adjective names one club: "der griechischen Gemeinde",
         # "vom eritreischen Jugendverein"
         # … capitalised in the club's name: "des Kurdischen Elternvereins", "der Freiwilligen
         # Feuerwehr"
         (?P<a>\p{{L}}\p{{Ll}}+isch(?:e|en|er|es|em)\s+|\p{{Lu}}\p{{Ll}}+ig(?:e|en|er)\s+)?
         (?P<p>{_PLACE}))""",
    regex.VERSION1 | regex.VERBOSE,
)
# the house a club belongs to: "(des Fördervereins) der Grundschule Oberesslingen"
_OF_HOUSE = regex.compile(
    rf"\s+(?:der|des)\s+(?P<h>{_NAME_WORD})\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?", regex.VERSION1
)


def _is_person(noun: str) -> bool:
    from esslingen_lab.privacy.redact.only_persons import only_person

    person, _, _ = _vocabulary()
    lower = noun.lower()
    return lower.endswith(person) or lower.endswith(
        ("erin", "istin", "antin", "entin", "ärztin")
    ) or only_person(noun)  # "der einzige Allgemeinmediziner in Sirnau", "… Imker des …"


def description_spans(text: str):
    """Spans of "die einzige Hebamme in Zell" and "der Hausmeister der Grundschule Rüdern"."""
    _, institutions, offices = _vocabulary()
    for match in _ONLY_ONE.finditer(text):
        if _is_person(match.group("n")):
            yield match.span("v")
    if "letz" in text:
        for match in _LAST_ONE.finditer(text):
            if _is_person(match.group("n")) and _named_place(match.group("p")):
                yield match.span("v")
    if "einzige mit" in text or "inzige mit" in text.lower():
        for match in _ONLY_ONE_WITH.finditer(text):
            if match.group("f") or match.group("p"):  # not "die einzige mit Erfahrung"
                yield match.span("v")
    for match in _ROLE_OF.finditer(text):
        head = match.group("p").split()[0].lower()
        if head[:1] in _QUOTES and house_role(match.group("n").lower()):
            yield match.span("v")  # "der Wirt vom „Dicken Turm“": a house with its own name
            continue
        if head.endswith(offices):
            continue  # "die Leiterin des Ordnungsamts": a public office
        bare = head[:-2] if head.endswith("es") else head[:-1] if head.endswith("s") else head
        if head.endswith(institutions) or bare.endswith(institutions):  # "des Kindergartens"
            start, end = _with_house(text, match, institutions)
            if match.group("l").split()[0] in ("an", "bei") and not match.group(
                "n"
            ).lower().endswith(_AT_ROLES):
                continue  # "Der Pfarrer an der Stadtkirche": one who serves the public there
            if match.group("a"):
                national = _NATIONAL.match(text, end) or _NATIONAL.search(match.group("p"))
                if _people_adjective(match.group("a"), match.group("p")) and not national:
                    yield start, end
                continue  # "der katholischen Kirche": one of a kind, not one place
            if _named_place(text[match.start("p") : end]):
                yield start, end
        elif _owner_of_a_business(match.group("n").lower(), institutions):
            yield match.span("v")  # "der Kiosk-Besitzer am Bahnhofsplatz"
    if text.islower():
        yield from _lower_club_spans(text, institutions)


# lower-case text: "gruß vom vorsitzenden des gewerbevereins berkheim"
_ROLE_OF_LOWER = regex.compile(
    rf"""(?<![\p{{L}}])(?P<v>\p{{Ll}}*?(?:{_ROLE_ENDINGS})\s+(?:vom|von\s+der|des|der)\s+
         (?P<h>\p{{Ll}}[\p{{Ll}}\-]+)\s+(?P<q>\p{{Ll}}{{4,}}))""",
    regex.VERSION1 | regex.VERBOSE,
)


# words after a club that are no place: "der leiterin der grundschule meiner tochter"
_NO_PLACE = frozenset(
    "meiner meines meinem meinen unserer unseres unserem unseren seiner seines ihrer ihres "
    "einer eines einem einen dieser dieses jener jenes sagte meinte schrieb wollte sollte "
    "hatte wurde konnte".split()
)


def _lower_club_spans(text: str, institutions):
    """Spans of a club head in lower-case text: the club noun and a place word after it."""
    stop = _words()["lower_stop"]
    for match in _ROLE_OF_LOWER.finditer(text):
        head = match.group("h")
        bare = head[:-2] if head.endswith("es") else head[:-1] if head.endswith("s") else head
        if not (head.endswith(institutions) or bare.endswith(institutions)):
            continue
        if match.group("q") in stop | _NO_PLACE or head.endswith(_words()["offices"]):
            continue
        yield match.span("v")


_HOUSE_LINKS = frozenset("in im am an auf bei beim".split())
_HOUSES_OF_WORSHIP = ("kirche", "kapelle", "moschee", "synagoge", "münster")


# the peoples of Esslingen's communities, as "-isch" adjectives ("der griechischen Gemeinde")
_PEOPLES = frozenset(
    "griechisch türkisch kurdisch italienisch kroatisch serbisch bosnisch albanisch "
    "kosovarisch mazedonisch montenegrinisch slowenisch polnisch russisch ukrainisch "
    "rumänisch bulgarisch ungarisch tschechisch slowakisch portugiesisch spanisch eritreisch "
    "äthiopisch somalisch syrisch irakisch iranisch persisch afghanisch pakistanisch indisch "
    "tamilisch vietnamesisch chinesisch koreanisch japanisch philippinisch marokkanisch "
    "tunesisch algerisch ägyptisch libanesisch palästinensisch arabisch nigerianisch "
    "ghanaisch kamerunisch kongolesisch brasilianisch armenisch georgisch aramäisch "
    "assyrisch alevitisch jesidisch afrikanisch lateinamerikanisch".split()
)
# nouns of a community or a club, of which a town has one per people
_COMMUNITIES = (
    "gemeinde", "gemeinden", "verein", "vereins", "vereine", "community", "moschee",
    "mission", "club", "clubs", "gemeinschaft", "zentrum", "zentrums", "chor", "chors",
    "kreis", "kreises", "treff", "treffs", "elternverein",
)


# a nation's or a state's association: "der Türkischen Gemeinde in Deutschland" is public
_NATIONAL = regex.compile(
    r"(?:\x20+(?:in|von|e\.\x20?V\.))?\x20*(?:Deutschland|Baden-Württemberg|Europa|Bund\b)"
    r"|(?:Deutschland|Bundes|Landes)",
    regex.VERSION1,
)


def _people_adjective(adjective: str, place: str) -> bool:
    """Tell a people's adjective before a community's or a club's noun.

    "der griechischen Gemeinde", "vom eritreischen Jugendverein" (one community's club), not
    "der städtischen Kita", "der heilpädagogischen Schule", "des historischen Vereins".
    """
    lower = adjective.lower()
    if "isch" not in lower:
        return False  # "der Freiwilligen Feuerwehr": no people's adjective
    stem = lower[: lower.rindex("isch") + 4]  # "Griechischen" → "griechisch"
    return stem in _PEOPLES and place.split()[0].lower().endswith(_COMMUNITIES)


def _named_place(place: str) -> bool:
    """Tell a club or house that names one place: a proper name, a number or a place phrase.

    "des Bürgervereins Hegensberg", "der Katharinenschule", "vom TSV Weil", "der Grundschule
    am Mühlbach" name one; "die Leiterin der Stadtbücherei", "die Vorsitzende des
    Landfrauenvereins", "der Hausmeister der Sporthalle" name a kind of place, whose head
    the answer's readers cannot tell from others by the words alone.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    words = place.split()
    capitals = [w for w in words if w[:1].isupper() and w not in ("St.", "Sankt")]
    if len(capitals) >= 2 or any(w in _HOUSE_LINKS or w[:1].isdigit() for w in words):
        return True  # "Kleingartenverein Weil", "Grundschule am Mühlbach", "Raum 2"
    return any(
        w.isupper() or "-" in w or not lex.is_german(w) or w.lower().endswith(_HOUSES_OF_WORSHIP)
        for w in capitals
    )  # "TSV", "E-Jugend", "Katharinenschule", "Frauenkirche" (each church has its name)


def _with_house(text: str, match, institutions) -> tuple[int, int]:
    """Span of the match, with a named house after a club ("… der Grundschule Zell")."""
    start, end = match.span("v")
    if match.group("p").count(" ") == 0:
        house = _OF_HOUSE.match(text, end)
        if house is not None and house.group("h").lower().endswith(institutions):
            return start, house.end()
    return start, end


def _owner_of_a_business(noun: str, institutions) -> bool:
    """Tell "kiosk-besitzer", "bäckereiinhaberin": an owner noun led by a business word."""
    for ending in _OWNER_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending):
            business = noun[: -len(ending)].rstrip("-")
            business = business[:-1] if business.endswith("s") else business
            return business.endswith(institutions)
    return False
