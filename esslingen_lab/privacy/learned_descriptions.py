"""A learned judge of phrases that single out one person: the redactor's ``description-learned``.

The rules take a description when its form is certain ("die einzige Hebamme in Zell", "die
Frau vom Kulturamt, die die Genehmigungen macht"). Many are told in forms no rule fits, and
each rule that would fit them also takes ordinary text. This step reads what every rule left
and weighs each phrase built around one person:

- **a candidate** is a person noun ("die alte Dame", "der Busfahrer", "meine Oma"), a "der/die
  mit …/von …" ("die mit dem Blumenstand") or a ``[PERSON-BESCHREIBUNG]`` a rule left short,
  with what ties it to a place ("aus dem Erdgeschoss", "der Linie 119", "vom Eckhaus an der
  Pliensaubrücke") and, as a second candidate, the relative clause after it ("…, die früher
  Lehrerin an der Katharinenschule war");
- **a linear model** (``esslingen_lab/data/learned_descriptions.npz``, written by
  ``benchmarks/train_description_model.py``) weighs its words: the head noun, the article
  (definite, indefinite, "mein"), adjectives ("einzige", "ehemalige"), the ties and the nouns
  in them (a proper name, a number), the clause's words (a habit, the writer), the words
  before and after;
- per person, the candidate the model is surest of becomes ``[PERSON-BESCHREIBUNG]`` when
  its log-odds are above :data:`REDACT_LOG_ODDS` (0: probability 0.5).

The project's exclusions are no matter of weights: office holders, staff of a city office or a
service desk, roles at big institutions, anyone, plurals, a workplace alone, local roles,
relatives of role holders, the writer's own dealings, traits and rules said of anyone give no
candidate at all (:func:`candidates`).

Chosen by cross-validation over the labelled sets, five folds of whole writer sets
(``benchmarks/cv_description_model.py``, table in ``cv_description_model_result.txt``). A
candidate counts as a hit when taking it removes a labelled string the rules left. Without
the weights file the step finds nothing and logs why.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from esslingen_lab.privacy.description_candidates import candidates, features
from esslingen_lab.privacy.learned import read_weights
from esslingen_lab.privacy.linear_weights import LinearWeights, merge_overlaps

__all__ = [
    "DescriptionModel",
    "candidates",
    "description_model",
    "features",
    "learned_description_spans",
    "load",
    "weights_path",
]

#: log-odds above which a candidate is taken (0: probability 0.5)
REDACT_LOG_ODDS = 0.0


class DescriptionModel(LinearWeights):
    """Weights of the features (:func:`features`) and an intercept; log-odds > 0 redacts."""

    def log_odds(self, facts: dict, words: list[str]) -> float:
        """Return a candidate's log-odds of singling out one person."""
        return self.score(features(facts, words))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return per person the candidate with the highest log-odds above the threshold.

        The longer reading wins when the model is surer of it: "der Kerl vom Kiosk an der
        Haltestelle Brühl, der immer Radio hört" whole, not its first half (cross-validated:
        two strings more for 13 ordinary words than the shortest above the threshold).
        Overlapping spans are merged.
        """
        best: dict[tuple[int, int], tuple[float, int, int]] = {}
        for start, end, facts, words in candidates(text):
            person = (facts["start"], facts["head_at"])
            odds = self.log_odds(facts, words)
            if odds > REDACT_LOG_ODDS and odds > best.get(person, (REDACT_LOG_ODDS,))[0]:
                best[person] = (odds, start, end)
        return merge_overlaps((start, end) for _, start, end in best.values())


def weights_path():
    """Return the package's weights file (if missing, the step finds nothing)."""
    return resources.files("esslingen_lab") / "data" / "learned_descriptions.npz"


def load(path) -> DescriptionModel:
    """Load a model from a ``.npz`` file (plain arrays, no pickle)."""
    return DescriptionModel.from_file(path)


@lru_cache(maxsize=4)
def description_model(path=None) -> DescriptionModel | None:
    """Return the model (default: the package's weights), or None if the file is missing."""
    return read_weights(
        weights_path() if path is None else path, load, packaged=path is None,
        what="learned description model",
        without="redaction goes without its last description rule; reinstall esslingen-lab "
        "or run benchmarks/train_description_model.py",
    )  # fmt: skip


def learned_description_spans(text: str) -> list[tuple[int, int]]:
    """Phrases that single out one person, as the model judges them (``description-learned``)."""
    model = description_model()
    return [] if model is None else model.spans(text)
