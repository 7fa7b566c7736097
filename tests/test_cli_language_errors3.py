"""Codebook, maturity framework and survey-data reader errors speak the command line's --lang.

A broken codebook (``coding start --codebook``), a broken maturity framework
(``maturity --framework``) and a data file the readers refuse (``validate`` of a survey.yml
whose XLSX names a sheet that is not there) are one line, ``Fehler: …`` or ``Error: …``,
naming the file (and row, column, key path) and what to do — in one language, and never
with a respondent's answer in it. ``str(error)`` stays German / English for logs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from esslingen_lab.coding import (
    CodebookError,
    CodingError,
    CodingStore,
    example_codebook_path,
    load_codebook,
)
from esslingen_lab.errors import InputError
from esslingen_lab.maturity import FrameworkError, load_framework, load_ozg_model
from esslingen_lab.surveys import read_table
from tests.test_cli_language_errors import error_line
from tests.test_cli_language_errors2 import assert_speaks

FIXTURES = Path(__file__).parent / "fixtures"
BASIC = FIXTURES / "surveys" / "basic"
XLSX = FIXTURES / "formats" / "export.xlsx"
LANGUAGES = ["de", "en"]
#: Answers of the fixtures' respondents: never part of an error line.
ANSWERS = ["Ummeldung ohne Wartezeit", "Größere Straßenschilder", "Mettingen", "Geheimnis"]
GOOD_LEVELS = "levels: [{level: 1, min_score: 0, name: a}, {level: 2, min_score: 50, name: b}]\n"


@pytest.fixture
def folder(tmp_path):
    """A copy of the basic survey, to point it at broken files."""
    target = tmp_path / "umfrage"
    shutil.copytree(BASIC, target)
    return target


def _no_answers(line):
    for answer in ANSWERS:
        assert answer not in line, (answer, line)


def _use_data(folder: Path, entry: str) -> Path:
    """Replace the spec's two data files by one ``files:`` entry; return the spec."""
    spec = folder / "survey.yml"
    text = spec.read_text(encoding="utf-8")
    old = ("files:\n  - path: online.csv\n    source: online\n"
           "  - path: papier.csv\n    source: papier\n")
    assert old in text
    spec.write_text(text.replace(old, f"files:\n  - {entry}\n"), encoding="utf-8")
    return spec


