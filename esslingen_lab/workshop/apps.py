"""ipywidgets views of the workshop: participant ballot, facilitator desk, projector results.

Each view is a ``VBox`` over a plain model from :mod:`.models`; the notebooks in
``notebooks/workshop/`` only call :func:`participant_app`, :func:`facilitator_app` or
:func:`results_app`. Respondent and participant text is always shown escaped.
"""

from __future__ import annotations

import functools
import html
import io
import json
import logging
import os
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qs

import ipywidgets as widgets

from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.i18n import LANGUAGES, reason_text, text
from esslingen_lab.workshop.models import (
    DEFAULT_ACTOR,
    FacilitatorModel,
    ParticipantModel,
    ResultsModel,
)
from esslingen_lab.workshop.store import (
    MAX_ACTOR,
    MAX_CODE_INPUT,
    MAX_DESCRIPTION,
    MAX_LABEL,
    WorkshopStore,
    workshop_db_path,
)

log = logging.getLogger("esslingen_lab.workshop")

#: Environment variables set by ``esslingen-lab workshop start`` for every kernel.
ENV_DB = "ESSLINGEN_LAB_WORKSHOP_DB"
ENV_DIR = "ESSLINGEN_LAB_WORKSHOP_DIR"
ENV_SURVEY = "ESSLINGEN_LAB_SURVEY"
ENV_THEME_MODEL = "ESSLINGEN_LAB_THEME_MODEL"
ENV_LINKS = "ESSLINGEN_LAB_WORKSHOP_LINKS"

#: Seconds between refreshes of the participant (round state) and results pages.
POLL_SECONDS = 3.0

# Phone-friendly sizes; ipywidgets' defaults are made for desktop notebooks.
_CSS = """<style>
.el-app { max-width: 760px; margin: 0 auto; font-size: 17px; }
.el-app .widget-button, .el-app .widget-toggle-button { height: 40px; font-size: 17px; }
.el-item { border: 1px solid #ccc; border-radius: 8px; padding: 8px; margin: 6px 0; }
.el-dot-count { font-size: 22px; min-width: 2.5em; text-align: center; }
.el-message { color: #a00000; font-weight: bold; white-space: normal; }
.el-status { white-space: normal; }
.el-results-row { border-bottom: 1px solid #ddd; padding: 2px 0; }
.el-results-title { font-size: 20px; }
.el-results-dots { font-size: 20px; font-weight: bold; }
.el-audit-row { font-family: monospace; font-size: 13px; }
.el-app .widget-label { white-space: normal; height: auto; }
</style>"""


# ---------------------------------------------------------------------- request context
def wait_for_request() -> None:
    """Block a pre-heated kernel until Voila hands it a page request (then env is set).

    Same protocol as ``voila.utils.wait_for_request`` — one message on
    ``<base>voila/query/<kernel id>`` — but without importing jupyter_server, which adds
    ~47 MiB to every participant kernel. Falls back to Voila's helper if that fails.
    """
    if os.environ.get("VOILA_PREHEAT", "False") == "False":
        return
    try:
        from websockets.sync.client import connect

        protocol = os.environ.get("VOILA_WS_PROTOCOL", "ws")
        host = os.environ.get("VOILA_APP_IP", "127.0.0.1")
        port = os.environ.get("VOILA_APP_PORT", "8866")
        base = os.environ.get("VOILA_WS_BASE_URL", os.environ.get("VOILA_SERVER_URL", "/"))
        url = f"{protocol}://{host}:{port}{base}voila/query/{os.environ['VOILA_KERNEL_ID']}"
        # No ping timeout: the kernel may wait in the pool for a long time.
        with connect(url, open_timeout=10, ping_interval=None, max_size=2**20) as socket:
            info = json.loads(socket.recv())
        os.environ.update({str(k): str(v) for k, v in info.items()})
    except Exception as error:  # noqa: BLE001 - any failure: let Voila's own helper try
        log.warning("light request wait failed (%s); using voila.utils", type(error).__name__)
        from voila.utils import wait_for_request as voila_wait

        voila_wait()


