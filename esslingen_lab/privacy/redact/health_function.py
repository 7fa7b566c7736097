"""A bodily function said to be impaired: "hört sehr schlecht", "kann kaum noch laufen".

People describe a disability by what no longer works as often as by its name: "er hört sehr
schlecht", "sieht kaum noch was", "kann nicht gut laufen", "die rechte Hand kaum bewegen
kann". One mechanism covers the family: a verb of seeing, hearing, walking or moving, with
a word of impairment ("schlecht", "kaum", "nichts mehr", "nicht (mehr) gut") next to it —
said directly ("hört schlecht"), after "kann" ("kann kaum noch laufen") or at the end of
a subordinate clause ("… die Hand kaum bewegen kann"). What a person cannot do with it
("kann die Schrift nicht lesen", "kann nicht telefonieren", "kann kein Deutsch sprechen")
is a consequence, not a function, and stays; so do "sieht schlecht aus" (looks bad) and
"hört nicht zu" (does not listen): the word must say impairment, not plain negation.

:func:`function_phrase` returns the number of words of such a phrase at a word; the health
rule then needs a specific person as for any other term.
"""

from __future__ import annotations

__all__ = ["FUNCTION_STARTS", "function_phrase", "may_hold", "sense_used_otherwise"]

# finite forms that say the function itself: "hört schlecht", "sieht kaum noch"
_SENSE = frozenset(
    "hört höre hör hörte hören sieht sehe seh sah sehen läuft laufe lauf lief".split()
)
# infinitives after "kann": "kann nicht gut laufen", "die Hand kaum bewegen kann"
_FUNCTION = frozenset(
    "laufen gehen sehen hören bewegen greifen schlucken treppensteigen gehn steigen".split()
)
_CAN = frozenset("kann konnte kan ka könne kann's".split())
# words of impairment; "nicht" counts only with "mehr", "gut", "richtig", "allein"
_IMPAIRED = frozenset("schlecht schlechter kaum nichts nix nimmer wenig schwer".split())
_NOT = frozenset(("nicht", "net", "ned", "nit"))
_NOT_WITH = frozenset("mehr gut richtig allein alleine selbst weit ohne".split())
_FILL = frozenset("sehr fast ganz so nur noch mehr gar schon extrem total echt arg "
                  "recht ziemlich auch inzwischen mittlerweile außerdem leider halt hald "
                  "fascht fei eh".split())
# a setting between the sense and its impairment that says the body: "höre am Telefon nicht
# mehr gut", "sehe im Dunkeln kaum noch" (not "höre im Ratssaal schlecht", "sehe am
# Bildschirm nicht mehr gut": the room, the screen)
_SETTING = frozenset((("am", "telefon"), ("im", "dunkeln")))
# a cause after the impairment lies outside the person: "…, weil die Leitung rauscht"
_OUTSIDE_CAUSE = frozenset("weil da wenn denn wegen bitte so".split())
_AFTER = frozenset("mehr noch was etwas gut".split())
# words that open a place or a time, not an object: "kann nicht mehr im Büro …"
_NO_OBJECT = frozenset("im am in an auf zum zur bei beim nach vor seit wegen mit".split())
# an object that makes seeing or hearing a figure of speech: "kann es nicht mehr hören"
_PRONOUNS = frozenset("es das dies dieses sowas so nichts ihn sie man dich euch ihr".split())
# a function with these words after it is something else: "sieht schlecht aus"
# ("hört schlecht auf Ratschläge", "hört nicht gut zu")
_NOT_AFTER = frozenset("aus jemand jemanden keiner niemand einer zu auf".split())
# a clause after the verb says what is hard to make out, no impairment: "Ich höre schlecht,
# was die Durchsage sagt", "Ich sehe schlecht, wo der Eingang ist" ("was" after a comma:
# "sieht kaum noch was" is one)
_CLAUSE = frozenset("wo wie ob dass daß wann wer woher wohin".split())
# "kann nicht gut laufen lassen, was andere sagen": an idiom
_IDIOM_AFTER = {"laufen": frozenset(("lassen", "gelassen"))}
_MAX_OBJECT = 4  # words of an object between "kann" and the function: "die rechte Hand"



