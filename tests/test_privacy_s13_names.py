"""Session 13, names: cue gaps, nicknames, lower-case names, signatures (invented sentences).

Each family has variants that must lose the name and controls that must stay unchanged.
"""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text

# ---- cues the cue-word rules missed: "Fräulein", couples, "Fr" without period, "Von" -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fräulein Häfele hat uns geholfen.", "Fräulein [NAME] hat"),
        ("Frl Kächele vom Bürgerbüro war nett.", "Frl [NAME] vom"),
        ("Die Eheleute Kübler wohnen nebenan.", "Eheleute [NAME] wohnen"),
        ("Das Ehepaar Schmid-Oswald hat sich beschwert.", "Ehepaar [NAME] hat"),
        ("Die Geschwister Yilmaz spielen im Hof.", "Geschwister [NAME] spielen"),
        ("Danke an Fr Kübler für die Hilfe.", "an Fr [NAME] für"),
        ("Fr Häfele vom Bürgeramt war nett.", "Fr [NAME] vom"),
        ("Bitte mit Fr Vogel klären.", "mit Fr [NAME] klären"),
        ("Danke an Fr Kübler und Fr Häfele.", "Fr [NAME] und Fr [NAME]."),
        ("Herr Von der Leyen hat angerufen.", "Herr [NAME] hat"),
        ("Frau Van der Berg vom Bauamt.", "Frau [NAME] vom"),
        ("Familie Von Berg wohnt hier.", "Familie [NAME] wohnt"),
        ("Herrn Zu Knyphausen bitte ausrichten.", "Herrn [NAME] bitte"),
    ],
)
def test_cue_gaps_remove_the_name(text, expected):
    assert expected in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sprechzeiten Mo-Fr 8-12 Uhr.",
        "Am Fr Nachmittag ist zu.",
        "Fr 14 Uhr Treffen im Rathaus.",
        "Mo bis Fr Vormittag geöffnet.",
        "Termin am Fr Vormittag.",
        "Fr Abend geht auch.",
        "Das Fräulein vom Amt war nett.",
        "Ein Ehepaar Anfang 70 hat gefragt.",
        "Das Ehepaar aus dem dritten Stock.",
        "Eheleute mit Kindern brauchen mehr Platz.",
        "Die Geschwister-Scholl-Schule braucht WLAN.",
        "Frau Von der Stadtverwaltung kam keiner.",
        "Herr Von Amts wegen geht das nicht.",
    ],
)
def test_cue_gap_controls_stay(text):
    assert redact_text(text) == text
