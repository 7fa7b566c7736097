"""Pet names in a person's slot: "unser Timbo", "ich bin der Ralle", "beim Ernst an, der …".

Spoken German puts an article or a possessive before a first name or a pet name made of
one. The word alone often reads as a word too ("Ralle" is a bird, "Ernst" a noun), so it
counts only where the slot says it is a person: after a possessive ("unser", "mei"), after
"ich bin der/die", or with a relative clause of what a person does after it ("beim Ernst
an, der hat früher …").
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.vocabulary import _AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, NOT_NAMES

__all__ = [
    "APPOSITION_RULES",
    "appositive_name_spans", "name_before_role_spans", "pet_name_in_slot", "pet_name_shape",
    "possessive_pet_name_spans",
    "short_form_before_full_name",
]

# endings of pet names: "Timbo", "Jogi", "Ralle", "Schorschla", "Hansi", "Maxerl"
_PET_ENDINGS = ("erl", "le", "la", "li", "i", "y", "o")
_IAM_BEFORE = regex.compile(
    r"(?:\b[Ii]ch\x20+bin|\b[Hh]ier\x20+(?:ist|isch|schreibt|spricht))\x20+(?:der|die|d['’])\x20*$"
)
# what a person does, said in a relative clause right after the name
_PERSON_CLAUSE_AFTER = regex.compile(
    r"(?:\x20+\p{Ll}{1,8}){0,2}\x20*,\x20*(?:der|die)\x20+"
    r"(?:hat|hatte|ist|war|kennt|kannte|weiß|wusste|arbeitet|arbeitete|macht|machte|kann|"
    r"konnte|wohnt|wohnte|hilft|half|kümmert|repariert|erklärt|schafft|schaffte)\b"
)
# "ruf beim Ernst an", "frag mal beim Sepp nach"
_CALL_BEFORE = regex.compile(r"\b(?:ruf\p{Ll}*|frag\p{Ll}*|meld\p{Ll}*)\b[^.!?\n]{0,20}$")
_PARTICLE_AFTER = regex.compile(r"\x20+(?:an|nach)\b")


@lru_cache(maxsize=1 << 14)
def pet_name_shape(word: str) -> bool:
    """Tell a capitalised word shaped like a pet name of a first name ("Timbo", "Ralle").

    It ends like a pet name and its first three letters begin a listed first name; it may
    still be a word ("Ralle"), so a slot must back it.
    """
    from esslingen_lab.privacy.redact.short_forms import first_name_starts
    from esslingen_lab.privacy.redact.strength import _is_person_noun
    from esslingen_lab.privacy.redact.strength import _named_after_people as named

    if not 4 <= len(word) <= 8 or not word.isalpha() or not word[:1].isupper():
        return False
    if word[1:].isupper() or word in NOT_NAMES or not word.endswith(_PET_ENDINGS):
        return False
    if _is_person_noun(word) or word in named():
        return False
    return word[:3] in first_name_starts()


def pet_name_in_slot(text: str, match, end: int, word: str, lex) -> bool:
    """Tell a pet name or first name that the words around it place as a person.

    Parameters
    ----------
    text : str
        The answer.
    match : regex.Match
        The spoken-article match.
    end : int
        Where ``word`` ends.
    word : str
        The capitalised word after the article or possessive.
    lex : Lexicon
    """
    start = end - len(word)
    if pet_name_shape(word) and _IAM_BEFORE.search(text, max(0, match.start() - 20), start):
        return not lex.is_common_noun(word) or lex.german.get(word) == word  # "der Ralle"
    if word not in FIRST_NAMES and word not in lex.first:
        return False
    if _PERSON_CLAUSE_AFTER.match(text, end):
        return True  # "beim Ernst an, der hat früher bei der Stadt gearbeitet"
    return (
        match.group()[:1] in "bBvVzZ"
        and _PARTICLE_AFTER.match(text, end) is not None
        and _CALL_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
    )  # "ruf ich beim Ernst an"


_POSSESSIVE = regex.compile(
    r"(?<![\p{L}])(?:[uU]nser(?:e[mnr]?|m)?|[mM]eim?)\x20+(?P<v>\p{Lu}\p{Ll}{3,9})(?![\p{L}\-])"
)


def possessive_pet_name_spans(text: str):
    """Yield spans of pet names after a possessive: "unser Timbo", "mei Lisbethle".

    A dialect diminutive of no noun ("Träible", not "Häusle") or a pet name's shape that no
    dictionary knows ("Timbo", not "Auto" or "Kino").
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.short_forms import diminutive_name, short_form

    lex = None
    for match in _POSSESSIVE.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES:
            continue
        lex = lex or lexicon()
        if diminutive_name(word) or (
            pet_name_shape(word)
            and not lex.is_german(word)
            and not lex.is_english(word)
            and not lex.is_any_name(word)
        ) or (short_form(word) and not lex.is_any_name(word)):
            yield match.span("v")


