"""Health details in a form's fields: "Pflegegrad: 2", "GdB: 50", "Besonderheiten: Rollstuhl".

A form pasted into an answer or a ticket is about one person, so the value of a health field
is that person's health detail. Fields that always hold one ("Pflegegrad", "GdB",
"Diagnose", "Merkzeichen") lose their value unless it says none ("keine", "nein", "-");
fields that may hold anything ("Besonderheiten", "Hinweise", "Einschränkungen") lose it only
when it holds a health word ("BESONDERHEITEN: ROLLSTUHL, SEHBEHINDERT"). The label stays.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.health_lexicon import _is_health_word
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["HEALTH_FIELD_RULES"]

_ALWAYS = (
    r"Pflegegrad|Pflegestufe|GdB|Grad\x20der\x20Behinderung|Diagnosen?|Erkrankung(?:en)?"
    r"|Merkzeichen|Behinderung(?:en)?|Vorerkrankung(?:en)?|Krankheit(?:en)?"
)
_IF_HEALTH = (
    r"Besonderheit(?:en)?|Hinweise?|Einschränkung(?:en)?|Hilfsmittel|Bemerkung(?:en)?"
    r"|Anmerkung(?:en)?|Bedarf|Unterstützungsbedarf"
)
# a label at a line's or a field's start (after "|", ";" or "/" in a one-line export), a colon,
# then the value up to the line's or the field's end
_FIELD = regex.compile(
    rf"""(?:^|(?<=[\n|;/]))[\x20\t*•\-]*
         (?P<label>(?i:{_ALWAYS})|(?P<maybe>(?i:{_IF_HEALTH})))
         [\x20\t]*:[\x20\t]*
         (?P<v>[^\n|;/]*[^\s|;/.])""",
    regex.VERSION1 | regex.VERBOSE,
)
# no detail: "keine", "keine Angabe", "unklar, Amt prüft", "siehe Akte", "k.A.", "-"
_NONE = regex.compile(
    r"(?i:(?:keine?s?|nein|unbekannt|unklar|entfällt|siehe|folgt|offen|k\.?\x20?a\.?)"
    r"(?:[\x20,;.].*)?|no|none|n/?a|-+|–|/|0)",
    regex.VERSION1,
)
# a place's attribute, no person's health: "rollstuhlgerecht", "barrierefrei"
_OF_PLACES = ("gerecht", "freundlich", "zugänglich", "frei", "tauglich")
_WORD = regex.compile(r"[\p{L}][\p{L}\-]*", regex.VERSION1)


def health_field_spans(text: str):
    """Yield the spans of health fields' values in ``text`` (see the module's notes)."""
    for match in _FIELD.finditer(text):
        value = match.group("v")
        if _NONE.fullmatch(value.strip()) is not None:
            continue
        if match.group("maybe") is not None and not any(
            _is_health_word(form)
            for word in _WORD.findall(value)
            if not word.lower().endswith(_OF_PLACES)  # "ROLLSTUHLGERECHT": a building's
            for form in (word, word.lower(), word[:1] + word[1:].lower())
        ):
            continue
        yield match.span("v")


HEALTH_FIELD_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        needs=(
            "pflegegrad",
            "pflegestufe",
            "gdb",
            "behinderung",
            "diagnose",
            "erkrankung",
            "merkzeichen",
            "krankheit",
            "besonderheit",
            "hinweis",
            "einschränkung",
            "hilfsmittel",
            "bemerkung",
            "anmerkung",
            "bedarf",
        ),
        gate=regex.compile(r":"),
        finder=health_field_spans,
        name="gesundheit-formularfeld",
        trusted=True,
    ),
]
