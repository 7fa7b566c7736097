"""Label stage of the ThemeModel: short labels that cover a theme's answers, and its quotes.

A label term is chosen for how well "answer contains the term" picks out the theme's answers
(F1 of the term as a detector of the theme), so it both occurs in most of them and separates
the theme from the others; answers in another language never contribute a label term.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from esslingen_lab.themes.special import NO_ANSWER, OTHER, THEME_COLUMNS, special_label

__all__ = ["survey_language_mask", "label_terms", "coverage", "ThemeDescription"]

_WORD = re.compile(r"\w+")


def survey_language_mask(texts, language="de"):
    """Which answers are written in the survey's language (by counting function words).

    An answer is foreign when it holds at least two function words of the other language
    (English for a German survey, German for an English one) and more of them than of the
    survey language. Short answers without function words count as the survey language.

    Parameters
    ----------
    texts : sequence of str
    language : {"de", "en"}, default="de"

    Returns
    -------
    ndarray of bool
        True for answers in the survey language.

    Examples
    --------
    >>> survey_language_mask(["Die Termine sind zu knapp", "The old manual is bad", "Radweg"])
    array([ True, False,  True])
    """
    own, other = _function_words(language)
    out = np.ones(len(texts), dtype=bool)
    for i, text in enumerate(texts):
        words = _WORD.findall(str(text).casefold())
        n_other = sum(w in other for w in words)
        if n_other >= 2 and n_other > sum(w in own for w in words):
            out[i] = False
    return out


def _function_words(language):
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    from stop_words import get_stop_words

    german = set(get_stop_words("german"))
    english = set(ENGLISH_STOP_WORDS) | set(get_stop_words("english"))
    shared = german & english  # "in", "also", "will", "so" …
    german, english = german - shared, english - shared
    return (german, english) if language != "en" else (english, german)


def label_terms(
    present, members, *, candidates, weights=None, distinct=None, max_terms=3, min_gain=0.02
):
    """Choose up to ``max_terms`` terms whose presence best detects one theme's answers.

    Greedy: first the term with the highest (weighted) F1 as a detector of the theme
    (answers that contain it vs the theme's answers), then terms that raise the F1 of
    "contains any chosen term" by at least ``min_gain`` (gain times the term's weight).

    Parameters
    ----------
    present : scipy.sparse.csr_matrix of bool/int, shape (n_answers, n_terms)
        Term occurs in answer (rows of answers that must not vote are all zero).
    members : ndarray of bool, shape (n_answers,)
        The theme's answers.
    candidates : ndarray of bool, shape (n_terms,)
        Terms allowed in labels.
    weights : ndarray of float, shape (n_terms,), default=None
        Multiplies each term's F1 when ranking (e.g. below 1 for words that are no nouns).
    distinct : callable, default=None
        ``distinct(j, chosen)`` is False when term ``j`` says again what the chosen terms
        say ("anmelden" after "Anmeldung"); such terms are skipped.
    max_terms : int, default=3
    min_gain : float, default=0.02

    Returns
    -------
    list of int
        Column indices, best first.
    """
    present = present.tocsc()  # cheap when the caller passes CSC already
    n_c = int(members.sum())
    if n_c == 0:
        return []
    df = np.diff(present.indptr)
    df_c = np.asarray(present.T @ members.astype(np.float32)).ravel()
    f1 = np.where(candidates & (df_c > 0), 2 * df_c / (n_c + df), 0.0)
    if weights is not None:
        f1 = f1 * weights
    chosen = []
    if not f1.any():
        return chosen
    first = int(np.argmax(f1))
    chosen.append(first)
    covered = _rows(present, first)
    best = f1[first]
    # only a short list of good single terms is worth trying as additions
    short = [j for j in np.argsort(-f1, kind="stable")[:40] if f1[j] > 0 and j != first]
    if distinct is not None:
        short = [j for j in short if distinct(j, chosen)]
    while len(chosen) < max_terms and short:
        scores, gains = [], []
        for j in short:
            union = covered | _rows(present, j)
            tp = np.count_nonzero(union & members)
            scores.append(2 * tp / (n_c + np.count_nonzero(union)))
            gains.append((scores[-1] - best) * (1.0 if weights is None else weights[j]))
        i = int(np.argmax(gains))
        if gains[i] < min_gain:
            break
        j = short.pop(i)
        chosen.append(int(j))
        if distinct is not None:
            short = [t for t in short if distinct(t, chosen)]
        covered |= _rows(present, j)
        best = scores[i]
    return chosen


def coverage(present, members, terms):
    """Share of a theme's answers that contain at least one of ``terms``.

    Parameters
    ----------
    present : scipy.sparse matrix, shape (n_answers, n_terms)
    members : ndarray of bool
    terms : list of int

    Returns
    -------
    float
    """
    n_c = int(members.sum())
    if n_c == 0 or not terms:
        return 0.0
    hit = np.asarray(present[members][:, terms].sum(axis=1)).ravel() > 0
    return float(hit.mean())


def _rows(present_csc, j):
    out = np.zeros(present_csc.shape[0], dtype=bool)
    out[present_csc.indices[present_csc.indptr[j] : present_csc.indptr[j + 1]]] = True
    return out


class ThemeDescription:
    """Keyword and label stage of :class:`~esslingen_lab.themes.ThemeModel` (a mixin).

    Keywords by class-based TF-IDF, labels from :func:`label_terms` (or the seed theme's
    name), coverage and representative quotes: the ``themes_`` table.
    """

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
            if self.labeler is not None:
                own = self.labeler(keywords[: self.n_keywords], [self.texts_[i] for i in members])
                label = " ".join(str(own or "").split()) or label
            rows.append(
                {
                    "id": c,
                    "label": label,
                    "keywords": keywords[: self.n_keywords],
                    "size": int(members.size),
                    "share": members.size / n,
                    "stability": float(stability[c]) if c < len(stability) else np.nan,
                    "coverage": coverage(present_all, labels == c, terms),
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


def _listify(words):
    return [words] if isinstance(words, str) else list(words)


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
