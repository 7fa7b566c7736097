"""Session 51: a person tied to a place, with a clause that tells what they do.

"Die Frau vom Kulturamt, die die Genehmigungen für Straßenmusik macht" singles out one person
though no place in the clause has a name. Read only after a tie to a workplace, a group, a
named place or a mark ("mit dem Blindenstock"): "Der Lehrer, der im Unterricht das Handy
einsammelt, handelt richtig" and "Der Mitarbeiter am Telefon, der …" are anyone (session 45's
cases stay); so is staff told by their duty ("Der Sachbearbeiter im Bürgeramt, der Pässe
ausstellt") and a person in a rule ("…, sollte …").
"""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text

TAG = "[PERSON-BESCHREIBUNG]"

TOLD = [
    ("Die Frau vom Bauamt, die die Anträge für Werbeschilder macht, ist nie da.",
     f"{TAG}, ist nie da."),
    ("Frag den Mann vom Heimatverein, der die Stadtführungen organisiert.",
     f"Frag {TAG}."),
    ("Der Rentner aus der Eckwohnung am Markt, der früher bei Bosch die IT geleitet hat, hilft.",
     f"{TAG}, hilft."),
    ("Die Dame vom Kiosk am Bahnhof, die im Kirchenchor Sopran singt, hat es.",
     f"{TAG}, hat es."),
    ("Die Sachbearbeiterin aus dem Hauptamt, die jeden Freitag Kuchen mitbringt, hat es.",
     f"{TAG}, hat es."),
]  # fmt: skip

KEPT = [
    # a trait, one act in the perfect, no tie, the writer's own dealings
    "Die Frau vom Bauamt, die immer freundlich ist, hilft gern.",
    "Der Mann vom Bauhof, der die Bank repariert hat, war schnell.",
    "Der Lehrer, der im Unterricht das Handy einsammelt, handelt richtig.",
    "Die Dame vom Bürgerbüro, die mir geholfen hat, war nett.",
    "Eine Frau vom Jugendamt, die das liest, sollte sich melden.",
    # a reviewer's general statements: no place of one ("am Telefon", "im Mond", "mit 80"),
    # a rule said of anyone ("…, sollte …"), staff told by their duty
    "Der Mitarbeiter am Telefon, der den Anruf annimmt, sollte Zugriff auf die Akte haben.",
    "Der Mann im Mond, der da oben wohnt, versteht das Portal auch nicht.",
    "Der Rentner mit 80, der noch nie eine App benutzt, braucht einen Ansprechpartner.",
    "Die Frau vom Jugendamt, die den Antrag prüft, muss alle Unterlagen digital sehen.",
    "Der Sachbearbeiter im Bürgeramt, der Pässe ausstellt, verdient zu wenig für den Stress.",
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_a_tied_person_with_what_they_do_is_one_person(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_traits_acts_and_anyone_stay(text):
    assert redact_text(text) == text
