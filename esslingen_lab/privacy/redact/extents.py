"""How far a description reaches: the relative clause after it belongs to it.

Labellers mark a description with the relative clause that follows it ("Der einzige
Hausarzt in Zell, der noch Hausbesuche macht"; "die Frau mit dem roten Schal, die immer am
Brunnen sitzt"; Swabian "…, wo emmer am Bahnhof wartet"): across all labelled sets such a
clause is inside the span, never outside. A description tag followed by ", der/die/wo …"
and a verb-final clause up to the next comma or sentence mark is therefore widened over it.

A main clause after the comma is no relative clause: its verb comes second ("…, die war
total überfordert", "…, das ist ja klar"); it stays.

An apposition that singles the person out further goes with the tag too: a bracket opening
with "der/die" ("(die mit den roten Haaren)"), or ", also die einzige dort", "– die mit dem
Papagei im Laden", ", der mit dem Schnauzbart".
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["EXTENT_RULES"]

_TAG = "[PERSON-BESCHREIBUNG]"
# the clause: a relative pronoun and up to 24 words without a comma or sentence mark
_CLAUSE = regex.compile(
    r"\[PERSON-BESCHREIBUNG\]\x20?,\x20{1,2}(?P<p>(?i:der|die|das|den|dem|wo|deren|dessen|"
    r"welche[rs]?))\x20+(?P<body>[^,.;:!?()\n\[\]–—\"„“]{2,200}?)"
    r"(?=\x20*(?:[,.;:!?()\n–—\"“]|$))",
    regex.VERSION1,
)
# finite verbs that come second in a main clause ("…, die hat null Ahnung")
_FINITE = frozenset(
    "ist war hat hatte wird wurde sind waren haben hatten kann konnte soll sollte muss "
    "musste will wollte darf durfte macht machte sagt sagte meinte gibt gab hätte wäre "
    "würde sitzt steht kennt weiß wusste kam kommt geht ging hab isch isch's goht het hot "
    "war's ist's".split()
)
# words before the clause's verb that end like a verb but are none
_NOT_VERBS = frozenset(
    "nicht jetzt seit erst fast oft selbst sonst bereits zuletzt gut weit mit damit heut "
    "meist nett leicht recht halt nacht arbeit zeit stadt welt mitten unten oben hinten "
    "vorne gestern morgen abends morgens".split()
)
_SWABIAN_VERBS = frozenset("isch hot het goht kommt wartet schafft".split())


def _verb_like(word: str) -> bool:
    lower = word.lower()
    if lower in _FINITE or lower in _SWABIAN_VERBS:
        return True
    if not word[:1].islower() or lower in _NOT_VERBS:
        return False
    if not lower.endswith(("t", "en", "te", "ten", "ern", "eln")):
        return False
    lemma = lexicon().german.get(lower)
    return lemma is None or (lemma[:1].islower() and not lexicon().is_adjective(lower))


def _clause_spans(text: str):
    """Yield a description tag with the relative clause right after it."""
    for match in _CLAUSE.finditer(text):
        words = match.group("body").split()
        if not 1 <= len(words) <= 24:
            continue
        first = words[0].lower()
        if first in _FINITE or (len(words) > 1 and first.endswith("t") and _finite_second(words)):
            continue  # "…, die war total überfordert": a main clause
        if not _verb_like(words[-1].strip("'’")):
            continue  # a relative clause ends with its verb
        if len(words) == 1 and match.group("p").lower() != "wo" and not _separable(words[0]):
            # "…, die kommt": too little to tell a clause ("…, die zurückruft" is one: a main
            # clause would split the verb, "die ruft zurück")
            continue
        yield match.start(), match.end()


# what singles the person out further, said after the description: "[…] (die mit den roten
# Haaren)", "[…] – die mit dem Papagei im Laden", "[…], also die einzige dort", "[…], der
# mit dem Schnauzbart"; never a main clause ("…, die hat …": no "mit" or "einzige")
_APPOSITION = regex.compile(
    r"\[PERSON-BESCHREIBUNG\](?:\x20?\((?i:der|die)\x20[^()\n\[\]]{2,80}\)"
    r"|(?:,|\x20[–—-])\x20(?i:also\x20|quasi\x20)?(?i:der|die)\x20"
    r"(?:mit\x20(?!Abstand)|(?i:einzige|einzigste)(?![\p{L}]))[^,.;:!?()\n\[\]–—\"„“]{2,80}?"
    r"(?=\x20*(?:[,.;:!?)\n–—\"“]|\x20-\x20|$)))",
    regex.VERSION1,
)


_VERB_INSIDE = regex.compile(
    r"(?<![\p{L}])(?:ist|sind|war|waren|hat|hatte|kommt|geht|macht|weiß|kann|muss|will|soll|"
    r"sitzt|steht|fährt|wohnt|arbeitet|isch|hot|goht)(?![\p{L}])",
    regex.VERSION1,
)
_CLAUSE_OPENERS = frozenset("der die das den dem des wo und aber oder doch denn".split())


def _apposition_spans(text: str):
    """Yield a description tag with the apposition after it that says more of the person."""
    for match in _APPOSITION.finditer(text):
        if _VERB_INSIDE.search(match.group()):
            continue  # "…, der mit dem Schlüssel ist eh nie da": a main clause
        end = match.end()
        opener = text[match.start() + len("[PERSON-BESCHREIBUNG]")]
        after = text[end + 1 :].split(maxsplit=1)
        if opener == "," and text.startswith(",", end) and after and (
            after[0][:1].islower() and after[0] not in _CLAUSE_OPENERS
        ):
            end += 1  # ", der mit dem Papagei, hat …": the closing comma too
        elif opener == " " and text[end : end + 2] in (" –", " —", " -"):
            end += 2  # "– die mit dem Papagei im Laden – hat …"
        yield match.start(), end


# prefixes a main clause splits off its verb ("ruft … zurück", "passt … auf")
_SEPARABLE_PREFIXES = ("zurück", "weiter", "wieder", "mit", "auf", "aus", "ein", "nach", "vor",
                       "ab", "an", "zu", "weg", "los", "durch", "hin", "her", "fest", "bei")


def _separable(word: str) -> bool:
    """Tell a finite verb with its prefix joined ("zurückruft", "aufpasst", "mitdenkt")."""
    lower = word.strip("!?.,'’").lower()
    if not lower.endswith("t"):
        return False
    for prefix in _SEPARABLE_PREFIXES:
        if lower.startswith(prefix) and len(lower) - len(prefix) >= 4:
            return _verb_like(lower)  # (a lemma, if any, in lower case: a verb's)
    return False


def _finite_second(words) -> bool:
    """Tell a verb right after the pronoun ("den kennt jeder Fahrer")."""
    first = words[0].lower()
    if first in _NOT_VERBS or not words[0][:1].islower():
        return False
    lemma = lexicon().german.get(first)
    return bool(lemma) and lemma[:1].islower() and lemma.endswith("n") and lemma != first


EXTENT_RULES = [
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("[person-beschreibung],", "[person-beschreibung] ,"),
        finder=_clause_spans,
        name="beschreibung-relativsatz",
        trusted=True,
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("[person-beschreibung]",),
        finder=_apposition_spans,
        name="beschreibung-apposition",
        trusted=True,
    ),
]
