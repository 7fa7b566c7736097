"""Session 31: offices after a name's particle, surnames before initials in lists, nicknames."""

import pytest

from esslingen_lab.privacy import redact_text

CASES = [
    # an office after "von der" is where the person works, not part of the name
    (
        "Herr Sonntag von der Verkehrsbehörde weiß Bescheid.",
        "Herr [NAME] von der Verkehrsbehörde weiß Bescheid.",
    ),
    (
        "Frau Vogel von der Stadtbücherei macht tolle Kurse.",
        "Frau [NAME] von der Stadtbücherei macht tolle Kurse.",
    ),
    ("Frau von der Aue kam nicht.", "Frau [NAME] kam nicht."),
    ("Frau Anna von der Leyen-Hofmann kam.", "Frau [NAME] kam."),
    ("Herr von der Stadtverwaltung kam.", "Herr von der Stadtverwaltung kam."),
    # a surname with its first initial after a comma, in lists; an initial before capitals
    (
        "bitte WÖRNER, S. und KOWALCZYK, P. nachtragen, beide waren da.",
        "bitte [NAME] und [NAME] nachtragen, beide waren da.",
    ),
    ("Vertretung ist HUBER-RAICHLE, T.", "Vertretung ist [NAME]"),
    (
        "HAUSMANN, K. und di lorenzo, f. fehlen noch.",
        "[NAME] und [NAME] fehlen noch.",
    ),
    ("Gez. TH. BAUR", "Gez. [NAME]"),
    # a page, a noun, an office, a saint and the next name's initials stay out
    ("siehe Anlage, S. 4 und Punkt, A. davor", "siehe Anlage, S. 4 und Punkt, A. davor"),
    ("Das Bauamt, K. Müller", "Das Bauamt, [NAME]"),
    ("usw, z. B. hier", "usw, z. B. hier"),
    (
        "Anwesend: A. Müller, B. Schmidt, C. Weber",
        "Anwesend: [NAME], [NAME], [NAME]",
    ),
    # a nickname after an article where only a person fits
    (
        "Der Pauli und ich wollen eine Graffiti-Wand.",
        "Der [NAME] und ich wollen eine Graffiti-Wand.",
    ),
    (
        "der Bolle aus der 9c und ich ham ne Petition gestartet",
        "der [NAME] aus der 9c und ich ham ne Petition gestartet",
    ),
    (
        "Kann jemand dem Manni sagen, dass der Beamer wieder geht?",
        "Kann jemand dem [NAME] sagen, dass der Beamer wieder geht?",
    ),
    ("ond dr Häberle hot gsagt, des goht net.", "ond dr [NAME] hot gsagt, des goht net."),
    ("– der Mecki hat ihm noch geholfen.", "– der [NAME] hat ihm noch geholfen."),
    # … not a body, a thing, a pet or a role
    ("Die Stadt hat mir gesagt, das geht nicht.", "Die Stadt hat mir gesagt, das geht nicht."),
    ("Die Schule hat uns gesagt, dass es dauert.", "Die Schule hat uns gesagt, dass es dauert."),
    ("Die App hat mir geholfen.", "Die App hat mir geholfen."),
    ("Die Katze und ich sind allein.", "Die Katze und ich sind allein."),
    ("Die Kleine und ich gehen.", "Die Kleine und ich gehen."),
    ("Kann jemand dem Team sagen, dass es hakt?", "Kann jemand dem Team sagen, dass es hakt?"),
    ("Bitte dem Bauamt Bescheid geben.", "Bitte dem Bauamt Bescheid geben."),
    ("Der Chef und ich sind uns einig.", "Der Chef und ich sind uns einig."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_session_31_cases(text, expected):
    assert redact_text(text) == expected


def test_an_abbreviation_before_capitals_is_no_initial():
    # "z. B." before a surname in capitals stays whole ("B." is no initial of it)
    assert redact_text("Schreibweisen (z. B. ŞAHİN, Sahin)").startswith("Schreibweisen (z. B. ")
