"""Reproducible reports: notebooks publish tables and figures that papermill runs collect.

Analysis notebooks call :func:`publish_table` and :func:`publish_figure`; a report run
(:func:`run_report`, ``esslingen-lab report``) executes the notebooks with papermill into a new
run directory and gathers what they published into one self-contained HTML report, an XLSX
workbook and a ``manifest.json`` that records every input (sha256), parameter and version.

Run directory layout::

    <run>/manifest.json          inputs, parameters, versions, timings, status
    <run>/report.html            combined report (code hidden, images embedded, works offline)
    <run>/tables.xlsx            every published table, one sheet each (+ index sheet)
    <run>/notebooks/<nb>.ipynb   executed notebooks (also the partial one of a failed run)
    <run>/results/<nb>/tables/*.csv, figures/*.png|svg, published.jsonl
"""

from __future__ import annotations

import ast
import datetime as _dt
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from esslingen_lab.errors import EsslingenLabError

# ----------------------------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------------------------


class ReportError(EsslingenLabError):
    """A report run cannot start or did not finish."""


class ParameterError(ReportError):
    """A report parameter is unknown to the notebooks or has the wrong type."""


class RunDirectoryExistsError(ReportError):
    """The run directory exists already and ``force`` was not given."""


class NotebookFailedError(ReportError):
    """A notebook raised an error; its partial executed notebook is kept in the run directory."""

    def __init__(self, notebook, *, cell_index=None, exec_count=None, ename=None, detail=None,
                 executed_path=None, run_dir=None, cell_number=None):
        self.notebook = notebook
        self.cell_index = cell_index
        self.cell_number = cell_number
        self.exec_count = exec_count
        self.ename = ename
        self.detail = detail
        self.executed_path = None if executed_path is None else str(executed_path)
        self.run_dir = None if run_dir is None else str(run_dir)
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.cell_number is None:
            cell = "der Ausführung/running it (Kernel)"
        else:
            cell = (f"Zelle/cell {self.cell_number} (In [{self.exec_count}] im ausgeführten "
                    "Notebook/in the executed notebook)")
        text = f"Notebook '{self.notebook}' ist fehlgeschlagen/failed in {cell}: {self.ename}"
        if self.detail:
            text += f": {self.detail}"
        if self.executed_path:
            text += f" — Teilergebnis/partial notebook: {self.executed_path}"
        return text


# ----------------------------------------------------------------------------------------------
# Publishing from notebooks
# ----------------------------------------------------------------------------------------------

#: The file in each notebook's output directory that lists what it published, in order.
PUBLISHED_INDEX = "published.jsonl"


def _slug(name: str) -> str:
    slug = re.sub(r"[^0-9A-Za-z_-]+", "_", name).strip("_")
    if not slug:
        raise ValueError(f"Table or figure name {name!r} has no usable characters.")
    return slug


class _PublishedPath(type(Path())):
    """A Path that shows nothing when it is a cell's last value (no ``PosixPath(...)`` line)."""

    def _ipython_display_(self):
        pass


def _record(output_dir, entry: dict) -> None:
    # Appending keeps the notebook's publishing order for the workbook, even when a name repeats.
    with open(Path(output_dir) / PUBLISHED_INDEX, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


def publish_table(table, name: str, output_dir=None, *, caption: str | None = None, show=True):
    """Show a table in the notebook and save it as ``<output_dir>/tables/<name>.csv``.

    Parameters
    ----------
    table : pandas.DataFrame
        The table, already suppressed for small groups where it is broken down by group.
    name : str
        Short file-safe name; becomes the sheet name in the report's XLSX workbook.
    output_dir : str or Path, default=None
        Run directory; nothing is written when None.
    caption : str, default=None
        Heading shown above the table.
    show : bool, default=True
        Display the table in the notebook (as HTML, escaped).

    Returns
    -------
    Path or None
        Where the CSV was written.
    """
    path = None
    if output_dir is not None:
        folder = Path(output_dir) / "tables"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{_slug(name)}.csv"
        table.to_csv(path, index=False, encoding="utf-8")
        path = _PublishedPath(path)
        _record(output_dir, {"kind": "table", "name": _slug(name), "caption": caption,
                             "file": f"tables/{path.name}"})
    if show:
        from IPython.display import HTML, display

        if caption:
            display(HTML(f"<h4>{_escape(caption)}</h4>"))
        display(HTML(table.to_html(index=False, escape=True, na_rep="–", border=0)))
    return path


def publish_figure(fig, name: str, output_dir=None, *, show=True):
    """Show a matplotlib figure and save it as PNG and SVG under ``<output_dir>/figures``.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    name : str
        Short file-safe name.
    output_dir : str or Path, default=None
        Run directory; nothing is written when None.
    show : bool, default=True
        Display the figure in the notebook as a static PNG image.

    Returns
    -------
    Path or None
        Path of the PNG file.
    """
    path = None
    if output_dir is not None:
        folder = Path(output_dir) / "figures"
        folder.mkdir(parents=True, exist_ok=True)
        path = _PublishedPath(folder / f"{_slug(name)}.png")
        fig.savefig(path, dpi=120, bbox_inches="tight")
        # No date and fixed element ids, so two runs with the same inputs give identical SVGs.
        import matplotlib

        with matplotlib.rc_context({"svg.hashsalt": _slug(name)}):
            fig.savefig(folder / f"{_slug(name)}.svg", bbox_inches="tight",
                        metadata={"Date": None})
        _record(output_dir, {"kind": "figure", "name": _slug(name), "file": f"figures/{path.name}"})
    if show:
        import io

        from IPython.display import Image, display

        # An explicit PNG, not display(fig): that needs the inline backend, and package code
        # that switched matplotlib to Agg would leave only "<Figure size ...>" in the report.
        if path is not None:
            png = Path(path).read_bytes()
        else:
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=120, bbox_inches="tight")
            png = buffer.getvalue()
        display(Image(data=png, format="png"))
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path


def show_text(de: str, en: str | None = None, language: str = "de"):
    """Display a Markdown paragraph in the notebook's language (English falls back to German)."""
    from IPython.display import Markdown, display

    display(Markdown(en if (language == "en" and en) else de))


def show_heading(de: str, en: str | None = None, language: str = "de", *, level: int = 2):
    """Display a section heading (``## ...``) in the notebook's language.

    The combined report's table of contents is built from these headings and from Markdown
    cells starting with ``## ``.

    Parameters
    ----------
    de : str
        German heading.
    en : str, default=None
        English heading, used when ``language == "en"``; falls back to ``de``.
    language : {"de", "en"}, default="de"
    level : int, default=2
        Markdown heading level.
    """
    from IPython.display import Markdown, display

    text = en if (language == "en" and en) else de
    display(Markdown(f"{'#' * level} {text}"))


def _escape(text: str) -> str:
    import html

    return html.escape(str(text))


# ----------------------------------------------------------------------------------------------
# Data quality tables (used by notebooks/data_quality.ipynb)
# ----------------------------------------------------------------------------------------------

_DQ_LABELS = {
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
}


#: Headings and captions of the data quality notebook (German, English).
DQ_TEXT = {
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
    "groups_caption": ("Befragte je Gruppe (Gruppen unter {k} Personen unterdrückt)",
                       "Respondents per group (groups below {k} people suppressed)"),
    "lengths": ("Länge der Freitextantworten", "Length of the free-text answers"),
    "lengths_caption": ("Antworten und Antwortlängen je Frage", "Answers and lengths per question"),
    "likert": ("Fehlende Antworten je Likert-Item", "Missing answers per Likert item"),
    "likert_caption": ("Gültige und fehlende Antworten (fehlend: leer, „weiß nicht“, "
                       "„keine Angabe“)", "Valid and missing answers (missing: blank, "
                       "\"don't know\", \"no answer\")"),
}


def report_text(key: str, language: str = "de", **fmt) -> str:
    """Return a heading or caption of :data:`DQ_TEXT` in the report language."""
    de, en = DQ_TEXT[key]
    return (en if language == "en" else de).format(**fmt)


