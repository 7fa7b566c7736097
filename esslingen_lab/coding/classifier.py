"""Code classifier: text features chosen by cross-validation and a linear model per code.

Learns codes from human-coded answers, predicts codes with a confidence, and saves itself
as parameters and arrays (no pickle), so a model file can never run code when loaded.
"""

from __future__ import annotations

import functools
import json
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from esslingen_lab.errors import DataError, InputError
from esslingen_lab.files import atomic_write
from esslingen_lab.i18n import Catalogue, format_number

#: Text features :class:`CodeClassifier` chooses from with ``features="auto"``.
FEATURES = ("words", "chars", "words+chars")
#: Marks a model file written by :meth:`CodeClassifier.save`.
MODEL_FORMAT = "esslingen-lab code classifier"
MODEL_FORMAT_VERSION = 1
#: Words of :meth:`CodeClassifier.describe_features`.
CLASSIFIER_TEXT = Catalogue.from_pairs("coding.classifier", {
    "words": ("Wörter", "words"),
    "chars": ("Zeichenfolgen", "character n-grams"),
    "words+chars": ("Wörter + Zeichenfolgen", "words + character n-grams"),
    "features": ("Merkmale: {name} ({features})", "Features: {name} ({features})"),
    "chosen": (", gewählt nach kreuzvalidiertem Makro-F1 ({scores})",
               ", chosen by cross-validated macro-F1 ({scores})"),
    "too_few": (" — zu wenige kodierte Antworten für eine Auswahl",
                " — too few coded answers to choose"),
})


#: Decision value of a code a training fold lacks: never predicted.
_ABSENT = -10.0


class ClassifierError(DataError):
    """The coded answers cannot train a classifier (too few, or only one code)."""


class ModelFileError(InputError):
    """A file is not a model saved by :meth:`CodeClassifier.save`."""


def _is_multilabel(labels) -> bool:
    return any(isinstance(v, list | tuple | set | frozenset) for v in labels)


def _clean_labels(labels):
    """Labels as str (single-label) or sorted tuples of str (multi-label)."""
    labels = list(labels)
    if _is_multilabel(labels):
        return [tuple(sorted({str(c) for c in v})) for v in labels], True
    return ["" if v is None else str(v) for v in labels], False


def _clean_texts(texts):
    return ["" if t is None else str(t) for t in texts]


def check_labels(labels) -> None:
    """Raise :class:`ClassifierError` unless ``labels`` can train a classifier.

    Examples
    --------
    >>> check_labels(["a", "a"])
    Traceback (most recent call last):
    ...
    esslingen_lab.coding.classifier.ClassifierError: only one code ('a') among the 2 ...
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


def _splits(labels, multi, cv, random_state):
    """Cross-validation folds (stratified by code for single-label) and notes on rare codes."""
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


def _macro_f1(truth, predicted, multi, classes=None):
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    if multi:
        mlb = MultiLabelBinarizer(classes=classes).fit([classes])
        return f1_score(mlb.transform(truth), mlb.transform(predicted), average="macro",
                        zero_division=0)
    return f1_score(truth, predicted, average="macro", zero_division=0)


@functools.lru_cache(maxsize=8)
def _word_analyzer(language, stopwords):
    """Shared per language and stop words: its token cache then survives refits."""
    from esslingen_lab.text import make_analyzer

    return make_analyzer(language, stopwords=stopwords)


def _vectorizers(kind, language, stopwords):
    """Unfitted TF-IDF vectorizers whose outputs, side by side, are the ``kind`` features.

    The word features are those of :func:`esslingen_lab.text.german_tfidf` with every word
    kept (``min_df=1``, ``max_df=1.0``).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    make = {
        "words": lambda: TfidfVectorizer(
            analyzer=_word_analyzer(language, tuple(str(w) for w in stopwords)),
            sublinear_tf=True, dtype=np.float32),
        "chars": lambda: TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5),
                                         sublinear_tf=True, lowercase=True, dtype=np.float32),
    }
    return [make[part]() for part in _parts(kind)]


def _parts(kind):
    """Name the feature blocks that make up a kind of features."""
    return ["words", "chars"] if kind == "words+chars" else [kind]


def _stack(blocks):
    from scipy.sparse import csr_matrix, hstack

    return blocks[0].tocsr() if len(blocks) == 1 else csr_matrix(hstack(blocks))


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _sigmoid(z):
    return 0.5 * (1 + np.tanh(0.5 * z))  # = 1 / (1 + exp(-z)) without overflow


