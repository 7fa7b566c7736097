"""Session 12 review: phone lists joined by dashes, spaced IBANs, account and licence numbers."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        (
            "Erreichbar: 0176 12345678 – 0711 987654 – 07153 12345 – 0152 99887766",
            ["12345678", "987654", "12345", "99887766"],
        ),
        (
            "Nummern: 0711 3512-2490 - 0711 3512-2491 - 0711 3512-2492 - 0711 3512-2493",
            ["2490", "2491", "2492", "2493", "3512"],
        ),
        (
            "Büro 07153 41 22 90 / Handy 0160 5544332 / privat 0711 223344",
            ["5544332", "223344", "41 22"],
        ),
        ("ruft an: 0711-998877 - 0176-55443322 - 07021-12345", ["998877", "55443322", "12345"]),
        (
            "0711 987654 0152 99887766 0176 12345678 07153 12345 0711 4455667",
            ["4455667", "99887766"],
        ),
        ("+49 711 987654 – 0176 12345678 – 0152 99887766 – 07153 12345", ["99887766", "12345678"]),
    ],
)
def test_phone_lists_joined_by_dashes_leave_no_digits(text, leaks):
    out = redact_text(text)
    for leak in leaks:
        assert leak not in out, out
    assert out.count("[TELEFON]") >= 2, out


@pytest.mark.parametrize(
    "text",
    [
        "Tel 0176 12 34 05 67",
        "Tel 0176 123 045 678",
        # (not the town hall's switchboard 0711 3512-0: public since session 49)
        "Telefon: 0711 3988-0",
        "Zentrale 0711 3512 - 02",
    ],
)
def test_one_grouped_phone_stays_one_tag(text):
    out = redact_text(text)
    assert out.count("[TELEFON]") == 1, out
    assert not any(ch.isdigit() for ch in out), out


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung ist von 2019 - 2023 gelaufen, Linie 101 - 113",
        "Öffnungszeiten 08 - 12 Uhr und 14 - 18 Uhr",
        "Vorlage 44/2024 - Drucksache 7/2025",
    ],
)
def test_number_ranges_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        ("IBAN DE 89 3704 0044 0532 013 000", ["000", "013", "3704"]),
        ("Konto DE89 3704 0044 0532 013 000 bitte", ["000", "0532"]),
        ("iban: de 89 3704 0044 0532 013 000", ["000"]),
        ("de 89 37040044 0532013000", ["37040044", "0532013000"]),
        ("überweist auf de 12 50050201 1234567890 danke", ["50050201", "1234567890"]),
        ("at 61 19043 00234573201 geht auch", ["19043", "00234573201"]),
    ],
)
def test_spaced_iban_leaves_no_group(text, leaks):
    out = redact_text(text)
    assert "[IBAN]" in out, out
    for leak in leaks:
        assert leak not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("IBAN DE12 3456 7890 1234 56 seit 2019", "2019"),
        ("es 12 Leute waren da, 3 davon aus Zell", "es 12 Leute"),
        ("de 5 bis 10 Minuten", "de 5 bis 10"),
    ],
)
def test_iban_controls(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Konto 532013000 bei der KSK", "532013000"),
        ("Kto.-Nr. 0532013000, BLZ steht auf der Karte", "0532013000"),
        ("mein Girokonto: 12 345 678 wurde gesperrt", "345 678"),
        ("Fahrerlaubnis B072RRE2I55", "B072RRE2I55"),
        ("meine fahrerlaubnis nr. K4471X09Z2 ist abgelaufen", "K4471X09Z2"),
    ],
)
def test_account_and_licence_numbers(text, leak):
    out = redact_text(text)
    assert leak not in out and "[ID]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Das Konto seit 2019 ist leer",
        "Auf dem Konto lagen 150000 Euro",
        "Konto 150000 Euro im Minus",
        "Fahrerlaubnis seit 1998",
        "Das Konto 3 mal gesperrt",
    ],
)
def test_account_controls(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("ruf an unter null-eins-sieben-sechs 12345678", "12345678"),
        ("ruf an unter null eins sieben sechs 12345678", "12345678"),
        ("null eins fünf zwei 99887766 ist meine nummer", "99887766"),
        ("Handy: null eins sieben sechs - 1234567", "1234567"),
    ],
)
def test_area_code_in_words_then_long_digits(text, leak):
    out = redact_text(text)
    assert leak not in out and "[TELEFON]" in out, out


def test_null_idiom_with_year_stays():
    text = "es gab null Probleme in 2019 und 20230101"
    assert redact_text(text) == text