def _label(key: str, language: str) -> str:
    de, en = _DQ_LABELS[key]
    return en if language == "en" else de


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
        Columns grouping, group, respondents, share (%); cells below ``k`` show ``"<k"``.
    """
    import pandas as pd

    k = survey.spec.anonymity_threshold if k is None else int(k)
    frames = []
    responses = survey.responses
    for column in survey.spec.groups:
        if column not in responses.columns:
            continue
        values = responses[column].fillna("").astype(str).replace("", "–")
        counts = values.value_counts().sort_index()
        frame = pd.DataFrame({"group": column, "value": counts.index,
                              "respondents": counts.to_numpy()})
        frame["share"] = (100 * frame["respondents"] / max(len(responses), 1)).round(1)
        frames.append(frame)
    if not frames:
        table = pd.DataFrame(columns=["group", "value", "respondents", "share"])
    else:
        from esslingen_lab.privacy import suppress_small_groups

        # complementary suppression within each grouping column, so no small group can be
        # recomputed from the total
        table = suppress_small_groups(pd.concat(frames, ignore_index=True), k,
                                      n_column="respondents", within="group",
                                      columns=["respondents", "share"])
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
        90th percentile words.
    """
    import pandas as pd

    rows = []
    n = max(len(survey.responses), 1)
    for column, wording in survey.spec.questions.items():
        if column not in survey.responses.columns:
            continue
        texts = survey.responses[column].fillna("").astype(str).str.strip()
        texts = texts[texts != ""]
        words = texts.str.split().str.len()
        rows.append({"question": f"{column}: {wording}", "answers": len(texts),
                     "answered_share": round(100 * len(texts) / n, 1),
                     "median_chars": float(texts.str.len().median()) if len(texts) else None,
                     "median_words": float(words.median()) if len(texts) else None,
                     "p90_words": float(words.quantile(0.9)) if len(texts) else None})
    table = pd.DataFrame(rows, columns=["question", "answers", "answered_share", "median_chars",
                                        "median_words", "p90_words"])
    return table.rename(columns={c: _label(c, language) for c in table.columns})


def answer_length_figure(survey, language: str = "de"):
    """Histogram of answer lengths in words, one line per free-text question.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots(figsize=(7, 3.5))
    lengths = {}
    for column in survey.spec.questions:
        if column in survey.responses.columns:
            texts = survey.responses[column].fillna("").astype(str).str.strip()
            lengths[column] = texts[texts != ""].str.split().str.len().to_numpy()
    top = max([int(v.max()) for v in lengths.values() if len(v)] + [1])
    bins = np.linspace(0, top + 1, min(top + 2, 30))
    for column, values in lengths.items():
        ax.hist(values, bins=bins, histtype="stepfilled", alpha=0.55, edgecolor="white",
                label=column)
    ax.set_xlabel("Wörter pro Antwort" if language != "en" else "Words per answer")
    ax.set_ylabel("Antworten" if language != "en" else "Answers")
    if lengths:
        ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


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
    import matplotlib.pyplot as plt

    items = table[_label("item", language)].tolist()
    shares = table[_label("missing_share", language)].astype(float).tolist()
    fig, ax = plt.subplots(figsize=(7, 0.35 * max(len(items), 3) + 1))
    ax.barh(items[::-1], shares[::-1], color="#3b6ea5")
    ax.set_xlabel(_label("missing_share", language))
    ax.set_xlim(0, max(shares + [10]) * 1.15)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


# ----------------------------------------------------------------------------------------------
# Workshop results (used by notebooks/workshop_results.ipynb)
# ----------------------------------------------------------------------------------------------

#: CSV files of ``esslingen-lab workshop export`` that the workshop notebook reads.
WORKSHOP_FILES = ("results", "rounds", "themes")

WS_TEXT = {
    "intro": ("Punkteabstimmung, Wirkung/Aufwand und kuratierte Themen aus dem Workshop-Export; "
              "ohne Antworttexte und ohne Teilnehmenden-Tokens.",
              "Dot voting, impact/effort and curated themes from the workshop export; no answer "
              "texts and no participant tokens."),
    "none": ("Kein Workshop-Export angegeben — dieser Teil bleibt leer.",
             "No workshop export given — this part stays empty."),
    "rounds": ("Abstimmungsrunden und Beteiligung", "Voting rounds and participation"),
    "rounds_caption": ("Runden, abgegebene Stimmzettel und Punkte",
                       "Rounds, ballots and dots cast"),
    "results": ("Ergebnisse der Punkteabstimmung", "Results of the dot voting"),
    "results_caption": ("Runde „{round}“: Rangfolge nach Punkten",
                        "Round \"{round}\": ranking by dots"),
    "matrix": ("Wirkung und Aufwand", "Impact and effort"),
    "themes": ("Kuratierte Themen", "Curated themes"),
    "themes_caption": ("Themen nach der Kuratierung im Workshop (Größe = Antworten)",
                       "Themes after curation in the workshop (size = answers)"),
    "round": ("Runde", "Round"), "status": ("Status", "Status"),
    "ballots": ("Stimmzettel", "Ballots"), "dots": ("Punkte", "Dots"),
    "dots_share": ("Anteil Punkte (%)", "Share of dots (%)"), "rank": ("Rang", "Rank"),
    "item": ("Maßnahme/Thema", "Measure/theme"), "voters": ("Personen mit Punkten", "Voters"),
    "impact": ("Wirkung (Mittel 1–5)", "Impact (mean 1–5)"),
    "effort": ("Aufwand (Mittel 1–5)", "Effort (mean 1–5)"),
    "theme": ("Thema", "Theme"), "keywords": ("Schlüsselwörter", "Keywords"),
    "size": ("Antworten", "Answers"),
    "irrelevant": ("als irrelevant markiert", "marked irrelevant"),
}


def ws_text(key: str, language: str = "de", **fmt) -> str:
    """Return a workshop heading, caption or column name in the report language."""
    de, en = WS_TEXT[key]
    return (en if language == "en" else de).format(**fmt)


def read_workshop_export(folder) -> dict:
    """Read the CSV files written by ``esslingen-lab workshop export``.

    Parameters
    ----------
    folder : str or Path

    Returns
    -------
    dict of str to pandas.DataFrame
        ``results``, ``rounds`` and ``themes`` (and any other CSV found there).

    Raises
    ------
    ReportError
        The folder or one of the required files is missing.
    """
    import pandas as pd

    folder = Path(folder)
    missing = [f"{n}.csv" for n in WORKSHOP_FILES if not (folder / f"{n}.csv").is_file()]
    if not folder.is_dir() or missing:
        raise ReportError(f"{folder}: kein vollständiger Workshop-Export/not a complete workshop "
                          f"export (fehlt/missing: {', '.join(missing) or folder.name}).")
    # utf-8-sig: the export writes a BOM so that Excel shows umlauts
    return {p.stem: pd.read_csv(p, encoding="utf-8-sig") for p in sorted(folder.glob("*.csv"))}


def workshop_rounds(tables, language: str = "de"):
    """One row per voting round: title, status, ballots and dots cast."""
    import pandas as pd

    rounds, results = tables["rounds"], tables["results"]
    rows = []
    for _, rnd in rounds.iterrows():
        res = results[results["round_id"] == rnd["id"]]
        rows.append({"round": rnd["title"], "status": rnd.get("status"),
                     "ballots": int(res["ballots"].iloc[0]) if len(res) else 0,
                     "dots": int(res["dots"].sum()) if len(res) else 0})
    table = pd.DataFrame(rows, columns=["round", "status", "ballots", "dots"])
    return table.rename(columns={c: ws_text(c, language) for c in table.columns})


def workshop_results(tables, round_id, language: str = "de"):
    """Ranking of one round's items: rank, item, dots, share of dots, voters, impact, effort."""
    res = tables["results"]
    res = res[res["round_id"] == round_id].sort_values("rank")
    total = max(int(res["dots"].sum()), 1)
    table = res.assign(dots_share=(100 * res["dots"] / total).round(1),
                       impact=res["impact_mean"].astype(float).round(2),
                       effort=res["effort_mean"].astype(float).round(2))
    table = table.rename(columns={"title": "item"})[
        ["rank", "item", "dots", "dots_share", "voters", "impact", "effort"]]
    return table.reset_index(drop=True).rename(
        columns={c: ws_text(c, language) for c in table.columns})


