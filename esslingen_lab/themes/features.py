"""Representation stage of the ThemeModel: word + character n-gram TF-IDF and its LSA projection.

Character n-grams are counted per distinct word and summed per answer, so German compounds,
inflections and typos share features at a fraction of the cost of scanning every answer.
"""

from __future__ import annotations

import numpy as np

from esslingen_lab.text import fold_umlauts, normalize_text

__all__ = ["CharNgramVectorizer"]

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
