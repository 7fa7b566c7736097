"""Session 11: repetition attacks finish with sane output (no wall-clock assertions)."""

import re

import pytest

from esslingen_lab.privacy import redact_text

_FRAGMENT = re.compile(r"\]\w")  # "[ADRESSE]m": a tag that cut a word


@pytest.mark.parametrize(
    ("unit", "times", "most_tags"),
    [
        ("das Haus mit dem ", 2000, 2000),
        ("hört sehr schlecht ", 600, 600),
        ("Herzschwäche ", 600, 600),
        ("im Krankenhaus ", 600, 600),
    ],
)
def test_repetition_attacks_finish_unmangled(unit, times, most_tags):
    text = unit * times
    out = redact_text(text)
    assert not _FRAGMENT.search(out)
    assert out.count("[") <= most_tags
    # what is left untagged is the text's own words
    left = set(re.sub(r"\[[A-Z]+\]", " ", out).split())
    assert left <= set(unit.split())


def test_dwelling_phrase_in_ordinary_text_unchanged():
    text = "Wir sind die Nummer 4, das Haus mit dem Schuppen links."
    out = redact_text(text)
    assert "Schuppen" not in out
    assert not _FRAGMENT.search(out)


@pytest.mark.parametrize(
    "text",
    [
        "Mein Opa hört sehr schlecht auf Ratschläge.",
        "Mein Vater kann nicht gut laufen lassen, was andere sagen.",
        "Ich höre schlecht, was die Durchsage sagt, weil sie so leise ist.",
        "Ich sehe schlecht, wo der Eingang ist.",
    ],
)
def test_hearing_seeing_walking_idioms_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mein Opa hört sehr schlecht.", "[GESUNDHEIT]."),
        ("Meine Mutter kann nicht gut laufen.", "[GESUNDHEIT]."),
    ],
)
def test_impaired_function_still_found(text, expected):
    assert redact_text(text) == expected
