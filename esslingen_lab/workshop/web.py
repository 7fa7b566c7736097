"""HTTP side of the workshop server: the participant page without a kernel, and access gates.

The participant page is one small HTML page (inline CSS and JavaScript) talking JSON to three
handlers on the Voila server, over the same SQLite store: joining costs one row, not a Python
kernel, so a full room gets usable pages in a second or two (``benchmarks/bench_workshop.py``).
The facilitator desk and the projector stay Voila apps, but a request without the secret or key
gets a small static page instead of a kernel, and a kernel's websocket opens only for the
browser that opened its page with the secret (or key): a kernel id alone is no credential.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import json
import os
import secrets
import time
from datetime import datetime
from importlib import resources
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import tornado.web

from esslingen_lab.i18n import Catalogue
from esslingen_lab.workshop import env as workshop_env
from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.i18n import LANGUAGES, TEXTS, reason_text
from esslingen_lab.workshop.store import WorkshopStore

#: Cookie holding a participant's token: the same phone joining again resumes its ballot.
TOKEN_COOKIE = "el_participant"
#: Cookies proving that this browser opened the desk (secret) or the projector (key).
ACCESS_COOKIES = {"facilitator.ipynb": "el_desk", "results.ipynb": "el_results"}
#: Most pages (kernels) open at once per app: the desk and the projector are a few screens,
#: not a crowd; more requests get a plain message instead of yet another kernel.
MAX_PAGES = {"facilitator.ipynb": 5, "results.ipynb": 10}
#: A page counts as open while its kernel has a connected websocket, and for this many
#: seconds after the server handed it out or finished sending it (the browser is still
#: loading it). A closed or reloaded page stops counting at once: its kernel is shut down
#: when the next page of the same app is asked for.
LOADING_SECONDS = 60.0
#: Largest JSON body a participant may send (a ballot of 60 items is ~3 kB).
MAX_BODY = 32_000
#: The round is read from SQLite at most this often and shared by all phones.
ROUND_CACHE_SECONDS = 1.0

_PARTICIPANT_KEYS = ("switch_language", "join_title", "code_placeholder", "join", "anonymous",
                     "joined", "intro", "less", "more", "counted", "resume_hint", "resume_link",
                     "waiting", "remaining", "max_per_item", "impact", "effort", "submit",
                     "update", "saved", "unsaved", "closed", "error", "offline", "lost",
                     "saving", "next_person")


class WorkshopSite:
    """What the handlers share: the store, a per-process key and which kernel serves what.

    Parameters
    ----------
    db_path : str or Path
        The workshop's SQLite file.
    hosts : iterable of str, default=()
        Host names the server is reached by besides this laptop's own names (the LAN address
        ``workshop start`` prints); requests that change state must name one of them.
    """

    def __init__(self, db_path, *, hosts=()):
        self.store = WorkshopStore(db_path)
        self.hosts = {h.lower() for h in (*workshop_env.LOCAL_HOSTS, *hosts)}
        self.key = secrets.token_bytes(32)  # cookies die with the server process
        self.kernel_pages: dict[str, str] = {}
        self.handed_out: dict[str, float] = {}  # kernel -> when its page was last sent
        self.connections: dict[str, int] = {}  # kernel -> open websockets
        self._stopping: set = set()  # shutdown tasks of left-behind kernels
        # page -> requests let through whose kernel is not recorded yet (it is starting):
        # they count, or requests sent at the same moment would all pass the limit
        self.starting: dict[str, int] = {}
        self._round = (0.0, None)

    def hand_out(self, kernel_id: str, page: str) -> None:
        """Note that ``kernel_id`` serves a page of ``page`` that is being sent now."""
        self.kernel_pages[kernel_id] = page
        self.handed_out[kernel_id] = time.monotonic()

    def reserve(self, handler, page: str) -> None:
        """Count ``handler``'s page as open from now on, before its kernel is recorded."""
        self.starting[page] = self.starting.get(page, 0) + 1
        handler._el_reserved = page

    def release(self, handler) -> None:
        """End ``handler``'s reservation (its kernel is recorded, or the request ended)."""
        page = getattr(handler, "_el_reserved", None)
        if page is not None:
            handler._el_reserved = None
            self.starting[page] = max(0, self.starting.get(page, 0) - 1)

    def connected(self, kernel_id: str, change: int) -> None:
        """Count a websocket of ``kernel_id`` opening (+1) or closing (-1)."""
        count = self.connections.get(kernel_id, 0) + change
        if count > 0:
            self.connections[kernel_id] = count
        else:
            self.connections.pop(kernel_id, None)
            if kernel_id in self.handed_out:  # closed: no loading time left
                self.handed_out[kernel_id] = 0.0

    def _forget(self, kernel_id: str) -> None:
        for table in (self.kernel_pages, self.handed_out, self.connections):
            table.pop(kernel_id, None)

    def open_pages(self, page: str, running) -> tuple[list[str], list[str]]:
        """Split the running kernels of ``page`` into open pages and left-behind ones.

        A page is open while a websocket of its kernel is connected or while it is still
        loading (:data:`LOADING_SECONDS`); a kernel of a page that was closed or reloaded
        without Voila's own shutdown message reaching the server is left behind.
        """
        running = set(running)
        for kernel_id in [k for k in self.kernel_pages if k not in running]:
            self._forget(kernel_id)  # shut down (page closed, culled)
        now = time.monotonic()
        open_, left = [], []
        for kernel_id, p in self.kernel_pages.items():
            if p != page:
                continue
            loading = now - self.handed_out.get(kernel_id, 0.0) < LOADING_SECONDS
            (open_ if loading or self.connections.get(kernel_id) else left).append(kernel_id)
        return open_, left

    def shut_down(self, manager, kernel_ids) -> None:
        """Shut down left-behind kernels in the background; they stop counting at once."""
        for kernel_id in kernel_ids:
            self._forget(kernel_id)  # their websockets and REST calls are refused from now on
            task = asyncio.ensure_future(_shutdown(manager, kernel_id))
            self._stopping.add(task)
            task.add_done_callback(self._stopping.discard)

    def proof(self, page: str, credential_hash: str) -> str:
        """Cookie value proving the credential behind ``credential_hash`` was shown here."""
        return hmac.new(self.key, f"{page}\0{credential_hash}".encode(), hashlib.sha256).hexdigest()

    def credential_hash(self, page: str) -> str:
        """Return the current hash of the desk secret or projector key (rotates with each start)."""
        return self.store.credential_hash("secret" if page == "facilitator.ipynb" else "key")

    def allows(self, host_header: str | None) -> bool:
        """Tell whether a ``Host`` header (or an ``Origin``'s host) names this server.

        A page of another site that points its own name at this laptop (DNS rebinding)
        sends its own name: such requests are refused.
        """
        if not host_header:
            return False
        name = urlsplit(f"//{host_header}").hostname
        return name is not None and name.lower() in self.hosts

    def current_round(self):
        """Return the current round (None while none is open or closed), cached briefly."""
        at, value = self._round
        if time.monotonic() - at > ROUND_CACHE_SECONDS:
            value = self.store.current_round()
            if value is not None and value["status"] == "draft":
                value = None
            self._round = (time.monotonic(), value)
        return value


