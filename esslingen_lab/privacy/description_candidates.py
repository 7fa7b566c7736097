"""Candidate phrases around one person, the project's exclusions, and their features.

What the learned description step (:mod:`esslingen_lab.privacy.learned_descriptions`) weighs:
:func:`candidates` reads a (redacted) text into phrases built around one person — a person
noun, a "der/die mit …" or a rule's short ``[PERSON-BESCHREIBUNG]``, with the ties after it
and, as a second reading, its relative clause — and leaves out every phrase the project's
rules say names no one (office holders, staff on duty, big institutions, anyone, plurals, a
workplace alone, local roles, relatives of role holders, the writer's own dealings, traits,
rules said of anyone); :func:`features` names what the model weighs of one candidate.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.appositions import _PUBLIC_OFFICES, _big_institutions
from esslingen_lab.privacy.redact.cueless_lower import _city_offices
from esslingen_lab.privacy.redact.description_clauses import (
    _COPULA_END,
    _HABIT_OR_TIME,
    _ONE_ACT,
    _TIME_WORDS,
    _WORKPLACE,
    _WRITER,
    MAIN_CLAUSE_VERBS,
    STAFF_HEADS,
    _names_a_place,
    tie_to_one_place,
)
from esslingen_lab.privacy.redact.description_walk import _ANYONE as _STREET_PEOPLE
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.local_roles import _big_places
from esslingen_lab.privacy.redact.ties import _NOT_PLACES
from esslingen_lab.privacy.redact.ties import _words as tie_words
from esslingen_lab.privacy.redact.vocabulary import home_districts, read_words

__all__ = ["candidates", "features"]

_TOKEN = regex.compile(r"\[[A-Z][A-Z\-]*\]|[\p{L}\d][\p{L}\d\-'’.]*(?<![.])|\S")
#: articles and possessives before a person ("der", "eine", "unsere", Swabian "d")
_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines unser unsere unseren unserem "
    "unserer mein meine meinen meinem meiner sein seine seinem seinen ihr ihre ihrem ihren "
    "dieser diese diesem diesen jener jene de d".split()
)
#: words that tie a person to a place, a group or a thing ("vom", "aus", "der" genitive)
_TIES = frozenset(
    "von vom aus im in am an bei beim mit der des auf hinter über ueber neben gegenüber unter "
    "vor zur zum für ohne nahe aus'm".split()
)
#: articles inside a tie ("aus dem Erdgeschoss", "von der Kita")
_TIE_ARTICLES = frozenset(
    "der die das den dem des ein eine einem einer eines meinem meiner unserem unserer seinem "
    "ihrem ihrer seiner unseren meinen de".split()
)
_RELATIVES = frozenset("der die das den dem dessen deren wo welche welcher welches denen".split())
_CLAUSE_ENDS = frozenset(",.!?;–—):\n(")
_HABIT = frozenset(
    "immer jeden jede jeder früher seit schon ständig oft manchmal morgens abends nie sonntags "
    "samstags täglich jahrelang".split()
)
_WRITER_WORDS = frozenset("ich mir mich wir uns meine meinen meinem".split())
_KIN = frozenset(
    "vater mutter sohn tochter oma opa frau mann bruder schwester enkel enkelin onkel tante "
    "schwiegermutter schwiegervater nachbar nachbarin freund freundin kollege kollegin".split()
)
_CHILDREN = ("mädchen", "junge", "jungen", "kind", "baby", "enkel", "bub", "bube")
_ADJECTIVE_STEMS = ("einzig", "letzt", "ehemalig", "älteste", "alte", "neue", "junge", "jung",
                    "alt")  # fmt: skip
_DEFINITE = frozenset("der die den dem des das".split())
_ADJECTIVE_ENDS = ("e", "en", "er", "es", "em")
_INDEFINITE = frozenset("ein eine einen einem einer eines".split())
_TAG = "[PERSON-BESCHREIBUNG]"


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _nounish(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.startswith("[")


@lru_cache(maxsize=100_000)
def _person_noun(word: str) -> str | None:
    """Return the quote review's reading of a singular person noun, remembered per word."""
    from esslingen_lab.privacy.leftover_phrases import _person_noun as person_noun

    return person_noun(word)


