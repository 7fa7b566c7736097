"""The command group: a user's mistake is one line in the user's language, never a traceback.

Also the flags every command spells alike (``--lang``, ``--output``), their old spellings
that keep working, and ``workshop start --seed``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.defaults import DEFAULT_SEED
from esslingen_lab.workshop.env import ENV_SEED

BASIC = Path(__file__).parent / "fixtures" / "surveys" / "basic" / "survey.yml"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_line(result):
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture
def answers(tmp_path):
    path = tmp_path / "antworten.csv"
    pd.DataFrame({"text": ["Termine online buchen", "Mehr WLAN im Rathaus"],
                  "code": ["termine", "wlan"]}).to_csv(path, index=False)
    return path


def test_mistakes_in_many_subcommands_are_one_line(tmp_path, answers):
    bad_model = tmp_path / "m.npz"
    bad_model.write_text("kein Modell", encoding="utf-8")
    mistakes = {
        "validate": ["validate", tmp_path / "fehlt.yml"],
        "themes": ["themes", answers, "--text-column", "text", "--n-themes", "2", "-o", answers],
        "classify": ["classify", "predict", bad_model, answers, "--output", tmp_path / "p.csv"],
        "coding": ["coding", "agreement", answers],
        "maturity": ["maturity", answers, "--output", tmp_path / "reife"],
        "report": ["report", BASIC, "-p", "gibt_es_nicht=1", "--output", tmp_path / "r"],
        "workshop": ["workshop", "export", "nie_gewesen", "--workshops-dir", tmp_path,
                     "--output", tmp_path / "w"],
        "redact": ["redact", answers, "--text-column", "antwort", "-o", tmp_path / "r.csv"],
        "quotes": ["quotes", "review", answers, "--column", "zitat", "--decisions",
                   tmp_path / "d.csv", "--list"],
        "quotes --run": ["quotes", "review", answers, "--decisions", tmp_path / "d.csv",
                         "--run", tmp_path / "kein_lauf", "--list"],
    }
    for command, args in mistakes.items():
        line = assert_one_line(run(*args))
        assert line.startswith("Fehler: "), (command, line)  # German by default


def test_errors_follow_the_language_german_by_default(tmp_path, answers):
    args = ["themes", answers, "--text-column", "text", "--n-themes", "2", "-o", answers]
    german = assert_one_line(run(*args))
    assert "würde die Eingabe überschreiben — für --output eine andere Datei wählen" in german
    assert "overwrite" not in german
    english = assert_one_line(run("--lang", "en", *args))
    assert "would overwrite the input — choose another --output" in english
    assert "Eingabe" not in english
    # a sub-command's own --lang sets the language of its errors too
    coded = run("coding", "agreement", answers)
    assert "Spalte 'coder'" in assert_one_line(coded)
    spec_missing_column = tmp_path / "s"
    spec_missing_column.mkdir()
    (spec_missing_column / "daten.csv").write_text("id;online\n1;4\n", encoding="utf-8")
    (spec_missing_column / "survey.yml").write_text(
        "name: s\nlanguage: de\nrespondent_group: citizens\nid_column: id\n"
        "files: [{path: daten.csv}]\nquestions:\n  wunsch: Was fehlt\n", encoding="utf-8")
    line = assert_one_line(run("validate", spec_missing_column / "survey.yml", "--lang", "en"))
    assert "column 'wunsch': column is missing" in line
    # redact and quotes speak the same way (their own --lang)
    line = assert_one_line(run("redact", answers, "--text-column", "antwort", "-o",
                               tmp_path / "r.csv", "--lang", "en"))
    assert "column 'antwort'" in line and "--text-column" in line and "Spalte" not in line
    assert not (tmp_path / "r.csv").exists()


def test_old_flag_spellings_still_work_but_are_not_shown(tmp_path):
    taken = tmp_path / "lauf"
    taken.mkdir()
    (taken / "fremd.txt").write_text("x", encoding="utf-8")
    for flag in ("--output", "--out"):
        line = assert_one_line(run("report", BASIC, flag, taken))
        assert str(taken) in line and "--force" in line
    for command in (["report"], ["workshop", "start"], ["coding", "start"], ["maturity"]):
        shown = run(*command, "--help").output
        assert "--out " not in shown and "--language" not in shown and "--output-dir" not in shown
        assert "--lang" in shown or "--output" in shown


@pytest.fixture
def started(monkeypatch):
    """Replace the Voila server by a recorder that refuses to start (as a busy port would)."""
    from esslingen_lab.errors import EsslingenLabError
    from esslingen_lab.workshop import server

    seen = {}

    def start_server(survey, name, **settings):
        seen.update(settings)
        raise EsslingenLabError("Port 8866 ist belegt / port 8866 is taken")

    monkeypatch.setattr(server, "start_server", start_server)
    monkeypatch.delenv(ENV_SEED, raising=False)
    return seen


@pytest.mark.parametrize("flag", ["--lang", "--language"])
def test_workshop_start_passes_language_and_seed_to_the_apps(started, tmp_path, flag):
    args = ["workshop", "start", BASIC, "--name", "w1", "--workshops-dir", tmp_path]
    line = assert_one_line(run(*args, flag, "en", "--seed", "7"))
    assert "port 8866 is taken" in line
    assert started["language"] == "en" and started["seed"] == 7
    import os

    assert ENV_SEED not in os.environ  # only the server's environment carries it
    run(*args)
    assert started["language"] == "de" and started["seed"] == DEFAULT_SEED


def test_seed_out_of_range_is_a_usage_error(started, tmp_path):
    result = run("workshop", "start", BASIC, "--name", "w1", "--seed", "-1")
    assert result.exit_code == 2 and "--seed" in result.output
    assert started == {}


def test_a_language_given_before_the_command_applies_to_it(monkeypatch, tmp_path):
    from esslingen_lab import reports

    seen = []

    def run_report(survey, **settings):
        seen.append(settings["language"])
        raise reports.ReportError("angehalten / stopped")

    monkeypatch.setattr(reports, "run_report", run_report)
    run("report", BASIC, "--output", tmp_path / "a")
    run("--lang", "en", "report", BASIC, "--output", tmp_path / "b")
    run("--lang", "en", "report", BASIC, "--lang", "de", "--output", tmp_path / "c")
    # without --lang the report keeps the survey's own language (None)
    assert seen == [None, "en", "de"]


def test_demo_hands_its_language_and_output_to_the_report(monkeypatch, tmp_path):
    from esslingen_lab import reports

    seen = {}

    def run_report(survey, **settings):
        seen.update(settings, survey=survey)
        raise reports.ReportError("angehalten / stopped")

    monkeypatch.setattr(reports, "run_report", run_report)
    monkeypatch.chdir(tmp_path)
    result = run("demo", "--lang", "en", "--no-workshop")
    assert result.exit_code == 1 and result.output.strip().endswith("angehalten / stopped")
    assert seen["language"] == "en" and seen["force"] is True
    assert Path(seen["out"]) == Path("outputs") / "demo-report"


USAGE_MISTAKES = {  # command line → (German, English): the option named and what to do
    ("validate",): ("Argument 'SPEC' fehlt — siehe esslingen-lab validate --help",
                    "missing argument 'SPEC' — see esslingen-lab validate --help"),
    ("report", "--nope"): ("unbekannte Option '--nope'", "unknown option '--nope'"),
    ("nosuchcommand",): ("unbekanntes Kommando 'nosuchcommand' (vorhanden: classify,",
                         "unknown command 'nosuchcommand' (commands: classify,"),
    ("valdate", BASIC): ("unbekanntes Kommando 'valdate' (meinten Sie 'validate'?) — siehe "
                         "esslingen-lab --help", "unknown command 'valdate' (did you mean "
                         "'validate'?) — see esslingen-lab --help"),
    ("workshop", "stopp", "w"): ("(meinten Sie 'stop'?) — siehe esslingen-lab workshop --help",
                                 "(did you mean 'stop'?) — see esslingen-lab workshop --help"),
    ("themes", "a.csv", "--method", "lda", "-o", "t.xlsx"):
        ("ungültiger Wert für '--method': erlaubt sind kmeans, nmf, agglomerative",
         "invalid value for '--method': allowed are kmeans, nmf, agglomerative"),
    ("workshop", "start", BASIC, "--name", "w", "--port", "abc"):
        ("ungültiger Wert für '--port': eine ganze Zahl ≥ 1 und ≤ 65535 angeben — siehe "
         "esslingen-lab workshop start --help",
         "invalid value for '--port': give a whole number ≥ 1 and ≤ 65535 — see "
         "esslingen-lab workshop start --help"),
    ("report", "--batch"): ("Option '--batch' braucht einen Wert",
                            "option '--batch' needs a value"),
    ("report", "--quiet=ja", BASIC): ("Option '--quiet' nimmt keinen Wert",
                                      "option '--quiet' takes no value"),
    ("validate", BASIC, "zweite.yml"): ("zu viele Argumente: zweite.yml",
                                        "unexpected extra arguments: zweite.yml"),
    ("coding", "agreement", "fehlt.csv"): ("ungültiger Wert für 'CODINGS': keine vorhandene "
                                            "Datei; den Pfad prüfen — siehe esslingen-lab "
                                            "coding agreement --help",
                                            "invalid value for 'CODINGS': not an existing "
                                            "file; check the path — see esslingen-lab coding "
                                            "agreement --help"),
    ("report",): ("Argument 'SURVEY' fehlt (oder --batch angeben)",
                  "missing argument 'SURVEY' (or use --batch)"),
}


@pytest.mark.parametrize("args", list(USAGE_MISTAKES), ids=lambda a: " ".join(map(str, a[:3])))
def test_usage_mistakes_are_one_line_in_the_users_language(args):
    german, english = USAGE_MISTAKES[args]
    for line in (run("--lang", "de", *args), run(*args)):  # German is the default
        text = assert_one_line(line)
        assert line.exit_code == 2 and text.startswith("Fehler: ") and german in text, text
        assert "Usage:" not in line.output and "Try '" not in line.output
    english_line = run("--lang", "en", *args)
    text = assert_one_line(english_line)
    assert english_line.exit_code == 2 and english in text, text
    assert text.startswith("Error: ") and german not in text


def test_a_language_after_the_mistake_or_on_the_command_counts_too():
    # click stops at the unknown option before it reads --lang: the line is read for it
    assert "unknown option '--nope'" in assert_one_line(run("report", "--nope", "--lang", "en"))
    assert "missing argument 'SPEC'" in assert_one_line(run("validate", "--lang", "en"))
    assert "missing argument 'SPEC'" in assert_one_line(run("validate", "--language=en"))
    # a language that is itself wrong: German, naming what is allowed
    wrong = run("--lang", "fr", "validate", BASIC)
    assert wrong.exit_code == 2
    assert "ungültiger Wert für '--lang': erlaubt sind de, en" in assert_one_line(wrong)


def test_help_still_shows_the_whole_help():
    for args in (["--help"], ["report", "--help"], ["--lang", "en", "workshop", "--help"]):
        result = run(*args)
        assert result.exit_code == 0 and "Usage:" in result.output
        assert len(result.output.splitlines()) > 5
    # a group without its command shows its help, as before
    bare = run("workshop")
    assert "Usage:" in bare.output and "start" in bare.output and "Traceback" not in bare.output
