"""A role said to be held by one person only, after the role ("…, die einzige dort").

"Tagesmutter in Wäldenbronn, die einzige dort", "Schulsozialarbeiterin der Grundschule
Rüdern – ich bin dort die einzige". The role with where it is ("Dolmetscherin vom
Landratsamt") names no one by itself; said to be the only one ("die einzige für DGS im
Kreis", "und zwar die einzige", "(der einzige mit Rastazöpfen im Kollegium)") it singles out
a person. The whole, from the role's article to the end of what makes it unique, becomes
one description. The role must be a noun for a person (not "Die Stadtbibliothek, die einzige
mit Sonntagsöffnung") whose gender fits the article of "einzige" ("die" after
"Tagesmutter", "der" after "Informatiklehrer").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.description_words import _feminine, _person_word
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["ONLY_ONE_RULES", "only_one_spans"]

# what follows the role: ", die einzige dort", " – ich bin hier die einzige", ", und zwar die
# einzige", " (der einzige mit …)"
_ONLY_AFTER = regex.compile(
    r"""(?P<sep>\x20*,\x20*|\x20+[–—-]\x20+|\x20*\(\x20*)
        (?:und\x20+zwar\x20+
          |(?:ich\x20+bin|sie\x20+ist|er\x20+ist)(?:\x20+(?:hier|dort|da)(?:\x20+oben)?)?\x20+)?
        (?P<article>die|der|den|dr)\x20+einzigen?\b
        (?P<rest>[^.!?\n()–—;,]{0,80})""",
    regex.VERBOSE | regex.VERSION1,
)
_WORD = regex.compile(r"[\p{L}][\p{L}\-]*", regex.VERSION1)
# a clause's start before the role: the role is looked for after it
_CLAUSE_START = regex.compile(r"[.!?;:\n,(–—]|\x20-\x20", regex.VERSION1)
_DETERMINERS = frozenset(
    "der die den dem des unser unsere unseren unserem meine mein meinen meinem eine ein "
    "einen einem".split()
)


def _role_start(text: str, end: int, feminine: bool):
    """Find where the role before ``end`` starts: its determiner or the noun itself."""
    window_start = max(0, end - 120)
    head = text[window_start:end]
    cut = 0
    for found in _CLAUSE_START.finditer(head):
        cut = found.end()
    words = list(_WORD.finditer(head, cut))
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group()
        if word[:1].isupper() and _person_word(word):
            if _feminine(word) != feminine:
                return None  # "Der Hausmeister, die einzige …": not the same person
            first = k
            # adjectives and a determiner before the role: "Die neue Dolmetscherin"
            while first > 0 and words[first - 1].group()[:1].islower():
                before = words[first - 1].group().lower()
                if before in _DETERMINERS:
                    first -= 1
                    break
                if not before.endswith(("e", "en", "er")) or len(before) < 4:
                    break
                first -= 1
            return window_start + words[first].start()
    return None


def only_one_spans(text: str):
    """Yield roles said to be held by one person only (see the module's notes)."""
    last = 0
    for match in _ONLY_AFTER.finditer(text):
        feminine = match.group("article") == "die"
        start = _role_start(text, match.start(), feminine)
        if start is None or start < last:
            continue
        end = match.end("rest")
        while end > match.end("article") and text[end - 1] == " ":
            end -= 1
        if "(" in match.group("sep") and text[end : end + 1] == ")":
            end += 1
        last = end
        yield start, end


ONLY_ONE_RULES = [
    _Rule("BESCHREIBUNG", None, needs=("einzig",), finder=only_one_spans,
          name="beschreibung-einzige-danach", trusted=True),
]
