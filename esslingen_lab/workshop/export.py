"""Export a workshop: pseudonymous ballots, results, items, themes and the audit log.

Writes one CSV per table, one XLSX workbook with a sheet per table and the curation as a
ThemeMap (``theme_map.json``, which the report applies to its own fit), for the report's
workshop notebook and for archiving.
"""

from __future__ import annotations

from pathlib import Path

from esslingen_lab.files import OutputFolder
from esslingen_lab.workshop.store import WorkshopStore

#: Tables written, in this order, as ``<name>.csv`` and as sheets of ``workshop.xlsx``.
TABLES = ("results", "ballots", "items", "rounds", "themes", "audit_log")
#: The workshop's curation (imported themes, their fit and every step not undone).
THEME_MAP = "theme_map.json"


def export_workshop(db_path, output_dir) -> dict:
    """Write the workshop's tables to ``output_dir``.

    Ballots carry only the participant pseudonym (``T0001`` ...), never the token.
    Answer texts are not exported (themes carry sizes and keywords only).

    Parameters
    ----------
    db_path : str or Path
        The workshop's SQLite file.
    output_dir : str or Path
        Folder to write to: new, empty or an earlier export (whose files are replaced).

    Returns
    -------
    dict
        ``{table name: Path of its CSV}`` plus ``"xlsx"``: the workbook, and
        ``"theme_map"``: the curation (when themes were imported).

    Raises
    ------
    OutputError
        ``output_dir`` holds other files (nothing is replaced then).
    """
    import pandas as pd

    store = WorkshopStore(db_path)
    tables = store.export_tables()
    theme_map = store.theme_map()
    output_dir = Path(output_dir)
    written = {}
    frames = {name: _whole_numbers(pd.DataFrame(tables[name])) for name in TABLES}
    with OutputFolder(output_dir, inputs=[db_path]) as folder:
        for name, frame in frames.items():
            # utf-8-sig: Excel on German Windows opens umlauts correctly
            written[name] = folder.table(f"{name}.csv", frame, encoding="utf-8-sig")
        sheets = {name: frame if not frame.empty else
                  pd.DataFrame({"hinweis": ["(keine Einträge)"]})
                  for name, frame in frames.items()}
        written["xlsx"] = folder.workbook("workshop.xlsx", sheets)
        if theme_map is not None:
            theme_map.to_json(folder.path(THEME_MAP))
            written["theme_map"] = output_dir / THEME_MAP
    return written


def _whole_numbers(frame):
    """Integer columns with gaps stay integers ("5", not "5.0"; a gap stays empty)."""
    for column in frame.columns:
        values = frame[column]
        present = values.dropna()
        if values.dtype.kind == "f" and len(present) and (present == present.round()).all():
            frame[column] = values.astype("Int64")
    return frame
