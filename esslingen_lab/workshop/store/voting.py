"""Voting rounds, ballots and results of a workshop, and the rows of its export.

Part of :class:`~esslingen_lab.workshop.store.WorkshopStore`: a round is prepared as a draft,
opened (closing any other) and closed; a ballot is one row per participant and round
(unique), replaced as a whole when the participant changes it.
"""

from __future__ import annotations

import json

from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.store.schema import (
    MAX_ACTOR,
    MAX_DESCRIPTION,
    MAX_DOTS,
    MAX_ITEMS,
    MAX_LABEL,
    clean_text,
    utc_now,
)


class Voting:
    """Rounds, ballots, results and export rows of a :class:`WorkshopStore` (a mixin)."""

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
                "VALUES (?, 'draft', ?, ?, ?)", (title, dots, per_item, utc_now()))
            round_id = cur.lastrowid
            conn.executemany(
                "INSERT INTO items(round_id, position, title, description, theme_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [(round_id, pos, t, d, th) for pos, (t, d, th) in enumerate(cleaned)])
            self._log(conn, actor, "create_round",
                      {"round": round_id, "title": title, "items": [c[0] for c in cleaned],
                       "dots_per_participant": dots, "max_per_item": per_item})
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
                             (utc_now(), other))
                self._log(conn, actor, "close_round", {"round": other})
            conn.execute("UPDATE rounds SET status = 'open', opened_at = ?, closed_at = NULL "
                         "WHERE id = ?", (utc_now(), int(round_id)))
            self._log(conn, actor, "open_round", {"round": int(round_id)})

    def close_round(self, round_id: int, *, actor: str) -> None:
        """Close a round: no more ballot changes are accepted."""
        actor = clean_text(actor, limit=MAX_ACTOR, what="Name")
        with self._write() as conn:
            cur = conn.execute("UPDATE rounds SET status = 'closed', closed_at = ? "
                               "WHERE id = ? AND status = 'open'", (utc_now(), int(round_id)))
            if cur.rowcount:
                self._log(conn, actor, "close_round", {"round": int(round_id)})

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
            now = utc_now()
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
