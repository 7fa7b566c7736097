"""Session 28: who "der/die einzige …" is, houses placed exactly, roles of one school."""

import pytest

from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.redact.only_persons import only_person

DESCRIPTION = "[PERSON-BESCHREIBUNG]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any noun for a person after "einzige": a trade with a feminine form, an adjective
        # used as a noun, a child
        ("Das ist der einzige Imker des Stadtteils.", "Das ist [PERSON-BESCHREIBUNG]."),
        (
            "Der einzige Rothaarige im Haus hat das gemacht.",
            "[PERSON-BESCHREIBUNG] hat das gemacht.",
        ),
        (
            "Der einzige Grüne aus Hegensberg hat das gemacht.",
            "[PERSON-BESCHREIBUNG] hat das gemacht.",
        ),
        (
            "Der einzige Rettungsschwimmer vom DLRG-Ortsverband Zell fehlt.",
            "[PERSON-BESCHREIBUNG] fehlt.",
        ),
        ("Das ist die einzige Nachtwache im Haus am Kronenhof.", "Das ist [PERSON-BESCHREIBUNG]."),
        ("Unser einziger Restaurator geht in Rente.", "[PERSON-BESCHREIBUNG] geht in Rente."),
        # a role at the only place of its kind
        (
            "Der Betreiber vom einzigen Kino in der Altstadt will das.",
            "[PERSON-BESCHREIBUNG] will das.",
        ),
        (
            "Ich bin die Vorsitzende vom einzigen Frauenfußballverein in Esslingen.",
            "Ich bin [PERSON-BESCHREIBUNG].",
        ),
        (
            "Die Vorsitzende des einzigen Schachvereins in Oberesslingen hat geschrieben.",
            "[PERSON-BESCHREIBUNG] hat geschrieben.",
        ),
        (
            "Pflegedienstleiterin beim einzigen ambulanten Pflegedienst in Aichwald ist sie.",
            "[PERSON-BESCHREIBUNG] ist sie.",
        ),
        # one who alone does something: the relative clause up to its verb, not what follows
        (
            "Wir haben eine Kollegin, die als einzige Tigrinya spricht und alles allein macht.",
            "Wir haben [PERSON-BESCHREIBUNG] und alles allein macht.",
        ),
        (
            "Der Lotse, der als einziger Ehrenamtlicher morgens am Zebrastreifen steht, hört auf.",
            "[PERSON-BESCHREIBUNG], hört auf.",
        ),
        # a house placed exactly tells whose it is
        ("Der Typ vom Kiosk daneben ist unfreundlich.", "[PERSON-BESCHREIBUNG] ist unfreundlich."),
        (
            "Der Typ vom Kiosk gegenüber ist unfreundlich.",
            "[PERSON-BESCHREIBUNG] ist unfreundlich.",
        ),
        (
            "Der Inhaber des Fahrradladens direkt am Bahnhof hat geholfen.",
            "[PERSON-BESCHREIBUNG] hat geholfen.",
        ),
        (
            "Die Verkäuferin von der Bäckerei neben der Apotheke ist nett.",
            "[PERSON-BESCHREIBUNG] ist nett.",
        ),
        (
            "Die Leiterin der Kita am Ende der Pliensaustraße ist krank.",
            "[PERSON-BESCHREIBUNG] ist krank.",
        ),
        ("Der Kerl vom Kiosk am Bahnhof Mettingen ist da.", "[PERSON-BESCHREIBUNG] ist da."),
        ("Der Besitzer der Pizzeria gegenüber macht Lärm.", "[PERSON-BESCHREIBUNG] macht Lärm."),
        ("Der Wirt von der Kneipe schräg gegenüber ist laut.", "[PERSON-BESCHREIBUNG] ist laut."),
        ("Der Typ vom Späti direkt an der Ecke ist nett.", "[PERSON-BESCHREIBUNG] ist nett."),
        # any noun for a person heads a description with a habit ("der Rentner, der jeden …")
        (
            "Den Schäfer, der seine Herde immer an der Katharinenlinde weidet, kenne ich.",
            "[PERSON-BESCHREIBUNG], kenne ich.",
        ),
        # a role one school or one brigade has one of
        (
            "Ich bin Schülersprecherin an der Katharinenschule.",
            "Ich bin [PERSON-BESCHREIBUNG].",
        ),
        (
            "Die Elternbeiratsvorsitzende an der Grundschule Oberesslingen schrieb.",
            "[PERSON-BESCHREIBUNG] schrieb.",
        ),
    ],
)
def test_descriptions_of_one_person_are_removed(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die einzige Alternative in Zell ist der Bus.",
        "Der einzige Drucker im 2. OG ist kaputt.",
        "Das ist die einzige Möglichkeit im Amt.",
        "Unsere einzige Chance ist das.",
        "Der einzige Geldautomat in Zell ist weg.",
        "Der einzige Schalter im Bürgeramt war offen.",
        "Die Stadt, die als einzige im Kreis das anbietet, ist toll.",
        "Wir gehen zum Kiosk daneben.",
        "Der Kiosk gegenüber hat zu.",
        "Die Grundschule am Mühlbach ist toll.",
        "Wir waren in der Pizzeria gegenüber essen.",
        "Die Reinigung gegenüber hat zu.",
        "Die Leiterin an der Stadtbücherei meinte das.",
        "Der Kommandant der Freiwilligen Feuerwehr hat den Bericht vorgestellt.",
        "Der Pfarrer an der Stadtkirche in der Altstadt hat gepredigt.",
        "Die Oberbürgermeisterin, die jeden Freitag eine Sprechstunde anbietet, hört zu.",
        "Der Ortsvorsteher von Berkheim, der jeden Monat eine Versammlung macht, ist gut.",
        "Der Drucker, der jeden Morgen streikt, ist alt.",
        "Die Erste, die jeden Tag kommt, bekommt Kaffee.",
    ],
)
def test_things_and_offices_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("Imker", True),
        ("Imkerin", True),
        ("Restaurator", True),
        ("Rothaarige", True),
        ("Ehrenamtlicher", True),
        ("Freiberufliche", True),
        ("Mädchen", True),
        ("Alternative", False),
        ("Möglichkeit", False),
        ("Drucker", False),
        ("Schalter", False),
        ("Termin", False),
        ("Geldautomat", False),
        ("Kita", False),
        ("Einzige", False),
        ("Oberbürgermeisterin", False),
    ],
)
def test_only_person_tells_people_from_things(word, person):
    assert only_person(word) is person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a man's first name or pet form in his place before where he is from
        ("Danke an den Bene vom Jugendhaus.", "Danke an den [NAME] vom Jugendhaus."),
        ("Der Maxi aus der 10b hat ne App gebaut.", "Der [NAME] aus der 10b hat ne App gebaut."),
        ("Dr Done vom Gartabauverein hot gsagt", "Dr [NAME] vom Gartabauverein hot gsagt"),
        # a kin word used as part of a name goes with it; a relation stays
        ("Sagt jedenfalls Tante Gerda.", "Sagt jedenfalls [NAME]."),
        (
            "Opa Fritz hat seine Hundesteuer online bezahlt.",
            "[NAME] hat seine Hundesteuer online bezahlt.",
        ),
        ("Contact our coordinator Ate Joy, please.", "Contact our coordinator [NAME], please."),
        ("Meine Tante Gerda wohnt in Zell.", "Meine Tante [NAME] wohnt in Zell."),
        ("Unser Opa Fritz ist 90.", "Unser Opa [NAME] ist 90."),
    ],
)
def test_nicknames_and_kin_words_with_names(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Link vom Bürgeramt funktioniert nicht.",
        "Der Saal im Bürgerhaus ist immer belegt.",
        "Der Server von 2014 ist alt.",
        "Der Hase vom Nachbarn ist weg.",
        "Der Audi vom Nachbarn steht im Halteverbot.",
        "Der Rabe vom Kirchturm krächzt.",
        # "Der Mark vom Konto ist weg." left in session 57: with the masculine article it
        # reads as the first name (the nickname step); the currency is "die Mark"
    ],
)
def test_nouns_before_a_place_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ich wohn über dem Friseur am Postmichelbrunnen, Klingel ganz oben, und der Lärm"
            " vom Markt ist heftig.",
            "ich wohn [ADRESSE], und der Lärm vom Markt ist heftig.",
        ),
        (
            "Ich wohn ja eh direkt über dem Dönerladen am Blarerplatz, 2. OG.",
            "Ich wohn ja eh [ADRESSE].",
        ),
        (
            "Ich lebe seit einem Jahr im Wohnwagen auf dem Stellplatz am Neckarufer.",
            "Ich lebe seit einem Jahr [ADRESSE].",
        ),
        (
            "Er wohnt allein im Aussiedlerhof an der Straße nach Aichwald, der mit dem Windrad.",
            "Er wohnt allein [ADRESSE].",
        ),
    ],
)
def test_homes_told_by_directions(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ich wohne seit einem Jahr in Zell.",
        "Ich wohne im Wohnwagen.",
        "Die Akten liegen im Keller vom Rathaus.",
    ],
)
def test_homes_without_directions_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case surname no dictionary knows after a lower-case first name
        (
            "Mein Nachbar uwe krätschmer hat's auch schon gemeldet.",
            "Mein Nachbar [NAME] hat's auch schon gemeldet.",
        ),
        ("hi, i'm kayla o'connor, exchange student.", "hi, i'm [NAME], exchange student."),
        (
            "ich (marie-claire d'aubigny) hab eine Umfrage gemacht",
            "ich ([NAME]) hab eine Umfrage gemacht",
        ),
        # not a place after "von der", not a verb with its "es", not a typo of a short word
        ("danke an jule von der it-hotline!!", "danke an [NAME] von der it-hotline!!"),
        ("meine tochter lea hat's gemacht", "meine tochter [NAME] hat's gemacht"),
    ],
)
def test_lower_case_surnames_after_first_names(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unser Zeugwart, der Schnecki, hat die Nummer nie gefunden.",
            "Unser Zeugwart, der [NAME], hat die Nummer nie gefunden.",
        ),
        (
            "Unser Hausmeister, der Bäppi, meldet Schäden.",
            "Unser Hausmeister, der [NAME], meldet Schäden.",
        ),
        (
            "Kontakt über unseren Kassenwart Zotti, bitte.",
            "Kontakt über unseren Kassenwart [NAME], bitte.",
        ),
        ("Unser Bandleader Jimbo hat das Konto.", "Unser Bandleader [NAME] hat das Konto."),
        # a word for a person in the apposition is no name
        ("Mein Chef, der Idiot, sagt das auch.", "Mein Chef, der Idiot, sagt das auch."),
        ("Unser Trainer, der Arme, war krank.", "Unser Trainer, der Arme, war krank."),
        ("Mein Nachbar, der Grieche, kocht gut.", "Mein Nachbar, der Grieche, kocht gut."),
    ],
)
def test_nicknames_beside_a_role(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wir wohnen im roten haus direkt neben der apotheke in zell, das einzige mit dem"
            " großen walnussbaum. Seit dem Sturm hängt ein Ast runter.",
            "Wir wohnen [ADRESSE]. Seit dem Sturm hängt ein Ast runter.",
        ),
        (
            "wir wohnen in der einliegerwohnung hinter der alten kelter in rüdern,"
            " die mit der roten tür.",
            "wir wohnen [ADRESSE].",
        ),
        (
            "Wir wohnen in der alten Mühle am Hainbach, das Fachwerkhaus mit dem Mühlrad.",
            "Wir wohnen [ADRESSE].",
        ),
        (
            "Wir wohnen im letzten Haus vor dem Waldrand oben in Krummenacker, das mit den"
            " Solarplatten und Trampolin im Garten.",
            "Wir wohnen [ADRESSE].",
        ),
        # a verb ends the piece: what follows is no part of the home
        (
            "Ich wohne im Haus gegenüber vom Edeka in Zell, das mit dem Zaun steht.",
            "Ich wohne [ADRESSE], das mit dem Zaun steht.",
        ),
    ],
)
def test_what_singles_out_a_home_goes_with_it(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Kollege, der bei uns für Wohngeld zuständig ist, geht in Rente.",
            "[PERSON-BESCHREIBUNG], geht in Rente.",
        ),
        (
            "Der Mann, der die Dienststelle in Zell leitet, ist neu.",
            "[PERSON-BESCHREIBUNG], ist neu.",
        ),
        ("Die Frau, die das Café am Markt betreibt, ist nett.", "[PERSON-BESCHREIBUNG], ist nett."),
        # offices, groups and things in charge stay
        (
            "Die Stelle, die dafür zuständig ist, antwortet nicht.",
            "Die Stelle, die dafür zuständig ist, antwortet nicht.",
        ),
        (
            "Die Leute, die dafür zuständig sind, schlafen.",
            "Die Leute, die dafür zuständig sind, schlafen.",
        ),
    ],
)
def test_one_in_charge_is_described(text, expected):
    assert redact_text(text) == expected


