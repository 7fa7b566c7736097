"""Disclosure control: cost of suppress-until-clean and of auditing a report run's tables.

Prints seconds and model sizes for (1) ``suppress_small_cells`` on themes × groups count
tables of growing size (every round audits with one LP per hidden cell) and (2)
``audit_run`` on the published tables of a report run directory, when one is given
(``python benchmarks/bench_disclosure.py outputs/<run>``).
"""

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from esslingen_lab.privacy import audit_table, suppress_small_cells


def suppression(n_rows, n_cols, seed=0):
    rng = np.random.default_rng(seed)
    # theme counts per group: mostly 5–40, about 15 % small cells
    counts = rng.integers(5, 40, size=(n_rows, n_cols))
    small = rng.random((n_rows, n_cols)) < 0.15
    counts[small] = rng.integers(0, 5, size=small.sum())
    table = pd.DataFrame(counts)
    t0 = time.perf_counter()
    out = suppress_small_cells(table)
    seconds = time.perf_counter() - t0
    hidden = out.isin(["<5", "–"]).to_numpy()
    clean = audit_table(counts, hidden).clean
    print(f"suppress_small_cells {n_rows:>2} × {n_cols:>2}: {int(small.sum()):>3} small, "
          f"{int(hidden.sum()):>3} hidden, audit clean {clean}, {seconds:.2f} s")


def run(run_dir):
    from esslingen_lab.reports import collect_published
    from esslingen_lab.reports.disclosure import audit_run
    from esslingen_lab.surveys import load_survey

    manifest = pd.read_json(Path(run_dir) / "manifest.json", typ="series")
    survey = load_survey(manifest["survey"]["path"], redact=False)
    names = [nb["notebook"] for nb in manifest["notebooks"]]
    tables = collect_published(run_dir, names)
    t0 = time.perf_counter()
    result = audit_run(tables, survey)
    seconds = time.perf_counter() - t0
    summary = result.summary()
    print(f"audit_run {Path(run_dir).name}: {len(tables)} tables, {summary['variables']} "
          f"variables, {summary['constraints']} constraints, {summary['protected_cells']} "
          f"protected cells, {summary['exposed_cells']} exposed, {seconds:.2f} s")


if __name__ == "__main__":
    for shape in ((8, 5), (10, 9), (20, 10)):
        suppression(*shape)
    for folder in sys.argv[1:]:
        run(folder)
