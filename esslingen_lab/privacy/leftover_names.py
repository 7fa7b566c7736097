"""Name-like words a quote may still hold, read in the place they stand in.

Part of the quote review's leftover reading (:mod:`esslingen_lab.privacy.leftovers`): a word
where a person is meant ("<X> vom Ordnungsamt", "Grüße an <X>", "OB <X>", "ihr Mann <X>"), a
name in capitals, in lower case or after an initial, a role tied to one institution ("der
Hausmeister der Grundschule"); words in a place's position ("Bahrenfelder Str.", "in Sirnau")
count as no name. Also holds the tokens and word lists the phrase reading shares.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import german_first_names, lexicon
from esslingen_lab.privacy.redact.strength import (
    _LOCATIVE,
    _PLACE_WORDS,
    _is_bare,
    _strength_of,
)
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    _NOUN_ENDINGS,
    FIRST_NAMES,
    NOT_NAMES,
    read_words,
)

__all__ = ["name_weights", "lower_case_names"]

_TOKEN = regex.compile(
    r"\[[A-Z][A-Z\-]*\]|\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*-?|\d+|[^\s\p{L}\d]"
)
#: Weight of a capitalised word the name rules rate as name-like, by its strength.
_SUSPECT_WEIGHTS = {2: 0.35, 1: 0.2, -1: 0.1}
#: Weight of a name-like word where a person is meant ("Grüße an <X>", "<X> vom Bauamt").
_SLOT = 0.4
_WEAK_SLOT = 0.2
_PAIR_SLOT = 0.3
_ROLE_ABBREVIATIONS = frozenset({"OB", "OBin", "OBM", "BM", "BMin", "Dr", "Prof", "GF", "StR"})
_THANKS = frozenset({"grüße", "grüsse", "gruß", "gruss", "dank", "danke", "dankeschön", "lob"})
_FAMILY = frozenset(
    """
    mann frau ehemann ehefrau sohn tochter kind enkel enkelin nachbar nachbarin mutter vater
    kollege kollegin chef chefin vermieter vermieterin schwester bruder oma opa freund
    freundin partner partnerin schwager schwägerin onkel tante cousin cousine
    """.split()
)
_POSSESSIVE = regex.compile(r"(?i)(?:mein|dein|sein|ihr|unser|euer|eur)\w*|der|die|dem|den")
# words after which a bare word stands where a person can stand ("Seit <X> weg ist")
_BEFORE_PERSON = frozenset(
    "seit wenn weil dass ob nachdem sobald solange laut saß sass sitzt sagt sagte meinte".split()
)
_NAMING = frozenset(
    """
    heißt heisst hieß gesprochen telefoniert geredet geschrieben angerufen gemailt getroffen
    """.split()
)
# cue words before "<X> im Rathaus" ("Bei <X> im Sozialamt", "Laut <X> im Rathaus")
_BEFORE_IM = frozenset("bei laut von mit an für danke frau herr".split())
_PRONOUNS = frozenset({"der", "die", "er", "sie"})
# what a person does ("<X>, und der war freundlich")
_PERSON_VERBS = frozenset(
    """
    war ist hat hatte weiß wusste kann konnte sagt sagte meinte hilft half kümmert kümmerte
    macht machte ruft rief hat's
    """.split()
)
_AFTER_SLOT = frozenset({"vom", "beim"})
# singular nouns after "die": "die Lehrerin", "die Hebamme", "die Reinigungskraft"
_FEMININE_ENDS = ("in", "e", "frau", "kraft", "person", "hilfe")
# words that stand bare after "von"/"an" in idioms ("von Hand", "von Nord nach Süd")
_BARE_NOUNS = frozenset(
    "nord süd sued ost west nordost nordwest südost südwest hand grund fall kopf rand land "
    "haus hause bord ort".split()
)
_IDIOM_AFTER = frozenset("zu bis auf nach und oder aus".split())
_BEFORE_ARTICLE = frozenset({"von", "aus", "bei"})
_NAME_TAGS = frozenset({"[NAME]"})
_ARTICLES = frozenset({"der", "dem", "den", "des"})
_AFTER_LOWER = frozenset({"aus", "vom", "von", "beim", "im", ","})
_LOWER_CUES = frozenset("der die an heißt heisst mit von bei frag sag grüß grüße".split())
_STREET_WORDS = (
    "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ufer", "chaussee",
    "brücke", "park", "markt", "ring", "tunnel", "bahnhof", "kreisel",
)  # fmt: skip
_LOWER_INITIAL = regex.compile(r"(?<![\p{L}.])\p{Ll}\.\x20?(\p{Ll}{3,})\b")
_ALL_CAPS = regex.compile(r"\p{Lu}{4,}")
_UPPER_INITIAL = regex.compile(r"(?<![\p{L}.])(?<!\.\x20)\p{Lu}\.\x20?(\p{Lu}\p{Ll}{2,})")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    offices = read_words("city_offices") + read_words("institutions")
    return {
        "offices": tuple(w.lower() for w in offices) + ("archiv", "zentrum", "rathaus"),
        "institutions": tuple(w.lower() for w in read_words("institutions")),
        "city_offices": tuple(w.lower() for w in read_words("city_offices")),
        "roles": frozenset(read_words("roles")) | _ROLE_ABBREVIATIONS,
        "persons": tuple(w.lower() for w in read_words("person_nouns")),
        # office holders, members of the public, family: no one singled out by a clause
        "excluded": tuple(w.lower() for w in read_words("description_excluded")),
        "streets": tuple(w.lower() for w in read_words("street_suffixes")) + _PLACE_WORDS
        + ("kreisel", "bahnhof", "bhf", "innenstadt", "tunnel", "reihe", "chaussee", "center"),
    }


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _could_be_name(word: str) -> bool:
    """Tell a capitalised word that may be a name as written: no role, no inflected noun."""
    word = word.rstrip("-")
    if len(word) < 2 or word in NOT_NAMES or not _is_capitalised(word):
        return False
    lex, vocabulary = lexicon(), _vocabulary()
    title = word.title() if word.isupper() else word
    lower = title.lower()
    if title in FIRST_NAMES or any(lex.is_any_name(part) for part in title.split("-")):
        return True  # "Mayer-Vorfelder"
    if lower.endswith(_NOUN_ENDINGS) or lower.endswith(vocabulary["persons"]):
        return False  # "Zuständigkeit", "Hausmeister": nouns and roles, no names
    if lower.endswith(vocabulary["offices"]) or lower.endswith(_STREET_WORDS):
        return False  # not every street ending: "-bach", "-berg" end surnames too
    lemma = lex.german.get(title)
    if lemma is not None and lemma != title:
        return False  # an inflected form ("Wartezeiten", "Termine")
    return not (word[0].isupper() and lex.is_lower_word(title) and not word.isupper())


def _unknown(word: str) -> bool:
    """Tell a word that is neither in the German dictionary nor a compound of its words."""
    lex = lexicon()
    return "-" not in word and not lex.is_german(word) and not lex.is_compound(word)


def _is_office(token: str | None) -> bool:
    if token is None or not _is_capitalised(token):
        return False
    lower = token.lower()
    return lower in {"it", "edv"} or lower.endswith(_vocabulary()["offices"])


def _in_place(tokens: list[str], i: int) -> bool:
    """Tell a word in a place's position: before a street word, after "in", "Ottenser …"."""
    word = tokens[i]
    if word.endswith("-"):
        return True  # "Barner-, Behringstraße"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if _is_capitalised(nxt) and nxt.lower().rstrip(".").endswith(_vocabulary()["streets"]):
        return True
    if word.lower().endswith("er") and _is_capitalised(nxt) and _is_word(nxt):
        if not lexicon().is_any_name(word):
            return True  # "Ottenser Hauptstraße", "Godesberger Innenstadt"
    before = [t.lower() for t in tokens[max(0, i - 2) : i]]
    if before and before[-1] in _LOCATIVE | {"ecke", "höhe"}:
        return True
    return len(before) == 2 and before[-1] in _ARTICLES and before[0] in _LOCATIVE


