"""A real workshop server: a full room joins at once, nothing starts a kernel without the code,
a kernel id is no credential, and ``kill -9`` loses no ballot.

Processes are counted by the server's marker in their environment, never by name.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import re
import signal
import threading
import time
import urllib.error
import urllib.request

import pytest

from esslingen_lab.serve import free_port, server_processes, stop_process_group
from esslingen_lab.workshop import WorkshopStore
from esslingen_lab.workshop.models import FacilitatorModel
from esslingen_lab.workshop.server import pool_ready, start_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    folder = tmp_path_factory.mktemp("room")
    store = WorkshopStore.create(folder / "room.db", "room", title="Raum")
    store.import_themes([{"label": f"Thema {i}", "keywords": ["x"], "answers": []}
                         for i in range(6)], actor="Test")
    state = {"folder": folder, "store": store, "port": free_port()}
    state["server"] = start_server(None, "room", port=state["port"], workshops_dir=folder,
                                   fill_delay=1.0)
    deadline = time.monotonic() + 120
    while not pool_ready(state["server"]) and time.monotonic() < deadline:
        time.sleep(0.5)
    yield state
    state["server"].stop()


def _open_round(room, dots=5):
    store = room["store"]
    secret = room["server"].facilitator_url.split("secret=")[1]
    desk = FacilitatorModel(store, secret, actor="Test")
    round_id = desk.prepare_round("Runde", theme_ids=[t["id"] for t in store.themes()],
                                  dots_per_participant=dots, max_per_item=3)
    desk.open_round(round_id)
    return desk, round_id, [i["id"] for i in store.round(round_id)["items"]]


def _post(base, action, body, opener=None):
    request = urllib.request.Request(f"{base}/api/workshop/{action}",
                                     data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with (opener or urllib.request.build_opener()).open(request, timeout=60) as response:
        return json.loads(response.read())


def _base(server):
    return server.participant_url.split("/participant")[0]


def _kernels(server):
    return len(server_processes(server.process.marker)) - 1  # minus Voila itself


def test_thirty_phones_at_once_all_usable_and_all_ballots_stored(room):
    server, store = room["server"], room["store"]
    _, round_id, items = _open_round(room)
    base, code = _base(server), server.code
    kernels_before = _kernels(server)
    outcomes, errors = [], []

    def phone(n):
        try:
            jar = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
                http.cookiejar.CookieJar()))
            with jar.open(server.participant_url, timeout=60) as page:
                html = page.read().decode()
            assert 'class="el-app el-participant"' in html and code in html
            joined = _post(base, "join", {"code": code}, jar)
            assert joined["status"] == "open" and len(joined["round"]["items"]) == len(items)
            plan = {str(items[n % len(items)]): {"dots": 3, "impact": 1 + n % 5},
                    str(items[(n + 1) % len(items)]): {"dots": 2}}
            saved = _post(base, "ballot", {"token": joined["token"], "round_id": round_id,
                                           "allocation": plan}, jar)
            outcomes.append((plan, saved["version"]))
        except Exception as error:  # noqa: BLE001 - collected and reported below
            errors.append(repr(error))

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert len(outcomes) == 30 and {v for _, v in outcomes} == {1}
    results = store.results(round_id)
    assert results["ballots"] == 30 and results["participants"] == 30
    expected = {i: 0 for i in items}
    for plan, _ in outcomes:
        for item, entry in plan.items():
            expected[int(item)] += entry["dots"]
    assert {i["id"]: i["dots"] for i in results["items"]} == expected
    assert _kernels(server) == kernels_before  # joining started no kernel


def test_requests_without_code_secret_or_key_start_no_kernel(room):
    server = room["server"]
    base = _base(server)
    before = _kernels(server)
    paths = ["/voila/render/facilitator.ipynb", "/voila/render/facilitator.ipynb?secret=x",
             "/voila/render/results.ipynb", "/voila/render/results.ipynb?key=guess",
             "/voila/render/participant.ipynb", "/participant", "/voila/render/other.ipynb"]
    statuses = set()
    for n in range(30):
        try:
            with urllib.request.urlopen(base + paths[n % len(paths)], timeout=30) as page:
                statuses.add(page.status)
                body = page.read()
                assert b"kernelId" not in body
        except urllib.error.HTTPError as error:
            statuses.add(error.code)
            assert b"kernelId" not in error.read()
    assert statuses <= {200, 403, 404} and 403 in statuses
    time.sleep(2)  # a used pool kernel would be replaced after fill_delay=1 s
    assert _kernels(server) == before
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    assert "Using pre-heated kernel" not in log
    for listing in ("/voila/tree", "/voila/tree/"):  # no file list (it links a public CDN)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + listing, timeout=30)
        assert refused.value.code == 404


def test_a_desk_kernel_id_without_the_secret_drives_nothing(room):
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    server = room["server"]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(server.facilitator_url, timeout=120) as page:
        html = page.read().decode()
    kernel_id = re.search(r'"kernelId": "([0-9a-f-]{36})"', html).group(1)
    ws = _base(server).replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
    with pytest.raises(InvalidStatus) as refused:
        connect(ws, open_timeout=30).close()
    assert refused.value.response.status_code == 403
    for method in ("GET", "DELETE"):
        request = urllib.request.Request(f"{_base(server)}/api/kernels/{kernel_id}",
                                         method=method)
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(request, timeout=30)
        assert error.value.code == 403
    # the browser that opened the desk with the secret keeps its connection
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    with connect(ws, open_timeout=30, additional_headers={"Cookie": cookie}) as socket:
        assert socket.protocol.state.name == "OPEN"
    # the pages' watchdog: running (200), stopped here (410: reload), unknown (404: restart)
    alive = f"{_base(server)}/el-alive/{kernel_id}"
    assert urllib.request.urlopen(alive, timeout=30).status == 200
    urllib.request.urlopen(urllib.request.Request(
        f"{_base(server)}/api/kernels/{kernel_id}", method="DELETE",
        # what the page's own script sends: its cookies and the XSRF token
        headers={"Cookie": f"{cookie}; _xsrf=t0ken", "X-XSRFToken": "t0ken"}), timeout=60)
    for url, code in ((alive, 410), (alive[:-36] + "0" * 8 + kernel_id[8:], 404)):
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(url, timeout=30)
        assert answer.value.code == code


def _open_desk(server):
    """Open the desk like a browser: its page (200 with a kernel, or 503) and its cookies."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    try:
        with opener.open(server.facilitator_url, timeout=120) as page:
            html = page.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), None
    kernel_id = re.search(r'"kernelId": "([0-9a-f-]{36})"', html).group(1)
    return 200, kernel_id, "; ".join(f"{c.name}={c.value}" for c in jar)


