"""Active learning vs random sampling on real, human-labelled German participation data.

Learning curves of macro-F1 on a held-out test set at 50/100/200/400 coded answers, 5 seeds.
Per seed, every strategy shares the same test set (20 %, drawn per seed so that no single
lucky split decides), the same random start set of 50 answers, the same classifier
(``CodeClassifier``) and the same batch size (25). Strategies:

- ``random``: the next 25 answers drawn at random from the pool;
- ``AL``: the product's ``suggest`` with its defaults, exactly what
  ``esslingen-lab classify suggest`` does — class-balanced margin sampling, the uncertain
  picks spread over k-means clusters (``diversity=4``) and a 20 % random share;
- ``AL, no diversity``: the same with ``diversity=1`` (the earlier product behaviour),
  to show what the diversity step adds.

Nothing was tuned on these test sets: the query strategy was chosen on a development split
carved out of each seed's pool.

Data (../shared/datasets, CC BY-SA 4.0; see the READMEs there):
- bonn_survey/answers.csv, ``doc_code`` (4 argument classes, 1,386 answers; Romberg &
  Conrad 2021, "Umfrage zum Leben in Bonn 2017", T. Escher, DIID Düsseldorf);
- ottensen_thematic/contributions.csv, 10 usable thematic labels (multi-label, 697
  contributions; Romberg, Mark & Escher 2022, FreiRaum Ottensen, Bezirksamt Altona).

Run: .venv/bin/python benchmarks/bench_active_learning.py [--quick] [--seeds N]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "datasets"
SIZES = (50, 100, 200, 400)
BATCH = 25
TEST_SHARE = 0.2
#: strategy -> keyword arguments of ``suggest`` (None: random sampling)
STRATEGIES = {"random": None, "AL": {}, "AL, no diversity": {"diversity": 1}}


def load_bonn():
    df = pd.read_csv(DATA / "bonn_survey" / "answers.csv", dtype=str, keep_default_na=False)
    return df["text"].tolist(), df["doc_code"].tolist()


def load_ottensen():
    df = pd.read_csv(DATA / "ottensen_thematic" / "contributions.csv", dtype=str,
                     keep_default_na=False)
    cols = [c for c in df.columns if c.startswith("label_") and (df[c] == "1").sum() >= 10]
    texts = (df["title"] + "\n" + df["text"]).tolist()
    labels = []
    for _, row in df[cols].iterrows():
        codes = tuple(c.removeprefix("label_") for c in cols if row[c] == "1")
        labels.append(codes or ("kein_verkehrsbezug",))
    return texts, labels


def run(dataset, texts, labels, test_idx, pool_idx, seed, strategy, features):
    """One learning curve: returns {n_coded: macro_f1}."""
    from esslingen_lab.coding.active import CodeClassifier, _clean_labels, _macro_f1, suggest

    with threadpool_limits(1):
        clean, multi = _clean_labels(labels)
        classes = sorted({c for v in clean for c in v}) if multi else None
        rng = np.random.default_rng(seed)
        coded = list(rng.choice(pool_idx, SIZES[0], replace=False))
        curve = {}
        while True:
            if len(coded) in SIZES:
                model = CodeClassifier(features=features, random_state=0).fit(
                    [texts[i] for i in coded], [labels[i] for i in coded])
                predicted = model.predict([texts[i] for i in test_idx])
                curve[len(coded)] = _macro_f1([clean[i] for i in test_idx], list(predicted),
                                              multi, classes)
            if len(coded) >= SIZES[-1]:
                break
            taken = set(coded)
            rest = np.array([i for i in pool_idx if i not in taken])
            if STRATEGIES[strategy] is None:
                picks = list(rng.choice(rest, BATCH, replace=False))
            else:
                chosen = suggest([texts[i] for i in coded], [labels[i] for i in coded],
                                 [texts[i] for i in rest], n=BATCH, random_state=seed,
                                 estimator=CodeClassifier(features=features, random_state=0),
                                 **STRATEGIES[strategy])
                picks = list(rest[chosen["position"].to_numpy()])
            coded += picks
        return dataset, seed, strategy, curve


def main(quick=False, n_seeds=5):
    if not DATA.exists():
        print(f"datasets not found at {DATA}; nothing to benchmark")
        return
    from sklearn.model_selection import train_test_split

    # Thematic codes (the coding app's use case) with the default word features; the
    # argument classes of the Bonn data hinge on function words ("weil", "sollte") that the
    # word features drop as stop words, so they use character n-grams.
    datasets = {"ottensen_thematic (multi-label, features=words)": (*load_ottensen(), "words"),
                "bonn_survey (doc_code, 4 classes, features=chars)": (*load_bonn(), "chars")}
    seeds = range(2 if quick else n_seeds)
    jobs = []
    for name, (texts, labels, features) in datasets.items():
        idx = np.arange(len(texts))
        strat = None if isinstance(labels[0], tuple) else labels
        for seed in seeds:
            # One held-out test set per seed, shared by every strategy of that seed.
            pool_idx, test_idx = train_test_split(idx, test_size=TEST_SHARE,
                                                  random_state=1000 + seed, stratify=strat)
            for strategy in STRATEGIES:
                jobs.append((name, texts, labels, test_idx, pool_idx, seed, strategy, features))
        print(f"{name}: {len(pool_idx)} answers in the pool, {len(test_idx)} held out")
    start = time.perf_counter()
    # Longest jobs first keeps both workers busy to the end.
    jobs.sort(key=lambda job: (STRATEGIES[job[6]] is None, -len(job[4])))
    results = Parallel(n_jobs=2)(delayed(run)(*job) for job in jobs)
    rows = [{"dataset": d, "seed": s, "strategy": st, "n_coded": n, "macro_f1": f}
            for d, s, st, curve in results for n, f in curve.items()]
    frame = pd.DataFrame(rows)
    n_seeds = frame["seed"].nunique()
    for name in datasets:
        wide = frame[frame["dataset"] == name].pivot_table(
            index=["n_coded", "seed"], columns="strategy", values="macro_f1")
        by_n = wide.groupby("n_coded")
        out = pd.DataFrame(index=by_n.mean().index)
        for strategy in STRATEGIES:
            out[strategy] = (by_n[strategy].mean().map("{:.3f}".format) + " ("
                             + by_n[strategy].std().map("{:.3f}".format) + ")")
        for strategy in [s for s in STRATEGIES if STRATEGIES[s] is not None]:
            gain = wide[strategy] - wide["random"]
            out[f"{strategy} − random"] = (
                gain.groupby("n_coded").mean().map("{:+.3f}".format) + " ("
                + gain.groupby("n_coded").std().map("{:.3f}".format) + ")")
            out[f"seeds {strategy} > random"] = (
                gain.gt(0).groupby("n_coded").sum().astype(str) + f"/{n_seeds}")
        print(f"\n## {name}: macro-F1 on the held-out test set, mean (sd) over {n_seeds} "
              f"seeds, batch {BATCH}; differences are paired by seed")
        print(out.to_string())
    print(f"\nwall time: {time.perf_counter() - start:.0f} s (2 workers)")


if __name__ == "__main__":
    seeds = int(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else 5
    main(quick="--quick" in sys.argv, n_seeds=seeds)
