import subprocess
import sys

import pytest

from esslingen_lab.workshop import Reason, WorkshopError, WorkshopStore
from esslingen_lab.workshop.models import (
    FacilitatorModel,
    ParticipantModel,
    ResultsModel,
    parse_measures,
)

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def store(tmp_path):
    s = WorkshopStore.create(tmp_path / "w.db", "test")
    s.import_themes([
        {"label": "Termine", "keywords": ["termin"],
         "answers": [{"respondent": "r1", "question": "q", "text": XSS}]},
        {"label": "WLAN", "keywords": ["wlan", "netz"],
         "answers": [{"respondent": "r2", "question": "q", "text": "WLAN fehlt"}]},
    ], actor="Anna")
    return s


@pytest.fixture
def facilitator(store):
    return FacilitatorModel(store, store.rotate_secret(), actor="Anna")


def test_facilitator_needs_the_secret(store):
    for wrong in ["", "secret", None]:
        with pytest.raises(WorkshopError) as info:
            FacilitatorModel(store, wrong)
        assert info.value.reason is Reason.NOT_AUTHORISED


def test_every_desk_action_checks_the_secret_again(store):
    desk = FacilitatorModel(store, store.rotate_secret(), actor="Anna")
    round_id = desk.prepare_round("R", theme_ids=[store.themes()[0]["id"]])
    store.rotate_secret()  # a new server start: the old desk must not act any more
    theme = store.themes()[0]["id"]
    for action in (lambda: desk.rename(theme, "Neu"), lambda: desk.open_round(round_id),
                   lambda: desk.close_round(round_id), lambda: desk.undo(),
                   lambda: desk.prepare_round("S", measures="A: b")):
        with pytest.raises(WorkshopError) as info:
            action()
        assert info.value.reason is Reason.NOT_AUTHORISED
    assert store.themes()[0]["label"] == "Termine" and store.round(round_id)["status"] == "draft"


def test_round_from_themes_and_typed_measures(facilitator):
    themes = facilitator.themes()
    round_id = facilitator.prepare_round(
        "Was zuerst?", theme_ids=[themes[0]["id"]],
        measures="Bürgerportal: alles an einem Ort\n\nWLAN im Rathaus – kostenlos\nE-Akte",
        dots_per_participant=4, max_per_item=2)
    rnd = facilitator.store.round(round_id)
    assert [i["title"] for i in rnd["items"]] == [themes[0]["label"], "Bürgerportal",
                                                  "WLAN im Rathaus", "E-Akte"]
    assert rnd["items"][1]["description"] == "alles an einem Ort"
    assert rnd["status"] == "draft" and rnd["dots_per_participant"] == 4
    assert facilitator.audit_log()[-1]["actor"] == "Anna"


def test_parse_measures_keeps_hyphenated_words():
    assert parse_measures("E-Akte einführen") == [{"title": "E-Akte einführen",
                                                   "description": ""}]


def test_participant_spends_dots_within_limits_and_submits(facilitator):
    round_id = facilitator.prepare_round("R", measures="A\nB", dots_per_participant=3,
                                         max_per_item=2)
    participant = ParticipantModel(facilitator.store)
    participant.join(facilitator.store.meta()["code"])
    assert participant.status == "waiting"
    facilitator.open_round(round_id)
    assert participant.refresh() and participant.status == "open"
    a, b = (i["id"] for i in participant.items)
    assert participant.add_dot(a) and participant.add_dot(a)
    assert not participant.add_dot(a)  # max per item
    assert participant.add_dot(b) and not participant.add_dot(b)  # no dots left
    assert participant.remaining == 0
    assert participant.remove_dot(b) and not participant.remove_dot(b)
    participant.set_rating(a, "impact", 5)
    with pytest.raises(WorkshopError):
        participant.set_rating(a, "effort", 9)
    assert participant.dirty
    assert participant.submit() == 1 and not participant.dirty
    res = facilitator.results(round_id)
    assert {i["title"]: i["dots"] for i in res["items"]} == {"A": 2, "B": 0}


