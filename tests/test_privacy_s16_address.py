"""Session 16: a home told as a flat above or below a landmark ("überm Bäcker", "im zweiten
Stock über der Sparkasse") or as a room in a home or hall of residence ("Zimmer 214")."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("wir wohnen in der wohnung überm bäcker an der hauptstraße", "bäcker"),
        ("Meine Mutter lebt im zweiten Stock über der Sparkasse in Mettingen.", "Sparkasse"),
        ("Ich wohne im 2. Stock über dem Blumenladen am Rossmarkt.", "Blumenladen"),
        ("Ich wohne im Studentenwohnheim am Zollberg, Zimmer 214.", "214"),
        ("Ich lebe im Seniorenheim am Kronenhof, Zimmer 12.", "Kronenhof"),
    ],
)
def test_a_home_above_a_landmark_or_a_numbered_room_is_an_address(text, place):
    out = redact_text(text)
    assert place not in out
    assert "[ADRESSE]" in out


def test_a_room_number_ends_its_sentence():
    out = redact_text("Ich wohne im Wohnheim am Zollberg, Zimmer 214. Das WLAN dort ist schlecht.")
    assert out == "Ich wohne [ADRESSE]. Das WLAN dort ist schlecht."


@pytest.mark.parametrize(
    "text",
    [
        "Die Wohnung über der Sparkasse in Mettingen steht leer.",  # no one lives there
        "Ich wohne über dem Durchschnitt.",
        "Wir wohnen unter der Woche in Stuttgart.",
        "Ich wohne seit über einem Jahr hier.",
        "Wir leben über unseren Verhältnissen.",
        "Die Wohnung über der Apotheke am Markt steht leer.",  # no one's home named
        "Im zweiten Stock des Rathauses ist das Bürgeramt.",
        "Die Sprechstunde ist im Rathaus, Zimmer 214.",
        "Ich wohne in Zell, Zimmer 3 ist das Kinderzimmer.",
    ],
)
def test_other_uses_of_the_same_words_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Wir wohnen zu fünft in der Wohnung, Zimmer 3 sind zu wenig.",  # a count, no room
        "Ich wohne unter dem Dach über der Stadt.",  # a view, no landmark
        "Ich wohne oben am Berg über der Altstadt.",
    ],
)
def test_a_view_or_a_count_of_rooms_is_no_address(text):
    assert redact_text(text) == text


def test_a_long_direction_is_never_cut_inside_a_word():
    out = redact_text("Ich wohne in der Wohnung " + "überm Bäcker " * 12 + "an der Hauptstraße.")
    assert "]auptstraße" not in out
    assert "[ADRESSE]" in out
