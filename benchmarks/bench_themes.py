"""Theme quality against human categories on real participation data (prints figures).

Run: .venv/bin/python benchmarks/bench_themes.py [--seeds 5] [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "datasets"

from esslingen_lab.themes import ThemeModel  # noqa: E402

MODES = {
    "motorized_transport": None,
    "non_motorized_transport": None,
    "cycling": "non_motorized_transport",
    "walking": "non_motorized_transport",
    "scooters": "non_motorized_transport",
    "public_transport_local": "motorized_transport",
    "public_transport_long_distance": "motorized_transport",
    "commercial_transport": "motorized_transport",
}


def ottensen():
    data = pd.read_csv(SHARED / "ottensen_thematic" / "contributions.csv")
    data["doc"] = data["title"] + "\n" + data["text"]
    return data


def leaf_modes(row):
    """Transport-mode labels of a row without the parents implied by a sub-category."""
    present = {m for m in MODES if row[f"label_{m}"] == 1}
    parents = {MODES[m] for m in present if MODES[m]}
    return tuple(sorted(present - parents))


def eval_single_leaf(data):
    """Texts whose only leaf transport mode is one category (private car = motorized only)."""
    leaf = data.apply(leaf_modes, axis=1)
    one = data[leaf.map(len) == 1].copy()
    one["y"] = leaf[one.index].map(lambda t: t[0])
    counts = one["y"].value_counts()
    one = one[one["y"].isin(counts[counts >= 10].index)]  # scooters: 2 texts, not a class
    return one["doc"].tolist(), one["y"].to_numpy()


def eval_multilabel(data):
    """All texts; categories with at least 10 texts, plus 'no category' (not transport)."""
    cols = [c for c in data if c.startswith("label_") and data[c].sum() >= 10]
    Y = data[cols].to_numpy().astype(bool)
    none = ~Y.any(axis=1)
    return data["doc"].tolist(), np.column_stack([Y, none]), [c[6:] for c in cols] + ["none"]


def best_f1(labels, Y):
    """Mean over categories of the best F1 of any one theme (overlap-aware recovery)."""
    scores = []
    for j in range(Y.shape[1]):
        y = Y[:, j]
        best = 0.0
        for c in np.unique(labels):
            pred = labels == c
            tp = np.count_nonzero(pred & y)
            if tp:
                best = max(best, 2 * tp / (pred.sum() + y.sum()))
        scores.append(best)
    return float(np.mean(scores))


def baseline(texts, k, seed):
    X = TfidfVectorizer().fit_transform(texts)
    return KMeans(k, random_state=seed, n_init="auto").fit_predict(X)


def model_labels(texts, k, seed, method):
    # stability does not change the labels; skip it to keep the benchmark quick
    return ThemeModel(k, method=method, random_state=seed, stability=False).fit(texts).labels_


def demo_section(seeds):
    """NMI/ARI against the topics the demo survey was written with (a sanity check only).

    The demo texts are synthetic and written by this project, so the Ottensen figures stay
    the main judgement; this shows whether themes match the written topics per question,
    with K = number of written topics, and what "auto" chooses.
    """
    from esslingen_lab.surveys import load_survey

    spec = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
    truth_path = ROOT / "surveys" / "esslingen_demo" / "truth" / "topics_citizens.csv"
    if not (spec.exists() and truth_path.exists()):
        print("demo survey not found; skipping the demo section")
        return
    survey = load_survey(spec)
    truth = pd.read_csv(truth_path)
    print()
    print("== Demo survey (citizens, synthetic): themes vs the written topics ==")
    print(f"NMI / ARI (mean over {len(seeds)} seeds), K = number of written topics")
    sw = list(survey.spec.stopwords)
    for question in survey.spec.questions:
        texts = survey.texts(question)
        topics = truth[truth["question"] == question].set_index("id")["topic"]
        y = topics.reindex(texts["respondent_id"]).fillna("none").to_numpy()
        docs = texts["text"].tolist()
        k = len(np.unique(y))
        for name, fn in {
            "baseline": baseline,
            "default": lambda t, k, s: (
                ThemeModel(k, random_state=s, stability=False, stopwords=sw).fit(t).labels_
            ),
        }.items():
            res = np.array(
                [
                    (normalized_mutual_info_score(y, lab), adjusted_rand_score(y, lab))
                    for lab in (fn(docs, k, s) for s in seeds)
                ]
            )
            print(
                f"  {question:14s} n={len(docs):4d} K={k:2d} {name:9s} "
                f"NMI {res[:, 0].mean():.3f} ± {res[:, 0].std():.3f}   "
                f"ARI {res[:, 1].mean():.3f} ± {res[:, 1].std():.3f}"
            )
        t0 = time.perf_counter()
        model = ThemeModel("auto", random_state=1, stopwords=sw).fit(docs)
        lab = model.labels_
        print(
            f"  {question:14s} auto: K={model.n_themes_} ({time.perf_counter() - t0:.1f} s), "
            f"NMI {normalized_mutual_info_score(y, lab):.3f} "
            f"ARI {adjusted_rand_score(y, lab):.3f}, "
            f"theme stability {np.nanmean(model.themes_['stability']):.2f} (mean)"
        )
        with pd.option_context("display.width", 200, "display.max_colwidth", 90):
            print(model.themes_[["label", "size", "stability"]].round(2).to_string())


def run(args):
    if not SHARED.exists():
        print(f"shared datasets not found at {SHARED}; nothing to benchmark")
        return
    seeds = range(args.seeds)
    data = ottensen()
    systems = {"baseline (TfidfVectorizer() + KMeans)": baseline}
    for m in ["kmeans", "nmf", "agglomerative"]:
        label = f"ThemeModel method={m}" + (" (default)" if m == ThemeModel().method else "")
        systems[label] = lambda t, k, s, m=m: model_labels(t, k, s, m)

    texts, y = eval_single_leaf(data)
    k = len(np.unique(y))
    print("== Ottensen (DIPAS, Hamburg), texts with exactly one leaf transport mode ==")
    sizes = {c: int(v) for c, v in pd.Series(y).value_counts().items()}
    print(f"n={len(texts)} texts, K={k} categories {sizes}")
    print(f"NMI / ARI (mean ± sd over {len(seeds)} seeds)")
    for name, fn in systems.items():
        t0 = time.perf_counter()
        res = np.array(
            [
                (normalized_mutual_info_score(y, lab), adjusted_rand_score(y, lab))
                for lab in (fn(texts, k, s) for s in seeds)
            ]
        )
        dt = (time.perf_counter() - t0) / len(seeds)
        print(
            f"  {name:42s} NMI {res[:, 0].mean():.3f} ± {res[:, 0].std():.3f}   "
            f"ARI {res[:, 1].mean():.3f} ± {res[:, 1].std():.3f}   ({dt:.1f} s/fit)"
        )

    texts, Y, names = eval_multilabel(data)
    k = len(names)
    print()
    print("== Ottensen, all texts, multi-label: mean best-match F1 per category ==")
    print(f"n={len(texts)} texts, K={k} (categories with >= 10 texts + 'none'): {names}")
    for name, fn in systems.items():
        if args.quick and "agglomerative" in name:
            continue
        f1 = [best_f1(fn(texts, k, s), Y) for s in seeds]
        print(f"  {name:42s} best-match F1 {np.mean(f1):.3f} ± {np.std(f1):.3f}")

    demo_section(seeds)

    bonn = SHARED / "bonn_survey" / "answers.csv"
    if bonn.exists():
        answers = pd.read_csv(bonn)
        print()
        print("== Bonn survey (answers.csv) ==")
        print(
            "labels are argument components (major position / premise), not topics: no "
            "topic ground truth, so only a qualitative look (default model, K=auto):"
        )
        t0 = time.perf_counter()
        model = ThemeModel("auto", random_state=0).fit(answers["text"].tolist())
        print(f"  chosen K={model.n_themes_} in {time.perf_counter() - t0:.1f} s; k curve:")
        print(model.k_curve_.round(3).to_string(index=False))
        with pd.option_context("display.width", 200, "display.max_colwidth", 70):
            print(model.themes_[["id", "label", "size", "stability"]].round(2).to_string())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="skip agglomerative in part 2")
    run(parser.parse_args())