def workshop_dots_figure(table, language: str = "de", *, top: int = 15):
    """Horizontal bar chart of dots per item (from :func:`workshop_results`)."""
    import matplotlib.pyplot as plt

    head = table.head(top)
    labels = [str(t) if len(str(t)) <= 45 else str(t)[:44] + "…"
              for t in head[ws_text("item", language)]]
    fig, ax = plt.subplots(figsize=(7, 0.38 * max(len(head), 3) + 1))
    ax.barh(labels[::-1], head[ws_text("dots", language)].tolist()[::-1], color="#3b6ea5")
    ax.set_xlabel(ws_text("dots", language))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def workshop_matrix_figure(table, language: str = "de"):
    """Impact-effort matrix of the rated items (None when no item was rated)."""
    import matplotlib.pyplot as plt

    impact, effort = ws_text("impact", language), ws_text("effort", language)
    rated = table.dropna(subset=[impact, effort])
    if rated.empty:
        return None
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.scatter(rated[effort], rated[impact], s=40 + 12 * rated[ws_text("dots", language)],
               color="#3b6ea5", alpha=0.7)
    for _, row in rated.iterrows():
        ax.annotate(str(row[ws_text("rank", language)]), (row[effort], row[impact]),
                    ha="center", va="center", color="white", fontsize=8)
    ax.axhline(3, color="#999", linewidth=0.8)
    ax.axvline(3, color="#999", linewidth=0.8)
    ax.set(xlim=(0.8, 5.2), ylim=(0.8, 5.2), xlabel=effort, ylabel=impact)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def workshop_themes(tables, language: str = "de"):
    """Curated themes: label, keywords, size, irrelevant flag (no answer texts)."""
    themes = tables["themes"]
    cols = [c for c in ("label", "keywords", "size", "irrelevant") if c in themes.columns]
    table = themes[cols].rename(columns={"label": "theme"})
    if "irrelevant" in table.columns:
        table["irrelevant"] = table["irrelevant"].astype(bool).map(
            {True: "ja" if language != "en" else "yes", False: ""})
    if "size" in table.columns:
        table = table.sort_values("size", ascending=False, kind="stable")
    return table.reset_index(drop=True).rename(
        columns={c: ws_text(c, language) for c in table.columns})


# ----------------------------------------------------------------------------------------------
# Notebooks and parameters
# ----------------------------------------------------------------------------------------------

#: The analysis notebooks a default report runs, in this order.
DEFAULT_NOTEBOOKS = ("data_quality", "themes", "maturity", "compare")
#: Added to the default list when a workshop export directory is given.
WORKSHOP_NOTEBOOK = "workshop_results"

#: Part titles in the combined report (German, English).
NOTEBOOK_TITLES = {
    "data_quality": ("Datenqualität", "Data quality"),
    "themes": ("Themen der Freitextantworten", "Themes in the free-text answers"),
    "maturity": ("Digitaler Reifegrad", "Digital maturity"),
    "compare": ("Gruppenvergleiche", "Group comparisons"),
    "workshop_results": ("Workshop-Ergebnisse", "Workshop results"),
}

#: Types of the parameters every report notebook has (contract); used when a default is None.
CONVENTION_TYPES = {
    "survey_path": str, "question": str, "n_themes": int, "seed": int, "language": str,
    "anonymity_threshold": int, "output_dir": str, "workshop_export": str,
}
#: Words accepted for a parameter besides values of its type (``-p n_themes=auto``).
ALTERNATIVE_VALUES = {"n_themes": ("auto",)}
#: Parameters the run sets itself; users cannot override them with ``-p``.
RESERVED_PARAMETERS = ("survey_path", "output_dir")
DEFAULT_SEED = 42

_TEXT = {
    "de": {"report": "Bericht", "toc": "Inhalt", "survey": "Befragung", "created": "Erstellt",
           "seed": "Zufallsstartwert (Seed)", "commit": "Git-Commit", "run": "Lauf",
           "notebooks": "Notebooks", "skipped": "Übersprungen",
           "comparison": "Vergleich der Befragungen",
           "respondents": "Befragte"},
    "en": {"report": "Report", "toc": "Contents", "survey": "Survey", "created": "Created",
           "seed": "Random seed", "commit": "Git commit", "run": "Run", "notebooks": "Notebooks",
           "skipped": "Skipped", "comparison": "Comparison of the surveys",
           "respondents": "Respondents"},
}


def notebooks_dir() -> Path:
    """Return the repository's ``notebooks/`` folder (the package is installed editable)."""
    return Path(__file__).resolve().parents[1] / "notebooks"


def resolve_notebooks(names=None, *, workshop_export=None, folder=None):
    """Turn notebook names or paths into ``(name, path)`` pairs and a list of skipped ones.

    Parameters
    ----------
    names : list of str, default=None
        Names in ``notebooks/`` (``"themes"``), or paths to ``.ipynb`` files. None means the
        default list; default notebooks whose file does not exist yet are skipped.
    workshop_export : str or Path, default=None
        Adds the workshop results notebook to the default list.
    folder : Path, default=None
        Where names are looked up; :func:`notebooks_dir` when None.

    Returns
    -------
    selected : list of (str, Path)
    skipped : list of dict
        ``{"notebook": name, "reason": ...}`` for default notebooks not (yet) present.

    Raises
    ------
    ReportError
        An explicitly requested notebook does not exist, or one is listed twice.
    """
    folder = notebooks_dir() if folder is None else Path(folder)
    explicit = names is not None and len(names) > 0
    if not explicit:
        names = list(DEFAULT_NOTEBOOKS) + ([WORKSHOP_NOTEBOOK] if workshop_export else [])
    selected, skipped = [], []
    for entry in names:
        entry = str(entry).strip()
        if entry.endswith(".ipynb") or "/" in entry or os.sep in entry:
            path = Path(entry).expanduser().resolve()
            name = path.stem
        else:
            path, name = folder / f"{entry}.ipynb", entry
        if not path.is_file():
            if explicit:
                raise ReportError(f"Notebook '{entry}' nicht gefunden/not found ({path}).")
            skipped.append({"notebook": name, "reason": f"{path.name} fehlt/is missing"})
            continue
        if name in {n for n, _ in selected}:
            raise ReportError(f"Notebook '{name}' ist doppelt angegeben/listed twice.")
        selected.append((name, path))
    if not explicit and WORKSHOP_NOTEBOOK not in names:
        skipped.append({"notebook": WORKSHOP_NOTEBOOK,
                        "reason": "kein Workshop-Export angegeben/no workshop export given"})
    if not selected:
        raise ReportError("Keine der Notebooks ist vorhanden/none of the notebooks exists: "
                          + ", ".join(names))
    return selected, skipped


_TYPE_NAMES = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "dict": dict}


@dataclass
class NotebookParameter:
    """One parameter of a notebook's ``parameters`` cell."""

    name: str
    default: object
    type: type | None


def inspect_parameters(path) -> dict[str, NotebookParameter]:
    """Return the parameters declared in a notebook's ``parameters`` cell (via papermill).

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict of str to NotebookParameter
        Type from an annotation (``n: int = 8``), else from the default's literal value, else
        the team convention (:data:`CONVENTION_TYPES`), else None (any value).

    Raises
    ------
    ReportError
        The notebook has no cell tagged ``parameters``.
    """
    import nbformat
    import papermill as pm

    nb = nbformat.read(str(path), as_version=4)
    if not any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells):
        raise ReportError(f"Notebook '{Path(path).stem}' hat keine Zelle mit dem Tag "
                          "'parameters'/has no cell tagged 'parameters'.")
    result = {}
    for name, info in pm.inspect_notebook(str(path)).items():
        try:
            default = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError, TypeError):
            default = None
        annotated = str(info.get("inferred_type_name") or "").replace("Optional[", "")
        annotated = annotated.split("|")[0].strip(" ]")
        typ = _TYPE_NAMES.get(annotated)
        if typ is None and default is not None:
            typ = type(default)
        if typ is None:
            typ = CONVENTION_TYPES.get(name)
        result[name] = NotebookParameter(name, default, typ)
    return result


_TRUE = {"true", "1", "yes", "ja", "y", "j", "wahr"}
_FALSE = {"false", "0", "no", "nein", "n", "falsch"}


def convert_value(name: str, value, typ):
    """Convert a ``-p`` value (string from the command line, or a YAML value) to ``typ``.

    Raises
    ------
    ParameterError
        The value does not fit the type of the parameter's default.
    """
    import yaml

    def fail():
        tname = typ.__name__ if typ is not None else "?"
        raise ParameterError(f"Parameter '{name}': Wert {value!r} ist kein {tname}/"
                             f"value is not of type {tname}.")

    if value is None or typ is None:
        return yaml.safe_load(value) if isinstance(value, str) and typ is None else value
    if isinstance(value, str):
        text = value.strip()
        if typ is bool:
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            fail()
        if typ is int:
            if re.fullmatch(r"[+-]?\d+", text):
                return int(text)
            fail()
        if typ is float:
            try:
                return float(text)
            except ValueError:
                fail()
        if typ is str:
            return value
        if typ in (list, dict):
            try:
                parsed = yaml.safe_load(text)
            except yaml.YAMLError:
                fail()
            if not isinstance(parsed, typ):
                fail()
            return parsed
        fail()
    if typ is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, bool) and typ is not bool:
        fail()
    if not isinstance(value, typ):
        fail()
    return value


