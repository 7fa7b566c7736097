"""Session 15: review fixes for descriptions of the writer's own business and appositions.

The writer's own business needs a place one business is known by (a name, a street, a
site such as a market or a station), not a common noun or a time ("im Internet", "am
Samstag", "an der Haltestelle"); "haben" counts only as the writer's ownership. An
apposition with a role at a large public institution ("der Notarzt vom Klinikum") names no
one; a role at a small place still does.
"""

import pytest

from esslingen_lab.privacy import redact_text

TAG = "[PERSON-BESCHREIBUNG]"


@pytest.mark.parametrize(
    "text",
    [
        # A: a common noun or a time after the business is no place
        "Ich führe den Laden im Internet.",
        "Ich führe den Laden im Nebenerwerb.",
        "Ich führe den Laden am Wochenende.",
        "Ich führe den Laden am Samstag.",
        "Ich führe den Laden in Vollzeit.",
        "Ich führe den Laden im Team.",
        "Ich führe den Laden im Ehrenamt.",
        "Ich führe den Laden im Auftrag der Stadt.",
        "Ich führe den Laden im Sommer.",
        # A: "haben" as "there is", not ownership
        "Wir haben die Bäckerei am Markt, die ist super.",
        "Wir haben hier die Apotheke am Markt und sonst nichts.",
        "Die haben die Bäckerei am Markt.",
        # B: a role at a large public institution
        "Der Arzt, der Notarzt vom Klinikum, kam schnell.",
        "Ein Kollege, der Polizist aus dem Revier, hat geholfen.",
        "Die Frau, die Sachbearbeiterin vom Landratsamt, war nett.",
        "Mein Nachbar, der Hausmeister vom Rathaus, kam.",
        # C: a bus stop is no business's place
        "Ich betreibe den Kiosk an der Haltestelle Zollberg.",
        "Ich warte an der Haltestelle Zollberg auf den Bus.",
        # someone else owns it
        "Ihm gehört der Kiosk am Zollberg.",
    ],
)
def test_kept_exactly(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich betreibe den Kiosk am Zollberg.", f"Ich betreibe {TAG}."),
        ("Ich betreibe den Imbiss am Güterbahnhof und brauche Parkplätze.",
         f"Ich betreibe {TAG} und brauche Parkplätze."),
        ("Ich führe den Laden in der Bahnhofstraße.", f"Ich führe {TAG}."),
        ("Wir haben die Bäckerei am Markt.", f"Wir haben {TAG}."),
        ("Ich habe den Kiosk am Zollberg und brauche Hilfe.",
         f"Ich habe {TAG} und brauche Hilfe."),
        ("Wir haben die Schreinerei hinten in der Mühlgasse. Die Post kommt nie.",
         f"Wir haben {TAG}. Die Post kommt nie."),
        # cheap leaks: other verbs of owning or running
        ("Ich leite den Kiosk am Zollberg.", f"Ich leite {TAG}."),
        ("Mir gehört der Kiosk am Zollberg.", f"Mir gehört {TAG}."),
        ("Uns gehört die Bäckerei am Markt.", f"Uns gehört {TAG}."),
        # B: a role at a small place, or told by looks or a clause, still goes
        ("Der Arzt, der Zahnarzt aus dem Erdgeschoss, dem das ganze Haus gehört, ist nett.",
         f"Der Arzt, {TAG}, ist nett."),
        ("Mein Nachbar, der Bäcker an der Ecke, ist nett.", f"Mein Nachbar, {TAG}, ist nett."),
        ("Mein Nachbar, der Hausmeister vom Gymnasium, kam.", f"Mein Nachbar, {TAG}, kam."),
        ("Die Nachbarin, die Ärztin vom Klinikum mit den roten Haaren, kam.",
         f"Die Nachbarin, {TAG}, kam."),
        ("Der Arzt, der Notarzt vom Klinikum, der mich gerettet hat, kam.",
         f"Der Arzt, {TAG}, kam."),
    ],
)
def test_removed(text, expected):
    assert redact_text(text) == expected
