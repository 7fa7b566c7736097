"""Cue words outside the tag, loose addresses, plates, phones in words, file numbers."""

import pytest

from esslingen_lab.privacy import redact_text

# ------------------------------------- cue words stay outside (a birth YEAR takes its cue in)

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bin Jahrgang 1958 und wohne hier.", "Bin [DATUM] und wohne hier."),
        ("Ich bin geb. 1947 in Esslingen.", "Ich bin [DATUM] in Esslingen."),
        ("Geboren am 14.03.1968, ledig.", "Geboren am [DATUM], ledig."),
        ("Jg 72, männlich.", "[DATUM], männlich."),
        ("Mein Vater ist 1939 geboren.", "Mein Vater ist [DATUM]."),
        ("ich bin am 17.5.2021 geboren", "ich bin am [DATUM] geboren"),
        ("Sie kam am 3. Mai 2020 zur Welt.", "Sie kam am [DATUM] zur Welt."),
        ("Geburtsdatum: 1.2.1980", "Geburtsdatum: [DATUM]"),
        ("Bin 1984 gebohren und so.", "Bin [DATUM] und so."),
        ("Tel: 0711 123456", "Tel: [TELEFON]"),
        ("Kennzeichen ES-AB 123", "Kennzeichen [KFZ]"),
        ("IBAN: DE89 3704 0044 0532 0130 00", "IBAN: [IBAN]"),
        ("Kundennummer 4471123", "Kundennummer [ID]"),
        ("Handy 0171 2345678 bitte.", "Handy [TELEFON] bitte."),
    ],
)
def test_the_cue_word_stays_outside_the_tag(text, expected):
    assert redact_text(text) == expected


# ---------------------------------------------------------------- file numbers

@pytest.mark.parametrize(
    "text, expected",
    [
        ("MEIN AKTENZEICHEN IST WG-4471/24. UNFASSBAR.", "MEIN AKTENZEICHEN IST [ID]. UNFASSBAR."),
        ("Mein Aktenzeichen ist WG-4471/24.", "Mein Aktenzeichen ist [ID]."),
        ("MEINE KUNDENNUMMER LAUTET KD 448190, BITTE.", "MEINE KUNDENNUMMER LAUTET [ID], BITTE."),
        ("Az. 3 K 1234/22 vom Verwaltungsgericht", "Az. [ID] vom Verwaltungsgericht"),
        ("Aktenzeichen: AZ 12/345", "Aktenzeichen: [ID]"),
    ],
)
def test_a_file_number_is_found_whole_and_a_cue_word_is_no_value(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das Aktenzeichen ist Unsinn, 2024 war alles besser.",
        "Die Drucksache 12/2026 und die Vorlage GR 2025/118.",
    ],
)
def test_file_number_words_without_a_number_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- phone numbers in words

@pytest.mark.parametrize(
    "text, number",
    [
        ("Please call me: zero one seven three, four four two, nine one nine eight. Thanks",
         "zero one seven three, four four two, nine one nine eight"),
        ("You can reach me at one five one, two three four, double five six seven today",
         "one five one, two three four, double five six seven"),
        ("My mobile is zero one six zero, triple four, eight two one.",
         "zero one six zero, triple four, eight two one"),
        ("ruf mi a: null siebe eins eins, achtadreißig, sechzehn, null vier. I hab koi Internet",
         "null siebe eins eins, achtadreißig, sechzehn, null vier"),
        ("Mei Nummer isch null siebe oins oins, vierazwanzig, achtzeh, zwoi oins",
         "null siebe oins oins, vierazwanzig, achtzeh, zwoi oins"),
        ("Ruf a: null sibbe eins eins – zwoiadreißig – fuffzeh – null acht, i bin do.",
         "null sibbe eins eins – zwoiadreißig – fuffzeh – null acht"),
        ("Rückruf bitte unter null eins fünf zwei, achtunddreißig, siebzehn, neunundneunzig.",
         "null eins fünf zwei, achtunddreißig, siebzehn, neunundneunzig"),
    ],
)
def test_a_phone_number_in_english_or_dialect_words_is_found(text, number):
    out = redact_text(text)
    assert "[TELEFON]" in out and "[NAME]" not in out
    assert text.replace(number, "[TELEFON]") == out


@pytest.mark.parametrize(
    "text",
    [
        "I have one question and two kids, three dogs and four cats, six times seven is forty-two.",
        "Ich achte darauf, dass die neune und die sechse im Bus nicht zu spät kommen.",
        "Zwoi Sache no: d'Linie sechzeh isch immer voll, und der Bus um achte au.",
        "Please call me, one two three four five times I tried.",
    ],
)
def test_number_words_that_are_no_phone_number_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- plates in lower case

