"""Session 25: a home told by its flat, its door and what it has; a job at a place of care is
no health detail. Each case with what must stay."""

import pytest

from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.review import risk_score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a floor by an ordinal ending in -er ("dritter Stock") counts as the flat
        ("Wir wohnen über der Bäckerei am Rossmarkt, zweiter Stock, Klingel ohne Namen.",
         "Wir wohnen [ADRESSE]."),
        ("Wir wohnen seit zehn Jahren in Berkheim, dritter Stock wäre mir zu hoch.",
         "Wir wohnen seit zehn Jahren in Berkheim, dritter Stock wäre mir zu hoch."),
        # a floor that needs no ordinal, told with the house around it
        ("Sie wohnt im Erdgeschoss vom Wohnblock direkt an der Haltestelle in Zell und "
         "kommt nicht raus.", "Sie wohnt [ADRESSE] und kommt nicht raus."),
        ("Ich wohne in der Dachwohnung unterm Dach bei der Schreinerei am Ortsrand von Sirnau.",
         "Ich wohne [ADRESSE]."),
        ("Wir wohnen im Erdgeschoss in der Weststadt.",
         "Wir wohnen im Erdgeschoss in der Weststadt."),
        ("Ich wohne im Erdgeschoss und komme gut rein.",
         "Ich wohne im Erdgeschoss und komme gut rein."),
        ("Ich wohne im EG vom Hochhaus direkt am Bahnhof in Zell.", "Ich wohne [ADRESSE]."),
        ("Wir wohnen im EG in der Weststadt.", "Wir wohnen im EG in der Weststadt."),
        ("Ich wohne unterm Dach und im Sommer ist es heiß.",
         "Ich wohne unterm Dach und im Sommer ist es heiß."),
        ("Die Kita liegt im Erdgeschoss vom Hochhaus direkt an der Haltestelle in Zell.",
         "Die Kita liegt im Erdgeschoss vom Hochhaus direkt an der Haltestelle in Zell."),
        # the way in and the door after the house: they single it out too
        ("Ich wohne im Hinterhaus von der alten Brauerei in der Mühlstraße, Eingang über "
         "den Hof.", "Ich wohne [ADRESSE]."),
        ("Wir wohnen im Hochhaus am Ende der Ulmer Straße, achter Stock, die Tür mit dem "
         "Kranz.", "Wir wohnen [ADRESSE]."),
        ("Das Bürgeramt ist im Erdgeschoss vom Rathaus, Eingang über den Marktplatz.",
         "Das Bürgeramt ist im Erdgeschoss vom Rathaus, Eingang über den Marktplatz."),
        ("Ich wohne in der Innenstadt, Eingang über den Hof ist bei uns Standard.",
         "Ich wohne in der Innenstadt, Eingang über den Hof ist bei uns Standard."),
        # what the house has, after a comma: "der mit den graffitis", "dem mit der Schaukel"
        ("Wir wohnen im Block hinter dem Netto in der Weststadt, der mit den Graffitis.",
         "Wir wohnen [ADRESSE]."),
        ("Ich wohne in der Keplerstraße 3, das mit dem internet.",
         "Ich wohne in der [ADRESSE], das mit dem internet."),
        ("Ich wohne in der Keplerstraße 3, Zufahrt über die Baustelle, das ist gefährlich.",
         "Ich wohne in der [ADRESSE], Zufahrt über die Baustelle, das ist gefährlich."),
        ("Ich wohne in der Keplerstraße 3, kein Name, keine Nummer.",
         "Ich wohne in der [ADRESSE], kein Name, keine Nummer."),
        ("Ich wohne unterm Dach bei meiner Tochter in der Nähe vom Bahnhof.",
         "Ich wohne unterm Dach bei meiner Tochter in der Nähe vom Bahnhof."),
        # never on into the next clause or a way in that is no door
        ("Ich wohne in der Keplerstraße 3, das mit dem Internet und dem Handynetz ist eine "
         "Katastrophe.", "Ich wohne in der [ADRESSE], das mit dem Internet und dem Handynetz "
         "ist eine Katastrophe."),
        ("Ich wohne in der Keplerstraße 3, Zugang über die App, bitte.",
         "Ich wohne in der [ADRESSE], Zugang über die App, bitte."),
        # a floor alone with a house nobody could find
        ("Ich wohne im Erdgeschoss von einem Mehrfamilienhaus.",
         "Ich wohne im Erdgeschoss von einem Mehrfamilienhaus."),
        ("Ich wohne im Erdgeschoss vom Mehrfamilienhaus, das ist mir egal.",
         "Ich wohne im Erdgeschoss vom Mehrfamilienhaus, das ist mir egal."),
        ("Mein Sohn wohnt unterm Dach bei uns im Haus.",
         "Mein Sohn wohnt unterm Dach bei uns im Haus."),
        ("Ich wohne in Zell, das mit dem Bus schlecht angebunden ist.",
         "Ich wohne in Zell, das mit dem Bus schlecht angebunden ist."),
        ("Ich lebe in Esslingen, dem mit der schönen Altstadt.",
         "Ich lebe in Esslingen, dem mit der schönen Altstadt."),
        ("Wir wohnen in der Weststadt, der mit den meisten Baustellen.",
         "Wir wohnen in der Weststadt, der mit den meisten Baustellen."),
        # a job at a place of care is work, no stay there; a relative there still is
        ("Ich bin Nachtschwester im Pflegeheim am Zollberg.",
         "Ich bin Nachtschwester im Pflegeheim am Zollberg."),
        ("Ich bin Krankenpfleger in der Psychiatrie.",
         "Ich bin Krankenpfleger in der Psychiatrie."),
        ("Meine Kundin ist Ärztin in der Psychiatrie.",
         "Meine Kundin ist Ärztin in der Psychiatrie."),
        ("Ich bin leitende Ärztin im Klinikum.", "Ich bin leitende Ärztin im Klinikum."),
        ("Meine Oma wohnt als ehemalige Krankenschwester im Pflegeheim.",
         "[GESUNDHEIT]."),
        ("Mein Vater ist nach dem Gottesdienst im Krankenhaus gelandet.",
         "[GESUNDHEIT]."),
        ("Mein Vater ist nach dem Besuch beim Hausarzt im Krankenhaus gelandet.",
         "[GESUNDHEIT]."),
        ("Meine Schwester ist im Pflegeheim am Zollberg.", "[GESUNDHEIT]."),
        ("Meine Halbschwester ist im Pflegeheim.", "[GESUNDHEIT]."),
        ("Unser Hausarzt ist im Krankenhaus.", "[GESUNDHEIT]."),
    ],
)
def test_session_25_cases(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "er"/"sie" counts only after a person named before (a review found a pronoun alone
        # taken for a thing, a form's question or a talk's topic)
        ("Ich helfe einer Nachbarin, weil sie keinen Computer hat und fast blind ist.",
         "Ich helfe einer Nachbarin, weil sie keinen Computer hat und [GESUNDHEIT]."),
        ("Meine Mutter kann das nicht mehr, weil sie einen Schlaganfall hatte.",
         "Meine Mutter kann das nicht mehr, weil sie einen [GESUNDHEIT]."),
        ("Die Stadt, sie ist wie gelähmt.", "Die Stadt, sie ist wie gelähmt."),
        ("Der Antragsteller muss nachweisen, dass er schwerbehindert ist.",
         "Der Antragsteller muss nachweisen, dass er schwerbehindert ist."),
        ("Sie hat über Demenz referiert.", "Sie hat über Demenz referiert."),
        ("Haben Sie Diabetes?", "Haben Sie Diabetes?"),
    ],
)
def test_a_pronoun_needs_someone_before(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person by role after a possessive, like a relative ("unser Imam", "meine Kundin")
        ("Unser Stammgast hat Diabetes.", "Unser Stammgast [GESUNDHEIT]."),
        # a role whose work is health, care, faith or teaching: the word is their subject
        ("Unsere Ärztin behandelt Diabetes.", "Unsere Ärztin behandelt Diabetes."),
        ("Unser Imam spricht über Depression in der Predigt.",
         "Unser Imam spricht über Depression in der Predigt."),
        ("Unsere Kundin ist seit dem Sturz auf den Rollator angewiesen.",
         "Unsere Kundin [GESUNDHEIT]."),
        ("Unser Stammgast Fritz hat eine Querschnittlähmung und kommt nicht mehr.",
         "Unser Stammgast [GESUNDHEIT] und kommt nicht mehr."),
        ("Unsere Putzfrau hat Rheuma.", "Unsere Putzfrau [GESUNDHEIT]."),
        ("Unsere Tagesmutter hat Krebs.", "Unsere Tagesmutter [GESUNDHEIT]."),
        ("Unsere Reinigungskräfte sind oft krank.", "Unsere Reinigungskräfte sind oft krank."),
        # public offices are no one's own; a role without a possessive is no one
        ("Unser Bürgermeister hat Krebs als Thema gesetzt.",
         "Unser Bürgermeister hat Krebs als Thema gesetzt."),
        ("Viele Kunden haben Diabetes.", "Viele Kunden haben Diabetes."),
    ],
)
def test_one_person_by_role(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("quote", "held"),
    [
        # no reason to hold back: public offices, roles many hold, many people, anyone, a big
        # office, a trait (a reason for one person in a one-per-house role was tried and
        # taken back: a review found it holding "Die Umleitung in Mettingen …", "Der Trainer,
        # der die Kinder betreut, …" and other general statements)
        ("Der Oberbürgermeister, der das Projekt angestoßen hat, sollte mehr erklären.", False),
        ("Wesentlich besseren Schutz der Radfahrer beim Abbiegen.", False),
        ("Die Bürger, die online sind, profitieren.", False),
        ("Der Bürger, der kein Smartphone hat, wird abgehängt.", False),
        ("Der Bürger aus Esslingen will einfach Termine online buchen.", False),
        ("Der Mitarbeiter der Telekom kam nie.", False),
        ("Die Frau in der Hotline war nett.", False),
        ("Die Trainer im Verein brauchen Hallenzeiten.", False),
        ("Ein Lehrer, der jeden Tag Tablets nutzt, braucht WLAN.", False),
        ("Die Sachbearbeiterin im Bürgeramt war sehr freundlich.", False),
        ("Wir sind der Meinung, dass hinter dem Rathaus Parkplätze fehlen.", False),
        ("Unser Rathaus ist direkt am Marktplatz.", False),
    ],
)
def test_review_leaves_general_statements(quote, held):
    assert (risk_score(quote) >= REVIEW_THRESHOLD) is held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another tag in the bracket after a relative is no name: the health detail goes
        # (since session 34 with the relation and the whole bracket)
        ("Meine Mutter (Pflegegrad 3, Jg. 1936) braucht einen Platz.",
         "[GESUNDHEIT] braucht einen Platz."),
        ("Mein Vater (82, Pflegegrad 3) braucht Hilfe.",
         "[GESUNDHEIT] braucht Hilfe."),
        # "ALS" in capitals is emphasis
        ("Er hat ALS Erster angerufen.", "Er hat ALS Erster angerufen."),
    ],
)
def test_health_details_in_brackets_and_abbreviations(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "quote", ["Der Hausmeister vom", "Der Mitarbeiter im", "Grüße an die Lehrerin der"]
)
def test_review_reads_a_quote_ending_after_a_role(quote):
    # a quote cut after "role + preposition" raised an IndexError in the review
    assert risk_score(quote) == 0.0
