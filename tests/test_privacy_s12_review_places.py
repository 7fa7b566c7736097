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


# ---- "am Stock gehen" said of being worn out (P18)


@pytest.mark.parametrize("text", [
    "Ich geh am Stock, so müde bin ich",
    "nach der Woche gehen wir alle total am Stock",
    "I geh am Stock, i bin total kaputt",
])
def test_worn_out_idiom_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Mein Vater geht am Stock.",
    "Meine Oma läuft am Stock und braucht Hilfe beim Einkaufen.",
])
def test_walking_stick_goes(text):
    assert "[GESUNDHEIT]" in redact_text(text)


# ---- the health detail as a reason: only the detail goes (P28)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ich brauche den Aufzug wegen meinem Rollator",
     "Ich brauche den Aufzug [GESUNDHEIT]"),
    ("Wir brauchen eine Rampe für meinen Rollstuhl.",
     "Wir brauchen eine Rampe für meinen [GESUNDHEIT]."),
])
def test_reason_tags_only_the_detail(text, expected):
    assert redact_text(text) == expected


def test_statement_with_one_verb_keeps_its_extent():
    out = redact_text("Ich bin wegen meiner Depression krankgeschrieben.")
    assert "Depression" not in out and "krankgeschrieben" not in out


# ---- ideas and projects "born" in a year (P17)


@pytest.mark.parametrize("text", [
    "Das Projekt ist 1987 geboren worden",
    "Die Idee wurde 2019 geboren",
    "Die Idee zum Stadtteilfest wurde schon 2015 geboren.",
    "der plan war 2020 geboren",
])
def test_idea_born_in_a_year_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Ich bin 1987 geboren",
    "Meine Tochter wurde 2019 geboren.",
    "Unser Kaplan ist 1950 geboren.",
])
def test_person_born_in_a_year_goes(text):
    assert "[DATUM]" in redact_text(text)