# -- codebooks: coding start --codebook ---------------------------------------------------
def _coding_start(language, folder, codebook):
    return error_line(language, "coding", "start", folder / "survey.yml", "--question",
                      "wunsch", "--codebook", codebook, "--output-dir", folder / "kodierung")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_inconsistent_codebook_names_every_code(language, folder):
    codebook = folder / "codebuch.yml"
    codebook.write_text("name: t\nversion: 2\ncodes:\n  - {name: a, definition: A}\n"
                        "  - {name: a, definition: B}\n  - {name: b, definition: B, parent: x}\n"
                        "  - {name: c, definition: C, parent: d}\n"
                        "  - {name: d, definition: D, parent: c}\n", encoding="utf-8")
    line = _coding_start(language, folder, codebook)
    assert_speaks(language, line, shows=[codebook, "'a'", "'x'", "'c'", "codebook_example.yml"],
                  not_de=["steht zweimal", "unbekannten Obercode", "Zyklus", "korrigieren"],
                  not_en=["appears twice", "unknown parent", "cycle", "fix the codebook"])
    assert not (folder / "kodierung").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_codebook_field_problems_name_the_key_path(language, folder):
    codebook = folder / "codebuch.yml"
    codebook.write_text("name: t\nversion: 1\nlanguage: fr\ncodes:\n"
                        "  - {name: 'a;b', definition: A}\n  - {name: c, parnt: a}\n",
                        encoding="utf-8")
    line = _coding_start(language, folder, codebook)
    assert_speaks(language, line, shows=[codebook, "'language'", "'de'", "'codes.0.name'", "';'",
                                         "'codes.1.parnt'", "'parent'", "'codes.1.definition'"],
                  not_de=["4 Probleme", "muss", "darf kein", "unbekannter Schlüssel", "fehlt"],
                  not_en=["4 problems", "must", "unknown field", "is missing"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_codebook_key_suggests_only_a_likely_typo(language, folder):
    """Review s8: "farbe" was answered with "did you mean 'label'?"; a guess that far off
    misleads: the known keys are listed instead."""
    codebook = folder / "codebuch.yml"
    codebook.write_text("name: t\nversion: 1\ncodes:\n  - {name: a, definition: A, farbe: rot}\n"
                        "  - {name: b, definition: B, lable: Bb}\n", encoding="utf-8")
    line = _coding_start(language, folder, codebook)
    farbe, lable = line.split("'codes.1.lable'")
    assert "'codes.0.farbe'" in farbe and "'label'" not in farbe, line  # no far-off guess ...
    assert "definition, include" in farbe  # ... the known keys instead
    assert lable.split(" — ")[1] == ("meinten Sie 'label'?" if language == "de"
                                     else "did you mean 'label'?"), line  # a typo is named


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_codebook_that_is_no_mapping_says_what_it_needs(language, folder):
    codebook = folder / "codebuch.yml"
    codebook.write_text("- termine\n- online\n", encoding="utf-8")
    line = _coding_start(language, folder, codebook)
    assert_speaks(language, line, shows=[codebook, "name, version", "codes"],
                  not_de=["YAML-Zuordnung", "korrigieren"], not_en=["mapping", "fix the"])


@pytest.mark.parametrize("language, words, other", [
    ("de", "unbekannte(r) Code(s) 'zzz'", "unknown code"),
    ("en", "unknown code(s) 'zzz'", "unbekannt"),
])
def test_an_unknown_code_is_named_in_one_language(language, words, other):
    codebook = load_codebook(example_codebook_path())
    with pytest.raises(CodebookError) as caught:
        codebook.check_codes(["zzz", "termine"])
    error = caught.value
    assert error.reason == "codebook_unknown_codes" and error.params["codes"] == "'zzz'"
    assert words in error.render(language) and other not in error.render(language)
    assert "unbekannte(r) Code(s)" in str(error) and "unknown code(s)" in str(error)
    # the coding store hands it on as a CodingError, still in both languages
    with CodingStore(":memory:", codebook=codebook) as store:
        with pytest.raises(CodingError) as caught:
            store.save_coding("anna", "a1", ["zzz"])
    assert words in caught.value.render(language) and other not in caught.value.render(language)


def test_codebook_errors_keep_their_fields_and_both_languages(tmp_path):
    with pytest.raises(CodebookError) as caught:
        load_codebook(tmp_path / "fehlt.yml")
    error = caught.value
    assert error.reason == "codebook_not_found" and error.file == str(tmp_path / "fehlt.yml")
    assert "Codebuch nicht gefunden / codebook file not found" in str(error)
    assert error.render("en").endswith("codebook file not found — check the path")
    assert "Pfad" in error.render("de") and "path" not in error.render("de")


# -- maturity framework: maturity --framework ---------------------------------------------
def _maturity(language, folder, framework):
    return error_line(language, "maturity", folder / "survey.yml", "-o", folder / "reifegrad",
                      "--framework", framework)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_broken_framework_names_every_key_path(language, folder):
    framework = folder / "modell.yml"
    framework.write_text("levels: [{level: 1, min_score: 0, name: a}, "
                         "{level: 1, min_score: 50, name: b}]\n"
                         "dimensions:\n"
                         "  a: {wieght: 2, items: {online_b1: {reverse: vielleicht}}}\n",
                         encoding="utf-8")
    line = _maturity(language, folder, framework)
    assert_speaks(language, line, shows=[framework, "'levels'", "'dimensions.a.wieght'", "'weight'",
                                         "'dimensions.a.items.online_b1.reverse'",
                                         "maturity_framework.yml"],
                  not_de=["3 Probleme", "Stufe", "doppelt", "unbekannter Schlüssel",
                          "meinten Sie", "true oder false", "korrigieren"],
                  not_en=["3 problems", "level 1", "given twice", "unknown field",
                          "did you mean", "true or false", "fix the"])
    assert not (folder / "reifegrad").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_framework_validator_complaints_speak_the_language(language, folder):
    framework = folder / "modell.yml"
    framework.write_text(GOOD_LEVELS + "dimensions:\n"
                         "  a: {items: {online_b1: {}}}\n  b: {items: {online_b1: {}}}\n",
                         encoding="utf-8")
    line = _maturity(language, folder, framework)
    assert_speaks(language, line, shows=[framework, "'online_b1'", "'a'", "'b'"],
                  not_de=["steht in den Dimensionen"], not_en=["appears in dimensions"])
    framework.write_text(GOOD_LEVELS + "scale: {min: 5, max: 3}\ndimensions:\n"
                         "  a: {items: {online_b1: {}}}\n", encoding="utf-8")
    line = _maturity(language, folder, framework)
    assert_speaks(language, line, shows=[framework, "'scale'", "min (5)", "max (3)"],
                  not_de=["muss kleiner"], not_en=["must be smaller"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_framework_that_is_no_mapping_is_one_line(language, folder):
    framework = folder / "modell.yml"
    framework.write_text("- nur\n- eine Liste\n", encoding="utf-8")
    line = _maturity(language, folder, framework)
    assert_speaks(language, line, shows=[framework, "YAML", "maturity_framework.yml"],
                  not_de=["Zuordnung", "korrigieren"], not_en=["mapping", "fix the"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_unreadable_service_cells_and_missing_criteria_are_one_line(language, folder):
    from esslingen_lab.maturity import demo_services

    table = demo_services().head(4).copy()
    table.loc[1, "antrag_online"] = ""
    table.loc[3, "formular_online"] = "vielleicht"
    services = folder / "leistungen.csv"
    table.to_csv(services, index=False)
    line = error_line(language, "maturity", folder / "survey.yml", "-o", folder / "reifegrad",
                      "--services", services, "--no-charts", "--n-boot", "100")
    row = "Zeile 3" if language == "de" else "row 3"
    assert_speaks(language, line, shows=[services, row, "'antrag_online'", "'formular_online'",
                                         "ja, nein"],
                  not_de=["Zeile", "Angabe fehlt", "auch:", "schreiben"],
                  not_en=["row ", "value missing", "also:", "write "])
    demo_services().drop(columns=["once_only"]).to_csv(services, index=False)
    line = error_line(language, "maturity", folder / "survey.yml", "-o", folder / "reifegrad",
                      "--services", services, "--no-charts", "--n-boot", "100")
    assert_speaks(language, line, shows=[services, "once_only", "bescheid_digital"],
                  not_de=["Kriterium-Spalte fehlt", "erwartete"],
                  not_en=["criterion column missing", "expected"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_ozg_model_file_errors_render_in_one_language(language, tmp_path):
    path = tmp_path / "ozg.yml"
    path.write_text("models:\n  m:\n    levels: [{level: 0, name: aus}]\n"
                    "    criteria: {k1: {level: 3}}\n", encoding="utf-8")
    with pytest.raises(FrameworkError) as caught:
        load_ozg_model("m", path=path)
    line = caught.value.render(language)
    assert_speaks(language, line, shows=[path, "3", "ozg_levels.yml"],
                  not_de=["unbekannte Stufe", "korrigieren"], not_en=["unknown level", "fix the"])
    with pytest.raises(FrameworkError) as caught:
        load_ozg_model("fehlt")
    line = caught.value.render(language)
    assert_speaks(language, line, shows=["'fehlt'", "ozg_levels.yml"],
                  not_de=["unbekannt", "vorhanden"], not_en=["unknown model", "available"])
    with pytest.raises(FrameworkError) as caught:
        load_framework(tmp_path / "nirgends.yml")
    assert caught.value.reason == "framework_not_found"
    assert_speaks(language, caught.value.render(language), shows=["nirgends.yml"],
                  not_de=["nicht gefunden"], not_en=["not found"])


# -- survey data readers: validate survey.yml ---------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_sheet_lists_the_sheets_there_are(language, folder):
    shutil.copy(XLSX, folder / "export.xlsx")
    spec = _use_data(folder, "{path: export.xlsx, sheet: Antwort}")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[folder / "export.xlsx", "'Antwort'",
                                         "Deckblatt, Antworten"],
                  not_de=["kein Blatt", "Blätter"], not_en=["no sheet", "sheets are"])
    _no_answers(line)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_wrong_sheet_number_lists_the_sheets_there_are(language, folder):
    shutil.copy(XLSX, folder / "export.xlsx")
    spec = _use_data(folder, "{path: export.xlsx, sheet: 7}")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[folder / "export.xlsx", "7", "Deckblatt, Antworten"],
                  not_de=["kein Blatt Nummer", "Blätter"], not_en=["no sheet number", "sheets"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_broken_workbook_says_how_to_repair_it(language, folder):
    (folder / "export.xlsx").write_bytes(b"id;wunsch\n1;Geheimnis der Nachbarin\n")
    spec = _use_data(folder, "{path: export.xlsx}")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[folder / "export.xlsx", "XLSX", "LibreOffice", ".xlsx"],
                  not_de=["lesbare", "öffnen", "speichern"],
                  not_en=["readable", "open it", "save as"])
    _no_answers(line)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name, content, shows, not_de, not_en", [
    ("alt.xls", b"x", [".xls", ".xlsx"], ["unterstützt", "speichern"], ["not supported", "save"]),
    ("daten.json", b"{}", ["'.json'", ".csv, .xlsx"], ["unbekannter Dateityp", "verwenden"],
     ["unknown file type", "use "]),
    ("daten.csv", bytes(range(256)) * 4, ["CSV, XLSX"], ["binär", "exportieren"],
     ["binary", "export as"]),
    ("daten.csv", "id;wunsch\n1;\"Geheimnis der Nachbarin\n".encode(), ["2", '"'],
     ["Anführungszeichen", "Zeile"], ["quoted", "row "]),
    ("daten.xlsx", [["id", "wunsch", "wunsch"], ["1", "Geheimnis", "Mettingen"]],
     ["'wunsch'"], ["Spaltenname", "Kopfzeile", "Spalte"], ["column name", "header", "column "]),
], ids=["xls", "unknown_type", "binary", "unclosed_quote", "column_twice"])
def test_unreadable_data_files_are_one_line(language, folder, name, content, shows, not_de,
                                             not_en):
    data = folder / name
    if isinstance(content, list):  # rows of a workbook
        import openpyxl

        book = openpyxl.Workbook()
        for row in content:
            book.active.append(row)
        book.save(data)
    else:
        data.write_bytes(content)
    spec = _use_data(folder, f"{{path: {name}}}")
    line = error_line(language, "validate", spec)
    assert_speaks(language, line, shows=[data, *shows], not_de=not_de, not_en=not_en)
    _no_answers(line)


def test_reader_errors_keep_reason_fields_and_both_languages(tmp_path):
    shutil.copy(XLSX, tmp_path / "export.xlsx")
    with pytest.raises(InputError, match="no sheet 'Antwort'.*Deckblatt, Antworten") as caught:
        read_table(tmp_path / "export.xlsx", sheet="Antwort")
    error = caught.value
    assert error.reason == "xlsx_no_sheet" and error.file == str(tmp_path / "export.xlsx")
    assert "hat kein Blatt 'Antwort' / has no sheet 'Antwort'" in str(error)
    assert error.render("en").endswith("— sheets are: Deckblatt, Antworten")
    assert error.render("de").endswith("— vorhandene Blätter: Deckblatt, Antworten")
