"""Session 13: birth dates and loose addresses in the forms people write them.

Each family is tested with invented sentences of its own (other words, dialect, lower case)
and with ordinary sentences of the same shape that must stay unchanged.
"""

import pytest

from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.redact import address_after, street_forms

# ---- a full date beside a person: a comma, a bracket or a dash, no birth word


@pytest.mark.parametrize(("text", "gone"), [
    ("Meine Mutter, 14.03.1941, kann das Formular nicht lesen.", "14.03.1941"),
    ("Kinder: Lena, 03.05.2012; Tim, 17.09.2015", "17.09.2015"),
    ("Kinder: Lena, 03.05.2012; Tim, 17.09.2015", "03.05.2012"),
    ("Ich bin 82 Jahre (12.01.1943) und habe kein Smartphone.", "12.01.1943"),
    ("Unser Opa – 2. März 1938 – lebt noch allein.", "2. März 1938"),
    ("Meine Tochter, 12.04.2021, braucht einen Kitaplatz.", "12.04.2021"),
    ("Meine Mutter (14.03.1941–02.05.2020) hat hier gelebt.", "14.03.1941"),
])
def test_date_beside_a_person_goes(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Die Sitzung, 14.03.2019, war gut.",
    "Meine Mutter, seit 01.01.2019 im Heim, ist traurig.",
    "Mein Mann, 12.05.2019 verstorben, hat das gemacht.",
    "Termin: Dienstag, 14.03.2025, 10 Uhr",
    "Am Montag, 12.05.1997, wurde die Halle eröffnet.",
    "Stand: Oktober, 12.10.2018.",
])
def test_event_dates_beside_words_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    # a recent date beside an adult is an appointment or a call, not a birth date
    "Frau Berger, 14.03.2024, hat angerufen.",
    "Herr Maier, 14.03.2024, Bürgerbüro",
])
def test_recent_date_beside_an_adult_stays(text):
    assert "14.03.2024" in redact_text(text)


# ---- a birthday: day and month, with "Geburtstag" or the age someone turns


@pytest.mark.parametrize(("text", "gone"), [
    ("Mein Vater hat am 17. März Geburtstag.", "17. März"),
    ("ich hab am 3.4. geburtstag und will frei", "3.4."),
    ("Meine Oma feiert am 12. Mai ihren 95.", "12. Mai"),
    ("Er wird am 1. April 60.", "1. April"),
    ("Am 12. Mai wird sie 70 Jahre alt.", "12. Mai"),
    ("Ich feiere am 8. August meinen 70. Geburtstag.", "8. August"),
    ("Die Nachbarin, die am 2. Februar ihren 90. feiert, kommt jeden Dienstag.", "2. Februar"),
])
def test_birthday_goes(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Der Verein feiert am 3. Mai seinen 100. Geburtstag.",
    "Die Stadtbücherei wird am 4. Juli 50 Jahre alt.",
    "Am 4. Juli ist Stadtfest, ich habe dann frei.",
    "Ich habe am 4. Juli 3 Termine.",
    "Sie hat am 12.03. 2 Anträge gestellt.",
    "Wir haben am 3. Mai 20 Leute eingeladen.",
    "Die Kita hat am 3. Mai 12 Kinder mehr.",
])
def test_dates_of_counts_and_clubs_stay(text):
    assert redact_text(text) == text


# ---- a birth year in words after "Jahrgang", also Swabian; month and year before "geboren"


@pytest.mark.parametrize(("text", "gone"), [
    ("Wir sind beide Jahrgang sechzig.", "sechzig"),
    ("Mei Mo isch Johrgang achtavierzig.", "achtavierzig"),
    ("Der Vadder isch Jahrgang vierasechzig ond hot Zucker.", "vierasechzig"),
    ("Mir zwoi sen beide vo Sechafuffzig.", "Sechafuffzig"),
    ("Ich bin von einundsechzig, also kein Digital Native.", "einundsechzig"),
    ("Kurz zu mir: 03/1958 geboren in Split, seit 1991 hier.", "03/1958"),
    ("Mein Mann ist Baujahr 1950 und braucht Hilfe.", "1950"),
])
def test_birth_year_phrases_go(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Ich bin von sechzig Leuten gewählt worden.",
    "Der Jahrgang achtzig der Realschule trifft sich.",
    "Wir waren vierzig Leute.",
    "Die Idee ist 03/2019 entstanden.",
    "Mein Auto ist Baujahr 2010.",
    "Unser Haus, Baujahr 1962, ist kalt.",
])
def test_counts_and_things_built_stay(text):
    assert redact_text(text) == text


# ---- a house told by a landmark, a floor, a door; directions after "wohne"


