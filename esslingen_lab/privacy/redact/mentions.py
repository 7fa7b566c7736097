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

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import _NOUN_ENDINGS, NOT_NAMES
from esslingen_lab.privacy.redact.workplace import _dictionary_surname

__all__ = ["surname_after", "mention_surname"]

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
