import sqlite3
import threading

import pytest

from esslingen_lab.workshop import Reason, WorkshopError, WorkshopStore
from esslingen_lab.workshop.store import MAX_LABEL, SCHEMA_VERSION, workshop_db_path

THEMES = [
    {"label": "Online-Termine", "keywords": ["termin", "online"],
     "answers": [{"respondent": "r1", "question": "q", "text": "Termine online buchen"},
                 {"respondent": "r2", "question": "q", "text": "<img src=x onerror=alert(1)>"}]},
    {"label": "WLAN", "keywords": ["wlan"],
     "answers": [{"respondent": "r3", "question": "q", "text": "WLAN am Bahnhof"}]},
    {"label": "E-Akte", "keywords": ["akte"],
     "answers": [{"respondent": "r4", "question": "q", "text": "Keine Papierakten mehr"},
                 {"respondent": "r5", "question": "q", "text": "Scannen nervt"}]},
]


@pytest.fixture
def store(tmp_path):
    s = WorkshopStore.create(tmp_path / "w.db", "test", title="Test-Workshop")
    s.import_themes(THEMES, actor="Anna", question="q")
    return s


@pytest.fixture
def open_round(store):
    round_id = store.create_round("Was zuerst?", [{"title": "A"}, {"title": "B"}, {"title": "C"}],
                                  dots_per_participant=5, max_per_item=3, actor="Anna")
    store.open_round(round_id, actor="Anna")
    return round_id, [i["id"] for i in store.round(round_id)["items"]]


def code(store):
    return store.meta()["code"]


def test_file_is_wal_with_schema_version_and_default_path(store):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert workshop_db_path("zukunft_2026").as_posix() == "outputs/workshops/zukunft_2026.db"


def test_newer_schema_is_refused(store):
    conn = sqlite3.connect(store.path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(WorkshopError) as info:
        WorkshopStore(store.path)
    assert info.value.reason is Reason.SCHEMA_TOO_NEW


@pytest.mark.parametrize("name", ["", "../etc", "Großes Treffen", "a" * 61, "x/y"])
def test_unusable_workshop_names_are_refused(tmp_path, name):
    with pytest.raises(WorkshopError) as info:
        WorkshopStore.create(tmp_path / "x.db", name)
    assert info.value.reason is Reason.INVALID_NAME


def test_reopening_keeps_code_themes_rounds_and_ballots(store, open_round):
    round_id, items = open_round
    token = store.join(code(store))
    store.submit_ballot(token, round_id, {items[0]: {"dots": 2, "impact": 4}})
    again = WorkshopStore.create(store.path, "test")  # what a server restart does
    assert again.meta()["code"] == store.meta()["code"]
    assert len(again.themes()) == 3
    assert again.ballot(token, round_id) == {items[0]: {"dots": 2, "impact": 4, "effort": None}}


def test_join_needs_the_code_but_forgives_case_and_spaces(store):
    typed = " " + code(store)[:3].lower() + "-" + code(store)[3:] + " "
    assert len(store.join(typed)) >= 20
    for wrong in ["", "AAAAAA", "x" * 1000]:
        with pytest.raises(WorkshopError) as info:
            store.join(wrong)
        assert info.value.reason is Reason.INVALID_CODE


def test_tokens_are_unguessable_and_checked(store, open_round):
    round_id, items = open_round
    tokens = {store.join(code(store)) for _ in range(20)}
    assert len(tokens) == 20
    for bad in ["", "abc", "x" * 500]:
        with pytest.raises(WorkshopError) as info:
            store.submit_ballot(bad, round_id, {items[0]: {"dots": 1}})
        assert info.value.reason is Reason.INVALID_TOKEN


def test_ballot_rules_are_enforced(store, open_round):
    round_id, items = open_round
    token = store.join(code(store))
    cases = [
        ({items[0]: {"dots": 3}, items[1]: {"dots": 3}}, Reason.TOO_MANY_DOTS),
        ({items[0]: {"dots": 4}}, Reason.TOO_MANY_ON_ITEM),
        ({items[0]: {"dots": 1, "impact": 6}}, Reason.INVALID_RATING),
        ({items[0]: {"dots": 1, "effort": 0}}, Reason.INVALID_RATING),
        ({999: {"dots": 1}}, Reason.UNKNOWN_ITEM),
        ({items[0]: {"dots": -1}}, Reason.INVALID_VALUE),
        ({items[0]: {"dots": "viele"}}, Reason.INVALID_VALUE),
    ]
    for allocation, reason in cases:
        with pytest.raises(WorkshopError) as info:
            store.submit_ballot(token, round_id, allocation)
        assert info.value.reason is reason
    assert store.ballot(token, round_id) == {}


def test_changing_a_ballot_replaces_it_and_closing_freezes_it(store, open_round):
    round_id, items = open_round
    token = store.join(code(store))
    assert store.submit_ballot(token, round_id, {items[0]: {"dots": 3}}) == 1
    assert store.submit_ballot(token, round_id, {items[1]: {"dots": 2, "effort": 1}}) == 2
    res = store.results(round_id)
    assert res["ballots"] == 1 and res["dots_cast"] == 2
    assert {i["id"]: i["dots"] for i in res["items"]} == {items[0]: 0, items[1]: 2, items[2]: 0}
    store.close_round(round_id, actor="Anna")
    with pytest.raises(WorkshopError) as info:
        store.submit_ballot(token, round_id, {items[0]: {"dots": 1}})
    assert info.value.reason is Reason.ROUND_CLOSED
    assert store.ballot(token, round_id)[items[1]]["dots"] == 2


def test_draft_round_takes_no_ballots_and_only_one_round_is_open(store, open_round):
    first, _ = open_round
    token = store.join(code(store))
    second = store.create_round("Runde 2", [{"title": "X"}], actor="Anna")
    with pytest.raises(WorkshopError) as info:
        store.submit_ballot(token, second, {})
    assert info.value.reason is Reason.NO_OPEN_ROUND
    store.open_round(second, actor="Anna")
    statuses = {r["id"]: r["status"] for r in store.rounds()}
    assert statuses == {first: "closed", second: "open"}
    assert store.current_round()["id"] == second


def test_unique_constraint_blocks_a_second_ballot_row(store, open_round):
    round_id, items = open_round
    token = store.join(code(store))
    store.submit_ballot(token, round_id, {items[0]: {"dots": 1}})
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO ballots(round_id, participant_id, submitted_at, updated_at) "
                     "VALUES (?, 1, 'now', 'now')", (round_id,))
    conn.close()


