"""The themes of a workshop and their curation, kept as a :class:`~esslingen_lab.themes.ThemeMap`.

The imported themes are the map's base; every curation step (rename, merge, split, move,
irrelevant) is one ThemeMap operation stored with its audit-log entry. The ``themes`` and
``answers`` tables hold the map's current state, so reading is plain SQL; undo replays the
base with all operations but the last one. The export carries the map, so a report can
apply the same edits to its own fit (:meth:`ThemeMap.reapply_to`).
"""

from __future__ import annotations

import json

from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.store.schema import (
    MAX_ACTOR,
    MAX_DESCRIPTION,
    MAX_LABEL,
    answer_keys,
    clean_text,
    map_dict,
    split_keywords,
)

#: Audit-log actions that are curation steps (undoable); import is where undo stops.
CURATION_ACTIONS = ("rename_theme", "mark_irrelevant", "mark_relevant", "merge_themes",
                    "split_theme", "move_answers")


def _theme_ids(themes: list[dict]) -> list[int]:
    """Return the model's theme ids when every theme brings a distinct one, else 1, 2, …."""
    try:
        ids = [int(t["source_theme"]) for t in themes]
    except (KeyError, TypeError, ValueError):
        ids = []
    return ids if len(set(ids)) == len(themes) else list(range(1, len(themes) + 1))


