"""Rules for descriptions that single out one person: ``[PERSON-BESCHREIBUNG]``.

A description is a noun for one person ("die Dame", "der Typ", "die Aushilfe", "der
Hausmeister") with modifiers that tell which one: looks or belongings ("mit dem roten
Bart", "ca. 60, blond"), a relative clause with a habit, time or place ("der morgens die
Tour nach … fährt", "die freitags in der Bücherei … macht"), a tie to a small named unit
("in der Stadtbücherei Kranzbach", "am Schalter 3"), or a child's teacher or doctor ("die
Klassenlehrerin meiner Tochter"). A bracket or an apposition of looks ("(die mit dem
Papagei)", "Herr Maier, der kleine mit dem Schnauzer,") and a self-description ("ich bin die
Frau mit dem Blindenhund, die immer vorne sitzt") count too; a long habit clause is read up
to its "und". Plural staff, public office holders ("die
Oberbürgermeisterin") and a role alone ("der Hausmeister") stay.

A person tied to a role holder or a named house ("die Frau vom Ortsvorsteher in
Hohenbühl", "der Wirt vom Ochsen in Kirchbronn"), an adjective as a noun ("der große
Glatzköpfige am Schalter 3") and two older patterns ("die einzige Hebamme in Zell", "der Wirt
vom Gasthaus am Markt") are read in :mod:`.ties`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from esslingen_lab.privacy.redact import local_roles, ties
from esslingen_lab.privacy.redact.appositions import (
    _APPOSED_DETERMINERS,
    _after_anyone,
    _after_person,
    _apposed,
    _apposition_head,
    _at_work,
    _bracket_after_person,
    _is_head,
    _with_looks,
)
from esslingen_lab.privacy.redact.description_clauses import DESCRIPTION_CLAUSE_RULES
from esslingen_lab.privacy.redact.description_looks import LOOKS_AFTER_ROLE_RULES
from esslingen_lab.privacy.redact.description_walk import (
    _Group,
    _Walk,
)
from esslingen_lab.privacy.redact.description_words import (
    _APPOSITION_END,
    _CLASS,
    _CLAUSE_END,
    _CONTRACTED,
    _COUNTERS,
    _DETERMINERS,
    _DIALECT_ARTICLES,
    _FEM_OR_PLURAL,
    _HEADS_SEEN,
    _INDEFINITE,
    _NEIGHBOURS,
    _NOT_NAME,
    _feminine,
    _lexicon,
    _longest_suffix,
    _person_word,
)
from esslingen_lab.privacy.redact.extents import EXTENT_RULES
from esslingen_lab.privacy.redact.health_lexicon import _HEALTH_WORD
from esslingen_lab.privacy.redact.only_one import ONLY_ONE_RULES
from esslingen_lab.privacy.redact.only_persons import ONLY_PERSON_RULES, in_noun_case, only_person
from esslingen_lab.privacy.redact.patterns import Branches, KnownWords, _Rule
from esslingen_lab.privacy.redact.vocabulary import NOT_THE_ONLY

__all__ = ["DESCRIPTION_RULES"]

_NEGATIONS = frozenset(("nicht", "kein", "keine", "nich", "net"))  # "nicht die einzige, die …"
_COPULAS = frozenset(("ist", "war", "isch"))
_PRONOUNS = frozenset(("sie", "er", "ich", "se"))
_SELF_VERBS = frozenset(("bin", "war"))  # "ich bin die, die …"
_PERFECT = frozenset("hat habe hatte ist bin war wurde".split())
# "den" is also a plural ("den blinden Kunden")
_DEFINITE = frozenset(("der", "die", "dem"))
_OWNERS = frozenset("unser unsere mein meine der die".split())  # "Unser Hausarzt ist …"
_PLACE_WORDS = frozenset("in im am vom beim aus".split())



_STARTS = frozenset(_DETERMINERS) | frozenset(_CONTRACTED)


# "nicht die einzige Kinderärztin in Zell", "kein einziger Mitarbeiter": no one singled out
_NOT_THE_ONLY = regex.compile(NOT_THE_ONLY + "$")


def _person_spans(text: str):
    """Spans of a person noun with identifying modifiers, not "nicht die einzige …"."""
    for start, end in _described_persons(text):
        if "inzig" in text[start : start + 16].lower() and _NOT_THE_ONLY.search(
            text[max(0, start - 16) : start]
        ):
            continue
        yield start, end


def _described_persons(text: str):
    """Spans of a person noun with identifying modifiers (see the module's docstring)."""
    walk = _Walk(text)
    # only a determiner or a contracted article starts a description: jump from one to the
    # next (the other words would each be passed over in turn)
    starts = [j for j, low in enumerate(walk.lowers) if low in _STARTS]
    i = 0
    while True:
        k = bisect_left(starts, i)
        if k == len(starts):
            return
        i = starts[k]
        det = walk.lower(i)
        if det not in _DETERMINERS:  # "gefahren vom Inhaber des Autohauses an der …"
            group = walk.noun_group(i + 1)
            end = _tied(walk, _CONTRACTED[det], group) if group is not None else None
            if end is not None:
                first = i if det in _DIALECT_ARTICLES else i + 1
                yield _span(walk, first, end, group.end)
                i = end
                continue
            i += 1
            continue
        opener = walk.word(i - 1)
        if det in {"der", "die"} and opener in {",", "("} and _after_person(walk, i - 1):
            found = walk.looks_phrase(i)  # "Herr Maier vom Bauhof, der große mit dem Vollbart,"
            closing = {")"} if opener == "(" else _APPOSITION_END | {""}
            if found is not None and found[1] and walk.word(found[0]) in closing:
                yield _span(walk, i, found[0], i + 1)
                i = found[0]
                continue
        if opener == "," and det in _APPOSED_DETERMINERS and _after_anyone(walk, i - 1):
            found = _apposed(walk, i, det)  # "Mein Vermieter, der Zahnarzt aus dem EG, …"
            if found is not None:
                yield _span(walk, _apposition_head(walk, i - 1), found, i + 1)
                i = found
                continue
        if det in {"der", "die"} and opener == "(":
            found = _bracket_after_person(walk, i)  # "Uschi (die vom Kiosk am Bahnhof)"
            if found is not None:
                yield _span(walk, i, found, i + 1)
                i = found
                continue
        if det in {"der", "die"} and walk.lower(i - 1) in _SELF_VERBS and walk.word(i + 1) == ",":
            found = walk.relative(i + 1, lenient=True)  # "ich bin die, die immer … macht"
            # a habit in the present ("… den Kuchen macht"), not a deed once ("… gefragt hat")
            if found is not None and walk.lower(i + 2) == det and (
                walk.lower(found[0] - 1) not in _PERFECT
            ):
                yield _span(walk, i, found[0], i + 1)
                i = found[0]
                continue
        if (
            (det in {"der", "die"} and walk.lower(i + 1) == "einzige")
            # dative and accusative: "zu der einzigen Sachbearbeiterin, die Türkisch spricht"
            or (det in {"der", "dem", "den"} and walk.lower(i + 1) == "einzigen")
        ) and walk.lower(i - 1) not in _NEGATIONS:
            end = _the_only_one(walk, i + 2)  # "die einzige, die sich mit … auskennt"
            if end is not None:
                yield _with_closing_comma(walk, _span(walk, i, end, i + 2), i, end)
                i = end
                continue
        if _ONLY_AFTER.get(_ONLY_FORM.get(det, det)) == _ONLY_FORM.get(
            walk.lower(i + 1), walk.lower(i + 1)
        ) and walk.lower(i - 1) not in _NEGATIONS:
            end = _our_only_one(walk, i + 2, det)  # "unsere einzige Kollegin, die SAP versteht"
            if end is not None:
                yield _with_closing_comma(walk, _span(walk, i, end, i + 2), i, end)
                i = end
                continue
        if det in {"der", "die"} and walk.lower(i + 1) == "mit":
            chain = _with_looks(walk, i)
            if chain is not None:
                yield _span(walk, i, chain, i + 1)
                i = chain
                continue
        group = walk.noun_group(i)
        if group is not None and det not in _INDEFINITE:
            end = _tied(walk, det, group)
            if end is not None:
                yield _span(walk, i, end, group.end)
                i = end
                continue
        if group is not None and _role_of_class(walk, group):
            yield _span(walk, i, group.end + 2, group.end)  # "die Vorsitzende der 3a"
            i = group.end + 2
            continue
        if group is not None and _seen_by_looks(walk, det, group):
            chain = walk.modifiers(group.end)  # "die Rentnerin mit den drei Katzen aus Nr. 9"
            if chain is not None:
                yield _span(walk, i, chain[0], group.end)
                i = chain[0]
                continue
        if group is None or not _is_head(walk, det, group):
            i += 1
            continue
        if group.ailing and det in _DEFINITE and not group.named:
            # "der schwerhörige Kollege", "die blinde Frau aus der Nummer 12": a person known
            # by a condition (a health detail too); "die blinden Kunden" are many
            chain = walk.modifiers(group.end, known=True)
            end = chain[0] if chain is not None else group.end
            yield _span(walk, i, end, group.end)
            i = end
            continue
        if walk.lower(i - 1) == "bin" and det in {"der", "die"}:
            end = _self_described(walk, group.end)  # "ich bin die Frau mit dem Blindenhund"
            if end is not None:
                yield _span(walk, i, end, group.end)
                i = end
                continue
        vague = det in _INDEFINITE
        chain = walk.modifiers(group.end, only=group.only, vague=vague)
        genitive = walk.genitive(group.end, group.noun)
        if genitive is not None:
            after = walk.modifiers(genitive[0], only=group.only, known=genitive[1], vague=vague)
            if after is not None:
                chain = after
        if chain is None:
            i += 1
            continue
        yield _span(walk, i, chain[0], group.end)
        i = chain[0]


# members of the public, no description by themselves ("ein Rentner, der jeden Tag …",
# description_excluded.txt), but one of them seen with something ("der Rentner mit dem
# Schäferhund aus dem Eckhaus", "die Oma mit dem lila Lastenrad, die jeden Morgen …")
_SEEN_BY_LOOKS = frozenset(
    "rentner rentnerin oma opa nachbar nachbarin anwohner anwohnerin".split()
)


def _seen_by_looks(walk: _Walk, det: str, group: _Group) -> bool:
    """Tell one member of the public by "der/die … mit …" (singular, no name after it)."""
    noun = group.noun
    if det not in _DEFINITE | {"den"} or group.named or noun.lower() not in _SEEN_BY_LOOKS:
        return False
    if det == "die" and not _feminine(noun):
        return False  # "die Rentner mit …": many
    return walk.lower(group.end) == "mit"


# "unser einziger Hausmeister", "unsere einzige Hebamme", "unserer einzigen Hebamme": the
# singular forms ("unsere einzigen Mitarbeiter" are many)
_ONLY_AFTER = {"unser": "einziger", "mein": "einziger", "unsere": "einzige", "meine": "einzige",
               "unserem": "einzigen", "meinem": "einzigen", "unserer": "einzigen",
               "meiner": "einzigen", "unseren": "einzigen", "meinen": "einzigen"}
# said as spoken: "unser einzigster Hausmeister", "unsre einzige Hebamme"
_ONLY_FORM = {"einzigste": "einzige", "einzigster": "einziger", "einzigsten": "einzigen",
              "unsre": "unsere", "unsrer": "unserer", "unsrem": "unserem", "unsren": "unseren"}


_FILLED_BY = frozenset("das die der ein eine unser unsere".split())
_PREPOSITIONS_AFTER = frozenset("für an am im in vom von bei beim aus der des zum zur".split())


def _with_closing_comma(
    walk: _Walk, span: tuple[int, int], first: int, end: int
) -> tuple[int, int]:
    """Take the comma closing a relative clause inside the span: "bis [X] zurückkommt".

    "unsere einzige Kollegin, die SAP versteht, zurückkommt" loses its clause to the tag;
    the comma after it goes with it when a verb or a lower-case word goes on the sentence,
    not when a comma before the span opened an apposition ("Die Dame, [X], geht …").
    """
    if walk.word(end) == "," and walk.word(end + 1)[:1].islower() and "," in walk.words[
        max(0, end - 20) : end
    ] and walk.tokens[end][1] == span[1] and (first == 0 or walk.word(first - 1) != ","):
        return span[0], walk.tokens[end][2]
    return span


def _our_only_one(walk: _Walk, i: int, det: str):
    """End of "(unser einziger) Hausmeister" from ``i``, the noun after "einzige", or None.

    One's own only one in a role is one person ("Unser einziger Hausmeister ist krank"),
    with what follows as for "der einzige" (:func:`_the_only_one`); a relative ("mein
    einziger Sohn"), a thing ("unsere einzige Chance") or many ("unseren einzigen
    Mitarbeitern") is no description. None too when the general reading of the walk finds
    the place or role after the noun ("Unser einziger Lehrer für Mathe"): it tags that.
    """
    group = walk.noun_group(i)
    if group is None or group.named or not only_person(group.noun):
        return None
    if det in ("unseren", "meinen") and group.noun.endswith("n"):
        return None  # "unseren einzigen Mitarbeitern": a dative plural
    if walk.lower(group.end) in _COPULAS and walk.lower(group.end + 1) in _FILLED_BY:
        return None  # "Unser einziger Ansprechpartner ist das Bürgeramt": an office fills it
    end = _the_only_one(walk, i)
    if end is not None:
        return end
    chain = walk.modifiers(group.end, only=True)
    genitive = walk.genitive(group.end, group.noun)
    if chain is not None or genitive is not None or _tied(walk, det, group) is not None:
        return None  # "… im Fundbüro": the general reading
    if walk.lower(group.end) in _PREPOSITIONS_AFTER:
        return None  # "… für Mathe", "… an der Schule": left to the rules of roles and places
    return group.end


def _the_only_one(walk: _Walk, i: int):
    """End of what makes someone "der/die einzige" from ``i`` (after "einzige"), or None.

    Only one person fits: "die einzige, die sich mit dem neuen Register auskennt", "der
    einzige Kollege, der noch Latein kann", "der einzige mit dem Hirschgeweih", "sie ist die
    einzige mit …". A thing ("die einzige Möglichkeit, die …"), "nicht der einzige, der …"
    (many) and a person named before "ist" ("Frau [NAME] ist die einzige, die …") stay.
    """
    for k in range(i - 3, max(-1, i - 9), -1):
        if walk.word(k) in _CLAUSE_END:
            break
        if walk.lower(k) in _COPULAS:
            before = walk.lower(k - 1)
            if before not in _PRONOUNS and not (
                # "…, die ist die einzige Frau, die …": a demonstrative for a person
                before in _DEFINITE and (k < 2 or walk.word(k - 2) in _CLAUSE_END)
            ) and not (
                # "Unser Hausarzt ist der einzige in Hegensberg, der …": a role, no name
                walk.word(k - 1)[:1].isupper() and _person_word(walk.word(k - 1))
                and walk.lower(k - 2) in _OWNERS
            ):
                return None  # "Frau [NAME] ist die einzige, die …": the name tells who
            break
    if walk.word(i)[:1].isupper() and walk.word(i) not in _NOT_NAME:
        group = walk.noun_group(i)
        if group is None or group.named or not only_person(group.noun):
            return None
        i, noun = group.end, True
    else:
        noun = False
    if walk.lower(i) == "mit":
        looks = walk.looks(i)
        if looks is None:
            return None
        # a thing of one's own ("mit dem Hirschgeweih") or a place that tells ("mit Dienstwagen
        # im Erdgeschoss"); "die einzige mit Erfahrung" may be one of many
        if looks[1] or walk.lower(i + 1) in {"dem", "der", "den"}:
            chain = walk.modifiers(looks[0], known=True)
            return chain[0] if chain is not None else looks[0]
        chain = walk.modifiers(looks[0])
        return chain[0] if chain is not None else None
    if walk.lower(i) in _PLACE_WORDS and walk.word(i + 1)[:1].isupper():
        i += 2  # "der einzige in Hegensberg, der …"
    if walk.word(i) != "," or walk.lower(i + 1) not in {"der", "die"}:
        return None
    end = i + 2
    while end < len(walk.words) and end - i <= 20 and walk.word(end) not in _CLAUSE_END:
        end += 1
    if end - i <= 3 or not walk._verb(end - 1):
        return None  # a relative clause ends with its verb
    if walk.word(end) == "," and walk.lower(end + 1) in _COPULAS and (
        not noun or walk.lower(end + 2) in _DEFINITE
        or walk.word(end + 2) in ("Herr", "Frau", "[NAME]")
    ):
        # "Der einzige, der sich auskennt, ist der Hausmeister": he is named next ("Der
        # einzige Hausarzt, der …, ist selber schon über 70" tells no one else)
        return None
    return end


def _role_of_class(walk: _Walk, group: _Group) -> bool:
    """Tell "die (Klassenpflegschafts)Vorsitzende der 3a": any role of one school class."""
    if walk.lower(group.end) != "der" or _CLASS.fullmatch(walk.lower(group.end + 1)) is None:
        return False
    lower = group.noun.lower()
    if not group.noun[:1].isupper() or lower.endswith(("innen", "en")):
        return False  # "die Kinder der 3a", "die Eltern der 3a": a group
    return _longest_suffix(lower, _lexicon()["excluded_set"]) > 0 and not lower.endswith("er")


def _self_described(walk: _Walk, i: int):
    """End of "(ich bin die Frau) mit dem Blindenhund, die immer vorne sitzt" at ``i``."""
    looks = walk.looks(i)
    ends = [walk._feature_at(k) for k in range(i + 1, looks[0])] if looks is not None else []
    if not any(ends):
        return None
    end = max(k for k in ends if k)  # not "… mit dem Kinderwagen und komme nicht in"
    clause = walk.relative(end, lenient=True)
    if clause is not None:
        end = clause[0]
    chain = walk.modifiers(end, known=True)
    return chain[0] if chain is not None else end


_ONLY_ONE = frozenset(("einziger", "einzige", "einzigen"))


def _tied(walk: _Walk, det: str, group: _Group):
    """End of a tied person or of an adjective as a noun, else None (see :mod:`.ties`).

    "die Frau vom Ortsvorsteher in Hohenbühl", "der Wirt vom Ochsen", "der große Glatzköpfige
    am Schalter 3".
    """
    noun = group.noun
    if group.named or group.number:
        return None
    if noun[:1].islower() and not walk.all_lower:
        return None
    k = group.end - 1
    if ties.nominal(walk, k, det):
        chain = walk.modifiers(group.end)
        if chain is not None:
            return chain[0]
        looks = walk.looks(group.end)
        return _at_work(walk, looks[0] if looks is not None else group.end)
    if det in _FEM_OR_PLURAL and not (_feminine(noun) or ties.female(noun)):
        return None
    relation = ties.relation(noun)
    if not (relation or _person_word(noun)):
        return None
    end = ties.tie(walk, group.end, noun)
    if end is not None:
        chain = walk.modifiers(end, known=True)  # "… in Kirchbronn am Marktplatz"
        return chain[0] if chain is not None else end
    if relation and noun.lower().endswith(_NEIGHBOURS):
        walk.aged = False
        chain = walk.modifiers(group.end)  # "Meine Nachbarin im Erdgeschoss, die 94 ist"
        # or the only one: "Der Nachbar mit dem roten Tesla, der als Einziger … ein E-Auto hat"
        if chain is not None and (walk.aged or any(
            walk.lower(k) in _ONLY_ONE for k in range(group.end, chain[0])
        )):
            return chain[0]
    return None


def _span(walk: _Walk, first: int, stop: int, floor: int) -> tuple[int, int]:
    while stop > floor and walk.word(stop - 1) in _CLAUSE_END:
        if walk.word(stop - 1) == ")" and "(" in walk.words[first:stop]:
            break  # "… (die mit dem Papagei)"
        stop -= 1
    return walk.tokens[first][1], walk.tokens[stop - 1][2]


def _may_describe(features) -> bool:
    """Tell cheaply whether a text holds a person noun and a word a modifier needs."""
    lowered = features.lowered
    if "inzig" in lowered or "ältest" in lowered or "jüngst" in lowered:
        return True  # "unser einziger Restaurator": any person noun (only_persons.py)
    words = features.words()
    if words.isdisjoint(_HEADS_SEEN) and words.isdisjoint(_TIES_SEEN):
        # set operations in C: only words never seen before are looked at one by one, and
        # each word found to be neither is remembered, also in a text that holds a person
        found = False
        for word in words - _NEITHER_SEEN:
            if only_person(word) or _tie_word(word):
                found = True
            else:
                _NEITHER_SEEN.add(word)
        if not found:
            if not _self_cue(lowered):
                # "die Vorsitzende der 3a": a role of one school class
                return features.has_digit and _CLASS_CUE.search(lowered) is not None
    if "(" in lowered and _may_hold_self_cue(lowered) and _SELF_CUE.search(lowered) is not None:
        return True
    return (  # "mit "/"ohne " anywhere is the modifier cue's first branch: no search needed
        "mit " in lowered or "ohne " in lowered or _HABIT_WORD.any_in(words)
        or _MODIFIER_CUE.search(lowered) is not None
        or "gruppe" in lowered  # "die Erzieherin der Igelgruppe"
        or (", d" in lowered and _APPOSITION_CUE.search(lowered) is not None)
        or _NAMED_UNIT.search(features.text) is not None
        or _TIE_CUE.search(lowered) is not None
        or _HEALTH_WORD.any_in(words)  # "der schwerhörige Kollege"
    )


_TIES_SEEN: set = set()  # relatives and adjectives as nouns ("Nachbarin", "Glatzköpfige")
_NEITHER_SEEN: set = set()  # words known to be neither a person noun nor one of those


def _tie_word(word: str) -> bool:
    """Tell a relative or an adjective as a noun, remembered like :func:`_person_word`."""
    if len(_NEITHER_SEEN) > 200_000:
        _NEITHER_SEEN.clear()
        _TIES_SEEN.clear()
    lower = word.lower()
    found = ties.relation(word) or (
        lower.endswith("e") and lower.startswith(ties.nominal_stems())
    )
    if found:
        _TIES_SEEN.add(word)
    return found


# Words a modifier needs besides "mit " and "ohne ": a habit word, a possessive, an age ("ca.
# 60"). Once one pattern whose branches' first characters were nearly every letter, tried
# at most places (12 µs an answer); now the habit words per word and each branch alone:
# - "\b(?:habit|…)\b" matches in the text iff in one of its words (features.words(), the
#   parts stripped of punctuation): a habit word is letters only, so it lies in one part and
#   never in the stripped marks, and a word's edge is a boundary as the space or mark was;
#   each word is tested once (KnownWords);
# - "\d ?jahre" as "jahre" looking back at the digit: a literal first is found fast.
_HABIT = re.compile(
    rf"\b(?:{'|'.join(sorted(_lexicon()['habits'], key=len, reverse=True))})\b"
)
_HABIT_WORD = KnownWords(lambda word: _HABIT.search(word.lower()) is not None)
_MODIFIER_CUE = Branches(re.compile(
    r"meine[rs] |unsere[rs] |ca\.? ?\d|mitte \d|ende \d|anfang \d|etwa \d"
    r"|jahre(?<=\djahre)|jahre(?<=\d jahre)|, ca|, blond"
))


# ", der Zahnarzt aus dem …", ", die alte Dame im …": an apposition with a place
_APPOSITION_CUE = re.compile(
    r", (?:der|die|dem|den) (?:[^\W\d]+ ){1,3}(?:aus|im|in|am|an|vom|von|beim|unter|über|zum) "
)
_CLASS_CUE = re.compile(r"der (?:[1-9]|1[0-3])[a-f]\b")
_SELF_CUE = re.compile(
    r"(?:bin |\()(?:der|die) mit |(?:^|[.!?:] )(?:der|die) mit "
    r"|\((?:der|die) (?:\w+ )?(?:vom|von der|von dem|aus der|aus dem|beim) "
)


_SELF_DEMONSTRATIVE = re.compile(
    r"\b(?:bin|war) (?:der, der|die, die) |\b(?:der|die) einzige(?:, | mit |\s+\w+, )"
)


def _self_cue(lowered: str) -> bool:
    """Tell "ich bin die mit …", "(die vom Kiosk …)": the pattern only where its words are."""
    # "bin die, die …" holds "die, die ", "die einzige …" holds "einzige": substring tests in
    # C first, the pattern (tried at every word) only where one stands
    if ("der, der " in lowered or "die, die " in lowered or "einzige" in lowered) and (
        _SELF_DEMONSTRATIVE.search(lowered) is not None
    ):
        return True  # "ich bin die, die immer …"
    return _may_hold_self_cue(lowered) and _SELF_CUE.search(lowered) is not None


def _may_hold_self_cue(lowered: str) -> bool:
    """Tell whether _SELF_CUE may match: substring tests in C before the pattern."""
    # every branch holds "der mit ", "die mit ", "(der " or "(die " ("(" is in ~30 % of texts)
    return (
        "der mit " in lowered or "die mit " in lowered
        or "(der " in lowered or "(die " in lowered
    )
# "vom ortsvorsteher in …", "des bürgermeisters von …", "vom ochsen", "von st. martin",
# ", die 94 ist"
_TIE_CUE = re.compile(r"(?=[vdah,(])(?:"  # each branch's first letter: skips most places in C
    r"\b(?:vom|von der|von dem|des|der) (?:[^\W\d]+ )?[\w\-]+ (?:in|von|aus|zu?) [^\W\d]"
    r"|\bvon st\.? |\b(?:vom|von) (?:herrn?|frau) "
    r"|\b(?:der|die) (?:schon |über |fast |knapp |bald |weit über )?\d\d "
    r"(?:ist|war|wird|jahre)|\b(?:vom|von der) (?:" + "|".join(ties.inn_names()) + r")\b"
    r"|\b(?:am|an|an der|hinter der|hinterm) [\w\-]*(?:"
    + "|".join(_COUNTERS)
    + r"|empfang|pforte|info)\b"
    r"|\b(?:der|die) (?:\w+ )?(?:" + "|".join(ties.nominal_stems()) + r")e "
    r"(?:vom|von der|im|am|an|an der|in der|beim|hinter|hinterm|aus|mit)\b"
    r"|(?:, |\()(?:der|die) (?:\w+ )?(?:" + "|".join(ties.nominal_stems()) + r")e ?[,;)])"
)
# "in der Stadtbücherei Kranzbach", "am Schalter 3", "der Grundschule am Mühlbach"
_NAMED_UNIT = re.compile(  # (?=[…]): each branch's first letter
    r"(?=[AaIiVvBbd])(?:\b(?:[Aa]m|[Ii]m|[Ii]n der|[Aa]n der|[Vv]om|[Vv]on der|[Bb]eim|der|des) "
    r"[\w\-]+ (?:[A-ZÄÖÜ\d\[]|(?:(?:direkt|gleich|genau|ganz) )?(?:am|beim|an der|an dem|"
    r"neben der|neben dem|hinter der|hinter dem|gegenüber vom|gegenüber der|vor der|vor dem|"
    r"gegenüber von der) [A-ZÄÖÜ]|(?:daneben|gegenüber|nebenan|nebendran|drüben|um die Ecke)\b)"
    r"|\b(?:der|in der|aus der) (?:[1-9]|1[0-3])[a-f]\b)"
)


#: Rules for descriptions of one person, run before the name rules.
DESCRIPTION_RULES = [
    # "Tagesmutter in Wäldenbronn, die einzige dort" whole, before "die einzige …" alone
    *ONLY_ONE_RULES,
    *ONLY_PERSON_RULES,
    _Rule(
        "BESCHREIBUNG",
        None,
        admit=_may_describe,
        finder=_person_spans,
        name="beschreibung-merkmal",
        trusted=True,
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("inzig", "letzte", "letschde", "leiter", "meister", "inhaber", "pächter", "wirt",
               "besitzer", "betreiber", "chef", "direktor", "rektor", "pfarrer", "trainer",
               "sekretär", "küster", "mesner", "hebamme", "apotheker", "förster", "vorsitzend",
               "geschäftsführer", "präsident", "kommandant", "dirigent", "wart", "vorstand",
               "schriftführer", "kassier", "obmann", "obfrau", "sprecher"),
        gate=Branches(re.compile(  # each branch alone (patterns.py)
            r"[eo]inzig|\bletz?(?:te|schde)\s|(?:leiter|meister|inhaber|pächter|wirt|besitzer|betreiber|chef|direktor|"
            r"rektor|pfarrer|trainer|sekretär|küster|mesner|hebamme|apotheker|förster|vorsitzende|"
            r"geschäftsführer|präsident|kommandant|dirigent|wart|vorstand|vorständin|"
            r"schriftführer|kassier|kassierer|obmann|obfrau|schülersprecher)(?:in|r|n|en)?"
            r"\s+(?:vom|von|der|des|im|am|beim|aus|in|an|bei|unseres|unserer|meines|meiner)\s"
        )),
        finder=in_noun_case(ties.description_spans),  # "die einzige imkerin in zell"
        name="beschreibung",
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=local_roles._role_stems(),
        finder=local_roles.local_role_spans,
        name="beschreibung-ort",
        trusted=True,
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("vorsitz", "vorstand", "kassier", "schriftf", "schulleit", "rektor", "inhaber",
               "trainer", "leiter", "leitung"),
        gate=re.compile(r"\n"),
        finder=local_roles.signed_role_spans,
        name="beschreibung-signatur",
        trusted=True,
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("betreib", "führe", "leite", "gehört", "hab", "hät", "hen"),
        finder=local_roles.own_business_spans,
        name="beschreibung-eigener-betrieb",
        trusted=True,
    ),
    *EXTENT_RULES,  # the relative clause after a description: ", der noch Hausbesuche macht"
    *LOOKS_AFTER_ROLE_RULES,  # "der Hausmeister vom Rathaus, der mit der Vespa" whole
    *DESCRIPTION_CLAUSE_RULES,  # "Die Frau, die am Bahnhof Zell das Häuschen putzt"
]  # fmt: skip
