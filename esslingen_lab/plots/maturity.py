"""Maturity charts: radar, scores with CIs, citizen-vs-staff gap, services per OZG level.

Each takes a fitted report (duck-typed: ``scores_``, ``gap_``, ``framework_``) or one of its
tables, and returns a :class:`matplotlib.figure.Figure`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from esslingen_lab.plots._base import OKABE_ITO, TEXT, decimal, new_figure, percent_level, wrap

__all__ = ["radar_chart", "score_chart", "gap_chart", "service_level_chart"]


def _is_table(data) -> bool:
    """Tell a table of a report (DataFrame) from the fitted report itself."""
    return isinstance(data, pd.DataFrame)


def _scores_table(data):
    """Scores long table from a fitted MaturityReport or a DataFrame."""
    return data if _is_table(data) else data.scores_


def _dimension_names(data, language):
    return {} if _is_table(data) else data.framework_.names(language)


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
    if not _is_table(data):
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
    fig, ax = new_figure(7.5, 6.5, polar=True)
    for i, (name, row) in enumerate(wide.iterrows()):
        vals = row.to_numpy(dtype=float)
        closed = np.append(vals, vals[:1])
        ang = np.append(angles, angles[:1])
        colour = OKABE_ITO[i % len(OKABE_ITO)]
        ax.plot(ang, closed, color=colour, linewidth=2, marker="o", label=str(name))
        ax.fill(ang, np.nan_to_num(closed), color=colour, alpha=0.08)
    ax.set_xticks(angles)
    ax.set_xticklabels([wrap(lab, 18) for lab in labels], fontsize=9)
    ax.set_ylim(0, 100)
    ax.set_yticks([20, 40, 60, 80, 100])
    ax.set_yticklabels(["20", "40", "60", "80", "100"], fontsize=7, color="#555555")
    ax.set_title(title or TEXT.text("radar", language), pad=18)
    if len(wide) > 0:
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, frameon=False)
    return fig


def score_chart(data, *, samples=None, language="de", title=None):
    """Dimension scores as points with CI whiskers; several samples side by side.

    The title names the report's confidence level (95 % for a table).

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
    fig, ax = new_figure(9 if len(sample_list) > 1 else 8,
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
    ax.set_xlabel(TEXT.text("score", language))
    ax.set_title(title or TEXT.text("scores", language,
                                    level=percent_level(
                                        0.95 if _is_table(data) else data.confidence,
                                        language)))
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
    gap = data if _is_table(data) else data.gap_
    txt = TEXT.table(language)
    if city is not None:
        gap = gap[gap["city"] == city]
    elif len(gap):
        first = gap[["sample_citizens", "sample_staff"]].iloc[0]
        gap = gap[(gap["sample_citizens"] == first.iloc[0])
                  & (gap["sample_staff"] == first.iloc[1])]
    gap = gap.dropna(subset=["score_citizens", "score_staff"])
    names = _dimension_names(data, language)
    labels = [names.get(d, n) for d, n in zip(gap["dimension"], gap["name"], strict=True)]
    fig, ax = new_figure(8.5, 0.55 * max(len(gap), 1) + 1.6)
    y = np.arange(len(gap))
    ax.hlines(y, gap["score_citizens"], gap["score_staff"], color="#999999", linewidth=2)
    ax.plot(gap["score_citizens"], y, "o", color=OKABE_ITO[0], markersize=8,
            label=txt["citizens"])
    ax.plot(gap["score_staff"], y, "s", color=OKABE_ITO[1], markersize=8, label=txt["staff"])
    for yi, (_, row) in zip(y, gap.iterrows(), strict=True):
        if pd.notna(row.get("ci_low")):
            ax.annotate(decimal(f"{row['gap']:+.1f} [{row['ci_low']:+.1f}; "
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
    txt = TEXT.table(language)
    col = "name_en" if language == "en" else "name"
    lv = m["levels"]
    counts = [int((levels["level"] == v).sum()) for v in lv["level"]]
    fig, ax = new_figure(8, 4)
    colours = [OKABE_ITO[0] if v >= m["target_level"] else "#999999" for v in lv["level"]]
    ax.bar([f"{v}\n{n}" for v, n in zip(lv["level"], lv[col], strict=True)], counts,
           color=colours)
    share = float((levels["level"] >= m["target_level"]).mean()) if len(levels) else 0.0
    ax.set_ylabel(txt["n_services"])
    ax.set_title(title or f"{txt['services']} — {txt['target']} ≥ {m['target_level']}: "
                          f"{share:.0%}")
    return fig
