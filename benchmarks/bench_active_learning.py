"""Active learning against plain margin sampling on real, human-labelled participation data.

Learning curves of macro-F1 on held-out answers at 50/100/200/400 coded answers. Each seed
splits the data into 5 folds (stratified by code where there is one code per answer) and
holds one of them out as the test set (``--folds K`` tests on K of the 5 folds); the other
80 % are the pool to code from. Within a seed and fold every strategy shares the same test
set, the same random start set of 50 answers and the same batch size (50, the default of
``classify suggest``). Strategies:

- ``random``: the next 50 answers drawn at random, the default classifier;
- ``margin (chars, SVM)`` — the strong simple baseline, written here with scikit-learn
  only: character 2–5-gram TF-IDF and a linear SVM (``LinearSVC()``, one-vs-rest for
  multi-label, at least one code per answer), querying the 50 answers with the smallest
  margin between the two best decision values (multi-label: the decision closest to 0);
- ``before (#17)``: what ``classify suggest`` did before: word TF-IDF and a logistic
  regression (C=10, balanced), class-balanced margin sampling, one pick per k-means cluster
  of the 4 × 40 most uncertain answers and a 20 % random share;
- ``default``: ``classify suggest`` as shipped: ``CodeClassifier()`` (features chosen by
  cross-validation on the coded answers, balanced linear SVM) with plain margin sampling;
- ``balanced margin``: the same with ``balanced=True`` (uncertain picks taken code by
  code, rarest first), a candidate that did not make the default.

Printed per dataset: macro-F1 mean (sd over seeds, each seed averaged over its test
folds); each candidate's gain over plain margin sampling and over random sampling, paired
by seed, with the number of seeds it wins; which features ``auto`` chose. The last lines
say whether a candidate beats plain margin sampling at 200 and 400 coded answers on every
dataset in at least 4 of 5 seeds (with fewer seeds: all but one). The same settings serve
both datasets.

Data (../shared/datasets, CC BY-SA 4.0; see the READMEs there):
- bonn_survey/answers.csv, ``doc_code`` (4 argument classes, 1,386 answers; Romberg &
  Conrad 2021, "Umfrage zum Leben in Bonn 2017", T. Escher, DIID Düsseldorf);
- ottensen_thematic/contributions.csv, 10 usable thematic labels (multi-label, 697
  contributions; Romberg, Mark & Escher 2022, FreiRaum Ottensen, Bezirksamt Altona).

Run: .venv/bin/python benchmarks/bench_active_learning.py [--seeds N] [--first-seed S]
[--folds K] [--only NAME,NAME] [--save CURVES.csv]; tables of saved curves:
.venv/bin/python benchmarks/bench_active_learning.py --report CURVES.csv
"""

from __future__ import annotations

import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "datasets"
SIZES = (50, 100, 200, 400)
BATCH = 50
N_FOLDS = 5  # test share 1/5
STRATEGIES = ("random", "margin (chars, SVM)", "before (#17)", "default", "balanced margin")
#: strategies compared with the baseline and with random sampling
CANDIDATES = ("default", "balanced margin")
BASELINE = "margin (chars, SVM)"


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


class MarginBaseline:
    """Character 2–5-gram TF-IDF + ``LinearSVC()`` with plain margin sampling (sklearn only)."""

    def fit(self, texts, labels):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.preprocessing import MultiLabelBinarizer
        from sklearn.svm import LinearSVC

        self.multi = isinstance(labels[0], tuple)
        self.vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        X = self.vec.fit_transform(texts)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a label present in every answer
            if self.multi:
                self.mlb = MultiLabelBinarizer()
                self.svm = OneVsRestClassifier(LinearSVC()).fit(X, self.mlb.fit_transform(labels))
            else:
                self.svm = LinearSVC().fit(X, labels)
        return self

    def _decision(self, texts):
        d = self.svm.decision_function(self.vec.transform(texts))
        return d[:, None] if d.ndim == 1 else d

    def predict(self, texts):
        d = self._decision(texts)
        if self.multi:
            chosen = d > 0
            chosen[np.arange(len(d)), d.argmax(axis=1)] = True
            return [tuple(self.mlb.classes_[row]) for row in chosen]
        if d.shape[1] == 1:
            return list(self.svm.classes_[(d[:, 0] > 0).astype(int)])
        return list(self.svm.classes_[d.argmax(axis=1)])

    def query(self, texts, n):
        d = self._decision(texts)
        if self.multi or d.shape[1] == 1:
            margin = np.abs(d).min(axis=1)
        else:
            top = np.sort(d, axis=1)
            margin = top[:, -1] - top[:, -2]
        return np.argsort(margin, kind="stable")[:n]


