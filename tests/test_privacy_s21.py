"""Session 21: the leaks the second review of session 20 found, and what must stay."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phone numbers after any assigned country code, also in brackets
        ("Rückruf bitte unter +886 912 345 678.", "Rückruf bitte unter [TELEFON]."),
        ("Meine Nummer in Hongkong: +852 9123 4567", "Meine Nummer in Hongkong: [TELEFON]"),
        ("erreichbar unter +65 9123 4567 oder +61 412 345 678",
         "erreichbar unter [TELEFON] oder [TELEFON]"),
        ("Tel. (+40) 742 318 905", "Tel. [TELEFON]"),
        ("ruf an: (0040) 742 318 905!", "ruf an: [TELEFON]!"),
        # birth dates under a JSON key
        ('{"name": "x", "dateOfBirth": "1987-03-12", "birth_date": "1990-01-02"}',
         '{"name": "x", "dateOfBirth": "[DATUM]", "birth_date": "[DATUM]"}'),
        ('{"geburtsdatum": "1987-03-12", "date_of_birth":"02/11/1987"}',
         '{"geburtsdatum": "[DATUM]", "date_of_birth":"[DATUM]"}'),
        # a payment reference in groups of digits
        ("Zahlungsreferenz 4471 2209 1183", "Zahlungsreferenz [ID]"),
        ("Als Zahlungs-Referenz: 88410233 angeben", "Als Zahlungs-Referenz: [ID] angeben"),
        # a messenger's ID without a colon
        ("WeChat ID zhangmin_es88", "WeChat ID [URL]"),
        ("Skype Name petra.kranich77 bitte", "Skype Name [URL] bitte"),
        # a moped's insurance plate
        ("Mofa-Kennzeichen 512-ABV", "Mofa-Kennzeichen [KFZ]"),
        ("Rollerkennzeichen ist 448 KLM", "Rollerkennzeichen ist [KFZ]"),
        # a plate typed with dots after a car word
        ("mein Auto wn.kd.1187 steht da", "mein Auto [KFZ] steht da"),
        ("Fahrzeug ES.AB.123 falsch geparkt", "Fahrzeug [KFZ] falsch geparkt"),
        # an IBAN whose check digits were both scanned as letters
        ("IBAN DEOl 6115 0020 0100 4471 88", "IBAN [IBAN]"),
        ("IBAN DEOI 6115 OO2O OO18 4476 O3", "IBAN [IBAN]"),
    ],
)
def test_reviewers_leaks_of_session_20_are_closed(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # waiting times after a plus are no phone number abroad
        "Wartezeit: +30 45 60 90 120 Minuten",
        "Um 12.00 +30 Minuten, also 00 30 45 60 Minuten",
        # a list's star before an appointment is no birth mark
        "* 12-06-2025 Termin beim Bürgeramt\n* 14.07.2025 nächster Termin",
        # a payment's purpose in words, a number of euros
        "Verwendungszweck: Miete 2025 Mai",
        # no ID after a messenger's name
        "Meine Signal ID ist geheim",
        # a plate's word before a count, abbreviations with dots after a car word
        "Versicherungskennzeichen mit 50 LED",
        "Auto z.B.3 mal",
        "Das Auto hat ca. 3 Jahre, u.a. bzw. 12 km",
        "DE Ol 1234 das ist kein Konto 12 Jahre",
    ],
)
def test_look_alikes_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Max Muster * 12.06.1987", "[NAME] * [DATUM]"),
        ("* 12.06.1987", "* [DATUM]"),
    ],
)
def test_a_star_before_a_birth_date_still_marks_it(text, expected):
    assert redact_text(text) == expected
