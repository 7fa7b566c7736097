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


DEMO = Path(__file__).resolve().parents[2] / "surveys" / "esslingen_demo" / "citizens" \
    / "survey.yml"


@pytest.fixture(scope="module")
def german_report(tmp_path_factory):
    """The German demo citizen report (data quality and maturity parts) with its PDF."""
    return reports.run_report(DEMO, notebooks=["data_quality", "maturity"], progress=False,
                              language="de", parameters={"n_boot": "200"},
                              formats=("html", "xlsx", "pdf"),
                              out=tmp_path_factory.mktemp("german-report") / "run")


def _code_names():
    from esslingen_lab.surveys import load_spec

    spec = load_spec(DEMO)
    return {*spec.likert, *spec.groups, *spec.questions,
            *{item.dimension for item in spec.likert.values()}}


@pytest.mark.slow
def test_german_report_reads_as_a_german_report(browser, german_report):
    import re

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(german_report.html.resolve().as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("document.documentElement.lang") == "de"
        findings = page.locator(".el-key li").all_inner_texts()
        assert 3 <= len(findings) <= 7
        pattern = re.compile(r"^\d+\s%\s\(95-%-KI\s\d+–\d+\s%,\sn\s=\s[\d.]+\) ")
        assert all(pattern.match(f) for f in findings), findings
        assert page.locator(".el-methods dt").count() >= 5
        # the demo's population block: sample vs population per column, the weighting stated
        assert page.locator(".el-methods dt", has_text="Stichprobe/Bevölkerung").count() == 2
        assert "Designeffekt nach Kish" in page.locator(".el-methods").inner_text()
        # numbers the report states: no decimal point (a thousands point is fine)
        shown = page.eval_on_selector_all(
            "table.dataframe td, table.dataframe th, .el-key, .el-methods, figcaption, "
            ".el-caption", "els => els.map(e => e.innerText)")
        thousands = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d.])")
        bad = [t for t in shown if re.search(r"\d\.\d", thousands.sub("N", t))]
        assert bad == [], bad[:5]
        assert any(re.search(r"\d,\d", t) for t in shown)  # there are decimals, with a comma
        # no code names of the spec outside the provenance appendix
        text = page.evaluate("""() => { const c = document.body.cloneNode(true);
            c.querySelectorAll('.el-appendix, style').forEach(e => e.remove());
            return c.innerText; }""")
        visible = [code for code in _code_names()
                   if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)]
        assert visible == []
        assert not re.search(r"\b(True|False)\b", text)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            overflow = page.evaluate("document.documentElement.scrollWidth - "
                                     "document.documentElement.clientWidth")
            assert overflow <= 0, (width, overflow)
    finally:
        page.close()


@pytest.mark.slow
def test_pdf_is_printed_from_the_report_with_page_numbers(german_report):
    from pypdf import PdfReader

    assert german_report.pdf is not None and german_report.pdf.stat().st_size > 10_000
    pages = PdfReader(german_report.pdf).pages
    assert len(pages) >= 3
    total = len(pages)
    for number in (1, total):
        assert f"Seite {number} von {total}" in pages[number - 1].extract_text()
    assert german_report.manifest["artifacts"]["pdf"] == "report.pdf"
