"""Survey loading: formats, Likert mapping, validation, accounting and the validate CLI."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.errors import DataError, InputError, SpecError
from esslingen_lab.surveys import Reason, load_spec, load_survey, read_table

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = FIXTURES / "formats"
BASIC = FIXTURES / "surveys" / "basic" / "survey.yml"

SCALE = {
    "min": 1, "max": 5,
    "labels": {"stimme gar nicht zu": 1, "stimme eher nicht zu": 2, "teils/teils": 3,
               "stimme eher zu": 4, "stimme voll zu": 5},
    "missing": ["weiß nicht", "keine Angabe"],
}
EXPECTED_TEXT = ["Ummeldung ohne Wartezeit", "Größere Straßenschilder für Ältere", "Kita-Platz"]


def write_spec(folder: Path, data_file: str, **overrides) -> Path:
    spec = {
        "name": "t", "language": "de", "respondent_group": "citizens", "id_column": "id",
        "files": [{"path": data_file}],
        "questions": {"wunsch": "Welche Leistungen online?"},
        "likert_scales": {"z5": SCALE},
        "likert": {"online_b1": {"dimension": "online_dienste", "scale": "z5"}},
        "groups": ["stadtteil"],
    }
    spec.update(overrides)
    path = folder / "survey.yml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return path


def copy_fixture(tmp_path: Path, name: str) -> str:
    shutil.copy(FORMATS / name, tmp_path / name)
    return name


# -- formats -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["cp1252_semicolon.csv", "utf8_bom.csv", "utf8_tab.tsv"])
def test_csv_encodings_and_delimiters_keep_umlauts(tmp_path, name):
    spec = write_spec(tmp_path, copy_fixture(tmp_path, name))
    survey = load_survey(spec, redact=False)
    texts = survey.responses["wunsch"].tolist()
    assert texts[0] == EXPECTED_TEXT[0]
    assert texts[1].replace(",", "") == EXPECTED_TEXT[1]
    assert survey.responses["stadtteil"].tolist() == ["Mettingen", "Oberesslingen",
                                                       "Pliensauvorstadt"]
    assert survey.responses["online_b1"].tolist()[:2] == [5.0, 2.0]
    assert np.isnan(survey.responses["online_b1"].iloc[2])  # "weiß nicht" = missing


def test_xlsx_named_sheet(tmp_path):
    spec = write_spec(tmp_path, copy_fixture(tmp_path, "export.xlsx"))
    raw = yaml.safe_load(spec.read_text(encoding="utf-8"))
    raw["files"][0]["sheet"] = "Antworten"
    spec.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    survey = load_survey(spec, redact=False)
    assert survey.responses["wunsch"].tolist() == EXPECTED_TEXT
    assert survey.responses["respondent_id"].tolist() == ["1", "2", "3"]


def test_xlsx_first_sheet_is_default_and_wrong_sheet_is_named(tmp_path):
    name = copy_fixture(tmp_path, "export.xlsx")
    assert list(read_table(tmp_path / name).columns) == ["Hinweis"]
    with pytest.raises(InputError, match="no sheet 'Antwort'.*Deckblatt, Antworten"):
        read_table(tmp_path / name, sheet="Antwort")


def test_spss_value_labels_become_categories(tmp_path):
    name = copy_fixture(tmp_path, "export.sav")
    table = read_table(tmp_path / name)
    assert isinstance(table["stadtteil"].dtype, pd.CategoricalDtype)
    assert table["stadtteil"].tolist() == ["Mettingen", "Oberesslingen", "Pliensauvorstadt"]
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    assert survey.responses["online_b1"].tolist()[:2] == [5.0, 2.0]
    assert survey.responses["wunsch"].tolist() == EXPECTED_TEXT
    assert survey.responses["respondent_id"].tolist() == ["1", "2", "3"]


def test_limesurvey_codes_and_rename(tmp_path):
    name = copy_fixture(tmp_path, "limesurvey_export.csv")
    scale = dict(SCALE, labels={"A1": 1, "A2": 2, "A3": 3, "A4": 4, "A5": 5})
    spec = write_spec(
        tmp_path, name,
        rename={"G01Q01": "stadtteil", "G01Q02": "wunsch",
                "G02Q01[SQ001]": "online_b1", "G02Q01[SQ002]": "online_b3"},
        likert_scales={"z5": scale},
        likert={"online_b1": {"dimension": "online_dienste", "scale": "z5"},
                "online_b3": {"dimension": "online_dienste", "scale": "z5", "reverse": True}},
        complete_column="submitdate",
    )
    survey = load_survey(spec, redact=False)
    # respondent 3 answered "A6" (not a code) -> kept, value missing; 4 never submitted
    assert survey.responses["respondent_id"].tolist() == ["1", "2", "3"]
    assert survey.responses["online_b1"].tolist()[:2] == [5.0, 2.0]
    assert survey.responses["online_b3"].tolist()[:2] == [5.0, 2.0]  # reverse-coded A1, A4
    cases = survey.quality.cases
    assert set(cases["reason"]) == {Reason.UNKNOWN_LABEL.value, Reason.INCOMPLETE.value}
    assert "ipaddr" not in survey.responses.columns and "lastpage" not in survey.responses


def test_several_files_are_stacked_with_source_and_accounted():
    survey = load_survey(BASIC, redact=False)
    q = survey.quality
    assert q.rows_read == 10 and q.rows_used == 5 and q.rows_excluded == 5
    assert (q.by_file["rows_read"] == q.by_file["rows_used"] + q.by_file["rows_excluded"]).all()
    assert survey.responses["source"].tolist() == ["online"] * 3 + ["papier"] * 2
    assert "email" not in survey.responses.columns  # direct identifier dropped
    reasons = q.excluded_by_reason().to_dict()
    assert reasons == {"duplicate_id": 1, "empty_response": 1, "out_of_range": 1,
                       "speeder": 1, "test_response": 1}
    row10 = survey.responses.set_index("respondent_id").loc["10"]
    assert row10["online_b1"] == 5.0 and row10["online_b3"] == 4.0  # "eher nicht" 2 reversed
    # the cp1252 file keeps ß and umlauts
    assert "Führungszeugnis, Größe egal" in survey.responses["wunsch"].tolist()


def test_texts_long_table_skips_non_answers():
    survey = load_survey(BASIC, redact=False)
    texts = survey.texts("wunsch")
    assert list(texts.columns) == ["respondent_id", "question", "text"]
    assert "keine Angabe" not in texts["text"].tolist()
    assert len(texts) == 4
    with pytest.raises(SpecError, match="did you mean 'wunsch'"):
        survey.texts("wunch")


def test_failure_cases_have_fixed_columns_and_file_rows():
    cases = load_survey(BASIC, redact=False).quality.cases
    assert list(cases.columns) == ["file", "row", "column", "check", "value", "reason",
                                   "action"]
    dup = cases[cases["reason"] == "duplicate_id"].iloc[0]
    assert (dup["file"], dup["row"], dup["column"]) == ("online.csv", 6, "id")


# -- malformed inputs ------------------------------------------------------------------------
def _csv(tmp_path, text: str, name="data.csv", encoding="utf-8") -> str:
    (tmp_path / name).write_bytes(text.encode(encoding))
    return name


GOOD = "id;stadtteil;wunsch;online_b1\n1;Zell;Termin online;4\n2;Zell;WLAN;3\n"


def test_missing_column_suggests_the_close_name(tmp_path):
    name = _csv(tmp_path, "id;stadtteil;wunsh;online_b1\n1;Zell;x;4\n")
    with pytest.raises(InputError) as info:
        load_survey(write_spec(tmp_path, name), redact=False)
    assert info.value.column == "wunsch" and "did you mean 'wunsh'" in str(info.value)


def test_duplicate_ids_keep_first(tmp_path):
    name = _csv(tmp_path, GOOD + "1;Berkheim;nochmal;2\n")
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    assert survey.responses["wunsch"].tolist() == ["Termin online", "WLAN"]
    assert survey.quality.excluded_by_reason().to_dict() == {"duplicate_id": 1}


def test_binary_garbage(tmp_path):
    (tmp_path / "data.csv").write_bytes(bytes(range(256)) * 10)
    with pytest.raises(InputError, match="binary"):
        load_survey(write_spec(tmp_path, "data.csv"), redact=False)


@pytest.mark.parametrize("content", [b"\x00\x01\x02", b"\x00" * 50, b"\x07\x1b\x05\n\x02"])
def test_control_characters_only_are_binary(tmp_path, content):
    # valid UTF-8, but no letter or digit at all: not a table, not "column missing"
    (tmp_path / "data.csv").write_bytes(content)
    with pytest.raises(InputError, match="binary"):
        load_survey(write_spec(tmp_path, "data.csv"), redact=False)


def test_a_control_character_inside_an_answer_is_text(tmp_path):
    name = _csv(tmp_path, GOOD.replace("Termin online", "Termin\x01online"))
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    assert survey.responses["wunsch"].iloc[0].startswith("Termin")


def test_empty_file(tmp_path):
    name = _csv(tmp_path, "")
    with pytest.raises(InputError, match="empty"):
        load_survey(write_spec(tmp_path, name), redact=False)


def test_header_only_is_not_usable(tmp_path):
    name = _csv(tmp_path, "id;stadtteil;wunsch;online_b1\n")
    with pytest.raises(DataError, match="no usable rows"):
        load_survey(write_spec(tmp_path, name), redact=False)
    survey = load_survey(write_spec(tmp_path, name), redact=False, strict=False)
    assert not survey.quality.usable and survey.quality.rows_read == 0


def test_strict_load_keeps_the_failure_cases_without_the_answers(tmp_path):
    # every row excluded: one without an id, one out of the scale, one a repeated id
    name = _csv(tmp_path, "id;stadtteil;wunsch;online_b1\n"
                          ";Zell;Anna Weber, Tel. 0711 123456;4\n"
                          "7;Zell;Termine online;9\n")
    with pytest.raises(DataError) as info:
        load_survey(write_spec(tmp_path, name), redact=False)
    error = info.value
    assert error.reason == "no_usable_rows"
    cases = error.failure_cases
    assert list(cases.columns) == ["file", "row", "column", "check", "reason", "action"]
    found = set(zip(cases["row"], cases["reason"], strict=True))
    assert found >= {(2, "missing_id"), (3, "out_of_range")}
    assert (cases["file"] == "data.csv").all() and (cases["action"] == "excluded").all()
    # the answers are personal data: no cell of the failure cases repeats one
    cells = " ".join(map(str, cases.to_numpy().ravel()))
    assert "Anna" not in cells and "0711" not in cells and "9" not in cells.split()
    # the same cases, with values, stay on a non-strict load for the user's own eyes
    survey = load_survey(write_spec(tmp_path, name), redact=False, strict=False)
    assert len(survey.quality.cases) == len(cases)


def test_errors_render_in_the_language_asked(tmp_path):
    name = _csv(tmp_path, "id;stadtteil;online_b1\n1;Zell;4\n")
    with pytest.raises(InputError) as info:
        load_survey(write_spec(tmp_path, name), redact=False)
    error = info.value
    assert error.reason == "column_missing" and error.column == "wunsch"
    assert error.render("de").endswith("data.csv, Spalte 'wunsch': Spalte fehlt — die Spalte im "
                                       "Export ergänzen oder aus survey.yml entfernen")
    assert error.render("en").endswith("data.csv, column 'wunsch': column is missing — add the "
                                       "column to the export or remove it from survey.yml")
    assert "Spalte/column 'wunsch'" in str(error)  # logs and notebooks get both


def test_unclosed_quote_names_the_row(tmp_path):
    name = _csv(tmp_path, 'id;stadtteil;wunsch;online_b1\n1;Zell;"kein Ende;4\n2;Zell;x;3\n')
    with pytest.raises(InputError, match="never closed") as info:
        load_survey(write_spec(tmp_path, name), redact=False)
    assert info.value.row is not None


def test_row_with_too_many_fields_is_excluded_not_fatal(tmp_path):
    name = _csv(tmp_path, GOOD + "3;Zell;a;b;4\n4;Zell;ok;5\n")
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    q = survey.quality
    assert (q.rows_read, q.rows_used, q.rows_excluded) == (4, 3, 1)
    case = q.cases.iloc[0]
    assert case["reason"] == "malformed_row" and case["row"] == 4


def test_unknown_likert_label_sets_missing_and_is_reported(tmp_path):
    name = _csv(tmp_path, GOOD + "3;Zell;x;stimme total zu\n")
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    assert len(survey.responses) == 3
    case = survey.quality.cases.iloc[0]
    assert (case["reason"], case["value"], case["action"]) == ("unknown_label",
                                                               "stimme total zu",
                                                               "set_missing")


def test_out_of_range_excludes_row(tmp_path):
    name = _csv(tmp_path, GOOD + "3;Zell;x;7\n4;Zell;y;0.5\n")
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    assert survey.quality.excluded_by_reason().to_dict() == {"out_of_range": 2}


def test_labels_match_case_and_whitespace_insensitively(tmp_path):
    name = _csv(tmp_path, "id;stadtteil;wunsch;online_b1\n1;Zell;x;  Stimme   VOLL zu \n")
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    assert survey.responses["online_b1"].tolist() == [5.0]


def test_wrong_sheet_in_spec(tmp_path):
    name = copy_fixture(tmp_path, "export.xlsx")
    spec = write_spec(tmp_path, name, files=[{"path": name, "sheet": "Tabelle1"}])
    with pytest.raises(InputError, match="no sheet 'Tabelle1'"):
        load_survey(spec, redact=False)


def test_missing_data_file(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        load_survey(write_spec(tmp_path, "nirgends.csv"), redact=False)


def test_old_xls_is_refused_with_advice(tmp_path):
    name = _csv(tmp_path, "x", name="data.xls")
    with pytest.raises(InputError, match="save it as .xlsx"):
        load_survey(write_spec(tmp_path, name), redact=False)


def test_spec_typo_suggests_field(tmp_path):
    spec = write_spec(tmp_path, "data.csv", quesitons={"a": "b"})
    with pytest.raises(SpecError, match="unknown field 'quesitons' — did you mean 'questions'"):
        load_spec(spec)


def test_spec_unknown_scale(tmp_path):
    spec = write_spec(tmp_path, "data.csv",
                      likert={"online_b1": {"dimension": "d", "scale": "z7"}})
    with pytest.raises(SpecError, match="unknown scale 'z7'"):
        load_spec(spec)


def test_spec_yaml_syntax_error_names_line(tmp_path):
    path = tmp_path / "survey.yml"
    path.write_text("name: t\nid_column: id\nfiles:\n  - path: [a.csv\n", encoding="utf-8")
    with pytest.raises(SpecError, match="YAML syntax error") as info:
        load_spec(path)
    assert info.value.row is not None


def test_spec_column_in_two_roles(tmp_path):
    spec = write_spec(tmp_path, "data.csv", groups=["wunsch"])
    with pytest.raises(SpecError, match="'wunsch' is listed under both"):
        load_spec(spec)


def test_spec_scale_min_not_below_max(tmp_path):
    spec = write_spec(tmp_path, "data.csv", likert_scales={"z5": dict(SCALE, min=5, max=1)})
    with pytest.raises(SpecError, match="min"):
        load_spec(spec)


def test_spec_missing_required_field(tmp_path):
    path = tmp_path / "survey.yml"
    path.write_text("name: t\nfiles: [{path: a.csv}]\n", encoding="utf-8")
    with pytest.raises(SpecError, match="required field 'id_column' is missing"):
        load_spec(path)


def test_speeders_and_test_rows(tmp_path):
    name = _csv(tmp_path, "id;stadtteil;wunsch;online_b1;test;dauer\n"
                          "1;Zell;a;4;;300\n2;Zell;b;4;ja;300\n3;Zell;c;4;;12\n"
                          "4;Zell;d;4;;zwei Minuten\n")
    spec = write_spec(tmp_path, name, test_column="test", duration_column="dauer",
                      min_duration_seconds=60)
    survey = load_survey(spec, redact=False)
    assert survey.responses["respondent_id"].tolist() == ["1", "4"]
    assert survey.quality.excluded_by_reason().to_dict() == {"speeder": 1, "test_response": 1}
    assert survey.quality.warnings_by_reason().to_dict() == {"bad_duration": 1}


# -- CLI ----------------------------------------------------------------------------------
BROKEN = {
    "missing_column": ("id;stadtteil;online_b1\n1;Zell;4\n", "Spalte 'wunsch': Spalte fehlt"),
    "empty": ("", "die Datei ist leer"),
    "unclosed_quote": ('id;stadtteil;wunsch;online_b1\n1;Zell;"x;4\n', "nie geschlossen"),
    "header_only": ("id;stadtteil;wunsch;online_b1\n", "NICHT nutzbar"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_validate_cli_broken_inputs_one_line_no_traceback(tmp_path, case):
    text, expected = BROKEN[case]
    spec = write_spec(tmp_path, _csv(tmp_path, text))
    result = CliRunner().invoke(main, ["validate", str(spec), "--no-overview"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert expected in result.output
    if result.exit_code != 1:  # ClickException: exactly one error line
        assert len(result.output.strip().splitlines()) == 1


def test_validate_cli_spec_typo(tmp_path):
    spec = write_spec(tmp_path, "data.csv", quesitons={"a": "b"})
    result = CliRunner().invoke(main, ["validate", str(spec)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "meinten Sie 'questions'" in lines[0]


def test_validate_cli_writes_cases_and_summary(tmp_path):
    out = tmp_path / "cases.csv"
    result = CliRunner().invoke(main, ["validate", str(BASIC), "--report", str(out),
                                       "--lang", "en", "--no-overview"])
    assert result.exit_code == 0, result.output
    assert "rows read: 10, used: 5, excluded: 5" in result.output
    cases = pd.read_csv(out)
    assert len(cases) == 6 and "duplicate_id" in set(cases["reason"])


def test_validate_german_summary_by_default():
    result = CliRunner().invoke(main, ["validate", str(BASIC), "--no-overview"])
    assert "Zeilen gelesen: 10, verwendet: 5, ausgeschlossen: 5" in result.output
    assert "doppelte Befragten-ID" in textwrap.dedent(result.output)


def test_first_row_with_too_many_fields_is_not_taken_as_index(tmp_path):
    name = _csv(tmp_path, "id;stadtteil;wunsch;online_b1\n1;Zell;a;b;4\n2;Zell;ok;5\n")
    survey = load_survey(write_spec(tmp_path, name), redact=False)
    assert survey.responses["respondent_id"].tolist() == ["2"]
    assert survey.responses["wunsch"].tolist() == ["ok"]
    assert survey.quality.cases.iloc[0]["row"] == 2


FATAL_SPECS = {
    "binary": (lambda d: (d / "data.csv").write_bytes(bytes(range(256)) * 4), {}, "binär"),
    "missing_file": (lambda d: None, {"files": [{"path": "fehlt.csv"}]},
                     "Datei nicht gefunden — Pfad prüfen"),
    "xls": (lambda d: (d / "a.xls").write_bytes(b"x"), {"files": [{"path": "a.xls"}]},
            ".xlsx"),
    "wrong_sheet": (lambda d: shutil.copy(FORMATS / "export.xlsx", d / "e.xlsx"),
                    {"files": [{"path": "e.xlsx", "sheet": "Blatt9"}]}, "kein Blatt 'Blatt9'"),
    "unknown_scale": (lambda d: None,
                      {"likert": {"online_b1": {"dimension": "x", "scale": "z9"}}},
                      "unbekannte Skala 'z9'"),
    "two_roles": (lambda d: None, {"groups": ["online_b1"]}, "steht unter likert und unter groups"),
    "bad_language": (lambda d: None, {"language": "fr"}, "language"),
}


@pytest.mark.parametrize("case", sorted(FATAL_SPECS))
def test_validate_cli_fatal_problems_are_one_line(tmp_path, case):
    prepare, overrides, expected = FATAL_SPECS[case]
    prepare(tmp_path)
    spec = write_spec(tmp_path, "data.csv", **overrides)
    result = CliRunner().invoke(main, ["validate", str(spec)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.output
    assert "Traceback" not in result.output and str(tmp_path.name) in lines[0]


def test_validate_cli_row_problems_are_listed_with_reasons(tmp_path):
    name = _csv(tmp_path, GOOD + "1;Zell;doppelt;2\n3;Zell;x;9\n")
    result = CliRunner().invoke(main, ["validate", str(write_spec(tmp_path, name)),
                                       "--no-overview"])
    assert result.exit_code == 0
    assert "doppelte Befragten-ID" in result.output
    assert "Likert-Wert außerhalb der Skala" in result.output


def test_an_excel_unicode_text_export_utf16_is_read(tmp_path):
    from esslingen_lab.surveys.readers import read_table

    path = tmp_path / "export.csv"
    path.write_bytes("id\twunsch\n1\tMehr Bänke am Neckar\n2\tWLAN im Rathaus\n".encode("utf-16"))
    table = read_table(path)
    assert list(table["wunsch"]) == ["Mehr Bänke am Neckar", "WLAN im Rathaus"]
