"""The facilitator desk: curate themes (with undo), prepare, open and close voting rounds (Voila).

A view over :class:`~esslingen_lab.workshop.models.FacilitatorModel`: every action goes
through the model, which checks the desk secret again and logs it with the facilitator's name.
"""

from __future__ import annotations

import json
import threading

import ipywidgets as widgets

from esslingen_lab.i18n import Catalogue
from esslingen_lab.workshop import env as workshop_env
from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.i18n import TEXTS, reason_text
from esslingen_lab.workshop.models import DEFAULT_ACTOR, FacilitatorModel
from esslingen_lab.workshop.request import page_request
from esslingen_lab.workshop.store import MAX_ACTOR, MAX_DESCRIPTION, MAX_LABEL
from esslingen_lab.workshop.ui import (
    CallbackGuard,
    Poller,
    add_classes,
    escaped_html,
    failure_page,
    guarded,
    log,
    log_to_stderr,
    style,
    text_label,
)

#: Names of audit-log actions, for undo feedback and the log tab.
ACTIONS = Catalogue.from_pairs("workshop.desk", {
    "import_themes": ("Themen übernommen", "Themes imported"),
    "rename_theme": ("Umbenennen", "Rename"),
    "mark_irrelevant": ("Als irrelevant markieren", "Mark irrelevant"),
    "mark_relevant": ("Wieder relevant", "Relevant again"),
    "merge_themes": ("Zusammenführen", "Merge"),
    "move_answers": ("Antworten verschieben", "Move answers"),
    "split_theme": ("Abspalten", "Split off"),
    "undo": ("Rückgängig", "Undo"),
    "create_round": ("Runde vorbereitet", "Round prepared"),
    "shared_devices": ("Geräte-Einstellung", "Device setting"),
    "open_round": ("Runde geöffnet", "Round opened"),
    "close_round": ("Runde geschlossen", "Round closed"),
})


def action_name(action: str, language: str = "de") -> str:
    """Return the readable name of an audit-log action (the action itself if unknown)."""
    return ACTIONS.get_text(action, language, action)


_STEPS = ("<b>So geht's:</b> ① Im Reiter <b>Themen</b> die gefundenen Themen prüfen: ähnliche "
          "ankreuzen und zusammenführen, umbenennen, Unpassendes als irrelevant markieren. "
          "② Im Reiter <b>Abstimmung</b> eine Runde vorbereiten und öffnen — die Teilnehmenden "
          "stimmen dann auf ihren Handys ab. ③ Den Ergebnis-Link auf dem Beamer zeigen.")


