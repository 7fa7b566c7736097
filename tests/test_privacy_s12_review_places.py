"""Session 12, after the review: own streets, birth years and health details.

Each family is tested with invented sentences (other words, dialect, lower case) and with
ordinary sentences of the same shape that must stay.
"""

import pytest

from esslingen_lab.privacy import redact_text

# ---- own street: long text without a full stop stays linear (P5, P20, P30)


@pytest.mark.parametrize("chunk", [
    "ich wohne in der Mühlgasse ",
    "unsere Oma wohnt in der Ritterstraße und ",
    "lebt Mühlgasse ",
])
def test_own_street_in_long_text_without_full_stop(chunk):
    # quadratic before (a look-back to the sentence's start for each street): 300 repeats
    # must come out like one, street by street
    text = chunk * 300
    out = redact_text(text)
    assert out.count("[ADRESSE]") == 300


@pytest.mark.parametrize(("text", "kept"), [
    # a group word before the cue keeps the street, also after an earlier sentence
    ("Ich wohne in der Ritterstraße. Viele Familien wohnen in der Pliensaustraße.",
     "Pliensaustraße"),
    ("viele Familien wohnen in der Pliensaustraße", "Pliensaustraße"),
])
def test_group_living_in_a_street_stays(text, kept):
    assert kept in redact_text(text)


def test_own_street_after_a_group_sentence_goes():
    out = redact_text("Viele Leute wohnen in der Pliensaustraße. Ich wohne in der Mühlgasse.")
    assert "Mühlgasse" not in out and "Pliensaustraße" in out
