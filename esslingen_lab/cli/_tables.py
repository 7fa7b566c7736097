"""Reading a user's table for a sub-command: rows and the named columns must be there."""

from __future__ import annotations

from esslingen_lab.cli._texts import column_labels
from esslingen_lab.errors import InputError, closest


def missing_column(path, column, option: str, columns) -> InputError:
    """Return the error for a column ``option`` names that the table lacks, with the closest.

    "did you mean 'Straße'?" for a typo or umlauts typed as "ae"/"ss" ("strasse"); the
    columns there are listed either way.
    """
    labels = column_labels(list(columns)[:20])  # a name that is personal data as "Nr. 3"
    close = closest(column, [label for label in labels if not label.startswith("Nr. ")])
    return InputError(reason="no_column", hint_key="no_column.close" if close else None,
                      file=path, column=column, option=option, close=close,
                      shown=", ".join(labels))


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


def read_text_table(path):
    """Read ``path`` as text cells (empty for missing); refuse lines that could not be read.

    One reader for every command that shows or rewrites a table's text (``redact``,
    ``quotes review``): a CSV line with more or fewer fields than the header is a one-line
    error naming the file and the first such line, never a row skipped in silence.

    Returns
    -------
    (pandas.DataFrame, str, str)
        The table, the CSV delimiter (``,`` for other formats) and the encoding to write
        back (``utf-8-sig`` when the input had a BOM, else ``utf-8``).
    """
    import pandas as pd

    from esslingen_lab.surveys.readers import read_table_with_bad_rows

    read = read_table_with_bad_rows(path, value_labels=True)
    if read.bad_rows:
        first = read.bad_rows[0]
        raise InputError(reason="table_wrong_fields", n=len(read.bad_rows), file=path,
                         row=first.row)
    if not isinstance(read.table.index, pd.RangeIndex):
        # pandas turns surplus leading fields into an index instead of failing
        raise InputError(reason="table_surplus_fields", file=path)
    table = read.table.astype(object)
    table = table.where(table.notna(), "")
    delimiter = read.delimiter or ","
    encoding = "utf-8-sig" if read.encoding == "utf-8-sig" else "utf-8"
    return table, delimiter, encoding


