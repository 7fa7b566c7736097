"""PDF output: the same report.html printed to A4 by headless Chromium, with page numbers.

Part of :mod:`esslingen_lab.reports`. Needs the ``playwright`` Python package and a Chromium
(Debian's ``/usr/bin/chromium`` or ``ESSLINGEN_LAB_CHROMIUM``); nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from esslingen_lab.reports.errors import ReportError

#: Where Chromium is looked for, in this order (after ``ESSLINGEN_LAB_CHROMIUM``).
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser",
                       "/usr/bin/google-chrome")
_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
_FOOTER = {"de": "Seite <span class=\"pageNumber\"></span> von <span class=\"totalPages\"></span>",
           "en": "Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span>"}


def find_chromium() -> str | None:
    """Return the path of a Chromium executable, or None."""
    configured = os.environ.get("ESSLINGEN_LAB_CHROMIUM")
    for candidate in ([configured] if configured else []) + list(CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return candidate
    found = shutil.which("chromium")
    return found


def write_pdf(html_path, pdf_path, *, language: str = "de", title: str = "") -> Path:
    """Print a report HTML file to an A4 PDF with "Seite n von m" in every footer.

    Parameters
    ----------
    html_path : str or Path
        The self-contained report (opened from ``file://``; no network request is allowed).
    pdf_path : str or Path
    language : {"de", "en"}, default="de"
        Language of the footer.
    title : str, default=""
        Shown small in the footer beside the page number.

    Returns
    -------
    Path

    Raises
    ------
    ReportError
        playwright or Chromium is missing (the message says what to install).
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise ReportError("PDF braucht/needs the Python package playwright: "
                          "pip install 'esslingen-lab[pdf]'") from None
    chromium = find_chromium()
    if chromium is None:
        raise ReportError("PDF braucht/needs Chromium: apt-get install chromium (or set "
                          "ESSLINGEN_LAB_CHROMIUM to its path)")
    import html as _html

    footer = (f'<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;'
              f'justify-content:space-between;color:#555"><span>{_html.escape(title)}</span>'
              f"<span>{_FOOTER.get(language, _FOOTER['de'])}</span></div>")
    pdf_path = Path(pdf_path)
    tmp = pdf_path.with_name(f".{pdf_path.name}.tmp")

    def print_pdf():
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                                 args=_ARGS)
            try:
                page = browser.new_page()
                # the report is self-contained: refuse anything that is not the file itself
                page.route("**/*", lambda route: route.continue_()
                           if route.request.url.startswith(("file:", "data:"))
                           else route.abort())
                page.goto(Path(html_path).resolve().as_uri(), wait_until="load")
                page.emulate_media(media="print")
                page.pdf(path=str(tmp), format="A4", print_background=True,
                         display_header_footer=True, header_template="<span></span>",
                         footer_template=footer, margin={"top": "18mm", "bottom": "20mm",
                                                         "left": "15mm", "right": "15mm"})
            finally:
                browser.close()

    # playwright's sync API refuses to run inside an event loop (Jupyter, another playwright
    # session): a thread of its own has none.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(print_pdf).result()
    tmp.replace(pdf_path)
    return pdf_path
