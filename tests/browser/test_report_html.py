"""Open a generated report from file:// in headless Chromium, offline, and check it renders."""

from pathlib import Path

import pytest

from esslingen_lab import reports

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "report_survey" / "survey.yml"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_html(tmp_path_factory):
    run = reports.run_report(FIXTURE, notebooks=["data_quality"], progress=False,
                             out=tmp_path_factory.mktemp("browser-report") / "run")
    return run.html


def test_report_opens_offline_with_images_and_toc(browser, report_html):
    page = browser.new_page()
    external = []

    def block_network(route):
        # Anything not in the file itself must not be needed: abort and remember it.
        if route.request.url.startswith(("file:", "data:")):
            return route.continue_()
        external.append(route.request.url)
        return route.abort()

    page.route("**/*", block_network)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(report_html.resolve().as_uri())
        page.wait_for_load_state("load")
        images = page.eval_on_selector_all(
            "img", "els => els.map(e => [e.complete, e.naturalWidth, e.naturalHeight])")
        assert len(images) >= 2
        assert all(done and w > 0 and h > 0 for done, w, h in images), images
        assert external == [] and errors == []
        # tables are real tables with visible cells
        assert page.locator("table.dataframe").first.is_visible()
        assert page.locator("table.dataframe td").count() > 10
        # the table of contents jumps to a section
        link = page.locator("#el-toc-list a").nth(1)
        target = link.get_attribute("href")
        link.click()
        assert page.evaluate("location.hash") == target
        assert page.locator(target).is_visible()
        # no code is shown
        assert page.locator(".jp-InputArea-editor, .jp-InputPrompt").count() == 0
        alts = page.eval_on_selector_all("img", "els => els.map(e => e.alt)")
        assert all(alt and "No description" not in alt for alt in alts), alts
    finally:
        page.close()
