"""The tokens the name rule without a cue reads (cueless.py), split once per distinct word.

Answers repeat their words: a text's tokens are those of its parts between white space,
each part split by the pattern once and remembered.
"""

from __future__ import annotations

import re
from functools import lru_cache
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
    """
    return list(chain.from_iterable(map(_part_tokens, text.split())))


@lru_cache(maxsize=200_000)
def _part_tokens(part: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(part))