# a short form before the full first name in brackets: "Bene (Benedikt)", "Moni (Monika)"
_SHORT_BEFORE_FULL = regex.compile(
    r"(?<![\p{L}\-])(?P<v>\p{Lu}\p{Ll}{2,9}|\p{Lu}{3,10})\x20?\("
    r"(?:eigentlich\x20+)?(?P<full>\p{Lu}\p{Ll}{3,})(?:\x20+\p{Lu}\p{Ll}+)?\)"
)


def short_form_before_full_name(text: str):
    """Spans of a short form followed by its full first name in brackets: "Bene (Benedikt)"."""
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.short_forms import short_form

    lex = lexicon()
    for match in _SHORT_BEFORE_FULL.finditer(text):
        short, full = match.group("v"), match.group("full")
        low, full_low = short.lower(), full.lower()
        if low == full_low or not (full_low.startswith(low[:3]) or low[1:] in full_low):
            continue  # "Bene (Benedikt)", "HANNES (Johannes Eberle)", "Lisa (Elisabeth)"
        if short.isupper() and low.capitalize() not in FIRST_NAMES and not short_form(
            low.capitalize()
        ):
            continue  # "EDV (Eduard …)": an acronym, no short form
        if full in FIRST_NAMES or full in lex.first:
            yield match.span("v")


# "mei Enkel, der Maxi, hot …", "unser Hausmeister, der Hansi, weiß …": a kin or role noun,
# then after a comma an article and one capitalised word closing the apposition
_APPOSITION = regex.compile(
    r"(?<![\p{L}])(?P<n>\p{Lu}\p{Ll}{2,}),\x20*(?:der|die|den|dem|dr|d['’]\x20?)\x20*"
    r"(?P<v>\p{Lu}\p{Ll}{1,11})(?=\x20*(?:[,.!?;)–]|$|\n))"
)


