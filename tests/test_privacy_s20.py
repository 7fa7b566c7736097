"""Session 20: dictated phone numbers linked by "dann", greetings in other languages."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meine Handynummer ist null-eins-sechs-null, dann zwei-drei-acht, dann fünfundvierzig, "
         "siebenundsechzig. Bitte nur per SMS.",
         "Meine Handynummer ist [TELEFON]. Bitte nur per SMS."),
        ("Rückruf bitte unter Null Eins Sechs Null, dann 92 44 17 03. Es geht um den Bauantrag.",
         "Rückruf bitte unter [TELEFON]. Es geht um den Bauantrag."),
        ("mein handy: null eins sieben zwei, dann 8 8 4 0 3 1 9, abends besser",
         "mein handy: [TELEFON], abends besser"),
        ("call me: zero one five one, and then four four two, nine nine one",
         "call me: [TELEFON]"),
    ],
)
def test_a_dictated_number_runs_on_over_then(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Es waren drei, dann vier, dann fünf Leute beim Termin.",
        "Abfahrt 7 Uhr, dann 8, dann 9 Uhr, dann stündlich.",
        "Erst Schritt eins, dann zwei, dann drei: so klappt der Antrag.",
    ],
)
def test_counting_with_then_is_no_phone_number(text):
    assert redact_text(text) == text


def test_then_and_one_number_word_after_a_phone_number_stay():
    text = "Ruf an: null sieben eins eins drei fünf zwei zwei vier, dann drei Wochen nichts."
    assert redact_text(text) == "Ruf an: [TELEFON], dann drei Wochen nichts."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mein handy: 0172 8840319. Saluti!", "mein handy: [TELEFON]. Saluti!"),
        ("Ruf an: 0711 123456. Grazie!", "Ruf an: [TELEFON]. Grazie!"),
        ("Tel. 0711 123456 – Pozdrawiam", "Tel. [TELEFON] – Pozdrawiam"),
        ("Telefon 0711 123456. Teşekkürler", "Telefon [TELEFON]. Teşekkürler"),
        # a name signing after the number still goes, also after a greeting
        ("Ruf an: 0711 123456. Kranich", "Ruf an: [TELEFON]. [NAME]"),
        ("Tel. 0711 123456 – Pozdrawiam, Kasia", "Tel. [TELEFON] – Pozdrawiam, [NAME]"),
    ],
)
def test_a_greeting_in_another_language_signs_for_no_one(text, expected):
    assert redact_text(text) == expected
