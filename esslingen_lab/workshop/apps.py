"""ipywidgets views of the workshop: facilitator desk and projector results (Voila apps).

Each view is a ``VBox`` over a plain model from :mod:`.models`; the notebooks in
``notebooks/workshop/`` only call :func:`facilitator_app` or :func:`results_app`. The
participant page is plain HTML without a kernel (:mod:`.web`). Respondent and participant
text is always shown escaped.
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
    ResultsModel,
)
from esslingen_lab.workshop.store import (
    MAX_ACTOR,
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

# Phone-friendly sizes; ipywidgets' defaults are made for desktop notebooks. Buttons size to
# their label (the default fixed width cut "Themen berechnen" to "Themen ber…").
_CSS = """<style>
/* Voila's page panels use `contain: strict`, which pins position:fixed elements (the phone's
   dots-and-submit bar, the facilitator's messages) to the scrolled content instead of the
   screen. */
.lm-BoxPanel, .lm-BoxPanel-child { contain: none !important; }
.el-app { max-width: 760px; margin: 0 auto; font-size: 17px; padding-bottom: 24px; }
.el-app .widget-label, .el-app .widget-html-content { white-space: normal; height: auto;
  line-height: 1.35; }
.el-app .jupyter-button, .el-app .widget-button { width: auto; min-width: 44px; height: 44px;
  font-size: 17px; padding: 0 16px; white-space: nowrap; overflow: visible; }
.el-app .widget-toggle-buttons .widget-toggle-button { height: 44px; font-size: 17px;
  padding: 0; }
