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


def find_chromium() -> str | None:
    """Return the path of a Chromium executable, or None."""
    configured = os.environ.get("ESSLINGEN_LAB_CHROMIUM")
    for candidate in ([configured] if configured else []) + list(CHROMIUM_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return candidate
    found = shutil.which("chromium")
    return found


def write_pdf(html_path, pdf_path) -> Path:
    """Print a report HTML file to a PDF; its print CSS sets A4 and "Seite n von m".

    Parameters
    ----------
    html_path : str or Path
        The self-contained report (opened from ``file://``; no network request is allowed).
    pdf_path : str or Path

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
        raise ReportError(reason="report_pdf_playwright") from None
    chromium = find_chromium()
    if chromium is None:
        raise ReportError(reason="report_pdf_chromium")
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
                # page size, margins and "Seite n von m" come from the report's print CSS
                # (@page margin boxes), so printing from a browser gives the same pages
                page.pdf(path=str(tmp), print_background=True, prefer_css_page_size=True)
            finally:
                browser.close()

    # playwright's sync API refuses to run inside an event loop (Jupyter, another playwright
    # session): a thread of its own has none.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(print_pdf).result()
    tmp.replace(pdf_path)
    return pdf_path