async def _shutdown(manager, kernel_id: str) -> None:
    try:
        result = manager.shutdown_kernel(kernel_id)
        if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
            await result
    except (KeyError, tornado.web.HTTPError):
        pass  # gone already (Voila's own shutdown message, culling)


def _site(handler) -> WorkshopSite:
    return handler.settings["esslingen_lab_site"]


def static_page(message: str, *, title: str = "esslingen-lab") -> str:
    """Return a small page with one message (no kernel, no script)."""
    return (f'<!doctype html><html lang="de"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>body{{font:18px system-ui,sans-serif;"
            f"max-width:640px;margin:10vh auto;padding:0 16px}}.el-message{{color:#8a0000;"
            f"background:#fde8e8;border-radius:6px;padding:12px 16px;font-weight:bold}}"
            f'</style></head><body><p class="el-message">{html.escape(message)}</p>'
            f"</body></html>")


# ---------------------------------------------------------------------- participant
class ParticipantPageHandler(tornado.web.RequestHandler):
    """``GET /participant?code=…|token=…&lang=en``: the ballot page (no kernel)."""

    def get(self):
        """Send the page with the workshop title and the texts in both languages."""
        site = _site(self)
        meta = site.store.meta()
        lang = self.get_query_argument("lang", "")
        lang = lang if lang in LANGUAGES else meta.get("language", "de")
        if lang not in LANGUAGES:
            lang = "de"
        config = {
            "title": meta.get("title", ""),
            "language": lang,
            "code": self.get_query_argument("code", "")[:20],
            "token": self.get_query_argument("token", "")[:100],
            "texts": {lg: {k: participant_text(k, lg) for k in _PARTICIPANT_KEYS}
                      for lg in LANGUAGES},
            "poll_seconds": 3,
        }
        page = _asset("participant.html")
        # the config goes in as JSON with <, >, & escaped: respondent text cannot end the script
        blob = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c").replace(
            ">", "\\u003e").replace("&", "\\u0026")
        page = (page.replace("/*EL_CSS*/", _asset("participant.css"))
                .replace("/*EL_JS*/", _asset("participant.js"))
                .replace("{{title}}", html.escape(config["title"]))
                .replace("{{lang}}", lang)
                .replace('"EL_CONFIG"', blob))
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Security-Policy",
                        "default-src 'none'; script-src 'unsafe-inline'; "
                        "style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; "
                        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
        self.set_header("Referrer-Policy", "no-referrer")
        self.write(page)


