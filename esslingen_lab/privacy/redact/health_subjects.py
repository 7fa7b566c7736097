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
- with the verb the rule left: "Meine Mutter ist [GESUNDHEIT]", "Mein Sohn hat [GESUNDHEIT]".

Not taken: a person in another case ("wegen meiner Mutter [GESUNDHEIT]" is the cause's
owner, "für meinen Vater"), a noun that is no relation ("Meine Wohnung"), a subject after a
word that is not a clause's start ("dass ich" is taken, "Termin für ich" never occurs).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import read_words

__all__ = ["HEALTH_SUBJECT_RULES"]

_START = (
    r"(?:^|(?<=[.!?:;,(\n–—\"„“»]\x20{0,3})|(?<=(?<![\p{L}])(?i:und|ond|aber|weil|dass|daß|"
    r"da|denn|obwohl|wenn|seit|seitdem|also|doch|jetzt|nur|halt|hald)\x20))"
)
_SUBJECT = regex.compile(
    rf"""{_START}
    (?P<s>
        (?i:ich|er|sie|i)                                       # a pronoun
      # "Seitdem bin ich"
      | (?<=\p{{L}}\x20)(?i:bin|bisch|ist|isch|hat|hot|hab|habe|war)\x20(?i:ich|er|sie|i)
      | (?i:mein|meine|mei|unser|unsere|sein|seine|ihr|ihre|dein|deine)
        \x20(?:\p{{Ll}}+e\x20)?(?P<noun>\p{{Lu}}[\p{{L}}\-]+)   # "Meine kleine Tochter"
        (?:\x20\[NAME\])?                                       # "Unser Sohn [NAME]"
    )
    (?:\x20(?i:ist|hat|isch|hot|war|hatte|leidet|litt))?
    \x20\[GESUNDHEIT\]""",
    regex.VERSION1 | regex.VERBOSE,
)


@lru_cache(maxsize=1)
def _relations() -> frozenset:
    return frozenset(read_words("health_relatives"))


def _subject_spans(text: str):
    """Yield the subject right before a health tag together with the tag."""
    for match in _SUBJECT.finditer(text):
        noun = match.group("noun")
        if noun is not None and noun.lower() not in _relations():
            continue  # "Meine Wohnung …": no one
        yield match.start("s"), match.end()


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
