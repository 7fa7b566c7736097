"""The maturity part's input files: framework, OZG models and services tables, checked whole.

Each bad file gives one error naming the file and every wrong key path (or cell) at once.
"""

from pathlib import Path

import pandas as pd
import pytest

from esslingen_lab.errors import DataError
from esslingen_lab.maturity import (
    FrameworkError,
    demo_services,
    load_framework,
    load_ozg_model,
    service_levels,
)

GOOD_LEVELS = "levels: [{level: 1, min_score: 0, name: a}, {level: 2, min_score: 50, name: b}]\n"


def write(tmp_path, text, name="fw.yml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_framework_problem_is_named_in_one_message(tmp_path):
    path = write(tmp_path, GOOD_LEVELS + (
        "dimensions:\n"
        "  a: {weight: -1, items: {q1: {}}}\n"
        "  b: {wieght: 2, items: {q2: {reverse: vielleicht}}}\n"
        "  c: {items: {}}\n"))
    with pytest.raises(FrameworkError) as err:
        load_framework(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    assert "4 problems" in message
    assert "dimensions.a.weight" in message
    assert "unknown field 'dimensions.b.wieght' — did you mean 'weight'?" in message
    assert "dimensions.b.items.q2.reverse" in message
    assert "dimensions.c.items" in message


def test_framework_structure_errors_name_the_key(tmp_path):
    with pytest.raises(FrameworkError, match="required field 'levels' is missing"):
        load_framework(write(tmp_path, "dimensions: {a: {items: {q1: {}}}}\n"))
    with pytest.raises(FrameworkError, match="appears in dimensions 'a' and 'b'"):
        load_framework(write(tmp_path, GOOD_LEVELS + "dimensions:\n  a: {items: {q1: {}}}\n"
                                                   "  b: {items: {q1: {}}}\n"))
    with pytest.raises(FrameworkError, match="YAML mapping"):
        load_framework(write(tmp_path, "- just\n- a list\n"))
    with pytest.raises(FrameworkError, match="appears twice"):
        load_framework(write(tmp_path, GOOD_LEVELS + GOOD_LEVELS))


def test_a_valid_user_framework_and_an_edited_file_are_read_again(tmp_path):
    path = write(tmp_path, GOOD_LEVELS + "dimensions:\n  a: {name: Alpha, items: {q1: }}\n")
    fw = load_framework(path)
    assert fw.names()["a"] == "Alpha" and fw.names("en")["a"] == "Alpha"
    assert fw.items.loc[0, "column"] == "q1" and not fw.items.loc[0, "reverse"]
    assert fw.level_name(2, "en") == "b"  # name_en falls back to the German name
    path.write_text(GOOD_LEVELS + "dimensions:\n  a: {name: Beta, items: {q1: }}\n  x: 1\n",
                    encoding="utf-8")
    with pytest.raises(FrameworkError, match="dimensions.x"):
        load_framework(path)  # the cached read does not hide the edit


def test_ozg_model_file_problems_are_all_named(tmp_path):
    path = write(tmp_path, "default_model: m\nmodels:\n  m:\n    target_level: drei\n"
                           "    levels: [{level: 0, name: aus}, {level: 1, name: an}]\n"
                           "    criteria:\n      k1: {level: 1, nam: K}\n", "ozg.yml")
    with pytest.raises(FrameworkError) as err:
        load_ozg_model(path=path)
    message = str(err.value)
    assert "models.m.target_level" in message
    assert "unknown field 'models.m.criteria.k1.nam' — did you mean 'name'?" in message
    path = write(tmp_path, "models:\n  m:\n    levels: [{level: 0, name: aus}]\n"
                           "    criteria: {k1: {level: 3}}\n", "ozg.yml")
    with pytest.raises(FrameworkError, match="unknown level 3"):
        load_ozg_model("m", path=path)
    with pytest.raises(FrameworkError, match="unknown model"):
        load_ozg_model("fehlt")


def test_every_unreadable_service_cell_is_named_at_once():
    table = demo_services().head(4).copy()
    table.loc[1, "antrag_online"] = ""
    table.loc[3, "formular_online"] = "vielleicht"
    table.loc[3, "once_only"] = "?"
    with pytest.raises(DataError) as err:
        service_levels(table, file="leistungen.csv")
    message = str(err.value)
    assert "\n" not in message and "leistungen.csv" in message
    # rows as in the file (header = row 1), the first one in the error's fields
    assert err.value.row == 3 and err.value.column == "antrag_online"
    assert "Zeile 5 'formular_online'" in message and "row 5 'once_only'" in message
    assert "Zeile" not in err.value.render("en") and "also: row 5" in err.value.render("en")
    cases = err.value.failure_cases
    assert list(cases.columns) == ["file", "row", "column", "check", "value", "reason", "action"]
    assert cases[["row", "column"]].values.tolist() == [
        [3, "antrag_online"], [5, "formular_online"], [5, "once_only"]]
    assert cases.loc[1, "value"] == "vielleicht"


def test_missing_criterion_columns_are_listed_together():
    table = demo_services().drop(columns=["once_only", "bescheid_digital"])
    with pytest.raises(DataError, match="bescheid_digital, once_only"):
        service_levels(table)


def test_true_false_and_numbers_in_service_cells():
    table = pd.DataFrame({c: [True, "1", "x", "2.0"]
                          for c in load_ozg_model()["criteria"]["criterion"]})
    table.loc[2, "formular_online"] = False
    table.loc[3, "bescheid_digital"] = "0"
    assert service_levels(table)["level"].tolist() == [4, 4, 1, 3]


def test_a_survey_scores_with_the_framework_its_spec_names(tmp_path):
    import shutil
    import warnings

    from esslingen_lab.maturity import LowReliabilityWarning, MaturityReport, framework_path
    from esslingen_lab.surveys import load_survey

    demo = Path(__file__).resolve().parents[1] / "surveys" / "esslingen_demo" / "citizens"
    folder = tmp_path / "citizens"
    shutil.copytree(demo, folder)
    bundled = framework_path().read_text(encoding="utf-8")
    (folder / "modell.yml").write_text(
        bundled.replace('name: "Strategie und Führung"', 'name: "Strategie (Stadt)"'),
        encoding="utf-8")
    spec = folder / "survey.yml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("framework: null",
                                                             "framework: modell.yml"),
                    encoding="utf-8")
    survey = load_survey(spec, redact=False)
    assert framework_path(survey.spec) == (folder / "modell.yml").resolve()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LowReliabilityWarning)
        report = MaturityReport(n_boot=20, random_state=0).fit(survey)
    assert report.framework_.path == str((folder / "modell.yml").resolve())
    names = report.scores_.set_index("dimension")["name"]
    assert names["strategie"] == "Strategie (Stadt)"


@pytest.mark.parametrize("levels, message", [
    ("[{level: 1, min_score: 0, name: a}, {level: 2, min_score: 40, name: b}, "
     "{level: 1, min_score: 50, name: x}]", "level 1 is given twice"),
    ("[{level: 1, min_score: 0, name: a}, {level: 2, min_score: 60, name: b}, "
     "{level: 3, min_score: 40, name: c}]", "higher level needs a higher min_score"),
])
def test_levels_that_would_label_scores_wrongly_are_refused(tmp_path, levels, message):
    path = write(tmp_path, f"levels: {levels}\ndimensions:\n  a: {{items: {{q1: {{}}}}}}\n")
    with pytest.raises(FrameworkError, match=message):
        load_framework(path)