def _heads(words: list[str]) -> list[tuple[int, str, str]]:
    """Persons to weigh: (position, kind, gender); kind 'noun', 'mit' ("der mit …") or 'tag'."""
    out = []
    for i, word in enumerate(words):
        if not word[:1].isalpha():
            if word == _TAG:
                out.append((i, "tag", "x"))
            continue
        gender = _person_noun(word)
        if gender:
            out.append((i, "noun", gender))
        elif (
            word.lower() in ("mit", "von", "vom", "aus")
            and i > 0
            and words[i - 1].lower() in ("der", "die", "den", "dem")
            and (i < 2 or not words[i - 2][:1].isupper() or words[i - 2] in ("Ich", "Er", "Sie"))
        ):
            out.append((i - 1, "mit", "fem" if words[i - 1].lower() == "die" else "masc"))
    return out


def _start(words: list[str], i: int, kind: str) -> tuple[int, str | None, list[str]]:
    """Where the person's phrase starts, its article and its adjectives."""
    if kind == "mit":
        return i, words[i].lower(), []
    if kind == "tag":
        return i, None, []
    k, adjectives = i - 1, []
    while (
        k >= 0
        and len(adjectives) < 3
        and words[k][:1].isalpha()
        and words[k].lower() not in _DETERMINERS
        and (words[k][:1].islower() or words[k].lower().startswith(_ADJECTIVE_STEMS))
        and words[k].lower().endswith(_ADJECTIVE_ENDS)
    ):
        adjectives.append(words[k].lower())
        k -= 1
    if k >= 0 and words[k].lower() in _DETERMINERS:
        return k, words[k].lower(), adjectives
    return k + 1, None, adjectives


_FUNCTION_WORDS = _DETERMINERS | frozenset(
    "es er sie wir ich du und aber oder dann da so auch man bitte danke wenn weil dass".split()
)


_NOT_OFFICES = ("haltestelle", "tankstelle", "baustelle", "feuerstelle", "ladestelle")
# nouns after a tie word that tie no one: "am Telefon", "zum Beispiel", "zum Glück"
_NOT_TIED = frozenset(_NOT_PLACES) | frozenset("beispiel glück schluss teil thema".split())
# public functions known by their office, beside those of appositions.py
_OFFICES = _PUBLIC_OFFICES + ("sprecher", "sprecherin")


def _city_office(noun: str) -> bool:
    """Tell a city office ("Bürgeramt", "Bauhof", "Poststelle"), not a stop or a site."""
    lower = noun.lower()
    return lower.endswith(_city_offices()) and not lower.endswith(_NOT_OFFICES)


def _anyone(noun: str) -> bool:
    """Tell a person noun said of anyone ("Nachbarn", "Bürger"; description_excluded.txt)."""
    lower = noun.lower()
    generic = tie_words()["generic"]
    return lower.endswith(generic) or (lower.endswith(("n", "s")) and lower[:-1].endswith(generic))


def _specific(facts: dict) -> bool:
    """Tell a person's ties that point to one place.

    Two ties ("vom Eckhaus an der Pliensaubrücke"), a name, a number or a tag in them, or "der
    einzige/letzte …"; a workplace alone ("die Frau vom Kiosk") is as many places as there
    are kiosks (session 51 measured a rule for it: 11 more strings for 133 ordinary words and
    24 controls). Cross-validated when it came in: the model took 89 strings for 237 words
    this way, 96 for 267 with any tie, from less than half the candidates.
    """
    from esslingen_lab.privacy.leftover_phrases import _proper

    return bool(
        len(facts["ties"]) >= 2
        or facts["numbers"]
        or facts["tags"]
        or any(_proper(noun) or noun.lower() in home_districts() for noun in facts["nouns"])
        or any(adjective.startswith(("einzig", "letzt")) for adjective in facts["adjectives"])
    )


# places people pass, not where they live or work ("am Bahnhof", "an der Haltestelle")
_PASSING = ("bahnhof", "haltestelle", "bahnsteig", "straße", "strasse", "platz", "markt")


@lru_cache(maxsize=1)
def _local_roles() -> frozenset:
    return frozenset(read_words("description_local_roles"))


@lru_cache(maxsize=1)
def _belongings() -> tuple[str, ...]:
    return tuple(read_words("description_belongings"))


