"""ipywidgets views of the workshop: facilitator desk and projector results (Voila apps).

The notebooks in ``notebooks/workshop/`` only call :func:`facilitator_app` or
:func:`results_app`. The views live in :mod:`.desk` and :mod:`.projector`, over the plain
models in :mod:`.models`; their building blocks (style, escaped text, guards, polling) in
:mod:`.ui`, the page request in :mod:`.request`, the environment contract of
``workshop start`` in :mod:`.env`. The participant page is plain HTML without a kernel
(:mod:`.web`). Respondent and participant text is always shown escaped.
"""

from __future__ import annotations

from esslingen_lab.workshop.desk import ACTIONS, FacilitatorApp, facilitator_app
from esslingen_lab.workshop.env import (
    ENV_DB,
    ENV_DIR,
    ENV_LINKS,
    ENV_SEED,
    ENV_SURVEY,
    ENV_THEME_MODEL,
)
from esslingen_lab.workshop.projector import ResultsApp, results_app
from esslingen_lab.workshop.request import wait_for_request
from esslingen_lab.workshop.store import MAX_DESCRIPTION
from esslingen_lab.workshop.ui import POLL_SECONDS

__all__ = ["facilitator_app", "results_app", "FacilitatorApp", "ResultsApp", "wait_for_request",
           "ACTIONS", "POLL_SECONDS", "MAX_DESCRIPTION", "ENV_DB", "ENV_DIR", "ENV_LINKS",
           "ENV_SEED", "ENV_SURVEY", "ENV_THEME_MODEL"]
