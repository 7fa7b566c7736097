"""Appositions and brackets that tell who a person is, for :mod:`.descriptions`.

"Mein Vermieter, der Zahnarzt aus dem Erdgeschoss, dem das ganze Haus gehört, …", "Herr
Maier, der kleine mit dem Schnauzer,", "(die mit dem Papagei)"; also whether a noun heads a
description of one person (:func:`_is_head`) and where a place of work ends (:func:`_at_work`).
"""

from __future__ import annotations

from functools import lru_cache

from esslingen_lab.privacy.redact import ties
from esslingen_lab.privacy.redact.description_walk import _Group, _Walk
from esslingen_lab.privacy.redact.description_words import (
    _APPOSITION_END,
    _ARTICLES,
    _CLAUSE_END,
    _CONTRACTED,
    _DETERMINERS,
    _DIALECT_ARTICLES,
    _FEM_OR_PLURAL,
    _NOT_NAME,
    _PERSON_CUES,
    _PREPOSITIONS,
    _SELF,
    _feminine,
    _lexicon,
    _longest_suffix,
    _person_word,
)
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.only_persons import only_person
from esslingen_lab.privacy.redact.vocabulary import read_words

_APPOSED_DETERMINERS = frozenset(("der", "die", "dem", "den"))
# public office holders, known by their office (the first part of description_excluded.txt)
_ABBREVIATIONS = frozenset("st nr str ca dr prof hl".split())
_PRONOUNS_AFTER = frozenset("mir mich uns ihm ihr dir".split())  # "Der Nachbar unter mir"
_PUBLIC_OFFICES = (
    "bürgermeister", "bürgermeisterin", "landrat", "landrätin", "stadtrat", "stadträtin",
    "gemeinderat", "gemeinderätin", "ortsvorsteher", "ortsvorsteherin", "dezernent",
    "dezernentin", "amtsleiter", "amtsleiterin", "präsident", "präsidentin", "minister",
    "ministerin", "kanzler", "kanzlerin", "abgeordnete", "abgeordneter", "beauftragte",
    "beauftragter", "kämmerer", "kämmerin",
)  # fmt: skip
_HEAD_DETERMINERS = _DETERMINERS | frozenset(
    "mei ihr ihre ihrem ihren sein seine seinem seinen unsre dr d".split()
)


def _apposed(walk: _Walk, i: int, det: str, depth: int = 0):
    """End of an apposition that tells who a person is, at ``i`` (after a comma), or None.

    "Mein Vermieter, der Zahnarzt aus dem Erdgeschoss, dem das ganze Haus gehört, …", "Die
    Frau vom Jobcenter, die große Blonde im zweiten Stock, die immer …", "Ein Kunde, der
    blinde Klavierstimmer aus Sulzgries, …". A writer adds such an apposition to say which
    one, so a person noun with any place, looks or relative clause after it counts; the
    apposition must close with a comma or the sentence's end, so the main verb stays. A bare
    role (", der Zahnarzt, …"), a named person (", die Frau Maier, …") and an office holder
    (", der Oberbürgermeister, …": no person noun) stay.
    """
    end = _apposed_head(walk, i, det)
    if end is None:
        return None
    end, told = end
    for _ in range(4):
        found = walk.place(end)
        big = found is not None and _big_institution(walk, end)
        found = found or walk.looks(end)
        if found is None:
            break
        end, told = found[0], told or not big  # "der Notarzt vom Klinikum": one of many
    clause = walk.any_clause(end) or walk.relative(end, lenient=True)
    if clause is not None:
        end, told = clause if isinstance(clause, int) else clause[0], True
    if not told or walk.word(end) not in _APPOSITION_END | {"", "–", "—"}:
        return None
    if walk.word(end) == "." and walk.lower(end - 1) in _ABBREVIATIONS:
        return None  # "der Pfarrer von St. Paul": the place goes on
    if walk.word(end) == "," and walk.lower(end + 1) in _APPOSED_DETERMINERS and depth < 2:
        more = _apposed(walk, end + 1, walk.lower(end + 1), depth + 1)
        return more if more is not None else end  # "…, der große mit der roten Jacke, der
    return end  # Sohn vom Pizzabäcker, …": two appositions


@lru_cache(maxsize=1)
def _big_institutions():
    words = read_words("description_big_institutions")
    return (frozenset(w[1:] for w in words if w.startswith("=")),
            tuple(w for w in words if not w.startswith("=")))


def _big_institution(walk: _Walk, prep: int) -> bool:
    """Tell a large public institution after the preposition at ``prep`` ("vom Klinikum").

    Many work there in one role (``description_big_institutions.txt``), so "der Polizist aus
    dem Revier" tells no one; "der Zahnarzt aus dem Erdgeschoss" does.
    """
    group = walk.noun_group(prep + 1)
    if group is None:
        return False
    noun = group.noun.lower()
    whole, ends = _big_institutions()
    return noun in whole or noun.rstrip("s").endswith(ends) or noun.endswith(ends)


