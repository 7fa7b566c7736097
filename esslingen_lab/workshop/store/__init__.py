"""Workshop state in one SQLite file: themes, curation log, voting rounds and ballots.

Every app of a workshop reads and writes only through :class:`WorkshopStore` (WAL mode,
one ``BEGIN IMMEDIATE`` transaction per write, unique constraints so no vote counts twice).
Its parts: :mod:`.schema` (tables, limits, text checks, migration), :mod:`.curation` (themes
as a ThemeMap with undo) and :mod:`.voting` (rounds, ballots, results, export rows).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import secrets
import sqlite3
from pathlib import Path

from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.store.curation import CURATION_ACTIONS, ThemeCuration
from esslingen_lab.workshop.store.schema import (
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_ACTOR,
    MAX_CODE_INPUT,
    MAX_DESCRIPTION,
    MAX_DOTS,
    MAX_ITEMS,
    MAX_LABEL,
    MAX_TOKEN_INPUT,
    SCHEMA,
    SCHEMA_VERSION,
    clean_text,
    hash_token,
    migrate,
    normalise_code,
    utc_now,
    validate_name,
    workshop_db_path,
)
from esslingen_lab.workshop.store.voting import Voting

__all__ = ["WorkshopStore", "workshop_db_path", "validate_name", "clean_text",
           "normalise_code", "CURATION_ACTIONS", "SCHEMA_VERSION", "MAX_ACTOR",
           "MAX_CODE_INPUT", "MAX_DESCRIPTION", "MAX_DOTS", "MAX_ITEMS", "MAX_LABEL",
           "MAX_TOKEN_INPUT", "CODE_ALPHABET", "CODE_LENGTH"]


class WorkshopStore(ThemeCuration, Voting):
    """Access to one workshop's SQLite file; safe to use from many threads and processes.

    Each method opens its own short-lived connection, so a store object can be shared
    between threads; writes run in one ``BEGIN IMMEDIATE`` transaction each and wait up to
    ``timeout`` seconds for another writer.

    Parameters
    ----------
    path : str or Path
        The workshop's ``.db`` file; must exist (see :meth:`create`).
    timeout : float, default=30
        Seconds to wait for a lock held by another writer.

    See Also
    --------
    WorkshopStore.create : make a new workshop file.
    """

    def __init__(self, path, *, timeout: float = 30.0):
        self.path = Path(path)
        self.timeout = timeout
        if not self.path.is_file():
            raise WorkshopError(
                Reason.UNKNOWN_WORKSHOP,
                f"Workshop file {self.path} does not exist; start the workshop first "
                "(esslingen-lab workshop start ...).",
            )
        not_workshop = WorkshopError(
            Reason.UNKNOWN_WORKSHOP,
            f"{self.path} is not a workshop file (damaged, empty or another SQLite file); "
            "give the NAME.db that 'esslingen-lab workshop start' wrote, or restore a backup.")
        with self.path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise not_workshop
        try:
            with self._connect() as conn:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError:
            raise not_workshop from None
        if not {"meta", "ballots", "items", "rounds"} <= tables:
            raise not_workshop
        if version > SCHEMA_VERSION:
            raise WorkshopError(
                Reason.SCHEMA_TOO_NEW,
                f"{self.path} was written by a newer esslingen-lab (schema {version}); "
                "please update esslingen-lab.",
            )
        if version < SCHEMA_VERSION:
            with self._write() as conn:
                if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    migrate(conn, version)

    # ------------------------------------------------------------------ set-up
    @classmethod
    def create(cls, path, name: str, *, title: str | None = None, language: str = "de",
               survey: str | None = None) -> WorkshopStore:
        """Create a workshop file with a fresh code and results key, or open an existing one.

        Parameters
        ----------
        path : str or Path
            Where the SQLite file lives; parent folders are created.
        name : str
            Workshop name (letters, digits, ``_``, ``-``).
        title : str, default=None
            Heading shown in the apps; defaults to the name.
        language : {'de', 'en'}, default='de'
            Default language of the apps.
        survey : str, default=None
            Path of the survey.yml the themes come from (recorded for the export).

        Returns
        -------
        WorkshopStore
        """
        name = validate_name(name)
        path = Path(path)
        if path.exists():
            store = cls(path)
            if survey:
                store._set_meta({"survey": str(survey)})
            return store
        path.parent.mkdir(parents=True, exist_ok=True)
        # answers, ballots and the projector key: readable by the facilitator's account only
        # (SQLite gives its -wal and -shm files the same permissions)
        path.touch(mode=0o600)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            meta = {
                "name": name,
                "title": clean_text(title or name, limit=MAX_LABEL, what="Title"),
                "language": language if language in ("de", "en") else "de",
                "code": "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)),
                "results_key": secrets.token_urlsafe(12),
                "secret_hash": hash_token(secrets.token_urlsafe(32)),
                "created_at": utc_now(),
                "survey": str(survey or ""),
            }
            conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)
            raise
        conn.close()
        return cls(path)

    def _connect(self) -> contextlib.closing:
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        # FULL: a vote acknowledged on a phone must survive a power cut of the laptop.
        conn.execute("PRAGMA synchronous=FULL")
        return contextlib.closing(conn)

    @contextlib.contextmanager
    def _write(self):
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def _read(self):
        with self._connect() as conn:
            # One snapshot for all queries of a read, so totals always add up.
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    # ------------------------------------------------------------------ meta / access
    def meta(self) -> dict:
        """Workshop settings: name, title, language, code, created_at, survey (no secrets)."""
        with self._read() as conn:
            rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        rows.pop("secret_hash")
        rows.pop("results_key")
        return rows

    def _set_meta(self, values: dict) -> None:
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", values.items())

    def _meta_value(self, key: str) -> str:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else ""

    def results_key(self) -> str:
        """Return the key the results (projector) page needs; it grants no write access."""
        return self._meta_value("results_key")

    def rotate_secret(self) -> str:
        """Make a new facilitator secret, store only its hash and return it (once)."""
        secret = secrets.token_urlsafe(24)
        self._set_meta({"secret_hash": hash_token(secret)})
        return secret

    def check_secret(self, secret: str) -> bool:
        """Tell whether ``secret`` is the current facilitator secret (constant-time compare)."""
        secret = str(secret or "")[:MAX_TOKEN_INPUT]
        return bool(secret) and hmac.compare_digest(hash_token(secret),
                                                    self._meta_value("secret_hash"))

    def check_results_key(self, key: str) -> bool:
        """Tell whether ``key`` opens the results page."""
        key = str(key or "")[:MAX_TOKEN_INPUT]
        return bool(key) and hmac.compare_digest(key, self.results_key())

    def credential_hash(self, kind: str) -> str:
        """Hash of the current desk ``'secret'`` or projector ``'key'`` (changes when rotated)."""
        if kind == "secret":
            return self._meta_value("secret_hash")
        return hash_token(self.results_key())

    def shared_devices(self) -> bool:
        """Tell whether one device may join as several participants (e.g. a tablet)."""
        return self._meta_value("shared_devices") == "1"

    def set_shared_devices(self, shared: bool, *, actor: str) -> None:
        """Allow (or stop allowing) several participants on one device; logged."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('shared_devices', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         ("1" if shared else "0",))
            self._log(conn, actor, "shared_devices", {"shared": bool(shared)})

    # ------------------------------------------------------------------ participants
    def check_code(self, code: str) -> None:
        """Raise ``INVALID_CODE`` unless ``code`` is the workshop code."""
        typed = normalise_code(code)
        if not typed or not hmac.compare_digest(typed, self._meta_value("code")):
            raise WorkshopError(Reason.INVALID_CODE, "The workshop code is not valid.")

    def join(self, code: str) -> str:
        """Register an anonymous participant with the workshop code and return their token.

        Raises
        ------
        WorkshopError
            ``INVALID_CODE`` when the code is wrong.
        """
        self.check_code(code)
        token = secrets.token_urlsafe(18)
        with self._write() as conn:
            cur = conn.execute("INSERT INTO participants(token_hash, joined_at) VALUES (?, ?)",
                               (hash_token(token), utc_now()))
            conn.execute("UPDATE participants SET pseudonym = ? WHERE id = ?",
                         (f"T{cur.lastrowid:04d}", cur.lastrowid))
        return token

    def participant_count(self) -> int:
        """Return how many participants (devices, unless one is shared) joined so far."""
        with self._read() as conn:
            return conn.execute("SELECT COUNT(*) FROM participants").fetchone()[0]

    def participant_id(self, token: str) -> int:
        """Return the internal id of the participant holding ``token`` (else ``INVALID_TOKEN``)."""
        token = str(token or "").strip()
        if not token or len(token) > MAX_TOKEN_INPUT:
            raise WorkshopError(Reason.INVALID_TOKEN, "The participant token is not valid.")
        with self._read() as conn:
            row = conn.execute("SELECT id FROM participants WHERE token_hash = ?",
                               (hash_token(token),)).fetchone()
        if row is None:
            raise WorkshopError(Reason.INVALID_TOKEN, "The participant token is not valid.")
        return row[0]

    # ------------------------------------------------------------------ audit log
    def _log(self, conn, actor: str, action: str, details: dict, *, operation=None) -> int:
        cur = conn.execute(
            "INSERT INTO audit_log(at, actor, action, details, operation) VALUES (?, ?, ?, ?, ?)",
            (utc_now(), actor, action, json.dumps(details, ensure_ascii=False),
             None if operation is None else json.dumps(operation, ensure_ascii=False)))
        return cur.lastrowid

    def audit_log(self) -> list[dict]:
        """All logged actions, oldest first: id, at, actor, action, details (dict), undone_by."""
        with self._read() as conn:
            rows = conn.execute("SELECT id, at, actor, action, details, undone_by "
                                "FROM audit_log ORDER BY id").fetchall()
        return [dict(r) | {"details": json.loads(r["details"])} for r in rows]
