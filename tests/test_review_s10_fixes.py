"""Review s10: redaction slips a reader would notice, and column names the CLI should guess.

Ordinary text that must stay ("mit dem Herzen gemacht", "meine frau findet …", "heißt
Mist"), a lower-case name on a door bell after "steht", one family emoji instead of three;
"did you mean …" for every column option, also with umlauts typed as "ae"/"ss"; and
``coding start`` failing at once on a broken codebook.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.coding import example_codebook_path
from esslingen_lab.errors import closest
from esslingen_lab.privacy import redact_text

ROOT = Path(__file__).resolve().parents[1]
SURVEY = ROOT / "tests" / "fixtures" / "report_survey" / "survey.yml"


# ---------------------------------------------------------------- 1. false positives


@pytest.mark.parametrize("text", [
    "Ich habe es mit dem Herzen gemacht.",
    "Ich hab es mit dem Herz geschrieben.",
    "Ich mache es mit dem Herzen.",
    "Meiner Frau liegt es am Herzen.",
    "Das liegt mir am Herzen.",
    "Von Herzen danke an das Team.",
    "Das Projekt ist mir eine Herzensangelegenheit.",
])
def test_heart_idioms_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Mein Vater hat Probleme mit dem Herzen.",
    "Ich wurde am Herzen operiert.",
    "Mein Vater hat es am Herzen.",
    "Ich habe es mit dem Herzen.",
    "Meine Mutter hat es mit dem Herzen, deshalb braucht sie den Bus.",
    "Mein Vater hat es mit dem Herzen zu tun.",
])
def test_heart_trouble_of_a_person_is_still_health(text):
    assert "[GESUNDHEIT]" in redact_text(text)


@pytest.mark.parametrize("text", [
    "meine frau findet die app gut",
    "unsere familie wohnt hier",
    "Meine Frau findet die App gut.",
])
def test_a_verb_after_a_lower_case_relative_is_no_name(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text, expected", [
    ("meine frau heike findet die app gut", "meine frau [NAME] findet die app gut"),
    ("meine frau rosa findet das gut", "meine frau [NAME] findet das gut"),
    ("meine frau schmidt findet das auch", "meine frau [NAME] findet das auch"),
    ("bei frau weber war es gut", "bei frau [NAME] war es gut"),
    ("frau müller findet das gut", "frau [NAME] findet das gut"),
])
def test_lower_case_names_after_a_relative_are_still_caught(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Der Typ heißt Mist, ehrlich.",
    "Der Typ heißt Quatsch.",
    "Der Service ist eine Zumutung.",
])
def test_evaluative_words_after_heisst_are_no_names(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text, expected", [
    ("Der Hausmeister heißt Brenner.", "Der Hausmeister heißt [NAME]."),
    ("Die Kollegin heißt Specht.", "Die Kollegin heißt [NAME]."),
])
def test_surnames_after_heisst_are_still_caught(text, expected):
    assert redact_text(text) == expected


# ---------------------------------------------------------------- 2. door bell


@pytest.mark.parametrize("text, expected", [
    ("auf der klingel steht nur mueller", "auf der klingel steht nur [NAME]"),
    ("am briefkasten steht schmid", "am briefkasten steht [NAME]"),
    ("auf dem türschild steht meier", "auf dem türschild steht [NAME]"),
    ("auf dem namensschild steht noch weber", "auf dem namensschild steht noch [NAME]"),
    ("klingel özkan", "klingel [NAME]"),
    ("Auf der Klingel steht Müller.", "Auf der Klingel steht [NAME]."),
])
def test_lower_case_name_on_a_bell_after_steht(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "die klingel steht nicht still",
    "am briefkasten steht nichts",
    "auf der klingel steht kein name",
    "der briefkasten steht im hof",
    "Auf dem Briefkasten steht Werbung.",
    "Klingel defekt",
])
def test_what_is_said_of_a_bell_stays(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- 3. zero-width joiner


@pytest.mark.parametrize("emoji", [
    "👩\u200d👩\u200d👧",  # family
    "👩🏽\u200d💻",  # skin tone, then the joiner
    "👨\u200d❤️\u200d👨",  # variation selector, then the joiner
])
def test_an_emoji_sequence_stays_whole(emoji):
    assert redact_text(f"Wir sind {emoji} eine Familie.") == f"Wir sind {emoji} eine Familie."


@pytest.mark.parametrize("text, expected", [
    ("Herr Mül\u200dler wohnt hier.", "Herr [NAME] wohnt hier."),
    ("Mail an an\u200dna@web.de", "Mail an [EMAIL]"),
    ("Famil\u200die 👨\u200d👩\u200d👦 von Frau Kr\u200debs",
     "Familie 👨\u200d👩\u200d👦 von Frau [NAME]"),
])
def test_a_joiner_inside_a_word_still_goes(text, expected):
    assert redact_text(text) == expected


# ---------------------------------------------------------------- 4./5. did you mean …


@pytest.mark.parametrize("typed, options, expected", [
    ("strasse", ["Straße", "Hausnummer"], "Straße"),
    ("Anmerkungen zur Buergerbeteiligung",
     ["Anmerkungen zur Bürgerbeteiligung", "Anmerkungen zum Verkehr"],
     "Anmerkungen zur Bürgerbeteiligung"),
    ("groesse", ["Größe", "Gewicht"], "Größe"),
    ("grosse", ["Größe", "Gewicht"], "Größe"),
    ("Größe", ["groesse"], "groesse"),  # the other way round
    ("lable", ["label", "id"], "label"),
    ("Alter", ["alter"], "alter"),
    ("farbe", ["label", "id"], None),  # too far off: no guess
    ("xyz", ["Straße"], None),
])
def test_closest_folds_umlauts_and_keeps_its_cutoff(typed, options, expected):
    assert closest(typed, options) == expected


@pytest.fixture()
def table(tmp_path):
    path = tmp_path / "antworten.csv"
    path.write_text("id,Straße,Anmerkungen zur Bürgerbeteiligung,code\n"
                    "1,Hauptstr,Gut so,a\n2,Bahnhofstr,Mehr Bänke,b\n", encoding="utf-8")
    return path


def _one_line_error(result):
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize("command", [
    ["redact", "{t}", "--text-column", "{c}", "-o", "{o}"],
    ["quotes", "review", "{t}", "--column", "{c}", "--decisions", "{d}", "--list"],
    ["classify", "train", "{t}", "--text-column", "{c}", "--model", "{m}"],
    ["themes", "{t}", "--text-column", "{c}", "--n-themes", "2", "-o", "{o}"],
])
@pytest.mark.parametrize("typed, meant", [
    ("strasse", "Straße"),
    ("Anmerkungen zur Buergerbeteiligung", "Anmerkungen zur Bürgerbeteiligung"),
    ("Strase", "Straße"),
])
def test_every_column_option_suggests_the_closest_column(table, tmp_path, command, typed,
                                                        meant):
    names = {"t": table, "c": typed, "o": tmp_path / "out.csv", "d": tmp_path / "d.csv",
             "m": tmp_path / "m.npz"}
    args = ["--lang", "en", *(a.format(**names) for a in command)]
    line = _one_line_error(CliRunner().invoke(main, args))
    assert f"column '{typed}'" in line and f"did you mean '{meant}'?" in line, line
    assert "antworten.csv" in line


def test_a_column_far_from_any_gets_the_list(table, tmp_path):
    result = CliRunner().invoke(main, ["redact", str(table), "--text-column", "farbe",
                                       "-o", str(tmp_path / "o.csv")])
    line = _one_line_error(result)
    assert "meinten Sie" not in line and "vorhanden: id, Straße" in line


def test_id_column_of_themes_suggests_too(table, tmp_path):
    result = CliRunner().invoke(main, ["--lang", "en", "themes", str(table), "--text-column",
                                       "Straße", "--id-column", "ID ", "--n-themes", "2",
                                       "-o", str(tmp_path / "o.csv")])
    assert "did you mean 'id'?" in _one_line_error(result)


def test_themes_question_suggests_before_reading_the_answers(tmp_path, monkeypatch):
    import esslingen_lab.surveys as surveys

    def no_load(*args, **kwargs):
        raise AssertionError("the answers were read before the question was checked")

    monkeypatch.setattr(surveys, "load_survey", no_load)
    result = CliRunner().invoke(main, ["--lang", "en", "themes", str(SURVEY), "--question",
                                       "radverkehrr", "--n-themes", "2",
                                       "-o", str(tmp_path / "o.csv")])
    line = _one_line_error(result)
    assert "did you mean 'radverkehr'?" in line and "survey.yml" in line


def test_coding_start_question_suggests_with_umlauts(tmp_path, monkeypatch):
    import esslingen_lab.surveys as surveys

    monkeypatch.setattr(surveys, "load_survey", lambda *a, **k: pytest.fail("read answers"))
    result = CliRunner().invoke(main, ["coding", "start", str(SURVEY), "--question",
                                       "Radverkehr", "--output-dir", str(tmp_path)])
    line = _one_line_error(result)
    # German throughout (the default language), no English mid-sentence
    assert "meinten Sie 'radverkehr'?" in line and "survey.yml" in line
    assert "ist keine Freitext-Frage" in line and "did you mean" not in line


def test_maturity_by_suggests_the_group_column(tmp_path):
    result = CliRunner().invoke(main, ["--lang", "en", "maturity", str(SURVEY), "--by",
                                       "stadteil", "--output", str(tmp_path / "m"),
                                       "--n-boot", "100", "--no-charts"])
    line = _one_line_error(result)
    assert "'stadteil'" in line and "did you mean 'stadtteil'?" in line


# ---------------------------------------------------------------- 6. coding start, fast


def test_coding_start_rejects_a_bad_codebook_before_the_slow_work(tmp_path, monkeypatch):
    """A codebook with an unknown parent code fails before the answers are read and redacted
    (that took ~20 s) and before the notebook tools are loaded."""
    import esslingen_lab.surveys as surveys

    monkeypatch.setattr(surveys, "load_survey", lambda *a, **k: pytest.fail("read answers"))
    bad = tmp_path / "codebook.yml"
    text = example_codebook_path().read_text(encoding="utf-8")
    assert "parent: verwaltung_online" in text
    bad.write_text(text.replace("parent: verwaltung_online", "parent: verwaltung_onlin"),
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "en", "coding", "start", str(SURVEY),
                                       "--question", "radverkehr", "--codebook", str(bad),
                                       "--output-dir", str(tmp_path / "out")])
    line = _one_line_error(result)
    assert "codebook.yml" in line and "verwaltung_onlin" in line
    assert not (tmp_path / "out").exists()  # nothing started, nothing written


def test_fit_question_suggests_the_closest_question():
    """Notebooks and ``report -p question=…`` reach the themes through fit_question."""
    from esslingen_lab.surveys import load_survey
    from esslingen_lab.themes.model import ThemeModelError
    from esslingen_lab.themes.question import fit_question

    survey = load_survey(SURVEY, redact=False)
    with pytest.raises(ThemeModelError, match="did you mean 'radverkehr'"):
        fit_question(survey, "Radverkeer", 2)
    with pytest.raises(ThemeModelError, match=r"available: radverkehr"):
        fit_question(survey, "farbe", 2)
