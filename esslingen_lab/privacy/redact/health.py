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

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.health_extent import _BODY_OP, _with_code, joins, tighten
from esslingen_lab.privacy.redact.health_foreign import FOREIGN_HEALTH_RULES
from esslingen_lab.privacy.redact.health_function import (
    function_phrase,
    may_hold,
    sense_used_otherwise,
)
from esslingen_lab.privacy.redact.health_morph import is_medical_form
from esslingen_lab.privacy.redact.health_narrow import reason_only, worn_out
from esslingen_lab.privacy.redact.health_phrases import (
    errand_at,
    first_person_verb,
    its_body_part,
    resumed_subject,
    second_person,
    work_near,
)
from esslingen_lab.privacy.redact.health_slips import SlipIndex
from esslingen_lab.privacy.redact.health_words import (  # noqa: F401
    _AFTER_BLIND,
    _AIDS,
    _ARTICLE,
    _CAUSE_WORDS,
    _CLAUSE_WORDS,
    _COMPLETERS,
    _CONSEQUENCES,
    _COPULA,
    _DEGREE,
    _DEMONSTRATIVE_AFTER,
    _DEMONSTRATIVE_VERBS,
    _FINITE_VERBS,
    _FIRST_PERSON,
    _FIRST_PERSON_OPENERS,
    _FIRST_PERSON_VERBS,
    _GROUP_BEFORE,
    _GROUP_NOUNS,
    _HAVE,
    _INDEFINITE,
    _MANY,
    _MAX_CONSEQUENCE,
    _MAX_GAP,
    _MAX_LEAD,
    _MAX_TAIL,
    _NEGATION,
    _NOT_VERBS,
    _NOUN_ADJ,
    _PARTICLE,
    _PARTICLES,
    _PERSON_ENDINGS,
    _PERSON_TAGS,
    _PERSON_WORDS,
    _PLURAL_VERBS,
    _POSSESSIVE_FIRST,
    _POSSESSIVE_THIRD,
    _PRODUCTS,
    _RELATIVE,
    _THIRD_PERSON,
    _TITLE,
    _WORK_WORDS,
)
from esslingen_lab.privacy.redact.lexicon import lexicon as german_lexicon
from esslingen_lab.privacy.redact.patterns import KnownWords, _Rule
from esslingen_lab.privacy.redact.phrase_scan import PhraseScan
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    _words,
    read_words,
)

__all__ = ["HEALTH_RULES", "health_spans"]

# ---------------------------------------------------------------- word lists


@dataclass(frozen=True)
class _Term:
    written: str  # the word of the gate (a phrase's last word), as in the list
    words: tuple  # lower-case words (or as written, when exact)
    exact: bool  # compare as written
    clause_words: frozenset  # one of them must be in the clause ("|")
    after: frozenset  # the term must follow one of them ("<")
    before_relative: bool  # the term must precede a relation noun ("> @relative")


def _parse_term(line: str) -> _Term:
    clause_words = after = frozenset()
    before_relative = False
    for mark in ("|", "<", ">"):
        if mark in line:
            line, _, rest = line.partition(mark)
            if mark == "|":
                clause_words = frozenset(rest.lower().split())
            elif mark == "<":
                after = frozenset(rest.lower().split())
            else:
                before_relative = "@relative" in rest
    line = line.strip()
    exact = line.startswith("=")
    line = line.lstrip("=")
    words = tuple(line.split()) if exact else tuple(line.lower().split())
    return _Term(line.split()[-1], words, exact, clause_words, after, before_relative)


# last words of phrases too common for the gate ("hört nichts mehr"): such a phrase passes
# the gate only when its first word stands in the text as well
_COMMON_LAST = frozenset("mehr meh noch gut schlecht fuß verloren amputiert stock".split())


