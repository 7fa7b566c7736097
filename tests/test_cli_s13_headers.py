"""Look-alike, case-only and unnamed columns in a header: refused in one line, never lost.

Review of session 13: ``redact`` wrote one of two look-alike "téxt" columns (decomposed and
composed) and one of "Text"/"text" unredacted; an XLSX column without a name was dropped
with its values, a CSV one was written back as "Unnamed: 2".
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.errors import InputError
from esslingen_lab.surveys import read_table

NFD, NFC = "te\u0301xt", "t\u00e9xt"
ANSWERS = ("Kübler", "Weber", "0711")


def _write(path, rows, sep=","):
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        for row in rows:
            book.active.append([v if v != "" else None for v in row])
        book.save(path)
    else:
        path.write_text("\n".join(sep.join(row) for row in rows) + "\n", encoding="utf-8")


def _redact(data, out, column, lang=None):
    args = ["redact", str(data), "--text-column", column, "-o", str(out)]
    return CliRunner().invoke(main, args + (["--lang", lang] if lang else []))


def _one_line_refusal(result, data, out, words):
    assert result.exit_code != 0
    line = result.output.strip()
    assert "\n" not in line and "Traceback" not in line
    assert str(data) in line
    assert all(word in line for word in words), line
    assert not any(answer in line for answer in ANSWERS)  # no answer in the error
    assert not out.exists() or out.read_text(encoding="utf-8") == "alt\n"


HEADERS = {
    "nfd_nfc": (["id", NFD, NFC], NFC),
    "zero_width": (["id", "text", "text\u200b"], "text"),
    "nbsp": (["id", "text", "\u00a0text"], "text"),
    "case": (["id", "Text", "text"], "text"),
}


@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_look_alike_names_are_refused(tmp_path, header, suffix, lang):
    names, typed = HEADERS[header]
    data, out = tmp_path / f"in{suffix}", tmp_path / "out.csv"
    _write(data, [names, ["1", "Herr Kübler ruft an", "Frau Weber 0711 123456"]])
    result = _redact(data, out, typed, lang)
    words = ["umbenennen"] if lang == "de" else ["rename"]
    if header != "nbsp":  # a no-break space is trimmed like a space: the same name twice
        words += ["Spalte 3", "Spalte 2"] if lang == "de" else ["column 3", "column 2"]
    _one_line_refusal(result, data, out, words)


def test_german_is_the_default_and_an_existing_output_is_untouched(tmp_path):
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(data, [["id", "Text", "text"], ["1", "Herr Kübler", "Frau Weber"]])
    out.write_text("alt\n", encoding="utf-8")
    result = _redact(data, out, "text")
    _one_line_refusal(result, data, out, ["Spalte 3", "umbenennen"])
    assert out.read_text(encoding="utf-8") == "alt\n"


def test_a_composed_name_typed_finds_a_decomposed_column(tmp_path):
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(data, [["id", NFD], ["1", "Herr Kübler ruft an"]])
    result = _redact(data, out, NFC)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Kübler" not in text and "[NAME]" in text
    assert text.splitlines()[0] == f"id,{NFD}"  # the header as it was


def test_distinct_names_stay_readable_controls(tmp_path):
    # controls: different words, umlauts, numbered twins are not look-alikes
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(data, [["id", "text", "Text 2", "Straße", "Strasse", "text_1"],
                  ["1", "Herr Kübler ruft an", "a", "b", "c", "d"]])
    result = _redact(data, out, "text")
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,text,Text 2,Straße,Strasse,text_1"
    assert lines[1] == "1,Herr [NAME] ruft an,a,b,c,d"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("out_suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("position", ["middle", "last"])
def test_a_column_without_name_keeps_its_values(tmp_path, suffix, out_suffix, position):
    # XLSX dropped it with its values, CSV renamed it "Unnamed: 2": now written back as it was
    data, out = tmp_path / f"in{suffix}", tmp_path / f"out{out_suffix}"
    rows = [["id", "text", "", "x"], ["1", "Herr Kübler", "Frau Weber 0711", "y"]]
    if position == "last":
        rows = [r[:3] for r in rows]
    _write(data, rows)
    result = _redact(data, out, "text")
    assert result.exit_code == 0, result.output
    written = read_table(out)
    assert list(written.columns) == rows[0]
    assert written.iloc[0].tolist() == ["1", "Herr [NAME]", *rows[1][2:]]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_two_columns_without_name_holding_values_are_refused(tmp_path, suffix, lang):
    data, out = tmp_path / f"in{suffix}", tmp_path / "out.csv"
    _write(data, [["", "text", "", "x"], ["1", "Herr Kübler", "Frau Weber 0711", "y"]])
    result = _redact(data, out, "text", lang)
    words = ["Spalte 3", "keinen Namen", "Namen geben"] if lang == "de" else [
        "column 3", "no name", "give the column a name"]
    _one_line_refusal(result, data, out, words)


def test_load_survey_reader_refuses_two_unnamed_columns_with_values(tmp_path):
    data = tmp_path / "in.xlsx"
    _write(data, [["", "text", ""], ["1", "a", "b"]])
    with pytest.raises(InputError) as caught:
        read_table(data)
    assert caught.value.reason == "column_unnamed"


def test_row_numbers_written_by_pandas_are_kept(tmp_path):
    # control: pandas' to_csv / R's write.csv write row numbers under an empty name
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(data, [["", "text"], ["0", "Herr Kübler ruft an"], ["1", "WLAN am Bahnhof"]])
    result = _redact(data, out, "text")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == [
        ",text", "0,Herr [NAME] ruft an", "1,WLAN am Bahnhof"]


def test_an_empty_unnamed_column_is_written_back_as_it_was(tmp_path):
    # control: a trailing delimiter (an empty column, no name, no value) is kept, not renamed
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(data, [["id", "text", ""], ["1", "Herr Kübler ruft an", ""]], sep=";")
    result = _redact(data, out, "text")
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == ["id;text;", "1;Herr [NAME] ruft an;"]
    assert "Unnamed" not in out.read_text(encoding="utf-8")


def test_run_as_a_user_would(tmp_path):
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(data, [["id", NFD, NFC], ["1", "Herr Kübler ruft an", "Frau Weber"]])
    done = subprocess.run([sys.executable, "-m", "esslingen_lab", "redact", str(data),
                           "--text-column", NFC, "-o", str(out), "--lang", "en"],
                          capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "rename one" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
