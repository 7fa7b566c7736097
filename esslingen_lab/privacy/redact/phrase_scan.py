"""Search a long alternation of phrases only where one of its phrases' first words stands.

A pattern made of a few hundred phrases in any case ("blind vor Wut", "taub für
Argumente") tries every phrase at every position of a text: about a millisecond for a
sentence. Almost every position fails already at the first word. :class:`PhraseScan`
first searches the small alternation of the phrases' first words and tries the whole
pattern only where one of them starts; it yields the same matches as the pattern's own
``finditer``.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _top_branches
from esslingen_lab.privacy.redact.vocabulary import _words

__all__ = ["PhraseScan"]


class PhraseScan:
    r"""The matches of ``pattern``, found by trying it only where a phrase's first word starts.

    Parameters
    ----------
    pattern : regex.Pattern
        ``lead + _words(*phrases) + tail`` (with ``\s+`` possibly widened): every match
        starts with ``lead`` and then the first word of one phrase, written as in the
        phrase (the pattern's flags and case rules apply to it).
    phrases : iterable of str
        The phrases of the pattern.
    lead : str
        What stands before the alternation (a look-behind), with its inline flags opened:
        ``r"(?<![\p{L}])(?i:"``.

    Notes
    -----
    Why the matches are the same: the first-word pattern is ``lead``, the same flags and an
    alternation of the phrases' first words, each of which is the literal start of its
    phrase's branch; so wherever ``pattern`` matches, the first-word pattern matches at the
    same place. ``finditer`` tries position after position and takes the first one where
    ``pattern`` matches; positions where no first word starts are skipped here, the others
    are tried in the same order, each with ``match`` on the same string and end (a
    look-behind still sees the text before the position). After a match the search goes on
    at its end, as in ``finditer``; the phrases are never empty, so neither is a match.
    """

    def __init__(self, pattern: regex.Pattern, phrases, lead: str):
        phrases = list(phrases)
        firsts = {phrase.split(" ")[0] for phrase in phrases}
        if "" in firsts:
            raise ValueError("a phrase starts with a space")
        self.pattern = pattern
        self.first = regex.compile(lead + _words(*firsts) + ")", pattern.flags)
        # case as written and every phrase starting with a letter: the letters a phrase
        # starts with, up to its first other character ("Tante" of "Tante-Emma-Laden")
        runs = [_LETTERS.match(phrase) for phrase in phrases]
        exact = "(?i" not in lead and not pattern.flags & regex.IGNORECASE and all(runs)
        self.runs = frozenset(run.group() for run in runs) if exact else None
        self._alternation = _words(*phrases)
        self._by_run = self._branches_by_run(phrases, runs) if exact else {}
        self._at_run: dict = {}  # a run -> the pattern with its phrases only, compiled once

    def _branches_by_run(self, phrases: list, runs: list) -> dict:
        """Map each run to the branches of the phrases starting with it, in the pattern's order.

        Why: ``match`` of the whole pattern tries its two thousand branches one by one (0.1 ms
        a run); at a run only the branches of phrases with that run can match (see
        :meth:`_at_runs`), so the pattern with those branches alone, in their order, matches
        where and as the whole one does. Empty (the whole pattern) if the alternation is not
        found once in the pattern's source.
        """
        alternation = self._alternation
        if self.pattern.pattern.count(alternation) != 1:
            return {}
        escaped: dict = {}
        for phrase, run in zip(phrases, runs, strict=True):
            escaped.setdefault(_words(phrase)[3:-1], set()).add(run.group())
        by_run: dict = {}
        for branch in _top_branches(alternation[3:-1]):
            for run in escaped[branch]:
                by_run.setdefault(run, []).append(branch)
        return {run: "(?:" + "|".join(branches) + ")" for run, branches in by_run.items()}

    def _pattern_at(self, run: str) -> regex.Pattern:
        """Return the pattern with the phrases of ``run`` only (the whole one if not split)."""
        found = self._at_run.get(run)
        if found is None:
            branches = self._by_run.get(run)
            found = self.pattern if branches is None else regex.compile(
                self.pattern.pattern.replace(self._alternation, branches),
                self.pattern.flags,
            )
            self._at_run[run] = found
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """Yield the matches of the pattern in ``text[pos:endpos]``, as its ``finditer``."""
        if endpos is None:
            endpos = len(text)
        if self.runs is not None:
            yield from self._at_runs(text, pos, endpos)
            return
        search, match = self.first.search, self.pattern.match
        while pos < endpos:
            hit = search(text, pos, endpos)
            if hit is None:
                return
            start = hit.start()
            found = match(text, start, endpos)
            if found is None:
                pos = start + 1
                continue
            yield found
            pos = max(found.end(), start + 1)

    def _at_runs(self, text: str, pos: int, endpos: int):
        """Yield the same matches, trying the pattern only where a phrase's first letters run.

        A phrase in the case as written matches only where the text's letters run exactly as
        its first letters do: they are followed in the phrase by another character or, at
        its end, by the pattern's closing look-ahead; and a match starts at a run's start
        (its look-behind). So the runs of letters, found in C, are the only places to try.
        """
        runs = self.runs
        for run in _LETTERS.finditer(text, pos, endpos):
            start = run.start()
            if start < pos or run.group() not in runs:
                continue
            found = self._pattern_at(run.group()).match(text, start, endpos)
            if found is not None:
                yield found
                pos = found.end()


_LETTERS = regex.compile(r"\p{L}+", regex.VERSION1)
