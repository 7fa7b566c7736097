"""Tests of esslingen_lab.plots: figures build headless, show German/English text, hide cells."""

import warnings
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from esslingen_lab import plots
from esslingen_lab.compare import SmallSampleWarning, ThemeComparison
from esslingen_lab.maturity import (
    LowReliabilityWarning,
    MaturityReport,
    demo_services,
    load_framework,
    load_ozg_model,
    service_levels,
)

FW = load_framework()


def frame(group, n, shift, seed):
    rng = np.random.default_rng(seed)
    cols = FW.items.query("respondent_group == @group")["column"]
    latent = rng.normal(size=n)
    return pd.DataFrame({c: np.clip(np.round(3 + shift + latent + rng.normal(size=n)), 1, 5)
                         for c in cols})


@pytest.fixture(scope="module")
def report():
    cit = frame("citizens", 120, 0.3, 1)
    cit["stadtteil"] = ["Altstadt"] * 60 + ["Zell"] * 57 + ["Sirnau"] * 3
    sta = frame("staff", 80, -0.2, 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LowReliabilityWarning)
        return MaturityReport(n_boot=200, random_state=0).fit(
            {"Bürger": cit, "Verwaltung": sta}, respondent_group=None)


def texts(fig):
    fig.draw_without_rendering()  # tick labels exist only after a draw
    out = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    return " ".join(out)


def test_backend_is_not_interactive_and_figures_are_plain(report):
    fig = plots.radar_chart(report)
    assert isinstance(fig, Figure)
    assert "Digitaler Reifegrad" in texts(fig)
    assert "Bürger" in texts(fig) and "Verwaltung" in texts(fig)


def test_radar_of_groups_skips_suppressed_rows(report):
    table = report.by_group("stadtteil")
    fig = plots.radar_chart(table, group="stadtteil")
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "Sirnau" not in legend and "Altstadt" in legend


def test_score_chart_has_ci_whiskers_and_english_option(report):
    fig = plots.score_chart(report, language="en")
    assert "confidence interval" in texts(fig)
    assert "Strategy and leadership" in texts(fig)
    assert "Strategie und Führung" in texts(plots.score_chart(report))


def test_gap_chart_annotates_gap_with_ci(report):
    report.gap_.loc[:, "city"] = None
    fig = plots.gap_chart(report)
    row = report.gap_.set_index("dimension").loc["strategie"]
    english = f"{row['gap']:+.1f} [{row['ci_low']:+.1f}; {row['ci_high']:+.1f}]"
    assert english.replace(".", ",") in texts(fig)  # German chart: decimal comma
    assert "Beschäftigte" in texts(fig)
    assert english in texts(plots.gap_chart(report, language="en"))


def test_theme_heatmap_never_prints_a_hidden_share():
    rows = []
    for group, size, raised in [("A", 50, 20), ("B", 40, 3), ("C", 2, 1)]:
        for i in range(size):
            rid = f"{group}{i}"
            rows.append({"respondent_id": rid, "theme": "Termine" if i < raised else None,
                         "gruppe": group})
            rows.append({"respondent_id": rid, "theme": "WLAN" if i % 2 else None,
                         "gruppe": group})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SmallSampleWarning)
        cmp = ThemeComparison(random_state=0).fit(pd.DataFrame(rows), "gruppe")
    fig = plots.theme_heatmap(cmp)
    shown = texts(fig)
    assert "<5" in shown
    hidden_share = f"{cmp.shares_.loc['Termine', 'B'] * 100:.0f} %"  # 3 of 40 → "8 %"
    assert hidden_share not in shown
    assert f"{cmp.shares_.loc['Termine', 'A'] * 100:.0f} %" in shown


