"""Phrase-level leftovers: what redaction leaves when no single word is a name.

A health detail tied to a person, a description of how someone looks or what they always do,
the way to someone's home and a nickname after an article single out a person although the
redactor removed every name. The quote review holds such quotes back; ordinary sentences
about health policy, friendly staff or the rent in town it lets through.
"""

from __future__ import annotations

import pytest

from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.privacy.leftovers import leftover_signals
from esslingen_lab.privacy.review import REVIEW_TEXT, risk_reasons, risk_score

HEALTH = [
    "Meine Schwiegermutter hat Parkinson und kommt die Treppe zum Bürgerbüro nicht hoch.",
    "Unser Sohn ist Autist, im Hort versteht das leider niemand.",
    "Ich bin seit März krankgeschrieben und habe trotzdem keinen Termin bekommen.",
    "[NAME] braucht seit dem Unfall einen Rollator, der Bus hat keine Rampe.",
    "Mein Mann muss dreimal die Woche zur Dialyse, der Fahrdienst kommt oft zu spät.",
    "er ist schwer depressiv seit die frau gestorben ist und geht nicht mehr raus",
    "Meine Tochter hat ADHS und die Schule meldet sich nie bei uns.",
    "Ich habe Diabetes und brauche eine Toilette in der Nähe der Haltestelle.",
    "Der Opa von nebenan sitzt im Rollstuhl und kommt nicht über die Bordsteinkante.",
    "Meine Mutter kommt gerade aus der Reha und braucht Hilfe beim Antrag.",
]
DESCRIPTION = [
    "Der ältere Herr mit Glatze am Infoschalter hat mir gar nicht zugehört.",
    "Die Sachbearbeiterin, die donnerstags die Sprechstunde macht, war sehr geduldig.",
    "der kerl mit dem tattoo am hals hat mich am schalter angeschnauzt",
    "Eine Kollegin im Standesamt, Mitte 40, rote Haare, hat uns super beraten.",
    "Der Hausmeister, der jeden Abend mit dem Fahrrad die Runde dreht, lässt die Tür offen.",
    "Ich bin der mit dem gelben Anhänger, der immer vor der Bücherei parkt.",
    "Der Praktikant mit der Brille hat alles super erklärt.",
    "Der neue Platzwart vom Sportpark, der mit dem Schäferhund, schließt zu früh ab.",
]
HOME = [
    "Ich wohne direkt neben der Grundschule, das dritte Haus mit dem grünen Tor.",
    "wir wohnen gegenüber vom Friedhof im 4. Stock, da hört man die Laubbläser ständig",
    "Wohnort: schräg hinter der Tankstelle, das rote Haus, seit Wochen kein Winterdienst.",
    "Wir wohnen über dem Bäcker, zweiter Stock links, und hören jede Nacht die Lüftung.",
]
NICKNAME = [
    "Frag mal die Gitti vom Kindergarten, die weiß wie das geht.",
    "d'Resi hot gsagt, dass des Formular im Rathaus liegt.",
    "Der Schorschi meinte, die Brücke wird erst nächstes Jahr gemacht.",
    "Schöne Grüße an die Babsi aus der Verwaltung!",
]
NUMBER_WORDS = [
    "Ruf mich zurück: null sieben eins eins, vierunddreißig, zwölf neunzig.",
    "Erreichbar unter Null-Sieben-Null-Zwei / Drei-Drei-Eins-Acht-Fünf.",
]
LEFTOVERS = HEALTH + DESCRIPTION + HOME + NICKNAME + NUMBER_WORDS

