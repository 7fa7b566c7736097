"""Shared test set-up: every test starts without the opt-in to read files outside a spec."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_allow_outside_from_other_tests(monkeypatch):
    """``--allow-outside`` sets ESSLINGEN_LAB_ALLOW_OUTSIDE for the run's kernels; a test that
    called the command line in this process must not open the door for the next test."""
    from esslingen_lab.surveys.spec import ALLOW_OUTSIDE_ENV

    monkeypatch.delenv(ALLOW_OUTSIDE_ENV, raising=False)
