"""Names told by the words around them, where no title or first name announces them.

Each finder covers one family of expressions written by people who never saw the rules:

* a surname at a city office: "die Dannecker vom Bauamt", "Der Wagner vom Ordnungsamt ist
  ein Depp", "ein gewisser Vogel, der nie zurückruft" (not "der Koch in der Kantine", "der
  Link vom Bürgeramt funktioniert nicht": a thing, no person, after the office);
* the dialect's order surname before first name: "dr Schwarz Karle", "dr Hägele Fritz";
* a name joined to a name found already: "[NAME] und Manni", "Kiki und [NAME]";
* a first name with an age in brackets: "(lea, 16)", "Tom (7)";
* a sign-off after a phone number or e-mail address: "[TELEFON] – Fink".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import KnownWords
from esslingen_lab.privacy.redact.short_forms import diminutive_name, short_form
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.strength import _named_after_people as named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
    is_greeting,
    read_words,
)

__all__ = [
    "AGE_NEEDS",
    "OFFICE_NEEDS",
    "aged_name_spans",
    "coordinated_name_spans",
    "dialect_order_spans",
    "office_person_spans",
    "sign_off_after_contact_spans",
]

_CAP = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"

# people, not names ("der Kollege vom Bauamt", "Oma und Opa")
_PEOPLE_WORDS = frozenset(
    """
    Mann Frau Herr Herrn Typ Kerl Junge Dame Mensch Bursche Kumpel Leute Chef Chefin Opa Oma
    Mama Papa Mutti Vati Onkel Tante Sohn Tochter Söhne Töchter Kinder Kind Partner Partnerin
    Co Kollegen Kollege Team Familie Freunde Freund Freundin Nachbar Nachbarin Nachbarn
    """.split()
)


@lru_cache(maxsize=1)
def _office_endings() -> tuple[str, ...]:
    return (*read_words("city_offices"), "rathaus", "jobcenter", "landratsamt")


def _office(word: str) -> bool:
    """Tell a city office: "Bauamt", "Bürgerbüro", "Stadtverwaltung", "Bauhof"."""
    return word[:1].isupper() and word.lower().endswith(_office_endings())


# ---- a person at an office ---------------------------------------------------------------

# what is said of a person after where they work: "ist ein Depp", "war unfreundlich",
# "ruft nie zurück", "hat mir geholfen"
_PERSON_ADJECTIVES = frozenset(
    """
    nett netter freundlich unfreundlich hilfsbereit kompetent inkompetent unhöflich höflich
    arrogant frech pampig grantig patzig unverschämt geduldig ungeduldig zuständig krank
    erreichbar unerreichbar genervt sympathisch unsympathisch lieb korrekt zuverlässig faul
    fleißig super klasse spitze toll top engagiert gemein stur schroff herablassend
    überfordert
    """.split()
)
_INTENSIFIERS = frozenset(
    "sehr total echt so immer nicht voll extrem wirklich ziemlich mega richtig einfach halt "
    "auch eher recht ganz wieder".split()
)
_PERSON_VERBS = frozenset(
    """
    meinte meint sagte sagt erklärte erklärt half hilft rief ruft antwortete antwortet
    versprach verspricht weiß wusste kennt kannte kümmert kümmerte telefonierte
    meldet meldete
    """.split()
)
# what a person has done (not "hat funktioniert"): "Der Schneider vom Bürgeramt hat geholfen"
_PERSON_PARTICIPLES = frozenset(
    """
    geholfen gesagt gemeint erklärt angerufen zurückgerufen versprochen geantwortet gelogen
    geschimpft beraten gekümmert telefoniert geschrieben gemeldet abgewimmelt angeschrien
    """.split()
)
_WHEN = frozenset("nie noch schon gestern heute sofort gleich kaum nur".split())
_OBJECTS = frozenset("mir uns ihm ihr mich ihn dir dich euch sich".split())
_COPULA = frozenset("ist war sei wirkt wirkte bleibt".split())

_OFFICE_PERSON = regex.compile(
    rf"""(?P<pre>(?<![\p{{L}}'’])(?:[Dd](?:er|ie|en|em|r)|[Ee]ine?[mnr]?\x20+gewisse[nmrs]?
              |[Ff]rag(?:en|t)?(?:\x20+Sie)?(?:\x20+(?:den|die))?|[Aa]n(?:\x20+(?:den|die))?
              |und|oder|sowie
              # a verb or a preposition before the person: "hab Wörner aus der Verwaltung
              # gefragt", "Bei Trautwein im Sozialamt", "Wie Ruoff aus unserem Gremium sagt"
              |hab|habe|hatte|hat|[Bb]ei|[Mm]it|[Oo]hne|[Ww]ie|[Dd]ank|[Ll]aut|gegen|durch|für)
              \x20+
         |(?:^|(?<=[.!?;:–(]\x20{{0,3}}|\n))\x20*)
         (?P<v>{_CAP})\x20+
         (?:vom|von\x20+der|von\x20+dem|aus\x20+dem|aus\x20+der|beim|bei\x20+der|im|in\x20+der)
         \x20+(?:(?:unserem|unserer|unseres|meinem|meiner)\x20+)?(?P<o>\p{{Lu}}[\p{{L}}\-]+)""",
    regex.X | regex.VERSION1,
)
OFFICE_NEEDS = ("amt", "ämter", "büro", "verwaltung", "referat", "dezernat", "abteilung",
                "bauhof", "rathaus", "jobcenter", "stadtwerke", "beirat", "gremium", " it",
                "edv", "hausmeisterdienst", "stadtarchiv")
# units a person belongs to besides the city's offices: "Schuster aus dem Elternbeirat",
# "Ruoff aus unserem Gremium", "Schuhmacher aus der IT", "Rapp vom Hausmeisterdienst"
_UNITS = ("beirat", "gremium", "it", "edv", "hausmeisterdienst", "stadtarchiv")


def _person_after(text: str, end: int) -> bool:
    """Tell what a person does or is after an office: "ist ein Depp", "ruft nie zurück"."""
    words = [w.strip(".,;:!?()\"'") for w in text[end : end + 80].split()][:6]
    if not words:
        return False
    if words[0] == "" and text[end : end + 3].lstrip().startswith(","):
        words = words[1:]
    first = words[0].lower() if words else ""
    if first in ("der", "die") and text[end:end + 2].lstrip()[:1] == ",":
        return True  # "…, der nie zurückruft": a relative clause on a person
    rest = [w.lower() for w in words[1:]]
    if first in _COPULA:
        rest = [w for w in rest if w not in _INTENSIFIERS]
        if not rest:
            return False
        if rest[0] in ("ein", "eine") and len(words) > 2:
            return True  # "ist ein Depp", "war eine Hilfe"
        return rest[0] in _PERSON_ADJECTIVES
    if first in ("hat", "hatte", "hätte"):
        rest = [w for w in rest if w not in _INTENSIFIERS and w not in _WHEN]
        # "hat mir geholfen", "hat sich gekümmert", "hat geholfen", "hat nie zurückgerufen"
        return bool(rest) and (rest[0] in _OBJECTS or rest[0] in _PERSON_PARTICIPLES)
    return first in _PERSON_VERBS or (first.endswith("t") and "zurück" in rest[:3])


def office_person_spans(text: str):
    """Yield the surname before a city office: "die Dannecker vom Bauamt".

    The word before "vom/von der/aus dem/beim …" and an office is a person when it is no
    German noun (a surname no dictionary lists); a listed surname that is also a word
    ("Vogel", "Wagner", "Link") only after "ein gewisser" or when a person's deed or trait
    follows ("ist ein Depp", "hat mir geholfen"; not "funktioniert nicht").
    """
    lex = lexicon()
    last_end = -1  # where the last person at an office ended
    for match in _OFFICE_PERSON.finditer(text):
        word, office = match.group("v"), match.group("o")
        if not (_office(office) or office.lower().endswith(_UNITS)):
            continue
        pre = match.group("pre").strip().lower()
        if pre in ("und", "oder", "sowie"):
            # "Dannecker vom Bauamt und Kübler vom Ordnungsamt": the second of two staff
            if (
                (
                    _STAFF_LINK.fullmatch(text, last_end, match.start("v")) is not None
                    or _TAGGED_STAFF.search(text, max(0, match.start() - 80), match.start("v"))
                    is not None
                )
                and word not in NOT_NAMES
                and word not in _PEOPLE_WORDS
                and not _is_person_noun(word)
                and not _office(word)
                and lex.german.get(word) in (None, word)  # not "und Briefe vom Sozialamt"
            ):
                last_end = match.end("v")
                yield match.span("v")
            continue
        if (
            word in NOT_NAMES
            or word in _PEOPLE_WORDS
            or _is_person_noun(word)
            or _office(word)
            or word.lower().endswith(("ung", "heit", "keit", "schaft", "ion", "tät"))
        ):
            continue
        if not pre and lex.is_lower_word(word.lower()) and word not in lex.last:
            continue  # "Jemand vom Amt", "Keiner im Rathaus": a pronoun opening a sentence
        lemma = lex.german.get(word)
        if "gewisse" in pre:
            pass  # "ein gewisser Vogel vom Bauamt"
        elif lemma is None:
            if _compound_noun(word, lex):
                continue  # "die Online-Terminvergabe beim Bürgeramt", "die Terminautomaten"
        elif lemma != word:
            continue  # an inflected noun: "die Briefe vom Sozialamt"
        elif word in lex.last or not pre:
            # a surname that is a word too ("der Wagner vom Ordnungsamt ist ein Depp"), or a
            # noun without an article opening a sentence ("Schwarzkopf vom Bürgeramt war …"):
            # only with a person's deed or trait after the office, or thanks before it
            if not _person_after(text, match.end()) and not _thanked(text, match.start()):
                continue
        elif not (word.endswith("er") and _person_after(text, match.end())):
            # "die Kantine im Rathaus ist super": a noun with its article; a word in "-er"
            # with a person's trait is a surname ("Die Kübler vom Ordnungsamt ist nett")
            continue
        last_end = match.end("v")
        yield match.span("v")


# between two staff: "[Dannecker] vom Bauamt und [Kübler]"
_STAFF_LINK = regex.compile(
    r"\x20+(?:vom|von\x20+der|von\x20+dem|aus\x20+dem|aus\x20+der|beim|bei\x20+der|im"
    r"|in\x20+der)\x20+\p{Lu}[\p{L}\-]+,?\x20+(?:und|oder|sowie)\x20+",
    regex.VERSION1,
)
_TAGGED_STAFF = regex.compile(r"\[NAME\]" + _STAFF_LINK.pattern + "$", regex.VERSION1)
_THANKS = regex.compile(
    r"(?i:dank(?:e|eschön)?|grüße?|gruß|lob|kompliment)\x20+(?:an\x20+)?(?:den|die|dem)?\x20*$",
    regex.VERSION1,
)


def _thanked(text: str, start: int) -> bool:
    """Tell thanks or greetings before the person: "Danke an den Wagner vom Ordnungsamt"."""
    return _THANKS.search(text, max(0, start - 30), start) is not None


def _compound_noun(word: str, lex) -> bool:
    """Tell a compound no dictionary lists by its head: "Terminautomaten", "Online-Termin"."""
    german = lex.german
    if "-" in word:
        return True  # "Online-Terminvergabe": a surname with a hyphen is listed or double
    for k in range(2, len(word) - 3):
        head = word[k:].capitalize()
        lemma = german.get(head) or ""
        if len(head) < 5 or not lemma[:1].isupper() or head in lex.last:
            continue
        first = german.get(word[:k].capitalize()) or ""
        if len(head) >= 7 or (k >= 4 and first[:1].isupper()):
            return True  # "Terminautomaten" (Termin + Automat), not "Dannecker" ("dann")
    return False


_CERTAIN = regex.compile(
    rf"(?<![\p{{L}}])[Ee]ine?[mnr]?\x20+gewisse[nmrs]?\x20+(?P<v>{_CAP})(?=\x20*[,.;!?)–]|\x20+"
    r"(?:vom|von|aus|im|beim|bei|in|der|die|hat|hatte|ist|war|sitzt|saß)\b)"
)


def certain_person_spans(text: str):
    """Yield the name after "ein gewisser", "eine gewisse": "ein gewisser Vogel, der …".

    The word is a listed surname or first name, or no German word; "ein gewisser Abstand"
    is a noun.
    """
    lex = lexicon()
    for match in _CERTAIN.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or word in _PEOPLE_WORDS or _is_person_noun(word):
            continue
        if word in lex.last or word in FIRST_NAMES or word in lex.first or (
            lex.german.get(word) is None
        ):
            yield match.span("v")


# ---- dialect order: surname, then first name -----------------------------------------------

_DIALECT_ORDER = regex.compile(
    rf"(?<![\p{{L}}])(?:[Dd]r|[Ee]m|[Bb]eim|[Dd]['’])\x20*"
    rf"(?P<v>(?P<a>{_CAP})\x20+(?P<b>\p{{Lu}}\p{{Ll}}+|\[NAME\]))(?![\p{{L}}\-])"
)


def _first_name_or_pet(word: str) -> bool:
    return word in FIRST_NAMES or short_form(word) or diminutive_name(word)


def dialect_order_spans(text: str):
    """Yield "Schwarz Karle" in "dr Schwarz Karle": an article, a surname, a first name.

    Swabian and Bavarian put the surname first. The second word is a first name or its pet
    form; the first a listed surname or no German word, no role ("der Bäcker Fritz") and no
    listed non-name ("am Montag Anna").
    """
    lex = lexicon()
    for match in _DIALECT_ORDER.finditer(text):
        surname, first = match.group("a"), match.group("b")
        if first != "[NAME]" and (
            first in NOT_NAMES or not _first_name_or_pet(first) or lex.is_common_noun(first)
        ):
            continue  # "d'Huber [NAME]": the first name found already
        if surname in NOT_NAMES or surname in _PEOPLE_WORDS or _is_person_noun(surname):
            continue
        if surname in FIRST_NAMES:
            continue  # "der Hans Peter": two first names, other rules' work
        if surname in lex.last or lex.german.get(surname) is None:
            yield match.span("v")


# ---- a name joined to a name ---------------------------------------------------------------

_JOINED = regex.compile(
    r"\[NAME\]\x20+(?:und|&|oder|u\.)\x20+(?:(?:an\x20+)?(?:den|die|der|dem)\x20+)?"
    r"(?P<v>\p{Lu}\p{Ll}+)(?![\p{L}\-\[])"
    r"|(?<![\p{L}\-])(?P<w>\p{Lu}\p{Ll}+)\x20+(?:und|&)\x20+\[NAME\]"
)
_PET_ENDINGS = ("i", "y", "le", "li", "la", "el")


def _joined_name(word: str, lex) -> bool:
    """Tell a first name or pet name joined to a name: "Manni", "Kiki", "Jule" (not "Udine")."""
    if word in NOT_NAMES or word in _PEOPLE_WORDS or _is_person_noun(word):
        return False
    if not 3 <= len(word) <= 12 or _office(word) or lex.is_lower_word(word):
        return False
    if word in FIRST_NAMES or (word in lex.first and not lex.is_common_noun(word)):
        return True
    if short_form(word, cue=True) or diminutive_name(word):
        return True
    # pet names the dictionary lists as nouns ("Manni", "Kiki"): short, a pet ending
    return (
        len(word) <= 6
        and word.endswith(_PET_ENDINGS)
        and not lex.is_english(word)
        and not _common_thing(word, lex)
    )


def _common_thing(word: str, lex) -> bool:
    """Tell a noun German uses as such ("Auto", "Kaffee"): it has an inflected form."""
    german = lex.german
    return any(word + end in german for end in ("s", "n", "en", "e", "er"))


def coordinated_name_spans(text: str):
    """Yield a word joined by "und" to a name found already: "[NAME] und Manni"."""
    if "[NAME]" not in text:
        return
    lex = lexicon()
    for match in _JOINED.finditer(text):
        group = "v" if match.group("v") is not None else "w"
        word = match.group(group)
        after = text[match.end(group) : match.end(group) + 2]
        if group == "v" and after[:1] == " " and after[1:2].isupper() and after[1:2] != "[":
            continue  # "[NAME] und Partner GmbH": the next word goes on
        if _joined_name(word, lex):
            yield match.span(group)


# ---- a first name with an age --------------------------------------------------------------

# "(lea, 16)", "(Lea 16)", "(lea; 16 J.)", "Tom (7)", and between commas "Lea, 16, findet"
_AGED = regex.compile(
    # "(lea, 16)", "(mario, 71, aus sirnau)"
    r"\(\x20*(?P<v>\p{L}{3,12})\x20*[,;/]?\x20*\d{1,2}\x20*(?:J\.|Jahre|jahre|J|j)?\x20*"
    r"(?:\)|[,;/]\x20?(?=\p{L}))"  # "(mario,71,sirnau)", "(mario; 71; sirnau)"
    r"|(?<![\p{L}\-])(?P<w>\p{L}{3,12})\x20*\(\x20*\d{1,2}\x20*(?:J\.|Jahre|jahre|J|j)?\x20*\)"
    r"|(?<![\p{L}\-])(?P<u>\p{Lu}\p{Ll}{2,11}),\x20*\d{1,2}\x20*(?:J\.|Jahre)?\x20*,\x20"
)
AGE_NEEDS = ("(", ",")


def aged_name_spans(text: str):
    """Yield a first name before an age: "(lea, 16)", "Tom (7)", "mit Emma (3 J.)"."""
    for match in _AGED.finditer(text):
        group = next(g for g in ("v", "w", "u") if match.group(g) is not None)
        word = match.group(group)
        capital = word[:1].upper() + word[1:].lower() if word.islower() else word
        if capital in NOT_NAMES or capital in _PEOPLE_WORDS or _is_person_noun(capital):
            continue
        if group == "v" and not match.group().endswith(")") and (
            lexicon().is_lower_word(word.lower())
        ):
            continue  # "Meine Katze (rosa, 3, aus dem Tierheim)": a word, the bracket goes on
        if capital in FIRST_NAMES or short_form(capital, cue=True):
            yield match.span(group)


# "der Maxi (Jahrgang 2008)", "vom Ede (Eduard Schüle)", "der Tschabo (eigentlich heißt er
# Ernst)": after an article or a possessive, a birth year, a full name or "eigentlich" in
# brackets tells a person (the year and the name are tagged by then)
_BRACKETED = regex.compile(
    r"(?<=(?<![\p{L}'’])(?:[Dd]er|[Dd]ie|[Dd]e|[Dd]r|[Vv]om|[Bb]eim|[Uu]nser[e]?|[Mm]ei[n]?e?)\x20)"
    r"(?P<v>\p{Lu}\p{Ll}{1,9})\x20*\(\x20*(?:\[DATUM\]|\[NAME\]|eigentlich\x20+(?:heißt|heisst)\b"
    r"|echter\x20Name)"
)


def bracketed_person_spans(text: str):
    """Yield a first name or nickname before a birth year or full name in brackets.

    A listed first name or its short form, or a word no dictionary knows ("Ede", "Tschabo");
    never a noun, a car or a brand ("Die Klasse (Jahrgang 2008)", "Der Polo (Jahrgang 2001)",
    "Vom Büro (Max Müller)").
    """
    lex = lexicon()
    for match in _BRACKETED.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or word in _PEOPLE_WORDS or _is_person_noun(word):
            continue
        if word in named_after_people():
            continue  # "Der Porsche (Jahrgang 1985)"
        if (
            (word in FIRST_NAMES and word not in _AMBIGUOUS_FIRST_NAMES)
            or short_form(word, cue=True)
            or not (lex.is_german(word) or lex.is_english(word) or word.lower() in lex.german)
        ):
            yield match.span("v")


# ---- a sign-off after contact data ---------------------------------------------------------

_SIGN_OFF = regex.compile(
    r"\[(?:TELEFON|EMAIL)\]\x20*[–—\-,|/]\x20*(?P<v>\p{Lu}\p{Ll}+(?:\x20+\p{Lu}\p{Ll}+)?)"
    r"\x20*[.!]?\x20*$"
)


def sign_off_after_contact_spans(text: str):
    """Yield the name closing an answer after a phone or address: "[TELEFON] – Fink"."""
    lex = lexicon()
    match = _SIGN_OFF.search(text)
    if match is None:
        return
    start, end = match.span("v")
    words = match.group("v").split()
    if is_greeting(words[0], lex):
        if len(words) == 1:
            return  # "[TELEFON] – Pozdrawiam": a greeting signs for no one
        words = words[1:]  # "[TELEFON] – Pozdrawiam Nowak": the name after it
        start = end - len(words[0])
    if any(
        w in NOT_NAMES or w in _PEOPLE_WORDS or _is_person_noun(w) or _office(w) for w in words
    ):
        return
    if all(
        w in lex.last or w in FIRST_NAMES or lex.german.get(w) is None for w in words
    ):
        yield start, end


_OFFICE_GATE = regex.compile(
    r"(?:vom|von der|von dem|aus dem|aus der|beim|bei der|im|in der) [\w\-]*"
    r"(?:amt|ämter|büro|verwaltung|referat|dezernat|abteilung|bauhof|rathaus|jobcenter|"
    r"stadtwerke)"
)
_FIRST_OR_PET = KnownWords(
    lambda w: w == "NAME" or (w[:1].isupper() and _first_name_or_pet(w))
)


def _dialect_admit(features) -> bool:
    """Tell a known first name or its pet form ("Karle") among the words."""
    return _FIRST_OR_PET.any_in(features.words())


# a first name's genitive before the noun it owns: "Annas Auto", "Nedims Auto", "Mehmets
# Tochter" (the name written with its "s": no list holds "Annas")
_GENITIVE = regex.compile(r"(?<![\p{L}\-])(?P<v>\p{Lu}\p{Ll}{2,}s)\x20+(?=\p{Lu}\p{Ll})")


def _genitive_name(word: str) -> bool:
    """Tell "Annas", "Nedims" (a listed first name and "s") from "Mais", "Kais", "Andreas"."""
    lex = lexicon()
    stem = word[:-1]
    # the word list may read "Annas" as Anna's: its lemma is then the name itself (but not
    # "Wolfs", a noun's genitive too)
    return (
        lex.is_first_name(stem) and lex.german.get(word) in (None, stem)
        and not lex.is_common_noun(stem)
    )


# what a person has: family, home, things of everyday life ("Annas Auto", "Mehmets Tochter");
# not a saint's day, a church, a street, a shop or a brand ("Georgs Kirche", "Karls Straße",
# "Alis Kiosk", "Efes Bier")
_OWNED = frozenset(
    "Auto Autos Wagen Fahrrad Rad Handy Telefon Nummer Adresse Wohnung Zimmer Haus Garten "
    "Hund Katze Mama Papa Mutter Vater Eltern Tochter Sohn Kind Kinder Baby Mann Frau Freund "
    "Freundin Oma Opa Bruder Schwester Onkel Tante Enkel Enkelin Familie Klasse Lehrer "
    "Lehrerin Erzieherin Chef Chefin Kollege Kollegin Arbeit Geburtstag Antrag Bescheid "
    "Konto Rente Krankheit Arzt Ärztin Pflege Rollstuhl Rollator Zustand Termin".split()
)


def genitive_name_spans(text: str):
    """Yield a first name in the genitive before what a person has: "Annas Auto steht …"."""
    for match in _GENITIVE.finditer(text):
        noun = text[match.end() :].split(maxsplit=1)
        if noun and noun[0].rstrip(".,;:!?") in _OWNED and _genitive_name(match.group("v")):
            yield match.span("v")


_GENITIVE_WORDS = KnownWords(lambda w: len(w) > 3 and w.endswith("s") and _genitive_name(w))


def _rules():
    from esslingen_lab.privacy.redact.attendance import ATTENDANCE_RULES
    from esslingen_lab.privacy.redact.patterns import _Rule
    from esslingen_lab.privacy.redact.self_intros import SELF_INTRO_RULES
    from esslingen_lab.privacy.redact.sign_offs import INITIAL_RULES

    return [
        _Rule("NAME", None, needs=OFFICE_NEEDS, finder=office_person_spans,
              gate=_OFFICE_GATE, name="name-at-office", trusted=True),
        _Rule("NAME", None, needs=("gewisse",), finder=certain_person_spans,
              name="name-after-gewisser", trusted=True),
        # the dialect's articles only ("dr", "em", "d'"): "der Stadt Esslingen" is everywhere
        _Rule("NAME", None, finder=dialect_order_spans, name="name-dialect-order",
              needs_words=frozenset(("dr", "Dr", "em", "Em", "beim", "Beim")),
              needs=("d'", "d’"), admit=_dialect_admit, trusted=True),
        _Rule("NAME", None, needs=AGE_NEEDS, needs_digit=True, finder=aged_name_spans,
              gate=regex.compile(r"\d\x20*(?:j\.?|jahre)?\x20*(?:\)|,\x20|[,;/]\x20?\p{L})"),
              name="name-with-age", trusted=True),
        _Rule("NAME", None, needs=("(",), finder=bracketed_person_spans,
              gate=regex.compile(r"\(\x20*(?:\[datum\]|\[name\]|eigentlich\b|echter\x20name)"),
              name="name-before-bracketed-person", trusted=True),
        _Rule("NAME", None, needs=("[telefon]", "[email]"), finder=sign_off_after_contact_spans,
              name="name-sign-off-after-contact", trusted=True),
        _Rule("NAME", None, needs=("[name]",), finder=coordinated_name_spans,
              name="name-coordinated", trusted=True),
        _Rule("NAME", None, admit=lambda features: _GENITIVE_WORDS.any_in(features.words()),
              finder=genitive_name_spans, name="name-genitive", trusted=True),
        *SELF_INTRO_RULES,  # "Wagner mein Name", "Sadiqi hier von der Migrationsberatung"
        *ATTENDANCE_RULES,  # "Anwesend: Kienle, Eckstein", "Teilnehmende: Häfner, T."
        *INITIAL_RULES,  # "K.-H. [NAME]", "[NAME] v. T." (sign_offs.py): after every name rule
    ]


NAME_CONTEXT_RULES = _rules()
