"""Reading a user's table for a sub-command: rows and the named columns must be there."""

from __future__ import annotations

from esslingen_lab.errors import InputError


def read_with_columns(path, columns: dict):
    """Read ``path`` (CSV/XLSX/SAV) as text cells; check it has rows and every column.

    Parameters
    ----------
    path : str or Path
    columns : dict
        ``{option: column name}`` (``{"--text-column": "text"}``); None values are skipped.
        A missing column is named with the option that sets it.

    Raises
    ------
    InputError
        ``reason="no_rows"`` or ``reason="no_column"`` (the columns there are listed).
    """
    from esslingen_lab.surveys import read_table

    table = read_table(path)
    if len(table) == 0:
        raise InputError(reason="no_rows", file=path)
    for option, column in columns.items():
        if column is not None and column not in table.columns:
            raise InputError(reason="no_column", file=path, column=column, option=option,
                             shown=", ".join(map(str, table.columns[:20])))
    return table
