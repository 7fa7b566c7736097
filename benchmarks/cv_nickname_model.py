"""Cross-validate the learned nickname step (``nickname-learned``) against simple rules.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_nickname_model.py [--cache PATH]
(about 3 min: the redactor without the step reads every labelled set once, cached by the
redaction code's hash)

Every labelled set (tests/fixtures/pii_*.jsonl) is redacted without the step. Each word in a
person's slot (:func:`esslingen_lab.privacy.nickname_candidates.candidates`) the rules left is
a hit when replacing it by ``[NAME]`` removes a labelled string
(:func:`esslingen_lab.privacy.evaluation.leaks`). Five folds of whole sets (a writer never in
training and test at once): the model is fitted on four, applied to the fifth, and the words
it takes are scored together per answer: labelled strings gained (nicknames among them),
ordinary words lost and controls lost. Beside it, the simple rules one would write instead
on the same candidates: every word no dictionary knows, every word no dictionary declines as
a noun, and those with a listed first name's first letters or a pet name's ending too.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from cv_description_model import report, span_rows, span_score  # noqa: E402

from esslingen_lab.privacy import nickname_candidates as nc  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_nickname_rules_cache.json"
RULE = "nickname-learned"
TAG = "[NAME]"
#: inverse strength of the L2 penalty, chosen on the step's first features (without word
#: frequency) at p > 0.5: C = 1 gained +86 strings for +15 words and -12 controls, C = 3
#: +101 for +17 and -10, C = 10 +110 for +33 and -21
C = 3.0


def build_rows(sets: dict[str, list[dict]], outputs: dict[str, str]) -> list[dict]:
    """One row per candidate word: set, answer, span, features and whether it is a hit."""
    return span_rows(sets, outputs, nc.candidates, nc.features, TAG)


def score(rows: list[dict], take) -> dict:
    """Replace every word ``take(row)`` says yes to; tally per answer."""
    return span_score(rows, take, TAG, "nicknames",
                      lambda span: span.get("category") == "name_nickname")  # fmt: skip


def _has(*names):
    return lambda row: all(row["features"].get(name) for name in names)


def _lacks(*names):
    return lambda row: not any(row["features"].get(name) for name in names)


BASELINES = {
    "every word no dictionary knows": _has("unknown"),
    "no declined noun, no lower-case word": _lacks("declined_noun", "lower_word"),
    "  and a first name's start or pet ending": lambda row: (
        _lacks("declined_noun", "lower_word")(row)
        and (_has("name_start")(row) or _has("pet_shape")(row) or _has("diminutive")(row))
    ),
    "unknown, capitalised, person's verb after": _has("unknown", "shape=cap", "person_verb_after"),
}


def main() -> None:
    report(__doc__, CACHE, RULE, build_rows, score, BASELINES, "candidate words", "nickn.",
           "nicknames", c=C)  # fmt: skip


if __name__ == "__main__":
    main()