def _passer_by(facts: dict, words: list[str]) -> bool:
    """Tell someone of the street seen with a belonging.

    They are anyone ("die Frau mit dem Kinderwagen am Bahnhof"), unless a later tie is where
    they live or work or a name ("der Opa mit dem Rollator vom Seniorentreff"); the rule of
    description_walk.py, for this step.
    """
    if facts["kind"] != "noun" or facts["head"] not in _STREET_PEOPLE or not facts["ties"]:
        return False
    if facts["ties"][0] != "mit" or not facts["nouns"]:
        return False
    if not facts["nouns"][0].lower().endswith(_belongings()):
        return False
    if not {"vom", "von", "aus"}.isdisjoint(facts["ties"][1:]):
        return False  # where they belong: "die Dame mit dem Rollator vom Wochenmarkt"
    from esslingen_lab.privacy.leftover_phrases import _proper

    return not any(
        (_WORKPLACE.search(noun) is not None and not noun.lower().endswith(_PASSING))
        or _proper(noun)
        for noun in facts["nouns"][1:]
    )


def _relative_of_a_role(ties: list[str], nouns: list[str]) -> bool:
    """Tell a relative of a role holder without a place's name.

    "die Frau vom Bürgermeister", "die Frau vom Herrn Pfarrer"; with one ("die Frau vom
    Ortsvorsteher in Hohenbühl") the rules of ties.py read it.
    """
    from esslingen_lab.privacy.leftover_phrases import _proper

    if not ties or ties[0] not in ("vom", "von", "des", "der") or not nouns:
        return False
    first = 1 if nouns[0] in ("Herrn", "Herr", "Frau") and len(nouns) > 1 else 0
    noun = nouns[first].lower()
    if noun in _KIN or noun.rstrip("ns") in _KIN or noun.startswith(_CHILDREN):
        return False  # a relative of a child or a relative: "die Mutter vom kleinen Mädchen …"
    return _person_noun(nouns[first]) is not None and not any(
        _proper(noun) or noun.lower() in home_districts() for noun in nouns[first + 1 :]
    )


def _no_place_after(words: list[str], j: int) -> bool:
    """Tell a tie at j to a time or to no place: "am Wochenende", "am Telefon", "im Mai"."""
    for word in words[j + 1 : j + 3]:
        if word[:1].isupper():
            return word in _TIME_WORDS or word.lower() in _NOT_TIED
    return False


def _joins(words: list[str], k: int) -> bool:
    """Tell a hyphen or an abbreviation's dot inside a name ("Ev. Gesamtkirchengemeinde").

    A dot after a longer word ends the sentence: "… in einer Wohnanlage. Der Mieter …".
    """
    return words[k] == "-" or (words[k] == "." and len(words[k - 1]) <= 4)


def _ties(words: list[str], j: int, lower_case: bool = False):
    """Read the ties from position j on: end (exclusive), tie words, nouns, numbers, tags.

    In a text written in lower case (``lower_case``) a noun may be the last lower-case word
    after the tie word ("vom seniorentreff in zell").
    """
    ties: list[str] = []
    nouns: list[str] = []
    numbers = tags = 0
    n = len(words)
    while j < n:
        lower = words[j].lower()
        if lower == "gegenüber" and ties:
            ties.append("gegenüber#post")
            j += 1
            continue
        if lower not in _TIES or _no_place_after(words, j):
            break
        k = j + 1
        if k < n and words[k].lower() in _TIE_ARTICLES:
            k += 1
        adjectives = 0
        while (
            k < n
            and adjectives < 3
            and words[k][:1].isalpha()
            and words[k][:1].islower()
            and words[k].lower() not in _TIES
            and words[k].lower() not in _RELATIVES
        ):
            k += 1
            adjectives += 1
        taken = 0
        while (
            k < n
            and taken < 4
            and words[k].lower() not in _FUNCTION_WORDS
            and (
                _nounish(words[k])
                or (taken and _joins(words, k) and k + 1 < n and _nounish(words[k + 1]))
            )
        ):
            word = words[k]
            if word.startswith("["):
                tags += 1
            elif word[:1].isdigit():
                numbers += 1
            elif word[:1].isupper():
                nouns.append(word)
            k += 1
            taken += 1
        first = k - adjectives
        if not taken and adjectives and (lower_case or words[first - 1].lower() in _TIE_ARTICLES):
            # in lower case: "mit dem rollator", "vom seniorentreff", "mit dem alten rollator"
            noun = first + 1 if adjectives > 1 and words[first].endswith(_ADJECTIVE_ENDS) else first
            nouns.append(words[noun])
            k, taken = noun + 1, 1
        if not taken:
            break
        ties.append(lower)
        j = k
    return j, ties, nouns, numbers, tags


