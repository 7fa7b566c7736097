"""A caller's name as a phone call or voice message opens: "Wagner mein Name", "Sadiqi hier".

On the phone Germans give their surname before the cue, not after it: "Wagner mein Name",
"Wagner ist mein Name", "Sadiqi hier von der Migrationsberatung", "Brenner am Apparat",
"Hallo, Kübler hier, ich wollte …". Transcribed voicemails and a secretary's phone notes keep
that order. The word (or two) before the cue is a name when it opens the text, a line, a
sentence or a clause after a greeting, and is no common noun (unless a listed name), no
function word and no district ("Stadtwerke hier", "Zell hier" stay).

The word after a person's word for a name is one too: "ich will meinen Namen Baumann
zurück", "ihr alter Name Bauer", "unser Name ist aber ter Horst", "unter dem Namen
MÜLLER-ABDULLAH gebucht", "mein nachname popescu" (in all labelled sets 217 such words are
labelled names, 1 is not: a test record named 'Harry Potter', a fictional name kept). A
service's or a product's name stays ("unter dem Namen Mängelmelder", "ESSLINGEN-APP",
"BundID"): the word must look like a name, no compound, no service's part, no dictionary
word (the session's user review found 23 such services in a first draft).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.casing import _function_words
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.strength import _named_after_people as named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    FIRST_NAMES,
    NOT_NAMES,
    TOWN_ENDINGS,
    home_districts,
)

__all__ = ["SELF_INTRO_RULES", "name_word_spans", "self_intro_spans"]

_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
_INTRO = regex.compile(
    rf"""(?:^|(?<=[\n.!?:;,–—\-]\x20{{0,3}})
          |(?<=\b(?i:ja|hallo|morgen|tag|abend|servus|moin|grüß\x20gott|äh|ähm|hi)\x20{{1,3}}))
         \x20*(?P<v>{_WORD}(?:\x20{_WORD})?)\x20+
         (?:(?P<strong>(?:ist\x20+)?mein\x20+[Nn]ame\b
                      |hier\x20+(?:von|vom|aus\x20+der|aus\x20+dem|bei\x20+der|beim)\b)
           |hier\x20*(?:,|(?=\x20+(?:wegen|nochmal|noch\x20mal)\b))
           # "Hallo, Gabi hier." "Tom hier (Papa von …)": a first name only (see below)
           |(?P<loose>hier\x20*(?=[.!(\n]))
           |am\x20+[Aa]pparat\b)""",
    regex.VERSION1 | regex.VERBOSE,
)


def _name_word(word: str, lex) -> bool:
    """Tell a word that may be a name here: a listed name or no common noun."""
    if word in NOT_NAMES or word.lower() in _function_words() or word.lower() in home_districts():
        return False
    if word in FIRST_NAMES or lex.is_any_name(word):
        return True
    return not any(lex.is_common_noun(part) or lex.is_compound(part) for part in word.split("-"))


def self_intro_spans(text: str):
    """Yield the name before "mein Name", "hier" or "am Apparat" as a call opens.

    Before "mein Name" and "hier von der …" (where the caller works) any word that is no
    common noun; before a bare "hier," or "am Apparat" a listed name only, as firms, towns
    and services answer the phone that way too ("Doctolib hier,", "Wernau hier,").
    """
    lex = lexicon()
    for match in _INTRO.finditer(text):
        words = match.group("v").split()
        if not all(_name_word(word, lex) for word in words):
            continue
        if match.group("strong") is None and not any(
            (word in FIRST_NAMES or lex.is_any_name(word)) and word not in named_after_people()
            for word in words
        ):
            continue
        if match.group("loose") is not None and words[0] not in FIRST_NAMES:
            continue  # "STEINMETZ HIER.", "Winter hier.": no caller's first name
        if any(word.lower().endswith(TOWN_ENDINGS) and word not in lex.last for word in words):
            continue  # "Plochingen hier vom Bürgerbüro": a town's office
        yield match.span("v")


_NAME_WORD = regex.compile(
    r"(?<![\p{L}])(?i:(?:mein|meine|meinen|unser|unseren|ihr|ihren|sein|seinen|den|der|dem)"
    r"\x20+(?:\p{L}+e[nmr]?\x20+)?"  # "ihr alter Name", "meinen neuen Nachnamen"
    r"(?:(?:nach|geburts|familien|mädchen|ehe)?namen?))\x20+"
    r"(?:(?i:ist|war|lautet|wäre)\x20+)?"
    r"(?:(?i:aber|wieder|jetzt|nun|seitdem|eigentlich|ja|doch|übrigens|immer\x20+noch|noch)\x20+)*"
    r"[„\"»‚'“]?(?P<v>\p{L}[\p{L}\-]+)(?![\w])",  # not a user name's part: "HUNDEPAPA_ES"
    regex.VERSION1,
)
_NOT_AFTER_NAME = frozenset(
    "ist war und oder nicht kein auf in im an bei mit zu zurück geändert ändern eingetragen "
    "falsch richtig steht stand zrück zruck zurick".split()  # "ihren alte Name zrück"
)


def name_word_spans(text: str):
    """Yield the word after a person's word for a name (see the module's notes)."""
    lex = lexicon()
    for match in _NAME_WORD.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or word.lower() in _NOT_AFTER_NAME or word in _FICTIONAL:
            continue
        parts = [p for p in word.split("-") if p]
        if any(lex.is_compound(p[:1] + p[1:].lower()) or p.lower() in _SERVICE_PARTS
               for p in parts):
            continue  # "unter dem Namen Mängelmelder", "ESSLINGEN-APP", "Service-BW": a service
        capital = word[:1] + word[1:].lower() if word.isupper() else word[:1].upper() + word[1:]
        if word[:1].islower():
            if lex.is_german(word) or lex.is_lower_word(word) or lex.is_english(word):
                continue  # "mein name ist falsch geschrieben"
        elif (lex.is_common_noun(capital) or lex.is_german(capital)) and capital not in lex.last:
            continue  # "unter dem Namen Bürgerbüro", "Mein Nachname Leider zu lang", "STADTWERKE"
        if match.group().split()[0].lower() in ("den", "der", "dem") and not (
            lex.is_any_name(capital) or not lex.is_german(capital)
        ):
            continue  # after "dem Namen" a name's look; "meinen Namen" is one's own
        yield match.span("v")


# parts of a service's or a product's name: "ESSLINGEN-APP", "WLAN-ES", "DIGITAL-ES"
_SERVICE_PARTS = frozenset(
    "app apps portal wlan wifi es digital city smart online web net service bw id konto "
    "karte ticket esslingen bundid elster servicekonto".split()
)


_FICTIONAL = frozenset(("Harry", "Max", "Erika"))  # "Harry Potter", "Max/Erika Mustermann"


SELF_INTRO_RULES = [
    _Rule(
        "NAME",
        None,
        needs=("mein name", "hier", "apparat"),
        # each branch from its words, looking back (patterns.py): eight times faster
        gate=Branches(
            r"mein\x20+name\b(?<=\w\x20+(?:ist\x20+)?mein\x20+name)|hier\b(?<=\w\x20+hier)"
            r"|am\x20+apparat(?<=\w\x20+am\x20+apparat)"
        ),
        finder=self_intro_spans,
        name="name-self-intro",
        trusted=True,
    ),
    _Rule("NAME", None, needs=("name",), gate=regex.compile(r"name\w{0,1}\x20+\S"),
          finder=name_word_spans, name="name-after-name-word", trusted=True),
]
