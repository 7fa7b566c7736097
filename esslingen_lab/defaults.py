"""Defaults every entry point shares (CLI, notebooks, report, workshop).

Kept in a module without imports so that ``esslingen-lab --help`` stays fast.
"""

__all__ = ["DEFAULT_N_THEMES", "DEFAULT_SEED"]

#: Seed of every random step unless the user gives another: same seed, same themes.
DEFAULT_SEED = 42
#: Number of themes unless the user gives another.
DEFAULT_N_THEMES = 8
