"""The demo as a new user sees it: `esslingen-lab demo` summaries and no planted PII leaking."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.surveys import load_survey

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "surveys" / "esslingen_demo"
SPECS = [DEMO / "citizens" / "survey.yml", DEMO / "staff" / "survey.yml"]


def planted_pii() -> list[str]:
    lines = (DEMO / "planted_pii.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def demo_surveys():
    return [load_survey(spec) for spec in SPECS]


def test_demo_command_prints_both_quality_summaries(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["demo", "--no-report", "--no-workshop"])
    assert result.exit_code == 0, result.output
    assert "Zeilen gelesen: 616, verwendet: 600, ausgeschlossen: 16" in result.output
    assert "Zeilen gelesen: 257, verwendet: 250, ausgeschlossen: 7" in result.output
    assert "Häufigste Wörter" in result.output
    # Sirnau has 3 respondents: shown suppressed, never as a count
    assert "Sirnau <5" in result.output


def test_planted_personal_data_never_in_loaded_answers(demo_surveys):
    shown = "\n".join(s.responses.to_csv() for s in demo_surveys)
    shown += "\n".join(s.texts().to_csv() for s in demo_surveys)
    leaked = [value for value in planted_pii() if value in shown]
    assert leaked == []


def test_planted_personal_data_is_in_the_raw_exports(demo_surveys):
    # the check above is meaningful: the raw text does contain the invented data
    raw = "\n".join(s.raw_texts().to_csv() for s in demo_surveys)
    found = [value for value in planted_pii() if value in raw]
    assert len(found) > 80


def test_identifier_columns_are_dropped(demo_surveys):
    citizens = demo_surveys[0]
    assert not {"name", "email"} & set(citizens.responses.columns)


def _leaks(folder: Path) -> list[tuple[str, str]]:
    values = planted_pii()
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".csv", ".ipynb", ".json", ".svg", ".txt"}:
            text = path.read_text(encoding="utf-8", errors="ignore")
            hits += [(path.name, v) for v in values if v in text]
    return hits


def test_planted_personal_data_never_in_theme_outputs(tmp_path):
    out, themes = tmp_path / "themes.csv", tmp_path / "themenliste.csv"
    result = CliRunner().invoke(main, [
        "themes", str(SPECS[0]), "--question", "aergernis", "--n-themes", "6",
        "--seed", "3", "--output", str(out), "--themes-output", str(themes)])
    assert result.exit_code == 0, result.output
    assert themes.stat().st_size > 0
    assert _leaks(tmp_path) == []


@pytest.mark.slow
def test_planted_personal_data_never_in_the_demo_report(tmp_path):
    run = tmp_path / "run"
    result = CliRunner().invoke(main, [
        "report", str(SPECS[0]), "-n", "data_quality,themes,compare", "--out", str(run),
        "--quiet"])
    assert result.exit_code == 0, result.output
    assert (run / "report.html").exists()
    assert _leaks(run) == []
    # the group comparison talks about the same themes as the themes section
    import pandas as pd

    # one section per free-text question; the comparison uses the first question
    themes = pd.read_csv(run / "results" / "themes" / "tables" / "themes_online_wunsch.csv")
    compared = pd.read_csv(run / "results" / "compare" / "tables" / "themes.csv")
    assert themes.equals(compared)