def _query() -> dict:
    values = parse_qs(os.environ.get("QUERY_STRING", ""), max_num_fields=10)
    return {k: v[0][:200] for k, v in values.items() if v}


def _open_store(query: dict) -> WorkshopStore:
    path = os.environ.get(ENV_DB)
    if not path:
        name = query.get("workshop", "")
        path = workshop_db_path(name, os.environ.get(ENV_DIR, "outputs/workshops"))
    return WorkshopStore(path)


def _language(query: dict, store: WorkshopStore | None = None) -> str:
    lang = query.get("lang", "")
    if lang in LANGUAGES:
        return lang
    if store is not None:
        lang = store.meta().get("language", "de")
    return lang if lang in LANGUAGES else "de"


def _links() -> dict:
    try:
        return json.loads(os.environ.get(ENV_LINKS, "{}"))
    except ValueError:
        return {}


def _classes(widget, *names):
    for name in names:
        widget.add_class(name)
    return widget


def _label(value, *classes) -> widgets.Label:
    # Label renders its value as text, so respondent text can never become markup.
    return _classes(widgets.Label(value=str(value)), *classes)


def _html(template: str, *classes, **values) -> widgets.HTML:
    """HTML widget whose substituted values are escaped (the template is ours)."""
    escaped = {k: html.escape(str(v), quote=True) for k, v in values.items()}
    return _classes(widgets.HTML(value=template.format(**escaped)), *classes)


def _failure(message: str) -> widgets.VBox:
    return _classes(widgets.VBox([widgets.HTML(_CSS), _label(message, "el-message")]),
                    "el-app")


def _guarded(app):
    """Run an app factory; show a friendly message instead of any traceback."""

    @functools.wraps(app)
    def wrapper(*args, **kwargs):
        try:
            return app(*args, **kwargs)
        except WorkshopError as error:
            return _failure(reason_text(error.reason, kwargs.get("language", "de")))
        except Exception as error:  # noqa: BLE001 - users must never see a traceback
            log.error("workshop app failed: %s", type(error).__name__)
            return _failure(text("error"))

    return wrapper


class _Guard:
    """Wrap widget callbacks: refused actions become messages, crashes a generic one."""

    def __init__(self, show, language):
        self.show = show
        self.language = language
        self.lock = threading.RLock()

    def __call__(self, callback):
        @functools.wraps(callback)
        def wrapper(*args, **kwargs):
            with self.lock:
                try:
                    return callback(*args, **kwargs)
                except WorkshopError as error:
                    self.show(reason_text(error.reason, self.language()))
                except Exception as error:  # noqa: BLE001 - no traceback for users
                    log.error("workshop callback failed: %s", type(error).__name__)
                    self.show(text("error", self.language()))

        return wrapper


class _Poller:
    """Call ``tick`` every few seconds in a daemon thread until the page's kernel ends."""

    def __init__(self, tick, seconds: float = POLL_SECONDS):
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(tick, seconds), daemon=True)
        self._thread.start()

    def _run(self, tick, seconds):
        while not self._stop.wait(seconds):
            try:
                tick()
            except Exception as error:  # noqa: BLE001 - keep polling; the store may be busy
                log.warning("refresh failed: %s", type(error).__name__)

    def stop(self):
        """Stop polling."""
        self._stop.set()


