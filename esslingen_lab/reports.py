"""Reproducible reports: notebooks publish tables and figures that papermill runs collect.

Analysis notebooks call :func:`publish_table` and :func:`publish_figure`; a report run
gathers what they wrote under its output directory into the HTML report and XLSX workbook.
"""

from __future__ import annotations

import re
from pathlib import Path


def _slug(name: str) -> str:
    slug = re.sub(r"[^0-9A-Za-z_-]+", "_", name).strip("_")
    if not slug:
        raise ValueError(f"Table or figure name {name!r} has no usable characters.")
    return slug


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
        path = folder / f"{_slug(name)}.csv"
        table.to_csv(path, index=False, encoding="utf-8")
    if show:
        from IPython.display import HTML, display

        if caption:
            display(HTML(f"<h4>{_escape(caption)}</h4>"))
        display(HTML(table.to_html(index=False, escape=True, na_rep="–", border=0)))
    return path


def publish_figure(fig, name: str, output_dir=None, *, show=True):
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

    Returns
    -------
    Path or None
        Path of the PNG file.
    """
    path = None
    if output_dir is not None:
        folder = Path(output_dir) / "figures"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{_slug(name)}.png"
        fig.savefig(path, dpi=120, bbox_inches="tight")
        fig.savefig(folder / f"{_slug(name)}.svg", bbox_inches="tight")
    if show:
        from IPython.display import display

        display(fig)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path


def _escape(text: str) -> str:
    import html

    return html.escape(str(text))
