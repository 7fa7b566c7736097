"""Coding app: code one redacted answer at a time in JupyterLab or Voila.

:class:`CodingSession` holds all state and logic without widget imports (testable without a
browser); :class:`CodingApp` is the ipywidgets view on top of it.
"""

from __future__ import annotations

import html
import os
from urllib.parse import parse_qs

from esslingen_lab.coding.codebook import Codebook
from esslingen_lab.coding.store import CodingError, CodingStore, parse_codes
from esslingen_lab.errors import EsslingenLabError
from esslingen_lab.i18n import Catalogue

__all__ = ["CodingSession", "CodingApp", "SHORTCUTS", "TEXTS", "coder_from_link"]

#: Keyboard shortcuts typed into the app's shortcut field (German and English keys).
SHORTCUTS = {
    "w": "save", "n": "save", "\n": "save",
    "s": "skip",
    "z": "back", "b": "back",
    "v": "accept", "a": "accept",
}

TEXTS = Catalogue("coding.app", {
    "de": {
        "coder": "Kodierer/in", "save": "Speichern & weiter (w)", "skip": "Überspringen (s)",
        "back": "Zurück (z)", "accept": "Vorschlag übernehmen (v)",
        "suggest": "Vorschläge berechnen", "memo": "Memo", "keys": "Tastatur",
        "keys_help": "Hier klicken und tippen: 1–9, 0 = Code an/aus · w = speichern & weiter · "
                     "s = überspringen · z = zurück · v = Vorschlag übernehmen",
        "hotkeys": "Tastenkürzel: Maus auf die Antwort, dann 1–9, 0 = Code an/aus · "
                   "w oder Enter = speichern & weiter · s = überspringen · z = zurück · "
                   "v = Vorschlag übernehmen",
        "done": "Fertig – alle Antworten sind kodiert.", "no_coder": "Bitte zuerst Ihren Namen "
        "eintragen.", "saved": "Gespeichert.", "progress": "{done} von {total} kodiert",
        "suggestion": "Vorschlag des Modells: {codes} (Sicherheit {confidence:.0%})",
        "no_suggestion": "", "suggested": "{n} Vorschläge berechnet; unsichere Antworten "
        "kommen zuerst.", "answer": "Antwort {answer_id}",
    },
    "en": {
        "coder": "Coder", "save": "Save & next (n)", "skip": "Skip (s)", "back": "Back (b)",
        "accept": "Accept suggestion (a)", "suggest": "Compute suggestions", "memo": "Memo",
        "keys": "Keys",
        "keys_help": "Click here and type: 1–9, 0 = toggle code · n = save & next · "
                     "s = skip · b = back · a = accept suggestion",
        "hotkeys": "Shortcuts: mouse on the answer, then 1–9, 0 = toggle code · "
                   "n or Enter = save & next · s = skip · b = back · a = accept suggestion",
        "done": "Done – every answer is coded.", "no_coder": "Please enter your name first.",
        "saved": "Saved.", "progress": "{done} of {total} coded",
        "suggestion": "Model suggests: {codes} (confidence {confidence:.0%})",
        "no_suggestion": "", "suggested": "{n} suggestions computed; uncertain answers "
        "come first.", "answer": "Answer {answer_id}",
    },
})


def coder_from_link(default: str = "") -> str:
    """Return the coder named in the page's link (``…/?coder=anna``) under Voila.

    Personal links (``esslingen-lab coding start --coders anna,ben``) spare coders typing
    their name on every visit — and the typos that would split one coder's codings under
    two names. Outside Voila (no ``QUERY_STRING``), or without ``coder``, ``default``.
    """
    values = parse_qs(os.environ.get("QUERY_STRING", ""), max_num_fields=10).get("coder", [])
    name = " ".join(values[0].split())[:100] if values else ""
    return name or default


