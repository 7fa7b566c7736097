"""The rest of a name found: its foreign particle and surname, a noble double name.

A rule that knows a first name tags it; the particle and surname that follow are the same
person's name: "[NAME] al-Masri" ("Rana al-Masri"), "[NAME] ter Haar", "[NAME] van den
Brink", "[NAME] dell'Acqua", "[NAME] di Stefano", "[NAME] bint Hassan", a double name with a
noble part "[NAME] Hartmann-von Schwerin", a particle between two tags "[NAME] von [NAME]". A
particle before the tag after an article is part of it too: "Der di [NAME]" ("Der di Stefano,
der die Eisdiele hat").

German "von", "vom" and "zu" after a first name stay outside: "Emma von der Stadt", "Paul
vom Bauamt", "Anna von nebenan" are far more often where someone is from than a noble name.
After the other particles, some of them German or dialect words too ("bin", "de", "da", "di",
"d'"), the surname must be no German noun, word in lower case or English word ("Jana bin
Heute krank", "I han em [NAME] de Schlüssel gebba", Swabian "macht dr [NAME] d'Homepage",
"Anna del Bürgeramt" stay). The Dutch particles "van", "ter", "ten", "op" are no German
words: their surname may be one ("ter Haar", "op den Camp").

A surname in lower case after a first name found, in the middle of a German sentence, is
the same person's too: "mein nachbar [NAME] ruoß hat …", "bitte an herrn [NAME] aydın
weiterleiten", "Frau [NAME] lehmann die Nummer ist …". It must be no word of the language
(as :mod:`.sign_offs` reads a surname at a line's end) and no verb's form ("[NAME] postet
…"), and the next word must be German: in a Turkish, Polish or Vietnamese sentence ("[NAME]
çok iyi") any word is unknown to the German lexicon.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.lower_pairs import CHAT_WORDS, verb_form
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.sign_offs import _function_word, _lower_surname
from esslingen_lab.privacy.redact.vocabulary import dialect_text, home_districts

__all__ = ["NAME_TAIL_RULES"]

_CAP = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?"
_TAIL = regex.compile(
    rf"""\[NAME\](?P<t>
        \x20(?:al|el|as|ad|ash|abu|ibn|bin|bint|ben)-{_CAP}           # " al-Masri"
      | \x20(?:van|ter|ten|op)(?:\x20(?:den|der|de|het|'t))?\x20{_CAP}  # " van den Brink"
      | \x20(?:van|ter|ten)\x20(?:den|der|de|het)\x20\p{{Ll}}{{3,}}  # typed in lower case
      | \x20dell['’]{_CAP}                                              # " dell'Acqua"
      # " bint Hassan", " dos Santos"
      | \x20(?:abu|ibn|bin|bint|dos|del|della|dalla|dal|dei|degli|dela)\x20(?P<word>{_CAP})
      # " di Stefano", " d'Angelo" (not "Soy Ana de Sevilla": a place the dictionary knows)
      | \x20(?:(?:de|da|di|du|la|le)\x20|d['’])(?P<short>{_CAP})
      | \x20{_CAP}-(?:von|vom|zu|van|de)\x20(?:(?:der|den|dem)\x20)?{_CAP}  # " Kolb-von Rechenberg"
      # a particle between two tags: one name ("[NAME] von [NAME]", "Bartholomäus von Oertzen")
      # (not "von [NAME] zu [NAME]": a change; not "von der": where someone is from)
      | \x20(?:von|von\x20und\x20zu)\x20\[NAME\]
      | \x20v\.\x20?(?:d\.\x20?)?{_CAP}  # " v. Gemmingen", " v. d. Linden": "von" abbreviated
    )(?![\p{{L}}\-'’])""",
    regex.VERSION1 | regex.VERBOSE,
)
_BEFORE = regex.compile(
    r"(?<=(?<![\p{L}])(?i:der|die|den|dem|des|dr|d['’])\x20)"
    r"(?:di|van|ter|ten|dos|del|della|dalla|dal|al|el)\x20(?=\[NAME\])",
    regex.VERSION1,
)


# a word in lower case after a tag, and the word after it
_LOWER_NEXT = regex.compile(
    r"\[NAME\]\x20(?P<v>\p{Ll}{3,}(?:-\p{Ll}{3,})?)\x20(?P<n>\p{Ll}+)(?![\p{L}\-])",
    regex.VERSION1,
)


# what follows a verb, not a surname: "[NAME] woiß des", "[NAME] nemmt den Bus"
_OBJECTS = frozenset(
    "der die das des den dem ein eine einen einem einer a an en dr de em ihm ihr mir dir uns "
    "sich es mi di ons".split()
)


def _lower_surname_spans(text: str, lex):
    """Yield "[NAME] ruoß" in a German sentence (see the module's docstring)."""
    dialect = None  # read once, when a word first asks
    for match in _LOWER_NEXT.finditer(text):
        word, after = match.group("v"), match.group("n")
        if not (lex.is_german(after) or lex.is_lower_word(after) or _function_word(after)):
            continue  # "[NAME] çok iyi", "[NAME] figlio gioca"
        if not _lower_surname(word, lex) or verb_form(word, lex) or word in CHAT_WORDS:
            continue
        capital = word[:1].upper() + word[1:]
        if lex.is_common_noun(capital) or (
            capital not in lex.last and word.endswith(("t", "te", "ts"))
        ):
            continue  # "[NAME] konzert war toll", "[NAME] komt morgen", "[NAME] wolte"
        if word in home_districts():
            continue  # "Meine Tochter [NAME] berkheim wohnt da"
        if capital not in lex.last and after not in _OBJECTS and dialect is None:
            dialect = dialect_text(text)
        if capital not in lex.last and (after in _OBJECTS or dialect):
            continue  # "Meine Frau [NAME] moint des au", "beim Doktor [NAME] aagrufa hot": a
            # dialect verb, spelt as spoken, before its object
        yield match.start(), match.end("v")


def _name_tail_spans(text: str):
    """Yield, in text order, the tag with what follows it or the particle before it."""
    yield from sorted(_tail_spans(text))


def _tail_spans(text: str):
    lex = lexicon()
    yield from _lower_surname_spans(text, lex)
    for match in _TAIL.finditer(text):
        word = match.group("word")
        if word and (lex.is_common_noun(word) or lex.is_lower_word(word) or lex.is_english(word)):
            continue
        short = match.group("short")
        if short and (lex.is_german(short) or lex.is_english(short)):
            continue
        yield match.span()
    for match in _BEFORE.finditer(text):
        yield match.start(), match.end() + len("[NAME]")


NAME_TAIL_RULES = [
    _Rule(
        "NAME",
        None,
        needs=("[name]",),
        finder=_name_tail_spans,
        name="name-particle-tail",
        trusted=True,
        by_form=True,  # the particle is lower case: no second look at the words
    ),
]
