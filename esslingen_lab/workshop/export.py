"""Export a workshop: pseudonymous ballots, results, items, themes and the audit log.

Writes one CSV per table and one XLSX workbook with a sheet per table, for the report's
workshop notebook and for archiving.
"""

from __future__ import annotations

from pathlib import Path

from esslingen_lab.workshop.store import WorkshopStore

#: Tables written, in this order, as ``<name>.csv`` and as sheets of ``workshop.xlsx``.
TABLES = ("results", "ballots", "items", "rounds", "themes", "audit_log")


def export_workshop(db_path, output_dir) -> dict:
    """Write the workshop's tables to ``output_dir``.

    Ballots carry only the participant pseudonym (``T0001`` ...), never the token.
    Answer texts are not exported (themes carry sizes and keywords only).

    Parameters
    ----------
    db_path : str or Path
        The workshop's SQLite file.
    output_dir : str or Path
        Folder to write to (created).

    Returns
    -------
    dict
        ``{table name: Path of its CSV}`` plus ``"xlsx"``: the workbook.
    """
    import pandas as pd

    tables = WorkshopStore(db_path).export_tables()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    frames = {}
    for name in TABLES:
        frame = pd.DataFrame(tables[name])
        frames[name] = frame
        path = output_dir / f"{name}.csv"
        # utf-8-sig: Excel on German Windows opens umlauts correctly
        frame.to_csv(path, index=False, encoding="utf-8-sig")
        written[name] = path
    xlsx = output_dir / "workshop.xlsx"
    with pd.ExcelWriter(xlsx, engine="openpyxl") as writer:
        for name, frame in frames.items():
            if frame.empty:
                frame = pd.DataFrame({"hinweis": ["(keine Einträge)"]})
            frame.to_excel(writer, sheet_name=name, index=False)
    written["xlsx"] = xlsx
    return written
