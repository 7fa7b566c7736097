"""Reading a user's table for a sub-command: rows and the named columns must be there."""

from __future__ import annotations

from esslingen_lab.errors import InputError, closest


def missing_column(path, column, option: str, columns) -> InputError:
    """Return the error for a column ``option`` names that the table lacks, with the closest.

    "did you mean 'Straße'?" for a typo or umlauts typed as "ae"/"ss" ("strasse"); the
    columns there are listed either way.
    """
    columns = [str(c) for c in columns]
    close = closest(column, columns)
    return InputError(reason="no_column", hint_key="no_column.close" if close else None,
                      file=path, column=column, option=option, close=close,
                      shown=", ".join(columns[:20]))


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
            raise missing_column(path, column, option, table.columns)
    return table
