"""A column name twice in a table's header is refused in one line, nothing is written.

pandas renamed the second "text" of a CSV to "text.1": ``redact --text-column text`` then
redacted the first column only and wrote the second one as it was, with the personal data
in it (review of session 12). The readers refuse such a header for CSV, TSV and XLSX alike,
so every command that reads a survey table says so instead of working on half of it.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.errors import InputError
from esslingen_lab.surveys import read_table

ANSWERS = ("Kübler", "Weber", "0711")


def _write(path, rows, sep=","):
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    else:
        path.write_text("\n".join(sep.join(row) for row in rows) + "\n", encoding="utf-8")


ROWS = [["id", "text", "text"], ["1", "Herr Kübler ruft an", "Frau Weber 0711 123456"]]


@pytest.mark.parametrize("name, sep", [("in.csv", ","), ("in.csv", ";"), ("in.tsv", "\t"),
                                       ("in.xlsx", None)])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_redact_refuses_a_text_column_twice(tmp_path, name, sep, lang):
    data, out = tmp_path / name, tmp_path / "out.csv"
    _write(data, ROWS, sep)
    result = CliRunner().invoke(main, ["redact", str(data), "--text-column", "text",
                                       "-o", str(out), "--lang", lang])
    assert result.exit_code != 0
    line = result.output.strip()
    assert "\n" not in line and "Traceback" not in line
    assert str(data) in line and "'text'" in line
    assert ("umbenennen" if lang == "de" else "rename") in line
    assert not any(answer in line for answer in ANSWERS)  # no answer in the error
    assert not out.exists()


def test_a_column_twice_after_trimming_spaces_is_refused_too(tmp_path):
    data = tmp_path / "in.csv"
    _write(data, [["id", "text", " text "], ["1", "a", "b"]])
    with pytest.raises(InputError) as caught:
        read_table(data)
    assert caught.value.reason == "column_twice" and caught.value.column == "text"


@pytest.mark.parametrize("header", [
    ["id", "text", "text.1"],  # a name of its own that looks like pandas' renaming
    # ["id", "Text", "text"] (case only) is refused since the review of session 13:
    # tests/test_cli_s13_headers.py
    ["id", "text", ""],  # an unnamed column is no duplicate of a name
])
def test_distinct_column_names_are_read_as_they_are(tmp_path, header):
    data = tmp_path / "in.csv"
    _write(data, [header, ["1", "a", "b"]])
    assert list(read_table(data).columns)[:2] == header[:2]


def test_redact_still_works_with_distinct_columns(tmp_path):
    data, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(data, [["id", "text", "text2"], ["1", "Herr Kübler ruft an", "Frau Weber"]])
    result = CliRunner().invoke(main, ["redact", str(data), "--text-column", "text",
                                       "--text-column", "text2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")
    assert "Kübler" not in written and "Weber" not in written
    assert written.splitlines()[0] == "id,text,text2"
