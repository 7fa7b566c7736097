"""Charts of themes, answers and coding: theme heatmap, diverging Likert bars, learning curve."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from esslingen_lab.plots._base import OKABE_ITO, TEXT, decimal, new_figure
from esslingen_lab.plots._base import wrap as wrap_text

__all__ = ["theme_heatmap", "diverging_bars", "learning_curve_chart"]


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

    txt = TEXT.table(language)
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
    fig, ax = new_figure(1.3 * shares.shape[1] + 4.5, 0.42 * len(order) + 2.0)
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
                                                   decimal(f"\n({r:+.1f})", language))
            dark = shares.iat[i, j] > 0.6 * max(1.0, top)
            ax.text(j, i, label, ha="center", va="center", fontsize=7,
                    color="white" if dark else "black",
                    fontweight="bold" if not pd.isna(r) and abs(r) > 2 else "normal")
    ax.set_xticks(range(shares.shape[1]))
    ax.set_xticklabels([str(c) for c in shares.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([wrap_text(str(t), 40) for t in order], fontsize=8)
    ax.set_title(title or txt["heatmap"])
    ax.set_xlabel(txt["residual_note"], fontsize=7)
    fig.colorbar(im, ax=ax, label=txt["share"], shrink=0.8)
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
    t = TEXT.table(language)
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
    ax.barh(y, -disagree, left=-neutral / 2, color=colours[0], label=t["disagree"])
    ax.barh(y, neutral, left=-neutral / 2, color=colours[1], label=t["neutral"])
    ax.barh(y, agree, left=neutral / 2, color=colours[2], label=t["agree"])
    for i in range(rows):
        for value, x, dark in ((disagree[i], -neutral[i] / 2 - disagree[i] / 2, True),
                               (agree[i], neutral[i] / 2 + agree[i] / 2, True)):
            if value >= 8:
                ax.text(x, i, f"{value:.0f}", ha="center", va="center", fontsize=8,
                        color="white" if dark else "black")
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlim(-100, 100)
    ax.set_xticks([-100, -50, 0, 50, 100], ["100", "50", "0", "50", "100"])
    ax.set_yticks(y, [wrap_text(str(w), wrap) for w in data["wording"]], fontsize=8)
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
            value = scores.get(item)
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
    txt = TEXT.table(language)
    fig, ax = new_figure(6, 3.5)
    x, y, sd = curve["n_coded"], curve["macro_f1"], curve["macro_f1_std"]
    ax.fill_between(x, y - sd, y + sd, color=OKABE_ITO[0], alpha=0.2, linewidth=0)
    ax.plot(x, y, marker="o", color=OKABE_ITO[0])
    ax.set_ylim(0, 1)
    ax.set_xlabel(txt["n_coded"])
    ax.set_ylabel(txt["macro_f1"])
    ax.set_title(title or txt["curve"])
    ax.grid(alpha=0.3)
    return fig
