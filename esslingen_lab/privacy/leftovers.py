"""What redaction may have left in a quote: name-like words read in context, telling shapes.

The redactor decides word by word whether a capitalised word is a name; a surname that is
also a dictionary word ("Vogel", "Maurer") or written in capitals or in lower case slips
through. The quote review (:mod:`esslingen_lab.privacy.review`) reads the same words once
more, looking at the place they stand in: a word where a person is meant ("<X> vom
Ordnungsamt", "Grüße an <X>", "OB <X>", "ihr Mann <X>"), a name in capitals or in lower case,
a description that singles out one person ("der Hausmeister der Grundschule"). Words in a
place's position ("Bahrenfelder Str.", "in Sirnau") count as no name. It also looks for the
shapes of numbers (in digits or in words), birth years, licence plates, user names and house
numbers, and for phrases that single someone out without a name: a health detail beside the
person it is about ("mein Vater … ist dement"), how a person looks or what they always do
("die Studentin mit den grünen Haaren", "der Fahrer, der morgens …"), the way to a home
("wohne hinterm …, das gelbe Haus") and a first name or pet name after an article ("die
Moni"). Redaction tags (``[NAME]``, ``[GESUNDHEIT]``, …) are read as removed data.

:func:`leftover_signals` returns ``(reason key, weight)`` pairs; the reasons' texts live in
the review's catalogue. Nothing here knows a particular name: only word lists of the
redactor (roles, offices, institutions, first names, the German dictionary) and shapes.
"""

from __future__ import annotations

import math
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

__all__ = ["leftover_signals"]

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
_BEFORE_ARTICLE = frozenset({"von", "aus", "bei"})
_NAME_TAGS = frozenset({"[NAME]"})
_ARTICLES = frozenset({"der", "dem", "den", "des"})
_AFTER_LOWER = frozenset({"aus", "vom", "von", "beim", "im", ","})
_LOWER_CUES = frozenset("der die an heißt heisst mit von bei frag sag grüß grüße".split())
_STREET_WORDS = (
    "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ufer", "chaussee",
    "brücke", "park", "markt", "ring", "tunnel", "bahnhof", "kreisel",
)  # fmt: skip
_UNITS = frozenset(w.lower() for w in read_words("units")) | {
    "m", "km", "meter", "kilometer", "einwohner", "menschen", "leute", "personen", "autos",
    "stück", "qm", "m²", "fahrzeuge", "plätze", "parkplätze", "kinder", "h", "ps", "kw",
}  # fmt: skip
_PHONE = regex.compile(r"(?<![\d.,])\d+(?:\x20*[/\-]\x20*\d+|\x20\d+){2,}")
_LONG_NUMBER = regex.compile(r"\d{5,}|(?<!\d)(?!(?:19|20)\d\d\b)\d{4}(?!\d)")
_NEXT_WORD = regex.compile(r"\x20?([\p{L}%€²]+)")
_LOWER_INITIAL = regex.compile(r"(?<![\p{L}.])\p{Ll}\.\x20?(\p{Ll}{3,})\b")
_ALL_CAPS = regex.compile(r"\p{Lu}{4,}")
_DIGIT_WORDS = r"(?:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun)"
_UPPER_INITIAL = regex.compile(r"(?<![\p{L}.])(?<!\.\x20)\p{Lu}\.\x20?(\p{Lu}\p{Ll}{2,})")
# words after a number that make it a quantity ("Weg 3 Minuten"), for the address shapes
_QUANTITY = (r"(?:km|m\b|meter|min\b|minuten|stunden|uhr|tage|wochen|monate|jahre|mal\b|x\b|"
             r"euro|€|%)")  # fmt: skip
