"""Session 54: a learned judge of homes described without a full address (``address-learned``).

The step reads what every rule left, finds anchors (an ``[ADRESSE]`` tag, a dwelling word, a
verb of living before a place), cuts what stands around each into pieces and takes an
anchor's head and then its pieces outwards while its model weighs each above 0. The
project's exclusions are no matter of weights: a home verb said of anyone (a group, animals,
"man", the reader's "Sie"), a building talked about, a place too wide to single out a home
("in der Nähe", "über der Stadt") or a dwelling alone give nothing even when every piece is
taken.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest

from esslingen_lab.privacy import Redactor, learned_address
from esslingen_lab.privacy.address_candidates import candidates, chosen_spans

TAG = "[ADRESSE]"

# invented for this test; the rules alone leave (part of) the home, the step takes it whole
TAKEN = [
    ("Ich wohne seit Mai in der WG über dem Dönerladen am Bahnhofplatz, 4. Stock links.",
     "Ich wohne seit Mai [ADRESSE]."),
    ("Bitte Video-Ident.\nGrüße vom letzten Hof am Waldrand in Wäldenbronn, Gabi",
     "Bitte Video-Ident.\nGrüße [ADRESSE], [NAME]"),
]  # fmt: skip

# the project's exclusions: nothing taken even if every piece were
NO_ONE = [
    "Viele wohnen im Wohnwagen auf dem Stellplatz am Neckarufer, weil die Mieten hoch sind.",
    "Die Störche wohnen über dem Rathaus am Marktplatz.",  # animals
    "Stellen Sie sich vor, Sie wohnen im Hochhaus am Zollberg und der Aufzug ist kaputt.",
    "Wenn man im Hochhaus im zehnten Stock wohnt, ist das Handynetz wohl besser.",
    "Das Haus mit dem Schuppen links wird abgerissen.",  # a building talked about
    "Das Leben neben dem Bahnhof in Esslingen ist laut.",  # a noun, no verb of living
    "Ich wohne oben am Berg über der Altstadt.",  # too wide
    "Ich wohne unter dem Dach über der Stadt.",
    "Ich wohne im Erdgeschoss vom Mehrfamilienhaus, das ist mir egal.",  # a dwelling alone
    "Wir wohnen seit zehn Jahren in Berkheim, dritter Stock wäre mir zu hoch.",
    "Ich wohne [ADRESSE], das mit dem Aufzug ist eine Katastrophe.",  # a verb's subject
    "Wir wohnen [ADRESSE], links ist der Park.",
]


# left to the weights, which keep them
KEPT = [
    "Wir suchen ein Haus mit Garten für unsere Familie.",
    "Ich wohne in der Kelterstraße 5, direkt neben der Kirche.",  # a landmark after a street
    "Ich wohne in der Keplerstraße 3, das mit dem internet.",
]


@pytest.fixture(scope="module")
def redactors():
    return Redactor(), Redactor(disable=["address-learned"])


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_homes_the_rules_leave_are_taken_whole(text, expected, redactors):
    on, off = redactors
    [with_step], [without] = on.redact([text], n_jobs=1).texts, off.redact([text], n_jobs=1).texts
    assert with_step == expected
    assert without != expected  # the rules alone leave part of it


@pytest.mark.parametrize("text", NO_ONE)
def test_the_projects_exclusions_give_nothing_whatever_the_weights(text, redactors):
    assert chosen_spans(candidates(text), lambda piece: True) == []
    on, off = redactors
    assert on.redact([text], n_jobs=1).texts == off.redact([text], n_jobs=1).texts


@pytest.mark.parametrize("text", KEPT)
def test_what_the_weights_keep_stays(text, redactors):
    on, off = redactors
    assert on.redact([text], n_jobs=1).texts == off.redact([text], n_jobs=1).texts


def test_every_piece_taken_reads_the_whole_home():
    text = "Sie wohnt im kleinen Häusle am Ende vom Steigle hinter der Kirche in Sirnau."
    [(start, end)] = chosen_spans(candidates(text), lambda piece: True)
    assert text[start:end] == "im kleinen Häusle am Ende vom Steigle hinter der Kirche in Sirnau"


def test_a_piece_refused_ends_the_home_there():
    text = "Ich wohne [ADRESSE], die Tür mit dem Kranz, Klingel oben."
    [anchor] = candidates(text)
    pieces = [text[piece.start : piece.end] for piece in anchor["after"]]
    assert pieces == ["die Tür mit dem Kranz", "Klingel", "oben"]
    refused = anchor["after"][1]
    [(start, end)] = chosen_spans([anchor], lambda piece: piece is not refused)
    assert text[start:end] == "[ADRESSE], die Tür mit dem Kranz"
    # a tag with no piece beside it taken is left as it is
    assert chosen_spans([anchor], lambda piece: False) == []


def test_a_second_pass_changes_nothing(redactors):
    on, _ = redactors
    texts = [text for text, _ in TAKEN] + [
        "Wir wohnen in dem Haus, wo früher die Post in Hegensberg drin war.",
        "In meiner Wohnung im Dachgeschoss über der Sparkasse in Berkheim gibt es kein Netz.",
        "[ADRESSE], das mit dem Gerüst, hinter der Kirche in Sirnau.",
    ]
    once = on.redact(texts, n_jobs=1).texts
    assert on.redact(once, n_jobs=1).texts == once


def test_many_anchors_in_one_long_answer_take_linear_work():
    # the pieces of an anchor are bounded: ten times the text, about ten times the pieces
    small, large = "Haus " * 400, "Haus " * 4000
    count = [sum(len(a["after"]) + 2 for a in candidates(text)) for text in (small, large)]
    assert count[1] <= 11 * count[0]


def test_the_step_is_last_but_the_towns_and_can_be_switched_off(redactors):
    on, off = redactors
    names = on.rule_names
    assert names[names.index("address-learned") + 1 :] == [
        "adresse-adjective-before-after-learned", "adresse-continuation-after-learned",
        "nickname-learned",
    ]
    assert "address-learned" not in off.rule_names


def test_without_the_weights_the_step_finds_nothing_and_says_why(tmp_path, caplog):
    learned_address.address_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert learned_address.address_model(tmp_path / "missing.npz") is None
        assert "learned address model missing" in caplog.text
    finally:
        learned_address.address_model.cache_clear()


def test_the_weights_are_plain_arrays():
    with np.load(learned_address.weights_path(), allow_pickle=False) as data:
        names, weights = data["names"], data["weights"]
        assert names.dtype.kind == "U" and len(names) == len(weights) > 100
        assert np.isfinite(weights).all() and np.isfinite(data["intercept"])
    model = learned_address.address_model()
    assert model is not None and "head" in model.weights
