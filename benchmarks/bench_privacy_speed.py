"""Redaction speed alone: CPU in one process and wall time with every core, per 100,000 answers.

Run: .venv/bin/python benchmarks/bench_privacy_speed.py [--n 20000] [--repeat 2] [--wall]
Prints figures only (no pass/fail). Target of issue 20: <= 20 s wall per 100,000 answers of
~40 words on two cores, with 10 % and with 100 % of answers holding personal data.

CPU time of one process is the figure to compare versions by: on a shared machine wall time
follows the load. Compare two checkouts by running this script in each, alternating (A B A B),
on the same answers (same --n and seed).

Wall time (--wall) is measured in a fresh Python process per share, before this process has
seen the answers: the rules remember words they have judged, and workers forked from a process
that has just redacted the same answers inherit that memory (session 47 measured 39 s per
100k that way against 49 s in a fresh process, on the same answers and an idle machine).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from bench_privacy import FIXTURE, _answers

from esslingen_lab.privacy import redact
from esslingen_lab.privacy.evaluation import load_labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="answers per share")
    parser.add_argument("--repeat", type=int, default=1, help="runs per share (CPU)")
    parser.add_argument("--wall", action="store_true", help="also time every core (n >= 20k)")
    parser.add_argument("--wall-only", type=float, metavar="SHARE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.wall_only is not None:
        wall_time(args.n, args.wall_only)
        return
    if args.wall:
        for share in (0.1, 1.0):  # each in a fresh process, before any run here
            subprocess.run([sys.executable, __file__, "--n", str(args.n), "--wall-only",
                            str(share)], check=True)  # fmt: skip
    start = time.process_time()
    redact(["Frau Weber"], n_jobs=1)  # word list and gazetteer, once per process
    print(f"(word list and gazetteer loaded: {time.process_time() - start:.1f} s CPU)")
    records = load_labelled(FIXTURE)
    for share in (0.1, 1.0):
        answers = _answers(records, args.n, share)
        for run in range(args.repeat):
            start = time.process_time()
            redact(answers, n_jobs=1)
            cpu = time.process_time() - start
            print(
                f"{share:4.0%} with personal data, run {run + 1}: {cpu:.2f} s CPU for {args.n} "
                f"= {100_000 * cpu / args.n:.1f} s CPU per 100k (one process)"
            )
    long_texts()
    print(f"(load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def wall_time(n: int, share: float) -> None:
    """Wall time of the default redact() (every core) in this fresh process."""
    redact(["Frau Weber"], n_jobs=1)  # word lists loaded and the rules warmed, as in use
    answers = _answers(load_labelled(FIXTURE), n, share)
    start = time.perf_counter()
    redact(answers)
    wall = time.perf_counter() - start
    print(f"{share:4.0%} with personal data: {wall:.1f} s wall with {os.cpu_count()} cores "
          f"(fresh process) = {100_000 * wall / n:.1f} s per 100k")  # fmt: skip


def long_texts() -> None:
    """One long pasted answer: time should grow with its length, not with its square."""
    from esslingen_lab.privacy import redact_text

    pieces = ("Ihr Sohn hat Demenz, ", "Mein Vater hat Demenz und er wohnt allein. ",
              "Herr Maier ist blind, er ist nett. ",
              "Die Geburtsdaten 3. Mai 1979, 4. ", "DIE STADT IST SCHÖN UND ",
              # session 50: a surname check and a public address read the whole text per name
              "Anna haist, ", "Ich wohne im Hochhaus am Zollberg, ",
              "im 2. Stock vom Hinterhaus ")  # fmt: skip
    for piece in pieces:
        times = []
        for n in (500, 1000, 2000):
            start = time.process_time()
            redact_text(piece * n)
            times.append(time.process_time() - start)
        print(f"long text {piece.strip()!r} x 500/1000/2000: "
              + " / ".join(f"{t:.2f}" for t in times)
              + f" s CPU (x4 length: x{times[2] / max(times[0], 1e-3):.1f} time)")


if __name__ == "__main__":
    main()
