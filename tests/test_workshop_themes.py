"""The workshop shows the report's themes; its curation is a ThemeMap the report applies."""

import json
import sqlite3

import pytest

from esslingen_lab.defaults import DEFAULT_N_THEMES, DEFAULT_SEED
from esslingen_lab.themes import ThemeMap, ThemeModel
from esslingen_lab.themes.question import fit_question
from esslingen_lab.workshop import WorkshopStore
from esslingen_lab.workshop.export import export_workshop
from esslingen_lab.workshop.models import FacilitatorModel, themes_for_import
from tests.test_themes import DEMO, TEXTS

QUESTION = "aergernis"


def _shown(desk):
    """What the desk shows: theme labels and, per respondent, the label of their theme."""
    labels = {t["id"]: t["label"] for t in desk.themes()}
    return (sorted(labels.values()),
            {a["respondent"]: labels[a["theme_id"]] for a in desk.store.answers()})


def _report(model):
    """What the report shows for a fitted model: theme labels and each respondent's label."""
    names = dict(zip(model.themes_["id"], model.themes_["label"], strict=True))
    return (sorted(names.values()),
            {str(i): names[t] for i, t in zip(model.ids_, model.labels_, strict=True)})


@pytest.fixture(scope="module")
def survey():
    from esslingen_lab.surveys import load_survey

    if not DEMO.exists():
        pytest.skip("demo survey not generated")
    return load_survey(DEMO)


@pytest.fixture(scope="module")
def report_model(survey):
    # as notebooks/themes.ipynb does (themes.report.fit_questions → fit_question)
    return fit_question(survey, QUESTION, DEFAULT_N_THEMES, seed=DEFAULT_SEED)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    store = WorkshopStore.create(tmp_path / "w.db", "test", survey=str(DEMO))
    return FacilitatorModel(store, store.rotate_secret(), actor="Anna")


@pytest.mark.slow
def test_workshop_and_report_show_identical_themes_for_same_survey_question_seed(
        survey, report_model, desk):
    desk.fit_themes(DEMO, QUESTION)  # the desk's default: the report's seed and theme count
    assert _shown(desk) == _report(report_model)
    fit = desk.store.theme_map().base["fit"]
    assert (fit["question"], fit["seed"], fit["n_themes"]) == (QUESTION, DEFAULT_SEED,
                                                               DEFAULT_N_THEMES)
    other = fit_question(survey, QUESTION, DEFAULT_N_THEMES, seed=DEFAULT_SEED + 1)
    desk.fit_themes(DEMO, QUESTION, random_state=DEFAULT_SEED + 1)
    assert _shown(desk) == _report(other)  # a seed given at `workshop start` reaches the fit


@pytest.mark.slow
def test_report_applies_the_workshops_curation_to_its_own_fit(report_model, desk, tmp_path):
    from esslingen_lab.reports.workshop_results import (
        curated_theme_map,
        read_workshop_export,
        workshop_theme_edits,
        workshop_themes,
    )

    desk.fit_themes(DEMO, QUESTION)
    big = [t for t in desk.themes() if not t["irrelevant"]][:3]
    desk.rename(big[0]["id"], "Warten & Termine")
    merged = desk.merge([big[1]["id"], big[2]["id"]], "Zusammen")
    first, second = desk.answers(merged)[:2]
    desk.move([first["id"]], big[0]["id"])
    desk.split(merged, [second["id"]], "Abgespalten")
    export = export_workshop(desk.store.path, tmp_path / "export")
    assert export["theme_map"].name == "theme_map.json"
    tables = read_workshop_export(tmp_path / "export")
    _, edits = curated_theme_map(tables, report_model)
    assert edits["status"].tolist() == ["applied"] * 4
    table = workshop_themes(tables, "de", model=report_model)
    shown = {t["label"]: t["size"] for t in desk.themes()}
    assert dict(zip(table["Thema"], table["Antworten"], strict=True)) == shown
    assert workshop_theme_edits(tables, report_model).empty
    # a fit of other answers: the report says which edits it could not carry over
    unrelated = ThemeModel(3, random_state=1, stability=False).fit(TEXTS)
    edits = workshop_theme_edits(tables, unrelated, "de")
    assert "Umbenennen" in edits["Bearbeitung"].tolist()
    assert set(edits["Status"]) <= {"nicht übertragen", "teilweise übertragen"}


