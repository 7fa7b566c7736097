"""A surname after a first name that the name rules do not widen to by themselves.

An @-mention's display name ("@Heiko Trautwein: ja …"), and a surname the dictionary also
lists as a noun after a first name, where the name plainly ends ("Neben mir saß Hertha
Zwicker aus meinem Chor").


Comment threads of a participation portal or a social network answer one another with the
commenter's display name after "@". The name rule without a cue word finds the first name;
the word after it belongs to the mention when it is capitalised, no word that opens a reply
("@Jörg Danke für …", "@Kerstin Genau so") and a listed surname or no word of the language
("@Heiko Trautwein: ja", "@Jasmin Berisha @Tommi"), or, before a colon, no word that also
exists in lower case. A word of the language opens the reply ("@Jörg Niemand hat das
gesagt", "@Anna Busse fahren nie pünktlich"), so "@Kerstin Walz ja klar" keeps "Walz".
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.strength import _named_after_people as named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    _NOUN_ENDINGS,
    NOT_NAMES,
    RELATIVES,
    TOWN_ENDINGS,
    home_districts,
)
from esslingen_lab.privacy.redact.workplace import _dictionary_surname

__all__ = ["MENTION_RULES", "mention_spans", "mention_surname", "surname_after"]

# capitalised words that open a reply right after the mention
_REPLY_OPENERS = frozenset(
    """
    Danke Dank Bitte Genau Stimmt Richtig Falsch Nein Ja Jein Doch Sorry Super Top Klar Echt
    Leider Quatsch Unsinn Blödsinn Respekt Exakt Absolut Naja Na Tja Also Aber Und Oder Hallo
    Hi Hey Moin Servus Lol Haha Oh Ach Mensch Moment Achtung Vorsicht Gute Guter Gutes Schön
    Sehr Wow Krass Hmm Hm Eben Selbst Gern Gerne Jo Yes Thanks Thx Ok Okay Agree Same
    """.split()
)


def mention_surname(tokens, i: int) -> bool:
    """Tell whether token ``i`` is the surname of an @-mention whose first name is ``i - 1``."""
    if i < 2 or i >= len(tokens) or tokens[i - 2] != "@":
        return False
    word = tokens[i]
    if not word[:1].isupper() or not word[1:].islower() or len(word) < 2:
        return False
    if word in _REPLY_OPENERS or word in NOT_NAMES:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    lex = lexicon()
    if word in lex.last or not (lex.is_german(word) or lex.is_english(word)):
        return True  # "@Heiko Trautwein", "@Jasmin Berisha @Tommi"
    # a word of the language opens the reply ("@Jörg Niemand hat das gesagt", "@Anna Busse
    # fahren nie"); before a colon it is the surname only if it is no lower-case word
    return after == ":" and not lex.is_lower_word(word) and not word.lower().endswith(_NOUN_ENDINGS)


# where a name ends: "Hertha Zwicker aus meinem Chor", "…, Anna Kübler.", "Lisa Bauer hat …"
_AFTER_NAME = frozenset(
    ". , ; : ! ? ) aus vom von und hat hatte ist war sagt sagte meint meinte kann wird".split()
)


def surname_after(tokens, i: int) -> bool:
    """Tell a surname the dictionary lists (``_dictionary_surname``) after a first name."""
    if i < 1 or i >= len(tokens):
        return False
    first, word = tokens[i - 1], tokens[i]
    lex = lexicon()
    if not lex.is_first_name(first):  # (no ambiguous first name: "Otto", "Frank")
        return False
    if not (word in lex.last or _dictionary_surname(word, lex)) or word in NOT_NAMES:
        return False
    return i + 1 == len(tokens) or tokens[i + 1] in _AFTER_NAME  # not "Anna Fenster putzen"


# one capitalised word after "@" that a reply goes on after ("@Melis kannst du …", "@Keller:
# danke"); not an e-mail's domain, not a handle (the URL rules), not a whole line's heading
_MENTION = regex.compile(
    r"(?<![\w.@\-])@(?P<v>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?=[^\S\n]*[:,!?]|[^\S\n]+\p{Ll}|[^\S\n]+(?:Danke|Bitte|Genau|Stimmt|Super|Klar)\b)",
    regex.VERSION1,
)


def mention_spans(text: str):
    """Yield a chat's @-mention of one person by a name the lists hold or no word of the language.

    "@Melis kannst du ihm das Heft mitbringen?", "@Keller: danke" are people; a group or an
    office stays ("@Alle bitte …", "@Elternbeirat: …", "@Oma kommst du?").
    """
    lex = lexicon()
    for match in _MENTION.finditer(text):
        word = match.group("v")
        if word in _REPLY_OPENERS or word in NOT_NAMES or word.lower() in RELATIVES:
            continue
        if word in named_after_people() or word.lower() in home_districts() or (
            word.lower().endswith(TOWN_ENDINGS) and word not in lex.first
        ):
            continue  # "@Bosch", "@Kärcher", "@Plochingen", "@Berkheim": a firm, a place
        if word not in lex.first and (lex.is_compound(word) or lex.is_declined_noun(word)):
            continue  # "@Albverein:", "@Förster:", "@Schatz kommst du?": no one's name
        parts = word.split("-")  # "@Anna-Lena"; not "@Stadt-Team"
        if all(p in lex.last or p in lex.first or not (lex.is_german(p) or lex.is_english(p))
               for p in parts):
            yield match.span("v")


MENTION_RULES = [
    _Rule("NAME", None, needs=("@",), gate=regex.compile(r"@\p{Lu}"), gate_on_raw=True,
          finder=mention_spans, name="name-chat-mention", trusted=True, by_form=True),
]