def appositive_name_spans(text: str):
    """Spans of a first or pet name set after a kin or role noun ("mein Sohn, der Toni,").

    The noun before the comma names a relation or a role; the word after the article is
    a listed first name or shaped like a pet name, no person noun and no common noun
    ("Maxi", "Toni", "Hansi"; not "der Polizist", "die Sonne"), and the apposition closes
    right after it.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    lex = None
    for match in _APPOSITION.finditer(text):
        noun, word = match.group("n"), match.group("v")
        if not _is_person_noun(noun) or _is_person_noun(word) or word in NOT_NAMES:
            continue
        lex = lex or lexicon()
        name = word in FIRST_NAMES or word in lex.first or pet_name_shape(word)
        if name and not lex.is_common_noun(word):  # a listed name is no common noun
            yield match.span("v")
        elif (
            word not in _EPITHETS
            and not lex.is_adjective(word.lower())
            and (pet_name_shape(word) or (
                word.endswith(("i", "y")) and len(word) <= 7
                and word + "s" not in lex.german and word + "e" not in lex.german
            ))  # not "der Profi", "die Studi", "der Hai"
            and _LIST_AFTER.match(text, match.end()) is None
        ):
            # a pet name's shape set beside a person is what the others call him or her,
            # though a noun too: "Unser Nachbar, der Didi,", "Mein Nachbar, der Wolle, hat …"
            # (not "der Idiot", "der Kleine", "der Grieche", "der Handwerker"; not a list:
            # "Meine Mutter, der Garten, das Haus – …")
            yield match.span("v")


_LIST_AFTER = regex.compile(r"\x20*,\x20*(?:der|die|das|den|dem)\x20+\p{Lu}\p{Ll}+\x20*[,–—-]")
# what one calls a person in passing, no name: "Mein Chef, der Idiot, …"
_EPITHETS = frozenset(
    """
    Idiot Vollidiot Depp Trottel Arsch Blödmann Spinner Penner Schlaumeier Besserwisser
    Held Engel Schatz Sack Esel Affe Hund Teufel Drache Chef Boss Arme Gute Alte Kleine
    Große Jüngste Älteste Ärmste Einzige Letzte Erste Neue Nette Liebe Gauner Betrüger
    Faulpelz Schnarchnase Nervensäge Pechvogel Glückspilz Witzbold Arbeitstier Fuchs
    """.split()
)


# "der Kaiser, unser alter Vorarbeiter": a name, then a possessive, adjectives and a role
_NAME_THEN_ROLE = regex.compile(
    r"(?<![\p{L}])(?:[Dd]er|[Dd]ie|[Dd]r|[Dd]en|[Dd]em|[Dd]['’])\x20*(?P<v>\p{Lu}\p{Ll}{2,})\x20*[,(]\x20*"
    r"(?:unser|unsere|unseren|unserem|mein|meine|meinen|meinem|mei|ihr|ihre|sein|seine)\x20+"
    r"(?:\p{Ll}+\x20+){0,2}(?P<n>\p{Lu}\p{Ll}{2,})"
)


def name_before_role_spans(text: str):
    """Spans of a name set before its relation or role ("der Kaiser, unser alter Vorarbeiter").

    The word after the article is a listed first name or surname (also one that is a noun:
    "Kaiser", "Koch") or a word no dictionary knows, and no person noun itself; the noun
    after the possessive is a kin or role noun.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    lex = None
    for match in _NAME_THEN_ROLE.finditer(text):
        noun, word = match.group("n"), match.group("v")
        if not _is_person_noun(noun) or _is_person_noun(word) or word in NOT_NAMES:
            continue
        lex = lex or lexicon()
        if lex.is_any_name(word) or not lex.is_german(word) or pet_name_shape(word):
            yield match.span("v")  # also "Der Mecki (unser Netzwerker)"


# the dialect's articles, never a title in lower case: "dr Toni", "mit em Sepp", "da Schorsch"
_DIALECT_ARTICLE = regex.compile(
    r"(?<![\p{L}'’.\-])(?:dr|em|da|(?:(?<=^)|(?<=[.!?:\n]\x20{0,2}))Dr)"
    r"\x20+(?P<v>\p{Lu}\p{Ll}{2,11})(?![\p{L}\-'’])"
    r"(?!\x20+\p{Lu}\p{Ll})"
)


_PERSON_VERB_AFTER = regex.compile(
    r"\x20+(?:hot|hat|hett|isch|ist|war|sagt|saat|moint|meint|kommt|kommt|schafft|woiß|weiß|"
    r"kennt|ko|kann|hilft|gschwätzt|gredet|telefoniert)\b"
)
_PERSON_PREPOSITION_BEFORE = regex.compile(r"\b(?:mit|bei|beim|zum|vom|an|für|wie)\x20+$")


def _person_around(text: str, match) -> bool:
    """Tell a person's slot around "dr Ernst": a person's verb after, "mit" before."""
    return (
        _PERSON_VERB_AFTER.match(text, match.end()) is not None
        or _PERSON_PREPOSITION_BEFORE.search(text, max(0, match.start() - 8), match.start())
        is not None
    )


