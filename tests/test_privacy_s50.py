"""Session 50: homes told after "wohnen" that the directions reader used to miss."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dwelling with the definite article and a named place after it
        ("Wir wohnen im Hochhaus am Zollberg.", "Wir wohnen [ADRESSE]."),
        (
            "Ich wohne seit 30 Jahren im Gärtnerhaus vom alten Friedhof in Oberesslingen.",
            "Ich wohne seit 30 Jahren [ADRESSE].",
        ),
        ("Ich wohne auch da, im Häuschen am Tor.", "Ich wohne auch da, [ADRESSE]."),
        # who lives there too, after "mit"
        (
            "Meine Frau wohnt mit den Kids im Hochhaus am Zollberg, 11. Stock, Tür gegenüber "
            "vom Aufzug.",
            "Meine Frau wohnt mit den Kids [ADRESSE].",
        ),
        (
            "Wir wohnen mit zwei Kindern über der Apotheke am Markt.",
            "Wir wohnen mit zwei Kindern [ADRESSE].",
        ),
        (
            "Frau Maier wohnt mit ihrer Tochter im Häuschen am Friedhof.",
            "Frau [NAME] wohnt mit ihrer Tochter [ADRESSE].",
        ),
        (
            "Wir wohnen gemeinsam mit den Großeltern im Gärtnerhaus vom alten Friedhof.",
            "Wir wohnen gemeinsam mit den Großeltern [ADRESSE].",
        ),
        # a "da, wo …" clause before the directions, taken with them
        (
            "ich wohn da wo früher der schlecker war, in mettingen über dem nagelstudio, 1. stock",
            "ich wohn [ADRESSE]",
        ),
        (
            "Meine Oma wohnt da, wo früher die Bäckerei war, über dem Blumenladen in Berkheim.",
            "Meine Oma wohnt [ADRESSE].",
        ),
        # Swabian "em" (im) and "neba" (neben)
        ("i wohn em Häusle neba dr alta Kelter.", "i wohn [ADRESSE]."),
        ("Mei Oma wohnt em Häusle am alta Friedhof.", "Mei Oma wohnt [ADRESSE]."),
        # "in der" belongs to the home, as writers mark it
        (
            "Ich wohne in der Gartenhütte am Ende vom Kleingartenverein Neckarwiesen, Parzelle 17.",
            "Ich wohne [ADRESSE].",
        ),
    ],
)
def test_a_home_told_in_words_is_taken(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ich wohne in einem Haus am Stadtrand.",  # no one house
        "Ich wohne im Haus meiner Eltern.",
        "Ich wohne im Hochhaus in der Nähe.",
        "Viele wohnen im Hochhaus am Zollberg.",  # many people: no one's home
        "Die Störche wohnen im Haus am See.",  # no person
        "Ich wohne mit Blick auf den Neckar.",
        "Ich wohne da, wo es ruhig ist.",
        "Ich wohne da, wo andere Urlaub machen, in Esslingen am Neckar.",
        "Ich wohne da, wo es ruhig ist, und fahre jeden Tag mit dem Bus über die Brücke.",
        "I hab em gsagt, er soll wohna wo er will.",  # "em" = "ihm"
        # several people, "they" or "Sie" in a hypothetical, animals (a reviewer's attack)
        "Die Geflüchteten? Sie wohnen im Wohnheim am Zollberg, und dort gibt es kein WLAN.",
        "Unsere Saisonkräfte wohnen im Container am Weinberg, das hat das Amt genehmigt.",
        "Meine Kollegen wohnen im Wohnheim am Klinikum und pendeln nicht.",
        "Meine Bienen wohnen im Bienenhaus am Waldrand.",
        "Unser Pferd lebt im Stall am Reiterhof Sirnau, muss ich dafür Steuern zahlen?",
        "Stellen Sie sich vor, Sie wohnen im Hochhaus am Zollberg und der Aufzug ist kaputt.",
        "Ich wohne mit Hund in einer kleinen Wohnung, die Hundewiese am Neckar ist super.",
        "Ich wohne da wo andere Urlaub machen, über dem Nebel am Neckar.",
    ],
)
def test_no_home_is_told(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unser Sohn kam letztes Jahr nach Esslingen. Er hat Kriegstrauma.",
            "Unser Sohn kam letztes Jahr nach Esslingen. [GESUNDHEIT].",
        ),
        ("Mein Vater hat ein Fluchttrauma.", "[GESUNDHEIT]."),
        # a trauma said of a thing, or of many, is no one's health
        (
            "Die Baustelle ist ein Trauma für die ganze Straße.",
            "Die Baustelle ist ein Trauma für die ganze Straße.",
        ),
        ("Viele Geflüchtete haben Traumata.", "Viele Geflüchtete haben Traumata."),
        # a figure of speech (session 35)
        (
            "Ich habe ein Trauma mit dem Bürgeramt, nie wieder.",
            "Ich habe ein Trauma mit dem Bürgeramt, nie wieder.",
        ),
    ],
)
def test_a_trauma_of_one_person_is_health(text, expected):
    assert redact_text(text) == expected


def test_long_pasted_answers_come_back_whole():
    """A name or a home said again and again: every one is taken (the time is measured in
    benchmarks/bench_privacy_speed.py, not here)."""
    text = "Anna haist, " * 300 + "Ich wohne im Hochhaus am Zollberg, " * 300
    out = redact_text(text)
    assert "Anna" not in out and "Hochhaus" not in out
    assert out.count("[ADRESSE]") == 300


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the person is from tells which one; the detail is taken after it
        (
            "Herr Maier aus dem Erdgeschoss ist seit dem Unfall im Rollstuhl.",
            "Herr [NAME] aus dem Erdgeschoss [GESUNDHEIT].",
        ),
        (
            "Brigitte aus unserer Hausgemeinschaft ist seit dem Sturz auf den Rollator angewiesen.",
            "[NAME] aus unserer Hausgemeinschaft [GESUNDHEIT].",
        ),
        # a room or flat by its number stays hidden with the detail (a reviewer's attack)
        ("Herr Maier aus Zimmer 214 im Pflegeheim hat Demenz.", "[GESUNDHEIT]."),
        ("Herr Maier aus der Wohnung 3b hat Demenz.", "[GESUNDHEIT]."),
        # a group spoken of by someone from an office is no one's health
        (
            "Herr Maier vom Bauamt hat gesagt, dass Rollstuhlfahrer den Aufzug nehmen sollen.",
            "Herr [NAME] vom Bauamt hat gesagt, dass Rollstuhlfahrer den Aufzug nehmen sollen.",
        ),
    ],
)
def test_health_after_where_a_person_is_from(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a thing's year of building opening an answer (a reviewer's attack: an answer that
        # opens with "Bj. 1961, …" is left to the quote review)
        "Baujahr 1975, das Haus braucht eine neue Heizung.",
        "Bj. 2012, 140.000 km, das Auto ist top.",
        "Bj. 2009, Diesel, Euro 5 – darf ich mit dem noch in die Umweltzone?",
        # a public building's house number
        "Die Impfstelle ist jetzt in Haus Nr. 2 im Klinikum.",
        "Die Ausländerbehörde ist umgezogen in Haus Nr. 2, Eingang über den Hof.",
        # a version in the payment reference's shape
        "Die App hat Version 5.2024.110523.1 und stürzt beim Login immer noch ab.",
        # a talk about a condition
        "Frau Stark hat über Depressionen referiert, das war gut.",
    ],
)
def test_things_shaped_like_personal_data_stay(text):
    out = redact_text(text)
    assert out.replace("Frau [NAME]", "Frau Stark") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Seite sagt 'Kassenzeichen unbekannt' (5.0400.221873.9). Und wo zahle ich?",
            "Die Seite sagt 'Kassenzeichen unbekannt' ([ID]). Und wo zahle ich?",
        ),
        ("Betrag 1.234.567,89 Euro", "Betrag 1.234.567,89 Euro"),
        ("Version 1.2345.678901.2.3 ist alt.", "Version 1.2345.678901.2.3 ist alt."),
    ],
)
def test_a_payment_reference_by_its_shape(text, expected):
    assert redact_text(text) == expected


def test_a_long_paste_of_floors_comes_back_whole():
    """Each floor read its clause back to the text's start (a reviewer measured 13.8 s for
    50,000 characters, withheld at 100,000); the time is in bench_privacy_speed.py."""
    text = "im 2. Stock vom Hinterhaus " * 1500
    assert redact_text(text) == text
