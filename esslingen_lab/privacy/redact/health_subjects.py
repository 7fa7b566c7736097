"""Who a health detail is about goes into its tag: "Mein Sohn hat Autismus" → "[GESUNDHEIT]".

The health rules (:mod:`.health`) tag the statement and leave a plain person before it
("Mein Sohn [GESUNDHEIT]", "Ich [GESUNDHEIT]"). What is left still tells that the writer's
son has a condition, which is a health fact about one identifiable person, and the
independent writers of the labelled sets count the person to the detail: of the health
details in the sets fresh45 to fresh78 whose sentence names the person right before
them, 458 hold the person and 55 do not. So a subject standing right before the tag, at the
start of its clause, joins it:

- a pronoun: "Ich", "Er", "Sie", Swabian "I" ("Ich [GESUNDHEIT] und brauche …");
- a possessive with a relation noun, a name's tag after it: "Meine Mutter", "Mei Frau",
  "Unser Sohn [NAME]", "meine kleine Tochter";
- with the verb the rule left: "Meine Mutter ist [GESUNDHEIT]", "Mein Sohn hat [GESUNDHEIT]";
- two joined by "und": "Mein Mann und ich sind beide blind" is one tag;
- "Ich selbst", an age between ("Oma ist 91 und hat …", 5 of 6 newer labels hold it; not the
  writer's own "Ich bin 84 und …"), a note's bare relative ("Kind hat …", "Die Mutter hat …").

Not taken: people of one's work or school in the plural ("Unsere Schüler [GESUNDHEIT]", a
group), a person in another case ("wegen meiner Mutter [GESUNDHEIT]" is the cause's
owner, "für meinen Vater"), a noun that is no relation ("Meine Wohnung"), a subject after a
word that is not a clause's start ("dass ich" is taken, "Termin für ich" never occurs).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.health_persons import CASE_RELATIVES, KIN_WITH_ARTICLE
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import RELATIVES

__all__ = ["HEALTH_SUBJECT_RULES"]

_START = (
    r"(?:^|(?<=[.!?:;,(\n–—\"„“»]\x20{0,3})|(?<=(?<![\p{L}])(?i:und|ond|aber|weil|dass|daß|"
    r"da|denn|obwohl|wenn|seit|seitdem|also|doch|jetzt|nur|halt|hald)\x20))"
)
_POSSESSIVE = r"(?i:mein|meine|mei|unser|unsere|sein|seine|ihr|ihre|dein|deine)"
_ONE = (
    r"(?:(?i:ich|er|sie|i)(?:\x20(?i:selbst|selber))?"  # a pronoun: "Ich selbst habe …"
    rf"|{_POSSESSIVE}"
    r"\x20(?:\p{Ll}+(?:e|er|es)\x20)?\p{L}[\p{L}\-]+"  # "Meine kleine Tochter"
    # a note's one relative, bare or with its article: "Kind hat …", "Die Mutter hat …"
    rf"|(?:(?i:der|die)\x20)?(?-i:{'|'.join(sorted(CASE_RELATIVES, key=len, reverse=True))})"
    # one's own grandparent or parent with the article: "Die Oma hat …" (bare "Oma" is a name)
    rf"|(?i:der|die)\x20(?-i:{'|'.join(sorted(KIN_WITH_ARTICLE))})"
    r"|(?i:der|die)\x20Kleine)"  # a parent's own child: "Der Kleine hatte …"
)
# "ist 91 und", "ist schon 91 und", "ist 91 Jahre alt und", "wird bald 90 und" (not "Ich bin
# 84 und …": 3 of 4 labels leave the writer's own age outside)
_AGED = (
    r"\x20(?i:ist|isch|is|wird)\x20(?:(?i:schon|bald|fast|über|knapp|jetzt)\x20)?\d{1,3}"
    r"(?:\x20(?i:jahre)(?:\x20(?i:alt))?)?\x20(?i:und|ond)"
)
_SUBJECT = regex.compile(
    rf"""{_START}
    (?P<s>
        # "Mein Mann und ich", "ich und meine Frau": both; an age after it: "Meine Tochter
        # (7) hat …", "Unser Sohn, 17, ist …", "Oma ist 91 und hat …"
        (?:{_ONE}\x20(?i:und|ond|&)\x20)?{_ONE}
        (?:\x20\(\d{{1,3}}\)|,\x20\d{{1,3}},|{_AGED})?
      # "Seitdem bin ich"
      | (?<=\p{{L}}\x20)(?i:bin|bisch|ist|isch|hat|hot|hab|habe|war)\x20(?i:ich|er|sie|i)
      # the writer's own verb opening a sentence, "ich" left out: "Bin [GESUNDHEIT]."
      | (?<=(?:^|[.!?\n]\x20{{0,3}}))(?i:bin|hab|habe)
    )
    (?:\x20(?i:ist|hat|isch|hot|war|hatte|leidet|litt|sind|send|haben|hend|waren
        # a state the verb tells: "Sie sitzt [seit dem Unfall im Rollstuhl]"
        |sitzt|sitze|saß|liegt|liege|lag))?
    \x20\[GESUNDHEIT\]""",
    regex.VERSION1 | regex.VERBOSE,
)
# a relation after a possessive: "Meine kleine Tochter"
_POSSESSED = rf"{_POSSESSIVE}\x20(?:\p{{Ll}}+(?:e|er|es)\x20)?(?P<noun>\p{{L}}[\p{{L}}\-]+)"
_POSSESSED_RE = regex.compile(_POSSESSED, regex.VERSION1)
# the detail in brackets after a relation, wherever it stands, with what else the brackets
# say of the person: "Mein Sohn (Autismus) kommt …", "für meine Frau (MS seit 2016)", "mein
# Sohn (5, Epilepsie)", "meinen Sohn (Down-Syndrom, 12 Jahre)", "mein Kind (ADHS, nimmt
# Medikinet)" (in the labelled sets fresh60 to fresh88 the relation is in 18 such labels, out
# in 13, where taking it costs the two words of the relation)
_ANY_CASE = r"(?:en|em|er|es|e)?"  # "für meinen Sohn (…)", "bei meiner Mutter (…)"
_BRACKETED = regex.compile(
    rf"(?<![\p{{L}}])(?i:(?:mein|unser|sein|ihr|dein){_ANY_CASE}|mei)\x20(?:\p{{Ll}}+(?:e|er|es|en|em)\x20)?"
    rf"(?P<noun>\p{{L}}[\p{{L}}\-]+)\x20?\([^()\n]{{0,40}}?\[GESUNDHEIT\][^()\n]{{0,40}}?\)",
    regex.VERSION1,
)
# people of one's work or school said in the plural ("Unsere Schüler sind …", "meine
# Kollegen haben …"): a group, though the health rule read a person
_GROUP_NOUNS = frozenset(
    "schüler mitschüler lehrer erzieher betreuer pfleger mieter mitbewohner mitarbeiter "
    "sachbearbeiter hausmeister trainer teamleiter abteilungsleiter kollegen freunde bekannten "
    "nachbarn".split()
)


def _subject_spans(text: str):
    """Yield the subject right before a health tag together with the tag."""
    for match in _SUBJECT.finditer(text):
        start, end = match.span("s")
        people = list(_POSSESSED_RE.finditer(text, start, end))
        if any(
            found.group("noun").lower() not in RELATIVES  # "Meine Wohnung …": no one
            or found.group("noun").lower() in _GROUP_NOUNS
            and (found.group().split()[0].endswith("e") or found.group("noun").endswith("n"))
            for found in people
        ):
            continue
        yield start, match.end()
    for match in _BRACKETED.finditer(text):
        noun = match.group("noun").lower()
        if noun in RELATIVES and noun not in _GROUP_NOUNS:
            yield match.span()


HEALTH_SUBJECT_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        needs=("[gesundheit]",),
        finder=_subject_spans,
        name="gesundheit-mit-person",
        trusted=True,
    ),
]
