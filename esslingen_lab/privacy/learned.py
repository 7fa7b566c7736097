"""A learned word scorer: how much each word of a text looks like personal data.

A linear model over hashed features of each word and its neighbours (two either side): the
word, its prefixes and suffixes, its shape, name-list and dictionary look-ups, and whether a
neighbour is already a tag such as ``[NAME]``. Every feature belongs to one word at one
offset, so a word's share of the score at each offset is worked out once per word and
remembered; scoring a text then costs a few look-ups and one strided sum.

Used by the quote review (:func:`esslingen_lab.privacy.review.risk_reasons`): a word left in
a redacted quote with log-odds above :data:`REVIEW_LOG_ODDS` (:func:`review_words`) is one
reason to hold the quote back for a person. Only words of word-level kinds count (a name, a
number, a date): a second, one-against-the-rest model gives a word its tag kind, and phrase
kinds (a way to a home, a description, a health detail) are left to the review's own
phrase reasons. It is no
redaction rule: as one it tagged ordinary sentences and cost too much CPU (session 9), and
re-run over 14 writer sets with twice the data (session 12) it added at most 0.7 points of
recall within 0.3 points of lost ordinary words, short of the 1.5 points asked for
(``benchmarks/cv_redaction_model_result.txt``); as a review signal only shown quotes are
scored. Session 15 tried it once more as the last redaction step, retrained on every
fixture (up to fresh18) and scored on two writer sets it had not seen: at log-odds 0.5,
names, numbers and contacts only, recall rose by 7 and 2 of 364 and 379 spans (0.865 ->
0.885, 0.889 -> 0.894) for 0.13 and 0.25 points more ordinary words lost, but 79 of 1,562
tests of words the rules keep on purpose failed (public sites, council papers,
"Kaiser-Wilhelm-Platz", "<strong>", Turkish words; 25 with names only); with the rules'
word knowledge as a check (no dictionary word, no part of a compound or of markup) the gain
on the unseen sets was 0 — so it stays a review signal. The configuration was chosen by
leave-one-writer-out cross-validation
(``benchmarks/cv_review_model.py``, table in ``benchmarks/cv_review_model_result.txt``).

The weights (``esslingen_lab/data/learned_tokens.npz``, plain arrays, no pickle) are written
by ``benchmarks/train_redaction_model.py``; without the file :func:`review_words` gives
None and the review skips the reason. :meth:`LearnedTokens.spans` serves the redaction
experiment of ``benchmarks/cv_redaction_model.py``.
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from contextlib import nullcontext
from functools import lru_cache
from importlib import resources

import numpy as np
import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES

__all__ = [
    "REVIEW_LOG_ODDS",
    "REVIEW_WEIGHT",
    "PHRASE_KINDS",
    "LearnedTokens",
    "learned_model",
    "load",
    "review_words",
    "token_features",
    "tokenize",
    "weights_path",
]

N_FEATURES = 2**17
OFFSETS = (-2, -1, 0, 1, 2)
_TOKEN = regex.compile(r"\[[A-Z][A-Z\-]*\]|[\p{L}\d]+|[^\s\p{L}\d]")
_SENTENCE_END = frozenset(".!?:\n")
_PAD = "<s>"
_NOT_A_WORD = -1e9


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Split a text into tags, words (letters and digits) and single punctuation marks."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    out = []
    for char in word:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:5]


def _is_word(token: str) -> bool:
    return token[:1].isalnum()


def _self_features(token: str) -> list[str]:
    """Features of a word at its own position."""
    if token == _PAD:
        return ["w=<s>"]
    if token.startswith("[") and len(token) > 2:
        return ["tag=" + token]
    lower = token.lower()
    feats = ["w=" + lower, "sh=" + _shape(token), f"len={min(len(token), 15) // 3}"]
    if not _is_word(token):
        return feats
    for n in (2, 3, 4):
        if len(lower) > n:
            feats.append(f"p{n}={lower[:n]}")
            feats.append(f"s{n}={lower[-n:]}")
    title = token[:1].upper() + token[1:].lower()
    lex = lexicon()
    if token.isdigit():
        feats.append(f"digits={min(len(token), 8)}")
        return feats
    if title in FIRST_NAMES:
        feats.append("first")
    if lex.is_first_name(title):
        feats.append("lexfirst")
    if lex.is_any_name(title):
        feats.append("anyname")
    german = lex.is_german(token) or lex.is_german(title)
    feats.append("german" if german else "notgerman")
    if lex.is_lower_word(token):
        feats.append("lowerword")
    if lex.is_english(token):
        feats.append("english")
    if token[:1].isupper():
        feats.append("cap")
        if not german:
            feats.append("cap-unknown")
    elif token.islower() and lex.is_any_name(title) and not lex.is_lower_word(token):
        feats.append("lower-name")
    return feats


def _context_features(token: str) -> list[str]:
    """Features of a word seen from a neighbour's position."""
    if token == _PAD:
        return ["w=<s>"]
    if token.startswith("[") and len(token) > 2:
        return ["tag=" + token]
    lower = token.lower()
    feats = ["w=" + lower, "sh=" + _shape(token)]
    if _is_word(token) and not token.isdigit():
        title = token[:1].upper() + token[1:].lower()
        if title in FIRST_NAMES or lexicon().is_any_name(title):
            feats.append("name")
        if len(lower) > 3:
            feats.append("s3=" + lower[-3:])
    return feats


