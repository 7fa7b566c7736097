"""Safe table files out: the one atomic writer for CSV and XLSX, and its inverse for reading.

Respondent text is untrusted: every text cell is stored as text, never as a formula, and the
tool's own readers get the exact text back (see :func:`neutralise` and :func:`restore`).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from esslingen_lab.errors import OutputError

__all__ = ["FORMULA_TRIGGERS", "neutralise", "restore", "restore_frame", "xlsx_escape",
           "xlsx_unescape", "check_outputs", "write_table", "write_workbook", "OutputFolder",
           "atomic_write", "excel_sheet_name", "excel_sheet_names"]

#: A spreadsheet evaluates a CSV cell starting with one of these as a formula (OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_TRIGGERED = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
# A plain number ("-5", "+3,5", "-1.2e3") is shown as a number, never run: left as it is.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
# OOXML strings: characters XML 1.0 cannot hold (and CR, which XML parsers turn into LF)
# are written as _xHHHH_, and a literal "_xHHHH_" gets its underscore escaped as _x005F_.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_XML_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_XML_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Excel: a sheet name has at most 31 characters, none of []:*?/\, no ' at either end.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_SHEET_MAX = 31
_MARKER = ".esslingen-lab-output"


def neutralise(text: str) -> str:
    r"""Make a CSV cell inert for spreadsheets: prefix ``'`` where a formula could start.

    A text starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return (after any
    number of ``'``) gets one more ``'`` in front, as OWASP recommends against CSV
    injection; plain numbers such as ``-5`` stay. :func:`restore` undoes it exactly.

    Examples
    --------
    >>> neutralise('=HYPERLINK("http://evil.example")')
    '\'=HYPERLINK("http://evil.example")'
    >>> neutralise("-5"), neutralise("'@x"), neutralise("Bürgeramt")
    ('-5', "''@x", 'Bürgeramt')
    """
    if _TRIGGERED.match(text) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo :func:`neutralise` (the tool's readers apply it to every CSV cell).

    Examples
    --------
    >>> restore(neutralise("=1+1")), restore("'s Ländle")
    ('=1+1', "'s Ländle")
    """
    return text[1:] if _ESCAPED.match(text) else text


def restore_frame(table):
    """Apply :func:`restore` to every text cell of a table read from a CSV (in place).

    Parameters
    ----------
    table : pandas.DataFrame
        As read by ``pandas.read_csv`` or the tool's readers.

    Returns
    -------
    pandas.DataFrame
        ``table``, its column dtypes kept.
    """
    for i in range(table.shape[1]):
        original = table.iloc[:, i]
        if original.dtype.kind in "biufcmM":
            continue
        column = original.astype(object)
        escaped = column.map(lambda v: isinstance(v, str) and v[:1] == "'")
        if escaped.any():
            restored = column.where(~escaped, column[escaped].map(restore))
            table.isetitem(i, restored.astype(original.dtype))
    return table


def xlsx_escape(text: str) -> str:
    """Escape a string for an XLSX cell as Excel does (``_xHHHH_``); lossless, see below."""
    text = _XML_ESCAPE_LIKE.sub("_x005F_", text)
    return _XML_UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def xlsx_unescape(text: str) -> str:
    r"""Undo :func:`xlsx_escape` (as Excel does when it opens a workbook).

    Examples
    --------
    >>> xlsx_unescape(xlsx_escape("a\x00b\rc _x0041_"))
    'a\x00b\rc _x0041_'
    """
    if "_x" not in text:
        return text
    return _XML_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def excel_sheet_name(name, used: set | None = None, *, default: str = "Tabelle") -> str:
    """Return ``name`` as a valid Excel sheet name, unique among ``used`` (which it joins).

    Forbidden characters become ``_``, the name is cut to 31 characters, and a name already
    in ``used`` (compared without case, as Excel does) gets ``~2``, ``~3`` … at its end.

    Parameters
    ----------
    name : str
    used : set, default=None
        Lower-case names taken so far; the returned name is added.
    default : str, default="Tabelle"
        Name for an empty ``name``.

    Examples
    --------
    >>> used = set()
    >>> excel_sheet_name("Befragte je Gruppe: Stadtteil [Anteil in %]", used)
    'Befragte je Gruppe_ Stadtteil _'
    >>> excel_sheet_name("befragte je gruppe_ stadtteil _", used)
    'befragte je gruppe_ stadtteil~2'
    """
    base = _SHEET_FORBIDDEN.sub("_", str(name))[:_SHEET_MAX].strip().strip("'") or default
    used = set() if used is None else used
    candidate, number = base, 2
    while candidate.lower() in used:
        suffix = f"~{number}"
        candidate = base[: _SHEET_MAX - len(suffix)].rstrip() + suffix
        number += 1
    used.add(candidate.lower())
    return candidate


def excel_sheet_names(names, *, default: str = "Tabelle") -> list[str]:
    """Return valid, unique Excel sheet names for ``names``, in order (see above)."""
    used: set = set()
    return [excel_sheet_name(name, used, default=default) for name in names]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_outputs(outputs, inputs=(), *, create_folder: bool = True) -> None:
    """Refuse outputs that would destroy an input, each other, or a folder.

    Parameters
    ----------
    outputs : dict
        ``{option name: path}`` of the files about to be written (None values ignored).
    inputs : iterable of path
        Files the command reads; none of them may be written to.
    create_folder : bool, default=True
        With False a missing parent folder is an error.

    Raises
    ------
    OutputError
        One line naming the output and what to do.
    """
    seen: dict[Path, str] = {}
    inputs = [Path(p) for p in inputs if p is not None]
    for option, path in outputs.items():
        if path is None:
            continue
        path = Path(path)
        if path.is_dir():
            raise OutputError(reason="output_is_folder", file=path, option=option,
                              example=path / "ergebnis.csv")
        if path.parent.exists() and not path.parent.is_dir():
            raise OutputError(reason="parent_is_file", file=path.parent, option=option)
        if not create_folder and not path.parent.is_dir():
            raise OutputError(reason="folder_missing", file=path.parent)
        resolved = path.resolve()
        for source in inputs:
            if resolved == source.resolve() or _same_file(path, source):
                raise OutputError(reason="overwrites_input", file=path, option=option)
        if resolved in seen:
            raise OutputError(reason="output_twice", file=path, first=seen[resolved],
                              second=option)
        seen[resolved] = option


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path, write, *, inputs=(), create_folder: bool = True) -> Path:
    """Call ``write(tmp_path)`` and move the result onto ``path``: the file is whole or old.

    The one atomic writer of the package: tables, workbooks, model files, exports. The
    temporary file lies beside ``path`` and keeps its suffix (writers choose the format by
    it); an existing file keeps its permissions, a new one gets the umask's.

    Parameters
    ----------
    path : str or Path
    write : callable
        Writes the whole content to the path it is given.
    inputs, create_folder
        As in :func:`write_table`: never onto an input; create a missing parent folder.

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "notiz.txt"
    >>> _ = atomic_write(target, lambda tmp: tmp.write_text("fertig", encoding="utf-8"))
    >>> target.read_text(encoding="utf-8")
    'fertig'
    """
    path = Path(path)
    check_outputs({"output": path}, inputs, create_folder=create_folder)
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    # the temporary keeps the target's suffix: pandas/openpyxl choose the format by it
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}",
                                        dir=path.parent)
    os.close(handle)
    try:
        write(Path(tmp_name))
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = _new_file_mode()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def _csv_frame(table):
    """Return a copy of ``table`` whose text cells are neutralised (numbers, NaN untouched)."""
    out = table.copy()
    for i in range(out.shape[1]):
        column = out.iloc[:, i]
        if column.dtype.kind not in "biufcmM":  # text: object, str, string or category
            out.isetitem(i, column.astype(object).map(
                lambda v: neutralise(v) if isinstance(v, str) else v))
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    return out


