"""Pseudonymous respondent ids: a salted SHA-256 hash instead of the id from the export.

The salt lives in a local file outside the repository, created on first use, so the same
id gives the same pseudonym on this machine while nobody without the file can reverse it.
"""

from __future__ import annotations

import hashlib
import math
import os
import secrets
from pathlib import Path

from esslingen_lab.errors import EsslingenLabError

__all__ = ["SaltError", "default_salt_path", "load_salt", "pseudonymise_ids", "PREFIX"]

#: Prefix of every pseudonym, so a pseudonym is never mistaken for an original id.
PREFIX = "P-"
#: Hex digits kept from the hash: 48 bits, no collision expected below millions of ids.
DIGITS = 12
_SALT_BYTES = 32


class SaltError(EsslingenLabError):
    """The salt file for pseudonyms cannot be read or created."""


def default_salt_path() -> Path:
    """Return the salt file: ``$ESSLINGEN_LAB_SALT`` or ``~/.config/esslingen-lab/salt``."""
    configured = os.environ.get("ESSLINGEN_LAB_SALT")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".config" / "esslingen-lab" / "salt"


def load_salt(salt_path=None) -> bytes:
    """Read the salt, creating it (random, file mode 0600) when the file does not exist.

    Parameters
    ----------
    salt_path : str or Path, optional
        Salt file; default :func:`default_salt_path`.

    Returns
    -------
    bytes
        The salt.
    """
    path = Path(salt_path).expanduser() if salt_path is not None else default_salt_path()
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # O_EXCL: two processes starting at once must not write two different salts.
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "w", encoding="ascii") as handle:
                    handle.write(secrets.token_hex(_SALT_BYTES) + "\n")
        salt = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SaltError(
            f"Salz-Datei für Pseudonyme nicht lesbar/anlegbar / salt file unusable: {path} "
            f"({type(exc).__name__})"
        ) from exc
    if not salt:
        raise SaltError(f"Salz-Datei ist leer / salt file is empty: {path}")
    return salt.encode("ascii")


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def pseudonymise_ids(ids, *, salt_path=None) -> list:
    """Replace respondent ids by salted, truncated SHA-256 pseudonyms such as ``P-3f9a0c…``.

    Parameters
    ----------
    ids : iterable
        Respondent ids (any type; compared as text, so ``17`` and ``"17"`` are the same).
    salt_path : str or Path, optional
        Salt file; default ``$ESSLINGEN_LAB_SALT`` or ``~/.config/esslingen-lab/salt``,
        created with mode 0600 on first use. Keep it out of git and back it up: without
        it, new data cannot be linked to the old pseudonyms.

    Returns
    -------
    list
        One pseudonym per id, in order; missing ids (None/NaN) stay None.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> salt = pathlib.Path(tempfile.mkdtemp()) / "salt"
    >>> a, b, c = pseudonymise_ids(["17", 17, "18"], salt_path=salt)
    >>> a == b != c and a.startswith("P-") and len(a) == 14
    True
    """
    salt = load_salt(salt_path)
    out = []
    for value in ids:
        if _is_missing(value):
            out.append(None)
            continue
        text = str(value).strip()
        digest = hashlib.sha256(salt + b"\x00" + text.encode("utf-8")).hexdigest()
        out.append(PREFIX + digest[:DIGITS])
    return out
