import json
from pathlib import Path

import ipywidgets as widgets
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.workshop import WorkshopStore
from esslingen_lab.workshop.apps import (
    FacilitatorApp,
    ResultsApp,
    facilitator_app,
    results_app,
)
from esslingen_lab.workshop.export import TABLES, export_workshop
from esslingen_lab.workshop.models import FacilitatorModel, ParticipantModel, ResultsModel
from esslingen_lab.workshop.server import NOTEBOOKS, notebook_dir, voila_config

XSS = "<img src=x onerror=alert(1)>"


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find(app, css):
    return [w for w in walk(app) if css in getattr(w, "_dom_classes", ())]


def html_values(app):
    return [w.value for w in walk(app) if isinstance(w, widgets.HTML)]


@pytest.fixture
def workshop(tmp_path, monkeypatch):
    store = WorkshopStore.create(tmp_path / "test.db", "test", title=f"Workshop {XSS}")
    store.import_themes([{"label": XSS, "keywords": ["x"],
                          "answers": [{"respondent": "r", "question": "q", "text": XSS}]},
                         {"label": "WLAN", "keywords": ["wlan"],
                          "answers": [{"respondent": "s", "question": "q", "text": "WLAN"}]}],
                        actor="Anna")
    secret = store.rotate_secret()
    facilitator = FacilitatorModel(store, secret, actor="Anna")
    round_id = facilitator.prepare_round("Was zuerst?", theme_ids=[t["id"] for t in
                                                                   store.themes()],
                                         dots_per_participant=3, max_per_item=2)
    facilitator.open_round(round_id)
    monkeypatch.setenv("ESSLINGEN_LAB_WORKSHOP_DB", str(store.path))
    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    return store, secret, facilitator


def test_entry_points_read_the_query_string(workshop, monkeypatch):
    store, secret, _ = workshop
    monkeypatch.setenv("QUERY_STRING", "secret=guess")
    assert "Kein Zugang" in find(facilitator_app(), "el-message")[0].value
    monkeypatch.setenv("QUERY_STRING", "key=guess")
    assert "Kein Zugang" in find(results_app(poll=False), "el-message")[0].value
    monkeypatch.setenv("QUERY_STRING", f"secret={secret}")
    assert isinstance(facilitator_app(), FacilitatorApp)
    monkeypatch.setenv("ESSLINGEN_LAB_WORKSHOP_DB", str(store.path) + ".missing")
    monkeypatch.setenv("QUERY_STRING", "key=X")
    message = find(results_app(poll=False), "el-message")[0].value
    assert message and "Traceback" not in message


def test_results_app_rows_and_matrix(workshop):
    store, _, _ = workshop
    p = ParticipantModel(store)
    p.join(store.meta()["code"])
    item = p.items[1]["id"]
    p.add_dot(item)
    p.set_rating(item, "impact", 5)
    p.set_rating(item, "effort", 1)
    p.submit()
    app = ResultsApp(ResultsModel(store, store.results_key()), title="T", poll=False)
    rows = find(app, "el-results-row")
    assert len(rows) == 2
    assert find(rows[0], "el-results-dots")[0].value == "1"
    assert find(app, "el-participation")[0].value.startswith("1 Stimmzettel")
    assert find(app, "el-matrix-image")[0].value[:4] == b"\x89PNG"
    # the projector invites the room to join: code, link and a QR code
    links = {"participant": "http://x/participant?code=ABC123", "code": "ABC123"}
    app = ResultsApp(ResultsModel(store, store.results_key()), title="T", poll=False,
                     links=links)
    assert "ABC123" in find(app, "el-join-text")[0].value
    assert find(app, "el-join-qr")[0].value[:4] == b"\x89PNG"


def test_facilitator_sees_how_many_devices_joined(workshop):
    store, _, facilitator = workshop
    app = FacilitatorApp(facilitator, title="T", poll=False)
    assert find(app, "el-devices")[0].value.startswith("Beigetreten: 0 Geräte")
    for _ in range(3):  # e.g. one person joining again after clearing cookies
        ParticipantModel(store).join(store.meta()["code"])
    app._tick()  # what the desk's poller does every few seconds
    assert find(app, "el-devices")[0].value.startswith("Beigetreten: 3 Geräte")


