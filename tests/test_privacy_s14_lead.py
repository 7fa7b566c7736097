"""Findings of the session-13 review fixed in session 14: naming after "und heiße", name
fields left unanswered, Turkish form labels, Swabian stairs."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Ich bin 1958 geboren und heiße Waltraud Seibold.", "Waltraud Seibold"),
        ("ich wohn jetzt in Oberesslingen und heisse Yıldırım.", "Yıldırım"),
        ("Adı: Elif, Soyadı: Karataş", "Karataş"),
        ("Ad Soyad: Mehmet Aksoy", "Mehmet Aksoy"),
    ],
)
def test_names_are_removed(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Auf dem Fest verkaufe ich Kuchen und heiße Getränke.",
        "Name: weiß nicht",
        "Name: anonym",
        "Name: möchte ich nicht sagen",
        "Doğum tarihi: bitte im Formular ergänzen",
        "Die Stäffele in der Altstadt sind für Rollatoren zu steil.",
    ],
)
def test_ordinary_words_stay(text):
    assert redact_text(text) == text


def test_a_name_after_an_unanswered_label_elsewhere_still_goes():
    out = redact_text("Name: anonym. Kontakt: Jürgen Pfleiderer")
    assert "anonym" in out and "Pfleiderer" not in out
