"""Session 41: what the new writer sets showed (older residents, building permits, youth)."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a floor of one building named with a definite article singles out a home
        (
            "Wir wohnen im Souterrain vom Pfarrhaus in Liebersbronn, der Pfarrer hilft uns.",
            "Wir wohnen [ADRESSE], der Pfarrer hilft uns.",
        ),
        (
            "Wir wohnen im Dachgeschoss der alten Brauerei in Mettingen.",
            "Wir wohnen [ADRESSE].",
        ),
        # … not a house's plain word, not an indefinite one
        (
            "Wir wohnen im Erdgeschoss vom Haus, deshalb hören wir alles.",
            "Wir wohnen im Erdgeschoss vom Haus, deshalb hören wir alles.",
        ),
        (
            "Ich wohne im Erdgeschoss von einem Mehrfamilienhaus.",
            "Ich wohne im Erdgeschoss von einem Mehrfamilienhaus.",
        ),
        # a home in words inside a relative clause; the pronoun stays
        (
            "Und die alte Dame, die im Erdgeschoss vom blauen Mehrfamilienhaus neben dem "
            "Kindergarten in Hegensberg wohnt, hat kein Telefon.",
            "Und die alte Dame, die [ADRESSE] wohnt, hat kein Telefon.",
        ),
        (
            "Der Kalle vom Förderverein (der, der im Wohnwagen hinterm Vereinsheim in Weil "
            "haust) hat die Liste.",
            "Der [NAME] vom Förderverein (der, der [ADRESSE] haust) hat die Liste.",
        ),
        # … not where many live or a district alone is named
        (
            "Viele Familien, die in der Pliensauvorstadt wohnen, haben kein Auto.",
            "Viele Familien, die in der Pliensauvorstadt wohnen, haben kein Auto.",
        ),
        (
            "Die Störche, die im Nest auf dem alten Rathaus wohnen, sind zurück.",
            "Die Störche, die im Nest auf dem alten Rathaus wohnen, sind zurück.",
        ),
        # a noble double name goes on after its hyphenated particle
        (
            "Und Frau Brenner-von Au, mit der ich mich dort treffe, auch.",
            "Und Frau [NAME], mit der ich mich dort treffe, auch.",
        ),
        ("Frau Kolb-von der Heyde hat angerufen.", "Frau [NAME] hat angerufen."),
        ("Herr Mül-ler kam.", "Herr [NAME] kam."),
        # Dutch particles written with a capital, as Belgians do
        ("Kontoinhaber Stefan Van den Berg.", "Kontoinhaber [NAME]."),
        ("Wir fahren mit dem Van der Firma.", "Wir fahren mit dem Van der Firma."),
        # an adjective whose lemma ends in "n" is an adjective: no name after it
        (
            "Haus mit dem grünen Tor gegenüber vom Bolzplatz.",
            "Haus mit dem grünen Tor gegenüber vom Bolzplatz.",
        ),
        (
            "- allgemeiner Wunsch: Formulare in leichter Sprache",
            "- allgemeiner Wunsch: Formulare in leichter Sprache",
        ),
    ],
)
def test_session41_cases(text, expected):
    assert redact_text(text) == expected
