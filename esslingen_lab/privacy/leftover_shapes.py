"""Telling shapes redaction may have left in a quote: numbers, birth years, plates, addresses.

Part of the quote review's leftover reading (:mod:`esslingen_lab.privacy.leftovers`): phone,
customer and file numbers in digits or in words, birth years, licence plates, user names and
house numbers, told apart from quantities ("1500 Euro", "zwei, drei Wochen").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.vocabulary import read_words

__all__ = ["shape_weights"]

_UNITS = frozenset(w.lower() for w in read_words("units")) | {
    "m", "km", "meter", "kilometer", "einwohner", "menschen", "leute", "personen", "autos",
    "stück", "qm", "m²", "fahrzeuge", "plätze", "parkplätze", "kinder", "h", "ps", "kw",
}  # fmt: skip
_PHONE = regex.compile(r"(?<![\d.,])\d+(?:\x20*[/\-]\x20*\d+|\x20\d+){2,}")
_LONG_NUMBER = regex.compile(r"\d{5,}|(?<!\d)(?!(?:19|20)\d\d\b)\d{4}(?!\d)")
_NEXT_WORD = regex.compile(r"\x20?([\p{L}%€²]+)")
_DIGIT_WORDS = r"(?:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun)"
# words after a number that make it a quantity ("Weg 3 Minuten"), for the address shapes
_QUANTITY = (r"(?:km|m\b|meter|min\b|minuten|stunden|uhr|tage|wochen|monate|jahre|mal\b|x\b|"
             r"euro|€|%)")  # fmt: skip
# signals read from the text's shape: (pattern, weight, reason key)
_MONTHS = (r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|"
           r"november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\.?")
_SHAPES = [
    # "am 12.03.1958", "seit dem 1. September 1987": a day-exact date decades back is a
    # birthday or a step of someone's life far more often than a town's history
    (regex.compile(rf"(?i)(?<![\d.])\d{{1,2}}\.\x20?(?:\d{{1,2}}\.|{_MONTHS})\x20?"
                   r"(?:19\d\d|200\d)(?!\d)"), 0.3, "old_date"),  # fmt: skip
    # "null sieben eins eins drei fünf": a number spelled out digit by digit
    (regex.compile(rf"(?i)\b{_DIGIT_WORDS}(?:[\x20,]+{_DIGIT_WORDS}\b){{4,}}"), 0.35, "number"),
    # "1990 geboren", "geb. 1958", "geboren im Mai 1961"
    (regex.compile(r"(?i)\b(?:19|20)\d\d\x20+geb(?:oren|orn|\.)|\bgeb(?:oren|\.)\x20+"
                   r"(?:(?:im|am)\x20+\p{L}+\x20+)?(?:19|20)\d\d\b"), 0.35,
     "birth_year"),  # fmt: skip
    # "Anwohnerin der Oberen Halde 12": a resident and a place with a house number
    (regex.compile(r"(?i)\banwohner\p{L}*\x20+(?:der|des|vom|im|am|in\x20+der)\x20+"
                   r"(?:\p{Lu}\p{L}*\x20+){1,2}\d{1,3}[a-f]?\b"), 0.35, "address"),  # fmt: skip
    # "kam am 02.02.2026 zur Welt", "geboren am 3.5.": a date of birth
    (regex.compile(r"(?i)\b\d{1,2}\.\x20?\d{1,2}\.\x20?(?:19|20)?\d\d\b[^.!?\n]{0,20}?zur\x20+welt"
                   r"|\bgeb(?:oren|\.)\x20+(?:am\x20+)?\d{1,2}\.\x20?\d{1,2}\."), 0.35,
     "birth_year"),  # fmt: skip
    # "Jahrgang 63", "Jg. 58", "(Baujahr 1961)", "ein 55er Jahrgang"
    (regex.compile(r"(?i)\b(?:jahrgang|jg\.?|jhg\.?|baujahr)\x20*'?\d{2,4}\b"
                   r"|\b\d{2}er[\x20-]?jahrgang"
                   r"|\bjahrgang\x20+[a-zäöü]*hundert\w+"), 0.35, "birth_year"),  # fmt: skip
    # "ES-MK 88", "es-ab-123", "(lb-cd 505)"
    (regex.compile(r"(?<![\p{L}\d-])\p{L}{1,3}-\p{L}{1,2}[\x20-]?\d{1,4}(?![\d\p{L}])"), 0.35,
     "plate"),  # fmt: skip
    # "Insta: neckarperle_es", "TikTok heiße ich lenchen.2009"
    (regex.compile(r"(?i)\b(?:insta(?:gram)?|tiktok|twitter|facebook|snapchat|telegram|threads|"
                   r"discord|youtube|mastodon)\b\W*(?:\w+\W+){0,3}?@?[\p{Ll}\d]+[._][\p{Ll}\d._]+"),
     0.35, "handle"),  # fmt: skip
    # "neckarstrasse 14", "hauptstr. 7", "Lindenallee, Nr 9": a house number after a street
    (regex.compile(r"(?i)\b\p{L}*(?:straße|strasse|str\.?|gasse|allee|weg)"
                   r"(?:,?\x20*(?:nr\.?|nummer|hausnummer))?\x20*\d{1,3}[a-f]?"
                   rf"(?![\d,.]\d|\x20*{_QUANTITY})"), 0.35, "address"),  # fmt: skip
    # "… wohne Im Oberen Tal 9", "Hinter der Kirche 4": a capitalised street name mid-sentence
    (regex.compile(r"(?<=\p{Ll}[,]?\x20)(?:Im|Beim|Hinter|In|Am|Auf|An|Unter|Vor|Zum|Zur|Bei)"
                   r"\x20+(?:(?:der|den|dem|die)\x20+)?(?:\p{Lu}\p{Ll}+\x20+){1,2}\d{1,3}[a-f]?\b"
                   rf"(?!\x20*(?:\p{{Lu}}|{_QUANTITY}))"),
     0.35, "address"),  # fmt: skip
]


def _numbers(text: str) -> int:
    """Digit runs that look like a phone, customer or file number, not like a quantity.

    A run of five or more digits, four digits that are no year, or groups ("07 11 / 31 05 -
    99") with six or more digits in all; "1500 Euro", "2000 Menschen" are quantities.
    """
    spans = [m.span() for m in _PHONE.finditer(text)
             if sum(c.isdigit() for c in m.group()) >= 6]  # fmt: skip
    for match in _LONG_NUMBER.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in spans):
            continue
        following = _NEXT_WORD.match(text, end)
        unit = following.group(1) if following else ""
        if unit in _UNITS or (len(unit) > 1 and unit.lower() in _UNITS):
            continue  # "1500 Euro", but "150358 M 024" is a number
        spans.append((start, end))
    return len(spans)


_NUMBER_WORD = regex.compile(
    r"(?:null|eins?|zwei|zwo|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|"
    r"zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|"
    r"tausend|und)+"
)


def _number_words(tokens: list[str]) -> int:
    """'null einhundertsiebzig, drei sechs sechs …': a number told in words, group by group.

    A run of four or more number words (commas between allowed) that starts with "null", or
    of six or more; "zwei, drei Wochen" is a quantity.
    """
    hits, run, first = 0, 0, ""
    # "null-sieben-eins": words joined by hyphens count one by one
    parts = [p for token in tokens for p in (token.split("-") if "-" in token else [token]) if p]
    for token in [*parts, "."]:
        lower = token.lower()
        if lower != "und" and _NUMBER_WORD.fullmatch(lower):
            first = first or lower
            run += 1
            continue
        if token in {",", "/"} and run:
            continue
        if run >= 6 or (run >= 4 and first.startswith("null")):
            hits += 1
        run, first = 0, ""
    return hits


def shape_weights(text: str, tokens: list[str]) -> dict[str, list[float]]:
    """Weights of the shapes found in ``text``, by reason key (``number``, ``birth_year``, …)."""
    shapes: dict[str, list[float]] = {}
    for pattern, weight, key in _SHAPES:
        shapes.setdefault(key, []).extend([weight] * len(pattern.findall(text)))
    numbers = _numbers(text) + _number_words(tokens)
    shapes.setdefault("number", []).extend([0.35] * numbers)
    return shapes
