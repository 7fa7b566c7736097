"""Words and clauses of one text for the health rule (:mod:`.health`).

A clause ends at a comma, a clause word ("und", "aber", "weil"), a dash or a full stop;
brackets closed soon on the same line are asides inside a clause.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.health_words import (
    _CLAUSE_WORDS,
)

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
                            "nach vor jeder jede jeden meinem meiner meinen ihrem ihrer ihren "
                            "seinem seiner seinen unserem unserer unseren".split())
_DASHES = frozenset("-–—")
# an adverb right after a finite verb opens no clause: "Herr Kuhn hat aber starken Tremor",
# "sie ist trotzdem dement"
_ADVERBS = frozenset("aber jedoch trotzdem deshalb deswegen daher darum".split())
_BEFORE_PLACE = frozenset("aus in nach von vom bis ab bei richtung zwischen".split())
_VERB_BEFORE = frozenset("hat habe hab hatte ist bin war isch hot sind haben".split())
# short words written with a period inside a sentence: "geb. [DATUM]", "z.B.", "ca. 80 J."
_ABBREVIATED = frozenset("geb ca bzw evtl inkl jg jhg jahrg nr tel str dr prof hr fr st vgl ggf "
                         "sog z b d h u a o s j".split())


_TAILS: dict = {}  # id of a vocabulary kept alive -> its endings ("-pollen")


class _Text:
    """The words of one text with their clauses, worked out once.

    The clauses (``depth``, ``clause``, ``clauses``, ``opener``) are read on first use:
    most texts hold no health term and never ask for them. (Properties of these four only: a
    ``__getattr__`` would slow every attribute of the class, read thousands of times a text.)
    """

    __slots__ = ("text", "words", "lower", "starts", "ends", "_depth", "_clause", "_clauses",
                 "_opener", "in_term", "memo")

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

    depth = property(lambda self: self._clause_part("_depth"),
                     doc="Each word's depth inside closed brackets.")
    clause = property(lambda self: self._clause_part("_clause"),
                      doc="Each word's clause (an index of :attr:`clauses`).")
    clauses = property(lambda self: self._clause_part("_clauses"),
                       doc="The clauses: (first word, end, sentence).")
    opener = property(lambda self: self._clause_part("_opener"),
                      doc='What opened each clause ("start", ",", "und" …).')

    def _clause_part(self, name: str):
        try:
            return getattr(self, name)
        except AttributeError:  # not read yet
            self._read_clauses()
            return getattr(self, name)

    def _read_clauses(self) -> None:
        """Set each word's bracket depth and clause, and the clauses with their openers."""
        text = self.text
        n = len(self.words)
        self._depth = [0] * n
        self._clause = [0] * n
        self._clauses = []
        self._opener = []
        depth = sentence = first = 0
        opener = "start"
        closed = self._closed_brackets()
        for i, word in enumerate(self.words):
            if i and depth == 0 and "\n" in text[self.ends[i - 1] : self.starts[i]]:
                self._close(first, i, sentence, opener)
                sentence, first, opener = sentence + 1, i, "start"
            self._depth[i] = depth
            if word == "(" and i in closed:
                depth += 1
            elif word == ")" and depth:
                depth -= 1
                self._depth[i] = depth
            self._clause[i] = len(self._clauses)
            if self._depth[i] or word == "(" and i in closed:
                continue
            if (word in _HARD and not self._ordinal(i) and not self._initial(i)
                    and not self._abbreviation(i)) or (
                word in _DASHES and not self._joins(i)
            ):
                self._close(first, i, sentence, opener)
                sentence, first, opener = sentence + 1, i + 1, "start"
            elif word == "," or self.lower[i] in _CLAUSE_WORDS and not (
                self.lower[i] in _ADVERBS and i and self.lower[i - 1] in _VERB_BEFORE
                or self.district_weil(i)  # "Frau Ilg aus Weil hat Diabetes"
            ):
                self._close(first, i, sentence, opener)
                first, opener = i + 1, "und" if self.lower[i] == "ond" else self.lower[i]
        self._close(first, n, sentence, opener)

    def district_weil(self, i: int) -> bool:
        """Tell the district "Weil" at word ``i`` from the clause word "weil" ("aus Weil")."""
        return self.words[i] in ("Weil", "WEIL") and i > 0 and self.lower[i - 1] in _BEFORE_PLACE

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

    def _abbreviation(self, i: int) -> bool:
        """Tell the period of "geb. [DATUM]", "z.B. ist", "ca. 80" from a full stop.

        The period follows a short word of :data:`_ABBREVIATED` directly, and the sentence
        goes on with a word in lower case, a number or an earlier rule's tag.
        """
        if self.words[i] != "." or i == 0 or i + 1 >= len(self.words):
            return False
        before = self.lower[i - 1]
        if self.starts[i] != self.ends[i - 1] or before not in _ABBREVIATED and not (
            len(before) > 3 and before.endswith(("nr", "str"))  # "Kundennr. [ID]", "Hauptstr. 4"
        ):
            return False
        if "\n" in self.text[self.ends[i] : self.starts[i + 1]]:
            return False
        if len(before) == 1:
            if i + 2 < len(self.words) and len(self.words[i + 1]) == 1 and (
                self.words[i + 2] == "." and self.starts[i + 1] == self.ends[i]
            ):
                return True  # the first letter of "z.B.", "d.h.", "u.a."
            if i < 2 or self.words[i - 2] != ".":
                return False  # "im haus a. demenz ist …": a lone letter ends a sentence
        nxt = self.words[i + 1]
        return nxt[:1].islower() or nxt[:1].isdigit() or nxt.startswith("[")

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
            self._clauses.append((first, end, sentence))
            self._opener.append(opener)

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
        """Tell whether a word of clause ``c`` is in ``vocabulary`` (a set kept alive).

        An entry "-pollen" is the head of a compound: "Birkenpollen", "Roggenpollen".
        """
        key = ("has", c, id(vocabulary))
        found = self.memo.get(key)
        if found is None:
            tails = _TAILS.get(id(vocabulary))
            if tails is None:
                tails = _TAILS[id(vocabulary)] = tuple(w[1:] for w in vocabulary if w[:1] == "-")
            found = self.memo[key] = any(
                self.lower[k] in vocabulary or tails and self.lower[k].endswith(tails)
                and "-" + self.lower[k] not in vocabulary  # a compound: not "Haare" alone
                for k in self.clause_words(c)
            )
        return found


