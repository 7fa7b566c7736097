"""Names and descriptions written in forms the rules had not seen (session 9, variety set b).

Invented sentences: surnames in lists of people, names given with a verb of naming, a name
opening a sentence before where the person is from, relatives of a named person; and
ordinary sentences of the same shape that must stay.
"""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text, gone",
    [
        # surnames in a list that can only hold people
        ("Bauer, Fuchs und ich haben das Fest angemeldet.", ["Bauer", "Fuchs"]),
        ("vogel, brenner und ich aus dem sachgebiet 3 sehen das anders.", ["vogel", "brenner"]),
        ("Die Kollegen Winter und Specht haben den Server aufgesetzt.", ["Winter", "Specht"]),
        ("Das Ehepaar Krause und Adler hat geklagt.", ["Krause", "Adler"]),
        ("Anwesend: Koch, Schuster, Yılmaz, Kowalczyk, Nguyen.", ["Koch", "Schuster"]),
        # a name given with a verb of naming
        ("Die Dame am Schalter hieß glaube ich Fink.", ["Fink"]),
        ("Der Fahrer, ich glaub Hahn hieß der, war sehr freundlich.", ["Hahn"]),
        ("Bei uns im Amt nennen ihn alle nur „Dampfwalze“.", ["Dampfwalze"]),
        ("Die Kollegin heißt übrigens Vogel.", ["Vogel"]),
        # a name opening a sentence before where the person is from and a verb
        ("Jelena aus der Bibliothek hat mir das Formular erklärt.", ["Jelena"]),
        ("Der Tomasz vom Wertstoffhof hat uns geholfen.", ["Tomasz"]),
        ("Die Moni aus der Kämmerei sagt, das dauert.", ["Moni"]),
        ("kessler vom hauptamt hat die mail weitergeleitet", ["kessler"]),
        ("Am Empfang war eine Frau Haug, die war sehr nett.", ["Haug"]),
    ],
)
def test_names_in_person_slots_are_removed(text, gone):
    out = redact_text(text)
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Die Ehefrau vom Herrn Maier aus dem Ortschaftsrat hat das gesagt.", ["Ehefrau", "Maier"]),
        ("Die Tochter von Frau Demir hat das Formular gebracht.", ["Tochter", "Demir"]),
        ("Der Schwiegersohn vom Metzger Häberle in Berkheim hat geholfen.", ["Schwiegersohn"]),
        ("Der Bruder von Herrn Dr. Albers sitzt im Rat.", ["Bruder", "Albers"]),
    ],
)
def test_relatives_of_named_people_are_descriptions(text, gone):
    out = redact_text(text)
    assert "[PERSON-BESCHREIBUNG]" in out, out
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Brot, Butter und ich sind ein gutes Team.",
        "Bäcker, Metzger und ich haben im Handwerk angefangen.",
        "Die Kollegen aus Bonn und Berlin haben geholfen.",
        "Das heißt Kosten sparen.",
        "Die Straße heißt Lindenweg.",
        "Titanic hieß der Film.",
        "Wir heißen alle Neuen willkommen.",
        "Es hieß Warten, Warten, Warten.",
        "Der Platz heißt „Marktplatz“.",
        "Post vom Amt kam nie an.",
        "Strom aus der Steckdose ist teuer.",
        "Berlin aus der Luft ist schön.",
        "Der Bauer von heute hat auch ein Smartphone.",
        "Der Winter vom letzten Jahr war hart.",
        "Kann eine Frau Auskunft geben?",
        "Die Frau vom Herrn Pfarrer war auch da.",
        "Der Sohn vom Bäcker hat uns geholfen.",
    ],
)
def test_ordinary_sentences_stay(text):
    assert redact_text(text) == text
