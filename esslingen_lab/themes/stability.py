"""Choosing the number of themes and the stability of each theme (resampling).

A mixin of :class:`~esslingen_lab.themes.ThemeModel`: it re-runs the model's clusterer stage
on subsamples, so it works with every clusterer (built-in or the user's).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from esslingen_lab.themes.clusterers import dense, l2

__all__ = ["ThemeStability"]

# "auto" without k_range: at most _K_MAX themes, and on average _MIN_AVG_THEME answers each.
_K_MAX = 15
_MIN_AVG_THEME = 25


class ThemeStability:
    """Auto K (subsample ARI, one-standard-error rule) and the Jaccard bootstrap (a mixin)."""

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
            full = self._cluster(Xb, Zb, k, self._seed, seeds=False)["labels"]
            runs = []
            for b, sub in enumerate(subs):
                lab = np.full(m, -1)
                res = self._cluster(
                    Xb[sub], None if Zb is None else Zb[sub], k, self._seed + 101 + b, seeds=False
                )
                lab[sub] = res["labels"]
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
            kb = None if k is None else min(k, boot.size)
            res = self._cluster(Xb, Zb, kb, self._seed + 101 + b, seeds=False)
            lb = res["labels"]
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
