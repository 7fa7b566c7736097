"""Writing the command line's output files: whole or not at all.

A table is written to a temporary file beside its target and then renamed, so a crash or
Ctrl+C never leaves a half-written CSV or XLSX behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_table(table, path, *, create_folder: bool = True, **options) -> Path:
    """Write ``table`` to ``path`` (CSV, or XLSX by suffix) atomically.

    Parameters
    ----------
    table : pandas.DataFrame
    path : str or Path
    create_folder : bool, default=True
        Create a missing parent folder; with False a missing folder is an error for the
        caller to report.
    **options
        Passed to ``DataFrame.to_csv`` (e.g. ``sep``, ``encoding``); CSV defaults are
        ``index=False`` and UTF-8.

    Returns
    -------
    Path
    """
    path = Path(path)
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            table.to_excel(tmp_name, index=False, engine="openpyxl")
        else:
            table.to_csv(tmp_name, **{"index": False, "encoding": "utf-8", **options})
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def write_workbook(sheets, path, *, finish=None) -> Path:
    """Write several tables as the sheets of one XLSX workbook, atomically.

    Parameters
    ----------
    sheets : dict of str to pandas.DataFrame
        Sheet name to table, in order.
    path : str or Path
    finish : callable, default=None
        Called with the openpyxl workbook before it is saved (widths, number formats, notes).

    Returns
    -------
    Path
    """
    import pandas as pd

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # the temporary name ends in .xlsx too: pandas picks the writer by the extension
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp.xlsx",
                                        dir=path.parent)
    os.close(handle)
    try:
        with pd.ExcelWriter(tmp_name, engine="openpyxl") as writer:
            for name, table in sheets.items():
                table.to_excel(writer, sheet_name=name, index=False)
            for sheet in writer.book.worksheets:
                for row in sheet.iter_rows():
                    for cell in row:
                        if cell.data_type == "f":
                            cell.data_type = "s"  # text that starts with "=" stays text
            if finish is not None:
                finish(writer.book)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path
