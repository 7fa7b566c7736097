"""Quote review, session 13: what redaction leaves that the review now holds back.

A person tied to a shop, business or street, health details in everyday words, a surname
bare after "an"/"von", the way to one house or plot without a residence word; and the
reasons a reviewer reads are plain German. Every sentence is invented; each kind comes with
controls that must pass the review unchanged (not held back).
"""

import pytest

from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.privacy.review import REVIEW_TEXT, review_table, risk_reasons, risk_score


def _held_back(quote: str) -> bool:
    return bool(review_table([quote])["needs_review"].iloc[0])


def _reason(key: str) -> str:
    return REVIEW_TEXT.text(key, "de")


def _has(quote: str, key: str) -> bool:
    return _reason(key) in dict(risk_reasons(quote, language="de"))


@pytest.mark.parametrize(
    "quote",
    [
        "Die Frau aus der Bäckerei gegenüber vom Rathaus sagt, die App stürzt ab.",
        "Ich hab ne Pizzeria in der Bahnhofstraße und warte seit Wochen auf die Genehmigung.",
        "Mein Imbiss, Döner am Busbahnhof, wird jede Woche kontrolliert.",
        "Ich (Schneiderin, Atelier in der Küferstraße) fände ein Händlerportal gut.",
        "Die Frau vom Tierarzt hat gesagt, das Formular ist kaputt.",
        "Der ältere Herr aus der Lindenstraße kam dreimal wegen derselben Sache.",
        "Ich bin Friseurin in Sulzgries und die Gewerbeanmeldung war kompliziert.",
        "hi, bin die [NAME] vom kiosk am bahnhof, wlan wär super",
    ],
)
def test_a_person_tied_to_one_business_or_street_is_held_back(quote):
    assert _has(quote, "business")
    assert _held_back(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Die Bäckereien in der Altstadt sollten Kartenzahlung anbieten.",
        "Der Kiosk am Bahnhof hat jetzt länger offen.",
        "Ich war heute beim Bäcker und habe über die Umfrage gesprochen.",
        "Mein Verein braucht einen Raum.",
        "Als Kundin der Stadtwerke finde ich die App gut.",
        "Die Mitarbeiterin vom Bürgeramt war sehr freundlich.",
        "Ich arbeite als Hausmeister im Rathaus und die Raumbuchung stimmt nie.",
        "Die Verkäufer aus der Bäckerei am Markt sind immer nett.",
    ],
)
def test_shops_staff_of_the_city_and_many_people_pass(quote):
    assert not _has(quote, "business")
    assert risk_score(quote) < REVIEW_THRESHOLD


@pytest.mark.parametrize(
    "quote",
    [
        "Der Kleine hat Autismus und braucht viel Struktur beim Amt.",
        "Eine davon ist schwanger und seit Januar im Beschäftigungsverbot.",
        "Der schwerhörige Kollege versteht die Erklärvideos nicht.",
        "Er ist psychisch sehr belastet und spricht von Suizid.",
        "Der isch halt alkoholkrank, aber der Müll ist das Problem.",
        "Unser [NAME] hat sich im Frühjahr beim Mähen das Kreuzband gerissen.",
        "Auf der Liste steht [NAME] mit Erdnussallergie.",
    ],
)
def test_health_details_in_everyday_words_are_held_back(quote):
    assert _has(quote, "health")
    assert _held_back(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Für blinde Menschen braucht es Sprachausgabe.",
        "Das ist der blinde Fleck der Verwaltung.",
        "Mein Handy ist kaputt, deshalb schreibe ich vom Laptop.",
        "Allergiker sollten im Stadtpark gewarnt werden.",
        "Ich bin für mehr Barrierefreiheit für Rollstuhlfahrer.",
        "Frau [NAME] aus der Psychiatrie hat uns beraten.",
    ],
)
def test_health_words_about_groups_or_things_pass(quote):
    assert not _has(quote, "health")
    # a quote with a tag waits for a person anyway; here only the tag holds it
    assert risk_score(quote, seen=True) < REVIEW_THRESHOLD


