"""Schema, limits and text checks of the workshop's SQLite file.

Shared by the parts of :class:`~esslingen_lab.workshop.store.WorkshopStore`; ``migrate``
brings files of older versions up to :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from pathlib import Path

from esslingen_lab.workshop.errors import Reason, WorkshopError

#: Bump when the schema changes; older files are migrated, newer ones refused.
SCHEMA_VERSION = 2

#: Upper bounds on every piece of text a person can type (characters).
MAX_LABEL = 120
MAX_DESCRIPTION = 400
MAX_ACTOR = 60
MAX_CODE_INPUT = 32
MAX_TOKEN_INPUT = 80
MAX_ITEMS = 40
MAX_DOTS = 100

#: Workshop codes avoid look-alike characters (0/O, 1/I/L) so they can be read off a projector.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")

SCHEMA = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE themes (
    -- AUTOINCREMENT: ids of merged-away themes are never reused, so undo and items stay right
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '',
    irrelevant INTEGER NOT NULL DEFAULT 0 CHECK (irrelevant IN (0, 1)),
    source_theme TEXT
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    respondent TEXT NOT NULL,
    question TEXT NOT NULL,
    text TEXT NOT NULL,
    theme_id INTEGER REFERENCES themes(id),
    weight REAL NOT NULL DEFAULT 0,
    -- the answer's id in the workshop's ThemeMap (the respondent id)
    answer_key TEXT
);
CREATE INDEX answers_theme ON answers(theme_id);
CREATE INDEX answers_key ON answers(answer_key);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    -- the ThemeMap operation of a curation step (JSON), replayed by undo
    operation TEXT,
    undone_by INTEGER REFERENCES audit_log(id)
);
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant BETWEEN 1 AND 100),
    max_per_item INTEGER NOT NULL CHECK (max_per_item >= 1),
    created_at TEXT NOT NULL,
    opened_at TEXT,
    closed_at TEXT
);
CREATE UNIQUE INDEX one_open_round ON rounds(status) WHERE status = 'open';
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    theme_id INTEGER,
    UNIQUE (round_id, position)
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    pseudonym TEXT UNIQUE,
    joined_at TEXT NOT NULL
);
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    version INTEGER NOT NULL DEFAULT 1,
    submitted_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (round_id, participant_id)
);
CREATE TABLE ballot_items (
    ballot_id INTEGER NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    dots INTEGER NOT NULL CHECK (dots >= 0),
    impact INTEGER CHECK (impact BETWEEN 1 AND 5),
    effort INTEGER CHECK (effort BETWEEN 1 AND 5),
    PRIMARY KEY (ballot_id, item_id)
);
"""


def utc_now() -> str:
    """Return the current time in UTC, ISO format to the second (as stored)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def hash_token(token: str) -> str:
    """SHA-256 of a token or secret (only hashes are stored)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def clean_text(value, *, limit: int, what: str, allow_empty: bool = False) -> str:
    """Strip a typed text, collapse control characters and enforce a length bound.

    Parameters
    ----------
    value : str
        Text as typed.
    limit : int
        Maximum number of characters.
    what : str
        Name of the field for the error message.
    allow_empty : bool, default=False
        Accept an empty result.

    Returns
    -------
    str
        The cleaned text.

    Raises
    ------
    WorkshopError
        With reason ``TEXT_TOO_LONG`` or ``EMPTY_TEXT``.
    """
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", str(value or "")).strip()
    if len(text) > limit:
        raise WorkshopError(
            Reason.TEXT_TOO_LONG, f"{what} is longer than {limit} characters; please shorten it."
        )
    if not text and not allow_empty:
        raise WorkshopError(Reason.EMPTY_TEXT, f"{what} must not be empty.")
    return text


def validate_name(name: str) -> str:
    """Return the workshop name if it is usable as a file name, else raise WorkshopError."""
    name = str(name or "").strip()
    if not _NAME_RE.match(name):
        raise WorkshopError(
            Reason.INVALID_NAME,
            f"Workshop name {name[:60]!r} is not usable: use 1-60 lower-case letters, digits, "
            "'_' or '-', starting with a letter or digit (e.g. 'zukunft_2026').",
        )
    return name


def workshop_db_path(name: str, root="outputs/workshops") -> Path:
    """Path of the SQLite file of workshop ``name`` below ``root``."""
    return Path(root) / f"{validate_name(name)}.db"


def normalise_code(code: str) -> str:
    """Upper-case a typed workshop code and drop spaces and dashes people add when copying."""
    return re.sub(r"[\s-]+", "", str(code or ""))[:MAX_CODE_INPUT].upper()


def answer_keys(respondents) -> list[str]:
    """ThemeMap ids of answers: the respondent id, ``id#2`` … when one answered twice."""
    seen: dict[str, int] = {}
    keys = []
    for respondent in respondents:
        respondent = str(respondent)
        seen[respondent] = seen.get(respondent, 0) + 1
        keys.append(respondent if seen[respondent] == 1 else f"{respondent}#{seen[respondent]}")
    return keys


def migrate(conn, version: int) -> None:
    """Bring a file of schema ``version`` up to :data:`SCHEMA_VERSION` (inside a transaction).

    Version 1 kept undo snapshots per action; version 2 keeps the curation as a ThemeMap
    (base themes plus operations). The curated state of a version-1 file becomes the base:
    its earlier steps stay in the log but can no longer be undone.
    """
    if version < 2:
        conn.execute("ALTER TABLE audit_log ADD COLUMN operation TEXT")
        conn.execute("ALTER TABLE answers ADD COLUMN answer_key TEXT")
        conn.execute("CREATE INDEX answers_key ON answers(answer_key)")
        rows = conn.execute("SELECT id, respondent, theme_id FROM answers ORDER BY id").fetchall()
        keys = answer_keys(r[1] for r in rows)
        conn.executemany("UPDATE answers SET answer_key = ? WHERE id = ?",
                         [(key, r[0]) for key, r in zip(keys, rows, strict=True)])
        themes = {int(r[0]): {"label": r[1], "keywords": split_keywords(r[2]),
                              "irrelevant": bool(r[3])}
                  for r in conn.execute("SELECT id, label, keywords, irrelevant FROM themes")}
        language = conn.execute("SELECT value FROM meta WHERE key = 'language'").fetchone()
        base = {"language": language[0] if language else "de", "themes": themes,
                "assignments": {key: int(r[2]) for key, r in zip(keys, rows, strict=True)
                                if r[2] is not None}}
        conn.execute("INSERT INTO meta(key, value) VALUES ('theme_map', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (json.dumps(map_dict(base), ensure_ascii=False),))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def split_keywords(text: str) -> list[str]:
    """Keywords stored as ``"a, b, c"`` → ``["a", "b", "c"]``."""
    return [k.strip() for k in str(text or "").split(",") if k.strip()]


def map_dict(base: dict) -> dict:
    """Return the JSON form (``ThemeMap.to_dict``) of a ThemeMap base without operations."""
    from esslingen_lab.themes.curation import FORMAT

    return {"format": FORMAT, "version": 0, "operations": [],
            "base": base | {"themes": {str(k): v for k, v in base["themes"].items()}}}
