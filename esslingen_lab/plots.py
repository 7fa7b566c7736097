"""Charts: maturity (radar, scores with CIs, gaps, services), theme heatmap, learning curve.

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot (safe on
headless servers), uses the colour-blind-safe Okabe–Ito palette and German labels by default.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "OKABE_ITO",
    "radar_chart",
    "score_chart",
    "gap_chart",
    "theme_heatmap",
    "service_level_chart",
    "diverging_bars",
    "learning_curve_chart",
    "save_figure",
]

# Okabe & Ito (2008) palette, distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000"]

_TEXT = {
    "de": {
        "score": "Reifegrad (0–100)",
        "radar": "Digitaler Reifegrad nach Dimension",
        "scores": "Reifegrad je Dimension mit 95-%-Konfidenzintervall",
        "gap": "Bürger:innen und Beschäftigte im Vergleich",
        "citizens": "Bürger:innen",
        "staff": "Beschäftigte",
        "gap_axis": "Differenz Bürger:innen − Beschäftigte (Punkte)",
        "heatmap": "Anteil der Befragten, die das Thema nennen",
        "share": "Anteil (%)",
        "residual_note": "Zahl in Klammern: angepasstes Residuum (|r| > 2 auffällig); "
                         "grau: ausgeblendet (zu wenige Befragte)",
        "services": "Reifegrad der Verwaltungsleistungen (OZG)",
        "n_services": "Anzahl Leistungen",
        "target": "OZG-Ziel",
        "suppressed": "ausgeblendet",
        "curve": "Lernkurve des Klassifikators",
        "n_coded": "Anzahl kodierter Antworten (Training)",
        "macro_f1": "Makro-F1 (Kreuzvalidierung)",
        "answers": "Antworten je Aussage",
        "answers_axis": "Anteil der gültigen Antworten (%) – links Ablehnung, rechts Zustimmung",
        "dont_know": "weiß nicht / k. A. (%)",
        "item_score": "Wert\n0–100",
        "categories": ("lehne ab", "teils/teils", "stimme zu"),
    },
    "en": {
        "score": "Maturity score (0–100)",
        "radar": "Digital maturity by dimension",
        "scores": "Maturity by dimension with 95 % confidence interval",
        "gap": "Citizens and staff compared",
        "citizens": "Citizens",
        "staff": "Staff",
        "gap_axis": "Difference citizens − staff (points)",
        "heatmap": "Share of respondents raising the theme",
        "share": "Share (%)",
        "residual_note": "In brackets: adjusted residual (|r| > 2 notable); grey: hidden "
                         "(too few respondents)",
        "services": "Maturity of administrative services (OZG)",
        "n_services": "Number of services",
        "target": "OZG target",
        "suppressed": "hidden",
        "curve": "Learning curve of the classifier",
        "n_coded": "Number of coded answers (training)",
        "macro_f1": "Macro-F1 (cross-validated)",
        "answers": "Answers per statement",
        "answers_axis": "Share of valid answers (%) – disagree left, agree right",
        "dont_know": "don't know / no answer (%)",
        "item_score": "Score\n0–100",
        "categories": ("disagree", "neither", "agree"),
    },
}


def _t(language):
    return _TEXT.get(language, _TEXT["de"])


def _figure(width, height, polar=False):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot(projection="polar" if polar else None)
    return fig, ax


def _scores_table(data):
    """Scores long table from a fitted MaturityReport or a DataFrame."""
    return data.scores_ if hasattr(data, "scores_") else data


def _dimension_names(data, language):
    if hasattr(data, "framework_"):
        return data.framework_.names(language)
    return {}


def radar_chart(data, *, group=None, dimensions=None, language="de", title=None,
                overall=False):
    """Radar (spider) chart: one polygon per sample, city or group.

    Parameters
    ----------
    data : MaturityReport or pandas.DataFrame
        A fitted report (one polygon per sample, from ``scores_``), or a wide table such as
        :meth:`MaturityReport.by_group` (one row per group, one column per dimension;
        suppressed cells such as ``"<5"`` are skipped, fully suppressed rows dropped).
    group : str, default=None
        Column of a wide table naming the polygons (e.g. ``"altersgruppe"``).
    dimensions : list of str, default=None
        Axes in order; default every dimension with at least one value.
    language : {"de", "en"}, default="de"
    title : str, default=None
    overall : bool, default=False
        Include the overall index as an axis.

    Returns
    -------
    matplotlib.figure.Figure
    """
    names = _dimension_names(data, language)
    if hasattr(data, "scores_"):
        scores = data.scores_
        if not overall:
            scores = scores[scores["dimension"] != "gesamt"]
        wide = scores.pivot_table(index="sample", columns="dimension", values="score",
                                  sort=False)
        order = [d for d in scores["dimension"].unique() if d in wide.columns]
        wide = wide[order].rename(columns=names)
    else:
        wide = data.set_index(group) if group else data
        wide = wide.drop(columns=[c for c in ("sample", "n") if c in wide.columns])
        wide = wide.apply(pd.to_numeric, errors="coerce")
    if dimensions is not None:
        wide = wide[[names.get(d, d) for d in dimensions]]
    wide = wide.dropna(axis=1, how="all").dropna(axis=0, how="all")
    labels = list(wide.columns)
    angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False)
    fig, ax = _figure(7.5, 6.5, polar=True)
    for i, (name, row) in enumerate(wide.iterrows()):
        vals = row.to_numpy(dtype=float)
        closed = np.append(vals, vals[:1])
        ang = np.append(angles, angles[:1])
        colour = OKABE_ITO[i % len(OKABE_ITO)]
        ax.plot(ang, closed, color=colour, linewidth=2, marker="o", label=str(name))
        ax.fill(ang, np.nan_to_num(closed), color=colour, alpha=0.08)
    ax.set_xticks(angles)
    ax.set_xticklabels([_wrap(lab, 18) for lab in labels], fontsize=9)
    ax.set_ylim(0, 100)
    ax.set_yticks([20, 40, 60, 80, 100])
    ax.set_yticklabels(["20", "40", "60", "80", "100"], fontsize=7, color="#555555")
    ax.set_title(title or _t(language)["radar"], pad=18)
    if len(wide) > 0:
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, frameon=False)
    return fig


def score_chart(data, *, samples=None, language="de", title=None):
    """Dimension scores as points with 95 % CI whiskers; several samples side by side.

    Parameters
    ----------
    data : MaturityReport or pandas.DataFrame
        Fitted report or its ``scores_`` table (columns sample, dimension, name, score,
        ci_low, ci_high).
    samples : list of str, default=None
        Samples to show; default all.
    language : {"de", "en"}, default="de"
    title : str, default=None

    Returns
    -------
    matplotlib.figure.Figure
    """
    scores = _scores_table(data)
    names = _dimension_names(data, language)
    if samples is not None:
        scores = scores[scores["sample"].isin(samples)]
    dims = [d for d in scores["dimension"].unique()
            if scores.loc[scores["dimension"] == d, "score"].notna().any()]
    labels = [names.get(d) or scores.loc[scores["dimension"] == d, "name"].iloc[0]
              for d in dims]
    sample_list = list(dict.fromkeys(scores["sample"]))
    fig, ax = _figure(9 if len(sample_list) > 1 else 8,
                      0.42 * len(dims) * (1 + 0.25 * (len(sample_list) - 1)) + 1.4)
    height = 0.8 / max(1, len(sample_list))
    for i, s in enumerate(sample_list):
        part = scores[scores["sample"] == s].set_index("dimension").reindex(dims)
        y = np.arange(len(dims)) - 0.4 + height * (i + 0.5)
        x = part["score"].to_numpy(dtype=float)
        err = np.vstack([x - part["ci_low"].to_numpy(dtype=float),
                         part["ci_high"].to_numpy(dtype=float) - x])
        ax.errorbar(x, y, xerr=np.nan_to_num(err), fmt="o", color=OKABE_ITO[i % 8],
                    capsize=3, label=str(s))
    for bound in (20, 40, 60, 80):  # default level thresholds as faint guides
        ax.axvline(bound, color="#dddddd", linewidth=0.8, zorder=0)
    ax.set_yticks(np.arange(len(dims)))
    ax.set_yticklabels(labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel(_t(language)["score"])
    ax.set_title(title or _t(language)["scores"])
    if len(sample_list) > 1:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def gap_chart(data, *, language="de", title=None, city=None):
    """Citizen-vs-staff gap per dimension: both scores as a dumbbell, gap CI as text.

    Parameters
    ----------
    data : MaturityReport or pandas.DataFrame
        Fitted report or its ``gap_`` table.
    language : {"de", "en"}, default="de"
    title : str, default=None
    city : str, default=None
        Which city/wave block of the gap table to show; default the first.

    Returns
    -------
    matplotlib.figure.Figure
    """
    gap = data.gap_ if hasattr(data, "gap_") else data
    txt = _t(language)
    if city is not None:
        gap = gap[gap["city"] == city]
    elif len(gap):
        first = gap[["sample_citizens", "sample_staff"]].iloc[0]
        gap = gap[(gap["sample_citizens"] == first.iloc[0])
                  & (gap["sample_staff"] == first.iloc[1])]
    gap = gap.dropna(subset=["score_citizens", "score_staff"])
    names = _dimension_names(data, language)
    labels = [names.get(d, n) for d, n in zip(gap["dimension"], gap["name"], strict=True)]
    fig, ax = _figure(8.5, 0.55 * max(len(gap), 1) + 1.6)
    y = np.arange(len(gap))
    ax.hlines(y, gap["score_citizens"], gap["score_staff"], color="#999999", linewidth=2)
    ax.plot(gap["score_citizens"], y, "o", color=OKABE_ITO[0], markersize=8,
            label=txt["citizens"])
    ax.plot(gap["score_staff"], y, "s", color=OKABE_ITO[1], markersize=8, label=txt["staff"])
    for yi, (_, row) in zip(y, gap.iterrows(), strict=True):
        if pd.notna(row.get("ci_low")):
            ax.annotate(_decimal(f"{row['gap']:+.1f} [{row['ci_low']:+.1f}; "
                                 f"{row['ci_high']:+.1f}]", language),
                        (101, yi), va="center", fontsize=8, annotation_clip=False)
    ax.set_yticks(y)
    ax.set_yticklabels(labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel(txt["score"])
    ax.set_title(title or txt["gap"])
    ax.legend(fontsize=8, frameon=False, loc="lower left")
    return fig


def theme_heatmap(comparison, *, language="de", title=None, max_themes=30):
    """Theme × group heatmap of shares, annotated with adjusted residuals.

    Cells hidden by the anonymity threshold are grey and show no number.

    Parameters
    ----------
    comparison : esslingen_lab.compare.ThemeComparison
        Fitted comparison.
    language : {"de", "en"}, default="de"
    title : str, default=None
    max_themes : int, default=30
        Show the most frequent themes only.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.colors import LinearSegmentedColormap

    txt = _t(language)
    k = comparison.min_group_size
    counts = comparison.counts_
    order = counts.sum(axis=1).sort_values(ascending=False).index[:max_themes]
    shares = (comparison.shares_.loc[order] * 100).astype(float)
    resid = comparison.residuals_.loc[order]
    # Same pattern as the published table: a cell is shown only if it survives suppression.
    visible = comparison.table().set_index("theme").loc[order]
    hidden = np.zeros(shares.shape, dtype=bool)
    for j, g in enumerate(shares.columns):
        hidden[:, j] = visible[f"{g} %"].astype(str).str.startswith("<").to_numpy()
    data = np.ma.masked_array(shares.to_numpy(), mask=hidden)
    cmap = LinearSegmentedColormap.from_list("oi_blue", ["#ffffff", OKABE_ITO[0]]).with_extremes(
        bad="#cccccc")
    fig, ax = _figure(1.3 * shares.shape[1] + 4.5, 0.42 * len(order) + 2.0)
    # Scale to the visible cells only: a hidden cell's share must not set the colour range.
    top = float(data.max()) if data.count() else 1.0
    im = ax.imshow(data, cmap=cmap, aspect="auto", vmin=0, vmax=max(1.0, top))
    for i in range(shares.shape[0]):
        for j in range(shares.shape[1]):
            if hidden[i, j]:
                ax.text(j, i, f"<{k}", ha="center", va="center", fontsize=7, color="#555555")
                continue
            r = resid.iat[i, j]
            label = f"{shares.iat[i, j]:.0f} %" + ("" if pd.isna(r) else
                                                   _decimal(f"\n({r:+.1f})", language))
            dark = shares.iat[i, j] > 0.6 * max(1.0, top)
            ax.text(j, i, label, ha="center", va="center", fontsize=7,
                    color="white" if dark else "black",
                    fontweight="bold" if not pd.isna(r) and abs(r) > 2 else "normal")
    ax.set_xticks(range(shares.shape[1]))
    ax.set_xticklabels([str(c) for c in shares.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([_wrap(str(t), 40) for t in order], fontsize=8)
    ax.set_title(title or txt["heatmap"])
    ax.set_xlabel(txt["residual_note"], fontsize=7)
    fig.colorbar(im, ax=ax, label=txt["share"], shrink=0.8)
    return fig


def service_level_chart(levels, model, *, language="de", title=None):
    """Bar chart of services per OZG level with the target level marked.

    Parameters
    ----------
    levels : pandas.DataFrame
        Output of :func:`esslingen_lab.maturity.service_levels`.
    model : dict
        The OZG model the levels were computed with
        (:func:`esslingen_lab.maturity.load_ozg_model`); plots draw fitted results only.

    Returns
    -------
    matplotlib.figure.Figure
    """
    m = model
    txt = _t(language)
    col = "name_en" if language == "en" else "name"
    lv = m["levels"]
    counts = [int((levels["level"] == v).sum()) for v in lv["level"]]
    fig, ax = _figure(8, 4)
    colours = [OKABE_ITO[0] if v >= m["target_level"] else "#999999" for v in lv["level"]]
    ax.bar([f"{v}\n{n}" for v, n in zip(lv["level"], lv[col], strict=True)], counts,
           color=colours)
    share = float((levels["level"] >= m["target_level"]).mean()) if len(levels) else 0.0
    ax.set_ylabel(txt["n_services"])
    ax.set_title(title or f"{txt['services']} — {txt['target']} ≥ {m['target_level']}: "
                          f"{share:.0%}")
    return fig


def diverging_bars(distribution, *, scores=None, language="de", title=None, wrap=48):
    """Diverging stacked bars: who disagrees, is undecided, agrees with each statement.

    Disagreement extends left of zero, agreement right, "teils/teils" straddles zero; "weiß
    nicht"/no answer is shown apart in its own panel (share of everyone asked), and the
    statement's 0–100 score is written beside its bar.

    Parameters
    ----------
    distribution : pandas.DataFrame
        Columns wording, disagree, neutral, agree (shares 0–1 of valid answers), n,
        n_missing — as from :func:`esslingen_lab.reports.findings.answer_distribution`.
    scores : mapping, default=None
        Item → score 0–100 (e.g. ``MaturityReport.items_``), keyed by the ``item`` column.
    language : {"de", "en"}, default="de"
    title : str, default=None
    wrap : int, default=48
        Characters per line of a statement's wording.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from matplotlib.figure import Figure

    t = _t(language)
    data = distribution.reset_index(drop=True)
    rows = len(data)
    fig = Figure(figsize=(10, 0.55 * rows + 1.8), layout="constrained")
    grid = fig.add_gridspec(1, 3, width_ratios=[5, 1.1, 0.5])
    ax, ax_dk, ax_score = (fig.add_subplot(grid[0, i]) for i in range(3))
    y = np.arange(rows)
    disagree = 100 * data["disagree"].to_numpy(float)
    neutral = 100 * data["neutral"].to_numpy(float)
    agree = 100 * data["agree"].to_numpy(float)
    colours = ("#D55E00", "#BBBBBB", "#0072B2")
    ax.barh(y, -disagree, left=-neutral / 2, color=colours[0], label=t["categories"][0])
    ax.barh(y, neutral, left=-neutral / 2, color=colours[1], label=t["categories"][1])
    ax.barh(y, agree, left=neutral / 2, color=colours[2], label=t["categories"][2])
    for i in range(rows):
        for value, x, dark in ((disagree[i], -neutral[i] / 2 - disagree[i] / 2, True),
                               (agree[i], neutral[i] / 2 + agree[i] / 2, True)):
            if value >= 8:
                ax.text(x, i, f"{value:.0f}", ha="center", va="center", fontsize=8,
                        color="white" if dark else "black")
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlim(-100, 100)
    ax.set_xticks([-100, -50, 0, 50, 100], ["100", "50", "0", "50", "100"])
    ax.set_yticks(y, [_wrap(str(w), wrap) for w in data["wording"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(t["answers_axis"], fontsize=8)
    fig.suptitle(title or t["answers"])
    fig.legend(ncol=3, frameon=False, fontsize=8, loc="outside lower center")
    asked = (data["n"] + data["n_missing"]).to_numpy(float)
    dont_know = np.divide(100 * data["n_missing"].to_numpy(float), asked,
                          out=np.zeros(rows), where=asked > 0)
    ax_dk.barh(y, dont_know, color="#999999")
    for i, value in enumerate(dont_know):
        ax_dk.text(value + 1, i, f"{value:.0f}", va="center", fontsize=8)
    ax_dk.set_xlim(0, max(40, float(np.nanmax(dont_know, initial=0)) + 10))
    ax_dk.set_yticks(y, [""] * rows)
    ax_dk.invert_yaxis()
    ax_dk.set_xlabel(t["dont_know"], fontsize=8)
    ax_score.set_axis_off()
    ax_score.set_ylim(ax.get_ylim())
    if scores is not None:
        ax_score.set_title(t["item_score"], fontsize=8)
        for i, item in enumerate(data.get("item", data.index)):
            value = scores.get(item) if hasattr(scores, "get") else None
            if value is not None and not pd.isna(value):
                ax_score.text(0.5, i, f"{float(value):.0f}", ha="center", va="center",
                              fontsize=9, transform=ax_score.transData)
        ax_score.set_xlim(0, 1)
    for axis in (ax, ax_dk):
        axis.spines[["top", "right"]].set_visible(False)
    return fig


def learning_curve_chart(curve, *, language="de", title=None):
    """Macro-F1 against the number of coded answers, with ± 1 standard deviation.

    A curve still rising at the right end says coding more answers pays off.

    Parameters
    ----------
    curve : pandas.DataFrame
        Output of :func:`esslingen_lab.coding.active.learning_curve` (n_coded, macro_f1,
        macro_f1_std).

    Returns
    -------
    matplotlib.figure.Figure
    """
    txt = _t(language)
    fig, ax = _figure(6, 3.5)
    x, y, sd = curve["n_coded"], curve["macro_f1"], curve["macro_f1_std"]
    ax.fill_between(x, y - sd, y + sd, color=OKABE_ITO[0], alpha=0.2, linewidth=0)
    ax.plot(x, y, marker="o", color=OKABE_ITO[0])
    ax.set_ylim(0, 1)
    ax.set_xlabel(txt["n_coded"])
    ax.set_ylabel(txt["macro_f1"])
    ax.set_title(title or txt["curve"])
    ax.grid(alpha=0.3)
    return fig


def save_figure(fig, path, *, dpi=150):
    """Save a figure as PNG and SVG next to each other.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : str or Path
        Target without or with suffix; ``charts/radar`` writes ``radar.png`` and ``radar.svg``.

    Returns
    -------
    tuple of Path
        (png_path, svg_path)
    """
    path = Path(path)
    stem = path.with_suffix("") if path.suffix.lower() in {".png", ".svg"} else path
    stem.parent.mkdir(parents=True, exist_ok=True)
    png, svg = stem.with_name(stem.name + ".png"), stem.with_name(stem.name + ".svg")
    fig.savefig(png, dpi=dpi, bbox_inches="tight")
    fig.savefig(svg, bbox_inches="tight")
    return png, svg


def _decimal(text, language):
    """Write the numbers in ``text`` with a decimal comma in German charts."""
    if language == "en":
        return text
    import re

    return re.sub(r"(?<=\d)\.(?=\d)", ",", text)


def _wrap(text, width):
    import textwrap

    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text
