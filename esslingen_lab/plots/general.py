"""General charts for the other parts of the package: bars, grouped bars, histogram, matrix.

They take plain values and words (already in the reader's language) and return a
:class:`matplotlib.figure.Figure` without touching pyplot, so report, quality, themes and
workshop modules draw through them instead of ``plt.subplots``.
"""

from __future__ import annotations

import numpy as np

from esslingen_lab.plots._base import OKABE_ITO, new_figure, wrap

__all__ = ["bar_chart", "grouped_bar_chart", "histogram_chart", "matrix_chart"]

#: Bar colour of the plain charts (the first colour of the Okabe–Ito palette).
_BAR = OKABE_ITO[0]


def _tidy(ax):
    ax.spines[["top", "right"]].set_visible(False)


def bar_chart(labels, values, *, xlabel="", notes=None, colours=None, xlim=None, title=None,
              width=7.0, wrap_at=45):
    """Horizontal bars, the first label on top (theme sizes, missing shares, dots).

    Parameters
    ----------
    labels : sequence of str
        One label per bar, in reading order.
    values : sequence of float
    xlabel : str, default=""
    notes : sequence of str, optional
        Text written right of each bar (e.g. ``" 12  (0,85)"``).
    colours : sequence of str, optional
        One colour per bar (e.g. grey for outliers); default one colour.
    xlim : tuple of float, optional
    title : str, optional
    width : float, default=7.0
        Figure width in inches; the height follows the number of bars.
    wrap_at : int, default=45
        Characters per line of a label.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> fig = bar_chart(["Termine", "WLAN"], [12, 5], xlabel="Antworten")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Termine', 'WLAN']
    """
    labels = [wrap(str(label), wrap_at) for label in labels]
    values = np.asarray(values, dtype=float)
    fig, ax = new_figure(width, 0.38 * max(len(labels), 3) + 1)
    y = np.arange(len(labels))
    ax.barh(y, values, color=_BAR if colours is None else list(colours))
    for yi, note in zip(y, notes or [], strict=False):
        ax.text(values[yi], yi, note, va="center", fontsize=8)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    if xlim is not None:
        ax.set_xlim(*xlim)
    if title:
        ax.set_title(title)
    _tidy(ax)
    return fig


def grouped_bar_chart(keys, series, *, intervals=None, xlim=(0, 100), title=None):
    """Draw grouped horizontal bars: one group per key, one bar per series (e.g. survey).

    Parameters
    ----------
    keys : sequence of str
        Row labels (e.g. dimensions), top to bottom.
    series : dict of str → sequence of float
        Bar values per series, aligned with ``keys``.
    intervals : dict of str → (low, high), optional
        Interval bounds per series (drawn as whiskers).
    xlim : tuple of float, default=(0, 100)
    title : str, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    keys = [str(k) for k in keys]
    fig, ax = new_figure(8, 0.25 * len(keys) * max(len(series), 1) + 1.5)
    height = 0.8 / max(len(series), 1)
    y = np.arange(len(keys))
    for i, (name, values) in enumerate(series.items()):
        values = np.asarray(values, dtype=float)
        error = None
        if intervals and name in intervals:
            low, high = (np.asarray(b, dtype=float) for b in intervals[name])
            error = np.vstack([values - low, high - values])
        ax.barh(y + i * height, values, height=height, label=str(name), xerr=error,
                color=OKABE_ITO[i % len(OKABE_ITO)],
                error_kw={"elinewidth": 1, "capsize": 2, "ecolor": "#333333"})
    ax.set_yticks(y + height * (len(series) - 1) / 2, keys)
    ax.invert_yaxis()
    ax.set_xlim(*xlim)
    ax.legend(frameon=False, fontsize=8, loc="upper center",
              bbox_to_anchor=(0.5, -0.08), ncol=min(max(len(series), 1), 2))
    if title:
        ax.set_title(title)
    _tidy(ax)
    return fig


def histogram_chart(samples, *, xlabel="", ylabel="", max_bins=30):
    """Overlaid histograms of whole numbers, one per named sample (e.g. words per answer).

    Parameters
    ----------
    samples : dict of str → sequence of float
    xlabel, ylabel : str
    max_bins : int, default=30

    Returns
    -------
    matplotlib.figure.Figure
    """
    fig, ax = new_figure(7, 3.5)
    arrays = {name: np.asarray(v, dtype=float) for name, v in samples.items()}
    top = max([int(v.max()) for v in arrays.values() if len(v)] + [1])
    bins = np.linspace(0, top + 1, min(top + 2, max_bins))
    for i, (name, values) in enumerate(arrays.items()):
        ax.hist(values, bins=bins, histtype="stepfilled", alpha=0.55, edgecolor="white",
                color=OKABE_ITO[i % len(OKABE_ITO)], label=str(name))
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if arrays:
        ax.legend(frameon=False)
    _tidy(ax)
    return fig


def matrix_chart(x, y, *, sizes=None, labels=None, xlabel="", ylabel="", limits=(0.8, 5.2),
                 guides=(3, 3), hints=(), label_size=8):
    """Two-rating matrix (e.g. effort × impact): one numbered bubble per item.

    One chart for the workshop's live projector view and the report's workshop results.

    Parameters
    ----------
    x, y : sequence of float
        Ratings of each item.
    sizes : sequence of float, optional
        Bubble areas in points² (e.g. from dots); default 40.
    labels : sequence of str, optional
        Text in each bubble (e.g. the item's rank).
    xlabel, ylabel : str
    limits : tuple of float, default=(0.8, 5.2)
        Range of both axes.
    guides : tuple of float, default=(3, 3)
        Where the quadrant lines cross (x, y).
    hints : sequence of (x, y, text, ha), default=()
        Grey words in the quadrants (e.g. "Quick wins" top left), so no legend is needed.
    label_size : int, default=8
        Font size of the bubble labels (larger for a projector).

    Returns
    -------
    matplotlib.figure.Figure
    """
    fig, ax = new_figure(6, 5)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    ax.scatter(x, y, s=40 if sizes is None else np.asarray(sizes, dtype=float), color=_BAR,
               alpha=0.7)
    for xi, yi, text in zip(x, y, labels or [], strict=False):
        ax.annotate(str(text), (xi, yi), ha="center", va="center", color="white",
                    fontsize=label_size, fontweight="bold")
    for hx, hy, text, ha in hints:
        ax.text(hx, hy, str(text), ha=ha, va="top", fontsize=label_size, color="#555555")
    ax.axvline(guides[0], color="#999999", linewidth=0.8)
    ax.axhline(guides[1], color="#999999", linewidth=0.8)
    ax.set(xlim=limits, ylim=limits, xlabel=xlabel, ylabel=ylabel)
    _tidy(ax)
    return fig
