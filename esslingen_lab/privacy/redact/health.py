"""Health details about a specific person, replaced as one clause by ``[GESUNDHEIT]``.

"Mein Vater, Karl-Heinz Obermüller, ist dement", "bin gehbehindert", "er ist fast blind":
health data about a person are special-category data (GDPR Art. 9).

The rule needs two things in one clause: a health term (``health_terms.txt`` and the
compound lists beside it) and a specific person — a possessive with a relation noun ("meine
Frau", "unsere Kollegin"), "ich" (or a clause opened by "bin"/"habe"), a name ("Frau X",
"Lukas", ``[NAME]``), "die Oma vom Lukas", or "er"/"sie" after such a person. The tag covers
the clause from the person to the end of the health statement, appositions and brackets in
between ("Mein Vater Ömer (Jahrgang 1955) hat Parkinson"), and stops where the next clause
begins (comma, "und", "aber", "weil", dash, full stop). A term about a group ("Menschen mit
Demenz", "für Rollstuhlfahrer", "gehbehinderte Menschen"), a negated one ("ich bin doch nicht
blind"), an idiom ("blind vor Wut", "taub für Argumente") and a term in a clause about work
("ich arbeite in der Psychiatrie") stay.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from esslingen_lab.privacy.redact.health_extent import (
    _WORDEN,
    _with_code,
    closing_verb,
    joins,
    tighten,
)
from esslingen_lab.privacy.redact.health_fields import HEALTH_FIELD_RULES
from esslingen_lab.privacy.redact.health_foreign import FOREIGN_HEALTH_RULES
from esslingen_lab.privacy.redact.health_function import function_phrase
from esslingen_lab.privacy.redact.health_joins import HEALTH_CLAUSE_RULES, HEALTH_JOIN_RULES
from esslingen_lab.privacy.redact.health_lexicon import (
    _is_health_word,
    _Lexicon,
    _lexicon,
    _may_hold_health_words,
)
from esslingen_lab.privacy.redact.health_narrow import reason_only
from esslingen_lab.privacy.redact.health_persons import (
    _after,
    _name_like,
    _name_start,
    _Person,
    _persons,
    _plain,
    _specific_persons,
    _sure_names,
    _sure_of,
)
from esslingen_lab.privacy.redact.health_phrases import (
    resumed_subject,
)
from esslingen_lab.privacy.redact.health_subjects import HEALTH_SUBJECT_RULES
from esslingen_lab.privacy.redact.health_terms import _health_terms, _names_ill_persons
from esslingen_lab.privacy.redact.health_text import _Text, _words_between, past_origin
from esslingen_lab.privacy.redact.health_words import (
    _ARTICLE,
    _CARE_PROFESSIONS,
    _CAUSE_WORDS,
    _CLAUSE_WORDS,
    _COMPLETERS,
    _CONSEQUENCES,
    _COPULA,
    _DEGREE,
    _DEMONSTRATIVE_VERBS,
    _FINITE_VERBS,
    _FIRST_PERSON,
    _FIRST_PERSON_OPENERS,
    _FIRST_PERSON_VERBS,
    _INDEFINITE,
    _MAX_CONSEQUENCE,
    _MAX_GAP,
    _MAX_LEAD,
    _MAX_TAIL,
    _NOT_VERBS,
    _POSSESSIVE_FIRST,
    _RELATIVE,
    _THIRD_PERSON,
    _TITLE,
    _WORK_WORDS,
)
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["HEALTH_RULES", "health_spans"]

# ---------------------------------------------------------------- spans

# a job whose people have the conditions: "Meine Frau ist Lehrerin, hat eine Klasse mit drei
# Autisten" (the clause going on speaks of them, not of her)
_JOBS_WITH_PATIENTS = (*_CARE_PROFESSIONS, "lehrer", "lehrerin", "erzieher", "erzieherin",
                       "ärztin", "arzt", "sozialarbeiter", "sozialarbeiterin", "begleiter",
                       "begleiterin")
# what a cause left someone without, right after it: "seit ihrer Hüft-OP nicht mehr allein …",
# "nach seinem Herzinfarkt kaum noch mobil", "nur noch halbtags da"
_LOSS_WORDS = frozenset("nicht nur kaum keine kein keinen nimmer nemme nimmi fast".split())
# verbs of what one can or may still do after a cause: "Seit meiner Knie-OP kann ich nicht mehr
# Auto fahren" (not "Nach meiner Reha habe ich den Antrag online gestellt")
_ABLE_VERBS = frozenset(
    "kann konnte darf durfte muss musste komme kommt kam schaffe schafft traue traut "
    "ist bin war fühle fühlt laufe läuft gehe geht ka ko isch".split()
)
# or what one needs since: "Seit der Hüft-OP brauche ich den Lift am Becken"
_NEED_VERBS = frozenset("brauche braucht brauch benötige benötigt".split())


def _clause_end(t: _Text, c: int, last_term: int) -> int:
    """Last word of the health statement: the clause end if near, else the term.

    A consequence further on goes with it: "seit dem Burnout im Herbst keine Nerven mehr",
    "seit der OP im Winter große Probleme".
    """
    in_clause = t.clause_words(c)  # in order: the words after the term, without a walk
    words = in_clause[bisect_right(in_clause, last_term) :]
    if len(words) <= _MAX_TAIL:
        return words[-1] if words else last_term
    if len(words) <= _MAX_CONSEQUENCE and closing_verb(t, words[-1]) and (
        t.lower[words[-1]] not in _WORDEN
    ):
        # a subordinate clause up to the verb that closes it: "…, weil meine Frau seit dem
        # Schlaganfall nicht mehr allein gehen kann"
        return words[-1]
    for k in words[:_MAX_TAIL]:
        if t.lower[k] in _COMPLETERS:
            return k
    for n, k in enumerate(words[:_MAX_CONSEQUENCE]):
        if t.lower[k] in _CONSEQUENCES:
            if n + 1 < len(words) and t.lower[words[n + 1]] == "mehr":
                return words[n + 1]
            return k
    return last_term


def _ends_with_person(t: _Text, c: int, lex: _Lexicon, *, trail: int) -> _Person | None:
    """Return the person a clause ends with ("Die Oma vom Lukas aus der 3b", "Mein Vater")."""
    first, end, _ = t.clauses[c]
    persons = [p for p in _persons(t, lex, first, end) if p.kind in ("np", "name", "ich")]
    if not persons:
        return None
    person = persons[-1]
    rest = [k for k in range(person.last + 1, end) if t.is_word(k)]
    if len(rest) > trail or any(t.lower[k] in _FINITE_VERBS for k in rest):
        return None
    return person


def _whole_name(t: _Text, c: int, lex: _Lexicon, sentence: int) -> _Person | None:
    """Return the name clause ``c`` consists of ("Frau Schäfer" in "Frau Schäfer, unsere …")."""
    if c < 0 or t.clauses[c][2] != sentence:
        return None
    first, end, _ = t.clauses[c]
    persons = _persons(t, lex, first, end)
    if len(persons) == 1 and persons[0].kind == "name" and persons[0].first == first and (
        not any(t.is_word(k) for k in range(persons[0].last + 1, end))
    ):
        return persons[0]
    return None


def _relation_before(t: _Text, c: int, lex: _Lexicon, sentence: int) -> _Person | None:
    """Return a relation that a name explains: "Die Kollegin aus der Kämmerei, Frau Ilg, …"."""
    if c < 0 or t.clauses[c][2] != sentence:
        return None
    words = t.clause_words(c)
    if 2 <= len(words) <= 5 and t.lower[words[0]] in _ARTICLE and (
        t.lower[words[1]] in lex.relatives
    ) and not any(t.lower[k] in _FINITE_VERBS for k in words):
        return _Person(words[0], words[-1], "np")
    return None


def _apposition_person(t: _Text, c: int, lex: _Lexicon) -> _Person | None:
    """Return the person before "Karl Obermüller," / "geboren 1952," clause ``c`` is about."""
    sentence = t.clauses[c][2]
    best = None
    for back in (1, 2, 3):
        if c - back < 0 or t.clauses[c - back][2] != sentence:
            break
        person = _ends_with_person(t, c - back, lex, trail=3)
        if person is not None:
            best = person
            if person.kind != "name":  # a name may stand in apposition to a relation
                name = _whole_name(t, c - back - 1, lex, sentence)
                return name or best
            relation = _relation_before(t, c - back - 1, lex, sentence)
            if relation is not None:
                return relation
        between = t.clause_words(c - back)
        relative = bool(between) and t.lower[between[0]] in _RELATIVE
        if len(between) > (10 if relative else 5) or (
            not relative and person is None
            and any(t.lower[k] in _FINITE_VERBS for k in between)
        ):
            break
    return best


# what may follow a state said without a verb ("Diabetiker mit Neuropathie"; not "Windpocken
# gehen gerade rum")
_AFTER_STATE = frozenset("mit seit nach und wegen im in auf an ohne bei durch".split())


def _finite(t: _Text, k: int) -> bool:
    """Tell a verb that opens a clause after a comma ("ist", "versteht", "kommt")."""
    word = t.lower[k]
    if word in _FINITE_VERBS:
        return True
    return (t.words[k].islower() and len(word) >= 4 and word.endswith("t")
            and not word.startswith("ge") and word not in _NOT_VERBS
            # "sehbehindert" is the detail, not a verb ("läuft nicht mehr" is both)
            and (k not in t.in_term or function_phrase(t.lower, k) > 0))


def _is_apposition(t: _Text, c: int, sentence: int) -> bool:
    """Tell a short clause without a verb that a comma and the verb of its subject follow."""
    words = t.clause_words(c)
    if len(words) > 6 or any(t.lower[k] in _FINITE_VERBS for k in words):
        return False
    nxt = c + 1
    if nxt >= len(t.clauses) or t.clauses[nxt][2] != sentence or t.opener[nxt] != ",":
        return False
    following = t.clause_words(nxt)
    return bool(following) and _finite(t, following[0])


def _span_for(t: _Text, lex: _Lexicon, term: tuple[int, int], terms) -> tuple[int, int] | None:
    """Words (first, last) of the health statement around one term, or None."""
    i, j = term
    c = t.clause[i]
    first, end, sentence = t.clauses[c]
    by_clause = t.memo.get("terms")
    if by_clause is None:
        by_clause = t.memo["terms"] = {}
        for s in terms:
            by_clause.setdefault(t.clause[s[0]], []).append(s)
    in_clause = by_clause[c]
    key = ("last term", c)
    if key not in t.memo:
        t.memo[key] = max(s[1] - 1 for s in in_clause)
    last_term = t.memo[key]
    persons = _specific_persons(t, lex, first, end, i)
    main = [p for p in persons if not p.kind.startswith("possessive")]
    # the term inside the person's phrase: "meine demente Mutter", "mein Sohn (Autist)"
    for p in main:
        if p.first < i and j - 1 <= p.last:
            if not [s for s in in_clause if s[0] > p.last]:
                if not _plain(t, lex, p):  # "Unsere Tochter [Lina (Autistin)]": with the name
                    return _name_start(t, lex, p), p.last
                last = j - 1  # "meine [GESUNDHEIT] Mutter": who stays, what she has goes
                while last < p.last and t.depth[last + 1] == t.depth[i] > t.depth[p.first] and (
                    t.words[last + 1] not in (",", ")", ";")
                ):
                    last += 1  # "(82, Pflegegrad 3)": the rest of the bracket's part
                start = i
                while start > p.first + 1 and t.depth[start - 1] == t.depth[i] > t.depth[
                    p.first
                ] and t.words[start - 1] not in (",", "(", ";"):
                    start -= 1  # "(ca. 80, sehr schwerhörig)", "(w, 58, seit Geburt blind)"
                return start, last
    # the person before the term: "Mein Vater Ömer (…) hat Parkinson"
    # a complaint counts from its first word: "hat seit dem Sturz im Winter Probleme mit der Hüfte"
    key = ("consequence", c)
    if key not in t.memo:
        t.memo[key] = next((k for k in t.clause_words(c) if t.lower[k] in _CONSEQUENCES), None)
    anchor = t.memo[key] if t.memo[key] is not None and t.memo[key] < i else i
    before = [p for p in main if p.last < i and _words_between(
        t, min(past_origin(t, p.last + 1), anchor), anchor, _MAX_GAP) <= _MAX_GAP]
    if before and last_term == j - 1 and reason_only(t.lower, t.words, before[0].last + 1, i):
        return i, j - 1  # "brauche den Aufzug wegen meinem [Rollator]"
    if before:
        plain = _plain(t, lex, before[0])
        aside = plain or _aside(t, lex, before[0], i) or _sure_names(t, lex, before[0])
        start = _after(t, before[0], i) if aside else _name_start(t, lex, before[0])
        if before[0].last + 1 < (origin := past_origin(t, before[0].last + 1)) < i:
            start = max(start, origin)  # "Herr [NAME] aus dem Erdgeschoss | ist …"
        if plain:
            start = resumed_subject(t.lower, start, i, _DEMONSTRATIVE_VERBS)
        return start, _clause_end(t, c, last_term)
    # the term before the person: "Seit dem Schlaganfall sitzt mein Vater im Rollstuhl"
    after = [p for p in main if p.first >= j and _words_between(t, j, p.first, _MAX_GAP) <= _MAX_GAP
             and t.lower[p.first] not in ("mir", "mich")]  # "…hat mir niemand geholfen"
    if after:
        p = after[0]
        start = first if _words_between(t, first, i, _MAX_LEAD) <= _MAX_LEAD else i
        if (
            p.kind in ("ich", "er") and p.first == j + 1 and start < i
            and t.lower[start] in _CAUSE_WORDS
            and (t.lower[j] in _NEED_VERBS or t.lower[j] in _ABLE_VERBS and any(
                t.lower[k] in _LOSS_WORDS or t.lower[k] == "mehr"
                for k in t.clause_words(c) if k > p.last
            ))
        ):
            # the cause, the verb and its subject right after it, then what follows from it:
            # "Seit meiner Knie-OP kann ich nicht mehr Auto fahren" (15 of 18 labels hold
            # the consequence)
            return start, _clause_end(t, c, p.last)
        return start, _with_code(t, j - 1)  # the cause alone: "Seit dem [Schlaganfall] …"
    # "nach meinem Herzinfarkt", "wegen seiner Depression"
    for p in persons:
        if p.kind.startswith("possessive") and p.first < i <= p.first + 3 and all(
            t.words[k][:1].islower() for k in range(p.first + 1, i)
        ):
            later = any(s[0] >= j for s in in_clause) or (
                j < end and t.lower[j] in _LOSS_WORDS  # "… nur noch halbtags da"
            )
            if later and p.first and t.lower[p.first - 1] in _CAUSE_WORDS:
                # "seit meinem Schlaganfall halbseitig gelähmt", "seit ihrer Krebserkrankung
                # nur noch halbtags da": the cause and the state after it are one statement
                # about the owner of "meinem"
                return p.first - 1, _clause_end(t, c, last_term)
            return p.first, j - 1
    words = t.clause_words(c)
    opener = t.opener[c]
    head = t.lower[words[0]]
    near = _words_between(t, words[0], i, _MAX_GAP) <= _MAX_GAP
    # "…und bin gehbehindert", "Bin seit der OP krankgeschrieben"
    if near and (head in _FIRST_PERSON_VERBS
                 or (opener == "start" and head in _FIRST_PERSON_OPENERS)):
        return words[0], _clause_end(t, c, last_term)
    # "Als Gehörlose: Termine online buchen, weil ich nicht anrufen kann"
    if head == "als" and len(words) > 1 and words[1] == i and _names_ill_persons(t, i, j - i) and (
        any(w in _FIRST_PERSON or w in _POSSESSIVE_FIRST for w in t.lower)
    ):
        return words[0], j - 1
    if c == 0 or t.clauses[c - 1][2] != sentence or not near:
        return None
    # "…, die im Rollstuhl sitzt": a relative clause after the person
    if opener == "," and head in _RELATIVE:
        person = _ends_with_person(t, c - 1, lex, trail=4)
        if person is not None:
            start = (words[1] if len(words) > 1 else words[0]) if _plain(t, lex, person) else (
                # a name after a title is the name rules' ("Frau König, die an Demenz …"):
                # the relative clause alone is the detail
                words[0] if _titled(t, person) else _name_start(t, lex, person))
            return start, _clause_end(t, c, last_term)
        return None
    # "Mein Vater, Karl-Heinz Obermüller, ist dement": appositions between person and verb
    if opener == "," and _finite(t, words[0]):
        person = _apposition_person(t, c, lex)
        if person is not None:  # "Mein Vater, Karl-Heinz Obermüller, ist dement": the verb on
            if _aside(t, lex, person, words[0]):
                return words[0], _clause_end(t, c, last_term)
            return _name_start(t, lex, person), _clause_end(t, c, last_term)
        if t.lower[words[0]] not in _FINITE_VERBS:
            return None
        # else the verb goes on from the clause before: "Mein Sohn ist 9, hat Epilepsie"
    # "Mein Vater, 84 und seit Jahren Diabetiker, versteht …": the term in an apposition
    if opener in (",", "und") and _is_apposition(t, c, sentence):
        person = _apposition_person(t, c, lex)
        if person is not None:
            return (words[0] if _plain(t, lex, person) else _name_start(t, lex, person)), (
                _clause_end(t, c, last_term))
    # "…und sitzt im Rollstuhl", "…, dement und …": the same person goes on
    lead = [k for k in words if k < i]
    if opener in (",", "und", "oder") and (
        head in _FINITE_VERBS or words[0] == i
        or len(lead) <= 2 and all(t.lower[k] in _DEGREE for k in lead)  # "…87 und fast taub"
        or 1 <= len(lead) <= 3 and t.lower[lead[0]] in _CAUSE_WORDS  # "…84 ond seit em …"
    ):
        for back in (1, 2, 3):
            if c - back < 0 or t.clauses[c - back][2] != sentence:
                break
            if any(
                t.lower[k] in _WORK_WORDS or t.lower[k].endswith(_JOBS_WITH_PATIENTS)
                for k in t.clause_words(c - back)
            ):
                break  # "Mein Mann ist Altenpfleger, hat täglich mit Demenzkranken zu tun"
            if back == 3 and not any(
                t.clause_words(c - k) and all(t.words[w].startswith("[") or t.words[w].isdigit()
                                              for w in t.clause_words(c - k))
                for k in (1, 2)
            ):
                break  # three back only over an apposition: "Meine Mutter, [DATUM], lebt …"
            subjects = [p for p in _persons(t, lex, *t.clauses[c - back][:2])
                        if p.kind in ("np", "name", "er") or p.kind == "ich" and back == 1
                        and any(t.lower[k] in _COPULA for k in t.clause_words(c - 1))]
            if not subjects and back == 1 and t.opener[c - 1] == "start" and (
                t.clause_words(c - 1) and t.lower[t.clause_words(c - 1)[0]] in _FIRST_PERSON_VERBS
            ) and (opener == "und" or not any(_finite(t, k) for k in words) and (
                j >= len(t.words) or not t.words[j][:1].isalpha() or t.lower[j] in _AFTER_STATE
            )):  # "Bin 84,
                return words[0], _clause_end(t, c, last_term)  # Diabetiker" (no "Windpocken gehen")
            if subjects:  # "Meine Oma ist 87 und dement": the clause of the term
                start = words[0]
                rest = _words_between(t, subjects[0].last + 1, t.clauses[c - back][1])
                if back == 1 and rest <= 3 and not _plain(t, lex, subjects[0]):
                    start = _name_start(t, lex, subjects[0])  # "Frau Weber ist 87 und dement"
                return start, _clause_end(t, c, last_term)
    return None


def _titled(t: _Text, person: _Person) -> bool:
    """Tell a person called by a title and a name or its tag: "Herrn König", "Frau [NAME]"."""
    k = person.first
    return person.kind == "name" and t.words[k] in _TITLE and k + 1 <= person.last and (
        t.words[k + 1][:1].isupper() or t.words[k + 1].startswith("[")
    )


def _aside(t: _Text, lex: _Lexicon, person: _Person, until: int) -> bool:
    """Tell a person with an aside before the statement, which then starts after it.

    "Konstantin (geboren am …) hat …", "Leon, geb. [DATUM], hat …", "Mein Vater, Karl-Heinz
    Obermüller, ist …": independent writers label the detail from the verb on (85 of 85 in
    fresh92 to fresh99) and the name is left to the name rules. Only an aside of names,
    dates, ages and relations; one with a nickname's cue, a title or a description ("Unser
    Herbert, genannt 'Bit-Herbi',", "Emils Mutter, Frau …", "unser ältester
    Feuerwehrkamerad") or a name after an article ("Unser Kleiner, der Mattis,") stays with
    the detail, which hides it too.
    """
    if _after_article(t, lex, person, until):
        return False
    k = person.first
    while k < until and t.words[k] not in ("(", ",") and (
        t.words[k][:1].isupper() or t.words[k].startswith("[")
    ):
        if not _sure_of(t, lex, k):
            return False  # "Mein Sohn, Engel (6), …": a name the name rules may not read
        k += 1  # the person's own words
    aside = bracket = False
    for j in range(k, until):
        word, low = t.words[j], t.lower[j]
        if low in _FINITE_VERBS:
            if bracket:
                return False  # "Konstantin (8, geht in die Grundschule Zell)": a description
            break
        if word in ("(", ","):
            aside = True
            bracket = bracket or word == "("
        elif word == ")":
            bracket = False
        elif low in _NICKNAME_CUES or any(q in word for q in "„“\"'»«‚") or not (
            word.startswith("[") or word[:1].isdigit() or not word[:1].isupper()
            or low in lex.relatives or low in _PARTNERS
            or low.endswith(("nr", "nummer"))  # "Herr [NAME], Kundennr. [ID], hat …"
            or not bracket and _sure_of(t, lex, j)  # "(Hansi)" in brackets: a nickname
        ):
            return False
    return aside


_NICKNAME_CUES = frozenset(("genannt", "gerufen", "alias", "spitzname", "rufname"))
_PARTNERS = frozenset(("verlobter", "verlobte", "lebensgefährte", "lebensgefährtin"))


def _after_article(t: _Text, lex: _Lexicon, person: _Person, until: int) -> bool:
    """Tell a name after an article between the person and the statement.

    "Unser Kleiner, der Mattis,", "mei frau, d'Resi,": the name rules may not read it as
    one, so the person goes with the detail.
    """
    return any(
        (t.lower[k] in _ARTICLE or t.lower[k] in ("dr", "d'", "d")) and _name_like(t, lex, k + 1)
        for k in range(person.first, until - 1)
    )


def health_spans(text: str):
    """Yield (start, end) character spans of health details about a specific person.

    Parameters
    ----------
    text : str
        One answer (earlier rules' tags such as ``[DATUM]`` may stand in it).

    Yields
    ------
    tuple of int
        Spans in text order, not overlapping.

    Examples
    --------
    >>> text = "Mein Vater, Karl Obermüller, ist dement und kann nicht allein ausfüllen."
    >>> [text[a:b] for a, b in health_spans(text)]
    ['Mein Vater, Karl Obermüller, ist dement']
    >>> text = "Meine Mutter ist dement und kann nicht allein ausfüllen."
    >>> [text[a:b] for a, b in health_spans(text)]
    ['ist dement']
    >>> list(health_spans("Mehr Angebote für Menschen mit Demenz."))
    []
    """
    lex = _lexicon()
    t = _Text(text)
    terms = _health_terms(t, lex)
    if not terms:
        return
    t.in_term.update(k for i, j in terms for k in range(i, j))
    t.memo.clear()  # persons read before the terms were known
    spans = []
    starts = {i: j for i, j in terms}
    spanned: set[int] = set()  # clauses with a statement found
    for term in terms:
        found = _span_for(t, lex, term, terms)
        if found is None:
            found = _continued(t, lex, term[0], spanned, terms)
        if found is not None:
            spanned.add(t.clause[term[0]])
            first, last = found
            last = _coordinated_end(t, last, starts)
            if last + 1 < len(t.words) and t.words[last + 1] == ")" and t.depth[last] > 0 and (
                t.depth[first] == 0
            ):
                last += 1  # "(GdB 60)": the bracket closes with the statement
            if t.words[last] == ")" and t.depth[first] > t.depth[last] and first < last:
                last -= 1  # "Meine Oma ([Name], dement)": the bracket opened before stays
            spans.extend(t.span(a, b) for a, b in tighten(
                t, first, last, terms,
                lambda k: _name_like(t, lex, k) and not _is_health_word(t.words[k])))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif merged and (_JOIN.fullmatch(text, merged[-1][1], start)
                         or joins(text, merged[-1][1], start)):
            merged[-1][1] = end  # "ist dement und sitzt im Rollstuhl": one statement
        else:
            merged.append([start, end])
    for start, end in merged:
        yield start, end


_MAX_CONTINUED = 8  # words of a clause that goes on about the person of the one before


def _continued(t: _Text, lex: _Lexicon, i: int, spanned: set, terms) -> tuple[int, int] | None:
    """Words of a short clause that goes on with the health statement before its comma.

    "er hatte einen Schlaganfall, seither ist die rechte Seite gelähmt", "ich habe Rheuma,
    die Finger sind oft steif und geschwollen": a clause without a person of its own,
    right after a clause whose health statement was tagged, is about the same person.
    """
    c = t.clause[i]
    if c == 0 or c - 1 not in spanned or t.opener[c] != ",":
        return None
    first, end, sentence = t.clauses[c]
    if t.clauses[c - 1][2] != sentence or t.depth[i]:
        return None
    words = t.clause_words(c)
    if not words or len(words) > _MAX_CONTINUED or _persons(t, lex, first, end):
        return None
    if t.lower[words[0]] in _RELATIVE or t.lower[words[0]] in _CLAUSE_WORDS:
        return None
    by_clause = t.memo.get("terms")  # the terms by clause (_span_for); else read them all
    in_clause = by_clause.get(c, ()) if by_clause is not None else [
        (a, j) for a, j in terms if t.clause[a] == c]
    last_term = max(j - 1 for a, j in in_clause)
    return words[0], _clause_end(t, c, last_term)


_AND = frozenset(("und", "oder", "sowie", ",", "u.", "&", "plus"))
_FILLER = _INDEFINITE | frozenset(("eine", "noch", "auch", "dazu", "zusätzlich", "leichte",
                                   "leichten", "starke", "starken", "chronische",
                                   "chronischen", "heftige", "heftiger", "schwere"))


def _coordinated_end(t: _Text, last: int, starts: dict) -> int:
    """Take a health term joined by "und", "oder", "," to the statement's end along.

    "Ich hab Tinnitus und Hyperakusis", "hat ADHS und eine Lese-Rechtschreib-Schwäche",
    "Long Covid mit heftiger Fatigue", "ist magersüchtig und seit Januar in der Tagesklinik
    in Behandlung": the second condition, said without a verb of its own, is about the
    same person.
    """
    # the walk's state is ``last`` alone: each one passed ends where this walk ends, so a
    # long list of terms ("gehbehindert, sehbehindert, …") is walked once, not per term
    ends = t.memo.setdefault("coordinated ends", {})
    if last in ends:
        return ends[last]
    passed = [last]
    n = len(t.words)
    while last + 1 < n and t.lower[last + 1] in _AND | {"mit"}:
        if last in ends:
            last = ends[last]
            break
        k = last + 2
        while k < n and k < last + 4 and t.lower[k] in _FILLER:
            k += 1
        if k in starts:
            last = starts[k] - 1
            passed.append(last)
            continue
        if t.lower[last + 1] != "und":
            break
        k = last + 2
        while k < n and k < last + 7 and k not in starts and t.is_word(k) and (
            t.lower[k] not in _FINITE_VERBS and t.lower[k] not in _FIRST_PERSON
            and t.lower[k] not in _THIRD_PERSON and t.lower[k] not in _CLAUSE_WORDS
            and t.lower[k] not in _POSSESSIVE_FIRST and t.lower[k] not in _WORK_WORDS
        ):
            k += 1
        if k not in starts:
            break
        last = _clause_end(t, t.clause[k], starts[k] - 1)
        passed.append(last)
    for state in passed:
        ends[state] = last
    return last


# "ist dement und sitzt im Rollstuhl"; a verb and its subject after a fronted cause: "seit
# ihrem Bandscheibenvorfall sitzt sie im Rollstuhl" is one statement
_JOIN = regex.compile(
    r"\s*(?:,\s*)?(?:und|oder|,)\s*|\s+(?:sitzt|sitze|liegt|liege|ist|bin|war|lebt|lebe|geht|"
    r"gehe|läuft|laufe)\s+(?:sie|er|ich|i)\s+", regex.VERSION1)


#: The rule, run after the descriptions and before the names (a name inside the phrase
#: goes with it, and a disease named after a person — "Parkinson" — is no name here).
HEALTH_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        admit=_may_hold_health_words,
        finder=health_spans,
        name="gesundheit",
        trusted=True,
    ),
    *FOREIGN_HEALTH_RULES,  # "My husband has dementia", "Benim annem hasta, Diabetes var"
    *HEALTH_FIELD_RULES,  # "Pflegegrad: 2", "Besonderheiten: Rollstuhl" (health_fields.py)
]
#: The same once more after the names: a person the name rules found ("Der Kollege [NAME]
#: hat Krebs", "herr [NAME] vom bauamt ist depressiv") is a person for the health rule too.
HEALTH_AFTER_NAMES_RULES = [
    _Rule(
        "GESUNDHEIT",
        None,
        needs=("[name]",),
        admit=_may_hold_health_words,
        finder=health_spans,
        name="gesundheit-nach-namen",
        trusted=True,
    ),
    *HEALTH_JOIN_RULES,  # "Seit meiner [GESUNDHEIT]", "[GESUNDHEIT] Typ 1" (health_joins.py)
    *HEALTH_SUBJECT_RULES,  # "Mein Sohn [GESUNDHEIT]" whole (health_subjects.py)
    *HEALTH_CLAUSE_RULES,  # "weil [GESUNDHEIT] bin" whole (health_joins.py)
]
