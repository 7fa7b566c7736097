"""Session 14: descriptions of one person that other writers also produce.

Invented sentences (other towns, names and wordings than the labelled sets): an apposition
after a person ("Meine Vermieterin, die Tierärztin aus dem Dachgeschoss, …"), a one-time
relative clause with a place, a role at a house with a two-word or quoted name, and the
writer's own business at a named place. Controls: office holders, groups, generic
statements, a bare role, a visit to a shop, a third person's clause after a verb.
"""

import pytest

from esslingen_lab.privacy import redact_text

TAG = "[PERSON-BESCHREIBUNG]"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # apposition after a person or relative: the apposition with its place and clause
        ("Meine Vermieterin, die Tierärztin aus dem Dachgeschoss, der das halbe Haus gehört, "
         "repariert nichts.", ["Tierärztin", "Dachgeschoss", "halbe"]),
        ("Der Nachbar über uns, der Schlagzeuger aus der Wohnung im dritten Stock, probt "
         "nachts.", ["Schlagzeuger", "dritten"]),
        ("Mei Nochber, der pensionierte Busfahrer im Haus an der Ecke zur Lindenstraße, "
         "parkt quer.", ["Busfahrer", "Lindenstraße"]),
        ("Ein Kunde, der gehörlose Elektriker aus Unterboihingen, kommt jede Woche.",
         ["Elektriker", "Unterboihingen"]),
        ("Eine Kollegin, die Jüngere aus der Poststelle, die morgens die Briefe sortiert, "
         "kann kein Excel.", ["Jüngere", "Poststelle", "sortiert"]),
        # the head with its own place belongs to the description
        ("Die Frau vom Bürgerbüro, die kleine Rothaarige am Fenster, die immer Tee trinkt, "
         "war unfreundlich.", ["Bürgerbüro", "Rothaarige", "Tee"]),
        ("Wir gehen zum Optiker am Postplatz, dem jungen Herrn mit der Fliege, der hilft.",
         ["Optiker", "Postplatz", "Fliege"]),
        ("Einer davon, der dünne mit der grünen Mütze, der Enkel vom Schuhmacher, "
         "wirft Steine.", ["grünen", "Mütze", "Schuhmacher"]),
        ("Die Tierärztin in Denkendorf, die einzige im ganzen Ort, hört auf.",
         ["Tierärztin", "Denkendorf", "ganzen"]),
        # a relative clause about one occasion with a place
        ("Ich bin die Frau, die gestern mit dem Kinderwagen an der Haltestelle gestürzt ist.",
         ["Kinderwagen", "Haltestelle", "gestürzt"]),
        # a role at a house: a two-word place and a name in quotes
        ("Der Leiter des Jugendhauses im Neubaugebiet Hohenacker hat es erklärt.",
         ["Hohenacker"]),
        ("Die Wirtin vom „Grünen Baum“ hat sich beschwert.", ["Grünen", "Baum"]),
        ("Der Pächter vom Gasthof an der Alten Kelter sagt das auch.", ["Alten", "Kelter"]),
        # the writer's own business at a named place
        ("Ich betreibe den Imbiss am Güterbahnhof und brauche Parkplätze.",
         ["Imbiss", "Güterbahnhof"]),
        ("Wir haben die Schreinerei hinten in der Mühlgasse. Die Post kommt nie.",
         ["Schreinerei", "Mühlgasse"]),
        ("Meine Eltern betreiben den Kiosk an der Ecke Lindenstraße/Uhlandstraße.",
         ["Kiosk", "Uhlandstraße"]),
    ],
)
def test_description_removed(text, gone):
    out = redact_text(text)
    assert TAG in out, out
    for word in gone:
        assert word not in out, (word, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the main verb phrase stays after an apposition
        ("Meine Vermieterin, die Tierärztin aus dem Dachgeschoss, repariert nichts.",
         ["repariert nichts"]),
        # a bare relative stays outside: only the apposition goes
        ("Der Nachbar unter uns, der Trompeter aus dem Erdgeschoss, übt laut.",
         ["Der Nachbar unter uns"]),
    ],
)
def test_extent(text, kept):
    out = redact_text(text)
    assert TAG in out, out
    for words in kept:
        assert words in out, (words, out)


@pytest.mark.parametrize(
    "text",
    [
        # office holders by role, an office tells who
        "Die Baubürgermeisterin, die Chefin des Bauamts, hat zugesagt.",
        "Der Oberbürgermeister, der Chef der Verwaltung, kam zur Sitzung.",
        "Die Mitarbeiterin im Bürgeramt war freundlich.",
        "Die Leute vom Ordnungsamt, die mit den Westen, kamen zu spät.",
        # groups and generic statements
        "Die Nachbarn, die Lehrer aus der Grundschule und die Eltern haben unterschrieben.",
        "Ein Arzt sagte, die Wartezeit sei zu lang.",
        "Die Ärztin meinte, der Termin im Rathaus sei zu spät.",
        # a bare role in an apposition
        "Mein Vermieter, der Zahnarzt, ist nett.",
        # a clause after a verb is no apposition
        "Die Anruferin sagt, der Techniker aus dem Rathaus habe sie geschickt.",
        # a visit to a shop, a vague place, a third person's shop
        "Ich habe den Kiosk am Zollberg angerufen.",
        "Wir haben die Apotheke am Markt gefragt, aber die hatten nichts.",
        "Wir haben einen Hofladen am Stadtrand und verkaufen Eier.",
        # a role at an unnamed house
        "Die Leiterin der Stadtbücherei hat es gesagt.",
    ],
)
def test_controls_kept(text):
    assert TAG not in redact_text(text)
