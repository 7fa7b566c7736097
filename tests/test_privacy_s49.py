"""Session 49: a bare host in a sentence about someone's own site; names before a health detail."""

import pytest

from esslingen_lab.privacy import Redactor, redact_text
from esslingen_lab.privacy.redact.personal_sites import known_sites


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own site, named further off in the sentence
        (
            "Ich schreib seit Jahren einen Blog über mein Leben mit Morbus Crohn "
            "(darmgefluester-es.de). Die Wartezeiten sind lang.",
            "Ich schreib seit Jahren einen Blog über mein Leben mit Morbus Crohn "
            "([URL]). Die Wartezeiten sind lang.",
        ),
        # a person the name rules found owns it
        (
            "Herr Ruoff aus dem Tiefbauamt hat die Werte auf ruoff-misst.de veröffentlicht.",
            "Herr [NAME] aus dem Tiefbauamt hat die Werte auf [URL] veröffentlicht.",
        ),
        ("Unser Ferienhof hat die Webseite ferienhof-bergblick-es.de, bitte verlinken!",
         "Unser Ferienhof hat die Webseite [URL], bitte verlinken!"),
        ("Ich verkaufe Honig über honig-vom-waldrand.de, frisch.",
         "Ich verkaufe Honig über [URL], frisch."),
        # a town's name inside someone's host does not make it the town's
        ("Ich schreibe Krimis, krimis-aus-esslingen.de.", "Ich schreibe Krimis, [URL]."),
        ("Ich dokumentiere die Wetterdaten auf wetterstation-zollberg.de.",
         "Ich dokumentiere die Wetterdaten auf [URL]."),
        ("Als Kleinstfirma (IT-Support, Website kessler-it-hilfe.de) zahle ich Gewerbesteuer.",
         "Als Kleinstfirma (IT-Support, Website [URL]) zahle ich Gewerbesteuer."),
    ],
)
def test_an_own_site_is_taken(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no owner in the sentence: a service named in passing
        "Siehe auch die Darstellung der 30iger Zonen bei metaver.de: langer Link.",
        # the town's, a platform's, a firm's or a group's host, though the writer speaks
        "Ich finde esslingen.de unübersichtlich.",
        "Ich buche meine Termine über doctolib.de und das klappt.",
        "Mein Postfach ist bei web.de, und ich frage bei nebenan.de nach.",
        "Ich habe das Rezept bei shop-apotheke.com bestellt.",
        "Unser Verein steht auf tsv-berkheim.de, meine Tochter turnt dort.",
        "Ich lese das immer auf stuttgarter-zeitung.de nach.",
        # the town's formal "Ihrer" is no owner: "auf Ihrer Webseite …"
        "Auf Ihrer Webseite buergerservice-online.de fehlt das.",
        # a customer's verbs are no owner's (a reviewer's attack: 54 of 202 such answers
        # lost a public or a firm's host to the first version of the rule)
        "Ich bestelle Bücher meistens bei thalia.de, das geht schneller.",
        "Ich habe den Termin über impfterminservice.de gebucht.",
        "Wir nutzen ausweisapp.de und formulare-bw.de für alles.",
        "Bloggerinnen schreiben darüber auf krautreporter.de.",
        "Ich verkaufe Sachen auf momox.de.",
        "Ich schaue immer auf kirchheim-teck.de nach.",
        # one plain word of the dictionary: a firm's, no one's name
        "Ich schaue morgens auf wetter.com nach.",
        # the owner only in another sentence
    ],
)
def test_a_site_of_no_one_in_particular_stays(text):
    assert redact_text(text) == text


def test_a_clerk_pointing_to_a_site_is_no_owner():
    text = "Frau Schneider vom Bürgeramt hat auf formulare-bw.de verwiesen."
    assert redact_text(text) == "Frau [NAME] vom Bürgeramt hat auf formulare-bw.de verwiesen."


def test_an_owner_only_in_another_sentence_does_not_count():
    text = "Herr Ruoff ist nett. Die Karten liegen bei metaver.de."
    assert redact_text(text) == "Herr [NAME] ist nett. Die Karten liegen bei metaver.de."


