"""Cost and effect of the one safe table writer on real German participation answers.

For each corpus in ../shared/datasets: how many answers a spreadsheet would take for a formula
(they start with = + - @, tab or CR), and the time to write all answers (repeated to about
20,000 rows) with plain pandas vs. ``esslingen_lab.files.write_table``, as CSV and XLSX, and
to read them back with ``read_table``; the round trip must give every answer back exactly.

Data (../shared/datasets, CC BY-SA 4.0; see the READMEs there): bonn_survey/answers.csv
(``text``), ottensen_thematic/contributions.csv (first text column).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pandas as pd

from esslingen_lab.files import FORMULA_TRIGGERS, neutralise, write_table
from esslingen_lab.surveys import read_table

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
CORPORA = {"bonn_survey": ("bonn_survey/answers.csv", "text"),
           "ottensen_thematic": ("ottensen_thematic/contributions.csv", None)}


def _texts(relative, column):
    table = pd.read_csv(DATA / relative, dtype=str, keep_default_na=False)
    if column is None:
        column = max(table.columns, key=lambda c: table[c].str.len().mean())
    return table[column].tolist()


def _seconds(action, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return
    folder = Path(tempfile.mkdtemp())
    for name, (relative, column) in CORPORA.items():
        texts = _texts(relative, column)
        risky = sum(t[:1] in FORMULA_TRIGGERS and neutralise(t) != t for t in texts)
        table = pd.DataFrame({"id": range(len(texts)), "text": texts})
        table = pd.concat([table] * max(1, 20_000 // len(table)), ignore_index=True)
        print(f"{name}: {len(texts)} answers, {risky} would start a formula "
              f"({risky / len(texts):.1%}); timing {len(table)} rows, best of 3")
        for suffix in (".csv", ".xlsx"):
            plain = folder / f"plain{suffix}"
            safe = folder / f"safe{suffix}"
            if suffix == ".csv":
                t_plain = _seconds(lambda p=plain, t=table: t.to_csv(p, index=False))
            else:
                t_plain = _seconds(lambda p=plain, t=table: t.to_excel(p, index=False), repeat=1)
            t_safe = _seconds(lambda s=safe, t=table: write_table(t, s),
                              repeat=3 if suffix == ".csv" else 1)
            start = time.perf_counter()
            back = read_table(safe)
            t_read = time.perf_counter() - start
            exact = back["text"].tolist() == table["text"].tolist()
            print(f"  {suffix:5} pandas {t_plain:6.2f} s | write_table {t_safe:6.2f} s | "
                  f"read back {t_read:5.2f} s | round trip exact: {exact}")


if __name__ == "__main__":
    main()
