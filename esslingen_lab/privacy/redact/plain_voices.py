"""Ordinary words that a name rule took for a name, in answers written in unusual voices.

Answers typed from paper forms, hotline notes, club letters and dialect hold capitalised
words no German word list knows, and name rules read such words as surnames. Each found
name is looked at once more (:func:`name_part`), for words that are evidently no name:

- a fragment of a word broken by a space or a line end ("Antrag auf Woh ngeld", "Beant-
  wortung"): joined with its neighbouring fragment it is a German word;
- a word with a scanning slip ("Forrnular", "lch"): read with "m" for "rn" or "I" for a
  leading "l" it is a German word;
- a club's or parish's name ("Liederkranz Sulzgries e.V.", "Gesangverein Eintracht
  Hegensberg", "Gemeinde St. Albertus Magnus");
- a dialect noun ("Mir Wengerter", "Hauptsach", "in d'Schula"): listed, or in an answer
  written in dialect a spelling of a German word ("Kindergarta", "Friher");
- a form's or letter's field label after a name ("Name: … Datum:", "Betreff:").

A title before the name ("Frau", "Herr", "Dr.") keeps it a name: "Frau Bäck" is a person.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import (
    FIRST_NAMES,
    NOT_NAMES,
    home_districts,
    read_words,
)

__all__ = ["name_part"]

_WORD = regex.compile(r"\p{L}+")
# the next fragment of a broken word: a space, or a hyphen and a space or line end, then a
# lower-case part ("Woh ngeld", "Beant- wortung", "Woh-\nngeld")
_FRAGMENT_AFTER = regex.compile(r"(?:[^\S\n]|-[^\S\n]*\n?[^\S\n]*|-[^\S\n]+)(\p{Ll}{2,})\b")
_FRAGMENT_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}{0,5})[^\S\n]$")
_TITLE_BEFORE = regex.compile(
    r"(?i:\b(?:herrn?|frau|fr|hr|frl|dr|prof|familie|fam|pfarrer(?:in)?|schwester|bruder)\.?"
    r"[^\S\n]*(?:dr\.?[^\S\n]*)?)$"
)
# a saint's name (a church, a parish), also after its first word: "St. Vinzenz Paul"
_SAINT_BEFORE = regex.compile(
    r"(?:\bSt\.|\bSankt|\bHl\.|\b[Hh]eilige[nr]?)[^\S\n]*(?P<given>\p{Lu}\p{Ll}+[^\S\n]+)?$"
)
_CLUB_AFTER = regex.compile(r"[^\S\n]*(?:e\.[^\S\n]?V\.?|eV\b|e\.V\b)")
# a club office before the club: "Vorsitzender des Gesangvereins …", "Sprecherin des
# Stadtteilausschusses …": the club's name tells who the person is and goes with the role
_ROLE_IN_CLUB = regex.compile(
    r"(?i:\b(?:vorsitzende[rn]?|vorstand|vorständin|sprecher(?:in)?|kassier\w*|schriftführer\w*|"
    r"präsident\w*|leiter(?:in)?|dirigent\w*|trainer(?:in)?|kommandant\w*|obmann|obfrau)"
    r"[^\S\n]+(?:des|der|vom|von|im)[^\S\n]+(?:[\p{L}.\-]+[^\S\n]+){0,4}$)"
)
# the club noun right before a found name, with nothing but a space between
_CLUB_BEFORE = regex.compile(r"(?<![\p{L}.])([\p{L}.\-]+)[^\S\n]+$")
_PLACE_BEFORE = regex.compile(
    r"(?i:\b(?:von|vom|aus|in|im|nach|bei|ab|bis|über|richtung|zwischen|und)[^\S\n]+)$"
)
_LABEL_AFTER = regex.compile(r"[^\S\n]*:")
# the field a colon opens after a name ("Anna Handynummer: …", "AN [NAME] WEITERLEITEN:"); a
# capitalised surname the dictionary also holds stays in the name ("Sabine Ruoff: null …")
_NOTE_LABELS = frozenset(
    "nachtrag hinweis fazit zusatz kommentar korrektur vorschlag beschwerde kritik antwort "
    "frage update anmerkung ergänzung lob problem wunsch idee info edit betreff thema grund "
    "anliegen meinung tipp bitte frage anregung".split()
)
_LABEL_ENDINGS = ("telefon", "tel", "nummer", "handy", "mobil", "mail", "adresse", "anschrift",
                  "fax", "kontakt", "festnetz", "whatsapp", "datum", "name", "konto", "iban")
# a name cue right before the found name: what follows is a name even when it looks broken
_NAME_CUE_BEFORE = regex.compile(
    r"(?i:\b(?:ich[^\S\n]+hei(?:ß|ss)e|mein[^\S\n]+(?:vor|nach|familien)?name[^\S\n]+"
    r"(?:ist|lautet))[^\S\n]*:?[^\S\n]*)$"
)
# a lower-case piece glued to a name by one space ("Frau Sch midt", "Frau Anna Be rgmann")
_PIECE_AFTER = regex.compile(r"[^\S\n](\p{Ll}{2,})\b")
_TAG = regex.compile(r"\[[\p{Lu}\-]+\]")


@lru_cache(maxsize=1)
def _club_words() -> tuple[frozenset, tuple]:
    entries = read_words("club_words")
    endings = tuple(e[1:].lower() for e in entries if e.startswith("-"))
    return frozenset(e for e in entries if not e.startswith("-")), endings


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    return frozenset(w.lower() for w in read_words("person_nouns"))


@lru_cache(maxsize=1)
def _dialect_nouns() -> frozenset:
    return frozenset(read_words("dialect_nouns"))


def _a_label(word: str) -> bool:
    """Tell the word before a colon that opens a field or a note, not a surname.

    A word in lower case ("WEITERLEITEN:"), a field ("Handynummer:"), a note's heading
    ("Nachtrag:", "Stellungnahme:", "Feedback:", "Verbesserungsvorschlag:"): a declined noun,
    an English word or a compound; a surname the dictionary lists only as itself or one in
    "-er" stays in the name ("Sabine Ruoff: null sieben …", "von Anna Schwarzwälder: …").
    """
    lower = word.lower()
    lex = lexicon()
    if lower in _NOTE_LABELS or lower.endswith(_LABEL_ENDINGS) or lex.is_lower_word(lower):
        return True
    if lower.endswith("er") or lex.is_any_name(word):
        return False  # "Schwarzwälder", "Müller": a surname's shape
    capital = word[:1].upper() + lower[1:]
    return lex.is_declined_noun(capital) or lex.is_english(lower) or lex.is_compound(capital)


def _known(word: str) -> bool:
    """Tell a German word (capitalised or lower case) that no name list holds."""
    lex = lexicon()
    return lex.is_german(word) and not lex.is_any_name(word)


def _a_name(word: str) -> bool:
    """Tell a known name or first name ("Stein", "Kai"): no fragment to drop.

    Short pieces ("Ver", "Woh") are in name lists by chance and count only when listed
    as first names.
    """
    return word in FIRST_NAMES or (len(word) > 3 and lexicon().is_any_name(word))


def _club_word(word: str) -> bool:
    words, endings = _club_words()
    return word in words or (len(word) > 5 and word.lower().endswith(endings))


def _broken_word(view: str, start: int, end: int, word: str) -> bool:
    """Tell a fragment of a word broken by a space or a hyphen ("Woh ngeld", "Bearbei tung")."""
    if end == start + len(word):
        found = _FRAGMENT_AFTER.match(view, end)
        if found is not None and not _known(word) and not _a_name(word):
            joined = word + found.group(1)
            if _known(joined) and not lexicon().is_german(found.group(1)):
                return True
    return False


def _broken_before(view: str, start: int, word: str) -> bool:
    """Tell the second half of a broken word ("Ki Ta", "Ö Ffnungszeiten")."""
    found = _FRAGMENT_BEFORE.search(view, max(0, start - 8), start)
    if found is None or _known(word):
        return False
    joined = found.group(1) + word.lower()
    return _known(joined) and not _known(found.group(1))


def _joined_pairs(view: str, words: list) -> set:
    """Indexes of neighbouring words inside a found name that form one broken word."""
    pairs: set = set()
    for k in range(len(words) - 1):
        (_, e, head), (s, _, tail) = words[k], words[k + 1]
        gap = view[e:s]
        if gap not in (" ", "- ", "-\n", "\n") or not tail[:1].islower() or len(tail) < 2:
            continue
        if (not _known(head) and not _a_name(head) and not lexicon().is_german(tail)
                and _known(head + tail)):
            pairs |= {k, k + 1}
    return pairs


def _scan_slip(word: str) -> bool:
    """Tell a German word with a scanning slip: "rn" for "m", "l" for a capital "I"."""
    if _known(word) or word in FIRST_NAMES:
        return False
    forms = set()
    if len(word) < 5 or word in lexicon().last:
        return False
    inner = word[:-2]  # "rn" inside the word: "Eltern", "Rüdern" end in it
    if "rn" in inner:
        forms.add(inner.replace("rn", "m") + word[-2:])
        forms.update(
            word[:k] + "m" + word[k + 2 :] for k in range(len(inner)) if word[k : k + 2] == "rn"
        )
    if word[:1] == "l":
        forms.add("I" + word[1:])
    if "ii" in word:
        forms.add(word.replace("ii", "ü"))
    return any(_known(form) for form in forms)


_ENDINGS = (("a", "en"), ("a", "e"), ("a", ""), ("", "e"), ("e", "en"), ("le", ""),
            ("le", "e"), ("la", "en"), ("schta", "sten"), ("scht", "st"))
_SOUNDS = (("ua", "u"), ("oi", "ei"), ("scht", "st"), ("schp", "sp"), ("ia", "ie"),
           ("o", "a"), ("i", "ü"), ("e", "ö"), ("ai", "ei"))


def _first_name(word: str) -> bool:
    """Tell a first name, also as a Swabian pet form ("Karle", "Gretle", "Liesele")."""
    lex = lexicon()
    forms = {word}
    if word.endswith("le"):
        forms |= {word[:-2], word[:-2] + "e", word[:-1], word[:-3]}
    return any(f in FIRST_NAMES or f in lex.first for f in forms if len(f) > 2)


def _dialect_word(word: str, dialect: bool) -> bool:
    """Tell a dialect noun: listed, or in a dialect answer a spelling of a German word."""
    if word in _dialect_nouns():
        return True
    if len(word) < 4 or _first_name(word):
        return False
    lex = lexicon()
    if not dialect:
        # "Briefkaschta", "Lieferdienscht": "scht" for "st" is dialect in any answer
        return "scht" in word and word not in lex.last and _known_stem(word.replace("scht", "st"))
    if word in lex.last or _known(word):
        return False
    stems = {word}
    if word[:1] == "G" and word[1:2] not in "aeiouäöü":
        stems.add("Ge" + word[1:])  # "Gschäft": the dropped "e" of "ge-"
    stems |= {s[: len(s) - len(old)] + new for s in set(stems)
              for old, new in _ENDINGS if s.endswith(old)}
    for _ in range(2):  # "Bürgermoischter": two sounds of one word
        stems |= {s.replace(old, new, 1) for s in set(stems) for old, new in _SOUNDS if old in s}
    # "dr Nochbar, der …": a person noun stays with the rules that describe a person
    # an office ("Bürgermoischter") is no one's name either
    return any(
        s != word and _known(s) and (s.lower() not in _person_nouns() or s in NOT_NAMES)
        for s in stems
    )


def _markers() -> frozenset:
    from esslingen_lab.privacy.redact.name_checks import _dialect_markers

    return _dialect_markers()


def _known_stem(word: str) -> bool:
    return any(_known(word[: len(word) - len(old)] + new)
               for old, new in _ENDINGS + (("", ""),) if word.endswith(old))


# the last text read and what it said, as one pair (replaced whole, so a thread reading it
# never sees one text's answer with another text)
_DIALECT_SEEN: list = [(None, False)]


def _dialect(view: str) -> bool:
    """Tell a dialect answer, read once per text (not again for each name found in it)."""
    from esslingen_lab.privacy.redact.name_checks import dialect_text

    seen_view, seen = _DIALECT_SEEN[0]
    if seen_view is not view:
        seen = dialect_text(view)
        _DIALECT_SEEN[0] = (view, seen)
    return seen


# the fasting month and its feast, also first names: the month after a preposition of time
_FEASTS = frozenset({"Ramazan", "Ramadan", "Bayram"})
_TIME_BEFORE = regex.compile(
    r"(?<!\p{L})(?i:im|am|zum|während\x20des|(?:nach|vor|seit)\x20dem)\x20$"
)


# a name field answered with no name ("Name: weiß nicht", "Name: anonym", "Name: egal")
_NON_ANSWER = regex.compile(
    r"(?i:(?:anonym|unbekannt|egal|niemand|keine?r?|nix|nichts|ohne|wei(?:ß|ss)[^\S\n]+"
    r"(?:ich[^\S\n]+)?nicht|möchte[^\S\n]+ich[^\S\n]+nicht|will[^\S\n]+ich[^\S\n]+nicht)\b)"
)
# "ich bin 1961 geboren und heiße Kühn" names; "und heiße Getränke" is the adjective
_AND_HOT = regex.compile(r"\bund\s+hei(?:ß|ss)e\s+$")


def _plain_noun(view: str, start: int, end: int) -> bool:
    """Tell whether the first word of the span is a German word and in no name list.

    A surname that is also a word ("und heiße Kühn") stays unread here: after a bare
    "und heiße" only a listed name or a word of no dictionary is a name.
    """
    first = _WORD.search(view, start, end)
    return first is not None and lexicon().is_common_noun(first.group())


def name_part(view: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the part of a found name that may be a name, or None when none is.

    Parameters
    ----------
    view : str
        The text as the rules read it.
    start, end : int
        The found name.
    """
    start, end = _cut_at_line(view, start, end)
    before = view[max(0, start - 24) : start]
    if _NON_ANSWER.match(view, start):
        return None  # "Name: weiß nicht", "Name: anonym": the field left unanswered
    if _AND_HOT.search(before) and _plain_noun(view, start, end):
        return None  # "Ich verkaufe Kuchen und heiße Getränke": the adjective, no naming
    title = _TITLE_BEFORE.search(before)
    if (title is not None and not (title.group().startswith("Dr ") and _dialect(view))) or (
        _NAME_CUE_BEFORE.search(before)
    ):
        # "Frau Bäck", "ich heiße Woh ngeld"; not the Swabian article "Dr Kindergarta"
        return start, _with_piece(view, end)
    saint = _SAINT_BEFORE.search(before)
    if saint is not None:
        return _after_saint(view, start, end, saint.group("given") is not None)
    if view[start:end] in _FEASTS and _TIME_BEFORE.search(before):
        return None  # "Im Ramazan sind die Öffnungszeiten anders", "nach dem Bayram"
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view, start, end)]
    if not words:
        return start, end
    part = _club_part(view, start, end, words, before)
    if part != (start, end):
        return part
    if len(words) == 1 and words[0][2].lower() in home_districts() and _PLACE_BEFORE.search(before):
        return None  # "der Bürgerbus von Rüdern": a district of the town, no one's name
    dialect = None
    keep = []
    joined = _joined_pairs(view, words)
    for k, (s, e, word) in enumerate(words):
        if k in joined:
            keep.append(False)  # "Ladesäu len": both halves of one broken word
            continue
        if word == "NAME" or view[e : e + 1] == "." and len(word) == 1:
            keep.append(True)  # a tag, an initial ("a. frank")
            continue
        if not word[:1].isupper() and word[:1] != "l":
            # "amol aguga": a lower-case word of a dialect answer is a name only if listed
            if dialect is None:
                dialect = _dialect(view)
            capital = word.capitalize()
            plain = not _first_name(capital) and (
                word in _markers() or (dialect and _dialect_word(capital, True))
            )
            keep.append(not plain)
            continue
        plain = _scan_slip(word) or (k == 0 and _broken_before(view, s, word))
        if not plain and k == len(words) - 1:
            plain = _broken_word(view, s, e, word) or (
                _LABEL_AFTER.match(view, e, e + 64) is not None and len(words) > 1 and _known(word)
                and _a_label(word)
            )
        if not plain and len(words) == 1:
            if dialect is None:
                dialect = _dialect(view)
            plain = _dialect_word(word, dialect)
        keep.append(not plain)
    if not any(keep):
        return None
    first = keep.index(True)
    last = len(keep) - 1 - keep[::-1].index(True)
    new_start, new_end = words[first][0], words[last][1]
    if first == 0:
        new_start = start
    if last == len(words) - 1:
        new_end = _with_piece(view, end) if _a_name(words[last][2]) else end
    return _whole_tags(view, new_start, new_end)


