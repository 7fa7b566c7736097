"""A name cut into pieces after its cue: the whole run becomes one tag.

"Herr Mül-ler", "Herr M.ü.l.l.e.r", "Herr M ü l l e r", "Frau Sch.warz.kopf",
"Kontakt: Petra S c h w a r z k o p f", "Mein Name: P3tra Schw4rzk0pf": the cue rules take
the first piece only ("Herr [NAME]-ler"), and the rest still spells the name. Here a run
after a person's cue (Herr, Frau, Hr., "Name:", "ich heiße", "Kontakt:" …) counts as one
name when it is cut in a way no ordinary name is:

* letters typed apart by single spaces ("M ü l l e r"), three or more;
* pieces joined by "-", ".", "·" or "_" where a piece after the first starts in lower case
  ("Mül-ler", "Sch.warz.kopf") or every piece is one letter ("M-Ü-L-L-E-R");
* digits for letters inside a word ("P3tra", "Schw4rzk0pf").

Ordinary names stay with the cue rules: "Müller-Lüdenscheidt", "Frau M. Weber", and the
words after the name ("Herr Mül-ler vom Bauamt" keeps "vom Bauamt").
"""

from __future__ import annotations

import re

import regex

from esslingen_lab.privacy.redact.cue_gaps import CUE_GAP_RULES
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import NOBLE_PARTICLES, _Rule

__all__ = ["SPLIT_NAME_RULES"]

_CUE = (
    r"(?:\b(?i:herrn?|frau|familie|fam\.|hr\b\.?|fr\b\.?|dr\.|prof\.)"
    r"|\b(?:[Mm]ein\x20+)?(?:[Nn]ame|[Nn]achname|[Vv]orname)\x20*(?::|\x20ist|\x20lautet)"
    r"|\b[Ii]ch\x20+hei(?:ß|ss)e|\bnamens"
    r"|\b(?:Kontakt(?:person)?|Ansprechpartner(?:in)?|Unterschrift|Absender(?:in)?)\x20*:)"
)
# a run: pieces joined by a mark, letters typed apart, or a word with digits for letters
_JOINED = r"\p{Lu}[\p{L}\d]*(?:[.\-·_][\p{L}\d]+)+"
_SPACED = r"\p{L}(?:\x20\p{L}){2,}(?![\p{L}\d])"
_DIGITS = r"\p{Lu}[\p{L}\d]*(?:\p{L}\d|\d\p{L})[\p{L}\d]*"
_RUN = rf"(?:{_JOINED}|{_DIGITS}|{_SPACED})(?![\p{{L}}\d])"
_SPLIT_NAME = regex.compile(
    rf"""{_CUE}[\x20\t]*[„"“‚'»«(]?[\x20\t]*
         (?P<v>(?:(?P<first>\p{{Lu}}\p{{Ll}}+)\x20+)?{_RUN}(?:\x20+{_RUN}){{0,2}})
         (?:\x20+(?P<last>\p{{Lu}}\p{{Ll}}+)(?=\s*(?:[,.;:!?)]|$)|\x20+\p{{Ll}}))?""",
    regex.VERSION1 | regex.VERBOSE,
)
_TITLES = frozenset(("Dr", "Prof", "Dipl", "Ing", "med", "rer", "nat", "jur", "phil", "Mag"))
_PIECES = regex.compile(r"[.\-·_\x20]+")
_LETTER = regex.compile(r"\p{L}")


def _is_cut(run: str) -> bool:
    """Tell a run cut in a way no ordinary name is."""
    if sum(1 for _ in _LETTER.finditer(run)) < 2:
        return False
    pieces = [piece for piece in _PIECES.split(run) if piece]
    if pieces[0] in _TITLES:
        return False
    if any(char.isdigit() for char in run):
        return regex.search(r"\p{L}\d|\d\p{L}", run) is not None
    if len(pieces) < 2:
        return False
    if all(len(piece) == 1 for piece in pieces):
        return len(pieces) >= 3
    # a noble double name's particle is no cut: "Brenner-von Au" (patterns._NAME_WORD)
    return any(piece[0].islower() and piece not in NOBLE_PARTICLES for piece in pieces[1:])


_ONE_RUN = regex.compile(_RUN, regex.VERSION1)


def _split_name_spans(text: str):
    for match in _SPLIT_NAME.finditer(text):
        start, end = match.span("v")
        rest = match.end("first") if match.group("first") is not None else start
        cut_end = None
        for run in _ONE_RUN.finditer(text, rest, end):
            if not _is_cut(run.group()):
                break
            cut_end = run.end()
        if cut_end is None:
            continue
        last = match.group("last")
        if cut_end == end and last is not None:
            lex = lexicon()
            if lex.is_any_name(last) or not lex.is_german(last):
                cut_end = match.end("last")
        yield start, cut_end


# a letter cut from the next by a mark, a space or a digit: most texts hold none
_CUT_GATE = re.compile(
    r"[^\W\d_][.\-·_][^\W\d_]|(?<!\w)[^\W\d_] [^\W\d_] [^\W\d_](?!\w)|[^\W\d_]\d|\d[^\W\d_]"
)
_CUE_WORDS = (
    "Herr", "Herrn", "Frau", "Hr", "Fr", "Familie", "Fam", "Dr", "Prof", "Name", "Nachname",
    "Vorname", "heiße", "heisse", "namens", "Kontakt", "Kontaktperson", "Ansprechpartner",
    "Ansprechpartnerin", "Unterschrift", "Absender", "Absenderin",
)

SPLIT_NAME_RULES = [
    _Rule(
        "NAME",
        None,
        needs_words=frozenset(
            variant for word in _CUE_WORDS for variant in (word, word.lower(), word.upper())
        ),
        gate=_CUT_GATE,
        gate_on_raw=True,
        finder=_split_name_spans,
        name="name-cut-after-cue",
        trusted=True,
    ),
    *CUE_GAP_RULES,  # "Fräulein Häfele", "Eheleute Kübler", "Herr Von der Leyen" (cue_gaps.py)
]
