"""Regular-expression building blocks and the rule type shared by all redaction rules.

A rule finds candidate spans of one kind of personal data; cheap pre-checks (``needs``,
``gate``) let most answers skip most rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import regex

from esslingen_lab.privacy.redact.vocabulary import _UNITS, FIRST_NAMES

# A backstop only: the patterns are written to run in linear time; should one still take
# too long on a pathological text, the whole text is withheld rather than shown unredacted.
_TIMEOUT_SECONDS = 5.0

class KnownWords:
    """A word test remembered per word, so that an answer's common words cost a set difference.

    Rules ask "does this answer hold a word that …?" before they run. Answers repeat the
    same words; each word is tested once, and words that failed are skipped by one set
    operation in C (the memory of failures is bounded).

    Parameters
    ----------
    test : callable
        ``test(word) -> bool``.
    limit : int, default=500_000
        Most failed words remembered.
    """

    def __init__(self, test, limit: int = 500_000):
        self.test, self.limit = test, limit
        self.yes: set = set()
        self.no: set = set()

    def any_in(self, words: set) -> bool:
        """Tell whether one of ``words`` passes the test."""
        if not self.yes.isdisjoint(words):
            return True
        if self.no.issuperset(words):
            return False  # every word failed before (no new set built)
        for word in words - self.no:
            if self.test(word):
                self.yes.add(word)
                return True
            if len(self.no) < self.limit:
                self.no.add(word)
        return False


def in_one_word(pattern):
    """Return an admit test telling whether ``pattern`` occurs in one of the text's words.

    For a gate searched in the text as written whose every match lies inside one word: no
    white space in it and none of the punctuation stripped from a word's ends (``_STRIP``
    of cueless_kinds) at its edges, no look-around and no anchor. Then the gate matches
    the text iff it matches one of :meth:`_Features.words`, and each word is searched once
    (:class:`KnownWords`): a set operation per answer instead of a scan of every position.
    """
    words = KnownWords(lambda word: pattern.search(word) is not None)
    return lambda features: words.any_in(features.words())


def spaced_phrases(phrases):
    """Return a pattern that occurs in a text iff one of ``phrases`` does (each holds a space).

    ``any([phrase in text for phrase in phrases])`` scans the text once per phrase; this
    pattern scans it once, from space to space (its common first character " ": the engine
    skips to the next one), tries the words after the space and only where one fits looks
    back at the whole phrase. Why the same: phrase ``a + " " + b`` (split at its first space)
    occurs iff at some space ``" " + b`` follows and the text up to its end ends with the
    phrase. Literal characters only, no flags: equality of characters, no case folding.
    """
    after: dict = {}
    for phrase in phrases:
        first, rest = phrase.split(" ", 1)
        if not first or not rest:
            raise ValueError(f"a phrase needs a word before and after its space: {phrase!r}")
        after.setdefault(rest, []).append(phrase)
    return re.compile(" (?:" + "|".join(
        re.escape(rest) + "(?:" + "|".join(f"(?<={re.escape(p)})" for p in group) + ")"
        for rest, group in sorted(after.items())
    ) + ")")


class CueIndex:
    """Which of the rules' cue strings (``needs``) a lower-cased text holds, found per word.

    A cue without white space lies inside one word of the text split at white space. The
    cues inside each word are found once per distinct word and remembered (answers repeat
    their words), so a text's cues cost a dictionary look-up per word, not a substring
    search of the whole text per cue. Cues with white space ("die ", "ich hei") are left to
    the caller (:attr:`spaced`).

    Parameters
    ----------
    cues : iterable of str
        All cues of a rule set.
    limit : int, default=200_000
        Most words remembered.
    """

    def __init__(self, cues, limit: int = 200_000, strip: str = ""):
        cues = set(cues)
        self.spaced = frozenset(cue for cue in cues if cue.split() != [cue])
        self.inside = tuple(sorted(cues - self.spaced))
        # a cue of two or more characters inside a word starts at one of the word's pairs of
        # characters: _learn tests only the cues that start with a pair the word holds
        self._single = tuple(cue for cue in self.inside if len(cue) < 2)
        by_pair: dict = {}
        for cue in self.inside:
            if len(cue) >= 2:
                by_pair.setdefault(cue[:2], []).append(cue)
        self._by_pair = {pair: tuple(found) for pair, found in by_pair.items()}
        self.limit = limit
        self._by_word: dict = {}
        self.strip = strip
        self._part_word: dict = {}  # a part of text.split() -> the part, ``strip`` stripped
        self._part_cues: dict = {}  # a part -> the cues in it lower-cased

    def read(self, parts: list) -> tuple[set, set]:
        """Return the words and the cues of a text's parts (``text.split()``).

        The words are ``{part.strip(strip) for part in parts}``, the cues those
        :meth:`found` finds in ``text.lower()``: one dictionary look-up per part for both
        (answers repeat their parts). Why the cues are the same: ``text.lower().split()``
        is ``[part.lower() for part in parts]``, as lower-casing keeps every white-space
        character as it is, makes no white space of any other character and lower-cases a
        final sigma by its neighbours, none of them white space (checked for every code
        point in the tests).
        """
        try:  # in C: most parts are known (a new one raises KeyError, no pass to find it)
            return (set(map(self._part_word.__getitem__, parts)),
                    set().union(*map(self._part_cues.__getitem__, parts)))
        except KeyError:
            pass
        if len(self._part_word) >= self.limit:
            self._part_word.clear()
            self._part_cues.clear()
        for part in parts:
            if part not in self._part_word:
                lower = part.lower()
                cues = self._by_word.get(lower)
                self._part_cues[part] = self._learn(lower) if cues is None else cues
                self._part_word[part] = part.strip(self.strip)
        return (set(map(self._part_word.__getitem__, parts)),
                set().union(*map(self._part_cues.__getitem__, parts)))

    def found(self, lowered: str) -> set:
        """Return the cues of :attr:`inside` that occur in ``lowered``."""
        words = lowered.split()
        hits = list(map(self._by_word.get, words))  # in C: most words are known
        if None in hits:
            pairs = zip(words, hits, strict=True)
            hits = [self._learn(word) if hit is None else hit for word, hit in pairs]
        return set().union(*hits)

    def _learn(self, word: str) -> frozenset:
        if len(self._by_word) >= self.limit:
            self._by_word.clear()
        hits = [cue for cue in self._single if cue in word]
        by_pair = self._by_pair
        for pair in {word[i : i + 2] for i in range(len(word) - 1)}.intersection(by_pair):
            hits += [cue for cue in by_pair[pair] if cue in word]
        hit = self._by_word[word] = frozenset(hits)
        return hit


# ---------------------------------------------------------------- building blocks

# House number: 5, 5a, 5 a, 17/1 (Swabian), 12-14; not when a unit follows ("5 Minuten").
_HOUSE_NUMBER = (
    rf"\d{{1,4}}+(?!\d)(?:\x20?[a-hA-H]\b)?(?:\x20?[/\-–]\x20?\d{{1,4}}+(?!\d)[a-h]?)?"
    rf"(?!\s*(?i:{_UNITS})\b)(?![\d,.:]\d)"
)

_L = r"\p{L}"
_UP = r"\p{Lu}"
_LOW = r"\p{Ll}"
# A capitalised name word: Müller, Müller-Lüdenscheidt, O'Brien, Yılmaz, Dąbrowski, al-Hassan,
# and a Korean given name's short lower-case syllable: Hyun-woo, Seo-yeon
#: the particles a noble double name joins with a hyphen ("Brenner-von Au"); read by
#: split_names too, where such a piece is no name cut apart
NOBLE_PARTICLES = ("von", "vom", "van", "zu")
_NAME_WORD = (
    rf"(?:(?:al|el|ad|as|ben|bin|abu)-)?{_UP}[{_LOW}{_UP}'’]*(?:-{_UP}[{_LOW}{_UP}'’]*)*"
    # a noble double name goes on after its particle: "Brenner-von Au", "Kolb-von der Heyde"
    rf"(?:-(?:{'|'.join(NOBLE_PARTICLES)})\x20(?:(?:der|den|dem)\x20)?{_UP}[{_LOW}]+(?![{_L}\-])"
    rf"|-[{_LOW}]{{2,4}}(?![{_L}\-]))?"
)
# "v." abbreviates "von" ("Luise v. Gaisberg")
# (Dutch particles also capitalised, as Belgians write them: "Stefan Van den Berg")
_PARTICLE = (
    r"(?:v\.|von|van|de|di|da|del|della|dos|du|ten|ter|le|la|al|el|mc|ibn|bin|zu|zur|op|Van|"
    r"Ter|Ten)"
)
_PARTICLE2 = r"(?:der|den|dem|la|le|los|de|zu|['’`]t|['’`]T)"  # "Van 't Hof"
# One name token, possibly behind particles ("von der Heide", "de la Cruz").
_NAME_TOKEN = rf"(?-i:(?:{_PARTICLE}\s+(?:{_PARTICLE2}\s+)?)?{_NAME_WORD})"
_INITIAL = rf"(?-i:{_UP}\.)"
_LOWER_NAME = rf"(?-i:[{_LOW}][{_LOW}'’\-]{{2,}})"

_EMAIL_TLD = r"(?:de|com|net|org|eu|info|at|ch|io|biz|me|online|email|mail|nrw|bayern|berlin)"
_AT = r"(?:@|\s*[\(\[\{<]\s*(?:at|ät|@)\s*[\)\]\}>]\s*|\s+(?:at|ät|AT)\s+|\s*\(@\)\s*)"
_DOT = r"(?:\.|\s*[\(\[\{<]\s*(?:dot|punkt|\.)\s*[\)\]\}>]\s*|\s+(?:dot|punkt|DOT|Punkt)\s+)"
# (also a year shortened with an apostrophe, "14.03.'61", and a Roman month, "3.IV.1961")
_DAY_MONTH = (
    r"(?:\d{1,2}\.\s?(?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.\s?(?:\d{4}|'?\d{2})\b|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|"
    # year first with slashes or dots ("1987/11/02"), day first with hyphens ("07-03-2014")
    # an ISO date also before an export's time: "1987-03-12T00:00:00Z"
    r"\d{4}-\d{2}-\d{2}(?:\b|(?=T\d))|(?:19|20)\d{2}[/.]\d{1,2}[/.]\d{1,2}\b(?![./]\d)|"
    r"\d{1,2}-\d{1,2}-(?:(?:19|20)\d{2}|\d{2})\b(?!-\d)|\d{1,2}\.?\s*(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|"
    r"Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|"
    r"Okt|Nov|Dez)\.?(?:\s*\d{4}|\s*\d{2}\b)?)"
)
# A file number: groups of letters/digits joined by - / . or single spaces, with a digit.
_ID_VALUE = (
    # a digit in the value's first part or in a part of capitals and digits after a space
    # ("AZ 12/345"), never only in the next word ("IST WG-4471/24": "IST" is no value)
    r"(?=[\p{L}\d\-/.]{0,12}\d|[\p{Lu}\d]{1,5}\x20[\p{Lu}\d]{0,6}\d)[\p{Lu}\d][\p{L}\d]*"
    # "3 K 1234/22"; a court's register: "2 Js 4471/25", "4 XVII 217/23"
    r"(?:(?:[-/.]|\x20(?=[\p{Lu}\d]*\d|(?:\p{Lu}{1,3}|[IVXL]{4,6}|[JDCLNQGSKW]s)\x20\d))[\p{L}\d]+){0,8}"
)

# Places and institutions named after people: "Robert Bosch Krankenhaus" is no person here.
_INSTITUTION = (
    r"(?:Straße|Str\.|Strasse|Schule|Gymnasium|Realschule|Grundschule|Platz|Halle|Haus|"
    r"Stiftung|Preis|Zentrum|Krankenhaus|Klinikum|See|Weg|Allee|Brücke|Saal|Park|Heim|"
    r"Kirche|Gemeinde|Bad|Quartier|Areal|Carré|Center|Bau|Tag|Markt)"
)


def _name_alternation(names) -> str:
    return "(?:" + "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


_FIRST_NAME = _name_alternation(FIRST_NAMES)


def _gate(gate):
    """Compile a gate given as text with ``regex``; a compiled pattern is kept as it is.

    Gates that start with an alternation of words scan about twice as fast with the
    standard library's engine: such rules pass ``re.compile(...)``.
    """
    if gate is None or hasattr(gate, "search"):  # also a gate of :class:`Branches`
        return gate
    return regex.compile(gate, regex.VERSION1)


def _top_branches(source: str) -> list[str]:
    """Split a pattern's source at the ``|`` outside groups and character classes."""
    branches, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(source):
        char = source[i]
        i += 1
        if char == "\\":
            i += 1  # the escaped character
        elif in_class:
            if char == "[":
                raise ValueError("a set inside a set (regex VERSION1) is not split")
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += source[i : i + 1] == "^"
            i += source[i : i + 1] == "]"  # "[]…]", "[^]…]": a "]" first is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(source[start : i - 1])
            start = i
    return [*branches, source[start:]]


