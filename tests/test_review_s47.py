"""Session 47: the quote review holds back one person told apart without a name.

A singular person noun with a relative clause or a tie to a named place ("die Kollegin, die
nur mittwochs da ist", "der Frau vom Empfang im Technischen Rathaus") and a home pointed at by
the way to it with no residence word ("wir sind die mit dem Wohnwagen am Ende der Sackgasse").
Such quotes have no tag when redaction left them alone, so only the review can stop them.
"""

from __future__ import annotations

import pytest

from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.privacy.leftover_phrases import one_person_told
from esslingen_lab.privacy.review import risk_reasons, risk_score

HELD_BACK = [
    # a relative clause after one person
    "Die Kollegin, die nur dienstags im Jugendhaus ist, hat eine Warteliste von 20 Familien.",
    "Im Ortschaftsrat sitzt eine Frau, die seit 30 Jahren das Gemeindeblatt schreibt.",
    "der typ der bei uns in zell den kiosk hat kennt sich mit der app besser aus",
    "im amt arbeitet eine kollegin die seit monaten bedroht wird, bitte fotos löschen",
    # a tie to a named place
    "Die Leiterin vom Bürgerbüro in Mettingen ist schneller als das ganze Rathaus.",
    "Kennt jemand die Hausmeisterin vom Rathaus-Anbau? Ohne sie kommt keiner rein.",
    "hab mit der Frau vom Empfang im Rathaus Mettingen geredet, die wusste Bescheid",
    "grüße an den hausmeister vom alten rathaus, der mir den weg gezeigt hat",
    # a home told by the way to it, no residence word
    "wir sind die mit dem blauen Bauwagen hinter dem Sportplatz in Sirnau",
    "Unser Haus ist das letzte in der Sackgasse hinter der Kelter, das mit dem Hühnerstall.",
    "Die Doppelhaushälfte schräg gegenüber vom Kindergarten, die mit dem roten Tor, das sind wir.",
]

ORDINARY = [
    "Der Mitarbeiter im Bürgeramt war sehr freundlich.",
    "Die Ärztin im Gesundheitsamt hat alles gut erklärt.",
    "Ein Lehrer, der jeden Tag dreißig Kinder betreut, braucht Unterstützung.",
    "Die Kollegin ist immer freundlich.",
    "Wir brauchen besseren Schutz der Radfahrer beim Abbiegen.",
    "Die Verkäuferin, die immer freundlich ist, hilft gern.",
    "Die Bibliothek neben dem Rathaus braucht längere Öffnungszeiten.",
    "Der Radweg hinter dem Bahnhof ist eine Zumutung.",
    "die frau die tür aufhält ist nett",
]


@pytest.mark.parametrize("quote", HELD_BACK)
def test_one_person_or_home_told_apart_is_held_back(quote):
    assert risk_score(quote) >= REVIEW_THRESHOLD, risk_reasons(quote, language="en")


@pytest.mark.parametrize("quote", ORDINARY)
def test_ordinary_quotes_stay_below_the_threshold(quote):
    assert risk_score(quote, seen=True) < REVIEW_THRESHOLD, risk_reasons(quote, language="en")


def test_the_reason_names_the_description_in_german():
    reasons = [r for r, _ in risk_reasons(HELD_BACK[0], language="de")]
    assert any("beschreibt eine bestimmte Person" in r for r in reasons)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Die Kollegin, die nur mittwochs da ist, fehlt.", True),
        ("Die Kollegin, die immer nett ist, fehlt.", False),  # a trait, ends in a copula
        ("Der Mitarbeiter im Bürgeramt in Berkheim hilft.", True),  # a second place
        ("Der Mitarbeiter im Bürgeramt hilft.", False),  # one of many staff
        ("Die Chefin vom Bürgeramt hilft.", True),  # the head of an office is one
        ("Ein Lehrer, der jeden Tag hilft, ist gut.", False),  # anyone
    ],
)
def test_one_person_told(text, told):
    assert one_person_told(text) is told


# --- redaction: half a compound before a list is no name (real Ottensen texts) ------------

from esslingen_lab.privacy import redact_text  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Die Route durch Klaus- und Eulenstraße ist zu voll.",
        "Die Straßen Arnold-, Kepler-, Rothestr. haben Radwege.",
        "Radfahren auf Barner-, Behringstraße und Friedensallee.",
        "Ich mache Hochzeits- und Familienfotos in der Altstadt.",
        "Ich sehe zu Abstell- oder Parkverboten keine Alternative.",
    ],
)
def test_half_a_compound_before_a_list_stays(text):
    assert redact_text(text) == text


