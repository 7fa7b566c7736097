"""A health term typed with one slip of the pen: "Dementz", "Diabetikerr", "Alzhaimer".

One letter too many, too few, another, or two swapped; the first letter kept. A German word
("Schwager" is one slip from "schwanger") or a name of the gazetteer is never a slip. The
look-up is a table of each term with one letter left out, so a word costs as many set
look-ups as it has letters.
"""

from __future__ import annotations

from functools import lru_cache

from esslingen_lab.privacy.redact.lexicon import lexicon

__all__ = ["SlipIndex"]

_SHORTEST = 6  # shorter terms ("taub", "blind") are one slip from too many words


class SlipIndex:
    """Tell a word one slip away from one of ``terms`` (lower case, six letters or more)."""

    def __init__(self, terms):
        self.words = frozenset(w for w in terms if len(w) >= _SHORTEST and w.isalpha())
        self.longest = max((len(w) for w in self.words), default=0)
        self.deletions: dict[str, str] = {}
        for word in self.words:
            for k in range(len(word)):
                self.deletions.setdefault(word[:k] + word[k + 1 :], word)
        self.is_slip = lru_cache(maxsize=50_000)(self._is_slip)

    def _is_slip(self, word: str) -> bool:
        lower = word.lower()
        if not _SHORTEST <= len(lower) <= self.longest + 1 or not lower.isalpha():
            return False
        if lower in self.words:
            return False
        found = self.deletions.get(lower)  # a letter missing
        if found is None:
            for k in range(len(lower)):
                cut = lower[:k] + lower[k + 1 :]
                # a letter too many, another letter, two letters swapped
                found = cut if cut in self.words else self.deletions.get(cut)
                if found is not None:
                    break
        if found is None or found[0] != lower[0]:
            return False
        lex = lexicon()
        capital = word.capitalize()
        return not (lex.is_german(word) or lex.is_german(capital) or lex.is_any_name(word)
                    or lex.is_any_name(capital))
