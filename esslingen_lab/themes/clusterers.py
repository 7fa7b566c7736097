"""Clusterer stage of the ThemeModel: k-means from a consensus start, NMF, Ward — or yours.

Each clusterer takes the projected answers (or the TF-IDF matrix for NMF) and returns
``{"labels": theme per answer, "scores": answers × themes, "centers" or "nmf": what assigns
new answers}``. :func:`fit_estimator` runs any scikit-learn style clusterer (``fit`` and
``labels_``, e.g. ``KMeans(n_clusters=5)``, ``AgglomerativeClustering``, ``HDBSCAN``) the
same way: theme centres are the means of its clusters, so new answers are assigned by cosine
similarity as with the built-in methods.
"""

from __future__ import annotations

import warnings

import numpy as np

from esslingen_lab.themes.errors import ThemeModelError
from esslingen_lab.themes.special import METHODS, OTHER

__all__ = [
    "ThemeClustering",
    "fit_estimator",
    "is_estimator",
    "kmeans",
    "consensus_centers",
    "nmf",
    "agglomerative",
    "l2",
    "dense",
    "is_sparse",
    "row_normalise",
]

# k-means starts from the consensus of this many runs on at most this many texts.
_CONSENSUS_RUNS = 20
_CONSENSUS_SAMPLE = 1000


def is_sparse(X):
    """Return whether ``X`` is a scipy sparse matrix."""
    import scipy.sparse as sp

    return sp.issparse(X)


def dense(X):
    """Return ``X`` as a dense float32 array."""
    return np.asarray(X.toarray() if is_sparse(X) else X, dtype=np.float32)


def l2(Z):
    """Return the rows of ``Z`` scaled to unit length."""
    from sklearn.preprocessing import normalize

    return normalize(Z)


def row_normalise(W):
    """Return the rows of ``W`` scaled to sum 1 (zero rows stay zero)."""
    s = W.sum(axis=1, keepdims=True)
    return np.divide(W, s, out=np.zeros_like(W, dtype=float), where=s > 0)


def kmeans(Z, k, seed, seed_rows=None):
    """Spherical k-means on unit rows ``Z``, from seed rows or the consensus start.

    Parameters
    ----------
    Z : ndarray, shape (n, d)
    k : int
    seed : int
    seed_rows : ndarray, default=None
        Start centres for the first themes (seed themes); k-means++ for the rest.

    Returns
    -------
    dict
        ``scores`` (cosine to each centre) and ``centers``.
    """
    from sklearn.cluster import KMeans, kmeans_plusplus

    if seed_rows is not None and len(seed_rows):
        s = min(len(seed_rows), k)
        init, _ = kmeans_plusplus(Z, k, random_state=seed)
        init = init.copy()
        init[:s] = seed_rows[:s]
    else:
        init = consensus_centers(Z, k, seed)
    km = KMeans(k, init=init, n_init=1, random_state=seed).fit(Z)
    return _by_centers(Z, l2(km.cluster_centers_))