# signals read from the text's shape: (pattern, weight, reason key)
_SHAPES = [
    # "null sieben eins eins drei fünf": a number spelled out digit by digit
    (regex.compile(rf"(?i)\b{_DIGIT_WORDS}(?:[\x20,]+{_DIGIT_WORDS}\b){{4,}}"), 0.35, "number"),
    # "1990 geboren", "geb. 1958", "geboren im Mai 1961"
    (regex.compile(r"(?i)\b(?:19|20)\d\d\x20+geb(?:oren|orn|\.)|\bgeb(?:oren|\.)\x20+"
                   r"(?:(?:im|am)\x20+\p{L}+\x20+)?(?:19|20)\d\d\b"), 0.35,
     "birth_year"),  # fmt: skip
    # "Anwohnerin der Oberen Halde 12": a resident and a place with a house number
    (regex.compile(r"(?i)\banwohner\p{L}*\x20+(?:der|des|vom|im|am|in\x20+der)\x20+"
                   r"(?:\p{Lu}\p{L}*\x20+){1,2}\d{1,3}[a-f]?\b"), 0.35, "address"),  # fmt: skip
    # "kam am 02.02.2026 zur Welt", "geboren am 3.5.": a date of birth
    (regex.compile(r"(?i)\b\d{1,2}\.\x20?\d{1,2}\.\x20?(?:19|20)?\d\d\b[^.!?\n]{0,20}?zur\x20+welt"
                   r"|\bgeb(?:oren|\.)\x20+(?:am\x20+)?\d{1,2}\.\x20?\d{1,2}\."), 0.35,
     "birth_year"),  # fmt: skip
    # "Jahrgang 63", "Jg. 58", "(Baujahr 1961)", "ein 55er Jahrgang"
    (regex.compile(r"(?i)\b(?:jahrgang|jg\.?|jhg\.?|baujahr)\x20*'?\d{2,4}\b"
                   r"|\b\d{2}er[\x20-]?jahrgang"
                   r"|\bjahrgang\x20+[a-zäöü]*hundert\w+"), 0.35, "birth_year"),  # fmt: skip
    # "ES-MK 88", "es-ab-123", "(lb-cd 505)"
    (regex.compile(r"(?<![\p{L}\d-])\p{L}{1,3}-\p{L}{1,2}[\x20-]?\d{1,4}(?![\d\p{L}])"), 0.35,
     "plate"),  # fmt: skip
    # "Insta: neckarperle_es", "TikTok heiße ich lenchen.2009"
    (regex.compile(r"(?i)\b(?:insta(?:gram)?|tiktok|twitter|facebook|snapchat|telegram|threads|"
                   r"discord|youtube|mastodon)\b\W*(?:\w+\W+){0,3}?@?[\p{Ll}\d]+[._][\p{Ll}\d._]+"),
     0.35, "handle"),  # fmt: skip
    # "neckarstrasse 14", "hauptstr. 7", "Lindenallee, Nr 9": a house number after a street
    (regex.compile(r"(?i)\b\p{L}*(?:straße|strasse|str\.?|gasse|allee|weg)"
                   r"(?:,?\x20*(?:nr\.?|nummer|hausnummer))?\x20*\d{1,3}[a-f]?"
                   rf"(?![\d,.]\d|\x20*{_QUANTITY})"), 0.35, "address"),  # fmt: skip
    # "… wohne Im Oberen Tal 9", "Hinter der Kirche 4": a capitalised street name mid-sentence
    (regex.compile(r"(?<=\p{Ll}[,]?\x20)(?:Im|Beim|Hinter|In|Am|Auf|An|Unter|Vor|Zum|Zur|Bei)"
                   r"\x20+(?:(?:der|den|dem|die)\x20+)?(?:\p{Lu}\p{Ll}+\x20+){1,2}\d{1,3}[a-f]?\b"
                   rf"(?!\x20*(?:\p{{Lu}}|{_QUANTITY}))"),
     0.35, "address"),  # fmt: skip
]


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    offices = read_words("city_offices") + read_words("institutions")
    return {
        "offices": tuple(w.lower() for w in offices) + ("archiv", "zentrum", "rathaus"),
        "institutions": tuple(w.lower() for w in read_words("institutions")),
        "city_offices": tuple(w.lower() for w in read_words("city_offices")),
        "roles": frozenset(read_words("roles")) | _ROLE_ABBREVIATIONS,
        "persons": tuple(w.lower() for w in read_words("person_nouns")),
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


def _slot_weight(tokens: list[str], i: int) -> float:
    """How strongly the place of ``tokens[i]`` says a person is meant (0 when it does not)."""
    lex = lexicon()
    lower = [t.lower() for t in tokens]
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
    after = [t.lower() for t in tokens[i + 1 : i + 3]] + ["", ""]
    place = tokens[i + 2] if after[0] in _ARTICLES | {"vom", "im", "am"} else None
    if place is None and after[0] in {"von", "in", "an", "aus"} and after[1] in _ARTICLES:
        place = tokens[i + 3] if i + 3 < len(tokens) else None
    if place is None or not _is_capitalised(place):
        return False
    lower = place.lower()
    if lower.endswith(_vocabulary()["city_offices"]):
        return False  # the head of an office holds a public role
    return lower.endswith(_vocabulary()["institutions"]) or place.startswith("[")


def _numbers(text: str) -> int:
    """Digit runs that look like a phone, customer or file number, not like a quantity.

    A run of five or more digits, four digits that are no year, or groups ("07 11 / 31 05 -
    99") with six or more digits in all; "1500 Euro", "2000 Menschen" are quantities.
    """
    spans = [m.span() for m in _PHONE.finditer(text)
             if sum(c.isdigit() for c in m.group()) >= 6]  # fmt: skip
    for match in _LONG_NUMBER.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in spans):
            continue
        following = _NEXT_WORD.match(text, end)
        unit = following.group(1) if following else ""
        if unit in _UNITS or (len(unit) > 1 and unit.lower() in _UNITS):
            continue  # "1500 Euro", but "150358 M 024" is a number
        spans.append((start, end))
    return len(spans)