def _slot_weight(tokens: list[str], i: int, lower: list[str]) -> float:
    """How strongly the place of ``tokens[i]`` says a person is meant (0 when it does not).

    ``lower`` is ``tokens`` lower-cased, made once per quote by the caller (made here per
    word, a long quote cost the square of its length).
    """
    lex = lexicon()
    word = tokens[i]
    prev = lower[i - 1] if i else ""
    prev2 = lower[i - 2] if i > 1 else ""
    # "OB <X>", "Dr. <X>", "Bürgermeisterin <X>"
    role = tokens[i - 2] if prev == "." and i > 1 else tokens[i - 1] if i else ""
    if role in _vocabulary()["roles"] and word not in _vocabulary()["roles"]:
        if not (role == "Dr" and prev != "." and lex.is_common_noun(word)):
            return _SLOT  # (Swabian "Dr Rechner" is "der Rechner")
    # "[NAME] <X>": the surname a redaction left beside the first name it took
    if tokens[i - 1 if i else 0] in _NAME_TAGS and i and (
        _unknown(word) or lex.is_any_name(word)
    ):
        return _SLOT
    # "ihr Mann <X>", "meine Tochter <X>"
    if prev in _FAMILY and _POSSESSIVE.fullmatch(prev2 or "-"):
        return _SLOT
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    # "beim KRAUSS im Bauordnungsamt", "bei Kübler vom Tiefbauamt": a person at an office
    if prev in {"beim", "bei"} and i + 2 < len(tokens) and lower[i + 1] in {"im", "vom"}:
        if _is_office(tokens[i + 2]) and (word.isupper() or _unknown(word)
                                          or lex.is_any_name(word)):  # fmt: skip
            return _SLOT
    if not _is_bare(tokens[i - 1] if i else None, None, lex):
        return 0.0  # "die Hitze im Rathaus", "ein Link, der …"
    # "<X> vom Bauamt", "<X> aus der IT", "<X> und <Y> vom Stadtarchiv"
    j = i + 1
    while j + 1 < len(tokens) and lower[j] == "und" and _is_capitalised(tokens[j + 1]):
        j += 2
    after = tokens[j : j + 3] + [None] * 3
    low_after = [a.lower() if a else "" for a in after]
    if low_after[0] in _AFTER_SLOT and _is_office(after[1]):
        return _SLOT
    if low_after[0] in _BEFORE_ARTICLE and low_after[1] in _ARTICLES and _is_office(after[2]):
        return _SLOT
    if (low_after[0] == "im" and _is_office(after[1])) or (
        low_after[:2] == ["in", "der"] and _is_office(after[2])
    ):
        # "Laut <X> im Rathaus" — but not "Selbstbedienungsterminal im Bürgeramt"
        unknown = not lex.is_german(word) and not lex.is_compound(word)
        if prev in _BEFORE_IM or unknown or lex.is_any_name(word):
            return _SLOT
    # "Grüße an <X>", "Danke an <X> und <Y>", "Ich danke <X>"
    k = i
    while k > 1 and lower[k - 1] in {"und", ","} and tokens[k - 2][:1].isupper() | (
        tokens[k - 2][:1] == "["
    ):
        k -= 2  # tags are capitalised too: "Dank an [NAME], [NAME] und <X>"
    p1, p2 = (lower[k - 1] if k else ""), (lower[k - 2] if k > 1 else "")
    if p1 == "mir" and p2 in {"grüß", "grüße", "sag"}:
        p1 = p2  # "Grüß mir <X>"
    if (p1 == "an" and p2 in _THANKS) or p1 in {"danke", "dankt", "sag", "grüß"}:
        return _SLOT
    if p1 == "dank" and (_unknown(word) or word in lex.last and not lex.is_german(word)):
        return _SLOT  # "Dank <X> aus der IT", not "dank Corona"
    # "saß <X>, und der war …": a pronoun for a person and its verb right after the word
    rest = [t.lower() for t in tokens[i + 1 : i + 5]]
    if rest[:1] == [","]:
        rest = rest[2:] if rest[1:2] == ["und"] else rest[1:]
        if len(rest) >= 2 and rest[0] in _PRONOUNS and rest[1] in _PERSON_VERBS:
            if not lex.is_compound(word):  # "also Umlaufmappe, und die ist …" is a thing
                return _SLOT
    # "<X> heißt sie", "heißt <X>", "mit <X> gesprochen", "hat <X> angerufen"
    if prev in _NAMING or (lower[i + 1] if i + 1 < len(tokens) else "") in _NAMING:
        if _unknown(word) or lex.is_any_name(word):  # not "Verkehrswende heißt …"
            return _SLOT
    # "hab das an Koch weitergegeben", "die Gruppe von Fischer": a surname bare after "an" or
    # "von" (a noun there has an article: "an den Koch"); "(Fuchs, Stadtwerke)": a card's
    # author and their employer
    if word in lex.last and word.lower() not in _BARE_NOUNS and not word.isupper() and (
        not lex.is_english(word)  # "An English version"
    ):
        if tokens[i - 1] in {"an", "von"} and not (_is_capitalised(nxt) and _is_word(nxt)) and (
            nxt.lower() not in _IDIOM_AFTER  # "von Fall zu Fall", "von Kopf bis Fuß"
        ):
            return _PAIR_SLOT
        if prev == "(" and nxt == "," and i + 2 < len(tokens) and _is_office(tokens[i + 2]):
            return _PAIR_SLOT  # "(Fuchs, Stadtwerke)", not "(Solar, Lastenrad)"
    if prev in _BEFORE_PERSON:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _is_capitalised(nxt) and _is_word(nxt) and not _in_place(tokens, i + 1):
            return _PAIR_SLOT  # "Wenn <X> Urlaub hat": no noun stands bare before a noun
        return _WEAK_SLOT
    return 0.0