.el-app .el-lang { height: 36px; font-size: 15px; margin-left: auto; }
.el-header { align-items: center; justify-content: space-between; }
.el-header h2 { margin: 8px 0; }
.el-lead { font-size: 17px; margin: 4px 0 10px; }
.el-hint { color: #555; font-size: 15px; }
.el-item { border: 1px solid #ccc; border-radius: 10px; padding: 10px 12px; margin: 8px 0;
  background: #fafafa; }
.el-item-title { font-size: 19px; }
.el-item-desc { color: #555; font-size: 15px; }
.el-dot-row { align-items: center; gap: 6px; margin: 6px 0; }
.el-app .el-dot-plus, .el-app .el-dot-minus { width: 56px !important; height: 48px;
  font-size: 28px; font-weight: bold; padding: 0; }
.el-app .el-dot-plus { background: #2a7ab0; color: white; }
.el-dot-count { font-size: 26px; font-weight: bold; min-width: 1.6em; text-align: center; }
.el-dot-pips { color: #2a7ab0; font-size: 20px; letter-spacing: 2px; }
.el-rating-label { min-width: 78px; width: 78px; }
.el-message { color: #8a0000; font-weight: bold; background: #fde8e8; border-radius: 6px;
  padding: 8px 12px; margin: 6px 0; }
.el-info { color: #0b4d16; background: #e3f4e5; border-radius: 6px; padding: 8px 12px;
  margin: 6px 0; font-weight: bold; }
.el-message:empty, .el-info:empty { display: none; }
.el-status { white-space: normal; }
.el-card { border: 1px solid #cfd8e3; border-radius: 10px; padding: 14px; margin: 10px 0;
  background: #f3f7fb; }
.el-participant { padding-bottom: 150px; }
.el-participant .widget-label { font-size: 16px; }
.el-participant .widget-label.el-lead { font-size: 18px; }
.el-footer { position: fixed; left: 0; right: 0; bottom: 0; z-index: 20; background: white;
  border-top: 2px solid #2a7ab0; padding: 8px 12px; box-shadow: 0 -2px 8px rgba(0,0,0,.15);
  align-items: center; }
.el-footer .el-remaining { font-size: 19px; font-weight: bold; }
.el-footer .el-submit { width: 100% !important; height: 52px; font-size: 19px; }
.el-join-box .widget-text input { font-size: 24px; height: 48px; letter-spacing: 3px;
  text-transform: uppercase; }
.el-join-box .widget-text { width: 100%; }
.el-join-box .el-join { width: 100% !important; height: 52px; font-size: 19px; }
.el-toast { position: fixed; left: 50%; transform: translateX(-50%); bottom: 16px;
  z-index: 30; max-width: 700px; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.el-facilitator { max-width: 1100px; }
.el-app .el-shared-devices, .el-app .el-shared-devices label,
.el-app .el-shared-devices span { white-space: normal; height: auto; overflow: visible;
  text-overflow: clip; line-height: 1.35; }
.el-steps { background: #f3f7fb; border-left: 4px solid #2a7ab0; padding: 8px 12px;
  margin: 6px 0 10px; }
.el-theme { border: 1px solid #ddd; border-radius: 8px; padding: 8px; margin: 6px 0;
  align-items: flex-start; }
.el-theme-selected { border: 2px solid #2a7ab0; background: #f7fbff; }
.el-theme-label { font-weight: bold; font-size: 17px; }
.el-theme-size { color: #2a7ab0; font-weight: bold; }
.el-theme-keywords { color: #555; font-size: 14px; }
.el-theme-quote { font-style: italic; color: #333; font-size: 14px; }
.el-theme-irrelevant { opacity: 0.6; }
.el-quote { font-style: italic; }
.el-round { border: 1px solid #ddd; border-radius: 8px; padding: 8px; margin: 6px 0;
  align-items: center; justify-content: space-between; }
.el-round-open { border: 2px solid #1a7f37; background: #eefaf0; }
.el-link a { color: #1565c0; text-decoration: underline; word-break: break-all; }
.el-code-big { font-size: 28px; font-weight: bold; letter-spacing: 4px; }
.el-audit-row { font-family: monospace; font-size: 13px; }
.el-results { max-width: 1500px; font-size: 24px; }
.el-results h1 { font-size: 44px; margin: 8px 0; }
.el-results .widget-label.el-round-status { font-size: 30px; }
.el-results .widget-label.el-participation { font-size: 30px; font-weight: bold;
  color: #1a5e8a; }
.el-results-body { flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.el-ranking { flex: 3 1 700px; }
.el-matrix { flex: 1 1 380px; }
.el-results .widget-label { font-size: 22px; }
.el-results-row { border-bottom: 1px solid #ddd; padding: 6px 0; align-items: center;
  gap: 12px; }
.el-results .widget-label.el-results-rank { font-size: 30px; min-width: 2em; color: #555; }
.el-results .widget-label.el-results-title { font-size: 30px; flex: 1 1 0%; min-width: 0; }
.el-results .widget-label.el-results-dots { font-size: 34px; font-weight: bold;
  min-width: 2em; text-align: right; }
.el-results .widget-label.el-matrix-title { font-size: 26px; font-weight: bold; }
.el-join-panel { align-items: center; gap: 18px; border: 2px dashed #2a7ab0;
  border-radius: 12px; padding: 10px 16px; margin: 8px 0 16px; }
.el-join-panel .widget-label, .el-join-panel .widget-html-content { font-size: 24px; }
</style>"""


# ---------------------------------------------------------------------- request context
def wait_for_request() -> None:
    """Block a pre-heated kernel until Voila hands it a page request (then env is set).

    Same protocol as ``voila.utils.wait_for_request`` — one message on
    ``<base>voila/query/<kernel id>`` — but without importing jupyter_server, which adds
    ~47 MiB to every app kernel. Falls back to Voila's helper if that fails.
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
    links : dict, default=None
        Participant link and workshop code: shown with a QR code so the room can join
        from the projector.
    """

    def __init__(self, model: ResultsModel, *, title: str, language: str = "de",
                 poll: bool = True, links: dict | None = None):
        super().__init__()
        _classes(self, "el-app", "el-results")
        self.model = model
        self.language = language
        self.title = title
        self._last = None
        self.header = _html("<h1>{title} — {results}</h1>", "el-title", title=title,
                            results=text("results_title", language))
        self.status = _label("", "el-round-status")
        self.participation = _label("", "el-participation")
        self.join_panel = self._join_panel(links or {})
        self.ranking = _classes(widgets.VBox(), "el-ranking")
        self.matrix = _classes(widgets.VBox(), "el-matrix")
        self.children = [widgets.HTML(_CSS), self.header, self.status, self.participation,
                         self.join_panel,
                         _classes(widgets.HBox([self.ranking, self.matrix]), "el-results-body"),
                         _label(text("auto_refresh", language), "el-hint")]
        self.refresh()
        self.poller = _Poller(self.refresh) if poll else None

    def _join_panel(self, links):
        url, code = links.get("participant", ""), links.get("code", "")
        if not url:
            return _classes(widgets.VBox(), "el-join-panel-empty")
        parts = []
        try:
            import qrcode

            buffer = io.BytesIO()
            qrcode.make(url, box_size=6, border=2).save(buffer)
            parts.append(_classes(widgets.Image(value=buffer.getvalue(), format="png",
                                                width=170, height=170), "el-join-qr"))
        except Exception as error:  # noqa: BLE001 - the link and code still work without it
            log.warning("QR code unavailable: %s", type(error).__name__)
        parts.append(_html('<div>{how}</div><div class="el-link"><a href="{url}" '
                           'target="_blank">{url}</a></div><div>{code_label}: '
                           '<span class="el-code-big">{code}</span></div>', "el-join-text",
                           how=text("join_here", self.language), url=url, code=code,
                           code_label=text("code_label", self.language)))
        return _classes(widgets.HBox(parts), "el-join-panel")

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
                f'<div style="background:#2a7ab0;height:30px;border-radius:4px;'
                f'width:{int(240 * item["dots"] / top)}px"></div>',
                layout=widgets.Layout(width="250px", flex="0 0 auto"))
            row = widgets.HBox([_label(f"{item['rank']}.", "el-results-rank"),
                                _label(item["title"], "el-results-title"), bar,
                                _label(str(item["dots"]), "el-results-dots")])
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

        fig = Figure(figsize=(6, 5), dpi=100)
        ax = fig.add_subplot()
        ax.axhline(3, color="#bbb", lw=1)
        ax.axvline(3, color="#bbb", lw=1)
        for p in points:
            ax.scatter(p["effort"], p["impact"], s=60 + 40 * p["dots"], color="#2a7ab0",
                       alpha=0.7)
            # ranks, not titles, keep the chart readable; the ranking lists the titles
            ax.annotate(str(p["rank"]), (p["effort"], p["impact"]), ha="center", va="center",
                        color="white", fontsize=12, fontweight="bold")
        # quadrant hints tell the room how to read the chart without a legend
        for x, y, key, ha in ((0.6, 5.4, "quick_wins", "left"), (5.4, 5.4, "big_bets", "right")):
            ax.text(x, y, text(key, self.language), ha=ha, va="top", fontsize=12, color="#555")
        ax.set_xlim(0.5, 5.5)
        ax.set_ylim(0.5, 5.5)
        ax.set_xlabel(text("effort_axis", self.language), fontsize=13)
        ax.set_ylabel(text("impact_axis", self.language), fontsize=13)
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
    return ResultsApp(model, title=store.meta().get("title", ""), language=lang, poll=poll,
                      links=_links())


# ---------------------------------------------------------------------- facilitator
#: German names of audit-log actions, for undo feedback and the log tab.
ACTIONS = {"import_themes": "Themen übernommen", "rename_theme": "Umbenennen",
           "mark_irrelevant": "Als irrelevant markieren", "mark_relevant": "Wieder relevant",
           "merge_themes": "Zusammenführen", "move_answers": "Antworten verschieben",
           "split_theme": "Abspalten", "undo": "Rückgängig", "create_round": "Runde vorbereitet",
           "shared_devices": "Geräte-Einstellung",
           "open_round": "Runde geöffnet", "close_round": "Runde geschlossen"}

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
    """

    def __init__(self, model: FacilitatorModel, *, title: str, survey: str = "",
                 theme_model: str = "", links: dict | None = None, auto_fit: bool = True,
                 poll: bool = True):
        super().__init__()
        _classes(self, "el-app", "el-facilitator")
        self.model = model
        self.survey = survey
        self.links = links or {}
        self.message = _label("", "el-message", "el-toast")
        self.info = _label("", "el-info", "el-toast")
        self.guard = _Guard(self._show_error, lambda: "de")
        self.actor = _classes(widgets.Text(value=model.actor, description="Ihr Name",
                                           placeholder="für das Protokoll"), "el-actor")
        self.actor.observe(self.guard(self._set_actor), names="value")
        self.selected_theme = None
        self._confirm_refit = False
        self._round_choice = {}
        self._rounds_seen = None
        # -- import (folded away: the first question is computed automatically)
        wide = widgets.Layout(width="auto", min_width="420px")
        self.question = _classes(widgets.Dropdown(description="Frage", options=self._questions(),
                                                  layout=wide), "el-question")
        self.n_themes = _classes(widgets.BoundedIntText(
            value=8, min=2, max=30, description="Anzahl Themen",
            style={"description_width": "initial"}, layout=widgets.Layout(width="200px")),
            "el-n-themes")
        fit = _classes(widgets.Button(description="Themen berechnen", icon="refresh"), "el-fit")
        fit.on_click(self.guard(self._fit))
        self.model_path = _classes(widgets.Text(value=theme_model, placeholder="Pfad zu einem "
                                                "gespeicherten ThemeModel", layout=wide),
                                   "el-model-path")
        load = _classes(widgets.Button(description="Modell laden"), "el-load-model")
        load.on_click(self.guard(self._load))
        import_box = widgets.VBox([
            _label("Die Antworten sind geschwärzt. Achtung: Neu berechnen ersetzt die "
                   "aktuellen Themen samt Bearbeitung.", "el-hint"),
            widgets.HBox([self.question, self.n_themes, fit]),
            widgets.HBox([self.model_path, load])])
        self.import_panel = _classes(widgets.Accordion(children=[import_box]), "el-import")
        self.import_panel.set_title(0, "Andere Frage oder Themenanzahl: Themen neu berechnen")
        self.import_panel.selected_index = None if model.themes() or not survey else 0
        # -- curation
        self.theme_list = _classes(widgets.VBox(), "el-theme-list")
        self.detail = _classes(widgets.VBox(), "el-theme-detail")
        self.merge_label = _classes(widgets.Text(placeholder="Name für das zusammengeführte "
                                                 "Thema (optional)",
                                                 layout=widgets.Layout(width="340px")),
                                    "el-merge-label")
        merge = _classes(widgets.Button(description="Angekreuzte zusammenführen",
                                        icon="compress"), "el-merge")
        merge.on_click(self.guard(self._merge))
        undo = _classes(widgets.Button(description="Rückgängig", icon="undo"), "el-undo")
        undo.on_click(self.guard(self._undo))
        self.audit = _classes(widgets.VBox(), "el-audit")
        self.theme_summary = _label("", "el-theme-summary", "el-hint")
        curation = widgets.VBox([
            self.import_panel, widgets.HTML("<h3>Themen</h3>"), self.theme_summary,
            _label("Ähnliche Themen ankreuzen und zusammenführen; „Antworten zeigen“ öffnet "
                   "ein Thema zum Umbenennen, Aufteilen oder Aussortieren. Jeder Schritt lässt "
                   "sich rückgängig machen.", "el-hint"),
            widgets.HBox([self.merge_label, merge, undo]), self.theme_list])
        # -- rounds
        self.round_title = _classes(widgets.Text(value="Was sollen wir zuerst angehen?",
                                                 description="Frage an die Teilnehmenden",
                                                 style={"description_width": "initial"},
                                                 layout=widgets.Layout(width="95%")),
                                    "el-round-title-input")
        self.round_themes = _classes(widgets.VBox(), "el-round-themes")
        self.measures = _classes(widgets.Textarea(
            placeholder="Eine pro Zeile, z. B.\nWLAN im Rathaus: kostenlos für alle",
            layout=widgets.Layout(width="95%", height="90px")), "el-measures")
        small = {"style": {"description_width": "initial"},
                 "layout": widgets.Layout(width="240px")}
        self.dots = _classes(widgets.BoundedIntText(value=5, min=1, max=100,
                                                    description="Punkte pro Person", **small),
                             "el-dots")
        self.max_per_item = _classes(widgets.BoundedIntText(
            value=3, min=1, max=100, description="höchstens pro Vorschlag", **small),
            "el-max-per-item")
        create = _classes(widgets.Button(description="Runde vorbereiten", icon="check",
                                         button_style="primary",
                                         layout=widgets.Layout(align_self="flex-start")),
                          "el-create-round")
        create.on_click(self.guard(self._create_round))
        self.round_list = _classes(widgets.VBox(), "el-round-list")
        self.shared = _classes(widgets.Checkbox(
            value=model.store.shared_devices(), indent=False,
            description="Ein Gerät für mehrere Personen (z. B. ein Tablet am Eingang): nach "
                        "jeder Stimmabgabe kann die nächste Person beitreten",
            layout=widgets.Layout(width="95%")), "el-shared-devices")
        self.shared.observe(self.guard(lambda change: self.model.set_shared_devices(
            change["new"])), names="value")
        voting = widgets.VBox([
            self._links_box(), self.shared, widgets.HTML("<h3>Runden</h3>"), self.round_list,
            widgets.HTML("<h3>Neue Abstimmungsrunde</h3>"), self.round_title,
            _label("Themen als Vorschläge (alle relevanten sind vorausgewählt):"),
            self.round_themes,
            _label("Eigene Vorschläge (optional), einer pro Zeile als „Titel: kurze "
                   "Beschreibung“:"), self.measures,
            widgets.HBox([self.dots, self.max_per_item]), create])
        self.tabs = widgets.Tab(children=[curation, voting, self.audit])
        for index, name in enumerate(["① Themen", "② Abstimmung", "Protokoll"]):
            self.tabs.set_title(index, name)
        self.tabs.observe(lambda _c: self._clear(), names="selected_index")
        self.children = [widgets.HTML(_CSS), _html("<h2>{t} — Moderation</h2>", "el-title",
                                                   t=title),
                         _classes(widgets.HTML(_STEPS), "el-steps"), self.actor, self.tabs,
                         self.message, self.info]
        self.refresh()
        if auto_fit and survey and self.question.options and not model.themes():
            self.info.value = (f"Themen für die Frage „{self.question.label}“ werden "
                               "berechnet … (etwa 10–30 Sekunden)")
            threading.Thread(target=self.guard(self._auto_fit), daemon=True).start()
        self.poller = _Poller(self._tick, seconds=5.0) if poll else None

    def _links_box(self):
        if not self.links:
            return widgets.VBox()
        link = ('<div class="el-link">{what}: <a href="{url}" target="_blank">{url}</a>'
                '</div>')
        return _classes(widgets.VBox([
            _html('<div>Workshop-Code für die Teilnehmenden: <span class="el-code-big">'
                  '{code}</span></div>', "el-code-display", code=self.links.get("code", "")),
            _html(link, "el-participant-url", what="Teilnahme-Link (auch als QR-Code auf der "
                  "Ergebnisseite)", url=self.links.get("participant", "")),
            _html(link, "el-results-url", what="Ergebnisse für den Beamer",
                  url=self.links.get("results", ""))]), "el-card")

    def _questions(self):
        if not self.survey:
            return []
        try:
            import yaml

            spec = yaml.safe_load(Path(self.survey).read_text(encoding="utf-8")) or {}
            return [(f"{v} ({k})"[:100], k) for k, v in (spec.get("questions") or {}).items()]
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
            summary += f", davon {len(themes) - len(relevant)} Themen als irrelevant markiert"
        self.theme_summary.value = (summary + "." if themes else
                                    "Noch keine Themen. Oben eine Frage wählen und „Themen "
                                    "berechnen“.")
        self._theme_checks = {}
        self.theme_list.children = [self._theme_row(theme) for theme in themes]
        self._render_detail(themes)
        self._round_checks = {}
        checks = []
        for theme in relevant:
            check = _classes(widgets.Checkbox(
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
            _label(f"#{e['id']} {e['at']} · {e['actor']} · {ACTIONS.get(e['action'], e['action'])}"
                   f"{' (rückgängig gemacht)' if e['undone_by'] else ''} · "
                   f"{json.dumps(e['details'], ensure_ascii=False)[:160]}", "el-audit-row")
            for e in reversed(self.model.audit_log())] or [
            _label("Noch keine Einträge.", "el-hint")]

    def _theme_row(self, theme):
        theme_id = theme["id"]
        selected = theme_id == self.selected_theme
        check = _classes(widgets.Checkbox(value=False, indent=False,
                                          layout=widgets.Layout(width="32px")),
                         "el-theme-check", f"el-theme-check-{theme_id}")
        self._theme_checks[theme_id] = check
        show = _classes(widgets.Button(description="Schließen" if selected
                                       else "Antworten zeigen"),
                        "el-theme-show", f"el-theme-show-{theme_id}")
        show.on_click(self.guard(lambda _b: self._select(theme_id)))
        flag = " · irrelevant" if theme["irrelevant"] else ""
        lines = [widgets.HBox([_label(theme["label"], "el-theme-label"),
                               _label(f"· {theme['size']} Antworten{flag}", "el-theme-size")]),
                 _label(f"Stichworte: {theme['keywords']}", "el-theme-keywords")]
        quote = self.model.quotes(theme_id, n=1)
        if quote:
            lines.append(_label(f"„{quote[0]['text'][:200]}“", "el-theme-quote"))
        show.layout = widgets.Layout(flex="0 0 auto")
        top = widgets.HBox([check, widgets.VBox(lines, layout=widgets.Layout(flex="1 1 0%",
                                                                             min_width="0")),
                            show])
        row = _classes(widgets.VBox([top, self.detail] if selected else [top]),
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
        self.rename_text = _classes(widgets.Text(value=theme["label"],
                                                 layout=widgets.Layout(width="340px")),
                                    "el-rename-text")
        rename = _classes(widgets.Button(description="Umbenennen", icon="pencil"), "el-rename")
        rename.on_click(self.guard(self._rename))
        irrelevant = _classes(widgets.Button(
            description="Wieder relevant" if theme["irrelevant"] else "Als irrelevant markieren"),
            "el-irrelevant")
        irrelevant.on_click(self.guard(lambda _b: self._irrelevant(not theme["irrelevant"])))
        # SelectMultiple shows options as plain text: answers cannot inject markup.
        self.answer_select = _classes(widgets.SelectMultiple(
            options=[(a["text"][:160], a["id"]) for a in answers], rows=min(10, len(answers) or 1),
            layout=widgets.Layout(width="98%")), "el-answers")
        self.split_label = _classes(widgets.Text(placeholder="Name des neuen Themas",
                                                 layout=widgets.Layout(width="340px")),
                                    "el-split-label")
        split = _classes(widgets.Button(description="Markierte abspalten"), "el-split")
        split.on_click(self.guard(self._split))
        others = [(t["label"][:60], t["id"]) for t in themes if t["id"] != theme["id"]]
        self.move_target = _classes(widgets.Dropdown(options=others, description="nach",
                                                     layout=widgets.Layout(width="340px")),
                                    "el-move-target")
        move = _classes(widgets.Button(description="Markierte verschieben"), "el-move")
        move.on_click(self.guard(self._move))
        quotes = [_label(f"„{a['text']}“", "el-quote") for a in answers[:5]]
        self.detail.children = [
            widgets.HBox([self.rename_text, rename, irrelevant]),
            _label("Typische Antworten (geschwärzt):", "el-hint"), *quotes,
            _label(f"Alle {len(answers)} Antworten — markieren (Strg/Cmd-Klick für mehrere), "
                   "dann abspalten oder zu einem anderen Thema verschieben:", "el-hint"),
            self.answer_select, widgets.HBox([self.split_label, split]),
            widgets.HBox([self.move_target, move])]

    def _render_rounds(self):
        rows = []
        status = {"draft": "vorbereitet", "open": "läuft", "closed": "geschlossen"}
        rounds = self.model.rounds()
        for rnd in rounds:
            res = self.model.results(rnd["id"])
            if rnd["status"] != "open":
                b = _classes(widgets.Button(
                    description="Öffnen" if rnd["status"] == "draft" else "Wieder öffnen",
                    button_style="success", icon="play"),
                    "el-open-round", f"el-open-round-{rnd['id']}")
                b.on_click(self.guard(lambda _b, r=rnd["id"]: self._open(r)))
            else:
                b = _classes(widgets.Button(description="Schließen", button_style="danger",
                                            icon="stop"),
                             "el-close-round", f"el-close-round-{rnd['id']}")
                b.on_click(self.guard(lambda _b, r=rnd["id"]: self._close(r)))
            row = _classes(widgets.HBox([
                _html("<b>#{id} {title}</b> · {status}<br>{n} Vorschläge · {ballots} "
                      "Stimmzettel abgegeben", "el-round-label", id=rnd["id"],
                      title=rnd["title"], status=status[rnd["status"]],
                      n=len(res["items"]), ballots=res["ballots"]), b]),
                "el-round", f"el-round-{rnd['id']}")
            if rnd["status"] == "open":
                row.add_class("el-round-open")
            rows.append(row)
        self.round_list.children = rows or [
            _label("Noch keine Runde. Unten eine vorbereiten, dann hier öffnen.", "el-hint")]

    def _tick(self):
        """Follow ballots coming in: re-render the round list when counts changed."""
        with self.guard.lock:
            seen = [(r["id"], r["status"], self.model.results(r["id"])["ballots"])
                    for r in self.model.rounds()]
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
                                  n_themes=self.n_themes.value)
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
        n = self.model.fit_themes(self.survey, self.question.value, n_themes=self.n_themes.value)
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
        self._done(f"Rückgängig gemacht: {ACTIONS.get(entry['action'], entry['action'])} "
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

__all__ = ["facilitator_app", "results_app", "FacilitatorApp", "ResultsApp", "wait_for_request",
           "MAX_DESCRIPTION"]