def _clause_end(words: list[str], j: int) -> int | None:
    """Return the end of a relative clause starting with the comma at j, or None."""
    n = len(words)
    if j + 1 < n and words[j] == "," and words[j + 1].lower() in _RELATIVES:
        k = j + 2
        while k < n and words[k] != "-" and (
            words[k] not in _CLAUSE_ENDS
            or (words[k] == "." and _joins(words, k) and k + 1 < n and words[k + 1][:1].isdigit())
        ):
            k += 1  # "…, der vor dem Haus Nr. 17 parkt": the number's dot ends no clause
        return k
    return None


_MASCULINE_ONLY = frozenset("der den dem des ein einen einem eines".split())
# a person in a rule: "…, sollte Zugriff haben" (the normative verbs of the clause rule's
# _GENERAL; "braucht", "kann", "wird" after a description tell of the person: "…, braucht
# Hilfe"; cross-validated, the same strings for five more ordinary words)
_NORMATIVE = regex.compile(
    r"\x20*,?\x20*(?:sollte|sollten|soll|muss|müsste|müssten|darf|dürfte)(?![\p{L}])"
)
# a finite verb right after "der"/"die" makes a main clause, as in the clause rule
_VERB_SECOND = frozenset(MAIN_CLAUSE_VERBS)
_NEGATIONS = frozenset("nicht kein keine keinen keiner keinem".split())
# an ability is no habit: "die mit den Tablets umgehen kann"
_MODAL_END = regex.compile(r"\x20(?:kann|können|konnte|will|wollte|darf|muss|soll|möchte|mag)$")


# where staff serve by turns ("die Dame an der Info", "der Mann vom Kundenservice", "die Frau an
# der Rezeption im Hallenbad"), public committees ("der Vorsitzende vom Bürgerausschuss") and
# public services ("der Fahrer vom Bürgerbus"): anyone on duty (a reviewer's 228 ordinary
# answers, session 52); matched as the end of the lower-case noun
_ON_DUTY = (
    "info", "infostand", "information", "theke", "rezeption", "kundencenter", "kundenservice",
    "servicecenter", "service", "empfang", "kasse", "schalter", "hotline", "pforte",
    "sprechstunde", "hallenbad", "freibad", "wertstoffhof", "recyclinghof", "bürgerbus",
    "ausschuss", "ausschusses", "beirat", "beirats", "hausnotruf", "bus", "busses",
)  # fmt: skip


def _many_hold_it(noun: str) -> bool:
    """Tell a big institution, a public body, a firm's initials or a city: many hold a role."""
    if noun.isalpha() and noun.isupper() and 2 <= len(noun) <= 6:
        return True  # a firm or a body by its initials: "SWE", "VVS", "DRK"
    lower = noun.lower()
    if lower.endswith(_ON_DUTY):
        return True
    whole, ends = _big_institutions()
    public = tie_words()
    return (lower in whole or lower.endswith(ends) or lower in public["public"]
            or lower.endswith(public["public_ends"]) or noun in _big_places())  # fmt: skip


# a landmark that tells where, not whom one works for: "über der Sparkasse", "neben dem Rathaus"
_LANDMARK_TIES = frozenset("über ueber neben hinter gegenüber unter oberhalb unterhalb".split())


def _held_words(words: list[str], start: int, end: int) -> list[str]:
    """Return the words of a phrase before a landmark's tie word ("über der Sparkasse …")."""
    out, landmark = [], False
    for word in words[start:end]:
        lower = word.lower()
        if lower in _LANDMARK_TIES:
            landmark = True  # and what follows places the landmark: "… in Esslingen"
        elif not landmark and lower not in _TIES:
            out.append(word)
    return out


