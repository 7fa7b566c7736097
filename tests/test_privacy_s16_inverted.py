"""Session 16: names in a form's or a list's order, surname first ("Patient: Grüninger, Emil",
"Inhaber: Schneider Elsa", "1. Grüninger, Emil – Amt 20")."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Patient: Grüninger, Emil, *01.02.1940", ["Grüninger", "Emil"]),
        ("PATIENT: GRÜNINGER, EMIL, *01.02.1940 – so steht es da", ["GRÜNINGER", "EMIL"]),
        ("Inhaber: Schneider Elsa", ["Schneider", "Elsa"]),
        ("KONTO: DE89 / INHABER: SCHNEIDER ELSA", ["SCHNEIDER", "ELSA"]),
        ("Grüninger, Emil", ["Grüninger", "Emil"]),
        ("Teilnehmer:\n1. Hausmann, Petra – Amt 20", ["Hausmann", "Petra"]),
    ],
)
def test_a_surname_before_a_first_name_at_a_fields_start_goes(text, names):
    out = redact_text(text)
    for name in names:
        assert name not in out


@pytest.mark.parametrize(
    "text",
    [
        "Termin: 22. Januar, Forum am Schlosspark.",  # a month, a noun
        "Kontakt: Sonntag, Mark und Pfennig",
        "Thema: Mobilität, Emil fand das gut.",
        "Ort: Esslingen",
    ],
)
def test_words_in_the_same_places_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Grüßle, Jürgen", "Grüßle, "),  # a sign-off's greeting is no surname
        ("Mfg Jürgen", "Mfg "),
        ("Für die Gebühren (Kind Jürgen) bitte die IBAN nehmen.", "(Kind "),
        ("Mei Jürgen hot des Handy eigrichtet.", "Mei "),
    ],
)
def test_a_greeting_a_relation_or_a_dialect_word_before_a_name_stays(text, kept):
    out = redact_text(text)
    assert "Jürgen" not in out
    assert kept in out


@pytest.mark.parametrize(
    "text",
    [
        "Teilnehmende: Hägele, Jürgen; Grüninger, Emil",
        "Anwesend: Hägele, Jürgen | Grüninger, Emil",
        "Patient = Grüninger, Emil",
    ],
)
def test_each_item_of_a_list_or_a_field_after_any_separator(text):
    out = redact_text(text)
    assert "Grüninger" not in out and "Emil" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Treffpunkt: Mettingen, Paul",
        "Farbe: Schwarz, Rosa",
        "Größe: Klein, Max",
        "Bemerkung: Lang, Frank",
        "Tschö, Emil",
        "Moinsen, Jan",
        "Pfiati Emil",
    ],
)
def test_a_district_a_word_before_an_ambiguous_name_or_a_greeting_is_no_surname(text):
    out = redact_text(text)
    first_word = text.split(":")[-1].split(",")[0].split()[0]
    assert first_word in out
