"""Data-quality tables and charts of a survey (used by notebooks/data_quality.ipynb).

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

from esslingen_lab.i18n import Catalogue

# ----------------------------------------------------------------------------------------------
# Data quality tables (used by notebooks/data_quality.ipynb)
# ----------------------------------------------------------------------------------------------

DQ_LABELS = Catalogue.from_pairs("reports.quality.labels", {
    "file": ("Datei", "File"),
    "count": ("Zeilen", "Rows"),
    "rows_read": ("gelesen", "read"),
    "rows_used": ("verwendet", "used"),
    "rows_excluded": ("ausgeschlossen", "excluded"),
    "total": ("Gesamt", "Total"),
    "reason": ("Grund", "Reason"),
    "check": ("Spalte", "Column"),
    "cases": ("Fälle", "Cases"),
    "group": ("Gruppierung", "Grouping"),
    "value": ("Gruppe", "Group"),
    "respondents": ("Befragte", "Respondents"),
    "share": ("Anteil (%)", "Share (%)"),
    "question": ("Frage", "Question"),
    "answers": ("Antworten", "Answers"),
    "answered_share": ("Anteil beantwortet (%)", "Share answered (%)"),
    "median_chars": ("Median Zeichen", "Median characters"),
    "median_words": ("Median Wörter", "Median words"),
    "p90_words": ("90. Perzentil Wörter", "90th percentile words"),
    "item": ("Item", "Item"),
    "dimension": ("Dimension", "Dimension"),
    "wording": ("Aussage", "Statement"),
    "valid": ("Gültige Antworten", "Valid answers"),
    "missing": ("Fehlend", "Missing"),
    "missing_share": ("Fehlend (%)", "Missing (%)"),
    "words_per_answer": ("Wörter pro Antwort", "Words per answer"),
})


#: Headings and captions of the data quality notebook (German, English).
DQ_TEXT = Catalogue.from_pairs("reports.quality", {
    "intro": ("Wie viele Zeilen gelesen, verwendet und aus welchem Grund ausgeschlossen wurden, "
              "wer geantwortet hat (kleine Gruppen unterdrückt), wie lang die Freitexte sind und "
              "wie viele Likert-Antworten fehlen.",
              "How many rows were read, used and excluded (and why), who answered (small groups "
              "suppressed), how long the free-text answers are and how many Likert answers are "
              "missing."),
    "rows": ("Gelesene, verwendete und ausgeschlossene Zeilen", "Rows read, used and excluded"),
    "rows_caption": ("Zeilen je Datei und Ausschlussgrund", "Rows per file and reason"),
    "cases_caption": ("Befunde der Prüfungen (ohne die Werte selbst)",
                      "Findings of the checks (without the values themselves)"),
    "groups": ("Befragte je Gruppe", "Respondents per group"),
    "groups_caption": ("Befragte je Gruppe. <{k}: weniger als {k} Personen; –: ausgeblendet "
                       "zum Schutz einer kleinen Gruppe",
                       "Respondents per group. <{k}: fewer than {k} people; –: hidden to "
                       "protect a small group"),
    "lengths": ("Länge der Freitextantworten", "Length of the free-text answers"),
    "lengths_caption": ("Antworten und Antwortlängen je Frage", "Answers and lengths per question"),
    "likert": ("Fehlende Antworten je Likert-Item", "Missing answers per Likert item"),
    "likert_caption": ("Gültige und fehlende Antworten (fehlend: leer, „weiß nicht“, "
                       "„keine Angabe“)", "Valid and missing answers (missing: blank, "
                       "\"don't know\", \"no answer\")"),
})


def report_text(key: str, language: str = "de", **fmt) -> str:
    """Return a heading or caption of :data:`DQ_TEXT` in the report language."""
    return DQ_TEXT.text(key, language, **fmt)


def _label(key: str, language: str) -> str:
    return DQ_LABELS.text(key, language)


def _reason_text(reason: str, language: str) -> str:
    try:
        from esslingen_lab.surveys.validation import REASON_TEXT, Reason

        return REASON_TEXT["en" if language == "en" else "de"][Reason(reason)]
    except (ImportError, KeyError, ValueError):
        return str(reason)


def quality_by_file(survey, language: str = "de"):
    """Rows read, used and excluded (by reason) with one column per input file and a total.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    language : {"de", "en"}, default="de"

    Returns
    -------
    pandas.DataFrame
        First column names the count (rows read, used, excluded, then "– <reason>" for each
        exclusion reason that occurred); then one column per file and a total column.
        Read = used + excluded in every column, and the reasons add up to excluded.
    """
    import pandas as pd

    by_file = survey.quality.by_file.reset_index(drop=True)
    base = ["rows_read", "rows_used", "rows_excluded"]
    reasons = [c for c in by_file.columns if c not in base + ["file", "source"]
               and pd.api.types.is_numeric_dtype(by_file[c]) and by_file[c].sum() > 0]
    rows = [_label(k, language) for k in base] + [f"– {_reason_text(r, language)}"
                                                   for r in reasons]
    table = pd.DataFrame({_label("count", language): rows})
    for _, entry in by_file.iterrows():
        table[str(entry["file"])] = [int(entry[c]) for c in base + reasons]
    table[_label("total", language)] = [int(by_file[c].sum()) for c in base + reasons]
    return table


def quality_cases(survey, language: str = "de"):
    """Count data-quality cases per file, column and reason (never the offending values).

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    language : {"de", "en"}, default="de"

    Returns
    -------
    pandas.DataFrame
        Columns file, check, reason (in words), cases. Values are left out on purpose:
        they may be respondents' answers.
    """
    import pandas as pd

    cases = survey.quality.cases
    if len(cases) == 0:
        table = pd.DataFrame(columns=["file", "check", "reason", "cases"])
    else:
        # a case about the whole row (e.g. an empty response) names no column
        frame = cases[["file", "column", "reason"]].fillna("–").astype(str)
        table = (frame.groupby(["file", "column", "reason"], sort=True).size()
                 .reset_index(name="cases").rename(columns={"column": "check"}))
        table["reason"] = [_reason_text(r, language) for r in table["reason"]]
    return table.rename(columns={k: _label(k, language) for k in table.columns})


def respondents_per_group(survey, k: int | None = None, language: str = "de"):
    """Respondents per value of every grouping column, small groups suppressed.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    k : int, default=None
        Anonymity threshold; the survey's ``anonymity_threshold`` when None.
    language : {"de", "en"}, default="de"

    Returns
    -------
    pandas.DataFrame
        Columns grouping, group, respondents, share (%) with labels in ``language``; cells
        below ``k`` show ``"<k"``.

    See Also
    --------
    esslingen_lab.surveys.overview.respondents_by_group : the same table, plain column names.
    """
    from esslingen_lab.surveys.overview import respondents_by_group

    table = respondents_by_group(survey, k)
    return table.rename(columns={c: _label(c, language) for c in table.columns})


def answer_lengths(survey, language: str = "de"):
    """Answer counts and lengths (characters, words) per free-text question.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    language : {"de", "en"}, default="de"

    Returns
    -------
    pandas.DataFrame
        Columns question, answers, share answered (%), median characters, median words,
        90th percentile words, with labels in ``language``.
    """
    from esslingen_lab.surveys.overview import answer_lengths as lengths

    table = lengths(survey)
    return table.rename(columns={c: _label(c, language) for c in table.columns})


def answer_length_figure(survey, language: str = "de"):
    """Histogram of answer lengths in words, one line per free-text question.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from esslingen_lab.plots import histogram_chart

    lengths = {}
    for column in survey.spec.questions:
        if column in survey.responses.columns:
            texts = survey.responses[column].fillna("").astype(str).str.strip()
            lengths[column] = texts[texts != ""].str.split().str.len().to_numpy()
    return histogram_chart(lengths, xlabel=_label("words_per_answer", language),
                           ylabel=_label("answers", language))


