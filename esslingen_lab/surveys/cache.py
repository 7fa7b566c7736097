"""A report run's private copy of its redacted survey, so the survey is redacted once per run.

A report run (:func:`esslingen_lab.reports.run_report`) loads the survey before any notebook
starts, redacts it once and writes it here; the run's notebook kernels find the folder in
:data:`SURVEY_CACHE_ENV` and :func:`~esslingen_lab.surveys.load_survey` takes the survey from
it instead of reading and redacting the files again. Only redacted text is ever written,
never the raw answers. An entry is used only when its key matches: the sha256 of the
survey.yml and of every data file, the package version and the loading options (and the
pseudonym salt), so a changed file means a fresh load. The folder is a private temporary
folder (mode 0700) outside the run directory, removed when the run ends: nothing of it is
published.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import tempfile
import time
from pathlib import Path

__all__ = ["SURVEY_CACHE_ENV", "cache_key", "new_cache_folder", "read_cached", "write_cached",
           "mark_pending"]

#: Environment variable naming the run's cache folder (set for the run's kernels only).
SURVEY_CACHE_ENV = "ESSLINGEN_LAB_SURVEY_CACHE"
_FORMAT = b"esslingen-lab survey cache 1"
#: How long a kernel waits for the survey the run is still redacting before loading it itself.
WAIT_SECONDS = 120.0


_PREFIX = "esslingen-lab-survey-"
#: A cache folder older than this was left by a run that was killed (no run takes a day).
STALE_SECONDS = 24 * 3600


def new_cache_folder() -> Path:
    """Create a private folder (mode 0700) for one run's cache, outside every run folder.

    Folders that killed runs left behind (``kill -9``: no clean-up ran) are removed first
    when they are this user's own and older than :data:`STALE_SECONDS`.
    """
    folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
    _remove_stale(folder.parent)
    return folder


def _remove_stale(parent: Path) -> None:
    import shutil

    now = time.time()
    for path in parent.glob(_PREFIX + "*"):
        try:
            st = path.lstat()
        except OSError:
            continue
        if (
            stat.S_ISDIR(st.st_mode)  # lstat: a symlink is never followed
            and st.st_uid == os.getuid()
            and now - st.st_mtime > STALE_SECONDS
        ):
            shutil.rmtree(path, ignore_errors=True)


def _digest_file(digest, path) -> None:
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)


def cache_key(spec, *, pseudonymise: bool) -> str:
    """Hex key of one redacted load: file contents, package version and loading options."""
    from esslingen_lab import __version__

    digest = hashlib.sha256(_FORMAT)
    digest.update(__version__.encode())
    digest.update(b"pseudonymise" if pseudonymise else b"ids")
    if pseudonymise:
        from esslingen_lab.privacy.pseudonym import load_salt

        digest.update(hashlib.sha256(load_salt()).digest())
    if spec.spec_file is not None:
        _digest_file(digest, spec.spec_file)
    for path in spec.file_paths():
        digest.update(str(Path(path).resolve()).encode() + b"\0")
        _digest_file(digest, path)
    return digest.hexdigest()


def _entry(folder, key) -> Path:
    return Path(folder) / f"{key}.pickle"


def mark_pending(folder, key) -> Path:
    """Tell the kernels that this run is redacting the survey of ``key`` (wait for it)."""
    marker = Path(folder) / f"{key}.pending"
    marker.touch()
    return marker


def write_cached(folder, key, survey) -> Path:
    """Write the redacted ``survey`` under ``key`` (atomically, file mode 0600)."""
    if not survey.redacted:
        raise ValueError("only a redacted survey may be cached")
    entry = _entry(folder, key)
    state = {"key": key, "responses": survey.responses, "by_file": survey.quality.by_file,
             "cases": survey.quality.cases, "redaction_counts": survey.redaction_counts}
    tmp = entry.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, entry)
    return entry


def _private(st, *, directory: bool) -> bool:
    """Whether a stat result is this user's alone (and of the expected kind, no symlink).

    Owned by this user; a folder without any group/other access, a file without their write.
    """
    kind = stat.S_ISDIR if directory else stat.S_ISREG
    if not kind(st.st_mode):
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not st.st_mode & (0o077 if directory else 0o022)


def read_cached(folder, key, *, wait: float = WAIT_SECONDS):
    """Return the cached state of ``key`` (dict), or None when it is not (or no longer) there.

    While the run marks the survey as pending, wait up to ``wait`` seconds for it. The
    folder (named by an environment variable) must be a private folder of this user, as
    :func:`new_cache_folder` makes it, and the entry a regular file of this user: a pickle
    is code, so a folder or file someone else could have written (``/tmp``, a symlink,
    another user's folder) is never read.
    """
    try:
        if not _private(os.lstat(folder), directory=True):
            return None
    except (OSError, TypeError, ValueError):
        return None
    entry = _entry(folder, key)
    marker = Path(folder) / f"{key}.pending"
    deadline = time.monotonic() + wait
    while not entry.is_file() and marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not entry.is_file():
        return None
    try:
        fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            if not _private(os.fstat(fh.fileno()), directory=False):
                return None
            state = pickle.load(fh)  # our own file in our own private (0700) folder
    except (OSError, EOFError, pickle.UnpicklingError):
        return None
    return state if isinstance(state, dict) and state.get("key") == key else None
