"""Themes in free-text answers: the ThemeModel and the curated theme map.

``ThemeModel`` clusters answers into labelled themes; ``ThemeMap`` records workshop edits.
"""

from esslingen_lab.themes.model import (
    METHODS,
    NO_ANSWER,
    OTHER,
    ThemeModel,
    ThemeModelError,
    ThemeModelVersionError,
    special_label,
)

__all__ = [
    "METHODS",
    "NO_ANSWER",
    "OTHER",
    "ThemeModel",
    "ThemeModelError",
    "ThemeModelVersionError",
    "special_label",
]

from esslingen_lab.themes.curation import ThemeMap, ThemeMapError  # noqa: E402

__all__ += ["ThemeMap", "ThemeMapError"]