def _person_allowed(words, kind, gender, article, start, head_at, end, text, tokens,
                    lower_case=False) -> bool:  # fmt: skip
    """Apply the project's rules for a person that names no one, as the other rules do.

    Not more than one ("die Mitarbeiter vom Bauhof": "die" before a masculine noun), not
    anyone ("ein Mann mit Hund aus Zell", unless the only one or told by a habit or time),
    not denied ("nicht die einzige Kinderärztin"), not an office holder ("der Vorsitzende
    der SPD", "die Bürgermeisterin"), not staff by their duty ("der Sachbearbeiter im
    Bürgeramt") or a role at a big institution, a public body or a city ("die Dame am
    Empfang im Rathaus"; description_big_institutions.txt, description_public_units.txt,
    description_big_places.txt), not a person in a rule ("…, sollte Zugriff haben").
    """
    if kind == "noun":
        head = words[head_at].lower()
        if (
            gender == "masc"
            and article is not None
            and article not in _MASCULINE_ONLY
            and not article.startswith(("mein", "unser", "sein", "ihr", "dies", "jen"))
        ):
            return False  # fmt: skip
        if head.endswith(STAFF_HEADS) or head.endswith(_OFFICES) or head in _local_roles():
            return False  # a local role ("der Bäcker am Markt") is read by local_roles.py
    if article in _INDEFINITE:
        told = " " + " ".join(words[start:end])
        if "einzig" not in told.lower() and _HABIT_OR_TIME.search(told) is None:
            return False
    if start > 0 and words[start - 1].lower() in _NEGATIONS:
        return False
    if any(_many_hold_it(word) for word in _held_words(words, head_at + 1, end)
           if word[:1].isalpha() and (word[:1].isupper() or lower_case)):  # fmt: skip
        return False  # in lower case too: "der alte mann am schalter im bahnhof"
    after = text[tokens[end - 1][2] : tokens[end - 1][2] + 20]
    return _NORMATIVE.match(after) is None


def _clause_allowed(words, head_at, kind, gender, tie_end, clause_end) -> bool:
    """Tell a relative clause that may single out its person (the clause rule's exclusions).

    Not the writer's own dealings ("die mir geholfen hat"), a trait ("die immer freundlich
    ist"), one act in the perfect ("der die Küche umgebaut hat") or an ability ("die mit den
    Tablets umgehen kann"), a plural ("die Hausmeister, die …"), a main clause ("die hat
    Krebs und …"), a nickname-like adjective or a rule's tag alone ("der Kleine", "der
    [GESUNDHEIT]"); without a tie to one place before it, the clause must name a place or
    call them the only one ("die am Empfang sitzt" is any receptionist).
    """
    pronoun = words[tie_end + 1].lower()
    if gender == "masc" and kind == "noun" and pronoun == "die":
        return False
    body = words[tie_end + 2 : clause_end]
    if body and (body[0].lower() in _VERB_SECOND or body[0].startswith("[")):
        return False  # a main clause after a demonstrative: "…, die hat Krebs und …"
    plain = [word for word in body if not word.startswith("[") and word[:1].isalnum()]
    lex = lexicon()
    if len(plain) <= 1 and (not plain or plain[0][:1].islower() or lex.is_german(plain[0])
                            or lex.is_common_noun(plain[0])):  # fmt: skip
        return False
    clause = " " + " ".join(body)
    told = _HABIT_OR_TIME.search(clause) is not None
    if _WRITER.search(clause) is not None and not told:
        return False
    if _COPULA_END.search(clause) is not None and not _names_a_place(clause):
        return False
    if (_ONE_ACT.search(clause) is not None or _MODAL_END.search(clause) is not None) \
            and not told:  # fmt: skip
        return False
    tie = " ".join(words[head_at + 1 : tie_end])
    if kind == "tag" or not tie_to_one_place(tie):  # no tie: a named place or the only one
        return _names_a_place(clause) or "einzig" in clause.lower()
    return True


def candidates(text: str) -> list[tuple[int, int, dict, list[str]]]:
    """Phrases around one person in a (redacted) text: (start, end, facts, words).

    Two per person at most: the person with their ties (variant 'pp') and with the relative
    clause after them (variant 'clause').
    """
    tokens = _tokens(text)
    words = [word for word, _, _ in tokens]
    lower_case = sum(word[:1].isupper() for word in words) * 10 <= len(words)
    out = []
    for i, kind, gender in _heads(words):
        start, article, adjectives = _start(words, i, kind)
        end, ties, nouns, numbers, tags = _ties(words, i + 1, lower_case)
        if kind == "mit" and not ties:
            continue
        if kind == "tag" and not ties:  # "[PERSON-BESCHREIBUNG] Bahnhof"
            k = i + 1
            while (
                k < len(words)
                and k < i + 3
                and words[k][:1].isupper()
                and not words[k].startswith("[")
                and words[k].lower() not in _FUNCTION_WORDS
            ):
                # fmt: skip
                nouns.append(words[k])
                k += 1
            if k > i + 1:
                ties, end = ["#bare"], k
        # staff of a city office is known by the office ("der Mann vom Bauhof"), and a
        # relative of anyone is anyone ("der Sohn vom Nachbarn in Zell"), unless a clause
        # tells what they do over time (as the clause rule of description_clauses.py reads)
        held = set(_held_words(words, i + 1, end))
        by_role = (
            any(_city_office(noun) for noun in nouns if noun in held)
            or (bool(nouns) and _anyone(nouns[0]))
            or _relative_of_a_role(ties, nouns)
        )
        clause = _clause_end(words, end)
        if clause and not _clause_allowed(words, i, kind, gender, end, clause):
            clause = None
        if clause and by_role and _HABIT_OR_TIME.search(" ".join(words[end:clause])) is None:
            clause = None
        facts = dict(kind=kind, gender=gender, article=article, adjectives=adjectives,
                     head=words[i].lower() if kind == "noun" else kind.upper(), ties=ties,
                     nouns=nouns, numbers=numbers, tags=tags, start=start, head_at=i,
                     end=end, clause=clause)  # fmt: skip
        allowed = _person_allowed(words, kind, gender, article, start, i, end, text, tokens,
                                  lower_case)  # fmt: skip
        if ties and not by_role and allowed and _specific(facts) and not _passer_by(facts, words):
            out.append((tokens[start][1], tokens[end - 1][2], dict(facts, variant="pp"), words))
        if clause and _person_allowed(words, kind, gender, article, start, i, clause, text,
                                      tokens, lower_case):  # fmt: skip
            out.append(
                (tokens[start][1], tokens[clause - 1][2], dict(facts, variant="clause"), words)
            )
    return out