ORDINARY = [
    "Die Stadt sollte mehr für Menschen mit Demenz und ihre Angehörigen tun.",
    "Rollstuhlgerechte Eingänge fehlen an vielen Ämtern.",
    "Für Menschen mit Diabetes gibt es in der Innenstadt zu wenige Toiletten.",
    "Die Pflegeberatung hat uns gut zum Thema Pflegegrad informiert.",
    "Blinde und sehbehinderte Menschen brauchen taktile Leitsysteme am Bahnhof.",
    "Die Mitarbeiter sind immer freundlich und hilfsbereit.",
    "Die Mitarbeiterin war sehr freundlich.",
    "Wohnen in Esslingen ist teuer, die Mieten steigen jedes Jahr.",
    "Ich wohne seit zwanzig Jahren gern in der Stadt.",
    "Wir wohnen in der Innenstadt und der Lärm am Wochenende ist schlimm.",
    "Die Busse fahren morgens immer zu spät ab.",
    "Der Busfahrer war nett und hat gewartet.",
    "Freitags ist das Bürgerbüro nur bis zwölf Uhr geöffnet.",
    "Die Leute, die morgens mit dem Auto kommen, parken den Radweg zu.",
    "Ich bin dafür, dass mehr Platz für Rollstuhlfahrer und Kinderwagen geschaffen wird.",
    "Die Wohnungen hinter dem Bahnhof stehen seit Jahren leer.",
    "Das gelbe Haus am Marktplatz sollte endlich renoviert werden.",
    "Der Aldi hat seit Montag länger geöffnet.",
    "Beim Lidl neben der Post fehlen Fahrradständer.",
    "Die Kita hat zu wenig Personal.",
    "Zwei, drei Wochen Wartezeit sind zu lang.",
    "Die Ärztin im Gesundheitsamt hat die Einschulungsuntersuchung gut erklärt.",
    "Ich finde die Brille als Symbol auf der Website komisch.",
    "Die Kolleginnen im Bürgerbüro sind immer gut gelaunt.",
    "Er ist blind für die Probleme der Bürger.",
    "Ein Lehrer, der jeden Tag dreißig Kinder betreut, braucht Unterstützung.",
    "Die Stadträte, die immer mit dem Auto kommen, sollten mal Bus fahren.",
    "Ich wohne im dritten Stock und der Aufzug ist dauernd kaputt.",
    "Wir wohnen neben der Schule und es ist laut.",
    "Die Eltern von Kindern mit ADHS brauchen mehr Beratung.",
    "Die Leute sind im Alter von ca. 60 Jahren.",
    "Die Frau an der Kasse, die immer freundlich ist, verdient ein Lob.",
    "Die Kinder spielen nachmittags auf dem Spielplatz hinter dem Haus.",
    "Frau [NAME] von der Reha-Beratung hat uns gut geholfen.",
    "Herr [NAME] aus der Psychiatrie hat die Anträge erklärt.",
]


@pytest.mark.parametrize("quote", LEFTOVERS)
def test_phrase_level_leftovers_are_held_back(quote):
    assert risk_score(quote) >= REVIEW_THRESHOLD, risk_reasons(quote, language="de")


@pytest.mark.parametrize("quote", ORDINARY)
def test_ordinary_sentences_are_not_held_back(quote):
    # a tag holds a quote back by itself (session 19); nothing else may here
    assert risk_score(quote, seen=True) < REVIEW_THRESHOLD, risk_reasons(quote, language="de")


@pytest.mark.parametrize(
    ("quotes", "key"),
    [(HEALTH, "health"), (DESCRIPTION, "appearance"), (HOME, "home"), (NICKNAME, "nickname")],
)
def test_each_kind_of_leftover_has_its_own_reason(quotes, key):
    for quote in quotes:
        assert key in dict(leftover_signals(quote)), quote


def test_the_reviewer_reads_why_in_german_and_english():
    quote = "Mein Vater, [NAME], ist dement."
    german = [reason for reason, _ in risk_reasons(quote, language="de")]
    english = [reason for reason, _ in risk_reasons(quote, language="en")]
    assert REVIEW_TEXT.text("health", "de") in german
    assert REVIEW_TEXT.text("health", "en") in english
    for key in ("health", "appearance", "home", "nickname"):
        assert REVIEW_TEXT.text(key, "de") != REVIEW_TEXT.text(key, "en")


def test_a_redacted_health_detail_is_no_leftover():
    # the redactor's health tag: the detail is gone; the placeholder alone holds it back
    assert "health" not in dict(leftover_signals("[GESUNDHEIT]."))
    assert risk_score("[GESUNDHEIT].", seen=True) < REVIEW_THRESHOLD
    assert risk_score("[GESUNDHEIT].") >= REVIEW_THRESHOLD
