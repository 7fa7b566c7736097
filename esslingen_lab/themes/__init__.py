"""Themes in free-text answers: the ThemeModel and the curated theme map.

``ThemeModel`` clusters answers into labelled themes through pluggable stages — features
(``features``), clusterer (``clusterers``: a built-in method or your own estimator with
``fit``/``labels_``), keywords and labels (``labels``), stability (``stability``);
``fit_question`` (``question``) is the one way to fit a survey question's themes; ``ThemeMap``
(``curation``) records workshop edits; ``report`` shows themes in notebooks and reports.
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
from esslingen_lab.themes.question import DEFAULT_SEED, fit_question  # noqa: E402

__all__ += ["ThemeMap", "ThemeMapError", "DEFAULT_SEED", "fit_question"]