@pytest.mark.parametrize(
    "quote",
    [
        "Ich hab das an Koch weitergegeben, aber der ist im Urlaub.",
        "Das läuft über die WhatsApp-Gruppe von Fischer, das ist nicht dokumentiert.",
        "Sensoren an Parkplätzen (Fuchs, Stadtwerke)",
        "Frag mal beim KRAUSS im Bauordnungsamt nach.",
        "Die Idee kam von Weber, der hat das im Workshop gesagt.",
    ],
)
def test_a_surname_where_a_person_stands_is_held_back(quote):
    assert _has(quote, "slot")
    assert _held_back(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Die Radwege von Nord nach Süd fehlen.",
        "Ein Fest für Groß und Klein wäre schön.",
        "Beim Parken im Parkhaus gibt es keine Kartenzahlung.",
        "Die Formulare muss man von Hand ausfüllen.",
        "Das entscheiden wir von Fall zu Fall.",
    ],
)
def test_idioms_after_von_and_an_pass(quote):
    assert not _has(quote, "slot")
    assert risk_score(quote) < REVIEW_THRESHOLD


@pytest.mark.parametrize(
    "quote",
    [
        "Oberhalb vom Sportplatz die zweite Einfahrt rechts, da ist unser Hof ohne Netz.",
        "Am Ende vom Feldweg das letzte Grundstück links, da kommt kein Müllwagen hin.",
        "Das Haus mit dem grünen Gartenzaun neben der Kirche, da parken immer Autos.",
        "hinterm edeka das gelbe hochhaus, 7. stock, da fährt der aufzug nie",
    ],
)
def test_the_way_to_one_house_or_plot_is_held_back(quote):
    assert _has(quote, "home")
    assert _held_back(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Das neue Haus der Jugend neben der Schule ist toll.",
        "Ecke Große Brunnenstraße fehlt ein Zebrastreifen.",
        "Die zweite Ampel rechts ist immer kaputt.",
        "Das alte Rathaus gegenüber der Kirche sollte saniert werden.",
    ],
)
def test_places_and_public_buildings_pass(quote):
    assert not _has(quote, "home")
    assert risk_score(quote) < REVIEW_THRESHOLD


def test_reasons_a_reviewer_reads_say_what_is_meant_in_german():
    reasons = dict(risk_reasons("Der [NAME] hat angerufen, Tel. 0711 4455667.", language="de"))
    assert any(r.startswith("Redaktion hat hier schon etwas ersetzt") for r in reasons)
    assert any(r.startswith("lange Zahl oder Nummer") for r in reasons)
    only = dict(risk_reasons("Die einzige Hebamme im Ort hilft uns.", language="de"))
    assert "„der/die einzige …“ kann auf eine bestimmte Person zeigen" in only
    # every German reason is a phrase of its own, no bare keyword
    for key in ("tag", "only", "family", "circumstances", "names", "business"):
        assert len(_reason(key).split()) >= 3, key


@pytest.mark.parametrize(
    "quote",
    [
        "Ich bin am 12.03.1958 in Esslingen zur Schule gekommen und finde die App gut.",
        "Seit dem 1. September 1987 arbeite ich im Bürgeramt.",
        "Unser Sohn (14.2.2003) braucht einen Termin.",
    ],
)
def test_an_exact_date_decades_back_is_held_back(quote):
    assert _has(quote, "old_date")
    assert _held_back(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Am 3.10.2024 war Tag der offenen Tür im Rathaus.",
        "Die Stadthalle wurde 1965 gebaut und braucht neue Fenster.",
        "Seit Januar 2024 gibt es die App.",
        "Bis 2009 fuhr hier noch ein Bus.",
        "Die Sanierung kostet 12.000 Euro.",
    ],
)
def test_recent_dates_and_bare_years_pass(quote):
    assert not _has(quote, "old_date")
    assert risk_score(quote) < REVIEW_THRESHOLD
