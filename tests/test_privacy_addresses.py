"""Addresses given as directions or loosely, and numbers in loose formats (set dev_s7)."""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURE = Path(__file__).parent / "fixtures" / "pii_dev_s7_addr.jsonl"


@pytest.fixture(scope="module")
def score():
    records = load_labelled(FIXTURE)
    return score_redaction(records, lambda texts: redact(texts, n_jobs=1).texts)


def test_the_set_has_more_controls_than_examples():
    records = load_labelled(FIXTURE)
    with_pii = [r for r in records if r["pii"]]
    assert len(with_pii) >= 30
    assert sum(len(r["controls"]) for r in records) >= len(with_pii)
    for record in records:
        for item in record["pii"] + record["controls"]:
            assert item["value"] in record["text"]


def test_floor_figures(score):
    assert score.recall >= 0.95, score.missed
    kept, total = (sum(v[i] for v in score.controls.values()) for i in (0, 1))
    assert kept == total
    assert score.false_removal <= 0.02
    for category in ("address_loose", "address", "phone_words", "plate", "id_number"):
        found, n = score.by_category[category]
        assert found / n >= 0.9, category


@pytest.mark.parametrize(
    "text, gone",
    [
        ("ich wohn hinterm Edeka, gleich das gelbe Haus neben der Bäckerei", "gelbe Haus"),
        ("Wir wohnen im Hochhaus am Kreisel, 7. Stock, die Wohnung ganz links.", "7. Stock"),
        ("wohn achtern Diek bi de ool Möhl, dat drütte Huus.", "drütte Huus"),
        ("Grüße – Hof Brenner, hinter dem Wäldchen rechts, letzte Hütte am Weg", "letzte Hütte"),
    ],
)
def test_directions_to_a_home_are_one_address(text, gone):
    out = redact_text(text)
    assert "[ADRESSE]" in out and gone not in out
    assert out.count("[ADRESSE]") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die Häuser hinter dem Bahnhof sind alt.",
        "Am Kreisel fehlt ein Zebrastreifen.",
        "Wohnen in Esslingen ist teuer.",
        "Ich wohne in Zell und bin zufrieden.",
        "Ich wohne hinterm Bahnhof und höre jeden Zug.",
        "Das gelbe Haus neben der Kirche wird abgerissen.",
        "Das Bürgeramt im 7. Stock ist schwer zu finden.",
        "Im Rathaus, Marktplatz 1, ist das Bürgerbüro.",
    ],
)
def test_places_without_a_home_stay(text):
    assert redact_text(text) == text


def test_an_address_takes_its_town_floor_and_postcode_along():
    assert redact_text("Ich wohne in der Amselstraße 14 in Oberwellingen und warte.") == (
        "Ich wohne in der [ADRESSE] und warte."
    )
    assert redact_text("Meine Adresse: Schillerstr. 7, 3. Etage, Hinterhaus") == (
        "Meine Adresse: [ADRESSE]"
    )
    assert redact_text("an Lindenhof 3a, 78654 Bräunlingen-Unterdorf, danke") == (
        "an [ADRESSE], danke"
    )
    # but not what only follows it
    assert redact_text("Ich wohne in der Hauptstraße 5 in 3 Wochen ziehe ich um.").endswith(
        "[ADRESSE] in 3 Wochen ziehe ich um."
    )
    assert "in der Früh" in redact_text("Wir sind in der Lindenstraße 3 in der Früh allein.")


@pytest.mark.parametrize(
    "text, tag",
    [
        ("meld mich unter 0163 – 778 2290", "[TELEFON]"),
        ("Bei Rückfragen: sieben null eins eins – zwei drei vier fünf sechs null", "[TELEFON]"),
        ("ruf mich an: nullsiebenvier eins, dreiundzwanzig achtzehn neunzig", "[TELEFON]"),
        ("Mein Kennzeichen ist LB - XY 77E, danke", "[KFZ]"),
        ("Fahrzeug: S AK 4410 steht noch", "[KFZ]"),
        ("Kindergeld-Nummer 215FK488213 bitte berücksichtigen", "[ID]"),
        ("Ich bin 1990 geborn und wohne hier.", "[DATUM]"),
    ],
)
def test_loose_numbers_are_replaced_whole(text, tag):
    out = redact_text(text)
    assert tag in out
    # the birth cue ("geborn") is ordinary text and stays
    for word in ("sieben", "0163", "2290", "XY", "AK", "215FK488213", "1990"):
        assert word not in out


@pytest.mark.parametrize(
    "text",
    [
        "Die Linie 101 fährt alle 20 Minuten.",
        "Sprechzeiten 8 – 12 Uhr, Kosten 120 – 150 Euro.",
        "Formular 1040, Formularnummer 2210, Hausnummer 12, Zimmernummer 2.14.",
        "Siehe Drucksache 12/2026, Termin in 3 Wochen.",
        "Eins zwei drei, schon war der Termin vergeben.",
    ],
)
def test_ordinary_numbers_stay(text):
    assert redact_text(text) == text