def test_a_name_before_a_dash_is_still_taken():
    assert redact_text("Gruß, Klaus Wendling - und danke!") == "Gruß, [NAME] - und danke!"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gruß, Anna Maier- und das Team vom Elternbeirat", "Maier"),
        ("Ansprechpartner: Thomas Berger-, Sabine Roth- und Uwe Frank-Vogel", "Berger"),
        ("Vorsitzende Ursula Bauer- und Kassenwart Walter Stein", "Bauer"),
        ("Anna- und Peter Maier haben das Fest organisiert.", "Anna"),
        ("Hans-, Karl- und Fritz Müller sind die Vorstände.", "Karl"),
        ("Heinz Vollmer- & Söhne haben das Dach gemacht.", "Vollmer"),
        ("Danke Sven Albrecht- und danke Anja Seidel!", "Albrecht"),
        ("gruß petra schäfer- und team", "schäfer"),
    ],
)
def test_a_name_before_a_hyphen_and_a_list_is_still_taken(text, name):
    # a reviewer's attack on the half-compound reading: names in such lists stay removed
    assert name not in redact_text(text)


@pytest.mark.parametrize(
    "quote",
    [
        "Die Frau am Telefon war sehr freundlich und hat mir gleich einen Termin gegeben.",
        "Der Mann am Schalter im Bürgerbüro konnte mir leider nicht weiterhelfen.",
        "Die Sachbearbeiterin im Jobcenter war überfordert.",
        "Wir sind die Eltern, die hinter der Schule parken müssen.",
        "Wir sind die Stadt mit dem schönsten Weihnachtsmarkt, direkt neben der Burg.",
        "Das sind wir Esslinger: immer hinter Stuttgart zurück.",
        "Die Linie mit dem Umweg über Berkheim, direkt am Bahnhof vorbei, ist zu langsam.",
        "Meine Wohnung ist zu teuer, die Mieten sind unverschämt, vor allem neben dem Bahnhof.",
        "Unser Rathaus ist direkt am Marktplatz.",
    ],
)
def test_staff_at_a_counter_and_public_places_are_not_held_back(quote):
    assert risk_score(quote, seen=True) < REVIEW_THRESHOLD, risk_reasons(quote, language="en")


def test_a_lone_surrogate_in_a_quote_gets_a_risk_and_a_key():
    # a reviewer's find: "\ud800" (a JSON escape) raised UnicodeEncodeError in the review
    from esslingen_lab.privacy.review import quote_key

    assert risk_score("Frau Weber \ud800 hat angerufen") >= REVIEW_THRESHOLD
    assert quote_key("a\ud800") != quote_key("a")


def test_a_lone_surrogate_is_redacted_not_withheld():
    # before: every rule looking a word up failed on it, and the whole answer was withheld
    assert redact_text("Herr Maier \udcff hat angerufen") == "Herr [NAME] \ufffd hat angerufen"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a reviewer's surnames off the list, one letter from a German word: nine letters
        # were tried as "a slip, no name" in session 47 and let these through
        ("Danke an Schnieder, der die Anträge so schnell bearbeitet hat.", "Schnieder"),
        ("Abendroth aus der Kita Sonnenschein ist die beste Erzieherin.", "Abendroth"),
        ("Kleinhans aus dem Seniorentreff ist immer hilfsbereit.", "Kleinhans"),
        ("Danke an Leonhardt für die Geduld.", "Leonhardt"),
        # a listed name before a hyphen and a group of people is a name
        ("Grüße an Maier- und Schulze-Team", "Maier"),
        ("Danke an Lewandowski- und Team vom Bauhof!", "Lewandowski"),
        ("Gruß Kowalski- & Team", "Kowalski"),
    ],
)
def test_surnames_near_words_and_before_group_words_are_taken(text, name):
    assert name not in redact_text(text)


@pytest.mark.parametrize(
    "quote",
    [
        # a reviewer's second attack: wishes, idioms, houses of many
        "Wir brauchen dringend einen Kinderarzt, der neue Patienten aufnimmt.",
        "In unserem Stadtteil fehlt eine Hausärztin, die auch Hausbesuche macht.",
        "Eine Hausärztin in Berkheim zu bekommen dauert Monate.",
        "Das mit dem Parkplatz hinter dem Rathaus ist eine Katastrophe.",
        "Was ist das mit dem Bauzaun gegenüber der Schule?",
        "Unser Stadtteilhaus gegenüber der Kirche braucht mehr Öffnungszeiten.",
        "Mein Hotelzimmer gegenüber dem Bahnhof war sehr laut.",
        "Der Sportverein hinter dem Stadtfest – das sind wir.",
        "Wir sind die mit dem größten Chor neben der Stadtkapelle.",
    ],
)
def test_wishes_idioms_and_shared_houses_are_not_held_back(quote):
    assert risk_score(quote, seen=True) < REVIEW_THRESHOLD, risk_reasons(quote, language="en")
