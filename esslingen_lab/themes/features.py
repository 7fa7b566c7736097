"""Representation stage of the ThemeModel: word + character n-gram TF-IDF and its LSA projection.

Character n-grams are counted per distinct word and summed per answer, so German compounds,
inflections and typos share features at a fraction of the cost of scanning every answer.
"""

from __future__ import annotations

import numpy as np

from esslingen_lab.text import display_feature, fold_umlauts, normalize_text
from esslingen_lab.themes.clusterers import dense, is_sparse, l2
from esslingen_lab.themes.errors import ThemeModelError

__all__ = ["CharNgramVectorizer", "ThemeFeatures"]

# The LSA projection is learned on at most this many answers (word and character n-gram
# features make the SVD the costliest step; a sample of 5,000 answers spans the themes).
_SVD_SAMPLE = 5_000

_WORD = r"(?u)\b\w\w+\b"


def _preprocess(text):
    return fold_umlauts(normalize_text(text).casefold())


class CharNgramVectorizer:
    """Count character n-grams within words (like ``analyzer="char_wb"``), word by word.

    The counts equal scikit-learn's ``CountVectorizer(analyzer="char_wb")`` over the
    answers' words (NFKC, lower case, umlauts folded, words of two or more letters), but the
    n-grams of each distinct word are computed once: ``answers × words`` times
    ``words × n-grams``. :class:`~esslingen_lab.themes.ThemeModel` passes the counts of the
    content words its analyzer found (``fit_transform_words``), so the texts are read once.

    Parameters
    ----------
    ngram_range : tuple of int, default=(3, 5)
    min_df : int, default=2
        N-grams found in fewer answers are dropped (typos of one answer).

    Attributes
    ----------
    vocabulary_ : dict of str to int
        N-gram → column.

    Examples
    --------
    >>> vec = CharNgramVectorizer(min_df=1)
    >>> X = vec.fit_transform(["Radweg", "Radwegenetz", "Bürgeramt"])
    >>> bool((X[0].multiply(X[1])).sum() > 0), bool((X[0].multiply(X[2])).sum() > 0)
    (True, False)
    """

    def __init__(self, ngram_range=(3, 5), *, min_df=2):
        self.ngram_range = ngram_range
        self.min_df = min_df

    def _grams(self, vocabulary=None):
        from sklearn.feature_extraction.text import CountVectorizer

        return CountVectorizer(
            analyzer="char_wb",
            ngram_range=tuple(self.ngram_range),
            vocabulary=vocabulary,
            dtype=np.float32,
        )

    @staticmethod
    def _words(texts):
        """Answers × words counts and the words (NFKC, lower case, umlauts folded)."""
        import scipy.sparse as sp
        from sklearn.feature_extraction.text import CountVectorizer

        words = CountVectorizer(
            token_pattern=_WORD, preprocessor=_preprocess, lowercase=False, dtype=np.float32
        )
        try:
            return words.fit_transform(texts).tocsr(), words.get_feature_names_out()
        except ValueError:  # not a single word
            return sp.csr_matrix((len(texts), 0), dtype=np.float32), np.array([], dtype=object)

    def fit_transform_words(self, counts, words):
        """Learn the n-gram vocabulary from answers × words counts and the words' strings.

        Parameters
        ----------
        counts : scipy.sparse matrix, shape (n_answers, n_words)
        words : sequence of str

        Returns
        -------
        scipy.sparse.csr_matrix of float32
            Answers × n-grams counts.
        """
        grams = self._grams()
        if len(words) == 0:
            self.vocabulary_ = {}
            return self.transform_words(counts, words)
        C = (counts @ grams.fit_transform(list(words))).tocsr()
        df = np.bincount(C.indices, minlength=C.shape[1])
        keep = np.flatnonzero(df >= self.min_df)
        if keep.size == 0:
            keep = np.flatnonzero(df > 0)
        names = grams.get_feature_names_out()[keep]
        self.vocabulary_ = {str(g): i for i, g in enumerate(names)}
        return C[:, keep].tocsr()

    def transform_words(self, counts, words):
        """Count the learned n-grams; see :meth:`fit_transform_words`.

        Parameters
        ----------
        counts : scipy.sparse matrix, shape (n_answers, n_words)
        words : sequence of str

        Returns
        -------
        scipy.sparse.csr_matrix of float32
        """
        import scipy.sparse as sp

        if not self.vocabulary_ or len(words) == 0:
            return sp.csr_matrix((counts.shape[0], len(self.vocabulary_)), dtype=np.float32)
        return (counts @ self._grams(self.vocabulary_).transform(list(words))).tocsr()

    def fit_transform(self, texts):
        """Learn the n-gram vocabulary from texts; see :meth:`fit_transform_words`.

        Parameters
        ----------
        texts : list of str

        Returns
        -------
        scipy.sparse.csr_matrix of float32
        """
        return self.fit_transform_words(*self._words(texts))

    def fit(self, texts):
        """Learn the n-gram vocabulary from texts.

        Parameters
        ----------
        texts : list of str

        Returns
        -------
        self
        """
        self.fit_transform(texts)
        return self

    def transform(self, texts):
        """Count the learned n-grams in new texts.

        Parameters
        ----------
        texts : list of str

        Returns
        -------
        scipy.sparse.csr_matrix of float32
        """
        return self.transform_words(*self._words(texts))


class ThemeFeatures:
    """Representation stage of :class:`~esslingen_lab.themes.ThemeModel` (a mixin).

    Counts the analyzer's features once (word counts for keywords and labels, merged
    compound parts for clustering), weights them by TF-IDF beside character n-grams — or
    hands the texts to the user's ``vectorizer`` — and projects them (LSA) for the
    clusterer.
    """

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
        return display_feature(self._display_map, feature)

    def _uses_nmf(self):
        """NMF clusters the TF-IDF matrix itself; every other clusterer its projection."""
        return isinstance(self.method, str) and self.method == "nmf"

    def _embed_fit(self, X):
        """LSA projection for k-means/agglomerative (NMF works on X itself)."""
        from sklearn.decomposition import TruncatedSVD

        self._svd = None
        if self._uses_nmf():
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
        if self._uses_nmf():
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