def _lower_case_names(tokens: list[str], text: str) -> int:
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


# --- phrase-level leftovers: details that single out a person without naming them ---------
# A sentence is the unit: a health word and the person it is about, a person noun and how
# they look, a home and the way to it must stand in the same sentence.
_SENTENCE = regex.compile(r"(?<!\b(?:ca|bzw|z\.\x20?B|Nr|Dr|Str|evtl))(?<!\d)[.!?]+(?=\s|$)|[\n;|]")
# illnesses, disabilities, therapies and aids (word starts; "-behindert", "-süchtig" in any
# compound)
_HEALTH = regex.compile(
    r"(?i)(?<!\p{L})(?:dement|demenz|alzheimer|parkinson|chemo|krebs(?:krank|erkrank)?\b|"
    r"tumor|leukämie|rollstuhl(?!gerecht|fahrerparkpl)|rollator|erblindet|"
    r"blind(?:e[rn]?)?\b(?!\x20+(?:für|auf|vor|gegenüber))|taub\b|gehörlos|schwerhörig|"
    r"hörgerät|burn-?out|krankgeschrieben|chronisch\x20krank|schwer\x20krank|schwerkrank|"
    r"todkrank|diabet|dialyse|autis|adhs\b|depressi|schlaganfall|herzinfarkt|epilep|"
    r"multiple\x20sklerose|querschnitt|gelähmt|lähmung|pflegebedürftig|bettlägerig|amputiert|"
    r"prothese|psychisch\x20krank|psychiatri|alkoholkrank|asthma|downsyndrom|down-syndrom|"
    r"trisomie|spastik|inkontinen|long[\x20-]?covid|post[\x20-]?covid|physiotherapie|"
    r"ergotherapie|logopäd|psychotherapie|reha\b(?!-)|pflegegrad\x20\d|pflegestufe)"
    r"|(?:behindert|süchtig)(?!\p{L})"
)
# who it is about: "mein Vater", "unserer Tochter", "[NAME]", "ich bin", "er hat", "leide"
_FAMILY_WORDS = (
    r"(?:mann|frau|ehemann|ehefrau|sohn|tochter|kind|kinder|kleine[rn]?|enkel|enkelin|"
    r"mutter|mama|mutti|vater|papa|vati|eltern|oma|opa|großmutter|großvater|schwiegermutter|"
    r"schwiegervater|schwester|bruder|nachbar|nachbarin|partner|partnerin|freund|freundin|"
    r"onkel|tante|neffe|nichte|cousin|cousine|schwager|schwägerin|kollege|kollegin)"
)
_HEALTH_PERSON = regex.compile(
    rf"(?i)(?<!\p{{L}})(?:mein|meine[mnrs]?|unser|unsere[mnrs]?|sein|seine[mnrs]?|ihr|"
    rf"ihre[mnrs]?)\x20+{_FAMILY_WORDS}(?!\p{{L}})|\[NAME\]|"
    r"(?<!\p{L})(?:der|die)\x20+(?:opa|oma|nachbar|nachbarin|vater|mutter|sohn|tochter|"
    r"schwester|bruder|onkel|tante)(?!\p{L})|"
    r"(?<!\p{L})(?:ich|er|sie)\x20+(?:bin|ist|hat|habe|hab|leide|leidet|sitze|sitzt|"
    r"brauche|braucht|bekomme|bekommt|kriege|kriegt|lebe|lebt|wurde|wurden|war|muss|"
    r"geh|gehe|geht|nutze|nutzt|benutze|benutzt)(?!\p{L})|"
    r"(?<!\p{L})(?:bin|habe|hab|leide|sitze|war)\x20+(?:ich|seit|selbst|auch|leider|"
    r"schwer|stark|fast|halb|chronisch)(?!\p{L})|(?<=(?:^|[,\n]\x20?|\bund\x20))bin(?!\p{L})"
)
# how far (characters) a health word may stand after / before the person it is about
_NEAR, _NEAR_BEFORE = 60, 25
# between person and health word: a clause or a phrase about others ("ich bin dafür, dass …
# für Rollstuhlfahrer"); after a name tag also a place ("Frau [NAME] aus der Psychiatrie" is
# staff there)
_OTHERS = regex.compile(r"(?i)(?<!\p{L})(?:dass|daß|für|fuer|damit|wenn|alle|viele)(?!\p{L})")
_STAFF = regex.compile(r"(?i)(?<!\p{L})(?:vom|von|aus|beim|im|in)(?!\p{L})")
# what a person looks like, or their age guessed ("ca. 60", "Mitte 50")
_LOOKS = regex.compile(
    r"(?i)(?<!\p{L})(?:haare[n]?\b|hut\b|mütze|bart\b|vollbart|schnurrbart|kopftuch|tattoo|"
    r"tätowier|piercing|glatze|blond|brünett|zopf|pferdeschwanz|dreadlocks|sommersprossen|"
    r"(?:ca\.?|circa|etwa|ungefähr|um\x20die|so)\x20*[2-9]0(?!\x20*\p{L})|"
    r"(?:anfang|mitte|ende)\x20+[2-9]0\b)|(?:haarig|brille)(?!\p{L})"
)
# a singled-out habit: "die jeden Morgen …", "der immer am Schalter sitzt", "freitags"
_HABIT = regex.compile(
    r"(?i)(?<!\p{L})(?:immer|ständig|täglich|jede[nr]?\x20+(?:morgen|abend|tag|mittag|"
    r"woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|morgens|abends|"
    r"mittags|nachts|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s)"
    r"(?!\p{L})"
)
_COLOURS = (r"(?:rot|grün|blau|gelb|schwarz|weiß|weiss|grau|pink|rosa|lila|orange|braun|"
            r"silber|golden|bunt)")  # fmt: skip