def _apposed_head(walk: _Walk, i: int, det: str):
    """Read the noun of an apposition at ``i``; return (end, told) or None.

    A person noun ("der Zahnarzt"), an adjective as a noun ("die große Blonde", "der große
    mit der roten Jacke") or "die einzige"; None for anything else.
    """
    if walk.lower(i + 1) in {"einzige", "einzig"} and det in {"der", "die"}:
        return i + 2, False  # "…, die einzige im ganzen Stadtteil,": a place must follow
    group = walk.noun_group(i)
    if group is None or group.named or group.number:
        return None
    noun = group.noun
    if noun[:1].islower() and not walk.all_lower:
        if det not in {"der", "die"}:
            return None
        found = walk.looks_phrase(i)  # "der große mit der roten Jacke"
        return found if found is not None and found[0] > i + 2 else None
    person = _is_head(walk, det if det != "den" else "der", group) or ties.nominal(
        walk, group.end - 1, det
    )
    if not person and not (ties.relation(noun) and (det not in _FEM_OR_PLURAL or _feminine(noun))):
        return None
    return group.end, False


def _apposition_head(walk: _Walk, comma: int) -> int:
    """Return the start of the noun phrase before an apposition, else the comma's next token.

    The words before the comma, from their determiner, belong to the description when they
    are a short noun phrase around a person noun with a place of its own ("Die Frau vom
    Jobcenter").
    """
    starts = []
    for k in range(comma - 1, max(-1, comma - 7), -1):
        if walk.word(k) in _CLAUSE_END:
            break
        lower = walk.lower(k)
        if lower in _HEAD_DETERMINERS or lower in _CONTRACTED:
            starts.append(k + (lower in _CONTRACTED and lower not in _DIALECT_ARTICLES))
    for first in reversed(starts):  # the earliest determiner first: "Die Frau vom Jobcenter"
        noun = next((j for j in range(first, min(comma, first + 3))
                     if walk.word(j)[:1].isupper() and _any_person(walk.word(j))), None)
        # after the noun a place of its own ("vom Jobcenter", "am Bahnhof"): the head and
        # the apposition tell the person together; "Mein Vermieter", "Der Nachbar unter mir"
        # alone tell no one and stay
        tail = range(noun + 1, comma) if noun is not None else range(0)
        if tail and walk.lower(noun + 1) in _PREPOSITIONS and all(
            walk.lower(j) in _PREPOSITIONS | _ARTICLES or walk.word(j)[:1].isupper()
            or walk.word(j)[:1].isdigit() for j in tail
        ) and any(walk.word(j)[:1].isupper() or walk.word(j)[:1].isdigit() for j in tail):
            return first  # fmt: skip
    return comma + 1


def _any_person(word: str) -> bool:
    """Tell a person noun, a relative or a member of the public ("Kunde", "Mieter")."""
    return (
        _person_word(word) or ties.relation(word)
        or _longest_suffix(word.lower(), _lexicon()["excluded_set"]) > 0
    )  # fmt: skip


def _after_anyone(walk: _Walk, comma: int) -> bool:
    """Tell a noun phrase of a person of any kind right before the comma at ``comma``.

    Only nouns, articles, prepositions and adjectives may stand between the person noun and
    the comma ("Der Nachbar unter mir,", "zum Fotografen am Bahnhof,"): after a verb
    ("Anruferin sagt, der Pfarrer …") the comma opens a clause, not an apposition.
    """
    for k in range(comma - 1, max(-1, comma - 8), -1):
        word, lower = walk.word(k), walk.lower(k)
        if word == "." and walk.word(k - 1).isdigit():
            continue  # "im 3. Stock"
        if word in _CLAUSE_END:
            return False
        if lower == "davon" and walk.lower(k - 1) in {"einer", "eine"}:
            return True  # "Einer davon, der große mit der roten Jacke, …": one of a group
        if lower in _PERSON_CUES or (word[:1].isupper() and _any_person(word)):
            # "Der Bürgermeister, der Mann mit dem Hut, …": an office tells who already
            return not lower.endswith(_PUBLIC_OFFICES)
        if word[:1].islower() and not (
            lower in _PREPOSITIONS or lower in _ARTICLES or lower in _HEAD_DETERMINERS
            or lower in _PRONOUNS_AFTER or lower.endswith(("e", "en", "er", "em", "es"))
        ):  # fmt: skip
            return False
    return False


