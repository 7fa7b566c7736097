"""Benchmark: load and validate a 100,000-respondent CSV (3 free-text, 30 Likert columns).

Prints seconds and peak memory (target: <= 10 s and <= 1 GiB on 2 cores). Redaction is
measured separately in bench_privacy.py; here it runs too, as on a real load, and its
share of the time is printed.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from esslingen_lab.surveys import load_survey

LABELS = ["stimme gar nicht zu", "stimme eher nicht zu", "teils/teils", "stimme eher zu",
          "stimme voll zu", "weiß nicht"]
PHRASES = ["Termine beim Bürgeramt online buchen", "WLAN in der Innenstadt ausbauen",
           "Kfz-Zulassung ohne Wartezeit", "mehr Busse nach Berkheim", "Glasfaser für Zell",
           "Datenschutz ernst nehmen", "Hilfe für ältere Menschen bei Online-Diensten",
           "Anwohnerparkausweis digital beantragen"]


def make_survey(folder: Path, n: int, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    data = {"id": np.arange(1, n + 1).astype(str),
            "stadtteil": rng.choice(["Innenstadt", "Mettingen", "Zell", "Berkheim"], n),
            "dauer": rng.integers(30, 1200, n).astype(str)}
    for q in range(3):
        picks = rng.integers(0, len(PHRASES), (n, 3))
        data[f"frage{q}"] = [" und ".join(PHRASES[j] for j in row) + "." for row in picks]
    for i in range(30):
        codes = rng.integers(0, 6, n)
        as_text = rng.random(n) < 0.3
        data[f"item{i:02d}"] = np.where(as_text, np.asarray(LABELS, dtype=object)[codes],
                                        (codes % 5 + 1).astype(str))
    pd.DataFrame(data).to_csv(folder / "data.csv", sep=";", index=False)
    scale = {"min": 1, "max": 5, "labels": {label: i + 1 for i, label in enumerate(LABELS[:5])},
             "missing": ["weiß nicht"]}
    spec = {"name": "bench", "id_column": "id", "files": [{"path": "data.csv"}],
            "questions": {f"frage{q}": f"Frage {q}" for q in range(3)},
            "likert_scales": {"z5": scale},
            "likert": {f"item{i:02d}": {"dimension": f"d{i % 8}", "scale": "z5",
                                        "reverse": i % 7 == 0} for i in range(30)},
            "groups": ["stadtteil"], "duration_column": "dauer", "min_duration_seconds": 60}
    path = folder / "survey.yml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        spec = make_survey(Path(tmp), args.n)
        size = (Path(tmp) / "data.csv").stat().st_size / 2**20
        print(f"file: {args.n:,} respondents, 3 free-text + 30 Likert columns, {size:.1f} MiB")
        for redact in (False, True):
            tracemalloc.start()
            start = time.perf_counter()
            survey = load_survey(spec, redact=redact)
            seconds = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            q = survey.quality
            print(f"load + validate (redact={redact}): {seconds:.2f} s, peak traced memory "
                  f"{peak / 2**20:.0f} MiB; read {q.rows_read:,} = used {q.rows_used:,} "
                  f"+ excluded {q.rows_excluded:,}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the process: {rss:.0f} MiB (targets: <= 10 s, <= 1024 MiB)")


if __name__ == "__main__":
    main()