@pytest.mark.parametrize(("text", "gone"), [
    # the landmark before a singled-out house belongs to it
    ("Bei der Bushaltestelle Zollberg das blaue Haus mit dem Zaun – da wohnen wir.",
     "Bushaltestelle Zollberg"),
    ("Mir wohnet glei hinter dr Kirch in Sulzgries, des Haus mit de grüne Läda.", "Kirch"),
    ("Gleich nach dem Ortsschild Weil rechts das Haus mit dem Storch, das bin ich.",
     "Ortsschild"),
    # the door, the bell, the house in a row, what the house has
    ("Er wohnt in der Steinbergstraße, das Eckhaus gegenüber der Schule, Klingel oben rechts.",
     "Klingel"),
    ("Wir wohnen im Hochhaus Rosenau, 7. Etage, die Tür ganz hinten rechts.", "Tür"),
    ("Ich wohne in dem gelben Haus hinter der Apotheke in Zell, zweites rechts.", "zweites"),
    ("Oma wohnt allein im kleinen Haus am Ende vom Lindenweg in Zell, das mit dem roten Tor.",
     "roten Tor"),
    # directions read past "noch", "mit meinen 3 Kindern"; the end of a street; "in weil"
    ("Meine Tante wohnt noch allein im Häuschen am Ende vom Kirchweg in Rüdern.", "Kirchweg"),
    ("Ich wohne im Haus am Ende vom Kelterweg in Rüdern.", "Kelterweg"),
    ("ich wohn mit meinen 2 kindern in zell, hinter dem netto die erste straße, haus mit dem "
     "wohnwagen", "netto"),
    ("ich wohn über der apotheke am marktplatz in weil, 2. stock.", "apotheke"),
])
def test_loose_address_goes(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Vor drei Jahren haben wir hier angefangen.",
    "Hinter dem Rathaus ist der Parkplatz immer voll.",
    "Wir wohnen in Zell, die Busse fahren selten.",
    "Der Bus hält gegenüber der Post, dritte Haltestelle.",
    "Die Kirche in Weil ist schön, weil sie alt ist.",
    "Die Klingel geht nicht, rechts ist die Tür.",
])
def test_places_without_a_home_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(("text", "kept"), [
    # the landmark is one's own house or a time: the street alone is the address
    ("Vor unserem Haus, Kelterstraße 12, ist die Laterne kaputt.", "Vor unserem Haus"),
    ("Bei Familie Sommer in der Kelterstraße 12 klappt das WLAN nie.", "Bei Familie"),
    ("Vor der Kelterstraße 12 wird ständig falsch geparkt.", "Vor der"),
])
def test_street_address_takes_no_landmark(text, kept):
    out = redact_text(text)
    assert "Kelterstraße" not in out
    assert kept in out


def test_one_helper_widens_a_tag_to_the_words_before_it():
    # the building word and the street's adjective share one finder
    assert list(street_forms._building_before_spans("im Aussiedlerhof [ADRESSE] wohnen")) == [
        (3, 26)
    ]
    assert list(address_after._adjective_before_address_spans("in der Oberen [ADRESSE].")) == [
        (7, 23)
    ]


# ---- a number typed in groups of digits after its cue


@pytest.mark.parametrize(("text", "gone"), [
    ("Unsere Betriebsnummer BNR 08 917 334 steht im Brief.", "917 334"),
    ("Versichertenkarte Nr. X 998 765 432 – falsches Feld, sorry.", "765 432"),
    ("Matrikel-Nr. 7 6 1 2 0 4 8 (Hochschule Esslingen)", "1 2 0 4"),
    ("Vertragskonto SWE: 4 000 731 906, bitte prüfen.", "731 906"),
    ("Widerspruchsnummer OWi 2025/ 448 371. Wer zahlt?", "448 371"),
    ("Kundennummer 12 345 678 bei den Stadtwerken.", "345 678"),
])
def test_number_in_spaced_groups_goes(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Zimmer Nr. 12 und Raum 2 14 sind frei.",
    "Drucksache Nr. 112 2025 13 liegt vor.",
    "Seite Nr. 12 13 14 15 fehlt.",
    "Bus Nr. 101 102 103 fahren.",
    "Hausnummern 12 14 16 18 sind betroffen.",
    "Ich habe Nr. 12 2025 bekommen.",
])
def test_counts_and_pages_in_groups_stay(text):
    assert redact_text(text) == text


def test_phone_after_a_bare_nr_stays_a_phone():
    out = redact_text("Tel. Nr. 0711 123 456 oder meine nr 0176 5544 3322")
    assert "[TELEFON]" in out and "[ID]" not in out


# ---- a person "from" a day; "DOB"; a month and year before "in <town> geboren"


@pytest.mark.parametrize(("text", "gone"), [
    ("meine frau ist vom 3.4.1952", "3.4.1952"),
    ("Ich bin ein Kind vom 12. Dezember 1960.", "12. Dezember 1960"),
    ("Oma Erna ist vom 2. März 1938 und noch fit.", "2. März 1938"),
    ("DOB: 14/03/1941", "14/03/1941"),
    ("Ich bin im März 1960 in Stuttgart geboren.", "März"),
    ("Ich bin 1955 auf die Welt gekommen.", "1955"),
])
def test_birth_day_forms_go(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Der Bescheid ist vom 12.03.2025.",
    "Der Brief meiner Mutter ist vom 12.03.1998.",
    "Das Foto ist vom 3.4.1952.",
    "Mein Antrag war vom 12.03.2019.",
    "Ich bin vom 1.1. bis 3.1. weg.",
    "Wir haben am 12.03.1988 geheiratet.",
])
def test_letters_and_events_from_a_day_stay(text):
    assert redact_text(text) == text


# ---- what belongs to an address: "Am" before a street in words; the residence cue "ist"


@pytest.mark.parametrize(("text", "gone"), [
    ("Wir wohnen Am Rossbühl neun, bitte klingeln.", "Am Rossbühl"),
    ("Meine Wohnung ist im Erdgeschoss vom Haus neben der Post in Zell.", "Post"),
])
def test_what_belongs_to_an_address_goes(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize(("text", "kept"), [
    # a landmark after a street address: labellers leave it outside, and so does the tag
    ("Ich wohne in der Kelterstraße 5, direkt neben der Kirche.", "direkt neben der Kirche"),
    ("Unser Haus ist alt und zugig.", "Unser Haus ist alt"),
    ("Am Montag sind wir im Dachgeschoss des Rathauses.", "Am Montag"),
    # a floor without a comma is read as a word of the sentence (labellers keep it)
    ("wohn in der mühlgasse 7 im dachgeschoss und hab kein netz", "dachgeschoss"),
])
def test_what_follows_an_address_in_a_sentence_stays(text, kept):
    assert kept in redact_text(text)
