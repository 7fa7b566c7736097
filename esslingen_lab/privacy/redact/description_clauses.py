"""A person told by what they do at a named place.

"Die Frau, die am Bahnhof Zell das Toilettenhäuschen putzt", "der Typ, der am Parkhaus
Altstadt die Kasse macht".

A word for one person ("die Frau", "den alten Herrn", "die Nachbarin aus dem Erdgeschoss")
and a relative clause after a comma that ties them to one named place ("am Bahnhof Zell",
"an der Grundschule Sirnau", "an der Katharinenlinde"), calls them the only one, or, after a
tie of the person to a workplace, a group or a named place, tells what they do over time
("Die Frau vom Kulturamt, die die Genehmigungen macht", "der Rentner aus dem Haus vom alten
Kino, der früher bei Bosch die IT geleitet hat"; since session 51) singles out one person,
though no word of it is a role (:mod:`.descriptions` reads roles, looks and habits). The
clause must end in its verb ("… die Kasse macht"). These name no one: a main clause after a
demonstrative ("die hat gesagt …"), a place that is a common noun alone ("die mich im
Bürgerbüro bedient hat", "der am Telefon geholfen hat"), the writer's own dealings ("der mir
…"), a trait ("die immer freundlich ist"), one act told in the perfect ("der die Küche
umgebaut hat"), staff told by their duty ("Der Sachbearbeiter im Bürgeramt, der Pässe
ausstellt"), a person in a rule ("…, sollte …"), an indefinite or plural person ("eine Frau,
die am Wochenende arbeitet", "die Jugendlichen, die abends am Bahnhof sitzen").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.description_words import _feminine, _person_word
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.list_initials import _MONTHS
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import home_districts, region_places

__all__ = ["DESCRIPTION_CLAUSE_RULES", "HEALTH_DESCRIPTION_RULES"]

_PERSON = (
    r"(?:Mann|Frau|Herr|Herrn|Dame|Person|Typ|Kerl|Junge|Jungen|Mädchen|Oma|Opa|Rentner|"
    r"Rentnerin|Jugendliche[rn]?|Kollege|Kollegin|Nachbar|Nachbarin|Schülerin|Studentin|"
    r"Lehrer|Lehrerin)"
)
_ADJECTIVES = (
    r"(?:(?i:alte[nrm]?|ältere[nrm]?|junge[nrm]?|jüngere[nrm]?|nette[nrm]?|freundliche[nrm]?|"
    r"große[nrm]?|kleine[nrm]?|blonde[nrm]?|eine[nrm]?)\x20)*"
)
_PERSON_WORDS = regex.compile(_PERSON + r"$")
# where they come from or sit, ending in a name or a number: "aus dem Erdgeschoss", "vom
# Hausmeisterservice der Stadt" (not a verb: "der Dame im Standesamt bedanken")
_HEAD_PLACE = (
    r"(?P<tie>\x20(?:mit|aus|im|in|vom|von|am|an|bei|beim|auf)\x20(?:[\p{L}\-]+\x20){0,4}?"
    r"(?:\p{Lu}[\p{L}\-]*|\d+))?"
)
# a finite verb second is a main clause after a demonstrative: "eine Frau, die hat gesagt …"
MAIN_CLAUSE_VERBS = ("hat", "hatte", "ist", "war", "kann", "konnte", "sagt", "sagte", "meint",
                     "meinte", "macht", "wollte", "will", "soll", "muss", "wird")  # fmt: skip
_NOT_RELATIVE = rf"(?!(?:der|die|dem|den)\x20(?:{'|'.join(MAIN_CLAUSE_VERBS)})(?![\p{{L}}]))"
_CLAUSE = regex.compile(
    rf"(?<![\p{{L}}])(?P<article>(?i:der|die|den|dem|einen?|einem|einer|eine))\x20{_ADJECTIVES}"
    rf"(?P<head>\p{{Lu}}\p{{Ll}}+)"
    rf"{_HEAD_PLACE},\x20(?P<rel>{_NOT_RELATIVE}(?:der|die|dem|den)\x20"
    r"[^.;:!?,\n()–—\"„“\[\]]{3,110}?)(?=[,.;:!?\n()–—]|$)",
    regex.VERSION1,
)
# a named place in the clause: a place word with a name after it ("am Bahnhof Zell", "an der
# Grundschule Sirnau", "im Parkhaus Altstadt") or a name that is no common noun ("an der
# Katharinenlinde", "in Zell"); "am Telefon", "im Bürgerbüro", "am Ende" name no one place
_PLACE = regex.compile(
    r"(?<![\p{L}])(?:im|am|in|in\x20der|in\x20dem|an\x20der|an\x20dem|vor\x20dem|vor\x20der|"
    r"beim|bei\x20der|auf\x20dem|auf\x20der|neben\x20dem|neben\x20der|hinter\x20dem|"
    r"hinter\x20der|gegenüber\x20vom|vom)\x20(?:\p{Ll}+\x20)?"
    r"(?P<w>\p{Lu}[\p{L}\-]+)(?P<name>\x20\p{Lu}[\p{L}\-]+)?",
    regex.VERSION1,
)
_TIME_WORDS = _MONTHS | frozenset(
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Frühling Sommer Herbst "
    "Winter Frühjahr Wochenende Urlaub Alter Ruhestand Zeit Zeiten Jahr Jahren".split()
)
# a public office or the district: its desks serve everyone ("am Empfang im Rathaus Esslingen")
_OFFICE_WORD = regex.compile(
    r"(?i:rathaus|bürgeramt|bürgerbüro|bürgerservice|landratsamt|landkreis|kreis|stadt|"
    r"gemeinde|reisezentrum|jobcenter|finanzamt|klinikum|krankenhaus|ordnungsamt|\w*amt)$"
)
_STREET = regex.compile(r"(?i:straße|strasse|gasse|weg|allee|ring|damm|steige|steig|pfad)$")
# the writer met them ("der mir geholfen hat", "die mich bedient hat"): anyone at the desk
_WRITER = regex.compile(r"(?i:(?<![\p{L}])(?:ich|mir|mich|wir|uns|du|dir|dich)(?![\p{L}]))")
# the clause ends in its verb: "… die Kasse macht", "… gehalten hat", "… reingekommen ist"
_VERB_LAST = regex.compile(r"\x20\p{Ll}+(?:t|en|te|ten|st)$")
# anyone, or more than one: "eine Frau, die …", "die Jugendlichen, die …"
_ANYONE = regex.compile(
    r"(?i:ein|eine[nmr]?)\x20|(?i:die)\x20(?:\p{L}+\x20)*(?:Jugendlichen|Jungen)(?![\p{L}])"
)


def _names_a_place(clause: str) -> bool:
    """Tell whether the clause names one place (see :data:`_PLACE`)."""
    lex = lexicon()
    for match in _PLACE.finditer(clause):
        word = match.group("w")
        if word in _TIME_WORDS or _STREET.search(word) is not None:
            continue  # "am Montag"; "in der Webergasse": a street has many neighbours
        if _OFFICE_WORD.match(word) is not None or word.split("-")[-1] in _TIME_WORDS:
            continue  # "im Rathaus Esslingen", "im Landkreis …": a public desk; "Corona-Zeiten"
        name = match.group("name")
        if name is not None and _a_name(name.strip(), lex):
            return True  # "am Bahnhof Zell" (not an object: "im Bürgerbüro Anträge …")
        if _a_name(word.split("-")[0], lex) and not _a_town(word):
            return True  # "an der Katharinenlinde", "am Georgii-Gymnasium", "in Zell"
    return False  # (a town alone is no one place: "die in Esslingen arbeitet")


def _a_town(word: str) -> bool:
    """Tell a town of the region (not one of the town's districts): many places in one."""
    lower = word.lower()
    return lower in region_places() and lower not in home_districts()


def _a_name(word: str, lex) -> bool:
    """Tell a place's name: a district, a listed place or no common noun ("Katharinenlinde").

    A compound of two common nouns is none, though the dictionary lacks it ("Ladeschrank");
    one of a name and a noun is ("Pliensaubrücke", "Neckarhalde").
    """
    lower = word.lower()
    if lower in home_districts() or lower in region_places():
        return True
    if lex.is_common_noun(word):
        return False
    return not any(
        lex.is_common_noun(word[:k]) and lex.is_common_noun(word[k:].capitalize())
        for k in range(3, len(word) - 2)
    )


_ONLY = regex.compile(r"(?i:(?<![\p{L}])einzige\w*)")


def _one_person(head: str, article: str, clause: str = "") -> bool:
    """Tell a word for one person: not a thing ("Die Stadt, die …") nor more than one.

    "die" before a word that is not feminine, or as the relative pronoun after it, is a
    plural: "die Hausmeister, die …", "die Arbeit der Erzieher, die …".
    """
    if not (_PERSON_WORDS.match(head) or _person_word(head)):
        return False
    return _feminine(head) or (article.lower() != "die" and not clause.startswith("die "))


# a trait, no habit: "…, die immer freundlich ist"
_COPULA_END = regex.compile(r"\x20(?:ist|war|sind|waren|wirkt|wirkte|bleibt|blieb)$")
# one act the writer saw, told in the perfect: "der die Küche umgebaut hat", "die es
# eingerichtet hat" (the labelled sets' writers keep "Der Zimmermann, der …" as ordinary)
_ONE_ACT = regex.compile(r"\x20(?:hat|hatte|haben|hatten)$")
# unless it is a habit or a time that singles out: "der früher … geleitet hat", "seit 2015"
_HABIT_OR_TIME = regex.compile(
    r"(?i:(?<![\p{L}])(?:immer|früher|jede[nrms]?|seit|schon|letzte[nrms]?|oft|ständig|"
    r"täglich|jahrelang)(?![\p{L}]))|\d{4}"
)


# the tail of a workplace or a group one person is tied to: "vom Kulturamt", "aus dem
# Hauptamt", "vom Hausmeisterservice", "vom Integrationskurs" (not "am Telefon", "im Mond",
# "auf der Straße", "im Serviceportal": anyone, or no place)
_WORKPLACE = regex.compile(
    r"(?i:amt|amts|büro|büros|verein|vereins|schule|kita|kindergarten|heim|heims|haus|hauses|"
    r"laden|stand|hof|hofs|zentrum|zentrums|werkstatt|praxis|station|stelle|service|markt|"
    r"kiosk|bäckerei|metzgerei|gärtnerei|apotheke|gemeinde|kirche|club|klub|halle|bad|"
    r"bücherei|bibliothek|behörde|dienst|rat|beirat|ausschuss|treff|treffs|gymnasium|kurs|"
    r"kurses|chor|wache|betrieb|firma|restaurant|café|cafe|wohnung|siedlung|anlage)$"
)
# what follows a person said of anyone: "…, sollte Zugriff haben", "…, braucht WLAN"
_GENERAL = regex.compile(
    r"\x20*,?\x20*(?:sollte|sollten|soll|muss|müsste|braucht|bräuchte|kann|könnte|wäre|würde|"
    r"darf|dürfte|wird)(?![\p{L}])"
)


# staff whose clause may tell their duty, not them: "Der Sachbearbeiter im Bürgeramt, der
# Pässe ausstellt, …" is any of them; "…, der jeden Dienstag …" is one
STAFF_HEADS = ("sachbearbeiter", "mitarbeiter", "kollege", "kollegin", "erzieher", "angestellte")


def tie_to_one_place(tie: str) -> bool:
    """Tell a tie that points to one workplace, group or named place, or a mark of the person.

    "vom Kulturamt", "aus der Eckwohnung am Hafenmarkt", "vom Edeka in Zell", "mit dem
    Blindenstock"; not "am Telefon", "im Mond", "auf der Straße", "mit 80", "mit Klasse 5"
    (a reviewer's 50 general statements about a role: 39 taken when any noun counted).
    """
    words = tie.split()
    if len(words) < 2 or words[-1][:1].isdigit():
        return False
    if words[0].lower() == "mit":
        return len(words) >= 3  # "mit dem Blindenstock", not "mit Scanner"
    last = words[-1]
    return _WORKPLACE.search(last) is not None or (
        _a_name(last.split("-")[0], lexicon()) and not _a_town(last)
    )


def _tells_what_they_do(clause: str) -> bool:
    """Tell a clause about what one person does or did over time, not a trait or one act.

    "die die Straßenmusik-Genehmigungen macht", "die im Betriebssport Volleyball spielt",
    "der früher bei Bosch die IT geleitet hat"; not "die immer freundlich ist", "der die
    Küche umgebaut hat". Read only after a tie to one place (:func:`tie_to_one_place`):
    session 51, on all labelled sets, 20 more personal strings for no more ordinary words or
    controls lost; for any person (also "Der Lehrer, der im Unterricht das Handy einsammelt,
    handelt richtig": anyone) it was 48 for 102 words and 13 controls.
    """
    if _COPULA_END.search(clause) is not None:
        return False
    return _ONE_ACT.search(clause) is None or _HABIT_OR_TIME.search(clause) is not None


def _clause_spans(text: str):
    """Yield a person with a relative clause naming the one place they are tied to."""
    for match in _CLAUSE.finditer(text):
        if _ANYONE.match(match.group()) is not None:
            continue
        clause = match.group("rel")
        if not _one_person(match.group("head"), match.group("article"), clause):
            continue  # "Die Stadt, die am Neckar liegt", "die Hausmeister, die …"
        if (
            _VERB_LAST.search(clause) is not None
            and _WRITER.search(clause) is None
            and (
                _ONLY.search(clause) is not None
                or _names_a_place(clause)
                or _told_after_tie(text, match, clause)
            )
        ):
            yield match.span()


def _told_after_tie(text: str, match, clause: str) -> bool:
    """Tell a person tied to one place whose clause tells what they do (session 51)."""
    tie = match.group("tie")
    if tie is None or not tie_to_one_place(tie) or not _tells_what_they_do(clause):
        return False
    if _GENERAL.match(text, match.end()) is not None:
        return False  # "…, sollte Zugriff auf die Akte haben": anyone in that place
    # staff told by their duty are any of them, unless a habit or a time tells one
    staff = match.group("head").lower().startswith(STAFF_HEADS)
    return not staff or _HABIT_OR_TIME.search(clause) is not None


# a person at one place, told by a health detail the health rule tagged after them: "Die
# Kollegin aus dem Bürgeramt, die [GESUNDHEIT]" (the health rule tags only a detail about a
# person it can tell: not "Die Dame an der Kasse im Freibad, die im Rollstuhl sitzt")
_WITH_HEALTH = regex.compile(
    rf"(?<![\p{{L}}])(?P<article>[Dd]er|[Dd]ie|[Dd]as)\x20{_ADJECTIVES}(?P<head>\p{{Lu}}\p{{Ll}}+)"
    r"\x20(?:aus|vom|von\x20der|von\x20den|im|in\x20der|an\x20der|am|bei\x20der|beim)\x20"
    r"[^.;:!?,\n()\[\]]{2,60}?,\x20(?:die|der)\x20\[GESUNDHEIT\]",
    regex.VERSION1,
)


def _with_health_spans(text: str):
    """Yield a person at one place with the health detail that tells them."""
    for match in _WITH_HEALTH.finditer(text):
        if _one_person(match.group("head"), match.group("article")):
            yield match.span()


#: After the health rules: the person of a health detail, told by where they are.
HEALTH_DESCRIPTION_RULES = [
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("[gesundheit]",),
        finder=_with_health_spans,
        name="beschreibung-ort-gesundheit",
        trusted=True,
    ),
]


DESCRIPTION_CLAUSE_RULES = [
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=(",",),
        gate=regex.compile(r",\x20(?:der|die|dem|den)\x20"),
        finder=_clause_spans,
        name="beschreibung-ort-satz",
    ),
]
