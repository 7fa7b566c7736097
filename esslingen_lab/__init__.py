"""esslingen-lab: research environment for participatory digitalisation strategies.

Load and validate citizen and staff surveys, protect personal data, cluster German free text
into themes, measure digital maturity and run workshops. The main entry points are importable
from the top level (loaded on first use, so the command line stays fast)::

    from esslingen_lab import load_survey, ThemeModel, MaturityReport
"""

from importlib import import_module

__version__ = "0.1.0"

_LAZY = {
    "load_survey": "esslingen_lab.surveys",
    "read_table": "esslingen_lab.surveys",
    "Survey": "esslingen_lab.surveys",
    "ThemeModel": "esslingen_lab.themes",
    "ThemeMap": "esslingen_lab.themes",
    "MaturityReport": "esslingen_lab.maturity",
    "ThemeComparison": "esslingen_lab.compare",
    "redact": "esslingen_lab.privacy",
    "suppress_small_cells": "esslingen_lab.privacy",
    "run_report": "esslingen_lab.reports",
    "EsslingenLabError": "esslingen_lab.errors",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'esslingen_lab' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
