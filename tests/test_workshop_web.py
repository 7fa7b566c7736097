"""The participant page and its JSON API (no kernel), tested in-process with tornado.

The tornado app runs on its own event loop in a thread (Playwright's sync API may hold the
main thread's loop when browser tests ran first); requests go through urllib.
"""

import asyncio
import json
import re
import threading
import time
import urllib.error
import urllib.request

import tornado.web

from esslingen_lab.workshop import WorkshopStore
from esslingen_lab.workshop.export import export_workshop
from esslingen_lab.workshop.models import FacilitatorModel
from esslingen_lab.workshop.web import (
    TOKEN_COOKIE,
    ParticipantApiHandler,
    ParticipantPageHandler,
    WorkshopSite,
    host_checked,
)

XSS = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"


class _Response:
    def __init__(self, code, headers, body):
        self.code, self.headers, self.body = code, headers, body


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class ServedApp:
    """A tornado application on a free port, served from a thread until ``stop()``."""

    def __init__(self, app):
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(app,), daemon=True)
        self.thread.start()
        assert self.ready.wait(10)

    def _run(self, app):
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        server = app.listen(0, "127.0.0.1")
        self.port = next(iter(server._sockets.values())).getsockname()[1]
        self.ready.set()
        self.loop.run_forever()
        server.stop()

    def stop(self):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


