"""Workshop results tables and charts (used by notebooks/workshop_results.ipynb).

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

from pathlib import Path

from esslingen_lab.defaults import DEFAULT_N_THEMES, DEFAULT_SEED
from esslingen_lab.files import restore_frame
from esslingen_lab.i18n import Catalogue
from esslingen_lab.reports.errors import ReportError

# ----------------------------------------------------------------------------------------------
# Workshop results (used by notebooks/workshop_results.ipynb)
# ----------------------------------------------------------------------------------------------

#: CSV files of ``esslingen-lab workshop export`` that the workshop notebook reads.
WORKSHOP_FILES = ("results", "rounds", "themes")
#: The workshop's curation in the export (see ``esslingen_lab.workshop.export``).
THEME_MAP = "theme_map.json"

#: Headings, captions and column names of the workshop part of a report.
WS_TEXT = Catalogue.from_pairs("reports.workshop_results", {
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
    "yes": ("ja", "yes"),
    "edits": ("Workshop-Bearbeitungen, die sich nicht (ganz) auf die Themen dieses Berichts "
              "übertragen ließen", "Workshop edits that did not (fully) carry over to this "
              "report's themes"),
    "step": ("Schritt", "Step"), "edit": ("Bearbeitung", "Edit"),
    "rename": ("Umbenennen", "Rename"), "merge": ("Zusammenführen", "Merge"),
    "split": ("Aufteilen", "Split"), "move": ("Antworten verschieben", "Move answers"),
    "partial": ("teilweise übertragen", "partly carried over"),
    "skipped": ("nicht übertragen", "not carried over"),
})

#: ``ws_text(key, language, **values)``: a workshop heading, caption or column name.
ws_text = WS_TEXT.text


def read_workshop_export(folder) -> dict:
    """Read the CSV files written by ``esslingen-lab workshop export``.

    Parameters
    ----------
    folder : str or Path

    Returns
    -------
    dict
        ``results``, ``rounds`` and ``themes`` (and any other CSV found there) as
        DataFrames; ``theme_map``: the workshop's curation as a ThemeMap (exports of
        workshops with themes).

    Raises
    ------
    ReportError
        The folder or one of the required files is missing.
    """
    folder = Path(folder)
    missing = [f"{n}.csv" for n in WORKSHOP_FILES if not (folder / f"{n}.csv").is_file()]
    if not folder.is_dir() or missing:
        raise ReportError(reason="report_workshop_incomplete", path=folder,
                          missing=", ".join(missing) or folder.name)
    # utf-8-sig: the export writes a BOM so that Excel shows umlauts; restore_frame gives
    # back the exact titles the CSV writer guarded against formulas ("'=…" → "=…")
    tables = {p.stem: _read_table(p) for p in sorted(folder.glob("*.csv"))}
    if (folder / THEME_MAP).is_file():
        from esslingen_lab.themes.curation import ThemeMap

        tables["theme_map"] = ThemeMap.from_json(folder / THEME_MAP)
    return tables


def _read_table(path):
    import pandas as pd

    try:
        return restore_frame(pd.read_csv(path, encoding="utf-8-sig"))
    except pd.errors.EmptyDataError:  # e.g. no round yet: the export wrote an empty table
        return pd.DataFrame()


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


def workshop_results(tables, round_id, language: str = "de", *, k: int = 5):
    """Ranking of one round's items: rank, item, dots, share of dots, voters, impact, effort.

    A mean impact or effort from fewer than ``k`` people is left empty: it would show one
    person's (or a few people's) own rating.
    """
    import numpy as np

    res = tables["results"]
    res = res[res["round_id"] == round_id].sort_values("rank")
    total = max(int(res["dots"].sum()), 1)
    means = {}
    for name in ("impact", "effort"):
        raters = res[f"{name}_ratings"] if f"{name}_ratings" in res else res["voters"]
        mean = res[f"{name}_mean"].astype(float).round(2)
        means[name] = mean.where(raters.astype(float) >= k, np.nan)
    table = res.assign(dots_share=(100 * res["dots"] / total).round(1), **means)
    table = table.rename(columns={"title": "item"})[
        ["rank", "item", "dots", "dots_share", "voters", "impact", "effort"]]
    return table.reset_index(drop=True).rename(
        columns={c: ws_text(c, language) for c in table.columns})


def workshop_dots_figure(table, language: str = "de", *, top: int = 15):
    """Horizontal bar chart of dots per item (from :func:`workshop_results`)."""
    from matplotlib.figure import Figure

    head = table.head(top)
    labels = [str(t) if len(str(t)) <= 45 else str(t)[:44] + "…"
              for t in head[ws_text("item", language)]]
    fig = Figure(figsize=(7, 0.38 * max(len(head), 3) + 1))
    ax = fig.add_subplot()
    ax.barh(labels[::-1], head[ws_text("dots", language)].tolist()[::-1], color="#3b6ea5")
    ax.set_xlabel(ws_text("dots", language))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def workshop_matrix_figure(table, language: str = "de"):
    """Impact-effort matrix of the rated items (None when no item was rated)."""
    from matplotlib.figure import Figure

    impact, effort = ws_text("impact", language), ws_text("effort", language)
    rated = table.dropna(subset=[impact, effort])
    if rated.empty:
        return None
    fig = Figure(figsize=(6, 5))
    ax = fig.add_subplot()
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


def curated_theme_map(tables, model=None):
    """Return the workshop's curation, carried over to the report's own fit of the question.

    Parameters
    ----------
    tables : dict
        From :func:`read_workshop_export`.
    model : ThemeModel, default=None
        The report's fit of the workshop's question (same survey; with the workshop's seed
        and number of themes it has the same themes, and every edit applies). None keeps
        the workshop's own themes.

    Returns
    -------
    theme_map : ThemeMap or None
        None for an export without ``theme_map.json`` (older versions).
    edits : pandas.DataFrame or None
        One row per edit (``version``, ``op``, ``status``, ``reason``) when ``model`` was
        given (:meth:`ThemeMap.reapply_to`).
    """
    theme_map = tables.get("theme_map")
    if theme_map is None or model is None:
        return theme_map, None
    return theme_map.reapply_to(model)


def workshop_theme_model(tables, survey_path, n_themes=DEFAULT_N_THEMES, *, seed=DEFAULT_SEED,
                         cache_dir=None):
    """Return the report's fit of the question the workshop curated (None when none).

    Through :func:`esslingen_lab.themes.question.fit_question` with the report's
    parameters, so it is the fit the themes part of the same run shows (and loads from
    ``cache_dir``); None for exports without a theme map, and when the report's survey has
    no such question (the workshop worked on another survey).
    """
    theme_map = tables.get("theme_map")
    question = (theme_map.base.get("fit", {}) if theme_map is not None else {}).get("question")
    if not question or not survey_path:
        return None
    from esslingen_lab.surveys import load_survey
    from esslingen_lab.themes.question import fit_question, free_text_questions

    survey = load_survey(survey_path)
    if question not in free_text_questions(survey) or survey.texts(question).empty:
        return None
    return fit_question(survey, question, n_themes, seed=seed, cache_dir=cache_dir)


def workshop_themes(tables, language: str = "de", *, model=None):
    """Curated themes: label, keywords, size, irrelevant flag (no answer texts).

    From the workshop's ThemeMap (applied to ``model``, the report's fit, when given: see
    :func:`curated_theme_map`); from ``themes.csv`` for exports without a map.
    """
    import pandas as pd

    theme_map, _ = curated_theme_map(tables, model)
    if theme_map is not None:
        current = theme_map.themes()
        current = current[current["status"].isin(["active", "irrelevant"])]
        table = pd.DataFrame({"theme": current["label"],
                              "keywords": current["keywords"].map(", ".join),
                              "size": current["size"],
                              "irrelevant": current["status"] == "irrelevant"})
    else:
        themes = tables["themes"]
        cols = [c for c in ("label", "keywords", "size", "irrelevant") if c in themes.columns]
        table = themes[cols].rename(columns={"label": "theme"})
    if "irrelevant" in table.columns:
        table["irrelevant"] = table["irrelevant"].astype(bool).map(
            {True: ws_text("yes", language), False: ""})
    if "size" in table.columns:
        table = table.sort_values("size", ascending=False, kind="stable")
    return table.reset_index(drop=True).rename(
        columns={c: ws_text(c, language) for c in table.columns})


def workshop_theme_edits(tables, model, language: str = "de"):
    """Workshop edits that did not (fully) carry over to the report's fit, one row each.

    Empty when every edit applied (the report fitted the workshop's question with the
    workshop's seed and number of themes), and without a theme map or ``model``: nothing
    of the workshop's curation is dropped without a line saying so.
    """
    import pandas as pd

    _, edits = curated_theme_map(tables, model)
    columns = ["step", "edit", "status"]
    if edits is None:
        return pd.DataFrame(columns=[ws_text(c, language) for c in columns])
    missed = edits[edits["status"] != "applied"]
    table = pd.DataFrame({
        "step": missed["version"],
        "edit": [ws_text(op, language) for op in missed["op"]],
        "status": [ws_text(status, language) for status in missed["status"]]})
    return table.reset_index(drop=True).rename(columns={c: ws_text(c, language)
                                                        for c in columns})