def features_at(token: str, offset: int) -> list[str]:
    """Return the features a word contributes to the word ``-offset`` positions away."""
    base = _self_features(token) if offset == 0 else _context_features(token)
    return [f"{offset}:{f}" for f in base]


def _runtime_features(tokens: list[str], i: int) -> list[str]:
    """Features of a word that depend on its neighbour too (not cached per word)."""
    token = tokens[i]
    initial = i == 0 or tokens[i - 1] in _SENTENCE_END
    feats = []
    if token[:1].isupper():
        feats.append("x:cap-initial" if initial else "x:cap-inside")
    return feats


def token_features(tokens: list[str], i: int) -> list[str]:
    """All features of word ``i`` (training and the multi-class tag model)."""
    feats = ["bias"]
    n = len(tokens)
    for offset in OFFSETS:
        j = i + offset
        token = tokens[j] if 0 <= j < n else _PAD
        feats += features_at(token, offset)
    return feats + _runtime_features(tokens, i)


def hash_feature(feature: str) -> int:
    """Column of a feature (CRC-32, stable across runs and platforms)."""
    # "surrogatepass": a lone surrogate (from a JSON escape) gets a column, not an error
    return zlib.crc32(feature.encode("utf-8", "surrogatepass")) & (N_FEATURES - 1)


