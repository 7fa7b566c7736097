"""Building blocks of the workshop's Voila views: style, escaped text, guards and polling.

Respondent and participant text only ever goes into a widget as text (``Label``) or escaped
(:func:`escaped_html`); a callback never shows a traceback (:class:`CallbackGuard`); a page
refreshes itself from a daemon thread (:class:`Poller`).
"""

from __future__ import annotations

import functools
import html
import logging
import sys
import threading
from importlib import resources

import ipywidgets as widgets

from esslingen_lab.workshop.errors import WorkshopError
from esslingen_lab.workshop.i18n import TEXTS, reason_text

log = logging.getLogger("esslingen_lab.workshop")

#: Seconds between refreshes of the participant (round state) and results pages.
POLL_SECONDS = 3.0


@functools.lru_cache(maxsize=1)
def _css() -> str:
    # Phone-friendly sizes (ipywidgets' defaults are made for desktop notebooks).
    return (resources.files("esslingen_lab") / "data" / "workshop" / "apps.css").read_text(
        encoding="utf-8")


def style() -> widgets.HTML:
    """Return the apps' style sheet as a widget (first child of every page)."""
    return widgets.HTML(f"<style>{_css()}</style>")


def add_classes(widget, *names):
    """Add CSS classes to a widget; returns it."""
    for name in names:
        widget.add_class(name)
    return widget


def text_label(value, *classes) -> widgets.Label:
    """Return a Label with ``value`` as text and the given CSS classes."""
    # Label renders its value as text, so respondent text can never become markup.
    return add_classes(widgets.Label(value=str(value)), *classes)


def escaped_html(template: str, *classes, **values) -> widgets.HTML:
    """HTML widget whose substituted values are escaped (the template is ours)."""
    escaped = {k: html.escape(str(v), quote=True) for k, v in values.items()}
    return add_classes(widgets.HTML(value=template.format(**escaped)), *classes)


def failure_page(message: str) -> widgets.VBox:
    """Return a page that shows only ``message`` (e.g. no access)."""
    return add_classes(widgets.VBox([style(), text_label(message, "el-message")]),
                       "el-app")


def guarded(app):
    """Run an app factory; show a friendly message instead of any traceback."""

    @functools.wraps(app)
    def wrapper(*args, **kwargs):
        try:
            return app(*args, **kwargs)
        except WorkshopError as error:
            return failure_page(reason_text(error.reason, kwargs.get("language", "de")))
        except Exception as error:  # noqa: BLE001 - users must never see a traceback
            log.error("workshop app failed: %s", type(error).__name__)
            return failure_page(TEXTS.text("error"))

    return wrapper


class CallbackGuard:
    """Wrap widget callbacks: refused actions become messages, crashes a generic one."""

    def __init__(self, show, language):
        self.show = show
        self.language = language
        self.lock = threading.RLock()

    def __call__(self, callback):
        """Return ``callback`` wrapped: run under the page's lock, errors shown as messages."""

        @functools.wraps(callback)
        def wrapper(*args, **kwargs):
            with self.lock:
                try:
                    return callback(*args, **kwargs)
                except WorkshopError as error:
                    self.show(reason_text(error.reason, self.language()))
                except Exception as error:  # noqa: BLE001 - no traceback for users
                    log.error("workshop callback failed: %s", type(error).__name__)
                    self.show(TEXTS.text("error", self.language()))

        return wrapper


class Poller:
    """Call ``tick`` every few seconds in a daemon thread until the page's kernel ends."""

    def __init__(self, tick, seconds: float = POLL_SECONDS):
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(tick, seconds), daemon=True)
        self._thread.start()

    def _run(self, tick, seconds):
        while not self._stop.wait(seconds):
            try:
                tick()
            except Exception as error:  # noqa: BLE001 - keep polling; the store may be busy
                log.warning("refresh failed: %s", type(error).__name__)

    def stop(self):
        """Stop polling."""
        self._stop.set()


def log_to_stderr() -> None:
    """Send the apps' log to the kernel's stderr (the server log), never to the page."""
    # Kernel stderr ends up in the Voila server's log, never on the page.
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[workshop] %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.propagate = False