# "mit dem roten Lastenrad", "mit den grünen Haaren": a thing that marks one person
_MARK = regex.compile(rf"(?i)(?<!\p{{L}})mit\x20+(?:dem|der|den|einem|einer)\x20+{_COLOURS}\w*")
# "(die mit dem Hund …)", "ich bin der mit dem Lastenrad": a person told by what they have
# ", der mit dem Motorrad,": the same as an apposition (no verb before the comma)
_THE_ONE_WITH = regex.compile(
    r"(?i)(?:\(|(?<!\p{L})(?:bin|ist|war)\x20+)(?:die|der)\x20+mit\x20+(?:dem|der|den)\x20"
    r"|,\x20*(?:die|der)\x20+mit\x20+(?:dem|der|den)\x20+\p{L}+\x20*[,)]"
)
_GENERIC_PERSONS = (
    "frau", "mann", "dame", "herr", "typ", "kerl", "junge", "mädchen", "person", "aushilfe",
    "student", "studentin", "rentner", "rentnerin", "oma", "opa", "bursche",
)  # fmt: skip
_FEMININE = ("frau", "dame", "person", "aushilfe", "oma", "hebamme", "kraft", "schwester",
             "tochter", "mutter", "friseuse")  # fmt: skip
_ARTICLE_MASC = frozenset("der den dem des ein einen einem eines".split())
_ARTICLE_FEM = frozenset("die der eine einer".split())
_DEFINITE = frozenset("der die den dem".split())
_COPULAS = frozenset("ist war sind waren wirkt wirkte bleibt blieb".split())
# "wohne …", "Wohnort:", "bei uns", "meine Adresse": where someone lives
_HOME = regex.compile(
    r"(?i)(?<!\p{L})(?:wohn|wohne|wohnen|wohnt|wohnst|wohnte|wohnten|wohnort|wohnhaft|"
    r"bei\x20+uns|adresse|anschrift|zuhause|zu\x20+hause|daheim)(?!\p{L})"
)
_DIRECTION = regex.compile(
    r"(?i)(?<!\p{L})(?:hinter[mn]?|neben|gegenüber|ums\x20+eck|um\x20+die\x20+ecke|ecke|"
    r"schräg|direkt\x20+(?:am|an|neben|über|unter)|oberhalb|unterhalb|über\x20+de[mr]|"
    r"unter\x20+de[mr])(?!\p{L})"
)
_ORDINALS = (r"(?:erst|zweit|dritt|viert|fünft|letzt|vorletzt|alt|neu|klein|groß|hoh|weiß|"
             r"weiss)")  # fmt: skip
