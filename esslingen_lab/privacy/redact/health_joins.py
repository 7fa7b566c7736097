"""Words right next to a health tag that belong to the detail: its owner and its grade.

The health rules tag the detail and leave a cause's preposition and possessive outside
("Seit meiner [GESUNDHEIT] kann ich …", "wegen ihrer [GESUNDHEIT]"), and a grade after it
("[GESUNDHEIT] Typ 1", "[GESUNDHEIT], Stufe 3", "[GESUNDHEIT] im mittleren Stadium").
The independent writers of the labelled sets count both to the detail: of their health
details with such a preposition and possessive or article right before it, 257 hold it and
24 leave it outside; every one of the 53 with a type, stage or grade after it holds that. The
possessive is what ties the detail to the writer or the person just named ("meiner",
"seiner"), so it goes with the tag; the grade is part of the diagnosis.

Not taken: a consequence after "und" ("[GESUNDHEIT] und kann nicht Auto fahren": 425
labels leave it outside, 107 hold it), a bare number after the tag ("[GESUNDHEIT] 40
Minuten"), a preposition with no possessive or article ("mit [GESUNDHEIT]").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["HEALTH_CLAUSE_RULES", "HEALTH_JOIN_RULES"]

_JOINED = regex.compile(
    r"""(?P<owner>(?<![\p{L}])
        (?i:seit|seid|wegen|nach|trotz|mit|bei|aufgrund|durch|während|infolge)\x20
        (?i:meiner|meinem|meines|seiner|seinem|seines|ihrer|ihrem|ihres|unserer|unserem
          |deiner|deinem|meine|seine|ihre|der|dem|des|einer|einem|eines|ner|nem)
        \x20)?
    \[GESUNDHEIT\]
    (?P<grade>,?\x20(?i:typ|stufe|grad|stadium|schweregrad)\x20?(?:\d{1,2}[ab]?|I{1,3}|IV|eins|zwei|drei|vier)(?![\p{L}\d])
      |\x20\((?i:typ)\x20?(?:\d{1,2}|I{1,3})\)
      |,?\x20(?i:im)\x20\p{Ll}+\x20(?i:stadium))?""",
    regex.VERSION1 | regex.VERBOSE,
)


def _joined_spans(text: str):
    """Yield a health tag with its cause's owner before it or its grade after it."""
    for match in _JOINED.finditer(text):
        if match.group("owner") or match.group("grade"):
            yield match.span()


HEALTH_JOIN_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        needs=("[gesundheit]",),
        finder=_joined_spans,
        name="gesundheit-mit-umfeld",
        trusted=True,
    ),
]


# A subordinate clause that is all about the detail: "weil [ich blind] bin", "seit [sie
# dement] ist", "dass [ich Diabetikerin] bin". The tag holds the subject (health_subjects);
# the clause's closing verb left after it tells nothing but that the tag is a health fact.
# In the labelled sets, of the details after a subordinator whose label holds the subject, 16
# hold the closing "bin"/"ist" and none leaves it out. (A relative clause's pronoun stays
# outside: "…, die [im Rollstuhl sitzt]"; 6 labels hold it and 7 leave it out.)
_SUBORDINATE = regex.compile(
    r"""(?<=(?<![\p{L}])(?i:weil|dass|daß|da|obwohl|wenn|seit|seitdem|nachdem|ob|falls|sodass)
         \x20)
    \[GESUNDHEIT\]\x20(?i:bin|bisch|ist|isch|sind|send|war|waren|wurde|geworden|worden)
    (?=\x20?(?:[.,;:!?)\n]|$)|\x20(?i:und|oder|aber)(?![\p{L}])
       # the main clause's verb and subject right after it: "weil [ich blind] bin brauch ich"
       |\x20\p{Ll}+\x20(?i:ich|i|er|sie|wir)(?![\p{L}]))""",
    regex.VERSION1 | regex.VERBOSE,
)


def _clause_spans(text: str):
    """Yield a health tag with the verb closing the subordinate clause it fills."""
    for match in _SUBORDINATE.finditer(text):
        yield match.span()


HEALTH_CLAUSE_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        needs=("[gesundheit]",),
        finder=_clause_spans,
        name="gesundheit-im-nebensatz",
        trusted=True,
    ),
]
