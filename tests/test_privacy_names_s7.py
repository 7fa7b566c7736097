"""Nicknames, particles, names in capitals and dictionary-word surnames (session 7) — and the
words that only look like names: greetings, diseases, apps, dialect, districts, rooms."""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.evaluation import load_labelled
from esslingen_lab.privacy.redact.short_forms import short_form

FIXTURE = Path(__file__).parent / "fixtures" / "pii_dev_s7_names.jsonl"



def test_fixture_is_large_enough():
    records = load_labelled(FIXTURE)
    assert sum(len(r["pii"]) for r in records) >= 30
    assert sum(len(r["controls"]) for r in records) >= 30



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bei uns im Büro ist die Moni die einzige, die das kann.", "Moni"),
        ("d'Liesl vo nebedra hot's gsagt.", "Liesl"),
        ("Ich bin der Jogi und wohne am Sportplatz.", "Jogi"),
        ("hey hier die Bernadette, das Haus mit der blauen Tür", "Bernadette"),
        ("frag den mario vom kiosk, der weiß das", "mario"),
        ("Mein Nachbar, der Schmiedle-Franz, hat den Hund nie angemeldet.", "Schmiedle"),
        ("Der gute Bene (Benedikt) vom Jugendamt hat sich gekümmert.", "Bene"),
        ("Der Hansi vom Bauhof hat die Bank repariert.", "Hansi"),
    ],
)
def test_nicknames_after_an_article_are_removed(text, name):
    assert name not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("herr zu Hohenlohe-Brandt aus der kämmerei antwortet nie", "zu "),
        ("Sehr geehrter Herr vom Hofe, bitte melden Sie sich.", "Hofe"),
        ("die frau von stetten im personalamt war klasse", "stetten"),
        ("an herrn di maio: danke!", "maio"),
        ("Frau Dr. von Wartenberg (Schulamt) war freundlich.", "Wartenberg"),
        ("Die Kollegin Maria-Theresia zu Löwenstein ist in Elternzeit.", "Löwenstein"),
        ("VON HOLLEN aus dem Stadtplanungsamt hat moderiert.", "HOLLEN"),
        ("Kontoinhaber HORST-GÜNTER EIFERT", "EIFERT"),
        ("OSTERTAG, WALTRAUD, bitte Unterlagen per Post", "OSTERTAG"),
        ("Der Hahn aus der IT hat mir den Zugang eingerichtet.", "Hahn"),
    ],
)
def test_particles_capitals_and_noun_surnames_are_removed(text, name):
    assert name not in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gude! Bei uns ist der Müll wieder nicht abgeholt worden.",
        "Gude Laune hatte heute keiner im Wartebereich.",
        "I moved here from Bangalore last year, DM me on Insta.",
        "Mehr Infos zu Alzheimer auf der Website wären gut.",
        "Die Lehrerinnen an der Realschule Waldbronn-Nord sind super.",
        # (its home "achtern Diek bi de ool Möhl" is an address since session 33)
        "Achtern Diek is dat Internet langsam as ne Snigge.",
        "Bei Fragen: Zimmer 2.14, oder per Post.",
        "Schülersprecher Gymnasium",
        "Des isch jo ned zum Aushalta.",
        "Die Kelle liegt im Sandkasten.",
        "Money regiert die Welt.",
        "Ich bin der Meinung, dass die Linde gefällt werden muss.",
        "Sehr geehrter Herr vom Amt, ich warte.",
        "Der Vogel im Garten vom Rathaus singt.",
        "Die Anne-Frank-Schule und der Kaiser-Wilhelm-Platz",
        "Die Moni-Bar hat zu, die Maxl-Brauerei auch.",
    ],
)
def test_words_that_look_like_names_stay(text):
    assert redact_text(text) == text


def test_a_name_stays_on_its_line():
    # the department under a signature is no part of the name
    out = redact_text("Gruß\nRüdiger Holzapfel\nAbt. 40 Schulverwaltung")
    assert out.endswith("\nAbt. 40 Schulverwaltung") and "Holzapfel" not in out


def test_particles_of_an_office_stay_outside_the_name():
    out = redact_text("Frau van Dyck von der Kfz-Stelle hat gesagt, ich soll anrufen.")
    assert "Dyck" not in out and "von der Kfz-Stelle" in out


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Moni", True), ("Hansi", True), ("Maxl", True), ("Kelle", False), ("Money", False),
     ("Mini", False), ("Taxi", False), ("Azubi", False)],
)
def test_short_form_tells_pet_names_from_words(word, expected):
    assert short_form(word) is expected


def test_an_english_contraction_is_no_part_of_a_name():
    out = redact_text("Hi, I'm Priya Raghunathan, moved here from Bangalore last year.")
    assert "I'm [NAME]," in out and "Bangalore" in out
