"""Session 19: a home described in words takes the article and preposition before it."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir wohnen in der Dachwohnung über dem Fahrradladen am Holzmarkt.",
         "Wir wohnen [ADRESSE]."),
        ("ich wohn in dem gelben haus hinter der bäckerei in rüdern, zweites rechts.",
         "ich wohn [ADRESSE]."),
        ("Meine Mutter wohnt in einem kleinen Haus neben der Kelter in Rüdern.",
         "Meine Mutter wohnt [ADRESSE]."),
        ("Ich wohne in der Siedlung hinterm Friedhof, das Eckhaus mit den Solarzellen.",
         "Ich wohne [ADRESSE]."),
    ],
)
def test_a_home_in_words_takes_its_article_and_preposition(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a street address keeps them outside, with or without its number
        ("Ich wohne in der Kiesstr. 23 in Zell.", "Ich wohne in der [ADRESSE]"),
        ("Wir wohnen in der Rosenstraße, das Haus mit dem großen Trampolin im Garten.",
         "Wir wohnen in der [ADRESSE]"),
        ("Wir wohnen in der Hohenheimer Straße 82/1.", "Wir wohnen in der [ADRESSE]"),
        ("wohne in der lindenstr 12 in deizisau", "wohne in der [ADRESSE]"),
        ("hab das Schlagloch vor der hausnummer 14 in der hirschlandstraße gemeldet",
         "hab das Schlagloch vor der [ADRESSE]"),
    ],
)
def test_a_street_address_keeps_the_words_before_it(text, kept):
    assert redact_text(text).startswith(kept)


def test_nothing_else_is_taken_before_a_home():
    # only the article and one preposition: the verb and the person stay
    out = redact_text("Sie wohnt seit Jahren in der kleinen Wohnung über der alten Kelter "
                      "in Rüdern.")
    assert out.startswith("Sie wohnt seit Jahren [ADRESSE]"), out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ich (m, 1964) finde die App gut", "ich (m, [DATUM]) finde die App gut"),
        ("Kundin (w/1958) ruft an", "Kundin (w/[DATUM]) ruft an"),
        ("Wir sind beide Baujahr 1950.", "Wir sind beide [DATUM]."),
        ("Bj. 63, Rentner", "[DATUM], Rentner"),
        ("ich bin 63er Baujahr", "ich bin [DATUM]"),
        ("geb. im Jahr 1950", "geb. im Jahr [DATUM]"),
        ("Ich (geb. '44) kann das nicht.", "Ich ([DATUM]) kann das nicht."),
        ("Birth year 1991, student", "Birth year [DATUM], student"),
        ("I was born in 1988 in Kyiv.", "I was born in [DATUM] in Kyiv."),
        ("Teilnehmende (m, 1964; w, 1958)", "Teilnehmende (m, [DATUM]; w, [DATUM])"),
        ("Wir sind beide Baujahr 1950, die Nachbarn sind beide Baujahr 1948.",
         "Wir sind beide [DATUM], die Nachbarn sind beide [DATUM]."),
    ],
)
def test_more_ways_to_write_a_birth_year(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Patient (w, 58) ruft an",  # an age
        "Der Bus (Linie 101, 2019) fährt",
        "Das Auto, Bj. 2009, fährt noch gut",  # a car's year
        "Die Idee wurde 2019 geboren.",
        "Since 2019 the app works.",
        "The idea was born in 2019 at a workshop.",
        "This project was born in 2015.",
        "* '22 war das Fest besser",
    ],
)
def test_years_that_are_no_birth_year_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "1958 geborene Esslingerin, seit 40 Jahren hier.",
        "Jahrgang 1961, gebürtige Berkheimerin, wohne immer noch gern hier.",
    ],
)
def test_a_woman_named_by_her_town_is_no_name(text):
    assert "[NAME]" not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rückruf bitte an (+49) 0711-9 31 84 20 oder mobil +49 (0)171 6623 490.",
         "Rückruf bitte an [TELEFON] oder mobil [TELEFON]."),
        ("Tel. (0049) 711 931842", "Tel. [TELEFON]"),
        # a country code alone stays
        ("Die Vorwahl (+49) ist die von Deutschland.",
         "Die Vorwahl (+49) ist die von Deutschland."),
    ],
)
def test_a_country_code_in_brackets_goes_with_the_number(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wohne grabbrunnenstraße 9 app 214, bitte", "wohne [ADRESSE], bitte"),
        ("Wir wohnen Kiesstr. 23, Hinterhof links, Klingel ganz oben.", "Wir wohnen [ADRESSE]."),
        ("Wohne Mettinger Str. 4, Apt 12", "Wohne [ADRESSE]"),
        # a side that opens the next clause is no part of the address
        ("Wir wohnen Kiesstr. 23, links ist der Park.",
         "Wir wohnen [ADRESSE], links ist der Park."),
        ("Wir wohnen Kiesstr. 23, die Klingel geht nicht.",
         "Wir wohnen [ADRESSE], die Klingel geht nicht."),
    ],
)
def test_the_flat_and_the_bell_go_with_the_address(text, expected):
    assert redact_text(text) == expected