class CodeClassifier(ClassifierMixin, BaseEstimator):
    """Linear classifier of codes on TF-IDF text features chosen by cross-validation.

    Parameters
    ----------
    language : {"de", "en"}, default="de"
    features : {"auto", "words", "chars", "words+chars"}, default="auto"
        ``"words"``: lemmas and compound parts from :func:`esslingen_lab.text.german_tfidf`
        (good for thematic codes). ``"chars"``: character 2–5-grams within words (robust to
        typos, and they keep function words such as "weil" or "sollte" that argument
        codes hinge on). ``"words+chars"``: both side by side. ``"auto"`` picks the one
        with the best cross-validated macro-F1 on the coded answers (see Notes).
    C : float, default=1.0
        Inverse regularisation strength of the linear support vector machine.
    class_weight : "balanced" or None, default="balanced"
        ``"balanced"`` keeps rare codes from being ignored (macro-F1 counts every code).
    stopwords : sequence of str, default=()
        Extra stop words for the word features (e.g. the survey's ``spec.stopwords``).
    threshold : float, default=0.5
        Multi-label only: a code is predicted when its probability reaches this; each
        answer gets at least its most probable code.
    cv : int, default=3
        Folds of the cross-validation that chooses the features and calibrates the
        confidence.
    random_state : int, default=None
        Seed of the cross-validation folds (None: 0). The fit is deterministic.

    Attributes
    ----------
    classes_ : ndarray of str
        The codes.
    multilabel_ : bool
    features_ : str
        The features used (the choice of ``"auto"``).
    feature_scores_ : dict
        Cross-validated macro-F1 of each candidate (empty when ``features`` was fixed
        and the coded answers were too few to cross-validate).
    vectorizers_ : list of fitted TF-IDF vectorizers, their outputs side by side
    coef_ : ndarray, shape (n_outputs, n_features)
    intercept_ : ndarray, shape (n_outputs,)
    scale_ : float
        Slope turning decision values into probabilities (see Notes).
    n_train_ : int

    Notes
    -----
    One linear support vector machine per code (one-vs-rest; a single one for two codes)
    on L2-normalised TF-IDF features, with class weights inversely proportional to how
    often a code was coded. The same model with character n-grams is the strongest simple
    baseline for short-text classification and for margin-based active learning.

    ``features="auto"`` cross-validates the three candidates on the coded answers
    (``cv`` folds, stratified by code, seeded by ``random_state``) and keeps the best; a
    tie goes to the earlier of ``words+chars``, ``chars``, ``words``. Fitting the
    vectorizers on all coded answers before splitting uses no labels, so the choice sees
    no held-out code. With fewer than 20 coded answers, or when a code has fewer answers
    than folds, there is nothing to choose from reliably and ``words+chars`` is used.

    Confidences are probabilities from the decision values: a softmax (single-label) or a
    logistic function (multi-label) of ``scale_ ×`` decision value, with ``scale_`` fitted
    by maximum likelihood on the out-of-fold decision values of the same cross-validation
    (Platt scaling with one shared slope: per-code calibration needs more answers per code
    than a few hundred codings give). Without cross-validation ``scale_`` is 1.

    Examples
    --------
    >>> clf = CodeClassifier(random_state=0).fit(
    ...     ["Termin Bürgeramt", "kein Termin frei", "WLAN Bahnhof", "Glasfaser fehlt"],
    ...     ["termine", "termine", "netz", "netz"])
    >>> clf.predict(["Termine beim Bürgeramt"])[0]
    'termine'
    """

    def __init__(self, language="de", *, features="auto", C=1.0, class_weight="balanced",
                 stopwords=(), threshold=0.5, cv=3, random_state=None):
        self.language = language
        self.features = features
        self.C = C
        self.class_weight = class_weight
        self.stopwords = stopwords
        self.threshold = threshold
        self.cv = cv
        self.random_state = random_state

    # -- fitting -------------------------------------------------------------------------
    def _linear(self, X, y):
        """Fit linear SVMs; return coef (n_outputs × n_features) and intercept.

        ``y``: code numbers (single-label) or a 0/1 matrix (multi-label). A code absent
        from ``y`` (a cross-validation fold can lack a rare one) is never predicted.
        """
        from sklearn.svm import LinearSVC

        def svm(target):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # liblinear's convergence note on tiny data
                # liblinear shuffles with this seed: fixed, so refits give equal models
                return LinearSVC(C=self.C, class_weight=self.class_weight, max_iter=5000,
                                 random_state=0).fit(X, target)

        n_out = len(self.classes_)
        coef = np.zeros((n_out, X.shape[1]))
        intercept = np.full(n_out, _ABSENT)
        if y.ndim == 1:
            present = np.unique(y)
            model = svm(y)
            if len(present) == 2:  # one decision value d for present[1]: use −d/2 and d/2
                coef[present] = np.vstack([-model.coef_ / 2, model.coef_ / 2])
                intercept[present] = [-model.intercept_[0] / 2, model.intercept_[0] / 2]
            else:
                coef[present], intercept[present] = model.coef_, model.intercept_
            return coef, intercept
        for j in range(n_out):
            column = y[:, j]
            if column.min() == column.max():  # coded for every answer or none: a constant
                intercept[j] = 1.0 if column[0] else -1.0
                continue
            model = svm(column)
            coef[j], intercept[j] = model.coef_[0], model.intercept_[0]
        return coef, intercept

    def _targets(self, labels):
        if self.multilabel_:
            index = {c: j for j, c in enumerate(self.classes_)}
            y = np.zeros((len(labels), len(self.classes_)), dtype=int)
            for i, codes in enumerate(labels):
                y[i, [index[c] for c in codes]] = 1
            return y
        index = {c: j for j, c in enumerate(self.classes_)}
        return np.array([index[c] for c in labels])

    def _choose(self, blocks, y, labels):
        """Features by cross-validated macro-F1; returns (choice, scores, scale)."""
        counts = (pd.Series([c for v in labels for c in v]) if self.multilabel_
                  else pd.Series(labels)).value_counts()
        candidates = ["words+chars", "chars", "words"] if self.features == "auto" \
            else [self.features]
        if len(labels) < 20 or (not self.multilabel_ and counts.min() < self.cv):
            return candidates[0], {}, 1.0
        seed = 0 if self.random_state is None else self.random_state
        folds, _ = _splits(labels, self.multilabel_, self.cv, seed)
        scores, decisions = {}, {}
        for kind in candidates:
            X = _stack([blocks[k] for k in _parts(kind)])
            out = np.zeros((len(labels), len(self.classes_)))
            fold_scores = []
            for train, test in folds:
                if len(np.unique(y[train], axis=0)) < 2:  # one code (set) only: predict it
                    out[test] = self._targets([labels[train[0]]]) * 2.0 - 1 \
                        if self.multilabel_ else \
                        np.where(np.arange(len(self.classes_)) == y[train[0]], 1.0, _ABSENT)
                else:
                    coef, intercept = self._linear(X[train], y[train])
                    out[test] = X[test] @ coef.T + intercept
                fold_scores.append(_macro_f1([labels[i] for i in test],
                                             self._decide(out[test], scale=1.0),
                                             self.multilabel_, list(self.classes_)))
            scores[kind], decisions[kind] = float(np.mean(fold_scores)), out
        best = max(candidates, key=lambda k: scores[k])  # the first of the best on ties
        return best, scores, _fit_scale(decisions[best], y, self.multilabel_)

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
        if self.features not in ("auto", *FEATURES):
            raise ValueError(f"features must be 'auto' or one of {', '.join(FEATURES)}")
        texts = _clean_texts(texts)
        labels, multi = _clean_labels(labels)
        if len(texts) != len(labels):
            raise ValueError("texts and labels differ in length")
        check_labels(labels)
        self.multilabel_ = multi
        codes = sorted({c for v in labels for c in v}) if multi else sorted(set(labels))
        self.classes_ = np.array(codes, dtype=object)
        y = self._targets(labels)
        kinds = _parts("words+chars" if self.features == "auto" else self.features)
        fitted = {}
        for kind, vectorizer in zip(kinds, _vectorizers("+".join(kinds), self.language,
                                                         self.stopwords), strict=True):
            fitted[kind] = (vectorizer, vectorizer.fit_transform(texts))
        blocks = {kind: X for kind, (_, X) in fitted.items()}
        self.features_, self.feature_scores_, self.scale_ = self._choose(blocks, y, labels)
        used = _parts(self.features_)
        self.vectorizers_ = [fitted[kind][0] for kind in used]
        self.coef_, self.intercept_ = self._linear(_stack([blocks[k] for k in used]), y)
        self.n_train_ = len(texts)
        return self

    # -- prediction ----------------------------------------------------------------------
    def _X(self, texts):
        check_is_fitted(self, "coef_")
        texts = _clean_texts(texts)
        return _stack([v.transform(texts) for v in self.vectorizers_])

    def decision_function(self, texts) -> np.ndarray:
        """Decision values per code (columns in ``classes_`` order); larger = more likely."""
        return self._X(texts) @ self.coef_.T + self.intercept_

    def _decide(self, decision, scale=None):
        """Predicted codes from decision values (tuples of codes for multi-label)."""
        if not self.multilabel_:
            return list(self.classes_[decision.argmax(axis=1)])
        proba = self._proba(decision, scale)
        chosen = proba >= self.threshold
        chosen[np.arange(len(proba)), proba.argmax(axis=1)] = True
        return [tuple(self.classes_[row]) for row in chosen]

    def _proba(self, decision, scale=None):
        scale = self.scale_ if scale is None else scale
        if self.multilabel_:
            return _sigmoid(scale * decision)
        return _softmax(scale * decision)

    def predict_proba(self, texts) -> np.ndarray:
        """Probabilities per code (columns in ``classes_`` order).

        Single-label rows sum to 1; multi-label columns are per-code yes-probabilities.
        """
        return self._proba(self.decision_function(texts))

    def predict(self, texts):
        """Predicted code per answer (a tuple of codes for multi-label)."""
        predicted = self._decide(self.decision_function(texts))
        return predicted if self.multilabel_ else np.array(predicted, dtype=object)

    def predict_frame(self, texts) -> pd.DataFrame:
        """DataFrame with ``predicted`` (codes ``;``-joined for multi-label) and ``confidence``.

        ``confidence`` is the probability of the predicted code; for multi-label, the
        certainty of the least certain yes/no decision.
        """
        decision = self.decision_function(texts)
        proba = self._proba(decision)
        predicted = self._decide(decision)
        if self.multilabel_:
            predicted = [";".join(p) for p in predicted]
            confidence = np.maximum(proba, 1 - proba).min(axis=1)
        else:
            confidence = proba.max(axis=1)
        return pd.DataFrame({"predicted": predicted, "confidence": confidence})

    def uncertainty(self, texts, strategy="margin") -> np.ndarray:
        """Score how unsure the model is per answer (higher = more worth coding).

        See :func:`esslingen_lab.coding.active.uncertainty`.
        """
        from esslingen_lab.coding.uncertainty import uncertainty

        return uncertainty(self.predict_proba(texts), strategy, multilabel=self.multilabel_)

    def describe_features(self, language="de") -> str:
        """One line: which features the model uses and, for ``auto``, why."""
        check_is_fitted(self, "coef_")
        line = CLASSIFIER_TEXT.text("features", language, features=self.features_,
                                    name=CLASSIFIER_TEXT.text(self.features_, language))
        if self.features == "auto" and self.feature_scores_:
            scores = "; ".join(f"{k} {format_number(v, language, decimals=3)}"
                               for k, v in self.feature_scores_.items())
            line += CLASSIFIER_TEXT.text("chosen", language, scores=scores)
        elif self.features == "auto":
            line += CLASSIFIER_TEXT.text("too_few", language)
        return line

    # -- model files ---------------------------------------------------------------------
    def save(self, path, **extra) -> Path:
        """Save the fitted model as a ``.npz`` file (arrays and JSON, no pickle).

        Parameters
        ----------
        path : str or Path
        **extra
            JSON-serialisable values stored with the model (e.g. ``text_column``);
            :func:`load_model` returns them.

        Returns
        -------
        Path

        See Also
        --------
        load_model
        """
        from esslingen_lab import __version__

        check_is_fitted(self, "coef_")
        meta = {
            "format": MODEL_FORMAT, "format_version": MODEL_FORMAT_VERSION,
            "esslingen_lab_version": __version__,
            "params": {**self.get_params(), "stopwords": list(self.stopwords)},
            "classes": [str(c) for c in self.classes_], "multilabel": bool(self.multilabel_),
            "features": self.features_, "feature_scores": self.feature_scores_,
            "scale": float(self.scale_), "n_train": int(self.n_train_),
            "vocabularies": [{str(k): int(v) for k, v in vec.vocabulary_.items()}
                             for vec in self.vectorizers_],
            "extra": extra,
        }
        arrays = {f"idf_{i}": vec.idf_ for i, vec in enumerate(self.vectorizers_)}
        def write(tmp):
            with open(tmp, "wb") as handle:  # a file object: numpy adds no ".npz" suffix
                np.savez_compressed(handle, meta=np.array(json.dumps(meta, ensure_ascii=False)),
                                    coef=self.coef_, intercept=self.intercept_, **arrays)

        return atomic_write(path, write, create_folder=False)


