"""Tests of the ``esslingen-lab maturity`` command (CliRunner, demo surveys when present)."""

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main

ROOT = Path(__file__).resolve().parents[1]
CITIZENS = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
STAFF = ROOT / "surveys" / "esslingen_demo" / "staff" / "survey.yml"
PARTNERS = sorted((ROOT / "surveys" / "partners").glob("*/survey.yml"))


def write_survey(folder: Path, group: str, wave: str, rows: list[dict]) -> Path:
    folder.mkdir(parents=True)
    pd.DataFrame(rows).to_csv(folder / "daten.csv", index=False)
    items = {"strat_m1": "", "strat_m2": "", "kompetenz_m1": ""}
    likert = "\n".join(f"  {c}: {{dimension: x, scale: z5, wording: w}}" for c in items)
    (folder / "survey.yml").write_text(
        f"name: test_{wave}\nrespondent_group: {group}\ncity: Esslingen\nwave: '{wave}'\n"
        f"id_column: id\nfiles:\n  - path: daten.csv\nlikert_scales:\n  z5:\n    min: 1\n"
        f"    max: 5\n    labels: {{}}\n    missing: ['weiß nicht']\nlikert:\n{likert}\n"
        f"groups: [fachbereich]\n", encoding="utf-8")
    return folder / "survey.yml"


def rows(n, offset):
    return [{"id": i, "strat_m1": 1 + (i + offset) % 5, "strat_m2": 1 + (i * 3 + offset) % 5,
             "kompetenz_m1": 1 + (i + 2 * offset) % 5,
             "fachbereich": ["Bürgeramt", "Bauamt", "IT"][i % 3] if i < n - 2 else "Archiv"}
            for i in range(n)]


def test_two_waves_give_tables_workbook_and_charts(tmp_path):
    a = write_survey(tmp_path / "w2018", "staff", "2018", rows(40, 0))
    b = write_survey(tmp_path / "w2020", "staff", "2020", rows(45, 1))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["maturity", str(a), str(b), "--output", str(out),
                                       "--n-boot", "200", "--seed", "3", "--services", "demo"])
    assert result.exit_code == 0, result.output
    assert "Esslingen · Beschäftigte · 2018" in result.output
    for name in ("reifegrad", "items", "reliabilitaet", "vergleich", "nach_fachbereich",
                 "leistungen"):
        assert (out / "tables" / f"{name}.csv").exists()
    sheets = pd.ExcelFile(out / "reifegrad.xlsx").sheet_names
    assert "vergleich" in sheets and "nach_fachbereich" in sheets
    assert (out / "charts" / "radar.png").exists() and (out / "charts" / "radar.svg").exists()
    groups = pd.read_csv(out / "tables" / "nach_fachbereich.csv")
    assert (groups.loc[groups["fachbereich"] == "Archiv", "n"] == "<5").all()
    # same seed → same numbers
    again = CliRunner().invoke(main, ["maturity", str(a), str(b), "--output",
                                      str(tmp_path / "o2"), "--n-boot", "200", "--seed", "3",
                                      "--no-charts"])
    assert again.exit_code == 0
    pd.testing.assert_frame_equal(pd.read_csv(out / "tables" / "reifegrad.csv"),
                                  pd.read_csv(tmp_path / "o2" / "tables" / "reifegrad.csv"))


def test_user_mistakes_give_one_line_errors(tmp_path):
    bad = tmp_path / "survey.yml"
    bad.write_text("name: [kaputt\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["maturity", str(bad), "--output", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output and result.output.startswith("Fehler: ")
    assert len(result.output.strip().splitlines()) == 1
    ok = write_survey(tmp_path / "s", "staff", "2020", rows(20, 0))
    result = CliRunner().invoke(main, ["maturity", str(ok), "--output", str(tmp_path / "o"),
                                       "--services", str(tmp_path / "fehlt.csv")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    # an unreadable cell of a services table: the message names the file, row and column
    from esslingen_lab.maturity import demo_services

    services = demo_services()
    criterion = services.columns[-1]
    services.loc[3, criterion] = "vielleicht"
    services.to_csv(tmp_path / "leistungen.csv", index=False)
    result = CliRunner().invoke(main, ["maturity", str(ok), "--output", str(tmp_path / "o2"),
                                       "--services", str(tmp_path / "leistungen.csv")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "leistungen.csv" in result.output and "5" in result.output
    assert criterion in result.output


def test_spec_can_point_at_another_framework(tmp_path):
    path = write_survey(tmp_path / "s", "staff", "2020", rows(30, 0))
    (path.parent / "mein_modell.yml").write_text(
        "name: mein\nlevels:\n  - {level: 1, min_score: 0, name: niedrig}\n"
        "  - {level: 2, min_score: 50, name: hoch}\ndimensions:\n  fuehrung:\n"
        "    name: Führung\n    items: {strat_m1: {}, strat_m2: {}}\n", encoding="utf-8")
    with path.open("a", encoding="utf-8") as fh:
        fh.write("framework: mein_modell.yml\n")
    result = CliRunner().invoke(main, ["maturity", str(path), "--output", str(tmp_path / "o"),
                                       "--n-boot", "100", "--no-charts"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "o" / "charts").exists()
    scores = pd.read_csv(tmp_path / "o" / "tables" / "reifegrad.csv")
    assert set(scores["dimension"]) == {"fuehrung", "gesamt"}
    assert set(scores["level_name"].dropna()) <= {"niedrig", "hoch"}


@pytest.mark.skipif(not (CITIZENS.exists() and STAFF.exists()),
                    reason="demo surveys not generated (surveys/esslingen_demo)")
def test_demo_citizens_and_staff_give_a_gap_table(tmp_path):
    result = CliRunner().invoke(main, ["maturity", str(CITIZENS), str(STAFF), "--output",
                                       str(tmp_path), "--n-boot", "200", "--lang", "en",
                                       "--by", "stadtteil"])
    assert result.exit_code == 0, result.output
    gap = pd.read_csv(tmp_path / "tables" / "luecke_buerger_beschaeftigte.csv")
    assert gap["gap"].notna().sum() >= 7
    assert (tmp_path / "charts" / "luecke.png").exists()


def test_failure_half_way_leaves_the_earlier_output_untouched(tmp_path, monkeypatch):
    from esslingen_lab import plots

    path = write_survey(tmp_path / "s", "staff", "2020", rows(30, 0))
    out = tmp_path / "o"
    args = ["maturity", str(path), "--output", str(out), "--n-boot", "100", "--seed", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(plots, "save_figure", disk_full)
    result = CliRunner().invoke(main, args[:-1] + ["2"])  # other seed: other numbers
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "kein Platz mehr auf dem Datenträger" in result.output  # the reason, in German
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before  # no table of the failed run replaced the earlier one
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