class ThemeCuration:
    """Themes, answers and the curation log of a :class:`WorkshopStore` (a mixin)."""

    # ------------------------------------------------------------------ import and reading
    def import_themes(self, themes: list[dict], *, actor: str, question: str = "",
                      fit: dict | None = None) -> None:
        """Replace all themes and answers (e.g. after fitting a theme model); logged, no undo.

        Parameters
        ----------
        themes : list of dict
            Each with ``label``, ``keywords`` (list of str), optional ``source_theme`` (the
            model's theme id, kept as the theme's id), ``irrelevant`` and ``answers``: list
            of dicts with ``respondent``, ``question``, ``text`` (redacted) and optional
            ``weight`` (how representative, larger first).
        actor : str
            Who did it (for the audit log).
        question : str, default=''
            Question the answers belong to (audit log).
        fit : dict, default=None
            How the themes were made (``seed``, ``n_themes``, ``survey`` …): recorded in the
            audit log and in the theme map, so a report can fit the same themes.
        """
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        ids = _theme_ids(themes)
        base_themes, answers = {}, []
        for theme_id, theme in zip(ids, themes, strict=True):
            base_themes[theme_id] = {
                "label": clean_text(theme["label"], limit=MAX_LABEL, what="Theme label"),
                "keywords": [str(k) for k in theme.get("keywords", [])],
                "irrelevant": bool(theme.get("irrelevant", False))}
            answers += [(a, theme_id) for a in theme.get("answers", [])]
        keys = answer_keys(a["respondent"] for a, _ in answers)
        info = {"question": question, **(fit or {})}
        base = {"language": self.meta().get("language", "de"), "themes": base_themes,
                "assignments": {key: t for key, (_, t) in zip(keys, answers, strict=True)},
                "fit": info}
        with self._write() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute("DELETE FROM answers")
            conn.execute("DELETE FROM themes")
            conn.executemany(
                "INSERT INTO answers(respondent, question, text, theme_id, weight, answer_key) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(str(a["respondent"]), str(a.get("question", question)), str(a["text"]),
                  theme_id, float(a.get("weight", 0.0)), key)
                 for key, (a, theme_id) in zip(keys, answers, strict=True)])
            conn.execute("INSERT INTO meta(key, value) VALUES ('theme_map', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         (json.dumps(map_dict(base), ensure_ascii=False),))
            self._materialise(conn, self._map(conn))
            self._log(conn, actor, "import_themes",
                      {**info, "themes": len(themes), "answers": len(answers)})

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

    def theme_map(self):
        """Return the workshop's curation as a :class:`~esslingen_lab.themes.ThemeMap`.

        Its base holds the imported themes (and in ``base["fit"]`` the question, seed and
        number of themes they were fitted with); its operations are the curation steps not
        undone. None before any themes were imported.
        """
        with self._read() as conn:
            return self._map(conn)

    # ------------------------------------------------------------------ curation steps
    def rename_theme(self, theme_id: int, label: str, *, actor: str) -> None:
        """Give a theme a new label (logged, undoable)."""
        label = clean_text(label, limit=MAX_LABEL, what="Theme label")
        with self._curate(actor) as (conn, tm, log):
            before = self._theme(conn, theme_id)
            tm.rename(before["id"], label)
            log("rename_theme", {"theme": before["id"], "from": before["label"], "to": label})

    def set_irrelevant(self, theme_id: int, irrelevant: bool = True, *, actor: str) -> None:
        """Mark a theme as irrelevant (or relevant again); logged, undoable."""
        with self._curate(actor) as (conn, tm, log):
            before = self._theme(conn, theme_id)
            tm.mark_irrelevant(before["id"], bool(irrelevant))
            log("mark_irrelevant" if irrelevant else "mark_relevant",
                {"theme": before["id"], "label": before["label"]})

    def merge_themes(self, theme_ids, *, actor: str, label: str | None = None) -> int:
        """Merge themes into a new one, named ``label`` or like the first theme.

        Returns
        -------
        int
            Id of the merged theme.
        """
        ids = list(dict.fromkeys(int(t) for t in theme_ids))
        if len(ids) < 2:
            raise WorkshopError(Reason.INVALID_VALUE, "Choose at least two themes to merge.")
        if label is not None:
            label = clean_text(label, limit=MAX_LABEL, what="Theme label")
        with self._curate(actor) as (conn, tm, log):
            before = [self._theme(conn, t) for t in ids]
            label = label or before[0]["label"]
            tm.merge(ids, label)
            (new,) = tm.last_new_ids()
            log("merge_themes", {"themes": ids, "labels": [r["label"] for r in before],
                                 "into": new, "label": label})
        return new

    def move_answers(self, answer_ids, theme_id: int, *, actor: str) -> None:
        """Move answers to another theme (one logged, undoable step)."""
        ids = [int(a) for a in answer_ids]
        if not ids:
            raise WorkshopError(Reason.INVALID_VALUE, "Choose at least one answer to move.")
        with self._curate(actor) as (conn, tm, log):
            target = self._theme(conn, theme_id)
            keys = self._answer_keys(conn, ids)
            tm.move(list(keys.values()), target["id"])
            log("move_answers", {"answers": ids, "to": target["id"], "label": target["label"]})

    def split_theme(self, theme_id: int, answer_ids, label: str, *, actor: str) -> int:
        """Move some answers of a theme into a new theme called ``label``; returns its id.

        The rest of the theme keeps its label and keywords (as a new theme id: in the
        ThemeMap a split replaces the theme by its parts).
        """
        label = clean_text(label, limit=MAX_LABEL, what="Theme label")
        ids = [int(a) for a in answer_ids]
        if not ids:
            raise WorkshopError(Reason.INVALID_VALUE, "Choose the answers for the new theme.")
        with self._curate(actor) as (conn, tm, log):
            source = self._theme(conn, theme_id)
            keys = self._answer_keys(conn, ids, theme_id=source["id"])
            rest = [k for k, t in tm.assignments().items()
                    if t == source["id"] and k not in set(keys.values())]
            keywords = split_keywords(source["keywords"])
            if rest:
                tm.split(source["id"], [rest, list(keys.values())],
                         labels=[source["label"], label], keywords=[keywords, []])
                new = tm.last_new_ids()[1]
            else:  # every answer chosen: the theme is renamed, not split
                tm.split(source["id"], [list(keys.values())], labels=[label], keywords=[[]])
                new = tm.last_new_ids()[0]
            log("split_theme", {"theme": source["id"], "answers": ids, "new_theme": new,
                                "label": label})
        return new

    def undo(self, *, actor: str) -> dict:
        """Undo the latest curation step not undone yet (back to the last import).

        The workshop's ThemeMap is replayed from the imported themes with every remaining
        step; the undone step stays in the log, marked with the undo's entry.

        Returns
        -------
        dict
            The audit-log entry that was undone.
        """
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            row = conn.execute(
                "SELECT id, at, actor, action, details, undone_by FROM audit_log "
                f"WHERE id IN ({self._active_steps_sql()}) ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None:
                raise WorkshopError(Reason.NOTHING_TO_UNDO, "There is nothing to undo.")
            undo_id = self._log(conn, actor, "undo", {"undone": row["id"],
                                                       "action": row["action"]})
            conn.execute("UPDATE audit_log SET undone_by = ? WHERE id = ?", (undo_id, row["id"]))
            self._materialise(conn, self._map(conn))
        return dict(row) | {"details": json.loads(row["details"])}

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _active_steps_sql() -> str:
        return ("SELECT id FROM audit_log WHERE operation IS NOT NULL AND undone_by IS NULL "
                "AND id > (SELECT COALESCE(MAX(id), 0) FROM audit_log "
                "WHERE action = 'import_themes')")

    def _map(self, conn):
        """Return the ThemeMap: imported base plus the operations of the steps not undone."""
        from esslingen_lab.themes.curation import ThemeMap

        row = conn.execute("SELECT value FROM meta WHERE key = 'theme_map'").fetchone()
        if row is None:
            return None
        operations = [json.loads(r[0]) for r in conn.execute(
            f"SELECT operation FROM audit_log WHERE id IN ({self._active_steps_sql()}) "
            "ORDER BY id")]
        tm = ThemeMap.from_dict(json.loads(row[0]))
        return ThemeMap(tm.base, operations)

    def _curate(self, actor: str):
        """One curation step: a write transaction, the map, and a ``log(action, details)``."""
        import contextlib

        from esslingen_lab.themes.curation import ThemeMapError

        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")

        @contextlib.contextmanager
        def step():
            with self._write() as conn:
                tm = self._map(conn)
                if tm is None:
                    raise WorkshopError(Reason.NOT_FOUND, "There are no themes yet.")
                logged = []
                try:
                    yield conn, tm, lambda action, details: logged.append((action, details))
                except ThemeMapError as error:
                    raise WorkshopError(Reason.NOT_FOUND, str(error)) from None
                self._materialise(conn, tm)
                for action, details in logged:
                    self._log(conn, actor, action, details, operation=tm.operations[-1])

        return step()

    def _materialise(self, conn, tm) -> None:
        """Write the map's current themes and assignments to the ``themes``/``answers`` tables."""
        if tm is None:
            return
        table = tm.themes()
        live = table[table["status"].isin(["active", "irrelevant"])]
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("DELETE FROM themes")
        conn.executemany(
            "INSERT INTO themes(id, label, keywords, irrelevant, source_theme) "
            "VALUES (?, ?, ?, ?, ?)",
            [(int(r.id), str(r.label), ", ".join(r.keywords)[:MAX_DESCRIPTION],
              int(r.status == "irrelevant"), str(r.id) if r.id in tm.base["themes"] else None)
             for r in live.itertuples()])
        stored = dict(conn.execute("SELECT answer_key, theme_id FROM answers").fetchall())
        conn.executemany("UPDATE answers SET theme_id = ? WHERE answer_key = ?",
                         [(int(t), key) for key, t in tm.assignments().items()
                          if stored.get(key) != int(t)])

    def _theme(self, conn, theme_id) -> dict:
        row = conn.execute("SELECT * FROM themes WHERE id = ?", (int(theme_id),)).fetchone()
        if row is None:
            raise WorkshopError(Reason.NOT_FOUND, f"Theme {int(theme_id)} does not exist.")
        return dict(row)

    def _answer_keys(self, conn, ids, *, theme_id=None) -> dict:
        """Answer row id → ThemeMap key; every id must exist (and be in ``theme_id``)."""
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, answer_key FROM answers WHERE id IN ({marks})"
        args = list(ids)
        if theme_id is not None:
            sql += " AND theme_id = ?"
            args.append(int(theme_id))
        keys = dict(conn.execute(sql, args).fetchall())
        if len(keys) != len(set(ids)):
            raise WorkshopError(
                Reason.NOT_FOUND, "Some of the chosen answers do not exist."
                if theme_id is None else "Only answers of the theme being split can be moved.")
        return keys