class ParticipantApiHandler(tornado.web.RequestHandler):
    """JSON API of the participant page; every answer is ``{"ok": …}`` or ``{"error": …}``."""

    def check_xsrf_cookie(self):
        """Same-origin JSON requests only (a cross-site form cannot send ``application/json``)."""

    def _language(self, body) -> str:
        lang = str(body.get("lang", "de"))
        return lang if lang in LANGUAGES else "de"

    def _body(self) -> dict:
        if len(self.request.body) > MAX_BODY:
            raise tornado.web.HTTPError(413)
        if not self.request.headers.get("Content-Type", "").startswith("application/json"):
            raise tornado.web.HTTPError(415)
        # same origin, and that origin must be this server's name (DNS rebinding)
        origin = self.request.headers.get("Origin")
        if not _site(self).allows(self.request.host) or (
                origin and (origin.split("://", 1)[-1] != self.request.host
                            or not _site(self).allows(origin.split("://", 1)[-1]))):
            raise tornado.web.HTTPError(403)
        try:
            body = json.loads(self.request.body or b"{}")
        except ValueError:
            raise tornado.web.HTTPError(400) from None
        if not isinstance(body, dict):
            raise tornado.web.HTTPError(400)
        return body

    def _reply(self, payload: dict, status: int = 200):
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.write(json.dumps(payload, ensure_ascii=False))

    async def post(self, action):
        """Join, read the state or store a ballot."""
        body = self._body()
        lang = self._language(body)
        site = _site(self)
        try:
            if action == "join":
                payload = await asyncio.to_thread(self._join, site, body)
            elif action == "state":
                payload = await asyncio.to_thread(participant_state, site, body.get("token"))
            elif action == "ballot":
                payload = await asyncio.to_thread(self._ballot, site, body)
            else:
                raise tornado.web.HTTPError(404)
        except WorkshopError as error:
            status = 403 if error.reason in (Reason.INVALID_CODE, Reason.INVALID_TOKEN) else 409
            self._reply({"error": reason_text(error.reason, lang),
                         "reason": error.reason.value}, status)
            return
        if action == "join":
            self.set_cookie(TOKEN_COOKIE, payload["token"], httponly=True, samesite="Strict",
                            expires_days=2, path="/")
        self._reply(payload)

    def _join(self, site, body) -> dict:
        # one phone = one participant: a phone that joined before resumes its ballot
        earlier = self.get_cookie(TOKEN_COOKIE, "")
        if earlier and not site.store.shared_devices():
            try:
                site.store.participant_id(earlier)
                site.store.check_code(body.get("code", ""))
                return {**participant_state(site, earlier), "resumed": True}
            except WorkshopError as error:
                if error.reason == Reason.INVALID_CODE:
                    raise
        token = site.store.join(body.get("code", ""))
        return {**participant_state(site, token), "resumed": False}

    def _ballot(self, site, body) -> dict:
        allocation = body.get("allocation")
        if not isinstance(allocation, dict):
            raise WorkshopError(Reason.INVALID_VALUE, "The ballot is malformed.")
        version = site.store.submit_ballot(body.get("token"), body.get("round_id"), allocation)
        return {"version": version, "saved_at": datetime.now().strftime("%H:%M:%S")}