def _socket(server, kernel_id, cookie):
    """The page's kernel websocket, as the loaded page opens it."""
    from websockets.sync.client import connect

    ws = _base(server).replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
    return connect(ws, open_timeout=60, additional_headers={"Cookie": cookie})


def test_a_desk_reloaded_again_and_again_never_locks_the_facilitator_out(room):
    from esslingen_lab.workshop.web import MAX_PAGES

    server = room["server"]
    kernels_before = _kernels(server)
    seen = set()
    for _ in range(MAX_PAGES["facilitator.ipynb"] + 2):  # open, load, close; and again
        status, kernel_id, cookie = _open_desk(server)
        assert status == 200, kernel_id
        seen.add(kernel_id)
        with _socket(server, kernel_id, cookie):
            pass  # the page loaded, then its tab was closed or reloaded
    status, kernel_id, cookie = _open_desk(server)
    assert status == 200 and kernel_id not in seen
    with _socket(server, kernel_id, cookie) as socket:
        assert socket.protocol.state.name == "OPEN"
    # the closed pages' kernels were shut down, not left for the idle cull
    deadline = time.monotonic() + 30
    while _kernels(server) > kernels_before + 2 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _kernels(server) <= kernels_before + 2  # the last page's and the refilled pool's


def test_desk_pages_open_at_the_same_time_still_hit_the_limit(room):
    from esslingen_lab.workshop.web import MAX_PAGES

    server = room["server"]
    limit = MAX_PAGES["facilitator.ipynb"]
    pages = [_open_desk(server) for _ in range(limit)]  # loading: no socket yet
    assert [status for status, _, _ in pages] == [200] * limit
    with contextlib.ExitStack() as connected:
        for _, kernel_id, cookie in pages[:2]:
            connected.enter_context(_socket(server, kernel_id, cookie))
        status, body, _ = _open_desk(server)
        assert status == 503 and f"Schon {limit} Seiten" in body and "kernelId" not in body
        with _socket(server, *pages[2][1:]):
            pass  # one of the pages is closed: a new one may open
        status, kernel_id, cookie = _open_desk(server)
        assert status == 200
        status, body, _ = _open_desk(server)
        assert status == 503


def test_kill_9_during_a_vote_loses_no_ballot_and_a_restart_continues(room):
    server, store, folder = room["server"], room["store"], room["folder"]
    _, round_id, items = _open_round(room, dots=3)
    base, code = _base(server), server.code
    tokens = []
    for n in range(10):
        joined = _post(base, "join", {"code": code})
        _post(base, "ballot", {"token": joined["token"], "round_id": round_id,
                               "allocation": {str(items[n % len(items)]): {"dots": 1 + n % 3}}})
        tokens.append(joined["token"])
    os.killpg(server.process.pid, signal.SIGKILL)
    server.process.wait(10)
    stop_process_group(server.process, 10)  # its kernels, in process groups of their own
    assert server_processes(server.process.marker) == []
    room["server"] = server = start_server(None, "room", port=room["port"],
                                           workshops_dir=folder, fill_delay=1.0)
    assert store.results(round_id)["ballots"] == 10
    again = _post(_base(server), "state", {"token": tokens[3]})
    assert again["saved"] and again["ballot"] == {
        str(items[3]): {"dots": 1, "impact": None, "effort": None}}
    # the same personal link goes on voting after the restart
    _post(_base(server), "ballot", {"token": tokens[3], "round_id": round_id,
                                    "allocation": {str(items[0]): {"dots": 3}}})
    assert store.results(round_id)["ballots"] == 10
