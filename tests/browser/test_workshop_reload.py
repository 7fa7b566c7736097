"""The facilitator reloads the desk again and again (or closes its tab): never locked out.

Reloading used to leave each earlier page's kernel counted until the idle cull (10 min), so
the sixth reload got "Schon 5 Seiten … sind offen". Tried with Voila's own "shut my kernel
down" message on leaving the page, and without it (a phone's browser may not send it).
"""

import pytest

from esslingen_lab.serve import server_processes
from esslingen_lab.workshop import WorkshopStore
from esslingen_lab.workshop.server import pool_ready, start_server
from esslingen_lab.workshop.web import MAX_PAGES

pytest.importorskip("playwright")

TIMEOUT = 60_000
DESK = ".el-app.el-facilitator"


@pytest.fixture(scope="module")
def server(tmp_path_factory, free_port):
    import time

    folder = tmp_path_factory.mktemp("reload")
    WorkshopStore.create(folder / "reload.db", "reload", title="Neu laden")
    served = start_server(None, "reload", port=free_port(), workshops_dir=folder,
                          fill_delay=1.0)
    deadline = time.monotonic() + 120
    while not pool_ready(served) and time.monotonic() < deadline:
        time.sleep(0.5)
    yield served
    served.stop()


def _kernels(server):
    return len(server_processes(server.process.marker)) - 1  # minus Voila itself


@pytest.mark.parametrize("unload_message", [True, False], ids=["unload-sent", "unload-lost"])
def test_the_desk_reloaded_again_and_again_still_opens(browser, server, unload_message):
    context = browser.new_context()
    if not unload_message:  # the browser never tells the server that the page went away
        context.route("**/voila/api/shutdown/**", lambda route: route.abort())
    page = context.new_page()
    page.goto(server.facilitator_url, timeout=TIMEOUT)
    page.wait_for_selector(DESK, timeout=TIMEOUT)
    for _ in range(MAX_PAGES["facilitator.ipynb"] + 2):
        response = page.reload(timeout=TIMEOUT)
        assert response.status == 200, page.content()[:300]
        page.wait_for_selector(DESK, timeout=TIMEOUT)
    # a tab closed and a new one opened: the desk is there too
    page.close()
    again = context.new_page()
    assert again.goto(server.facilitator_url, timeout=TIMEOUT).status == 200
    again.wait_for_selector(DESK, timeout=TIMEOUT)
    # the left pages' kernels were shut down: this page's, the projector's pool kernel, and
    # at most the desk's pool kernel being refilled and one page on its way out
    assert _kernels(server) <= 4
    context.close()
