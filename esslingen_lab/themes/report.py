"""Tables, chart and headings of a fitted ThemeModel for notebooks and reports.

Kept apart from the model (as STYLE.md asks): everything here takes a fitted model.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from esslingen_lab.defaults import DEFAULT_N_THEMES, DEFAULT_SEED
from esslingen_lab.i18n import LANGUAGES, Catalogue
from esslingen_lab.themes.question import fit_question, free_text_questions

__all__ = [
    "TEXT",
    "fit_question",
    "fit_questions",
    "free_text_questions",
    "show_question",
    "theme_table",
    "quote_table",
    "quote_decisions",
    "reviewed_quotes",
    "theme_chart",
    "heading",
]

#: Headings, captions, table columns and chart axis of the themes section.
TEXT = Catalogue.from_pairs(
    "themes.report",
    {
        "title": ("Themen der Freitextantworten", "Themes in the free-text answers"),
        "intro": (
            "Die Antworten jeder Freitextfrage werden in Themen gruppiert (ein Abschnitt je "
            "Frage): Bezeichnung, Stichwörter, Größe, Stabilität, Abdeckung und typische "
            "(geschwärzte) Antworten. Stabilität 0–1: wie zuverlässig ein Thema bei "
            "Bootstrap-Stichproben wiederkehrt (unter 0,5 zerfällt es, über 0,75 ist es "
            "stabil). Abdeckung: Anteil der Antworten eines Themas, die ein Wort der "
            "Bezeichnung enthalten.",
            "The answers to each free-text question are grouped into themes (one section "
            "per question): label, keywords, size, stability, coverage and typical "
            "(redacted) answers. Stability 0–1: how reliably a theme comes back in bootstrap "
            "samples (below 0.5 it falls apart, above 0.75 it is stable). Coverage: share "
            "of a theme's answers that contain a word of its label.",
        ),
        "overview": ("Themenübersicht", "Theme overview"),
        "quotes": ("Typische Antworten", "Typical answers"),
        "chart": ("Größe der Themen", "Theme sizes"),
        "k_curve": ("Wahl der Themenanzahl", "Choosing the number of themes"),
        "table_caption": (
            "Themen mit Stichwörtern, Anzahl Antworten, Anteil, Stabilität (0–1, Bootstrap) "
            "und Abdeckung (Anteil der Antworten mit einem Wort der Bezeichnung)",
            "Themes with keywords, number of answers, share, stability (0–1, bootstrap) and "
            "coverage (share of answers containing a label word)",
        ),
        "quotes_caption": (
            "Repräsentative Antworten je Thema (geschwärzt)",
            "Representative answers per theme (redacted)",
        ),
        "held_back": (
            "{n} von {total} typischen Antworten werden nicht gezeigt: Sie tragen ein "
            "Datenschutzrisiko und warten auf die Prüfung durch eine Person oder wurden bei "
            "der Prüfung entfernt. Prüfen: `esslingen-lab quotes review "
            "<Laufordner>/results/themes/quotes_to_review_{column}.csv --decisions "
            "<Ordner der survey.yml>/quote_decisions.csv`, dann den Bericht neu erstellen.",
            "{n} of {total} typical answers are not shown: they carry a privacy risk and "
            "wait for a person's review or were dropped in the review. To review: "
            "`esslingen-lab quotes review "
            "<run folder>/results/themes/quotes_to_review_{column}.csv --decisions "
            "<folder of survey.yml>/quote_decisions.csv`, then run the report again.",
        ),
        "chart_axis": ("Anzahl Antworten (Stabilität)", "Number of answers (stability)"),
        "column.id": ("Thema", "Theme"),
        "column.label": ("Bezeichnung", "Label"),
        "column.keywords": ("Stichwörter", "Keywords"),
        "column.size": ("Antworten", "Answers"),
        "column.share": ("Anteil (%)", "Share (%)"),
        "column.stability": ("Stabilität", "Stability"),
        "column.coverage": ("Abdeckung (%)", "Coverage (%)"),
        "column.quote": ("Zitat", "Quote"),
    },
)


def heading(key, language="de"):
    """Return (German, English) heading text for :func:`esslingen_lab.reports.show_heading`.

    Parameters
    ----------
    key : str
        A key of :data:`TEXT`.
    language : str, default="de"
        Unused; kept so calls read ``heading("overview", language)``.

    Returns
    -------
    tuple of str
        The text in every language of :data:`esslingen_lab.i18n.LANGUAGES`.
    """
    return tuple(TEXT.text(key, lang) for lang in LANGUAGES)


def fit_questions(
    survey, question=None, n_themes=DEFAULT_N_THEMES, *, seed=DEFAULT_SEED, **kwargs
):
    """Fit the themes of every free-text question (or of one), in the spec's order.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    question : str, default=None
        Only this question; all free-text questions when None.
    n_themes : int or "auto", default=8
    seed : int, default=42
    **kwargs
        More :class:`~esslingen_lab.themes.ThemeModel` parameters, and ``cache_dir`` of
        :func:`~esslingen_lab.themes.question.fit_question`.

    Returns
    -------
    dict
        ``{column: (question wording, ThemeModel)}``; questions without any answer are
        left out.
    """
    questions = free_text_questions(survey)
    chosen = [question] if question else list(questions)
    out = {}
    for column in chosen:
        if question is None and survey.texts(column).empty:
            continue
        model = fit_question(survey, column, n_themes, seed=seed, **kwargs)
        out[column] = (questions.get(column, column), model)
    return out


def show_question(model, column, wording, language="de", output_dir=None, *, decisions=None):
    """Show one question's section of the report: heading, table, chart, quotes, K curve.

    Tables and figures are saved with the question's column in their name
    (``themes_<column>``, ``theme_sizes_<column>``, ``theme_quotes_<column>``). Quotes go
    through the privacy review (:func:`esslingen_lab.privacy.review.review_table`): risky
    quotes are shown only when a person approved or edited them, and the review of the
    question is written to ``quote_review_<column>.csv`` in ``output_dir`` (scores and
    decisions, no answer texts) for the report's count of reviewed quotes.

    Parameters
    ----------
    model : ThemeModel
    column : str
    wording : str
        The question as asked; the section's heading.
    language : {"de", "en"}, default="de"
    output_dir : str or Path, default=None
    decisions : QuoteDecisions, default=None
        Stored decisions of ``esslingen-lab quotes review`` (see :func:`quote_decisions`).
    """
    from esslingen_lab import reports

    reports.show_heading(wording, wording, language)
    reports.show_heading(*heading("overview"), language, level=3)
    reports.publish_table(
        theme_table(model, language),
        f"themes_{column}",
        output_dir,
        caption=TEXT.text("table_caption", language),
    )
    reports.show_heading(*heading("chart"), language, level=3)
    reports.publish_figure(theme_chart(model, language), f"theme_sizes_{column}", output_dir)
    reports.show_heading(*heading("quotes"), language, level=3)
    quotes, review = reviewed_quotes(model, language, decisions)
    held_back = int((review["shown"] == "").sum())
    if held_back:
        text = TEXT.text("held_back", language, n=held_back, total=len(review),
                         column=str(column).replace("`", "'"))  # stays in its code span
        reports.show_text(text, text, language)
    reports.publish_table(
        quotes,
        f"theme_quotes_{column}",
        output_dir,
        caption=TEXT.text("quotes_caption", language),
    )
    if output_dir is not None:
        from esslingen_lab.files import write_table
        from esslingen_lab.privacy.review import quote_key, waiting_quotes

        stored = review.assign(quote=review["quote"].map(quote_key),
                               shown=(review["shown"] != "").map({True: "ja", False: ""}))
        write_table(stored, Path(output_dir) / f"quote_review_{column}.csv")
        waiting = waiting_quotes(review)
        if len(waiting):  # for `esslingen-lab quotes review`; never part of the report
            write_table(waiting[["quote", "risk"]],
                        Path(output_dir) / f"quotes_to_review_{column}.csv")
    if model.k_curve_ is not None:  # only for n_themes="auto"
        reports.show_heading(*heading("k_curve"), language, level=3)
        reports.publish_table(model.k_curve_.round(3), f"theme_k_curve_{column}", output_dir)


def quote_decisions(survey):
    """Return the stored quote decisions beside the survey's ``survey.yml`` (None if none).

    The file is ``quote_decisions.csv`` in the spec's folder, as written by
    ``esslingen-lab quotes review … --decisions quote_decisions.csv``.
    """
    from esslingen_lab.privacy.review import QUOTE_DECISIONS_FILE, QuoteDecisions

    path = Path(survey.spec.base_dir) / QUOTE_DECISIONS_FILE
    return QuoteDecisions(path) if path.is_file() else None


def reviewed_quotes(model, language="de", decisions=None):
    """Return the quotes to show and their privacy review.

    Returns
    -------
    quotes : pandas.DataFrame
        :func:`quote_table` with the risky quotes nobody approved left out and edited
        quotes in their edited wording.
    review : pandas.DataFrame
        :func:`~esslingen_lab.privacy.review.review_table` of every representative quote.
    """
    from esslingen_lab.privacy.review import review_table

    table = quote_table(model, language)
    quote = _columns(language)["quote"]
    review = review_table(table[quote].tolist(), decisions)
    shown = review["shown"].to_numpy()
    table[quote] = shown
    return table[shown != ""].reset_index(drop=True), review


def theme_table(model, language="de"):
    """Tabulate the themes: id, label, keywords, size, share (%), stability, coverage (%).

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
    t["coverage"] = (100 * t["coverage"]).round(0)
    t = t[["id", "label", "keywords", "size", "share", "stability", "coverage"]]
    return t.rename(columns=_columns(language)).reset_index(drop=True)


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
    return table.rename(columns=_columns(language))


