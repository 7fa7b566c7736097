"""``redact`` names the columns it left as they were when they hold personal data.

Only --text-column columns are redacted; a "kontakt" column or one without a header name
used to pass through without a word. Now stderr names the column and the counts per kind,
never a value, and the file is still written with that column unchanged.
"""

from __future__ import annotations

from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.surveys import read_table


def _run(tmp_path, header, rows, *extra):
    data = tmp_path / "umfrage.csv"
    data.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    out = tmp_path / "bereinigt.csv"
    args = ["redact", str(data), "--text-column", "text", "-o", str(out), *extra]
    return CliRunner().invoke(main, args), out


def test_a_column_of_contacts_is_named_without_its_values(tmp_path):
    result, out = _run(
        tmp_path,
        "id,text,kontakt,stadtteil,",
        ["1,Frau Weber rief an,heike.lutz@web.de,Berkheim,0176 22334455",
         "2,Alles gut,,Zell,"],
    )
    assert result.exit_code == 0
    assert "„kontakt“" in result.stderr and "EMAIL 1" in result.stderr
    assert "TELEFON 1" in result.stderr  # the column without a name
    assert "stadtteil" not in result.stderr  # districts are no personal data
    assert "heike.lutz" not in result.stderr and "0176" not in result.stderr
    table = read_table(out)
    assert table["kontakt"].tolist()[0] == "heike.lutz@web.de"  # left as it was, as asked
    assert "Weber" not in table["text"].tolist()[0]


def test_no_note_when_other_columns_are_plain(tmp_path):
    result, _ = _run(tmp_path, "id,text,alter", ["1,Mehr Bänke am Neckar,40-49"])
    assert result.exit_code == 0
    assert "Hinweis" not in result.stderr


def test_the_note_in_english(tmp_path):
    result, _ = _run(tmp_path, "id,text,mail", ["1,ok,tom.birk@posteo.de"], "--lang", "en")
    assert "column 'mail' was not redacted" in result.stderr
    assert "--text-column mail " in result.stderr  # quoted for the shell only when needed
