"""The tokens the name rule without a cue reads (cueless.py), split once per distinct word.

Answers repeat their words: a text's tokens are those of its parts between white space,
each part split by the pattern once and remembered.
"""

from __future__ import annotations

import re
from itertools import chain

__all__ = ["name_tokens"]

# the standard library's engine splits tokens faster than ``regex``; [^\W\d_] is a letter
_TOKEN = re.compile(
    r"\[[A-Z][A-Z\-]*\]|[^\W\d_]{1,2}\.(?:[^\W\d_]{1,2}\.)+"
    r"|[^\W\d_][^\W\d_'’]*+(?:['’][^\W\d_'’]*+)*+(?:-[^\W\d_][^\W\d_'’]*+(?:['’][^\W\d_'’]*+)*+)*+"
    r"|\d+|\S"
)


def name_tokens(text: str) -> list[str]:
    r"""Return ``_TOKEN.findall(text)``, built from the tokens of the text's parts.

    Why the same: no branch of ``_TOKEN`` matches a white-space character (``\S``, letters,
    digits, "[", "]", "." and the apostrophes and hyphen inside a word), and none looks
    around; so no token crosses white space, white space is skipped between tokens, and a
    match ends at white space as it ends at the end of a part. ``str.split`` and ``\s`` of
    ``re`` use the same test for white space (``Py_UNICODE_ISSPACE``).

    The parts' tokens are looked up in a dictionary by ``map`` in C (one Python call per
    text, not one per part); a part not seen yet is split and remembered.
    """
    parts = text.split()
    try:  # a new part raises KeyError: no pass to find the new ones first
        return list(chain.from_iterable(map(_PART_TOKENS.__getitem__, parts)))
    except KeyError:
        pass
    if len(_PART_TOKENS) >= _LIMIT:
        _PART_TOKENS.clear()
    found = [_PART_TOKENS.get(part) or _learn(part) for part in parts]
    return list(chain.from_iterable(found))


_LIMIT = 200_000  # most parts remembered
_PART_TOKENS: dict = {}  # a part of text.split() -> _TOKEN.findall(part) as a tuple


def _learn(part: str) -> tuple[str, ...]:
    tokens = _PART_TOKENS[part] = tuple(_TOKEN.findall(part))
    return tokens