def test_30_threads_changing_ballots_20_times_give_exact_totals(store, open_round):
    round_id, items = open_round
    tokens = [store.join(code(store)) for _ in range(30)]
    final = {}
    errors = []

    def vote(n, token):
        try:
            for change in range(20):
                # each change moves the participant's dots; the last one counts
                allocation = {items[(n + change) % 3]: {"dots": 1 + (n + change) % 3,
                                                         "impact": 1 + change % 5},
                              items[(n + change + 1) % 3]: {"dots": 1, "effort": 5}}
                version = store.submit_ballot(token, round_id, allocation)
                assert version == change + 1
            final[n] = allocation
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=vote, args=(n, t)) for n, t in enumerate(tokens)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    expected = {i: 0 for i in items}
    for allocation in final.values():
        for item_id, entry in allocation.items():
            expected[item_id] += entry["dots"]
    res = store.results(round_id)
    assert res["ballots"] == 30
    assert {i["id"]: i["dots"] for i in res["items"]} == expected
    assert res["dots_cast"] == sum(expected.values())


def test_merge_split_move_rename_irrelevant_each_logged_and_undoable(store):
    before = store.themes()
    ids = {t["label"]: t["id"] for t in before}
    snapshot = (before, store.answers())

    store.rename_theme(ids["WLAN"], "Öffentliches WLAN", actor="Anna")
    merged = store.merge_themes([ids["Online-Termine"], ids["WLAN"]], actor="Ben",
                                label="Online")
    assert [t["size"] for t in store.themes() if t["id"] == merged] == [3]
    answer = store.answers(merged)[0]["id"]
    new = store.split_theme(merged, [answer], "Termine", actor="Anna")
    store.move_answers([answer], ids["E-Akte"], actor="Anna")
    store.set_irrelevant(new, actor="Anna")

    log = store.audit_log()
    assert [e["action"] for e in log] == ["import_themes", "rename_theme", "merge_themes",
                                          "split_theme", "move_answers", "mark_irrelevant"]
    assert all(e["at"] and e["actor"] in ("Anna", "Ben") for e in log)

    for _ in range(5):
        store.undo(actor="Anna")
    assert (store.themes(), store.answers()) == snapshot
    with pytest.raises(WorkshopError) as info:
        store.undo(actor="Anna")  # the import is where undo stops
    assert info.value.reason is Reason.NOTHING_TO_UNDO
    assert sum(1 for e in store.audit_log() if e["undone_by"]) == 5


