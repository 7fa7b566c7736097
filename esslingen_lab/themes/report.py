"""Tables, chart and headings of a fitted ThemeModel for notebooks and reports.

Kept apart from the model (as STYLE.md asks): everything here takes a fitted model.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["TEXT", "fit_question", "theme_table", "theme_chart", "heading"]

TEXT = {
    "title": ("Themen der Freitextantworten", "Themes in the free-text answers"),
    "overview": ("Themenübersicht", "Theme overview"),
    "quotes": ("Typische Antworten", "Typical answers"),
    "chart": ("Größe der Themen", "Theme sizes"),
    "k_curve": ("Wahl der Themenanzahl", "Choosing the number of themes"),
    "table_caption": (
        "Themen mit Stichwörtern, Anzahl Antworten, Anteil und Stabilität (0–1, Bootstrap)",
        "Themes with keywords, number of answers, share and stability (0–1, bootstrap)",
    ),
    "quotes_caption": (
        "Repräsentative Antworten je Thema (geschwärzt)",
        "Representative answers per theme (redacted)",
    ),
}

_COLUMNS = {
    "de": {
        "id": "Thema",
        "label": "Bezeichnung",
        "keywords": "Stichwörter",
        "size": "Antworten",
        "share": "Anteil (%)",
        "stability": "Stabilität",
        "quote": "Zitat",
    },
    "en": {
        "id": "Theme",
        "label": "Label",
        "keywords": "Keywords",
        "size": "Answers",
        "share": "Share (%)",
        "stability": "Stability",
        "quote": "Quote",
    },
}


def heading(key, language="de"):
    """Return (German, English) heading text for :func:`esslingen_lab.reports.show_heading`.

    Parameters
    ----------
    key : str
        One of :data:`TEXT`.
    language : str, default="de"
        Unused; kept so calls read ``heading("overview", language)``.

    Returns
    -------
    tuple of str
    """
    return TEXT[key]


def fit_question(survey, question, n_themes=8, *, seed=42, language=None, **kwargs):
    """Fit a ThemeModel on one question of a loaded survey (redacted texts, spec stop words).

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
        Loaded with ``redact=True`` (the default), so quotes are redacted.
    question : str or None
        Free-text column; the survey's first question when None.
    n_themes : int or "auto", default=8
    seed : int, default=42
    language : str, default=None
        The survey's language when None.
    **kwargs
        More :class:`~esslingen_lab.themes.ThemeModel` parameters.

    Returns
    -------
    ThemeModel
    """
    from esslingen_lab.themes import ThemeModel

    question = question or next(iter(survey.spec.questions))
    texts = survey.texts(question)
    model = ThemeModel(
        n_themes,
        random_state=seed,
        language=language or survey.spec.language,
        stopwords=list(survey.spec.stopwords),
        **kwargs,
    )
    return model.fit(texts["text"].tolist(), ids=texts["respondent_id"].tolist())


def theme_table(model, language="de"):
    """Tabulate the themes: id, label, keywords, size, share (%), stability.

    Parameters
    ----------
    model : ThemeModel
    language : {"de", "en"}, default="de"

    Returns
    -------
    pandas.DataFrame
    """
    t = model.themes_.copy()
    t["keywords"] = t["keywords"].map(lambda k: ", ".join(k[:8]))
    t["share"] = (100 * t["share"]).round(1)
    t["stability"] = t["stability"].round(2)
    t = t[["id", "label", "keywords", "size", "share", "stability"]]
    return t.rename(columns=_COLUMNS.get(language, _COLUMNS["en"])).reset_index(drop=True)


def quote_table(model, language="de"):
    """List representative quotes, one row per quote (texts as given to the model: redacted).

    Parameters
    ----------
    model : ThemeModel
    language : {"de", "en"}, default="de"

    Returns
    -------
    pandas.DataFrame
    """
    rows = [
        {"id": r.id, "label": r.label, "quote": q}
        for r in model.themes_.itertuples()
        for q in r.quotes
    ]
    table = pd.DataFrame(rows, columns=["id", "label", "quote"])
    return table.rename(columns=_COLUMNS.get(language, _COLUMNS["en"]))


def theme_chart(model, language="de"):
    """Draw theme sizes as horizontal bars with their labels and stability.

    Parameters
    ----------
    model : ThemeModel
    language : {"de", "en"}, default="de"

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    t = model.themes_.iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(t) + 1.2))
    colors = np.where(t["id"] >= 0, "#2f6f9f", "#b0b0b0")
    ax.barh(t["label"], t["size"], color=colors)
    for y, (size, stab) in enumerate(zip(t["size"], t["stability"], strict=True)):
        note = f" {size}" + ("" if np.isnan(stab) else f"  ({stab:.2f})")
        ax.text(size, y, note, va="center", fontsize=8)
    de = language != "en"
    ax.set_xlabel("Anzahl Antworten (Stabilität)" if de else "Number of answers (stability)")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
