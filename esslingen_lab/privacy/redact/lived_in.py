"""Who is said to live in a home told in words, and which one house it is (session 50).

Checks for the directions read after a residence cue (:mod:`.direction_finders`):

- one person or "we" live there (:func:`one_liver`): "ich wohne", "wir wohnen", "meine Oma
  lebt", "Frau Maier wohnt"; not "sie wohnen" (they, or "Sie" in a hypothetical), "unsere
  Saisonkräfte wohnen", "mein Pferd lebt";
- a dwelling with the definite article and a named place after it is one house
  (:func:`named_dwelling`): "im Hochhaus am Zollberg", "im Gärtnerhaus vom alten Friedhof",
  "em Häusle am alta Friedhof"; not "in einem Haus am Stadtrand", "im Hochhaus in der Nähe";
- who lives there too, after "mit", is skipped (:func:`with_whom`): "wohnt mit den Kids im …",
  "mit ihrer Tochter und Oma im …"; not "mit Hund", "mit Blick auf …";
- a "da, wo …" clause may come first (:data:`THERE_WHERE`): "wohn da, wo früher der Schlecker
  war, in Mettingen über dem Nagelstudio, 1. Stock".
"""

from __future__ import annotations

import re

import regex

from esslingen_lab.privacy.redact.directions import (
    _ARTICLES,
    _STOP_WORDS,
    _WEAK,
    _adjective_before,
    _is_dwelling,
)
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import RELATIVES

__all__ = ["THERE_WHERE", "named_dwelling", "one_liver", "there_where", "with_whom"]

# "wohn da, wo früher der Schlecker war, …": the place told by a clause first (the cheap
# test on the text after a cue; :func:`there_where` reads the tokens)
THERE_WHERE = re.compile(r"\s+(?i:da|do|dort),?\s+(?i:wo)\b")


def there_where(tokens, k: int) -> bool:
    """Tell "da, wo …" at token ``k``: "da", "do" or "dort", commas only, then "wo"."""
    return tokens[k][0].lower() in ("da", "do", "dort") and any(
        tokens[m][0].lower() == "wo" and all(t[0] == "," for t in tokens[k + 1 : m])
        for m in range(k + 1, min(k + 3, len(tokens)))
    )


_WE = regex.compile(r"(?<![\p{L}])(?i:wir|mir|mer)\x20+(?:\p{Ll}+\x20+){0,2}$", regex.VERSION1)
# one person before "wohnt"/"lebt": a name found, "er"/"sie", one's relative or a person's noun
_ONE_LIVER = regex.compile(
    r"(?:\[NAME\]|(?<![\p{L}])(?i:er|sie|se)|(?<![\p{L}])(?:Frau|Herr|Familie|Fam\.)\x20+"
    r"\p{Lu}\p{L}+|(?<![\p{L}])(?i:mein|meine|unser|unsere|mei|sein|seine|ihr|ihre)\x20+"
    r"(?P<who>\p{L}+))\x20+(?:\p{Ll}+\x20+){0,2}$",
    regex.VERSION1,
)


def one_liver(text: str, at: int, cue: str) -> bool:
    """Tell one person (or "we") said to live there: "ich wohne", "wir wohnen", "meine Oma lebt".

    Not "sie wohnen" (they, or "Sie" in a hypothetical), nor "unsere Saisonkräfte wohnen",
    "mein Pferd lebt": several people or an animal live in many a house.
    """
    low = cue.lower()
    if low in ("wohne", "wohn", "lebe", "leb"):
        return True
    before = text[max(0, at - 30) : at]
    if low in ("wohnen", "leben", "wohnet", "wohned", "wohnat", "lebet", "lebed"):
        return _WE.search(before) is not None
    if low not in ("wohnt", "lebt", "wohnd"):
        return False
    found = _ONE_LIVER.search(before)
    if found is None:
        return False
    who = found.group("who")
    return who is None or who.lower() in RELATIVES or (who[:1].isupper() and _is_person_noun(who))


def named_dwelling(tokens, k: int, end: int, places) -> bool:
    """Tell "im Hochhaus am Zollberg", "im Gärtnerhaus vom alten Friedhof": the one house.

    A dwelling with the definite article ("im", "in der") and, after it, a locative with a
    capitalised name or noun: where someone is said to live, that singles the house out.
    """
    n = len(tokens)
    low = tokens[k][0].lower() if k < n else ""
    if low in ("im", "em"):
        j = k + 1
    elif low == "in" and k + 1 < n and tokens[k + 1][0].lower() in ("der", "dem"):
        j = k + 2
    else:
        return False
    if j < n and _adjective_before(tokens[j][0].lower()) and not tokens[j][0][:1].isupper():
        j += 1
    if j >= n or not (_is_dwelling(tokens[j][0]) and len(tokens[j][0]) > 2):
        return False
    for m in range(j + 1, min(j + 4, n)):
        if tokens[m][1] >= end:
            return False
        word = tokens[m][0].lower()
        if word in places or word in _WEAK and word not in ("bei", "mit", "zu"):
            following = m + 1
            while following < n and tokens[following][0].lower() in _ARTICLES:
                following += 1
            if (
                following < n
                and tokens[following][0].isalpha()
                and (tokens[following][0].islower() and tokens[following][0] not in _STOP_WORDS)
            ):
                following += 1  # an adjective: "am alten Friedhof", "am alta Friedhof"
            return (
                following < n
                and tokens[following][1] < end
                and tokens[following][0][:1].isupper()
                and tokens[following][0].lower() not in _VAGUE_PLACES
            )
        if not (word in _ARTICLES or tokens[m][0][:1].isupper()):
            return False
    return False


# where many houses stand: no one house told ("im Hochhaus in der Nähe")
_VAGUE_PLACES = frozenset(
    "nähe innenstadt stadt zentrum stadtmitte ort dorf gegend umgebung "
    "stadtteil viertel neubaugebiet esslingen".split()
)


_WITH_WHOM = frozenset(
    "ihrer ihrem ihren seiner seinem seinen meim meiner meinem meinen unserer unserem unseren "
    "den dem der die einem einer ihr ihm und gemeinsam kids".split()
)


def with_whom(tokens, i: int, k: int) -> bool:
    """Tell a word of "mit den Kids", "mit ihrer Tochter und Oma" after "wohnt".

    People only, after a "mit" at most five words back: not "mit Hund", "mit Blick auf …".
    """
    if k - i > 6 or "mit" not in (t[0].lower() for t in tokens[max(i, k - 5) : k]):
        return False
    word = tokens[k][0]
    low = word.lower()
    return (
        low in _WITH_WHOM
        or low in RELATIVES
        or word == "[NAME]"
        or (word[:1].isupper() and _is_person_noun(word))
        or (low.isdigit() and len(low) <= 2)
    )
