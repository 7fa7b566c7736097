"""A learned token classifier run after the rules: flags words the rules left that look personal.

A linear model over hashed features of each word and its neighbours (two either side): the
word, its prefixes and suffixes, its shape, name-list and dictionary look-ups, and whether a
neighbour is already a tag such as ``[NAME]``. Every feature belongs to one word at one
offset, so a word's share of the score at each offset is worked out once per word and
remembered; scoring a text then costs a few look-ups and additions per word. Flagged words
next to each other become one span; its tag comes from a second, multi-class model.

The weights are package data (``esslingen_lab/data/redaction/learned_tokens.npz``), made by
``benchmarks/train_redaction_model.py`` from the labelled fixtures.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np
import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES

__all__ = ["LearnedTokens", "learned_model", "token_features", "tokenize"]

N_FEATURES = 2**17
OFFSETS = (-2, -1, 0, 1, 2)
_TOKEN = regex.compile(r"\[[A-Z][A-Z\-]*\]|[\p{L}\d]+|[^\s\p{L}\d]")
_SENTENCE_END = frozenset(".!?:\n")
_PAD = "<s>"


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
    """The features a word contributes to the word ``-offset`` positions away."""
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
    return zlib.crc32(feature.encode("utf-8")) & (N_FEATURES - 1)


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
        self._parts: dict[str, tuple] = {}
        self._runtime = {
            f: float(self.weights[hash_feature(f)]) for f in ("x:cap-initial", "x:cap-inside")
        }
        self._last: tuple = ("", [])

    def _word_parts(self, token: str) -> tuple:
        parts = self._parts.get(token)
        if parts is None:
            w = self.weights
            parts = tuple(
                float(sum(w[hash_feature(f)] for f in features_at(token, offset)))
                for offset in OFFSETS
            )
            if len(self._parts) > 300_000:
                self._parts.clear()
            self._parts[token] = parts
        return parts

    def scores(self, tokens: list[str]) -> list[float]:
        """Log-odds per token that it is personal data (punctuation and tags: -inf)."""
        get = self._word_parts
        pad = get(_PAD)
        parts = [pad, pad] + [get(t) for t in tokens] + [pad, pad]
        cap_initial, cap_inside = self._runtime["x:cap-initial"], self._runtime["x:cap-inside"]
        out = []
        previous = "\n"
        for i, token in enumerate(tokens):
            if not token[:1].isalnum():
                out.append(float("-inf"))
                previous = token
                continue
            score = (
                self.bias
                + parts[i][0]
                + parts[i + 1][1]
                + parts[i + 2][2]
                + parts[i + 3][3]
                + parts[i + 4][4]
            )
            if token[:1].isupper():
                score += cap_initial if i == 0 or previous in _SENTENCE_END else cap_inside
            out.append(score)
            previous = token
        return out

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
        found = tokenize(text)
        tokens = [t for _, _, t in found]
        scores = self.scores(tokens)
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
                kind = self.kind_of(tokens, [j for j in run if scores[j] > threshold])
                out.append((found[run[0]][0], found[run[-1]][1], kind))
                run = []
        self._last = (text, out)
        return out


def load(path) -> LearnedTokens:
    """Load a model from a ``.npz`` file (no pickle)."""
    with np.load(path, allow_pickle=False) as data:
        return LearnedTokens(
            data["weights"],
            data["type_weights"],
            [str(k) for k in data["kinds"]],
            float(data["threshold"]),
            data["type_bias"],
        )


@lru_cache(maxsize=1)
def learned_model() -> LearnedTokens:
    """The package's model (``esslingen_lab/data/redaction/learned_tokens.npz``)."""
    from importlib.resources import files

    resource = files("esslingen_lab") / "data" / "redaction" / "learned_tokens.npz"
    with resource.open("rb") as handle:
        return load(handle)
