"""A person tied to a role holder, a named house, a counter or an age: [PERSON-BESCHREIBUNG].

Office holders by role, groups, institutions and generic statements stay.
"""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURES = Path(__file__).parent / "fixtures"
TAG = "[PERSON-BESCHREIBUNG]"


@pytest.fixture(scope="module")
def records():
    return load_labelled(FIXTURES / "pii_dev_s8_desc.jsonl")


@pytest.mark.parametrize("name", ["pii_dev_s8_desc.jsonl", "pii_dev_s8_desc2.jsonl"])
def test_the_dev_sets_hold_descriptions_and_tempting_controls(name):
    records = load_labelled(FIXTURES / name)
    descriptions = [p for r in records for p in r["pii"] if p["category"] == "description"]
    controls = [c for r in records for c in r["controls"]]
    assert len(descriptions) >= 25 and len(controls) >= 25
    for record in records:
        for item in record["pii"] + record["controls"]:
            assert item["value"] in record["text"]


def test_the_dev_set_is_found_and_its_description_controls_stay(records):
    score = score_redaction(records, lambda texts: redact(texts, n_jobs=1).texts)
    assert score.by_category["description"][0] == score.by_category["description"][1]
    out = redact([r["text"] for r in records], n_jobs=1).texts
    for record, after in zip(records, out, strict=True):
        assert TAG not in after or record["pii"], after


@pytest.mark.parametrize(
    "text, phrase",
    [
        # a relative or helper of a role holder in a named place
        (
            "Die Frau vom Ortsvorsteher in Hohenbühl verteilt die Zettel.",
            "Die Frau vom Ortsvorsteher in Hohenbühl",
        ),
        ("Die Schwester vom Pfarrer in Weil hilft im Büro.", "Die Schwester vom Pfarrer in Weil"),
        (
            "Der Sohn des Försters in Hohengehren fährt zu schnell.",
            "Der Sohn des Försters in Hohengehren",
        ),
        (
            "die frau vom bürgermeister in deizisau hat gesagt",
            "die frau vom bürgermeister in deizisau",
        ),
        (
            "Die Tochter vom Apotheker am Marktplatz hat gesagt.",
            "Die Tochter vom Apotheker am Marktplatz",
        ),
        (
            "Der Bruder von der Wirtin vom Lamm hat den Antrag gestellt.",
            "Der Bruder von der Wirtin vom Lamm",
        ),
        (
            "Die Tochter vom Metzger in der Kelterstraße hat gesagt.",
            "Die Tochter vom Metzger in der Kelterstraße",
        ),
        # a role at a named inn, parish, club or shop
        (
            "Der Pfarrer von St. Martin in Altenried hat uns erzählt.",
            "Der Pfarrer von St. Martin in Altenried",
        ),
        ("Der Wirt vom Ochsen in Kirchbronn hat gebraucht.", "Der Wirt vom Ochsen in Kirchbronn"),
        ("der wirt vom ochsen in zell hot gsagt", "der wirt vom ochsen in zell"),
        ("Die Köchin vom Adler in Plochingen hat gekündigt.", "Die Köchin vom Adler in Plochingen"),
        (
            "Die Dirigentin vom Musikverein Berkheim sucht einen Raum.",
            "Die Dirigentin vom Musikverein Berkheim",
        ),
        (
            "Der Trainer der D-Jugend vom SV Zell hat geschrieben.",
            "Der Trainer der D-Jugend vom SV Zell",
        ),
        ("Ich war beim Pfarrer von St. Martin in Zell.", "Pfarrer von St. Martin in Zell"),
        (
            "Ein SUV, gefahren vom Inhaber des Autohauses an der Plochinger Straße.",
            "Inhaber des Autohauses an der Plochinger Straße",
        ),
        (
            "Der Betreiber vom Dönerladen am Bahnhof Rosswangen wartet.",
            "Der Betreiber vom Dönerladen am Bahnhof Rosswangen",
        ),
        (
            "Die Frau des Hausmeisters der Grundschule Rüdern hat gesagt.",
            "Die Frau des Hausmeisters der Grundschule Rüdern",
        ),
        (
            "Der Enkel vom Mesner in St. Bernhardt hat geläutet.",
            "Der Enkel vom Mesner in St. Bernhardt",
        ),
        (
            "D Frau vom Schultes z Baltmannsweiler hot gsagt.",
            "D Frau vom Schultes z Baltmannsweiler",
        ),
        (
            "die witwe vom alten förster in krummenacker lebt allein",
            "die witwe vom alten förster in krummenacker",
        ),
        ("Als Wirt vom Ochsen in Kirchbronn ärgert mich das.", "Wirt vom Ochsen in Kirchbronn"),
        ("Ich bin Wirtin vom Rössle in Hegensberg.", "Wirtin vom Rössle in Hegensberg"),
        (
            "Der Typ vom Dönerladen in der Bahnhofstraße war nett.",
            "Der Typ vom Dönerladen in der Bahnhofstraße",
        ),
        # a neighbour by where and how old
        (
            "Meine Nachbarin im Erdgeschoss, die 94 ist und allein lebt, bekommt nichts.",
            "Meine Nachbarin im Erdgeschoss, die 94 ist und allein lebt",
        ),
        (
            "Mein Nachbar im zweiten Stock, der über 90 ist, schafft die Treppe nicht.",
            "Mein Nachbar im zweiten Stock, der über 90 ist",
        ),
        # looks at the place where one works
        (
            "Der große Glatzköpfige am Schalter 3 war unfreundlich.",
            "Der große Glatzköpfige am Schalter 3",
        ),
        (
            "Der mit dem Hörgerät an der Infotheke hat mir geholfen.",
            "Der mit dem Hörgerät an der Infotheke",
        ),
        ("Die Blonde am Empfang im Rathaus war nett.", "Die Blonde am Empfang im Rathaus"),
        (
            "Der Ältere mit dem Schnauzer am Schalter 5 hat geholfen.",
            "Der Ältere mit dem Schnauzer am Schalter 5",
        ),
        (
            "Der kleine Dicke vom Ordnungsamt hat mich angeschrien.",
            "Der kleine Dicke vom Ordnungsamt",
        ),
        ("Die mit dem Kopftuch vom Jobcenter war nett.", "Die mit dem Kopftuch vom Jobcenter"),
        # kept from before
        (
            "Die Leiterin der Kita Sonnenblume in Brühlheim erzählt.",
            "Die Leiterin der Kita Sonnenblume in Brühlheim",
        ),
        ("Der Hausmeister vom Bürgerhaus Lindach muss.", "Der Hausmeister vom Bürgerhaus Lindach"),
        ("Die einzige Hebamme in Talhausen hat aufgehört.", "Die einzige Hebamme in Talhausen"),
    ],
)
def test_a_description_of_one_person_is_removed(text, phrase):
    out = redact_text(text)
    assert TAG in out
    assert phrase not in out
    assert phrase.split()[-1] not in out