def participant_state(site: WorkshopSite, token) -> dict:
    """Return what a participant's page shows: status, the round's items and their own ballot."""
    site.store.participant_id(token)  # raises INVALID_TOKEN
    current = site.current_round()
    state = {"token": token, "status": "waiting", "round": None, "ballot": {}, "saved": False,
             "shared": site.store.shared_devices()}
    if current is None:
        return state
    state["status"] = current["status"]
    state["round"] = {"id": current["id"], "title": current["title"],
                      "dots": current["dots_per_participant"],
                      "max_per_item": current["max_per_item"],
                      "items": [{"id": i["id"], "title": i["title"],
                                 "description": i["description"]} for i in current["items"]]}
    stored = site.store.ballot_or_none(token, current["id"])
    if stored is not None:
        state["saved"] = True
        state["ballot"] = {str(k): v for k, v in stored.items()}
    return state


def participant_text(key: str, language: str) -> str:
    """Participant page text, also the page's own connection messages."""
    return PAGE_TEXTS.get_text(key, language) or TEXTS.text(key, language)


#: Texts only the server and the participant page's script use.
PAGE_TEXTS = Catalogue("workshop.web", {
    "de": {
        "offline": "Keine Verbindung zum Workshop-Server — es wird weiter versucht. Falls das "
                   "länger dauert: Seite neu laden oder Ihren persönlichen Link öffnen.",
        "lost": "Nicht gespeichert: Die Verbindung zum Workshop-Server ist unterbrochen. "
                "Bitte gleich noch einmal auf „Stimmen abgeben“ tippen, die Seite neu laden "
                "oder Ihren persönlichen Link öffnen.",
        "saving": "Wird gespeichert …",
        "next_person": "Fertig — nächste Person",
        "too_many_pages": "Schon {n} Seiten dieser Art sind offen — bitte eine davon "
                          "schließen und diese Seite neu laden.",
        "wrong_host": "Diese Adresse gehört nicht zum Workshop: Bitte den Link öffnen, den "
                      "die Moderation zeigt.",
    },
    "en": {
        "offline": "No connection to the workshop server — still trying. If this takes "
                   "long: reload the page or open your personal link.",
        "lost": "Not saved: the connection to the workshop server is lost. Please tap "
                "“Cast my votes” again in a moment, reload the page or open your personal "
                "link.",
        "saving": "Saving …",
        "next_person": "Done — next person",
        "too_many_pages": "{n} such pages are open already: please close one and reload "
                          "this page.",
        "wrong_host": "This address does not belong to the workshop: please open the link "
                      "shown by the facilitator.",
    },
})


