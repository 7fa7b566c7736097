"""ThemeModel: cluster free-text answers into labelled themes with quotes and stability.

A scikit-learn style estimator built from stages, as BERTopic is: representation
(:mod:`~esslingen_lab.themes.features`: German TF-IDF and character n-grams, or your
vectorizer, projected by LSA) → clusterer (:mod:`~esslingen_lab.themes.clusterers`: a
built-in method or your own estimator with ``fit``/``labels_``) → keywords and labels
(:mod:`~esslingen_lab.themes.labels`: class-based TF-IDF, coverage labels, quotes), and
stability from resampling (:mod:`~esslingen_lab.themes.stability`).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from esslingen_lab.themes.clusterers import ThemeClustering, is_estimator
from esslingen_lab.themes.errors import ThemeModelError, ThemeModelVersionError
from esslingen_lab.themes.features import ThemeFeatures
from esslingen_lab.themes.labels import ThemeDescription
from esslingen_lab.themes.special import (
    METHODS,
    NO_ANSWER,
    OTHER,
    THEME_COLUMNS,
    special_label,
)
from esslingen_lab.themes.stability import ThemeStability

__all__ = [
    "ThemeModel",
    "ThemeModelError",
    "ThemeModelVersionError",
    "NO_ANSWER",
    "OTHER",
    "METHODS",
    "THEME_COLUMNS",
    "special_label",
]


class ThemeModel(ThemeFeatures, ThemeClustering, ThemeStability, ThemeDescription, BaseEstimator):
    """Cluster short German (or English) answers into themes a workshop can discuss.

    Parameters
    ----------
    n_themes : int or "auto", default=8
        Number of themes. ``"auto"`` fits every K in ``k_range`` and picks the one with the
        best criterion (see Notes); the curve is in ``k_curve_``.
    method : {"kmeans", "nmf", "agglomerative"} or clusterer object, default="kmeans"
        The clusterer stage. ``"kmeans"``: k-means on the L2-normalised LSA projection
        (TruncatedSVD) of the TF-IDF matrix, started from the consensus of 20 single-start
        runs (co-association of at most 1,000 texts, average linkage; Fred & Jain 2005).
        ``"nmf"``: non-negative matrix factorisation of the TF-IDF matrix, theme = largest
        weight. ``"agglomerative"``: Ward clustering on the LSA projection (on a sample of
        at most 4,000 texts; the rest go to the nearest theme centre). The default was
        chosen by ``benchmarks/bench_themes.py`` (README).
        Or your own clusterer, scikit-learn style: any object with ``fit`` that sets
        ``labels_`` (``sklearn.cluster.KMeans(n_clusters=5)``, ``AgglomerativeClustering``,
        ``HDBSCAN`` …). A clone is fitted on the unit rows of the LSA projection (or of your
        ``vectorizer``'s embeddings), with ``random_state`` set from ``random_state`` when it
        has one; its number of clusters is the number of themes (``n_themes`` is then used
        only as ``"auto"``, which sets its ``n_clusters``). Noise (label ``-1``) goes to
        the nearest theme, or to "Sonstiges" with ``outlier_theme``. Theme centres are the
        means of its clusters, so :meth:`predict` and :meth:`transform` work as with the
        built-in methods. Splitting a theme sets its ``n_clusters`` (k-means when it has
        none). Seed themes only name themes then. Such a model cannot be saved.
    vectorizer : object, default=None
        The representation stage: anything with ``fit_transform``/``transform`` that turns a
        list of texts into a matrix (sparse or dense, e.g. a local sentence-embedding
        model). None means the built-in German features: TF-IDF of the lemmas and compound
        parts of :func:`esslingen_lab.text.make_analyzer` beside character n-grams
        (``char_ngrams``). Keywords and labels always come from the German analyzer,
        whatever the vectorizer. A model with your vectorizer cannot be saved.
    char_ngrams : tuple of int or None, default=(3, 5)
        With the default vectorizer: character n-grams of this length range within the
        content words as analysed (lemmas, stop words removed;
        :class:`esslingen_lab.themes.features.CharNgramVectorizer`), weighted by TF-IDF and
        put beside the word features with equal weight before the LSA projection. They
        match compounds, inflections and typos that the lemmatiser misses ("Radwegenetz",
        "Fahradweg"). None: word features only (the previous default; compared in
        ``benchmarks/bench_themes.py``).
    seed_themes : dict of str to list of str, default=None
        Themes a facilitator expects, name → keywords (e.g. ``{"Termine": ["Termin",
        "Bürgeramt"]}``). They start k-means/NMF and name the theme that matches them
        best.
    min_theme_size : int, default=None
        Themes with fewer texts are dissolved: their texts go to their next-best theme (or
        to "Sonstiges" when ``outlier_theme``). None keeps every theme.
    outlier_theme : bool, default=False
        Put texts that fit no theme well (score below half the median score of their
        theme) into the theme "Sonstiges" (id ``-2``).
    k_range : tuple of int, default=None
        Candidate K for ``n_themes="auto"`` (inclusive). None bounds it by the number of
        answers with content, n: from ``round(2·log10 n)`` (at least 3) to ``n // 25`` (a
        theme holds 25 answers on average), at most 15 — about 5–11 for 300 answers.
    n_components : int, default=100
        Dimensions of the LSA projection.
    stability : bool, default=True
        Compute ``themes_["stability"]`` (see Notes).
    n_resamples : int, default=10
        Bootstrap resamples for stability, and subsamples per K for ``"auto"`` (at least 4).
    max_stability_texts : int, default=2000
        Resamples (and the ``"auto"`` criterion) use a random subset of at most this many
        texts, so their cost does not grow with the survey.
    n_keywords : int, default=10
    n_quotes : int, default=4
    labeler : callable, default=None
        The label stage, replaceable like BERTopic's representation model:
        ``labeler(keywords, texts)`` gets a theme's keywords (best first) and its answers
        (as given, so redacted) and returns its label; an empty result keeps the built-in
        label. None: labels of 1–3 words chosen by coverage (see Notes). It runs in
        :meth:`fit` only; labels are kept in ``themes_`` and in a saved model (the callable
        itself is not saved).
    stopwords : sequence of str, default=()
        Extra stop words (e.g. ``survey.spec.stopwords``) for the default vectorizer and
        the keywords.
    language : {"de", "en"}, default="de"
    random_state : int, default=None
        Same value, same themes, run after run.

    Attributes
    ----------
    labels_ : ndarray of int, shape (n_texts,)
        Theme id per text; ``-1`` = no content words ("keine Antwort"), ``-2`` = "Sonstiges".
    themes_ : pandas.DataFrame
        One row per theme (largest first, then the special themes): ``id``, ``label``
        (2–4 readable words, lemmas found in the texts), ``keywords`` (list, top 10 by
        class-based TF-IDF), ``size``, ``share`` (of all texts), ``stability`` (0–1, NaN for
        special themes), ``coverage`` (share of the theme's answers that contain a word of
        its label), ``quotes`` (list of 3–5 representative texts, as given).
        ``themes_.attrs["fit"]`` records how it was fitted (see :meth:`fit_record`).
    scores_ : ndarray of float, shape (n_texts, n_themes_)
        Fit of each text to each theme (cosine similarity to the theme centre for
        k-means/agglomerative; normalised NMF weight). Rows of empty texts are 0.
    n_themes_ : int
        Number of (non-special) themes.
    k_curve_ : pandas.DataFrame or None
        For ``n_themes="auto"``: one row per candidate K with ``k``, ``stability`` (mean
        pairwise ARI of the subsample clusterings), ``stability_se`` (its standard error),
        ``tiny_share`` (share of themes with fewer than max(5, 2 %) of the answers),
        ``silhouette`` (cosine, for information), ``score`` and ``chosen``.
    texts_ : list of str
        The texts as fitted (for quotes, curation and splitting themes).
    ids_ : list
        Answer ids given to :meth:`fit` (default: positions 0..n-1).

    See Also
    --------
    esslingen_lab.text.make_analyzer : the German preprocessing.
    esslingen_lab.themes.curation.ThemeMap : merge, split, rename themes.

    Notes
    -----
    *Stability* is the clusterwise Jaccard bootstrap of Hennig (2007): draw
    ``n_resamples`` bootstrap samples (of at most ``max_stability_texts`` texts), re-cluster
    each with another seed, and for every theme take the Jaccard overlap of its members with
    the best-matching new cluster (over the texts in the sample); the stability is the mean.
    As a rule of thumb, below 0.5 the theme falls apart under resampling, 0.6–0.75 it is a
    pattern, above 0.75 it is stable.

    *Choosing K* (``"auto"``): each candidate K is clustered on ``n_resamples`` random 80 %
    subsamples (of at most ``max_stability_texts`` answers). Its stability is the mean
    adjusted Rand index between every pair of these clusterings on the answers both
    contain — chance-corrected, so unlike the Jaccard bootstrap it does not favour the
    smallest K by construction. The score is ``stability × (1 − tiny_share)``: a K that
    produces themes of a handful of answers is penalised. Following the one-standard-error
    rule, the chosen K is the smallest whose score is within one standard error of the
    best. Without ``k_range`` the candidates are bounded by the number of answers (see
    ``k_range``), because on short answers the stability curve is flat and noisy and a
    workshop needs themes of discussable size. Pass the same ``stopwords`` as the CLI
    (``survey.spec.stopwords``; :func:`esslingen_lab.themes.question.fit_question` does) to
    get the same themes as ``esslingen-lab themes``; empty answers do not change them.

    Quotes are the texts closest to the theme centre, exact duplicates removed; they are shown
    as given, so pass redacted texts (``load_survey`` redacts by default).

    Examples
    --------
    >>> texts = ["Termin beim Bürgeramt online buchen", "Online Termine im Bürgeramt",
    ...          "Mehr Radwege bauen", "Radwegenetz ausbauen", "Radweg sicherer machen",
    ...          "Bürgeramt Termin online"]
    >>> model = ThemeModel(2, random_state=0).fit(texts)
    >>> bool(model.labels_[0] == model.labels_[5] != model.labels_[2])
    True
    """

    def __init__(
        self,
        n_themes=8,
        *,
        method="kmeans",
        vectorizer=None,
        char_ngrams=(3, 5),
        seed_themes=None,
        min_theme_size=None,
        outlier_theme=False,
        k_range=None,
        n_components=100,
        stability=True,
        n_resamples=10,
        max_stability_texts=2000,
        n_keywords=10,
        n_quotes=4,
        labeler=None,
        stopwords=(),
        language="de",
        random_state=None,
    ):
        self.n_themes = n_themes
        self.method = method
        self.vectorizer = vectorizer
        self.char_ngrams = char_ngrams
        self.seed_themes = seed_themes
        self.min_theme_size = min_theme_size
        self.outlier_theme = outlier_theme
        self.k_range = k_range
        self.n_components = n_components
        self.stability = stability
        self.n_resamples = n_resamples
        self.max_stability_texts = max_stability_texts
        self.n_keywords = n_keywords
        self.n_quotes = n_quotes
        self.labeler = labeler
        self.stopwords = stopwords
        self.language = language
        self.random_state = random_state

    # ------------------------------------------------------------------------------------
    # fitting
    # ------------------------------------------------------------------------------------
    def fit(self, texts, y=None, *, ids=None):
        """Find themes in ``texts``.

        Parameters
        ----------
        texts : sequence of str
            One answer per element; None/NaN/"" are allowed and get theme ``-1``.
        y : ignored
        ids : sequence, default=None
            Answer ids (kept in ``ids_`` for curation); positions when None.

        Returns
        -------
        self : ThemeModel
        """
        with _threads():
            return self._fit(texts, ids)

    def _fit(self, texts, ids):
        self._check_params()
        texts = _as_texts(texts)
        if not texts:
            raise ThemeModelError(reason="themes_no_texts")
        self.texts_ = texts
        self.ids_ = list(range(len(texts))) if ids is None else list(ids)
        if len(self.ids_) != len(texts):
            raise ThemeModelError(reason="themes_ids_length", n_ids=len(self.ids_),
                                  n_texts=len(texts))
        rng = np.random.RandomState(self.random_state)
        self._seed = int(rng.randint(np.iinfo(np.int32).max))

        counts, X = self._vectorize_fit(texts)
        has_content = np.asarray(counts.sum(axis=1)).ravel() > 0
        idx = np.flatnonzero(has_content)
        n_content = idx.size
        own = is_estimator(self.method)  # the user's clusterer decides its number of themes
        k_min = 2 if self.n_themes == "auto" or own else int(self.n_themes)
        if n_content < max(k_min, 2):
            raise ThemeModelError(reason="themes_too_few_texts", n=n_content, k=k_min)
        Xc = X[idx]
        Z = self._embed_fit(Xc)

        self.k_curve_ = None
        if self.n_themes == "auto":
            k = self._choose_k(Xc, Z)
        else:
            k = None if own else int(self.n_themes)
        clusterer = self._cluster(Xc, Z, k, self._seed, seeds=True)
        scores, labels = clusterer["scores"], clusterer["labels"]
        self._centers = clusterer.get("centers")
        self._nmf = clusterer.get("nmf")

        labels, scores, order = self._finalise(labels, scores)
        self.n_themes_ = len(order)
        if self._centers is not None:
            self._centers = self._centers[order]
        if self._nmf is not None:
            self._nmf_order = order

        self.labels_ = np.full(len(texts), NO_ANSWER, dtype=int)
        self.labels_[idx] = labels
        self.scores_ = np.zeros((len(texts), self.n_themes_), dtype=float)
        self.scores_[idx] = scores
        self._outlier_cut = self._outlier_thresholds(labels, scores)
        if self.outlier_theme:
            self.labels_[idx] = self._apply_outliers(labels, scores)
        stab = (
            self._stability(Xc, Z, labels, k) if self.stability else np.full(self.n_themes_, np.nan)
        )
        self.themes_ = self._describe(stab)
        self.themes_.attrs["fit"] = self.fit_record()
        return self

    def fit_record(self):
        """How the model was fitted: seed, every parameter, number of texts, versions.

        Stored with the themes wherever they go: ``themes_.attrs["fit"]``, the table of
        :meth:`assignments` and the model file of :meth:`save`.

        Returns
        -------
        dict
            ``seed`` (``random_state``), ``params`` (JSON values; objects such as a
            clusterer as their ``repr``), ``n_texts``, ``esslingen_lab`` and ``sklearn``
            versions.
        """
        from esslingen_lab.themes.persist import fit_record

        check_is_fitted(self, "labels_")
        return fit_record(self)

    def fit_predict(self, texts, y=None, *, ids=None):
        """Fit and return ``labels_``.

        Parameters
        ----------
        texts : sequence of str
        y : ignored
        ids : sequence, default=None

        Returns
        -------
        ndarray of int
        """
        return self.fit(texts, ids=ids).labels_

    def fit_transform(self, texts, y=None, *, ids=None):
        """Fit and return ``scores_`` (scikit-learn semantics: transform gives scores).

        Parameters
        ----------
        texts : sequence of str
        y : ignored
        ids : sequence, default=None

        Returns
        -------
        ndarray of float, shape (n_texts, n_themes_)
        """
        return self.fit(texts, ids=ids).scores_

    def predict(self, texts):
        """Assign new texts to the fitted themes.

        Parameters
        ----------
        texts : sequence of str

        Returns
        -------
        ndarray of int
            Theme id per text (``-1`` for texts without content words, ``-2`` for
            outliers when ``outlier_theme``).
        """
        scores, has_content = self._score(texts)
        labels = np.full(len(has_content), NO_ANSWER, dtype=int)
        if has_content.any():
            sub = scores[has_content]
            lab = sub.argmax(axis=1)
            if self.outlier_theme:
                lab = self._apply_outliers(lab, sub)
            labels[has_content] = lab
        return labels

    def transform(self, texts):
        """Fit of each new text to each theme (like ``scores_``).

        Parameters
        ----------
        texts : sequence of str

        Returns
        -------
        ndarray of float, shape (n_texts, n_themes_)
            Cosine similarity to the theme centres (normalised NMF weight for ``"nmf"``);
            0 for texts without content words. :meth:`predict` gives the theme ids.
        """
        return self._score(texts)[0]

    def theme_labels(self, labels=None):
        """Map theme ids to readable labels.

        Parameters
        ----------
        labels : array-like of int, default=None
            Theme ids; ``labels_`` when None.

        Returns
        -------
        list of str
        """
        check_is_fitted(self, "themes_")
        names = dict(zip(self.themes_["id"], self.themes_["label"], strict=True))
        names.setdefault(NO_ANSWER, special_label(NO_ANSWER, self.language))
        names.setdefault(OTHER, special_label(OTHER, self.language))
        labels = self.labels_ if labels is None else labels
        return [names.get(int(i), str(i)) for i in labels]

    def assignments(self):
        """Tidy table of the fitted texts: ``id``, ``text``, ``theme``, ``theme_label``, ``score``.

        Returns
        -------
        pandas.DataFrame
        """
        check_is_fitted(self, "themes_")
        best = np.zeros(len(self.labels_))
        ok = self.labels_ >= 0
        best[ok] = self.scores_[np.flatnonzero(ok), self.labels_[ok]]
        table = pd.DataFrame(
            {
                "id": self.ids_,
                "text": self.texts_,
                "theme": self.labels_,
                "theme_label": self.theme_labels(),
                "score": best,
            }
        )
        table.attrs["fit"] = self.fit_record()
        return table

    def split_theme(self, theme_id, n=2):
        """Re-cluster the members of one theme into ``n`` sub-themes.

        Parameters
        ----------
        theme_id : int
        n : int, default=2

        Returns
        -------
        dict
            ``{"ids": member ids, "labels": sub-theme 0..n-1 per member,
            "keywords": [list of keywords per sub-theme]}``.
        """
        check_is_fitted(self, "themes_")
        members = np.flatnonzero(self.labels_ == theme_id)
        return self._split_positions(members, n, f"Thema {theme_id}")

    def split_theme_members(self, answer_ids, n=2):
        """Re-cluster the given answers (ids as in ``ids_``, or their ``str``) into ``n``.

        Parameters
        ----------
        answer_ids : sequence
        n : int, default=2

        Returns
        -------
        dict
            As :meth:`split_theme`; ``ids`` are the ids as passed.
        """
        check_is_fitted(self, "themes_")
        where = {str(i): p for p, i in enumerate(self.ids_)}
        positions = np.array([where[str(a)] for a in answer_ids if str(a) in where], dtype=int)
        out = self._split_positions(positions, n, "Auswahl")
        back = {str(a): a for a in answer_ids}
        out["ids"] = [back[str(i)] for i in out["ids"]]
        return out

    def _split_positions(self, members, n, what):
        if members.size < n:
            raise ThemeModelError(reason="themes_split_too_few", what=what, n=members.size)
        with _threads():
            texts = [self.texts_[i] for i in members]
            X = self._transform_matrix(texts)
            Z = self._embed(X)
            res = self._cluster(X, Z, n, self._seed + 1, seeds=False)
        sub = res["labels"]
        counts = self._word_counts[members]
        keywords = [
            [self._display(f) for f in self._ctfidf_top(counts, sub, c, self.n_keywords)]
            for c in range(n)
        ]
        return {
            "ids": [self.ids_[i] for i in members],
            "labels": sub.tolist(),
            "keywords": keywords,
        }

    # ------------------------------------------------------------------------------------
    # saving
    # ------------------------------------------------------------------------------------
    def save(self, path):
        """Save the fitted model as data only (JSON and numpy arrays in one zip file).

        The file holds parameters, vocabularies, IDF weights, the LSA projection, theme
        centres, the themes table, the fitted texts and ids, and the esslingen-lab and
        scikit-learn versions; loading it cannot run code. It contains the fitted texts:
        store it like the survey data. A model with your own ``vectorizer`` or clusterer
        (``method``) cannot be saved; with your ``labeler`` its labels are saved, the
        function is not.

        Parameters
        ----------
        path : str or Path
        """
        from esslingen_lab.themes.persist import save_model

        check_is_fitted(self, "themes_")
        save_model(self, path)

    @classmethod
    def load(cls, path):
        """Load a model written by :meth:`save`.

        Parameters
        ----------
        path : str or Path

        Returns
        -------
        ThemeModel

        Raises
        ------
        esslingen_lab.errors.InputError
            When the file is missing, is no saved ThemeModel, or is a pickle/joblib file
            (refused: unpickling can run code).
        ThemeModelVersionError
            When the file was written by another esslingen-lab minor version.
        """
        from esslingen_lab.themes.persist import load_model

        return load_model(cls, path)

    # ------------------------------------------------------------------------------------
    # internals: parameters and scoring new texts
    # ------------------------------------------------------------------------------------
    def _check_params(self):
        self._check_method()
        if self.labeler is not None and not callable(self.labeler):
            raise ThemeModelError(reason="themes_labeler", labeler=repr(self.labeler))
        k = self.n_themes
        if k != "auto" and (isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1):
            raise ThemeModelError(reason="themes_n_themes", value=repr(k))
        lo, hi = self.k_range if self.k_range is not None else (2, 2)
        if not 2 <= lo <= hi:
            raise ThemeModelError(reason="themes_k_range", value=repr(self.k_range))

    def _score(self, texts):
        check_is_fitted(self, "themes_")
        texts = _as_texts(texts)
        with _threads():
            return self._assign(texts)


# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------
def _threads():
    """Run scikit-learn's OpenMP loops single-threaded.

    On small containers OpenMP and OpenBLAS threads oversubscribe the CPU (measured on 2
    cores: k-means on 100,000 answers 26 s → 9 s, LSA 35 s → 14 s); one thread is faster.
    """
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


def _as_texts(texts):
    if isinstance(texts, str):
        raise ThemeModelError(reason="themes_not_a_list")
    out = []
    for t in texts:
        if t is None or (isinstance(t, float) and math.isnan(t)):
            out.append("")
        else:
            out.append(str(t))
    return out