def _whole_tags(view: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span that cuts a tag ("[NAME]") to the whole tag: a tag is never split."""
    for found in _TAG.finditer(view, max(0, start - 20), min(len(view), end + 20)):
        if found.start() < start < found.end():
            start = found.start()
        if found.start() < end < found.end():
            end = found.end()
    return start, end


def _with_piece(view: str, end: int) -> int:
    """Take in a lower-case piece that forms one word with the name ("Frau Sch midt")."""
    found = _PIECE_AFTER.match(view, end)
    if found is None:
        return end
    head = _WORD.search(view, max(0, end - 40), end)
    while head is not None and head.end() < end:
        head = _WORD.search(view, head.end(), end)
    if head is None or head.end() != end or lexicon().is_german(found.group(1)):
        return end
    joined = head.group() + found.group(1)
    if _a_name(joined) or lexicon().is_german(joined):
        return found.end()
    return end


def _after_saint(view: str, start: int, end: int, named: bool):
    """Keep a saint's name (one or two given names), not a surname after it.

    "St. Albertus Magnus", "Sankt Vinzenz Paul" are a church's saint; in "St. Josef Huber",
    "St. Paul Kowalski" a person follows the saint's name, and the surname still goes.
    """
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view, start, end)]
    given = 1 if named else 0  # "St. Vinzenz Paul": the saint's first name came before
    k = 0
    while k < len(words) and given < 2 and (given == 0 or _saint_name(words[k][2])):
        k += 1
        given += 1
    if k >= len(words):
        return None
    return _whole_tags(view, words[k][0], end)  # "St. Bernhardt U. [NAME]": never "[" left


def _saint_name(word: str) -> bool:
    """Tell a second given name of a saint ("Magnus", "Paul"), not a surname ("Huber")."""
    return _first_name(word) or word not in lexicon().last


def _club_part(view: str, start: int, end: int, words: list, before: str):
    """Return the part of a found name before a club's name in it (None: all of it is one).

    "Gesangverein Eintracht Hegensberg", "Liederkranz Frohsinn", "Liederkranz Sulzgries
    e.V." are clubs; "Karl-Heinz Pfleiderer Liederkranz Sulzgries" keeps the person. After a
    club office ("Vorsitzender des Gesangvereins …") the club's name tells who the person
    is and stays in the tag.
    """
    if _ROLE_IN_CLUB.search(view, max(0, start - 80), start) or before.endswith("-BESCHREIBUNG] "):
        return start, end
    first_name = any(_first_name(w) for _, _, w in words)
    for k, (_, _, word) in enumerate(words):
        if _club_word(word):
            return None if k == 0 else (start, words[k - 1][1])
    club = _CLUB_BEFORE.search(before)
    if not first_name and (
        _CLUB_AFTER.match(view, end) or (club is not None and _club_word(club.group(1)))
    ):
        return None
    return start, end


def _cut_at_line(view: str, start: int, end: int) -> tuple[int, int]:
    """End a name at a line break when only ordinary words follow ("Fr. X", then "Anliegen:")."""
    cut = view.find("\n", start, end)
    if cut <= start:
        return start, end
    rest = _WORD.findall(view[cut:end])
    if rest and all(_known(w) for w in rest):
        return start, len(view[:cut].rstrip(" ,;:"))
    return start, end