def validate_parameters(notebooks, user_parameters) -> dict[str, dict]:
    """Check user parameters against every notebook's ``parameters`` cell.

    Parameters
    ----------
    notebooks : list of (str, Path)
    user_parameters : dict
        Name to value (strings from ``-p key=value`` are converted).

    Returns
    -------
    dict of str to dict
        Per notebook name: the declared names, their converted user values, and the declared
        parameters (key ``"_declared"``).

    Raises
    ------
    ParameterError
        A name no selected notebook declares, a reserved name, or an ill-typed value.
    """
    declared = {name: inspect_parameters(path) for name, path in notebooks}
    known = sorted({p for params in declared.values() for p in params})
    for key in user_parameters:
        if key in RESERVED_PARAMETERS:
            raise ParameterError(f"Parameter '{key}' setzt der Bericht selbst/is set by the "
                                 "report run; use the command's argument instead.")
        if key not in known:
            raise ParameterError(f"Unbekannter Parameter/unknown parameter '{key}'; bekannt/"
                                 f"known: {', '.join(known)}.")
    converted = {}
    for name, params in declared.items():
        values = {}
        for key, value in user_parameters.items():
            if key not in params:
                continue
            if isinstance(value, str) and value.strip() in ALTERNATIVE_VALUES.get(key, ()):
                values[key] = value.strip()
            else:
                values[key] = convert_value(key, value, params[key].type)
        converted[name] = {"values": values, "_declared": params}
    return converted


def parse_parameter_args(items) -> dict[str, str]:
    """Parse ``key=value`` strings from ``-p``; raise ParameterError on a malformed one."""
    result = {}
    for item in items or ():
        key, sep, value = str(item).partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise ParameterError(f"Parameter {item!r} hat nicht die Form key=value/"
                                 "is not of the form key=value.")
        result[key] = value
    return result


# ----------------------------------------------------------------------------------------------
# Inputs, environment and manifest
# ----------------------------------------------------------------------------------------------


def sha256_file(path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_spec_header(survey_path) -> dict:
    """Read the raw YAML mapping of a survey.yml (name, title, language, files …)."""
    import yaml

    path = Path(survey_path)
    if not path.is_file():
        raise ReportError(f"Survey-Spezifikation nicht gefunden/survey spec not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ReportError(f"{path}: kein gültiges YAML/not valid YAML "
                          f"({type(exc).__name__}).") from None
    if not isinstance(data, dict):
        raise ReportError(f"{path}: keine Survey-Spezifikation/not a survey spec.")
    return data


def input_files(survey_path, spec: dict, workshop_export=None) -> list[Path]:
    """Every file a report reads: the spec, its data files, its framework, the workshop export."""
    base = Path(survey_path).resolve().parent
    files = [Path(survey_path).resolve()]
    for entry in spec.get("files") or []:
        rel = entry.get("path") if isinstance(entry, dict) else entry
        if rel:
            files.append((base / rel).resolve())
    if spec.get("framework"):
        files.append((base / spec["framework"]).resolve())
    if workshop_export:
        files += sorted(p.resolve() for p in Path(workshop_export).rglob("*") if p.is_file())
    return files


def package_versions() -> dict[str, str]:
    """Installed versions of esslingen-lab, its dependencies and the notebook tool chain."""
    from importlib import metadata

    names = {"esslingen-lab", "papermill", "nbconvert", "nbformat", "nbclient", "ipykernel",
             "jupyter-client", "numpy", "pandas"}
    try:
        for req in metadata.requires("esslingen-lab") or []:
            if "extra ==" not in req:
                names.add(re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0])
    except metadata.PackageNotFoundError:
        pass
    versions = {}
    for name in sorted(names, key=str.lower):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def git_commit(folder=None) -> dict:
    """Commit of the repository holding the package, and whether the work tree has changes."""
    folder = Path(__file__).resolve().parents[1] if folder is None else Path(folder)
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True,
                                text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=folder, capture_output=True, text=True, timeout=20,
                               check=True).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}
    return {"commit": commit or None, "dirty": dirty}


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _timestamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def prepare_run_dir(path, *, force=False) -> Path:
    """Create a fresh run directory; an existing one is replaced only with ``force``.

    With ``force`` only an empty directory or an earlier run (it has a ``manifest.json``) is
    removed, so a mistyped ``--out`` cannot wipe an unrelated folder.
    """
    path = Path(path)
    if path.exists():
        if not path.is_dir():
            raise RunDirectoryExistsError(f"{path} existiert und ist kein Ordner/exists and is "
                                          "not a directory.")
        if any(path.iterdir()):
            if not force:
                raise RunDirectoryExistsError(
                    f"Ausgabeordner existiert schon/output directory exists: {path} — "
                    "use --force to replace it or choose another --out.")
            if not ((path / "manifest.json").is_file() or (path / "batch.json").is_file()):
                raise RunDirectoryExistsError(
                    f"{path} ist kein früherer Berichtslauf/is not an earlier report run "
                    "(no manifest.json); refusing to delete it even with --force.")
            shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


# ----------------------------------------------------------------------------------------------
# Running notebooks
# ----------------------------------------------------------------------------------------------


def _kernel_manager_class(log_path=None):
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class ThisPythonKernelManager(AsyncKernelManager):
        """Kernel manager that always starts this interpreter (``sys.executable``).

        A ``python3`` kernelspec elsewhere on the machine (e.g. in ~/.local) could point at
        another Python without esslingen_lab; reports must run in the environment that runs
        the command. PYTHONHASHSEED is fixed so set iteration orders repeat across runs.
        """

        @default("transport")
        def _default_transport(self):
            # Kernel traffic carries respondents' answers: keep it off TCP where the OS allows.
            return "ipc" if os.name == "posix" else "tcp"

        @default("ip")
        def _default_ip(self):
            if self.transport != "ipc":
                return super()._ip_default()
            # jupyter_client's default for IPC is "kernel-ipc" in the working directory, which
            # parallel report runs (--jobs) would share; every kernel gets its own socket path.
            import tempfile
            import uuid

            return os.path.join(tempfile.gettempdir(), f"esslingen-lab-{uuid.uuid4().hex[:12]}")

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            # The kernel process's own stderr (ipykernel start-up and shutdown chatter) goes to
            # a log file next to the executed notebook instead of the user's terminal.
            if log_path is not None and "stderr" not in kw:
                with open(log_path, "ab") as log:
                    kw["stderr"] = log
                    kw.setdefault("stdout", log)
                    return await super()._async_launch_kernel(kernel_cmd, **kw)
            return await super()._async_launch_kernel(kernel_cmd, **kw)

        @property
        def kernel_spec(self):
            if self._kernel_spec is None:
                argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
                try:  # keep the installed spec's metadata (e.g. supported transport encryption)
                    spec = self.kernel_spec_manager.get_kernel_spec("python3").to_dict()
                except Exception:  # noqa: BLE001 - any broken/missing spec: use a plain one
                    spec = {"display_name": "Python 3 (ipykernel)", "language": "python",
                            "metadata": {}}
                spec.update(argv=argv, env={**spec.get("env", {}), "PYTHONHASHSEED": "0"})
                spec.pop("resource_dir", None)
                self._kernel_spec = KernelSpec(resource_dir="", **spec)
            return self._kernel_spec

    return ThisPythonKernelManager


