"""Session 12: health details and loose addresses written by people who never saw the rules.

Each family is tested with sentences of its own (other words, dialect, lower case) and with
ordinary sentences of the same shape that must stay.
"""

from pathlib import Path

import pytest

from esslingen_lab.privacy import redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURES = Path(__file__).parent / "fixtures"


# ---- health


@pytest.mark.parametrize(("text", "gone"), [
    # an impaired sense with the verb last: "weil ich schlecht sehe"
    ("Ich schreibe groß, weil ich schlecht sehe.", "schlecht sehe"),
    ("BITTE LAUT SPRECHEN, DA ICH SCHWER HÖRE.", "SCHWER HÖRE"),
    ("Mein Opa ruft nicht an, weil er kaum noch hört, und schreibt Briefe.", "kaum noch hört"),
    # "es mit <body part>", the "es" fused with the verb, dialect articles
    ("I hab's mit em Kreuz ond ka ned lang stoh.", "Kreuz"),
    ("Ich hab's mit dem Herz, Treppen gehen nicht.", "Herz"),
    ("Mei Mann hot's mit de Knie.", "Knie"),
    ("meine mutter hats mit der hüfte und kommt nicht raus", "hüfte"),
    # ailments and children's diseases
    ("Unsere Tochter hat Windpocken und darf nicht in die Kita.", "Windpocken"),
    ("Mein Kollege hat einen Hexenschuss und fällt aus.", "Hexenschuss"),
    ("Mein Mann hat Bluthochdruck und soll sich nicht aufregen.", "Bluthochdruck"),
    ("Ich habe eine Blasenentzündung und kann nicht lange warten.", "Blasenentzündung"),
    ("Mein Bruder hat im Krieg ein Bein verloren.", "Bein verloren"),
    ("Meine Oma geht am Stock und schafft die Treppe nicht.", "am Stock"),
    ("Ich bin 86 und geh am Rollator.", "Rollator"),
    ("Ich habe nur noch 10 % Sehkraft.", "Sehkraft"),
    # said to someone: "du hast Bluthochdruck"
    ("Meine Frau sagt, reg dich nicht auf, du hast Bluthochdruck.", "Bluthochdruck"),
    # a long answer without punctuation: a work word far before a new subject
    ("keiner fühlt sich zuständig ich habe herzprobleme und darf nicht treppen steigen",
     "herzprobleme"),
    # English and Turkish
    ("My husband has dementia.", "dementia"),
    ("My mother is almost blind and cannot read the letters.", "blind"),
    ("I'm diabetic and need a morning appointment.", "diabetic"),
    ("Benim annem hasta, Diabetes var.", "Diabetes"),
    ("Babam şeker hastası, yardım lazım.", "şeker"),
])
def test_health_details_are_removed(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Ich hab's mit dem Auto probiert.",
    "Wir haben's mit dem Kreuz auf dem Stimmzettel versucht.",
    "Ich hab's mit dem Herzen gemacht, nicht mit dem Kopf.",
    "Das Rote Kreuz hat mir geholfen.",
    "Ich weiß nicht, ob ich das schlecht sehe.",
    "Wenn man schlecht sieht, ist die Seite schwer.",
    "Wenn du Diabetes hast, bekommst du keinen Termin.",
    "Ich arbeite seit zehn Jahren in der Psychiatrie.",
    "Geh mal mit dem Rollator spazieren.",
    "My husband has a car.",
    "I have a question about the form.",
    "I am sick of waiting for the bus.",
    "People with dementia need more help.",
])
def test_ordinary_sentences_of_the_same_shape_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Ich war im Krankenhaus Termin machen, online ging nicht.",
    "Ich war im Krankenhaus die Befunde abholen.",
    "Mein Mann war in der Klinik Unterlagen abgeben.",
])
def test_an_errand_at_a_hospital_is_no_health_detail(text):
    assert redact_text(text) == text


def test_a_stay_in_hospital_still_is():
    assert "Krankenhaus" not in redact_text("Meine Mutter liegt im Krankenhaus und kann nicht.")
    assert "Krankenhaus" not in redact_text("Ich war drei Wochen im Krankenhaus.")


# ---- addresses


