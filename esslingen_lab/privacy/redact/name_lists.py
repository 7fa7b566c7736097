"""Surnames listed as people: "Schäfer, Wagner und ich", "die Kolleginnen Specht und Fink".

A surname that is also a German word ("Koch", "Specht", "Brenner") reads as a person where
the list it stands in can only hold people: it ends in "und ich"/"und mir", it follows a
plural word for people ("die Kollegen …"), or most of its other members were already taken
for names ("Koch, Weber, [NAME], [NAME]"). Each listed word must still be a surname of the
gazetteer (or no German word at all), so "Brot, Butter und ich" stays.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.vocabulary import NOT_NAMES

__all__ = ["LIST_NEEDS", "listed_people_spans"]

_ITEM = r"(?:\[NAME\]|\p{Lu}[\p{Ll}ßćčšžñ]+(?:-\p{Lu}[\p{Ll}ß]+)?)"
_LOWER_ITEM = r"(?:\[NAME\]|\p{Ll}[\p{Ll}ß]{2,}(?:-\p{Ll}[\p{Ll}ß]+)?)"
_SEP = r"(?:\x20*,\x20*|\x20+und\x20+|\x20+&\x20+|\x20+sowie\x20+)"


def _compile(item: str, flags=0):
    chain = rf"(?P<list>{item}(?:{_SEP}{item})*)"
    return (
        # "Schäfer, Wagner und ich haben …", "kessler, brenner und ich"
        regex.compile(
            rf"(?:^|(?<=[.!?:;\n]\x20*)){chain}"
            r"\x20*(?:,\x20*|\x20+)(?:und|&)\x20+(?:ich|mir|mich)\b",
            regex.VERSION1 | flags,
        ),
        # "die Kolleginnen Specht und Fink", "den Kollegen Koch, Weber und Fuchs"
        regex.compile(
            r"\b(?:[Kk]olleg(?:en|innen|\*innen|:innen|Innen)|[Ee]heleute|[Ee]hepaar)\x20+"
            rf"(?P<list>{item}(?:{_SEP}{item})*{_SEP}{item})",
            regex.VERSION1 | flags,
        ),
        # a list of three or more of which two are already names
        regex.compile(rf"(?P<list>{item}(?:{_SEP}{item}){{2,}})", regex.VERSION1 | flags),
    )


_PATTERNS = _compile(_ITEM)
_LOWER_PATTERNS = _compile(_LOWER_ITEM)
_ITEM_RE = regex.compile(r"\[NAME\]|[\p{L}ß\-]+", regex.VERSION1)
_NO_ITEMS = frozenset("Ich Wir Sie Er Es Der Die Das Und Frau Herr Familie".split())

#: cheap cues: one of these must be in the lower-cased text
LIST_NEEDS = ("und ich", "und mir", "und mich", "kolleg", "eheleute", "ehepaar", "[name],",
              "[name] und")  # fmt: skip


def _surname(word: str, lex, lower_text: bool, kind: int) -> bool:
    """Tell a surname of the gazetteer, or a capitalised word no dictionary knows.

    Beside names ("Koch, Weber, [NAME]") a job noun is a surname too; after "die Kollegen"
    any capitalised word is ("die Kolleginnen Specht und Fink").
    """
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    capital = word[:1].upper() + word[1:]
    if capital in NOT_NAMES or capital in _NO_ITEMS:
        return False
    if kind != 2 and _is_person_noun(capital):
        return False  # "Bäcker, Metzger und ich"
    if "-" in word:
        return all(_surname(part, lex, lower_text, kind) for part in word.split("-"))
    if kind == 1 and not lower_text:
        return True
    if lex.is_any_name(capital):
        return not lower_text or not lex.is_lower_word(word)
    return not lower_text and not lex.is_german(word) and not lex.is_english(word)


def listed_people_spans(text: str):
    """Yield spans of surnames in a list that can only hold people (see module text)."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lower_text = text.islower() or text.replace("[NAME]", "").islower()
    patterns = _LOWER_PATTERNS if lower_text else _PATTERNS
    lex = lexicon()
    found: list[tuple[int, int]] = []
    for kind, pattern in enumerate(patterns):
        for match in pattern.finditer(text):
            start = match.start("list")
            items = [
                (start + m.start(), start + m.end(), m.group())
                for m in _ITEM_RE.finditer(match.group("list"))
                if m.group() not in {"und", "sowie"}
            ]
            tags = sum(1 for item in items if item[2] == "[NAME]")
            if kind == 2 and (tags < 2 or tags * 2 < len(items)):
                continue  # "Koch, Weber, [NAME], [NAME]": mostly names already
            words = [item for item in items if item[2] != "[NAME]"]
            if not words or not all(_surname(w, lex, lower_text, kind) for *_, w in words):
                continue
            found.extend((s, e) for s, e, _ in words)
    yield from sorted(set(found))