def _known_error_names() -> set[str]:
    names, todo = set(), [EsslingenLabError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _source_cell_number(executed_path, cell_index):
    """1-based position of a failed cell in the source notebook (without papermill's cells)."""
    import nbformat

    try:
        nb = nbformat.read(str(executed_path), as_version=4)
    except (OSError, ValueError):
        return cell_index + 1
    added = {"injected-parameters", "papermill-error-cell-tag"}
    # papermill's error banner is inserted at the top after the failure, shifting indices
    banner = sum(1 for c in nb.cells if "papermill-error-cell-tag" in c.metadata.get("tags", []))
    cells = nb.cells[: cell_index + 1 + banner]
    return sum(1 for c in cells if not added & set(c.metadata.get("tags", [])))


def execute_notebook(path, output_path, parameters, *, cwd=None, progress=True, desc=None):
    """Execute one notebook with papermill in a kernel running ``sys.executable``.

    Raises
    ------
    NotebookFailedError
        With notebook name, cell index and execution count; papermill has already written
        the partial executed notebook to ``output_path``.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    bar = {"desc": desc or Path(path).stem, "leave": False, "position": 1} if progress else False
    log_path = Path(output_path).with_suffix(".kernel.log")
    # papermill/nbclient log e.g. "Kernel died ..." to stderr on top of our one-line error;
    # a NullHandler (the library convention) keeps that off the terminal unless the user
    # configured logging.
    import logging

    pm_log = logging.getLogger("papermill")
    if not any(isinstance(h, logging.NullHandler) for h in pm_log.handlers):
        pm_log.addHandler(logging.NullHandler())
    try:
        pm.execute_notebook(str(path), str(output_path), parameters=parameters,
                            kernel_name="python3", progress_bar=bar, log_output=False,
                            cwd=str(cwd or Path(path).parent), start_timeout=120,
                            kernel_manager_class=_kernel_manager_class(log_path))
    except PapermillExecutionError as exc:
        # Only messages of our own errors are shown: others may quote a respondent's answer.
        detail = None
        if exc.ename in _known_error_names() and exc.evalue:
            detail = str(exc.evalue).splitlines()[0][:200]
        raise NotebookFailedError(Path(path).stem, cell_index=exc.cell_index,
                                  cell_number=_source_cell_number(output_path, exc.cell_index),
                                  exec_count=exc.exec_count, ename=exc.ename, detail=detail,
                                  executed_path=output_path) from None
    except Exception as exc:  # noqa: BLE001 - kernel died, timed out or could not start
        # These messages come from the Jupyter machinery, not from respondents' data.
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else None
        raise NotebookFailedError(Path(path).stem, ename=type(exc).__name__, detail=detail,
                                  executed_path=output_path if Path(output_path).exists()
                                  else None) from None
    finally:
        if log_path.is_file() and log_path.stat().st_size == 0:
            log_path.unlink()  # keep the run directory tidy: only logs that say something


@dataclass
class ReportRun:
    """Result of :func:`run_report`: where everything went and the manifest written."""

    run_dir: Path
    manifest: dict
    html: Path | None = None
    xlsx: Path | None = None
    executed: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every notebook ran."""
        return self.manifest.get("status") == "ok"


def _validate_survey(survey_path):
    # Loading once up front turns spec and data mistakes into one clear error before any
    # kernel starts, instead of a failure inside the first notebook.
    try:
        from esslingen_lab.surveys import load_survey
    except ImportError:
        return None
    survey = load_survey(str(survey_path), redact=False)  # counts only; no text is shown
    return {"rows_read": int(survey.quality.rows_read), "rows_used": int(survey.quality.rows_used),
            "rows_excluded": int(survey.quality.rows_excluded)}


def run_report(survey_path, *, notebooks=None, parameters=None, language=None, seed=None,
               out=None, force=False, workshop_export=None, progress=True, outputs_root="outputs",
               notebook_folder=None, validate_survey=True, cwd=None) -> ReportRun:
    """Run the report notebooks for one survey into a new run directory.

    Parameters
    ----------
    survey_path : str or Path
        The survey's ``survey.yml``.
    notebooks : list of str, default=None
        Notebook names or paths; None runs :data:`DEFAULT_NOTEBOOKS` that exist (plus the
        workshop notebook when ``workshop_export`` is given).
    parameters : dict, default=None
        Extra notebook parameters (``-p key=value``); strings are converted to the type of the
        notebook's default.
    language : {"de", "en"}, default=None
        Report language; the survey's language when None.
    seed : int, default=None
        Random seed passed to every notebook; 42 when None.
    out : str or Path, default=None
        Run directory; ``<outputs_root>/<survey name>-<timestamp>`` when None.
    force : bool, default=False
        Replace an existing run directory.
    workshop_export : str or Path, default=None
        Directory written by ``esslingen-lab workshop export``.
    progress : bool, default=True
        Show progress bars (overall and per notebook).
    cwd : str or Path, default=None
        Working directory of the notebooks, so relative paths in ``parameters`` (e.g.
        ``compare_paths``) mean what the user typed; the current directory when None.

    Returns
    -------
    ReportRun

    Raises
    ------
    ParameterError, ReportError, RunDirectoryExistsError
        Before anything runs.
    NotebookFailedError
        A notebook failed; the manifest (status ``failed``) and the partial notebook are written.
    """
    survey_path = Path(survey_path).expanduser().resolve()
    cwd = Path(cwd or os.getcwd()).resolve()
    spec = read_spec_header(survey_path)
    parameters = dict(parameters or {})
    if "workshop_export" in parameters and workshop_export is None:
        workshop_export = parameters.pop("workshop_export")
    if workshop_export is not None:
        workshop_export = Path(workshop_export).expanduser().resolve()
        if not workshop_export.is_dir():
            raise ReportError(f"Workshop-Export nicht gefunden/workshop export not found: "
                              f"{workshop_export}")
        parameters["workshop_export"] = str(workshop_export)
    for key, option in (("language", language), ("seed", seed)):
        if key in parameters and option is not None and str(parameters[key]) != str(option):
            raise ParameterError(f"'{key}' ist zweimal verschieden angegeben/given twice with "
                                 "different values.")
    language = parameters.pop("language", None) or language or spec.get("language") or "de"
    if language not in ("de", "en"):
        raise ParameterError(f"Sprache/language must be 'de' or 'en', not {language!r}.")
    seed = parameters.pop("seed", None) if "seed" in parameters else seed
    seed = DEFAULT_SEED if seed is None else convert_value("seed", seed, int)

    selected, skipped = resolve_notebooks(notebooks, workshop_export=workshop_export,
                                          folder=notebook_folder)
    checked = validate_parameters(selected, parameters)
    inputs = input_files(survey_path, spec, workshop_export)
    for path in inputs:
        if not path.is_file():
            raise ReportError(f"Eingabedatei fehlt/input file missing: {path}")
    survey_counts = _validate_survey(survey_path) if validate_survey else None

    name = str(spec.get("name") or survey_path.parent.name)
    run_dir = Path(out) if out is not None else Path(outputs_root) / f"{name}-{_timestamp()}"
    run_dir = prepare_run_dir(run_dir.expanduser().resolve(), force=force)
    (run_dir / "notebooks").mkdir()

    common = {"survey_path": str(survey_path), "language": language, "seed": seed}
    manifest = {
        "tool": "esslingen-lab report",
        "survey": {"name": name, "title": spec.get("title"), "path": str(survey_path),
                   "city": spec.get("city"), "wave": spec.get("wave"),
                   "respondent_group": spec.get("respondent_group"), "rows": survey_counts},
        "language": language,
        "seed": seed,
        "parameters": {**{k: v for k, v in common.items() if k != "survey_path"},
                       **{k: v for nb in checked.values() for k, v in nb["values"].items()}},
        "inputs": [{"path": str(p), "sha256": sha256_file(p), "bytes": p.stat().st_size}
                   for p in inputs],
        "notebook_sources": [{"notebook": n, "path": str(p), "sha256": sha256_file(p)}
                             for n, p in selected],
        "working_directory": str(cwd),
        "python": sys.version.split()[0],
        "python_executable": sys.executable,
        "platform": platform.platform(),
        "packages": package_versions(),
        "git": git_commit(),
        "started": _now(),
        "finished": None,
        "duration_seconds": None,
        "status": "running",
        "notebooks": [],
        "skipped": skipped,
        "artifacts": {},
    }
    _write_manifest(run_dir, manifest)

    from tqdm.auto import tqdm

    t_run = time.perf_counter()
    executed = {}
    overall = tqdm(total=len(selected), desc=_TEXT[language]["report"], unit="nb",
                   position=0, disable=not progress)
    failure = None
    try:
        for nb_name, nb_path in selected:
            declared = checked[nb_name]["_declared"]
            results = run_dir / "results" / nb_name
            results.mkdir(parents=True)
            values = {**common, "output_dir": str(results), **checked[nb_name]["values"]}
            values = {k: v for k, v in values.items() if k in declared}
            entry = {"notebook": nb_name, "source": str(nb_path),
                     "executed": f"notebooks/{nb_name}.ipynb", "parameters": values,
                     "started": _now(), "status": "running"}
            manifest["notebooks"].append(entry)
            overall.set_postfix_str(nb_name)
            t0 = time.perf_counter()
            try:
                execute_notebook(nb_path, run_dir / entry["executed"], values, cwd=cwd,
                                 progress=progress, desc=nb_name)
                entry["status"] = "ok"
            except KeyboardInterrupt:
                entry["status"] = "interrupted"
                manifest["status"] = "interrupted"
                raise
            except NotebookFailedError as exc:
                exc.run_dir = str(run_dir)
                entry["status"] = "failed"
                entry["error"] = {"cell": exc.cell_number, "cell_index": exc.cell_index,
                                  "exec_count": exc.exec_count,
                                  "error": exc.ename, "message": str(exc)}
                failure = exc
            finally:
                entry["finished"] = _now()
                entry["duration_seconds"] = round(time.perf_counter() - t0, 2)
                _write_manifest(run_dir, manifest)
            overall.update(1)
            if failure is not None:
                break
            executed[nb_name] = run_dir / entry["executed"]
    finally:
        overall.close()
    for nb_name, _ in selected[len(manifest["notebooks"]):]:
        manifest["skipped"].append({"notebook": nb_name,
                                    "reason": "nicht ausgeführt nach Fehler/not run after failure"})

    html = xlsx = None
    if failure is None:
        tables = collect_published(run_dir, [n for n, _ in selected])
        xlsx = write_workbook(tables, run_dir / "tables.xlsx", language=language)
        manifest["tables"] = [{"notebook": t["notebook"], "name": t["name"], "sheet": t["sheet"],
                               "file": t["file"], "caption": t.get("caption")} for t in tables]
        html = build_report_html(run_dir, manifest, executed, run_dir / "report.html")
        manifest["artifacts"] = {"html": "report.html", "xlsx": "tables.xlsx"}
    manifest["status"] = "failed" if failure is not None else "ok"
    manifest["finished"] = _now()
    manifest["duration_seconds"] = round(time.perf_counter() - t_run, 2)
    _write_manifest(run_dir, manifest)
    if failure is not None:
        raise failure
    return ReportRun(run_dir=run_dir, manifest=manifest, html=html, xlsx=xlsx, executed=executed)


def _write_manifest(run_dir, manifest):
    path = Path(run_dir) / "manifest.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n",
                   encoding="utf-8")
    tmp.replace(path)


