"""Where the package finds the notebooks and demo surveys it ships.

A wheel carries them inside the package (``esslingen_lab/notebooks``, ``esslingen_lab/demo``,
see ``[tool.hatch.build.targets.wheel.force-include]`` in ``pyproject.toml``); an editable
install or a source checkout uses the repository's ``notebooks/`` and ``surveys/`` folders.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["demo_surveys_dir", "notebooks_dir"]

_PACKAGE = Path(__file__).resolve().parent
_SOURCE = _PACKAGE.parent


def _first_dir(*candidates: Path) -> Path:
    for folder in candidates:
        if folder.is_dir():
            return folder
    return candidates[0]


def notebooks_dir() -> Path:
    """Return the folder of the analysis notebooks (``workshop/`` holds the Voila apps)."""
    return _first_dir(_PACKAGE / "notebooks", _SOURCE / "notebooks")


def demo_surveys_dir() -> Path:
    """Return the folder of the synthetic demo surveys (``citizens/``, ``staff/``)."""
    return _first_dir(_PACKAGE / "demo" / "esslingen_demo",
                      _SOURCE / "surveys" / "esslingen_demo")