def _bracket_after_person(walk: _Walk, i: int):
    """End of "(die vom Kiosk am Bahnhof" or "(der Sohn vom Bäcker" at ``i``, or None.

    Without a person noun inside, the bracket must follow a name or a person ("Uschi (die
    vom Kiosk …)"), for "Brötchen (die vom Bäcker am Markt)" are things.
    """
    before = walk.word(i - 2)
    named = before[:1].isupper() and before not in _NOT_NAME
    named = named and not lexicon().is_common_noun(before)  # "Die Verwaltung (die mit …)"
    after_person = named or _after_person(walk, i - 1)
    found = walk.bracket_tie(i)
    if found is not None and (after_person or _person_word(walk.word(i + 1))
                              or ties.relation(walk.word(i + 1))):  # fmt: skip
        return found[0]
    if after_person and walk.lower(i + 1) == "mit":
        found = walk.bracket(i - 1)  # "Dragana (die mit der Bäckerei in der …)"
        if found is not None:
            return found[0] - 1
    return None


# what a writer brings up, not what singles them out: "ich bin der mit dem Antrag"
_MATTERS = (
    "problem", "frage", "antrag", "anliegen", "beschwerde", "idee", "vorschlag", "anruf",
    "mail", "termin", "formular", "meldung", "nachricht", "kommentar", "beitrag", "fall",
    "thema", "wunsch", "hinweis", "anfrage", "ticket", "fehler", "brief", "schreiben",
)


def _with_looks(walk: _Walk, i: int):
    """End of "der mit dem Hörgerät (an der Infotheke)" at ``i`` ("der"/"die"), or None.

    After "ich bin" or "(" any belonging tells the person ("ich bin die mit dem roten
    Lastenrad"); opening a sentence it takes looks and a place where the person works ("Der
    mit dem Hörgerät an der Infotheke"), for "Die mit dem Auto kommen …" is a group.
    """
    looks = walk.looks(i + 1)
    if looks is None:
        return None
    featured = any(walk._feature_at(k) for k in range(i + 2, looks[0]))
    # "ich bin die mit dem Kaffeemobil": after "bin" any belonging but a matter ("ich bin
    # die mit dem Problem beim Formular"); in a bracket a listed feature ("(die mit dem
    # Papagei)", not "Der Bus (der mit der Nummer 118)")
    if walk.lower(i - 1) in _SELF and (featured or (
        walk.lower(i - 1) == "bin" and not walk.lower(looks[0] - 1).endswith(_MATTERS)
    )):
        chain = walk.modifiers(looks[0], known=True)
        return chain[0] if chain is not None else None
    if not featured:
        return None
    if not ties.sentence_start(walk, i) or not looks[1]:
        return None
    end = _at_work(walk, looks[0])
    if end is None and walk.lower(i) == "der":
        # "Der mit der Brille und dem Akzent, der schon ewig da sitzt": "der" is one man
        # ("Die mit …" may be a group); his looks tell him, a relative clause goes with them
        clause = walk.relative(looks[0], lenient=True)
        end = clause[0] if clause is not None else looks[0]
    return end


def _after_person(walk: _Walk, i: int) -> bool:
    """Tell whether a person is named or told in the clause before the comma at ``i``."""
    for k in range(i - 1, max(-1, i - 10), -1):
        word = walk.word(k)
        if word in _CLAUSE_END:
            return False
        if walk.lower(k) in _PERSON_CUES or (
            word[:1].isalpha() and (_person_word(word) or ties.relation(word))
        ):
            return True
    return False


def _unknown_feminine(noun: str) -> bool:
    """Tell "Hufschmiedin", "Logopädin": a woman's trade, the man's noun with "-in".

    Not "Termin", "Benzin", "Medizin" (no noun, or one the lists know as a thing).
    """
    lex, stem = lexicon(), noun[:-2]
    return (
        noun.endswith("in") and len(stem) > 3 and noun[:1].isupper()
        and noun not in _NOT_WOMEN
        and (lex.is_common_noun(stem) or lex.is_common_noun(stem + "e"))
    )


_NOT_WOMEN = frozenset("Termin Benzin Kaminin Maschin Kamin Rosmarin".split())


def _is_head(walk: _Walk, det: str, group: _Group) -> bool:
    """Tell a noun for one person after its determiner ("die Aushilfe", not "die Mitarbeiter")."""
    noun = group.noun
    if not only_person(noun) and not (group.only and _unknown_feminine(noun)):
        return False  # a listed head, or "der Rentner", "die Schülerlotsin"; "die einzige
        # Hufschmiedin": a woman's trade the lexicon lacks
    if noun[:1].islower() and noun.lower() not in _lexicon()["whole"] and not walk.all_lower:
        return False
    if det in _FEM_OR_PLURAL and not _feminine(noun):
        return False  # "die Mitarbeiter im Bürgerbüro": plural staff
    return not (noun.lower() in {"frau", "herr", "herrn"} and group.named)  # "Frau Müller"


def _at_work(walk: _Walk, i: int):
    """End of places from ``i`` of which one is a counter or office ("am Empfang vom Bad")."""
    end, working = None, False
    while True:
        found = walk.place(i)
        if found is None:
            break
        working = working or found[1] or walk.workplace
        end = i = found[0]
    return end if working else None
