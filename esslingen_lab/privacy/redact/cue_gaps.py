"""Person cues the cue-word rules miss: "Fräulein Häfele", "Eheleute Kübler", "Fr Kübler".

* "Fräulein", "Frl" and the couple or family words "Eheleute", "Ehepaar", "Geschwister"
  before a surname: the cue is as strong as "Herr" ("Eheleute Kübler", "Frl Häfele"), so
  any capitalised word after it counts unless it says something about the people ("Ehepaar
  Anfang 70", "Geschwister Rentner").
* "Fr" without its period is also Friday ("Mo-Fr", "Fr Nachmittag", "Fr 14 Uhr"): the word
  after it counts when it reads as a surname, or after a word that addresses or thanks a
  person ("Danke an Fr Kübler", "mit Fr Kübler gesprochen").
* a particle typed with a capital after the cue: "Herr Von der Leyen", "Frau Van der Berg",
  "Familie Von Berg" (the cue rules take "Van" and leave "der Berg", or nothing).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.title_names import _surname
from esslingen_lab.privacy.redact.vocabulary import NOT_NAMES

__all__ = ["CUE_GAP_RULES"]

_SURNAME = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
_STRONG = regex.compile(
    rf"(?<![\p{{L}}\-])(?:Fräulein|Frl\.?|Eheleuten?|Ehepaar(?:es|s)?|Geschwistern?)\x20+"
    rf"(?P<v>{_SURNAME}(?:\x20+(?:und|&)\x20+{_SURNAME})?)(?![\p{{L}}\-])"
)
# "Fr" as Friday: after a day, "am", "ab", "bis", a dash or slash; before a digit
_BARE_FR = regex.compile(
    rf"(?<![\p{{L}}\-–/.])(?P<prev>\p{{L}}+\x20+)?Fr\x20+(?P<v>{_SURNAME})(?![\p{{L}}\-])"
    r"(?!\x20*\d)"
)
_FRIDAY_BEFORE = frozenset(
    "am ab bis jeden jeder mo di mi do sa so montag dienstag mittwoch donnerstag "
    "samstag sonntag diesen nächsten letzten kommenden vom".split()
)
# words that address, ask or thank a person: "Danke an Fr Kübler", "mit Fr Kübler"
_PERSON_BEFORE = frozenset(
    "an mit bei für danke dank liebe lieber geehrte hallo grüße gruß frag fragen "
    "laut".split()
)
_TIME_ENDINGS = ("tag", "abend", "morgen", "mittag", "nacht", "früh", "woche", "termin")
# what is said of a couple or siblings, no surname: "Ehepaar Anfang 70", "Geschwister Rentner"
_ABOUT_PEOPLE = frozenset(
    "Anfang Mitte Ende Mitglied Mitglieder Paar Zwillinge Kinder Eltern Alter".split()
)
_CAPITAL_PARTICLE = regex.compile(
    r"(?<![\p{L}\-])(?:Herrn?|Frau|Fr\.|Hr\.|Familie|Fam\.|Fräulein|Frl\.?|Eheleute|Ehepaar)"
    r"\x20+(?:(?:Dr|Prof)\.\x20*)*"
    r"(?P<v>(?:Von\x20+und\x20+[Zz]u|Von|Vom|Zu|Zum|Zur|Van|De|Ter|Ten|Di|Da|Del|Della|Dos|"
    r"Du|La|Le|Mc)\x20+(?:(?:der|den|dem|de|la|los|Der|Den|De|La)\x20+)?"
    rf"(?P<w>{_SURNAME}))(?![\p{{L}}\-])"
)


def _not_about_people(word: str) -> bool:
    return word not in NOT_NAMES and word not in _ABOUT_PEOPLE and not _is_person_noun(word)


def strong_cue_spans(text: str):
    """Yield the surname after "Fräulein", "Frl", "Eheleute", "Ehepaar", "Geschwister"."""
    lex = lexicon()
    for match in _STRONG.finditer(text):
        words = [w for w in match.group("v").split() if w not in ("und", "&")]
        if text[match.end("v") : match.end("v") + 3].strip()[:1].isdigit():
            continue  # "Ehepaar Anfang 70"
        if all(_not_about_people(w) and not lex.is_lower_word(w) for w in words):
            yield match.span("v")


def bare_fr_spans(text: str):
    """Yield the surname after "Fr" typed without its period, not Friday."""
    lex = lexicon()
    for match in _BARE_FR.finditer(text):
        prev = (match.group("prev") or "").strip().lower()
        word = match.group("v")
        if prev in _FRIDAY_BEFORE or not _not_about_people(word) or lex.is_lower_word(word):
            continue
        if prev in ("und", "oder") and not _surname(word, lex):
            continue  # "Mo und Fr Vormittag"; not "an Fr Kübler und Fr Häfele"
        if word.lower().endswith(_TIME_ENDINGS):
            continue  # "Fr Nachmittag", "Fr Vormittag"
        if _surname(word, lex, True) or (prev in _PERSON_BEFORE and lex.is_common_noun(word)
                                         and lex.german.get(word) == word):
            yield match.span("v")


def capital_particle_spans(text: str):
    """Yield "Von der Leyen" after "Herr": a capitalised particle and its surname."""
    lex = lexicon()
    for match in _CAPITAL_PARTICLE.finditer(text):
        word = match.group("w")
        if not _not_about_people(word):
            continue
        if (lex.is_common_noun(word) or lex.is_lower_word(word)) and word not in lex.last:
            continue  # "Frau Von der Stadtverwaltung"
        yield match.span("v")


CUE_GAP_RULES = [
    _Rule("NAME", None, needs=("fräulein", "frl", "eheleut", "ehepaar", "geschwister"),
          finder=strong_cue_spans, name="name-after-couple-or-fraeulein", trusted=True),
    _Rule("NAME", None, needs_words=frozenset(("Fr",)), finder=bare_fr_spans,
          name="name-after-bare-fr", trusted=True),
    _Rule("NAME", None, needs_words=frozenset(
        "Von Vom Zu Zum Zur Van De Ter Ten Di Da Del Della Dos Du La Le Mc".split()),
          finder=capital_particle_spans, name="name-capital-particle-after-cue", trusted=True),
]
