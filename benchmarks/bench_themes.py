"""Theme quality against human categories on real participation data, in one run (prints figures).

Per corpus — Ottensen (DIPAS, Hamburg): the one-leaf subset (NMI/ARI) and all 697
multi-label contributions (overlap-aware best-match F1); the Bonn survey 2017 (its four
argument-component labels); the demo survey's written topics (a sanity check only) — and for
K = number of human categories and K = 8, over 5 seeds: the ThemeModel default, plain
word TF-IDF + KMeans, and the anchor (word + character 3–5 n-gram TF-IDF → LSA 200 →
KMeans). ``--candidates`` adds the variants the default was chosen from. Also the mean
label coverage of the default (share of a theme's answers containing a label term).

Run: .venv/bin/python benchmarks/bench_themes.py [--seeds 5] [--candidates] [--default-only]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "datasets"

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


# ------------------------------------------------------------------------------------------
# corpora
# ------------------------------------------------------------------------------------------
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


def corpora(demo=True):
    """``name → (texts, y or None, Y or None, note, stopwords)``; y single-label, Y multi-label."""
    out = {}
    if (SHARED / "ottensen_thematic").exists():
        data = ottensen()
        texts, y = eval_single_leaf(data)
        out["Ottensen one-leaf"] = (texts, y, None, "transport mode", ())
        texts, Y, _ = eval_multilabel(data)
        out["Ottensen all (multi-label)"] = (texts, None, Y, "11 categories + none", ())
    bonn = SHARED / "bonn_survey" / "answers.csv"
    if bonn.exists():
        answers = pd.read_csv(bonn)
        out["Bonn survey"] = (
            answers["text"].tolist(),
            answers["doc_code"].to_numpy(),
            None,
            "argument components, not topics",
            (),
        )
    spec = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
    truth_path = ROOT / "surveys" / "esslingen_demo" / "truth" / "topics_citizens.csv"
    if demo and spec.exists() and truth_path.exists():
        from esslingen_lab.surveys import load_survey

        survey = load_survey(spec)
        truth = pd.read_csv(truth_path)
        for question in survey.spec.questions:
            texts = survey.texts(question)
            topics = truth[truth["question"] == question].set_index("id")["topic"]
            y = topics.reindex(texts["respondent_id"]).fillna("none").to_numpy()
            out[f"demo {question}"] = (
                texts["text"].tolist(),
                y,
                None,
                "synthetic, sanity check only",
                tuple(survey.spec.stopwords),
            )
    return out


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


# ------------------------------------------------------------------------------------------
# systems: texts, k, seed, stopwords -> labels (and label coverage for the default)
# ------------------------------------------------------------------------------------------
def plain(texts, k, seed, stopwords=()):
    """Plain word TF-IDF + KMeans (scikit-learn defaults)."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer().fit_transform(texts)
    return KMeans(k, random_state=seed, n_init="auto").fit_predict(X), None


def ngram_lsa(texts, seed, *, sublinear=False, max_df=1.0, dim=200):
    """Word + character (3–5, within words) TF-IDF, side by side, LSA, L2-normalised."""
    import scipy.sparse as sp
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    words = TfidfVectorizer(sublinear_tf=sublinear, max_df=max_df)
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=sublinear, max_df=max_df
    )
    X = sp.hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    d = min(dim, X.shape[1] - 1, X.shape[0] - 1)
    return normalize(TruncatedSVD(d, random_state=seed).fit_transform(X))


def anchor(texts, k, seed, stopwords=()):
    """The anchor: word + char 3–5 TF-IDF → LSA 200 → KMeans (10 starts)."""
    from sklearn.cluster import KMeans

    Z = ngram_lsa(texts, seed)
    return KMeans(k, n_init=10, random_state=seed).fit_predict(Z), None


def theme_model(**params):
    def fit(texts, k, seed, stopwords=()):
        from esslingen_lab.themes import ThemeModel

        # stability does not change the labels; skip it to keep the benchmark quick
        m = ThemeModel(k, random_state=seed, stability=False, stopwords=list(stopwords), **params)
        m.fit(texts)
        regular = m.themes_[m.themes_["id"] >= 0]
        return m.labels_, float(regular["coverage"].mean())

    return fit