# ----------------------------------------------------------------------------------------------
# Collecting tables: XLSX workbook
# ----------------------------------------------------------------------------------------------


def collect_published(run_dir, notebook_names) -> list[dict]:
    """List the tables the notebooks published, in notebook and publishing order.

    Returns
    -------
    list of dict
        Keys notebook, name, caption, file (relative to the run directory), path, sheet.
    """
    tables, used = [], {"inhalt", "contents"}
    for nb_name in notebook_names:
        folder = Path(run_dir) / "results" / nb_name
        seen = {}
        index = folder / PUBLISHED_INDEX
        if index.is_file():
            for line in index.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                if entry.get("kind") == "table":
                    seen.pop(entry["name"], None)  # a re-published table takes the later place
                    seen[entry["name"]] = entry
        for csv in sorted((folder / "tables").glob("*.csv")):
            seen.setdefault(csv.stem, {"name": csv.stem, "caption": None})
        for name, entry in seen.items():
            path = folder / "tables" / f"{name}.csv"
            if not path.is_file():
                continue
            tables.append({"notebook": nb_name, "name": name, "caption": entry.get("caption"),
                           "file": str(path.relative_to(run_dir)), "path": path,
                           "sheet": _sheet_name(name, used)})
    return tables


def _sheet_name(name: str, used: set) -> str:
    # Excel: at most 31 characters, unique regardless of case, none of []:*?/\ .
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "Tabelle"
    candidate, i = base, 2
    while candidate.lower() in used:
        suffix = f"~{i}"
        candidate = base[: 31 - len(suffix)] + suffix
        i += 1
    used.add(candidate.lower())
    return candidate


def write_workbook(tables, path, *, language="de") -> Path:
    """Write every table into one XLSX workbook: an index sheet, then one sheet per table."""
    import pandas as pd

    index_name = "Inhalt" if language != "en" else "Contents"
    columns = ["Blatt/Sheet", "Notebook", "Tabelle/Table", "Beschreibung/Caption"]
    index = pd.DataFrame([dict(zip(columns, (t["sheet"], t["notebook"], t["name"],
                                             t.get("caption") or ""), strict=True))
                          for t in tables], columns=columns)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        index.to_excel(writer, sheet_name=index_name, index=False)
        for t in tables:
            frame = pd.read_csv(t["path"], encoding="utf-8")
            frame.to_excel(writer, sheet_name=t["sheet"], index=False)
        for sheet in writer.book.worksheets:
            for column in sheet.columns:
                width = max(len(str(c.value)) if c.value is not None else 0 for c in column)
                sheet.column_dimensions[column[0].column_letter].width = min(max(width, 8) + 2, 60)
            sheet.freeze_panes = "A2"
    return Path(path)


# ----------------------------------------------------------------------------------------------
# Combined HTML report
# ----------------------------------------------------------------------------------------------

_REPORT_CSS = """
body { max-width: 1100px; margin: 0 auto; padding: 0 1.5rem 3rem; }
.el-title { padding: 3rem 0 2rem; border-bottom: 2px solid #3b6ea5; margin-bottom: 2rem;
            page-break-after: always; }
.el-title h1 { font-size: 2rem; margin-bottom: .3rem; }
.el-title dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
.el-title dt { font-weight: 600; }
.el-toc ol { line-height: 1.6; }
.el-toc ol ol { list-style: disc; }
h1.el-part { border-top: 1px solid #ccc; padding-top: 1.5rem; margin-top: 3rem; }
table.dataframe { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: 0.9rem; }
.jp-OutputArea-output { overflow-x: auto; }
.jp-RenderedHTMLCommon table.dataframe { table-layout: auto; }
table.dataframe th, table.dataframe td { border: 1px solid #ddd; padding: 4px 8px; }
table.dataframe tr:nth-child(even) { background: #f6f8fa; }
table.dataframe td.el-text, table.dataframe th { text-align: left !important; }
table.dataframe td.el-num { text-align: right; font-variant-numeric: tabular-nums; }
img { max-width: 100%; height: auto; }
"""

_DROP_MIME = ("application/vnd.jupyter.widget-view+json",
              "application/vnd.jupyter.widget-state+json", "application/javascript",
              "text/javascript")
_HIDE_TAGS = {"remove_cell", "remove-cell", "report-hide", "hide"}


def _heading_of(cell) -> str | None:
    """Return the last ``## `` heading a cell shows (Markdown source or Markdown output)."""
    texts = [cell.source] if cell.cell_type == "markdown" else [
        out.get("data", {}).get("text/markdown", "") for out in cell.get("outputs", [])]
    found = None
    for text in texts:
        for line in str(text).splitlines():
            if re.match(r"#{1,3}\s", line):
                found = line.lstrip("#").strip()
    return found


def _clean_cell(cell, alt: str = ""):
    """Copy a cell for the static report: no widgets, JavaScript or stderr; images get alt text."""
    import copy

    cell = copy.deepcopy(cell)
    if cell.cell_type != "code":
        return cell
    outputs = []
    for out in cell.get("outputs", []):
        # a cell may show several sections (a loop over groups): follow its own headings
        shown = str(out.get("data", {}).get("text/markdown", ""))
        for line in shown.splitlines():
            if re.match(r"#{1,3}\s", line):
                alt = line.lstrip("#").strip()
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            continue  # warnings belong in the executed notebook, not in the report
        if out.get("output_type") in ("display_data", "execute_result"):
            data = {k: v for k, v in out.get("data", {}).items() if k not in _DROP_MIME}
            if not data or set(data) == {"text/plain"} and "widget" in str(out.get("data")):
                continue
            if "image/png" in data:
                # an <img> with alt text (screen readers); nbconvert's own has none
                b64 = "".join(str(data["image/png"]).split())
                data = {"text/html": f'<img src="data:image/png;base64,{b64}" '
                                     f'alt="{_escape(alt or "Abbildung/figure")}">'}
            out["data"] = data
        outputs.append(out)
    cell["outputs"] = outputs
    return cell