def _write_csv(table, tmp: Path, options: dict) -> None:
    import csv

    options = {"index": False, "encoding": "utf-8", **options}
    frame = _csv_frame(table)
    # The csv module quotes a cell only for the characters of its line end: with "\n" a lone
    # CR inside an answer would go out unquoted and split the row when read back. Tables
    # holding a CR are therefore written with "\r\n" (RFC 4180), which quotes it.
    has_cr = any(isinstance(v, str) and "\r" in v
                 for i in range(frame.shape[1]) if frame.iloc[:, i].dtype.kind == "O"
                 for v in frame.iloc[:, i].tolist())
    has_cr = has_cr or any("\r" in str(c) for c in frame.columns)
    options.setdefault("lineterminator", "\r\n" if has_cr else "\n")
    options.setdefault("quoting", csv.QUOTE_MINIMAL)
    frame.to_csv(tmp, **options)


def _cell(value):
    """Return a Python value openpyxl stores as the same value (text as text)."""
    import datetime as dt
    import numbers

    import numpy as np
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        value = float(value)
        return None if value != value else value
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime().replace(tzinfo=None)
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    return xlsx_escape(str(value))


def _fill_sheet(book, name: str, table, *, freeze: bool = False, widths: bool = False,
                notes=None, number_formats: bool = False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment

    notes = {(r, c): text for r, c, text in (notes or ())}

    sheet = book.create_sheet(title=name)
    header = [xlsx_escape(str(c)) for c in table.columns]
    if widths:
        for i in range(len(table.columns)):
            texts = [header[i], *map(str, table.iloc[:200, i].tolist())]
            letter = _column_letter(i + 1)
            sheet.column_dimensions[letter].width = min(max(max(map(len, texts)), 8) + 2, 60)
    if freeze:
        sheet.freeze_panes = "A2"

    def row_cells(values, row=None):
        cells = []
        for column, value in enumerate(values):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            elif number_formats and isinstance(value, float):
                cell.number_format = "#,##0.0###"
            elif number_formats and isinstance(value, int) and not isinstance(value, bool):
                cell.number_format = "#,##0"
            if (row, column) in notes:
                cell.comment = Comment(notes[(row, column)], "esslingen-lab")
            cells.append(cell)
        return cells

    sheet.append(row_cells(header))
    for index, row in enumerate(table.itertuples(index=False, name=None)):
        sheet.append(row_cells([_cell(v) for v in row], index))


def _column_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def _write_xlsx(sheets: dict, tmp: Path, *, freeze: bool = False, widths: bool = False,
                notes=None, number_formats: bool = False) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, table in sheets.items():
        _fill_sheet(book, name, table, freeze=freeze, widths=widths,
                    notes=(notes or {}).get(name), number_formats=number_formats)
    book.save(tmp)


def write_table(table, path, *, inputs=(), create_folder: bool = True, sheet: str = "Tabelle",
                **options) -> Path:
    """Write ``table`` to ``path`` (CSV, or XLSX by suffix) atomically and safely.

    Text cells are stored as text: in XLSX as strings (never formulas; control characters
    as ``_xHHHH_`` like Excel), in CSV neutralised by :func:`neutralise` and quoted when
    they hold a delimiter, quote, CR or LF. The tool's readers give the text back exactly.

    Parameters
    ----------
    table : pandas.DataFrame
    path : str or Path
    inputs : iterable of path, default=()
        Files the command read: writing onto one of them is refused.
    create_folder : bool, default=True
        Create a missing parent folder; with False a missing folder is an error.
    sheet : str, default="Tabelle"
        Sheet name of an XLSX file.
    **options
        Passed to ``DataFrame.to_csv`` (e.g. ``sep``, ``encoding``); defaults are
        ``index=False`` and UTF-8.

    Returns
    -------
    Path

    Raises
    ------
    OutputError
        The path is a folder, an input, or its folder is missing (with ``create_folder``
        False).
    """
    path = Path(path)
    if path.suffix.lower() in _XLSX_SUFFIXES:
        return atomic_write(path, lambda tmp: _write_xlsx({sheet: table}, tmp), inputs=inputs,
                       create_folder=create_folder)
    return atomic_write(path, lambda tmp: _write_csv(table, tmp, options), inputs=inputs,
                   create_folder=create_folder)


def write_workbook(sheets: dict, path, *, inputs=(), create_folder: bool = True,
                   freeze: bool = False, widths: bool = False, notes=None,
                   number_formats: bool = False) -> Path:
    """Write ``{sheet name: DataFrame}`` as one XLSX workbook, atomically, text as text.

    Parameters
    ----------
    sheets : dict
        Sheet names (valid Excel names) and their tables, in order.
    path : str or Path
    inputs, create_folder
        As in :func:`write_table`.
    freeze : bool, default=False
        Keep the header row visible when scrolling.
    widths : bool, default=False
        Set column widths from the content (at most 60 characters).
    notes : dict, default=None
        Sheet name → list of ``(row, column, text)``: a cell note (comment) on the data cell
        at that 0-based position below the header, e.g. why a cell is empty.
    number_formats : bool, default=False
        Show numbers with a thousands separator (``#,##0`` / ``#,##0.0###``).

    Returns
    -------
    Path
    """
    return atomic_write(Path(path), lambda tmp: _write_xlsx(sheets, tmp, freeze=freeze,
                                                       widths=widths, notes=notes,
                                                       number_formats=number_formats),
                   inputs=inputs, create_folder=create_folder)


class OutputFolder:
    r"""Write a set of files into a folder: all or nothing, and no stale files left over.

    Files are written into a hidden staging folder beside the target and moved into place
    when the ``with`` block ends without error. A folder the tool wrote before (it holds a
    marker file listing its files) loses the files of the earlier run that the new run does
    not write; a folder holding anything else is refused, so that no user file is replaced.

    Parameters
    ----------
    folder : str or Path
    inputs : iterable of path, default=()
        Files the command read: the folder must not contain any of them.

    Examples
    --------
    >>> import pandas as pd, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with OutputFolder(out) as folder:
    ...     _ = folder.table("a.csv", pd.DataFrame({"x": ["=1+1"]}))
    >>> (out / "a.csv").read_text()
    "x\n'=1+1\n"
    """

    def __init__(self, folder, *, inputs=()):
        self.folder = Path(folder)
        self.inputs = [Path(p) for p in inputs if p is not None]
        self.written: list[Path] = []
        self._stage: Path | None = None

    def _previous(self) -> list[str] | None:
        """Files of an earlier run in the folder; None if the folder holds foreign files."""
        if not self.folder.exists():
            return []
        if not self.folder.is_dir():
            raise OutputError(reason="output_folder_is_file", file=self.folder)
        marker = self.folder / _MARKER
        if marker.is_file():
            return [line for line in marker.read_text(encoding="utf-8").splitlines() if line]
        if any(self.folder.iterdir()):
            return None
        return []

    def __enter__(self):
        previous = self._previous()
        if previous is None:
            raise OutputError(reason="folder_not_empty", file=self.folder)
        self._old = previous
        for source in self.inputs:
            if source.exists() and self.folder.resolve() in source.resolve().parents:
                raise OutputError(reason="folder_holds_input", file=self.folder,
                                  source=source)
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        self._stage = Path(tempfile.mkdtemp(prefix=f".{self.folder.name}.", suffix=".tmp",
                                            dir=self.folder.parent))
        return self

    def path(self, relative) -> Path:
        """Return the staging path of ``relative`` (its folder created) for other writers."""
        relative = Path(relative)
        if relative.is_absolute() or ".." in relative.parts:
            raise ValueError(f"{relative}: must be a path inside the output folder")
        target = self._stage / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        self.written.append(relative)
        return target

    def table(self, relative, table, **options) -> Path:
        """Write one table (CSV or XLSX by suffix) with :func:`write_table`."""
        write_table(table, self.path(relative), **options)
        return self.folder / relative

    def workbook(self, relative, sheets: dict, **options) -> Path:
        """Write one workbook with :func:`write_workbook`."""
        write_workbook(sheets, self.path(relative), **options)
        return self.folder / relative

    def __exit__(self, kind, value, traceback):
        try:
            if kind is None:
                self._commit()
        finally:
            shutil.rmtree(self._stage, ignore_errors=True)
        return False

    def _inside(self, relative) -> Path | None:
        """Path of ``relative`` in the folder; None if it leads out (absolute, "..", symlink).

        The marker file lists earlier files; it lies in a folder others can write to, so a
        line of it is only trusted when it names a plain file below the folder.
        """
        relative = Path(relative)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            return None
        current = self.folder
        for part in relative.parts:
            current = current / part
            if current.is_symlink():
                return None
        return current

    def _commit(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        new = {rel.as_posix() for rel in self.written}
        targets = {rel: self._inside(rel) for rel in self.written}
        for rel, target in targets.items():  # all checked before any file is replaced
            if target is None:
                raise OutputError(reason="folder_holds_link", file=self.folder / rel)
        for rel, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            source = self._stage / rel
            try:
                os.chmod(source, stat.S_IMODE(target.stat().st_mode))
            except FileNotFoundError:
                os.chmod(source, _new_file_mode())
            os.replace(source, target)
        old = {stale: self._inside(stale) for stale in self._old}
        for stale in set(self._old) - new:
            target = old[stale]
            if target is not None and target.is_file():
                target.unlink()
        marker = self.folder / _MARKER
        if marker.is_symlink():
            marker.unlink()  # never write through a link planted in the folder
        marker.write_text("".join(f"{rel}\n" for rel in sorted(new)), encoding="utf-8")
        for directory in sorted({t.parent for t in old.values() if t is not None}, reverse=True):
            if directory != self.folder and directory.is_dir() and not any(directory.iterdir()):
                directory.rmdir()
