"""Every error line of the command line speaks its --lang: one language, its own prefix.

``Fehler: …`` in German, ``Error: …`` in English, never "deutsch/english" in one line; the
exit codes stay (1 for a mistake, 2 for a malformed command).
"""

from __future__ import annotations

import errno
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from esslingen_lab import reports
from esslingen_lab.cli import main
from esslingen_lab.reports.errors import DisclosureError, NotebookFailedError, ReportError

BASIC = Path(__file__).parent / "fixtures" / "surveys" / "basic" / "survey.yml"
PREFIX = {"de": "Fehler: ", "en": "Error: "}


def error_line(language, *args, exit_code=1):
    """Run the command line in ``language``; return its one line on stderr."""
    result = CliRunner().invoke(main, ["--lang", language, *map(str, args)])
    assert result.exit_code == exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stdout.strip() == "", result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(PREFIX[language]), lines[0]
    return lines[0]


def assert_speaks(language, line, *, shows, not_de, not_en):
    """``shows`` are in the line; the words of the other language are not."""
    for text in shows:
        assert str(text) in line, (text, line)
    for text in (not_en if language == "de" else not_de):
        assert text not in line, (text, line)
    other = "en" if language == "de" else "de"
    assert not line.startswith(PREFIX[other])


@pytest.fixture
def full_folder(tmp_path):
    folder = tmp_path / "ausgabe"
    folder.mkdir()
    (folder / "notizen.txt").write_text("nicht löschen", encoding="utf-8")
    return folder


@pytest.mark.parametrize("language", ["de", "en"])
def test_report_mistakes_are_one_line_in_the_language(language, tmp_path, full_folder):
    missing = tmp_path / "nirgends" / "survey.yml"
    line = error_line(language, "report", missing)
    assert_speaks(language, line, shows=[missing], not_de=["nicht gefunden", "Spezifikation"],
                  not_en=["not found", "spec "])
    assert "/" + "survey spec" not in line and "gefunden/" not in line

    line = error_line(language, "report", BASIC, "--notebooks", "gibt_es_nicht",
                      "--output", tmp_path / "r")
    assert_speaks(language, line, shows=["'gibt_es_nicht'", "gibt_es_nicht.ipynb"],
                  not_de=["nicht gefunden"], not_en=["not found"])

    line = error_line(language, "report", BASIC, "-p", "ohne_gleich", "--output", tmp_path / "r")
    assert_speaks(language, line, shows=["'ohne_gleich'", "key=value"],
                  not_de=["hat nicht die Form"], not_en=["is not of the form"])

    line = error_line(language, "report", BASIC, "-p", "gibt_es_nicht=1",
                      "--output", tmp_path / "r")
    assert_speaks(language, line, shows=["'gibt_es_nicht'", "n_themes"],
                  not_de=["unbekannter", "bekannt:"], not_en=["unknown", "known:"])

    export = tmp_path / "kein_export"
    line = error_line(language, "report", BASIC, "--workshop-export", export,
                      "--output", tmp_path / "r")
    assert_speaks(language, line, shows=[export], not_de=["nicht gefunden"],
                  not_en=["not found"])

    line = error_line(language, "report", BASIC, "--output", full_folder)
    assert_speaks(language, line, shows=[full_folder, "--force", "--output"],
                  not_de=["existiert schon", "ersetzen"], not_en=["exists", "replace"])
    assert (full_folder / "notizen.txt").is_file()


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("raised", [
    NotebookFailedError("themes", cell_number=4, exec_count=7, ename="ValueError",
                        detail="k zu groß", executed_path="/lauf/notebooks/themes.ipynb"),
    NotebookFailedError("maturity", ename="DeadKernelError"),
], ids=["cell", "kernel"])
def test_a_failed_notebook_is_one_line_in_the_language(language, raised, monkeypatch, tmp_path):
    def fail(*args, **kwargs):
        raise raised

    monkeypatch.setattr(reports, "run_report", fail)
    line = error_line(language, "report", BASIC, "--output", tmp_path / "r")
    shows = [f"'{raised.notebook}'", raised.ename]
    if raised.executed_path:
        shows += [raised.executed_path, "In [7]", "k zu groß"]
    assert_speaks(language, line, shows=shows,
                  not_de=["fehlgeschlagen", "Zelle", "Teilergebnis", "Ausführung"],
                  not_en=["failed", "cell ", "partial", "running"])


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_refused_file_operation_is_one_line_in_the_language(language, monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", "/geschuetzt/bericht")

    monkeypatch.setattr(reports, "run_report", refuse)
    line = error_line(language, "report", BASIC, "--output", tmp_path / "r")
    assert_speaks(language, line, shows=["/geschuetzt/bericht"],
                  not_de=["Berechtigung"], not_en=["denied"])


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_table_with_broken_lines_is_one_line_in_the_language(language, tmp_path):
    table = tmp_path / "antworten.csv"
    table.write_text("id,antwort\n1,gut\n2,a,b,c\n", encoding="utf-8")
    line = error_line(language, "redact", table, "--text-column", "antwort",
                      "-o", tmp_path / "r.csv")
    assert_speaks(language, line, shows=[table], not_de=["Feldanzahl", "Zeile"],
                  not_en=["wrong number", "row "])
    assert not (tmp_path / "r.csv").exists()


@pytest.mark.parametrize("language", ["de", "en"])
def test_usage_mistakes_and_commands_own_errors_have_the_prefix(language, tmp_path):
    line = error_line(language, "report", "--gibt-es-nicht", exit_code=2)
    assert_speaks(language, line, shows=["'--gibt-es-nicht'"], not_de=["unbekannte"],
                  not_en=["unknown"])
    # a command's own one-line error (click.ClickException), exit code 1
    line = error_line(language, "themes", BASIC, "--question", "gibt_es_nicht",
                      "--n-themes", "2", "-o", tmp_path / "t.csv")
    assert_speaks(language, line, shows=["'gibt_es_nicht'", "wunsch"],
                  not_de=["gibt es nicht"], not_en=["no question"])


def test_str_keeps_both_languages_for_logs_and_python():
    error = ReportError(reason="report_spec_missing", path="/x/survey.yml")
    assert str(error) == ("Survey-Spezifikation nicht gefunden: /x/survey.yml / "
                          "survey spec not found: /x/survey.yml")
    assert error.render("en") == "survey spec not found: /x/survey.yml"
    assert error.reason == "report_spec_missing"
    # workers hand errors back pickled: reason and words survive
    again = pickle.loads(pickle.dumps(error))
    assert again.render("de") == "Survey-Spezifikation nicht gefunden: /x/survey.yml"
    failed = pickle.loads(pickle.dumps(NotebookFailedError("themes", ename="DeadKernelError")))
    assert failed.notebook == "themes" and "while running" in failed.render("en")
    audit = DisclosureError([{"source": "themes.csv", "cell": "Digitalisierung"}])
    assert "Offenlegungsprüfung" in str(audit) and "disclosure audit" in str(audit)
    assert "Offenlegung" not in audit.render("en") and "Digitalisierung" in audit.render("en")


def test_library_errors_render_in_either_language(tmp_path):
    with pytest.raises(ReportError) as caught:
        reports.read_workshop_export(tmp_path)
    assert caught.value.render("de").startswith(f"{tmp_path}: kein vollständiger Workshop-Export")
    assert "results.csv" in caught.value.render("en") and "fehlt" not in caught.value.render("en")
    with pytest.raises(reports.ParameterError) as caught:
        reports.parse_parameter_args(["ohne"])
    assert caught.value.render("en") == "parameter 'ohne' is not of the form key=value"
