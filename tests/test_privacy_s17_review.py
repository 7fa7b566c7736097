"""Session 17: leftovers of session 16's reviews — a relation after "Ihr" read as a
sign-off's name, a Swabian greeting read as a surname, IDs in brackets or read out in
blocks, a staff note's health detail between commas."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Mann arbeitet bei Bosch.",  # "Mann" is a surname too: here a husband
        "Deine Frau hat angerufen.",
        "Ihre Tochter geht in die Kita am Zollberg.",
        "Die Kunden-ID ist 2024 eingeführt worden.",  # a year stays
        "Bund-ID 2024 12 Mal genutzt",
        "Mit der Bund-ID 2024 30 Minuten gespart",
        "Die Bund-ID ist 2024 2025 ausgebaut worden",
        "Die Bürger-ID (100 %) ist gut",
        "Ihr Mann, der bei Bosch arbeitet, kommt.",
        "Ihr Mann. Er arbeitet bei Bosch.",
        "Ihr Mann  arbeitet in Stuttgart.",
        "Die Schüler-ID 12 34 Kinder",  # not an ID when a noun follows the blocks
        "Kunde, sehr freundlich, fragt nach dem Termin.",  # no health word
        "Die Kunden, viele gehbehindert, fragen nach Terminen.",  # a group
        "Der Bürger, blind vor Wut, schimpft.",  # an idiom
    ],
)
def test_ordinary_words_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sign-off still loses its name
        ("Viele Grüße\nIhr Mann", "Viele Grüße\nIhr [NAME]"),
        ("Gruß, Ihr Koch", "Gruß, Ihr [NAME]"),
        ("Viele Grüße, Ihr Thomas Weber", "Viele Grüße, Ihr [NAME]"),
        # the relation stays, what is said about the person goes
        ("Frau Fatma Korkmaz ruft an. Ihr Mann liegt nach dem Herzinfarkt in der Reha.",
         "Frau [NAME] ruft an. [GESUNDHEIT]."),
        ("Patient: Grüninger, Emil", "Patient: [NAME]"),
        ("Nutzer-ID (44018)", "Nutzer-ID ([ID])"),
        ("Nutzer-ID [44018]", "Nutzer-ID [[ID]]"),
        ("Nutzer-ID: „44018“", "Nutzer-ID: „[ID]“"),
        ("Nutzer-ID lautet: 44018", "Nutzer-ID lautet: [ID]"),
        ("Nutzer-ID ist die 44018", "Nutzer-ID ist die [ID]"),
        ("kunden-id 44018", "kunden-id [ID]"),
        ("Kunden-ID 12 34 56 Danke", "Kunden-ID [ID] Danke"),
        ("Kunden-ID 12 34 56 78 90 12", "Kunden-ID [ID]"),
        ("Kunden-ID 12  34  56 7", "Kunden-ID [ID]"),
        # a bracketed area code and its number are a phone number, not an ID and a rest
        ("Nutzer-ID (0711) 123456", "Nutzer-ID [TELEFON]"),
        # a greeting before "Ihr" makes the word after it a sign-off's name
        ("Viele Grüße\nIhr Mann aus Esslingen", "Viele Grüße\nIhr [NAME] aus Esslingen"),
        ("Mit freundlichen Grüßen, Ihr Mann aus dem Bauamt",
         "Mit freundlichen Grüßen, Ihr [NAME] aus dem Bauamt"),
        # a greeting is no name listed beside a first name
        ("Hallöle, Lena", "Hallöle, [NAME]"),
        ("Hallöle, Lena hier, wie gehts?", "Hallöle, [NAME] hier, wie gehts?"),
        ("Kunden-ID 12 34 56", "Kunden-ID [ID]"),
        ("Kunden-ID 12 34 56, bitte zurückrufen.", "Kunden-ID [ID], bitte zurückrufen."),
        ("Meine Kunden-ID 12 34 56 78 90 ist weg", "Meine Kunden-ID [ID] ist weg"),
        ("Die Anruferin, gehbehindert, fragt nach dem Termin.",
         "Die Anruferin, [GESUNDHEIT], fragt nach dem Termin."),
        ("Anruferin, gehbehindert, fragt nach dem Termin.",
         "Anruferin, [GESUNDHEIT], fragt nach dem Termin."),
        ("Der Kunde, Rollstuhlfahrer, braucht einen Termin im EG.",
         "Der Kunde, [GESUNDHEIT], braucht einen Termin im EG."),
    ],
)
def test_personal_data_goes(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meine Mutter hat ein Emphysem.", "[GESUNDHEIT]."),
        # a long list of terms after one person is one statement (and read in linear time)
        ("Die Anruferin, " + "gehbehindert, " * 300 + "fragt.",
         "Die Anruferin, [GESUNDHEIT], fragt."),
        ("Mein Sohn hat eine Autismus-Spektrum-Störung.", "[GESUNDHEIT]."),
        ("Meine Mutter hat ein Lungenemphysem.", "[GESUNDHEIT]."),
        ("Mein Opa ist Typ-1-Diabetiker.", "[GESUNDHEIT]."),
    ],
)
def test_more_health_words_about_one_person(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Militäroperation war lang.",
        "Mein Vater leitet eine Militäroperation.",
        "Meine Tochter übt Rechenoperationen.",
        "Ich wünsche mir Angebote für Menschen im Autismus-Spektrum.",
        "Beratung zur Autismus-Spektrum-Störung gibt es im Rathaus.",
        "Kinder mit Typ-1-Diabetes brauchen Hilfe in der Schule.",
        "Die Operationen im Klinikum dauern.",
    ],
)
def test_health_words_about_no_one_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form's "SURNAME, FIRST NAME" in capitals after a label, a cell or a list number
        ("FAHRZEUG: ES-GX 73, HALTER: RÖSCH, ANNEMARIE", "FAHRZEUG: [KFZ], HALTER: [NAME]"),
        ("Melder: WEISSER, THOMAS (Kämmerei, Zi. 214)", "Melder: [NAME] (Kämmerei, Zi. 214)"),
        ("TEILNEHMERLISTE\n1. SCHWARZKOPF, BIRGIT – AMT 20",
         "TEILNEHMERLISTE\n1. [NAME], [NAME] – AMT 20"),
        ("NR;NAME;STADTTEIL\n1;KRAUß, ELFRIEDE;Zollberg",
         "NR;NAME;STADTTEIL\n1;[NAME];Zollberg"),
    ],
)
def test_surname_first_in_capitals(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ANLIEGEN: PARKEN, BITTE",  # no first name after the comma
        "Wir wohnen am Zollberg\n2 Kinder gehen dort zur Schule.",  # a number on the next line
        "Schaffen Sie Poller auf dem Gehweg.\n3. Stellen Sie Fahrradbügel auf.",
        "Unsere Straße ist die Hauptstraße\n12 Autos parken dort jeden Tag.",
    ],
)
def test_no_name_or_address_across_fields_or_lines(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (since session 33 "Hornung", a Swabian surname, is listed: surnames.txt)
        ("Hornung und Bertsch vom Bauhof haben unseren Gehweg repariert.",
         "[NAME] und [NAME] vom Bauhof haben unseren Gehweg repariert."),
        ("Danke an Wurster und Kicherer aus dem Fachbereich Soziales.",
         "Danke an [NAME] und [NAME] aus dem Fachbereich Soziales."),
        # an office named by a compound no dictionary lists
        ("Hatte ein super Gespräch, Meinhardt aus dem Digitalteam hat sich Zeit genommen.",
         "Hatte ein super Gespräch, [NAME] aus dem Digitalteam hat sich Zeit genommen."),
        ("Kaltenmark vom Stadtteilbüro hat geholfen.", "[NAME] vom Stadtteilbüro hat geholfen."),
    ],
)
def test_an_unknown_word_before_where_someone_works_mid_sentence(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Sanierung und Modernisierung vom Bauamt dauert.",
        "Das Projekt Stadtradeln vom Bauamt ist toll.",
        "Wir waren bei Aldi vom Bahnhof.",
        "Die Sanierung vom Stadtteilbüro dauert.",
        "Wir fahren mit Stadtradeln vom Stadtteilbüro aus.",
    ],
)
def test_words_before_an_office_that_are_no_names_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a detail ending in "-t" between commas is no verb: the person stays readable
        ("Mein Vater, sehbehindert, fragt nach dem Termin.",
         "Mein Vater, [GESUNDHEIT], fragt nach dem Termin."),
        ("Die Anruferin, sehbehindert, fragt nach dem Termin.",
         "Die Anruferin, [GESUNDHEIT], fragt nach dem Termin."),
        # a verb that is a detail too stays a verb: no one is said to walk badly here
        ("Seit sie weg ist, läuft gar nix mehr.", "Seit sie weg ist, läuft gar nix mehr."),
    ],
)
def test_a_detail_between_commas_is_no_verb(text, expected):
    assert redact_text(text) == expected