class CodingSession:
    """State of one coder working through the answers of a :class:`CodingStore`.

    Parameters
    ----------
    store : CodingStore
        Holds the answers (redacted texts), the codebook and the codings.
    coder : str, default=""
        Name or id of the coder; saving is refused while empty.
    codebook : Codebook, default=None
        The store's codebook when None.
    language : {"de", "en"}, default="de"
    redact : bool, default=True
        Redact each text again before showing it (``esslingen_lab.privacy.redact_text``),
        in case unredacted answers were added to the store.

    Attributes
    ----------
    selected : set of str
        Codes chosen for the current answer.
    memo : str
    message : str
        Last status or error message for the coder.
    suggestions : dict
        answer_id → (codes tuple, confidence), from :meth:`compute_suggestions`.

    Examples
    --------
    >>> from esslingen_lab.coding import CodingStore, load_codebook, example_codebook_path
    >>> store = CodingStore(":memory:", codebook=load_codebook(example_codebook_path()))
    >>> store.add_answers(["a1", "a2"], ["Kein Termin frei", "WLAN fehlt"])
    2
    >>> session = CodingSession(store, coder="anna")
    >>> session.toggle("termine"); session.save()
    True
    >>> session.current_id, session.progress
    ('a2', (1, 2))
    """

    def __init__(self, store: CodingStore, *, coder: str = "", codebook: Codebook | None = None,
                 language: str = "de", redact: bool = True):
        self.store = store
        self.codebook = codebook or store.codebook
        if self.codebook is None:
            raise CodingError(reason="coding_store_no_codebook")
        self.language = language if language in TEXTS else "de"
        self.redact = redact
        answers = store.answers()
        self._ids = answers["answer_id"].tolist()
        self._texts = dict(zip(answers["answer_id"], answers["text"], strict=True))
        self._order = list(self._ids)
        self.suggestions = {}
        self.selected = set()
        self.memo = ""
        self.message = ""
        self._skipped = set()
        self._history = []
        self._coder = ""
        self._pos = None
        self.coder = coder

    # -- text helpers ----------------------------------------------------------------------
    def t(self, key, **kw) -> str:
        """UI text in the session's language."""
        return TEXTS.text(key, self.language, **kw)

    @property
    def codes(self) -> list[str]:
        """Code names in codebook order."""
        return self.codebook.code_names

    @property
    def key_map(self) -> dict[str, str]:
        """Digit → code: 1–9 for the first nine codes, 0 for the tenth."""
        keys = [str(k) for k in range(1, 10)] + ["0"]
        return dict(zip(keys, self.codes, strict=False))

    # -- coder -----------------------------------------------------------------------------
    @property
    def coder(self) -> str:
        """Current coder; changing it jumps to that coder's first uncoded answer."""
        return self._coder

    @coder.setter
    def coder(self, value):
        self._coder = (value or "").strip()
        self._skipped.clear()
        self._history.clear()
        self._go(self._next_open(start=0))

    def _coded(self) -> set:
        return self.store.coded_ids(self._coder) if self._coder else set()

    # -- navigation ------------------------------------------------------------------------
    @property
    def current_id(self) -> str | None:
        """Id of the answer shown now, or None when everything is coded."""
        return None if self._pos is None else self._order[self._pos]

    @property
    def current_text(self) -> str:
        """The current answer's text, redacted (plain text; the view escapes it)."""
        if self.current_id is None:
            return ""
        text = self._texts[self.current_id]
        if self.redact:
            from esslingen_lab.privacy import redact_text

            text = redact_text(text)
        return text

    @property
    def done(self) -> bool:
        """True when no uncoded answer is left for this coder."""
        return self._pos is None

    @property
    def progress(self) -> tuple[int, int]:
        """(answers this coder has coded, all answers)."""
        return len(self._coded() & set(self._ids)), len(self._ids)

    @property
    def suggestion(self):
        """(codes, confidence) the model suggests for the current answer, or None."""
        return self.suggestions.get(self.current_id)

    def _next_open(self, start):
        coded = self._coded()
        n = len(self._order)
        for pos in range(start, n):
            answer_id = self._order[pos]
            if answer_id not in coded and answer_id not in self._skipped:
                return pos
        # Everything else is coded: come back to the skipped answers.
        for pos in range(n):
            answer_id = self._order[pos]
            if answer_id not in coded:
                self._skipped.discard(answer_id)
                return pos
        return None

    def _go(self, pos):
        self._pos = pos
        self.selected, self.memo = set(), ""
        if pos is None:
            self.message = self.t("done") if self._ids else ""
            return
        if self._coder:
            mine = self.store.codings(self._coder)
            row = mine[mine["answer_id"] == self.current_id]
            if len(row):  # revisiting a coded answer: show what was chosen
                self.selected = set(row["codes"].iloc[0])
                self.memo = row["memo"].iloc[0]

    def toggle(self, code: str) -> None:
        """Choose or un-choose ``code`` for the current answer."""
        if code not in self.codes:
            raise CodingError(reason="coding_import_unknown_code", code=code)
        self.selected ^= {code}

    def select(self, codes) -> None:
        """Replace the chosen codes."""
        codes = set(parse_codes(codes))
        self.codebook.check_codes(codes)
        self.selected = codes

    def save(self) -> bool:
        """Store the current coding and move on; False (with ``message``) if refused."""
        if self.current_id is None:
            return False
        try:
            self.store.save_coding(self._coder, self.current_id, sorted(self.selected),
                                   memo=self.memo, codebook_version=self.codebook.version)
        except EsslingenLabError as exc:
            self.message = (self.t("no_coder") if not self._coder
                            else exc.describe(self.language))
            return False
        self._history.append(self._pos)
        self._go(self._next_open(start=self._pos + 1))
        if not self.done:
            self.message = self.t("saved")
        return True

    def skip(self) -> None:
        """Leave the current answer uncoded for now; it comes back at the end."""
        if self.current_id is None:
            return
        self._skipped.add(self.current_id)
        self._history.append(self._pos)
        self._go(self._next_open(start=self._pos + 1))
        self.message = ""

    def back(self) -> None:
        """Return to the previously shown answer (its saved codes are shown)."""
        if self._history:
            pos = self._history.pop()
            self._skipped.discard(self._order[pos])
            self._go(pos)
            self.message = ""

    def accept(self) -> None:
        """Take over the model's suggested codes for the current answer."""
        if self.suggestion is not None:
            self.selected = set(self.suggestion[0])

    def handle_keys(self, typed: str) -> None:
        """Apply keyboard shortcuts typed into the app (see :data:`SHORTCUTS`)."""
        for key in typed.lower():
            if key in self.key_map:
                self.toggle(self.key_map[key])
            elif SHORTCUTS.get(key) == "save":
                self.save()
            elif SHORTCUTS.get(key) == "skip":
                self.skip()
            elif SHORTCUTS.get(key) == "back":
                self.back()
            elif SHORTCUTS.get(key) == "accept":
                self.accept()

    # -- suggestions -----------------------------------------------------------------------
    def compute_suggestions(self, *, n=50, random_share=0.2, random_state=0, estimator=None):
        """Train on all coders' codings and put the answers most worth coding first.

        Codings of all coders are used (the latest per answer, see
        :meth:`CodingStore.training_data`). Suggested codes for every
        open answer are shown for accepting or correcting.

        Returns
        -------
        int
            Number of answers moved to the front.
        """
        from esslingen_lab.coding.active import CodeClassifier, suggest

        codings = self.store.training_data()
        codings = codings[codings["answer_id"].isin(self._texts)]
        labels = list(codings["label"])
        texts = [self._texts[a] for a in codings["answer_id"]]
        open_ids = [a for a in self._ids if a not in set(codings["answer_id"])]
        if not open_ids:
            return 0
        estimator = estimator or CodeClassifier(self.codebook.language,
                                                random_state=random_state)
        picks = suggest(texts, labels, [self._texts[a] for a in open_ids], n=n,
                        random_share=random_share, estimator=estimator,
                        random_state=random_state)
        model = estimator.fit(texts, labels)
        frame = model.predict_frame([self._texts[a] for a in open_ids])
        self.suggestions = {
            a: (parse_codes(p), float(c))
            for a, p, c in zip(open_ids, frame["predicted"], frame["confidence"], strict=True)
        }
        front = [open_ids[p] for p in picks["position"]]
        self._order = front + [a for a in self._ids if a not in set(front)]
        self._history.clear()
        self._go(self._next_open(start=0))
        self.message = self.t("suggested", n=len(front))
        return len(front)


