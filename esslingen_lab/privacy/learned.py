"""A learned word scorer: how much each word of a text looks like personal data.

A linear model over hashed features of each word and its neighbours (two either side): the
word, its prefixes and suffixes, its shape, name-list and dictionary look-ups, and whether a
neighbour is already a tag such as ``[NAME]``. Every feature belongs to one word at one
offset, so a word's share of the score at each offset is worked out once per word and
remembered; scoring a text then costs a few look-ups and one strided sum.

Two users:

- **The redactor's last rule** (``name-learned``, :func:`learned_name_spans`): a run of words
  the rules left with log-odds above :data:`REDACT_LOG_ODDS`, whose tag kind is a name, in a
  German sentence, and that is no part of an address, a compound or a handle, no firm or
  thing and no dictionary word but a listed first name (in lower case: a listed name), and
  not the only word of the answer, becomes ``[NAME]``
  (:meth:`LearnedTokens.name_spans`). Session 48 trained the weights without fifteen writer
  sets (fresh148 … fresh162), redacted each with the code of the day it arrived (before any
  rule was fitted to it) and added this step: recall 0.924 -> 0.927 (22 more of 6,555
  personal strings: lower-case names, nicknames, names without a cue), one control of
  9,766 lost (``benchmarks/cv_learned_names.py``), no more ordinary words lost (1.43 %),
  none of the real participation sentences it had not seen (0.26 %). Earlier tries
  (sessions 9, 12, 15, with 10 to 18 sets of training data and without these checks)
  tagged public addresses, places and famous people and were left out; without the checks
  this one added 44 strings but broke 95 tests of words the rules keep on purpose.
- **The quote review** (:func:`esslingen_lab.privacy.review.risk_reasons`): a word left in
  a redacted quote with log-odds above :data:`REVIEW_LOG_ODDS` (:func:`review_words`) is one
  reason to hold the quote back for a person. Only words of word-level kinds count (a name,
  a number, a date): a second, one-against-the-rest model gives a word its tag kind, and
  phrase kinds (a way to a home, a description, a health detail) are left to the review's
  own phrase reasons. The configuration was chosen by leave-one-writer-out
  cross-validation (``benchmarks/cv_review_model.py``, table in
  ``benchmarks/cv_review_model_result.txt``).

The weights (``esslingen_lab/data/learned_tokens.npz``, plain arrays, no pickle) are written
by ``benchmarks/train_redaction_model.py``; without the file :func:`review_words` gives
None, the review skips the reason and the redactor's last rule finds nothing.
:meth:`LearnedTokens.spans` serves the experiment of ``benchmarks/cv_redaction_model.py``.
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

from esslingen_lab.privacy.redact.description_words import _lexicon as description_lexicon
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
)

__all__ = [
    "REDACT_LOG_ODDS",
    "REVIEW_LOG_ODDS",
    "REVIEW_WEIGHT",
    "PHRASE_KINDS",
    "LearnedTokens",
    "learned_model",
    "learned_name_spans",
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
_MAX_WORDS = 300_000  # words whose rows are remembered


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
        self._pad = self._row_of(_PAD)
        self._last: tuple = ("", [])

    def _row_of(self, token: str) -> int:
        row = self._index.get(token)
        if row is not None:
            return row
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
        return row

    def scores(self, tokens: list[str]) -> np.ndarray:
        """Log-odds per token that it is personal data (punctuation and tags: -1e9)."""
        if len(self._index) + len(tokens) > _MAX_WORDS:
            # bounded memory: start afresh before this text, never while reading it (rows
            # found earlier in the text would point at other words' rows)
            self._index.clear()
            self._pad = self._row_of(_PAD)
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
                out = [
                    (start, end, self.kind_of(tokens, run))
                    for start, end, run in self._runs(text, tokens, scores.tolist(), "-./")
                ]
        self._last = (text, out)
        return out

    def name_spans(self, text: str, threshold: float) -> list[tuple[int, int]]:
        """Spans of the names the model finds in a text the rules have redacted.

        A run of words above ``threshold`` (a hyphen or a dot between two of them joins
        them: "Mayer-Höhn", "k. dürr") counts when its tag kind is a name, it holds letters
        only and one word of two letters or more, and it is no part of a longer word: no
        hyphen, "@", dot, slash or underscore outside it ("Hanns-Martin-Schleyer-Brücke",
        "kulturamt@esslingen.de", "@stadt_es" stay to the rules, which know public
        addresses and places). Idioms and famous people are marks no word matches
        (fixed_phrases.protect) when the redactor calls this.
        """
        tokens = _TOKEN.findall(text)
        if not tokens:
            return []
        scores = self.scores(tokens)
        if not (scores > threshold).any():
            return []
        out = []
        sentences = None
        for start, end, run in self._runs(text, tokens, scores.tolist(), "-.", threshold):
            inside = tokens[run[0] : run[-1] + 1]
            if not all(t.isalpha() or t in "-." for t in inside):
                continue  # a number, a tag or a mark inside
            if all(len(t) < 2 or t.isupper() and len(t) < 4 for t in inside):
                continue  # initials, short acronyms ("LEA B.")
            if (start and text[start - 1] in _GLUED_BEFORE) or (
                end < len(text) and text[end] in _GLUED_AFTER
                or text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum()
            ):
                continue  # part of an address, a compound or a handle
            if _named_thing(tokens, run):
                continue
            sentences = sentences or _Sentences(tokens)
            if not sentences.german_around(run):
                continue
            if len(run) > 1 and not _several_words_name(tokens, run, text[end:]):
                continue
            one = len(run) == 1 and tokens[run[0]]
            if one and _ambiguous(one) and scores[run[0]] <= AMBIGUOUS_LOG_ODDS:
                continue  # "Das war gut. rosa", "Zum Essen gab es Matze": a word as well
            if one and one[:1].isupper() and scores[run[0]] <= CAPITALISED_LOG_ODDS:
                continue  # one capitalised word: a noun as often ("Schatzi", "Jitsi")
            if self.kind_of(tokens, run) == "NAME":
                out.append((start, end))
        return out

    def _runs(self, text, tokens, scores, join, threshold=None):
        """Return runs of flagged words as ``(start, end, indices)``.

        A token of ``join`` between two flagged words stays inside the run.
        """
        threshold = self.threshold if threshold is None else threshold
        found = tokenize(text)
        out = []
        run: list[int] = []
        for i, score in enumerate(scores + [float("-inf")]):
            if score > threshold:
                run.append(i)
                continue
            if run and i < len(tokens) and tokens[i] in join and i + 1 < len(scores):
                if scores[i + 1] > threshold:
                    continue
            if run:
                out.append((found[run[0]][0], found[run[-1]][1], run))
                run = []
        return out


_GLUED_BEFORE = frozenset("-@._/#")
_GLUED_AFTER = frozenset("-@_/")
_GERMAN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
# English words no German sentence holds ("die", "hat", "also" are German too)
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the and my your you is are was were of to with that this it its can can't don't "
    "we they he she him her his our their have has had be been at on for not no yes "
    "but or if when what which who how there here would should could will just".split()
)


def _german_word(token: str) -> bool:
    lex = lexicon()
    return lex.is_german(token) or lex.is_german(token[:1].upper() + token[1:].lower())


_FIRM_AFTER = frozenset(("gmbh", "kg", "ag", "ohg", "gbr", "ug"))
# trades' shops ending in "-erei" (not a brawl or a mess: "Schlägerei", "Schlamperei")
_TRADE_SHOPS = ("schreinerei", "gärtnerei", "druckerei", "schlosserei", "brauerei",
                "konditorei", "molkerei", "käserei", "weberei", "töpferei", "glaserei",
                "wäscherei", "fleischerei", "schneiderei", "polsterei", "zimmerei",
                "kellerei", "brennerei", "rösterei", "imkerei", "fischerei", "gießerei",
                "tischlerei", "malerei", "spenglerei", "flaschnerei", "drechslerei")


def _named_thing(tokens: list[str], run: list[int]) -> bool:
    """Whether a run names a thing, not a person, by the words around it or its own.

    A noun right after it ("die Luca App", "andreas hofer straße"), a shop or institution
    noun right before it ("Metzgerei Häfele", "Bäckerei Schmid"), or one word that is a
    German word and no listed first name ("Hanse", "Sommer", "braun": surnames the rules
    take only after a cue) or no name after a cue either (not_names.txt).
    """
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else ""
    if after.isalpha() and (
        after[:1].isupper() and _german_word(after) and not lexicon().is_any_name(after)
        or after.islower() and not lexicon().is_lower_word(after) and _german_word(after)
    ):
        return True
    before = tokens[run[0] - 1].lower() if run[0] else ""
    if before.isalpha() and (
        before.endswith(description_lexicon()["institutions"])
        or before.endswith(_TRADE_SHOPS)  # a trade's shop: "Schreinerei Pfisterer"
    ):
        return True
    if after.lower() in _FIRM_AFTER:
        return True  # a firm's legal form after it: "Häfele GmbH", "Okafor KG"
    if len(run) == 1:
        word = tokens[run[0]]
        title = word[:1].upper() + word[1:].lower()
        if word.islower() and title not in FIRST_NAMES and not lexicon().is_any_name(title):
            return True  # "oki", "tamam", "schatzi", "tschüssle": no listed name in lower case
        return title in NOT_NAMES or _german_word(word) and title not in FIRST_NAMES
    return False


def _several_words_name(tokens: list[str], run: list[int], rest: str) -> bool:
    """Whether a run of several words reads as a person's name.

    One of its words is a listed first name or surname ("lazım yardım" is not); no word in
    capitals is a German word ("S. OBEN", "J. S. BACH"); the last part of a hyphenated run
    is a name or, after a surname, no compound ("NINA-Warnapp", "Anna-Haag-Schule" are
    things; "Mayer-Höhn" is a name); it does not end in a letter before a
    number ("ANNA S. 4": a page).
    """
    lex = lexicon()
    words = [tokens[i] for i in range(run[0], run[-1] + 1) if tokens[i].isalpha()]
    titles = [w[:1].upper() + w[1:].lower() for w in words]
    if not any(len(w) > 1 and (t in FIRST_NAMES or lex.is_any_name(t)) for w, t in zip(
            words, titles, strict=True)):  # fmt: skip
        return False
    if any(w.isupper() and len(w) > 1 and _german_word(w) and t not in FIRST_NAMES
           for w, t in zip(words, titles, strict=True)):  # fmt: skip
        return False
    if tokens[run[-1] - 1] == "-" and len(words) > 1 and not lex.is_any_name(titles[-1]) and (
        titles[-2] in FIRST_NAMES or lex.is_compound(titles[-1])
    ):
        return False
    return not (len(words[-1]) == 1 and rest.lstrip(". ")[:1].isdigit())


class _Sentences:
    """Counts of a text's words per sentence, worked out once for the language check.

    Per sentence (split after ". ! ? :" and line breaks): words, German words, English
    function words, words with letters German has not; a run's check subtracts its own
    words, so a long answer with many runs costs one pass, not one pass per run.
    """

    def __init__(self, tokens: list[str]):
        lex = lexicon()
        self.tokens = tokens
        self.sentence: list[int] = []
        self.flags: list[tuple[int, int, int, int]] = []
        self.counts = [[0, 0, 0, 0]]
        for token in tokens:
            self.sentence.append(len(self.counts) - 1)
            if token.isalpha():
                lower = token.lower()
                flags = (1, int(_german_word(token) or lex.is_lower_word(token)),
                         int(lower in _ENGLISH_FUNCTION_WORDS),
                         int(not _GERMAN_LETTERS.issuperset(lower)))  # fmt: skip
                self.counts[-1] = [c + f for c, f in zip(self.counts[-1], flags, strict=True)]
            else:
                flags = (0, 0, 0, 0)
            self.flags.append(flags)
            if token in _SENTENCE_END:
                self.counts.append([0, 0, 0, 0])
        self.words = sum(c[0] for c in self.counts)

    def german_around(self, run: list[int]) -> bool:
        """Whether the sentence around a run is German: two in three of its other words are.

        The weights learned German answers; in a Turkish, Romanian, English or Low German
        sentence every word is unknown and looks like a name to them ("randevu
        alamıyorum"), so are letters German has not ("răspuns"); an English one ("My boss
        can't stand waiting") has English function words (the German dictionary also lists
        "boss", "stand" …).
        """
        first, last = self.sentence[run[0]], self.sentence[run[-1]]
        totals = [sum(c[k] for c in self.counts[first : last + 1]) for k in range(4)]
        for i in range(run[0], run[-1] + 1):
            totals = [t - f for t, f in zip(totals, self.flags[i], strict=True)]
        words, german, english, foreign = totals
        if not self.words - sum(self.flags[i][0] for i in run):
            return False  # a one-word answer ("oki", "Hasi"): nothing to read it by
        if foreign:
            return False  # "răspuns", "yardım": another language's letters
        if words < 3:  # "lg jonas" on its own line: too few words to tell, but for words of
            # the run in another language's letters that no name list knows ("lazım yardım")
            return not any(
                self.flags[i][3] and not lexicon().is_any_name(t[:1].upper() + t[1:].lower())
                for i in range(run[0], run[-1] + 1) if (t := self.tokens[i]).isalpha()
            )  # fmt: skip
        return 3 * german >= 2 * words and 4 * english < words


def _ambiguous(word: str) -> bool:
    return word[:1].upper() + word[1:].lower() in _AMBIGUOUS_FIRST_NAMES


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
#: Log-odds above which a run of words the rules left becomes ``[NAME]`` (the redactor's last
#: rule, :func:`learned_name_spans`): chosen on fifteen writer sets, each redacted with the
#: code of the day it arrived and scored by weights trained without them (session 48)
REDACT_LOG_ODDS = 0.5
#: ... and above which a first name that is also a word ("Rosa", "Matze", "Gabi";
#: ambiguous_first_names.txt) counts alone, as the rules take one only with a cue
AMBIGUOUS_LOG_ODDS = 3.0
#: ... and above which one capitalised word alone counts: German capitalises every noun, so
#: an unknown capitalised word is a place, a product or a pet name as often ("Gruß vom
#: Kräherwald", "Protokoll: Jitsi", "Der Schatzi und ich") as a person's name
CAPITALISED_LOG_ODDS = 2.0
#: Tag kinds of phrases (a way to a home, a description, a health detail): the review's
#: hand-written phrase reasons cover them; the learned reason counts only the other kinds.
PHRASE_KINDS = frozenset({"ADRESSE", "BESCHREIBUNG", "GESUNDHEIT"})


_LOG = logging.getLogger(__name__)


def weights_path():
    """Return the package's weights file (it may be missing: the review skips the reason)."""
    return resources.files("esslingen_lab") / "data" / "learned_tokens.npz"