def likert_missing(survey, language: str = "de"):
    """Count valid and missing answers (incl. "weiß nicht") per Likert item.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    language : {"de", "en"}, default="de"

    Returns
    -------
    pandas.DataFrame
        Columns item, dimension, statement, valid, missing, missing (%).
    """
    import pandas as pd

    rows = []
    n = len(survey.responses)
    for column, item in survey.spec.likert.items():
        if column not in survey.responses.columns:
            continue
        values = pd.to_numeric(survey.responses[column], errors="coerce")
        missing = int(values.isna().sum())
        rows.append({"item": column, "dimension": item.dimension, "wording": item.wording,
                     "valid": n - missing, "missing": missing,
                     "missing_share": round(100 * missing / max(n, 1), 1)})
    table = pd.DataFrame(rows, columns=["item", "dimension", "wording", "valid", "missing",
                                        "missing_share"])
    return table.rename(columns={c: _label(c, language) for c in table.columns})


def likert_missing_figure(table, language: str = "de"):
    """Horizontal bar chart of the missing share per Likert item (from :func:`likert_missing`).

    Returns
    -------
    matplotlib.figure.Figure
    """
    from esslingen_lab.plots import bar_chart

    items = table[_label("item", language)].tolist()
    shares = table[_label("missing_share", language)].astype(float).tolist()
    return bar_chart(items, shares, xlabel=_label("missing_share", language),
                     xlim=(0, max(shares + [10]) * 1.15))