# ---------------------------------------------------------------------- participant
class ParticipantApp(widgets.VBox):
    """Phone-friendly ballot: join with the code, spend dots, rate impact and effort.

    Parameters
    ----------
    model : ParticipantModel
        The participant's state.
    title : str
        Workshop title (escaped).
    code : str, default=''
        Workshop code from the link (pre-filled).
    token : str, default=''
        Token from a personal link: continue without joining again.
    poll : bool, default=True
        Refresh the round state every few seconds.
    """

    def __init__(self, model: ParticipantModel, *, title: str, code: str = "", token: str = "",
                 poll: bool = True):
        super().__init__()
        _classes(self, "el-app", "el-participant")
        self.model = model
        self.title = title
        self.message = _label("", "el-message")
        self.guard = _Guard(self._show_message, lambda: self.model.language)
        self.code = _classes(widgets.Text(value=code[:MAX_CODE_INPUT]), "el-code")
        self.body = widgets.VBox()
        self._item_widgets = {}
        if token:
            self.guard(self.model.resume)(token)
        self.render()
        self.poller = _Poller(self.guard(self.tick)) if poll else None

    # -- helpers
    def t(self, key, **values):
        """Text in the participant's language."""
        return text(key, self.model.language, **values)

    def _show_message(self, message: str):
        self.message.value = message

    def render(self):
        """Rebuild the page from the model."""
        lang = _classes(widgets.Button(description=self.t("switch_language")), "el-lang")
        lang.on_click(self.guard(self._switch_language))
        header = widgets.HBox([_html("<h2>{title}</h2>", "el-title", title=self.title), lang])
        if self.model.token is None:
            self.body.children = self._join_view()
        elif self.model.status == "waiting":
            self.body.children = [_label(self.t("waiting"), "el-waiting")]
        elif self.model.status == "closed":
            self.body.children = [_label(self.t("closed"), "el-closed")]
        else:
            self.body.children = self._ballot_view()
        self.children = [widgets.HTML(_CSS), header, self.message, self.body]

    def _join_view(self):
        self.code.placeholder = self.t("code_placeholder")
        join = _classes(widgets.Button(description=self.t("join"), button_style="primary"),
                        "el-join")
        join.on_click(self.guard(self._join))
        return [_label(self.t("join_title")), widgets.HBox([self.code, join])]

    def _ballot_view(self):
        m = self.model
        rows = [_html("<h3>{title}</h3>", "el-round-title", title=m.round["title"]),
                _label(self.t("max_per_item", n=m.max_per_item), "el-hint"),
                _label("", "el-remaining")]
        self._remaining = rows[-1]
        self._item_widgets = {}
        for item in m.items:
            rows.append(self._item_card(item))
        self.submit_button = _classes(
            widgets.Button(description=self.t("update" if m.saved_version else "submit"),
                           button_style="success"), "el-submit")
        self.submit_button.on_click(self.guard(self._submit))
        self.status = _label("", "el-status")
        link = ""
        if m.token:
            link = ('<span class="el-resume-hint">{hint}</span> '
                    '<a class="el-resume" href="?token={token}" target="_self">{label}</a>')
        rows += [self.submit_button, self.status,
                 _html(link, "el-resume-box", hint=self.t("resume_hint"), token=m.token or "",
                       label=self.t("resume_link"))]
        self._update_counts()
        return rows

    def _item_card(self, item):
        m = self.model
        item_id = item["id"]
        minus = _classes(widgets.Button(description="−", layout=widgets.Layout(width="48px")),
                         "el-dot-minus")
        plus = _classes(widgets.Button(description="+", layout=widgets.Layout(width="48px")),
                        "el-dot-plus")
        count = _label("0", "el-dot-count")
        minus.on_click(self.guard(lambda _b: self._change(item_id, -1)))
        plus.on_click(self.guard(lambda _b: self._change(item_id, +1)))
        ratings = []
        for kind in ("impact", "effort"):
            toggle = _classes(widgets.ToggleButtons(
                options=[(str(v), v) for v in range(1, 6)],
                value=m.allocation[item_id][kind], style={"button_width": "40px"}),
                f"el-{kind}")
            toggle.observe(self.guard(lambda change, k=kind: self._rate(item_id, k, change)),
                           names="value")
            ratings.append(widgets.HBox([_label(self.t(kind), "el-rating-label"), toggle]))
        card = widgets.VBox([
            _html("<b>{title}</b>", "el-item-title", title=item["title"]),
            _label(item["description"], "el-item-desc"),
            widgets.HBox([minus, count, plus, _label(self.t("dots"))]),
            *ratings, _label(self.t("rating_hint"), "el-hint")])
        self._item_widgets[item_id] = (minus, count, plus)
        return _classes(card, "el-item", f"el-item-{item_id}")

    def _update_counts(self):
        m = self.model
        for item_id, (minus, count, plus) in self._item_widgets.items():
            count.value = str(m.dots(item_id))
            minus.disabled = not m.can_remove(item_id)
            plus.disabled = not m.can_add(item_id)
        self._remaining.value = self.t("remaining", n=m.remaining, total=m.total_dots)
        if m.dirty:
            self.status.value = self.t("unsaved")

    # -- callbacks
    def _switch_language(self, _button=None):
        self.model.language = "en" if self.model.language == "de" else "de"
        self.message.value = ""
        self.render()

    def _join(self, _widget=None):
        self.message.value = ""
        self.model.join(self.code.value)
        self.render()

    def _change(self, item_id, step):
        self.message.value = ""
        (self.model.add_dot if step > 0 else self.model.remove_dot)(item_id)
        self._update_counts()

    def _rate(self, item_id, kind, change):
        self.model.set_rating(item_id, kind, change["new"])
        self._update_counts()

    def _submit(self, _button=None):
        self.message.value = ""
        try:
            self.model.submit()
        except WorkshopError:
            if self.model.status != "open":
                self.render()
            raise
        self.submit_button.description = self.t("update")
        self.status.value = self.t("saved", time=self.model.saved_at)

    def tick(self):
        """Poll the store; rebuild when a round opened, closed or changed."""
        if self.model.token is not None and self.model.refresh():
            self.render()