def _describes_one(tokens: list[str], i: int) -> bool:
    """'der Hausmeister der Grundschule': a role tied to one named place or institution."""
    word = tokens[i].lower()
    if not word.endswith(_vocabulary()["persons"]) or i == 0:
        return False
    if tokens[i - 1].lower() not in {"der", "die", "unser", "unsere", "unserer"}:
        return False
    if tokens[i - 1].lower() in {"die", "unsere"} and not word.endswith(_FEMININE_ENDS):
        return False  # "die Lehrer vom Gymnasium": many people
    after = [t.lower() for t in tokens[i + 1 : i + 3]] + ["", ""]
    place = None
    if after[0] in _ARTICLES | {"vom", "im", "am"} and i + 2 < len(tokens):
        place = tokens[i + 2]  # none at the quote's end: "Der Hausmeister vom"
    if place is None and after[0] in {"von", "in", "an", "aus"} and after[1] in _ARTICLES:
        place = tokens[i + 3] if i + 3 < len(tokens) else None
    if place is None or not _is_capitalised(place):
        return False
    lower = place.lower()
    if lower.endswith(_vocabulary()["city_offices"]):
        return False  # the head of an office holds a public role
    return lower.endswith(_vocabulary()["institutions"]) or place.startswith("[")


def lower_case_names(tokens: list[str], text: str) -> int:
    """'k. berger', 'thomas greiner', 'frag die steffi': a name written in lower case."""
    lex, first = lexicon(), german_first_names()

    def first_name(word: str) -> bool:
        parts = word.title().split("-")  # "jan-erik"
        return all(p in first or p in FIRST_NAMES for p in parts) and not (
            word.title() in _AMBIGUOUS_FIRST_NAMES or lex.is_lower_word(word)
        )

    hits = sum(
        1 for m in _LOWER_INITIAL.finditer(text)
        if not lex.is_lower_word(m.group(1))
        and (m.group(1).title() in lex.last or not lex.is_german(m.group(1).title()))
    )  # fmt: skip
    for k, word in enumerate(tokens):
        if not (word.islower() and _is_word(word) and len(word) >= 3):
            continue
        prev = tokens[k - 1].lower() if k else ""
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        surname = nxt.islower() and _is_word(nxt) and not lex.is_english(nxt) and (
            nxt.title() in lex.last or not lex.is_lower_word(nxt))
        initial = len(nxt) == 1 and k + 2 < len(tokens) and tokens[k + 2] == "."
        # "thomas greiner", "corinna b.": a first name before a surname or an initial;
        # "die steffi", "marcel aus dem bürgeramt": a German first name in a person's place
        if word.title() in _AMBIGUOUS_FIRST_NAMES:
            continue
        if lex.is_english(word) and word.title() not in first:
            continue  # "made in Germany", "forms"
        if (surname or initial) and word.title() in first:
            hits += 1
        elif (prev in _LOWER_CUES or nxt in _AFTER_LOWER) and first_name(word):
            hits += 1
    return hits


