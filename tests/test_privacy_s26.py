"""Session 26: redaction cases found by reading the misses of the held-out sets fresh41/42
and by the session's reviews. Each case is what a reader of the redacted quote would see."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone's relative is one person even when the answer does not name that someone;
        # the relation stays before the tag, as "meine Tochter" does
        ("Sein Vater hat Demenz.", "Sein Vater [GESUNDHEIT]."),
        ("Ihre Tochter ist gehörlos.", "Ihre Tochter [GESUNDHEIT]."),
        ("Befragte sagt, ihr Mann habe seit dem zweiten Herzinfarkt keinen Führerschein mehr.",
         "Befragte sagt, ihr Mann [GESUNDHEIT]."),
        # a named relative: the name goes with the health detail
        ("Sie sagt, ihr Sohn Bohdan hat Epilepsie und sie muss oft zur Kinderklinik.",
         "Sie sagt, ihr Sohn [GESUNDHEIT] und sie muss oft zur Kinderklinik."),
        ("Eine Mutter erzählt, ihre Tochter habe eine schwere Epilepsie.",
         "Eine Mutter erzählt, ihre Tochter [GESUNDHEIT]."),
    ],
)
def test_health_of_someones_relative_goes(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # anyone's relative: a condition, a rule, a group
        "Wenn Ihr Kind Diabetes hat, sollte die Schule informiert werden.",
        "Falls Ihre Tochter gehörlos ist, bieten wir Gebärdensprache an.",
        "Wer seine Mutter mit Demenz pflegt, braucht mehr Unterstützung.",
        "Jede Familie, deren Sohn Autismus hat, kennt das Problem.",
        "Viele Eltern, deren Kinder Asthma haben, wünschen sich Infos online.",
    ],
)
def test_health_of_anyones_relative_stays(text):
    assert redact_text(text) == text
