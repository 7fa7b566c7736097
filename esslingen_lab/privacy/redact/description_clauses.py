"""A person told by what they do at a named place or by habit.

"Die Frau, die am Bahnhof Zell das Toilettenhäuschen putzt", "der Typ, der am Parkhaus
Altstadt die Kasse macht".

A word for one person ("die Frau", "den alten Herrn", "die Nachbarin aus dem Erdgeschoss")
and a relative clause after a comma that ties them to a named place ("am Bahnhof Zell", "an
der Grundschule Sirnau", "vor der Frauenkirche") or to a habit ("jeden Morgen",
"samstags", "früher", "seit Jahren") singles out one person, though no word of it is a
role (:mod:`.descriptions` reads roles, looks and habits without a place). The clause must
end in its verb ("… die Kasse macht"); a main clause after a demonstrative ("die hat gesagt
…") and a clause of manner alone ("der mir geholfen hat", "die immer so unfreundlich ist")
name no one. In the labelled sets 28 of the 32 clauses the older rules left are labelled
descriptions.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["DESCRIPTION_CLAUSE_RULES"]

_PERSON = (
    r"(?:Mann|Frau|Herr|Herrn|Dame|Person|Typ|Kerl|Junge|Jungen|Mädchen|Oma|Opa|Rentner|"
    r"Rentnerin|Jugendliche[rn]?|Kollege|Kollegin|Nachbar|Nachbarin|Schülerin|Studentin|"
    r"Lehrer|Lehrerin)"
)
_ADJECTIVES = (
    r"(?:(?i:alte[nrm]?|ältere[nrm]?|junge[nrm]?|jüngere[nrm]?|nette[nrm]?|freundliche[nrm]?|"
    r"große[nrm]?|kleine[nrm]?|blonde[nrm]?|eine[nrm]?)\x20)*"
)
# where they come from or sit, ending in a name or a number: "aus dem Erdgeschoss", "vom
# Hausmeisterservice der Stadt" (not a verb: "der Dame im Standesamt bedanken")
_HEAD_PLACE = (
    r"(?:\x20(?:mit|aus|im|in|vom|von|am|an|bei|beim|auf)\x20(?:[\p{L}\-]+\x20){0,4}?"
    r"(?:\p{Lu}[\p{L}\-]*|\d+))?"
)
# a finite verb second is a main clause after a demonstrative: "eine Frau, die hat gesagt …"
_NOT_RELATIVE = (
    r"(?!(?:der|die|dem|den)\x20(?:hat|hatte|ist|war|kann|konnte|sagt|sagte|meint|meinte|"
    r"macht|wollte|will|soll|muss|wird)(?![\p{L}]))"
)
_CLAUSE = regex.compile(
    rf"(?<![\p{{L}}])(?i:der|die|den|dem|einen?|einem|einer|eine)\x20{_ADJECTIVES}{_PERSON}"
    rf"{_HEAD_PLACE},\x20(?P<rel>{_NOT_RELATIVE}(?:der|die|dem|den)\x20"
    r"[^.;:!?,\n()–—\"„“\[\]]{3,110}?)(?=[,.;:!?\n()–—]|$)",
    regex.VERSION1,
)
# a habit or a time that tells which one, or a place preposition before a name
_TIE = regex.compile(
    r"(?i:(?<![\p{L}])(?:jeden|jede|jedes|montags|dienstags|mittwochs|donnerstags|freitags|"
    r"samstags|sonntags|morgens|abends|nachts|früher|einzige\w*|seit)(?![\p{L}]))"
    r"|(?<![\p{L}])(?:im|am|in\x20der|an\x20der|vor\x20dem|vor\x20der|beim|bei\x20der|vom|"
    r"auf\x20dem|auf\x20der|neben\x20dem|neben\x20der)\x20(?:\p{Ll}+\x20)?\p{Lu}",
    regex.VERSION1,
)
# "eine Person, die im Urlaub ist": anyone
_ANYONE = regex.compile(r"(?i:eine[nmr]?)\x20Person\b")
# the clause ends in its verb: "… die Kasse macht", "… gehalten hat", "… reingekommen ist"
_VERB_LAST = regex.compile(r"\x20\p{Ll}+(?:t|en|te|ten|st)$")


def _clause_spans(text: str):
    """Yield a person with a relative clause tying them to a place or a habit."""
    for match in _CLAUSE.finditer(text):
        if _ANYONE.match(match.group()) is not None:
            continue
        clause = match.group("rel")
        if _TIE.search(clause) is not None and _VERB_LAST.search(clause) is not None:
            yield match.span()


DESCRIPTION_CLAUSE_RULES = [
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("mann", "frau", "herr", "dame", "person", "typ", "kerl", "junge", "mädchen",
               "oma", "opa", "rentner", "jugendlich", "kolleg", "nachbar", "schülerin",
               "studentin", "lehrer"),
        gate=regex.compile(r",\x20(?:der|die|dem|den)\x20"),
        finder=_clause_spans,
        name="beschreibung-ort-satz",
    ),
]
