"""A role a small place has one of, at that place, is a description of one person."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text",
    [
        "Die Apothekerin in Sirnau hat mir beim Online-Rezept geholfen.",
        "Die Tagesmutter in der Hindenburgstraße hat noch Plätze.",
        "Unser Postbote in Hegensberg bringt die Briefe immer falsch.",
        "Der Hausarzt in Liebersbronn nimmt keine Patienten.",
        "Der Imker am Ende der Weinbergstraße hat eine Beschwerde geschrieben.",
        "Der Förster vom Schurwald hat uns den Weg gezeigt.",
        "Meine Friseurin in Sulzgries ist super.",
    ],
)
def test_a_local_role_at_a_small_place_is_removed(text):
    assert redact_text(text).startswith("[PERSON-BESCHREIBUNG] ")


@pytest.mark.parametrize(
    "text",
    [
        "Der Hausarzt in Stuttgart nimmt keine Patienten.",  # a big city: many doctors
        "Ich war beim Hausarzt in Liebersbronn.",  # not what the answer is about
        "Die Apotheker in Sirnau haben zu.",  # a group
        "Der Metzger vom Marktplatz muss jede Kontrolle auf Papier quittieren.",  # no name
        "Die Busfahrer in Esslingen streiken.",
    ],
)
def test_big_places_groups_and_unnamed_places_stay(text):
    assert redact_text(text) == text