class BeforeClassifier:
    """The classifier ``classify`` used before issue 17: word TF-IDF + logistic regression."""

    def __init__(self, random_state=0):
        self.random_state = random_state

    def get_params(self, deep=True):
        return {"random_state": self.random_state}

    def set_params(self, **params):
        self.random_state = params.get("random_state", self.random_state)
        return self

    def fit(self, texts, labels):
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.preprocessing import MultiLabelBinarizer

        from esslingen_lab.text import german_tfidf

        self.multilabel_ = isinstance(labels[0], tuple)
        self.vec = german_tfidf("de", min_df=1, max_df=1.0)
        X = self.vec.fit_transform(texts)
        lr = LogisticRegression(C=10.0, class_weight="balanced", max_iter=5000,
                                random_state=self.random_state)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if self.multilabel_:
                self.mlb = MultiLabelBinarizer()
                self.model = OneVsRestClassifier(lr).fit(X, self.mlb.fit_transform(labels))
                self.classes_ = np.array(self.mlb.classes_, dtype=object)
            else:
                self.model = lr.fit(X, labels)
                self.classes_ = np.array(self.model.classes_, dtype=object)
        return self

    def _X(self, texts):
        return self.vec.transform(texts)

    def predict_proba(self, texts):
        return self.model.predict_proba(self._X(texts))

    def predict(self, texts):
        proba = self.predict_proba(texts)
        if not self.multilabel_:
            return list(self.classes_[proba.argmax(axis=1)])
        chosen = proba >= 0.5
        chosen[np.arange(len(proba)), proba.argmax(axis=1)] = True
        return [tuple(self.classes_[row]) for row in chosen]

    def predict_frame(self, texts):
        proba = self.predict_proba(texts)
        predicted = self.predict(texts)
        if self.multilabel_:
            return pd.DataFrame({"predicted": [";".join(p) for p in predicted],
                                 "confidence": np.maximum(proba, 1 - proba).min(axis=1)})
        return pd.DataFrame({"predicted": predicted, "confidence": proba.max(axis=1)})


def run(dataset, texts, labels, test_idx, pool_idx, seed, fold, strategy):
    """One learning curve: (dataset, seed, fold, strategy, {n_coded: macro_f1}, features)."""
    from esslingen_lab.coding.active import CodeClassifier, suggest
    from esslingen_lab.coding.classifier import _clean_labels, _macro_f1

    with threadpool_limits(1):
        clean, multi = _clean_labels(labels)
        classes = sorted({c for v in clean for c in v}) if multi else None
        rng = np.random.default_rng([seed, fold])
        coded = list(rng.choice(pool_idx, SIZES[0], replace=False))
        curve, features = {}, []
        state = seed * N_FOLDS + fold
        while True:
            coded_texts = [texts[i] for i in coded]
            coded_labels = [labels[i] for i in coded]
            taken = set(coded)
            rest = np.array([i for i in pool_idx if i not in taken])
            rest_texts = [texts[i] for i in rest]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if strategy == BASELINE:  # queries with its own model
                    model = MarginBaseline().fit(coded_texts, coded_labels)
                elif len(coded) not in SIZES:
                    pass  # `suggest` fits the model it queries with; no test needed here
                elif strategy == "before (#17)":
                    model = BeforeClassifier().fit(coded_texts, coded_labels)
                else:
                    model = CodeClassifier(random_state=state).fit(coded_texts, coded_labels)
                    features.append(model.features_)
            if len(coded) in SIZES:
                predicted = model.predict([texts[i] for i in test_idx])
                curve[len(coded)] = _macro_f1([clean[i] for i in test_idx], list(predicted),
                                              multi, classes)
            if len(coded) >= SIZES[-1]:
                break
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if strategy == "random":
                    picks = rng.choice(len(rest), BATCH, replace=False)
                elif strategy == BASELINE:
                    picks = model.query(rest_texts, BATCH)
                elif strategy == "before (#17)":
                    picks = suggest(coded_texts, coded_labels, rest_texts, n=BATCH,
                                    random_share=0.2, balanced=True, diversity=4,
                                    estimator=BeforeClassifier(), random_state=state)["position"]
                elif strategy == "balanced margin":
                    picks = suggest(coded_texts, coded_labels, rest_texts, n=BATCH,
                                    balanced=True,
                                    estimator=CodeClassifier(random_state=state),
                                    random_state=state)["position"]
                else:  # exactly what `classify suggest` does
                    picks = suggest(coded_texts, coded_labels, rest_texts, n=BATCH,
                                    estimator=CodeClassifier(random_state=state),
                                    random_state=state)["position"]
            coded += list(rest[np.asarray(picks)])
        return dataset, seed, fold, strategy, curve, features


