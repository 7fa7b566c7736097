"""A wrong batch file (``report --batch``) is one line in the user's language: the file, the
survey entry (its number and path) and the key, what is wrong and what to do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from esslingen_lab import reports
from esslingen_lab.cli import main
from esslingen_lab.reports.errors import BatchFileError

SURVEY = Path(__file__).parent / "fixtures" / "report_survey" / "survey.yml"


def batch_file(tmp_path, text: str) -> Path:
    (tmp_path / "staedte").mkdir(exist_ok=True)
    (tmp_path / "staedte" / "survey.yml").write_text(SURVEY.read_text(encoding="utf-8"),
                                                     encoding="utf-8")
    path = tmp_path / "vergleich.yml"
    path.write_text(text, encoding="utf-8")
    return path


def error_line(path, language):
    result = CliRunner().invoke(main, ["--lang", language, "report", "--batch", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    prefix = {"de": "Fehler", "en": "Error"}[language]
    assert len(lines) == 1 and lines[0].startswith(f"{prefix}: {path}: "), result.output
    return lines[0]


MISTAKES = {
    "missing key": (
        "surveys:\n  - staedte/survey.yml\n  - parameters: {n_themes: 4}\n",
        "Eintrag 2 unter surveys: Schlüssel 'path' fehlt — Aufbau der Batch-Datei: siehe "
        "esslingen-lab report --help",
        "entry 2 of surveys: required field 'path' is missing — batch file format: see "
        "esslingen-lab report --help"),
    "wrong type": (
        "surveys:\n  - path: staedte/survey.yml\n    notebooks: maturity\nseed: zwölf\n",
        "2 Probleme: Eintrag 1 unter surveys (staedte/survey.yml): 'notebooks' muss eine "
        "Liste sein (Zeilen mit „- “); 'seed' muss eine ganze Zahl sein",
        "2 problems: entry 1 of surveys (staedte/survey.yml): field 'notebooks' must be a "
        "list (lines starting with '- '); field 'seed' must be a whole number"),
    "unknown key": (
        "surveys:\n  - path: staedte/survey.yml\n    parametrs: {n_themes: 4}\n",
        "Eintrag 1 unter surveys (staedte/survey.yml): unbekannter Schlüssel 'parametrs' — "
        "meinten Sie 'parameters'?",
        "entry 1 of surveys (staedte/survey.yml): unknown field 'parametrs' — did you mean "
        "'parameters'?"),
    "unknown top-level key": (
        "umfragen:\n  - staedte/survey.yml\n",
        "2 Probleme: Schlüssel 'surveys' fehlt; unbekannter Schlüssel 'umfragen' — bekannt "
        "sind: surveys,",
        "2 problems: required field 'surveys' is missing; unknown field 'umfragen' — known "
        "fields: surveys,"),
    "wrong choice": (
        "surveys: [staedte/survey.yml]\nlanguage: fr\n",
        "'language' muss einer dieser Werte sein: de, en",
        "field 'language' must be one of de, en"),
    "missing survey path": (
        "surveys:\n  - staedte/survey.yml\n  - path: ludwigsburg/survey.yml\n",
        "Eintrag 2 unter surveys (ludwigsburg/survey.yml): survey.yml nicht gefunden (",
        "entry 2 of surveys (ludwigsburg/survey.yml): survey.yml not found ("),
    "not a mapping": (
        "- staedte/survey.yml\n",
        "die Datei muss eine Zuordnung sein (Zeilen „Schlüssel: Wert“)",
        "the file must be a mapping ('key: value' lines)"),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_wrong_batch_file_is_one_line_in_the_users_language(tmp_path, mistake):
    text, german, english = MISTAKES[mistake]
    path = batch_file(tmp_path, text)
    de, en = error_line(path, "de"), error_line(path, "en")
    assert german in de, de
    assert english in en, en
    for raw in ("Field required", "Input should", "Extra inputs", "_BatchSurvey"):
        assert raw not in de and raw not in en  # no pydantic wording left
    with pytest.raises(BatchFileError) as error:  # the function names the same problem
        reports.read_batch(path)
    assert german in error.value.render("de") and english in error.value.render("en")
    assert not list(tmp_path.glob("vergleich-*"))  # nothing ran


def test_a_missing_survey_says_where_relative_paths_start(tmp_path):
    path = batch_file(tmp_path, "surveys:\n  - path: ludwigsburg/survey.yml\n")
    line = error_line(path, "de")
    assert str(tmp_path / "ludwigsburg" / "survey.yml") in line
    assert line.endswith(f"— den Pfad prüfen; er gilt relativ zum Ordner der Batch-Datei "
                         f"({tmp_path})")


def test_a_right_batch_file_reads_both_spellings_of_an_entry(tmp_path):
    path = batch_file(tmp_path, "surveys:\n  - staedte/survey.yml\n"
                                "  - path: staedte/survey.yml\n    parameters: {n_themes: 4}\n"
                                "parameters: {anonymity_threshold: 5}\nlanguage: en\n")
    batch = reports.read_batch(path)
    assert [job["survey"] for job in batch["jobs"]] == [
        str((tmp_path / "staedte" / "survey.yml").resolve())] * 2
    assert [job["parameters"] for job in batch["jobs"]] == [
        {"anonymity_threshold": 5}, {"anonymity_threshold": 5, "n_themes": 4}]
    assert batch["language"] == "en"


def test_a_batch_file_that_is_no_yaml_or_no_utf8_is_said_in_the_users_language(tmp_path):
    """Review s6: YAML syntax and encoding mistakes were English under --lang de."""
    broken = batch_file(tmp_path, "surveys: [\n")
    latin1 = tmp_path / "latin1.yml"
    latin1.write_bytes("surveys: [städte/survey.yml]\n".encode("latin-1"))
    expected = {
        broken: ("Zeile 2: kein gültiges YAML: ", "line 2: not valid YAML: ",
                 "Einrückung und Anführungszeichen prüfen", "check indentation and quotes"),
        latin1: ("ist kein UTF-8-Text", "is not UTF-8 text", "als UTF-8 speichern",
                 "save it as UTF-8"),
    }
    for path, (german, english, german_hint, english_hint) in expected.items():
        for language, words in (("de", (german, german_hint)), ("en", (english, english_hint))):
            result = CliRunner().invoke(main, ["--lang", language, "report", "--batch",
                                               str(path)])
            lines = result.output.strip().splitlines()
            assert result.exit_code == 1 and len(lines) == 1, result.output
            assert all(w in lines[0] for w in words), lines[0]