def test_service_chart_and_save_png_svg(tmp_path):
    fig = plots.service_level_chart(service_levels(demo_services()), load_ozg_model())
    assert "Online-Leistung" in texts(fig)
    png, svg = plots.save_figure(fig, tmp_path / "charts" / "leistungen.png")
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_learning_curve_chart_plots_the_curve_in_both_languages():
    curve = pd.DataFrame({"n_coded": [20, 40, 80], "macro_f1": [0.3, 0.45, 0.6],
                          "macro_f1_std": [0.1, 0.05, 0.04], "n_folds": 5})
    fig = plots.learning_curve_chart(curve)
    ax = fig.axes[0]
    x, y = ax.lines[0].get_data()
    assert list(x) == [20, 40, 80] and list(y) == [0.3, 0.45, 0.6]
    assert "Makro-F1" in ax.get_ylabel() and "kodierter Antworten" in ax.get_xlabel()
    en = plots.learning_curve_chart(curve, language="en").axes[0]
    assert "Macro-F1" in en.get_ylabel() and "coded answers" in en.get_xlabel()


def test_diverging_bars_show_every_statement_and_dont_know_apart():
    from esslingen_lab.reports import findings
    from esslingen_lab.surveys import load_survey

    survey = load_survey(Path(__file__).parent / "fixtures" / "report_survey" / "survey.yml",
                         redact=False)
    dist = findings.answer_distribution(survey)
    fig = plots.diverging_bars(dist, scores={"strat_b1": 43.4}, language="de")
    shown = texts(fig)
    assert "lehne ab" in shown and "stimme zu" in shown and "weiß nicht" in shown
    assert "43" in shown  # the 0–100 score beside its bar
    main = fig.axes[0]
    assert len(main.get_yticklabels()) == len(dist)
    # disagreement drawn left of zero, agreement right
    bars = [p for p in main.patches]
    assert min(b.get_x() for b in bars) < 0 < max(b.get_x() + b.get_width() for b in bars)


def test_score_chart_title_names_the_reports_confidence(report):
    report.confidence = 0.9
    try:
        assert "90-%-Konfidenzintervall" in plots.score_chart(report).axes[0].get_title()
        assert "90 % confidence" in plots.score_chart(report, language="en").axes[0].get_title()
    finally:
        report.confidence = 0.95


def test_general_charts_draw_what_they_are_given():
    fig = plots.bar_chart(["Termine", "WLAN", "Radwege"], [12, 5, 0], xlabel="Antworten",
                          notes=[" 12 (0,85)", " 5", " 0"], colours=["#0072B2"] * 2 + ["grey"])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Termine", "WLAN", "Radwege"]
    assert [p.get_width() for p in ax.patches] == [12, 5, 0]
    assert " 12 (0,85)" in texts(fig) and ax.get_xlabel() == "Antworten"
    grouped = plots.grouped_bar_chart(["strategie", "daten"], {"2024": [40, 60], "2026": [50, 70]},
                                      intervals={"2026": ([45, 65], [55, 75])})
    bars = grouped.axes[0].patches
    assert sorted(p.get_width() for p in bars) == [40, 50, 60, 70]
    hist = plots.histogram_chart({"q1": [1, 2, 2, 5], "q2": []}, xlabel="Wörter")
    assert hist.axes[0].get_xlabel() == "Wörter" and "q1" in texts(hist)
    matrix = plots.matrix_chart([1, 4], [5, 2], sizes=[40, 80], labels=["1", "2"],
                                xlabel="Aufwand", ylabel="Wirkung",
                                hints=[(0.9, 5.1, "Schnelle Erfolge", "left")])
    offsets = matrix.axes[0].collections[0].get_offsets()
    assert offsets.tolist() == [[1, 5], [4, 2]] and "Wirkung" in texts(matrix)
    assert "Schnelle Erfolge" in texts(matrix)


def test_plots_import_no_analysis_module_and_no_pyplot():
    import ast

    for path in Path(plots.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert "matplotlib.pyplot" not in imported, path.name
        inside = {m for m in imported if m and m.startswith("esslingen_lab.")}
        assert inside <= {"esslingen_lab.i18n"} | {m for m in inside
                                                   if m.startswith("esslingen_lab.plots")}
        calls = [n.func.attr for n in ast.walk(tree)
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]
        assert "use" not in calls, path.name  # no matplotlib.use() switching the backend
