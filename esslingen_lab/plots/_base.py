"""Shared pieces of the charts: palette, words, an empty Figure, saving, number text.

Figures are built without pyplot (no global state, safe on headless servers).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from matplotlib.figure import Figure

from esslingen_lab.i18n import Catalogue

__all__ = ["OKABE_ITO", "TEXT", "new_figure", "save_figure", "decimal", "wrap", "percent_level"]

# Okabe & Ito (2008) palette, distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000"]

#: Titles, axis labels and legends of every chart.
TEXT = Catalogue.from_pairs("plots", {
    "score": ("Reifegrad (0–100)", "Maturity score (0–100)"),
    "radar": ("Digitaler Reifegrad nach Dimension", "Digital maturity by dimension"),
    "scores": ("Reifegrad je Dimension mit {level}-%-Konfidenzintervall",
               "Maturity by dimension with {level} % confidence interval"),
    "gap": ("Bürger:innen und Beschäftigte im Vergleich", "Citizens and staff compared"),
    "citizens": ("Bürger:innen", "Citizens"),
    "staff": ("Beschäftigte", "Staff"),
    "gap_axis": ("Differenz Bürger:innen − Beschäftigte (Punkte)",
                 "Difference citizens − staff (points)"),
    "heatmap": ("Anteil der Befragten, die das Thema nennen",
                "Share of respondents raising the theme"),
    "share": ("Anteil (%)", "Share (%)"),
    "residual_note": ("Zahl in Klammern: angepasstes Residuum (|r| > 2 auffällig); "
                      "grau: ausgeblendet (zu wenige Befragte)",
                      "In brackets: adjusted residual (|r| > 2 notable); grey: hidden "
                      "(too few respondents)"),
    "services": ("Reifegrad der Verwaltungsleistungen (OZG)",
                 "Maturity of administrative services (OZG)"),
    "n_services": ("Anzahl Leistungen", "Number of services"),
    "target": ("OZG-Ziel", "OZG target"),
    "suppressed": ("ausgeblendet", "hidden"),
    "curve": ("Lernkurve des Klassifikators", "Learning curve of the classifier"),
    "n_coded": ("Anzahl kodierter Antworten (Training)", "Number of coded answers (training)"),
    "macro_f1": ("Makro-F1 (Kreuzvalidierung)", "Macro-F1 (cross-validated)"),
    "answers": ("Antworten je Aussage", "Answers per statement"),
    "answers_axis": ("Anteil der gültigen Antworten (%) – links Ablehnung, rechts Zustimmung",
                     "Share of valid answers (%) – disagree left, agree right"),
    "dont_know": ("weiß nicht / k. A. (%)", "don't know / no answer (%)"),
    "item_score": ("Wert\n0–100", "Score\n0–100"),
    "disagree": ("lehne ab", "disagree"),
    "neutral": ("teils/teils", "neither"),
    "agree": ("stimme zu", "agree"),
})


def new_figure(width, height, polar=False):
    """Return a constrained-layout :class:`~matplotlib.figure.Figure` and its one axes."""
    fig = Figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot(projection="polar" if polar else None)
    return fig, ax


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


def decimal(text, language):
    """Write the numbers in ``text`` with a decimal comma in German charts."""
    if language == "en":
        return text
    return re.sub(r"(?<=\d)\.(?=\d)", ",", text)


def percent_level(confidence, language) -> str:
    """Write a confidence level as a percentage: ``95``, ``99,5`` (German) or ``99.5``."""
    return decimal(f"{float(confidence) * 100:.10g}", language)


def wrap(text, width):
    """Wrap a label onto lines of at most ``width`` characters (words kept whole)."""
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text