def consensus_centers(Z, k, seed, runs=_CONSENSUS_RUNS, max_n=_CONSENSUS_SAMPLE):
    """Start centres for k-means from the consensus of many k-means runs.

    Evidence accumulation (Fred & Jain 2005): ``runs`` single-start k-means runs on a sample
    of at most ``max_n`` texts; two texts are close when the runs often put them together
    (co-association), and average linkage on that closeness gives the consensus clusters.
    On short answers single runs disagree a lot, and the run with the lowest inertia is often
    not the one closest to human categories; in ``benchmarks/bench_themes.py`` the consensus
    start matched them better (Ottensen multi-label F1, both halves of the one-leaf set).
    """
    from sklearn.cluster import AgglomerativeClustering, KMeans

    n = Z.shape[0]
    rng = np.random.RandomState(seed)
    sample = np.sort(rng.choice(n, max_n, replace=False)) if n > max_n else np.arange(n)
    S = Z[sample]
    m = S.shape[0]
    if k <= 1 or m <= k:
        return S[:k].copy() if m >= k else np.vstack([S] * (k // m + 1))[:k]
    eye = np.eye(k, dtype=np.float32)
    onehot = np.hstack(
        [
            eye[KMeans(k, n_init=1, random_state=int(r)).fit_predict(S)]
            for r in rng.randint(np.iinfo(np.int32).max, size=runs)
        ]
    )
    # co-association: share of runs that put two texts together (one product for all runs)
    dist = 1.0 - (onehot @ onehot.T) / runs
    lab = AgglomerativeClustering(k, metric="precomputed", linkage="average").fit_predict(dist)
    return np.vstack([S[lab == c].mean(axis=0) for c in range(k)])


def nmf(X, k, seed, seed_rows=None):
    """Non-negative matrix factorisation of ``X``; theme weights as scores.

    Parameters
    ----------
    X : sparse matrix, shape (n, n_features)
    k : int
    seed : int
    seed_rows : sparse matrix, default=None
        Seed themes replace the first theme profiles of the start.

    Returns
    -------
    dict
        ``scores`` (weights, rows summing to 1) and the fitted ``nmf``.
    """
    from sklearn.decomposition import NMF

    params = dict(random_state=seed, max_iter=300, tol=1e-3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning: themes are still usable
        if seed_rows is not None and seed_rows.shape[0]:
            # Guided start: seed keywords replace the first theme profiles of the usual start.
            base = NMF(k, init="nndsvda", max_iter=1, **{"random_state": seed}).fit(X)
            H0 = base.components_.astype(np.float64)
            s = min(seed_rows.shape[0], k)
            H0[:s] = dense(seed_rows[:s]) * max(float(H0.max()), 1e-3)
            W0 = np.maximum(dense(X @ H0.T), 1e-6).astype(np.float64)
            model = NMF(k, init="custom", **params)
            W = model.fit_transform(X.astype(np.float64), W=W0, H=H0)
        else:
            model = NMF(k, init="nndsvda", **params)
            W = model.fit_transform(X)
    scores = row_normalise(W)
    return {"labels": scores.argmax(axis=1), "scores": scores, "nmf": model}


def agglomerative(Z, k, seed, max_n=4000):
    """Ward clustering of at most ``max_n`` rows; every row goes to the nearest centre.

    Parameters
    ----------
    Z : ndarray, shape (n, d)
    k : int
    seed : int
    max_n : int, default=4000

    Returns
    -------
    dict
        ``scores`` (cosine to each centre) and ``centers``.
    """
    from sklearn.cluster import AgglomerativeClustering

    n = Z.shape[0]
    if n > max_n:
        rng = np.random.RandomState(seed)
        sample = rng.choice(n, max_n, replace=False)
    else:
        sample = np.arange(n)
    lab = AgglomerativeClustering(k, linkage="ward").fit_predict(Z[sample])
    return _by_centers(Z, _means(Z[sample], lab, k))


def fit_estimator(clusterer, Z, k, seed):
    """Fit a copy of the user's clusterer on the projected answers ``Z``.

    Parameters
    ----------
    clusterer : estimator
        Anything with ``fit(Z)`` that sets ``labels_`` (scikit-learn style). It is cloned
        (copied when it is no scikit-learn estimator);
        ``n_clusters`` is set to ``k`` (when ``k`` is given) and ``random_state`` to
        ``seed`` where the clusterer has such parameters. Label ``-1`` means noise (as
        ``DBSCAN``/``HDBSCAN`` give it).
    Z : ndarray, shape (n, d)
        Unit rows (the LSA projection, or your vectorizer's embeddings).
    k : int or None
        Number of clusters; None keeps the clusterer's own.
    seed : int

    Returns
    -------
    dict
        ``labels`` (0..m-1 in the clusterer's order, ``-1`` noise), ``scores`` (cosine to
        each cluster's mean) and ``centers``.

    Raises
    ------
    ThemeModelError
        When ``k`` is asked of a clusterer without ``n_clusters``, the clusterer sets no
        ``labels_``, or every answer is noise.
    """
    from sklearn.base import clone

    model = clone(clusterer, safe=False)
    params = _params(model)
    update = {"random_state": seed} if "random_state" in params else {}
    if k is not None:
        if "n_clusters" not in params:
            raise ThemeModelError(reason="themes_no_n_clusters", name=type(clusterer).__name__,
                                  k=k)
        update["n_clusters"] = int(k)
    if update:
        model.set_params(**update)
    model.fit(Z)
    found = getattr(model, "labels_", None)
    if found is None:
        raise ThemeModelError(reason="themes_no_labels", name=type(clusterer).__name__)
    found = np.asarray(found).astype(int).ravel()
    ids = np.unique(found[found >= 0])
    if ids.size == 0:
        raise ThemeModelError(reason="themes_all_noise", name=type(clusterer).__name__)
    labels = np.where(found >= 0, np.searchsorted(ids, found), -1)
    result = _by_centers(Z, _means(Z, labels, ids.size))
    result["labels"] = labels  # the clusterer's own assignment, noise kept
    return result


def is_estimator(method):
    """Return whether ``method`` is a clusterer object rather than a built-in method name."""
    return not isinstance(method, str)


def _params(clusterer):
    """Return the clusterer's parameters (none for an object without ``get_params``)."""
    return clusterer.get_params(deep=False) if hasattr(clusterer, "get_params") else {}


def _means(Z, labels, k):
    """Return unit centres: the mean of each cluster's rows."""
    return l2(np.vstack([Z[labels == c].mean(axis=0) for c in range(k)]))


def _by_centers(Z, centers):
    scores = Z @ centers.T
    return {"labels": scores.argmax(axis=1), "scores": scores, "centers": centers}


class ThemeClustering:
    """Clusterer stage of :class:`~esslingen_lab.themes.ThemeModel` (a mixin).

    Runs the chosen clusterer, dissolves small themes, renumbers themes by size and marks
    outliers.
    """

    def _check_method(self):
        """Validate ``method`` (a built-in name or a clusterer object)."""
        if is_estimator(self.method):
            if not callable(getattr(self.method, "fit", None)):
                raise ThemeModelError(reason="themes_no_fit", method=repr(self.method),
                                      methods=METHODS)
            if self.n_themes == "auto" and "n_clusters" not in _params(self.method):
                raise ThemeModelError(reason="themes_auto_needs_n_clusters",
                                      name=type(self.method).__name__)
        elif self.method not in METHODS:
            raise ThemeModelError(reason="themes_unknown_method", method=repr(self.method),
                                  methods=METHODS)

    def _cluster(self, X, Z, k, seed, *, seeds):
        """Run the clusterer stage on ``k`` themes (None: a user clusterer's own number)."""
        n = X.shape[0]
        if is_estimator(self.method):
            if k is not None and "n_clusters" not in _params(self.method):
                return kmeans(Z, min(k, n), seed)  # splitting a theme of DBSCAN, HDBSCAN …
            return fit_estimator(self.method, Z, None if k is None else min(k, n), seed)
        k = min(k, n)
        seed_rows, _ = self._seed_vectors() if seeds else (None, [])
        if self.method == "kmeans":
            return kmeans(Z, k, seed, self._embed(seed_rows) if seed_rows is not None else None)
        if self.method == "nmf":
            return nmf(X, k, seed, seed_rows)
        return agglomerative(Z, k, seed)

    def _finalise(self, labels, scores):
        """Dissolve small themes and noise, drop empty ones and renumber by size (largest = 0).

        Noise of a user's clusterer (label ``-1``) becomes "Sonstiges" with
        ``outlier_theme``, else goes to its nearest theme.
        """
        k = scores.shape[1]
        noise = labels < 0
        if noise.any():
            labels = labels.copy()
            labels[noise] = -9 if self.outlier_theme else scores[noise].argmax(axis=1)
        if self.min_theme_size:
            sizes = np.bincount(labels[labels >= 0], minlength=k)
            small = sizes < self.min_theme_size
            if small.all():
                small[:] = False  # keep everything rather than nothing
            if small.any() and not self.outlier_theme:
                labels = _next_best(scores, labels, small)
            elif small.any():
                labels = labels.copy()
                labels[(labels >= 0) & small[np.clip(labels, 0, None)]] = -9  # "Sonstiges"
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

    def _assign(self, texts):
        """Scores of new texts for each theme, and which texts have content words."""
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


def _next_best(scores, labels, banned):
    """Move texts of banned themes to their best allowed theme."""
    masked = np.where(banned[None, :], -np.inf, scores)
    out = labels.copy()
    move = (labels >= 0) & banned[np.clip(labels, 0, None)]
    out[move] = masked[move].argmax(axis=1)
    return out
