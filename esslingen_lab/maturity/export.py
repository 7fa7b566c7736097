"""Writing a fitted maturity report: tables as CSV and one workbook, charts as PNG + SVG."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from esslingen_lab import plots
from esslingen_lab.files import OutputFolder, excel_sheet_names
from esslingen_lab.maturity.report import MaturityReport
from esslingen_lab.maturity.services import load_ozg_model, service_levels, service_summary
from esslingen_lab.maturity.views import check_fitted

__all__ = ["write_outputs"]



def write_outputs(report: MaturityReport, output_dir, *, services: pd.DataFrame | None = None,
                  service_model=None, group_columns=None, language: str | None = None,
                  charts: bool = True, inputs=(), hide: dict | None = None,
                  services_file=None) -> dict:
    """Write a fitted report's tables (CSV + one XLSX) and charts (PNG + SVG).

    Parameters
    ----------
    report : MaturityReport
        Fitted report.
    output_dir : str or Path
        Created if missing; gets ``tables/*.csv``, ``reifegrad.xlsx`` (one sheet per table)
        and ``charts/*.png|svg``.
    services : pandas.DataFrame, default=None
        Services × OZG criteria table; adds service levels, summary and a chart.
    services_file : str or Path, default=None
        The file ``services`` was read from, named in its error messages.
    service_model : str or dict, default=None
        OZG model for ``services``.
    group_columns : list of str, default=None
        Grouping columns for breakdowns (suppressed below the anonymity threshold); default
        every grouping column of the surveys.
    language : {"de", "en"}, default=None
        Chart language; default the report's.
    charts : bool, default=True
        Draw and save the charts (tables only when False).
    inputs : iterable of path, default=()
        Files the run read; refused as (or inside) the output folder.
    hide : dict, default=None
        Grouping column → groups hidden in every breakdown by that column (the disclosure
        plan, :func:`esslingen_lab.privacy.group_plan`).

    Returns
    -------
    dict
        ``{"tables": [csv paths], "workbook": xlsx path, "charts": [png paths]}``.

    Raises
    ------
    OutputError
        ``output_dir`` holds files the tool did not write (nothing is replaced then).
    """
    check_fitted(report)
    language = language or report.language
    out = Path(output_dir)
    tables = report.tables()
    drawn = _report_charts(report, language) if charts else {}
    for col in report.group_columns_ if group_columns is None else group_columns:
        table = report.by_group(col, hide=(hide or {}).get(col))
        tables[f"nach_{col}"] = table
        for label, part in table.groupby("sample", sort=False) if charts else ():
            drawn[f"radar_{col}_{_slug(label)}"] = plots.radar_chart(
                part, group=col, language=language, title=f"{label}: {col}")
    if services is not None:
        model = (service_model if isinstance(service_model, dict)
                 else load_ozg_model(service_model))
        levels = service_levels(services, model, language=language,
                                file=None if services_file is None else str(services_file))
        tables["leistungen"] = levels
        tables["leistungen_uebersicht"] = service_summary(levels, model, language=language)
        if charts:
            drawn["leistungen"] = plots.service_level_chart(levels, model, language=language)
    # All files go to a staging folder first and into place only when complete; an earlier
    # run's charts that this run does not draw are removed, a folder of other files refused.
    with OutputFolder(out, inputs=inputs) as folder:
        for name, table in tables.items():
            folder.table(Path("tables") / f"{name}.csv", table)
        folder.workbook("reifegrad.xlsx", dict(zip(excel_sheet_names(tables), tables.values(),
                                                   strict=True)))
        for name, fig in drawn.items():
            plots.save_figure(fig, folder.path(Path("charts") / f"{name}.png"))
            folder.path(Path("charts") / f"{name}.svg")  # save_figure writes both
    staged = folder.written
    csvs = [out / rel for rel in staged if rel.suffix == ".csv"]
    pngs = [out / rel for rel in staged if rel.suffix == ".png"]
    return {"tables": csvs, "workbook": out / "reifegrad.xlsx", "charts": pngs}


def _report_charts(report, language) -> dict:
    """Return the charts of the whole report: radar, scores with CIs and (if any) the gap."""
    drawn = {"radar": plots.radar_chart(report, language=language),
             "reifegrad_ci": plots.score_chart(report, language=language)}
    if len(report.gap_) and report.gap_["gap"].notna().any():
        drawn["luecke"] = plots.gap_chart(report, language=language)
    return drawn


def _slug(text):
    text = str(text).lower()
    for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(src, dst)
    return re.sub(r"[^0-9a-z_-]+", "_", text).strip("_") or "x"
