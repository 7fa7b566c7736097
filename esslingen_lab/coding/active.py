"""Classifier that learns from human codings and suggests what to code next.

It predicts codes with a confidence and reports cross-validated macro-F1 and a learning curve.
Single-label (one code per answer) and multi-label (a set of codes per answer) coding
are both supported; the kind is taken from the labels passed to ``fit``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.utils.validation import check_is_fitted

from esslingen_lab.errors import DataError

__all__ = [
    "ClassifierError",
    "ClassifierReport",
    "CodeClassifier",
    "CVResult",
    "classify_codings",
    "cross_validate",
    "learning_curve",
    "suggest",
    "uncertainty",
]

#: Strategies of :func:`uncertainty` / :func:`suggest`.
STRATEGIES = ("margin", "least_confidence", "entropy")


class ClassifierError(DataError):
    """The coded answers cannot train a classifier (too few, or only one code)."""


def _is_multilabel(labels) -> bool:
    return any(isinstance(v, list | tuple | set | frozenset) for v in labels)


def _clean_labels(labels):
    """Labels as str (single-label) or sorted tuples of str (multi-label)."""
    labels = list(labels)
    if _is_multilabel(labels):
        return [tuple(sorted({str(c) for c in v})) for v in labels], True
    return ["" if v is None else str(v) for v in labels], False


def check_labels(labels) -> None:
    """Raise :class:`ClassifierError` unless ``labels`` can train a classifier.

    Examples
    --------
    >>> check_labels(["a", "a"])
    Traceback (most recent call last):
    ...
    esslingen_lab.coding.active.ClassifierError: only one code ('a') among the 2 coded answers — ...
    """
    labels, multi = _clean_labels(labels)
    if len(labels) == 0:
        raise ClassifierError("no coded answers", hint="code some answers first")
    used = sorted({c for v in labels for c in v}) if multi else sorted(set(labels))
    if len(used) < 2:
        only = f" ('{used[0]}')" if used else ""
        raise ClassifierError(
            f"only one code{only} among the {len(labels)} coded answers",
            hint="a classifier needs at least two different codes",
        )


class CodeClassifier(ClassifierMixin, BaseEstimator):
    """TF-IDF features of German text with a logistic regression, predicting codes.

    Parameters
    ----------
    language : {"de", "en"}, default="de"
    features : {"words", "chars", "words+chars"}, default="words"
        ``"words"``: lemmas and compound parts from :func:`esslingen_lab.text.german_tfidf`
        (best for thematic codes). ``"chars"``: character 2–5-grams within words (robust to
        typos and good for short or argumentative answers). ``"words+chars"``: both.
    C : float, default=10.0
        Inverse regularisation strength of the logistic regression.
    class_weight : "balanced" or None, default="balanced"
        ``"balanced"`` keeps rare codes from being ignored (macro-F1 counts every code).
    stopwords : sequence of str, default=()
        Extra stop words (e.g. the survey's ``spec.stopwords``).
    threshold : float, default=0.5
        Multi-label only: a code is predicted when its probability reaches this; each
        answer gets at least its most probable code.
    random_state : int, default=None

    Attributes
    ----------
    classes_ : ndarray of str
        The codes.
    multilabel_ : bool
    vectorizer_ : the fitted TF-IDF vectorizer
    model_ : the fitted logistic regression (one-vs-rest for multi-label)
    n_train_ : int

    Notes
    -----
    Logistic regression gives usable probabilities without a separate calibration
    step, which needs several examples per code and so fails on the small, uneven
    samples typical of human coding.

    Examples
    --------
    >>> clf = CodeClassifier(random_state=0).fit(
    ...     ["Termin Bürgeramt", "kein Termin frei", "WLAN Bahnhof", "Glasfaser fehlt"],
    ...     ["termine", "termine", "netz", "netz"])
    >>> clf.predict(["Termine beim Bürgeramt"])[0]
    'termine'
    """

    def __init__(self, language="de", *, features="words", C=10.0, class_weight="balanced",
                 stopwords=(), threshold=0.5, random_state=None):
        self.language = language
        self.features = features
        self.C = C
        self.class_weight = class_weight
        self.stopwords = stopwords
        self.threshold = threshold
        self.random_state = random_state

    def _make_vectorizer(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_union

        from esslingen_lab.text import german_tfidf

        if self.features not in ("words", "chars", "words+chars"):
            raise ValueError("features must be 'words', 'chars' or 'words+chars'")
        words = german_tfidf(self.language, min_df=1, max_df=1.0,
                             stopwords=tuple(self.stopwords))
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                lowercase=True, dtype=np.float32)
        if self.features == "words":
            return words
        if self.features == "chars":
            return chars
        return make_union(words, chars)

    def fit(self, texts, labels):
        """Fit on coded answers.

        Parameters
        ----------
        texts : sequence of str
        labels : sequence of str, or sequence of sets/tuples of str (multi-label)

        Returns
        -------
        self
        """
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.preprocessing import MultiLabelBinarizer

        texts = ["" if t is None else str(t) for t in texts]
        labels, multi = _clean_labels(labels)
        if len(texts) != len(labels):
            raise ValueError("texts and labels differ in length")
        check_labels(labels)
        self.multilabel_ = multi
        self.vectorizer_ = self._make_vectorizer()
        X = self.vectorizer_.fit_transform(texts)
        base = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=5000,
                                  random_state=self.random_state)
        if multi:
            self._binarizer = MultiLabelBinarizer()
            Y = self._binarizer.fit_transform(labels)
            self.classes_ = np.array([str(c) for c in self._binarizer.classes_], dtype=object)
            # A code every coded answer carries (or none does) cannot be learned;
            # OneVsRest then predicts it constantly, which is the honest answer.
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="Label .* is present in all")
                self.model_ = OneVsRestClassifier(base).fit(X, Y)
        else:
            self.model_ = base.fit(X, labels)
            # plain str (not numpy.str_) so predictions print and compare like the input
            self.classes_ = np.array([str(c) for c in self.model_.classes_], dtype=object)
        self.n_train_ = len(texts)
        return self

    def _X(self, texts):
        check_is_fitted(self)
        return self.vectorizer_.transform(["" if t is None else str(t) for t in texts])

    def predict_proba(self, texts) -> np.ndarray:
        """Probabilities per code (columns in ``classes_`` order).

        Single-label rows sum to 1; multi-label columns are per-code yes-probabilities.
        """
        return self.model_.predict_proba(self._X(texts))

    def _predict_from_proba(self, proba):
        if not self.multilabel_:
            return self.classes_[proba.argmax(axis=1)]
        chosen = proba >= self.threshold
        chosen[np.arange(len(proba)), proba.argmax(axis=1)] = True
        return [tuple(self.classes_[row]) for row in chosen]

    def predict(self, texts):
        """Predicted code per answer (a tuple of codes for multi-label)."""
        return self._predict_from_proba(self.predict_proba(texts))

    def predict_frame(self, texts) -> pd.DataFrame:
        """DataFrame with ``predicted`` (codes ``;``-joined for multi-label) and ``confidence``.

        ``confidence`` is the probability of the predicted code; for multi-label, the
        certainty of the least certain yes/no decision.
        """
        proba = self.predict_proba(texts)
        predicted = self._predict_from_proba(proba)
        if self.multilabel_:
            predicted = [";".join(p) for p in predicted]
            confidence = np.maximum(proba, 1 - proba).min(axis=1)
        else:
            confidence = proba.max(axis=1)
        return pd.DataFrame({"predicted": predicted, "confidence": confidence})

    def uncertainty(self, texts, strategy="margin") -> np.ndarray:
        """Score how unsure the model is per answer (higher = more worth coding).

        See :func:`uncertainty`.
        """
        return uncertainty(self.predict_proba(texts), strategy, multilabel=self.multilabel_)


def uncertainty(proba, strategy="margin", *, multilabel=False) -> np.ndarray:
    """Uncertainty scores from predicted probabilities (higher = less certain).

    Parameters
    ----------
    proba : ndarray, shape (n_answers, n_codes)
    strategy : {"margin", "least_confidence", "entropy"}, default="margin"
        ``margin``: 1 − (p₁ − p₂) of the two most probable codes; ``least_confidence``:
        1 − p₁; ``entropy``: Shannon entropy. For multi-label each code is a yes/no
        decision and the least certain decision of an answer counts.
    multilabel : bool, default=False

    Returns
    -------
    ndarray of float, shape (n_answers,)

    Examples
    --------
    >>> uncertainty(np.array([[0.9, 0.1], [0.55, 0.45]])).round(2)
    array([0.2, 0.9])
    """
    proba = np.asarray(proba, dtype=float)
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {', '.join(STRATEGIES)}")
    if multilabel:
        p = np.clip(proba, 1e-12, 1 - 1e-12)
        if strategy == "entropy":
            return (-(p * np.log(p) + (1 - p) * np.log(1 - p))).max(axis=1)
        margin = np.abs(2 * p - 1)  # p(yes) − p(no)
        if strategy == "margin":
            return 1 - margin.min(axis=1)
        return 1 - np.maximum(p, 1 - p).min(axis=1)
    top = np.sort(proba, axis=1)[:, ::-1]
    if strategy == "least_confidence":
        return 1 - top[:, 0]
    if strategy == "margin":
        second = top[:, 1] if top.shape[1] > 1 else np.zeros(len(top))
        return 1 - (top[:, 0] - second)
    p = np.clip(proba, 1e-12, 1)
    return -(p * np.log(p)).sum(axis=1)


# -- evaluation ----------------------------------------------------------------------------
@dataclass
class CVResult:
    """Cross-validated quality of a classifier; see :func:`cross_validate`.

    Attributes
    ----------
    macro_f1 : float
        Mean macro-F1 over folds (each code counts equally, however rare).
    macro_f1_std : float
    n_splits : int
    n_answers : int
    fold_scores : list of float
    per_code : DataFrame
        code, precision, recall, f1, support — from the pooled out-of-fold predictions.
    notes : list of str
        Caveats, e.g. codes too rare to be evaluated.
    """

    macro_f1: float
    macro_f1_std: float
    n_splits: int
    n_answers: int
    fold_scores: list
    per_code: pd.DataFrame = field(repr=False)
    notes: list = field(default_factory=list)


def _splits(labels, multi, cv, random_state):
    from sklearn.model_selection import KFold, StratifiedKFold

    n = len(labels)
    if multi:
        n_splits = max(2, min(cv, n // 2))
        return list(KFold(n_splits, shuffle=True, random_state=random_state).split(labels)), []
    counts = pd.Series(labels).value_counts()
    notes = []
    rare = counts[counts < 2]
    if len(rare):
        notes.append(
            f"{len(rare)} code(s) have only one coded answer and cannot be evaluated "
            f"fairly: {', '.join(map(str, rare.index[:5]))}"
        )
    usable = counts[counts >= 2]
    n_splits = int(max(2, min(cv, usable.min() if len(usable) else 2, n // 2)))
    with warnings.catch_warnings():
        # The least-populated-class warning is replaced by the note above.
        warnings.simplefilter("ignore", UserWarning)
        splitter = StratifiedKFold(n_splits, shuffle=True, random_state=random_state)
        return list(splitter.split(np.zeros(n), labels)), notes


def _fit_predict(estimator, texts, labels, train, test):
    """Fit on ``train`` and predict ``test``; a one-code training fold predicts that code."""
    train_labels = [labels[i] for i in train]
    try:
        model = clone(estimator).fit([texts[i] for i in train], train_labels)
    except ClassifierError:
        return [train_labels[0]] * len(test)
    return list(model.predict([texts[i] for i in test]))


def _macro_f1(truth, predicted, multi, classes=None):
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    if multi:
        mlb = MultiLabelBinarizer(classes=classes).fit([classes])
        return f1_score(mlb.transform(truth), mlb.transform(predicted), average="macro",
                        zero_division=0)
    return f1_score(truth, predicted, average="macro", zero_division=0)


def cross_validate(texts, labels, *, estimator=None, cv=5, random_state=0) -> CVResult:
    """Cross-validated macro-F1 of a classifier on coded answers.

    Folds are stratified by code (single-label); ``cv`` is lowered when the rarest code has
    fewer answers than folds, and codes with a single answer are reported in ``notes``.

    Parameters
    ----------
    texts : sequence of str
    labels : sequence of str or of sets of str
    estimator : CodeClassifier, default=None
        ``CodeClassifier(random_state=random_state)`` when None.
    cv : int, default=5
    random_state : int, default=0

    Returns
    -------
    CVResult
    """
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.preprocessing import MultiLabelBinarizer

    texts = ["" if t is None else str(t) for t in texts]
    labels, multi = _clean_labels(labels)
    check_labels(labels)
    if len(labels) < 4:
        raise ClassifierError(f"only {len(labels)} coded answers",
                              hint="cross-validation needs at least 4 coded answers")
    estimator = estimator if estimator is not None else CodeClassifier(random_state=random_state)
    classes = sorted({c for v in labels for c in v}) if multi else sorted(set(labels))
    splits, notes = _splits(labels, multi, cv, random_state)
    scores, pooled = [], [None] * len(labels)
    for train, test in splits:
        predicted = _fit_predict(estimator, texts, labels, train, test)
        for i, p in zip(test, predicted, strict=True):
            pooled[i] = p
        scores.append(_macro_f1([labels[i] for i in test], predicted, multi, classes))
    if multi:
        mlb = MultiLabelBinarizer(classes=classes).fit([classes])
        truth, pred = mlb.transform(labels), mlb.transform(pooled)
    else:
        truth, pred = labels, pooled
    p, r, f, s = precision_recall_fscore_support(
        truth, pred, labels=None if multi else classes, zero_division=0
    )
    per_code = pd.DataFrame({"code": classes, "precision": p, "recall": r, "f1": f,
                             "support": s})
    return CVResult(macro_f1=float(np.mean(scores)), macro_f1_std=float(np.std(scores)),
                    n_splits=len(splits), n_answers=len(labels), fold_scores=scores,
                    per_code=per_code, notes=notes)


def learning_curve(texts, labels, *, sizes=None, estimator=None, cv=5,
                   random_state=0) -> pd.DataFrame:
    """Macro-F1 on held-out folds when training on growing numbers of coded answers.

    Tells whether coding more answers is still worth it: a curve that still rises at the
    right end says yes.

    Parameters
    ----------
    texts, labels : see :func:`cross_validate`
    sizes : sequence of int, default=None
        Numbers of training answers; 20 %, 40 %, … 100 % of a training fold when None.
    estimator : CodeClassifier, default=None
    cv : int, default=5
    random_state : int, default=0

    Returns
    -------
    DataFrame
        n_coded, macro_f1 (mean over folds), macro_f1_std, n_folds.
    """
    texts = ["" if t is None else str(t) for t in texts]
    labels, multi = _clean_labels(labels)
    check_labels(labels)
    estimator = estimator if estimator is not None else CodeClassifier(random_state=random_state)
    classes = sorted({c for v in labels for c in v}) if multi else sorted(set(labels))
    splits, _ = _splits(labels, multi, cv, random_state)
    n_train = min(len(tr) for tr, _ in splits)
    if sizes is None:
        sizes = sorted({max(2, int(round(n_train * f))) for f in (0.2, 0.4, 0.6, 0.8, 1.0)})
    rng = np.random.default_rng(random_state)
    rows = []
    for size in sizes:
        if size > n_train:
            continue
        scores = []
        for train, test in splits:
            subset = rng.permutation(train)[:size]
            predicted = _fit_predict(estimator, texts, labels, subset, test)
            scores.append(_macro_f1([labels[i] for i in test], predicted, multi, classes))
        rows.append({"n_coded": int(size), "macro_f1": float(np.mean(scores)),
                     "macro_f1_std": float(np.std(scores)), "n_folds": len(scores)})
    return pd.DataFrame(rows, columns=["n_coded", "macro_f1", "macro_f1_std", "n_folds"])


@dataclass
class ClassifierReport:
    """What a classifier learnt from the codings so far; see :func:`classify_codings`.

    Attributes
    ----------
    cv : CVResult
        Cross-validated macro-F1 and figures per code.
    curve : DataFrame
        Learning curve (see :func:`learning_curve`).
    predictions : DataFrame
        One row per answer nobody has coded yet: answer_id, text, predicted (codes
        ``;``-joined for multi-label), confidence — least confident first, so the answers
        to check by hand come first.
    model : CodeClassifier
        Fitted on every coded answer.
    """

    cv: CVResult
    curve: pd.DataFrame = field(repr=False)
    predictions: pd.DataFrame = field(repr=False)
    model: object = field(repr=False)

    def summary(self, language="de") -> str:
        """One paragraph: macro-F1, and whether coding more answers still pays off."""
        cv, curve = self.cv, self.curve
        rising = (len(curve) >= 2 and curve["macro_f1"].iloc[-1] - curve["macro_f1"].iloc[-2]
                  > max(0.01, curve["macro_f1_std"].iloc[-1] / 2))
        if language == "en":
            text = (f"Cross-validated macro-F1: {cv.macro_f1:.2f} ± {cv.macro_f1_std:.2f} "
                    f"({cv.n_answers} coded answers, {len(cv.per_code)} codes, "
                    f"{cv.n_splits} folds). ")
            text += ("The learning curve still rises: coding more answers is worth it."
                     if rising else "The learning curve flattens: more coding of the same "
                     "kind adds little; check the weakest codes instead.")
        else:
            text = (f"Kreuzvalidierter Makro-F1: {cv.macro_f1:.2f} ± {cv.macro_f1_std:.2f} "
                    f"({cv.n_answers} kodierte Antworten, {len(cv.per_code)} Codes, "
                    f"{cv.n_splits} Folds). ")
            text += ("Die Lernkurve steigt noch: weiter kodieren lohnt sich." if rising else
                     "Die Lernkurve flacht ab: mehr Kodierungen derselben Art bringen wenig; "
                     "besser die schwächsten Codes prüfen.")
        notes = " ".join(cv.notes)
        return f"{text} {notes}".strip()


def classify_codings(store, *, estimator=None, cv=5, min_coded=20,
                     random_state=0) -> ClassifierReport:
    """Learn from a coding store's codings and code the answers nobody has coded yet.

    Parameters
    ----------
    store : CodingStore
        Its :meth:`~esslingen_lab.coding.CodingStore.training_data` is the training set.
    estimator : CodeClassifier, default=None
        ``CodeClassifier`` in the codebook's language when None.
    cv : int, default=5
    min_coded : int, default=20
        Fewer coded answers raise :class:`ClassifierError`: figures from a handful of
        answers mislead.
    random_state : int, default=0

    Returns
    -------
    ClassifierReport
    """
    train = store.training_data()
    if len(train) < min_coded:
        raise ClassifierError(
            f"only {len(train)} coded answers",
            hint=f"code at least {min_coded} answers with at least two different codes first")
    texts, labels = train["text"].tolist(), train["label"].tolist()
    check_labels(labels)
    if estimator is None:
        codebook = store.codebook
        language = codebook.language if codebook is not None else "de"
        estimator = CodeClassifier(language, random_state=random_state)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # small folds: the notes say what matters
        result = cross_validate(texts, labels, estimator=estimator, cv=cv,
                                random_state=random_state)
        curve = learning_curve(texts, labels, estimator=estimator, cv=cv,
                               random_state=random_state)
    model = clone(estimator).fit(texts, labels)
    answers = store.answers()
    rest = answers[~answers["answer_id"].isin(set(train["answer_id"]))]
    rest = rest[rest["text"].fillna("").str.strip() != ""].reset_index(drop=True)
    predicted = (model.predict_frame(rest["text"].tolist()) if len(rest) else
                 pd.DataFrame({"predicted": [], "confidence": []}))  # everything is coded
    predictions = pd.concat([rest[["answer_id", "text"]], predicted], axis=1)
    predictions = predictions.sort_values("confidence", kind="stable").reset_index(drop=True)
    return ClassifierReport(cv=result, curve=curve, predictions=predictions, model=model)


def suggest(coded_texts, coded_labels, pool_texts, *, n=50, random_share=0.2,
            strategy="margin", balanced=True, diversity=4, estimator=None,
            random_state=0) -> pd.DataFrame:
    """Pick the uncoded answers most worth coding next (uncertainty sampling + random share).

    Parameters
    ----------
    coded_texts, coded_labels : sequences
        The answers coded so far and their codes.
    pool_texts : sequence of str
        Uncoded answers to choose from.
    n : int, default=50
    random_share : float, default=0.2
        Share of the picks drawn at random from the rest of the pool. The random picks
        keep the coded sample representative (so figures computed from it stay honest)
        and show the model answers it does not know it gets wrong.
    strategy : {"margin", "least_confidence", "entropy"}, default="margin"
    balanced : bool, default=True
        Take the uncertain picks code by code in turn, rarest coded code first: for
        single-label coding the most uncertain answers *predicted* as each code; for
        multi-label coding the answers whose yes/no decision for each code is closest to
        50 %. Plain uncertainty sampling keeps picking answers between the two or three
        biggest codes and so starves rare codes, which macro-F1 counts as much as big ones.
    diversity : float, default=4
        Keep the uncertain picks apart: the ``diversity × k`` best candidates for the
        ``k`` uncertain picks are grouped by their text features into ``k`` clusters
        (k-means) and the best candidate of each cluster is picked. Without it a batch
        fills up with near-identical answers ("Radweg sanieren", "Radwege sanieren!"),
        and coding the second teaches the model nothing the first did not. ``1`` (or
        less) switches it off.
    estimator : CodeClassifier, default=None
    random_state : int, default=0

    Returns
    -------
    DataFrame
        One row per pick, best first: ``position`` (row number in ``pool_texts``),
        ``reason`` ("unsicher" or "zufällig"), ``uncertainty``, ``predicted``,
        ``confidence``. Random picks are spread evenly through the list so a coder who
        stops early has still coded some. Answers with identical text are suggested once.
    """
    if not 0 <= random_share <= 1:
        raise ValueError("random_share must be between 0 and 1")
    pool_texts = ["" if t is None else str(t) for t in pool_texts]
    estimator = estimator if estimator is not None else CodeClassifier(random_state=random_state)
    model = clone(estimator).fit(list(coded_texts), list(coded_labels))
    proba = model.predict_proba(pool_texts)
    frame = model.predict_frame(pool_texts)
    frame.insert(0, "position", np.arange(len(pool_texts)))
    frame["uncertainty"] = uncertainty(proba, strategy, multilabel=model.multilabel_)
    # One answer per distinct (normalised) text: coding a duplicate teaches nothing new.
    keys = pd.Series([" ".join(t.lower().split()) for t in pool_texts])
    frame = frame[~keys.duplicated().to_numpy()]
    frame = frame[keys[frame.index].str.len().to_numpy() > 0]
    n = int(min(n, len(frame)))
    n_random = int(round(n * random_share))
    rng = np.random.default_rng(random_state)
    ranked = frame.sort_values(["uncertainty", "position"], ascending=[False, True],
                               kind="stable")
    if balanced:
        ranked = ranked.loc[_balanced_order(model, proba, coded_labels, ranked)]
    n_sure = n - n_random
    if diversity > 1 and n_sure > 1:
        head = ranked.iloc[: int(min(len(ranked), np.ceil(diversity * n_sure)))]
        keep = _one_per_cluster(model._X([pool_texts[i] for i in head["position"]]), n_sure,
                                random_state)
        ranked = pd.concat([head.iloc[keep], ranked.drop(head.index[keep])])
    sure = ranked.iloc[:n_sure].assign(reason="unsicher")
    rest = ranked.iloc[n_sure:]
    chance = rest.iloc[rng.permutation(len(rest))[:n_random]].assign(reason="zufällig")
    order = _interleave(len(sure), len(chance))
    picks = pd.concat([sure, chance], ignore_index=True)
    picks = picks.iloc[order].reset_index(drop=True)
    return picks[["position", "reason", "uncertainty", "predicted", "confidence"]]


def _balanced_order(model, proba, coded_labels, ranked):
    """Index of ``ranked`` re-ordered round-robin over codes, rarest coded code first."""
    labels, multi = _clean_labels(coded_labels)
    counts = pd.Series([c for v in labels for c in v] if multi else labels).value_counts()
    codes = sorted(range(len(model.classes_)),
                   key=lambda j: (counts.get(model.classes_[j], 0), str(model.classes_[j])))
    index = ranked.index.to_numpy()
    queues = []
    for j in codes:
        if multi:
            # closest to a coin flip for this code first
            closeness = np.abs(proba[index, j] - 0.5)
            queues.append(index[np.argsort(closeness, kind="stable")])
        else:
            predicted = proba[index].argmax(axis=1)
            queues.append(index[predicted == j])  # already most uncertain first
    order, seen = [], set()
    cursors = [0] * len(queues)
    while len(order) < len(index):
        progressed = False
        for q, queue in enumerate(queues):
            while cursors[q] < len(queue) and queue[cursors[q]] in seen:
                cursors[q] += 1
            if cursors[q] < len(queue):
                seen.add(queue[cursors[q]])
                order.append(queue[cursors[q]])
                progressed = True
        if not progressed:
            break
    order += [i for i in index if i not in seen]
    return order


def _one_per_cluster(X, k, random_state):
    """Positions (sorted) of the first row of each of ``k`` k-means clusters of the rows of X.

    The rows come best first, so the first row of a cluster is its best candidate.
    """
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import normalize

    if X.shape[0] <= k:
        return np.arange(X.shape[0])
    # Unit-length rows: k-means on them groups answers by cosine similarity, as TF-IDF wants.
    X = normalize(X)
    with warnings.catch_warnings():
        # Fewer distinct answers than clusters: k-means warns, and the loop below copes.
        warnings.simplefilter("ignore")
        clusters = KMeans(k, n_init=1, random_state=random_state).fit_predict(X)
    _, first = np.unique(clusters, return_index=True)
    if len(first) < k:  # duplicate-like rows collapsed clusters: fill up in rank order
        first = np.union1d(first, np.setdiff1d(np.arange(X.shape[0]), first)[: k - len(first)])
    return np.sort(first)


def _interleave(n_first, n_second):
    """Order that spreads the ``n_second`` items (indices after n_first) evenly."""
    total = n_first + n_second
    if n_second == 0:
        return list(range(total))
    slots = {int(round((k + 0.5) * total / n_second - 0.5)) for k in range(n_second)}
    slots = sorted(slots)[:n_second]
    first, second = iter(range(n_first)), iter(range(n_first, total))
    return [next(second) if i in slots else next(first) for i in range(total)]
