"""Workshop results tables and charts (used by notebooks/workshop_results.ipynb).

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

from pathlib import Path

from esslingen_lab.files import restore_frame
from esslingen_lab.reports.errors import ReportError

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
    # utf-8-sig: the export writes a BOM so that Excel shows umlauts; restore_frame gives
    # back the exact titles the CSV writer guarded against formulas ("'=…" → "=…")
    return {p.stem: restore_frame(pd.read_csv(p, encoding="utf-8-sig"))
            for p in sorted(folder.glob("*.csv"))}


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


