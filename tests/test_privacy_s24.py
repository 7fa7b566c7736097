"""Session 24: words wrongly taken as personal data (a signature's office, a wine's year, a
table's place) and leaks found on the development sets, with what must stay."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signature's office after the name stays: a compound noun with an office's ending
        ("Viele Grüße\nAnna Elternbeirat", "Viele Grüße\n[NAME] Elternbeirat"),
        ("Grüße, Jonas Förderverein", "Grüße, [NAME] Förderverein"),
        # the year of a wine or a cohort is no one's birth year; a person's still is
        ("Der Riesling vom Jahrgang dreißig war gut.", "Der Riesling vom Jahrgang dreißig war gut."),
        ("ich bin vom Jahrgang 58", "ich bin vom [DATUM]"),
        ("Mein Vater, der Jahrgang 38 ist, kann das nicht.",
         "Mein Vater, der [DATUM] ist, kann das nicht."),
        ("Ich bin Jahrgang dreißig.", "Ich bin [DATUM]."),
        # a table's place is no street; a square's name ends in "-er"
        ("VfB Stuttgart Platz 3, des isch doch was", "VfB Stuttgart Platz 3, des isch doch was"),
        ("Ich wohne am Berliner Platz 3.", "Ich wohne am [ADRESSE]."),
    ],
)
def test_session_24_cases(text, expected):
    assert redact_text(text) == expected
