"""Speed of MaturityReport, before and after: the demo survey and 100,000 × 40 items.

Prints seconds (best of a few runs) for

* ``MaturityReport.fit`` on the demo citizen survey with 2,000 resamples — as the report's
  maturity notebook fits it — for this checkout and for an earlier revision (``--before``,
  read with ``git show``; skipped outside a git checkout), and for saving + loading the fit
  (what a second notebook of the same run needs instead of fitting again);
* the bootstrap alone and a full fit on 100,000 respondents × 40 Likert items.

Run: ``python benchmarks/bench_maturity.py [--before REV] [--large/--no-large]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.stats  # noqa: F401 - imported before timing: BCa and tests use it

from esslingen_lab.maturity import MaturityReport, bootstrap_means, load_framework
from esslingen_lab.surveys import load_survey

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
N, N_ITEMS, N_BOOT = 100_000, 40, 2_000


def best_of(runs, call):
    """Best wall time of ``runs`` calls (the others are noise from a shared machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def earlier_module(rev):
    """The maturity module of revision ``rev`` (a module or a package's files), or None."""
    try:
        source = subprocess.run(["git", "show", f"{rev}:esslingen_lab/maturity.py"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = Path(tempfile.mkdtemp()) / "maturity_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("maturity_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["maturity_before"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def demo(before):
    survey = load_survey(DEMO, redact=False)
    print(f"demo citizen survey: {len(survey.responses)} respondents, {N_BOOT:,} resamples")
    classes = [("this checkout", MaturityReport)]
    module = earlier_module(before)
    if module is None:
        print(f"  (revision {before} not readable with git: no 'before' figure)")
    else:
        classes.insert(0, (f"revision {before}", module.MaturityReport))
    for name, cls in classes:
        seconds = best_of(3, lambda cls=cls: cls(n_boot=N_BOOT, random_state=42).fit(survey))
        print(f"  MaturityReport.fit, {name:<22} {seconds:6.2f} s")
    report = MaturityReport(n_boot=N_BOOT, random_state=42).fit(survey)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "maturity.npz"
        seconds = best_of(3, lambda: MaturityReport.load(report.save(path)))
        print(f"  save + load of the fit instead:         {seconds:6.2f} s "
              f"({path.stat().st_size / 1e6:.1f} MB)")


def synthetic(n, rng):
    fw = load_framework()
    dims = fw.dimensions["dimension"].tolist()
    cols, data = [], {}
    latent = rng.normal(size=n)
    for i in range(N_ITEMS):
        dim = dims[i % len(dims)]
        col = f"{dim}_{i:02d}"
        x = np.clip(np.round(3 + latent + rng.normal(size=n)), 1, 5)
        x[rng.random(n) < 0.05] = np.nan  # 5 % "weiß nicht"
        data[col] = x
        cols.append((col, dim))
    items = pd.DataFrame([{"column": c, "dimension": d, "respondent_group": "staff",
                           "reverse": False, "wording": c} for c, d in cols])
    framework = type(fw)(name="bench", title="bench", title_en="bench", scale=(1.0, 5.0),
                         levels=fw.levels, dimensions=fw.dimensions, items=items)
    return pd.DataFrame(data), framework


def large(before):
    rng = np.random.default_rng(0)
    df, fw = synthetic(N, rng)
    print(f"\nsynthetic: {N:,} respondents × {N_ITEMS} items, {N_BOOT:,} resamples")
    values = rng.random((N, 8))
    module = earlier_module(before)
    if module is not None:
        seconds = best_of(1, lambda: module.bootstrap_means(values, N_BOOT, random_state=1))
        print(f"  bootstrap_means (8 columns), revision {before}: {seconds:6.2f} s")
    seconds = best_of(1, lambda: bootstrap_means(values, N_BOOT, random_state=1))
    print(f"  bootstrap_means (8 columns), this checkout:   {seconds:6.2f} s")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for method in ("percentile", "bca"):
            seconds = best_of(1, lambda method=method: MaturityReport(
                fw, n_boot=N_BOOT, random_state=1, ci_method=method).fit(
                    df, respondent_group="staff"))
            print(f"  MaturityReport.fit, {method} CI:              {seconds:6.2f} s")
        rep = MaturityReport(fw, n_boot=N_BOOT, random_state=1).fit(df, respondent_group="staff")
    overall = rep.scores_.query("dimension == 'gesamt'").iloc[0]
    print(f"  overall index {overall.score:.2f} [{overall.ci_low:.2f}, {overall.ci_high:.2f}]")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="d839b66",
                        help="revision to compare with (default: before the maturity package)")
    parser.add_argument("--large", action=argparse.BooleanOptionalAction, default=True,
                        help="also time 100,000 respondents (about a minute)")
    args = parser.parse_args()
    print(f"cores available: {os.cpu_count()}")
    warnings.simplefilter("ignore")  # low-alpha warnings of the demo data are expected
    demo(args.before)
    if args.large:
        large(args.before)


if __name__ == "__main__":
    main()
