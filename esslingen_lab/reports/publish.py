"""Publishing from notebooks: tables and figures that a report run collects.

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from esslingen_lab.files import write_table

# ----------------------------------------------------------------------------------------------
# Publishing from notebooks
# ----------------------------------------------------------------------------------------------

#: The file in each notebook's output directory that lists what it published, in order.
PUBLISHED_INDEX = "published.jsonl"


def slug(name: str) -> str:
    """File name part of a table or figure name: letters, digits, ``_`` and ``-`` only."""
    slug = re.sub(r"[^0-9A-Za-z_-]+", "_", name).strip("_")
    if not slug:
        raise ValueError(f"Table or figure name {name!r} has no usable characters.")
    return slug


class _PublishedPath(type(Path())):
    """A Path that shows nothing when it is a cell's last value (no ``PosixPath(...)`` line)."""

    def _ipython_display_(self):
        pass


def _record(output_dir, entry: dict) -> None:
    # Appending keeps the notebook's publishing order for the workbook, even when a name repeats.
    with open(Path(output_dir) / PUBLISHED_INDEX, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


def publish_table(table, name: str, output_dir=None, *, caption: str | None = None, show=True):
    """Show a table in the notebook and save it as ``<output_dir>/tables/<name>.csv``.

    Parameters
    ----------
    table : pandas.DataFrame
        The table, already suppressed for small groups where it is broken down by group.
    name : str
        Short file-safe name; becomes the sheet name in the report's XLSX workbook.
    output_dir : str or Path, default=None
        Run directory; nothing is written when None.
    caption : str, default=None
        Heading shown above the table.
    show : bool, default=True
        Display the table in the notebook (as HTML, escaped).

    Returns
    -------
    Path or None
        Where the CSV was written.
    """
    path = None
    if output_dir is not None:
        folder = Path(output_dir) / "tables"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{slug(name)}.csv"
        write_table(table, path)  # text as text: no formula can hide in a quote
        path = _PublishedPath(path)
        _record(output_dir, {"kind": "table", "name": slug(name), "caption": caption,
                             "file": f"tables/{path.name}"})
    if show:
        from IPython.display import HTML, display

        if caption:
            display(HTML(f"<h4>{html.escape(str(caption))}</h4>"))
        display(HTML(table.to_html(index=False, escape=True, na_rep="–", border=0)))
    return path


def describe_figure(fig) -> str:
    """Return a text alternative for a chart: its titles, axis labels and category names.

    Screen readers and the report's figure captions read this; it names what the chart shows
    rather than "figure".
    """
    parts = []
    if getattr(fig, "_suptitle", None) is not None and fig._suptitle.get_text():
        parts.append(fig._suptitle.get_text())
    for ax in fig.axes:
        if not ax.get_visible() or not ax.has_data() and not ax.get_title():
            continue
        title = ax.get_title()
        axis = " / ".join(t for t in (ax.get_xlabel(), ax.get_ylabel()) if t)
        ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
        if len(ticks) < 2:
            ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
        bits = [b for b in (title, axis) if b]
        if ticks and not all(t.replace(".", "").replace("−", "").replace("-", "").isdigit()
                             for t in ticks):
            bits.append(", ".join(ticks[:12]) + (" …" if len(ticks) > 12 else ""))
        if bits:
            parts.append(": ".join(bits))
    text = "; ".join(dict.fromkeys(" ".join(p.split()) for p in parts if p.strip()))
    return text[:600]


def publish_figure(fig, name: str, output_dir=None, *, show=True, alt: str | None = None):
    """Show a matplotlib figure and save it as PNG and SVG under ``<output_dir>/figures``.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    name : str
        Short file-safe name.
    output_dir : str or Path, default=None
        Run directory; nothing is written when None.
    show : bool, default=True
        Display the figure in the notebook as a static PNG image.
    alt : str, default=None
        Text alternative of the chart; :func:`describe_figure` when None. The report shows
        it to screen readers and uses its start as the figure caption.

    Returns
    -------
    Path or None
        Path of the PNG file.
    """
    path = None
    alt = alt or describe_figure(fig) or slug(name).replace("_", " ")
    if output_dir is not None:
        folder = Path(output_dir) / "figures"
        folder.mkdir(parents=True, exist_ok=True)
        path = _PublishedPath(folder / f"{slug(name)}.png")
        fig.savefig(path, dpi=120, bbox_inches="tight")
        # No date and fixed element ids, so two runs with the same inputs give identical SVGs.
        import matplotlib

        with matplotlib.rc_context({"svg.hashsalt": slug(name)}):
            fig.savefig(folder / f"{slug(name)}.svg", bbox_inches="tight",
                        metadata={"Date": None})
        _record(output_dir, {"kind": "figure", "name": slug(name), "alt": alt,
                             "file": f"figures/{path.name}"})
    if show:
        import io

        from IPython.display import Image, display

        # An explicit PNG, not display(fig): that needs the inline backend, and package code
        # that switched matplotlib to Agg would leave only "<Figure size ...>" in the report.
        if path is not None:
            png = Path(path).read_bytes()
        else:
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=120, bbox_inches="tight")
            png = buffer.getvalue()
        display(Image(data=png, format="png", metadata={"alt": alt}))
    if getattr(fig.canvas, "manager", None) is not None:
        # a figure made through pyplot by the caller: release it from pyplot's registry
        import matplotlib.pyplot as plt

        plt.close(fig)
    return path