@pytest.mark.parametrize(("text", "gone"), [
    # the number before the street
    ("hab das Schlagloch vor der hausnummer 14 in der lindenstraße gemeldet", "lindenstraße"),
    ("laterne kaputt vor nr 7 im Amselweg, neben dem kiosk", "Amselweg"),
    ("Ich wohne in Nummer 12 der Neckarstraße.", "Neckarstraße"),
    # one's own street without a number
    ("Ich wohne in der Mühlgasse.", "Mühlgasse"),
    ("Wir wohnen seit 2019 in der Ottostraße und hören jede Nacht den Lärm.", "Ottostraße"),
    ("Bei uns in der Ritterstraße ist es laut.", "Ritterstraße"),
    ("wohne in der ritterstr, da ist es laut", "ritterstr"),
    ("in unserer strasse (amselstrasse) ist es laut", "amselstrasse"),
    ("ich wohne neckarstrasse vierzehn", "vierzehn"),
    ("Unser Haus ist das einzige blaue in der Mülbergerstraße.", "Mülbergerstraße"),
    ("Meine Oma lebt in der Mettinger Straße.", "Mettinger"),
    # a room after an address
    ("Wir wohnen in der Unterkunft Röntgenstraße 31, Zimmer 12. Das WLAN geht nie.",
     "Zimmer 12"),
    # a singled-out house said to be someone's home, whatever the verb
    ("Das Haus mit dem Schuppen links gehört uns.", "Schuppen"),
    ("Im Haus mit dem Aufzug wohnt meine Oma.", "Aufzug"),
    ("Im Haus neben der Bäckerei wohnen wir seit 2010.", "Bäckerei"),
])
def test_loose_addresses_are_removed(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Die Baustelle in der Pliensaustraße nervt.",
    "ich wohne nicht mehr in der Ottilienstraße sondern in Zell",
    "Viele Familien wohnen in der Pliensaustraße.",
    "Ich wohne in einer Sackgasse.",
    "Ich wohne in der Nähe der Pliensaustraße.",
    "Bei uns in der Straße sind die Leute hilfsbereit.",
    "Das Leben in der Pliensaustraße ist teuer.",
    "Der Bus Nr. 101 in der Pliensaustraße kommt nie.",
    "Die Linie Nummer 3 am Bahnhofplatz fährt nicht.",
    "Sie ist die Nummer 1 in der Ritterstraße, was Kuchen angeht.",
    "Das Haus mit dem Schuppen links wird abgerissen.",
    "Das Haus neben der Kirche gehört der Stadt.",
    "Im Haus mit dem Aufzug wohnen viele Senioren.",
])
def test_streets_and_houses_of_no_ones_home_stay(text):
    assert redact_text(text) == text


# ---- birth years and dates


@pytest.mark.parametrize(("text", "gone"), [
    ("Ich bin Informatiker im Ruhestand (Baujahr 54 ;) ) und helfe gern.", "54"),
    ("Der Chef, das bin ich. Baujahr 1977, seit 20 Jahren hier.", "1977"),
    ("Ich suche Wohnung. Geboren 1987 in Sarajevo.", "Geboren"),
    ("Das Formular fragt nach dem Geburtsdatum. WARUM??? Ich hab 11.08.1983 eingetragen.",
     "11.08.1983"),
])
def test_birth_years_and_dates_are_removed(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize("text", [
    "Mein Auto ist Baujahr 2009.",
    "Ich habe ein Haus, Baujahr 1965, und die Heizung ist alt.",
    "Ich fahre einen Golf, Baujahr 2004.",
])
def test_a_things_year_stays(text):
    assert redact_text(text) == text


# ---- floors on the session-12 dev sets for the categories of this pass


def test_health_and_loose_addresses_meet_a_floor_on_fresh13_and_fresh14():
    records = load_labelled(FIXTURES / "pii_fresh13.jsonl") + load_labelled(
        FIXTURES / "pii_fresh14.jsonl")
    score = score_redaction(records, lambda texts: redact(texts).texts)
    found, total = score.by_category["health_detail_with_person"]
    assert found / total >= 0.9  # 52/56 in session 12 (43/56 before)
    found, total = score.by_category["address_loose"]
    assert found / total >= 0.75  # 19/24 in session 12 (17/24 before)
    for category in ("birth_year", "date_of_birth", "address"):
        found, total = score.by_category[category]
        assert found / total >= 0.95