def test_the_list_of_known_sites_is_read_and_the_rule_can_be_switched_off():
    assert {"doctolib", "nebenan", "web", "kleinanzeigen"} <= known_sites()
    text = "Ich blogge über den Garten auf gartenhausgrete.de, kommt vorbei."
    assert redact_text(text) == "Ich blogge über den Garten auf [URL], kommt vorbei."
    assert Redactor(disable=["url-own-host"]).redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relation and the name stay before the detail, which starts at its verb
        (
            "Mein Mann Mehmet Yıldırım liegt seit seinem Schlaganfall auf der Stroke Unit.",
            "Mein Mann [NAME] [GESUNDHEIT].",
        ),
        ("Meine Tochter Mila hat eine schwere Erdnussallergie. Die Kita will ein Attest.",
         "Meine Tochter [NAME] [GESUNDHEIT]. Die Kita will ein Attest."),
        # without a name the relation goes with the detail, as before
        ("Mein Vater ist Diabetiker und braucht Teststreifen.",
         "[GESUNDHEIT] und braucht Teststreifen."),
        # a name the name rules may not read ("Engel" is a word) goes with the detail
        ("Mein Sohn Engel hat Epilepsie.", "[GESUNDHEIT]."),
        # so does a first name that is a word too after a relation the name rules do not
        # read before a name (a reviewer's attack: 1,675 of 7,304 such answers leaked it)
        ("Mein Opi Otto hatte einen Herzinfarkt.", "[GESUNDHEIT]."),
        ("Meine Lebensgefährtin Rosa ist an Krebs erkrankt.", "[GESUNDHEIT]."),
        ("Unser Kleiner Ben liegt seit Montag im Krankenhaus.", "[GESUNDHEIT]."),
        # after a close relation the name rules read it: it stays before the detail
        ("Mein Vater Otto hat Parkinson.", "Mein Vater [NAME] [GESUNDHEIT]."),
    ],
)
def test_a_name_before_a_health_detail_is_left_to_the_name_rules(text, expected):
    assert redact_text(text) == expected


def test_a_shouted_verb_with_its_es_is_no_name():
    text = "WARUM GIBTS KEINEN OFFIZIELLEN KANAL? KLAPPTS BEI EUCH AUCH NICHT?"
    assert redact_text(text) == text
    # a shouted name still is one
    assert redact_text("BITTE RÜCKRUF AN FRAU ERIKA SCHWEIZER.") == "BITTE RÜCKRUF AN FRAU [NAME]."


@pytest.mark.parametrize(
    "text",
    [
        "Die Zuber wohnt seit dem Brand in der Notunterkunft, im Container neben dem Bauhof, "
        "Nummer 3. Post kommt nie an.",
        "Ich heiße Anna Weber und wohne seit 5 Monaten im Hinterhaus hinter der Bäckerei, "
        "Nummer 4. Post kommt nicht an.",
    ],
)
def test_a_tag_is_never_cut_in_half(text):
    # a rule reading a tag as a word stopped before its bracket and left "[ADRESSE]]"
    out = redact_text(text)
    assert "]]" not in out and "[[" not in out
    assert out.count("[") == out.count("]")


def test_the_town_halls_switchboard_stays_and_a_direct_line_goes():
    assert redact_text("Die Hotline 0711 3512-0 ist nie besetzt.") == (
        "Die Hotline 0711 3512-0 ist nie besetzt."
    )
    assert redact_text("Zentrale (0711) 3512 - 0, Frau Weber direkt 0711 3512-2647") == (
        "Zentrale (0711) 3512 - 0, Frau [NAME] direkt [TELEFON]"
    )
    # without its "-0" apart, or another number: anyone's
    assert redact_text("Meine Nummer 0711 35120 bitte") == "Meine Nummer [TELEFON] bitte"
    assert redact_text("Rückruf: 0711 3512 0") == "Rückruf: [TELEFON]"
    # with an extension beside it, or called one's own line, it is someone's (a reviewer's
    # attack: the direct dial could be put together again)
    assert redact_text("Mein Büro im Rathaus: Tel. 0711 3512-0 / App. 2647.") == (
        "Mein Büro im Rathaus: Tel. [TELEFON]."
    )
    assert "3512" not in redact_text("Sie erreichen mich unter 0711 3512-0, Durchwahl 2647.")
    assert "3512" not in redact_text("Meine Durchwahl ist die 0711 3512-0 und dann die 2647.")
    assert redact_text("Privat: 0711/3512-0") == "Privat: [TELEFON]"
    assert redact_text("Tel. 0711 3512-0 / 2647 bitte") == "Tel. [TELEFON] bitte"


def test_a_home_word_anywhere_in_the_sentence_keeps_an_address_private():
    # session 49 tried to keep an address after an office when the home word stood far
    # away; a reviewer found 57 private addresses left that way, so it was taken back
    text = ("Meine Mutter wohnt seit Jahren bei uns, sie hat aber ihr eigenes kleines Zimmer "
            "im Anbau hinter der Kirche, Kirchgasse 4.")
    assert "Kirchgasse 4" not in redact_text(text)
    text = ("Wir wohnen als junge Familie seit drei Jahren direkt über der Gaststätte, "
            "Obertorstraße 18.")
    assert "Obertorstraße 18" not in redact_text(text)


def test_many_hosts_in_one_answer_take_linear_time():
    # the sentence of each host was searched from the text's start (a reviewer's attack:
    # 8,000 hosts took 18.5 s); the sentences are now found once per text
    text = " ".join(f"Ich betreibe seite{i}-abc.de." for i in range(3000))
    out = redact_text(text)
    assert out.count("[URL]") == 3000
