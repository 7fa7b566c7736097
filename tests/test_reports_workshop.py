"""The workshop results notebook reads a workshop export and lands in the report."""

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab import reports
from esslingen_lab.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "report_survey" / "survey.yml"


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory):
    store_mod = pytest.importorskip("esslingen_lab.workshop.store")
    export_mod = pytest.importorskip("esslingen_lab.workshop.export")
    base = tmp_path_factory.mktemp("workshop")
    store = store_mod.WorkshopStore.create(base / "ws.db", "radtag", title="Radtag")
    store.import_themes([
        {"label": "Beleuchtung", "keywords": ["licht", "radweg"],
         "answers": [{"respondent": f"R{i}", "question": "radverkehr", "text": "Mehr Licht"}
                     for i in range(6)]},
        {"label": "Abstellanlagen", "keywords": ["parken"],
         "answers": [{"respondent": "R9", "question": "radverkehr", "text": "Bügel"}]},
    ], actor="Moderation")
    themes = store.themes()
    round_id = store.create_round("Was zuerst?", [
        {"title": t["label"], "theme_id": t["id"]} for t in themes] + [{"title": "Radschnellweg"}],
        actor="Moderation")
    store.open_round(round_id, actor="Moderation")
    items = store.round(round_id)["items"]
    code = store.meta()["code"]
    for i in range(6):
        token = store.join(code)
        store.submit_ballot(token, round_id, {
            items[0]["id"]: {"dots": 3, "impact": 5, "effort": 2},
            items[2]["id"]: {"dots": 1 + i % 2, "impact": 3, "effort": 4}})
    store.close_round(round_id, actor="Moderation")
    export_mod.export_workshop(base / "ws.db", base / "export")
    return base / "export"


def test_workshop_tables(export_dir):
    tables = reports.read_workshop_export(export_dir)
    ranking = reports.workshop_results(tables, int(tables["rounds"]["id"].iloc[0]), "de")
    assert ranking["Maßnahme/Thema"].tolist()[0] == "Beleuchtung"
    assert ranking["Punkte"].tolist() == [18, 9, 0]
    assert ranking["Anteil Punkte (%)"].sum() == pytest.approx(100, abs=0.2)
    assert reports.workshop_rounds(tables, "en")["Ballots"].tolist() == [6]
    assert ranking["Wirkung (Mittel 1–5)"].tolist()[:2] == [5.0, 3.0]  # six people rated
    # with a threshold above the six raters, no mean shows one small group's own ratings
    hidden = reports.workshop_results(tables, int(tables["rounds"]["id"].iloc[0]), "de", k=7)
    assert hidden["Wirkung (Mittel 1–5)"].isna().all()
    assert hidden["Aufwand (Mittel 1–5)"].isna().all()
    with pytest.raises(reports.ReportError, match="results.csv"):
        reports.read_workshop_export(export_dir.parent)
    # ratings stay whole numbers in the export, a missing rating stays empty
    ballots = (export_dir / "ballots.csv").read_text(encoding="utf-8-sig")
    assert ".0," not in ballots and not ballots.rstrip().endswith(".0")


def test_report_with_workshop_export(export_dir, tmp_path):
    out = tmp_path / "run"
    result = CliRunner().invoke(main, ["report", str(FIXTURE), "-n", "workshop_results",
                                       "--workshop-export", str(export_dir), "--out", str(out),
                                       "--lang", "en", "-q"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    hashed = {Path(i["path"]).name for i in manifest["inputs"]}
    assert {"results.csv", "themes.csv", "survey.yml"} <= hashed
    assert manifest["parameters"]["workshop_export"] == str(export_dir.resolve())
    html = (out / "report.html").read_text(encoding="utf-8")
    for key in ("rounds", "results", "themes"):
        assert reports.WS_TEXT.text(key, "en") in html  # English report
    assert manifest["language"] == "en" and "Workshop results" in html
    assert "Radschnellweg" in html and "Traceback" not in html
    book = pd.read_excel(out / "tables.xlsx", sheet_name=None)
    sheets = {t["name"]: t["sheet"] for t in manifest["tables"]}
    assert sheets["workshop_themes"] in book and list(book)[0] == "Contents"


def test_workshop_export_must_exist(tmp_path):
    result = CliRunner().invoke(main, ["report", str(FIXTURE), "--workshop-export",
                                       str(tmp_path / "fehlt")])
    assert result.exit_code != 0 and "fehlt" in result.output