def _asset(name: str) -> str:
    return (resources.files("esslingen_lab") / "data" / "workshop" / name).read_text(
        encoding="utf-8")


# ---------------------------------------------------------------------- gates
def gated_render_handler(base):
    """Voila's render handler behind the desk secret and the projector key."""

    class GatedVoilaHandler(base):
        async def get(self, path=None):
            site = _site(self)
            page = (path or "").strip("/")
            if page == "participant.ipynb":  # old links: the page has no kernel now
                self.redirect(f"{self.settings.get('base_url', '/')}participant?"
                              + urlencode({k: v[0].decode(errors="replace")
                                           for k, v in self.request.arguments.items()}))
                return
            if page not in ACCESS_COOKIES:
                raise tornado.web.HTTPError(404)
            argument = "secret" if page == "facilitator.ipynb" else "key"
            given = self.get_query_argument(argument, "")
            check = (site.store.check_secret if argument == "secret"
                     else site.store.check_results_key)
            lang = self.get_query_argument("lang", "de")
            lang = lang if lang in LANGUAGES else "de"
            if not await asyncio.to_thread(check, given):
                self.set_status(403)
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.finish(static_page(TEXTS.text("no_access", lang)))
                return
            manager = self.settings["kernel_manager"]
            open_pages, left = site.open_pages(page, manager.list_kernel_ids())
            # pages closed or reloaded stop counting: their kernels go now, not after the cull
            site.shut_down(manager, left)
            counted = len(open_pages) + site.starting.get(page, 0)  # + kernels starting
            if counted >= MAX_PAGES[page]:
                self.set_status(503)
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.finish(static_page(PAGE_TEXTS.text("too_many_pages", lang, n=counted)))
                return
            proof = site.proof(page, site.credential_hash(page))
            self.set_cookie(ACCESS_COOKIES[page], proof, httponly=True, samesite="Strict",
                            path="/")
            # Voila's page asks for its kernel's shutdown when it is closed or reloaded; the
            # request carries this cookie's token (XSRF), so the kernel goes at once
            self.xsrf_token  # noqa: B018 - sets the _xsrf cookie
            self._el_page, self._el_kernels = page, []
            site.reserve(self, page)
            try:
                await super().get(path)
            finally:
                site.release(self)
            for kernel_id in self._el_kernels:  # sent: the browser loads it from now on
                if kernel_id in site.kernel_pages:
                    site.hand_out(kernel_id, page)

        @property
        def kernel_manager(self):
            return _RecordingKernelManager(self.settings["kernel_manager"], _site(self), self)

    return GatedVoilaHandler


class _RecordingKernelManager:
    """Kernel manager proxy noting which page a kernel was handed to."""

    def __init__(self, manager, site, handler):
        self._manager, self._site, self._handler = manager, site, handler

    def __getattr__(self, name):
        return getattr(self._manager, name)

    def _record(self, kernel_id):
        self._site.hand_out(kernel_id, getattr(self._handler, "_el_page", ""))
        getattr(self._handler, "_el_kernels", []).append(kernel_id)
        self._site.release(self._handler)  # the kernel counts from now on

    async def get_rendered_notebook(self, *args, **kwargs):
        task, cache, kernel_id = await self._manager.get_rendered_notebook(*args, **kwargs)
        self._record(kernel_id)
        return task, cache, kernel_id

    async def start_kernel(self, *args, **kwargs):
        kernel_id = await self._manager.start_kernel(*args, **kwargs)
        self._record(kernel_id)
        return kernel_id


def kernel_access(handler, kernel_id: str) -> bool:
    """Tell whether this request's browser opened the page that holds ``kernel_id``."""
    site = _site(handler)
    page = site.kernel_pages.get(kernel_id)
    if page not in ACCESS_COOKIES:
        return False
    cookie = handler.get_cookie(ACCESS_COOKIES[page], "")
    return bool(cookie) and hmac.compare_digest(cookie, site.proof(page,
                                                                   site.credential_hash(page)))


