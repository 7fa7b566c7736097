"""Session 16: court and prosecution file numbers whole ("Az. 2 Js 4471/25", "4 XVII 217/23")
and any "…-ID" before its number ("Kunden-ID 44018", "SchülerID 44018")."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anzeige gemacht (Az. 2 Js 4471/25), keine Antwort.",
            "Anzeige gemacht (Az. [ID]), keine Antwort.",
        ),
        ("Aktenzeichen Betreuung: 4 XVII 217/23", "Aktenzeichen Betreuung: [ID]"),
        ("Az. 3 K 1234/22 bitte angeben", "Az. [ID] bitte angeben"),
        ("Schüler-ID 44018 an der Realschule", "Schüler-ID [ID] an der Realschule"),
        ("Kunden-ID: 44018", "Kunden-ID: [ID]"),
        ("SchülerID 44018", "SchülerID [ID]"),
        ("Die Kunden-ID ist 44018.", "Die Kunden-ID ist [ID]."),
    ],
)
def test_file_numbers_and_ids_go_whole(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Az. 12 Ab 3 Tagen", "Az. [ID] Ab 3 Tagen"),  # a word after the number is no register
        ("Az 4711 Am 3. Mai", "Az [ID] Am 3. Mai"),
        ("COVID 19 war schlimm", "COVID 19 war schlimm"),
        ("Covid-19 hat alles verändert", "Covid-19 hat alles verändert"),
        ("Apple-ID vergessen, seit 3 Tagen", "Apple-ID vergessen, seit 3 Tagen"),
        ("Die Kunden-ID ist ungültig, seit 3 Tagen.", "Die Kunden-ID ist ungültig, seit 3 Tagen."),
    ],
)
def test_what_follows_a_number_or_an_id_word_stays(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Kunden-ID ist 2024 eingeführt worden.",
        "Mit der BundID 2025 beantragen",
        "Apple-ID 2FA funktioniert nicht",
        "Die Apple-ID 2-Faktor-Authentifizierung nervt",
    ],
)
def test_a_year_or_a_feature_after_an_id_word_stays(text):
    assert redact_text(text) == text