class FacilitatorApp(widgets.VBox):
    """Facilitator desk: curate themes (with undo), prepare, open and close voting rounds.

    Parameters
    ----------
    model : FacilitatorModel
        Authorised facilitator model.
    title : str
        Workshop title.
    survey : str, default=''
        Path of the survey.yml to fit themes on.
    theme_model : str, default=''
        Path of a saved ThemeModel to offer for loading.
    links : dict, default=None
        Participant link, code and results link to show.
    auto_fit : bool, default=True
        When the workshop has no themes yet, compute them for the survey's first question
        in the background, so the facilitator sees themes without a first click.
    poll : bool, default=True
        Refresh the rounds' ballot counts every few seconds.
    seed : int, default=None
        Seed of the theme fit (``workshop start --seed``); the report's default when None.
    """

    def __init__(self, model: FacilitatorModel, *, title: str, survey: str = "",
                 theme_model: str = "", links: dict | None = None, auto_fit: bool = True,
                 poll: bool = True, seed: int | None = None):
        super().__init__()
        add_classes(self, "el-app", "el-facilitator")
        self.model = model
        self.survey = survey
        self.seed = seed
        self.links = links or {}
        self.message = text_label("", "el-message", "el-toast")
        self.info = text_label("", "el-info", "el-toast")
        self.guard = CallbackGuard(self._show_error, lambda: "de")
        self.actor = add_classes(widgets.Text(value=model.actor, description="Ihr Name",
                                              placeholder="für das Protokoll"), "el-actor")
        self.actor.observe(self.guard(self._set_actor), names="value")
        self.selected_theme = None
        self._confirm_refit = False
        self._round_choice = {}
        self._rounds_seen = None
        # -- import (folded away: the first question is computed automatically)
        wide = widgets.Layout(width="auto", min_width="420px")
        self.question = add_classes(widgets.Dropdown(description="Frage", options=self._questions(),
                                                     layout=wide), "el-question")
        self.n_themes = add_classes(widgets.BoundedIntText(
            value=8, min=2, max=30, description="Anzahl Themen",
            style={"description_width": "initial"}, layout=widgets.Layout(width="200px")),
            "el-n-themes")
        fit = add_classes(widgets.Button(description="Themen berechnen", icon="refresh"), "el-fit")
        fit.on_click(self.guard(self._fit))
        self.model_path = add_classes(widgets.Text(value=theme_model, placeholder="Pfad zu einem "
                                                   "gespeicherten ThemeModel", layout=wide),
                                      "el-model-path")
        load = add_classes(widgets.Button(description="Modell laden"), "el-load-model")
        load.on_click(self.guard(self._load))
        import_box = widgets.VBox([
            text_label("Die Antworten sind geschwärzt. Achtung: Neu berechnen ersetzt die "
                       "aktuellen Themen samt Bearbeitung.", "el-hint"),
            widgets.HBox([self.question, self.n_themes, fit]),
            widgets.HBox([self.model_path, load])])
        self.import_panel = add_classes(widgets.Accordion(children=[import_box]), "el-import")
        self.import_panel.set_title(0, "Andere Frage oder Themenanzahl: Themen neu berechnen")
        self.import_panel.selected_index = None if model.themes() or not survey else 0
        # -- curation
        self.theme_list = add_classes(widgets.VBox(), "el-theme-list")
        self.detail = add_classes(widgets.VBox(), "el-theme-detail")
        self.merge_label = add_classes(widgets.Text(placeholder="Name für das zusammengeführte "
                                                    "Thema (optional)",
                                                    layout=widgets.Layout(width="340px")),
                                       "el-merge-label")
        merge = add_classes(widgets.Button(description="Angekreuzte zusammenführen",
                                           icon="compress"), "el-merge")
        merge.on_click(self.guard(self._merge))
        undo = add_classes(widgets.Button(description="Rückgängig", icon="undo"), "el-undo")
        undo.on_click(self.guard(self._undo))
        self.audit = add_classes(widgets.VBox(), "el-audit")
        self.theme_summary = text_label("", "el-theme-summary", "el-hint")
        curation = widgets.VBox([
            self.import_panel, widgets.HTML("<h3>Themen</h3>"), self.theme_summary,
            text_label("Ähnliche Themen ankreuzen und zusammenführen; „Antworten zeigen“ öffnet "
                       "ein Thema zum Umbenennen, Aufteilen oder Aussortieren. Jeder Schritt lässt "
                       "sich rückgängig machen.", "el-hint"),
            widgets.HBox([self.merge_label, merge, undo]), self.theme_list])
        # -- rounds
        self.round_title = add_classes(widgets.Text(value="Was sollen wir zuerst angehen?",
                                                    description="Frage an die Teilnehmenden",
                                                    style={"description_width": "initial"},
                                                    layout=widgets.Layout(width="95%")),
                                       "el-round-title-input")
        self.round_themes = add_classes(widgets.VBox(), "el-round-themes")
        self.measures = add_classes(widgets.Textarea(
            placeholder="Eine pro Zeile, z. B.\nWLAN im Rathaus: kostenlos für alle",
            layout=widgets.Layout(width="95%", height="90px")), "el-measures")
        small = {"style": {"description_width": "initial"},
                 "layout": widgets.Layout(width="240px")}
        self.dots = add_classes(widgets.BoundedIntText(value=5, min=1, max=100,
                                                       description="Punkte pro Person", **small),
                                "el-dots")
        self.max_per_item = add_classes(widgets.BoundedIntText(
            value=3, min=1, max=100, description="höchstens pro Vorschlag", **small),
            "el-max-per-item")
        create = add_classes(widgets.Button(description="Runde vorbereiten", icon="check",
                                            button_style="primary",
                                            layout=widgets.Layout(align_self="flex-start")),
                             "el-create-round")
        create.on_click(self.guard(self._create_round))
        self.round_list = add_classes(widgets.VBox(), "el-round-list")
        # no identities: a person who clears cookies can join twice; the count lets the
        # facilitator compare joined devices with the people in the room
        self.devices = text_label("", "el-devices", "el-hint")
        self.shared = add_classes(widgets.Checkbox(
            value=model.store.shared_devices(), indent=False,
            description="Ein Gerät für mehrere Personen (z. B. ein Tablet am Eingang): nach "
                        "jeder Stimmabgabe kann die nächste Person beitreten",
            layout=widgets.Layout(width="95%")), "el-shared-devices")
        self.shared.observe(self.guard(lambda change: self.model.set_shared_devices(
            change["new"])), names="value")
        voting = widgets.VBox([
            self._links_box(), self.devices, self.shared, widgets.HTML("<h3>Runden</h3>"),
            self.round_list,
            widgets.HTML("<h3>Neue Abstimmungsrunde</h3>"), self.round_title,
            text_label("Themen als Vorschläge (alle relevanten sind vorausgewählt):"),
            self.round_themes,
            text_label("Eigene Vorschläge (optional), einer pro Zeile als „Titel: kurze "
                       "Beschreibung“:"), self.measures,
            widgets.HBox([self.dots, self.max_per_item]), create])
        self.tabs = widgets.Tab(children=[curation, voting, self.audit])
        for index, name in enumerate(["① Themen", "② Abstimmung", "Protokoll"]):
            self.tabs.set_title(index, name)
        self.tabs.observe(lambda _c: self._clear(), names="selected_index")
        self.children = [style(), escaped_html("<h2>{t} — Moderation</h2>", "el-title",
                                                   t=title),
                         add_classes(widgets.HTML(_STEPS), "el-steps"), self.actor, self.tabs,
                         self.message, self.info]
        self.refresh()
        if auto_fit and survey and self.question.options and not model.themes():
            self.info.value = (f"Themen für die Frage „{self.question.label}“ werden "
                               "berechnet … (etwa 10–30 Sekunden)")
            threading.Thread(target=self.guard(self._auto_fit), daemon=True).start()
        self.poller = Poller(self._tick, seconds=5.0) if poll else None

    def _links_box(self):
        if not self.links:
            return widgets.VBox()
        link = ('<div class="el-link">{what}: <a href="{url}" target="_blank">{url}</a>'
                '</div>')
        return add_classes(widgets.VBox([
            escaped_html('<div>Workshop-Code für die Teilnehmenden: <span class="el-code-big">'
                  '{code}</span></div>', "el-code-display", code=self.links.get("code", "")),
            escaped_html(link, "el-participant-url",
                         what="Teilnahme-Link (auch als QR-Code auf der Ergebnisseite)",
                         url=self.links.get("participant", "")),
            escaped_html(link, "el-results-url", what="Ergebnisse für den Beamer",
                  url=self.links.get("results", ""))]), "el-card")

    def _questions(self):
        if not self.survey:
            return []
        try:
            from esslingen_lab.surveys.spec import load_spec

            questions = load_spec(self.survey).questions
            return [(f"{v or k} ({k})"[:100], k) for k, v in questions.items()]
        except Exception as error:  # noqa: BLE001 - a broken spec only disables fitting
            log.warning("survey questions unavailable: %s", type(error).__name__)
            return []

    def _clear(self):
        self.message.value = ""
        self.info.value = ""

    def _show_error(self, message):
        self.info.value = ""
        self.message.value = message

    def _done(self, message):
        self.message.value = ""
        self.info.value = message
        self.refresh()

    # -- refresh
    def refresh(self):
        """Rebuild theme list, round list and audit log from the store."""
        themes = self.model.themes()
        ids = {t["id"] for t in themes}
        if self.selected_theme not in ids:
            self.selected_theme = None
        relevant = [t for t in themes if not t["irrelevant"]]
        summary = f"{len(themes)} Themen, {sum(t['size'] for t in themes)} Antworten"
        if len(relevant) < len(themes):
            hidden = len(themes) - len(relevant)
            noun = "Thema" if hidden == 1 else "Themen"
            summary += f", davon {hidden} {noun} als irrelevant markiert"
        self.theme_summary.value = (summary + "." if themes else
                                    "Noch keine Themen. Oben eine Frage wählen und „Themen "
                                    "berechnen“.")
        self._theme_checks = {}
        self.theme_list.children = [self._theme_row(theme) for theme in themes]
        self._render_detail(themes)
        self._round_checks = {}
        checks = []
        for theme in relevant:
            check = add_classes(widgets.Checkbox(
                value=self._round_choice.get(theme["id"], True), indent=False,
                description=f"{theme['label'][:70]} ({theme['size']} Antworten)",
                layout=widgets.Layout(width="95%")),
                "el-round-theme", f"el-round-theme-{theme['id']}")
            check.observe(lambda c, i=theme["id"]: self._round_choice.__setitem__(i, c["new"]),
                          names="value")
            self._round_checks[theme["id"]] = check
            checks.append(check)
        self.round_themes.children = checks
        self._render_rounds()
        self.audit.children = [
            text_label(f"#{e['id']} {e['at']} · {e['actor']} · {action_name(e['action'])}"
                       f"{' (rückgängig gemacht)' if e['undone_by'] else ''} · "
                       f"{json.dumps(e['details'], ensure_ascii=False)[:160]}", "el-audit-row")
            for e in reversed(self.model.audit_log())] or [
            text_label("Noch keine Einträge.", "el-hint")]

    def _theme_row(self, theme):
        theme_id = theme["id"]
        selected = theme_id == self.selected_theme
        check = add_classes(widgets.Checkbox(value=False, indent=False,
                                             layout=widgets.Layout(width="32px")),
                            "el-theme-check", f"el-theme-check-{theme_id}")
        self._theme_checks[theme_id] = check
        show = add_classes(widgets.Button(description="Schließen" if selected
                                          else "Antworten zeigen"),
                           "el-theme-show", f"el-theme-show-{theme_id}")
        show.on_click(self.guard(lambda _b: self._select(theme_id)))
        flag = " · irrelevant" if theme["irrelevant"] else ""
        lines = [widgets.HBox([text_label(theme["label"], "el-theme-label"),
                               text_label(f"· {theme['size']} Antworten{flag}", "el-theme-size")]),
                 text_label(f"Stichworte: {theme['keywords']}", "el-theme-keywords")]
        quote = self.model.quotes(theme_id, n=1)
        if quote:
            lines.append(text_label(f"„{quote[0]['text'][:200]}“", "el-theme-quote"))
        show.layout = widgets.Layout(flex="0 0 auto")
        top = widgets.HBox([check, widgets.VBox(lines, layout=widgets.Layout(flex="1 1 0%",
                                                                             min_width="0")),
                            show])
        row = add_classes(widgets.VBox([top, self.detail] if selected else [top]),
                          "el-theme", f"el-theme-{theme_id}")
        if selected:
            row.add_class("el-theme-selected")
        if theme["irrelevant"]:
            row.add_class("el-theme-irrelevant")
        return row

    def _render_detail(self, themes):
        theme = next((t for t in themes if t["id"] == self.selected_theme), None)
        if theme is None:
            self.detail.children = []
            return
        answers = self.model.answers(theme["id"])
        self.rename_text = add_classes(widgets.Text(value=theme["label"],
                                                    layout=widgets.Layout(width="340px")),
                                       "el-rename-text")
        rename = add_classes(widgets.Button(description="Umbenennen", icon="pencil"), "el-rename")
        rename.on_click(self.guard(self._rename))
        irrelevant = add_classes(widgets.Button(
            description="Wieder relevant" if theme["irrelevant"] else "Als irrelevant markieren"),
            "el-irrelevant")
        irrelevant.on_click(self.guard(lambda _b: self._irrelevant(not theme["irrelevant"])))
        # SelectMultiple shows options as plain text: answers cannot inject markup.
        self.answer_select = add_classes(widgets.SelectMultiple(
            options=[(a["text"][:160], a["id"]) for a in answers], rows=min(10, len(answers) or 1),
            layout=widgets.Layout(width="98%")), "el-answers")
        self.split_label = add_classes(widgets.Text(placeholder="Name des neuen Themas",
                                                    layout=widgets.Layout(width="340px")),
                                       "el-split-label")
        split = add_classes(widgets.Button(description="Markierte abspalten"), "el-split")
        split.on_click(self.guard(self._split))
        others = [(t["label"][:60], t["id"]) for t in themes if t["id"] != theme["id"]]
        self.move_target = add_classes(widgets.Dropdown(options=others, description="nach",
                                                        layout=widgets.Layout(width="340px")),
                                       "el-move-target")
        move = add_classes(widgets.Button(description="Markierte verschieben"), "el-move")
        move.on_click(self.guard(self._move))
        quotes = [text_label(f"„{a['text']}“", "el-quote") for a in answers[:5]]
        self.detail.children = [
            widgets.HBox([self.rename_text, rename, irrelevant]),
            text_label("Typische Antworten (geschwärzt):", "el-hint"), *quotes,
            text_label(f"Alle {len(answers)} Antworten — markieren (Strg/Cmd-Klick für mehrere), "
                       "dann abspalten oder zu einem anderen Thema verschieben:", "el-hint"),
            self.answer_select, widgets.HBox([self.split_label, split]),
            widgets.HBox([self.move_target, move])]

    def _render_rounds(self):
        self.devices.value = (f"Beigetreten: {self.model.store.participant_count()} Geräte — "
                              "mit der Zahl der Personen im Raum vergleichen (wer Cookies "
                              "löscht, kann ein zweites Mal beitreten).")
        rows = []
        rounds = self.model.rounds()
        for rnd in rounds:
            res = self.model.results(rnd["id"])
            if rnd["status"] != "open":
                b = add_classes(widgets.Button(
                    description="Öffnen" if rnd["status"] == "draft" else "Wieder öffnen",
                    button_style="success", icon="play"),
                    "el-open-round", f"el-open-round-{rnd['id']}")
                b.on_click(self.guard(lambda _b, r=rnd["id"]: self._open(r)))
            else:
                b = add_classes(widgets.Button(description="Schließen", button_style="danger",
                                               icon="stop"),
                                "el-close-round", f"el-close-round-{rnd['id']}")
                b.on_click(self.guard(lambda _b, r=rnd["id"]: self._close(r)))
            row = add_classes(widgets.HBox([
                escaped_html("<b>#{id} {title}</b> · {status}<br>{n} Vorschläge · {ballots} "
                             "Stimmzettel abgegeben", "el-round-label", id=rnd["id"],
                             title=rnd["title"], status=TEXTS.text("status_" + rnd["status"]),
                             n=len(res["items"]), ballots=res["ballots"]), b]),
                "el-round", f"el-round-{rnd['id']}")
            if rnd["status"] == "open":
                row.add_class("el-round-open")
            rows.append(row)
        self.round_list.children = rows or [
            text_label("Noch keine Runde. Unten eine vorbereiten, dann hier öffnen.", "el-hint")]

    def _tick(self):
        """Follow ballots coming in: re-render the round list when counts changed."""
        with self.guard.lock:
            seen = [(r["id"], r["status"], self.model.results(r["id"])["ballots"])
                    for r in self.model.rounds()] + [self.model.store.participant_count()]
            if seen != self._rounds_seen:
                self._rounds_seen = seen
                self._render_rounds()

    # -- callbacks
    def _set_actor(self, change):
        self.model.actor = str(change["new"])[:MAX_ACTOR] or DEFAULT_ACTOR

    def _select(self, theme_id):
        self._clear()
        self.selected_theme = None if self.selected_theme == theme_id else theme_id
        self.refresh()

    def _checked(self):
        return [i for i, c in self._theme_checks.items() if c.value]

    def _auto_fit(self):
        n = self.model.fit_themes(self.survey, self.question.value,
                                  n_themes=self.n_themes.value, random_state=self.seed)
        self._done(f"{n} Themen für „{self.question.label}“ berechnet. Prüfen Sie sie jetzt; "
                   "eine andere Frage wählen Sie oben unter „Themen neu berechnen“.")

    def _fit(self, _b=None):
        if not self.survey or not self.question.value:
            self._show_error("Für diesen Workshop ist keine Befragung hinterlegt "
                             "(beim Start SURVEY.yml angeben).")
            return
        themes = self.model.themes()
        if themes and not self._confirm_refit:
            self._confirm_refit = True
            self._show_error(f"Das ersetzt die {len(themes)} aktuellen Themen samt "
                             "Bearbeitung. Zum Bestätigen noch einmal „Themen berechnen“ "
                             "klicken.")
            return
        self._confirm_refit = False
        self.message.value = ""
        self.info.value = "Themen werden berechnet … (etwa 10–30 Sekunden)"
        n = self.model.fit_themes(self.survey, self.question.value, n_themes=self.n_themes.value,
                                  random_state=self.seed)
        self.selected_theme = None
        self._done(f"{n} Themen für „{self.question.label}“ berechnet.")

    def _load(self, _b=None):
        if not self.survey or not self.question.value or not self.model_path.value.strip():
            self._show_error("Bitte eine Frage wählen und den Pfad zum gespeicherten "
                             "ThemeModel eingeben.")
            return
        n = self.model.load_themes(self.model_path.value.strip(), self.survey,
                                   self.question.value)
        self._done(f"{n} Themen aus dem Modell übernommen.")

    def _merge(self, _b=None):
        chosen = self._checked()
        if len(chosen) < 2:
            self._show_error("Bitte mindestens zwei Themen ankreuzen (Kästchen links), dann "
                             "„Angekreuzte zusammenführen“.")
            return
        names = {t["id"]: t["label"] for t in self.model.themes()}
        target = self.model.merge(chosen, self.merge_label.value[:MAX_LABEL] or None)
        self.merge_label.value = ""
        self.selected_theme = None
        merged = next(t for t in self.model.themes() if t["id"] == target)
        self._done(f"{len(chosen)} Themen zusammengeführt ("
                   + ", ".join(f"„{names[i]}“" for i in chosen)
                   + f") → „{merged['label']}“ mit {merged['size']} Antworten. "
                   "„Rückgängig“ nimmt das zurück.")

    def _undo(self, _b=None):
        entry = self.model.undo()
        self._done(f"Rückgängig gemacht: {action_name(entry['action'])} "
                   f"(Protokoll #{entry['id']}).")

    def _rename(self, _b=None):
        old = next((t["label"] for t in self.model.themes()
                    if t["id"] == self.selected_theme), "")
        self.model.rename(self.selected_theme, self.rename_text.value[:MAX_LABEL + 1])
        self._done(f"„{old}“ heißt jetzt „{self.rename_text.value.strip()[:MAX_LABEL]}“.")

    def _irrelevant(self, flag):
        self.model.mark_irrelevant(self.selected_theme, flag)
        self._done("Thema als irrelevant markiert: Es wird nicht zur Abstimmung angeboten."
                   if flag else "Thema ist wieder relevant.")

    def _split(self, _b=None):
        chosen = list(self.answer_select.value)
        if not chosen:
            self._show_error("Bitte zuerst in der Liste die Antworten markieren, die ein "
                             "eigenes Thema werden sollen.")
            return
        if not self.split_label.value.strip():
            self._show_error("Bitte einen Namen für das neue Thema eingeben.")
            return
        new = self.model.split(self.selected_theme, chosen,
                               self.split_label.value[:MAX_LABEL + 1])
        self.selected_theme = new
        self._done(f"{len(chosen)} Antworten als neues Thema "
                   f"„{self.split_label.value.strip()[:MAX_LABEL]}“ abgespalten.")

    def _move(self, _b=None):
        chosen = list(self.answer_select.value)
        if not chosen or self.move_target.value is None:
            self._show_error("Bitte zuerst Antworten markieren und ein Ziel-Thema wählen.")
            return
        self.model.move(chosen, self.move_target.value)
        self._done(f"{len(chosen)} Antworten nach „{self.move_target.label}“ verschoben.")

    def _create_round(self, _b=None):
        chosen = [i for i, c in self._round_checks.items() if c.value]
        if not chosen and not self.measures.value.strip():
            self._show_error("Bitte Themen ankreuzen oder eigene Vorschläge eintragen.")
            return
        round_id = self.model.prepare_round(
            self.round_title.value[:MAX_LABEL + 1], theme_ids=chosen,
            measures=self.measures.value[:(MAX_LABEL + MAX_DESCRIPTION + 2) * 40],
            dots_per_participant=self.dots.value, max_per_item=self.max_per_item.value)
        self.measures.value = ""
        self._done(f"Runde #{round_id} vorbereitet. Oben unter „Runden“ auf „Öffnen“ klicken, "
                   "dann sehen die Teilnehmenden die Vorschläge.")

    def _open(self, round_id):
        self.model.open_round(round_id)
        self._done(f"Runde #{round_id} ist offen: Die Handys zeigen die Vorschläge in wenigen "
                   "Sekunden.")

    def _close(self, round_id):
        self.model.close_round(round_id)
        self._done(f"Runde #{round_id} ist geschlossen; die Stimmen stehen fest.")


@guarded
def facilitator_app() -> widgets.Widget:
    """Build the facilitator page from the request (``?secret=...``)."""
    log_to_stderr()
    params, store = page_request()
    try:
        model = FacilitatorModel(store, params.get("secret", ""))
    except WorkshopError:
        return failure_page(reason_text(Reason.NOT_AUTHORISED, "de"))
    return FacilitatorApp(model, title=store.meta().get("title", ""),
                          survey=workshop_env.survey_path(),
                          theme_model=workshop_env.theme_model_path(),
                          links=workshop_env.links(), seed=workshop_env.seed())