def test_returning_participant_sees_their_ballot_and_closed_round(facilitator):
    round_id = facilitator.prepare_round("R", measures="A\nB")
    facilitator.open_round(round_id)
    first = ParticipantModel(facilitator.store)
    token = first.join(facilitator.store.meta()["code"])
    item = first.items[1]["id"]
    first.add_dot(item)
    first.set_rating(item, "effort", 2)
    first.submit()
    again = ParticipantModel(facilitator.store, language="en")
    again.resume(token)
    assert again.dots(item) == 1 and again.allocation[item]["effort"] == 2
    facilitator.close_round(round_id)
    again.add_dot(item)  # refused silently: the round is closed once refreshed
    with pytest.raises(WorkshopError) as info:
        again.submit()
    assert info.value.reason is Reason.ROUND_CLOSED
    assert again.status == "closed" and not again.can_add(item)


def test_invalid_token_is_refused(store):
    with pytest.raises(WorkshopError) as info:
        ParticipantModel(store).resume("not-a-token")
    assert info.value.reason is Reason.INVALID_TOKEN


def test_results_need_the_key_and_give_matrix_points(facilitator):
    store = facilitator.store
    with pytest.raises(WorkshopError):
        ResultsModel(store, "wrong")
    results = ResultsModel(store, store.results_key())
    assert results.snapshot() is None
    round_id = facilitator.prepare_round("R", measures="A\nB")
    facilitator.open_round(round_id)
    p = ParticipantModel(store)
    p.join(store.meta()["code"])
    a = p.items[0]["id"]
    p.add_dot(a)
    p.set_rating(a, "impact", 4)
    p.set_rating(a, "effort", 2)
    p.submit()
    snap = results.snapshot()
    assert snap["ballots"] == 1 and snap["items"][0]["title"] == "A"
    assert ResultsModel.matrix_points(snap) == [
        {"rank": 1, "title": "A", "impact": 4.0, "effort": 2.0, "dots": 1}]


def test_participant_app_import_stays_light():
    code = ("import sys, esslingen_lab.workshop.apps; "
            "print(sorted(m for m in ('pandas', 'sklearn', 'matplotlib', 'jupyter_server') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_typical_answers_on_the_desk_leave_out_risky_quotes(tmp_path):
    s = WorkshopStore.create(tmp_path / "q.db", "test")
    risky = "Ruf mich an unter 0711 123456, [NAME] aus der Kita weiß Bescheid."
    s.import_themes([
        {"label": "Kita", "keywords": ["kita"],
         "answers": [{"respondent": "r1", "question": "q", "text": risky},
                     {"respondent": "r2", "question": "q", "text": "Kita-Anmeldung online"}]},
    ], actor="Anna")
    desk = FacilitatorModel(s, s.rotate_secret(), actor="Anna")
    theme = desk.themes()[0]["id"]
    assert [a["text"] for a in desk.quotes(theme)] == ["Kita-Anmeldung online"]
    assert risky in [a["text"] for a in desk.answers(theme)]  # still there for curation


def test_an_answer_redaction_changed_stays_off_the_projector(tmp_path):
    # one placeholder is enough: beside a removed detail, others are often still written
    s = WorkshopStore.create(tmp_path / "q.db", "test")
    tagged = "Frau [NAME] vom Bürgeramt hat mir am Telefon geholfen."
    s.import_themes([
        {"label": "Amt", "keywords": ["amt"],
         "answers": [{"respondent": "r1", "question": "q", "text": tagged},
                     {"respondent": "r2", "question": "q", "text": "Mehr Termine online"}]},
    ], actor="Anna")
    desk = FacilitatorModel(s, s.rotate_secret(), actor="Anna")
    theme = desk.themes()[0]["id"]
    assert [a["text"] for a in desk.quotes(theme)] == ["Mehr Termine online"]


def test_typical_answers_are_found_behind_many_held_back_ones(tmp_path):
    # 20 answers with a tag rank first; the safe ones after them still reach the desk
    s = WorkshopStore.create(tmp_path / "q.db", "test")
    held = [{"respondent": f"r{k}", "question": "q", "text": f"Frau [NAME] hat {k}x geholfen"}
            for k in range(20)]
    safe = [{"respondent": f"s{k}", "question": "q", "text": f"Mehr Termine online {k}"}
            for k in range(5)]
    s.import_themes([{"label": "Amt", "keywords": ["amt"], "answers": held + safe}],
                    actor="Anna")
    desk = FacilitatorModel(s, s.rotate_secret(), actor="Anna")
    theme = desk.themes()[0]["id"]
    assert len(desk.quotes(theme)) == 5
    assert desk.quotes(theme, n=1)[0]["text"].startswith("Mehr Termine online")