class LearnedTokens:
    """The learned model: a binary word scorer and a multi-class model for the tag.

    Parameters
    ----------
    weights : numpy.ndarray
        Binary weights per hashed feature (``N_FEATURES``).
    type_weights : numpy.ndarray
        Multi-class weights, ``(N_FEATURES, n_kinds)``.
    kinds : list of str
        Tag kinds of the multi-class model's columns.
    threshold : float
        Score (log-odds) above which a word is flagged.
    """

    def __init__(self, weights, type_weights, kinds, threshold: float, type_bias=None):
        self.weights = np.asarray(weights, dtype=np.float64)
        self.type_weights = np.asarray(type_weights, dtype=np.float64)
        self.type_bias = (
            np.zeros(len(kinds)) if type_bias is None else np.asarray(type_bias, dtype=float)
        )
        self.kinds = list(kinds)
        self.threshold = float(threshold)
        self.bias = float(self.weights[hash_feature("bias")])
        self._cap_initial = float(self.weights[hash_feature("x:cap-initial")])
        self._cap_inside = float(self.weights[hash_feature("x:cap-inside")])
        # per known word one row: its share of the score at offsets -2 … 2, then whether
        # it is capitalised, ends a sentence, is a word (letters or digits)
        self._index: dict[str, int] = {}
        self._rows = np.zeros((1024, 8))
        self._pad: int | None = None
        self._pad = self._row_of(_PAD)
        self._last: tuple = ("", [])

    def _row_of(self, token: str) -> int:
        row = self._index.get(token)
        if row is not None:
            return row
        if len(self._index) >= 300_000:  # bounded memory: start afresh
            self._index.clear()
            self._pad = None
        row = len(self._index)
        if row == len(self._rows):
            self._rows = np.concatenate([self._rows, np.zeros_like(self._rows)])
        w = self.weights
        own, seen = _self_features(token), _context_features(token)
        values = [
            sum(w[hash_feature(f"{o}:{f}")] for f in (own if o == 0 else seen)) for o in OFFSETS
        ]
        if not token[:1].isalnum():
            values[2] = _NOT_A_WORD  # punctuation and tags are never flagged
        cap = token[:1].isupper()
        # capitalised at a sentence's start or inside it; whether it ends a sentence (the
        # text's edge counts as one)
        values += [cap * self._cap_initial, cap * self._cap_inside]
        values.append(token in _SENTENCE_END or token == _PAD)
        self._rows[row] = values
        self._index[token] = row
        if self._pad is None:
            self._pad = self._row_of(_PAD)
        return row

    def scores(self, tokens: list[str]) -> np.ndarray:
        """Log-odds per token that it is personal data (punctuation and tags: -1e9)."""
        get = self._index.get
        rows = [get(t) for t in tokens]
        if None in rows:
            rows = [self._row_of(t) for t in tokens]
        pad = self._pad
        n = len(tokens)
        r = self._rows.take([pad, pad, *rows, pad, pad], axis=0)
        # row i + k, column k (k = 0 … 4 for offsets -2 … 2) lies 9 k places after row i's
        # start: one strided view adds the five shares
        shares = np.ndarray((n, 5), dtype=r.dtype, buffer=r, strides=(64, 72))
        own = r[2 : n + 2]
        cap = np.where(r[1 : n + 1, 7] > 0, own[:, 5], own[:, 6])
        return shares.sum(axis=1) + cap + self.bias

    def kind_of(self, tokens: list[str], indices) -> str:
        """Tag kind of a span of flagged tokens: summed multi-class scores."""
        total = np.zeros(len(self.kinds))
        for i in indices:
            cols = [hash_feature(f) for f in token_features(tokens, i)]
            total += self.type_weights[cols].sum(axis=0) + self.type_bias
        return self.kinds[int(np.argmax(total))]

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Spans ``(start, end, kind)`` of flagged words; neighbours join into one span."""
        if self._last[0] is text:
            return self._last[1]
        tokens = _TOKEN.findall(text)
        out: list[tuple[int, int, str]] = []
        if tokens:
            scores = self.scores(tokens)
            if (scores > self.threshold).any():
                out = self._runs(text, tokens, scores.tolist())
        self._last = (text, out)
        return out

    def _runs(self, text: str, tokens: list[str], scores: list[float]):
        found = tokenize(text)
        threshold = self.threshold
        out = []
        run: list[int] = []
        for i, score in enumerate(scores + [float("-inf")]):
            if score > threshold:
                run.append(i)
                continue
            # a hyphen or dot between two flagged words stays inside the span
            if run and i < len(tokens) and tokens[i] in "-./" and i + 1 < len(scores):
                if scores[i + 1] > threshold:
                    continue
            if run:
                kind = self.kind_of(tokens, run)
                out.append((found[run[0]][0], found[run[-1]][1], kind))
                run = []
        return out


def load(path) -> LearnedTokens:
    """Load a model from a ``.npz`` file (plain arrays, no pickle)."""
    with np.load(path, allow_pickle=False) as data:
        return LearnedTokens(
            data["weights"],
            data["type_weights"],
            [str(k) for k in data["kinds"]],
            float(data["threshold"]),
            data["type_bias"],
        )


#: Log-odds above which a word left in a quote is a reason for review, and that reason's
#: weight in the risk score (chosen by CV, ``benchmarks/cv_review_model.py``).
REVIEW_LOG_ODDS = 0.0
REVIEW_WEIGHT = 0.3
#: Tag kinds of phrases (a way to a home, a description, a health detail): the review's
#: hand-written phrase reasons cover them; the learned reason counts only the other kinds.
PHRASE_KINDS = frozenset({"ADRESSE", "BESCHREIBUNG", "GESUNDHEIT"})


_LOG = logging.getLogger(__name__)


def weights_path():
    """Return the package's weights file (it may be missing: the review skips the reason)."""
    return resources.files("esslingen_lab") / "data" / "learned_tokens.npz"


@lru_cache(maxsize=4)
def learned_model(path=None) -> LearnedTokens | None:
    """Return the model (default: the package's weights), or None when the file is missing."""
    source = weights_path() if path is None else path
    try:
        with resources.as_file(source) if path is None else nullcontext(source) as file:
            return load(file)
    except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile) as error:
        # a missing or damaged file: the review goes on without this reason, and says so
        kind = "missing" if isinstance(error, FileNotFoundError) else "unreadable"
        _LOG.warning(
            "learned review model %s (%s): quotes are reviewed without its reason; "
            "reinstall esslingen-lab or run benchmarks/train_redaction_model.py",
            kind, source,
        )
        return None


def review_words(text, path=None) -> list[tuple[str, float]] | None:
    """Words of a (redacted) quote the model takes for personal data, with their log-odds.

    A word counts when its log-odds exceed :data:`REVIEW_LOG_ODDS` and its tag kind is not
    one of :data:`PHRASE_KINDS`. Tags (``[NAME]``) and punctuation never count. Returns None
    when the weights are missing. Deterministic: same text and weights, same answer.

    Examples
    --------
    >>> review_words("Die Online-Terminvergabe ist super.") in ([], None)
    True
    """
    model = learned_model(path)
    if model is None:
        return None
    if not isinstance(text, str):
        return []
    tokens = _TOKEN.findall(text)
    if not tokens:
        return []
    scores = model.scores(tokens)
    return [
        (tokens[i], float(scores[i]))
        for i in np.flatnonzero(scores > REVIEW_LOG_ODDS)
        if model.kind_of(tokens, [i]) not in PHRASE_KINDS
    ]
