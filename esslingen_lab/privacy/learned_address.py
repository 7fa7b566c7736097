"""A learned judge of homes described without a full address: the ``address-learned`` step.

People point at a home by what sets it apart: "im kleinen Häusle am Ende vom Steigle hinter
der Kirche in Sirnau", "die Mansarde über der alten Schmiede in Hegensberg". The rules take
some of these, often short of their end ("Ich wohne [ADRESSE], die Tür mit dem blauen
Fensterladen"). This step reads what every rule left (it runs last), finds anchors (a tag
``[ADRESSE]``, a dwelling word, a verb of living before a place) and cuts what stands around
each into pieces (:func:`~esslingen_lab.privacy.address_candidates.candidates`). A linear
model (``esslingen_lab/data/learned_address.npz``, written by
``benchmarks/train_address_model.py``) weighs each piece by its words, its place beside the
anchor and its sentence; the step takes an anchor's head and then its pieces outwards while
their log-odds are above :data:`REDACT_LOG_ODDS` (0: probability 0.5), and replaces the
whole as ``[ADRESSE]``.

Chosen by cross-validation over the labelled sets, five folds of whole writer sets
(``benchmarks/cv_address_model.py``, table in ``cv_address_model_result.txt``), against the
rules one would write instead on the same pieces. Without the weights file the step finds
nothing and logs why; turn it off with ``Redactor(disable=["address-learned"])``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from esslingen_lab.privacy.address_candidates import (
    candidates,
    chosen_spans,
    features,
)
from esslingen_lab.privacy.address_candidates import may_hold_candidates as may_hold_homes
from esslingen_lab.privacy.learned import read_weights
from esslingen_lab.privacy.linear_weights import LinearWeights, merge_overlaps

__all__ = [
    "AddressModel",
    "address_model",
    "learned_address_spans",
    "may_hold_homes",
    "weights_path",
]

#: log-odds above which a piece is taken (0: probability 0.5)
REDACT_LOG_ODDS = 0.0


class AddressModel(LinearWeights):
    """Weights of the pieces' features (:func:`features`); log-odds > 0 takes a piece."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return the extents taken, overlaps merged."""
        return merge_overlaps(chosen_spans(
            candidates(text), lambda piece: self.score(features(piece.facts)) > REDACT_LOG_ODDS
        ))  # fmt: skip


def weights_path():
    """Return the package's weights file (if missing, the step finds nothing)."""
    return resources.files("esslingen_lab") / "data" / "learned_address.npz"


@lru_cache(maxsize=4)
def address_model(path=None) -> AddressModel | None:
    """Return the model (default: the package's weights), or None if the file is missing."""
    return read_weights(
        weights_path() if path is None else path, AddressModel.from_file, packaged=path is None,
        what="learned address model",
        without="redaction goes without its last address rule; reinstall esslingen-lab or run "
        "benchmarks/train_address_model.py",
    )  # fmt: skip


def learned_address_spans(text: str) -> list[tuple[int, int]]:
    """Homes the rules left or cut short, as the model judges them (``address-learned``)."""
    model = address_model()
    return [] if model is None else model.spans(text)
