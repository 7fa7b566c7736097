"""The report's Excel workbook: every published table, numbers as numbers, headers in words.

Part of :mod:`esslingen_lab.reports`. Suppressed cells ("<5", "–") become empty cells with a
note, shares are percentages (one unit per column), code names get the labels of the spec.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from esslingen_lab.files import excel_sheet_name
from esslingen_lab.i18n import LANGUAGES, Catalogue
from esslingen_lab.reports.publish import PUBLISHED_INDEX

#: Values that mark a cell without a number (suppressed or not defined).
MARKS = re.compile(r"<\s?\d+|–|-|—|n/a")

_WORDS = Catalogue("reports.workbook", {
    "de": {"index": "Inhalt", "sheet": "Blatt", "part": "Teil", "caption": "Beschreibung",
           "file": "Datei", "table": "Tabelle", "note": "Hinweis",
           "marks": "Leere Zelle mit Kommentar: Wert ausgeblendet („<k“: weniger als k "
                    "Befragte) oder nicht definiert („–“)."},
    "en": {"index": "Contents", "sheet": "Sheet", "part": "Part", "caption": "Description",
           "file": "File", "table": "Table", "note": "Note",
           "marks": "Empty cell with a comment: value hidden (“<k”: fewer than k respondents) "
                    "or not defined (“–”)."},
})


def collect_published(run_dir, notebook_names) -> list[dict]:
    """List the tables the notebooks published, in notebook and publishing order.

    Returns
    -------
    list of dict
        Keys notebook, name, caption, file (relative to the run directory), path, sheet.
    """
    tables, used = [], {"inhalt", "contents"}
    for nb_name in notebook_names:
        folder = Path(run_dir) / "results" / nb_name
        seen = {}
        index = folder / PUBLISHED_INDEX
        if index.is_file():
            for line in index.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                if entry.get("kind") == "table":
                    seen.pop(entry["name"], None)  # a re-published table takes the later place
                    seen[entry["name"]] = entry
        for csv in sorted((folder / "tables").glob("*.csv")):
            seen.setdefault(csv.stem, {"name": csv.stem, "caption": None})
        for name, entry in seen.items():
            path = folder / "tables" / f"{name}.csv"
            if not path.is_file():
                continue
            tables.append({"notebook": nb_name, "name": name, "caption": entry.get("caption"),
                           "file": str(path.relative_to(run_dir)), "path": path,
                           "sheet": excel_sheet_name(name, used)})
    return tables



def localised_sheet_names(tables, language: str = "de") -> None:
    """Rename the sheets after their captions: "03 Befragte je Gruppe" (in place).

    The caption's first clause, cut at a word boundary to Excel's 31 characters.
    """
    used = {_WORDS[language]["index"].lower()}
    for i, t in enumerate(tables, 1):
        caption = t.get("caption") or t["name"].replace("_", " ")
        caption = re.split(r"[:;(]| – | mit ", caption)[0].strip() or caption
        words, name = caption.split(), f"{i:02d}"
        for word in words:
            if len(name) + 1 + len(word) > 31:
                break
            name += " " + word
        t["sheet"] = excel_sheet_name(name, used)


def _as_number(text: str):
    value = text.strip().replace("\u202f", "").replace("−", "-")
    try:
        return float(value)
    except ValueError:
        return None


def tidy_table(frame: pd.DataFrame, language: str = "de", labels: dict | None = None):
    """Return the table as the workbook stores it, and the notes of its emptied cells.

    Numeric columns hold numbers (rounded to at most four decimals, one decimal for
    percentages); cells marked "<5" or "–" in them become empty and are listed in the notes;
    shares between 0 and 1 in a column named "Anteil …"/"Share …" become percentages; code
    names and ``True``/``False`` become words.

    Returns
    -------
    table : pandas.DataFrame
    notes : list of (int, int, str)
        Row (0-based, without header), column and the original mark of each emptied cell.
    """
    labels = labels or {}
    out = pd.DataFrame(index=frame.index)
    notes = []
    for j, column in enumerate(frame.columns):
        header = labels.get(str(column), str(column))
        values = frame[column]
        if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
            numbers = values.astype(float) if not pd.api.types.is_bool_dtype(values) else None
        else:
            numbers = None
        if numbers is None:
            texts = values.astype(object).where(values.notna(), None)
            parsed = [None if v is None else _as_number(str(v)) for v in texts]
            filled = [v for v in texts if v is not None and str(v).strip() != ""]
            marks = [v for v in filled if MARKS.fullmatch(str(v).strip())]
            numeric = [p for p in parsed if p is not None]
            if numeric and len(numeric) + len(marks) == len(filled):
                numbers = pd.Series(parsed, index=frame.index, dtype=float)
                for i, v in enumerate(texts):
                    if v is not None and parsed[i] is None and str(v).strip():
                        notes.append((i, j, str(v).strip()))
        if numbers is not None:
            shares = numbers.dropna()
            if re.match(r"(?i)(anteil|share)\b", header) and "%" not in header and len(shares) \
                    and shares.between(0, 1).all():
                numbers, header = numbers * 100, f"{header} (%)"
            numbers = numbers.round(1 if "%" in header else 4)
            if len(numbers.dropna()) and (numbers.dropna() % 1 == 0).all():
                numbers = numbers.astype("Int64")
            out[header] = numbers
        else:
            out[header] = [None if v is None or (isinstance(v, float) and pd.isna(v)) else
                           _code_text(str(v), language, labels) for v in values.astype(object)]
    return out, notes


def _code_text(text, language, labels):
    from esslingen_lab.reports.conventions import localise_text

    code = re.fullmatch(r"([A-Za-z][\w-]*): (.+)", text)
    if code and code.group(1) in labels:
        return code.group(2)
    words = localise_text(text, language, labels)
    # a text column keeps numbers as they are; only words and codes are replaced
    return words if not re.fullmatch(r"[-\d.,\s]+", text.strip()) else text


def write_workbook(tables, path, *, language="de", labels=None, extra=None) -> Path:
    """Write every table into one XLSX workbook: an index sheet, then one sheet per table.

    Parameters
    ----------
    tables : list of dict
        From :func:`collect_published` (keys notebook, name, caption, path, sheet); a table
        without ``sheet`` gets one after its name (set in place).
    path : str or Path
    language : {"de", "en"}, default="de"
    labels : dict, default=None
        Code name → label (:func:`esslingen_lab.reports.conventions.spec_labels`).
    extra : list of (str, str, pandas.DataFrame), default=None
        Tables put first, as (sheet name, caption, table) — e.g. the key findings.
    """
    from esslingen_lab.files import restore_frame
    from esslingen_lab.files import write_workbook as write_atomically
    from esslingen_lab.reports.texts import NOTEBOOK_TITLES

    words = _WORDS[language if language in LANGUAGES else "de"]
    pick = 1 if language == "en" else 0
    sheets, all_notes, rows = {}, {}, []
    used = {words["index"].lower(), *(t["sheet"].lower() for t in tables if t.get("sheet"))}
    for t in tables:
        if not t.get("sheet"):
            t["sheet"] = excel_sheet_name(t["name"], used)
    for sheet, caption, table in extra or []:
        sheets[sheet] = table
        rows.append([sheet, "", caption, ""])
    for t in tables:
        frame, notes = tidy_table(restore_frame(pd.read_csv(t["path"], encoding="utf-8")),
                                   language, labels)
        sheets[t["sheet"]] = frame
        all_notes[t["sheet"]] = notes
        part = NOTEBOOK_TITLES.get(t["notebook"], (t["notebook"],) * 2)[pick]
        rows.append([t["sheet"], part, t.get("caption") or "", t.get("file", "")])
    index = pd.DataFrame(rows, columns=[words["sheet"], words["part"], words["caption"],
                                        words["file"]])
    index.loc[len(index)] = [words["note"], "", words["marks"], ""]
    return write_atomically({words["index"]: index, **sheets}, path, freeze=True, widths=True,
                            notes=all_notes, number_formats=True)