# the house itself told apart ("das gelbe Haus", "das Eckhaus", "das Haus mit …", a street
# corner), and weaker marks of a flat that point to one home only together ("7. Stock",
# "Hinterhaus", "die Wohnung ganz links")
_HOUSE = regex.compile(
    rf"(?i)(?<!\p{{L}})(?:(?:das|im|ein|dem|einem)\x20+(?:{_COLOURS}|{_ORDINALS})e[nms]?"
    r"\x20+haus|"
    rf"{_COLOURS}es\x20+haus|(?:das|dem|im)\x20+haus\x20+mit|gartenzaun|"
    rf"{_COLOURS}e[nm]?\x20+(?:haus)?tür\b|ecke\x20+(?-i:\p{{Lu}}))|eckhaus"
)
_FLAT = regex.compile(
    r"(?i)(?<!\p{L})(?:hinterhaus|hochhaus|erdgeschoss|dachgeschoss|souterrain|"
    r"\d{1,2}\.\x20*(?:stock|etage|og)\b|(?:erste|zweite|dritte|vierte|fünfte|sechste|"
    r"oberste)[nmr]?\x20+(?:stock|etage)|wohnung\x20+(?:ganz\x20+)?(?:links|rechts|"
    r"oben|unten)|klingel|briefkasten)"
)
# "die Moni", "der Jogi", "d'Liesl", "da Sepp": an article before a first name or nickname
_DIALECT_ARTICLE = regex.compile(
    r"(?<![\p{L}])(?:d['’]|s['’]|da\x20|de\x20|dr\x20)(\p{Lu}\p{Ll}{2,8})\b"
)
_NICK_SHAPE = regex.compile(r"\p{Lu}\p{Ll}{1,7}(?:i|y|l|le|erl|el)")
_NICK_BEFORE = frozenset(
    "bin ist frag fragt fragen sag mit grüß grüße heißt heisst war hat hatte mir uns".split()
)
_PLACE_PREPOSITIONS = frozenset("an am auf bei beim vor hinter neben zur zum vom im".split())
_NICK_AFTER = _PERSON_VERBS | _AFTER_SLOT | frozenset(
    "meinte meint sagt hilft vo aus von und hot hod hat".split()
)


