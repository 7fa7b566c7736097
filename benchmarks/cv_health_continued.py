"""Cross-validate the ``health-continued`` step against simple rules on the same pieces.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_health_continued.py [--cache PATH]
(about 3 min the first time: the redactor without the step reads every labelled set once,
cached by the redaction code's hash)

Every labelled set (tests/fixtures/pii_*.jsonl) is redacted without the step. Each piece
after a ``[GESUNDHEIT]`` tag the rules left
(:func:`esslingen_lab.privacy.health_continuation.candidates`) is a hit when its words stand
in a labelled health detail the rules left (all of them, in one labelled string). Five folds
of whole sets (a writer never in training and test at once), the model and folds of
``cv_description_model.py``; the step's choice (a tag's pieces outwards while each is taken)
is scored per answer with :func:`esslingen_lab.privacy.evaluation.leaks`: labelled strings
gained (health details among them), ordinary words lost and controls lost. Beside it, the
rules one would write instead on the same pieces: every piece; every piece that is no new
clause ("und wir …"); those opening with "und"; those with a negation or a health word; and
the model at its shipped thresholds (0.3, but 0.5 for a piece right after the tag: see
:data:`esslingen_lab.privacy.health_continuation.MAIN_CLAUSE_LOG_ODDS`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import cv_description_model as cv  # noqa: E402

from esslingen_lab.privacy import health_continuation as hc  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_health_continued_cache.json"
RULE = "health-continued"
# a word seen in fewer pieces gets no weight: one answer's "Schulbus" or "Woche" said nothing
# of health (cross-validated: +211 strings for +1,100 words against +197 for +1,055 words
# with every feature; 3 gave +210 for +1,123)
MIN_COUNT = 5


def build_rows(sets: dict[str, list[dict]], outputs: dict[str, str]) -> list[dict]:
    """One row per piece: set, answer, its chains, the piece, features and whether a hit."""
    return cv.piece_rows(sets, outputs, "GESUNDHEIT", hc.candidates, list, hc.features)


def score(rows: list[dict], take) -> dict:
    """Apply the step's choice with ``take(row)`` judging each piece; tally per answer."""
    return cv.piece_score(rows, take, hc.chosen_spans, hc.TAG, "GESUNDHEIT", "health")


def _clause(row) -> bool:
    return "subject" not in row["features"]


BASELINES = {
    "every piece": lambda row: True,
    "no new clause": _clause,
    "'und', no new clause": lambda row: _clause(row) and row["piece"].facts["opener"] == "und",
    "no new clause, negation or health word": lambda row: _clause(row)
    and ("negation" in row["features"] or "health_word" in row["features"]),
    # the step as shipped: p > 0.3, but p > 0.5 for a piece right after the tag
    "model as shipped (0.3; main clause 0.5)": lambda row: row["p"]
    > (0.5 if row["piece"].facts["opener"] == "none" else 0.3),
}


def main() -> None:
    cv.report(__doc__, CACHE, RULE, build_rows, score, BASELINES, what="pieces",
              column="health", kind="health", min_count=MIN_COUNT)  # fmt: skip


if __name__ == "__main__":
    main()