def theme_chart(model, language="de"):
    """Draw theme sizes as horizontal bars with their labels and stability.

    Built as a :class:`matplotlib.figure.Figure` (no pyplot state, safe on servers); numbers
    follow the language's conventions (``0,75`` in German).

    Parameters
    ----------
    model : ThemeModel
    language : {"de", "en"}, default="de"

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.figure import Figure

    from esslingen_lab.reports.conventions import format_number

    t = model.themes_.iloc[::-1]
    fig = Figure(figsize=(8, 0.45 * len(t) + 1.2), layout="constrained")
    ax = fig.add_subplot()
    colors = np.where(t["id"] >= 0, "#2f6f9f", "#b0b0b0")
    ax.barh(t["label"], t["size"], color=colors)
    for y, (size, stab) in enumerate(zip(t["size"], t["stability"], strict=True)):
        note = f" {format_number(int(size), language)}"
        if not np.isnan(stab):
            note += f"  ({format_number(stab, language, decimals=2)})"
        ax.text(size, y, note, va="center", fontsize=8)
    ax.set_xlabel(TEXT.text("chart_axis", language))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _columns(language):
    """Return the table's column names in ``language``, by column."""
    return {
        key.removeprefix("column."): text
        for key, text in TEXT.table(language).items()
        if key.startswith("column.")
    }
