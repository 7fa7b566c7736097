"""Names in a list of who was there, and after one person's label in minutes or a file.

Minutes, invitations and petitions list people after a label ("Anwesend:", "Teilnehmende:",
"Entschuldigt:", "Verteiler:", "Unterzeichnet:"), one item per comma or semicolon, often by
surname alone or as "Surname, I.". A lone surname is easily taken for a word and an unknown
one has no cue. In such a list an item is a name when it is

* a surname with an initial after it ("Häfner, T.") or before it ("T. Häfner");
* a listed surname that is no role, where the list names a person otherwise (a title, an
  initial, a name found already);
* a word no dictionary knows and no town ("Kienle", "Dannenmann"), where such persons make
  up a third of the list.

Roles, offices, groups, towns and tools stay ("Anwesend: Vorstand, Kassier, Beirat",
"Verteiler: Amt 20", "Teilnehmende: Esslingen, Ostfildern", "Zoom, Webex"). After one
person's label ("Protokollführerin:", "Referent:", "Bearbeitet von:") a listed surname, an
unknown word or a first name with a surname is a name; a department or a state is not
("Bearbeiter: Sachgebiet Wohngeld", "Offen").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.casing import _function_words
from esslingen_lab.privacy.redact.description_words import _person_word
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import (
    _NOUN_ENDINGS,
    NOT_NAMES,
    TOWN_ENDINGS,
    home_districts,
    read_words,
)

__all__ = ["ATTENDANCE_RULES", "attendance_spans", "role_label_spans"]

_LABEL = regex.compile(
    r"(?:^|(?<=[\n;|]))[\x20\t\-–•*]*(?i:anwesend(?:e)?|teilnehmend(?:e)?|teilnehmer(?:[*:_/]?innen)?"
    r"|tn|entschuldigt|abwesend|verteiler|gäste|eingeladen|unterzeichnet|unterzeichner(?:innen)?"
    r"|protokoll(?:führung)?|protokollant(?:in)?|moderation|sitzungsleitung|vorsitz)"
    r"[\x20\t]*:[\x20\t]*(?P<rest>[^\n]+)",
    regex.VERSION1,
)
_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
_INITIAL = r"\p{Lu}\."
# one item: "Häfner, T." (in a list split at semicolons), "T. Häfner", "Eckstein", each with a
# note in brackets after it ("Kienle (Amt 20)")
_NOTE = r"(?:\x20*\(.*)?"
_SURNAME_INITIAL = regex.compile(rf"(?P<v>{_WORD},\x20?{_INITIAL}){_NOTE}")
_INITIAL_SURNAME = regex.compile(rf"(?P<v>{_INITIAL}\x20?(?P<w>{_WORD})){_NOTE}")
_LONE = regex.compile(rf"(?P<v>{_WORD}){_NOTE}")
_LONE_INITIAL = regex.compile(_INITIAL)
# a particle and a surname: "von Massenbach", "van der Linden", "de Souza"
_PARTICLE_ITEM = regex.compile(
    rf"(?P<v>(?:von|van|de|di|da|zu|ter|ten)(?:\x20(?:der|dem|den|la))?\x20{_WORD}){_NOTE}"
)


def _word_not_role(word: str, lex) -> bool:
    """Tell a word that names no person, role, office or group ("Eckstein", "Vogel")."""
    if word in NOT_NAMES or word.lower() in _function_words() or _person_word(word):
        return False
    lower = word.lower()
    return not lower.endswith(_ROLE_ENDINGS + _NOUN_ENDINGS) and lower not in _roles()


_ROLE_ENDINGS = (
    "amt", "ämter", "rat", "verein", "vorstand", "team", "büro", "stelle", "leitung",
    "ausschuss", "gruppe", "kreis", "presse", "verwaltung", "referat", "abteilung", "dienst",
    "beirat", "gremium", "sprecher", "sprecherin", "wart", "wartin", "kassier", "kassiererin",
)


# endings of German, Polish and Balkan surnames: "Kienle", "Dannenmann", "Nowakowska"
_SURNAME_ENDINGS = ("le", "er", "mann", "ski", "ska", "ić", "ic", "sen", "ke", "lin")


@lru_cache(maxsize=1)
def _roles() -> frozenset:
    return frozenset(word.lower() for word in read_words("roles") if " " not in word)


# another label on the same line ends a list: "Anwesend: Kienle; Entschuldigt: Sauter"
_NEXT_LABEL = regex.compile(r"[;|]\x20*\p{L}+(?:\x20\p{L}+)?\x20*:")
# a person in the list: a title, a tag, an initial
_PERSON_ITEM = regex.compile(r"(?:Frau|Herr|Hr\.|Fr\.|Dr\.|Prof\.)\x20|\[NAME\]|\p{Lu}\.")


def attendance_spans(text: str):
    """Yield the names in a list of who was there, after its label.

    Items with an initial ("Häfner, T.", "T. Häfner") or a particle ("von Massenbach")
    always; a lone listed surname only in a list that names a person otherwise (a title, an
    initial, a name found already); a word no dictionary knows and no town only where people
    make up a third of the list or it ends like a surname ("Kienle"; "Kasse", "Klima",
    "Ostfildern", "Mastodon", "Webex" stay).
    """
    lex = lexicon()
    for match in _LABEL.finditer(text, overlapped=True):
        rest, offset = match.group("rest"), match.start("rest")
        cut = _NEXT_LABEL.search(rest)
        if cut is not None:
            rest = rest[: cut.start()]
        separator = ";" if ";" in rest else ","
        items = []
        position = 0
        for piece in rest.split(separator):
            lead = len(piece) - len(piece.lstrip())
            items.append((offset + position + lead, piece.strip()))
            position += len(piece) + 1
        person_items = sum(
            bool(
                _PERSON_ITEM.match(item)
                or "[NAME]" in item
                or (separator == ";" and _SURNAME_INITIAL.fullmatch(item))
                or _INITIAL_SURNAME.fullmatch(item)
                or _PARTICLE_ITEM.fullmatch(item)
            )
            for _, item in items
        )
        persons = person_items > 0
        # a word no list knows counts only where people make up a third of the list: "Awo",
        # "Verdi", "Webex" beside "Frau Weber, Herr Kienle, Caritas, Diakonie …" stay
        mostly_people = person_items * 3 >= len(items)
        for k, (start, item) in enumerate(items):
            found = _SURNAME_INITIAL.fullmatch(item) if separator == ";" else None
            found = found or _INITIAL_SURNAME.fullmatch(item)
            if found is not None:
                # with an initial a word with a person's ending is a name too ("Dannenmann, C.")
                surname = found.groupdict().get("w") or found.group("v").split(",")[0]
                if surname not in NOT_NAMES and surname.lower() not in _roles():
                    yield start, start + found.end("v")
                continue
            particle = _PARTICLE_ITEM.fullmatch(item)
            if particle is not None:
                yield start, start + particle.end("v")
                continue
            lone = _LONE.fullmatch(item)
            if lone is None:
                continue
            word = lone.group("v")
            following = items[k + 1] if k + 1 < len(items) else None
            if following and _LONE_INITIAL.fullmatch(following[1]) and word.lower() not in _roles():
                # "Häfner, T., Kienle, M.": a list split at commas, the initial its own item
                yield start, following[0] + len(following[1])
            elif persons and _word_not_role(word, lex) and all(
                part in lex.last for part in word.split("-")
            ):
                yield start, start + lone.end("v")  # a listed surname
            elif (mostly_people or (persons and word.endswith(_SURNAME_ENDINGS))) and (
                _label_name(word, lex)
            ):
                yield start, start + lone.end("v")  # "Kienle", "Dannenmann"


# one person's role in minutes or a file, before a colon: "Protokollführerin: Kienle",
# "Sachbearb.: Hr. Wössner", "Bearbeitet von: Riedlinger"
_ROLE_LABEL = regex.compile(
    r"(?<![\p{L}])(?:Protokollführer(?:in)?|Protokollant(?:in)?|Schriftführer(?:in)?|Referent(?:in)?"
    r"|Berichterstatter(?:in)?|Sachbearbeiter(?:in)?|Sachbearb\.|Bearbeiter(?:in)?"
    r"|(?P<loose>[Bb]earbeitet\x20von|Gesprächsleitung))\x20*:\x20*"
    r"(?:(?:Hr|Hrn|Fr|Herrn?|Frau|Dr|Prof)\.?\x20+)*+"
    r"(?P<v>(?P<a>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\x20(?P<b>\p{Lu}[\p{Ll}'’]+))?)"
    r"(?![\p{L}\-])",
    regex.VERSION1,
)


def role_label_spans(text: str):
    """Yield the name after a minute taker's, a speaker's or a clerk's label.

    A listed surname or a word no dictionary knows ("Kienle"), or a first name and a surname;
    never a department, a team or a state ("Bearbeiter: Sachgebiet Wohngeld", "Offen",
    "Referentin: Leiterin Bürgeramt").
    """
    lex = lexicon()
    for match in _ROLE_LABEL.finditer(text):
        first, second = match.group("a"), match.group("b")
        if second is not None and lex.is_first_name(first, ambiguous=True):
            if _label_name(second, lex):
                yield match.span("v")  # "Referentin: Anna Dannenmann"
            continue
        if match.group("loose") is not None and first not in lex.last:
            continue  # "Bearbeitet von: Festo": a firm or a tool as often as a person
        if _label_name(first, lex):
            yield match.start("v"), match.end("a")


def _label_name(word: str, lex) -> bool:
    """Tell a surname after a person's label: listed, or no word of any dictionary and no town.

    A person's ending counts here ("Dannenmann"): the label says a person follows.
    """
    if word in NOT_NAMES or word.lower() in _roles() or word.lower() in _function_words():
        return False
    parts = word.split("-")
    if all(part in lex.last for part in parts):
        return True
    if word.lower().endswith(TOWN_ENDINGS) or word.lower() in home_districts():
        return False
    return not any(
        lex.is_german(p) or lex.is_english(p) or p.lower() in lex.german or lex.is_compound(p)
        for p in parts
    )


ATTENDANCE_RULES = [
    _Rule(
        "NAME",
        None,
        needs=("anwesend", "teilnehm", "tn:", "entschuldigt", "abwesend", "verteiler", "gäste",
               "eingeladen", "unterzeichne", "protokoll", "moderation", "leitung", "vorsitz"),
        gate=regex.compile(
            r"(?:anwesend|teilnehm|tn|entschuldigt|abwesend|verteiler|gäste|eingeladen|"
            r"unterzeichne|protokoll|moderation|leitung|vorsitz)\w*\x20*:"
        ),
        finder=attendance_spans,
        name="name-in-attendance-list",
        trusted=True,
    ),
    _Rule(
        "NAME",
        None,
        needs=("führer", "protokollant", "referent", "berichterstatt", "bearbeit", "sachbearb",
               "gesprächsleitung"),
        finder=role_label_spans,
        name="name-after-role-label",
        trusted=True,
    ),
]
