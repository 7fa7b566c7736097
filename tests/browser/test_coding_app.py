"""The coding app served by Voila (``coding start``): a coder codes with the keyboard."""

import time
from pathlib import Path

import nbformat
import pytest
import yaml

from esslingen_lab.coding import CodingStore, example_codebook_path, load_codebook
from esslingen_lab.coding.server import start_coding_server

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SURVEY = ROOT / "tests" / "fixtures" / "report_survey" / "survey.yml"
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def coding_app(tmp_path_factory, free_port):
    """The coding app as ``esslingen-lab coding start`` serves it."""
    folder = tmp_path_factory.mktemp("coding")
    question = next(iter(yaml.safe_load(SURVEY.read_text(encoding="utf-8"))["questions"]))
    server = start_coding_server(SURVEY, question, output_dir=folder, port=free_port())
    served = nbformat.read(server.log_path.parent / "coding.ipynb", as_version=4)
    assert "CodingApp(" in served.cells[-1].source  # the app only, no analysis cells
    yield {"url": server.url, "store": server.store_path, "server": server}
    server.stop()


def test_coder_codes_with_keys_over_the_answer_and_types_a_memo_freely(browser, coding_app):
    codebook = load_codebook(example_codebook_path())
    page = browser.new_page()
    page.goto(coding_app["url"] + "?coder=anna", timeout=TIMEOUT)  # personal link
    answer = page.locator("div[style*='border-left:4px']")
    expect(answer).to_be_visible(timeout=TIMEOUT)
    first = answer.inner_text()
    assert "Traceback" not in page.content()  # every cell of the notebook ran
    name = page.locator(".widget-text", has_text="Kodierer/in").locator("input")
    expect(name).to_have_value("anna")  # filled in from the link

    answer.hover()
    page.keyboard.press("1")  # first code on
    expect(page.locator("button.mod-active", has_text=codebook.codes[0].display)).to_have_count(
        1, timeout=TIMEOUT)
    page.keyboard.press("Enter")  # save & next
    expect(answer).not_to_have_text(first, timeout=TIMEOUT)

    with CodingStore(coding_app["store"]) as store:
        codings = store.codings("anna")
    assert len(codings) == 1 and codings["codes"].iloc[0] == (codebook.codes[0].name,)

    # typing a memo ("w" = save) with the mouse on the memo field saves nothing
    memo = page.locator("textarea")
    memo.click()
    page.keyboard.type("wichtig")
    expect(memo).to_have_value("wichtig")
    time.sleep(1)
    with CodingStore(coding_app["store"]) as store:
        assert len(store.codings("anna")) == 1
    page.close()
