"""Reading survey exports: CSV (delimiter and encoding detected), XLSX and SPSS ``.sav``.

Every reader returns text cells (empty cell = ``""``) so that validation sees values exactly
as exported; unreadable files raise one :class:`~esslingen_lab.errors.InputError` line.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from esslingen_lab.errors import InputError
from esslingen_lab.files import restore, restore_frame, xlsx_unescape
from esslingen_lab.surveys.column_names import same_key

__all__ = ["read_table", "read_table_with_bad_rows", "detect_encoding", "detect_delimiter"]

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
SPSS_SUFFIXES = {".sav", ".zsav"}
_ENCODINGS = ("utf-8", "cp1252", "latin-1")


@dataclass
class BadRow:
    """A line of a CSV that could not be split into the header's columns."""

    row: int
    fields: int
    expected: int


@dataclass
class TableRead:
    """A table as read, plus the malformed lines that were set aside (CSV only)."""

    table: pd.DataFrame
    bad_rows: list[BadRow] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None


def detect_encoding(raw: bytes) -> str:
    """Return the first of UTF-8 (with or without BOM), cp1252, Latin-1 that decodes ``raw``.

    A file starting with a UTF-16 byte order mark (Excel's "Unicode text") is UTF-16.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in _ENCODINGS:
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"  # pragma: no cover - latin-1 decodes every byte string


def detect_delimiter(sample: str) -> str:
    """Guess the delimiter among ``,`` ``;`` and tab from the first lines of a CSV.

    The header line decides when one candidate splits it into more columns than the others
    (answers below may hold any delimiter); otherwise :class:`csv.Sniffer` looks at the lines.
    """
    header = sample.splitlines()[0] if sample else ""
    widths = {d: len(next(csv.reader([header], delimiter=d), [])) for d in (",", ";", "\t")}
    best = max(widths.values())
    if best > 1 and list(widths.values()).count(best) == 1:
        return max(widths, key=widths.get)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample else ""
        counts = {d: header.count(d) for d in (";", ",", "\t")}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _looks_binary(raw: bytes) -> bool:
    # Control characters (even NUL) inside answers of a UTF-8 file are text the tool wrote
    # or a respondent typed; a zip, an SPSS file or UTF-16 is not valid UTF-8 at all.
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark
        try:
            raw.decode("utf-16")
            return False
        except UnicodeDecodeError:
            return True
    try:
        text = head.decode("utf-8")
        # only control characters, not one letter or digit: no table a survey tool wrote
        return bool(text.strip()) and not any(ch.isalnum() for ch in text) and any(
            ch < " " and ch not in "\t\r\n" for ch in text
        )
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return False  # a character cut at the end of the sample
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def _read_csv(path: Path) -> TableRead:
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError(reason="file_empty", file=path)
    if _looks_binary(raw):
        raise InputError(reason="file_binary", file=path)
    encoding = detect_encoding(raw)
    mixed = _mixed_encoding_lines(raw) if encoding not in ("utf-8", "utf-16") else []
    if mixed:
        text = _decode_per_line(raw)
        shown = ", ".join(map(str, mixed[:10])) + (" …" if len(mixed) > 10 else "")
        warnings.warn(f"{path}: lines {shown} are in Windows encoding (cp1252), the others in "
                      "UTF-8 — each line was decoded by its own encoding; check them and save "
                      "the file as UTF-8", UserWarning, stacklevel=3)
        encoding = "utf-8"
    else:
        text = raw.decode(encoding)
    delimiter = detect_delimiter(text[:65536])
    names = _refuse_header_twice(path, text, delimiter)
    options = dict(sep=delimiter, dtype=str, keep_default_na=False, na_filter=False,
                   skip_blank_lines=True, index_col=False)
    bad: list[BadRow] = []
    try:
        with warnings.catch_warnings():
            # pandas warns (and drops data) when the first row has more fields than the header
            warnings.simplefilter("error", pd.errors.ParserWarning)
            table = pd.read_csv(io.StringIO(text), engine="c", **options)
    except pd.errors.ParserError as exc:
        message = str(exc)
        if "EOF" in message:
            match = re.search(r"row (\d+)", message)
            row = int(match.group(1)) + 1 if match else None
            raise InputError(reason="csv_unclosed_quote", file=path, row=row) from None
        table, bad = _read_csv_tolerant(text, delimiter)
    except pd.errors.ParserWarning:
        table, bad = _read_csv_tolerant(text, delimiter)
    except pd.errors.EmptyDataError:
        raise InputError(reason="no_header", file=path) from None
    if len(names) == len(table.columns):
        table.columns = names  # an empty name stays empty (pandas wrote "Unnamed: 2")
    else:
        table.columns = [restore(str(c).strip()) for c in table.columns]
    return TableRead(restore_frame(table), bad, encoding, delimiter)


def _refuse_header_twice(path: Path, text: str, delimiter: str) -> list[str]:
    """Raise if a column name stands twice in the CSV's header line; return the names.

    pandas renames the second "text" to "text.1": a command told to work on "text" would
    then leave the other column as it was (``redact`` would write it unredacted). Names that
    only look alike (case, Unicode composition, invisible characters) count as the same.
    """
    header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    names = [restore(h.strip()) for h in header]
    _refuse_names_twice(path, names)
    return names


def _refuse_names_twice(path, names) -> None:
    seen: dict = {}
    for number, name in enumerate(map(str, names), start=1):
        key = same_key(name)
        if key == "":
            continue  # an empty name is checked with the column's values
        if key in seen:
            from esslingen_lab.privacy.labels import column_labels

            first_number, first = seen[key]
            # a name that is itself personal data ("anna@web.de") is named by its place
            labels = column_labels(list(map(str, names))[:number])
            shown, first_shown = labels[number - 1], labels[first_number - 1]
            if first == name:
                raise InputError(reason="column_twice", file=path, column=shown)
            raise InputError(reason="column_alike", file=path, column=shown, first=first_shown,
                             number=number, first_number=first_number)
        seen[key] = (number, name)


def _refuse_unnamed_values(path, table: pd.DataFrame) -> None:
    """Raise at the second column without a name that holds values.

    One such column (the row numbers R's ``write.csv`` or pandas' ``to_csv`` write) is kept
    with its empty name and written back as it was; two could not be told apart.
    """
    first = None
    for number, name in enumerate(table.columns, start=1):
        if same_key(name) != "":
            continue
        values = table.iloc[:, number - 1]
        if values.astype(object).fillna("").astype(str).str.strip().ne("").any():
            if first is not None:
                raise InputError(reason="column_unnamed", file=path, number=number,
                                 first_number=first)
            first = number


def _mixed_encoding_lines(raw: bytes) -> list[int]:
    """Line numbers (1-based) in cp1252 when the other non-ASCII lines are UTF-8, else []."""
    legacy, utf8 = [], False
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(number)
        else:
            utf8 = True
    return legacy if utf8 else []


def _decode_per_line(raw: bytes) -> str:
    lines = []
    for line in raw.split(b"\n"):
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                lines.append(line.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
    return "\n".join(lines).removeprefix("\ufeff")


def _read_csv_tolerant(text: str, delimiter: str):
    """Split a CSV whose lines have too many fields: such lines are set aside as bad rows.

    Lines with fewer fields are padded with empty cells, as pandas does.
    """
    # a long answer (1 MB) is a field, not an error: lift the csv module's 128 kB limit
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    # newline="": the csv module itself decides what ends a record (a lone CR in a cell)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in next(records)]
    width = len(header)
    good, bad = [], []
    number = 1  # the header is record 1
    for fields in records:
        number += 1
        if not fields:
            number -= 1
            continue
        if len(fields) > width:
            bad.append(BadRow(row=number, fields=len(fields), expected=width))
        else:
            good.append(fields + [""] * (width - len(fields)))
    return pd.DataFrame(good, columns=header, dtype=object), bad


def _excel_cell(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return str(value)


def _xlsx_cell(value):
    text = _excel_cell(value)
    return xlsx_unescape(text) if isinstance(value, str) else text  # _xHHHH_ as Excel writes


def _read_excel(path: Path, sheet) -> TableRead:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(reason="reader_needs_package", file=path, kind="XLSX",
                         package="openpyxl") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise InputError(reason="xlsx_unreadable", file=path,
                         problem=type(exc).__name__) from None
    try:
        names = book.sheetnames
        if sheet is None:
            ws = book[names[0]]
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise InputError(reason="xlsx_no_sheet_number", file=path, sheet=sheet,
                                 hint_key="xlsx_sheets.hint", sheets=", ".join(names))
            ws = book[names[sheet]]
        elif sheet in names:
            ws = book[sheet]
        else:
            raise InputError(reason="xlsx_no_sheet", file=path, sheet=sheet,
                             hint_key="xlsx_sheets.hint", sheets=", ".join(names))
        rows = list(ws.iter_rows(values_only=True))
    finally:
        book.close()
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    if not rows:
        raise InputError(reason="xlsx_sheet_empty", file=path)
    width = max(len(r) for r in rows)
    header = [_xlsx_cell(v).strip() for v in rows[0]] + [""] * (width - len(rows[0]))
    # a column with neither a name nor a value (formatted cells) is not a column; one with
    # values but no name is refused by read_table_with_bad_rows, never dropped
    while header and header[-1] == "" and all(
            len(r) < width or _xlsx_cell(r[width - 1]).strip() == "" for r in rows[1:]):
        header.pop()
        width -= 1
    data = [[_xlsx_cell(v) for v in r[:width]] + [""] * (width - len(r[:width]))
            for r in rows[1:]]
    table = pd.DataFrame(data, columns=header, dtype=object)
    return TableRead(table)


def _read_spss(path: Path, value_labels: bool) -> TableRead:
    try:
        import pyreadstat
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(reason="reader_needs_package", file=path, kind="SPSS",
                         package="pyreadstat") from None
    try:
        frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=False)
    except Exception as exc:
        raise InputError(reason="spss_unreadable", file=path,
                         problem=type(exc).__name__) from None
    out = pd.DataFrame(index=frame.index)
    labels = meta.variable_value_labels if value_labels else {}
    for column in frame.columns:
        values = frame[column]
        mapping = labels.get(column)
        if mapping:
            text = values.map(lambda v, m=mapping: m.get(v, v))
            out[column] = pd.Categorical(text.map(_excel_cell),
                                         categories=list(dict.fromkeys(
                                             [*map(_excel_cell, mapping.values()), ""])))
        else:
            out[column] = values.map(_excel_cell).astype(object)
    return TableRead(out)


def read_table_with_bad_rows(path, sheet=None, *, value_labels: bool = True) -> TableRead:
    """Read a table like :func:`read_table` and also return malformed CSV lines set aside."""
    path = Path(path)
    if not path.exists():
        raise InputError(reason="file_not_found", file=path)
    if path.is_dir():
        raise InputError(reason="is_folder_not_data", file=path)
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        read = _read_excel(path, sheet)
    elif suffix in SPSS_SUFFIXES:
        read = _read_spss(path, value_labels)
    elif suffix in CSV_SUFFIXES or suffix == "":
        read = _read_csv(path)
    elif suffix == ".xls":
        raise InputError(reason="xls_old", file=path)
    else:
        raise InputError(reason="file_type_unknown", file=path, suffix=suffix)
    table = read.table
    if len(table.columns) == 0:
        raise InputError(reason="no_columns", file=path)
    _refuse_names_twice(path, table.columns)
    empty_names = [i for i, c in enumerate(table.columns) if same_key(c) == ""]
    if empty_names and len(table) == 0:
        raise InputError(reason="no_header", file=path)
    _refuse_unnamed_values(path, table)
    return read


def read_table(path, sheet=None, *, value_labels: bool = True) -> pd.DataFrame:
    r"""Read a CSV, XLSX or SPSS file into a DataFrame of text cells.

    Parameters
    ----------
    path : str or Path
        ``.csv``/``.tsv``/``.txt`` (delimiter ``,`` ``;`` or tab and encoding UTF-8,
        UTF-8 with BOM, cp1252 or Latin-1 are detected), ``.xlsx`` or ``.sav``.
    sheet : str or int, default=None
        Sheet of an XLSX workbook; the first when None.
    value_labels : bool, default=True
        For SPSS files, show value labels instead of codes (as categories).

    Returns
    -------
    pandas.DataFrame
        Cells as text, an empty cell as ``""``. Malformed CSV lines (wrong number of fields)
        are left out; use :func:`read_table_with_bad_rows` to see them.

    Raises
    ------
    InputError
        The file is missing, empty, binary, has an unclosed quote or an unknown sheet.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
    >>> _ = p.write_bytes("id;Straße\n1;Mülberger\n".encode("cp1252"))
    >>> read_table(p)["Straße"].tolist()
    ['Mülberger']
    """
    return read_table_with_bad_rows(path, sheet, value_labels=value_labels).table