def _words_between(t: _Text, a: int, b: int, most: int | None = None) -> int:
    """Words from ``a`` to ``b - 1`` outside brackets (counted to ``most + 1`` at most)."""
    n = 0
    for k in range(a, b):
        if t.is_word(k) and t.depth[k] == 0:
            n += 1
            if most is not None and n > most:
                break
    return n


# where a person is from, right after them: "[NAME] aus dem Erdgeschoss", "Frau X vom
# Bauamt", "Brigitte aus unserer Hausgemeinschaft"
_ORIGIN_LEADS = frozenset("aus vom von".split())
_ORIGIN_WORDS = frozenset("dem der den unserer unserem meiner meinem seiner seinem ihrer ihrem "
                          "dr em".split())


def past_origin(t: _Text, k: int) -> int:
    """Return the index after where a person is from at ``k`` ("aus dem 1. Stock"), else ``k``.

    It tells which person is meant; it is no gap between them and their health detail
    ("Herr [NAME] aus dem Erdgeschoss ist seit dem Unfall im Rollstuhl").
    """
    if k >= len(t.words) or t.lower[k] not in _ORIGIN_LEADS:
        return k
    for m in range(k + 1, min(k + 5, len(t.words))):
        word = t.words[m]
        if t.lower[m] in _ORIGIN_WORDS:
            continue
        if word[:1].isupper() and not _numbered_next(t, m):
            return m + 1  # the noun: "Erdgeschoss", "Bauamt"
        if word.isalpha() and word.islower() and m > k + 1 and (
            word.endswith(("e", "en", "er", "em", "es"))
        ):
            continue  # an adjective or ordinal: "aus dem dritten Stock"
        return k  # a number ("aus Zimmer 214", "aus dem 2. OG") tells more: it stays hidden
    return k


def _numbered_next(t: _Text, m: int) -> bool:
    """Tell a noun with a number after it: "Zimmer 214", "Hausnummer 12", "Wohnung 3b"."""
    return m + 1 < len(t.words) and t.words[m + 1][:1].isdigit()
