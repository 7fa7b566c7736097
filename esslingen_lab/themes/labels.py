"""Label stage of the ThemeModel: short labels that cover a theme's answers, and its quotes.

A label term is chosen for how well "answer contains the term" picks out the theme's answers
(F1 of the term as a detector of the theme), so it both occurs in most of them and separates
the theme from the others; answers in another language never contribute a label term.
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["survey_language_mask", "label_terms", "coverage"]

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