@pytest.mark.parametrize(
    "text, plate",
    [
        ("es ho 333 ist mein Wunschkennzeichen, aber es ist vergeben.", "es ho 333"),
        ("der transporter mit lb xy 718 parkt jeden tag auf dem gehweg", "lb xy 718"),
        ("mein wunschkennzeichen tü ab 77 war schon weg", "tü ab 77"),
        ("Wn kl 42 ist das Auto von meinem Nachbarn.", "Wn kl 42"),
        ("unser wohnmobil bb ak 12h hat keine plakette", "bb ak 12h"),
        ("mein auto s ab 1234 wurde abgeschleppt", "s ab 1234"),
    ],
)
def test_a_plate_in_lower_case_with_spaces_is_found_near_a_vehicle_word(text, plate):
    assert redact_text(text) == text.replace(plate, "[KFZ]")


@pytest.mark.parametrize(
    "text",
    [
        "mit dem auto bin ich ab in 5 minuten da, mit dem bus dauert es ewig",
        "der bus nr 45 kommt nie, mit dem auto bin ich schneller",
        "Das Auto hat 150 ps und kostet 300 euro im monat",
        "es ho 333 mal versucht, aber die seite lädt nicht",
    ],
)
def test_letters_and_numbers_without_a_vehicle_word_or_plate_shape_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- a second birth date

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mein Geburtstag ist der 12. August 1971, im Bürgerkonto steht aber 08.12.1971.",
         "Mein Geburtstag ist der [DATUM], im Bürgerkonto steht aber [DATUM]."),
        ("Im Melderegister steht 08.12.1971, dabei ist mein Geburtsdatum der 12.08.1971.",
         "Im Melderegister steht [DATUM], dabei ist mein Geburtsdatum der [DATUM]."),
        ("Geboren am 3.4.1960. Im Ausweis steht aber 4.3.1960, das ist falsch.",
         "Geboren am [DATUM]. Im Ausweis steht aber [DATUM], das ist falsch."),
        ("Meine Tochter ist am 3.4.2015 geboren, mein Sohn am 5.6.2017.",
         "Meine Tochter ist am [DATUM] geboren, mein Sohn am [DATUM]."),
    ],
)
def test_a_second_full_date_beside_a_birth_date_is_a_birth_date(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Geb. 02.05.1988 – ich hatte am 14.03.2025 einen Termin, der abgesagt wurde.",
         "14.03.2025"),
        ("Mein Geburtsdatum ist der 1.1.1950. Der Antrag vom 12.02.2025 ist nicht bearbeitet.",
         "12.02.2025"),
        ("Geb. 02.05.1988. Am 14.03.2025 habe ich den Antrag abgeschickt.", "14.03.2025"),
        ("Geboren am 3.4.1960. Seit 01.01.2020 wohne ich hier.", "01.01.2020"),
        ("Geboren am 3.4.1960. Das ist lange her. Am 5.5.1990 bin ich umgezogen.", "5.5.1990"),
        ("Am 12.03.2025 war ich im Bürgeramt, am 14.03.2025 nochmal.", "14.03.2025"),
    ],
)
def test_appointments_and_events_beside_a_birth_date_stay(text, kept):
    assert kept in redact_text(text)


# ---------------------------------------------------------------- public addresses

@pytest.mark.parametrize(
    "text",
    [
        "Warum muss ich für den Anwohnerparkausweis 35 Euro zahlen und trotzdem ins Rathaus am "
        "Marktplatz 1?",
        "Das Landratsamt in der Pulverwiesenstraße 11 hat nur vormittags offen.",
        "Die Stadtbücherei am Kirchplatz 4 braucht längere Öffnungszeiten.",
        "Ins Bürgeramt in der Hauptstraße 12 komm ich mit dem Rollstuhl nicht rein.",
        "Die Turnhalle am Sportweg 3 ist seit Monaten gesperrt.",
        "Das Jobcenter in der Bahnhofstraße 20 ist völlig überlastet.",
    ],
)
def test_the_address_of_a_public_building_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text, address",
    [
        ("Ich wohne neben der Schule in der Schillerstraße 10.", "Schillerstraße 10"),
        ("Wir als Anwohner der Lindenstraße 4 beschweren uns.", "Lindenstraße 4"),
        ("Meine Wohnung in der Hauptstraße 12 ist zu teuer.", "Hauptstraße 12"),
    ],
)
def test_a_home_near_a_public_building_is_still_an_address(text, address):
    assert redact_text(text) == text.replace(address, "[ADRESSE]")


# ---------------------------------------------------------------- addresses without the usual form

@pytest.mark.parametrize(
    "text, address",
    [
        ("unterer wasen 2 ist unsere adresse, da steht das wasser im keller.", "unterer wasen 2"),
        ("danke nochmal, ich wohne im oberen tal 9 und hab kein glasfaser", "im oberen tal 9"),
        ("wir wohnen am wasen 2 seit 10 jahren", "am wasen 2"),
        ("i wohn jetzt beim schlössle 3, da isch koi empfang", "beim schlössle 3"),
        ("meine adresse ist hinter der kirche 4, bitte dorthin schicken", "hinter der kirche 4"),
        ("wir leben im unteren Wasen 2 und das Wasser steht im Keller", "im unteren Wasen 2"),
        ("hauptstr 5 in talhausen, hier liegt das kabel", "hauptstr 5 in talhausen"),
        ("wir wohnen in der lindenstr 12 in deizisau und warten", "lindenstr 12 in deizisau"),
        ("Ladens in der Oberen Bachgasse 6 bitte ich Sie", "Oberen Bachgasse 6"),
        ("wir wohnen in der unteren Hauptstraße 12 und hören jeden Lkw", "unteren Hauptstraße 12"),
        ("Ich wohne in der Hinteren Gasse 4, die ist nie geräumt.", "Hinteren Gasse 4"),
    ],
)
def test_an_address_in_lower_case_or_with_an_adjective_is_found_whole(text, address):
    assert redact_text(text) == text.replace(address, "[ADRESSE]")