@dataclass(frozen=True)
class _Lexicon:
    by_first: dict  # first word (lower case) -> terms starting with it
    relatives: frozenset
    compound: re.Pattern  # a health compound, the whole lower-cased word
    idioms: PhraseScan
    first_forms: frozenset  # a word of each term as it may be written
    pair_gates: dict  # first word -> last words, for phrases ending in a common word
    heads: tuple  # endings and beginnings of compounds, for the cheap look before the rule
    stems: tuple
    body: frozenset  # body parts ("hüfte", "herz"): the terms said with "Probleme mit …"


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    by_first: dict[str, list[_Term]] = {}
    for line in read_words("health_terms"):
        term = _parse_term(line)
        by_first.setdefault(term.words[0].lower(), []).append(term)
    for terms in by_first.values():
        terms.sort(key=lambda t: -len(t.words))  # longest phrase first
    heads = [h for h in read_words("health_heads") if not h.startswith("-")]
    stems, tails = read_words("health_stems"), read_words("health_tails")

    def alternation(words):
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"

    # "Krebserkrankung", "Hirntumor" (three letters or more before the ending);
    # "Dialysepatient", "Rollstuhlfahrerin" (a stem and an ending of a person or state)
    compound = re.compile(
        rf"[^\W\d_]{{3,}}-?{alternation(heads)}|{alternation(stems)}-?{alternation(tails)}"
        r"|[^\W\d_]{3,}-op"
    )
    # "macht mich (noch) depressiv", "kriegt man (ja) Krebs"
    particle = r"\s+(?:(?:ja|noch|doch|gleich|echt|total|wirklich|schon|bald|da)\s+)?"
    idioms = PhraseScan(regex.compile(  # searched where an idiom's first word stands
        r"(?<![\p{L}])(?i:" + _words(*read_words("health_idioms")).replace(r"\s+", particle)
        + r")(?![\p{L}])",
        regex.VERSION1,
    ), read_words("health_idioms"), r"(?<![\p{L}])(?i:")
    # one word of each term in the case it may be written (a phrase's last, rarest word)
    terms = [t for ts in by_first.values() for t in ts]

    def forms(word, exact):
        return (word,) if exact else (word, word.lower(), word[:1].upper() + word[1:],
                                      word.upper())

    paired = [t for t in terms if len(t.words) > 1 and t.written.lower() in _COMMON_LAST]
    first_forms = frozenset(
        form for t in terms if t not in paired for form in forms(t.written, t.exact)
    )
    pair_gates: dict[str, set] = {}
    for t in paired:
        for form in forms(t.words[0], t.exact):
            pair_gates.setdefault(form, set()).update(forms(t.written, t.exact))
    return _Lexicon({k: tuple(v) for k, v in by_first.items()}, frozenset(
        read_words("health_relatives")), compound, idioms, first_forms,
        {k: frozenset(v) for k, v in pair_gates.items()},
        tuple(heads) + ("-op",), tuple(stems),
        frozenset(t.words[0] for t in terms if len(t.words) == 1 and "probleme" in t.clause_words))


# ---------------------------------------------------------------- tokens and clauses

_TOKEN = regex.compile(
    r"\[[A-Z][A-Z\-]*(?:\x20[A-Z]+)?\]"  # a tag of an earlier rule: [NAME], [DATUM]
    r"|(?:Hr|Fr|Dr|Prof)\.(?=\s)"
    r"|[\p{L}\d]+(?:[\-'’*:_][\p{L}\d]+)*-?"
    r"|[^\s\p{L}\d]",
    regex.VERSION1,
)
_HARD = frozenset(".!?;:…\n")
_BEFORE_ORDINAL = frozenset("vom im am zum zur der die das dem den des seit ab bis in ins "
                            "nach vor jeder jede jeden".split())
_DASHES = frozenset("-–—")


