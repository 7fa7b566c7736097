"""What a reviewer (user and attacker) found in the session-7 redaction, now handled."""

from __future__ import annotations

import time

import pytest

from esslingen_lab.privacy import Redactor, redact_text


@pytest.mark.parametrize("text, expected", [
    # a name in brackets or quotes after a title, or without a space after "Fr."
    ("Frau (Krämer) vom Bauamt ist nett.", "Frau ([NAME]) vom Bauamt ist nett."),
    ("Frau „Krämer“ vom Bauamt ist nett.", "Frau „[NAME]“ vom Bauamt ist nett."),
    ("Fr.Krämer hat mir geholfen.", "Fr.[NAME] hat mir geholfen."),
    ("Frau (Ende 50) hat mir geholfen.", "Frau (Ende 50) hat mir geholfen."),
    # the name on the bell or letter box
    ("Ich bin in der Uhlandstr. 5 im Dachgeschoss, Klingel Schneider.",
     "Ich bin in der [ADRESSE] im Dachgeschoss, Klingel [NAME]."),
    ("Briefkasten: Yılmaz/Berger", "Briefkasten: [NAME]"),
    ("Klingel Defekt seit Wochen, bitte reparieren.",
     "Klingel Defekt seit Wochen, bitte reparieren."),
    # a health detail of someone the name rules found
    ("Der Kollege Müller hat Krebs und fällt aus.",
     "Der Kollege [NAME] [GESUNDHEIT]."),
    ("herr müller vom bauamt ist depressiv", "herr [GESUNDHEIT]"),
    ("Für Menschen mit Demenz fehlt Hilfe, sagt Herr Weber.",
     "Für Menschen mit Demenz fehlt Hilfe, sagt Herr [NAME]."),
    # a first name that is also a word, where a person stands ("… vom <Amt>"); "dr Karle"
    ("Die Gabi vom Einwohnermeldeamt hat geholfen.",
     "Die [NAME] vom Einwohnermeldeamt hat geholfen."),
    ("dr Karle aus dem Rechnungsamt hot gsagt", "dr [NAME] aus dem Rechnungsamt hot gsagt"),
    ("Die Linde vom Marktplatz ist gefällt.", "Die Linde vom Marktplatz ist gefällt."),
    ("Die Werbe Aktion war gut.", "Die Werbe Aktion war gut."),
    ("die Tafel vom Roten Kreuz hilft", "die Tafel vom Roten Kreuz hilft"),
    # invisible characters inside a word no longer hide it
    ("Die Mo\u200dni vom Bürgeramt hat geholfen", "Die [NAME] vom Bürgeramt hat geholfen"),
    ("Frau Krä\u00admer vom Amt", "Frau [NAME] vom Amt"),
])
def test_reviewer_cases(text, expected):
    assert redact_text(text) == expected


def test_the_health_rule_after_the_names_is_switched_off_with_its_kind():
    text = "Der Kollege Müller hat Krebs und fällt aus."
    assert Redactor(disable=["GESUNDHEIT"]).redact_text(text) == (
        "Der Kollege [NAME] hat Krebs und fällt aus.")


def test_one_very_long_capitalised_word_is_not_slow():
    """A 50,000-letter word took minutes (a misspelling check grew with its square)."""
    redact_text("Frau Weber")  # word lists loaded
    start = time.process_time()
    redact_text("A" + "e" * 20_000)
    short = time.process_time() - start
    start = time.process_time()
    redact_text("A" + "f" * 40_000)
    longer = time.process_time() - start
    # linear, not quadratic: twice the length may cost about twice the time, not four times
    assert longer < 3.5 * short + 0.05
