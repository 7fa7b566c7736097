"""Initials standing for a person: "M. K. aus dem Bürgeramt", "Protokoll: J.-P. S.", "(E.M.)".

Two or three capital letters, each with its period ("A. B.", "E.M.", "F.-J. W."), stand for a
person in notes, minutes and complaints as often as a name does, and say who it is to anyone
in the same office or club. Not read as initials: abbreviations of words written in capitals
("Z.B.", "U.A.", "STADTRAT A.D.", "KULTURZENTRUM E.V.", "P.S.", "U.S.A."), a pair after a
lower-case abbreviation ("i. A. R. Wiedmann": "A." belongs to "i. A."), a letter inside a
longer chain ("S. P. Q. R.", "A. B. C. D."), letters naming a list's items ("Punkte A. B. und
C.", "Bauabschnitt B. C."), a page or a paragraph ("S. 3"), office shorthand ("N.V.", "M. W.",
"O. B.", "N. N."), initials before a surname (the name rules read those whole, and keep a
famous one: "J. S. Bach"). A pair that is also an abbreviation names someone before where
they are from ("U. S. vom Jugendamt").

:data:`INITIALS_AFTER` widens a name already found that ended at an initial without its
period ("meine Tante [W]. G.", "Herrn [J].-P. M.", "Frau [M. T]., hat") over the rest of the
initials.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["INITIALS_AFTER", "INITIALS_GATE", "INITIALS_RULES", "initials_spans"]

# abbreviations of words written like initials, compared in capitals without periods: "z. B.",
# "u. a.", "d. h.", "v. a.", "i. A.", "i. V.", "z. T.", "s. o.", "s. u.", "k. A.", "e. V.",
# "m. E.", "o. Ä.", "u. U.", "a. D.", "i. R.", "a. M.", "a. N." (Esslingen a. N.), "o. g.",
# "P. S.", "O. K.", "K. O.", "N. B.", "U. S.", "E. U.", "M. A." / "B. A." (degrees), the
# forms of a firm or club ("A. G.", "K. G.", "U. G.", "F. C."), "S. O. S.", "U. S. A.",
# "R. I. P.", "V. I. P.", "K. I."
_ABBREVIATIONS = frozenset(
    """AD IR ZB UA DH VA IA IV ZT SO SU KA EV ME OÄ UÄ UU AM AN OG PS PPS OK KO NB US EU MA BA
    AG KG UG FC SC SV SOS USA RIP VIP KI IT TV PC DJ ZK ZZ ZHD UAWG NV MW OB NN KFD TSV
    SPQR""".split()
)
# … unless the pair plainly stands for someone: "U. S. vom Jugendamt", "A. G. aus Zell"
_PERSON_AFTER = regex.compile(
    r"\x20+(?:vom|von\x20+der|von\x20+dem|aus\x20+dem|aus\x20+der|aus|beim|bei\x20+der)\x20+\p{Lu}",
    regex.VERSION1,
)
# letters naming items of a list, not people: "Punkte A. B. und C.", "Bauabschnitt B. C."
_LIST_BEFORE = regex.compile(
    r"(?i:punkte?|fragen?|abschnitte?|bauabschnitte?|noten?|note|kategorien?|varianten?|teile?|"
    r"anlagen?|optionen?|buchstaben?|gruppen?|stufen?|blöcke|block|typen?|modelle?|"
    r"antworten?|aufgaben?|räume|häuser|gebäude|klassen?)[\x20:]+$",
    regex.VERSION1,
)
_LETTER = regex.compile(r"\p{Lu}")
# two or three initials, alone: not inside a word or a chain of abbreviations, not after a
# lower-case abbreviation ("i. A. R. …", "z. B. A. …"), not before a digit ("S. 3") nor
# before a surname (the name rules read "P. M. Wagner" whole and keep "J. S. BACH")
_INITIALS_ALONE = r"""(?<![\p{L}\d.\-'’@/])
        (?<!(?<![\p{L}\d])\p{Ll}\.\x20?)
        (?<!(?<![\p{L}\d])\p{Lu}\.\x20?)  # inside a longer chain: "S. P. Q. R.", "A. B. C. D."
        \p{Lu}\.(?:-?\x20?\p{Lu}\.){1,2}
        (?![\p{L}\d]|-?\x20?\p{Lu}\.|\x20?\d
           |\x20*(?:,|und|oder|bis|u\.)\x20*\p{Lu}\.(?!\x20?-?\p{Lu}\.))  # "A. B. und C."
    """
_INITIALS = regex.compile(_INITIALS_ALONE + r"(?!\x20?\p{Lu}\p{L})", regex.VERBOSE | regex.VERSION1)
#: A cheap test on the text as written: two capitals each with a period.
# "\p{Lu}\.-?\x20?\p{Lu}\." from its first period, looking back at the capital: the engine
# skips to the periods, not to each capital (twice as fast; its match is never used)
INITIALS_GATE = regex.compile(r"\.(?<=\p{Lu}\.)-?\x20?\p{Lu}\.")
#: After a name span ending at a lone capital (an initial without its period): the period
#: and the initials after it ("[W]. G.", "[J].-P. M.", "[M. T].").
INITIALS_AFTER = regex.compile(
    r"(?<=(?<![\p{L}\d])\p{Lu})\.(?:-?\x20?\p{Lu}\.)*(?![\p{L}\d])", regex.VERSION1
)


# the same initials before a capitalised word: a sentence's first word, not a surname ("…
# und P. M. Wir wollen …"), is told by the word (a function word of German)
_INITIALS_BEFORE_WORD = regex.compile(
    _INITIALS_ALONE + r"(?=\x20(?P<w>\p{Lu}\p{Ll}+)\b)", regex.VERBOSE | regex.VERSION1
)


def initials_spans(text: str):
    """Yield the spans of two or three initials standing alone (see the module's notes)."""
    from esslingen_lab.privacy.redact.casing import _function_words

    spans = [
        span
        for match in _INITIALS_BEFORE_WORD.finditer(text)
        if match.group("w").lower() in _function_words()
        for span in _standing_alone(text, match)
    ]
    for match in _INITIALS.finditer(text):
        spans.extend(_standing_alone(text, match))
    yield from sorted(set(spans))


def _standing_alone(text: str, match):
    if _LIST_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return
    letters = "".join(_LETTER.findall(match.group()))
    if letters not in _ABBREVIATIONS or _PERSON_AFTER.match(text, match.end()):
        yield match.span()


INITIALS_RULES = [
    _Rule(
        "NAME",
        None,
        gate=INITIALS_GATE,
        gate_on_raw=True,
        finder=initials_spans,
        name="name-initials",
        trusted=True,
        by_form=True,
    ),
]