def test_themes_for_import_keeps_model_ids_quotes_and_special_themes():
    ids = [f"r{i}" for i in range(len(TEXTS))]
    model = ThemeModel(3, random_state=1, stability=False).fit(TEXTS, ids=ids)
    import pandas as pd

    texts = pd.DataFrame({"respondent_id": ids, "question": "q", "text": TEXTS})
    themes = themes_for_import(model, texts)
    assert [t["source_theme"] for t in themes] == model.themes_["id"].tolist()
    assert [t["label"] for t in themes] == model.themes_["label"].tolist()
    members = {t["source_theme"]: {a["respondent"] for a in t["answers"]} for t in themes}
    assert all(r in members[int(t)] for r, t in zip(ids, model.labels_, strict=True))
    quoted = [a for t in themes for a in t["answers"] if a["weight"] == 1.0]
    assert quoted and all(a["text"] in sum(model.themes_["quotes"], []) for a in quoted)
    # a saved model can put new texts into "keine Antwort" although its fit had none
    labels = list(model.labels_[:-1]) + [-1]
    marked = {t["label"]: t["irrelevant"] for t in themes_for_import(model, texts, labels)}
    assert marked["keine Antwort"] is True
    with pytest.raises(Exception, match="other texts"):
        themes_for_import(model, texts.head(2))


def test_store_keeps_curation_as_theme_map_and_undo_replays_it(tmp_path):
    ids = [f"r{i}" for i in range(len(TEXTS))]
    model = ThemeModel(3, random_state=1, stability=False).fit(TEXTS, ids=ids)
    import pandas as pd

    texts = pd.DataFrame({"respondent_id": ids, "question": "q", "text": TEXTS})
    store = WorkshopStore.create(tmp_path / "w.db", "t")
    store.import_themes(themes_for_import(model, texts), actor="Anna", question="q",
                        fit={"seed": 1})
    a, b = (int(t) for t in model.themes_["id"][:2])
    store.rename_theme(a, "Neu", actor="Anna")
    new = store.merge_themes([a, b], actor="Anna")
    tm = store.theme_map()
    assert [op["op"] for op in tm.operations] == ["rename", "merge"]
    # the same ThemeMap, replayed on the model's own assignments, gives the store's state
    expected = ThemeMap(tm.base, tm.operations).apply(model)
    stored = {x["respondent"]: x["theme_id"] for x in store.answers()}
    assert [stored[i] for i in ids] == expected.tolist() and new in expected
    store.undo(actor="Anna")
    assert [op["op"] for op in store.theme_map().operations] == ["rename"]
    assert {t["label"] for t in store.themes()} >= {"Neu"}
    assert {x["respondent"]: x["theme_id"] for x in store.answers()} == {
        str(i): int(t) for i, t in zip(ids, model.labels_, strict=True)}


def test_workshop_file_of_schema_1_is_migrated_keeping_its_curated_themes(tmp_path):
    store = WorkshopStore.create(tmp_path / "w.db", "t")
    store.import_themes([{"label": "WLAN", "keywords": ["wlan"], "answers": [
        {"respondent": "r1", "question": "q", "text": "WLAN"}]},
        {"label": "Akte", "keywords": ["akte"], "answers": [
            {"respondent": "r2", "question": "q", "text": "Akte"}]}], actor="Anna")
    # turn it into what version 1 wrote: undo snapshots, no map, no answer keys
    conn = sqlite3.connect(store.path)
    conn.executescript(
        "ALTER TABLE audit_log DROP COLUMN operation; ALTER TABLE audit_log ADD COLUMN "
        "undo_data TEXT; DROP INDEX answers_key; ALTER TABLE answers DROP COLUMN answer_key; "
        "DELETE FROM meta WHERE key = 'theme_map'; UPDATE themes SET label = 'Netz' "
        "WHERE label = 'WLAN'; PRAGMA user_version = 1;")
    conn.close()
    again = WorkshopStore(store.path)
    assert sorted(t["label"] for t in again.themes()) == ["Akte", "Netz"]
    netz = next(t["id"] for t in again.themes() if t["label"] == "Netz")
    again.rename_theme(netz, "Internet", actor="Ben")
    again.undo(actor="Ben")
    assert sorted(t["label"] for t in again.themes()) == ["Akte", "Netz"]
    assert json.loads(json.dumps(again.theme_map().to_dict()))["version"] == 0
