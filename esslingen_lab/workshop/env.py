"""The workshop's environment contract: what ``workshop start`` hands to the server and kernels.

``esslingen-lab workshop start`` (:func:`esslingen_lab.workshop.server.start_server`) writes
these variables with :func:`server_env`; the Voila apps and the participant page read them
with the functions below. The names are written here once — import them, never the strings.
"""

from __future__ import annotations

import json
import os

from esslingen_lab.defaults import DEFAULT_SEED
from esslingen_lab.serve import HANDLERS_ENV

__all__ = ["ENV_DB", "ENV_DIR", "ENV_SURVEY", "ENV_THEME_MODEL", "ENV_LINKS", "ENV_SEED",
           "ENV_HOSTS", "HANDLERS_ENV", "LOCAL_HOSTS", "server_env", "links", "seed",
           "survey_path", "theme_model_path", "allowed_hosts"]

#: The workshop's SQLite file.
ENV_DB = "ESSLINGEN_LAB_WORKSHOP_DB"
#: Folder of workshop files, when the apps are served without ``ENV_DB`` (``?workshop=NAME``).
ENV_DIR = "ESSLINGEN_LAB_WORKSHOP_DIR"
#: The survey.yml whose redacted answers the desk fits themes on.
ENV_SURVEY = "ESSLINGEN_LAB_SURVEY"
#: A saved ThemeModel the desk offers to load.
ENV_THEME_MODEL = "ESSLINGEN_LAB_THEME_MODEL"
#: JSON with the participant link, the code and the results link (never the desk secret).
ENV_LINKS = "ESSLINGEN_LAB_WORKSHOP_LINKS"
#: Seed of the desk's theme fit (``workshop start --seed``); default ``DEFAULT_SEED``.
ENV_SEED = "ESSLINGEN_LAB_SEED"
#: JSON list of host names the server answers to (DNS-rebinding guard of the participant API).
ENV_HOSTS = "ESSLINGEN_LAB_WORKSHOP_HOSTS"

#: Names of this laptop that are always allowed as ``Host``.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def server_env(*, db_path, survey="", theme_model="", links: dict, seed=None,
               hosts=()) -> dict:
    """Return the variables ``workshop start`` sets for the server and every kernel.

    Parameters
    ----------
    db_path : str or Path
    survey, theme_model : str or Path, default=''
        Absolute paths (or empty).
    links : dict
        Participant link, code, results link; a ``facilitator`` entry is left out (the desk
        checks the link's secret against its hash in the store).
    seed : int, default=None
        Seed of the desk's theme fit; ``DEFAULT_SEED`` when None.
    hosts : iterable of str
        Host names the links use besides :data:`LOCAL_HOSTS` (the LAN address).
    """
    return {
        ENV_DB: str(db_path),
        ENV_SURVEY: str(survey or ""),
        ENV_THEME_MODEL: str(theme_model or ""),
        ENV_LINKS: json.dumps({k: v for k, v in links.items() if k != "facilitator"}),
        ENV_SEED: str(DEFAULT_SEED if seed is None else int(seed)),
        ENV_HOSTS: json.dumps(sorted({str(h) for h in hosts if h})),
        # the participant page and the access gates of the desk and projector (.web)
        HANDLERS_ENV: "esslingen_lab.workshop.web:handlers",
    }


def links() -> dict:
    """Participant link, code and results link of the running workshop (``{}`` if unknown)."""
    try:
        value = json.loads(os.environ.get(ENV_LINKS, "{}"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def seed() -> int:
    """Seed of the desk's theme fit: ``ESSLINGEN_LAB_SEED``, else ``DEFAULT_SEED``."""
    try:
        return int(os.environ.get(ENV_SEED, ""))
    except ValueError:
        return DEFAULT_SEED


def survey_path() -> str:
    """Return the workshop's survey.yml ('' when none was given)."""
    return os.environ.get(ENV_SURVEY, "")


def theme_model_path() -> str:
    """Return a saved ThemeModel to offer on the desk ('' when none was given)."""
    return os.environ.get(ENV_THEME_MODEL, "")


def allowed_hosts() -> set[str]:
    """Host names (lower case, no port) the participant API accepts in ``Host``/``Origin``."""
    try:
        extra = json.loads(os.environ.get(ENV_HOSTS, "[]"))
    except ValueError:
        extra = []
    return {h.lower() for h in (*LOCAL_HOSTS, *(extra if isinstance(extra, list) else []))}