@_guarded
def participant_app(*, language: str | None = None, poll: bool = True) -> widgets.Widget:
    """Build the participant page from the request (``?code=`` or ``?token=``, ``&lang=en``).

    Parameters
    ----------
    language : {'de', 'en'}, default=None
        Override the language; else the link's ``lang`` or the workshop default.
    poll : bool, default=True
        Refresh the round state every few seconds.

    Returns
    -------
    ipywidgets.Widget
        The app, or a friendly message when the workshop cannot be opened.
    """
    wait_for_request()
    query = _query()
    store = _open_store(query)
    model = ParticipantModel(store, language=language or _language(query, store))
    return ParticipantApp(model, title=store.meta().get("title", ""), code=query.get("code", ""),
                          token=query.get("token", ""), poll=poll)


# ---------------------------------------------------------------------- results
class ResultsApp(widgets.VBox):
    """Projector page: live ranking by dots, impact/effort matrix, participation count.

    Parameters
    ----------
    model : ResultsModel
        Aggregated results.
    title : str
        Workshop title.
    language : {'de', 'en'}, default='de'
        Language of the page.
    poll : bool, default=True
        Refresh every few seconds.
    """

    def __init__(self, model: ResultsModel, *, title: str, language: str = "de",
                 poll: bool = True):
        super().__init__()
        _classes(self, "el-app", "el-results")
        self.model = model
        self.language = language
        self.title = title
        self._last = None
        self.header = _html("<h2>{title} — {results}</h2>", "el-title", title=title,
                            results=text("results_title", language))
        self.status = _label("", "el-round-status")
        self.participation = _label("", "el-participation")
        self.ranking = _classes(widgets.VBox(), "el-ranking")
        self.matrix = _classes(widgets.VBox(), "el-matrix")
        self.children = [widgets.HTML(_CSS), self.header, self.status, self.participation,
                         self.ranking, self.matrix]
        self.refresh()
        self.poller = _Poller(self.refresh) if poll else None

    def refresh(self):
        """Re-read the results; rebuild only what changed (no flicker on the projector)."""
        snap = self.model.snapshot()
        if snap == self._last:
            return
        self._last = snap
        t = functools.partial(text, language=self.language)
        if snap is None:
            self.status.value = t("no_round")
            self.participation.value = ""
            self.ranking.children = ()
            self.matrix.children = ()
            return
        rnd = snap["round"]
        self.status.value = f"{rnd['title']} · {t('status_' + rnd['status'])}"
        self.participation.value = t("participation", ballots=snap["ballots"],
                                     participants=snap["participants"], dots=snap["dots_cast"])
        top = max([i["dots"] for i in snap["items"]] + [1])
        rows = []
        for item in snap["items"]:
            bar = widgets.HTML(
                f'<div style="background:#2a7ab0;height:18px;'
                f'width:{int(300 * item["dots"] / top)}px"></div>')
            row = widgets.HBox([_label(f"{item['rank']}.", "el-results-rank"),
                                _label(item["title"], "el-results-title"),
                                _label(str(item["dots"]), "el-results-dots"), bar])
            rows.append(_classes(row, "el-results-row", f"el-results-row-{item['id']}"))
        self.ranking.children = rows
        self.matrix.children = self._matrix(snap)

    def _matrix(self, snap):
        points = self.model.matrix_points(snap)
        heading = _label(text("matrix_title", self.language), "el-matrix-title")
        if not points:
            return [heading, _label(text("matrix_empty", self.language), "el-matrix-empty")]
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure

        fig = Figure(figsize=(6, 4.5), dpi=90)
        ax = fig.add_subplot()
        ax.axhline(3, color="#bbb", lw=1)
        ax.axvline(3, color="#bbb", lw=1)
        for p in points:
            ax.scatter(p["effort"], p["impact"], s=60 + 40 * p["dots"], color="#2a7ab0",
                       alpha=0.7)
            # ranks, not titles, keep the chart readable; the ranking lists the titles
            ax.annotate(str(p["rank"]), (p["effort"], p["impact"]), ha="center", va="center",
                        color="white", fontsize=9, fontweight="bold")
        ax.set_xlim(0.5, 5.5)
        ax.set_ylim(0.5, 5.5)
        ax.set_xlabel(text("effort", self.language))
        ax.set_ylabel(text("impact", self.language))
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return [heading, _classes(widgets.Image(value=buffer.getvalue(), format="png"),
                                  "el-matrix-image")]