# stairs or a distance one cannot manage: "kann keine Treppen mehr steigen", "kann keine 100
# Meter laufen", "die keine Treppe steigen kann" (not "kann keine Treppen bauen")
_NONE = frozenset("keine keinen koine kei koi".split())
_STAIRS = frozenset("treppe treppen stufe stufen treppa stäffele".split())
_DISTANCE = frozenset("meter m km kilometer schritte schritt".split())
_CLIMB = frozenset("steigen gehen laufen hochgehen hochsteigen hochkommen raufgehen "
                   "raufkommen steiga laufa hoch rauf nauf".split())
# "schafft keine Treppen mehr", "kommt keine Treppen mehr hoch"
_MANAGE = frozenset("schafft schaffe schaff kommt komme".split())
# between "kann" and "keine": "kann leider keine …", "kann wegen meiner Hüfte keine …"
_BEFORE_NONE = 5
_NEW_CLAUSE = frozenset("und aber oder weil wenn denn dass daß ob".split())


def _stairs(lower: list[str], k: int, n: int, climb: bool = True) -> int:
    """Return the index after "keine Treppen (mehr) steigen" from word ``k``, or -1."""
    if k + 2 >= n or lower[k] not in _NONE:
        return -1
    m = k + 1
    word = lower[m]
    # "keine Treppen", "keinen Kilometer", "keine 200m" (digits and "m"/"km" in one word)
    if word in _STAIRS or word == "kilometer" or (
        word[:1].isdigit() and word.endswith("m") and word.rstrip("km").isdigit()
    ):
        m += 1
    elif word.isdigit() and lower[m + 1] in _DISTANCE:  # "keine 200 Meter"
        m += 2
    else:
        return -1
    while m < n and m < k + 6 and (lower[m] in _FILL or lower[m] == "meh"):
        m += 1
    if m < n and lower[m] in _CLIMB:
        m += 1
    elif climb:
        return -1
    if "ohne" in lower[m : m + 2]:
        return -1  # "kann keine 100 Meter gehen, ohne dass …": a figure of speech
    return m


def _can_then_stairs(lower: list[str], i: int, n: int) -> int:
    """Return the index after "kann (leider …) keine Treppen steigen" from ``i``, or -1."""
    for k in range(i + 1, min(n, i + 1 + _BEFORE_NONE)):
        if lower[k] in _NONE:
            return _stairs(lower, k, n, climb=lower[i] not in _MANAGE)
        if not lower[k][:1].isalpha() or lower[k] in _NEW_CLAUSE:
            return -1
    return -1


def _forms(words):
    return frozenset(f for w in words for f in (w, w.capitalize(), w.upper()))


# a text needs a verb and a word of impairment for the phrase (words as written, case
# kept); "nicht" only with "kann", a function and "mehr"/"gut"/… (all common words)
GATE_VERBS = _forms(_SENSE | _FUNCTION)
GATE_WORDS = _forms(_IMPAIRED)
_GATE_CAN = _forms(_CAN)
_GATE_NOT = _forms(_NOT)
_GATE_NOT_WITH = _forms(_NOT_WITH)


_GATE_NONE = _forms(_NONE)
_GATE_STAIR_VERBS = _forms(_CLIMB | _MANAGE)


def may_hold(words) -> bool:
    """Tell a text (its set of words) that may hold an impaired function."""
    if not (_GATE_NONE.isdisjoint(words) or _GATE_STAIR_VERBS.isdisjoint(words)):
        return True  # "kann keine Treppen steigen"
    if GATE_VERBS.isdisjoint(words):
        return False
    if not GATE_WORDS.isdisjoint(words):
        return True
    return not (_GATE_CAN.isdisjoint(words) or _GATE_NOT.isdisjoint(words)
                or _GATE_NOT_WITH.isdisjoint(words))


def _impairment(lower: list[str], k: int, end: int) -> int:
    """Return the index after an impairment said from word ``k`` (fillers first), or -1."""
    m = k
    while m < end and m < k + 3 and lower[m] in _FILL:
        m += 1
    if m < end and lower[m] in _IMPAIRED:
        return m + 1
    if m < end and lower[m] in _NOT:
        n = m + 1
        while n < end and n < m + 3 and lower[n] in _FILL and lower[n] != "mehr":
            n += 1
        if n < end and lower[n] in _NOT_WITH:
            return n + 1
    return -1


#: The words a function phrase starts with: a sense, "kann", or what _impairment reads first
#: (a filler, an impairment, a negation); function_phrase says 0 at any other word.
FUNCTION_STARTS = _SENSE | _CAN | _FILL | _IMPAIRED | _NOT | _NONE | _MANAGE


