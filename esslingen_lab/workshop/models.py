"""Plain models behind the workshop apps: participant ballot, facilitator desk, results.

No widget imports here: the views (:mod:`.desk`, :mod:`.projector`) call these classes, and
tests drive them directly without a browser. Heavy libraries (pandas, scikit-learn) load only
when themes are fitted, never in a participant's kernel.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from esslingen_lab.defaults import DEFAULT_N_THEMES, DEFAULT_SEED
from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.store import (
    MAX_DESCRIPTION,
    MAX_ITEMS,
    MAX_LABEL,
    WorkshopStore,
    clean_text,
)

#: Shown instead of a facilitator's name when none is given.
DEFAULT_ACTOR = "Moderation"


class ParticipantModel:
    """One participant's view of the workshop: join, spend dots, rate, submit.

    Parameters
    ----------
    store : WorkshopStore
        The workshop.
    language : {'de', 'en'}, default='de'
        Language of messages.

    Attributes
    ----------
    token : str or None
        Anonymous participant token after :meth:`join` or :meth:`resume`.
    round : dict or None
        The current round with its items, after :meth:`refresh`.
    allocation : dict
        ``{item_id: {"dots": int, "impact": int or None, "effort": int or None}}`` being edited.
    saved_version : int
        Version of the last stored ballot (0 = nothing stored yet).
    dirty : bool
        The allocation differs from what was last stored.
    """

    def __init__(self, store: WorkshopStore, *, language: str = "de"):
        self.store = store
        self.language = language
        self.token = None
        self.round = None
        self.allocation = {}
        self.saved_version = 0
        self.saved_at = None
        self.dirty = False

    # -------------------------------------------------------------- joining
    def join(self, code: str) -> str:
        """Join with the workshop code; returns the new anonymous token."""
        self.token = self.store.join(code)
        self.refresh()
        return self.token

    def resume(self, token: str) -> None:
        """Continue with a token from an earlier visit (raises ``INVALID_TOKEN``)."""
        self.store.participant_id(token)
        self.token = token
        self.refresh()

    # -------------------------------------------------------------- round state
    @property
    def status(self) -> str:
        """Return 'waiting' (no round open yet), 'open' or 'closed'."""
        if self.round is None or self.round["status"] == "draft":
            return "waiting"
        return self.round["status"]

    def refresh(self) -> bool:
        """Reload the current round; returns True when what the participant sees changed."""
        current = self.store.current_round()
        if current is not None and current["status"] == "draft":
            current = None
        old = self.round
        changed = (old is None) != (current is None) or (
            current is not None and (old["id"], old["status"]) != (current["id"],
                                                                    current["status"]))
        if current is not None and (old is None or old["id"] != current["id"]):
            self.round = current
            self.allocation = {i["id"]: {"dots": 0, "impact": None, "effort": None}
                               for i in current["items"]}
            stored = self.store.ballot(self.token, current["id"]) if self.token else {}
            for item_id, entry in stored.items():
                self.allocation[item_id] = dict(entry)
            self.saved_version = 1 if stored else 0
            self.dirty = False
        else:
            self.round = current
        return changed

    @property
    def items(self) -> list[dict]:
        """Items of the current round (empty while waiting)."""
        return [] if self.round is None else self.round["items"]

    @property
    def total_dots(self) -> int:
        """Dots each participant has in this round."""
        return 0 if self.round is None else self.round["dots_per_participant"]

    @property
    def max_per_item(self) -> int:
        """Most dots one item can take from one participant."""
        return 0 if self.round is None else self.round["max_per_item"]

    @property
    def remaining(self) -> int:
        """Dots not spent yet."""
        return self.total_dots - sum(e["dots"] for e in self.allocation.values())

    def dots(self, item_id: int) -> int:
        """Dots currently on one item."""
        return self.allocation[item_id]["dots"]

    def can_add(self, item_id: int) -> bool:
        """Tell whether one more dot fits on the item."""
        return (self.status == "open" and self.remaining > 0
                and self.dots(item_id) < self.max_per_item)

    def can_remove(self, item_id: int) -> bool:
        """Tell whether the item has a dot to take back."""
        return self.status == "open" and self.dots(item_id) > 0

    def add_dot(self, item_id: int) -> bool:
        """Put one more dot on an item if it fits; returns whether it did."""
        if not self.can_add(item_id):
            return False
        self.allocation[item_id]["dots"] += 1
        self.dirty = True
        return True

    def remove_dot(self, item_id: int) -> bool:
        """Take one dot back from an item; returns whether there was one."""
        if not self.can_remove(item_id):
            return False
        self.allocation[item_id]["dots"] -= 1
        self.dirty = True
        return True

    def set_rating(self, item_id: int, kind: str, value) -> None:
        """Rate an item's ``'impact'`` or ``'effort'`` from 1 to 5 (None clears it)."""
        if kind not in ("impact", "effort"):
            raise WorkshopError(Reason.INVALID_VALUE, "Unknown rating.")
        if value is not None and int(value) not in range(1, 6):
            raise WorkshopError(Reason.INVALID_RATING, "Ratings go from 1 to 5.")
        new = None if value is None else int(value)
        if self.allocation[item_id][kind] != new:
            self.allocation[item_id][kind] = new
            self.dirty = True

    def submit(self) -> int:
        """Store the ballot (replacing an earlier one); returns its version.

        Raises
        ------
        WorkshopError
            E.g. ``ROUND_CLOSED`` when the facilitator closed the round meanwhile; the
            round is reloaded so the view can show it.
        """
        if self.round is None:
            raise WorkshopError(Reason.NO_OPEN_ROUND, "No voting round is open.")
        try:
            self.saved_version = self.store.submit_ballot(self.token, self.round["id"],
                                                          self.allocation)
        except WorkshopError as error:
            if error.reason in (Reason.ROUND_CLOSED, Reason.NO_OPEN_ROUND):
                self.refresh()
            raise
        self.saved_at = datetime.now().strftime("%H:%M:%S")
        self.dirty = False
        return self.saved_version