@_guarded
def results_app(*, language: str | None = None, poll: bool = True) -> widgets.Widget:
    """Build the projector page from the request (``?key=...``, optional ``&lang=en``)."""
    wait_for_request()
    query = _query()
    store = _open_store(query)
    lang = language or _language(query, store)
    try:
        model = ResultsModel(store, query.get("key", ""))
    except WorkshopError:
        return _failure(text("no_access", lang))
    return ResultsApp(model, title=store.meta().get("title", ""), language=lang, poll=poll)


# ---------------------------------------------------------------------- facilitator
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
    """

    def __init__(self, model: FacilitatorModel, *, title: str, survey: str = "",
                 theme_model: str = "", links: dict | None = None):
        super().__init__()
        _classes(self, "el-app", "el-facilitator")
        self.model = model
        self.survey = survey
        self.links = links or {}
        self.message = _label("", "el-message")
        self.info = _label("", "el-info")
        self.guard = _Guard(self._show_error, lambda: "de")
        self.actor = _classes(widgets.Text(value=model.actor, description="Name"), "el-actor")
        self.actor.observe(self.guard(self._set_actor), names="value")
        self.selected_theme = None
        # -- import
        self.question = _classes(widgets.Dropdown(description="Frage", options=self._questions()),
                                 "el-question")
        self.n_themes = _classes(widgets.BoundedIntText(value=8, min=2, max=30,
                                                        description="Themen"), "el-n-themes")
        fit = _classes(widgets.Button(description="Themen berechnen"), "el-fit")
        fit.on_click(self.guard(self._fit))
        self.model_path = _classes(widgets.Text(value=theme_model, placeholder="Pfad zu einem "
                                                "gespeicherten ThemeModel"), "el-model-path")
        load = _classes(widgets.Button(description="Modell laden"), "el-load-model")
        load.on_click(self.guard(self._load))
        import_box = widgets.VBox([
            _label("Themen aus der Befragung (Antworten sind geschwärzt):"),
            widgets.HBox([self.question, self.n_themes, fit]),
            widgets.HBox([self.model_path, load])])
        # -- curation
        self.theme_list = _classes(widgets.VBox(), "el-theme-list")
        self.detail = _classes(widgets.VBox(), "el-theme-detail")
        self.merge_label = _classes(widgets.Text(placeholder="Neuer Name (optional)"),
                                    "el-merge-label")
        merge = _classes(widgets.Button(description="Markierte zusammenführen"), "el-merge")
        merge.on_click(self.guard(self._merge))
        undo = _classes(widgets.Button(description="Rückgängig", icon="undo"), "el-undo")
        undo.on_click(self.guard(self._undo))
        self.audit = _classes(widgets.VBox(), "el-audit")
        curation = widgets.VBox([import_box, widgets.HTML("<h3>Themen</h3>"),
                                 widgets.HBox([self.merge_label, merge, undo]),
                                 self.theme_list, self.detail])
        # -- rounds
        self.round_title = _classes(widgets.Text(value="Was sollen wir zuerst angehen?",
                                                 description="Frage"), "el-round-title-input")
        self.round_themes = _classes(widgets.VBox(), "el-round-themes")
        self.measures = _classes(widgets.Textarea(
            placeholder="Eigene Maßnahmen, eine pro Zeile: Titel: kurze Beschreibung",
            layout=widgets.Layout(width="95%", height="90px")), "el-measures")
        self.dots = _classes(widgets.BoundedIntText(value=5, min=1, max=100,
                                                    description="Punkte"), "el-dots")
        self.max_per_item = _classes(widgets.BoundedIntText(value=3, min=1, max=100,
                                                            description="max/Vorschlag"),
                                     "el-max-per-item")
        create = _classes(widgets.Button(description="Runde vorbereiten",
                                         button_style="primary"), "el-create-round")
        create.on_click(self.guard(self._create_round))
        self.round_list = _classes(widgets.VBox(), "el-round-list")
        voting = widgets.VBox([
            self._links_box(), widgets.HTML("<h3>Neue Abstimmungsrunde</h3>"), self.round_title,
            _label("Themen als Vorschläge:"), self.round_themes, self.measures,
            widgets.HBox([self.dots, self.max_per_item]), create,
            widgets.HTML("<h3>Runden</h3>"), self.round_list])
        self.tabs = widgets.Tab(children=[curation, voting, self.audit])
        for index, name in enumerate(["Themen", "Abstimmung", "Protokoll"]):
            self.tabs.set_title(index, name)
        self.children = [widgets.HTML(_CSS), _html("<h2>{t} — Moderation</h2>", "el-title",
                                                   t=title),
                         self.actor, self.message, self.info, self.tabs]
        self.refresh()

    def _links_box(self):
        if not self.links:
            return widgets.VBox()
        return widgets.VBox([
            _label(f"Workshop-Code: {self.links.get('code', '')}", "el-code-display"),
            _label(f"Teilnahme-Link: {self.links.get('participant', '')}", "el-participant-url"),
            _label(f"Ergebnis-Link: {self.links.get('results', '')}", "el-results-url")])

    def _questions(self):
        if not self.survey:
            return []
        try:
            import yaml

            spec = yaml.safe_load(Path(self.survey).read_text(encoding="utf-8")) or {}
            return [(f"{k}: {v}"[:80], k) for k, v in (spec.get("questions") or {}).items()]
        except Exception as error:  # noqa: BLE001 - a broken spec only disables fitting
            log.warning("survey questions unavailable: %s", type(error).__name__)
            return []

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
        self._theme_checks = {}
        rows = []
        for theme in themes:
            check = _classes(widgets.Checkbox(value=False, indent=False,
                                              layout=widgets.Layout(width="30px")),
                             "el-theme-check", f"el-theme-check-{theme['id']}")
            self._theme_checks[theme["id"]] = check
            show = _classes(widgets.Button(description="Anzeigen",
                                           layout=widgets.Layout(width="100px")),
                            "el-theme-show", f"el-theme-show-{theme['id']}")
            show.on_click(self.guard(lambda _b, i=theme["id"]: self._select(i)))
            flag = " (irrelevant)" if theme["irrelevant"] else ""
            rows.append(_classes(widgets.HBox([
                check, show,
                _label(f"{theme['label']}{flag} · {theme['size']} Antworten", "el-theme-label"),
                _label(theme["keywords"], "el-theme-keywords")]),
                "el-theme", f"el-theme-{theme['id']}"))
        self.theme_list.children = rows
        self._render_detail(themes)
        self._round_checks = {}
        checks = []
        for theme in themes:
            if theme["irrelevant"]:
                continue
            check = _classes(widgets.Checkbox(value=False, indent=False,
                                              description=theme["label"][:60]),
                             "el-round-theme", f"el-round-theme-{theme['id']}")
            self._round_checks[theme["id"]] = check
            checks.append(check)
        self.round_themes.children = checks
        self._render_rounds()
        self.audit.children = [
            _label(f"#{e['id']} {e['at']} · {e['actor']} · {e['action']}"
                   f"{' (rückgängig gemacht)' if e['undone_by'] else ''} · "
                   f"{json.dumps(e['details'], ensure_ascii=False)[:160]}", "el-audit-row")
            for e in reversed(self.model.audit_log())]

    def _render_detail(self, themes):
        theme = next((t for t in themes if t["id"] == self.selected_theme), None)
        if theme is None:
            self.detail.children = [_label("Ein Thema mit „Anzeigen“ öffnen.")]
            return
        answers = self.model.answers(theme["id"])
        self.rename_text = _classes(widgets.Text(value=theme["label"]), "el-rename-text")
        rename = _classes(widgets.Button(description="Umbenennen"), "el-rename")
        rename.on_click(self.guard(self._rename))
        irrelevant = _classes(widgets.Button(
            description="Wieder relevant" if theme["irrelevant"] else "Als irrelevant markieren"),
            "el-irrelevant")
        irrelevant.on_click(self.guard(lambda _b: self._irrelevant(not theme["irrelevant"])))
        # SelectMultiple shows options as plain text: answers cannot inject markup.
        self.answer_select = _classes(widgets.SelectMultiple(
            options=[(a["text"][:160], a["id"]) for a in answers], rows=min(12, len(answers) or 1),
            layout=widgets.Layout(width="95%")), "el-answers")
        self.split_label = _classes(widgets.Text(placeholder="Name des neuen Themas"),
                                    "el-split-label")
        split = _classes(widgets.Button(description="Auswahl abspalten"), "el-split")
        split.on_click(self.guard(self._split))
        others = [(t["label"][:60], t["id"]) for t in themes if t["id"] != theme["id"]]
        self.move_target = _classes(widgets.Dropdown(options=others), "el-move-target")
        move = _classes(widgets.Button(description="Auswahl verschieben"), "el-move")
        move.on_click(self.guard(self._move))
        quotes = [_label(f"„{a['text']}“", "el-quote") for a in answers[:5]]
        self.detail.children = [
            _html("<h4>{label}</h4>", "el-detail-title", label=theme["label"]),
            _label(f"Stichworte: {theme['keywords']}", "el-detail-keywords"),
            widgets.HBox([self.rename_text, rename, irrelevant]),
            _label("Typische Antworten (geschwärzt):"), *quotes,
            _label("Antworten auswählen, um sie abzuspalten oder zu verschieben:"),
            self.answer_select, widgets.HBox([self.split_label, split]),
            widgets.HBox([self.move_target, move])]

    def _render_rounds(self):
        rows = []
        for rnd in self.model.rounds():
            res = self.model.results(rnd["id"])
            status = {"draft": "vorbereitet", "open": "offen", "closed": "geschlossen"}
            buttons = []
            if rnd["status"] != "open":
                b = _classes(widgets.Button(description="Öffnen", button_style="success"),
                             "el-open-round", f"el-open-round-{rnd['id']}")
                b.on_click(self.guard(lambda _b, r=rnd["id"]: self._open(r)))
                buttons.append(b)
            else:
                b = _classes(widgets.Button(description="Schließen", button_style="danger"),
                             "el-close-round", f"el-close-round-{rnd['id']}")
                b.on_click(self.guard(lambda _b, r=rnd["id"]: self._close(r)))
                buttons.append(b)
            rows.append(_classes(widgets.HBox([
                _label(f"#{rnd['id']} {rnd['title']} · {status[rnd['status']]} · "
                       f"{len(res['items'])} Vorschläge · {res['ballots']} Stimmzettel",
                       "el-round-label"), *buttons]),
                "el-round", f"el-round-{rnd['id']}"))
        self.round_list.children = rows

    # -- callbacks
    def _set_actor(self, change):
        self.model.actor = str(change["new"])[:MAX_ACTOR] or DEFAULT_ACTOR

    def _select(self, theme_id):
        self.selected_theme = theme_id
        self._render_detail(self.model.themes())

    def _checked(self):
        return [i for i, c in self._theme_checks.items() if c.value]

    def _fit(self, _b=None):
        if not self.survey or not self.question.value:
            raise WorkshopError(Reason.INVALID_VALUE, "no survey")
        self.info.value = "Themen werden berechnet …"
        n = self.model.fit_themes(self.survey, self.question.value, n_themes=self.n_themes.value)
        self._done(f"{n} Themen übernommen.")

    def _load(self, _b=None):
        if not self.survey or not self.question.value or not self.model_path.value.strip():
            raise WorkshopError(Reason.INVALID_VALUE, "no survey or model")
        n = self.model.load_themes(self.model_path.value.strip(), self.survey,
                                   self.question.value)
        self._done(f"{n} Themen aus dem Modell übernommen.")

    def _merge(self, _b=None):
        target = self.model.merge(self._checked(), self.merge_label.value[:MAX_LABEL] or None)
        self.merge_label.value = ""
        self.selected_theme = target
        self._done("Themen zusammengeführt.")

    def _undo(self, _b=None):
        entry = self.model.undo()
        self._done(f"Rückgängig gemacht: #{entry['id']} {entry['action']}.")

    def _rename(self, _b=None):
        self.model.rename(self.selected_theme, self.rename_text.value[:MAX_LABEL + 1])
        self._done("Thema umbenannt.")

    def _irrelevant(self, flag):
        self.model.mark_irrelevant(self.selected_theme, flag)
        self._done("Thema markiert." if flag else "Thema wieder relevant.")

    def _split(self, _b=None):
        new = self.model.split(self.selected_theme, list(self.answer_select.value),
                               self.split_label.value[:MAX_LABEL + 1])
        self.selected_theme = new
        self._done("Neues Thema abgespalten.")

    def _move(self, _b=None):
        if self.move_target.value is None:
            raise WorkshopError(Reason.INVALID_VALUE, "no target")
        self.model.move(list(self.answer_select.value), self.move_target.value)
        self._done("Antworten verschoben.")

    def _create_round(self, _b=None):
        chosen = [i for i, c in self._round_checks.items() if c.value]
        round_id = self.model.prepare_round(
            self.round_title.value[:MAX_LABEL + 1], theme_ids=chosen,
            measures=self.measures.value[:(MAX_LABEL + MAX_DESCRIPTION + 2) * 40],
            dots_per_participant=self.dots.value, max_per_item=self.max_per_item.value)
        self.measures.value = ""
        self._done(f"Runde #{round_id} vorbereitet. Zum Start auf „Öffnen“ klicken.")

    def _open(self, round_id):
        self.model.open_round(round_id)
        self._done(f"Runde #{round_id} ist offen.")

    def _close(self, round_id):
        self.model.close_round(round_id)
        self._done(f"Runde #{round_id} ist geschlossen.")


@_guarded
def facilitator_app() -> widgets.Widget:
    """Build the facilitator page from the request (``?secret=...``)."""
    wait_for_request()
    query = _query()
    store = _open_store(query)
    try:
        model = FacilitatorModel(store, query.get("secret", ""))
    except WorkshopError:
        return _failure(reason_text(Reason.NOT_AUTHORISED, "de"))
    return FacilitatorApp(model, title=store.meta().get("title", ""),
                          survey=os.environ.get(ENV_SURVEY, ""),
                          theme_model=os.environ.get(ENV_THEME_MODEL, ""), links=_links())


def _log_to_stderr():
    # Kernel stderr ends up in the Voila server's log, never on the page.
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[workshop] %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.propagate = False


_log_to_stderr()

__all__ = ["participant_app", "facilitator_app", "results_app", "ParticipantApp",
           "FacilitatorApp", "ResultsApp", "wait_for_request", "MAX_DESCRIPTION"]
