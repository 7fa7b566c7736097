"""Charts: maturity (radar, scores with CIs, gaps, services), themes, answers, general bars.

Every function takes fitted results (a fitted estimator or its tables) or plain values and
returns a :class:`matplotlib.figure.Figure` built without pyplot (safe on headless servers,
no global state), in the colour-blind-safe Okabe–Ito palette with German labels by default.
Nothing here imports the analysis modules, so any of them may draw through it.
"""

from esslingen_lab.plots._base import OKABE_ITO, TEXT, save_figure
from esslingen_lab.plots.answers import diverging_bars, learning_curve_chart, theme_heatmap
from esslingen_lab.plots.general import (
    bar_chart,
    grouped_bar_chart,
    histogram_chart,
    matrix_chart,
)
from esslingen_lab.plots.maturity import gap_chart, radar_chart, score_chart, service_level_chart

__all__ = [
    "OKABE_ITO",
    "TEXT",
    "radar_chart",
    "score_chart",
    "gap_chart",
    "theme_heatmap",
    "service_level_chart",
    "diverging_bars",
    "learning_curve_chart",
    "bar_chart",
    "grouped_bar_chart",
    "histogram_chart",
    "matrix_chart",
    "save_figure",
]
