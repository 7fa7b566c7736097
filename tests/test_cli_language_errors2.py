"""survey.yml, theme, coding and batch errors speak the command line's --lang, one language.

The mistakes a master student editing survey.yml meets (a wrong path, a typo in a key, broken
YAML, a data file outside the folder) keep their file, row, field and suggestion; only the
words change with ``--lang``. ``str(error)`` stays German / English for logs and notebooks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.errors import SpecError
from esslingen_lab.surveys import load_spec
from esslingen_lab.themes import ThemeModel, ThemeModelError
from tests.test_cli_language_errors import PREFIX, error_line
from tests.test_cli_language_errors import assert_speaks as _speaks

BASIC = Path(__file__).parent / "fixtures" / "surveys" / "basic"
LANGUAGES = ["de", "en"]


def assert_speaks(language, line, *, shows, not_de, not_en):
    """As in test_cli_language_errors, and no "German / English" pair left in the line."""
    _speaks(language, line, shows=shows, not_de=not_de, not_en=not_en)
    assert " / " not in line, line


@pytest.fixture
def folder(tmp_path):
    """A copy of the basic survey, to break its survey.yml."""
    target = tmp_path / "umfrage"
    shutil.copytree(BASIC, target)
    return target


def _edit(spec: Path, old: str, new: str) -> None:
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_spec_names_the_path(language, tmp_path):
    missing = tmp_path / "nirgends" / "survey.yml"
    line = error_line(language, "validate", missing)
    assert_speaks(language, line, shows=[missing, "survey.yml"],
                  not_de=["nicht gefunden", "Pfad"], not_en=["not found", "check the path"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_key_suggests_the_known_one(language, folder):
    spec = folder / "survey.yml"
    _edit(spec, "questions:", "quesitons:")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[spec, "'quesitons'", "'questions'"],
                  not_de=["unbekannter Schlüssel", "meinten Sie", "korrigieren"],
                  not_en=["unknown field", "did you mean", "fix survey.yml"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_validator_problem_names_the_field(language, folder):
    spec = folder / "survey.yml"
    _edit(spec, "min: 1\n    max: 5", "min: 5\n    max: 3")
    _edit(spec, "anonymity_threshold: 5", "anonymity_threshold: 0")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[spec, "'likert_scales.zustimmung5'", "min (5)", "max (3)",
                                         "'anonymity_threshold'"],
                  not_de=["muss kleiner", "mindestens", "Probleme"],
                  not_en=["must be smaller", "at least", "problems"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_yaml_syntax_error_names_the_line(language, folder):
    spec = folder / "survey.yml"
    spec.write_text("name: basic\n  id_column: [\n", encoding="utf-8")
    line = error_line(language, "validate", spec)
    row = "Zeile 2" if language == "de" else "line 2"  # a YAML file has lines, not rows
    assert_speaks(language, line, shows=[spec, row, "YAML"],
                  not_de=["Zeile", "Syntaxfehler", "Einrückung"],
                  not_en=["line ", "syntax error", "indentation"])
    assert "row" not in line

    # PyYAML's usual problems are said in the user's language, with what to do
    for text, german, english in (
        ("name: basic\n\tid_column: id\n", "ein Tabulator steht, wo YAML nur Leerzeichen "
         "erlaubt — Leerzeichen statt Tabulatoren verwenden",
         "a tab stands where YAML allows only spaces — use spaces instead of tabs"),
        ("name: basic\nids: [1, 2]\nx: " + "[" * 600 + "]" * 600 + "\n",
         "zu tief verschachtelt", "nested too deeply"),
        ("name: basic\ncity: *nirgends\n", "einen Anker „&…“, den es nicht gibt",
         "an anchor '&…' that does not exist"),
        ("name: basic\ncity: @esslingen\n", "den Wert in Anführungszeichen setzen",
         "put the value in quotes"),
        ("name: basic\ncity: Ess\x00lingen\n", "ein unsichtbares Steuerzeichen",
         "an invisible control character"),
        ("name: basic\ntitle: Umfrage: Teil 2\n", "Werte mit „:“ in Anführungszeichen setzen",
         "put values that contain ':' in quotes"),
        ('name: basic\ntitle: "Umfrage\n', "Zeile 2: YAML-Syntaxfehler (kein gültiges YAML): "
         "ein Anführungszeichen wird in dieser Zeile geöffnet, aber nicht geschlossen",
         "line 2: YAML syntax error (not valid YAML): a quote opened on this line is not "
         "closed"),
        ('name: basic\ntitle: "Umfrage\ncity: Esslingen\nwave: "2026"\nids: [1]\n',
         "Zeile 2:", "line 2:"),  # PyYAML itself complains about a later line
    ):
        spec.write_text(text, encoding="utf-8")
        line = error_line(language, "validate", spec)
        assert (german if language == "de" else english) in line, line
        assert "found" not in line and "cannot start" not in line, line

    spec.write_text("name: basic\nname: andere\n", encoding="utf-8")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[spec, "'name'"],
                  not_de=["steht zweimal"], not_en=["appears twice"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_data_file_outside_the_folder_is_refused_with_the_way_out(language, folder):
    spec = folder / "survey.yml"
    _edit(spec, "path: online.csv", "path: ../online.csv")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[spec, "'files[0].path'", "../online.csv",
                                         "--allow-outside", "ESSLINGEN_LAB_ALLOW_OUTSIDE=1"],
                  not_de=["außerhalb", "kopieren"], not_en=["lies outside", "copy the file"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_themes_for_the_texts_is_one_line(language, tmp_path):
    line = error_line(language, "themes", BASIC / "survey.yml", "--question", "wunsch",
                      "--n-themes", "500", "-o", tmp_path / "t.csv")
    assert_speaks(language, line, shows=["500"], not_de=["Texte mit Inhalt", "weniger"],
                  not_en=["texts with content", "fewer"])
    assert not (tmp_path / "t.csv").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_file_that_is_no_coding_store_is_named(language, tmp_path):
    empty = tmp_path / "leer.sqlite"
    empty.write_bytes(b"keine Datenbank")
    line = error_line(language, "coding", "agreement", empty)
    assert_speaks(language, line, shows=[empty, ".sqlite"],
                  not_de=["keine Kodier-Datei"], not_en=["not a coding store"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_failed_survey_of_a_batch_is_reported_in_the_language(language, tmp_path,
                                                                 monkeypatch):
    from esslingen_lab.reports import batch
    from esslingen_lab.reports.errors import ReportError

    def fail(*args, **kwargs):
        raise ReportError(reason="report_input_missing", path="/daten/fehlt.csv")

    monkeypatch.setattr(batch, "run_report", fail)
    batch_file = tmp_path / "batch.yml"
    batch_file.write_text(f"surveys:\n  - {BASIC / 'survey.yml'}\nnotebooks: [data_quality]\n",
                          encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", language, "report", "--batch", str(batch_file),
                                       "--output", str(tmp_path / "lauf"), "--quiet"])
    assert result.exit_code == 1, result.output
    failed = [line for line in result.stdout.splitlines() if "/daten/fehlt.csv" in line]
    assert len(failed) == 1, result.stdout
    mark = "FEHLER: Eingabedatei fehlt" if language == "de" else "FAILED: input file missing"
    assert mark in failed[0] and " / " not in failed[0], failed[0]
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(PREFIX[language])


def test_str_keeps_both_languages_and_the_structured_fields(tmp_path):
    with pytest.raises(SpecError) as caught:
        load_spec(tmp_path / "survey.yml")
    error = caught.value
    assert error.reason == "file_not_found" and error.file == str(tmp_path / "survey.yml")
    assert "Datei nicht gefunden / file not found" in str(error)
    assert error.render("en").endswith("file not found — check the path to survey.yml")
    with pytest.raises(ThemeModelError) as caught:
        ThemeModel(n_themes=0).fit(["a", "b"])
    assert caught.value.reason == "themes_n_themes"
    assert "ganze Zahl" in str(caught.value) and "whole number" in str(caught.value)
    assert "ganze Zahl" not in caught.value.render("en")


@pytest.mark.parametrize("language, words, other", [
    ("de", "eine ganze Zahl ≥ 1 oder 'auto' angeben", "give a whole number"),
    ("en", "give a whole number ≥ 1 or 'auto'", "ganze Zahl"),
])
def test_a_bad_number_of_themes_is_named_in_one_language(tmp_path, language, words, other):
    from click.testing import CliRunner

    from esslingen_lab.cli import main

    data = tmp_path / "answers.csv"
    data.write_text("text\nTermine online\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", language, "themes", str(data), "-o",
                                       str(tmp_path / "out.csv"), "--n-themes", "abc"])
    assert result.exit_code == 2
    line = result.output.strip()
    assert "'--n-themes'" in line and words in line and other not in line
    assert len(line.splitlines()) == 1


def test_a_batch_file_in_english_speaks_english_without_lang(tmp_path, monkeypatch):
    from esslingen_lab.reports import batch
    from esslingen_lab.reports.errors import ReportError

    def fail(*args, **kwargs):
        raise ReportError(reason="report_input_missing", path="/daten/fehlt.csv")

    monkeypatch.setattr(batch, "run_report", fail)
    batch_file = tmp_path / "batch.yml"
    batch_file.write_text(f"surveys:\n  - {BASIC / 'survey.yml'}\nnotebooks: [data_quality]\n"
                          "language: en\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "--batch", str(batch_file),
                                       "--output", str(tmp_path / "lauf"), "--quiet"])
    assert result.exit_code == 1, result.output
    assert "FAILED: input file missing" in result.stdout and "FEHLER" not in result.stdout
    assert result.stderr.startswith(PREFIX["en"]), result.stderr
    # --lang still wins over the batch file
    result = CliRunner().invoke(main, ["--lang", "de", "report", "--batch", str(batch_file),
                                       "--output", str(tmp_path / "lauf2"), "--quiet"])
    assert "FEHLER: Eingabedatei fehlt" in result.stdout, result.stdout
