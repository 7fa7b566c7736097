"""SQLite store of human codings: who coded which answer with which codes, when and why.

One file per coding project; several coders (and several Voila kernels) may write to it at
the same time (WAL mode, one transaction per write, one coding per coder and answer).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from esslingen_lab.coding.codebook import Codebook, CodebookError
from esslingen_lab.errors import InputError, Text

__all__ = ["CodingStore", "CODING_COLUMNS", "CodingError", "parse_codes", "format_codes"]

#: Columns of :meth:`CodingStore.codings` and of the CSV/XLSX export, in this order.
CODING_COLUMNS = ["coder", "answer_id", "codes", "memo", "codebook_version", "coded_at"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    answer_id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    question TEXT,
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS codings (
    coding_id INTEGER PRIMARY KEY AUTOINCREMENT,
    coder TEXT NOT NULL CHECK (length(trim(coder)) > 0),
    answer_id TEXT NOT NULL,
    memo TEXT NOT NULL DEFAULT '',
    codebook_version TEXT,
    coded_at TEXT NOT NULL,
    UNIQUE (coder, answer_id)
);
CREATE TABLE IF NOT EXISTS coding_codes (
    coding_id INTEGER NOT NULL REFERENCES codings(coding_id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (coding_id, code)
);
"""


class CodingError(InputError):
    """A coding cannot be stored (no coder, no code, unknown code, bad import file)."""


def parse_codes(value) -> tuple[str, ...]:
    """Turn ``"a; b"``, ``["a", "b"]`` or a set into a sorted tuple of unique code names.

    Examples
    --------
    >>> parse_codes("termine; medienbruch")
    ('medienbruch', 'termine')
    >>> parse_codes(None)
    ()
    """
    if value is None:
        return ()
    if isinstance(value, float) and value != value:  # NaN from pandas
        return ()
    if isinstance(value, str):
        parts = value.split(";")
    else:
        parts = [str(v) for v in value]
    return tuple(sorted({p.strip() for p in parts if p and p.strip()}))


def format_codes(codes) -> str:
    """Join code names with ``";"`` as in CSV exports (``("a", "b")`` → ``"a;b"``)."""
    return ";".join(parse_codes(codes))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _open_readonly(path: str):
    """Open an existing coding store without writing a byte (no schema, no WAL switch)."""
    not_store = CodingError(reason="coding_not_store", file=path)
    file = Path(path)
    if not file.is_file():
        raise CodingError(reason="file_not_found", file=path)
    with file.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise not_store
    con = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        names = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError:
        con.close()
        raise not_store from None
    if not {"answers", "codings", "coding_codes", "meta"} <= names:
        con.close()
        raise not_store
    return con