def _combined_notebook(parts, title_html: str, language: str):
    """One notebook: title page, then each part's heading and cleaned cells."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    combined = new_notebook()
    title_cell = new_code_cell("", outputs=[new_output("display_data",
                                                       data={"text/html": title_html})])
    combined.cells.append(title_cell)
    for part_title, anchor, path in parts:
        combined.cells.append(new_markdown_cell(
            f'<h1 class="el-part" id="{anchor}">{_escape(part_title)}</h1>'))
        if path is None:
            continue
        nb = nbformat.read(str(path), as_version=4)
        title_dropped, heading = False, part_title
        for cell in nb.cells:
            tags = set(cell.get("metadata", {}).get("tags", []))
            if cell.cell_type == "markdown" and not title_dropped:
                title_dropped = True
                lines = cell.source.lstrip().splitlines()
                if lines and re.match(r"#\s", lines[0]):
                    # the part heading replaces the notebook's own title
                    cell = nbformat.from_dict({**cell, "source": "\n".join(lines[1:]).strip()})
                    if not cell.source:
                        continue
            if tags & (_HIDE_TAGS | {"parameters", "injected-parameters"}):
                continue
            if cell.cell_type == "raw":
                continue
            if cell.cell_type == "markdown" and "papermill-error-cell-tag" in tags:
                continue
            combined.cells.append(_clean_cell(cell, alt=heading))
            heading = _heading_of(cell) or heading
    combined.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                        "language": "python"},
                         "language_info": {"name": "python"}, "title": ""}
    return combined


def _export_html(nb, title: str, language: str) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"language_code": language})
    return body


def _finish_html(html: str, language: str, extra_toc=None) -> str:
    """Remove every script and external resource; number headings; fill the table of contents."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all("script"):
        tag.decompose()  # require.js/MathJax from CDNs: a report must open offline
    for tag in soup.find_all("link"):
        if re.match(r"^(https?:)?//", tag.get("href", "")):
            tag.decompose()
    for tag in soup.select("a.anchor-link"):
        tag.decompose()
    for cell in soup.select("table.dataframe td"):
        # numbers (and suppressed "<5" or missing "–") right, text left: easier to read
        value = cell.get_text(strip=True).replace(",", ".")
        numeric = re.fullmatch(r"[-+]?\d+(\.\d+)?%?|<\d+|–|-|nan", value) is not None
        cell["class"] = cell.get("class", []) + ["el-num" if numeric else "el-text"]
    style = soup.new_tag("style")
    style.string = _REPORT_CSS
    soup.head.append(style)
    toc = soup.find(id="el-toc-list")
    current, n = None, 0
    for heading in soup.find_all(["h1", "h2"]):
        if heading.find_parent(class_="el-title"):
            continue
        n += 1
        heading["id"] = heading.get("id") if heading.name == "h1" and heading.get("id") \
            else f"sec-{n}"
        if toc is None:
            continue
        item = soup.new_tag("li")
        link = soup.new_tag("a", href=f"#{heading['id']}")
        link.string = heading.get_text(" ", strip=True)
        item.append(link)
        if heading.name == "h1" or current is None:
            sub = soup.new_tag("ol")
            item.append(sub)
            toc.append(item)
            current = sub
        else:
            current.append(item)
    for sub in soup.select("#el-toc-list ol"):
        if not sub.contents:
            sub.decompose()
    return str(soup)


def _title_html(title: str, facts: list[tuple[str, str]], language: str) -> str:
    rows = "".join(f"<dt>{_escape(k)}</dt><dd>{_escape(v)}</dd>" for k, v in facts if v)
    text = _TEXT[language]
    return (f'<div class="el-title"><p>{_escape(text["report"])}</p><h1>{_escape(title)}</h1>'
            f"<dl>{rows}</dl>"
            f'<nav class="el-toc"><h3>{_escape(text["toc"])}</h3><ol id="el-toc-list"></ol></nav>'
            "</div>")


def build_report_html(run_dir, manifest, executed, path) -> Path:
    """Combine the executed notebooks into one self-contained HTML report.

    Code cells are hidden, charts are embedded PNG images, tables are plain HTML tables, and
    the file needs nothing from the network (no scripts, no external stylesheets).
    """
    language = manifest["language"]
    text = _TEXT[language]
    survey = manifest["survey"]
    title = survey.get("title") or survey["name"]
    git = manifest.get("git") or {}
    commit = git.get("commit")
    if commit and git.get("dirty"):
        commit += " (+ lokale Änderungen/local changes)"
    rows = survey.get("rows") or {}
    facts = [(text["survey"], survey["name"]),
             (text["created"], manifest["started"]),
             (text["respondents"], str(rows.get("rows_used", "")) if rows else ""),
             (text["seed"], str(manifest["seed"])),
             (text["commit"], commit or ""),
             (text["run"], Path(run_dir).name)]
    if manifest.get("skipped"):
        facts.append((text["skipped"], ", ".join(s["notebook"] for s in manifest["skipped"])))
    parts = []
    for nb_name, nb_path in executed.items():
        de, en = NOTEBOOK_TITLES.get(nb_name, (nb_name, nb_name))
        parts.append((en if language == "en" else de, f"part-{_slug(nb_name)}", nb_path))
    nb = _combined_notebook(parts, _title_html(title, facts, language), language)
    html = _finish_html(_export_html(nb, f"{text['report']}: {title}", language), language)
    Path(path).write_text(html, encoding="utf-8")
    return Path(path)


# ----------------------------------------------------------------------------------------------
# Batch runs and comparison across surveys
# ----------------------------------------------------------------------------------------------


