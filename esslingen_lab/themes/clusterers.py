"""Clusterer stage of the ThemeModel: k-means from a consensus start, NMF and Ward.

Each clusterer takes the projected answers (or the TF-IDF matrix for NMF) and returns
``{"scores": answers × themes, "centers" or "nmf": what assigns new answers}``.
"""

from __future__ import annotations

import warnings

import numpy as np

__all__ = [
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
    centers = l2(km.cluster_centers_)
    return {"scores": Z @ centers.T, "centers": centers}


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
    return {"scores": row_normalise(W), "nmf": model}


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
    centers = np.vstack([Z[sample][lab == c].mean(axis=0) for c in range(k)])
    centers = l2(centers)
    return {"scores": Z @ centers.T, "centers": centers}
