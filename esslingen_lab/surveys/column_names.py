r"""Column names as a user reads them: look-alike names are one name, an empty name is none.

``"te\\u0301xt"`` (decomposed, as macOS writes) and ``"t\\u00e9xt"`` look the same; so do
``"text"`` with a zero-width space or a no-break space around it. ``"Text"`` and ``"text"``
differ only in case: a user cannot tell which one a command means. The readers refuse a
header with two such names, and commands match a name typed by the user on :func:`match_key`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["match_key", "same_key", "resolve_column"]

# zero-width space/joiners, word joiner, BOM, soft hyphen: invisible in every program
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def match_key(name) -> str:
    r"""Return ``name`` NFC-normalised, invisible characters removed, spaces trimmed.

    Examples
    --------
    >>> match_key("te\\u0301xt\\u200b") == match_key(" t\\u00e9xt\\u00a0")
    True
    """
    text = unicodedata.normalize("NFC", str(name))
    return _INVISIBLE.sub("", text).replace("\u00a0", " ").strip()


def same_key(name) -> str:
    """Return the key under which two header names count as the same (case ignored too)."""
    return match_key(name).lower()  # not casefold: "Straße" and "Strasse" are two names


def resolve_column(name: str, columns) -> str | None:
    """Return the column of ``columns`` that ``name`` means (exact, else by :func:`match_key`)."""
    columns = [str(c) for c in columns]
    if name in columns:
        return name
    key = match_key(name)
    found = [c for c in columns if match_key(c) == key]
    return found[0] if len(found) == 1 else None