class _Served:
    """``fetch`` like tornado's test case, against the app served in a thread."""

    def setup_method(self, method):
        self.served = ServedApp(self.get_app())

    def teardown_method(self, method):
        self.served.stop()

    def fetch(self, path, method="GET", headers=None, body=None, raise_error=True,
              follow_redirects=True):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.served.port}{path}", method=method, headers=headers or {},
            data=None if body is None else body.encode())
        opener = (urllib.request.build_opener() if follow_redirects
                  else urllib.request.build_opener(_NoRedirect))
        try:
            with opener.open(request, timeout=30) as response:
                return _Response(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            if raise_error:
                raise
            return _Response(error.code, error.headers, error.read())


class TestParticipantApi(_Served):
    def get_app(self):
        import tempfile
        from pathlib import Path

        self.folder = Path(tempfile.mkdtemp())
        self.store = WorkshopStore.create(self.folder / "w.db", "w", title=f"Zukunft {XSS}")
        self.store.import_themes([{"label": XSS, "keywords": ["x"], "answers": []},
                                  {"label": "$\\href{https://evil.example}{Link}$",
                                   "keywords": ["y"], "answers": []}], actor="Anna")
        self.desk = FacilitatorModel(self.store, self.store.rotate_secret(), actor="Anna")
        self.round_id = self.desk.prepare_round(
            "Was zuerst?", theme_ids=[t["id"] for t in self.store.themes()],
            dots_per_participant=3, max_per_item=2)
        self.desk.open_round(self.round_id)
        self.items = [i["id"] for i in self.store.round(self.round_id)["items"]]
        site = WorkshopSite(self.store.path, hosts=["wahlraum.local"])  # the LAN name
        site_settings = {"esslingen_lab_site": site}
        return tornado.web.Application([  # as served: every route behind the Host check
            (r"/participant", host_checked(ParticipantPageHandler)),
            (r"/api/workshop/(join|state|ballot)", host_checked(ParticipantApiHandler))],
            **site_settings)

    def post(self, action, body, headers=None, cookie=None):
        headers = {"Content-Type": "application/json", **(headers or {})}
        if cookie:
            headers["Cookie"] = f"{TOKEN_COOKIE}={cookie}"
        response = self.fetch(f"/api/workshop/{action}", method="POST", headers=headers,
                              body=json.dumps(body), raise_error=False)
        try:
            return response, json.loads(response.body or b"{}")
        except ValueError:
            return response, {}

    def test_page_is_small_self_contained_and_escapes_the_title(self):
        response = self.fetch(f"/participant?code={self.store.meta()['code']}")
        assert response.code == 200
        page = response.body.decode()
        assert "<img src=x" not in page and "</script><script>alert(2)" not in page
        assert "&lt;img src=x" in page  # the <title>
        # no request to any other site: no absolute URL in any src/href, CSP forbids it
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", page)
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert len(response.body) < 40_000

    def test_one_phone_is_one_participant_and_rejoining_resumes_the_ballot(self):
        code = self.store.meta()["code"]
        response, joined = self.post("join", {"code": code.lower()})
        assert response.code == 200 and joined["status"] == "open"
        token = joined["token"]
        assert f"{TOKEN_COOKIE}={token}" in response.headers["Set-Cookie"]
        assert "HttpOnly" in response.headers["Set-Cookie"]
        assert [i["id"] for i in joined["round"]["items"]] == self.items
        _, saved = self.post("ballot", {"token": token, "round_id": self.round_id,
                                        "allocation": {str(self.items[0]): {"dots": 2}}})
        assert saved["version"] == 1
        # the same phone taps "Teilnehmen" again: same participant, ballot shown again
        again_response, again = self.post("join", {"code": code}, cookie=token)
        assert again["token"] == token and again["resumed"] is True
        assert again["ballot"][str(self.items[0])]["dots"] == 2 and again["saved"] is True
        assert self.store.results(self.round_id)["participants"] == 1
        # another phone is another participant
        _, other = self.post("join", {"code": code})
        assert other["token"] != token
        assert self.store.results(self.round_id)["participants"] == 2

    def test_facilitator_can_let_one_device_vote_for_several_people(self):
        code = self.store.meta()["code"]
        _, first = self.post("join", {"code": code})
        assert first["shared"] is False
        self.desk.set_shared_devices(True)
        _, second = self.post("join", {"code": code}, cookie=first["token"])
        assert second["token"] != first["token"] and second["shared"] is True
        assert self.store.results(self.round_id)["participants"] == 2
        assert self.store.audit_log()[-1]["action"] == "shared_devices"

    def test_ballot_needs_the_participants_own_token(self):
        _, refused = self.post("ballot", {"token": "forged", "round_id": self.round_id,
                                          "allocation": {str(self.items[0]): {"dots": 1}}})
        assert "nicht (mehr) gültig" in refused["error"]
        response, _ = self.post("state", {"token": ""})
        assert response.code == 403
        assert self.store.results(self.round_id)["ballots"] == 0

    def test_limits_closed_round_and_wrong_code_are_clear_messages(self):
        response, wrong = self.post("join", {"code": "FALSCH"})
        assert response.code == 403 and "nicht gültig" in wrong["error"]
        _, joined = self.post("join", {"code": self.store.meta()["code"], "lang": "en"})
        token = joined["token"]
        _, too_many = self.post("ballot", {"token": token, "round_id": self.round_id,
                                           "allocation": {str(self.items[0]): {"dots": 3}}})
        assert too_many["reason"] == "too_many_on_item"
        self.desk.close_round(self.round_id)
        response, closed = self.post("ballot", {"token": token, "round_id": self.round_id,
                                                "allocation": {}, "lang": "en"})
        assert response.code == 409 and closed["reason"] == "round_closed"

    def test_cross_site_and_non_json_requests_are_refused(self):
        code = self.store.meta()["code"]
        response, _ = self.post("join", {"code": code},
                                headers={"Origin": "http://evil.example"})
        assert response.code == 403
        response = self.fetch("/api/workshop/join", method="POST", raise_error=False,
                              headers={"Content-Type": "application/x-www-form-urlencoded"},
                              body=f"code={code}")
        assert response.code == 415
        assert self.store.results(self.round_id)["participants"] == 0

    def test_requests_for_another_sites_name_are_refused_dns_rebinding(self):
        # a page of evil.example whose name now points to this laptop sends its own name
        code, port = self.store.meta()["code"], self.served.port
        for host in (f"evil.example:{port}", f"127.0.0.1.evil.example:{port}", ""):
            for origin in ({"Origin": f"http://{host}"}, {}):
                response, _ = self.post("join", {"code": code}, headers={"Host": host, **origin})
                assert response.code == 403, (host, origin)
        assert self.store.results(self.round_id)["participants"] == 0
        for host in (f"localhost:{port}", f"WAHLRAUM.local:{port}"):
            response, joined = self.post("join", {"code": code},
                                         headers={"Host": host, "Origin": f"http://{host}"})
            assert response.code == 200 and joined["token"]
        # the pages too, not only the API
        page = self.fetch(f"/participant?code={code}", headers={"Host": f"evil.example:{port}"},
                          raise_error=False)
        assert page.code == 403 and b"Workshop" in page.body and code.encode() not in page.body
        page = self.fetch(f"/participant?code={code}", headers={"Host": f"localhost:{port}"})
        assert page.code == 200

    def test_empty_ballot_counts_on_projector_and_in_every_export(self):
        _, joined = self.post("join", {"code": self.store.meta()["code"]})
        _, saved = self.post("ballot", {"token": joined["token"], "round_id": self.round_id,
                                        "allocation": {}})
        assert saved["version"] == 1
        _, state = self.post("state", {"token": joined["token"]})
        assert state["saved"] is True and state["ballot"] == {}
        assert self.store.results(self.round_id)["ballots"] == 1
        written = export_workshop(self.store.path, self.folder / "export")
        import pandas as pd

        ballots = pd.read_csv(written["ballots"])
        assert len(ballots) == 1 and ballots["dots"].tolist() == [0]
        assert pd.read_csv(written["results"])["ballots"].unique().tolist() == [1]


class _FakeKernels:
    def __init__(self):
        self.running, self.stopped = [], []

    def list_kernel_ids(self):
        return list(self.running)

    async def start_kernel(self, **kwargs):
        self.running.append(f"started-{len(self.running) + len(self.stopped)}")
        return self.running[-1]

    async def shutdown_kernel(self, kernel_id):
        self.running.remove(kernel_id)
        self.stopped.append(kernel_id)


class _RenderedHandler(tornado.web.RequestHandler):
    """Stands in for Voila's render handler: reaching it would start a kernel."""

    async def get(self, path=None):
        await self.kernel_manager.start_kernel()
        self.write("kernel started")


class TestGate(_Served):
    def get_app(self):
        import tempfile
        from pathlib import Path

        from esslingen_lab.workshop.web import gated_render_handler

        self.store = WorkshopStore.create(Path(tempfile.mkdtemp()) / "g.db", "g")
        self.secret = self.store.rotate_secret()
        self.site = WorkshopSite(self.store.path)
        self.kernels = _FakeKernels()
        return tornado.web.Application(
            [(r"/voila/render/(.*)", gated_render_handler(_RenderedHandler))],
            esslingen_lab_site=self.site, kernel_manager=self.kernels, base_url="/")

    def test_no_kernel_without_secret_or_key_and_old_links_redirect(self):
        for url in ("facilitator.ipynb", "facilitator.ipynb?secret=guess", "results.ipynb",
                    "results.ipynb?key=guess"):
            response = self.fetch(f"/voila/render/{url}", raise_error=False)
            assert response.code == 403 and b"Kein Zugang" in response.body
            assert b"kernel started" not in response.body and b"<script" not in response.body
        assert self.fetch("/voila/render/other.ipynb", raise_error=False).code == 404
        old = self.fetch("/voila/render/participant.ipynb?code=ABC123", follow_redirects=False,
                         raise_error=False)
        assert old.code == 302 and old.headers["Location"] == "/participant?code=ABC123"
        desk = self.fetch(f"/voila/render/facilitator.ipynb?secret={self.secret}")
        assert desk.body == b"kernel started" and "el_desk=" in desk.headers["Set-Cookie"]

    def _pages(self, page, n, *, connected=True):
        for k in range(n):
            kernel_id = f"{page}-{k}"
            self.kernels.running.append(kernel_id)
            self.site.hand_out(kernel_id, page)
            if connected:
                self.site.connected(kernel_id, +1)

    def test_open_projector_pages_are_capped(self):
        url = f"/voila/render/results.ipynb?key={self.store.results_key()}"
        self._pages("results.ipynb", 10)
        full = self.fetch(url, raise_error=False)
        assert full.code == 503 and b"schlie" in full.body
        self.kernels.running.remove("results.ipynb-3")  # a page was closed: its kernel is gone
        assert self.fetch(url).body == b"kernel started"

    def test_a_closed_or_reloaded_desk_stops_counting_at_once(self):
        url = f"/voila/render/facilitator.ipynb?secret={self.secret}"
        self._pages("facilitator.ipynb", 5)
        assert self.fetch(url, raise_error=False).code == 503
        # a tab closed (its websocket too) but Voila's shutdown message never came
        self.site.connected("facilitator.ipynb-2", -1)
        desk = self.fetch(url)
        assert desk.body == b"kernel started" and "el_desk=" in desk.headers["Set-Cookie"]
        deadline = time.monotonic() + 10
        while not self.kernels.stopped and time.monotonic() < deadline:
            time.sleep(0.05)
        assert self.kernels.stopped == ["facilitator.ipynb-2"]  # shut down, not left to the cull
        assert self.fetch(url, raise_error=False).code == 503  # the new page counts while loading

    def test_pages_still_loading_count_and_pages_that_never_connect_stop_counting(self):
        from esslingen_lab.workshop.web import LOADING_SECONDS

        url = f"/voila/render/facilitator.ipynb?secret={self.secret}"
        self._pages("facilitator.ipynb", 5, connected=False)  # a link opened on five phones
        assert self.fetch(url, raise_error=False).code == 503
        self._pages("results.ipynb", 3)  # the projector's pages are counted apart
        assert self.fetch(url, raise_error=False).code == 503
        for kernel_id in ("facilitator.ipynb-0", "facilitator.ipynb-1"):  # never connected
            self.site.handed_out[kernel_id] -= LOADING_SECONDS + 1
        assert self.fetch(url).body == b"kernel started"
        assert self.fetch(url).body == b"kernel started"
        assert self.fetch(url, raise_error=False).code == 503


def test_workshop_start_lets_the_links_host_through_and_hands_no_secret(monkeypatch):
    from esslingen_lab.workshop import env

    links = {"participant": "http://192.168.1.20:8866/participant?code=ABC",
             "facilitator": "http://192.168.1.20:8866/voila/render/facilitator.ipynb?secret=S3"}
    variables = env.server_env(db_path="w.db", links=links, hosts=["192.168.1.20"], seed=7)
    assert "S3" not in json.dumps(variables)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert env.allowed_hosts() == {"localhost", "127.0.0.1", "::1", "192.168.1.20"}
    assert env.seed() == 7 and env.links()["participant"] == links["participant"]
    monkeypatch.delenv(env.ENV_SEED)
    assert env.seed() == 42  # esslingen_lab.defaults.DEFAULT_SEED


class _SlowKernels(_FakeKernels):
    """Kernels that take a while to start, as real ones do (about a second)."""

    async def start_kernel(self, **kwargs):
        await asyncio.sleep(0.5)
        return await super().start_kernel(**kwargs)


class TestGateConcurrent(_Served):
    def get_app(self):
        app = TestGate.get_app(self)
        self.kernels = _SlowKernels()
        app.settings["kernel_manager"] = self.kernels
        return app

    def test_requests_at_the_same_moment_start_no_more_kernels_than_the_limit(self):
        """Review s6: the limit was checked before any kernel of the requests in flight was
        recorded, so twenty requests sent at once started twenty kernels."""
        from concurrent.futures import ThreadPoolExecutor

        from esslingen_lab.workshop.web import MAX_PAGES

        url = f"/voila/render/facilitator.ipynb?secret={self.secret}"
        with ThreadPoolExecutor(20) as pool:
            codes = list(pool.map(lambda _: self.fetch(url, raise_error=False).code, range(20)))
        limit = MAX_PAGES["facilitator.ipynb"]
        assert codes.count(200) == limit and codes.count(503) == 20 - limit
        assert len(self.kernels.running) == limit
