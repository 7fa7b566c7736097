"""Session 16: health details in staff notes and forms — the one person a note is about
("Anruferin (ca. 80, schwerhörig)", "Bürger ist sehbehindert"), a form's health fields
("Pflegegrad: 2", "BESONDERHEITEN: ROLLSTUHL"), Swabian "mei Ma", a bracket's whole part."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "detail", "kept"),
    [
        (
            "Anruferin (ca. 70, gehbehindert) fragt nach dem Fahrdienst.",
            "gehbehindert",
            "fragt nach dem Fahrdienst",
        ),
        (
            "Rückmeldung per Mail, Bürger ist sehbehindert und nutzt eine Vorlesefunktion.",
            "sehbehindert",
            "Rückmeldung per Mail",
        ),
        ("Die Bürgerin ist blind, Bescheid bitte per Mail.", "blind", "Bescheid bitte"),
        ("Kunde hat Diabetes und bittet um Rückruf.", "Diabetes", "Kunde"),
        ("Antragsteller hat einen GdB von 50.", "GdB", "Antragsteller"),
        ("mei Ma isch dement ond woiß nemme wo se wohnt", "dement", "woiß nemme"),
    ],
)
def test_the_one_person_of_a_note_makes_a_health_detail(text, detail, kept):
    out = redact_text(text)
    assert detail not in out
    assert "[GESUNDHEIT]" in out
    assert kept in out  # the rest of the note stays readable


@pytest.mark.parametrize(
    "text",
    [
        "Bürger sind oft schwerhörig.",  # a group, not one person
        "Teilnehmer mit Behinderung bekommen Hilfe.",
        "Der Patient wurde gestern entlassen.",  # no health word
        "Kunde ist zufrieden mit dem Service.",
        "Das Pflegegeld wird online beantragt.",
        "Wo beantragt man Blindengeld?",
    ],
)
def test_groups_and_plain_notes_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Geburtsdatum: 01.02.1940 / Pflegegrad: 2 / Anliegen: große Schrift", "2 "),
        ("TEILNEHMER: Hans Maier\nBESONDERHEITEN: ROLLSTUHL, SEHBEHINDERT\nRAUM E.05", "ROLLSTUHL"),
        ("Diagnose: Diabetes Typ 2", "Diabetes"),
        ("Einschränkungen: Rollator, schwerhörig", "Rollator"),
    ],
)
def test_a_forms_health_field_loses_its_value_not_its_label(text, detail):
    out = redact_text(text)
    assert detail not in out
    label = text.split(":")[0] if "\n" not in text else "BESONDERHEITEN"
    assert label in out


@pytest.mark.parametrize(
    "text",
    [
        "Besonderheiten: keine",
        "Hinweise: Bitte vormittags anrufen",
        "Pflegegrad: -",
        "Thema: Behinderung und Arbeit",
        "Anmerkung: Ich finde die Seite gut.",
    ],
)
def test_a_health_field_without_a_health_detail_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Anrufer (ca. 80, sehr schwerhörig) – wollte Unterlagen.", "(ca. 80, [GESUNDHEIT])"),
        (
            "Ich (w, 66, seit Geburt blind) nutze einen Screenreader.",
            "[GESUNDHEIT]) nutze einen Screenreader",
        ),
        ("Ich (ca. 70, gehbehindert) brauche Hilfe.", "(ca. 70, [GESUNDHEIT]) brauche Hilfe"),
        # (after a relation, since session 34, the relation and the bracket are one tag)
        ("Meine Mutter (89, stark gehbehindert) braucht Hilfe.", "[GESUNDHEIT] braucht"),
    ],
)
def test_a_health_detail_in_a_bracket_takes_its_whole_part(text, kept):
    out = redact_text(text)
    assert kept in out
    for word in ("sehr", "seit Geburt", "stark"):
        assert f"{word} [GESUNDHEIT]" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Mieterin (ca. 80, sehr schwerhörig) ruft an.",
        "Fahrgast (ca. 70, blind) stand am Gleis.",
        "Der Herr (ca. 80, schwerhörig) kam zweimal.",
        "Die Nachbarin (82, dement) irrt herum.",
        "Eine Dame (ca. 80, sehr schwerhörig) fragte nach.",
    ],
)
def test_a_person_by_role_with_a_bracket_of_health(text):
    out = redact_text(text)
    assert "[GESUNDHEIT])" in out
    assert out.split(" (")[0] == text.split(" (")[0]  # who it was stays


@pytest.mark.parametrize(
    "text",
    [
        "Mieter sind oft schwerhörig.",
        "Rentner haben oft Diabetes.",
        "Der Herr hat Recht.",
        "Eine Dame hat angerufen.",
        "Der Nachbar hat einen Hund.",
    ],
)
def test_roles_in_the_plural_or_without_health_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Pflegegrad: keine Angabe",
        "Pflegegrad: k.A.",
        "BESONDERHEITEN: ROLLSTUHLGERECHT",
        "Diagnose: unklar, Amt prüft",
        "Pflegegrad: siehe Akte",
    ],
)
def test_a_health_field_saying_nothing_or_about_a_building_stays(text):
    assert redact_text(text) == text


def test_a_health_value_after_a_dash_goes():
    assert redact_text("Diagnose: - Demenz") == "Diagnose: [GESUNDHEIT]"
