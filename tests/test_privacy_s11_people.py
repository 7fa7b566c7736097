"""Session 11: names in a person's slot, sign-offs, initials and words that are no names.

Each family is tested with sentences written for the test (other names, other word order,
lower case, dialect) and with ordinary sentences the same mechanism must leave alone.
"""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(("text", "expected"), [
    # an initial before the surname goes with it after a cue
    ("Unterschrift: M. Schneider", "Unterschrift: [NAME]"),
    ("Ansprechpartnerin: Dr. A. Weber", "Ansprechpartnerin: Dr. [NAME]"),
    ("Mein Name ist K. Bauer und ich wohne hier.", "Mein Name ist [NAME] und ich wohne hier."),
    # the cue's name ends at the line's end
    ("Name: Gerlinde Haffner\nGeburtsort: Stuttgart",
     "Name: [NAME]\nGeburtsort: Stuttgart"),
    # "Hr" without its dot is a title
    ("Hr Häfele vom Tiefbauamt war sehr nett.", "Hr [NAME] vom Tiefbauamt war sehr nett."),
    # a relative's or friend's possessor, also a first name that is a word too
    ("Die Oma von Sophie wohnt in Zell.", "Die Oma von [NAME] wohnt in Zell."),
    ("das hat der papa von Ernst organisiert", "das hat der papa von [NAME] organisiert"),
    # whom to ask
    ("Rückruf erwünscht – fragen Sie nach Emil.", "Rückruf erwünscht – fragen Sie nach [NAME]."),
    ("Bei Fragen wenden Sie sich bitte an Jana Kowalski.",
     "Bei Fragen wenden Sie sich bitte an [NAME]."),
    # a name set off after a person or in the writer's bracket
    ("Meine Kollegin aus der Kita, Gülşen (die ist super), hilft mir.",
     "Meine Kollegin aus der Kita, [NAME] (die ist super), hilft mir."),
    ("Ich (Oyunbileg, aus der Mongolei) brauche Hilfe.",
     "Ich ([NAME], aus der Mongolei) brauche Hilfe."),
    # an apposition after an accusative or dative role noun
    ("Das macht unser Kassier, den Hansi, ganz allein.",
     "Das macht unser Kassier, den [NAME], ganz allein."),
    ("Ich hab mit dem Hausmeister, dem Sepp, gesprochen.",
     "Ich hab mit dem Hausmeister, dem [NAME], gesprochen."),
    # a surname after an inflected role noun
    ("Sie hat mich an den Kollegen Dangelmaier verwiesen.",
     "Sie hat mich an den Kollegen [NAME] verwiesen."),
    # a listed surname with a noun ending after a first name; a pet form with a surname
    ("Mein Schwager Timo Hartung hilft beim Umzug.", "Mein Schwager [NAME] hilft beim Umzug."),
    ("Das organisiert die Steffi Wagner vom Verein.", "Das organisiert die [NAME] vom Verein."),
    # a nickname before the verb at the end of a relative clause
    ("Unsere Nachbarin, die wir nur Bine rufen, hilft.",
     "Unsere Nachbarin, die wir nur [NAME] rufen, hilft."),
    # particles go with the name
    ("Die nette Frau di Marco hat geholfen.", "Die nette Frau [NAME] hat geholfen."),
    ("meine frau van Houten kommt mit", "meine frau [NAME] kommt mit"),
])
def test_names_in_persons_slots(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare name signing after a phone number or a dash, also in lower case
    ("Rückruf bitte unter 0711 987654. Zeisig", "Rückruf bitte unter [TELEFON]. [NAME]"),
    ("Mehr Bänke am Neckar! – jule vom Bürgerverein",
     "Mehr Bänke am Neckar! – [NAME] vom Bürgerverein"),
    ("Danke fürs Lesen. – Timo (Jugendtrainer)", "Danke fürs Lesen. – [NAME] (Jugendtrainer)"),
    # a signer's place after the name stays; a noun after a phone is no signature
    ("Danke. – Tobias Renner, Sirnau", "Danke. – [NAME], Sirnau"),
    ("Erreichbar unter 0711 123456. Festnetz", "Erreichbar unter [TELEFON]. Festnetz"),
])
def test_sign_off_on_the_last_line(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    # words of mixed answers
    "Tamam, dann probiere ich es nochmal.",
    "Annem braucht Hilfe beim Ausfüllen.",
    "Kardeşim wohnt jetzt in Zell.",
    "Die Termine sind nie frei, yani gerçekten.",
    "Ojalá mejoren el transporte público.",
    "Die Bibliothek hat jetzt Onleihe, super!",
    # nouns that a gazetteer also lists as first names
    "Wir brauchen den Saal am Freitag.",
    # what a sign-off or a slot must leave alone
    "Das war's. Danke",
    "Alles kaputt. Katastrophe",
    "Die Kita ist toll. – Elternbeirat",
    "Fragen Sie nach Details beim Bürgeramt.",
    "Wenden Sie sich an Bürgeramt oder Rathaus.",
    "Die Mutter von allen Problemen ist die Bürokratie.",
    "Mein Sohn, Student, wohnt noch hier.",
    "Ich (als Rentnerin) finde das gut.",
    "den Kollegen Bescheid geben",
    "den Kunden Zugang geben",
    "Geöffnet Mo bis Fr Vormittag.",
    "Fr Abend ist immer voll.",
    "an den Bürgermeister, den Chef, geschrieben",
    "Eine Frau von der Stadt hat angerufen.",
    "Meine Mutter von Sinnen.",
    "Esslingen, die wir Heimat nennen.",
])
def test_ordinary_text_stays(text):
    assert redact_text(text) == text
