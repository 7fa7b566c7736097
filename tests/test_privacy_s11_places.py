"""Session 11: addresses, birth dates and identifiers a user would notice (invented sentences)."""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction
from esslingen_lab.privacy.redact.redactor import Redactor

FIXTURES = Path(__file__).parent / "fixtures"


# ---- one house singled out, whatever the verb before it


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Wir führen den Ziegenhof unten am Mühlbach, gleich nach der Brücke.", "Ziegenhof"),
        ("Meine Tante lebt allein, das rote Häusle neben dem Kindergarten in Zell.", "Häusle"),
        ("Wir sind die Nummer 9, das Haus mit der Garage rechts.", "Nummer 9"),
        ("Mei Schwester hot s'letscht Haus am Waldweg, des Haus mit de grüne Läde.", "grüne"),
        ("Ich bin im Haus gegenüber der alten Kelter aufgewachsen.", "Kelter"),
        ("Kommen Sie vorbei, der Bauernhof oberhalb von Wiflingen, mit den Ponys.", "Bauernhof"),
        ("Des isch des erschte Haus bevor d Straß aufhört.", "erschte"),
    ],
)
def test_a_singled_out_house_goes(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das gelbe Haus neben der Rathauspassage wird abgerissen.",
        "Die Wohnung ganz oben ist seit Jahren leer, sagt der Vermieter.",
        "Wir suchen ein Haus mit Garten für unsere Familie.",
        "Das Jugendhaus mit dem Skaterpark braucht mehr Geld.",
        "Der Bauhof hinter dem Friedhof sollte samstags offen haben.",
        "Ich finde, das Haus mit den vielen Blumen ist schön.",
    ],
)
def test_a_building_talked_about_stays(text):
    assert redact_text(text) == text


def test_the_house_ends_before_a_time():
    out = redact_text("Wir haben das Haus mit dem Nussbaum vor drei Jahren geerbt.")
    assert out == "Wir haben [ADRESSE] vor drei Jahren geerbt."


# ---- the address itself: the town's districts, a second house number, "Am …"


def test_a_district_of_the_town_after_a_street_belongs_to_the_address():
    # session 32: the town or district after a home's street is part of the address (most
    # independent writers label it so); before, the district was left beside the tag
    out = redact_text("Der Gehweg vor der Rosenstraße 12 in Wäldenbronn ist kaputt.")
    assert out == "Der Gehweg vor der [ADRESSE] ist kaputt."
    out = redact_text("Bitte an: Hans Grau, Lerchenweg 3, Esslingen-Zell.")
    assert out.endswith("[ADRESSE].")
    out = redact_text("Wir wohnen Hauptstr. 3 in Zell und Kelterstr. 5, Hegensberg.")
    assert out == "Wir wohnen [ADRESSE] und [ADRESSE]."
    out = redact_text("wohne schorndorfer str 7 in esslingen seit 2019")
    assert out == "wohne [ADRESSE] seit 2019"
    # a noun after "in" is no town: the sentence goes on
    out = redact_text("Die Rosenstraße 12 in Zukunft bitte mit Radweg.")
    assert out == "Die [ADRESSE] in Zukunft bitte mit Radweg."


def test_a_town_elsewhere_still_belongs_to_the_address():
    out = redact_text("Meine Mutter wohnt Gartenweg 8 in Neuhausen-Steinach.")
    assert "Neuhausen" not in out


def test_directions_start_after_the_district():
    out = redact_text("Wir wohnen ganz oben in Serach, das letzte Haus vor dem Wald.")
    assert out == "Wir wohnen ganz oben in Serach, [ADRESSE]."


def test_a_second_house_number_and_a_capitalised_preposition_belong_to_the_address():
    assert redact_text("Wir wohnen beide Im Birkach 7 und 9.") == "Wir wohnen beide [ADRESSE]."
    out = redact_text("Treffpunkt: Clubhaus Am Roten Rain 4, gleich beim Sportplatz.")
    assert "Am" not in out and "[ADRESSE]" in out
    out = redact_text("Ich wohne Tulpenweg 4 und 5 Kinder wohnen im Haus.")
    assert out == "Ich wohne [ADRESSE] und 5 Kinder wohnen im Haus."


def test_ones_own_street_by_its_name():
    out = redact_text("Unsere Straße Am Eichbühl hat seit Wochen kein Licht.")
    assert out == "Unsere Straße [ADRESSE] hat seit Wochen kein Licht."
    assert redact_text("In unserer Straße Am Abend ist es laut.").endswith("Am Abend ist es laut.")


# ---- identifiers


@pytest.mark.parametrize(
    "text",
    [
        "Der Ausweis mit der Nummer T22000129 ist verloren.",
        "Die Nummer des Bescheids lautet WG-2024-11873, bitte prüfen.",
        "Meine Kunden-ID lautet KD-448812.",
        "Mein Signal-Kontakt: Threema-ID 4HX9K2PQ.",
        "Gemeldet über die App, Vorgang 2024-55102.",
        "Das läuft als BA 2024-0771 bei Ihnen.",
        "Mein Schülerausweis: SVE-BW-204417.",
        "Meine Mitgliedsnummer ist A-3381.",
    ],
)
def test_an_identifier_goes(text):
    assert "[ID]" in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Nummer des Busses ist 101.",
        "Im WS 2024-2025 war alles besser.",
        "IT-Ticket #48812 hängt seit drei Wochen.",
        "Die Wartenummer 112 wurde aufgerufen.",
    ],
)
def test_a_number_that_is_no_ones_file_stays(text):
    assert redact_text(text) == text


def test_one_rule_reads_number_compounds():
    names = Redactor().rule_names
    assert "id-compound-cue" in names and "id-number-compound" not in names


# ---- birth dates and years


def test_birth_dates_in_other_words():
    assert "17.04.79" not in redact_text(
        "Ich bin am 17.04.1979 geboren, aber im alten Pass steht 17.04.79."
    )
    out = redact_text("Ich bin am 17.04.1979 geboren, der Termin war am 12.03.25.")
    assert "12.03.25" in out
    assert "30.12.2004" not in redact_text("geb datum 30.12.2004 stimmt im portal nicht")
    assert "[DATUM]" in redact_text("Als Seniorin (Baujahr 47) tue ich mich schwer.")
    assert redact_text("Unsere Heizung (Baujahr 1985) ist kaputt.").endswith("1985) ist kaputt.")


# ---- the independent sets of session 10 (read in session 11): floors per category


@pytest.mark.parametrize(
    ("category", "floor"),
    [("address", 0.95), ("address_loose", 0.85), ("id_number", 0.85),
     ("date_of_birth", 0.95), ("birth_year", 0.9)],
)  # fmt: skip
def test_places_dates_and_ids_of_fresh11_and_fresh12(category, floor):
    records = load_labelled(FIXTURES / "pii_fresh11.jsonl")
    records += load_labelled(FIXTURES / "pii_fresh12.jsonl")
    score = score_redaction(records, lambda texts: redact(texts).texts)
    found, total = score.by_category[category]
    assert found / total >= floor


def test_a_birth_year_is_found_with_a_two_word_birthplace():
    out = redact_text("Mein Opa ist 1938 in Bad Urach geboren und lebt jetzt in Zell.")
    assert "1938" not in out and "in Bad" in out  # labellers leave the birthplace
    assert redact_text("1990 in Berlin gebaut, das Haus.") == "1990 in Berlin gebaut, das Haus."