_LOOKS_GATES = (_LOOKS, _HABIT, _MARK, _THE_ONE_WITH, _HOUSE, _FLAT)
# word parts a text must hold before a kind's patterns run (a substring test is cheap)
_HEALTH_STEMS = (
    "dement", "demenz", "alzheimer", "parkinson", "chemo", "krebs", "tumor", "leukäm",
    "rollstuhl", "rollator", "blind", "taub", "gehörlos", "schwerhörig", "hörgerät", "burn",
    "krank", "diabet", "dialyse", "autis", "adhs", "depressi", "schlaganfall", "infarkt",
    "epilep", "sklerose", "querschnitt", "gelähmt", "lähmung", "pflege", "bettlägerig",
    "amputiert", "prothese", "psychiatri", "süchtig", "asthma", "syndrom", "trisomie",
    "spastik", "inkontinen", "covid", "therapie", "logopäd", "reha", "behindert",
)  # fmt: skip
_HOME_STEMS = ("wohn", "bei uns", "adresse", "anschrift", "hause", "daheim")
_LOOKS_STEMS = (
    "haar", "hut", "mütze", "bart", "brille", "kopftuch", "tattoo", "tätowier", "piercing",
    "glatze", "blond", "brünett", "zopf", "pferdeschwanz", "dreadlocks", "sommersprossen",
    "0", "immer", "ständig", "täglich", "jede", "morgens", "abends", "mittags", "nachts",
    "tags", "mit de", "mit ein", "haus", "stock", "etage", "geschoss", "souterrain", "wohnung",
    "klingel", "briefkasten", "tür", "zaun", "ecke",
)  # fmt: skip


def _holds(low: str, stems: tuple[str, ...]) -> bool:
    return any(stem in low for stem in stems)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s and s.strip()]


def _health_near_person(sentence: str) -> bool:
    """Tell a health word a few words from whom it is about ("mein Vater, [NAME], ist dement")."""
    words = [m.span() for m in _HEALTH.finditer(sentence)]
    if not words:
        return False
    cues = [m.span() for m in _HEALTH_PERSON.finditer(sentence)]
    for h_start, h_end in words:
        for c_start, c_end in cues:
            tag = sentence[c_start] == "["
            if 0 <= h_start - c_end <= _NEAR:
                gap = sentence[c_end:h_start]
            elif 0 <= c_start - h_end <= _NEAR_BEFORE:
                gap = sentence[h_end:c_start]
            else:
                continue
            if not _OTHERS.search(gap) and not (tag and _STAFF.search(gap)):
                return True
    return False


def _person_noun(word: str) -> str | None:
    """'fem' or 'masc' for a singular person noun ("Mitarbeiterin", "Typ"), else None."""
    lower = word.lower()
    if lower.endswith("innen") or not (_is_capitalised(word) or word.islower()):
        return None  # lower case too: "der typ mit dem bart"
    persons = _vocabulary()["persons"] + _GENERIC_PERSONS
    if not (lower in _GENERIC_PERSONS or lower.endswith(persons)):
        return None
    if lower.endswith("in") and not lower.endswith(("rin", "tin", "nin", "gin", "zin", "din",
                                                     "kin", "lin", "ffin", "ssin", "ärztin")):
        return "masc" if lower.endswith(("azubin",)) else "fem"
    if lower.endswith("in") or lower.endswith(_FEMININE):
        return "fem"
    return "masc"


def _singular_persons(tokens: list[str]) -> list[int]:
    """Positions of singular person nouns after a fitting article ("die Studentin", "der Typ")."""
    found = []
    for i, token in enumerate(tokens):
        if i == 0 or not _is_word(token):
            continue
        gender = _person_noun(token)
        if gender is None:
            continue
        # an adjective may stand between: "die junge Aushilfe", "der nette Fahrer"
        k = i - 1
        if k > 0 and tokens[k].lower() not in _ARTICLE_MASC | _ARTICLE_FEM and (
            tokens[k][:1].islower() and tokens[k].endswith(("e", "en"))
        ):
            k -= 1
        article = tokens[k].lower()
        if (gender == "fem" and article in _ARTICLE_FEM) or (
            gender == "masc" and article in _ARTICLE_MASC
        ):
            found.append(i)
    return found


