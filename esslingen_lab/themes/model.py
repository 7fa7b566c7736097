"""ThemeModel: cluster free-text answers into labelled themes with quotes and stability.

scikit-learn style estimator over :mod:`esslingen_lab.text` features; labels are readable
lemmas, keywords come from class-based TF-IDF, stability from bootstrap resampling.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from esslingen_lab.themes.clusterers import (
    agglomerative,
    dense,
    is_sparse,
    kmeans,
    l2,
    nmf,
    row_normalise,
)
from esslingen_lab.themes.errors import ThemeModelError, ThemeModelVersionError  # noqa: F401

__all__ = [
    "ThemeModel",
    "ThemeModelError",
    "ThemeModelVersionError",
    "NO_ANSWER",
    "OTHER",
    "METHODS",
    "special_label",
]

#: Theme id of texts without any content word (empty, only stop words or numbers).
NO_ANSWER = -1
#: Theme id of the outlier theme ("Sonstiges"), used when ``outlier_theme=True``.
OTHER = -2
METHODS = ("kmeans", "nmf", "agglomerative")
#: Columns of ``ThemeModel.themes_``.
THEME_COLUMNS = ("id", "label", "keywords", "size", "share", "stability", "coverage", "quotes")

_SPECIAL_LABELS = {
    "de": {NO_ANSWER: "keine Antwort", OTHER: "Sonstiges"},
    "en": {NO_ANSWER: "no answer", OTHER: "other"},
}
# The LSA projection is learned on at most this many answers (word and character n-gram
# features make the SVD the costliest step; a sample of 5,000 answers spans the themes).
_SVD_SAMPLE = 5_000
# "auto" without k_range: at most _K_MAX themes, and on average _MIN_AVG_THEME answers each.
_K_MAX = 15
_MIN_AVG_THEME = 25


def special_label(theme_id: int, language: str = "de") -> str:
    """Label of a special theme (:data:`NO_ANSWER`, :data:`OTHER`) in the given language.

    Parameters
    ----------
    theme_id : int
    language : {"de", "en"}, default="de"

    Returns
    -------
    str
    """
    return _SPECIAL_LABELS.get(language, _SPECIAL_LABELS["en"])[theme_id]


class ThemeModel(BaseEstimator):
    """Cluster short German (or English) answers into themes a workshop can discuss.

    Parameters
    ----------
    n_themes : int or "auto", default=8
        Number of themes. ``"auto"`` fits every K in ``k_range`` and picks the one with the
        best criterion (see Notes); the curve is in ``k_curve_``.
    method : {"kmeans", "nmf", "agglomerative"}, default="kmeans"
        ``"kmeans"``: k-means on the L2-normalised LSA projection (TruncatedSVD) of the
        TF-IDF matrix, started from the consensus of 20 single-start runs (co-association
        of at most 1,000 texts, average linkage; Fred & Jain 2005). ``"nmf"``:
        non-negative matrix factorisation of the TF-IDF matrix, theme = largest weight.
        ``"agglomerative"``: Ward clustering on the LSA projection (on a sample of at most
        4,000 texts; the rest go to the nearest theme centre). The default
        was chosen by ``benchmarks/bench_themes.py`` (README).
    vectorizer : object, default=None
        Anything with ``fit_transform``/``transform`` that turns a list of texts into a
        matrix (sparse or dense, e.g. a local sentence-embedding model). None means
        :func:`esslingen_lab.text.german_tfidf`. Keywords and labels always come from the
        German analyzer, whatever the vectorizer.
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
        special themes), ``quotes`` (list of 3–5 representative texts, as given).
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
    (``survey.spec.stopwords``; :func:`esslingen_lab.themes.report.fit_question` does) to
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
            raise ThemeModelError("Keine Texte übergeben / no texts given.")
        self.texts_ = texts
        self.ids_ = list(range(len(texts))) if ids is None else list(ids)
        if len(self.ids_) != len(texts):
            raise ThemeModelError(
                f"{len(self.ids_)} ids für {len(texts)} Texte / ids and texts differ in length."
            )
        rng = np.random.RandomState(self.random_state)
        self._seed = int(rng.randint(np.iinfo(np.int32).max))

        counts, X = self._vectorize_fit(texts)
        has_content = np.asarray(counts.sum(axis=1)).ravel() > 0
        idx = np.flatnonzero(has_content)
        n_content = idx.size
        k_min = 2 if self.n_themes == "auto" else int(self.n_themes)
        if n_content < max(k_min, 2):
            raise ThemeModelError(
                f"Nur {n_content} Texte mit Inhalt für {k_min} Themen — weniger Themen wählen "
                f"oder mehr Texte / only {n_content} texts with content for {k_min} themes."
            )
        Xc = X[idx]
        Z = self._embed_fit(Xc)

        self.k_curve_ = None
        if self.n_themes == "auto":
            k = self._choose_k(Xc, Z)
        else:
            k = int(self.n_themes)
        clusterer = self._cluster(Xc, Z, k, self._seed, seeds=True)
        scores = clusterer["scores"]
        labels = scores.argmax(axis=1)
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
        return self

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
        return pd.DataFrame(
            {
                "id": self.ids_,
                "text": self.texts_,
                "theme": self.labels_,
                "theme_label": self.theme_labels(),
                "score": best,
            }
        )

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
            raise ThemeModelError(
                f"{what} hat nur {members.size} Antworten — zu wenige zum Teilen / "
                "too few answers to split."
            )
        with _threads():
            texts = [self.texts_[i] for i in members]
            X = self._transform_matrix(texts)
            Z = self._embed(X)
            res = self._cluster(X, Z, n, self._seed + 1, seeds=False)
        sub = res["scores"].argmax(axis=1)
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
        store it like the survey data. A model with a custom ``vectorizer`` cannot be saved.

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
    # internals: features
    # ------------------------------------------------------------------------------------
    def _check_params(self):
        if self.method not in METHODS:
            raise ThemeModelError(
                f"Unbekannte Methode {self.method!r} / unknown method; use one of {METHODS}."
            )
        k = self.n_themes
        if k != "auto" and (isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1):
            raise ThemeModelError(
                f"n_themes muss eine ganze Zahl ≥ 1 oder 'auto' sein / must be int ≥ 1 or 'auto', "
                f"not {k!r}."
            )
        lo, hi = self.k_range if self.k_range is not None else (2, 2)
        if not 2 <= lo <= hi:
            raise ThemeModelError(f"k_range {self.k_range!r} must satisfy 2 <= low <= high.")

    def _analyzer(self):
        from esslingen_lab.text import make_analyzer

        return make_analyzer(self.language, stopwords=self.stopwords)

    def _vectorize_fit(self, texts):
        """Count features in one pass; return (word counts for keywords, matrix to cluster)."""
        import scipy.sparse as sp
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

        n = len(texts)
        analyzer = self._analyzer()
        # Compound parts come marked ("~weg") so one pass yields both the clustering
        # features (parts merged with words: Radweg ~ Weg) and the words as written, which
        # keywords and labels use ("Kopfsteinpflaster" must not make "Kopf" a keyword).
        self._raw_vec = CountVectorizer(analyzer=analyzer.marked, dtype=np.float32)
        try:
            raw = self._raw_vec.fit_transform(texts).tocsr()
        except ValueError:
            raise ThemeModelError(
                "Die Texte enthalten keine Inhaltswörter / texts have no content words."
            ) from None
        names = self._raw_vec.get_feature_names_out()
        base = np.array([f[1:] if f.startswith("~") else f for f in names], dtype=object)
        vocab, col = np.unique(base, return_inverse=True)
        merge = sp.csr_matrix(
            (np.ones(len(names), dtype=np.float32), (np.arange(len(names)), col)),
            shape=(len(names), len(vocab)),
        )
        full = (raw @ merge).tocsr()
        # Thresholds count answers with content words only: a table with empty rows (the
        # CLI passes every respondent) must give the same themes as the answers alone.
        n = int(np.count_nonzero(np.diff(raw.indptr)))
        # Words seen in one answer only are noise for clustering (typos, names) once a
        # survey is not tiny; words in more than half the answers are the question's own.
        df = np.bincount(full.indices, minlength=len(vocab))
        min_df = 1 if n < 100 else 2
        max_df = n if n < 20 else 0.5 * n
        keep = (df >= min_df) & (df <= max_df)
        if keep.sum() < 2:
            keep = df >= 1
        if n > 20_000 and keep.sum() > 50_000:
            keep &= df >= np.sort(df[keep])[-50_000]
        merge = merge[:, np.flatnonzero(keep)].tocsc()
        self._merge = merge.tocsr()
        self._features = vocab[keep]
        counts = (raw @ self._merge).tocsr()
        self._label_counts = counts
        self._primary = set(analyzer.primary_)

        whole = np.array([not f.startswith("~") for f in names])
        wdf = np.bincount(raw.indices, minlength=len(names))
        wkeep = np.flatnonzero(whole & (wdf >= min_df))
        if wkeep.size < 2:
            wkeep = np.flatnonzero(whole)
        self._word_cols = wkeep
        self._word_names = names[wkeep]
        self._word_counts = raw[:, wkeep].tocsr()
        self._display_map = dict(analyzer.display_)

        if self.vectorizer is None:
            # IDF from the answers with content only (empty rows would shift it, see above)
            content = np.flatnonzero(np.diff(counts.indptr))
            self._tfidf = TfidfTransformer(sublinear_tf=True).fit(counts[content])
            self._chars = None
            self._grams_cache = None  # built from the new vocabulary on first use
            if self.char_ngrams:
                from esslingen_lab.themes.features import CharNgramVectorizer

                self._chars = CharNgramVectorizer(tuple(self.char_ngrams))
                # n-grams of the content words as the analyzer found them (lemmas, stop
                # words removed): no second pass over the texts, and "der", "und" add none
                self._whole_cols = np.flatnonzero(whole)
                chars = self._chars.fit_transform_words(
                    raw[:, self._whole_cols], names[self._whole_cols]
                )
                self._char_tfidf = TfidfTransformer(sublinear_tf=True).fit(chars[content])
                X = self._join(counts, chars)
            else:
                X = self._tfidf.transform(counts).astype(np.float32)
            self._vectorizer = None
        else:
            from sklearn.base import clone

            try:
                self._vectorizer = clone(self.vectorizer)
            except TypeError:
                self._vectorizer = self.vectorizer
            X = self._vectorizer.fit_transform(texts)
        return counts, X

    def _count(self, texts):
        """Clustering counts and word counts of new texts."""
        raw = self._raw_vec.transform(texts).tocsr()
        return (raw @ self._merge).tocsr(), raw[:, self._word_cols].tocsr()

    def _transform_matrix(self, texts, raw=None):
        """Matrix to project for new texts (``raw``: their analyzer counts, if known)."""
        if self._vectorizer is None:
            if raw is None:
                raw = self._raw_vec.transform(texts).tocsr()
            counts = (raw @ self._merge).tocsr()
            if self._chars is not None:
                return self._join(counts, (raw[:, self._whole_cols] @ self._word_grams()).tocsr())
            return self._tfidf.transform(counts).astype(np.float32)
        return self._vectorizer.transform(texts)

    def _word_grams(self):
        """Fitted content words × their character n-grams (built once per model)."""
        if getattr(self, "_grams_cache", None) is None:
            import scipy.sparse as sp

            names = self._raw_vec.get_feature_names_out()[self._whole_cols]
            one_each = sp.identity(len(names), dtype=np.float32, format="csr")
            self._grams_cache = self._chars.transform_words(one_each, names)
        return self._grams_cache

    def _join(self, counts, chars):
        """Word and character TF-IDF side by side, each L2-normalised (equal weight)."""
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        words = normalize(self._tfidf.transform(counts))
        grams = normalize(self._char_tfidf.transform(chars))
        return sp.hstack([words, grams], format="csr", dtype=np.float32)

    def _display(self, feature):
        if " " in feature:
            return " ".join(self._display(f) for f in feature.split(" "))
        return self._display_map.get(feature, feature)

    def _embed_fit(self, X):
        """LSA projection for k-means/agglomerative (NMF works on X itself)."""
        from sklearn.decomposition import TruncatedSVD

        self._svd = None
        if self.method == "nmf":
            return None
        n_comp = min(self.n_components, X.shape[1] - 1, X.shape[0] - 1)
        if not is_sparse(X) or n_comp < 2:
            return l2(dense(X))  # dense embeddings (or a tiny vocabulary) are used as given
        self._svd = TruncatedSVD(n_comp, algorithm="randomized", n_iter=5, random_state=self._seed)
        if X.shape[0] > _SVD_SAMPLE:
            # The projection is learned on a random sample; projecting the rest is cheap.
            rng = np.random.RandomState(self._seed)
            self._svd.fit(X[np.sort(rng.choice(X.shape[0], _SVD_SAMPLE, replace=False))])
        else:
            # fit, then transform (not fit_transform): new texts are projected the same way
            self._svd.fit(X)
        return l2(self._svd.transform(X).astype(np.float32))

    def _embed(self, X):
        if self.method == "nmf":
            return None
        if self._svd is None:
            return l2(dense(X))
        return l2(self._svd.transform(X).astype(np.float32))

    def _seed_vectors(self):
        """Seed themes as rows in TF-IDF space (None when no seed matches the vocabulary)."""
        if not self.seed_themes:
            return None, []
        names, rows = [], []
        for name, words in self.seed_themes.items():
            words = [words] if isinstance(words, str) else list(words)
            X = self._transform_matrix([" ".join(map(str, words))])
            if X.sum() > 0:
                names.append(name)
                rows.append(X)
        if not rows:
            return None, []
        import scipy.sparse as sp

        return (sp.vstack(rows) if is_sparse(rows[0]) else np.vstack(rows)), names

    # ------------------------------------------------------------------------------------
    # internals: clustering
    # ------------------------------------------------------------------------------------
    def _cluster(self, X, Z, k, seed, *, seeds):
        n = X.shape[0]
        k = min(k, n)
        seed_rows, _ = self._seed_vectors() if seeds else (None, [])
        if self.method == "kmeans":
            return kmeans(Z, k, seed, self._embed(seed_rows) if seed_rows is not None else None)
        if self.method == "nmf":
            return nmf(X, k, seed, seed_rows)
        return agglomerative(Z, k, seed)

    def _finalise(self, labels, scores):
        """Dissolve small themes, drop empty ones and renumber by size (largest = 0)."""
        k = scores.shape[1]
        if self.min_theme_size:
            sizes = np.bincount(labels, minlength=k)
            small = sizes < self.min_theme_size
            if small.all():
                small[:] = False  # keep everything rather than nothing
            if small.any() and not self.outlier_theme:
                labels = _next_best(scores, labels, small)
            elif small.any():
                labels = labels.copy()
                labels[small[labels]] = -9  # become "Sonstiges" below
        sizes = np.bincount(labels[labels >= 0], minlength=k)
        keep = np.flatnonzero(sizes > 0)
        order = keep[np.argsort(-sizes[keep], kind="stable")]
        remap = np.full(k, -1)
        remap[order] = np.arange(order.size)
        new = np.where(labels >= 0, remap[np.clip(labels, 0, None)], OTHER)
        self._kept = order
        return new, scores[:, order], order

    def _outlier_thresholds(self, labels, scores):
        cut = np.zeros(scores.shape[1])
        for c in range(scores.shape[1]):
            member = labels == c
            if member.any():
                cut[c] = 0.5 * float(np.median(scores[member, c]))
        return cut

    def _apply_outliers(self, labels, scores):
        labels = labels.copy()
        ok = labels >= 0
        best = np.zeros(len(labels))
        best[ok] = scores[np.flatnonzero(ok), labels[ok]]
        low = ok & (best < self._outlier_cut[np.clip(labels, 0, None)])
        labels[low] = OTHER
        return labels

    def _score(self, texts):
        check_is_fitted(self, "themes_")
        with _threads():
            return self._score_unlocked(texts)

    def _score_unlocked(self, texts):
        texts = _as_texts(texts)
        raw = self._raw_vec.transform(texts).tocsr()
        has_content = np.asarray((raw @ self._merge).sum(axis=1)).ravel() > 0
        scores = np.zeros((len(texts), self.n_themes_), dtype=float)
        if has_content.any():
            sub_texts = [t for t, ok in zip(texts, has_content, strict=True) if ok]
            X = self._transform_matrix(sub_texts, raw[has_content])
            if self._nmf is not None:
                W = self._nmf.transform(X)[:, self._nmf_order]
                scores[has_content] = row_normalise(W)
            else:
                Z = self._embed(X)
                scores[has_content] = Z @ self._centers.T
        return scores, has_content

    def _k_bounds(self, n):
        """Candidate K: ``k_range`` as given, or bounded by the number of answers."""
        if self.k_range is not None:
            lo, hi = self.k_range
        else:
            # A workshop discusses themes, not single answers: on average a theme should
            # hold at least _MIN_AVG_THEME answers (n // 25), and a survey of a few hundred
            # answers has more than a handful of themes (about 2·log10(n): 5 for 300).
            lo = int(np.clip(round(2 * math.log10(max(n, 10))), 3, _K_MAX))
            hi = int(np.clip(n // _MIN_AVG_THEME, lo, _K_MAX))
        hi = max(min(hi, n - 1), 2)
        return min(lo, hi), hi

    def _choose_k(self, X, Z):
        from itertools import combinations

        from sklearn.metrics import adjusted_rand_score, silhouette_score

        n = X.shape[0]
        lo, hi = self._k_bounds(n)
        rng = np.random.RandomState(self._seed)
        # The criterion is computed on a random base of at most max_stability_texts answers:
        # its cost does not grow with the survey.
        base = (
            np.sort(rng.choice(n, self.max_stability_texts, replace=False))
            if (n > self.max_stability_texts)
            else np.arange(n)
        )
        Xb = X[base]
        Zb = None if Z is None else Z[base]
        m = base.size
        n_res = max(4, int(self.n_resamples))
        subs = [np.sort(rng.choice(m, max(int(0.8 * m), 2), replace=False)) for _ in range(n_res)]
        sil_rows = np.arange(m) if m <= 2000 else rng.choice(m, 2000, replace=False)
        space = Zb if Zb is not None else l2(dense(Xb))
        tiny_size = max(5, 0.02 * m)
        rows = []
        for k in range(lo, hi + 1):
            full = self._cluster(Xb, Zb, k, self._seed, seeds=False)["scores"].argmax(axis=1)
            runs = []
            for b, sub in enumerate(subs):
                lab = np.full(m, -1)
                res = self._cluster(
                    Xb[sub], None if Zb is None else Zb[sub], k, self._seed + 101 + b, seeds=False
                )
                lab[sub] = res["scores"].argmax(axis=1)
                runs.append(lab)
            pairs = []
            for a, b in combinations(runs, 2):
                both = (a >= 0) & (b >= 0)
                pairs.append(adjusted_rand_score(a[both], b[both]))
            pairs = np.asarray(pairs)
            sizes = np.bincount(full, minlength=k)
            tiny = float(np.mean(sizes < tiny_size))
            sl = full[sil_rows]
            sil = (
                float(silhouette_score(space[sil_rows], sl, metric="cosine"))
                if 1 < len(np.unique(sl)) < len(sl)  # silhouette needs 2 … n - 1 clusters
                else 0.0
            )
            stab = float(pairs.mean())
            rows.append(
                {
                    "k": k,
                    "stability": stab,
                    "stability_se": float(pairs.std(ddof=1) / math.sqrt(pairs.size))
                    if pairs.size > 1
                    else 0.0,
                    "tiny_share": tiny,
                    "silhouette": sil,
                    "score": stab * (1.0 - tiny),
                }
            )
        curve = pd.DataFrame(rows)
        i_best = int(curve["score"].idxmax())
        # One-standard-error rule: the smallest K whose score is within one standard error
        # of the best is as good as the best, within the noise of resampling.
        ok = curve["score"] >= curve["score"][i_best] - curve["stability_se"][i_best]
        best = int(curve["k"][ok].min())
        curve["chosen"] = curve["k"] == best
        self.k_curve_ = curve[
            ["k", "stability", "stability_se", "tiny_share", "silhouette", "score", "chosen"]
        ]
        return best

    def _stability(self, X, Z, labels, k):
        stab = self._stability_values(X, Z, labels, k, n_resamples=self.n_resamples)
        return stab[: self.n_themes_]

    def _stability_values(self, X, Z, labels, k, *, n_resamples):
        """Clusterwise Jaccard bootstrap (Hennig 2007), on a subsample for large n."""
        n = X.shape[0]
        n_lab = int(labels.max()) + 1 if labels.size else 0
        if n_resamples < 1 or n < 4:
            return np.full(n_lab, np.nan)
        rng = np.random.RandomState(self._seed + 7)
        base = (
            rng.choice(n, self.max_stability_texts, replace=False)
            if n > self.max_stability_texts
            else np.arange(n)
        )
        totals = np.zeros(n_lab)
        counted = np.zeros(n_lab)
        for b in range(n_resamples):
            boot = np.unique(rng.choice(base, base.size, replace=True))
            Xb = X[boot]
            Zb = None if Z is None else Z[boot]
            kb = min(k, boot.size)
            res = self._cluster(Xb, Zb, kb, self._seed + 101 + b, seeds=False)
            lb = res["scores"].argmax(axis=1)
            orig = labels[boot]
            for c in range(n_lab):
                a = orig == c
                if not a.any():
                    continue
                best = 0.0
                for c2 in np.unique(lb[a]):
                    m = lb == c2
                    inter = np.count_nonzero(a & m)
                    best = max(best, inter / np.count_nonzero(a | m))
                totals[c] += best
                counted[c] += 1
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(counted > 0, totals / np.maximum(counted, 1), np.nan)

    # ------------------------------------------------------------------------------------
    # internals: describing themes
    # ------------------------------------------------------------------------------------
    def _ctfidf(self, counts, labels, k):
        """Class-based TF-IDF (Grootendorst 2022): classes as documents, L1 term frequency."""
        import scipy.sparse as sp

        ok = labels >= 0
        onehot = sp.csr_matrix(
            (np.ones(ok.sum(), dtype=np.float32), (labels[ok], np.flatnonzero(ok))),
            shape=(k, counts.shape[0]),
        )
        tf = np.asarray((onehot @ counts).todense(), dtype=float)
        total = tf.sum(axis=0)
        avg = tf.sum() / max(k, 1)
        idf = np.log1p(avg / np.maximum(total, 1e-9))
        tf = tf / np.maximum(tf.sum(axis=1, keepdims=True), 1e-9)
        return tf * idf

    def _ctfidf_top(self, counts, labels, c, n):
        scores = self._ctfidf(counts, labels, int(labels.max()) + 1)[c]
        feats = self._top_features(scores, n)
        return _dedupe_display(feats, self._display)[:n]

    def _top_features(self, scores, n):
        order = np.argsort(-scores, kind="stable")[: n * 3]
        return [self._word_names[j] for j in order if scores[j] > 0]

    def _describe(self, stability):
        import scipy.sparse as sp

        from esslingen_lab.themes.labels import survey_language_mask

        k = self.n_themes_
        labels = self.labels_
        # Answers in another language (a handful of English ones in a German survey) give
        # no keywords, no label terms and come last among the quotes.
        self._own = survey_language_mask(self.texts_, self.language)
        own = sp.diags(self._own.astype(np.float32))
        ctf = self._ctfidf(own @ self._word_counts, labels, k)
        present_all = self._label_counts.tocsr().copy()
        present_all.data = (present_all.data > 0).astype(np.float32)
        present = (own @ present_all).tocsc()  # label_terms reads it column by column
        n = len(labels)
        seed_names = self._seed_names(ctf)
        rows = []
        for c in range(k):
            members = np.flatnonzero(labels == c)
            feats = self._top_features(ctf[c], self.n_keywords)
            keywords = _dedupe_display(feats, self._display)
            terms = self._label_terms(present, labels == c)
            label = seed_names.get(c) or (
                ", ".join(self._display(self._features[j]) for j in terms)
                if terms
                else self._make_label(keywords, members)
            )
            rows.append(
                {
                    "id": c,
                    "label": label,
                    "keywords": keywords[: self.n_keywords],
                    "size": int(members.size),
                    "share": members.size / n,
                    "stability": float(stability[c]) if c < len(stability) else np.nan,
                    "coverage": _coverage(present_all, labels == c, terms),
                    "quotes": self._quotes(members, c, present_all[:, terms] if terms else None),
                }
            )
        for special in (OTHER, NO_ANSWER):
            members = np.flatnonzero(labels == special)
            if members.size:
                rows.append(
                    {
                        "id": special,
                        "label": special_label(special, self.language),
                        "keywords": [],
                        "size": int(members.size),
                        "share": members.size / n,
                        "stability": np.nan,
                        "coverage": np.nan,
                        "quotes": [],
                    }
                )
        return pd.DataFrame(rows, columns=list(THEME_COLUMNS)).reset_index(drop=True)

    def _label_terms(self, present, members):
        """Label terms of one theme: readable whole words that detect its answers best."""
        from esslingen_lab.text import LABEL_AVOID

        if not hasattr(self, "_label_ok"):
            avoid = {w.casefold() for w in LABEL_AVOID.get(self.language, ())}
            shown = [self._display(f) for f in self._features]
            self._label_ok = np.array(
                [
                    f in self._primary and len(f) >= 3 and w.casefold() not in avoid
                    for f, w in zip(self._features, shown, strict=True)
                ]
            )
            # German nouns are capitalised: a theme is named by a thing, not a manner
            noun = np.array([self.language != "de" or w[:1].isupper() for w in shown])
            self._label_weight = np.where(noun, 1.0, 0.6)
        from esslingen_lab.themes.labels import label_terms

        def distinct(j, chosen):
            # "anmelden" or "melden" after "Anmeldung" says nothing new
            word = self._features[j]
            return not any(_similar(word, self._features[c], stem=5) for c in chosen)

        return label_terms(
            present,
            members,
            candidates=self._label_ok,
            weights=self._label_weight,
            distinct=distinct,
        )

    def _seed_names(self, ctf):
        """Name each seed theme after the fitted theme whose keywords match it best."""
        if not self.seed_themes:
            return {}
        from scipy.optimize import linear_sum_assignment

        seed_rows, names = self._seed_vectors()
        if seed_rows is None:
            return {}
        counts = self._count([" ".join(map(str, _listify(self.seed_themes[nm]))) for nm in names])[
            1
        ]
        seed = np.asarray(counts.todense(), dtype=float) > 0
        sim = (ctf / np.maximum(ctf.sum(axis=1, keepdims=True), 1e-12)) @ seed.T  # themes × seeds
        rows, cols = linear_sum_assignment(-sim)
        return {int(r): names[c] for r, c in zip(rows, cols, strict=True) if sim[r, c] > 0.02}

    def _make_label(self, keywords, members):
        """2–4 keywords that occur literally in the theme's texts (lemmas, readable).

        Content nouns come first (German nouns are capitalised); generic nouns such as
        "Jahr" or "Minute" (:data:`esslingen_lab.text.LABEL_AVOID`) and words found in
        only a few of the theme's answers are used only when nothing better is left.
        """
        from esslingen_lab.text import LABEL_AVOID, fold_umlauts

        rng = np.random.RandomState(self._seed)
        sample = members if members.size <= 400 else rng.choice(members, 400, replace=False)
        folded = [fold_umlauts(self.texts_[i].casefold()) for i in sample]
        haystack = " ".join(folded)
        avoid = {w.casefold() for w in LABEL_AVOID.get(self.language, ())}
        min_docs = max(2, 0.05 * len(sample))

        def rank(word):
            w = fold_umlauts(word.casefold())
            docs = sum(w in t for t in folded)
            noun = self.language != "de" or (word[:1].isupper() and not _adjective(word))
            return (word.casefold() in avoid, docs < min_docs, not noun)

        candidates = [w for w in keywords[: self.n_keywords]]
        ranked = sorted(candidates, key=rank)  # stable: keyword order within a rank
        chosen = []
        for word in ranked:
            w = fold_umlauts(word.casefold())
            if len(w) < 3 or w not in haystack:
                continue  # e.g. "fahren" from "Fahrradweg": not in the texts as written
            if any(_similar(w, fold_umlauts(c.casefold())) for c in chosen):
                continue  # "Radweg" already says "Rad"; "Verkehrführung" is a typo of one
            if chosen and rank(word) > rank(chosen[0]) and len(chosen) >= 2:
                break  # two good words beat a third weak one
            chosen.append(word)
            if len(chosen) == 3:
                break
        chosen.sort(key=keywords.index)
        if len(chosen) < 2:
            chosen = (chosen + [w for w in keywords if w not in chosen])[:2]
        return ", ".join(chosen) if chosen else special_label(OTHER, self.language)

    def _quotes(self, members, c, label_present=None):
        if members.size == 0 or self.n_quotes <= 0:
            return []
        score = self.scores_[members, c]
        lengths = np.array([len(self.texts_[i]) for i in members])
        # The most typical answers, not the longest: long answers touch many words and so
        # sit close to the centre. Very short answers ("Radweg") say little; answers much
        # longer than the theme's usual answer (or than a card) are only used last.
        usual = max(120.0, 2.0 * float(np.median(lengths)))
        good = (lengths >= 15) & (lengths <= min(400.0, usual))
        # Quotes say what the label says: answers with a label term first, and answers in
        # the survey's language before the others.
        has_label = (
            np.asarray(label_present[members].sum(axis=1)).ravel() > 0
            if label_present is not None
            else np.ones(members.size, dtype=bool)
        )
        own = self._own[members]
        order = np.lexsort((-score, ~good, ~has_label, ~own))
        quotes, seen = [], set()
        for j in order:
            text = self.texts_[members[j]].strip()
            key = text.casefold()
            if key in seen or not text:
                continue
            seen.add(key)
            quotes.append(text)
            if len(quotes) == self.n_quotes:
                break
        return quotes


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
        raise ThemeModelError("Bitte eine Liste von Texten übergeben / pass a list of texts.")
    out = []
    for t in texts:
        if t is None or (isinstance(t, float) and math.isnan(t)):
            out.append("")
        else:
            out.append(str(t))
    return out


def _listify(words):
    return [words] if isinstance(words, str) else list(words)


def _next_best(scores, labels, banned):
    """Move texts of banned themes to their best allowed theme."""
    masked = np.where(banned[None, :], -np.inf, scores)
    out = labels.copy()
    move = banned[labels]
    out[move] = masked[move].argmax(axis=1)
    return out


def _adjective(word):
    """Whether a capitalised German word is an inflected adjective ("Sichere", "Fehlende")."""
    import simplemma

    low = word.lower()
    if not low.endswith(("e", "en", "er", "es", "em")):
        return False
    lemma = simplemma.lemmatize(low, "de")  # nouns lemmatise to a capitalised word
    return lemma != low and lemma[:1].islower() and low.startswith(lemma[:3])


def _similar(a, b, stem=None):
    """Tell whether two words are one in another form (inside each other, close spelling).

    With ``stem``: also the same first ``stem`` letters, or one's stem (without "-ung",
    "-en", "-e" …) inside the other ("melden" ~ "Anmeldung").
    """
    from difflib import SequenceMatcher

    if stem:
        if len(a) >= stem and a[:stem] == b[:stem]:
            return True
        for x, y in ((a, b), (b, a)):
            root = re.sub(r"(ungen|ung|en|er|n|e)$", "", x)
            if len(root) >= 4 and root in y:
                return True
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.85


def _coverage(present, members, terms):
    from esslingen_lab.themes.labels import coverage

    return coverage(present, members, terms)


def _dedupe_display(features, display):
    """Readable keywords, each once (folded spellings and stems map to one word)."""
    out, seen = [], set()
    for f in features:
        word = display(f)
        key = word.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(word)
    return out
