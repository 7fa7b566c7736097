"""Redaction speed alone: CPU in one process and wall time with every core, per 100,000 answers.

Run: .venv/bin/python benchmarks/bench_privacy_speed.py [--n 20000] [--repeat 2] [--wall]
Prints figures only (no pass/fail). Target of issue 20: <= 20 s wall per 100,000 answers of
~40 words on two cores, with 10 % and with 100 % of answers holding personal data.

CPU time of one process is the figure to compare versions by: on a shared machine wall time
follows the load. Compare two checkouts by running this script in each, alternating (A B A B),
on the same answers (same --n and seed).
"""

from __future__ import annotations

import argparse
import os
import time

from bench_privacy import FIXTURE, _answers

from esslingen_lab.privacy import redact
from esslingen_lab.privacy.evaluation import load_labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="answers per share")
    parser.add_argument("--repeat", type=int, default=1, help="runs per share (CPU)")
    parser.add_argument("--wall", action="store_true", help="also time every core (n >= 20k)")
    args = parser.parse_args()
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
        if args.wall:
            start = time.perf_counter()
            redact(answers)
            wall = time.perf_counter() - start
            print(
                f"{share:4.0%} with personal data: {wall:.1f} s wall with {os.cpu_count()} cores "
                f"= {100_000 * wall / args.n:.1f} s per 100k"
            )
    long_texts()
    print(f"(load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def long_texts() -> None:
    """One long pasted answer: time should grow with its length, not with its square."""
    from esslingen_lab.privacy import redact_text

    pieces = ("Ihr Sohn hat Demenz, ", "Mein Vater hat Demenz und er wohnt allein. ",
              "Herr Maier ist blind, er ist nett. ",
              "Die Geburtsdaten 3. Mai 1979, 4. ", "DIE STADT IST SCHÖN UND ")  # fmt: skip
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
