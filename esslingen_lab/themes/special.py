"""Special theme ids and their labels, the method names and the columns of ``themes_``.

Kept apart so that every stage of the ThemeModel (and the curation map) uses the same ones.
"""

from __future__ import annotations

from esslingen_lab.i18n import Catalogue

__all__ = ["NO_ANSWER", "OTHER", "METHODS", "THEME_COLUMNS", "LABELS", "special_label"]

#: Theme id of texts without any content word (empty, only stop words or numbers).
NO_ANSWER = -1
#: Theme id of the outlier theme ("Sonstiges"), used when ``outlier_theme=True``.
OTHER = -2
#: Names of the built-in clusterers (``ThemeModel(method=...)``).
METHODS = ("kmeans", "nmf", "agglomerative")
#: Columns of ``ThemeModel.themes_``.
THEME_COLUMNS = ("id", "label", "keywords", "size", "share", "stability", "coverage", "quotes")

#: Labels of the special themes, by theme id.
LABELS = Catalogue(
    "themes.special",
    {
        "de": {NO_ANSWER: "keine Antwort", OTHER: "Sonstiges"},
        "en": {NO_ANSWER: "no answer", OTHER: "other"},
    },
)


def special_label(theme_id: int, language: str = "de") -> str:
    """Label of a special theme (:data:`NO_ANSWER`, :data:`OTHER`) in the given language.

    Parameters
    ----------
    theme_id : int
    language : {"de", "en"}, default="de"

    Returns
    -------
    str

    Examples
    --------
    >>> special_label(OTHER), special_label(NO_ANSWER, "en")
    ('Sonstiges', 'no answer')
    """
    return LABELS.text(theme_id, language)