def models_dir(output_dir):
    """Return the run's folder of fitted models for a notebook's ``output_dir`` (None: None).

    Parts of one report run share fitted models through it (the themes part fits, the
    compare part loads the same fit), so a run fits each question's themes once.
    """
    return None if output_dir is None else Path(output_dir).resolve().parents[1] / "models"


def markdown_literal(text) -> str:
    """Return ``text`` so that Markdown shows it literally: no HTML, link, image or formula.

    Survey specs, frameworks and workshop titles come from outside; put their values into
    Markdown (:func:`show_text`) only through this.
    """
    import html
    import re

    escaped = html.escape(str(text), quote=False)
    # backslash-escape Markdown's punctuation (CommonMark), ":" (no autolinked URLs) and "$"
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|$~:])", r"\\\1", escaped)


def show_text(de: str, en: str | None = None, language: str = "de"):
    """Display a Markdown paragraph in the notebook's language (English falls back to German).

    The text is Markdown written by the package; values from outside go in through
    :func:`markdown_literal`.
    """
    from IPython.display import Markdown, display

    display(Markdown(en if (language == "en" and en) else de))


def show_heading(de: str, en: str | None = None, language: str = "de", *, level: int = 2):
    """Display a section heading (``## ...``) in the notebook's language.

    The combined report's table of contents is built from these headings and from Markdown
    cells starting with ``## ``.

    Parameters
    ----------
    de : str
        German heading.
    en : str, default=None
        English heading, used when ``language == "en"``; falls back to ``de``.
    language : {"de", "en"}, default="de"
    level : int, default=2
        Markdown heading level.
    """
    from IPython.display import Markdown, display

    text = en if (language == "en" and en) else de
    # headings are plain text and may carry a question's wording from survey.yml
    display(Markdown(f"{'#' * level} {markdown_literal(text)}"))






def publish_breakdown(table, name: str, output_dir=None, *, group_label: str, caption: str,
                      language: str = "de"):
    """Publish a theme × group table: whole in the workbook, turned around and split in view.

    The full table (``<group> n``/``<group> %`` per group and the tests) is saved under
    ``name`` without being shown; the report shows the shares with one row per group
    (``<name>_shares``) and the tests per theme (``<name>_tests``), which fit a page and a
    phone. See :func:`esslingen_lab.reports.conventions.split_breakdown`.
    """
    from esslingen_lab.reports.conventions import split_breakdown

    publish_table(table, name, output_dir, caption=caption, show=False)
    shares, tests = split_breakdown(table, group_label, language)
    publish_table(shares, f"{name}_shares", output_dir, caption=caption)
    tests = tests.drop(columns=[c for c in ("Hinweis", "note") if c in tests])  # said above
    publish_table(tests, f"{name}_tests", output_dir, caption=(
        "Test je Thema: p nach Benjamini–Hochberg, Cramérs V und Testverfahren",
        "Test per theme: Benjamini–Hochberg p, Cramér's V and test used")[language == "en"])
