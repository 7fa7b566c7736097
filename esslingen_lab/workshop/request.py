"""The request a Voila page was opened with: query string, workshop store and language.

A pre-heated kernel waits for its page request (:func:`wait_for_request`); then the query
string (``?secret=…``, ``?key=…``, ``&lang=en``) and the workshop's environment contract
(:mod:`.env`) say which workshop and what access.
"""

from __future__ import annotations

import json
import os
from urllib.parse import parse_qs

from esslingen_lab.workshop.env import ENV_DB, ENV_DIR
from esslingen_lab.workshop.i18n import LANGUAGES
from esslingen_lab.workshop.store import WorkshopStore, workshop_db_path
from esslingen_lab.workshop.ui import log


def wait_for_request() -> None:
    """Block a pre-heated kernel until Voila hands it a page request (then env is set).

    Same protocol as ``voila.utils.wait_for_request`` — one message on
    ``<base>voila/query/<kernel id>`` — but without importing jupyter_server, which adds
    ~47 MiB to every app kernel. Falls back to Voila's helper if that fails.
    """
    if os.environ.get("VOILA_PREHEAT", "False") == "False":
        return
    try:
        from websockets.sync.client import connect

        protocol = os.environ.get("VOILA_WS_PROTOCOL", "ws")
        host = os.environ.get("VOILA_APP_IP", "127.0.0.1")
        port = os.environ.get("VOILA_APP_PORT", "8866")
        base = os.environ.get("VOILA_WS_BASE_URL", os.environ.get("VOILA_SERVER_URL", "/"))
        url = f"{protocol}://{host}:{port}{base}voila/query/{os.environ['VOILA_KERNEL_ID']}"
        # No ping timeout: the kernel may wait in the pool for a long time.
        with connect(url, open_timeout=10, ping_interval=None, max_size=2**20) as socket:
            info = json.loads(socket.recv())
        os.environ.update({str(k): str(v) for k, v in info.items()})
    except Exception as error:  # noqa: BLE001 - any failure: let Voila's own helper try
        log.warning("light request wait failed (%s); using voila.utils", type(error).__name__)
        from voila.utils import wait_for_request as voila_wait

        voila_wait()


def query() -> dict:
    """Return the page's query string (first value per name, at most 200 characters)."""
    values = parse_qs(os.environ.get("QUERY_STRING", ""), max_num_fields=10)
    return {k: v[0][:200] for k, v in values.items() if v}


def open_store(query: dict) -> WorkshopStore:
    """Open the workshop of this server (or of ``?workshop=NAME``)."""
    path = os.environ.get(ENV_DB)
    if not path:
        name = query.get("workshop", "")
        path = workshop_db_path(name, os.environ.get(ENV_DIR, "outputs/workshops"))
    return WorkshopStore(path)


def page_language(query: dict, store: WorkshopStore | None = None) -> str:
    """Return the page language: ``?lang=``, else the workshop's, else German."""
    lang = query.get("lang", "")
    if lang in LANGUAGES:
        return lang
    if store is not None:
        lang = store.meta().get("language", "de")
    return lang if lang in LANGUAGES else "de"


def page_request() -> tuple[dict, WorkshopStore]:
    """Wait for the page request, then return its query and the workshop's store."""
    wait_for_request()
    params = query()
    return params, open_store(params)