def _folds(labels, seed):
    """(pool, test) index pairs of a 5-fold split; stratified for one code per answer."""
    from sklearn.model_selection import KFold, StratifiedKFold

    idx = np.arange(len(labels))
    if isinstance(labels[0], tuple):
        return list(KFold(N_FOLDS, shuffle=True, random_state=1000 + seed).split(idx))
    splitter = StratifiedKFold(N_FOLDS, shuffle=True, random_state=1000 + seed)
    return list(splitter.split(idx, labels))


def _summary(frame, strategies, n_seeds):
    """Tables per n_coded: macro-F1 per strategy; the candidates' paired gains.

    Returns (means, gains, verdict); verdict[candidate][other][n_coded] says whether the
    candidate's mean gain is > 0 and it wins in at least 4 of 5 seeds (all but one).
    """
    seeds = frame.pivot_table(index=["n_coded", "seed"], columns="strategy",
                              values="macro_f1")  # each seed averaged over its folds
    by_n = seeds.groupby("n_coded")
    out = pd.DataFrame(index=by_n.mean().index)
    for strategy in strategies:
        out[strategy] = (by_n[strategy].mean().map("{:.3f}".format) + " ("
                         + by_n[strategy].std().map("{:.3f}".format) + ")")
    gains = pd.DataFrame(index=out.index)
    verdict = {}
    for candidate in [s for s in CANDIDATES if s in strategies]:
        verdict[candidate] = {}
        for other in [s for s in (BASELINE, "random") if s in strategies]:
            gain = seeds[candidate] - seeds[other]
            mean = gain.groupby("n_coded").mean()
            won = gain.gt(0).groupby("n_coded").sum()
            gains[f"{candidate} − {other.split(' ')[0]}"] = (
                mean.map("{:+.3f}".format) + " (" + won.astype(str) + f"/{n_seeds})")
            verdict[candidate][other] = {
                n: bool(mean[n] > 0 and won[n] >= max(1, min(4, n_seeds - 1)))
                for n in mean.index}
    return out, gains, verdict


def report(frame, strategies=STRATEGIES):
    """Print the tables and the verdict from the learning curves in ``frame``.

    Only seeds with every strategy's curve count (a run cut short leaves some out).
    """
    strategies = [s for s in strategies if s in set(frame["strategy"])]
    frame = frame.copy()
    frame["features"] = frame["features"].fillna("").astype(str)
    core = [s for s in strategies if s != "before (#17)"]  # the previous default may lag
    complete = frame[frame["strategy"].isin(core)].groupby(
        ["dataset", "seed"])["strategy"].nunique() == len(core)
    beats, need, n_seeds = {}, 4, 0
    for name, part in frame.groupby("dataset", sort=False):
        seeds = (complete[name][complete[name]].index
                 if name in complete.index.get_level_values(0) else [])
        if len(seeds) == 0:
            print(f"\n## {name}: no seed with every strategy's curve yet")
            beats = {c: False for c in CANDIDATES}
            continue
        part = part[part["seed"].isin(seeds)]
        n_seeds, n_folds = len(seeds), part.groupby("seed")["fold"].nunique().max()
        out, gains, verdict = _summary(part, strategies, n_seeds)
        print(f"\n## {name}: macro-F1 on held-out answers, mean (sd over {n_seeds} seeds, "
              f"each averaged over {n_folds} test fold(s)), batch {BATCH}; gains paired by "
              f"seed")
        print(out.to_string())
        print("gain, paired by seed (seeds won):")
        print(gains.to_string())
        if "before (#17)" in strategies:
            print(f"before (#17): {part.loc[part['strategy'] == 'before (#17)', 'seed'].nunique()}"
                  f" of these {n_seeds} seeds")
        first = part[(part["n_coded"] == SIZES[0]) & (part["strategy"] == "default")]
        chosen = Counter(f for text in first["features"] for f in text.split())
        if chosen:
            print("features chosen by auto for the default (at 50/100/200/400 coded answers): "
                  + ", ".join(f"{k} {v}" for k, v in chosen.most_common()))
        for candidate, against in verdict.items():
            beats[candidate] = beats.get(candidate, True) and all(
                against.get(BASELINE, {}).get(n, False) for n in (200, 400))
        need = max(1, min(4, n_seeds - 1))
    for candidate, yes in beats.items():
        print(f"{candidate} beats plain margin sampling (chars, SVM) at 200 and 400 coded "
              f"answers on every dataset (mean gain > 0, ≥ {need}/{n_seeds} seeds): "
              f"{'yes' if yes else 'no'}")


