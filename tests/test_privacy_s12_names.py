"""Session 12, names: families of names told by their context (invented sentences)."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname at a city office
        ("die Brenninger vom Standesamt hat mir geholfen.", "die [NAME] vom Standesamt"),
        ("Frag mal den Kächele vom Tiefbauamt, der weiß das.", "den [NAME] vom Tiefbauamt"),
        ("Der Fuchs vom Bürgerbüro war total unfreundlich.", "Der [NAME] vom Bürgerbüro"),
        ("Pfisterer vom Ordnungsamt war unfreundlich.", "[NAME] vom Ordnungsamt"),
        ("Im Bauamt sitzt eine gewisse Krause, die nie zurückruft.", "gewisse [NAME],"),
        # surname before first name in dialect
        ("Mei Nochber, dr Maier Sepp, isch en Seckel.", "dr [NAME],"),
        ("I bin dr Kächele Gottlob vom Hof obe.", "dr [NAME] vom Hof"),
        # a pet name joined to a name
        ("Grüße an Uschi und Manni vom Seniorentreff!", "[NAME] und [NAME]"),
        # a first name with an age
        ("bitte mehr bänke im park (tim, 12)", "([NAME], 12)"),
        ("Ich war mit Emma (7) im Hallenbad.", "[NAME] (7)"),
        # a sign-off after a phone number
        ("Rückruf gern unter 0711 2345678 – Rothfuß", "[TELEFON] – [NAME]"),
        # a capitalised particle after a title
        ("Frau Di Stefano hat angerufen.", "Frau [NAME] hat"),
        ("Herr Von Arnim war da.", "Herr [NAME] war"),
        # two capitalised particles (a regression in session 12, found by the review)
        ("Frau De La Cruz ist nett.", "Frau [NAME] ist"),
        ("Frau De Los Santos hat geholfen.", "Frau [NAME] hat"),
    ],
)
def test_names_told_by_context(text, expected):
    assert expected in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Link vom Bürgeramt funktioniert nicht.",
        "Niemand vom Bauamt ist erreichbar.",
        "Die Kantine im Rathaus ist super.",
        "Der Bescheid vom Bauamt ist falsch.",
        "Der Brief vom Ordnungsamt ist nie angekommen.",
        "Die Online-Terminvergabe beim Bürgeramt ist eine Zumutung.",
        "der Koch in der Kantine ist gut.",
        "ein Vogel im Park singt.",
        "der Bauer vom Hof verkauft Eier.",
        "Es gibt einen gewissen Abstand zum Amt.",
        "Kinder (12) zahlen nichts.",
        "Rückfragen gern unter 0711 2345678 – Danke!",
        "Müller und Söhne GmbH ist eine Firma.",
    ],
)
def test_ordinary_words_stay(text):
    out = redact_text(text)
    assert "[NAME]" not in out, out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bin da kevin aus zell", "bin da [NAME] aus zell"),
        ("Frau Weber Da drüben steht sie.", "Frau [NAME] Da drüben"),
        ("D'Frau Häberle vom Amt isch nett gsi.", "D'Frau [NAME] vom Amt"),
        ("line Herr Kübler", "line Herr [NAME]"),
        ("Fragen Sie nach Ernst Leitz Straße, da ist das Amt.", "Ernst Leitz Straße"),
        ("Kaffee und Kuchen gab es mit Anna Berg und Torte.", "und Torte"),
        ("beim Maier Sepp gibts Eier.", "gibts Eier"),
        ("Jana De La Cruz wohnt auch im Haus.", "[NAME] wohnt"),
    ],
)
def test_tags_stay_tight(text, expected):
    assert expected in redact_text(text)
