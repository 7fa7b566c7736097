"""Session 51: a person tied to a place, with a clause that tells what they do.

"Die Frau vom Kulturamt, die die Genehmigungen für Straßenmusik macht" singles out one person
though no place in the clause has a name. Read only after such a tie: "Der Lehrer, der im
Unterricht das Handy einsammelt, handelt richtig" is anyone (session 45's cases stay).
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
    ("Die Sachbearbeiterin aus dem Hauptamt, die im Betriebssport Handball spielt, hat es.",
     f"{TAG}, hat es."),
]  # fmt: skip

KEPT = [
    # a trait, one act in the perfect, no tie, the writer's own dealings
    "Die Frau vom Bauamt, die immer freundlich ist, hilft gern.",
    "Der Mann vom Bauhof, der die Bank repariert hat, war schnell.",
    "Der Lehrer, der im Unterricht das Handy einsammelt, handelt richtig.",
    "Die Dame vom Bürgerbüro, die mir geholfen hat, war nett.",
    "Eine Frau vom Jugendamt, die das liest, sollte sich melden.",
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_a_tied_person_with_what_they_do_is_one_person(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_traits_acts_and_anyone_stay(text):
    assert redact_text(text) == text
