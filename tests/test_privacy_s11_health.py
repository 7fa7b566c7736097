"""Session 11: health details recognised by their form and by what no longer works.

A closed list of diseases misses the next one a writer uses; medical words are recognised
by their form (health_morph.py: "-itis", "-ose" after a medical stem, a body part before
"-probleme"/"-schwäche"/"-störung", "-krank"), and an impaired bodily function is a detail
of its own (health_function.py: "hört sehr schlecht", "kann kaum noch laufen"). A specific
person is still needed; ordinary words of the same form stay.
"""

import pytest

from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.redact.health_function import function_phrase
from esslingen_lab.privacy.redact.health_morph import is_medical_form


@pytest.mark.parametrize("word", [
    "Tuberkulose", "Lungentuberkulose", "Psychose", "Kniearthrose", "Osteoporose",
    "Bronchitis", "Hepatitis", "Zerebralparese", "TETRAPLEGIE", "Leukämie", "Fibromyalgie",
    "Polyneuropathie", "Melanom", "Glaukom", "Tourette-Syndrom", "Herzprobleme",
    "Rückenleiden", "Sehschwäche", "Rot-Grün-Schwäche", "Hörstörung", "Schlafstörung",
    "Atembeschwerden", "herzkrank", "Lungenkranker", "nierenkrank",
])
def test_medical_words_are_known_by_their_form(word):
    assert is_medical_form(word)


@pytest.mark.parametrize("word", [
    "Prognose", "Diagnose", "Steckdose", "Badehose", "Aprikose", "Arbeitslose", "Franzose",
    "Strom", "Ökonom", "Symptom", "Atom", "Akademie", "Pandemie", "Sympathie", "Nostalgie",
    "Netzwerkstörung", "Ruhestörung", "Verkehrsstörung", "Lieferschwäche",
    "Anwohnerbeschwerden", "Geldprobleme", "Sprachprobleme", "Sicherheitsvorfall",
    "Wasserschaden", "liebeskrank",
])
def test_ordinary_words_of_the_same_form_are_not_medical(word):
    assert not is_medical_form(word)


@pytest.mark.parametrize(("text", "gone"), [
    ("Mein Schwager hat Tuberkulose und darf nicht arbeiten.", "Tuberkulose"),
    ("unsere tochter hat eine zerebralparese", "zerebralparese"),
    ("Ich habe eine Rot-Grün-Schwäche und sehe die Farben in der App nicht.",
     "Rot-Grün-Schwäche"),
    ("Meine Frau hat seit Jahren eine Kniearthrose.", "Kniearthrose"),
    ("MEIN VATER HAT HERZPROBLEME.", "HERZPROBLEME"),
    ("Ich bin 82 und herzkrank, der Bus ist zu weit weg.", "herzkrank"),
    ("ich bin 79 und fast blind", "blind"),
    ("Unser Opa hört sehr schlecht, bitte nicht anrufen.", "schlecht"),
    ("Meine Mutter sieht kaum noch was.", "kaum noch was"),
    ("Mein Mann hat Diabetes und kann nicht mehr gut laufen.", "laufen"),
    ("Ich kann seit dem Sturz den linken Arm kaum bewegen.", "bewegen"),
    ("weil ich die rechte Hand kaum bewegen kann, tippt meine Tochter.", "Hand"),
    ("ich hab letztes Jahr eine Psychose gehabt und kann keine Post öffnen.", "gehabt"),
    ("Meine Frau ist gerade im Krankenhaus.", "Krankenhaus"),
])
def test_health_details_of_a_person_are_removed(text, gone):
    out = redact_text(text)
    assert "[GESUNDHEIT]" in out
    assert gone not in out


@pytest.mark.parametrize("text", [
    "Die Prognose für das Neubaugebiet ist gut.",
    "Ich habe eine Netzwerkstörung im Büro gemeldet.",
    "Meine Kollegin hat Geldprobleme.",
    "Mein Nachbar hat die Anwohnerbeschwerden gesammelt.",
    "Menschen mit Herzproblemen brauchen mehr Bänke.",
    "Für Patienten mit Tuberkulose ist das Gesundheitsamt zuständig.",
    "Das sieht schlecht aus für den Antrag.",
    "Mein Sohn hört nicht zu.",
    "Ich kann nicht gut Deutsch sprechen.",
    "Meine Mutter kann die Schrift nicht lesen.",
    "Die App läuft schlecht auf meinem Handy.",
    "Das Krankenhaus ist gut erreichbar.",
    "Ich war im Krankenhaus zu Besuch bei der Oma.",
    "Ich bin krank vor Ärger.",
    "Ich bin 40 und gesund.",
    "Die Verbindung ist schwach.",
])
def test_ordinary_sentences_stay(text):
    assert redact_text(text) == text


def test_a_function_phrase_counts_its_words():
    assert function_phrase("er hört sehr schlecht".split(), 1) == 3
    assert function_phrase("sie sieht kaum noch was".split(), 1) == 4
    assert function_phrase("kann nicht mehr gut laufen".split(), 0) == 5
    assert function_phrase("kann nicht lange am schalter stehen".split(), 0) == 0
    assert function_phrase("das sieht schlecht aus".split(), 1) == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("Mein Onkel, der seit Jahren an Parkinson leidet, wohnt allein.",
     "Mein Onkel, der [GESUNDHEIT], wohnt allein."),
    ("Unsere Nachbarin, die im Rollstuhl sitzt, kommt nicht in den Bus.",
     "Unsere Nachbarin, die [GESUNDHEIT], kommt nicht in den Bus."),
    ("Ich brauche länger, weil ich seit meiner Herz-OP langsamer bin.",
     "Ich brauche länger, weil [GESUNDHEIT]."),  # "bin" too since session 35
])
def test_a_relative_clause_keeps_its_verb_in_the_tag(text, expected):
    assert redact_text(text) == expected
