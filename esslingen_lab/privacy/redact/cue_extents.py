"""What a tag takes in around its value: the cue, article or rest a labeller marks with it.

Split from ``redactor.py`` (session 27), output unchanged: for each kind of personal data the
pattern that ends where the tag starts (``_CUE_BEFORE``) and the one that starts where it ends
(``_CUE_AFTER``), each with a check of the tagged value (view, start, end) or None.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.address_extent import ARTICLE_BEFORE_HOME, TAIL_AFTER_HOME
from esslingen_lab.privacy.redact.birth_cues import ID_REST_AFTER, YEAR_CUE_AFTER, YEAR_CUE_BEFORE
from esslingen_lab.privacy.redact.initials import INITIALS_AFTER

__all__ = ["with_cue"]

# A description's article and adjectives belong to it ("der ehemalige Schulleiter der …"):
# they go with the tag. A birth YEAR takes its cue word in ("Jahrgang 1961", "1979 geboren"
# → "[DATUM]"; labellers differ on it), a full birth date keeps it outside: "geb. [DATUM]".
# A home described in words takes its preposition and article (address_extent), a phone
# number its country code in brackets. Each kind: the pattern that ends where the tag starts,
# and a check of the tagged value (view, start, end) or None.
_CUE_BEFORE = {
    "DATUM": YEAR_CUE_BEFORE,
    "ADRESSE": ARTICLE_BEFORE_HOME,
    # a country code in brackets before the number: "(+49) 0711-9 31 84 20", "(0049) 711 …";
    # the head of a longer number whose tail looked like one: "Steuer-ID verlangt: 47 036 892
    # 815" (after a colon or at a line's start: "Zimmer 12 0711 …", "seit 2019 0711 …" keep
    # their numbers), "TR-25-0619-03" (not a country code: "+49 711 …" is one number already)
    "TELEFON": (regex.compile(
        r"(?:\((?:\+|00)\d{1,3}\)\x20?|(?:(?<=:\x20?)|(?<=^|\n))(?!00)\d{1,4}\x20"
        r"|(?<![\p{L}\d])\p{Lu}{1,3}-\d{1,4}-)$"
    ), None),
    # a kin word used as part of a name ("Tante Gerda", "die Oma Lotte", "Nonno Tano",
    # "Ate Joy"), not a relation ("meine Tante [Gerda]", "unsere liebe Oma [Hilde]")
    "NAME": (regex.compile(
        r"(?<!\b(?i:mein|meine[mnrs]?|unser|unsere[mnrs]?|dein|deine[mnrs]?|ihr|ihre[mnrs]?|"
        r"sein|seine[mnrs]?|euer|eure[mnrs]?|mei|unsre[mnrs]?)\s+(?:\p{Ll}+e[nmrs]?\s+)?)"
        # "Oma und Opa Müller": the name of both, the kin words stay
        r"(?<!(?:\bund|&|/|,)\s+)"
        r"\b(?i:oma|opa|omi|opi|uroma|uropa|tante|onkel|nonna|nonno|ate|kuya|abla|teyze|amca|"
        r"dede|babcia|dziadek|babuschka|tata|zia|zio|yaya|mutti|vati)\x20+$"
    ), None),
    # a fine's file marked "OWi" before its number: labellers take it in ("OWi 7712-25-0098",
    # 5 of 5 such with a space); after a colon ("OWI: 21.4-…") it stays
    "ID": (regex.compile(r"(?<![\p{L}])(?i:owi)\x20+$"), None),
    "BESCHREIBUNG": (regex.compile(
        r"(?i:(?:\b(?:der|die|das|den|dem|des|unser|unsere[mnrs]?|meine?[mnrs]?|eure?[mnrs]?)\s+)?"
        r"(?:\b(?:ehemalige|frühere|neue|alte|jetzige|damalige)[mnrs]?\s+)?)$"
    ), None),
}
# after the tag: a birth year's cue ("1979 geboren"), a file number's rest ("[ID]-DS-2024"),
# a name's initials after one without its period ("meine Tante W. G." tagged at "W", "Frau
# M. T., hat" at "M. T"), a home's pieces ("…, mit der großen Tanne im Garten", "…, 3. Stock")
_CUE_AFTER: dict = {
    # when a health detail began: "seit der Hüft-OP [im Januar]", "Herzinfarkt [letztes
    # Jahr]" (51 labels of the sets read before hold such a time at their end, 3 leave it out)
    "GESUNDHEIT": (regex.compile(
        r"\x20+(?:im\x20+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
        r"November|Dezember|Frühjahr|Frühling|Sommer|Herbst|Winter)|letztes\x20+Jahr"
        r"|letzten\x20+(?:Monat|Winter|Sommer|Herbst|Frühling|Jahres)"
        r"|vor\x20+(?:\d{1,2}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
        r"ein\x20+paar|einigen|vielen)\x20+(?:Jahren|Monaten|Wochen|Tagen|Jahr|Monat)"
        r"|(?:19|20)\d\d)(?![\p{L}\d])"
    ), None),
    "DATUM": (YEAR_CUE_AFTER, None),
    "ID": (ID_REST_AFTER, None),
    "NAME": (INITIALS_AFTER, None),
    "ADRESSE": TAIL_AFTER_HOME,
}


def with_cue(kind: str, view: str, start: int, end: int) -> tuple[int, int]:
    """Widen a description, a birth year or a home in words to its cue or article."""
    before = _CUE_BEFORE.get(kind)
    if before is not None:
        pattern, admits = before
        if admits is None or admits(view, start, end):
            found = pattern.search(view, max(0, start - 40), start)
            # "$" also matches before a line break that ends the searched part ("Hallo\n" +
            # "der Hausmeister …"): only a cue that reaches the tag widens it
            if found is not None and "[" not in found.group() and found.end() == start:
                start = found.start()
    after = _CUE_AFTER.get(kind)
    if after is not None:
        pattern, admits = after
        if admits is None or admits(view, start, end):
            found = pattern.match(view, end)
            while found is not None and found.end() > end:
                end = found.end()
                # a list of years goes on: "Jg. 97, 98 und 01"
                found = pattern.match(view, end) if kind == "DATUM" else None
    return start, end