def anchor_variant(cluster="kmeans", **rep):
    def fit(texts, k, seed, stopwords=()):
        from sklearn.cluster import AgglomerativeClustering, KMeans, SpectralClustering

        Z = ngram_lsa(texts, seed, **rep)
        if cluster == "ward":
            return AgglomerativeClustering(k, linkage="ward").fit_predict(Z), None
        if cluster == "spectral":
            sc = SpectralClustering(
                k,
                affinity="nearest_neighbors",
                n_neighbors=15,
                random_state=seed,
                assign_labels="cluster_qr",
            )
            return sc.fit_predict(Z), None
        return KMeans(k, n_init=10, random_state=seed).fit_predict(Z), None

    return fit


SYSTEMS = {
    "default (ThemeModel)": theme_model(),
    "previous default (no char n-grams)": theme_model(char_ngrams=None),
    "plain TF-IDF + KMeans": plain,
    "anchor word+char LSA200": anchor,
}
CANDIDATES = {
    "anchor + sublinear TF": anchor_variant(sublinear=True),
    "anchor + sublinear, DF<=20%": anchor_variant(sublinear=True, max_df=0.2),
    "anchor + sublinear, Ward": anchor_variant("ward", sublinear=True),
    "anchor + sublinear, spectral": anchor_variant("spectral", sublinear=True),
    "ThemeModel method=agglomerative": theme_model(method="agglomerative"),
    "ThemeModel method=nmf": theme_model(method="nmf"),
}


def evaluate(fit, texts, y, Y, k, seeds, stopwords):
    rows = []
    for s in seeds:
        labels, cov = fit(texts, k, s, stopwords)
        if Y is not None:
            rows.append((best_f1(labels, Y), np.nan, cov))
        else:
            rows.append(
                (normalized_mutual_info_score(y, labels), adjusted_rand_score(y, labels), cov)
            )
    return np.array(rows, dtype=float)


def run(args):
    from threadpoolctl import threadpool_limits

    data = corpora(demo=not args.no_demo)
    if not data:
        print(f"shared datasets not found at {SHARED}; nothing to benchmark")
        return
    seeds = list(range(args.seeds))
    systems = dict(SYSTEMS)
    if args.default_only:
        systems = {name: fit for name, fit in SYSTEMS.items() if name.startswith("default")}
    elif args.candidates:
        systems.update(CANDIDATES)
    print(f"mean ± sd over {len(seeds)} seeds; K = human categories and K = 8")
    summary = []
    for name, (texts, y, Y, note, stopwords) in data.items():
        k_human = Y.shape[1] if Y is not None else len(np.unique(y))
        print(f"\n== {name}: n={len(texts)}, {note} ==")
        for k in dict.fromkeys([k_human, 8]):
            for sys_name, fit in systems.items():
                t0 = time.perf_counter()
                with threadpool_limits(1):
                    res = evaluate(fit, texts, y, Y, k, seeds, stopwords)
                dt = (time.perf_counter() - t0) / len(seeds)
                m, sd = np.nanmean(res, axis=0), np.nanstd(res, axis=0)
                if Y is not None:
                    score = f"best-match F1 {m[0]:.3f} ± {sd[0]:.3f}              "
                else:
                    score = f"NMI {m[0]:.3f} ± {sd[0]:.3f}   ARI {m[1]:.3f} ± {sd[1]:.3f}"
                cov = "" if np.isnan(m[2]) else f"   label coverage {m[2]:.2f}"
                print(f"  K={k:2d} {sys_name:34s} {score}{cov}   ({dt:.1f} s/fit)")
                summary.append((name, k, sys_name, m[0], m[1]))
    table = pd.DataFrame(summary, columns=["corpus", "k", "system", "main", "ari"])
    if args.default_only:
        return
    print("\n== default vs anchor (main score: NMI, or best-match F1 for multi-label) ==")
    for (corpus, k), part in table.groupby(["corpus", "k"], sort=False):
        d = part.set_index("system")
        diff = d.loc["default (ThemeModel)", "main"] - d.loc["anchor word+char LSA200", "main"]
        print(f"  {corpus:28s} K={k:2d}  default − anchor = {diff:+.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--candidates", action="store_true", help="also the candidate variants")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo sanity check")
    parser.add_argument("--default-only", action="store_true", help="only the default model")
    run(parser.parse_args())
