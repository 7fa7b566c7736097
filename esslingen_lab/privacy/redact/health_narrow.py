"""Two narrowings of the health rule (health.py), kept apart to keep health.py small.

- "am Stock gehen" said of being worn out: "Ich geh am Stock, so müde bin ich", "nach der
  Woche gehen wir alle total am Stock" is no walking stick (review P18).
- a health aid or illness named as the reason in a sentence about something else: "Ich
  brauche den Aufzug wegen meinem Rollator" tags the detail, not "brauche den Aufzug"
  (review P28), like "Der Aufzug ist für meinen [GESUNDHEIT] zu klein".
"""

from __future__ import annotations

from esslingen_lab.privacy.redact.health_words import _POSSESSIVE_FIRST

__all__ = ["reason_only", "worn_out"]

# tiredness said in the same sentence, or a degree word right before "am Stock"
_TIRED = frozenset(
    "müde hundemüde todmüde erschöpft kaputt fertig k.o. ko platt ausgelaugt gestresst "
    "schlapp urlaubsreif durch erledigt groggy stress gschafft geschafft".split()
)
_DEGREE = frozenset("total völlig komplett voll echt richtig absolut ziemlich so".split())
_REASON = frozenset("wegen für mit ohne trotz dank".split())


def worn_out(lower: list[str], sentence_of, i: int, n: int) -> bool:
    """Tell "am Stock" (words ``i`` … ``i + n - 1``) said of tiredness, not of a stick."""
    if not lower[i + n - 1] == "stock" or n < 2 or lower[i + n - 2] != "am":
        return False
    at = i + n - 2  # "am"
    if at > 0 and lower[at - 1] in _DEGREE or at > 1 and lower[at - 2] in _DEGREE:
        return True
    sentence = sentence_of(i)
    for k in range(max(0, i - 8), min(len(lower), i + n + 8)):
        if lower[k] in _TIRED and sentence_of(k) == sentence:
            return True
    return False


def reason_only(lower: list[str], words: list[str], after_person: int, i: int) -> bool:
    """Tell "<verb> <object …> wegen meinem <term>": only the term says something of health.

    The reason ("wegen meinem", "für meine") comes after at least two words of the
    sentence's own matter ("brauche den Aufzug"); "Ich bin wegen meiner Depression …"
    (one verb before the reason) keeps its whole statement.
    """
    k = i - 1
    if k > 0 and words[k][:1].islower() and lower[k] not in _POSSESSIVE_FIRST:
        k -= 1  # "wegen meinem neuen Rollator"
    if k < 1 or lower[k] not in _POSSESSIVE_FIRST or lower[k - 1] not in _REASON:
        return False
    return sum(1 for w in words[after_person:k - 1] if w[:1].isalnum()) >= 2
