"""Defaults every entry point shares (CLI, notebooks, report, workshop).

Kept in a module without imports so that ``esslingen-lab --help`` stays fast.
"""

__all__ = ["DEFAULT_N_THEMES", "DEFAULT_SEED", "REVIEW_THRESHOLD", "YES_WORDS", "NO_WORDS",
           "is_yes"]

#: Seed of every random step unless the user gives another: same seed, same themes.
DEFAULT_SEED = 42
#: Number of themes unless the user gives another.
DEFAULT_N_THEMES = 8
#: Privacy risk of a quote at or above which a person decides before it is shown.
REVIEW_THRESHOLD = 0.3
#: Words that mean "yes" in a data cell, a flag or a parameter (lower case, trimmed): used
#: for test-response columns, OZG criteria, ``-p flag=ja`` and environment switches.
YES_WORDS = frozenset({"1", "1.0", "ja", "j", "yes", "y", "true", "wahr", "x", "✓"})
#: Words that mean "no".
NO_WORDS = frozenset({"0", "0.0", "nein", "n", "no", "false", "falsch"})


def is_yes(value) -> bool:
    """Return True when ``value`` reads as yes (``"Ja"``, ``" x "``, ``1``, ``True``)."""
    return str(value).strip().lower() in YES_WORDS
