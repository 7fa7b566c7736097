"""A reply's @-mention of a person by first name and surname ("@Heiko Trautwein: ja …").

Comment threads of a participation portal or a social network answer one another with the
commenter's display name after "@". The name rule without a cue word finds the first name;
the word after it belongs to the mention when it is capitalised, no word that opens a reply
("@Jörg Danke für …", "@Kerstin Genau so") and the reply plainly starts after it: a colon or
comma, or a lower-case word after a word that is no compound and has no noun's ending
("@Kerstin Walz ja klar", "@Jörg Rapp nein, …"), or it is no German word at all
("@Jasmin Berisha @Tommi").
"""

from __future__ import annotations

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import _NOUN_ENDINGS, NOT_NAMES

__all__ = ["mention_surname"]

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
    if after in (":", ","):
        return True
    lex = lexicon()
    if after == "@" or (
        after[:1].islower()
        and not lex.is_compound(word)
        and not word.lower().endswith(_NOUN_ENDINGS)
    ):
        return True  # not "@Jörg Bürgerbeteiligung ist wichtig"
    return not lex.is_german(word)
