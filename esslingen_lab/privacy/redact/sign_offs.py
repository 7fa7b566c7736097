"""Who signed or noted an answer: initials around a name found, credits on workshop cards.

* Initials before or after a name found already stay readable beside the tag ("K.-H.
  [NAME]", "F. & M. [NAME]", "[NAME] v. T."); with the tag they name the person, so they
  join it. Abbreviations stay ("z. B.", "u. a.", "S. 12").
* A first name after a credit on a card or in a note: "(Idee von Alex)", "(Notiz: Kiki)",
  "Host: Kai", "Protokoll: Ben". Only a listed first name or a pet form of one that is
  no noun ("Protokoll: siehe Anhang", "Foto: Stadt Esslingen" stay).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.names import diminutive_name, short_form
from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, NOT_NAMES

__all__ = ["CREDIT_RULES", "INITIAL_RULES", "credit_name_spans", "initials_beside_name_spans"]

# one initial: "K.", "Th.", a double one "K.-H.", "H.-J." (not a title: "Dr.", "Fr.")
_ONE = r"(?:(?:\p{Lu}|Th|Ch|Ph)\.(?:-\x20?\p{Lu}\.)?)"
# initials before a tag: "K.-H. [NAME]", "F. & M. [NAME]", "E. u. W. [NAME]"
_BEFORE = regex.compile(
    rf"(?<![\p{{L}}.\-])(?<![iIzZ]\.\x20?)(?P<v>{_ONE}(?:\x20*(?:&|\+|u\.|und|/)?\x20*{_ONE})*-?)\x20*(?=\[NAME\])"
)
# initials after a tag: "[NAME] v. T.", "[NAME] v. d. B.", "[NAME] B." (before an end)
_AFTER = regex.compile(
    r"(?<=\[NAME\])\x20+(?P<v>(?:v\.\x20?(?:d\.\x20?)?)?\p{Lu}\.(?:-?\x20?\p{Lu}\.)?)"
    r"(?=\x20*(?:$|\n|[,;!?)]|\x20\p{Ll}|\x20[–\-]))"
)
# an elided particle between two tags: "[NAME] D'[NAME]" ("Roberta D'Angelo", "Sean O'Brien")
_ELIDED = regex.compile(r"\[NAME\]\x20+(?:[DdOLl]|Dall|Dell)['’]\[NAME\]")
# a short word between two tags, a middle name: "[NAME] Thu [NAME]" ("Trần Thu Hương")
_BETWEEN = regex.compile(r"\[NAME\]\x20(?P<v>\p{Lu}\p{Ll}{1,5})\x20\[NAME\]")
# "z. B.", "u. A.", "S. 12": abbreviations the initials must not be
_ABBREVIATIONS = frozenset(("z. B.", "z.B.", "u. A.", "u.A.", "i. A.", "i.A.", "d. h.", "o. Ä."))


def initials_beside_name_spans(text: str):
    """Yield initials standing right before or after a [NAME] tag."""
    if "[NAME]" not in text:
        return
    for match in _BEFORE.finditer(text):
        value = match.group("v")
        if value.strip() in _ABBREVIATIONS or value.strip() in ("S.", "Nr.", "St."):
            continue
        yield match.start("v"), match.end() + len("[NAME]")  # one tag: "[NAME]", not two
    for match in _ELIDED.finditer(text):
        yield match.span()
    for match in _BETWEEN.finditer(text):
        word = match.group("v")
        if word not in NOT_NAMES and not _is_person_noun(word):
            yield match.span()
    for match in _AFTER.finditer(text):
        value = match.group("v")
        if value.strip() in _ABBREVIATIONS:
            continue
        yield match.start() - len("[NAME]"), match.end("v")


_CREDIT = regex.compile(
    r"(?<![\p{L}\-])(?:(?:Idee|Vorschlag|Beitrag|Anregung|Wunsch|Frage|Notiz|Karte|Zettel)"
    r"\x20+(?:von|vom)|(?:eingereicht|notiert|aufgeschrieben|geschrieben|verfasst|gemalt|"
    r"gezeichnet|fotografiert)\x20+von|(?:Notiz|Notizen|Protokoll|Mitschrift|Moderation|"
    r"Host|Gastgeberin|Gastgeber|Autorin|Autor|Foto|Fotos|Zeichnung|Text|Verfasserin|"
    r"Verfasser|Schreiberin|Schreiber)\x20*:)"
    r"\x20*(?P<v>\p{Lu}\p{Ll}{1,11})(?=\x20*(?:$|\n|[,;.!?)]|\x20[–\-]|\x20\())"
)


def _credited_first_name(word: str, lex) -> bool:
    if word in NOT_NAMES or _is_person_noun(word) or lex.is_common_noun(word):
        return False
    if lex.is_lower_word(word):
        return False
    return (
        word in FIRST_NAMES
        or word in lex.first
        or short_form(word, cue=True)
        or diminutive_name(word)
    )


def credit_name_spans(text: str):
    """Yield a first name credited on a card or in a note: "(Idee von Alex)"."""
    lex = lexicon()
    for match in _CREDIT.finditer(text):
        if _credited_first_name(match.group("v"), lex):
            yield match.span("v")


# an initial, an elided particle before a tag, a short word between two tags (each branch
# searched alone: patterns.py)
_INITIAL_GATE = Branches(r"\p{Lu}\p{Ll}?\.|['’]\[NAME|E\]\x20\p{Lu}\p{Ll}{1,5}\x20\[")
INITIAL_RULES = [
    _Rule("NAME", None, needs=("[name]",), gate=_INITIAL_GATE,
          gate_on_raw=True, finder=initials_beside_name_spans,
          name="name-initials-beside-tag", trusted=True),
]
CREDIT_RULES = [
    _Rule("NAME", None, needs=(
        "idee", "vorschlag", "beitrag", "anregung", "wunsch", "frage", "notiz", "karte",
        "zettel", "eingereicht", "notiert", "geschrieben", "verfasst", "gemalt", "gezeichnet",
        "fotografiert", "protokoll", "mitschrift", "moderation", "host", "gastgeber", "autor",
        "foto", "zeichnung", "text", "verfasser", "schreiber",
    ), finder=credit_name_spans, name="name-credited", trusted=True),
]