def parse_measures(text: str) -> list[dict]:
    r"""Turn typed measures, one per line, into round items.

    A line ``Titel: kurze Beschreibung`` (or with `` - `` / `` – ``) gives a title and a
    description; blank lines are skipped.

    Examples
    --------
    >>> parse_measures("WLAN im Rathaus: schnell\nE-Akte")
    [{'title': 'WLAN im Rathaus', 'description': 'schnell'}, {'title': 'E-Akte', 'description': ''}]
    """
    items = []
    for line in str(text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        match = re.match(r"^(.*?)(?::|\s[-–—]\s)(.*)$", line)
        title, description = (match.group(1), match.group(2)) if match else (line, "")
        items.append({"title": clean_text(title, limit=MAX_LABEL, what="Measure title"),
                      "description": clean_text(description, limit=MAX_DESCRIPTION,
                                                what="Measure description", allow_empty=True)})
    return items


def themes_for_import(model, texts, labels=None) -> list[dict]:
    """Convert a fitted ThemeModel and the texts it labelled into the store's import format.

    Parameters
    ----------
    model : ThemeModel
        Fitted (or loaded with :meth:`ThemeModel.load`).
    texts : pandas.DataFrame
        The long table from ``Survey.texts(question)``: ``respondent_id``, ``question``,
        ``text`` (redacted), in the order of ``labels``.
    labels : sequence of int, default=None
        Theme id per row of ``texts`` (``model.predict`` for a saved model); the fit's
        ``model.labels_`` when None.

    Returns
    -------
    list of dict
        Themes with ``label``, ``keywords``, ``source_theme`` (the model's theme id),
        ``irrelevant`` (True for the model's "keine Antwort"/"Sonstiges") and ``answers``.
    """
    from esslingen_lab.themes.model import special_label

    labels = [int(x) for x in (model.labels_ if labels is None else labels)]
    if len(labels) != len(texts):
        raise WorkshopError(Reason.INVALID_VALUE,
                            "The theme model was fitted on other texts than the survey's.")
    out = {}
    for row in model.themes_.itertuples():
        # The model's -1 ("keine Antwort") and -2 ("Sonstiges") are no themes to vote on:
        # they arrive marked irrelevant, and the facilitator can switch them back.
        out[int(row.id)] = {"label": str(row.label)[:MAX_LABEL], "keywords": list(row.keywords),
                            "source_theme": int(row.id), "irrelevant": int(row.id) < 0,
                            "answers": [], "quotes": set(row.quotes or ())}
    for label, answer in zip(labels, texts.itertuples(), strict=True):
        if label not in out:  # a saved model can give new texts a special theme it never had
            out[label] = {"label": special_label(label, model.language), "keywords": [],
                          "source_theme": label, "irrelevant": True, "answers": [],
                          "quotes": set()}
        out[label]["answers"].append({"respondent": str(answer.respondent_id),
                                      "question": str(answer.question), "text": str(answer.text),
                                      "weight": float(answer.text in out[label]["quotes"])})
    return [{k: v for k, v in theme.items() if k != "quotes"} for theme in out.values()]


class FacilitatorModel:
    """The facilitator's desk: curate themes, prepare and run voting rounds.

    Every action goes through the store, which writes it to the audit log with the
    facilitator's name.

    Parameters
    ----------
    store : WorkshopStore
        The workshop.
    secret : str
        The facilitator secret printed by ``esslingen-lab workshop start``.
    actor : str, default='Moderation'
        Name recorded in the audit log.

    Raises
    ------
    WorkshopError
        ``NOT_AUTHORISED`` when the secret is wrong.
    """

    def __init__(self, store: WorkshopStore, secret: str, *, actor: str = DEFAULT_ACTOR):
        if not store.check_secret(secret):
            raise WorkshopError(Reason.NOT_AUTHORISED, "The facilitator secret is not valid.")
        self.store = store
        self.actor = actor
        self._secret = secret

    def _authorised(self) -> None:
        """Check the secret again before each change (it is rotated by every server start)."""
        if not self.store.check_secret(self._secret):
            raise WorkshopError(Reason.NOT_AUTHORISED, "The facilitator secret is not valid.")

    @property
    def actor(self) -> str:
        """Name written to the audit log."""
        return self._actor

    @actor.setter
    def actor(self, value: str) -> None:
        self._actor = clean_text(value or DEFAULT_ACTOR, limit=60, what="Name")

    # -------------------------------------------------------------- themes
    def fit_themes(self, survey_path, question: str, *, n_themes: int = DEFAULT_N_THEMES,
                   random_state: int | None = None) -> int:
        """Fit the themes of ``question`` as the report does and import them.

        Goes through :func:`esslingen_lab.themes.question.fit_question`, the one fit path,
        with :data:`esslingen_lab.defaults.DEFAULT_SEED` unless ``random_state`` is given,
        so the room sees the report's themes. Question, seed and number of themes are
        recorded with the themes (audit log and the workshop's ThemeMap).

        Returns
        -------
        int
            Number of themes imported.
        """
        self._authorised()
        from esslingen_lab.surveys import load_survey
        from esslingen_lab.themes.question import fit_question

        survey = load_survey(survey_path, redact=True)
        texts = survey.texts(question).reset_index(drop=True)
        if texts.empty:
            raise WorkshopError(Reason.INVALID_VALUE, "This question has no answers.")
        seed = DEFAULT_SEED if random_state is None else int(random_state)
        # no bootstrap stability: the room is waiting, the desk does not show it, and it
        # does not change which answer belongs to which theme
        model = fit_question(survey, question, int(n_themes), seed=seed, stability=False)
        themes = themes_for_import(model, texts)
        self.store.import_themes(themes, actor=self.actor, question=question,
                                 fit={"seed": seed, "n_themes": int(n_themes),
                                      "survey": Path(survey_path).name})
        return len(themes)

    def load_themes(self, model_path, survey_path, question: str) -> int:
        """Assign the survey's answers to ``question`` with a saved ThemeModel and import them.

        The model is read with :meth:`ThemeModel.load` and assigns the answers with
        :meth:`ThemeModel.predict`; its themes (labels, keywords, quotes) are shown as saved.
        """
        self._authorised()
        from esslingen_lab.surveys import load_survey
        from esslingen_lab.themes import ThemeModel

        model = ThemeModel.load(model_path)
        texts = load_survey(survey_path, redact=True).texts(question).reset_index(drop=True)
        if texts.empty:
            raise WorkshopError(Reason.INVALID_VALUE, "This question has no answers.")
        themes = themes_for_import(model, texts, labels=model.predict(texts["text"].tolist()))
        self.store.import_themes(themes, actor=self.actor, question=question,
                                 fit={"model": str(model_path), "seed": model.random_state})
        return len(themes)

    def themes(self) -> list[dict]:
        """Themes with label, keywords, size and irrelevant flag."""
        return self.store.themes()

    def quotes(self, theme_id: int, n: int = 5) -> list[dict]:
        """Up to ``n`` redacted answers of a theme, most representative first.

        Typical answers may reach a projector: answers with a privacy risk at or above
        the review threshold (:func:`esslingen_lab.privacy.review.risk_score`; any answer
        redaction changed) are left out; they stay in :meth:`answers` for curation. The
        answers are read in order until ``n`` safe ones are found.
        """
        from esslingen_lab.privacy.review import REVIEW_THRESHOLD, risk_score

        safe = []
        for answer in self.store.answers(theme_id):
            if len(safe) >= n:
                break
            if risk_score(answer["text"]) < REVIEW_THRESHOLD:
                safe.append(answer)
        return safe

    def answers(self, theme_id: int) -> list[dict]:
        """All redacted answers of a theme."""
        return self.store.answers(theme_id)

    def rename(self, theme_id: int, label: str) -> None:
        """Rename a theme."""
        self._authorised()
        self.store.rename_theme(theme_id, label, actor=self.actor)

    def merge(self, theme_ids, label: str | None = None) -> int:
        """Merge themes into the first; returns its id."""
        self._authorised()
        return self.store.merge_themes(theme_ids, actor=self.actor, label=label or None)

    def split(self, theme_id: int, answer_ids, label: str) -> int:
        """Split chosen answers off into a new theme; returns its id."""
        self._authorised()
        return self.store.split_theme(theme_id, answer_ids, label, actor=self.actor)

    def move(self, answer_ids, theme_id: int) -> None:
        """Move answers to another theme."""
        self._authorised()
        self.store.move_answers(answer_ids, theme_id, actor=self.actor)

    def mark_irrelevant(self, theme_id: int, irrelevant: bool = True) -> None:
        """Mark a theme as irrelevant (it is left out of voting rounds) or relevant again."""
        self._authorised()
        self.store.set_irrelevant(theme_id, irrelevant, actor=self.actor)

    def undo(self) -> dict:
        """Undo the latest curation action; returns the log entry undone."""
        self._authorised()
        return self.store.undo(actor=self.actor)

    def audit_log(self) -> list[dict]:
        """All actions, oldest first."""
        return self.store.audit_log()

    # -------------------------------------------------------------- rounds
    def prepare_round(self, title: str, *, theme_ids=(), measures: str = "",
                      dots_per_participant: int = 5, max_per_item: int = 3) -> int:
        """Prepare a round from chosen themes and/or typed measures; returns the round id.

        Theme items get the theme label as title and its top keywords as description.
        """
        self._authorised()
        by_id = {t["id"]: t for t in self.store.themes()}
        items = []
        for theme_id in theme_ids:
            theme = by_id.get(int(theme_id))
            if theme is None:
                raise WorkshopError(Reason.NOT_FOUND, "A chosen theme no longer exists.")
            keywords = ", ".join(theme["keywords"].split(", ")[:6])
            items.append({"title": theme["label"], "theme_id": theme["id"],
                          "description": keywords[:MAX_DESCRIPTION]})
        items += parse_measures(measures)
        if len(items) > MAX_ITEMS:
            raise WorkshopError(Reason.INVALID_VALUE,
                                f"A round can have at most {MAX_ITEMS} items.")
        return self.store.create_round(title, items, dots_per_participant=dots_per_participant,
                                       max_per_item=max_per_item, actor=self.actor)

    def rounds(self) -> list[dict]:
        """All rounds, newest first."""
        return self.store.rounds()

    def open_round(self, round_id: int) -> None:
        """Open a round for voting (closing any other open round)."""
        self._authorised()
        self.store.open_round(round_id, actor=self.actor)

    def close_round(self, round_id: int) -> None:
        """Close a round: ballots can no longer change."""
        self._authorised()
        self.store.close_round(round_id, actor=self.actor)

    def set_shared_devices(self, shared: bool) -> None:
        """Let one device (e.g. a tablet at the door) vote for several people in turn."""
        self._authorised()
        self.store.set_shared_devices(shared, actor=self.actor)

    def results(self, round_id: int) -> dict:
        """Return the aggregated results of a round."""
        return self.store.results(round_id)


class ResultsModel:
    """Aggregated, anonymous results for the projector.

    Parameters
    ----------
    store : WorkshopStore
        The workshop.
    key : str
        The results key (or the facilitator secret).

    Raises
    ------
    WorkshopError
        ``NOT_AUTHORISED`` when the key is wrong.
    """

    def __init__(self, store: WorkshopStore, key: str):
        if not (store.check_results_key(key) or store.check_secret(key)):
            raise WorkshopError(Reason.NOT_AUTHORISED, "The results key is not valid.")
        self.store = store

    def snapshot(self) -> dict | None:
        """Results of the open (else latest) round, or None when no round exists."""
        current = self.store.current_round()
        return None if current is None else self.store.results(current["id"])

    @staticmethod
    def matrix_points(results: dict) -> list[dict]:
        """Items with both mean impact and mean effort, for the impact/effort matrix."""
        return [{"rank": i["rank"], "title": i["title"], "impact": i["impact_mean"],
                 "effort": i["effort_mean"], "dots": i["dots"]}
                for i in results["items"]
                if i["impact_mean"] is not None and i["effort_mean"] is not None]
