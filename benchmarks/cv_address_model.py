"""Cross-validate the learned address step (``address-learned``) against simple rules.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_address_model.py [--cache PATH]
(about 3 min the first time: the redactor without the step reads every labelled set once,
cached by the redaction code's hash)

Every labelled set (tests/fixtures/pii_*.jsonl) is redacted without the step. Each piece
around an anchor the rules left (:func:`esslingen_lab.privacy.address_candidates.candidates`)
is labelled a hit when its words stand in a labelled address the rules left (all of them, in
one labelled string). Five folds of whole sets (a writer never in training and test at
once), the model and folds of ``cv_description_model.py``; the step's choice
(:func:`~esslingen_lab.privacy.address_candidates.chosen_spans`: an anchor's head, then its
pieces outwards while each is taken) is scored per answer with
:func:`esslingen_lab.privacy.evaluation.leaks`: labelled strings gained (addresses among
them), ordinary words lost and controls lost. Beside it, the rules one would write instead
on the same pieces: every piece; the pieces of anchors in a sentence about living or an
address; only the pieces after a tag; pieces that open with a place word or a comma's
"das/die/der mit".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import cv_description_model as cv  # noqa: E402

from esslingen_lab.privacy import address_candidates as ac  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_address_rules_cache.json"
RULE = "address-learned"
TAG = "[ADRESSE]"
def build_rows(sets: dict[str, list[dict]], outputs: dict[str, str]) -> list[dict]:
    """One row per piece: set, answer, its anchors, the piece, features and whether a hit."""
    return cv.piece_rows(sets, outputs, "ADRESSE", ac.candidates, _pieces, ac.features)


def _pieces(anchor: dict) -> list:
    return [piece for piece in (anchor["head"], *anchor["after"], anchor["before"]) if piece]


def score(rows: list[dict], take) -> dict:
    """Apply the step's choice with ``take(row)`` judging each piece; tally per answer."""
    return cv.piece_score(rows, take, ac.chosen_spans, TAG, "ADRESSE", "addresses")


def _home(row) -> bool:
    return any(key.endswith((":home", ":address")) for key in row["features"])


def _place_or_mit(row) -> bool:
    words = row["piece"].facts["words"]
    return words[0] in ac._places() or (len(words) > 1 and words[1] == "mit")


BASELINES = {
    "every piece": lambda row: True,
    "sentence about living or an address": _home,
    "after a tag only": lambda row: row["piece"].facts["kind"] == "tag"
    and row["piece"].facts["where"] == "after",
    "place word or 'das mit' first": _place_or_mit,
    "living/address + place word first": lambda row: _home(row) and _place_or_mit(row),
}


def main() -> None:
    cv.report(__doc__, CACHE, RULE, build_rows, score, BASELINES, what="pieces",
              column="address", kind="addresses")  # fmt: skip


if __name__ == "__main__":
    main()
