"""Persons a health statement may be about (:mod:`.health`).

A possessive with a relation noun ("meine Frau"), "ich", a name ("Frau X", "Lukas",
``[NAME]``), "die Oma vom Lukas", or "er"/"sie" after such a person; and how much of a
person's phrase stays before the tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from esslingen_lab.privacy.redact.health_lexicon import (
    _Lexicon,
)
from esslingen_lab.privacy.redact.health_phrases import (
    first_person_verb,
    second_person,
)
from esslingen_lab.privacy.redact.health_terms import _FROM
from esslingen_lab.privacy.redact.health_text import _HARD, _Text, _words_between
from esslingen_lab.privacy.redact.health_words import (
    _ARTICLE,
    _CARE_PROFESSIONS,
    _CLAUSE_WORDS,
    _DEMONSTRATIVE_AFTER,
    _DEMONSTRATIVE_VERBS,
    _FINITE_VERBS,
    _FIRST_PERSON,
    _FIRST_PERSON_VERBS,
    _HAVE,
    _INDEFINITE,
    _MANY,
    _PARTICLE,
    _PERSON_TAGS,
    _PLURAL_VERBS,
    _POSSESSIVE_FIRST,
    _POSSESSIVE_THIRD,
    _THIRD_PERSON,
    _TITLE,
)
from esslingen_lab.privacy.redact.lexicon import lexicon as german_lexicon
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    read_words,
)

# ---------------------------------------------------------------- persons


@dataclass(frozen=True)
class _Person:
    first: int  # first word
    last: int  # last word of the person's phrase (name, brackets and all)
    # "np" (a relation: "meine Mutter"), "name" ("Frau X", "Lukas"), "ich", "er" (a
    # pronoun), "possessive" ("meinem" before "Herzinfarkt"), "possessive3" ("seinem")
    kind: str


def _name_word(t: _Text, k: int) -> bool:
    word = t.words[k]
    if k in t.in_term:
        return False
    return word.startswith("[") or (word[:1].isupper() and (
        t.lower[k] not in _CLAUSE_WORDS or t.district_weil(k)  # "die Kollegin aus Weil"
    ) and t.lower[k] not in _FINITE_VERBS)


def _after_name(t: _Text, k: int, end: int) -> int:
    """Last word of the names, titles and brackets right after word ``k`` (``k`` if none)."""
    last = k
    j = k + 1
    while j < end:
        word = t.words[j]
        if word == "(":
            close = j
            while close < end and t.words[close] != ")":
                close += 1
            if close >= end or close - j > 8:
                break
            last = j = close
        elif word in _TITLE or _name_word(t, j) or (
            t.lower[j] in _PARTICLE and j + 1 < end and _name_word(t, j + 1)
        ):
            last = j
        else:
            break
        j += 1
    return last


# pronouns in the first-name gazetteer ("Sie", "Man")
_NOT_NAMES = frozenset("sie man er es wir ihr ich du das der die wer was".split())


_NAME_ARTICLES = frozenset("der die unser unsere mein meine".split())


def _named_before_state(t: _Text, k: int, end: int) -> bool:
    """Tell a first name of the gazetteer that is a German word too, as a state's subject.

    "Albert hat Asthma", "Der Albert (83) hat Alzheimer": opening its clause (alone or after "der"
    or "die") right before "hat" or "ist", a capitalised first name that is a German word too
    ("Albert", in the word list as well) is a person; elsewhere it is left to the name rules
    ("seit letztem Winter ist er …", "Im Sommer ist es …", "… einen kaputten Link hat").
    """
    word = t.words[k]
    verb = k + 1
    if verb < end and t.words[verb] == "(":  # "Der Albert (83) hat Alzheimer"
        verb = next((j for j in range(verb + 1, min(end, verb + 8)) if t.words[j] == ")"), end)
        verb += 1
    if verb >= end or t.lower[verb] not in _STATE_VERBS or word in _AMBIGUOUS_FIRST_NAMES:
        return False
    if not word[:1].isupper() or word.isupper() or len(word) < 3 or t.lower[k] in _NOT_NAMES:
        return False
    opening = t.clauses[t.clause[k]][0]
    if not (k == opening or k == opening + 1 and t.lower[opening] in _NAME_ARTICLES):
        return False
    if verb + 1 < end and t.lower[verb + 1] in ("es", "das", "man"):
        return False  # "Sommer ist es …": a time, no one
    from esslingen_lab.privacy.redact.lexicon import lexicon

    return word in lexicon().first


def _is_first_name(word: str) -> bool:
    if word in _AMBIGUOUS_FIRST_NAMES or not word[:1].isupper() or word.isupper():
        return False
    if word in FIRST_NAMES:
        return True
    from esslingen_lab.privacy.redact.lexicon import lexicon

    return lexicon().is_first_name(word)


def _persons(t: _Text, lex: _Lexicon, first: int, end: int) -> list[_Person]:
    """Persons named in the words ``first`` … ``end - 1`` (one clause, or the text so far).

    Worked out once per range and text (a shared list: not to be changed).
    """
    key = ("persons", first, end)
    found = t.memo.get(key)
    if found is None:
        found = t.memo[key] = _find_persons(t, lex, first, end)
    return found


def _find_persons(t: _Text, lex: _Lexicon, first: int, end: int) -> list[_Person]:
    found = []
    k = first
    while k < end:
        lower, word = t.lower[k], t.words[k]
        if (lower in _POSSESSIVE_FIRST or lower in _POSSESSIVE_THIRD) and (
            k == 0 or t.lower[k - 1] not in _MANY
        ):
            # "meine (alte) Mutter", "unsere Kollegin Frau X (Personalrat)"
            j = k + 1
            while j < end and j < k + 3 and t.lower[j] not in lex.relatives and (
                t.words[j][:1].islower() or t.words[j][:1].isdigit()
            ):
                j += 1
            if j < end and (t.lower[j] in lex.relatives or _one_by_role(lower, t.words[j])):
                last = _after_name(t, j, end)
                start = k
                if k >= 2 and t.lower[k - 1] in lex.relatives and t.lower[k - 2] in _ARTICLE:
                    start = k - 2  # "der Vater meiner Freundin"
                kind = "np" if lower in _POSSESSIVE_FIRST else "np3"
                found.append(_Person(start, last, kind))
                k = last + 1
                continue
            kind = "possessive" if lower in _POSSESSIVE_FIRST else "possessive3"
            found.append(_Person(k, k, kind))
        elif lower in _ARTICLE and k + 3 < end and t.lower[k + 1] in lex.relatives and (
            t.lower[k + 2] in _FROM
        ):
            # "die Oma vom Lukas", "der Sohn von Frau X"
            j = k + 3
            if j + 1 < end and t.lower[j] in _ARTICLE:
                j += 1
            if _name_word(t, j) or t.words[j] in _TITLE:
                last = _after_name(t, j, end)
                found.append(_Person(k, last, "np"))
                k = last + 1
                continue
        elif lower in ("der", "die") and k + 2 < end and t.words[k + 1] == "Kleine" and (
            t.lower[k + 2] in _CASE_SUBJECT_VERBS
        ):  # a parent's "Der Kleine hatte …", "Die Kleine hat …": one's own child
            found.append(_Person(k, k + 1, "np"))
            k += 2
            continue
        elif word in ("Herr", "Herrn", "Frau", "Hr.", "Fr.") and k + 1 < end and (
            _name_word(t, k + 1) and t.lower[k + 1] not in lex.relatives
            # "Herr di Lorenzo", "Frau de Vries"
            or t.lower[k + 1] in _PARTICLE and k + 2 < end and _name_word(t, k + 2)
        ):
            last = _after_name(t, k, end)
            found.append(_Person(k, last, "name"))
            k = last + 1
            continue
        elif word in _CASE_SUBJECTS and _case_subject(t, k, first, end):
            # a staff note's one person: "Anruferin (ca. 80, schwerhörig)", "Bürger ist blind"
            last = _after_name(t, k, end)
            found.append(_Person(k, last, "np"))
            k = last + 1
            continue
        elif word in _KIN_NAMES and k not in t.in_term and _kin_as_name(t, k, end):
            # "Papa, Jg. 1937, hat Demenz", "Mama ist nach zwei Schlaganfällen …": a parent
            # or grandparent called by the word, as by a name (the relation stays readable)
            found.append(_Person(k, k, "np"))
        elif (word in _PERSON_TAGS or _is_first_name(word) or _named_before_state(t, k, end)) and (
            k not in t.in_term
        ):
            last = _after_name(t, k, end)
            found.append(_Person(k, last, "name"))
            k = last + 1
            continue
        elif lower in ("eines", "einer") and k > 0 and t.lower[k - 1] in lex.relatives and (
            k + 1 < end and t.lower[k + 1] in lex.relatives
        ):
            # "Als Mutter eines Kindes mit Autismus": the writer's own child
            found.append(_Person(k - 1, k + 1, "np"))
            k += 2
            continue
        elif lower in _INDEFINITE and k > 0 and _have_before(t, k) and (
            k + 1 < end and t.lower[k + 1] in lex.relatives
            or k + 2 < end and t.words[k + 1][:1].islower() and t.lower[k + 2] in lex.relatives
        ):
            # "Wir haben einen Sohn mit Autismus": one's own child, said with "einen"
            last = k + 1 if t.lower[k + 1] in lex.relatives else k + 2
            found.append(_Person(k, last, "np"))
            k = last + 1
            continue
        elif lower in ("der", "die") and k + 1 < end and (
            t.lower[k + 1] in _DEMONSTRATIVE_VERBS
        ) and (
            k == first or t.words[k - 1] in _DEMONSTRATIVE_AFTER or t.lower[k - 1] in _CLAUSE_WORDS
        ):
            # "…, der isch halt alkoholkrank", "die hat Krebs": a demonstrative for a person
            found.append(_Person(k, k, "er"))
        elif lower == "du" and second_person(t.lower, k, t.opener[t.clause[k]]):
            found.append(_Person(k, k, "ich"))  # "reg dich nicht auf, du hast Bluthochdruck"
        elif lower in _FIRST_PERSON or (lower == "i" and k + 1 < end
                                         and first_person_verb(t.lower[k + 1])):
            if k + 1 < end and t.words[k + 1] == "(":  # "Ich (ca. 70, gehbehindert) brauche"
                last = _after_name(t, k, end)
                found.append(_Person(k, last, "ich"))
                k = last + 1
                continue
            found.append(_Person(k, k, "ich"))
        elif lower in _THIRD_PERSON and _singular(t, k):
            found.append(_Person(k, k, "er"))
        k += 1
    return found


# the one relative a note is about: "Kind hat Epilepsie", "Ehefrau ist Krebspatientin", "Die
# Mutter hat Brustkrebs" (opening the clause, as the roles below); one's own, never "ein
# Kind", "eine Mutter" (anyone)
CASE_RELATIVES = frozenset(
    "Kind Pflegekind Sohn Tochter Mutter Vater Ehefrau Ehemann Ehepartner Ehepartnerin "
    "Lebensgefährte Lebensgefährtin Enkel Enkelin Bruder Schwester Schwiegermutter "
    "Schwiegervater".split()
)
# one's own grandparents and parents said with the article: "Die Oma ist herzkrank" (bare,
# "Mama hat …", they are read as names: _KIN_NAMES)
KIN_WITH_ARTICLE = frozenset("Oma Opa Omi Opi Mama Papa Mutti Vati Uroma Uropa Tante Onkel".split())
# the one person a staff note or a ticket is about, by role (singular forms only)
_CASE_SUBJECTS = frozenset(
    "Bürger Bürgerin Anrufer Anruferin Kunde Kundin Antragsteller Antragstellerin Klient "
    "Klientin Patient Patientin Bewohner Bewohnerin Ratsuchende Ratsuchender Betroffene "
    "Betroffener Teilnehmer Teilnehmerin Besucher Besucherin Petent Petentin Mieter Mieterin "
    "Fahrgast Senior Seniorin Rentner Rentnerin Dame Herr Nachbar Nachbarin "
    # an interview written down in the third person: "Befragte sagt, ihr Mann sei …"
    "Befragte Befragter Interviewte Interviewter Gesprächspartner Gesprächspartnerin".split()
) | CASE_RELATIVES | KIN_WITH_ARTICLE
_CASE_SUBJECT_VERBS = frozenset("ist war hat hatte kann konnte sitzt braucht bekommt leidet "
                                "nutzt benötigt sagt berichtet erzählt gibt meint schildert "
                                "erwähnt erklärt".split())


def _case_subject(t: _Text, k: int, first: int, end: int) -> bool:
    """Tell "Anrufer (…)" or "Bürgerin ist …" opening its clause, "Die Kundin hat …"."""
    if (t.words[k] in CASE_RELATIVES or t.words[k] in KIN_WITH_ARTICLE) and k > first and (
        t.lower[k - 1] in ("ein", "eine")
    ):
        return False  # "Ein Kind hat Asthma wegen der Abgase": anyone
    start = k - 1 if k > first and t.lower[k - 1] in ("der", "die", "ein", "eine") else k
    if t.words[k] in KIN_WITH_ARTICLE and start == k:
        return False  # bare "Oma ist …" is read as a name (_kin_as_name)
    if start != first:
        return False
    if k + 1 < len(t.words) and t.words[k + 1] in ("(", ","):
        return True  # "Anruferin (ca. 80, …)", "Die Anruferin, gehbehindert, fragt …"
    return k + 1 < end and t.lower[k + 1] in _CASE_SUBJECT_VERBS


# the words children use for their parents and grandparents, said like names
_KIN_NAMES = frozenset("Mama Papa Mami Papi Mutti Vati Oma Opa Omi Opi".split())
_KIN_NOT_AFTER = frozenset("die der den dem des eine einer einen einem ein als wie für von "
                           "zur zum jede jeder jeden alle".split())


def _kin_as_name(t: _Text, k: int, end: int) -> bool:
    """Tell "Mama" said as a name: no article before it, a verb or an apposition after it.

    "als Mama", "für die Oma", "eine Oma" and "Mama-Kind-Turnen" are no one in particular.
    """
    if k and (t.lower[k - 1] in _KIN_NOT_AFTER or t.lower[k - 1] in _POSSESSIVE_FIRST
              or t.lower[k - 1] in _POSSESSIVE_THIRD or t.lower[k - 1] in _MANY):
        return False
    nxt = k + 1
    if nxt >= len(t.words):
        return False
    return t.words[nxt] in (",", "(") or t.lower[nxt] in _FINITE_VERBS


def _have_before(t: _Text, k: int) -> bool:
    """Tell "haben (seit 2021) ein …": a form of "haben" at most three words before ``k``."""
    return any(t.lower[j] in _HAVE for j in range(max(0, k - 3), k)
               if t.clause[j] == t.clause[k])


def _singular(t: _Text, k: int) -> bool:
    """Tell "sie ist", "hat sie" (one person) from "sie sind" and the polite "Sie"."""
    if t.words[k] == "Sie" and k > 0 and t.words[k - 1] not in _HARD:
        return False
    if t.lower[k] != "sie":
        return True
    near = {t.lower[j] for j in (k - 1, k + 1) if 0 <= j < len(t.words)}
    return near.isdisjoint(_PLURAL_VERBS)


# how far back "er", "sie" or "sein" may point: a person told this many words before (read
# from the text's start, each health term cost a pass over all the words before it — a long
# pasted text took seconds per term)
_BACK = 150


def _someone_before(t: _Text, lex: _Lexicon, k: int) -> bool:
    """Tell whether a person "er", "sie" or "sein" can point back to stands before word k."""
    return any(p.kind in ("np", "name") for p in _persons(t, lex, max(0, k - _BACK), k))


def _specific_persons(t: _Text, lex: _Lexicon, first: int, end: int, i: int) -> list:
    """Persons of words first … end a health statement with its term at word i may be about.

    "er", "sie" and a third person's relation count only with someone to point back to.
    """
    return [
        p for p in _persons(t, lex, first, end)
        if p.kind not in ("er", "np3", "possessive3") or _someone_before(t, lex, p.first)
        # "Der Organist … Er hat …": a pronoun after a person's noun (see _pronoun_has)
        or p.kind == "er" and (_pronoun_has(t, p.first, i) or _demonstrative_has(t, p.first, i))
        # "ihr Sohn [NAME]": a named relative is one person; without a name "ihr Sohn" is as
        # often anyone's ("Hat Ihr Kind Asthma, …") or a group ("ihre Kinder haben Asthma")
        or p.kind == "np3" and _named(t, lex, p)
    ]

# the verbs of "er/sie hat …", "… ist blind", "… leidet an …" (and the dialects' "hot", "isch")
_STATE_VERBS = frozenset("hat hatte ist war leidet litt sitzt wird bekam hot het isch".split())


def _pronoun_has(t: _Text, k: int, i: int) -> bool:
    """Tell "er"/"sie" as the subject of a state the term at word i names, close after it.

    "Der Organist … Er hat ein künstliches Hüftgelenk": a pronoun opening its sentence after
    a person told by a noun only (no possessive, no name, which :func:`_someone_before`
    needs) stands for that person; not "sie sieht nichts" (a body), "Sie hat die
    Bescheinigung über meine …" (the term is someone else's), "Die Haltestelle … Sie ist im
    Rollstuhl nicht erreichbar" (no person before).
    """
    if t.lower[k] not in ("er", "sie") or k + 1 >= i or t.lower[k + 1] not in _STATE_VERBS:
        return False
    c = t.clause[k]
    if t.clauses[c][0] != k or t.opener[c] != "start":
        return False  # "Die Stadt, sie ist wie gelähmt": the pronoun opens its sentence
    if not _person_told_before(t, k):
        return False  # "Die Haltestelle … Sie ist im Rollstuhl nicht erreichbar", "Unsere Katze …"
    return i - k <= 6 and not any(
        t.lower[m] in _POSSESSIVE_FIRST or t.lower[m] in _POSSESSIVE_THIRD
        or t.lower[m] in _NOT_HAVING or t.words[m] in ",;:"
        for m in range(k + 2, i)
    )


def _demonstrative_has(t: _Text, k: int, i: int) -> bool:
    """Tell "…, die hat Krebs" after a person's noun: the demonstrative stands for that person.

    "Die Dame vom Wochenmarkt, die hat Krebs", "Der Hausmeister der Halle, der ist blind";
    the noun within the 12 words before the comma, the state right after the demonstrative.
    """
    if t.lower[k] not in ("der", "die") or k < 2 or t.words[k - 1] != ",":
        return False
    if k + 1 >= i or t.lower[k + 1] not in _STATE_VERBS or not _person_told_before(t, k, 12):
        return False
    return i - k <= 6 and not any(
        t.lower[m] in _POSSESSIVE_FIRST or t.lower[m] in _POSSESSIVE_THIRD
        or t.lower[m] in _NOT_HAVING or t.words[m] in ",;:"
        for m in range(k + 2, i)
    )


def _person_told_before(t: _Text, k: int, back: int = 25) -> bool:
    """Tell a person told in the 25 words before word k: a person's noun or a name's tag.

    "Der Organist … Er hat ein künstliches Hüftgelenk", "den vermissten Opa … Er hat Demenz".
    """
    from esslingen_lab.privacy.redact.description_words import _person_word
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    return any(
        word in ("[NAME]", "[PERSON-BESCHREIBUNG]")
        or word[:1].isupper() and len(word) > 2 and (_is_person_noun(word) or _person_word(word))
        for word in t.words[max(0, k - back) : k]
    )


# a term compared with or talked about: "sie ist wie gelähmt", "Sie hat über Demenz referiert"
_NOT_HAVING = frozenset("wie über als von zu für gegen".split())


def _plain(t: _Text, lex: _Lexicon, person: _Person) -> bool:
    """Tell a person phrase without a name: "ich", "er", "Meine Mutter", "Unser Opa (89)".

    Such a phrase stays before the tag; a phrase with a name or a title ("Unser Nachbar
    Herr Kübler", "Lukas") goes into it, so that a name is never left by the health rule.
    """
    if person.kind in ("ich", "er"):
        return True
    return person.kind == "np" and not _named(t, lex, person)


def _named(t: _Text, lex: _Lexicon, person: _Person) -> bool:
    """Tell a person phrase holding a name, a name's tag or a title after its first word."""
    for k in range(person.first + 1, person.last + 1):
        word = t.words[k]
        if word in _PERSON_TAGS or word in _TITLE and t.lower[k] not in lex.relatives:
            return True  # "Meine Frau" is a relation, "Herr" a title
        if _name_like(t, lex, k) and k not in t.in_term:
            return True
    return False


def _name_like(t: _Text, lex: _Lexicon, k: int) -> bool:
    """Tell a capitalised word of a person's phrase that may be a name ("Kowalczyk").

    German nouns are capitalised too: "Kämmerei" and "Erdgeschoss" are no names.
    """
    word = t.words[k]
    if k and (t.lower[k - 1] in _POSSESSIVE_FIRST or t.lower[k - 1] in _POSSESSIVE_THIRD) and (
        _one_by_role(t.lower[k - 1], word)
    ):
        return False  # "Unser Stammgast": a role
    return (word[:1].isupper() and t.lower[k] not in lex.relatives
            and t.lower[k] not in _POSSESSIVE_FIRST and not german_lexicon().is_common_noun(word))


def _name_start(t: _Text, lex: _Lexicon, person: _Person) -> int:
    """First word of the name or title in a person's phrase ("Unser Nachbar [Herr Kübler]").

    The tag starts there: the name goes with the health detail, the relation stays.
    """
    if person.kind != "np":
        return person.first
    for k in range(person.first + 1, person.last + 1):
        word = t.words[k]
        if word in _PERSON_TAGS or word in _TITLE and t.lower[k] not in lex.relatives or (
            _name_like(t, lex, k)
        ):
            return k
    return person.first


def _after(t: _Text, person: _Person, i: int) -> int:
    """First word after the person's phrase: the statement without who it is about.

    "Mein Vater Ömer (Jahrgang 1955) hat Parkinson" keeps "Mein Vater Ömer (Jahrgang
    1955)" for the other rules and tags "hat Parkinson"; the relation alone identifies no
    one, the health detail is what GDPR Art. 9 protects.
    """
    k = person.last + 1
    while k < i and not t.is_word(k):
        k += 1
    return k if k <= i else i


def _lead_in(t: _Text, person: _Person, first: int) -> int:
    """Start of the statement: "seitdem bin ich …", "Bei mir wurde …" take the words before."""
    k = person.first
    if person.kind in ("ich", "er") and k > first and (
        t.lower[k - 1] in _FINITE_VERBS or t.lower[k - 1] in _FIRST_PERSON_VERBS
    ):
        k -= 1  # "bin ich", "hat sie"
        if _words_between(t, first, k, 1) <= 1:
            k = first  # "seitdem bin ich"
    elif person.kind == "ich" and k > first and t.lower[k - 1] in ("bei", "von", "mit"):
        k -= 1  # "bei mir"
    return k


# a person by role or place in one's life, after a possessive ("unser Stammgast", "meine
# Kundin")
_ROLE_EXTRA = ("stammgast", "kunde", "kundin", "klient", "klientin", "patient", "patientin",
               "mandant", "mandantin", "mieterin", "mieter", "pflegling", "putzfrau",
               "putzhilfe", "haushaltshilfe", "tagesmutter", "tagesvater", "babysitter",
               "babysitterin", "reinigungskraft", "bedienung",
               # a team's or an ensemble's one ("Unser Torwart hat einen Kreuzbandriss",
               # "Unsere Sopranistin hat einen Tinnitus"), for health only
               "torwart", "torhüter", "torhüterin", "stürmer", "stürmerin", "sopranistin",
               "altistin", "pianist", "pianistin", "geiger", "geigerin", "dirigent",
               "dirigentin", "trompeter", "trompeterin", "schlagzeuger", "sänger", "sängerin",
               "tänzer", "tänzerin", "dozent", "dozentin", "bassist", "bassistin", "gitarrist",
               "gitarristin", "cellist", "cellistin", "flötist", "flötistin", "posaunist",
               "posaunistin", "saxophonist", "saxophonistin", "solist", "solistin",
               "keyboarder", "keyboarderin",
               # a team's player or athlete ("Unsere Jugendspielerin hat eine Herzschwäche")
               "spieler", "spielerin", "schwimmer", "schwimmerin", "läufer", "läuferin",
               "turner", "turnerin",
               # staff by their job, for health only ("Unsere Auszubildende hat …"): before a
               # capitalised word they name a trade, no person ("Angestellte Einzelhandel")
               "kellner", "kellnerin", "auszubildende", "auszubildender", "angestellte",
               "angestellter", "aushilfe")
_PUBLIC_OFFICES = ("bürgermeister", "bürgermeisterin", "minister", "ministerin", "landrat",
                   "landrätin", "präsident", "präsidentin", "kanzler", "kanzlerin")
# roles whose work is health, care, faith or teaching: a health word beside them is mostly
# their subject ("Unser Imam spricht über Depression", "Meine Ärztin ist Spezialistin für …")
_HEALTH_TOPIC_ROLES = (*_CARE_PROFESSIONS, "apotheker", "apothekerin", "pfarrer", "pfarrerin",
                       "pastor", "pastorin", "imam", "lehrer", "lehrerin", "trainer",
                       "trainerin", "erzieher", "erzieherin", "berater", "beraterin")
_FEMININE = ("in", "e", "frau", "mutter", "kraft", "hilfe", "ung")


@lru_cache(maxsize=1)
def _role_endings() -> tuple:
    return tuple(sorted({*read_words("person_nouns"), *_ROLE_EXTRA}, key=len, reverse=True))


def _one_by_role(possessive: str, word: str) -> bool:
    """Tell one person by role after a possessive: "unser Stammgast", "meine Kollegin".

    One only: a possessive ending in -e takes a feminine noun ("meine Kundin"; "unsere
    Mitarbeiter" are many), a bare one a masculine ("unser Hausmeister"). Offices of
    public life are no one's own ("unser Bürgermeister").
    """
    if not word[:1].isupper() or word.isupper():
        return False
    lower = word.lower()
    if not lower.endswith(_role_endings()) or lower.endswith(_PUBLIC_OFFICES):
        return False
    if lower.endswith(_HEALTH_TOPIC_ROLES):
        return False  # "Unsere Ärztin behandelt Diabetes": their work, not their health
    if possessive.endswith("e"):
        return lower.endswith(_FEMININE)
    return not lower.endswith("in")


def _sure_names(t: _Text, lex: _Lexicon, person: _Person) -> bool:
    """Tell a relation and a name the name rules will read, right before the statement.

    "Mein Mann Mehmet Yıldırım liegt seit …": the detail starts at the verb and the name is
    left to the name rules, as with an aside (:func:`_aside`). A first name that is a word
    too ("Otto", "Rosa", "Max") is read by them only after the closest relations ("Mein
    Mann", "Meine Tochter"); after another one ("Mein Opi Otto", "Meine Nichte Mia") it
    stays with the detail, which hides it.
    """
    if person.kind != "np" or not _named(t, lex, person):
        return False
    names = german_lexicon()
    close = any(t.lower[k] in _CLOSE_RELATIONS for k in range(person.first, person.last + 1))
    for k in range(person.first, person.last + 1):
        if not _sure_of(t, lex, k):
            return False
        word = t.words[k]
        if not close and not word.startswith("[") and t.lower[k] not in lex.relatives and any(
            names.is_first_name(part, ambiguous=True) and not names.is_first_name(part)
            for part in word.split("-")
        ):
            return False
    return True


_CLOSE_RELATIONS = frozenset(
    "mann frau sohn tochter vater mutter oma opa bruder schwester partner partnerin enkel "
    "enkelin onkel tante".split()
)


def _sure_of(t: _Text, lex: _Lexicon, k: int) -> bool:
    """Tell a word of a person's phrase the name rules will read.

    A tag, a possessive or a relation, or a listed name that is no German word
    ("Konstantin", "Obermüller"; not "Engel", "Rose", "Plochinger").
    """
    word, low = t.words[k], t.lower[k]
    if word.startswith("[") or low in lex.relatives or low in _POSSESSIVES:
        return True
    names = german_lexicon()
    return _name_like(t, lex, k) and all(
        names.is_first_name(part, ambiguous=True)
        or (part in names.last and not names.is_german(part))
        for part in word.split("-") if part
    )


_POSSESSIVES = frozenset("mein meine unser unsere sein seine ihr ihre dein deine".split())
