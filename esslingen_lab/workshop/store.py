"""Workshop state in one SQLite file: themes, curation log, voting rounds and ballots.

Every app of a workshop reads and writes only through :class:`WorkshopStore` (WAL mode,
one ``BEGIN IMMEDIATE`` transaction per write, unique constraints so no vote counts twice).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import re
import secrets
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from esslingen_lab.workshop.errors import Reason, WorkshopError

#: Bump when the schema changes; older files are migrated, newer ones refused.
SCHEMA_VERSION = 1

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

_SCHEMA = """
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
    weight REAL NOT NULL DEFAULT 0
);
CREATE INDEX answers_theme ON answers(theme_id);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    undo_data TEXT,
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


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _hash(token: str) -> str:
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


class WorkshopStore:
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
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            meta = {
                "name": name,
                "title": clean_text(title or name, limit=MAX_LABEL, what="Title"),
                "language": language if language in ("de", "en") else "de",
                "code": "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)),
                "results_key": secrets.token_urlsafe(12),
                "secret_hash": _hash(secrets.token_urlsafe(32)),
                "created_at": _now(),
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
        rows.pop("secret_hash", None)
        rows.pop("results_key", None)
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
        self._set_meta({"secret_hash": _hash(secret)})
        return secret

    def check_secret(self, secret: str) -> bool:
        """Tell whether ``secret`` is the current facilitator secret (constant-time compare)."""
        secret = str(secret or "")[:MAX_TOKEN_INPUT]
        return bool(secret) and hmac.compare_digest(_hash(secret), self._meta_value("secret_hash"))

    def check_results_key(self, key: str) -> bool:
        """Tell whether ``key`` opens the results page."""
        key = str(key or "")[:MAX_TOKEN_INPUT]
        return bool(key) and hmac.compare_digest(key, self.results_key())

    def credential_hash(self, kind: str) -> str:
        """Hash of the current desk ``'secret'`` or projector ``'key'`` (changes when rotated)."""
        if kind == "secret":
            return self._meta_value("secret_hash")
        return _hash(self.results_key())

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
            self._log(conn, actor, "shared_devices", {"shared": bool(shared)}, None)

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
                               (_hash(token), _now()))
            conn.execute("UPDATE participants SET pseudonym = ? WHERE id = ?",
                         (f"T{cur.lastrowid:04d}", cur.lastrowid))
        return token

    def participant_id(self, token: str) -> int:
        """Return the internal id of the participant holding ``token`` (else ``INVALID_TOKEN``)."""
        token = str(token or "").strip()
        if not token or len(token) > MAX_TOKEN_INPUT:
            raise WorkshopError(Reason.INVALID_TOKEN, "The participant token is not valid.")
        with self._read() as conn:
            row = conn.execute("SELECT id FROM participants WHERE token_hash = ?",
                               (_hash(token),)).fetchone()
        if row is None:
            raise WorkshopError(Reason.INVALID_TOKEN, "The participant token is not valid.")
        return row[0]

    # ------------------------------------------------------------------ themes and curation
    def import_themes(self, themes: list[dict], *, actor: str, question: str = "") -> None:
        """Replace all themes and answers (e.g. after fitting a theme model); logged, no undo.

        Parameters
        ----------
        themes : list of dict
            Each with ``label``, ``keywords`` (list of str), optional ``source_theme`` and
            ``answers``: list of dicts with ``respondent``, ``question``, ``text`` (redacted)
            and optional ``weight`` (how representative, larger first).
        actor : str
            Who did it (for the audit log).
        question : str, default=''
            Question the answers belong to (audit log).
        """
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            conn.execute("DELETE FROM answers")
            conn.execute("DELETE FROM themes")
            n_answers = 0
            for theme in themes:
                cur = conn.execute(
                    "INSERT INTO themes(label, keywords, irrelevant, source_theme) "
                    "VALUES (?, ?, ?, ?)",
                    (clean_text(theme["label"], limit=MAX_LABEL, what="Theme label"),
                     ", ".join(map(str, theme.get("keywords", [])))[:MAX_DESCRIPTION],
                     int(bool(theme.get("irrelevant", False))),
                     None if theme.get("source_theme") is None else str(theme["source_theme"])))
                rows = [(str(a["respondent"]), str(a.get("question", question)), str(a["text"]),
                         cur.lastrowid, float(a.get("weight", 0.0)))
                        for a in theme.get("answers", [])]
                conn.executemany(
                    "INSERT INTO answers(respondent, question, text, theme_id, weight) "
                    "VALUES (?, ?, ?, ?, ?)", rows)
                n_answers += len(rows)
            self._log(conn, actor, "import_themes",
                      {"question": question, "themes": len(themes), "answers": n_answers}, None)

    def themes(self) -> list[dict]:
        """Themes with id, label, keywords, irrelevant flag and size (answers), largest first."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT t.id, t.label, t.keywords, t.irrelevant, COUNT(a.id) AS size "
                "FROM themes t LEFT JOIN answers a ON a.theme_id = t.id "
                "GROUP BY t.id ORDER BY t.irrelevant, size DESC, t.id").fetchall()
        return [dict(r) | {"irrelevant": bool(r["irrelevant"])} for r in rows]

    def answers(self, theme_id: int | None = None, *, limit: int | None = None) -> list[dict]:
        """Answers (redacted text) of one theme or all, most representative first."""
        sql = "SELECT id, respondent, question, text, theme_id, weight FROM answers"
        args: tuple = ()
        if theme_id is not None:
            sql += " WHERE theme_id = ?"
            args = (int(theme_id),)
        sql += " ORDER BY weight DESC, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._read() as conn:
            return [dict(r) for r in conn.execute(sql, args).fetchall()]

    def _theme_rows(self, conn, ids) -> list[dict]:
        rows = []
        for theme_id in ids:
            row = conn.execute("SELECT * FROM themes WHERE id = ?", (int(theme_id),)).fetchone()
            if row is None:
                raise WorkshopError(Reason.NOT_FOUND, f"Theme {int(theme_id)} does not exist.")
            rows.append(dict(row))
        return rows

    def _answer_rows(self, conn, where: str, args) -> list[list]:
        return [list(r) for r in conn.execute(f"SELECT id, theme_id FROM answers WHERE {where}",
                                              args).fetchall()]

    def rename_theme(self, theme_id: int, label: str, *, actor: str) -> None:
        """Give a theme a new label (logged, undoable)."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        label = clean_text(label, limit=MAX_LABEL, what="Theme label")
        with self._write() as conn:
            (before,) = self._theme_rows(conn, [theme_id])
            conn.execute("UPDATE themes SET label = ? WHERE id = ?", (label, before["id"]))
            self._log(conn, actor, "rename_theme",
                      {"theme": before["id"], "from": before["label"], "to": label},
                      {"themes": [before], "answers": [], "created": []})

    def set_irrelevant(self, theme_id: int, irrelevant: bool = True, *, actor: str) -> None:
        """Mark a theme as irrelevant (or relevant again); logged, undoable."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            (before,) = self._theme_rows(conn, [theme_id])
            conn.execute("UPDATE themes SET irrelevant = ? WHERE id = ?",
                         (int(bool(irrelevant)), before["id"]))
            self._log(conn, actor, "mark_irrelevant" if irrelevant else "mark_relevant",
                      {"theme": before["id"], "label": before["label"]},
                      {"themes": [before], "answers": [], "created": []})

    def merge_themes(self, theme_ids, *, actor: str, label: str | None = None) -> int:
        """Merge themes into the first one; its label stays unless ``label`` is given.

        Returns
        -------
        int
            Id of the merged theme.
        """
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        ids = list(dict.fromkeys(int(t) for t in theme_ids))
        if len(ids) < 2:
            raise WorkshopError(Reason.INVALID_VALUE, "Choose at least two themes to merge.")
        if label is not None:
            label = clean_text(label, limit=MAX_LABEL, what="Theme label")
        with self._write() as conn:
            before = self._theme_rows(conn, ids)
            marks = ",".join("?" * len(ids))
            answers = self._answer_rows(conn, f"theme_id IN ({marks})", ids)
            target = before[0]
            keywords = []
            for row in before:
                keywords += [k.strip() for k in row["keywords"].split(",") if k.strip()]
            keywords = ", ".join(dict.fromkeys(keywords))[:MAX_DESCRIPTION]
            conn.execute(f"UPDATE answers SET theme_id = ? WHERE theme_id IN ({marks})",
                         [target["id"], *ids])
            conn.execute("UPDATE themes SET label = ?, keywords = ? WHERE id = ?",
                         (label or target["label"], keywords, target["id"]))
            conn.execute(f"DELETE FROM themes WHERE id IN ({marks}) AND id != ?",
                         [*ids, target["id"]])
            self._log(conn, actor, "merge_themes",
                      {"themes": ids, "labels": [r["label"] for r in before],
                       "into": target["id"], "label": label or target["label"]},
                      {"themes": before, "answers": answers, "created": []})
        return target["id"]

    def move_answers(self, answer_ids, theme_id: int, *, actor: str) -> None:
        """Move answers to another theme (logged, undoable)."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        ids = [int(a) for a in answer_ids]
        if not ids:
            raise WorkshopError(Reason.INVALID_VALUE, "Choose at least one answer to move.")
        with self._write() as conn:
            (target,) = self._theme_rows(conn, [theme_id])
            answers = self._move(conn, ids, target["id"])
            self._log(conn, actor, "move_answers",
                      {"answers": ids, "to": target["id"], "label": target["label"]},
                      {"themes": [], "answers": answers, "created": []})

    def _move(self, conn, ids, theme_id) -> list[list]:
        marks = ",".join("?" * len(ids))
        answers = self._answer_rows(conn, f"id IN ({marks})", ids)
        if len(answers) != len(set(ids)):
            raise WorkshopError(Reason.NOT_FOUND, "Some of the chosen answers do not exist.")
        conn.execute(f"UPDATE answers SET theme_id = ? WHERE id IN ({marks})", [theme_id, *ids])
        return answers

    def split_theme(self, theme_id: int, answer_ids, label: str, *, actor: str) -> int:
        """Move some answers of a theme into a new theme called ``label``; returns its id."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        label = clean_text(label, limit=MAX_LABEL, what="Theme label")
        ids = [int(a) for a in answer_ids]
        if not ids:
            raise WorkshopError(Reason.INVALID_VALUE, "Choose the answers for the new theme.")
        with self._write() as conn:
            (source,) = self._theme_rows(conn, [theme_id])
            marks = ",".join("?" * len(ids))
            n_in = conn.execute(
                f"SELECT COUNT(*) FROM answers WHERE theme_id = ? AND id IN ({marks})",
                [source["id"], *ids]).fetchone()[0]
            if n_in != len(set(ids)):
                raise WorkshopError(Reason.NOT_FOUND,
                                    "Only answers of the theme being split can be moved.")
            cur = conn.execute("INSERT INTO themes(label, keywords) VALUES (?, '')", (label,))
            answers = self._move(conn, ids, cur.lastrowid)
            self._log(conn, actor, "split_theme",
                      {"theme": source["id"], "answers": ids, "new_theme": cur.lastrowid,
                       "label": label},
                      {"themes": [], "answers": answers, "created": [cur.lastrowid]})
        return cur.lastrowid

    def undo(self, *, actor: str) -> dict:
        """Undo the latest curation action not undone yet (back to the last import).

        Returns
        -------
        dict
            The audit-log entry that was undone.
        """
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            last_import = conn.execute(
                "SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE action = 'import_themes'"
            ).fetchone()[0]
            row = conn.execute(
                "SELECT * FROM audit_log WHERE undo_data IS NOT NULL AND undone_by IS NULL "
                "AND id > ? ORDER BY id DESC LIMIT 1", (last_import,)).fetchone()
            if row is None:
                raise WorkshopError(Reason.NOTHING_TO_UNDO, "There is nothing to undo.")
            data = json.loads(row["undo_data"])
            for theme in data["themes"]:
                conn.execute(
                    "INSERT INTO themes(id, label, keywords, irrelevant, source_theme) "
                    "VALUES (:id, :label, :keywords, :irrelevant, :source_theme) "
                    "ON CONFLICT(id) DO UPDATE SET label = excluded.label, "
                    "keywords = excluded.keywords, irrelevant = excluded.irrelevant, "
                    "source_theme = excluded.source_theme", theme)
            conn.executemany("UPDATE answers SET theme_id = ? WHERE id = ?",
                             [(theme_id, answer_id) for answer_id, theme_id in data["answers"]])
            for created in data["created"]:
                conn.execute("DELETE FROM themes WHERE id = ?", (created,))
            entry = dict(row)
            undo_id = self._log(conn, actor, "undo",
                                {"undone": row["id"], "action": row["action"]}, None)
            conn.execute("UPDATE audit_log SET undone_by = ? WHERE id = ?", (undo_id, row["id"]))
        entry.pop("undo_data")
        entry["details"] = json.loads(entry["details"])
        return entry

    def _log(self, conn, actor: str, action: str, details: dict, undo_data) -> int:
        cur = conn.execute(
            "INSERT INTO audit_log(at, actor, action, details, undo_data) VALUES (?, ?, ?, ?, ?)",
            (_now(), actor, action, json.dumps(details, ensure_ascii=False),
             None if undo_data is None else json.dumps(undo_data, ensure_ascii=False)))
        return cur.lastrowid

    def audit_log(self) -> list[dict]:
        """All logged actions, oldest first: id, at, actor, action, details (dict), undone_by."""
        with self._read() as conn:
            rows = conn.execute("SELECT id, at, actor, action, details, undone_by "
                                "FROM audit_log ORDER BY id").fetchall()
        return [dict(r) | {"details": json.loads(r["details"])} for r in rows]

    # ------------------------------------------------------------------ rounds
    def create_round(self, title: str, items: list[dict], *, dots_per_participant: int = 5,
                     max_per_item: int = 3, actor: str) -> int:
        """Prepare a voting round (status 'draft') with items from themes or typed measures.

        Parameters
        ----------
        title : str
            Question of the round, e.g. "Was sollen wir zuerst angehen?".
        items : list of dict
            Each with ``title``, optional ``description`` and ``theme_id``.
        dots_per_participant : int, default=5
            Dots each participant can spend.
        max_per_item : int, default=3
            Most dots one participant can put on one item.
        actor : str
            Who prepared it (audit log).

        Returns
        -------
        int
            Id of the round.
        """
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        title = clean_text(title, limit=MAX_LABEL, what="Round title")
        dots, per_item = int(dots_per_participant), int(max_per_item)
        if not 1 <= dots <= MAX_DOTS or not 1 <= per_item <= dots:
            raise WorkshopError(
                Reason.INVALID_VALUE,
                f"Dots per participant must be 1-{MAX_DOTS} and the maximum per item 1-{dots}.")
        if not items:
            raise WorkshopError(Reason.INVALID_VALUE, "A round needs at least one item.")
        if len(items) > MAX_ITEMS:
            raise WorkshopError(Reason.INVALID_VALUE,
                                f"A round can have at most {MAX_ITEMS} items.")
        cleaned = [(clean_text(i["title"], limit=MAX_LABEL, what="Item title"),
                    clean_text(i.get("description", ""), limit=MAX_DESCRIPTION,
                               what="Item description", allow_empty=True),
                    i.get("theme_id")) for i in items]
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO rounds(title, status, dots_per_participant, max_per_item, created_at) "
                "VALUES (?, 'draft', ?, ?, ?)", (title, dots, per_item, _now()))
            round_id = cur.lastrowid
            conn.executemany(
                "INSERT INTO items(round_id, position, title, description, theme_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [(round_id, pos, t, d, th) for pos, (t, d, th) in enumerate(cleaned)])
            self._log(conn, actor, "create_round",
                      {"round": round_id, "title": title, "items": [c[0] for c in cleaned],
                       "dots_per_participant": dots, "max_per_item": per_item}, None)
        return round_id

    def open_round(self, round_id: int, *, actor: str) -> None:
        """Open a draft (or re-open a closed) round; any other open round is closed first."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            row = conn.execute("SELECT status FROM rounds WHERE id = ?",
                               (int(round_id),)).fetchone()
            if row is None:
                raise WorkshopError(Reason.NOT_FOUND, f"Round {int(round_id)} does not exist.")
            if row[0] == "open":
                return
            for (other,) in conn.execute("SELECT id FROM rounds WHERE status = 'open'").fetchall():
                conn.execute("UPDATE rounds SET status = 'closed', closed_at = ? WHERE id = ?",
                             (_now(), other))
                self._log(conn, actor, "close_round", {"round": other}, None)
            conn.execute("UPDATE rounds SET status = 'open', opened_at = ?, closed_at = NULL "
                         "WHERE id = ?", (_now(), int(round_id)))
            self._log(conn, actor, "open_round", {"round": int(round_id)}, None)

    def close_round(self, round_id: int, *, actor: str) -> None:
        """Close a round: no more ballot changes are accepted."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            cur = conn.execute("UPDATE rounds SET status = 'closed', closed_at = ? "
                               "WHERE id = ? AND status = 'open'", (_now(), int(round_id)))
            if cur.rowcount:
                self._log(conn, actor, "close_round", {"round": int(round_id)}, None)

    def rounds(self) -> list[dict]:
        """All rounds, newest first, with their settings and status."""
        with self._read() as conn:
            return [dict(r) for r in conn.execute("SELECT * FROM rounds ORDER BY id DESC")]

    def round(self, round_id: int) -> dict:
        """One round with its ``items`` (id, position, title, description, theme_id)."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM rounds WHERE id = ?", (int(round_id),)).fetchone()
            if row is None:
                raise WorkshopError(Reason.NOT_FOUND, f"Round {int(round_id)} does not exist.")
            items = conn.execute("SELECT id, position, title, description, theme_id FROM items "
                                 "WHERE round_id = ? ORDER BY position", (row["id"],)).fetchall()
        return dict(row) | {"items": [dict(i) for i in items]}

    def current_round(self) -> dict | None:
        """Return the open round, else the most recently opened or created one, else None."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT id FROM rounds ORDER BY status = 'open' DESC, "
                "COALESCE(opened_at, created_at) DESC, id DESC LIMIT 1").fetchone()
        return None if row is None else self.round(row[0])

    # ------------------------------------------------------------------ ballots
    def submit_ballot(self, token: str, round_id: int, allocation: dict) -> int:
        """Store (or replace) a participant's ballot for an open round.

        Parameters
        ----------
        token : str
            The participant's token from :meth:`join`.
        round_id : int
            The round voted in; must be open.
        allocation : dict
            ``{item_id: {"dots": int, "impact": int or None, "effort": int or None}}``.

        Returns
        -------
        int
            Version of the ballot (1 for the first submission, +1 per change).

        Raises
        ------
        WorkshopError
            ``INVALID_TOKEN``, ``ROUND_CLOSED``, ``NO_OPEN_ROUND``, ``UNKNOWN_ITEM``,
            ``TOO_MANY_DOTS``, ``TOO_MANY_ON_ITEM`` or ``INVALID_RATING``.
        """
        participant = self.participant_id(token)
        rows = []
        for item_id, entry in dict(allocation).items():
            try:
                dots = int(entry.get("dots") or 0)
                impact, effort = entry.get("impact"), entry.get("effort")
                impact = None if impact is None else int(impact)
                effort = None if effort is None else int(effort)
                item_id = int(item_id)
            except (TypeError, ValueError, AttributeError, OverflowError):
                raise WorkshopError(Reason.INVALID_VALUE, "The ballot is malformed.") from None
            if any(row[0] == item_id for row in rows):  # "1" and "01": one item, named twice
                raise WorkshopError(Reason.INVALID_VALUE, "The ballot is malformed.")
            for rating in (impact, effort):
                if rating is not None and not 1 <= rating <= 5:
                    raise WorkshopError(Reason.INVALID_RATING, "Ratings must be between 1 and 5.")
            if dots < 0:
                raise WorkshopError(Reason.INVALID_VALUE, "Dots cannot be negative.")
            if dots or impact is not None or effort is not None:
                rows.append((item_id, dots, impact, effort))
        try:
            round_id = int(round_id)
        except (TypeError, ValueError, OverflowError):
            raise WorkshopError(Reason.NO_OPEN_ROUND, "This voting round does not exist.") from None
        with self._write() as conn:
            rnd = conn.execute("SELECT * FROM rounds WHERE id = ?", (round_id,)).fetchone()
            if rnd is None:
                raise WorkshopError(Reason.NO_OPEN_ROUND, "This voting round does not exist.")
            if rnd["status"] != "open":
                reason = Reason.ROUND_CLOSED if rnd["status"] == "closed" else Reason.NO_OPEN_ROUND
                raise WorkshopError(reason, "This voting round is not open.")
            valid = {r[0] for r in conn.execute("SELECT id FROM items WHERE round_id = ?",
                                                (rnd["id"],))}
            if any(r[0] not in valid for r in rows):
                raise WorkshopError(Reason.UNKNOWN_ITEM, "The ballot names an unknown item.")
            if sum(r[1] for r in rows) > rnd["dots_per_participant"]:
                raise WorkshopError(
                    Reason.TOO_MANY_DOTS,
                    f"At most {rnd['dots_per_participant']} dots can be spent.")
            if any(r[1] > rnd["max_per_item"] for r in rows):
                raise WorkshopError(Reason.TOO_MANY_ON_ITEM,
                                    f"At most {rnd['max_per_item']} dots per item.")
            now = _now()
            ballot_id, version = conn.execute(
                "INSERT INTO ballots(round_id, participant_id, version, submitted_at, updated_at) "
                "VALUES (?, ?, 1, ?, ?) ON CONFLICT(round_id, participant_id) DO UPDATE SET "
                "version = version + 1, updated_at = excluded.updated_at RETURNING id, version",
                (rnd["id"], participant, now, now)).fetchone()
            conn.execute("DELETE FROM ballot_items WHERE ballot_id = ?", (ballot_id,))
            conn.executemany(
                "INSERT INTO ballot_items(ballot_id, item_id, dots, impact, effort) "
                "VALUES (?, ?, ?, ?, ?)", [(ballot_id, *r) for r in rows])
        return version

    def ballot(self, token: str, round_id: int) -> dict:
        """Return the participant's stored allocation for a round (empty dict when none yet)."""
        return self.ballot_or_none(token, round_id) or {}

    def ballot_or_none(self, token: str, round_id: int) -> dict | None:
        """Return the stored allocation; None when no ballot (not even an empty one) exists."""
        participant = self.participant_id(token)
        with self._read() as conn:
            if conn.execute("SELECT 1 FROM ballots WHERE round_id = ? AND participant_id = ?",
                            (int(round_id), participant)).fetchone() is None:
                return None
            rows = conn.execute(
                "SELECT bi.item_id, bi.dots, bi.impact, bi.effort FROM ballot_items bi "
                "JOIN ballots b ON b.id = bi.ballot_id "
                "WHERE b.round_id = ? AND b.participant_id = ?",
                (int(round_id), participant)).fetchall()
        return {r["item_id"]: {"dots": r["dots"], "impact": r["impact"], "effort": r["effort"]}
                for r in rows}

    def results(self, round_id: int) -> dict:
        """Aggregate the results of a round: no tokens, no pseudonyms.

        Returns
        -------
        dict
            ``round`` (settings and status), ``ballots`` (participants who voted),
            ``participants`` (joined the workshop), ``dots_cast`` and ``items``: a list of
            dicts (id, title, description, dots, voters, impact_mean, effort_mean, ratings)
            sorted by dots, then mean impact.
        """
        rnd = self.round(round_id)
        with self._read() as conn:
            stats = {r["item_id"]: dict(r) for r in conn.execute(
                "SELECT bi.item_id, SUM(bi.dots) AS dots, SUM(bi.dots > 0) AS voters, "
                "AVG(bi.impact) AS impact_mean, AVG(bi.effort) AS effort_mean, "
                "COUNT(bi.impact) AS impact_ratings, COUNT(bi.effort) AS effort_ratings "
                "FROM ballot_items bi JOIN ballots b ON b.id = bi.ballot_id "
                "WHERE b.round_id = ? GROUP BY bi.item_id", (rnd["id"],))}
            ballots = conn.execute("SELECT COUNT(*) FROM ballots WHERE round_id = ?",
                                   (rnd["id"],)).fetchone()[0]
            participants = conn.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
        items = []
        for item in rnd["items"]:
            s = stats.get(item["id"], {})
            items.append({
                "id": item["id"], "title": item["title"], "description": item["description"],
                "dots": int(s.get("dots") or 0), "voters": int(s.get("voters") or 0),
                "impact_mean": s.get("impact_mean"), "effort_mean": s.get("effort_mean"),
                "impact_ratings": int(s.get("impact_ratings") or 0),
                "effort_ratings": int(s.get("effort_ratings") or 0)})
        items.sort(key=lambda i: (-i["dots"], -(i["impact_mean"] or 0), i["id"]))
        for rank, item in enumerate(items, start=1):
            item["rank"] = rank
        rnd_info = {k: v for k, v in rnd.items() if k != "items"}
        return {"round": rnd_info, "ballots": ballots, "participants": participants,
                "dots_cast": sum(i["dots"] for i in items), "items": items}

    def export_tables(self) -> dict:
        """Plain rows for the export: ballots (pseudonymous), items, rounds, themes, audit log."""
        with self._read() as conn:
            ballots = [dict(r) for r in conn.execute(
                "SELECT b.round_id, p.pseudonym AS participant, b.version, b.submitted_at, "
                "b.updated_at, bi.item_id, i.title AS item, bi.dots, bi.impact, bi.effort "
                "FROM ballots b JOIN participants p ON p.id = b.participant_id "
                # an empty ballot (0 dots) counts as cast everywhere: one row without an item
                "LEFT JOIN ballot_items bi ON bi.ballot_id = b.id "
                "LEFT JOIN items i ON i.id = bi.item_id "
                "ORDER BY b.round_id, p.pseudonym, i.position")]
            for row in ballots:
                if row["item_id"] is None:
                    row.update(item="", dots=0)
            items = [dict(r) for r in conn.execute(
                "SELECT round_id, id AS item_id, position, title, description, theme_id "
                "FROM items ORDER BY round_id, position")]
            rounds = [dict(r) for r in conn.execute("SELECT * FROM rounds ORDER BY id")]
            themes = [dict(r) for r in conn.execute(
                "SELECT t.id AS theme_id, t.label, t.keywords, t.irrelevant, "
                "COUNT(a.id) AS size FROM themes t LEFT JOIN answers a ON a.theme_id = t.id "
                "GROUP BY t.id ORDER BY t.id")]
        audit = [{k: (json.dumps(v, ensure_ascii=False) if k == "details" else v)
                  for k, v in row.items()} for row in self.audit_log()]
        results = []
        for rnd in rounds:
            res = self.results(rnd["id"])
            for item in res["items"]:
                results.append({"round_id": rnd["id"], "round": rnd["title"],
                                "ballots": res["ballots"]} | item)
        return {"ballots": ballots, "results": results, "items": items, "rounds": rounds,
                "themes": themes, "audit_log": audit}