def _describes_looks(sentence: str, tokens: list[str]) -> bool:
    """Tell a singular person noun with how the person looks, a mark or a habit of theirs."""
    if _THE_ONE_WITH.search(sentence):
        return True
    persons = _singular_persons(tokens)
    if not persons:
        return False
    if _LOOKS.search(sentence) or _HOUSE.search(sentence) or _FLAT.search(sentence):
        return True  # "… mit Brille", "die ältere Dame aus dem Erdgeschoss"
    for i in persons:
        rest = tokens[i + 1 : i + 14]
        if _MARK.match(" ".join(rest[:4])):
            return True
        # "der Fahrer, der morgens …", "die Dame, die freitags …": a habit in a relative clause
        before = {t.lower() for t in tokens[max(0, i - 2) : i]}
        if not before & _DEFINITE:
            continue  # "ein Lehrer, der jeden Tag …" is anyone
        relative = "der" if _person_noun(tokens[i]) == "masc" else "die"
        for j, word in enumerate(rest):
            if word.lower() == relative and (j == 0 or rest[j - 1] == ","):
                clause = []
                for w in rest[j + 1 :]:
                    if w in {",", "."}:
                        break
                    clause.append(w)
                # "…, die immer freundlich ist": a trait, no habit that points to one person
                trait = clause and clause[-1].lower() in _COPULAS
                if _HABIT.search(" ".join(clause)) and not trait:
                    return True
                break
    return False


def _nicknames(tokens: list[str], text: str) -> int:
    """'die Moni', 'der Jogi', "d'Liesl": an article and a first name or pet name."""
    lex, first = lexicon(), german_first_names()
    hits = sum(
        1 for m in _DIALECT_ARTICLE.finditer(text)
        if not lex.is_lower_word(m.group(1)) and not lex.is_common_noun(m.group(1))
        and (m.group(1) in first or _NICK_SHAPE.fullmatch(m.group(1)))
    )  # fmt: skip
    for i, word in enumerate(tokens[1:], start=1):
        if not (_is_word(word) and _is_capitalised(word)) or word.isupper():
            continue
        if tokens[i + 1 : i + 3] == ["(", "[NAME]"] and _could_be_name(word):
            hits += 1  # "Bene ([NAME])": another name of the person the tag stands for
            continue
        k = i - 1
        if tokens[k][:1].isalpha() and tokens[k].lower().endswith("e") and k > 0 and (
            tokens[k].lower() not in {"die", "der"}
        ):
            k -= 1  # "der gute Bene"
        if tokens[k].lower() not in {"der", "die", "den", "dem"}:
            continue
        known = word in first or word in FIRST_NAMES
        shaped = _NICK_SHAPE.fullmatch(word) and not lex.is_lower_word(word) and (
            not lex.is_common_noun(word)) and not lex.is_english(word)
        if not (known or shaped) or (lex.is_compound(word) and lex.is_german(word)):
            continue
        if known and lex.is_common_noun(word):
            continue  # "die Rose", "der Wolf"
        prev = tokens[k - 1].lower() if k else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else "."
        if prev == "an" and k > 1 and tokens[k - 2].lower() in _THANKS:
            prev = "grüße"  # "Grüße an die Babsi"
        if (_is_word(nxt) and _is_capitalised(nxt)) or prev in _LOCATIVE | _PLACE_PREPOSITIONS:
            continue  # "dem Alma-Wartenberg-Platz", "an der Maille": a place
        nxt = nxt.lower()
        if nxt in _NICK_AFTER or prev in _NICK_BEFORE:
            hits += 1  # "die Moni meinte", "frag den Jogi"
        elif known and nxt in {",", "(", ".", "!", "?"}:
            hits += 1  # "ich bin die Jule, …"
    return hits


