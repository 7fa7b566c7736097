import pandas as pd
from click.testing import CliRunner

from esslingen_lab.cli import main

ROWS = [
    ("1", "Frau Weber war nett, Tel. 0711 3512-2490", " Zell ", "0042", "Am Hafenmarkt 7"),
    ("2", "", "Berkheim", "", "NA"),
    ("3", 'Alles gut, "wirklich"; danke', "Mettingen", "1.0", "null"),
    ("4", "Mail: anna.weber@web.de\nzweite Zeile", "Zell", "007", "Frau Weber"),
]


def _write(path, sep=";"):
    frame = pd.DataFrame(ROWS, columns=["id", "text", "stadtteil", "code", "notiz"])
    frame.to_csv(path, sep=sep, index=False)
    return frame


def _read(path, sep=";"):
    return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False)


def test_round_trip_changes_only_the_text_column(tmp_path):
    source = _write(tmp_path / "in.csv")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["redact", str(tmp_path / "in.csv"), "--text-column", "text", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    written = _read(out)
    assert list(written.columns) == list(source.columns)
    assert len(written) == len(source)
    for column in ["id", "stadtteil", "code", "notiz"]:
        assert written[column].tolist() == source[column].tolist()  # "0042", "NA", " Zell " kept
    assert written.loc[0, "text"] == "Frau [NAME] war nett, Tel. [TELEFON]"
    assert written.loc[1, "text"] == ""
    assert written.loc[2, "text"] == 'Alles gut, "wirklich"; danke'
    assert written.loc[3, "text"] == "Mail: [EMAIL]\nzweite Zeile"
    assert "NAME 1" in result.output and "EMAIL 1" in result.output
    assert "Weber" not in result.output and "0711" not in result.output


def test_several_text_columns(tmp_path):
    _write(tmp_path / "in.csv", sep=",")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main,
        [
            "redact",
            str(tmp_path / "in.csv"),
            "--text-column",
            "text",
            "--text-column",
            "notiz",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    written = _read(out, sep=",")
    assert written["notiz"].tolist() == ["[ADRESSE]", "NA", "null", "Frau [NAME]"]


def test_missing_column_file_and_folder_are_one_line_errors(tmp_path):
    _write(tmp_path / "in.csv")
    runner = CliRunner()
    cases = [
        [str(tmp_path / "in.csv"), "--text-column", "antwort", "-o", str(tmp_path / "o.csv")],
        [str(tmp_path / "nope.csv"), "--text-column", "text", "-o", str(tmp_path / "o.csv")],
        [str(tmp_path / "in.csv"), "--text-column", "text", "-o", str(tmp_path / "x" / "o.csv")],
        [str(tmp_path / "in.csv"), "--text-column", "text", "-o", str(tmp_path / "in.csv")],
    ]
    for args in cases:
        result = runner.invoke(main, ["redact", *args])
        assert result.exit_code != 0
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
    assert not (tmp_path / "o.csv").exists()
    assert "antwort" in runner.invoke(main, ["redact", *cases[0]]).output


def test_no_output_when_rows_would_be_lost(tmp_path):
    (tmp_path / "bad.csv").write_text("id;text\n1;gut\n2;zu;viele;felder\n3;ok\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["redact", str(tmp_path / "bad.csv"), "--text-column", "text", "-o", str(out)]
    )
    assert result.exit_code != 0
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.csv"]  # no temp file left behind


def test_help_is_plain():
    result = CliRunner().invoke(main, ["redact", "--help"])
    assert result.exit_code == 0 and "--text-column" in result.output