def read_batch(path) -> dict:
    """Read a batch file listing surveys (paths relative to the batch file).

    Format::

        surveys:
          - surveys/esslingen_demo/staff/survey.yml
          - path: surveys/partners/ludwigsburg/survey.yml
            parameters: {n_themes: 6}        # optional, per survey
            notebooks: [maturity]            # optional, per survey
        notebooks: [data_quality, maturity]  # optional, for all surveys
        parameters: {anonymity_threshold: 5} # optional, for all surveys
        language: de                         # optional
        seed: 42                             # optional

    Returns
    -------
    dict
        ``{"jobs": [{"survey", "notebooks", "parameters"}], "language", "seed"}``.
    """
    import yaml

    path = Path(path)
    if not path.is_file():
        raise ReportError(f"Batch-Datei nicht gefunden/batch file not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        raise ReportError(f"{path}: kein gültiges YAML/not valid YAML.") from None
    if not isinstance(data, dict) or not isinstance(data.get("surveys"), list) \
            or not data["surveys"]:
        raise ReportError(f"{path}: braucht eine Liste 'surveys'/needs a list 'surveys'.")
    unknown = set(data) - {"surveys", "notebooks", "parameters", "language", "seed"}
    if unknown:
        raise ReportError(f"{path}: unbekannte Schlüssel/unknown keys: "
                          f"{', '.join(sorted(unknown))}")
    base = path.resolve().parent
    jobs = []
    for entry in data["surveys"]:
        entry = {"path": entry} if isinstance(entry, str) else dict(entry or {})
        if not entry.get("path"):
            raise ReportError(f"{path}: jeder Eintrag braucht 'path'/every entry needs 'path'.")
        jobs.append({"survey": str((base / entry["path"]).resolve()),
                     "notebooks": entry.get("notebooks", data.get("notebooks")),
                     "parameters": {**(data.get("parameters") or {}),
                                    **(entry.get("parameters") or {})}})
    return {"jobs": jobs, "language": data.get("language"), "seed": data.get("seed")}


def _batch_worker(kwargs):
    try:
        run = run_report(**kwargs)
        return {"run_dir": str(run.run_dir), "status": "ok", "error": None}
    except EsslingenLabError as exc:
        return {"run_dir": str(kwargs.get("out")), "status": "failed", "error": str(exc)}


@dataclass
class BatchRun:
    """Result of :func:`run_batch`."""

    batch_dir: Path
    runs: list
    html: Path | None = None
    xlsx: Path | None = None

    @property
    def ok(self) -> bool:
        """True when every survey's report ran."""
        return all(r["status"] == "ok" for r in self.runs)


def run_batch(batch_path, *, jobs=1, out=None, force=False, progress=True, language=None,
              seed=None, outputs_root="outputs", notebook_folder=None) -> BatchRun:
    """Run the reports of several surveys in parallel, then a comparison across them.

    Every survey gets its own run directory inside the batch directory
    (``<batch>/<survey name>/``); the batch directory also holds ``comparison.html``,
    ``comparison.xlsx`` and ``batch.json``. Parameters are validated for every survey before
    any notebook runs.

    Parameters
    ----------
    batch_path : str or Path
        Batch YAML (see :func:`read_batch`).
    jobs : int, default=1
        Surveys run at the same time (a process pool).

    Returns
    -------
    BatchRun
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from tqdm.auto import tqdm

    batch = read_batch(batch_path)
    language = language or batch["language"]
    seed = seed if seed is not None else batch["seed"]
    names, specs = [], []
    for job in batch["jobs"]:
        spec = read_spec_header(job["survey"])
        name = str(spec.get("name") or Path(job["survey"]).parent.name)
        if name in names:
            name = f"{name}_{len(names) + 1}"
        names.append(name)
        specs.append(spec)
        # Fail early: parameters and notebooks of every survey are checked before any run.
        ws = job["parameters"].get("workshop_export")
        selected, _ = resolve_notebooks(job["notebooks"], workshop_export=ws,
                                        folder=notebook_folder)
        validate_parameters(selected, {k: v for k, v in job["parameters"].items()
                                       if k not in ("language", "seed", "workshop_export")})
        _validate_survey(job["survey"])
    batch_name = Path(batch_path).stem
    batch_dir = (Path(out) if out is not None
                 else Path(outputs_root) / f"{batch_name}-{_timestamp()}")
    batch_dir = prepare_run_dir(batch_dir.expanduser().resolve(), force=force)
    record = {"batch": str(Path(batch_path).resolve()), "batch_sha256": sha256_file(batch_path),
              "started": _now(), "jobs": jobs, "runs": []}
    (batch_dir / "batch.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    kwargs_list = [dict(survey_path=job["survey"], notebooks=job["notebooks"],
                        parameters=job["parameters"], language=language, seed=seed,
                        out=str(batch_dir / name), force=False, progress=False,
                        notebook_folder=notebook_folder,
                        cwd=str(Path(batch_path).resolve().parent))
                   for job, name in zip(batch["jobs"], names, strict=True)]
    results = [None] * len(kwargs_list)
    bar = tqdm(total=len(kwargs_list), desc="Befragungen/surveys", unit="survey",
               disable=not progress)
    if jobs <= 1:
        for i, kw in enumerate(kwargs_list):
            results[i] = _batch_worker(kw)
            bar.update(1)
    else:
        # spawn: a fresh interpreter per worker, no inherited kernel sockets or threads
        with ProcessPoolExecutor(max_workers=jobs,
                                 mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(_batch_worker, kw): i for i, kw in enumerate(kwargs_list)}
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                bar.update(1)
    bar.close()
    for name, result in zip(names, results, strict=True):
        result["survey"] = name
    record["runs"] = results
    html = xlsx = None
    ok_runs = [Path(r["run_dir"]) for r in results if r["status"] == "ok"]
    if ok_runs:
        html, xlsx = build_comparison(ok_runs, batch_dir, language=language)
    record["finished"] = _now()
    record["status"] = "ok" if all(r["status"] == "ok" for r in results) else "failed"
    (batch_dir / "batch.json").write_text(json.dumps(record, indent=2, ensure_ascii=False),
                                          encoding="utf-8")
    return BatchRun(batch_dir=batch_dir, runs=results, html=html, xlsx=xlsx)


def comparison_tables(run_dirs) -> list[dict]:
    """Tables published under the same notebook and name by several runs, stacked.

    Each result has a first column ``Befragung/Survey`` naming the run's survey (its city and
    wave when the spec gives them), so e.g. maturity scores of Esslingen and its partner cities
    sit side by side. Respondent counts of each run come first.

    Returns
    -------
    list of dict
        Keys name, caption, table (DataFrame).
    """
    import pandas as pd

    manifests = [json.loads((Path(d) / "manifest.json").read_text(encoding="utf-8"))
                 for d in run_dirs]
    labels = []
    for m in manifests:
        s = m["survey"]
        extra = " ".join(str(x) for x in (s.get("city"), s.get("wave")) if x)
        labels.append(f"{s['name']} ({extra})" if extra else s["name"])
    if len(set(labels)) < len(labels):  # the same survey twice (e.g. a rerun): use run dirs
        labels = [f"{label} [{Path(d).name}]" for label, d in zip(labels, run_dirs, strict=True)]
    overview = pd.DataFrame([{
        "Befragung/Survey": label, "Gruppe/Group": m["survey"].get("respondent_group"),
        "Befragte/Respondents": (m["survey"].get("rows") or {}).get("rows_used"),
        "Seed": m["seed"], "Status": m["status"]}
        for label, m in zip(labels, manifests, strict=True)])
    result = [{"name": "overview", "caption": "Übersicht/Overview", "table": overview,
               "notebook": None}]
    by_key = {}
    for label, m, run_dir in zip(labels, manifests, run_dirs, strict=True):
        for t in m.get("tables", []):
            by_key.setdefault((t["notebook"], t["name"]), []).append(
                (label, Path(run_dir) / t["file"], t.get("caption")))
    for (nb_name, name), entries in by_key.items():
        if len(entries) < 2:
            continue
        frames = []
        for label, path, _ in entries:
            frame = pd.read_csv(path, encoding="utf-8")
            frame.insert(0, "Befragung/Survey", label)
            frames.append(frame)
        stacked = pd.concat(frames, ignore_index=True)
        wide = _side_by_side(nb_name, name, stacked)
        if wide is not None:
            # side-by-side views lead the comparison, before the notebooks' stacked tables
            result.insert(1, {"name": f"{nb_name}_{name}_wide", "caption": entries[0][2] or name,
                              "table": wide, "figure": True, "notebook": None})
        result.append({"name": f"{nb_name}_{name}", "caption": entries[0][2] or name,
                       "table": stacked, "notebook": nb_name})
    return result


#: Tables shown side by side in a batch comparison: (notebook, table) -> (row key, value).
SIDE_BY_SIDE = {("maturity", "scores"): (("Dimension",), ("Reifegrad", "Score"))}


def _side_by_side(nb_name, name, stacked):
    """Pivot a stacked table wide (one column per survey) when it is in :data:`SIDE_BY_SIDE`."""
    spec = SIDE_BY_SIDE.get((nb_name, name))
    if spec is None:
        return None
    key = next((c for c in spec[0] if c in stacked.columns), None)
    value = next((c for c in spec[1] if c in stacked.columns), None)
    if key is None or value is None:
        return None
    # several samples in one run (e.g. citizens and staff) stay apart
    inner = next((c for c in ("Befragung", "Survey") if c in stacked.columns[1:]), None)
    column = stacked["Befragung/Survey"]
    if inner is not None and stacked.groupby("Befragung/Survey")[inner].nunique().max() > 1:
        column = column + " · " + stacked[inner].astype(str)
    frame = stacked.assign(_col=column)
    order = list(dict.fromkeys(frame[key]))
    wide = frame.pivot_table(index=key, columns="_col", values=value, aggfunc="first",
                             sort=False, dropna=False)
    wide = wide.reindex(order)[list(dict.fromkeys(frame["_col"]))]
    wide.columns.name = None
    return wide.reset_index()


def _comparison_figure(wide, language):
    """Draw grouped horizontal bars: one group per row key, one bar per survey."""
    import matplotlib.pyplot as plt
    import numpy as np

    keys = wide.iloc[:, 0].astype(str).tolist()
    cols = list(wide.columns[1:])
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(keys) * max(len(cols), 1) / 2 + 1.5))
    height = 0.8 / max(len(cols), 1)
    y = np.arange(len(keys))
    for i, col in enumerate(cols):
        ax.barh(y + i * height, wide[col].astype(float).to_numpy(), height=height, label=col)
    ax.set_yticks(y + height * (len(cols) - 1) / 2, keys)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.08),
              ncol=min(len(cols), 2))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def build_comparison(run_dirs, batch_dir, *, language=None):
    """Write ``comparison.html`` and ``comparison.xlsx`` for several finished runs."""
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    language = language or "de"
    text = _TEXT[language]
    tables = comparison_tables(run_dirs)
    nb = new_notebook()
    facts = [(text["run"], Path(batch_dir).name), (text["created"], _now())]
    nb.cells.append(new_code_cell("", outputs=[new_output(
        "display_data", data={"text/html": _title_html(text["comparison"], facts, language)})]))
    nb.cells.append(new_markdown_cell(f'<h1 class="el-part">{_escape(text["comparison"])}</h1>'))
    csv_dir = Path(batch_dir) / "comparison"
    csv_dir.mkdir(exist_ok=True)
    entries, used = [], {"inhalt", "contents"}
    part = None
    for t in tables:
        if t["notebook"] != part and t["notebook"] is not None:
            part = t["notebook"]
            de, en = NOTEBOOK_TITLES.get(part, (part, part))
            nb.cells.append(new_markdown_cell(
                f'<h1 class="el-part">{_escape(en if language == "en" else de)}</h1>'))
        nb.cells.append(new_markdown_cell(f"## {t['caption']}"))
        html = t["table"].to_html(index=False, escape=True, na_rep="–", border=0)
        if t.get("figure"):
            import base64
            import io

            import matplotlib.pyplot as plt

            fig = _comparison_figure(t["table"], language)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
            plt.close(fig)
            b64 = base64.b64encode(buffer.getvalue()).decode("ascii")
            html += (f'<img src="data:image/png;base64,{b64}" '
                     f'alt="{_escape(t["caption"])}">')
        nb.cells.append(new_code_cell("", outputs=[new_output("display_data",
                                                              data={"text/html": html})]))
        path = csv_dir / f"{_slug(t['name'])}.csv"
        t["table"].to_csv(path, index=False, encoding="utf-8")
        entries.append({"notebook": "comparison", "name": t["name"], "caption": t["caption"],
                        "path": path, "sheet": _sheet_name(t["name"], used)})
    html = _finish_html(_export_html(nb, text["comparison"], language), language)
    html_path = Path(batch_dir) / "comparison.html"
    html_path.write_text(html, encoding="utf-8")
    xlsx = write_workbook(entries, Path(batch_dir) / "comparison.xlsx", language=language)
    return html_path, xlsx
