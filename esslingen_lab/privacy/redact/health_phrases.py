"""Health phrases said in a form the term list cannot hold word by word.

"Ich hab's mit dem Herz", "I hab's mit em Kreuz", "er hat's mit de Knie": a body part
after "es mit" says a complaint, the "es" often fused with the verb ("hab's", "hats",
"han's", "hot's") and the article in dialect ("em", "de", "dr"). The term list has the
written-out form ("es mit der Hüfte"); :func:`its_body_part` finds the fused forms for
every body part of the list.
"""

from __future__ import annotations

import re

from esslingen_lab.privacy.redact.health_words import (
    _CLAUSE_WORDS,
    _FINITE_VERBS,
    _FIRST_PERSON_VERBS,
)

__all__ = [
    "errand_at", "first_person_verb", "its_body_part", "resumed_subject", "second_person",
    "work_near",
]

# "hab's", "habs", "hat's", "hats", "han's", "hot's", "hen's" (Swabian "hen": haben)
_HAVE_IT = re.compile(r"(?:hab|hat|han|hot|hen|hend|hätt|hatt)(?:['’]?s)")
_ARTICLES = frozenset("der dem den die das em de dr m".split())
# a participle after the body part makes it a manner: "hab's mit dem Herzen gemacht"
_PARTICIPLE = re.compile(r"ge[^\W\d_]{2,}(?:t|en)")


def first_person_verb(lower: str) -> bool:
    """Tell a verb after Swabian "I" that makes it "ich": "I bin", "I hab's", "I han"."""
    return lower in _FIRST_PERSON_VERBS or _HAVE_IT.fullmatch(lower) is not None


def its_body_part(lower: list[str], i: int, body: frozenset) -> int:
    """Return 3 for "mit <article> <body part>" after a fused "hab's" at word ``i``, else 0.

    >>> its_body_part("i hab's mit em kreuz".split(), 2, frozenset({"kreuz"}))
    3
    >>> its_body_part("ich hab mit dem herz gespielt".split(), 2, frozenset({"herz"}))
    0
    """
    if lower[i] != "mit" or i == 0 or i + 2 >= len(lower):
        return 0
    if _HAVE_IT.fullmatch(lower[i - 1]) is None:
        return 0
    if lower[i + 1] not in _ARTICLES or lower[i + 2] not in body:
        return 0
    if i + 3 < len(lower) and _PARTICIPLE.fullmatch(lower[i + 3]):
        return 0
    return 3


# how far a word of work may stand from a term and still make the clause one about work:
# long answers without punctuation run many clauses into one ("… keiner fühlt sich
# zuständig ich habe herzprobleme …")
_WORK_REACH = 6
_SUBJECTS = frozenset("ich er sie wir i".split())


def work_near(lower: list[str], words: list[int], i: int, work: frozenset) -> bool:
    """Tell a word of ``work`` within a few words of the term at word ``i`` in its clause."""
    at = words.index(i) if i in words else 0
    for n in range(max(0, at - _WORK_REACH), min(len(words), at + _WORK_REACH + 1)):
        if lower[words[n]] in work:
            a, b = sorted((n, at))
            # a new subject between: "keiner fühlt sich zuständig ich habe herzprobleme"
            if not any(lower[words[m]] in _SUBJECTS for m in range(a + 1, b)):
                return True
    return False


# "du hast Bluthochdruck", "du bist Diabetiker": said to one person (not "wenn du … hast")
_YOU_VERBS = frozenset("hast bist hattest warst leidest".split())
_IF = frozenset("wenn falls ob sobald bevor".split())


def second_person(lower: list[str], k: int, opener: str) -> bool:
    """Tell a "du" at word ``k`` said to one person about what they have."""
    if k + 1 >= len(lower) or lower[k + 1] not in _YOU_VERBS or opener in _IF:
        return False
    return not (k and lower[k - 1] in _IF)


# a place of care one went to on an errand: "war im Krankenhaus Termin machen", "bin in der
# Klinik die Unterlagen abholen", "war im Krankenhaus parken" — no stay, no health detail
_CARE_PLACES = frozenset("krankenhaus klinik klinikum spital kh".split())
_ERRANDS = ("machen", "ausmachen", "vereinbaren", "holen", "geben", "bringen", "fragen",
            "anmelden", "arbeiten", "parken", "einkaufen", "bezahlen", "erledigen",
            "unterschreiben", "kopieren", "drucken", "essen", "helfen")


def errand_at(lower: list[str], i: int, end: int) -> bool:
    """Tell a care place at word ``i`` that an errand (a verb last, three words on) follows."""
    if lower[i] not in _CARE_PLACES:
        return False
    for k in range(end, min(len(lower), end + 4)):
        word = lower[k]
        if not word[:1].isalpha() or word in _CLAUSE_WORDS or word in _FINITE_VERBS:
            return False  # "liegt im Krankenhaus und kann nicht unterschreiben"
        if word.endswith(_ERRANDS):
            return k + 1 >= len(lower) or not lower[k + 1][:1].isalpha() or lower[k + 1] in (
                "und", "oder", "aber", "weil", "wollen", "wollte", "müssen", "musste")
    return False


_RESUMING = frozenset("die der sie er".split())


def resumed_subject(lower: list[str], start: int, i: int, verbs: frozenset) -> int:
    """Start a statement at its own verb when a run-on answer names the person again.

    "meine Schwiegermutter wohnt bei uns die hat eine Hüftprothese": the detail starts at
    "hat", after "die" took the person up again; "wohnt bei uns" is no health detail.
    """
    for k in range(i - 1, start, -1):
        if lower[k] in verbs and lower[k - 1] in _RESUMING and k - 1 > start:
            return k
    return start