class _Text:
    """The words of one text with their clauses, worked out once."""

    __slots__ = ("text", "words", "lower", "starts", "ends", "depth", "clause", "clauses",
                 "opener", "in_term", "memo")

    def __init__(self, text: str):
        self.text = text
        matches = list(_TOKEN.finditer(text))
        self.words = [m.group() for m in matches]
        self.lower = [w.lower() for w in self.words]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.in_term: set[int] = set()
        # results worked out once per text (clause words, persons of a range): one long clause
        # read again for each of its terms made repetitions quadratic
        self.memo: dict = {}
        n = len(self.words)
        self.depth = [0] * n
        self.clause = [0] * n
        self.clauses: list[tuple[int, int, int]] = []  # (first word, end, sentence)
        self.opener: list[str] = []  # what opened each clause: "start", ",", "und" …
        depth = sentence = first = 0
        opener = "start"
        closed = self._closed_brackets()
        for i, word in enumerate(self.words):
            if i and depth == 0 and "\n" in text[self.ends[i - 1] : self.starts[i]]:
                self._close(first, i, sentence, opener)
                sentence, first, opener = sentence + 1, i, "start"
            self.depth[i] = depth
            if word == "(" and i in closed:
                depth += 1
            elif word == ")" and depth:
                depth -= 1
                self.depth[i] = depth
            self.clause[i] = len(self.clauses)
            if self.depth[i] or word == "(" and i in closed:
                continue
            if (word in _HARD and not self._ordinal(i) and not self._initial(i)) or (
                word in _DASHES and not self._joins(i)
            ):
                self._close(first, i, sentence, opener)
                sentence, first, opener = sentence + 1, i + 1, "start"
            elif word == "," or self.lower[i] in _CLAUSE_WORDS:
                self._close(first, i, sentence, opener)
                first, opener = i + 1, self.lower[i]
        self._close(first, n, sentence, opener)

    def _closed_brackets(self) -> set:
        """Return the opening brackets closed soon on the same line ("(Jahrgang 1955)").

        An unclosed "(" is an ordinary character, not the start of a long aside.
        """
        closed = set()
        for i, word in enumerate(self.words):
            if word != "(":
                continue
            for k in range(i + 1, min(i + 16, len(self.words))):
                if self.words[k] == "(" or "\n" in self.text[self.ends[k - 1] : self.starts[k]]:
                    break
                if self.words[k] == ")":
                    closed.add(i)
                    break
        return closed

    def _ordinal(self, i: int) -> bool:
        """Tell the period of "vom 2. Stock", "in der 30. Woche" from a full stop."""
        return (self.words[i] == "." and i >= 2 and self.words[i - 1].isdigit()
                and len(self.words[i - 1]) <= 2 and self.lower[i - 2] in _BEFORE_ORDINAL
                and self.starts[i] == self.ends[i - 1])

    def _initial(self, i: int) -> bool:
        """Tell the period of an initial ("Frau K. aus der Zulassungsstelle") from a full stop.

        The period follows one capital letter (or the tag that replaced it) directly, and the
        sentence goes on in lower case.
        """
        if self.words[i] != "." or i == 0 or i + 1 >= len(self.words):
            return False
        before = self.words[i - 1]
        return (self.starts[i] == self.ends[i - 1]
                and (len(before) == 1 and before.isupper() or before == "[NAME]")
                and self.words[i + 1][:1].islower()
                and "\n" not in self.text[self.ends[i] : self.starts[i + 1]])

    def _joins(self, i: int) -> bool:
        """Tell a hyphen inside a word run ("Rollator-/Rollstuhl") from a dash between clauses."""
        if i == 0 or i + 1 >= len(self.words):
            return False
        return self.ends[i - 1] == self.starts[i] or self.ends[i] == self.starts[i + 1]

    def _close(self, first: int, end: int, sentence: int, opener: str) -> None:
        if first < end:
            self.clauses.append((first, end, sentence))
            self.opener.append(opener)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of the words ``first`` to ``last`` (inclusive)."""
        return self.starts[first], self.ends[last]

    def is_word(self, i: int) -> bool:
        return self.words[i][:1].isalnum() or self.words[i].startswith("[")

    def clause_words(self, c: int) -> list[int]:
        """Words of clause ``c`` (a shared list: not to be changed)."""
        key = ("words", c)
        words = self.memo.get(key)
        if words is None:
            first, end, _ = self.clauses[c]
            words = self.memo[key] = [i for i in range(first, end) if self.is_word(i)]
        return words

    def clause_has(self, c: int, vocabulary) -> bool:
        """Tell whether a word of clause ``c`` is in ``vocabulary`` (a set kept alive)."""
        key = ("has", c, id(vocabulary))
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = any(self.lower[k] in vocabulary for k in self.clause_words(c))
        return found


# ---------------------------------------------------------------- health terms


def _is_compound_term(word: str, lex: _Lexicon) -> bool:
    lower = word.lower()
    if "*" in lower or ":" in lower or "_" in lower or word.endswith("Innen"):
        return False  # "Rollstuhlfahrer*innen": a group
    if lex.compound.fullmatch(lower) is None:
        return False
    return not lower.endswith("-op") or word.endswith(("-OP", "-Op")) or lower[:-3] in _BODY_OP


def _term_at(t: _Text, i: int, lex: _Lexicon) -> int:
    """Return the number of words of a health term starting at word ``i`` (0: none)."""
    lower = t.lower[i]
    said = function_phrase(t.lower, i)  # "hört sehr schlecht", "kann kaum noch laufen"
    for term in lex.by_first.get(lower, ()):
        n = len(term.words)
        if i + n > len(t.words):
            continue
        if term.exact:
            if tuple(t.words[i : i + n]) != term.words:
                continue
        elif tuple(t.lower[i : i + n]) != term.words:
            continue
        if term.after and (i == 0 or t.lower[i - 1] not in term.after):
            continue
        if i + n < len(t.words) and t.lower[i + n] in _PRODUCTS:
            continue  # "MS Office", "MS Teams" are things
        if term.before_relative and (i + n >= len(t.words)
                                     or t.lower[i + n] not in lex.relatives):
            continue
        if term.clause_words and not t.clause_has(t.clause[i], term.clause_words):
            continue
        if sense_used_otherwise(t.lower, i, i + n):
            continue  # "höre schlecht, was die Durchsage sagt", "hört schlecht auf Rat"
        return max(n, said)
    if said:
        return said
    if lower == "mit" and its_body_part(t.lower, i, lex.body):
        return 3  # "I hab's mit em Kreuz"
    if "-" in lower[1:-1] and _hyphen_term(lower.split("-", 1)[1], lex):
        return 1  # "E-Rolli", "Elektro-Rollstuhl", "Typ-2-Diabetes"
    if len(lower) >= 6 and lower[:1].isalpha() and (
        _is_compound_term(t.words[i], lex) or _misspelt_term(t.words[i])
        or is_medical_form(t.words[i])
    ):
        return 1
    return 0


def _hyphen_term(rest: str, lex: _Lexicon) -> bool:
    """Tell the part after a hyphen that is a one-word health term without conditions."""
    return any(len(term.words) == 1 and not (term.exact or term.after or term.clause_words
                                              or term.before_relative)
               for term in lex.by_first.get(rest, ()))


@lru_cache(maxsize=1)
def _slips() -> SlipIndex:
    """Return the single-word terms a slip of the pen may stand for ("Dementz": "dement")."""
    return SlipIndex(
        term.words[0] for terms in _lexicon().by_first.values() for term in terms
        if len(term.words) == 1 and not term.exact and not term.clause_words and not term.after
        and not term.before_relative
    )


def _misspelt_term(word: str) -> bool:
    return _slips().is_slip(word)


def _about_a_group(t: _Text, i: int, n: int) -> bool:
    """Tell "für Rollstuhlfahrer", "Menschen mit Demenz", "gehbehinderte Menschen"."""
    first = t.clause[i]
    before = [k for k in range(max(t.clauses[first][0], i - 3), i) if t.is_word(k)]
    if before and t.lower[before[-1]] in _GROUP_BEFORE:
        return True
    if _names_ill_persons(t, i, n) and any(t.lower[k] == "für" for k in before[-3:]) and not any(
        t.lower[k] in _PERSON_WORDS for k in before[-3:]
    ):
        # "für Rollstuhlfahrer", "für die Blinden" (not "für mich als Rollstuhlfahrer", and
        # "Termin für die Dialyse" is no group either)
        return True
    if len(before) >= 2 and t.lower[before[-1]] in ("mit", "von") and (
        t.lower[before[-2]] in _GROUP_NOUNS
    ):
        return True
    after = i + n
    return after < len(t.words) and t.lower[after] in _GROUP_NOUNS


def _names_ill_persons(t: _Text, i: int, n: int) -> bool:
    """Tell "Rollstuhlfahrer", "Diabetiker", "Blinde", "Gehbehinderten": people, not a state."""
    word = t.words[i + n - 1]
    lower = word.lower()
    # an adjective used as a noun: "Blinde", "Gehbehinderten", "Gehörlose", "Kranken"
    return lower.endswith(_PERSON_ENDINGS) or (word[:1].isupper() and lower.endswith(_NOUN_ADJ))


def _as_an_adverb(t: _Text, i: int) -> bool:
    """Tell "blind geplant", "blind unterschreiben" from "ist blind", "blind und taub"."""
    if t.lower[i] not in ("blind", "taub") or i + 1 >= len(t.words):
        return False
    nxt = t.words[i + 1]
    if t.clause[i + 1] != t.clause[i] or "\n" in t.text[t.ends[i] : t.starts[i + 1]]:
        return False  # the clause ends with "blind"
    return nxt[:1].islower() and nxt.lower() not in _CLAUSE_WORDS and nxt not in _AFTER_BLIND


_DIALECT_ARTICLE = frozenset(("em", "de", "dr", "m"))  # "mit em Rollstuhl"


def _as_a_tool(t: _Text, i: int) -> bool:
    """Tell "mit dem Rollator", "mit meinem Rollstuhl": an aid used, not a predicate."""
    if not t.lower[i].rsplit("-", 1)[-1].startswith(_AIDS):  # "mit meinem E-Rolli" too
        return False
    k = i - 1
    if k >= 0 and (t.lower[k] in _ARTICLE or t.lower[k] in _DIALECT_ARTICLE
                   or t.lower[k] in _INDEFINITE
                   or t.lower[k] in _POSSESSIVE_FIRST or t.lower[k] in _POSSESSIVE_THIRD):
        k -= 1
    # "nur noch mit Krücken": what someone depends on, not a tool
    return k >= 0 and t.lower[k] == "mit" and not (k >= 1 and t.lower[k - 1] in ("nur", "noch"))


def _as_a_cause(t: _Text, i: int) -> bool:
    """Tell "seit der Reha", "nach meinem Bandscheibenvorfall": a cause or a time."""
    k = i - 1
    if k >= 0 and (t.lower[k] in _ARTICLE or t.lower[k] in _POSSESSIVE_FIRST
                   or t.lower[k] in _INDEFINITE):
        k -= 1
    return k >= 0 and t.lower[k] in _CAUSE_WORDS


def _negated(t: _Text, i: int) -> bool:
    """Tell "ich bin doch nicht blind", "ohne Behinderung"."""
    k = i - 1
    while k >= 0 and t.lower[k] in _PARTICLES:
        k -= 1
    return k >= 0 and t.lower[k] in _NEGATION


def _someone_else(t: _Text, i: int) -> bool:
    """Tell "dem Rollstuhlfahrer", "ein Diabetiker": an ill person not yet said to be anyone."""
    if not t.lower[i].endswith(_PERSON_ENDINGS) or i == 0:
        return False
    if t.lower[i - 1] not in _ARTICLE and t.lower[i - 1] not in _INDEFINITE:
        return False
    # "ist ein Diabetiker", "Meine Nachbarin, eine Rollstuhlfahrerin, …": the same person
    return i < 2 or (t.lower[i - 2] not in _COPULA and t.words[i - 2] != "," and
                     t.lower[i - 2] != "als")


def _in_idiom(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Tell a term inside a phrase of health_idioms.txt ("blind vor Wut")."""
    # a window of the text (with room for look-arounds): the regex module is slower on
    # positions in a long string, which made long texts quadratic
    lo, hi = max(0, start - 45), min(len(text), end + 45)
    base, top = max(0, lo - 30), min(len(text), hi + 30)
    return _idiom_in_window(text[base:top], lo - base, hi - base, start - base, end - base)