def features(facts: dict, words: list[str]) -> dict[str, float]:
    """Return the model's features of one candidate (names as in the weights file)."""
    from esslingen_lab.privacy.leftover_phrases import _proper

    f: dict[str, float] = {
        "v=" + facts["variant"]: 1,
        "kind=" + facts["kind"]: 1,
        "head=" + facts["head"]: 1,
        "hsuf=" + facts["head"][-4:]: 1,
        "det=" + str(facts["article"]): 1,
        "g=" + facts["gender"]: 1,
    }
    for adjective in facts["adjectives"]:
        f["adj=" + adjective] = 1
        for stem in _ADJECTIVE_STEMS:
            if adjective.startswith(stem):
                f["adjs=" + stem] = 1
    f["npreps=%d" % min(len(facts["ties"]), 3)] = 1
    for tie in facts["ties"]:
        f["prep=" + tie] = 1
    if facts["ties"]:
        f["prep0=" + facts["ties"][0]] = 1
    for noun in facts["nouns"]:
        f["noun=" + noun.lower()] = 1
        f["nsuf=" + noun.lower()[-4:]] = 1
    f["n_proper"] = min(sum(_proper(noun) for noun in facts["nouns"]), 2)
    f["nums"] = min(facts["numbers"], 2)
    article = facts["article"]
    group = "def" if article in _DEFINITE else "ind" if article in _INDEFINITE else None
    f["dg=" + (group or ("poss" if article else "none"))] = 1
    f["kin"] = int(facts["head"] in _KIN)
    f["tags"] = min(facts["tags"], 2)
    start, tie_end = facts["start"], facts["end"]
    before = words[start - 1].lower() if start > 0 else "<s>"
    before2 = words[start - 2].lower() if start > 1 else "<s>"
    f["p1=" + before] = 1
    f["p2=" + before2] = 1
    f["p12=" + before2 + "_" + before] = 1
    f["sent_start"] = int(start == 0 or words[start - 1] in ".!?\n:")
    if facts["variant"] == "clause":
        clause = words[tie_end + 1 : facts["clause"]]
        lowered = [word.lower() for word in clause]
        f["rel=" + lowered[0]] = 1
        for word in lowered[1:12]:
            f["cw=" + word] = 1
        f["cl_self"] = int(not _WRITER_WORDS.isdisjoint(lowered))
        f["cl_habit"] = int(not _HABIT.isdisjoint(lowered))
        f["cl_last=" + lowered[-1]] = 1
        f["cl_len=%d" % min(len(lowered) // 3, 5)] = 1
        f["cl_proper"] = min(sum(_proper(word) for word in clause[1:]), 2)
        f["cl_digit"] = int(any(word[:1].isdigit() for word in clause))
        f["cl_einzig"] = int(any(word.startswith("einzig") for word in lowered))
        end = facts["clause"]
    else:
        f["has_clause_after"] = int(facts["clause"] is not None)
        end = tie_end
    f["next=" + (words[end].lower() if end < len(words) else "</s>")] = 1
    f["next2=" + (words[end + 1].lower() if end + 1 < len(words) else "</s>")] = 1
    f["len=%d" % min((end - start) // 3, 6)] = 1
    return f