def _fit_scale(decision, y, multi):
    """Slope s maximising the likelihood of softmax / logistic(s × decision) for the codes.

    As in Platt scaling the targets are softened by 1 / (n + 2), so answers the
    cross-validation got all right do not drive the slope, and the confidence, to
    infinity.
    """
    from scipy.optimize import minimize_scalar

    if not multi:
        known = decision[np.arange(len(y)), y] > _ABSENT  # the fold had this code
        decision, onehot = decision[known], np.eye(decision.shape[1])[y[known]]
        y = onehot
    soft = 1.0 / (len(y) + 2)
    target = y * (1 - 2 * soft) + soft if multi else \
        y * (1 - soft) + (1 - y) * soft / max(1, y.shape[1] - 1)

    def loss(s):
        if multi:
            p = np.clip(_sigmoid(s * decision), 1e-12, 1 - 1e-12)
            return -(target * np.log(p) + (1 - target) * np.log(1 - p)).mean()
        z = s * decision
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return -(target * log_p).sum(axis=1).mean()

    if len(y) == 0:
        return 1.0
    return float(minimize_scalar(loss, bounds=(0.05, 50.0), method="bounded").x)


def load_model(path):
    """Load a :class:`CodeClassifier` saved by :meth:`CodeClassifier.save`.

    Only ``.npz`` files with arrays and JSON are read (``allow_pickle=False``); pickle and
    joblib files — which can run code when opened — are refused before anything is read
    from them.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    model : CodeClassifier
    info : dict
        ``esslingen_lab_version`` the model was saved with, and the ``extra`` values.

    Raises
    ------
    ModelFileError
        Missing file, or not a model saved by :meth:`CodeClassifier.save`.
    """
    path = Path(path)
    hint = "train one with 'esslingen-lab classify train'"
    if not path.is_file():
        raise ModelFileError("model file not found", file=path, hint=hint)
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head != b"PK\x03\x04":
        raise ModelFileError(
            "is not a model file of esslingen-lab classify (pickle and joblib files are "
            "refused: opening them can run code)", file=path, hint=hint)
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"][()]))
            if meta.get("format") != MODEL_FORMAT:
                raise ValueError("format")
            if meta.get("format_version") != MODEL_FORMAT_VERSION:
                raise ModelFileError(
                    f"is a model file of format {meta.get('format_version')}, this "
                    f"esslingen-lab reads format {MODEL_FORMAT_VERSION}", file=path,
                    hint="train the model again with this version")
            arrays = {k: data[k] for k in data.files if k != "meta"}
    except ModelFileError:
        raise
    except (ValueError, KeyError, OSError, zipfile.BadZipFile, json.JSONDecodeError):
        raise ModelFileError("is not a model file of esslingen-lab classify", file=path,
                             hint=hint) from None
    params = dict(meta["params"])
    params["stopwords"] = tuple(params.get("stopwords", ()))
    model = CodeClassifier(**params)
    model.classes_ = np.array(meta["classes"], dtype=object)
    model.multilabel_ = bool(meta["multilabel"])
    model.features_ = meta["features"]
    model.feature_scores_ = dict(meta["feature_scores"])
    model.scale_ = float(meta["scale"])
    model.n_train_ = int(meta["n_train"])
    vectorizers = _vectorizers(model.features_, model.language, model.stopwords)
    for i, (vec, vocabulary) in enumerate(zip(vectorizers, meta["vocabularies"], strict=True)):
        vec.vocabulary_ = vocabulary
        vec.idf_ = arrays[f"idf_{i}"]
    model.vectorizers_ = vectorizers
    model.coef_, model.intercept_ = arrays["coef"], arrays["intercept"]
    return model, {"esslingen_lab_version": meta["esslingen_lab_version"],
                   **meta.get("extra", {})}
