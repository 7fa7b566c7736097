"""A learned judge of health details the rules left: the redactor's ``health-learned`` step.

The health rule tags a term only beside a person it is sure of ("Mein Vater ist dement").
Health details told otherwise stayed: "Er hat mir gesagt, er hat Krebs", "Meine Schwester
hat seit dem Unfall einen Gips am Arm", "Meine Oma ist seit ihrem Sturz kaum noch mobil"
(the step takes these three). Others it reads but weighs below the threshold ("Ben ist in
der 2. Klasse und hat ADHS", "Mein Mann hat seit 2019 MS"). This step reads
what every rule left (it runs last) and weighs each health word in it
(:func:`~esslingen_lab.privacy.health_candidates.candidates`) with a linear model
(``esslingen_lab/data/learned_health.npz``, written by ``benchmarks/train_health_model.py``)
over its words and the persons around it; a candidate whose log-odds are above
:data:`REDACT_LOG_ODDS` (0: probability 0.5) becomes ``[GESUNDHEIT]``.

Chosen by cross-validation over the labelled sets, five folds of whole writer sets
(``benchmarks/cv_health_model.py``, table in ``cv_health_model_result.txt``): a candidate
counts as a hit when taking it removes a labelled string the rules left; the model is
compared there with the rules one would write instead on the same candidates (every
candidate, those whose lexicon conditions are met, those with a person in their clause).
Without the weights file the step finds nothing and logs why; turn it off with
``Redactor(disable=["health-learned"])``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from esslingen_lab.privacy.health_candidates import candidates, features, may_hold_candidates
from esslingen_lab.privacy.learned import read_weights
from esslingen_lab.privacy.linear_weights import LinearWeights, merge_overlaps

__all__ = [
    "HealthModel",
    "health_model",
    "learned_health_spans",
    "may_hold_candidates",
    "weights_path",
]

#: log-odds above which a candidate is taken (0: probability 0.5)
REDACT_LOG_ODDS = 0.0


class HealthModel(LinearWeights):
    """Weights of the candidates' features (:func:`features`); log-odds > 0 redacts."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return the extents of the candidates above the threshold, overlaps merged."""
        return merge_overlaps((start, end) for start, end, facts in candidates(text)
                              if self.score(features(facts)) > REDACT_LOG_ODDS)  # fmt: skip


def weights_path():
    """Return the package's weights file (if missing, the step finds nothing)."""
    return resources.files("esslingen_lab") / "data" / "learned_health.npz"


@lru_cache(maxsize=4)
def health_model(path=None) -> HealthModel | None:
    """Return the model (default: the package's weights), or None if the file is missing."""
    return read_weights(
        weights_path() if path is None else path, HealthModel.from_file, packaged=path is None,
        what="learned health model",
        without="redaction goes without its last health rule; reinstall esslingen-lab or run "
        "benchmarks/train_health_model.py",
    )  # fmt: skip


def learned_health_spans(text: str) -> list[tuple[int, int]]:
    """Health details the rules left, as the model judges them (``health-learned``)."""
    model = health_model()
    return [] if model is None else model.spans(text)
