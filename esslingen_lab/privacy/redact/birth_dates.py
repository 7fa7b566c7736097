"""Birth dates told without a birth word right before them.

- a full date in brackets after a person: "meine Tochter Leonie (2. 11. 2009)", "Opa Heinz
  (03.02.1941)", "Frau Berger (12. Mai 1950)" — a person's date in brackets is when they
  were born; an event's date ("die Sitzung (14.03.2025)") follows no person;
- a full date in the sentence after one asking for a birth date: "Die Seite verlangt das
  Geburtsdatum. Ich hab 17.01.1963 eingegeben" (not an appointment: "Termin am …").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, read_words

__all__ = ["BIRTH_DATE_RULES", "SECOND_BIRTH_DATE_RULES"]

_MONTH = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)"
)
# a date with a year of birth: "2. 11. 2009", "03.02.41", "12. Mai 1950", "1963-01-17"
_FULL_DATE = (
    r"(?:\d{1,2}\.\x20?\d{1,2}\.\x20?(?:(?:19|20)\d{2}|\d{2})|\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
    rf"|\d{{1,2}}\.?\x20?{_MONTH}\.?\x20(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
)
_IN_BRACKETS = regex.compile(
    rf"(?P<who>(?:[\p{{L}}\-]+\x20){{0,2}}[\p{{L}}\-]+)\x20?\((?:(?i:geb\.?|\*)\x20?)?"
    rf"(?P<v>{_FULL_DATE})\)",
    regex.VERSION1,
)


@lru_cache(maxsize=1)
def _relatives() -> frozenset:
    return frozenset(read_words("health_relatives"))


def _bracket_spans(text: str):
    """Yield a full date in brackets right after a person (a relative, a first name)."""
    relatives = _relatives()
    for match in _IN_BRACKETS.finditer(text):
        words = match.group("who").split()
        if any(w.lower() in relatives or w in FIRST_NAMES for w in words) or (
            words[-1][:1].isupper() and words[0].lower() in ("frau", "herr", "herrn")
        ):
            yield match.span("v")


_OUTCRY = 2  # words of a sentence that is only an outcry between the cue and the date
_ASKED = regex.compile(r"(?i:geburtsdatum|geburtsdatums|geb\.-datum|geburtstag)")
_SENTENCE_END = regex.compile(r"[.!?\n](?=\s)")
_DATE = regex.compile(rf"(?<![\d.,/])(?P<v>{_FULL_DATE})(?![\d]|[.,/]\d)", regex.VERSION1)
# an event's date, not a birth date
_EVENT_BEFORE = regex.compile(
    r"(?i:\b(?:termin\w*|frist\w*|bis|seit|ab|vom|zum|ablauf\w*|gültig\w*|sitzung|umzug|"
    r"gestorben|verstorben|heirat\w*|hochzeit|antrag|brief|bescheid\w*|schreiben|mail)\W+"
    r"(?:(?:am|den|dem|der|ist|war|vom)\W+){0,2})$"  # "Termin ist am"
)


def _next_sentence_spans(text: str):
    """Yield a full date in the sentence after one naming a birth date."""
    for cue in _ASKED.finditer(text):
        first_end = _SENTENCE_END.search(text, cue.end())
        if first_end is None:
            continue
        # the next sentence; an outcry before it ("WOZU???", "Echt jetzt?") does not count
        pos = first_end.end()
        for _ in range(3):
            second_end = _SENTENCE_END.search(text, pos)
            stop = second_end.start() if second_end is not None else len(text)
            for match in _DATE.finditer(text, pos, stop):
                if _EVENT_BEFORE.search(text, max(0, match.start() - 40), match.start()) is None:
                    yield match.span("v")
            if second_end is None or len(text[pos:stop].split()) > _OUTCRY:
                break
            pos = second_end.end()


BIRTH_DATE_RULES = [
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        needs=("(",),
        gate=regex.compile(r"\(\x20?(?:geb\.?\x20?|\*\x20?)?\d"),
        finder=_bracket_spans,
        name="datum-date-in-brackets",
    ),
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        needs=("geburtsdatum", "geb.-datum", "geburtstag"),
        finder=_next_sentence_spans,
        name="datum-after-birth-sentence",
    ),
]


# ---------------------------------------------------------------- a second birth date

# a full date with a birth year: "08.12.1971", "12. August 1971", "1971-12-08", "8/12/1971"
_SECOND_DATE = regex.compile(
    r"""(?<![\d.,/])(?P<v>\d{1,2}\.\s?\d{1,2}\.\s?(?P<y>(?:19|20)\d{2})
         |\d{1,2}/\d{1,2}/(?P<y>(?:19|20)\d{2})
         |(?P<y>(?:19|20)\d{2})-\d{2}-\d{2}
         |\d{1,2}\.?\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|
            Oktober|November|Dezember)\s*(?P<y>(?:19|20)\d{2})
         # a two-digit year, as in a passport: "im Pass steht 17.04.79" (same sentence only)
         |\d{1,2}\.\d{1,2}\.(?P<yy>\d{2})(?!\d))(?![\d.,/]\d)""",
    regex.VERSION1 | regex.VERBOSE,
)
# words before a date that make it an appointment or a deadline, not a birth date
_NOT_BIRTH_BEFORE = regex.compile(
    r"(?i:\b(?:termin\w*|frist\w*|bis|seit|ab|vom|zum|bis\s+zum|ablauf\w*|gültig\w*|"
    r"eingereicht|beantragt|gestellt|geschickt|abgeschickt|erhalten|bescheid\w*|schreiben|"
    r"brief|antrag|mail|sitzung|umzug|eingezogen|gezogen|gestorben|verstorben|heirat\w*|"
    r"hochzeit|geheiratet|hatte|habe|hab|hat|haben|hatten|wurde|wurden)\W+"
    r"(?:(?:am|den|dem|der|ist|war|vom)\W+){0,2})$"  # "Termin ist am"
)
_AM_BEFORE = regex.compile(r"(?i:\bam\s+)$")
_NOT_BIRTH_AFTER = regex.compile(
    r"(?i:\W+(?:\w+\W+){0,2}?(?:termin\w*|frist\w*|sitzung|uhr|eingereicht|beantragt|"
    r"abgegeben|geschickt|abgeschickt|bekommen|erhalten|umgezogen|eingezogen|gestorben|"
    r"verstorben|geheiratet|bezahlt|überwiesen|angerufen|gemeldet|abgelaufen)\b)"
)
_EVENT_DAY = regex.compile(r"(?i:\b(?:am|vom|bis|seit|ab|zum|den|dem)\s+)$")
_SENTENCE_CLOSE = regex.compile(r"[.!?\n](?=\s|$)")


def _second_birth_date_spans(text: str):
    """Another full date beside a birth date found: "[DATUM], im Konto steht aber 08.12.1971".

    A full date with a plausible birth year in the sentence of a birth date tag, or in the
    next sentence, is the same birth date written another way (or a relative's); not a date
    after "Termin", "seit", "bis" … or an event ("gestorben am", "Antrag vom"). A date with a
    two-digit year ("im Pass steht 17.04.79") only in the sentence of the tag.
    """
    tags = [m.start() for m in regex.finditer(r"\[DATUM\]", text)]
    if not tags:
        return
    ends = [m.end() for m in _SENTENCE_CLOSE.finditer(text)]
    for match in _SECOND_DATE.finditer(text):
        short = match.group("y") is None
        year = int(match.group("y") or 1900)
        if not 1900 <= year <= 2026:
            continue
        start = match.start("v")
        # the sentence of the date and the one before it
        own = max((e for e in ends if e <= start), default=0)
        before = max((e for e in ends if e < own), default=0)
        own_end = min((e for e in ends if e > start), default=len(text))
        if not any((own if short else before) <= tag < own_end for tag in tags):
            continue
        if not any(own <= tag < own_end for tag in tags) and _AM_BEFORE.search(
            text, max(0, start - 5), start
        ):
            continue  # "… [DATUM]. Am 14.03.2025 habe ich …": an event in the next sentence
        if _NOT_BIRTH_BEFORE.search(text, max(0, start - 40), start) is not None:
            continue
        if short and _EVENT_DAY.search(text, max(0, start - 8), start) is not None:
            continue  # "der Termin war am 12.03.25": a day of an event
        if _NOT_BIRTH_AFTER.match(text, match.end("v")) is not None:
            continue
        yield match.span("v")


SECOND_BIRTH_DATE_RULES = [
    _Rule(
        "DATUM",
        None,
        needs=("[datum]",),
        needs_digit=True,
        finder=_second_birth_date_spans,
        name="datum-second-birth-date",
    )
]
