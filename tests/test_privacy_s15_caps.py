"""Session 15: reviewer's false positives of the session 14 rules on names in capitals.

A family's firm only with a surname ("Katze und Sohn" stays), abbreviations are no initials
("Z.B. KINO"), a noun shouted after a first name is no surname ("Anna KINO"), and a first
name given to a thing stays ("Die App heißt LUCA").
"""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text",
    [
        # a family's firm: nouns before "und Sohn" are no surname
        "Ich wohne hier mit Katze und Sohn.",
        "Ich wohne hier mit Hund und Tochter.",
        "Mit Rollator und Tochter ist der Bus schwer.",
        "Mit Kinderwagen und Sohn ist der Bus schwer.",
        "Mit Zwillingen und Sohn ist der Bus schwer.",
        "Die Metzgerei Wurst & Söhne ist toll.",
        "Die Firma Haniel & Söhne ist toll.",
        "Die Schreinerei Maier und Söhne hat gebaut.",
        "Job, Haushalt und Tochter - das ist zu viel",
        # abbreviations are no initials
        "Mehr Angebote. Z.B. KINO",
        "Mehr Angebote. Z. B. SCHWIMMBAD",
        "Mehr Angebote. U. A. KINO",
        "Mehr Angebote. z. B. KINO",
        # public names with initials
        "Mehr Musik wie J. S. BACH",
        "Die Firma B. BRAUN baut.",
        # a first name given to a thing
        "Das Restaurant heißt FRIEDA",
        "Die App heißt LUCA und war Pflicht.",
        "Ein Café namens FRIEDA hat zu.",
    ],
)
def test_ordinary_text_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun shouted right after a first name still goes with it ("Ich war mit Anna
        # KINO." → "mit [NAME]."): told apart from a shouted surname in the name rules it
        # cost a name on a held-out set (session 15), and a leak weighs more than one word
        ("Ich war mit Anna KINO.", "Ich war mit [NAME]."),
        # true positives that must still go
        ("Ich war mit Anna KRÄMER.", "Ich war mit [NAME]."),
        ("Gruß Peter MÜLLER", "Gruß [NAME]"),
        ("Bin umsonst gekommen. K. FLAMM", "Bin umsonst gekommen. [NAME]"),
        ("Meine Tochter heißt FRIEDA.", "Meine Tochter heißt [NAME]."),
        ("Eine Frau namens FRIEDA war da.", "Eine Frau namens [NAME] war da."),
        ("Die Kollegin heißt Frieda.", "Die Kollegin heißt [NAME]."),
        # "HR." with its period is "Herr", not the department
        ("Gespräch mit HR. WALZ war gut.", "Gespräch mit HR. [NAME] war gut."),
        ("Gespräch mit HR. Walz war gut.", "Gespräch mit HR. [NAME] war gut."),
        ("Die HR. Abteilung hat zu.", "Die HR. Abteilung hat zu."),
    ],
)
def test_names_beside_shouted_words(text, expected):
    assert redact_text(text) == expected
