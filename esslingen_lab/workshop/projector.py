"""The projector page: live ranking by dots, impact/effort matrix and how to join (Voila).

A view over :class:`~esslingen_lab.workshop.models.ResultsModel`; refreshes itself every few
seconds and rebuilds only what changed, so the projector does not flicker.
"""

from __future__ import annotations

import io

import ipywidgets as widgets

from esslingen_lab.workshop import env as workshop_env
from esslingen_lab.workshop.errors import WorkshopError
from esslingen_lab.workshop.i18n import TEXTS
from esslingen_lab.workshop.models import ResultsModel
from esslingen_lab.workshop.request import page_language, page_request
from esslingen_lab.workshop.ui import (
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
        add_classes(self, "el-app", "el-results")
        self.model = model
        self.language = language
        self.title = title
        self._last = None
        self.header = escaped_html("<h1>{title} — {results}</h1>", "el-title", title=title,
                            results=TEXTS.text("results_title", language))
        self.status = text_label("", "el-round-status")
        self.participation = text_label("", "el-participation")
        self.join_panel = self._join_panel(links or {})
        self.ranking = add_classes(widgets.VBox(), "el-ranking")
        self.matrix = add_classes(widgets.VBox(), "el-matrix")
        self.children = [style(), self.header, self.status, self.participation,
                         self.join_panel,
                         add_classes(widgets.HBox([self.ranking, self.matrix]), "el-results-body"),
                         text_label(TEXTS.text("auto_refresh", language), "el-hint")]
        self.refresh()
        self.poller = Poller(self.refresh) if poll else None

    def _join_panel(self, links):
        url, code = links.get("participant", ""), links.get("code", "")
        if not url:
            return add_classes(widgets.VBox(), "el-join-panel-empty")
        parts = []
        try:
            import qrcode

            buffer = io.BytesIO()
            qrcode.make(url, box_size=6, border=2).save(buffer)
            parts.append(add_classes(widgets.Image(value=buffer.getvalue(), format="png",
                                                   width=170, height=170), "el-join-qr"))
        except Exception as error:  # noqa: BLE001 - the link and code still work without it
            log.warning("QR code unavailable: %s", type(error).__name__)
        parts.append(escaped_html('<div>{how}</div><div class="el-link"><a href="{url}" '
                           'target="_blank">{url}</a></div><div>{code_label}: '
                           '<span class="el-code-big">{code}</span></div>', "el-join-text",
                           how=TEXTS.text("join_here", self.language), url=url, code=code,
                           code_label=TEXTS.text("code_label", self.language)))
        return add_classes(widgets.HBox(parts), "el-join-panel")

    def refresh(self):
        """Re-read the results; rebuild only what changed (no flicker on the projector)."""
        snap = self.model.snapshot()
        if snap == self._last:
            return
        self._last = snap
        if snap is None:
            self.status.value = TEXTS.text("no_round", self.language)
            self.participation.value = ""
            self.ranking.children = ()
            self.matrix.children = ()
            return
        rnd = snap["round"]
        status = TEXTS.text("status_" + rnd["status"], self.language)
        self.status.value = f"{rnd['title']} · {status}"
        self.participation.value = TEXTS.text("participation", self.language,
                                              ballots=snap["ballots"],
                                     participants=snap["participants"], dots=snap["dots_cast"])
        top = max([i["dots"] for i in snap["items"]] + [1])
        rows = []
        for item in snap["items"]:
            bar = widgets.HTML(
                f'<div style="background:#2a7ab0;height:30px;border-radius:4px;'
                f'width:{int(240 * item["dots"] / top)}px"></div>',
                layout=widgets.Layout(width="250px", flex="0 0 auto"))
            row = widgets.HBox([text_label(f"{item['rank']}.", "el-results-rank"),
                                text_label(item["title"], "el-results-title"), bar,
                                text_label(str(item["dots"]), "el-results-dots")])
            rows.append(add_classes(row, "el-results-row", f"el-results-row-{item['id']}"))
        self.ranking.children = rows
        self.matrix.children = self._matrix(snap)

    def _matrix(self, snap):
        points = self.model.matrix_points(snap)
        heading = text_label(TEXTS.text("matrix_title", self.language), "el-matrix-title")
        if not points:
            return [heading, text_label(TEXTS.text("matrix_empty", self.language),
                                        "el-matrix-empty")]
        from matplotlib.figure import Figure  # no pyplot: no global state in the kernel

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
            ax.text(x, y, TEXTS.text(key, self.language), ha=ha, va="top", fontsize=12,
                    color="#555")
        ax.set_xlim(0.5, 5.5)
        ax.set_ylim(0.5, 5.5)
        ax.set_xlabel(TEXTS.text("effort_axis", self.language), fontsize=13)
        ax.set_ylabel(TEXTS.text("impact_axis", self.language), fontsize=13)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return [heading, add_classes(widgets.Image(value=buffer.getvalue(), format="png"),
                                     "el-matrix-image")]


@guarded
def results_app(*, language: str | None = None, poll: bool = True) -> widgets.Widget:
    """Build the projector page from the request (``?key=...``, optional ``&lang=en``)."""
    log_to_stderr()
    params, store = page_request()
    lang = language or page_language(params, store)
    try:
        model = ResultsModel(store, params.get("key", ""))
    except WorkshopError:
        return failure_page(TEXTS.text("no_access", lang))
    return ResultsApp(model, title=store.meta().get("title", ""), language=lang, poll=poll,
                      links=workshop_env.links())
