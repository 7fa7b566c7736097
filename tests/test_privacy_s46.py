"""Session 46: health details said with stairs, allergies, broken limbs and asides."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stairs or a distance a person cannot manage, after "kann" or at a clause's end
        ("Meine Mutter kann keine Treppen mehr steigen.", "[GESUNDHEIT]."),
        (
            "Meine Mutter, die keine Treppen steigen kann, braucht Hilfe.",
            "Meine Mutter, die [GESUNDHEIT], braucht Hilfe.",
        ),
        ("Mein Vater hat MS und kann keine 200 Meter laufen.", "[GESUNDHEIT]."),
        # words between "kann" and "keine", other verbs, other distances, Swabian
        ("Ich kann wegen meiner Hüfte keine Treppen mehr steigen.", "[GESUNDHEIT]."),
        ("Mein Opa kann nicht mehr Treppen steigen.", "[GESUNDHEIT]."),
        ("Mein Opa schafft keine Treppen mehr.", "[GESUNDHEIT]."),
        ("Mein Opa kommt keine Treppen mehr hoch.", "[GESUNDHEIT]."),
        ("Mein Vater kann keinen Kilometer mehr gehen.", "[GESUNDHEIT]."),
        ("Mein Vater kann keine 200m laufen.", "[GESUNDHEIT]."),
        ("Mei Mudder ka koi Treppa meh steiga.", "[GESUNDHEIT]."),
        # a broken, sprained or bruised limb with its adjective before it
        ("Mein Vater hat seit 3 Wochen ein gebrochenes Handgelenk.", "[GESUNDHEIT]."),
        (
            "Mein Vater hat einen gebrochenen Arm und kann nicht arbeiten.",
            "[GESUNDHEIT] und kann nicht arbeiten.",
        ),
        # "selbst"/"selber" between the verb and "MS"
        (
            "Hab selber MS und bin oft zu erschöpft für den Weg ins Rathaus.",
            "[GESUNDHEIT] und bin oft zu erschöpft für den Weg ins Rathaus.",
        ),
        ("Meine Mutter ist mit gebrochenem Arm gestürzt.", "[GESUNDHEIT]."),
        # an allergy to a compound the list did not hold
        ("Mein Sohn ist allergisch auf Haselnüsse.", "[GESUNDHEIT]."),
        ("Meine Tochter ist allergisch gegen Birkenpollen.", "[GESUNDHEIT]."),
        # any compound of a listed head ("-pollen", "-milch", "-eiweiß" …)
        ("Mein Sohn ist allergisch gegen Kuhmilch.", "[GESUNDHEIT]."),
        ("Mein Sohn ist allergisch gegen Hühnereiweiß.", "[GESUNDHEIT]."),
        # an aside between the person and the detail: a number's label, an age in brackets
        (
            "Mein Vater, Kundennr. 4711, hat Diabetes.",
            "Mein Vater, Kundennr. [ID], [GESUNDHEIT].",
        ),
        ("Der Albert (83) hat Alzheimer.", "Der [GESUNDHEIT]."),
        ("Unser Albert (83) hat Alzheimer.", "Unser [GESUNDHEIT]."),
        # a condition in an aside on oneself or one's relative, before a word of work
        (
            "Mein Sohn (16, Asperger-Syndrom) würde gerne ein Praktikum machen.",
            "[GESUNDHEIT] würde gerne ein Praktikum machen.",
        ),
        (
            "Ich (w, 52, Diabetes Typ 1) arbeite im Bürgeramt am Schalter.",
            "Ich (w, 52, [GESUNDHEIT]) arbeite im Bürgeramt am Schalter.",
        ),
        # a name particle after the title: the name goes into the tag, none of it is left
        ("Herr di Lorenzo hat seit der Lungen-OP Sauerstoff daheim.", "[GESUNDHEIT]."),
        # a relative clause after a title and a name: the name rules take the name, the
        # clause is the detail (the title and where the person lives stay readable)
        (
            "Wir sammeln für Herrn König aus dem 3. OG, der nach dem Unfall nicht mehr laufen "
            "kann.",
            "Wir sammeln für Herrn [NAME] aus dem 3. OG, [GESUNDHEIT].",
        ),
        (
            "Ich betreue meine Nachbarin, Frau Bühler, die an Demenz erkrankt ist.",
            "Ich betreue meine Nachbarin, Frau [NAME], [GESUNDHEIT].",
        ),
    ],
)
def test_health_details_said_in_more_ways(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt kann keine Treppen bauen.",
        "Man kann keine 100 Meter gehen ohne Baustelle.",
        "Ich schaffe keine Termine mehr.",
        "Die Kinder kommen keine Treppen hoch, weil gesperrt ist.",
        "Ich kann leider keine Treppen bauen, aber das ist egal.",
        "Ich bin allergisch gegen Formulare.",
        "Ich bin allergisch gegen graue Haare.",
        "Das gebrochene Bein der Statue wurde repariert.",
        "Die Treppe hat eine gebrochene Stufe.",
        "Der Sommer (2023) ist heiß.",
        "Unser Winter hat es in sich.",
        "Mein Ernst ist krank.",
        "Ich arbeite als Pflegerin (Demenz).",
        "Ich nutze selbst MS Teams.",
        # found by this session's review: a job in the brackets, a figure of speech
        "Mein Mann (Pfleger, Intensivstation) arbeitet nachts.",
        "Ich (Krankenschwester, Station Diabetes) arbeite im Schichtdienst.",
        "Ich kann keine 100 Meter gehen, ohne dass jemand bettelt.",
        "Ich bin allergisch gegen Senf, den alle dazugeben.",
        "Ich arbeite in der Psychiatrie (Demenzstation).",
    ],
)
def test_no_health_detail_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a word, greeted from or reached at a number
        ("lg von dr Gabi aus der Notunterkunft.", "lg von dr [NAME] aus der Notunterkunft."),
        ("Grüße vom Wolle aus Zell", "Grüße vom [NAME] aus Zell"),
        ("Grüssle vom Wolle aus Zell", "Grüssle vom [NAME] aus Zell"),
        ("Gabi erreicht man unter 0711 123456.", "[NAME] erreicht man unter [TELEFON]."),
        ("Die Gabi erreicht man unter 0711 123456.", "Die [NAME] erreicht man unter [TELEFON]."),
        ("Rosa erreichen Sie unter 0711 123456.", "[NAME] erreichen Sie unter [TELEFON]."),
        ("Bei Fragen: Wolle, Tel. 0711 123456", "Bei Fragen: [NAME], Tel. [TELEFON]"),
        ("Ansprechpartnerin ist die Gabi (Tel. 0711 123456).",
         "Ansprechpartnerin ist die [NAME] (Tel. [TELEFON])."),
    ],
)
def test_ambiguous_first_name_in_a_greeting_or_contact(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ich stricke mit Wolle, erreichbar unter 0711 123456.",
            "Ich stricke mit Wolle, erreichbar unter [TELEFON].",
        ),
        ("Grüße von der Wolle-Messe", "Grüße von der Wolle-Messe"),
        ("Tarif Max erreicht man unter 0711 123456.", "Tarif Max erreicht man unter [TELEFON]."),
    ],
)
def test_ambiguous_first_name_stays_a_word(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname after its label without a colon, ending the phrase, though its lower case
        # is a word ("brecht")
        ("Vorgangsnr. 12345, Nachname Brecht.", "Vorgangsnr. [ID], Nachname [NAME]."),
        ("Familienname Schäfer, bitte ändern.", "Familienname [NAME], bitte ändern."),
        # a common noun or an adjective after the label is no name
        ("Nachname Pflicht.", "Nachname Pflicht."),
        ("Nachname Pflichtfeld.", "Nachname Pflichtfeld."),
        ("Nachname Dropdown.", "Nachname Dropdown."),
        ("Der Nachname Falsch geschrieben.", "Der Nachname Falsch geschrieben."),
    ],
)
def test_surname_after_its_label(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wieder", "hier", "heute" between "wohne" and the home
        (
            "Wohne jetzt wieder hier, im alten Pfarrhaus neben der Kirche in Sirnau.",
            "Wohne jetzt wieder hier, [ADRESSE].",
        ),
        (
            "Mein Vater wohnt heute im Pflegeheim am Hainbach, Zimmer 212.",
            "Mein Vater wohnt heute [ADRESSE].",
        ),
        # a town or a quarter alone is no one's home
        ("Ich wohne hier in Esslingen.", "Ich wohne hier in Esslingen."),
        ("Wir wohnen hier im Viertel seit Jahren.", "Wir wohnen hier im Viertel seit Jahren."),
    ],
)
def test_home_after_a_filler(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person at one place, told by the health detail after them: the whole is one person
        (
            "Die Kollegin aus dem Bürgeramt, die im Rollstuhl sitzt, kommt nicht an den Drucker.",
            "[PERSON-BESCHREIBUNG], kommt nicht an den Drucker.",
        ),
        # many people are no one
        (
            "Die Kollegen aus dem Bürgeramt, die krank sind, fehlen.",
            "Die Kollegen aus dem Bürgeramt, die krank sind, fehlen.",
        ),
    ],
)
def test_person_told_by_place_and_health(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname the dictionary reads as an inflected noun ("Lehle", "Leins"), after a
        # clear first name and closing the phrase
        (
            "Kontoinhaber Tobias Lehle. Online ging das nicht.",
            "Kontoinhaber [NAME]. Online ging das nicht.",
        ),
        ("Zuschriften an: Brigitte Leins, danke.", "Zuschriften an: [NAME], danke."),
        # an ambiguous first name before a plural noun stays a word
        ("Rosa Schutzhüllen.", "Rosa Schutzhüllen."),
    ],
)
def test_surname_that_looks_inflected(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound noun after a role said of many people is a word of the sentence
        (
            "Sperrung der Kölnstr. Für Radfahrer Unfallgefahr",
            "Sperrung der Kölnstr. Für Radfahrer Unfallgefahr",
        ),
        ("Abteilungsleiter Leichtathletik.", "Abteilungsleiter Leichtathletik."),
        # a surname after a role word stays a name, with or without an article
        (
            "Kollegin Strobel aus dem Schulamt hat geholfen.",
            "Kollegin [NAME] aus dem Schulamt hat geholfen.",
        ),
        ("die Kollegin Schwarzkopf hat geholfen.", "die Kollegin [NAME] hat geholfen."),
    ],
)
def test_noun_after_a_role_word(text, expected):
    assert redact_text(text) == expected
