"""Validation and accounting of survey rows: every row read is used or excluded with a reason.

Problems are collected lazily into a failure-cases table with fixed columns
(file, row, column, check, value, reason, action) before anything fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np
import pandas as pd

from esslingen_lab.defaults import YES_WORDS
from esslingen_lab.i18n import Catalogue

CASE_COLUMNS = ["file", "row", "column", "check", "value", "reason", "action"]
#: The columns of a failure case without its value (a respondent's answer: personal data).
FAILURE_CASE_COLUMNS = [c for c in CASE_COLUMNS if c != "value"]


class Reason(str, Enum):
    """Why a row was excluded or a value was set to missing."""

    MALFORMED_ROW = "malformed_row"
    MISSING_ID = "missing_id"
    DUPLICATE_ID = "duplicate_id"
    EMPTY_RESPONSE = "empty_response"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_LABEL = "unknown_label"
    TEST_RESPONSE = "test_response"
    INCOMPLETE = "incomplete"
    SPEEDER = "speeder"
    BAD_DURATION = "bad_duration"


#: Reasons that exclude the whole row (the others set one value to missing).
EXCLUDING = {
    Reason.MALFORMED_ROW, Reason.MISSING_ID, Reason.DUPLICATE_ID, Reason.EMPTY_RESPONSE,
    Reason.OUT_OF_RANGE, Reason.TEST_RESPONSE, Reason.INCOMPLETE, Reason.SPEEDER,
}

VALIDATION_TEXT = Catalogue.from_pairs("surveys.validation", {
    Reason.MALFORMED_ROW: ("Zeile mit falscher Spaltenzahl", "line with wrong number of fields"),
    Reason.MISSING_ID: ("Befragten-ID fehlt", "respondent id missing"),
    Reason.DUPLICATE_ID: ("doppelte Befragten-ID (erste behalten)",
                          "duplicate respondent id (first kept)"),
    Reason.EMPTY_RESPONSE: ("vollständig leere Antwort", "completely empty response"),
    Reason.OUT_OF_RANGE: ("Likert-Wert außerhalb der Skala", "Likert value outside the scale"),
    Reason.UNKNOWN_LABEL: ("unbekannte Likert-Antwort (als fehlend gewertet)",
                           "unknown Likert answer (counted as missing)"),
    Reason.TEST_RESPONSE: ("als Testantwort markiert", "marked as test response"),
    Reason.INCOMPLETE: ("unvollständig (nicht abgeschickt)", "incomplete (not submitted)"),
    Reason.SPEEDER: ("zu schnell ausgefüllt", "completed too fast"),
    Reason.BAD_DURATION: ("Bearbeitungsdauer keine Zahl (ignoriert)",
                          "duration not a number (ignored)"),
    "rows": ("Zeilen gelesen: {read}, verwendet: {used}, ausgeschlossen: {excluded}",
             "rows read: {read}, used: {used}, excluded: {excluded}"),
    "file": ("  {file} ({source}): {read} → {used} verwendet",
             "  {file} ({source}): {read} → {used} used"),
    "excluded_head": ("Ausschlussgründe:", "Reasons for exclusion:"),
    "kept_head": ("Hinweise (Zeile behalten):", "Notes (row kept):"),
    "unusable": ("Die Umfrage ist so NICHT nutzbar: keine gültige Zeile.",
                 "The survey is NOT usable: no valid row left."),
})
#: Old name of :data:`VALIDATION_TEXT` (``REASON_TEXT[language][Reason.X]`` still works).
REASON_TEXT = VALIDATION_TEXT

#: Marks of a test response in the spec's test column: the yes words, and "test".
TEST_MARKERS = YES_WORDS | {"test"}
NON_ANSWERS = {"", "-", "--", "—", "–", "/", ".", "..", "...", "?", "k.a.", "k. a.", "k.a",
               "ka", "keine angabe", "keine angaben", "n/a", "na", "n.a.", "none", "no answer",
               "no comment", "entfällt", "x"}


@dataclass
class QualityReport:
    """Accounting of a survey load: rows read = rows used + rows excluded, per file and total.

    Attributes
    ----------
    by_file : pandas.DataFrame
        One row per data file: file, source, rows_read, rows_used, rows_excluded and one
        column per exclusion reason.
    cases : pandas.DataFrame
        Failure cases with columns file, row, column, check, value, reason, action
        (``excluded`` or ``set_missing``). ``row`` is the 1-based line in the file
        (header = line 1) for CSV/XLSX, the record number for SPSS.
    """

    by_file: pd.DataFrame
    cases: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CASE_COLUMNS))

    @property
    def rows_read(self) -> int:
        """Rows read from all files."""
        return int(self.by_file["rows_read"].sum())

    @property
    def rows_used(self) -> int:
        """Rows kept as respondents."""
        return int(self.by_file["rows_used"].sum())

    @property
    def rows_excluded(self) -> int:
        """Rows excluded, each with a reason in :attr:`cases`."""
        return int(self.by_file["rows_excluded"].sum())

    @property
    def usable(self) -> bool:
        """True when at least one respondent is left."""
        return self.rows_used > 0

    def failure_cases(self) -> pd.DataFrame:
        """Return :attr:`cases` without the offending values (personal data), for sharing.

        Columns file, row, column, check, reason, action — what
        :attr:`esslingen_lab.errors.DataError.failure_cases` holds.
        """
        return self.cases[FAILURE_CASE_COLUMNS].reset_index(drop=True)

    def excluded_by_reason(self) -> pd.Series:
        """Count excluded rows per reason (each row once, under its first reason)."""
        excluded = self.cases[self.cases["action"] == "excluded"]
        first = excluded.drop_duplicates(["file", "row"])
        return first["reason"].value_counts().sort_index()

    def warnings_by_reason(self) -> pd.Series:
        """Count values set to missing per reason."""
        kept = self.cases[self.cases["action"] != "excluded"]
        return kept["reason"].value_counts().sort_index()

    def summary(self, lang: str = "de") -> str:
        """Return a readable multi-line summary (German by default)."""
        def text(key, **values):
            return VALIDATION_TEXT.text(key, lang, **values)

        lines = [text("rows", read=self.rows_read, used=self.rows_used,
                      excluded=self.rows_excluded)]
        for _, row in self.by_file.iterrows():
            lines.append(text("file", file=row["file"], source=row["source"],
                              read=row["rows_read"], used=row["rows_used"]))
        for head, counts in (("excluded_head", self.excluded_by_reason()),
                             ("kept_head", self.warnings_by_reason())):
            if len(counts):
                lines.append(text(head))
                lines.extend(f"  {count:>5}  {text(Reason(reason))}"
                             for reason, count in counts.items())
        if not self.usable:
            lines.append(text("unusable"))
        return "\n".join(lines)


class CaseLog:
    """Collects failure cases lazily (all problems, then one decision)."""

    def __init__(self):
        self._frames: list[pd.DataFrame] = []

    def add(self, file, rows, column, check, values, reason: Reason):
        """Record one case per entry of ``rows`` (array-like) with matching ``values``."""
        rows = np.asarray(rows)
        if rows.size == 0:
            return
        values = np.broadcast_to(np.asarray(values, dtype=object), rows.shape)
        action = "excluded" if reason in EXCLUDING else "set_missing"
        self._frames.append(pd.DataFrame({
            "file": str(file), "row": rows.astype(int), "column": column, "check": check,
            "value": values, "reason": reason.value, "action": action,
        }))

    def frame(self) -> pd.DataFrame:
        """All cases in one table with the fixed columns."""
        if not self._frames:
            return pd.DataFrame(columns=CASE_COLUMNS)
        return pd.concat(self._frames, ignore_index=True)[CASE_COLUMNS]


def is_non_answer(series: pd.Series) -> np.ndarray:
    """Mark free-text answers that are empty or non-answers such as "k.A." or "-"."""
    text = series.astype(str)
    short = (text.str.len() <= 20).to_numpy()
    out = np.zeros(len(text), dtype=bool)
    if short.any():
        out[short] = normalise_answer(text[short]).isin(NON_ANSWERS).to_numpy()
    return out


def normalise_answer(series: pd.Series) -> pd.Series:
    """Lower-case, trim and collapse whitespace of text answers (for label matching)."""
    return (series.astype(str).str.strip().str.lower()
            .str.replace(r"\s+", " ", regex=True))


def map_likert(series: pd.Series, scale, *, reverse: bool):
    """Map Likert answers (numbers, labels or codes) to numbers on the scale.

    Returns
    -------
    values : numpy.ndarray of float
        NaN for missing answers and for unknown labels.
    out_of_range : numpy.ndarray of bool
        Numeric answers outside [min, max]. A value between two answers inside the scale
        ("3,5" with a German decimal comma, a cross between two boxes) is kept as it is.
    unknown : numpy.ndarray of bool
        Text answers that are neither a label nor a "missing" answer.
    given : numpy.ndarray of bool
        Cells that are not empty (a "weiß nicht" counts as given).
    """
    # Likert columns hold few distinct answers: classify each distinct answer once.
    codes, uniques = pd.factorize(series.astype(str), use_na_sentinel=True)
    text = normalise_answer(pd.Series(uniques, dtype=object))
    labels = {str(k).strip().lower(): float(v) for k, v in scale.labels.items()}
    missing = {str(m).strip().lower() for m in scale.missing} | {"", "nan"}
    mapped = text.map(labels)
    numeric = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
    is_label = mapped.notna().to_numpy()
    is_missing = text.isin(missing).to_numpy() & ~is_label
    is_number = numeric.notna().to_numpy() & ~is_label & ~is_missing
    num = numeric.to_numpy(dtype=float)
    in_range = (num >= scale.min) & (num <= scale.max)
    u_out = np.append(is_number & ~in_range, False)
    u_unknown = np.append(~is_label & ~is_missing & ~is_number, False)
    u_values = np.append(np.where(is_label, mapped.to_numpy(dtype=float, na_value=np.nan),
                                  np.where(is_number & in_range, num, np.nan)), np.nan)
    # code -1 (NaN in the input) indexes the appended "missing" entry
    values, out_of_range, unknown = u_values[codes], u_out[codes], u_unknown[codes]
    if reverse:
        values = scale.min + scale.max - values
    u_given = np.append((text != "").to_numpy() & (text != "nan").to_numpy(), False)
    return values, out_of_range, unknown, u_given[codes]