def main(n_seeds=5, first_seed=0, n_folds=1, only=None, save=None):
    if not DATA.exists():
        print(f"datasets not found at {DATA}; nothing to benchmark")
        return
    strategies = [s for s in STRATEGIES if only is None or s in only]
    datasets = {"ottensen_thematic (multi-label, 10 codes)": load_ottensen(),
                "bonn_survey (doc_code, 4 classes)": load_bonn()}
    seeds = range(first_seed, first_seed + n_seeds)
    jobs = []
    for name, (texts, labels) in datasets.items():
        for seed in seeds:
            for fold, (pool_idx, test_idx) in enumerate(_folds(labels, seed)[:n_folds]):
                for strategy in strategies:
                    jobs.append((name, texts, labels, test_idx, pool_idx, seed, fold, strategy))
        print(f"{name}: {len(texts)} answers; per run {len(pool_idx)} in the pool, "
              f"{len(test_idx)} held out")
    start = time.perf_counter()
    if save and Path(save).exists():  # resume: curves already saved are not run again
        done = pd.read_csv(save, keep_default_na=False)
        done = set(zip(done["dataset"], done["seed"], done["fold"], done["strategy"],
                       strict=True))
        old = pd.read_csv(save, keep_default_na=False)
        results = [(d, s, f, st, dict(zip(g["n_coded"], g["macro_f1"], strict=True)),
                    g["features"].iloc[0].split())
                   for (d, s, f, st), g in old.groupby(["dataset", "seed", "fold", "strategy"])]
        jobs = [job for job in jobs if (job[0], job[5], job[6], job[7]) not in done]
    else:
        results = []
    # The previous default last, then seed by seed (a run cut short has whole seeds of
    # the others), the longest jobs first within a seed.
    jobs.sort(key=lambda job: (job[7] == "before (#17)", job[5],
                               job[7] in ("random", BASELINE), -len(job[4])))
    for result in Parallel(n_jobs=2, return_as="generator_unordered")(
            delayed(run)(*job) for job in jobs):
        results.append(result)
        if save:  # every finished curve at once: a long run interrupted keeps what it did
            d, s, f, st, curve, features = result
            pd.DataFrame([{"dataset": d, "seed": s, "fold": f, "strategy": st, "n_coded": n,
                           "macro_f1": v, "features": " ".join(features)}
                          for n, v in curve.items()]).to_csv(
                save, mode="a", header=not Path(save).exists(), index=False)
    report(pd.DataFrame([{"dataset": d, "seed": s, "fold": f, "strategy": st, "n_coded": n,
                          "macro_f1": v, "features": " ".join(features)}
                         for d, s, f, st, curve, features in results
                         for n, v in curve.items()]))
    print(f"wall time: {time.perf_counter() - start:.0f} s (2 workers)")


if __name__ == "__main__":
    def _arg(flag, default, kind=int):
        return kind(sys.argv[sys.argv.index(flag) + 1]) if flag in sys.argv else default

    if "--report" in sys.argv:  # the tables from curves saved with --save
        report(pd.read_csv(_arg("--report", None, str), keep_default_na=False))
        sys.exit(0)
    main(n_seeds=_arg("--seeds", 5), first_seed=_arg("--first-seed", 0),
         n_folds=_arg("--folds", 1), only=_arg("--only", None, lambda s: s.split(",")),
         save=_arg("--save", None, str))