def dialect_article_name_spans(text: str):
    """Spans of a first name or its pet form after a dialect article: "wo isch dr Toni hi".

    "dr" and "em" in lower case are the Swabian articles ("da" the Bavarian one), never a
    title; spoken German puts them before a first name. The word is a listed first name,
    a short or pet form of one, and no noun or lower-case word ("dr Bus", "dr Winter", "da
    Ernst" stay). Before a capitalised word the dialect order rule reads it ("dr Schwarz
    Karle").
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.short_forms import diminutive_name
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    lex = None
    for match in _DIALECT_ARTICLE.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or _is_person_noun(word):
            continue
        lex = lex or lexicon()
        if lex.is_common_noun(word):
            continue
        if word in _AMBIGUOUS_FIRST_NAMES and not _person_around(text, match):
            continue  # "Des isch dr Ernst vom Lebe": a word too, unless a person's slot
        if word in FIRST_NAMES or (
            # a name of the gazetteer that is no German word as written ("Toni", not
            # "Sommer", "Kaiser"); a pet form no dictionary knows ("Schorschle")
            word in lex.first and word not in lex.last and lex.german.get(word) != word
            and not lex.is_lower_word(word)
        ) or ((diminutive_name(word) or pet_name_shape(word)) and not lex.is_german(word)):
            yield match.span("v")


# introducing oneself with a nickname: "Hey, bin der Dome vom Bolzplatz-Verein"
_SELF_NICKNAME = regex.compile(
    r"(?:\b[Ii]ch\x20+bin|(?<![\p{L}])[Bb]in|\b[Hh]ier\x20+(?:ist|isch|schreibt|spricht)|"
    r"\b(?:[Dd]o|[Dd]a)\x20+schreibt)\x20+(?:der|die|dr|d['’])\x20*"
    r"(?P<v>\p{Lu}\p{Ll}{1,11})(?=\x20*(?:,|\.|!|$|\n|vom\b|von\x20+der\b|aus\b|beim\b|"
    r"und\b|ond\b|–|-))"
)


# kin words of other languages, a role, no nickname: "ich bin die Nonna von der Pizzeria"
_FOREIGN_KIN = frozenset("Nonna Nonno Mamma Babbo Abuela Abuelo Babuschka Babuschka Dede Nine "
                         "Teta Ciocia Mamie Papi Mami Oma Opa".split())


def self_nickname_spans(text: str):
    """Spans of a nickname someone introduces themself with: "bin der Dome vom Verein".

    No German word as written (no lemma: "der Meinung", "der Grund" stay), no lower-case
    word ("die Einzige"), no person or role noun ("der Vater von …").
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    lex = None
    for match in _SELF_NICKNAME.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or _is_person_noun(word) or word in _FOREIGN_KIN:
            continue
        lex = lex or lexicon()
        lemma = lex.german.get(word)
        if lex.is_lower_word(word) or lemma == word or (lemma is None and lex.is_english(word)):
            continue  # "der Meinung", "die Einzige", "der Boss"; not "Dome" (no "Dom")
        yield match.span("v")


def _apposition_rules() -> list:
    from esslingen_lab.privacy.redact.patterns import _Rule

    return [
        # "mein Sohn, der Toni, hat …": a first or pet name set after a kin or role noun
        # (also "an den Platzwart, den Kalle,", "dem Hausmeister, dem Sepp,")
        _Rule("NAME", None, needs=(", der ", ", die ", ", den ", ", dem ", ", dr ", ", d'", ", d’"),
              gate=re.compile(r",\x20*(?:der|die|den|dem|dr|d['’])\x20*[A-ZÄÖÜ]"),
              gate_on_raw=True,
              finder=appositive_name_spans, name="name-apposition", trusted=True),
        # "wo isch dr Toni hi", "mit em Sepp": a first name after the dialect's article
        _Rule("NAME", None, needs_words=frozenset(("dr", "em", "da", "Dr")),
              finder=dialect_article_name_spans, name="name-after-dialect-article",
              trusted=True),
        # "Hey, bin der Dome vom Bolzplatz-Verein": a nickname introducing oneself
        _Rule("NAME", None, needs=("bin ", "hier ", "schreibt "),
              finder=self_nickname_spans, name="name-self-nickname", trusted=True),
        # "der Kaiser, unser alter Vorarbeiter": a name before its role
        _Rule("NAME", None, needs=(", unser", ", mein", ", mei ", ", ihr", ", sein", "(unser",
                                    "(mein", "(ihr", "(sein"),
              finder=name_before_role_spans, name="name-before-role", trusted=True),
    ]


#: Rules for names in an apposition, run after the other name rules.
APPOSITION_RULES = _apposition_rules()