def test_desk_fits_with_the_seed_workshop_start_was_given(workshop, monkeypatch):
    from tests.test_themes import DEMO

    store, secret, _ = workshop
    calls = []
    monkeypatch.setattr(FacilitatorModel, "fit_themes",
                        lambda self, *args, **kwargs: calls.append(kwargs) or 2)
    monkeypatch.setenv("QUERY_STRING", f"secret={secret}")
    monkeypatch.setenv("ESSLINGEN_LAB_SURVEY", str(DEMO))
    monkeypatch.setenv("ESSLINGEN_LAB_SEED", "7")  # `workshop start --seed 7`
    app = facilitator_app()
    app.poller.stop()
    for _ in range(2):  # the first click asks to confirm replacing the current themes
        find(app, "el-fit")[0].click()
    assert [c["random_state"] for c in calls] == [7], app.message.value


def test_facilitator_app_merges_and_undoes_via_buttons(workshop):
    store, secret, facilitator = workshop
    app = FacilitatorApp(facilitator, title="T", poll=False)
    # one ticked theme: a hint what to do instead of a vague error, nothing changes
    find(app, "el-theme-check")[0].value = True
    find(app, "el-merge")[0].click()
    assert "mindestens zwei" in app.message.value and len(store.themes()) == 2
    for check in find(app, "el-theme-check"):
        check.value = True
    find(app, "el-merge")[0].click()
    assert len(store.themes()) == 1 and app.message.value == ""
    find(app, "el-undo")[0].click()
    assert len(store.themes()) == 2
    assert find(app, "el-audit-row")[0].value.startswith("#")
    assert "Zusammenführen" in app.info.value  # the undone action, in words
    for value in html_values(app):
        assert "<img" not in value


def test_export_writes_csv_and_xlsx(workshop, tmp_path):
    store, _, _ = workshop
    p = ParticipantModel(store)
    token = p.join(store.meta()["code"])
    p.add_dot(p.items[0]["id"])
    p.submit()
    written = export_workshop(store.path, tmp_path / "out")
    assert set(written) == set(TABLES) | {"xlsx", "theme_map"}
    ballots = written["ballots"].read_text(encoding="utf-8-sig")
    assert "T0001" in ballots and token not in ballots
    theme_map = json.loads(written["theme_map"].read_text(encoding="utf-8"))
    assert token not in json.dumps(theme_map)
    assert set(theme_map["base"]["assignments"]) == {"r", "s"}  # respondent ids, no texts
    import openpyxl

    assert openpyxl.load_workbook(written["xlsx"]).sheetnames == list(TABLES)


def test_cli_export_and_start_errors_are_one_line(workshop, tmp_path):
    store, _, _ = workshop
    runner = CliRunner()
    ok = runner.invoke(main, ["workshop", "export", "test", "--output", str(tmp_path / "e"),
                              "--workshops-dir", str(store.path.parent)])
    assert ok.exit_code == 0 and "workshop.xlsx" in ok.output
    missing = runner.invoke(main, ["workshop", "export", "nope", "--output", str(tmp_path)])
    assert missing.exit_code != 0 and "does not exist" in missing.output
    assert "Traceback" not in missing.output
    survey = tmp_path / "survey.yml"
    survey.write_text("name: x\n", encoding="utf-8")
    bad = runner.invoke(main, ["workshop", "start", str(survey), "--name", "Böse Name"])
    assert bad.exit_code != 0 and "not usable" in bad.output


def test_voila_config_has_no_participant_kernels_and_culls():
    config = voila_config(host="127.0.0.1", port=8866, cull_minutes=20)
    pools = config["VoilaKernelManager"]["kernel_pools_config"]
    assert "participant.ipynb" not in pools
    assert {pools[name]["pool_size"] for name in NOTEBOOKS} == {1}
    assert config["VoilaConfiguration"]["preheat_kernel"] is True
    assert config["MappingKernelManager"]["cull_idle_timeout"] == 1200
    assert config["VoilaConfiguration"]["show_tracebacks"] is False


def test_committed_notebooks_are_thin_and_output_free():
    folder = notebook_dir()
    assert sorted(p.name for p in folder.glob("*.ipynb")) == sorted(NOTEBOOKS)
    for name, lines in NOTEBOOKS.items():
        nb = json.loads(Path(folder / name).read_text(encoding="utf-8"))
        assert nb["nbformat"] == 4 and nb["metadata"]["kernelspec"]["name"] == "python3"
        assert ["".join(c["source"]) for c in nb["cells"]] == lines
        assert all(not c.get("outputs") and c.get("execution_count") is None
                   for c in nb["cells"])
