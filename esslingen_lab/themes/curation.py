"""Curated themes: merge, split, rename, move answers and mark themes irrelevant.

Every edit is an operation in a versioned theme map (JSON) that re-applies to a model's
assignments and, where themes still match, to a re-fitted model.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np
import pandas as pd

from esslingen_lab.errors import InputError
from esslingen_lab.themes.model import NO_ANSWER, OTHER, ThemeModelError, special_label

__all__ = ["ThemeMap", "ThemeMapError", "FORMAT"]

FORMAT = "esslingen-lab/theme-map/1"


class ThemeMapError(ThemeModelError):
    """A curation step refers to a theme or answer that does not exist."""


class ThemeMap:
    """A model's themes plus the edits a workshop made to them, as a replayable log.

    Build it with :meth:`from_model`; every edit (:meth:`rename`, :meth:`merge`,
    :meth:`split`, :meth:`move`, :meth:`mark_irrelevant`) appends one operation and raises
    ``version`` by one. :meth:`apply` replays the operations on the model's assignments.

    Attributes
    ----------
    version : int
        Number of edits so far (0 right after :meth:`from_model`).
    operations : list of dict
        The edits, oldest first; each has ``op``, ``version`` and its arguments.
    base : dict
        The fitted themes the edits start from: ``language``, ``themes`` (id → label,
        keywords) and ``assignments`` (answer id → theme id).

    Examples
    --------
    >>> from esslingen_lab.themes import ThemeModel
    >>> texts = ["Termin Bürgeramt online", "Bürgeramt Termine online buchen",
    ...          "Radweg bauen", "Radwege sicherer", "Termin online", "Radwegenetz"]
    >>> model = ThemeModel(2, random_state=0, stability=False).fit(texts)
    >>> tm = ThemeMap.from_model(model)
    >>> tm.rename(0, "Online-Termine").version
    1
    >>> tm.apply(model).tolist() == model.labels_.tolist()
    True
    """

    def __init__(self, base, operations=(), version=None):
        self.base = base
        self.operations = [dict(op) for op in operations]
        self.version = len(self.operations) if version is None else int(version)
        self._model = None

    # ------------------------------------------------------------------------------------
    # construction and persistence
    # ------------------------------------------------------------------------------------
    @classmethod
    def from_model(cls, model):
        """Start an empty edit log on a fitted :class:`ThemeModel`.

        Parameters
        ----------
        model : ThemeModel
            Fitted; its ``ids_`` identify answers across edits and re-fits.

        Returns
        -------
        ThemeMap
        """
        from sklearn.utils.validation import check_is_fitted

        check_is_fitted(model, "themes_")
        themes = {
            int(r.id): {"label": str(r.label), "keywords": list(r.keywords)}
            for r in model.themes_.itertuples()
        }
        base = {
            "language": model.language,
            "themes": themes,
            "assignments": {
                _key(i): int(t) for i, t in zip(model.ids_, model.labels_, strict=True)
            },
        }
        tm = cls(base)
        tm._model = model
        return tm

    def to_dict(self):
        """Return a plain JSON-able dict (``format``, ``version``, ``base``, ``operations``)."""
        base = copy.deepcopy(self.base)
        base["themes"] = {str(k): v for k, v in base["themes"].items()}
        return {
            "format": FORMAT,
            "version": self.version,
            "base": base,
            "operations": copy.deepcopy(self.operations),
        }

    @classmethod
    def from_dict(cls, data):
        """Rebuild from :meth:`to_dict` output.

        Parameters
        ----------
        data : dict

        Returns
        -------
        ThemeMap
        """
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ThemeMapError(reason="themes_not_a_map", format=FORMAT)
        base = copy.deepcopy(data["base"])
        base["themes"] = {int(k): v for k, v in base["themes"].items()}
        return cls(base, data.get("operations", []), data.get("version"))

    def to_json(self, path):
        """Write the map as UTF-8 JSON.

        Parameters
        ----------
        path : str or Path
        """
        Path(path).write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
        )

    @classmethod
    def from_json(cls, path):
        """Read a map written by :meth:`to_json`.

        Parameters
        ----------
        path : str or Path

        Returns
        -------
        ThemeMap
        """
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as err:
            raise InputError(reason="file_not_found", file=path) from err
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise InputError(reason="themes_not_json", file=path) from err
        return cls.from_dict(data)

    # ------------------------------------------------------------------------------------
    # edits
    # ------------------------------------------------------------------------------------
    def rename(self, theme_id, label):
        """Give a theme a new label.

        Parameters
        ----------
        theme_id : int
        label : str

        Returns
        -------
        self
        """
        self._require(theme_id)
        return self._record({"op": "rename", "theme": int(theme_id), "label": str(label)})

    def merge(self, theme_ids, label=None):
        """Merge themes into a new theme (its id is returned by :meth:`last_new_ids`).

        Parameters
        ----------
        theme_ids : list of int
            At least two themes.
        label : str, default=None
            Label of the merged theme; the labels joined with " / " when None.

        Returns
        -------
        self
        """
        ids = [int(t) for t in theme_ids]
        if len(set(ids)) < 2:
            raise ThemeMapError(reason="themes_merge_two")
        for t in ids:
            self._require(t)
        new = self._next_id()
        if label is None:
            themes = self.themes()
            names = dict(zip(themes["id"], themes["label"], strict=True))
            label = " / ".join(names[t] for t in ids)
        return self._record({"op": "merge", "themes": ids, "new": new, "label": str(label)})

    def split(self, theme_id, groups=None, *, n=2, labels=None, model=None, keywords=None):
        """Split a theme into new themes.

        Parameters
        ----------
        theme_id : int
        groups : list of list of answer ids, default=None
            Which answers go to which new theme; answers not listed go to the first group.
            None re-clusters the theme's answers into ``n`` groups with the model (the one
            given, or the one :meth:`from_model` was built from).
        n : int, default=2
        labels : list of str, default=None
            Labels of the new themes; keywords of each part when None.
        model : ThemeModel, default=None
        keywords : list of list of str, default=None
            Keywords of the new themes when ``groups`` are given (e.g. the first part keeps
            the theme's keywords); none when None.

        Returns
        -------
        self
        """
        theme_id = int(theme_id)
        self._require(theme_id)
        current = self.assignments()
        members = [a for a, t in current.items() if t == theme_id]
        if groups is None:
            model = model or self._model
            if model is None:
                raise ThemeMapError(reason="themes_split_needs_model")
            part = model.split_theme_members(members, n)
            groups = [
                [m for m, g in zip(part["ids"], part["labels"], strict=True) if g == c]
                for c in range(n)
            ]
            keywords = part["keywords"]
        groups = [[_key(a) for a in g] for g in groups]
        listed = {a for g in groups for a in g}
        unknown = listed - set(members)
        if unknown:
            raise ThemeMapError(reason="themes_not_in_theme", n=len(unknown), theme=theme_id)
        groups[0] = groups[0] + [a for a in members if a not in listed]
        new_ids = [self._next_id() + i for i in range(len(groups))]
        if labels is None:
            base = self.themes().set_index("id")["label"].get(theme_id, str(theme_id))
            labels = [
                ", ".join(keywords[i][:3]) if keywords and keywords[i] else f"{base} ({i + 1})"
                for i in range(len(groups))
            ]
        assign = {a: new_ids[i] for i, g in enumerate(groups) for a in g}
        return self._record(
            {
                "op": "split",
                "theme": theme_id,
                "new": new_ids,
                "labels": [str(x) for x in labels],
                "assign": assign,
                "keywords": keywords or [[] for _ in groups],
            }
        )

    def move(self, answer_ids, theme_id):
        """Move one answer, or several in one edit, to another theme.

        Parameters
        ----------
        answer_ids : hashable or list of hashable
            The answer's id (``model.ids_``; positions when the model got no ids), or a
            list of them: one edit, undone as one.
        theme_id : int

        Returns
        -------
        self
        """
        several = isinstance(answer_ids, (list, tuple, set))
        keys = [_key(a) for a in (answer_ids if several else [answer_ids])]
        unknown = [k for k in keys if k not in self.base["assignments"]]
        if unknown or not keys:
            raise ThemeMapError(reason="themes_no_answer",
                                answer=repr(unknown[0] if unknown else answer_ids))
        self._require(theme_id)
        if several:
            return self._record({"op": "move", "answers": keys, "theme": int(theme_id)})
        return self._record({"op": "move", "answer": keys[0], "theme": int(theme_id)})

    def mark_irrelevant(self, theme_id, irrelevant=True):
        """Mark a theme as irrelevant (kept, but flagged; e.g. not put to the vote).

        Parameters
        ----------
        theme_id : int
        irrelevant : bool, default=True
            False takes the mark back.

        Returns
        -------
        self
        """
        self._require(theme_id)
        return self._record(
            {"op": "irrelevant", "theme": int(theme_id), "irrelevant": bool(irrelevant)}
        )

    def last_new_ids(self):
        """Theme ids created by the last edit (merge/split), else an empty list."""
        if not self.operations:
            return []
        new = self.operations[-1].get("new", [])
        return [new] if isinstance(new, int) else list(new)

    # ------------------------------------------------------------------------------------
    # results
    # ------------------------------------------------------------------------------------
    def themes(self):
        """Return the current themes: ``id``, ``label``, ``keywords``, ``size``, ``status``.

        ``status`` is ``"active"``, ``"irrelevant"``, ``"merged"`` or ``"split"`` (the last
        two have no answers left). Special themes (no answer, other) are included when used.

        Returns
        -------
        pandas.DataFrame
        """
        state = self._replay()
        sizes = pd.Series(list(state["assign"].values()), dtype="int64").value_counts()
        rows = [
            {"id": t, "label": info["label"], "keywords": list(info.get("keywords", [])),
             "size": int(sizes.get(t, 0)), "status": info["status"]}
            for t, info in sorted(state["themes"].items(), key=lambda kv: (kv[0] < 0, kv[0]))
        ]
        return pd.DataFrame(rows, columns=["id", "label", "keywords", "size", "status"])

    def assignments(self):
        """Answer id → current theme id after all edits.

        Returns
        -------
        dict
        """
        return dict(self._replay()["assign"])

    def apply(self, model_or_labels, ids=None):
        """Replay the edits on a model's (or a label vector's) assignments.

        Parameters
        ----------
        model_or_labels : ThemeModel or array-like of int
            The model (its ``labels_`` and ``ids_``) or theme ids per answer.
        ids : sequence, default=None
            Answer ids for a label vector; positions when None.

        Returns
        -------
        ndarray of int
            Curated theme id per answer, in the given order.
        """
        if hasattr(model_or_labels, "labels_"):
            labels, ids = model_or_labels.labels_, model_or_labels.ids_
        else:
            labels = np.asarray(model_or_labels, dtype=int)
            ids = list(range(len(labels))) if ids is None else list(ids)
        keys = [_key(i) for i in ids]
        state = self._replay({k: int(t) for k, t in zip(keys, labels, strict=True)})
        return np.array([state["assign"][k] for k in keys], dtype=int)

    def labels(self, theme_ids):
        """Readable labels of theme ids.

        Parameters
        ----------
        theme_ids : iterable of int

        Returns
        -------
        list of str
        """
        names = self.themes().set_index("id")["label"].to_dict()
        lang = self.base.get("language", "de")
        out = []
        for t in theme_ids:
            t = int(t)
            special = t in (NO_ANSWER, OTHER)
            out.append(names.get(t) or (special_label(t, lang) if special else str(t)))
        return out

    def reapply_to(self, new_model, *, min_overlap=0.3):
        """Carry the edits over to a re-fitted model where themes still match.

        Old themes are matched one-to-one to new ones by membership overlap (Jaccard of
        answer ids, or of keywords where answers differ); edits on unmatched themes are
        reported, not applied.

        Parameters
        ----------
        new_model : ThemeModel
            Fitted, ideally on (mostly) the same answers with the same ids.
        min_overlap : float, default=0.3
            Smallest overlap that still counts as "the same theme".

        Returns
        -------
        new_map : ThemeMap
            A map on ``new_model`` with the transferable edits.
        report : pandas.DataFrame
            One row per edit: ``version``, ``op``, ``status`` (``applied``, ``partial`` or
            ``skipped``), ``reason``.
        """
        from scipy.optimize import linear_sum_assignment

        new = ThemeMap.from_model(new_model)
        old_themes = {t: v for t, v in self.base["themes"].items() if t >= 0}
        new_themes = {t: v for t, v in new.base["themes"].items() if t >= 0}
        old_ids, new_ids = sorted(old_themes), sorted(new_themes)
        sim = np.zeros((len(old_ids), len(new_ids)))
        old_members = _members(self.base["assignments"])
        new_members = _members(new.base["assignments"])
        for i, a in enumerate(old_ids):
            for j, b in enumerate(new_ids):
                sim[i, j] = max(
                    _jaccard(old_members.get(a, set()), new_members.get(b, set())),
                    _jaccard(
                        {k.casefold() for k in old_themes[a]["keywords"]},
                        {k.casefold() for k in new_themes[b]["keywords"]},
                    ),
                )
        match = {}
        if sim.size:
            rows, cols = linear_sum_assignment(-sim)
            match = {
                old_ids[r]: new_ids[c]
                for r, c in zip(rows, cols, strict=True)
                if sim[r, c] >= min_overlap
            }
        for t in (NO_ANSWER, OTHER):
            match[t] = t
        # themes the old base marked irrelevant (e.g. a workshop's "keine Antwort") stay so
        for old_t, new_t in match.items():
            if self.base["themes"].get(old_t, {}).get("irrelevant"):
                new.base["themes"].setdefault(
                    new_t, {"label": self.labels([old_t])[0], "keywords": []})["irrelevant"] = True
        answers = set(new.base["assignments"])
        report = []
        for op in self.operations:
            status, reason = "applied", ""
            kind = op["op"]
            try:
                if kind in ("rename", "irrelevant"):
                    if op["theme"] not in match:
                        status, reason = "skipped", f"Thema {op['theme']} nicht wiedergefunden"
                    elif kind == "rename":
                        new.rename(match[op["theme"]], op["label"])
                    else:
                        new.mark_irrelevant(match[op["theme"]], op["irrelevant"])
                elif kind == "merge":
                    found = [match[t] for t in op["themes"] if t in match]
                    if len(set(found)) < 2:
                        status, reason = "skipped", "zu wenige der Themen wiedergefunden"
                    else:
                        if len(found) < len(op["themes"]):
                            status, reason = "partial", "nicht alle Themen wiedergefunden"
                        new.merge(found, op["label"])
                        match[op["new"]] = new.last_new_ids()[0]
                elif kind == "split":
                    if op["theme"] not in match:
                        status, reason = "skipped", f"Thema {op['theme']} nicht wiedergefunden"
                    else:
                        target = match[op["theme"]]
                        current = new.assignments()
                        groups = [[] for _ in op["new"]]
                        index = {t: i for i, t in enumerate(op["new"])}
                        for a, t in op["assign"].items():
                            if a in answers and current.get(a) == target:
                                groups[index[t]].append(a)
                        if not any(groups):
                            status, reason = "skipped", "keine der Antworten mehr im Thema"
                        else:
                            if sum(map(len, groups)) < len(op["assign"]):
                                status, reason = "partial", "nicht alle Antworten wiedergefunden"
                            new.split(target, groups, labels=op["labels"],
                                      keywords=op.get("keywords"))
                            for old_t, new_t in zip(op["new"], new.last_new_ids(), strict=True):
                                match[old_t] = new_t
                elif kind == "move":
                    found = [a for a in _moved(op) if a in answers]
                    if not found:
                        status, reason = "skipped", "Antwort nicht mehr vorhanden"
                    elif op["theme"] not in match:
                        status, reason = "skipped", f"Thema {op['theme']} nicht wiedergefunden"
                    else:
                        if len(found) < len(_moved(op)):
                            status, reason = "partial", "nicht alle Antworten wiedergefunden"
                        new.move(found if "answers" in op else found[0], match[op["theme"]])
            except ThemeMapError as err:
                status, reason = "skipped", str(err)
            report.append(
                {"version": op["version"], "op": kind, "status": status, "reason": reason}
            )
        return new, pd.DataFrame(report, columns=["version", "op", "status", "reason"])

    # ------------------------------------------------------------------------------------
    # internals
    # ------------------------------------------------------------------------------------
    def _record(self, op):
        self.version += 1
        op["version"] = self.version
        self.operations.append(op)
        return self

    def _next_id(self):
        state = self._replay()
        return max([t for t in state["themes"] if t >= 0] + [-1]) + 1

    def _require(self, theme_id):
        state = self._replay()
        info = state["themes"].get(int(theme_id))
        if info is None:
            raise ThemeMapError(reason="themes_no_theme", theme=theme_id)
        if info["status"] in ("merged", "split"):
            raise ThemeMapError(reason="themes_theme_gone", theme=theme_id, status=info["status"])

    def _replay(self, assign=None):
        lang = self.base.get("language", "de")
        themes = {
            t: {"label": v["label"], "keywords": list(v["keywords"]),
                "status": "irrelevant" if v.get("irrelevant") else "active"}
            for t, v in self.base["themes"].items()
        }
        assign = dict(self.base["assignments"] if assign is None else assign)
        for t in set(assign.values()):
            if t not in themes:
                themes[t] = {
                    "label": special_label(t, lang) if t in (NO_ANSWER, OTHER) else str(t),
                    "keywords": [],
                    "status": "active",
                }
        for op in self.operations:
            kind = op["op"]
            if kind == "rename":
                themes[op["theme"]]["label"] = op["label"]
            elif kind == "irrelevant":
                themes[op["theme"]]["status"] = "irrelevant" if op["irrelevant"] else "active"
            elif kind == "merge":
                olds = set(op["themes"])
                keywords = list(
                    dict.fromkeys(k for t in op["themes"] for k in themes[t]["keywords"])
                )
                for t in olds:
                    themes[t]["status"] = "merged"
                themes[op["new"]] = {"label": op["label"], "keywords": keywords, "status": "active"}
                assign = {a: (op["new"] if t in olds else t) for a, t in assign.items()}
            elif kind == "split":
                themes[op["theme"]]["status"] = "split"
                for t, lab, kw in zip(op["new"], op["labels"], op["keywords"], strict=True):
                    themes[t] = {"label": lab, "keywords": list(kw), "status": "active"}
                first = op["new"][0]
                for a, t in assign.items():
                    if t == op["theme"]:
                        assign[a] = op["assign"].get(a, first)
            elif kind == "move":
                for answer in _moved(op):
                    if answer in assign:
                        assign[answer] = op["theme"]
        return {"themes": themes, "assign": assign}


def _key(answer_id):
    """JSON keys are strings: answer ids are stored as str (numpy ints included)."""
    if isinstance(answer_id, (np.integer,)):
        answer_id = int(answer_id)
    return str(answer_id)


def _moved(op):
    """Answers of a move operation (one ``answer`` or a list of ``answers``)."""
    return op["answers"] if "answers" in op else [op["answer"]]


def _members(assignments):
    out = {}
    for a, t in assignments.items():
        out.setdefault(t, set()).add(a)
    return out


def _jaccard(a, b):
    return len(a & b) / len(a | b) if (a or b) else 0.0