@pytest.mark.parametrize(
    "text",
    [
        "Der Ortsvorsteher von Hohenbühl hat eingeladen.",
        "Die Ortsvorsteherin gibt sich Mühe, aber ohne Breitband geht nichts.",
        "Die Baubürgermeisterin hat das Projekt vorgestellt.",
        "Die Frau vom Bürgermeister hat das Fest eröffnet.",
        "Der Sohn vom Nachbarn in Zell hat Lärm gemacht.",
        "Die Frau vom Jugendamt in Esslingen war nett.",
        "Der Chef vom Ganzen ist der Oberbürgermeister.",
        "Die Leute vom Ochsen haben gefeiert.",
        "Der Vorsitzende der SPD in Esslingen hat geantwortet.",
        "Der Präsident vom Landgericht Stuttgart hat entschieden.",
        "Die Große Kreisstadt Esslingen hat viele Ämter.",
        "Der Alte Friedhof in Esslingen ist schön.",
        "Die mit dem Bus kommen, warten lange.",
        "Der Schnellste am Schalter war der Automat.",
        "Die Anwohner vom Lerchenberg in Zell sind sauer.",
        "Die Anwohner der Hauptstraße beschweren sich.",
        "Die Lehrer an den Schulen sind überlastet.",
        "Die Mitarbeiter im Bürgeramt waren freundlich.",
        "Ein Pfarrer hat mal gesagt, die Kirche muss ins Dorf.",
        "Der Hausmeister sollte die Heizung früher anstellen.",
        "Die Kita Sonnenblume braucht mehr Personal.",
        "Das Bürgerhaus Lindach ist zu klein.",
        "Die Mitglieder vom Musikverein Berkheim proben.",
        "Meine Mutter, die 85 ist, hat kein Handy.",
        "Die Frau vom Hausmeister am Wochenende war laut.",
        "Der Preis vom Essen im Adler ist zu hoch.",
        "Die Sprechstunde vom Arzt in Zell ist zu kurz.",
        "Ich gehe zum Chef vom Bauamt in Zell.",
        "Als Mutter von drei Kindern finde ich das schlecht.",
        "Als Bürger von Zell bin ich dagegen.",
        "Als Vorsitzender der SPD in Zell sage ich das.",
        "Als Mitglied vom Musikverein Zell finde ich das gut.",
    ],
)
def test_roles_groups_and_institutions_stay(text):
    assert TAG not in redact_text(text)