class CodingApp:
    """ipywidgets view of a :class:`CodingSession` (use ``CodingApp(...).widget``).

    The answer text is always HTML-escaped: a response is data, never markup.

    Parameters
    ----------
    session : CodingSession

    Examples
    --------
    In a notebook::

        store = CodingStore("codings.sqlite", codebook=load_codebook("codebook.yml"))
        CodingApp(CodingSession(store)).widget
    """

    def __init__(self, session: CodingSession):
        import ipywidgets as w

        self.session = s = session
        self._syncing = False
        self.coder = w.Text(value=s.coder, description=s.t("coder"), continuous_update=False)
        self.progress = w.IntProgress(min=0, max=max(1, s.progress[1]))
        self.progress_label = w.Label()
        self.answer_label = w.Label()
        self.answer = w.HTML()
        self.suggestion = w.Label()
        self.toggles = []
        for _k, code in enumerate(s.codebook.codes):
            key = next((key for key, c in s.key_map.items() if c == code.name), "")
            prefix = f"{key} " if key else ""
            indent = "↳ " if code.parent else ""
            button = w.ToggleButton(description=f"{prefix}{indent}{code.display}",
                                    tooltip=code.definition, layout=w.Layout(width="auto"))
            button.observe(self._on_toggle(code.name), "value")
            self.toggles.append(button)
        self.memo = w.Textarea(description=s.t("memo"), layout=w.Layout(width="100%"))
        self.keys = w.Text(description=s.t("keys"), placeholder=s.t("keys_help"),
                           continuous_update=True, layout=w.Layout(width="100%"))
        # width "auto": the labels are sentences and must not be cut off
        buttons = {name: w.Button(description=s.t(name), layout=w.Layout(width="auto"))
                   for name in ("save", "skip", "back", "accept", "suggest")}
        buttons["save"].button_style = "primary"
        self.message = w.Label()
        self.help = w.HTML(self._codebook_html())

        self.coder.observe(lambda change: self._act(lambda: setattr(s, "coder", change.new)),
                           "value")
        self.memo.observe(self._on_memo, "value")
        self.keys.observe(self._on_keys, "value")
        buttons["save"].on_click(lambda _: self._act(s.save))
        buttons["skip"].on_click(lambda _: self._act(s.skip))
        buttons["back"].on_click(lambda _: self._act(s.back))
        buttons["accept"].on_click(lambda _: self._act(s.accept))
        buttons["suggest"].on_click(lambda _: self._act(s.compute_suggestions))
        self.buttons = buttons
        # The answer and the code buttons listen for shortcuts while the mouse is over them
        # (ipyevents); the memo is outside, so typing a memo never triggers a shortcut. The
        # field "Tastatur" stays for devices without a mouse.
        self.coding_area = w.VBox([
            self.answer_label, self.answer, self.suggestion,
            w.Box(self.toggles, layout=w.Layout(flex_flow="row wrap")),
            w.HTML(f"<small>{html.escape(s.t('hotkeys'))}</small>"),
        ])
        self.key_events = self._watch_keys(self.coding_area)
        self.widget = w.VBox([
            w.HBox([self.coder, self.progress, self.progress_label]),
            self.coding_area,
            self.memo, w.HBox(list(buttons.values())), self.keys, self.message,
            w.Accordion(children=[self.help], titles=("Codebook",)),
        ])
        self.refresh()

    def _watch_keys(self, area):
        try:
            from ipyevents import Event
        except ImportError:  # the shortcut field still works
            return None
        events = Event(source=area, watched_events=["keydown"],
                       ignore_modifier_key_events=True)
        events.on_dom_event(self._on_key_event)
        return events

    def _on_key_event(self, event):
        """Handle one key pressed over the coding area (an ipyevents ``keydown`` event)."""
        if any(event.get(m) for m in ("ctrlKey", "altKey", "metaKey")):
            return  # leave browser shortcuts such as Ctrl+C alone
        key = "\n" if event.get("key") == "Enter" else event.get("key", "")
        if len(key) == 1:
            self._act(lambda: self.session.handle_keys(key))

    def _codebook_html(self) -> str:
        rows = []
        for code in self.session.codebook.codes:
            rows.append(f"<li><b>{html.escape(code.display)}</b>: "
                        f"{html.escape(code.definition)}</li>")
        return "<ul>" + "".join(rows) + "</ul>"

    def _act(self, action):
        if self._syncing:
            return
        try:
            action()
        except EsslingenLabError as exc:
            self.session.message = exc.render(self.session.language)
        self.refresh()

    def _on_toggle(self, code):
        def handler(change):
            if not self._syncing:
                chosen = code in self.session.selected
                if change.new != chosen:
                    self.session.toggle(code)
        return handler

    def _on_memo(self, change):
        if not self._syncing:
            self.session.memo = change.new

    def _on_keys(self, change):
        if self._syncing or not change.new:
            return
        self._act(lambda: self.session.handle_keys(change.new))
        self._syncing = True
        self.keys.value = ""
        self._syncing = False

    def refresh(self) -> None:
        """Copy the session state into the widgets."""
        s = self.session
        self._syncing = True
        try:
            done, total = s.progress
            self.progress.max = max(1, total)
            self.progress.value = done
            self.progress_label.value = s.t("progress", done=done, total=total)
            self.answer_label.value = ("" if s.current_id is None
                                       else s.t("answer", answer_id=s.current_id))
            # Escaped: an answer such as "<b>x</b>" is shown as typed, never rendered.
            self.answer.value = (
                "<div style='font-size:1.3em;white-space:pre-wrap;padding:0.5em;"
                "border-left:4px solid #888'>" + html.escape(s.current_text) + "</div>"
            )
            suggestion = s.suggestion
            self.suggestion.value = "" if suggestion is None else s.t(
                "suggestion", codes=", ".join(suggestion[0]), confidence=suggestion[1])
            for button, code in zip(self.toggles, s.codes, strict=True):
                button.value = code in s.selected
                button.disabled = s.done
            self.memo.value = s.memo
            self.message.value = s.message
        finally:
            self._syncing = False