def read_weights(source, loader, *, packaged: bool, what: str, without: str):
    """Load a weights file with ``loader``, or log why it cannot and return None.

    A missing or damaged file (``packaged``: a package resource) is no error: the caller goes
    on without its model, and the log says ``what`` is missing and what goes ``without`` it.
    """
    try:
        with resources.as_file(source) if packaged else nullcontext(source) as file:
            return loader(file)
    except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile) as error:
        kind = "missing" if isinstance(error, FileNotFoundError) else "unreadable"
        _LOG.warning("%s %s (%s): %s", what, kind, source, without)
        return None


@lru_cache(maxsize=4)
def learned_model(path=None) -> LearnedTokens | None:
    """Return the model (default: the package's weights), or None when the file is missing."""
    return read_weights(
        weights_path() if path is None else path, load, packaged=path is None,
        what="learned word model",
        without="quotes are reviewed without its reason and redaction goes without its last "
        "name rule; reinstall esslingen-lab or run benchmarks/train_redaction_model.py",
    )  # fmt: skip


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


def learned_name_spans(text: str) -> list[tuple[int, int]]:
    """Names the learned model finds in a redacted text (the redactor's rule ``name-learned``).

    The last rule of :class:`~esslingen_lab.privacy.redact.Redactor`: it reads the text with
    the other rules' tags in it and catches names without any cue the rules know ("lg
    nico", "danke an pfisterer für die schnelle antwort"). Without the weights file it
    finds nothing (and :func:`learned_model` logs why).
    """
    model = learned_model()
    if model is None:
        return []
    return model.name_spans(text, REDACT_LOG_ODDS)