def test_split_only_takes_answers_of_that_theme(store):
    ids = {t["label"]: t["id"] for t in store.themes()}
    other = store.answers(ids["WLAN"])[0]["id"]
    with pytest.raises(WorkshopError) as info:
        store.split_theme(ids["E-Akte"], [other], "Neu", actor="Anna")
    assert info.value.reason is Reason.NOT_FOUND
    assert len(store.themes()) == 3


def test_typed_text_is_bounded(store):
    theme = store.themes()[0]["id"]
    with pytest.raises(WorkshopError) as info:
        store.rename_theme(theme, "x" * (MAX_LABEL + 1), actor="Anna")
    assert info.value.reason is Reason.TEXT_TOO_LONG
    with pytest.raises(WorkshopError) as info:
        store.rename_theme(theme, "   ", actor="Anna")
    assert info.value.reason is Reason.EMPTY_TEXT
    with pytest.raises(WorkshopError):
        store.create_round("R", [{"title": f"M{i}"} for i in range(41)], actor="Anna")


def test_secret_is_stored_hashed_and_rotates(store):
    secret = store.rotate_secret()
    assert store.check_secret(secret) and not store.check_secret("guess")
    raw = store.path.read_bytes()
    assert secret.encode() not in raw
    newer = store.rotate_secret()
    assert store.check_secret(newer) and not store.check_secret(secret)
    assert "secret_hash" not in store.meta() and "results_key" not in store.meta()


def test_results_and_export_hold_no_tokens(store, open_round):
    round_id, items = open_round
    token = store.join(code(store))
    store.submit_ballot(token, round_id, {items[0]: {"dots": 1}})
    assert token not in repr(store.results(round_id))
    tables = store.export_tables()
    assert token not in repr(tables)
    assert tables["ballots"][0]["participant"] == "T0001"


def test_imported_irrelevant_flag_is_kept(store):
    store.import_themes([
        {"label": "Termine", "keywords": ["Termin"], "answers": [
            {"respondent": "r1", "question": "q", "text": "Termin online", "weight": 1.0}]},
        {"label": "keine Antwort", "keywords": [], "irrelevant": True, "answers": [
            {"respondent": "r2", "question": "q", "text": "???", "weight": 0.0}]},
    ], actor="Moderation")
    flags = {t["label"]: t["irrelevant"] for t in store.themes()}
    assert flags == {"Termine": False, "keine Antwort": True}


def test_workshop_file_is_readable_by_its_owner_only(tmp_path):
    import stat

    path = tmp_path / "privat.db"
    WorkshopStore.create(path, "privat")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # answers and the projector key inside


def test_odd_ballots_are_refused_in_words_not_with_a_server_error(store, open_round):
    round_id, items = open_round
    token = store.join(code(store))
    odd = [{str(items[0]): {"dots": 2}, f"0{items[0]}": {"dots": 2}},  # one item named twice
           {items[0]: {"dots": float("inf")}}, {items[0]: {"dots": 1e400}}]
    for allocation in odd:
        with pytest.raises(WorkshopError) as refused:
            store.submit_ballot(token, round_id, allocation)
        assert refused.value.reason == Reason.INVALID_VALUE
    with pytest.raises(WorkshopError):
        store.submit_ballot(token, "erste", {items[0]: {"dots": 1}})
    assert store.submit_ballot(token, round_id, {items[0]: {"dots": 1}})  # a fine one still works


def test_export_keeps_ratings_whole_numbers_and_gaps_empty(store, open_round, tmp_path):
    import pandas as pd

    from esslingen_lab.workshop.export import export_workshop

    round_id, items = open_round
    store.submit_ballot(store.join(code(store)), round_id, {items[0]: {"dots": 2, "impact": 4}})
    store.submit_ballot(store.join(code(store)), round_id, {items[1]: {"dots": 1}})
    written = export_workshop(store.path, tmp_path / "export")
    ballots = pd.read_csv(written["ballots"], dtype=str, keep_default_na=False)
    assert sorted(ballots["impact"]) == ["", "4"]  # not "4.0"
