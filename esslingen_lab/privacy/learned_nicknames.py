"""A learned judge of words in a person's slot: the redactor's ``nickname-learned`` step.

Spoken German names a person with an article: "der Bolle vom Jugendhaus", "mei Spezl dr
Lucky hot gmoint", "beim Memo vom Kiosk". The rules take such a word where its form or its
frame is certain; many nicknames are words too ("Bolle", "Flocke") or no list knows them
("Butzi", "Schani"), and the same slot holds every noun ("der Bus", "beim Amt"). This step
reads what every rule left and weighs each word after an article or a preposition
(:func:`~esslingen_lab.privacy.nickname_candidates.candidates`) with a linear model
(``esslingen_lab/data/learned_nicknames.npz``, written by
``benchmarks/train_nickname_model.py``): how often the word stands in German text
(``wordfreq``: "Ampel" is an everyday noun, "Butzi" is not), its look-ups (a noun the
dictionary declines, a listed first name or its first letters, a pet name's ending) and its
neighbours (the article, a person's verb, "vom …", a relative clause, a relative before it).
A word above :data:`REDACT_LOG_ODDS` becomes ``[NAME]``.

Chosen by cross-validation over the labelled sets, five folds of whole writer sets
(``benchmarks/cv_nickname_model.py``, table in ``cv_nickname_model_result.txt``). Without the
weights file the step finds nothing and logs why; turn it off with
``Redactor(disable=["nickname-learned"])``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from esslingen_lab.privacy.learned import read_weights
from esslingen_lab.privacy.linear_weights import LinearWeights
from esslingen_lab.privacy.nickname_candidates import candidates, features, may_hold_candidates

__all__ = [
    "NicknameModel",
    "learned_nickname_spans",
    "may_hold_candidates",
    "nickname_model",
    "weights_path",
]

#: log-odds above which a word is taken (0: probability 0.5)
REDACT_LOG_ODDS = 0.0


class NicknameModel(LinearWeights):
    """Weights of the candidates' features (:func:`features`); log-odds > 0 takes a word."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return the words taken."""
        return [
            (start, end)
            for start, end, facts in candidates(text)
            if self.score(features(facts)) > REDACT_LOG_ODDS
        ]


def weights_path():
    """Return the package's weights file (if missing, the step finds nothing)."""
    return resources.files("esslingen_lab") / "data" / "learned_nicknames.npz"


@lru_cache(maxsize=4)
def nickname_model(path=None) -> NicknameModel | None:
    """Return the model (default: the package's weights), or None if the file is missing."""
    return read_weights(
        weights_path() if path is None else path, NicknameModel.from_file,
        packaged=path is None, what="learned nickname model",
        without="redaction goes without its last name rule; reinstall esslingen-lab or run "
        "benchmarks/train_nickname_model.py",
    )  # fmt: skip


def learned_nickname_spans(text: str) -> list[tuple[int, int]]:
    """Words in a person's slot the rules left, as the model judges them (``nickname-learned``)."""
    model = nickname_model()
    return [] if model is None else model.spans(text)
