"""Speed and memory of ThemeModel on large synthetic-but-realistic answer sets (prints figures).

Run: .venv/bin/python benchmarks/bench_themes_speed.py [--n 100000] [--n-auto 10000]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "datasets"


def source_texts():
    """Sentences and answers of the shared German participation data sets."""
    texts = []
    ott = SHARED / "ottensen_thematic" / "contributions.csv"
    if ott.exists():
        data = pd.read_csv(ott)
        for title, body in zip(data["title"], data["text"], strict=True):
            texts.append(title)
            texts.extend(s for s in re.split(r"(?<=[.!?\n])\s+", body) if len(s) > 10)
    bonn = SHARED / "bonn_survey" / "answers.csv"
    if bonn.exists():
        texts.extend(pd.read_csv(bonn)["text"].tolist())
    if not texts:
        raise SystemExit(f"shared datasets not found at {SHARED}")
    return texts


def perturb(texts, n, seed=0):
    """Resample ``n`` answers: 1–3 source sentences, dropped words, typos, case changes."""
    rng = np.random.RandomState(seed)
    words = [t.split() for t in texts]
    out = []
    for _ in range(n):
        parts = []
        for j in rng.randint(0, len(texts), rng.randint(1, 4)):
            for w in words[j]:
                r = rng.rand()
                if r < 0.1:
                    continue  # dropped word
                if r < 0.15 and len(w) > 3:
                    i = rng.randint(1, len(w) - 1)
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]  # swapped letters (typo)
                elif r < 0.2:
                    w = w.lower()
                parts.append(w)
        out.append(" ".join(parts))
    return out


def _child(task, texts, queue, k):
    from esslingen_lab.themes import ThemeModel

    t0 = time.perf_counter()
    if task == "plain":  # the yardstick: plain word TF-IDF + KMeans on the same answers
        from sklearn.cluster import KMeans
        from sklearn.feature_extraction.text import TfidfVectorizer

        X = TfidfVectorizer().fit_transform(texts)
        KMeans(k, random_state=0, n_init="auto").fit(X)
        out = {"seconds": time.perf_counter() - t0}
    elif task == "fit":
        ThemeModel(k, random_state=0).fit(texts)
        out = {"seconds": time.perf_counter() - t0}
    elif task == "auto":
        m = ThemeModel("auto", random_state=0).fit(texts)
        out = {"seconds": time.perf_counter() - t0, "k": m.n_themes_}
    else:  # transform: fit on other answers, save, load (empty token cache), then time
        import tempfile

        fit_texts, new_texts = texts
        ThemeModel(k, random_state=0, stability=False).fit(fit_texts).save(
            path := Path(tempfile.mkdtemp()) / "m.npz"
        )
        m = ThemeModel.load(path)
        m.transform(["Radweg"])  # loads simplemma's dictionary once per process (~2 s)
        t0 = time.perf_counter()
        m.transform(new_texts)
        out = {"seconds": time.perf_counter() - t0}
    out["peak_rss_gib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    queue.put(out)


def measure(task, texts, k=10):
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(task, texts, queue, k))
    proc.start()
    out = queue.get()
    proc.join()
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--n-auto", type=int, default=10_000)
    parser.add_argument("--n-transform", type=int, default=10_000)
    args = parser.parse_args()

    src = source_texts()
    big = perturb(src, args.n, seed=0)
    chars = sum(map(len, big))
    print(f"source: {len(src)} sentences/answers from ../shared/datasets; cores: {mp.cpu_count()}")
    print(f"fit: {args.n:,} answers ({chars / args.n:.0f} chars on average), K=10, default model")
    base = measure("plain", big)
    print(f"  plain TF-IDF + KMeans: {base['seconds']:.1f} s")
    r = measure("fit", big)
    print(f"  fit time {r['seconds']:.1f} s = {r['seconds'] / base['seconds']:.1f}x plain, "
          f"peak memory {r['peak_rss_gib']:.2f} GiB (target <= 60 s, <= 3x plain, <= 4 GiB)")
    small = perturb(src, args.n_auto, seed=1)
    r = measure("auto", small)
    print(f"auto K on {args.n_auto:,} answers: {r['seconds']:.1f} s, chose K={r['k']}, "
          f"peak {r['peak_rss_gib']:.2f} GiB (target <= 60 s)")
    tr = (perturb(src, args.n_transform, seed=2), perturb(src, args.n_transform, seed=3))
    r = measure("transform", tr)
    print(f"transform of {args.n_transform:,} new answers by a saved+loaded model: "
          f"{r['seconds']:.2f} s (target <= 2 s)")


if __name__ == "__main__":
    main()
