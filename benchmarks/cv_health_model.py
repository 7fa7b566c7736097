"""Cross-validate the learned health step (``health-learned``) against simple rules.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_health_model.py [--cache PATH]
(about 3 min the first time: the redactor without the step reads every labelled set once,
cached by the redaction code's hash)

Every labelled set (tests/fixtures/pii_*.jsonl) is redacted without the step. Each health
word the rules left (:func:`esslingen_lab.privacy.health_candidates.candidates`) is labelled
a hit when replacing its extent by ``[GESUNDHEIT]`` removes a labelled string the rules left
(:func:`esslingen_lab.privacy.evaluation.leaks`). Five folds of whole sets (a writer never in
training and test at once), the model and folds of ``cv_description_model.py``; the
candidates taken are scored together per answer: labelled strings gained (health details
among them), ordinary words lost and controls lost. Beside it, the rules one would write
instead on the same candidates (none of them one the health rule's exclusions speak
against): every candidate; those whose lexicon conditions are met; those with a person (as
the rule reads persons) in their clause; both; those with the writer ("ich", "mein") in
their sentence.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import cv_description_model as cv  # noqa: E402

from esslingen_lab.privacy import health_candidates as hc  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_health_rules_cache.json"
RULE = "health-learned"
TAG = "[GESUNDHEIT]"


def build_rows(sets: dict[str, list[dict]], outputs: dict[str, str]) -> list[dict]:
    """One row per candidate: set, answer, span, features and whether it is a hit."""
    return cv.span_rows(sets, outputs, hc.candidates, hc.features, TAG)


def score(rows: list[dict], take) -> dict:
    """Apply the candidates ``take(row)`` says yes to, merged; tally per answer."""
    return cv.span_score(rows, take, TAG, "health", lambda span: span.get("type") == "GESUNDHEIT")


BASELINES = {
    "every candidate": lambda row: True,
    "lexicon's conditions met": lambda row: "loose" not in row["features"],
    "person in clause": lambda row: any(name.startswith("c_person=") for name in row["features"]),
    "conditions met + person in clause": lambda row: (
        "loose" not in row["features"]
        and any(name.startswith("c_person=") for name in row["features"])
    ),
    "writer in sentence": lambda row: any(
        name in row["features"] for name in ("s_ich", "s_poss1", "s_bin", "s_habe")
    ),
}


def main() -> None:
    cv.report(__doc__, CACHE, RULE, build_rows, score, BASELINES, what="candidates",
              column="health", kind="health")  # fmt: skip


if __name__ == "__main__":
    main()
