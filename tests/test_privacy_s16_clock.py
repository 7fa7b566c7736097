"""A time limit per answer: a finder rule that backtracks withholds its answer, not the batch."""

from __future__ import annotations

import logging
import re
import signal
import sys
import threading

import pytest

from esslingen_lab.privacy import Redactor
from esslingen_lab.privacy.redact import clock
from esslingen_lab.privacy.redact.patterns import _Rule

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGVTALRM on Windows")


def _backtracking(text):
    if "aaaa" in text:
        # the standard library's engine takes no timeout: 2**40 ways to fail
        re.match(r"(a+)+$", "a" * 40 + "b")
    return iter(())


def _redactor():
    return Redactor(
        rules=[_Rule("NAME", None, finder=_backtracking, name="slow"), ("EMAIL", r"\S+@\S+")]
    )


def test_an_answer_past_its_time_limit_is_withheld_and_the_batch_goes_on(monkeypatch, caplog):
    monkeypatch.setattr(clock, "BASE_SECONDS", 0.3)
    with caplog.at_level(logging.WARNING):
        result = _redactor().redact(["aaaa bei Erika Kranich", "a@b.de schreiben"])
    assert result.texts == ["[TEXT ENTFERNT]", "[EMAIL] schreiben"]
    assert result.counts["WITHHELD"] == 1
    assert "too long" in caplog.text
    assert "Kranich" not in caplog.text  # never the answer


def test_the_clock_leaves_no_timer_and_gives_back_the_signal_handler(monkeypatch):
    monkeypatch.setattr(clock, "BASE_SECONDS", 0.3)
    before = signal.getsignal(signal.SIGVTALRM)
    _redactor().redact(["aaaa", "Frau Weber"])
    assert signal.getsignal(signal.SIGVTALRM) is before
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)


def test_someone_elses_alarm_handler_is_left_alone():
    rung = []
    previous = signal.signal(signal.SIGVTALRM, lambda *args: rung.append(1))
    try:
        result = Redactor().redact(["Frau Weber rief an"])
        assert result.texts == ["Frau [NAME] rief an"]
        assert signal.getsignal(signal.SIGVTALRM) is not clock._ring
    finally:
        signal.signal(signal.SIGVTALRM, previous)
    assert rung == []


def test_redaction_outside_the_main_thread_runs_without_the_clock():
    out = []
    worker = threading.Thread(target=lambda: out.append(Redactor().redact(["Frau Weber"])))
    worker.start()
    worker.join()
    assert out[0].texts == ["Frau [NAME]"]
