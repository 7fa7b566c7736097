"""What the learned health step (:mod:`esslingen_lab.privacy.learned_health`) weighs.

The health rule (:mod:`esslingen_lab.privacy.redact.health`) tags a health term only beside a
person it is sure of, and only in the forms its lexicon allows ("MS" right after "hat").
Many health details are told otherwise: "Ben ist in der 2. Klasse und hat ADHS", "die
Hausmeisterin unseres Wohnblocks hat Krebs", "Mein Mann hat seit 2019 MS", "[DATUM],
Diabetikerin". What the rules left is read here:

- **a candidate** is a health word the rules left: a term of the lexicon (also where its
  conditions fail: "MS" after "seit 2019"), a compound or slip of one, or one of the words
  of ``health_candidate_words.txt`` too plain for the rule ("Gips", "Sturz"); its extent
  runs back over the words before it that are no person, tag or pronoun, to its finite verb
  (at most eight: "hat seit dem Unfall …", "mit dem …"), and on over words alone (no sign,
  no tag) to the end of the health statement as the rule reads it
  (:func:`~esslingen_lab.privacy.redact.health._clause_end`);
- a term the rule's own exclusions speak against (a group, a negation, a tool, a topic, an
  idiom, staff at an institution, the reader's own …) gives no candidate, nor does one said
  of anyone ("Ein Kind hat Asthma", "wenn man …"), of the reader ("Hat Ihr Kind Asthma, …")
  or of a thing ("Die Kita hatte seit Wochen Läuse");
- **its features** (:func:`features`) are the term, whether the lexicon's conditions are met,
  the words before and in it, the persons of its clause and of the words before
  (as the rule reads them: "ich", "er", a relation, a name), the tags near it, the writer's
  words in its sentence and words of anyone ("Menschen", "wenn", "für").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from esslingen_lab.privacy.redact import health_terms as terms
from esslingen_lab.privacy.redact.description_words import _person_word
from esslingen_lab.privacy.redact.health import _clause_end
from esslingen_lab.privacy.redact.health_function import FUNCTION_STARTS
from esslingen_lab.privacy.redact.health_lexicon import (
    _is_health_word,
    _lexicon,
    _may_hold_health_words,
)
from esslingen_lab.privacy.redact.health_persons import (
    _CASE_SUBJECTS,
    _person_told_before,
    _persons,
)
from esslingen_lab.privacy.redact.health_text import _Text
from esslingen_lab.privacy.redact.health_words import _FINITE_VERBS, _INDEFINITE, _RELATIVE
from esslingen_lab.privacy.redact.strength import _is_person_noun

__all__ = ["candidates", "features", "may_hold_candidates"]

_MAX_LEAD = 8  # words before the term the extent may take ("hat seit dem Unfall …")
_BACK = 30  # words before the clause whose persons and tags count as "near"
_PRONOUNS = frozenset("ich i er sie du wir ihr es man".split())
_POSSESSIVE_FIRST = frozenset("mein meine meinem meinen meiner meins mei unser unsere unserem "
                              "unseren unserer".split())  # fmt: skip
_POSSESSIVE_THIRD = frozenset("sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer".split())
# words of anyone: "für Menschen mit Demenz", "wenn man im Rollstuhl sitzt"
_ANYONE = frozenset("menschen leute viele alle jeder jede jeden man wer wenn falls für bürger "
                    "kinder senioren patienten betroffene".split())  # fmt: skip
_WRITER = ("ich", "i", "er", "sie", "wir", "du", "mir", "mich", "bin", "habe", "hab")
# anyone: "Ein Kind hat Asthma", "Jede Oma …", "Kein Patient …"
_ANY_ONE = _INDEFINITE | frozenset("jede jeder jedem jeden kein keine keinem keinen".split())
# groups a clause may speak of: "Familien, die ihr Kind mit Behinderung pflegen", "wenn man
# im Rollstuhl sitzt"
_GROUPS = frozenset("man wer jeder jede alle viele menschen leute familien eltern kinder "
                    "senioren seniorinnen patienten bürger personen betroffene "
                    "betroffenen".split())  # fmt: skip
# before people named by their illness as a group: "mit Demenzkranken zu tun", "für Blinde"
_BEFORE_GROUP = frozenset("mit für von unter bei zwischen viele vielen alle allen die den "
                          "manche einige".split())  # fmt: skip
_POLITE = frozenset(("Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"))
_OTHER = frozenset(("anderes", "andere", "anderer", "anderen", "weiteres", "weitere", "weiterer"))
_HAVE = frozenset(("haben", "habe", "hab", "hat", "hatten"))
# young people, no person nouns by the lists: "Der Junge von gegenüber hat Diabetes"
_YOUNG = frozenset("junge jungen mädchen baby säugling bub bua bursche jugendliche "
                   "jugendlicher kleine kleiner kleinen".split())  # fmt: skip


@lru_cache(maxsize=1)
def _plain_words() -> frozenset:
    """Health words too plain for the rule, weighed here (``health_candidate_words.txt``)."""
    path = resources.files("esslingen_lab") / "data" / "redaction" / "health_candidate_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip()
                     and not line.startswith("#"))  # fmt: skip


def may_hold_candidates(features) -> bool:
    """Tell a text that may hold a candidate (the rule's gate, or a plain health word)."""
    if _may_hold_health_words(features):
        return True
    plain = _plain_words()
    return any(word.lower() in plain for word in features.words())


@lru_cache(maxsize=200_000)
def _health_word(word: str) -> bool:
    return len(word) > 3 and _is_health_word(word)


def _loose_term(t: _Text, i: int, lex) -> int:
    """Return the words of a lexicon term at word ``i`` whatever its conditions say (0: none).

    "MS" after "seit 2019" (the lexicon wants it right after "hat"), "Knie" without
    "Probleme" in its clause: the model weighs them with the words around.
    """
    lower = t.lower[i]
    for term in lex.by_first.get(lower, ()):
        n = len(term.words)
        if i + n > len(t.words) or term.before_relative:
            continue
        said = t.words[i : i + n] if term.exact else t.lower[i : i + n]
        if tuple(said) == term.words:
            return n
    return int(lower in _plain_words() or _health_word(t.words[i]))


def _no_person(t: _Text, k: int) -> bool:
    """Tell a word the extent may take: no tag, pronoun, relative or person's noun."""
    word = t.words[k]
    if word.startswith("[") or t.lower[k] in _PRONOUNS or t.lower[k] in _lexicon().relatives:
        return False
    if word in _CASE_SUBJECTS or t.lower[k] in _YOUNG:
        return False
    return not (
        word[:1].isupper() and len(word) > 2 and (_is_person_noun(word) or _person_word(word))
    )


def _anyone(t: _Text, i: int, n: int, k: int) -> bool:
    """Tell a term said of anyone or anything: a group, an indefinite person, the reader's.

    "mit Demenzkranken zu tun", "Ein Kind hat Asthma", "Eine Oma hat Demenz", "Hat Ihr Kind
    Asthma, …", "Falls Ihre Tochter gehörlos ist", "Familien, die ihr Kind mit Behinderung
    pflegen".
    """
    lower = t.lower
    if k > 0 and lower[i - 1] in _BEFORE_GROUP and terms._names_ill_persons(t, i, n):
        return True
    c = t.clause[i]
    first, end, sentence = t.clauses[c]
    if (
        k - 1 == first
        and lower[first] in ("der", "die", "das")
        and t.opener[c] == ","
        and (not _person_told_before(t, first, 12))
    ):
        return True  # a thing's demonstrative: "Die Kita am Markt, die hat Läuse"
    if _thing_before(t, first, k):
        return True
    for j in range(max(first, k - 3), i):  # the subject right before the statement
        if (
            lower[j] in _ANY_ONE
            and j + 1 < i
            and (t.words[j + 1][:1].isupper() or lower[j + 1] in _OTHER)
            and not any(lower[m] in _HAVE for m in range(max(first, j - 3), j))
        ):
            return True  # "Ein Kind hat …", "ein anderes …" (not "Wir haben einen Sohn mit …")
    if not _clause_set(t, c).isdisjoint(_GROUPS):
        return True
    if (
        c
        and t.opener[c] == ","
        and lower[first] in _RELATIVE
        and (not _clause_set(t, c - 1).isdisjoint(_GROUPS))
    ):
        return True  # "Familien, die ihr Kind …"
    return _sentence_facts(t, sentence)["reader"]  # "Hat Ihr Kind Asthma, …"


_ARTICLES = frozenset("der die das den dem des ein eine einer einem einen".split())


def _thing_before(t: _Text, first: int, k: int) -> bool:
    """Tell a clause that opens with a thing as the subject of the statement.

    "Die Kita hatte seit Wochen Läuse", "Der Kindergarten Zollberg hat seit Montag Läuse":
    an article and nouns, none of them a person, right before the statement's verb.
    """
    if k - first < 2 or k - first > 5 or t.lower[first] not in _ARTICLES:
        return False
    nouns = [j for j in range(first + 1, k) if t.words[j][:1].isupper()]
    return bool(nouns) and all(t.is_word(j) and _no_person(t, j) for j in range(first + 1, k))


def _clause_set(t: _Text, c: int) -> frozenset:
    """Return the lower-case words of clause ``c`` (worked out once per text)."""
    key = ("learned clause set", c)
    found = t.memo.get(key)
    if found is None:
        first, end, _ = t.clauses[c]
        found = t.memo[key] = frozenset(t.lower[first:end])
    return found


def _sentence_facts(t: _Text, sentence: int) -> dict:
    """Return a sentence's words, tags and whether it speaks to the reader (once a text)."""
    key = ("learned sentence", sentence)
    found = t.memo.get(key)
    if found is None:
        words = _sentence_words(t, sentence)
        said = frozenset(t.lower[j] for j in words)
        polite = [j for j in words if t.words[j] in _POLITE]
        found = t.memo[key] = dict(
            said=said,
            tags=frozenset(t.words[j] for j in words if t.words[j].startswith("[")),
            # the reader's: "Hat Ihr Kind Asthma, …", "Ihr Kind hat Asthma?", "Falls Ihre …"
            reader=bool(polite)
            and (polite[0] != words[0] or "?" in said or not said.isdisjoint(terms._IF)),
        )
    return found


def candidates(text: str) -> list[tuple[int, int, dict]]:
    """Return the health words the rules left, as (start, end, facts) in text order.

    ``start`` … ``end`` is the extent that becomes ``[GESUNDHEIT]``; ``facts`` holds the
    words' reading for :func:`features` (``t``, ``i``, ``n``, ``first``, ``last``,
    ``strict``: the lexicon's conditions are met). A term the health rule's exclusions
    speak against (a group, a negation, a tool, a topic, an idiom, a clause about work,
    staff at an institution …: :func:`~esslingen_lab.privacy.redact.health_terms.excluded`)
    gives no candidate: the project's exclusions are no matter of weights.

    Examples
    --------
    >>> [text[a:b] for text in ["Ben ist in der 2. Klasse und hat ADHS."]
    ...  for a, b, _ in candidates(text)]
    ['hat ADHS']
    """
    lex = _lexicon()
    t = _Text(text)
    found = []
    after = 0
    by_first, plain = lex.by_first, _plain_words()
    for i, (word, lower) in enumerate(zip(t.words, t.lower, strict=True)):
        if (
            i < after
            or not t.is_word(i)
            or word.startswith("[")
            or not (
                # as terms._term_starts, and the loose reading's words (the same answers, faster)
                lower in by_first
                or lower in FUNCTION_STARTS
                or lower == "mit"
                or lower in plain
                or terms._one_word_term(word)
                or _health_word(word)
            )
        ):
            continue
        n = terms._term_at(t, i, lex)
        strict = n > 0
        n = n or _loose_term(t, i, lex)
        if not n:
            continue
        after = i + n
        if any(t.words[k].startswith("[") for k in range(i, i + n)) or (
            terms.excluded(t, i, n, lex)
        ):
            continue  # about no one in particular, as the rule reads it (a group, a tool …)
        c = t.clause[i]
        first = t.clauses[c][0]
        k = i  # back to the finite verb, over no person: "hat seit dem Unfall einen Gips"
        while (
            k - 1 >= first
            and i - k < _MAX_LEAD
            and t.is_word(k - 1)
            and (t.depth[k - 1] == t.depth[i] and _no_person(t, k - 1))
        ):
            k -= 1
            if t.lower[k] in _FINITE_VERBS:
                break
        if _anyone(t, i, n, k):
            continue
        end = _clause_end(t, c, i + n - 1)
        last = i + n - 1  # on to the statement's end over words alone: no sign, no tag
        while (
            last < end
            and t.depth[last + 1] == t.depth[i]
            and t.is_word(last + 1)
            and not t.words[last + 1].startswith("[")
        ):
            last += 1
        if found and found[-1][2]["first"] == k and found[-1][2]["last"] == last:
            continue  # "hat seit dem Sturz einen Gips": one statement, read at its first term
        facts = dict(t=t, i=i, n=n, first=k, last=last, strict=strict)
        found.append((*t.span(k, last), facts))
    return found


def _sentence_words(t: _Text, sentence: int) -> list[int]:
    """Words of one sentence (worked out once per text)."""
    by_sentence = t.memo.get("learned sentences")
    if by_sentence is None:
        by_sentence = t.memo["learned sentences"] = {}
        n_clauses = len(t.clauses)
        for k in range(len(t.words)):
            if t.clause[k] < n_clauses:
                by_sentence.setdefault(t.clauses[t.clause[k]][2], []).append(k)
    return by_sentence.get(sentence, [])


def features(facts: dict) -> dict[str, float]:
    """Return a candidate's features (names to values) for the model."""
    t, i, n, k, last = facts["t"], facts["i"], facts["n"], facts["first"], facts["last"]
    lower = t.lower
    f: dict[str, float] = {"term=" + " ".join(lower[i : i + n]): 1.0, "n_term": float(n)}
    if not facts["strict"]:
        f["loose"] = 1.0
    for word in lower[k:i]:
        f["lead=" + word] = 1.0
    for word in lower[i + n : last + 1]:
        f["tail=" + word] = 1.0
    f["len_lead"] = min(i - k, _MAX_LEAD) / _MAX_LEAD
    f["len_tail"] = min(last - (i + n - 1), 10) / 10
    # the words before, a health tag passed over: the step's own tags must not count as
    # evidence for the next word (a second run would find more in its own output)
    before = [j for j in range(max(0, k - 4), k) if t.words[j] != "[GESUNDHEIT]"][-3:]
    for j in before:
        f["before=" + lower[j]] = 1.0
    if before:
        f["just_before=" + lower[before[-1]]] = 1.0
    c = t.clause[i]
    first, end, sentence = t.clauses[c]
    f["opener=" + t.opener[c]] = 1.0
    f["depth"] = float(t.depth[i] > 0)
    facts_of_sentence = _sentence_facts(t, sentence)
    said = facts_of_sentence["said"]
    for word in _WRITER:
        if word in said:
            f["s_" + word] = 1.0
    if not said.isdisjoint(_POSSESSIVE_FIRST):
        f["s_poss1"] = 1.0
    if not said.isdisjoint(_POSSESSIVE_THIRD):
        f["s_poss3"] = 1.0
    in_clause = _clause_set(t, c)
    if not in_clause.isdisjoint(_POSSESSIVE_FIRST):
        f["c_poss1"] = 1.0
    if not in_clause.isdisjoint(_POSSESSIVE_THIRD):
        f["c_poss3"] = 1.0
    for word in in_clause & _ANYONE:
        f["c_gen=" + word] = 1.0
    for tag in facts_of_sentence["tags"] - {"[GESUNDHEIT]"}:
        f["s_tag=" + tag] = 1.0
    for word in t.words[max(0, i - _BACK) : i]:
        if word.startswith("[") and word != "[GESUNDHEIT]":
            f["near_tag=" + word] = 1.0
    lex = _lexicon()
    in_clause_persons = _persons(t, lex, first, end)
    for kind in {person.kind for person in in_clause_persons}:
        f["c_person=" + kind] = 1.0
    for person in _persons(t, lex, max(0, first - _BACK), first):
        f["prev_person=" + person.kind] = 1.0
    f["cap_term"] = float(t.words[i][:1].isupper())
    head = lower[i + n - 1]
    if len(head) > 5:
        f["suffix=" + head[-4:]] = 1.0  # unseen terms: "-itis", "-krank", "-ose"
    # the person closest before the statement in its clause (persons in text order)
    lasts = t.memo.get(("learned lasts", c))
    if lasts is None:
        lasts = t.memo[("learned lasts", c)] = [person.last for person in in_clause_persons]
    before = bisect_left(lasts, k) - 1
    if before >= 0:
        near = in_clause_persons[before]
        f["person_before=" + near.kind] = 1.0
        f["person_gap"] = min(k - near.last - 1, 5) / 5
    return f
