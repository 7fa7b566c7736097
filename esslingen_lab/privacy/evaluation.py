"""Measure how well redaction works on a labelled set of sentences.

Recall is the share of personal-data spans that are gone after redaction; false removal is
the share of ordinary words (outside the labelled spans) that disappeared.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

__all__ = ["RedactionScore", "leaks", "load_labelled", "score_redaction"]

_TOKEN = regex.compile(r"[\p{L}\d]+")
_TAG = regex.compile(r"\[[A-Z][A-Z\-]*\]")


def load_labelled(path) -> list[dict]:
    """Read a JSON-lines file of labelled records.

    Each line holds ``{"id", "split", "text", "pii": [{"type", "value"}]}``; a span may
    also carry a ``category`` and a record a list ``controls`` of ``{"category", "value"}``
    phrases that look personal but are not.
    """
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
    return records


@dataclass
class RedactionScore:
    """Recall per type and the share of ordinary tokens wrongly removed.

    Attributes
    ----------
    n_spans, n_found : int
        Labelled spans and how many of them were removed completely.
    by_type : dict of str to tuple
        ``type -> (n_found, n_spans)``.
    by_category : dict of str to tuple
        ``category -> (n_found, n_spans)`` for spans labelled with a ``category``.
    controls : dict of str to tuple
        ``category -> (n_kept, n_controls)``: tempting ordinary phrases (labelled under
        ``controls``) that must survive redaction whole.
    n_tokens, n_lost : int
        Ordinary tokens (outside labelled spans) and how many disappeared.
    missed : list of (record id, type)
        Spans (at least partly) left in the text; the values are not included.
    wrongly_removed : list of str
        Record ids where ordinary tokens disappeared.
    tokens_by_category : dict of str to tuple
        ``category -> (n_lost, n_tokens)``: ordinary tokens of the records holding a span or
        control of that category, and how many of them disappeared.
    """

    n_spans: int = 0
    n_found: int = 0
    by_type: dict = field(default_factory=dict)
    by_category: dict = field(default_factory=dict)
    controls: dict = field(default_factory=dict)
    n_tokens: int = 0
    n_lost: int = 0
    missed: list = field(default_factory=list)
    wrongly_removed: list = field(default_factory=list)
    tokens_by_category: dict = field(default_factory=dict)

    @property
    def recall(self) -> float:
        """Share of labelled spans removed completely."""
        return self.n_found / self.n_spans if self.n_spans else float("nan")

    @property
    def false_removal(self) -> float:
        """Share of ordinary tokens that were removed."""
        return self.n_lost / self.n_tokens if self.n_tokens else float("nan")


def _tokens(text: str) -> Counter:
    return Counter(_TOKEN.findall(text))


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    found, start = [], text.find(value)
    while value and start >= 0:
        found.append((start, start + len(value)))
        start = text.find(value, start + len(value))
    return found


def _inside(where: tuple[int, int], ranges) -> bool:
    return any(start <= where[0] and where[1] <= end for start, end in ranges)


def _personal(text: str, value: str, kept_phrases) -> list[tuple[int, int]]:
    """Find where a labelled string stands as personal data.

    Not inside a longer control phrase ("Herr Koch" labelled, "der Koch vom Gasthaus" a
    control), and, when the same string is also listed as a control ("Bäcker" a name and
    "beim Bäcker" a shop), one occurrence fewer per such control (at least one stays
    personal).
    """
    occurrences = _occurrences(text, value)
    longer = [
        where
        for phrase in kept_phrases
        if phrase != value and value in phrase
        for where in _occurrences(text, phrase)
    ]
    personal = [where for where in occurrences if not _inside(where, longer)] or occurrences
    repeats = sum(phrase == value for phrase in kept_phrases)
    return personal[: max(1, len(personal) - repeats)]


def _ordinary(text: str, values, kept_phrases) -> str:
    """Blank out the labelled personal strings of a text (see :func:`_personal`)."""
    blank = bytearray(len(text))
    for value in values:
        for start, end in _personal(text, value, kept_phrases):
            blank[start:end] = b"\x01" * (end - start)
    return "".join(" " if blank[i] else char for i, char in enumerate(text))


def _leaks(record: dict, after: str) -> tuple[list[bool], Counter, Counter]:
    """Which labelled spans of a record are left in ``after``; the ordinary and left tokens."""
    text = record["text"]
    values = [span["value"] for span in record.get("pii", [])]
    kept_phrases = [control["value"] for control in record.get("controls", [])]
    expected = _tokens(_ordinary(text, values, kept_phrases))
    left = _tokens(_TAG.sub(" ", after))
    flags = [
        (span["value"] in after and not any(span["value"] in phrase for phrase in kept_phrases))
        or any(left[token] > expected[token] for token in _tokens(span["value"]))
        for span in record.get("pii", [])
    ]
    return flags, expected, left


def leaks(record: dict, after: str) -> tuple[list[bool], int]:
    """Tell, per labelled span of ``record``, whether it is left in the redacted ``after``.

    Returns the flags (in the order of ``record["pii"]``) and the number of ordinary words
    lost, both as :func:`score_redaction` counts them.
    """
    flags, expected, left = _leaks(record, after)
    return flags, sum((expected - left).values())


def score_redaction(records, redactor) -> RedactionScore:
    """Redact each record's text and compare with its labelled spans.

    Parameters
    ----------
    records : list of dict
        Labelled records (see :func:`load_labelled`).
    redactor : callable
        Takes a list of texts and returns the redacted texts (e.g.
        ``lambda t: redact(t).texts``).

    Returns
    -------
    RedactionScore

    Notes
    -----
    A span counts as removed only when none of its words or digit groups is left over:
    a word also occurring outside the labelled spans may stay as often as it occurs there,
    and so may a labelled string repeated in a control phrase ("Herr Koch" labelled, "der
    Koch vom Gasthaus" a control that must stay).
    """
    texts = [r["text"] for r in records]
    redacted = redactor(texts)
    score = RedactionScore()
    by_type: dict[str, list[int]] = {}
    by_category: dict[str, list[int]] = {}
    controls: dict[str, list[int]] = {}
    tokens: dict[str, list[int]] = {}
    for record, after in zip(records, redacted, strict=True):
        flags, expected, left = _leaks(record, after)
        for span, leaked in zip(record.get("pii", []), flags, strict=True):
            tallies = [by_type.setdefault(span["type"], [0, 0])]
            if "category" in span:
                tallies.append(by_category.setdefault(span["category"], [0, 0]))
            score.n_spans += 1
            for tally in tallies:
                tally[1] += 1
                tally[0] += not leaked
            if leaked:
                score.missed.append((record.get("id"), span["type"]))
            else:
                score.n_found += 1
        for control in record.get("controls", []):
            tally = controls.setdefault(control["category"], [0, 0])
            tally[1] += 1
            tally[0] += control["value"] in after
        lost = sum((expected - left).values())
        categories = {item["category"] for item in record.get("pii", []) if "category" in item}
        categories |= {item["category"] for item in record.get("controls", [])}
        for category in categories:
            tally = tokens.setdefault(category, [0, 0])
            tally[0] += lost
            tally[1] += sum(expected.values())
        score.n_tokens += sum(expected.values())
        score.n_lost += lost
        if lost:
            score.wrongly_removed.append(record.get("id"))
    score.by_type = {kind: tuple(v) for kind, v in sorted(by_type.items())}
    score.by_category = {kind: tuple(v) for kind, v in sorted(by_category.items())}
    score.controls = {kind: tuple(v) for kind, v in sorted(controls.items())}
    score.tokens_by_category = {kind: tuple(v) for kind, v in sorted(tokens.items())}
    return score