# the reviewer's look-alikes (session 28): things, firms, groups, offices and generic
# statements stay; identities after "einzige" and the line break before a tag are kept right
@pytest.mark.parametrize(
    "text",
    [
        "Der einzige Anbieter für Glasfaser in Zell ist die Telekom.",
        "Die Mitarbeiter vom einzigen Supermarkt in Zell sind nett.",
        "Der Oberbürgermeister der einzigen Großen Kreisstadt hier hat gesprochen.",
        "Der Kommandant der einzigen Feuerwehr in Esslingen hat gesprochen.",
        "Die Linke, die als einzige Fraktion dagegen war, hat recht.",
        "Die einzige Gerade im Plan ist schief.",
        "Der einzige Tiger im Zoo schläft.",
        "Viele wohnen im Wohnwagen auf dem Stellplatz am Neckarufer, weil die Mieten hoch sind.",
        "Manche Leute leben im Wohnwagen auf dem Stellplatz am Neckarufer.",
    ],
)
def test_reviewers_look_alikes_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die einzige Muslimin im Chor bin ich.", "[PERSON-BESCHREIBUNG] bin ich."),
        ("Der einzige Türke im Verein bin ich.", "[PERSON-BESCHREIBUNG] bin ich."),
        (
            "Ich bin die Vorsitzende vom einzigen Schachverein in Zell Das ist toll",
            "Ich bin [PERSON-BESCHREIBUNG] Das ist toll",
        ),
        ("Hallo,\nder einzige Imker in Zell ist nett.", "Hallo,\n[PERSON-BESCHREIBUNG] ist nett."),
        (
            "Hallo,\r\nder einzige Imker in Zell ist nett.",
            "Hallo,\r\n[PERSON-BESCHREIBUNG] ist nett.",
        ),
        ("Unsere liebe Oma Hilde ist gestorben.", "Unsere liebe Oma [NAME] ist gestorben."),
        ("Oma und Opa Müller wohnen in Zell.", "Oma und Opa [NAME] wohnen in Zell."),
        ("Meine Frau sabine moint des au.", "Meine Frau [NAME] moint des au."),
        ("Mein Sohn jonas nemmt den Bus.", "Mein Sohn [NAME] nemmt den Bus."),
        ("Meine Tochter lena berkheim wohnt da.", "Meine Tochter [NAME] berkheim wohnt da."),
    ],
)
def test_reviewers_cases_read_right(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("die einzige imkerin in zell hat angerufen", "[PERSON-BESCHREIBUNG] hat angerufen"),
        (
            "die hausmeisterin der grundschule in sulzgries ist nett",
            "[PERSON-BESCHREIBUNG] ist nett",
        ),
        (
            "die einzige möglichkeit in zell ist der bus",
            "die einzige möglichkeit in zell ist der bus",
        ),
        ("der einzige bus nach zell fährt nicht", "der einzige bus nach zell fährt nicht"),
    ],
)
def test_descriptions_typed_in_lower_case(text, expected):
    assert redact_text(text) == expected