@pytest.mark.parametrize(
    "text, address",
    [
        ("Das Eckhaus gegenüber vom Netto in der Weststadt, wo ich wohne, hat keinen Eintrag.",
         "Das Eckhaus gegenüber vom Netto in der Weststadt"),
        ("Das gelbe Haus hinter der Kirche, in dem wir seit zehn Jahren wohnen, ist kalt.",
         "Das gelbe Haus hinter der Kirche"),
        ("wir wohnen das letzte haus rechts nach dem feuerwehrhaus in lindach und hier kommt "
         "kein paketdienst hin", "das letzte haus rechts nach dem feuerwehrhaus in lindach"),
        ("Wir wohnen das gelbe Haus gegenüber vom Kindergarten, da fährt nie einer.",
         "das gelbe Haus gegenüber vom Kindergarten"),
        ("wir wohnen die zweite wohnung links überm bäcker, klingel geht nicht",
         "die zweite wohnung links überm bäcker"),
    ],
)
def test_directions_with_the_residence_cue_after_or_an_article_first_are_found(text, address):
    assert redact_text(text) == text.replace(address, "[ADRESSE]")


@pytest.mark.parametrize(
    "text",
    [
        "ich wohne seit 5 jahren im 3. stock und der aufzug geht nie",
        "wir wohnen im jahr 2025 immer noch ohne glasfaser",
        "Die Straße, in der ich wohne, ist laut, und der Stadtteil, wo wir wohnen, hat nix.",
        "Das Rathaus am Marktplatz, wo ich arbeite, ist alt.",
        "Wir wohnen das ganze Jahr hier und leben das Leben, das wir wollen.",
        "ich wohne die erste Zeit bei meiner Mutter",
    ],
)
def test_residence_words_without_an_address_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("die hauptstr 5 in ordnung zu bringen wäre toll", "in ordnung"),
        ("schillerstraße 7 in zukunft bitte öfter kehren", "in zukunft"),
        ("hauptstr 5 in der nähe vom bahnhof", "in der nähe"),
    ],
)
def test_a_lower_case_word_after_an_address_joins_it_only_as_a_place(text, kept):
    out = redact_text(text)
    assert "[ADRESSE]" in out and kept in out


# ---------------------------------------------------------------- "Baujahr" as a birth year

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kein Bus hier. Baujahr 1953 😄 und trotzdem mache ich alles online.",
         "Kein Bus hier. [DATUM] 😄 und trotzdem mache ich alles online."),
        ("Baujahr 1961, aber ich komm mit dem Handy klar.",
         "[DATUM], aber ich komm mit dem Handy klar."),
    ],
)
def test_baujahr_opening_a_sentence_about_oneself_is_a_birth_year(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unser Auto, Baujahr 2005, und ich fahre es immer noch.",
        "Das Baujahr 1998 unseres Hauses steht im Bescheid, ich verstehe nicht warum.",
        "Baujahr 1975. Heizung kaputt, ich friere.",
    ],
)
def test_the_baujahr_of_a_thing_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text, address",
    [
        ("Als Anwohnerin der Unteren Beutau 27 beschwere ich mich.", "Unteren Beutau 27"),
        ("Kontakt: Obere Beutau 12, bitte schriftlich antworten.", "Obere Beutau 12"),
    ],
)
def test_a_street_name_of_an_adjective_and_a_name_is_found(text, address):
    assert redact_text(text) == text.replace(address, "[ADRESSE]")


def test_an_adjective_and_a_word_before_a_number_stay():
    text = "Die Kleine Anfrage 12 der Fraktion und die Große Pause 2 Mal am Tag."
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("zuletzt wegen 2026/BA/01177, keiner geht ran", "zuletzt wegen [ID], keiner geht ran"),
        ("Der Vorgang BA/01177/2026 ist seit März offen.", "Der Vorgang [ID] ist seit März offen."),
        ("Die Drucksache 12/2026 und GR 2025/118, TOP 3/A/2; 24/7/365 erreichbar.",
         "Die Drucksache 12/2026 und GR 2025/118, TOP 3/A/2; 24/7/365 erreichbar."),
    ],
)
def test_a_file_number_of_year_office_and_serial_is_found_without_a_cue(text, expected):
    assert redact_text(text) == expected


def test_directions_leave_a_street_with_its_number_to_the_street_rules():
    text = "Wir wohnen in der Lindenstraße 5 in Plochingen-Stumpenhof seit 2010."
    assert redact_text(text) == "Wir wohnen in der [ADRESSE] seit 2010."
