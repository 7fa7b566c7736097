"""Benchmark: the full report on the demo citizen survey; prints seconds per notebook and total.

Run: .venv/bin/python benchmarks/bench_report.py [SURVEY.yml] [--runs N] [--pdf] [--jobs 1 2]
Target: total <= 30 s on 2 cores. Prints figures, does not pass/fail. ``--jobs 1 2`` runs the
report with one notebook at a time and with two at a time, alternating, so that before and
after are measured under the same load of a shared machine.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("survey", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--pdf", action="store_true", help="also print report.pdf")
    parser.add_argument("--jobs", type=int, nargs="+", default=[None],
                        help="notebooks at the same time (several values: one run each)")
    args = parser.parse_args()
    if not Path(args.survey).is_file():
        sys.exit(f"survey not found: {args.survey} (run `make demo` first)")

    from esslingen_lab import reports

    print(f"survey: {args.survey}")
    print(f"cpus: {os.cpu_count()}  python: {sys.version.split()[0]}")
    for i, jobs in ((i, jobs) for i in range(args.runs) for jobs in args.jobs):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            formats = ("html", "xlsx", "pdf") if args.pdf else ("html", "xlsx")
            import resource

            t_cpu = time.process_time()
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            run = reports.run_report(args.survey, out=Path(tmp) / "run", progress=False,
                                     formats=formats, notebook_jobs=jobs)
            cpu_main = time.process_time() - t_cpu
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_kernels = (after.ru_utime + after.ru_stime) - (kids.ru_utime + kids.ru_stime)
            total = time.perf_counter() - t0
            m = run.manifest
            print(f"\nrun {i + 1}, {m['notebook_jobs']} notebook(s) at a time: "
                  f"status {m['status']}")
            for entry in m["notebooks"]:
                print(f"  {entry['notebook']:<18} {entry['duration_seconds']:7.2f} s")
            nb_sum = sum(e["duration_seconds"] for e in m["notebooks"])
            print(f"  {'sum of notebooks':<18} {nb_sum:7.2f} s  (they overlap when run two "
                  "at a time)")
            wall = m["notebooks_seconds"]
            print(f"  {'notebooks (wall)':<18} {wall:7.2f} s")
            label = "validation+audit+html+xlsx" + ("+pdf" if args.pdf else "")
            print(f"  {label:<18} {total - wall:7.2f} s")
            print(f"  {'TOTAL':<18} {total:7.2f} s   (target <= 30 s)")
            # CPU seconds do not grow with other people's load the way wall time does
            print(f"  CPU: this process {cpu_main:.1f} s, notebook kernels {cpu_kernels:.1f} s; "
                  f"1-min load average at the end: {os.getloadavg()[0]:.1f}")
            print(f"  tables: {len(m.get('tables', []))}, html: "
                  f"{run.html.stat().st_size / 1e6:.2f} MB, skipped: "
                  f"{', '.join(s['notebook'] for s in m['skipped']) or '-'}")


if __name__ == "__main__":
    main()