def gated_kernel_handler(base):
    """Wrap a kernel handler (websocket, info, shutdown): open only to the page's own browser."""

    class GatedKernelHandler(base):
        async def get(self, kernel_id, *args, **kwargs):
            if not kernel_access(self, kernel_id):
                raise tornado.web.HTTPError(403)
            return await super().get(kernel_id, *args, **kwargs)

        async def delete(self, kernel_id, *args, **kwargs):
            if not kernel_access(self, kernel_id):
                raise tornado.web.HTTPError(403)
            return await super().delete(kernel_id, *args, **kwargs)

        async def post(self, kernel_id, *args, **kwargs):
            if not kernel_access(self, kernel_id):
                raise tornado.web.HTTPError(403)
            return await super().post(kernel_id, *args, **kwargs)

    GatedKernelHandler.__name__ = f"Gated{base.__name__}"
    return GatedKernelHandler


def counted_websocket(base):
    """Wrap the kernel websocket handler: its page counts as open while the socket is."""

    class CountedWebsocket(base):
        async def open(self, kernel_id, *args, **kwargs):
            self._el_counted = kernel_id
            _site(self).connected(kernel_id, +1)
            return await super().open(kernel_id, *args, **kwargs)

        def on_close(self):
            counted = getattr(self, "_el_counted", None)
            if counted is not None:
                self._el_counted = None
                _site(self).connected(counted, -1)
            return super().on_close()

    CountedWebsocket.__name__ = f"Counted{base.__name__}"
    return CountedWebsocket


def handlers(app, voila_handlers: list) -> list:
    """Voila's handler list with the workshop's pages and gates (``env.HANDLERS_ENV``)."""
    from jupyter_server.services.kernels.handlers import KernelHandler
    from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
    from voila.tornado.handler import TornadoVoilaHandler
    from voila.tornado.kernel_websocket_handler import VoilaKernelWebsocketHandler

    site = WorkshopSite(os.environ[workshop_env.ENV_DB], hosts=workshop_env.allowed_hosts())
    app.app.settings["esslingen_lab_site"] = site
    gated = {TornadoVoilaHandler: gated_render_handler(TornadoVoilaHandler)}
    for base in (KernelHandler, VoilaKernelWebsocketHandler, VoilaShutdownKernelHandler):
        gated[base] = gated_kernel_handler(base)
    gated[VoilaKernelWebsocketHandler] = counted_websocket(gated[VoilaKernelWebsocketHandler])
    prefix = app.server_url.rstrip("/")
    fontawesome = Path(__file__).resolve().parents[1] / "data" / "fontawesome"
    served = [
        (rf"{prefix}/participant/?", ParticipantPageHandler),
        (rf"{prefix}/api/workshop/(join|state|ballot)", ParticipantApiHandler),
        (rf"{prefix}/el-static/fontawesome/(.*)", tornado.web.StaticFileHandler,
         {"path": str(fontawesome)}),
    ]
    for route in voila_handlers:
        pattern, handler, *rest = route
        served.append((pattern, gated.get(handler, handler), *rest))
    # every page, asset and kernel socket answers only to this server's own names
    return [(pattern, host_checked(handler), *rest) for pattern, handler, *rest in served]


def host_checked(base):
    """Wrap a handler so that it answers only requests whose ``Host`` names this server.

    A page of another site that points its own name at this laptop (DNS rebinding) sends
    its own name in ``Host``: it gets 403 before any handler code runs.
    """

    class HostChecked(base):
        def prepare(self):
            if not _site(self).allows(self.request.headers.get("Host")):
                self.set_status(403)
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.finish(static_page(PAGE_TEXTS.text("wrong_host", "de")))
                return None
            return super().prepare()

    HostChecked.__name__ = f"HostChecked{base.__name__}"
    return HostChecked
