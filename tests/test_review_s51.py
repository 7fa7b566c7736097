"""Session 51: the quote review holds back one person told by a tie and a clause, or by looks.

A person with a short tie before the relative clause ("Die Frau vom Kräuterstand, die früher
…", "Der Gemüsebauer aus Mettingen, der …") and a person named only by an adjective and what
they look like ("der Lange mit dem Bart", "so ein älterer mit Schnauzer"). Redaction leaves
such quotes without a tag, so only the review can stop them.
"""

from __future__ import annotations

import pytest

from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.privacy.review import risk_reasons, risk_score

HELD_BACK = [
    # a tie, then the relative clause
    "Die Frau vom Blumenstand, die früher im Gemeinderat saß, kennt jeden Antrag.",
    "Der Schäfer aus Sirnau, der mit seiner Herde im Wagen lebt, hat kein Netz.",
    "Die Lehrerin für Tigrinya, die immer dienstags im Rathaus sitzt, ist überlastet.",
    "Die Gärtnerin mit den Ziegen, die oberhalb von Zell den Hofladen hat, verkauft nur bar.",
    "Meine Kollegin im Tourismusbüro, die jeden Samstag die englischen Führungen macht, ist krank.",
    "Unser Gruppenleiter im Tiefbauamt, der aus dem Ruhestand zurückgeholt wurde, druckt alles.",
    "die frau vom kulturamt, die die plakatgenehmigungen macht, ist nie erreichbar",
    # a clause ending in "war" that names a place is no trait
    "Die Verkäuferin vom Blumenstand, die früher Lehrerin in Sirnau war, hat es gesagt.",
    # a person by an adjective and their looks
    "Unser Platzwart, der Lange mit dem Vollbart, hat die Schlüssel.",
    "Der Fahrer, so ein älterer mit Schnauzer, lässt die Kinder stehen.",
    "frag die kleine mit dem nasenpiercing im bürgerbüro, die weiß das",
    "Der Chef (der dicke Glatzkopf mit der Goldkette) sagt, das geht online nicht.",
]

ORDINARY = [
    # a trait, not a habit; anyone after "ein"; many people
    "Die Kollegin vom Bürgeramt, die immer freundlich ist, hilft gern.",
    "Die Verkäuferin vom Blumenstand, die früher sehr nett war, hat es gesagt.",
    "Ein Mitarbeiter vom Bauamt, der das liest, sollte endlich handeln.",
    "Die Leute mit Hund, die im Park sind, stören niemanden.",
    "Ich hab eine Mütze mit Logo im Bus verloren.",
    "Der Antrag vom Bauamt, der seit Mai liegt, ist immer noch nicht bearbeitet.",
    "Die Seite für Senioren, die gestern online ging, ist gut lesbar.",
    "Wir brauchen mehr Bänke mit Lehne, die auch im Schatten stehen.",
    # a reviewer's: no place of one, staff by their duty, things and idioms
    "Der Mitarbeiter am Telefon, der den Anruf annimmt, sollte Zugriff auf die Akte haben.",
    "Die Sachbearbeiterin im Bauamt, die den Antrag bearbeitet, braucht alles digital.",
    "Der Kunde hat irgendwann die Schnauze voll, wenn die Seite wieder hängt.",
]


@pytest.mark.parametrize("quote", HELD_BACK)
def test_one_person_told_by_a_tie_or_by_looks_is_held_back(quote):
    assert risk_score(quote) >= REVIEW_THRESHOLD, risk_reasons(quote, language="en")


@pytest.mark.parametrize("quote", ORDINARY)
def test_ordinary_quotes_stay_below_the_threshold(quote):
    assert risk_score(quote, seen=True) < REVIEW_THRESHOLD, risk_reasons(quote, language="en")