class CodingStore:
    """Codings of one project in one SQLite file.

    Parameters
    ----------
    path : str or Path
        The SQLite file; created with its folder if missing. ``":memory:"`` for tests.
    codebook : Codebook, default=None
        Stored in the file (and its version with every coding); codes are then checked
        against it. A store keeps the codebook it was given last.
    readonly : bool, default=False
        Open an existing coding store for reading only (exports, agreement): nothing is
        created or changed, and a file that is not a coding store is refused untouched.

    Examples
    --------
    >>> from esslingen_lab.coding import load_codebook, example_codebook_path
    >>> store = CodingStore(":memory:", codebook=load_codebook(example_codebook_path()))
    >>> store.add_answers(["a1", "a2"], ["Termine beim Bürgeramt", "WLAN am Bahnhof"])
    2
    >>> store.save_coding("anna", "a1", ["termine"], memo="eindeutig")
    >>> store.codings()[["coder", "answer_id", "codes"]].to_dict("records")
    [{'coder': 'anna', 'answer_id': 'a1', 'codes': ('termine',)}]
    """

    def __init__(self, path, *, codebook: Codebook | None = None, readonly: bool = False):
        self.path = str(path)
        if readonly:
            self._con = _open_readonly(self.path)
            return
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we open transactions explicitly, one per write.
        self._con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            self._con.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._con.execute("PRAGMA journal_mode = WAL")
            self._con.executescript(_SCHEMA)
        except sqlite3.DatabaseError:
            self._con.close()
            raise CodingError(reason="coding_not_store", file=self.path) from None
        if codebook is not None:
            self.set_codebook(codebook)

    def _inputs(self) -> list[Path]:
        return [] if self.path == ":memory:" else [Path(self.path)]

    # -- context manager -------------------------------------------------------------------
    def close(self) -> None:
        """Close the database connection."""
        self._con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _write(self, statements):
        con = self._con
        con.execute("BEGIN IMMEDIATE")
        try:
            result = statements(con)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        return result

    # -- codebook --------------------------------------------------------------------------
    def set_codebook(self, codebook: Codebook) -> None:
        """Store ``codebook`` (YAML) so exports and other coders use the same one."""
        text = codebook.to_yaml()
        self._write(lambda con: con.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [("codebook", text), ("codebook_version", codebook.version)],
        ))

    @property
    def codebook(self) -> Codebook | None:
        """The stored codebook, or None."""
        import yaml

        row = self._con.execute("SELECT value FROM meta WHERE key = 'codebook'").fetchone()
        return None if row is None else Codebook.model_validate(yaml.safe_load(row[0]))

    # -- answers ---------------------------------------------------------------------------
    def add_answers(self, answer_ids, texts, *, question: str | None = None) -> int:
        """Add answers to code; answers whose id is already stored are left unchanged.

        Parameters
        ----------
        answer_ids : sequence of str
        texts : sequence of str
            Pass redacted texts (e.g. from ``survey.texts()``): they are shown to coders
            and exported.
        question : str, default=None

        Returns
        -------
        int
            Number of answers added.
        """
        ids = [str(i) for i in answer_ids]
        texts = ["" if t is None else str(t) for t in texts]
        if len(ids) != len(texts):
            raise CodingError(reason="coding_ids_length")
        if len(set(ids)) != len(ids):
            raise CodingError(reason="coding_ids_not_unique")

        def insert(con):
            start = con.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM answers").fetchone()[0]
            before = con.total_changes
            con.executemany(
                "INSERT OR IGNORE INTO answers(answer_id, text, question, position) "
                "VALUES (?, ?, ?, ?)",
                [(i, t, question, start + k)
                 for k, (i, t) in enumerate(zip(ids, texts, strict=True))],
            )
            return con.total_changes - before

        return self._write(insert)

    def answers(self):
        """All answers in the order they were added: answer_id, text, question."""
        import pandas as pd

        rows = self._con.execute(
            "SELECT answer_id, text, question FROM answers ORDER BY position"
        ).fetchall()
        return pd.DataFrame(rows, columns=["answer_id", "text", "question"])

    # -- codings ---------------------------------------------------------------------------
    def save_coding(self, coder, answer_id, codes, *, memo="", codebook_version=None,
                    coded_at=None) -> None:
        """Store (or replace) one coder's codes for one answer.

        Parameters
        ----------
        coder : str
            Name or short id of the coder.
        answer_id : str
        codes : iterable of str or str
            One or more code names (a string is split at ``;``).
        memo : str, default=""
        codebook_version : str, default=None
            The stored codebook's version when None.
        coded_at : str, default=None
            ISO time; now (UTC) when None.

        Raises
        ------
        CodingError
            No coder, no code, or a code that is not in the stored codebook.
        """
        coder = "" if coder is None else str(coder).strip()
        if not coder:
            raise CodingError(reason="coding_no_coder")
        codes = parse_codes(codes)
        if not codes:
            raise CodingError(reason="coding_no_code", answer=answer_id)
        codebook = self.codebook
        if codebook is not None:
            try:
                codebook.check_codes(codes)
            except CodebookError as exc:
                raise CodingError(reason=exc.reason, **exc.params) from None
            if codebook_version is None:
                codebook_version = codebook.version
        self._write(lambda con: self._upsert(
            con, coder, str(answer_id), codes, memo or "", codebook_version, coded_at or _now()
        ))

    @staticmethod
    def _upsert(con, coder, answer_id, codes, memo, version, coded_at):
        con.execute(
            "INSERT INTO codings(coder, answer_id, memo, codebook_version, coded_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(coder, answer_id) DO UPDATE SET "
            "memo = excluded.memo, codebook_version = excluded.codebook_version, "
            "coded_at = excluded.coded_at",
            (coder, answer_id, memo, version, coded_at),
        )
        coding_id = con.execute(
            "SELECT coding_id FROM codings WHERE coder = ? AND answer_id = ?", (coder, answer_id)
        ).fetchone()[0]
        con.execute("DELETE FROM coding_codes WHERE coding_id = ?", (coding_id,))
        con.executemany(
            "INSERT INTO coding_codes(coding_id, code) VALUES (?, ?)",
            [(coding_id, c) for c in codes],
        )

    def delete_coding(self, coder, answer_id) -> bool:
        """Remove one coding; returns True if there was one."""
        def delete(con):
            cur = con.execute(
                "DELETE FROM codings WHERE coder = ? AND answer_id = ?", (coder, str(answer_id))
            )
            return cur.rowcount > 0

        return self._write(delete)

    def codings(self, coder: str | None = None):
        """All codings (or one coder's) as a DataFrame with :data:`CODING_COLUMNS`.

        ``codes`` holds a sorted tuple of code names per row.
        """
        import pandas as pd

        sql = (
            "SELECT c.coder, c.answer_id, group_concat(cc.code, ';'), c.memo, "
            "c.codebook_version, c.coded_at FROM codings c "
            "LEFT JOIN coding_codes cc ON cc.coding_id = c.coding_id "
        )
        params = ()
        if coder is not None:
            sql += "WHERE c.coder = ? "
            params = (coder,)
        sql += "GROUP BY c.coding_id ORDER BY c.coding_id"
        rows = self._con.execute(sql, params).fetchall()
        frame = pd.DataFrame(rows, columns=CODING_COLUMNS)
        frame["codes"] = [parse_codes(v) for v in frame["codes"]]
        return frame

    def training_data(self):
        """Return the coded answers a classifier learns from: answer_id, text, codes, label.

        One row per answer that has a coding with at least one code, in the order the
        answers were added. Where several coders coded an answer, the most recently saved
        coding counts (adjudicate disagreements first for a cleaner training set).
        ``label`` is the single code when every answer has exactly one code, otherwise the
        tuple of codes (multi-label).
        """
        import pandas as pd

        codings = self.codings()
        codings = codings[[len(c) > 0 for c in codings["codes"]]]
        latest = codings.sort_values("coded_at", kind="stable").drop_duplicates(
            "answer_id", keep="last")
        frame = self.answers()[["answer_id", "text"]].merge(
            latest[["answer_id", "codes"]], on="answer_id", how="inner")
        single = all(len(c) == 1 for c in frame["codes"])
        frame["label"] = [c[0] if single else c for c in frame["codes"]]
        return pd.DataFrame(frame, columns=["answer_id", "text", "codes", "label"])

    def coders(self) -> list[str]:
        """Names of everyone who has coded, sorted."""
        rows = self._con.execute("SELECT DISTINCT coder FROM codings ORDER BY coder").fetchall()
        return [r[0] for r in rows]

    def coded_ids(self, coder: str) -> set[str]:
        """Ids of the answers ``coder`` has coded."""
        rows = self._con.execute("SELECT answer_id FROM codings WHERE coder = ?", (coder,))
        return {r[0] for r in rows}

    # -- exchange --------------------------------------------------------------------------
    def export(self, path) -> Path:
        """Write all codings to ``.csv`` (UTF-8 with BOM, for Excel) or ``.xlsx``.

        Codes are joined with ``;``; columns are :data:`CODING_COLUMNS`.
        """
        frame = self.codings()
        frame["codes"] = [format_codes(c) for c in frame["codes"]]
        return _write_frame(frame, path, "Kodierungen", self._inputs())

    def export_coded(self, path) -> Path:
        """Write one row per coded answer — ``id``, ``text``, ``code`` — to CSV or XLSX.

        This is the input of ``esslingen-lab classify train FILE --text-column text
        --label-column code``: the rows of :meth:`training_data`, several codes joined
        with ``;`` (read back as multi-label).
        """
        train = self.training_data()
        frame = train[["answer_id", "text"]].rename(columns={"answer_id": "id"})
        frame["code"] = [format_codes(c) for c in train["codes"]]
        return _write_frame(frame, path, "Kodiert", self._inputs())

    def import_codings(self, path, *, sheet=None) -> int:
        """Read codings back from a CSV/XLSX export (e.g. edited or from another coder).

        Required columns: ``coder``, ``answer_id``, ``codes`` (``;``-separated); optional
        ``memo``, ``codebook_version``, ``coded_at``. Rows replace existing codings of the
        same coder and answer. Nothing is imported if any row is unusable.

        Returns
        -------
        int
            Number of codings imported.

        Raises
        ------
        CodingError
            A column is missing, or rows lack a coder/answer/code or use unknown codes
            (the message names the first problem rows).
        """
        from esslingen_lab.surveys import read_table

        table = read_table(path, sheet=sheet)
        missing = [c for c in ("coder", "answer_id", "codes") if c not in table.columns]
        if missing:
            raise CodingError(reason="column_missing", file=path, column=missing[0],
                              hint_key="coding_import_column.hint")
        codebook = self.codebook
        known = None if codebook is None else set(codebook.code_names)
        records, problems = [], []
        for k, row in enumerate(table.to_dict("records")):
            line = k + 2  # header is line 1
            coder = str(row["coder"]).strip()
            answer_id = str(row["answer_id"]).strip()
            codes = parse_codes(row["codes"])
            if not coder or not answer_id or not codes:
                what = "coder" if not coder else "answer_id" if not answer_id else "codes"
                problems.append((line, what, Text("coding_import_empty")))
                continue
            if known is not None and set(codes) - known:
                bad = sorted(set(codes) - known)[0]
                problems.append((line, "codes", Text("coding_import_unknown_code", code=bad)))
                continue
            version = str(row.get("codebook_version") or "") or (
                codebook.version if codebook else None
            )
            records.append((coder, answer_id, codes, str(row.get("memo") or ""), version,
                            str(row.get("coded_at") or "") or _now()))
        if problems:
            line, column, reason = problems[0]
            if len(problems) > 1:
                raise CodingError(reason="coding_import_problems_more", file=path, row=line,
                                  column=column, problem=reason, n=len(problems) - 1)
            raise CodingError(reason="coding_import_problems", file=path, row=line,
                              column=column, problem=reason)

        def insert(con):
            for rec in records:
                self._upsert(con, *rec)
            return len(records)

        return self._write(insert)


def _write_frame(frame, path, sheet, inputs=()) -> Path:
    """Write ``frame`` to ``.csv`` (UTF-8 with BOM, for Excel) or ``.xlsx``, text as text."""
    from esslingen_lab.files import write_table

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".txt", ""):
        raise CodingError(reason="coding_export_suffix", file=path, suffix=suffix)
    return write_table(frame, path, inputs=inputs, sheet=sheet, encoding="utf-8-sig")