class Branches:
    r"""A gate searched one top-level branch at a time: ``A|B`` occurs iff ``A`` or ``B`` does.

    Why: both engines skip ahead to a pattern's first character or literal, but not when the
    branches of an alternation start differently ("[A-Z]-\d{2}|\d-[A-Z]"): then the whole
    pattern is tried at every position of the text. Each branch alone skips to where it can
    start (the file-number gates: five times faster on ordinary answers). For gates only,
    whose match is never used: the first branch's match may not be the whole pattern's.

    Parameters
    ----------
    pattern : str or compiled pattern
        A string is compiled with ``regex`` as :func:`_gate` does; a compiled pattern keeps
        its engine and flags. Its inline flags must be scoped ("(?i:…)"), not global.
    """

    __slots__ = ("pattern", "_parts")

    def __init__(self, pattern):
        if isinstance(pattern, str):
            pattern = regex.compile(pattern, regex.VERSION1)
        engine = regex if isinstance(pattern, regex.Pattern) else re
        # "(?i)" at the start is global, "(?i:…)" scoped to its group (and then one branch)
        if regex.match(r"\(\?[a-zA-Z]+\)", pattern.pattern):
            raise ValueError("a global inline flag would apply to the first branch only")
        self.pattern = pattern.pattern
        self._parts = tuple(
            engine.compile(branch, pattern.flags) for branch in _top_branches(pattern.pattern)
        )

    def search(self, text: str):
        """Return the first branch's match in ``text``, or None when no branch occurs."""
        for part in self._parts:
            found = part.search(text)
            if found is not None:
                return found
        return None


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: regex.Pattern | None
    # the text must contain one of these (lower-cased) for the rule to run at all
    needs: tuple[str, ...] = ()
    needs_digit: bool = False
    # a cheap pattern searched in the lower-cased text before the rule runs
    gate: regex.Pattern | None = None
    # run only when the text contains a known first name
    needs_first_name: bool = False
    # or one of these words (compared after stripping punctuation)
    needs_words: frozenset = frozenset()
    # search the gate in the text as written instead of lower-cased
    gate_on_raw: bool = False
    # instead of a pattern: a function yielding (start, end) candidate spans
    finder: object = None
    # a name for Redactor(disable=...); set in rules.py when empty
    name: str = ""
    # the finder's spans are not checked by kind afterwards (no dictionary test of a name, no
    # tag test); a name still gets its second look as a field label or a broken word
    # (plain_voices.name_part) unless ``by_form``: skipping it for every trusted rule cost
    # 38 ordinary words and 23 controls on the labelled sets for one span more (session 21)
    trusted: bool = False
    # a cheap test on the text's features (words, text); the rule runs only when it says yes
    admit: object = None
    # the span is told by the text's form (a chat's sender before its colon): no second look
    # at its words as a form's field label or a broken word (plain_voices.name_part)
    by_form: bool = False

    def spans(self, text: str):
        """Yield candidate (start, end) spans: the group ``v`` if present, else the match."""
        if self.finder is not None:
            yield from self.finder(text)
            return
        if not self._has_v:
            for match in self.pattern.finditer(text, timeout=_TIMEOUT_SECONDS):
                yield match.span()
            return
        for match in self.pattern.finditer(text, timeout=_TIMEOUT_SECONDS):
            if match.group("v") is not None:
                yield match.span("v")
            else:
                yield match.span()

    @cached_property
    def _has_v(self) -> bool:
        """Whether the pattern has a group ``v`` (``groupindex`` builds a dict per call)."""
        return "v" in self.pattern.groupindex


def _rule(
    kind,
    pattern,
    *,
    needs=(),
    needs_digit=False,
    gate=None,
    needs_first_name=False,
    needs_words=(),
    gate_on_raw=False,
    flags=0,
    name="",
):
    return _Rule(
        kind,
        regex.compile(pattern, flags | regex.VERSION1),
        tuple(needs),
        needs_digit,
        _gate(gate),
        needs_first_name,
        frozenset(needs_words),
        gate_on_raw,
        name=name,
    )



_X = regex.VERBOSE
_I = regex.IGNORECASE