def _phrase_signals(text: str, tokens: list[str]) -> list[tuple[str, float]]:
    """Health details about someone, how someone looks, the way to a home, a nickname.

    Each kind is read sentence by sentence only when the whole text holds one of its words
    (a health word, a residence word, a mark of looks or habits): most quotes hold none.
    """
    low = text.lower()
    want_health = _holds(low, _HEALTH_STEMS) and _HEALTH.search(text) is not None
    want_home = _holds(low, _HOME_STEMS) and _HOME.search(text) is not None
    want_looks = _holds(low, _LOOKS_STEMS) and any(p.search(text) for p in _LOOKS_GATES)
    health = looks = home = 0
    for sentence in _sentences(text) if want_health or want_home or want_looks else ():
        if want_health and not health:
            health = _health_near_person(sentence)
        if want_looks and not looks:
            looks = _describes_looks(sentence, _TOKEN.findall(sentence))
        if want_home and _HOME.search(sentence):
            # the house told apart, or two marks of the way or the flat ("hinterm Friedhof,
            # 7. Stock"); one mark alone ("wir wohnen neben der Schule") is a hint only
            marks = 2 * bool(_HOUSE.search(sentence)) + len(_FLAT.findall(sentence))
            home = max(home, marks + bool(_DIRECTION.search(sentence)))
    found = []
    if health:
        found.append(("health", 0.35))
    if looks:
        found.append(("appearance", 0.35))
    if home:
        found.append(("home", 0.35 if home >= 2 else 0.1))
    if _nicknames(tokens, text):
        found.append(("nickname", 0.35))
    return found


_NUMBER_WORD = regex.compile(
    r"(?:null|eins?|zwei|zwo|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|"
    r"zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|"
    r"tausend|und)+"
)


def _number_words(tokens: list[str]) -> int:
    """'null einhundertsiebzig, drei sechs sechs …': a number told in words, group by group.

    A run of four or more number words (commas between allowed) that starts with "null", or
    of six or more; "zwei, drei Wochen" is a quantity.
    """
    hits, run, first = 0, 0, ""
    # "null-sieben-eins": words joined by hyphens count one by one
    parts = [p for token in tokens for p in (token.split("-") if "-" in token else [token]) if p]
    for token in [*parts, "."]:
        lower = token.lower()
        if lower != "und" and _NUMBER_WORD.fullmatch(lower):
            first = first or lower
            run += 1
            continue
        if token in {",", "/"} and run:
            continue
        if run >= 6 or (run >= 4 and first.startswith("null")):
            hits += 1
        run, first = 0, ""
    return hits


def leftover_signals(text: str) -> list[tuple[str, float]]:
    """Reasons why a redacted quote may still name or single out someone.

    Parameters
    ----------
    text : str
        A quote as it would be shown (already redacted).

    Returns
    -------
    list of (str, float)
        Reason keys of the review's catalogue (``names``, ``slot``, ``capitals``,
        ``lower_case``, ``number``, ``describes``, ``birth_year``, ``plate``, ``handle``,
        ``address``, ``health``, ``appearance``, ``home``, ``nickname``) and each one's
        weight.
    """
    tokens = _TOKEN.findall(text)
    lex = lexicon()
    names, slots, capitals, describes = [], [], [], 0
    seen = set()
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
        slot = _slot_weight(tokens, i)
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
    found = []
    shapes: dict[str, list[float]] = {}
    for pattern, weight, key in _SHAPES:
        shapes.setdefault(key, []).extend([weight] * len(pattern.findall(text)))
    numbers = _numbers(text) + _number_words(tokens)
    shapes.setdefault("number", []).extend([0.35] * numbers)
    for key, weights in (("names", names), ("slot", slots), ("capitals", capitals),
                         *shapes.items()):  # fmt: skip
        if weights:
            found.append((key, round(1 - math.prod(1 - w for w in weights), 3)))
    lower = _lower_case_names(tokens, text)
    if lower:
        found.append(("lower_case", round(1 - 0.65**lower, 3)))
    if describes:
        found.append(("describes", 0.3))
    return found + _phrase_signals(text, tokens)
