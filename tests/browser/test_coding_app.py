"""The coding notebook served by Voila: a coder codes an answer with the keyboard only."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
import yaml

from esslingen_lab.coding import CodingStore, example_codebook_path, load_codebook

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SURVEY = ROOT / "tests" / "fixtures" / "report_survey" / "survey.yml"
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def coding_app(tmp_path_factory, free_port):
    """The shipped coding notebook with test parameters, served by Voila."""
    folder = tmp_path_factory.mktemp("coding")
    nb = nbformat.read(ROOT / "notebooks" / "coding.ipynb", as_version=4)
    question = next(iter(yaml.safe_load(SURVEY.read_text(encoding="utf-8"))["questions"]))
    store_path = folder / "codings.sqlite"
    parameters = nb.cells[1]
    assert "parameters" in parameters.metadata.get("tags", [])
    # like papermill: the notebook's defaults, then this test's values
    parameters.source += (f"\nsurvey_path = {str(SURVEY)!r}\nquestion = {question!r}\n"
                          f"store_path = {str(store_path)!r}\ncoder = 'anna'\n")
    for cell in nb.cells:
        cell.source = cell.source.replace("../outputs", str(folder))
    nbformat.write(nb, folder / "coding.ipynb")
    port = free_port()
    log = open(folder / "voila.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-m", "voila", str(folder / "coding.ipynb"), "--no-browser",
         f"--port={port}", "--Voila.ip=127.0.0.1"],
        stdout=log, stderr=subprocess.STDOUT, cwd=folder, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    yield {"url": url, "store": store_path}
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)
    log.close()


def test_coder_codes_with_keys_over_the_answer_and_types_a_memo_freely(browser, coding_app):
    codebook = load_codebook(example_codebook_path())
    page = browser.new_page()
    page.goto(coding_app["url"], timeout=TIMEOUT)
    answer = page.locator("div[style*='border-left:4px']")
    expect(answer).to_be_visible(timeout=TIMEOUT)
    first = answer.inner_text()
    assert "Traceback" not in page.content()  # every cell of the notebook ran

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