def _clause_after(lower: list[str], k: int) -> bool:
    """Tell a clause opening at word ``k`` ("wo …", ", was …")."""
    if k < len(lower) and lower[k] == ",":
        return k + 1 < len(lower) and (lower[k + 1] in _CLAUSE or lower[k + 1] == "was")
    return k < len(lower) and lower[k] in _CLAUSE


def sense_used_otherwise(lower: list[str], i: int, end: int) -> bool:
    """Tell a seeing or hearing phrase ``i`` … ``end - 1`` that says no impairment.

    "hört schlecht auf Ratschläge", "höre schlecht, was die Durchsage sagt".
    """
    if lower[i] not in _SENSE:
        return False
    return (end < len(lower) and lower[end] in _NOT_AFTER) or _clause_after(lower, end)


def _idiom(lower: list[str], k: int) -> bool:
    """Tell a function word that is part of an idiom: "laufen lassen"."""
    return k + 1 < len(lower) and lower[k + 1] in _IDIOM_AFTER.get(lower[k], ())


# what may follow a verb at the end of a subordinate clause: "weil ich schlecht sehe, …"
_CLAUSE_END = frozenset(", . ! ? ; : ) – - und aber oder".split())


def _verb_last(lower: list[str], k: int) -> bool:
    """Tell the end of a clause at word ``k`` (the verb before it came last)."""
    return k >= len(lower) or lower[k] in _CLAUSE_END


def function_phrase(lower: list[str], i: int) -> int:
    """Return the number of words of an impaired function starting at word ``i`` (0: none).

    Examples
    --------
    >>> function_phrase("er hört sehr schlecht".split(), 1)
    3
    >>> function_phrase("kann nicht gut laufen".split(), 0)
    4
    >>> function_phrase("die rechte hand kaum bewegen kann".split(), 3)
    3
    >>> function_phrase("das sieht schlecht aus".split(), 1)
    0
    >>> function_phrase("weil ich schlecht sehe".split(), 2)
    2
    """
    n = len(lower)
    w = lower[i]
    if w in _SENSE:
        end = _impairment(lower, i + 1, n)
        if end < 0 and i + 3 < n and (lower[i + 1], lower[i + 2]) in _SETTING:
            end = _impairment(lower, i + 3, n)
            after = lower[end : end + 4] if end > 0 else []
            if end > 0 and (lower[end - 1] in ("nichts", "nix", "wenig") or not (
                _OUTSIDE_CAUSE.isdisjoint(after)
            )):
                end = -1  # "…, weil die Leitung der Hotline rauscht": not the ear
        if end < 0 or (end < n and lower[end] in _NOT_AFTER) or _clause_after(lower, end):
            return 0
        while end < n and end < i + 8 and lower[end] in _AFTER:
            end += 1
        return end - i
    if w in _CAN or w in _MANAGE:
        end = _can_then_stairs(lower, i, n)
        if end > 0 or w in _MANAGE:
            return max(0, end - i)
        end = _impairment(lower, i + 1, n)
        if end < 0:
            return 0
        k = end
        while k < n and k < end + _MAX_OBJECT and lower[k] not in _FUNCTION and (
            lower[k][:1].isalpha() and lower[k] not in _NO_OBJECT
        ):
            k += 1
        if k < n and lower[k] in _FUNCTION and not _idiom(lower, k):
            return k + 1 - i
        return 0
    # verb last: "(die rechte Hand) kaum bewegen kann", "nicht mehr laufen kann"
    end = _stairs(lower, i, n)
    if end > 0:
        return end + 1 - i if end < n and lower[end] in _CAN else 0
    end = _impairment(lower, i, n)
    if end < 0:
        return 0
    last = end
    while last < n and last < end + 2 and lower[last] in ("noch", "mehr"):
        last += 1
    if last < n and lower[last] in _SENSE and _verb_last(lower, last + 1) and (
        i == 0 or lower[i - 1] not in _PRONOUNS  # "ob ich das schlecht sehe": a judgement
    ):
        return last + 1 - i  # "weil ich schlecht sehe", "da er kaum noch hört."
    if end < n and lower[end] in _FUNCTION and not _idiom(lower, end):
        if end + 1 < n and lower[end + 1] in _CAN:
            return end + 2 - i
        # "kann seit dem Sturz den linken Arm kaum bewegen": "kann" came first
        can = next((m for m in range(i - 1, max(-1, i - 9), -1) if lower[m] in _CAN), None)
        if can is not None and _PRONOUNS.isdisjoint(lower[can + 1 : i]):
            return end + 1 - i
    return 0