@lru_cache(maxsize=4096)
def _idiom_in_window(window: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Tell an idiom in ``window[lo:hi]`` around ``start`` … ``end`` (repeated windows once)."""
    for match in _lexicon().idioms.finditer(window, lo, hi):
        if match.start() <= start and end <= match.end():
            return True
    return False


# a ward or clinic someone comes from is their workplace: "Herr [NAME] aus der Psychiatrie"
_INSTITUTION_ENDINGS = ("psychiatrie", "klinik", "klinikum", "ambulanz", "station", "praxis",
                        "zentrum", "abteilung")
_FROM = frozenset(("aus", "von", "vom"))


def _from_an_institution(t: _Text, i: int) -> bool:
    """Tell a clinic or ward after "aus der", "von der", "vom" (where someone works)."""
    if not t.lower[i].endswith(_INSTITUTION_ENDINGS):
        return False
    before = [t.lower[k] for k in range(max(0, i - 2), i)]
    if not _FROM.intersection(before):
        return False
    # "meine Frau kommt aus der Psychiatrie": one's own relative was a patient there
    return not t.clause_has(t.clause[i], _POSSESSIVE_FIRST)


def _health_terms(t: _Text, lex: _Lexicon) -> list[tuple[int, int]]:
    """Return the health terms as word ranges (first, end), less those about no one."""
    found = []
    i = 0
    while i < len(t.words):
        n = _term_at(t, i, lex) if t.is_word(i) else 0
        if not n:
            i += 1
            continue
        start, end = t.starts[i], t.ends[i + n - 1]
        if not (
            _in_idiom(t.text, start, end, lex)
            or _negated(t, i)
            or _about_a_group(t, i, n)
            or _someone_else(t, i)
            or _as_a_tool(t, i)
            or _as_an_adverb(t, i)
            or (t.clause_has(t.clause[i], _WORK_WORDS)
                and work_near(t.lower, t.clause_words(t.clause[i]), i, _WORK_WORDS)
                and not _as_a_cause(t, i))
            or _from_an_institution(t, i)
            or errand_at(t.lower, i, i + n)
            or worn_out(t.lower, lambda k: t.clauses[t.clause[k]][2], i, n)
        ):
            found.append((i, i + n))
        i += n
    return found


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
    return word.startswith("[") or (word[:1].isupper() and t.lower[k] not in _CLAUSE_WORDS
                                    and t.lower[k] not in _FINITE_VERBS)


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
            if j < end and t.lower[j] in lex.relatives:
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
        elif word in ("Herr", "Herrn", "Frau", "Hr.", "Fr.") and k + 1 < end and (
            _name_word(t, k + 1) and t.lower[k + 1] not in lex.relatives
        ):
            last = _after_name(t, k, end)
            found.append(_Person(k, last, "name"))
            k = last + 1
            continue
        elif (word in _PERSON_TAGS or _is_first_name(word)) and k not in t.in_term:
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
            found.append(_Person(k, k, "ich"))
        elif lower in _THIRD_PERSON and _singular(t, k):
            found.append(_Person(k, k, "er"))
        k += 1
    return found


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


def _someone_before(t: _Text, lex: _Lexicon, k: int) -> bool:
    """Tell whether a person "er", "sie" or "sein" can point back to stands before word k."""
    return any(p.kind in ("np", "name") for p in _persons(t, lex, 0, k))


# ---------------------------------------------------------------- spans


def _words_between(t: _Text, a: int, b: int, most: int | None = None) -> int:
    """Words from ``a`` to ``b - 1`` outside brackets (counted to ``most + 1`` at most)."""
    n = 0
    for k in range(a, b):
        if t.is_word(k) and t.depth[k] == 0:
            n += 1
            if most is not None and n > most:
                break
    return n


def _clause_end(t: _Text, c: int, last_term: int) -> int:
    """Last word of the health statement: the clause end if near, else the term.

    A consequence further on goes with it: "seit dem Burnout im Herbst keine Nerven mehr",
    "seit der OP im Winter große Probleme".
    """
    words = [k for k in t.clause_words(c) if k > last_term]
    if len(words) <= _MAX_TAIL:
        return words[-1] if words else last_term
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


def _finite(t: _Text, k: int) -> bool:
    """Tell a verb that opens a clause after a comma ("ist", "versteht", "kommt")."""
    word = t.lower[k]
    if word in _FINITE_VERBS:
        return True
    return (t.words[k].islower() and len(word) >= 4 and word.endswith("t")
            and not word.startswith("ge") and word not in _NOT_VERBS)


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


def _plain(t: _Text, lex: _Lexicon, person: _Person) -> bool:
    """Tell a person phrase without a name: "ich", "er", "Meine Mutter", "Unser Opa (89)".

    Such a phrase stays before the tag; a phrase with a name or a title ("Unser Nachbar
    Herr Kübler", "Lukas") goes into it, so that a name is never left by the health rule.
    """
    if person.kind in ("ich", "er"):
        return True
    if person.kind != "np":
        return False
    for k in range(person.first + 1, person.last + 1):
        word = t.words[k]
        if word.startswith("[") or word in _TITLE and t.lower[k] not in lex.relatives:
            return False  # "Meine Frau" is a relation, "Herr" a title
        if _name_like(t, lex, k) and k not in t.in_term:
            return False
    return True


def _name_like(t: _Text, lex: _Lexicon, k: int) -> bool:
    """Tell a capitalised word of a person's phrase that may be a name ("Kowalczyk").

    German nouns are capitalised too: "Kämmerei" and "Erdgeschoss" are no names.
    """
    word = t.words[k]
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
        if word.startswith("[") or word in _TITLE and t.lower[k] not in lex.relatives or (
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
    persons = [
        p for p in _persons(t, lex, first, end)
        if p.kind not in ("er", "np3", "possessive3") or _someone_before(t, lex, p.first)
    ]
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
                return i, last
    # the person before the term: "Mein Vater Ömer (…) hat Parkinson"
    # a complaint counts from its first word: "hat seit dem Sturz im Winter Probleme mit der Hüfte"
    key = ("consequence", c)
    if key not in t.memo:
        t.memo[key] = next((k for k in t.clause_words(c) if t.lower[k] in _CONSEQUENCES), None)
    anchor = t.memo[key] if t.memo[key] is not None and t.memo[key] < i else i
    before = [p for p in main
              if p.last < i and _words_between(t, p.last + 1, anchor, _MAX_GAP) <= _MAX_GAP]
    if before and last_term == j - 1 and reason_only(t.lower, t.words, before[0].last + 1, i):
        return i, j - 1  # "brauche den Aufzug wegen meinem [Rollator]"
    if before:
        start = (_after(t, before[0], i) if _plain(t, lex, before[0])
                 else _name_start(t, lex, before[0]))
        if _plain(t, lex, before[0]):
            start = resumed_subject(t.lower, start, i, _DEMONSTRATIVE_VERBS)
        return start, _clause_end(t, c, last_term)
    # the term before the person: "Seit dem Schlaganfall sitzt mein Vater im Rollstuhl"
    after = [p for p in main if p.first >= j and _words_between(t, j, p.first, _MAX_GAP) <= _MAX_GAP
             and t.lower[p.first] not in ("mir", "mich")]  # "…hat mir niemand geholfen"
    if after:
        p = after[0]
        start = first if _words_between(t, first, i, _MAX_LEAD) <= _MAX_LEAD else i
        return start, _with_code(t, j - 1)  # the cause alone: "Seit dem [Schlaganfall] …"
    # "nach meinem Herzinfarkt", "wegen seiner Depression"
    for p in persons:
        if p.kind.startswith("possessive") and p.first < i <= p.first + 3 and all(
            t.words[k][:1].islower() for k in range(p.first + 1, i)
        ):
            if any(s[0] >= j for s in in_clause) and p.first and t.lower[p.first - 1] in (
                _CAUSE_WORDS
            ):
                # "seit meinem Schlaganfall halbseitig gelähmt": the cause and the state
                # after it are one statement about the owner of "meinem"
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
                _name_start(t, lex, person))
            return start, _clause_end(t, c, last_term)
        return None
    # "Mein Vater, Karl-Heinz Obermüller, ist dement": appositions between person and verb
    if opener == "," and _finite(t, words[0]):
        person = _apposition_person(t, c, lex)
        if person is not None:  # "Mein Vater, Karl-Heinz Obermüller, ist dement": the name too
            return _name_start(t, lex, person), _clause_end(t, c, last_term)
        return None
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
    ):
        for back in (1, 2):
            if c - back < 0 or t.clauses[c - back][2] != sentence:
                break
            subjects = [p for p in _persons(t, lex, *t.clauses[c - back][:2])
                        if p.kind in ("np", "name", "er") or p.kind == "ich" and back == 1
                        and any(t.lower[k] in _COPULA for k in t.clause_words(c - 1))]
            if subjects:  # "Meine Oma ist 87 und dement": the clause of the term
                start = words[0]
                rest = _words_between(t, subjects[0].last + 1, t.clauses[c - back][1])
                if back == 1 and rest <= 3 and not _plain(t, lex, subjects[0]):
                    start = _name_start(t, lex, subjects[0])  # "Frau Weber ist 87 und dement"
                return start, _clause_end(t, c, last_term)
    return None


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
    for term in terms:
        found = _span_for(t, lex, term, terms)
        if found is not None:
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
    n = len(t.words)
    while last + 1 < n and t.lower[last + 1] in _AND | {"mit"}:
        k = last + 2
        while k < n and k < last + 4 and t.lower[k] in _FILLER:
            k += 1
        if k in starts:
            last = starts[k] - 1
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
    return last


_JOIN = regex.compile(r"\s*(?:,\s*)?(?:und|oder|,)\s*", regex.VERSION1)


def _may_hold_health_words(features) -> bool:
    """Tell a text with a health word or compound (a set look-up, then its long words)."""
    words = features.words()
    lex = _lexicon()
    # a phrase ending in a common word ("hört nix mehr") passes only with its first word
    if may_hold(words):
        return True  # "hört sehr schlecht", "kann nicht gut laufen"
    return _HEALTH_WORD.any_in(words) or any(
        not lex.pair_gates[w].isdisjoint(words) for w in lex.pair_gates.keys() & words
    )


def _is_health_compound(word: str) -> bool:
    """Tell a long word made with a health term ("Dialysepatient", "Krebserkrankung")."""
    if len(word) < 7:
        return False
    lex, lower = _lexicon(), word.lower()
    return lower.endswith(lex.heads) or lower.startswith(lex.stems)


def _is_health_word(word: str) -> bool:
    """Tell a term's written form, a compound with a term, or a term misspelt."""
    forms = _lexicon().first_forms
    return word in forms or _is_health_compound(word) or _misspelt_term(word) or (
        is_medical_form(word)) or (
        "-" in word[1:-1] and word.rsplit("-", 1)[-1] in forms  # "E-Rolli", "Typ-2-Diabetes"
    )


# One memory for the three word tests (a text holds a health word when one word passes one
# of them): two set operations per text where three tests took five.
_HEALTH_WORD = KnownWords(_is_health_word)


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
    )
]