def _initials(tokens: list[str], text: str) -> int:
    """'R. Hummel', 'Danke an M. Wörner': an initial before a name-like word."""
    hits = 0
    for match in _UPPER_INITIAL.finditer(text):
        word = match.group(1)
        if _could_be_name(word) and not lexicon().is_lower_word(word):
            hits += 1
    return hits



def name_weights(tokens: list[str], text: str):
    """Read the capitalised words of a quote in their place.

    Returns
    -------
    tuple of (list of float, list of float, list of float, int)
        Weights of name-like words, of words where a person is meant (and of initials before
        a name), of names in capitals; and how many roles are tied to one institution.
    """
    lex = lexicon()
    names, slots, capitals, describes = [], [], [], 0
    seen = set()
    lower = [t.lower() for t in tokens]
    for i, token in enumerate(tokens):
        if not _is_word(token) or not _is_capitalised(token):
            continue
        describes += _describes_one(tokens, i)
        if _in_place(tokens, i):
            continue
        word = token.rstrip("-")
        if _ALL_CAPS.fullmatch(word):
            title = word.title()
            if lex.is_any_name(title) and not lex.is_common_noun(title) or (
                not lex.is_german(word) and not lex.is_english(word) and len(word) >= 5
            ):
                capitals.append(0.35 if lex.is_any_name(title) else 0.2)
        if word.isupper() and not (len(word) >= 4 and capitals):
            continue  # "WLAN", "OB": abbreviations
        if not _could_be_name(word):
            continue
        slot = _slot_weight(tokens, i, lower)
        if slot == _WEAK_SLOT:
            # "Seit <X> weg ist": an unknown word counts, a dictionary word hardly
            # ("Seit Corona …": a word of the dictionary that is also a name abroad is a word)
            name = lex.is_first_name(word) or (word in lex.last and not lex.is_german(word))
            slot = 0.35 if _unknown(word) or name else 0.1
        strength = _strength_of(word) if not word.isupper() else 0
        if slot:
            slots.append(slot)
        elif word not in seen and strength in _SUSPECT_WEIGHTS:
            # an article or adjective before it, or an abbreviation's dot after it ("dem
            # Pavillion", "Evtl."), makes a noun of a word the name rules do not know
            bare = _is_bare(tokens[i - 1] if i else None, None, lex)
            dot = i + 1 < len(tokens) and tokens[i + 1] == "." and len(word) <= 6
            if strength == 2 or (bare and not dot):
                names.append(_SUSPECT_WEIGHTS[strength])
        seen.add(word)
    slots += [_SLOT] * _initials(tokens, text)
    return names, slots, capitals, describes
