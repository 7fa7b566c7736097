"""Session 18: a device's network address is an identifier, a plate's number never starts
with 0, and a health word that is the subject of a talk or a paper is about no one."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mein Laptop hat die MAC-ID 00:1A:2B:3C:4D:5E und kein WLAN.",
         "Mein Laptop hat die MAC-ID [ID] und kein WLAN."),  # was "[KFZ]:1A:2B:…"
        ("Router-MAC 3c-22-fb-1a-09-7e", "Router-MAC [ID]"),
        ("Meine IP-Adresse ist 84.132.17.201, bitte entsperren.",
         "Meine IP-Adresse ist [ID], bitte entsperren."),
        ("IPv6 2a02:8070:a1c3::5e und fe80::1c2b:3dff:fe4e:5f6a",
         "IPv6 [ID] und [ID]"),
        ("Gesperrt wurde 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "Gesperrt wurde [ID]."),
        # plates as before
        ("Das Auto ES-AB 123 parkt falsch.", "Das Auto [KFZ] parkt falsch."),
        ("Händlerkennzeichen ES-06 4471", "Händlerkennzeichen [KFZ]"),
        ("es-xy 42 steht seit Wochen da", "[KFZ] steht seit Wochen da"),
    ],
)
def test_network_addresses_and_plates(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bitte Version 10.2.1.4 installieren.",
        "Siehe Kapitel 1.2.3.4 der Satzung.",
        "Build v4.10.2.15 läuft, Update 1.10.200.3 nicht.",
        "Termin um 12:30:45, Verhältnis 3:2:1.",
        "Die Zahl 1.234.567.890 ist zu groß.",
        "Raum AB-00 ist gesperrt.",  # no plate: a number never starts with 0
        "Meine Tochter schreibt über Demenz eine Hausarbeit.",
        "Mein Sohn hält ein Referat über Diabetes.",
        "Meine Frau informiert sich zum Thema Demenz.",
        "Meine Tochter forscht zu Autismus an der Hochschule.",
        "Mein Mann schreibt einen Artikel über die Demenz.",
    ],
)
def test_ordinary_words_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mein Mann hat Demenz.", "[GESUNDHEIT]."),
        # a complaint about one's own state is no topic
        ("Meine Mutter klagt über Schmerzen im Knie.", "[GESUNDHEIT]."),
        ("Mein Vater spricht kaum über seine Depression.", "[GESUNDHEIT]."),
        ("Ich habe über Jahre Migräne gehabt.", "[GESUNDHEIT]."),
    ],
)
def test_health_of_a_person_still_goes(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Im Fall 2 gilt das.",  # was "[ADRESSE] gilt das"
        "Im Level 5 ist Schluss.",
        "Aber im Ernst 62 % der Befragten wollen das.",
        "Im Modul 3 lernen wir, im Monat 3 kam der Bescheid.",
    ],
)
def test_a_numbered_thing_is_no_address(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "place",
    ["Im Oberen Tal 9", "Bei der Kelter 3", "Am Fuchsloch 2", "Im Wiesengrund 4",
     "Im Gewann 12", "Am Rosenberg 5", "Im Brühl 3", "Auf der Halde 7", "Hinter der Kirche 5"],
)
def test_a_place_phrase_with_a_number_is_an_address(place):
    assert redact_text(f"Wir wohnen {place} seit 1990.") == "Wir wohnen [ADRESSE] seit 1990."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ist gemeldet unter Ticket 24-113052 aber nix passiert.",
         "Ist gemeldet unter Ticket [ID] aber nix passiert."),
        ("Mängelmelder genutzt (Meldung 58812) wegen der Laterne.",
         "Mängelmelder genutzt (Meldung [ID]) wegen der Laterne."),
        ("Hundesteuer doppelt, Steuermarke 1187.", "Hundesteuer doppelt, Steuermarke [ID]."),
        ("Hundemarke Nr. 2241.", "Hundemarke Nr. [ID]."),
        ("Meine Tafel-Berechtigungskarte Nr. 2291 läuft ab.",
         "Meine Tafel-Berechtigungskarte Nr. [ID] läuft ab."),
        ("Fall 2024/1187 – Wohnungsnotfall.", "Fall [ID] – Wohnungsnotfall."),
        ("Mein Antrag BPA-44-2025-0917 ist seit Wochen offen.",
         "Mein Antrag [ID] ist seit Wochen offen."),
        ("Ticket 58813: Bürgerin meldet den zugeparkten Behindertenparkplatz.",
         "Ticket [ID]: Bürgerin meldet den zugeparkten Behindertenparkplatz."),
        ("FIN: WVWZZZ1KZ8W123456", "FIN: [ID]"),  # a vehicle identification number
    ],
)
def test_case_and_token_numbers(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Meldung von 2024. Antrag 2025 gestellt.",
        "Im Fall 1000 Euro zahlen. Fall 3 gilt.",
        "Antrag 23/2025 im Gemeinderat.",  # a council paper
        "DER ANTRAG VOM 12.02.2025 IST NICHT BEARBEITET. BESCHEID VOM 02.04. KAM.",
        "Bescheid 12.03.2025 kam an.",
        "Auftrag 1500 Stück, Fall 12.000 Menschen, Wohnung 3 im 2. OG.",
        "Die Karte 2024 zeigt alle Radwege.",
        "IT-Ticket #48812 hängt seit drei Wochen.",  # internal: no one's case (session 11)
    ],
)
def test_counts_dates_and_years_after_case_words_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rest of a number read out after the part found is one number
        ("Rückfragen: null-sieben-eins-eins / drei-fünf-eins-zwo, dann Durchwahl "
         "vier-null-sieben. Das bin ich.", "Rückfragen: [TELEFON]. Das bin ich."),
        ("Nummer diktiert: null eins fünf neun, eins zwei drei … dann achtundvierzig, "
         "sechsundsechzig. Rückruf wegen Hundesteuer.",
         "Nummer diktiert: [TELEFON]. Rückruf wegen Hundesteuer."),
        # an area code written as one word, Swabian tens, "nuller"
        ("ruf an unter nullsiebenelf dreihundertzwölf vierundvierzig", "ruf an unter [TELEFON]"),
        ("erreichbar unter nullsechzehnhundert, fünf drei neun, zwei acht acht sieben eins. oder",
         "erreichbar unter [TELEFON]. oder"),
        ("Meine Tel. is nullsiebenelf dreifünf, dreizehn, achtundvierzig – ja so",
         "Meine Tel. is [TELEFON] – ja so"),
        ("Ruf mi halt a: null siebe elf – drei fümf, siebazwanzig, nainaverzig. Oder schreibet.",
         "Ruf mi halt a: [TELEFON]. Oder schreibet."),
        ("mei Nummer isch null siebe elf, dreiadreißig, nuller fünf, achtzeh. Danke",
         "mei Nummer isch [TELEFON]. Danke"),
        # dictated digit by digit with full stops and dashes
        ("Rückrufnummer: „Null. Eins. Sechs. Null. – Neun. Neun. Zwei. – Vier. Eins. Fünf. "
         "Acht.“", "Rückrufnummer: „[TELEFON].“"),
        # a count after the number stays
        ("Ruf an: null sieben eins eins drei vier fünf – drei Wochen her.",
         "Ruf an: [TELEFON] – drei Wochen her."),
    ],
)
def test_phone_numbers_in_words(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben null Chancen, zwei Tage, drei Wochen.",
        "Er hat null. - Drei Leute kamen.",
        "Wir haben nullzwei Chancen, zwei Tage.",
    ],
)
def test_number_words_that_are_no_phone_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meine Website hat alle Infos: zeynepcizart.carrd.co",
         "Meine Website hat alle Infos: [URL]"),
        ("online: strickliesel-berkheim.jimdosite.com – kann die Stadt helfen?",
         "online: [URL] – kann die Stadt helfen?"),
        ("Mein Blog (rebzeilen-neckarhalde.wordpress.com) hat Leser.",
         "Mein Blog ([URL]) hat Leser."),
        ("Alles unter linktr.ee/lena.kocht", "Alles unter [URL]"),
        # a domain spelling the name of a person in the answer is hers
        ("Gruß, Theo Kästle, kaestle-weine.de", "Gruß, [NAME], [URL]"),
        ("Birgit Zwißler / hebamme-zwissler.de", "[NAME] / [URL]"),
        ("Jan-Ole Petersen | UX-Designer | janolepetersen.de", "[NAME] | UX-Designer | [URL]"),
    ],
)
def test_personal_sites_without_scheme(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ich bestelle bei zalando.de, Infos auf esslingen.de und stuttgart.de.",
        "Robert Bosch war ein Vorbild, siehe bosch.de.",  # a firm named after a person
        "Der Blog esslingen.wordpress.com und stadt-esslingen.blogspot.com sind von der Stadt.",
        "Meine Seite bei wordpress.com ist leer.",
    ],
)
def test_public_and_company_sites_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ein Herr, ich glaube er heißt Ruprecht Zimmerle, hat die ganze Zeit geredet.",
         "ein Herr, ich glaube er heißt [NAME], hat die ganze Zeit geredet."),
        ("Vielen Dank!\nDr med Wolfram Hirrlinger\nHausarztpraxis", None),
    ],
)
def test_an_unknown_surname_after_a_first_name_found_joins_it(text, expected):
    out = redact_text(text)
    if expected is not None:
        assert out == expected
    assert "Zimmerle" not in out and "Hirrlinger" not in out


@pytest.mark.parametrize(
    "word",
    ["Streudienst", "Wartenbergplatz", "Osdorf", "Berkheim", "Esslingen", "Nur", "Danke"],
)
def test_a_word_or_place_after_a_name_found_stays(word):
    from esslingen_lab.privacy.redact.sign_offs import name_parts_beside_tag_spans

    assert list(name_parts_beside_tag_spans(f"Radweg für [NAME] {word} und alle.")) == []
    assert list(name_parts_beside_tag_spans("Radweg für [NAME] Zimmerle und alle.")) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich bin Student, Ali-Reza Hosseini-Far, geb. 30.12.2001.",
         "Ich bin Student, [NAME], geb. [DATUM]."),
        ("hallo, ich bin maria lo presti, ich helfe meiner nonna.",
         "hallo, ich bin [NAME], ich helfe meiner nonna."),
        ("gestern hat ana ribeiro vom jugendamt angerufen.",
         "gestern hat [NAME] vom jugendamt angerufen."),
    ],
)
def test_name_parts_beside_a_name_found(text, expected):
    assert redact_text(text) == expected


def test_words_beside_a_name_found_stay():
    text = "Herr Müller, BITTE melden. Frau Weber, ABER auch. Grüße an Anna Schmid, DANKE!"
    assert redact_text(text) == (
        "Herr [NAME], BITTE melden. Frau [NAME], ABER auch. Grüße an [NAME], DANKE!"
    )
    assert redact_text("danke an frau müller und herr weber.") == (
        "danke an frau [NAME] und herr [NAME]."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich bin die mit dem Kaffeemobil am Bahnhofsvorplatz. Die Genehmigung dauert.",
         "Ich bin [PERSON-BESCHREIBUNG]. Die Genehmigung dauert."),
        ("Ich bin der mit dem Blindenhund, den kennt jeder.",
         "Ich bin [PERSON-BESCHREIBUNG], den kennt jeder."),
    ],
)
def test_self_described_by_a_belonging(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin die mit dem Problem beim Online-Formular.",  # a matter, no look
        "ich bin der mit dem Antrag von letzter Woche, bitte melden.",
        "Der Bus (der mit der Nummer 118) kam schon wieder zu spät.",
        "Vereine mit eigenem Vereinsheim (die mit dem großen Saal) sollen weniger bekommen.",
    ],
)
def test_a_matter_or_a_thing_with_a_belonging_stays(text):
    assert redact_text(text) == text


# ---- after the session's review (a fresh helper as user and attacker)

@pytest.mark.parametrize(
    "text",
    [
        # versions, sections, masks and typos are no network address
        "App-Version: 10.2.1.4, Update auf 10.2.1.4, iOS 17.1.2.1, FRITZ!OS 7.57.1.2",
        "Abschnitt 3.12.4.1, TOP 4.10.2.1, Maske 255.255.255.0",
        "Treffen um 18::30 Uhr, 8::00 bis 12::00, Uhrzeit: 12:30:45:10:11:12",
        # counts, years and council motions after a case word
        "Im Fall 1500 Mitglieder, Fall 10000 Unterschriften, Anmeldung 1500 Teilnehmende.",
        "Die Marke 5000 Schritte, die Sendung 8000 Zuschauer, Wohnung 1100 warm.",
        "Fall 2025-2030 geplant, Im Fall 2023/24, Grab 1850-1920.",
        "Der Antrag 2025/117 der CDU-Fraktion, Antrag 12/25 der SPD, Antrag KW 12/2025.",
        # a count after a phone number, the idiom "nullachtfünfzehn"
        "Die Antwort war nullachtfünfzehn, zwei drei Zeilen.",
        "Mir war das nullachtfünfzehn. Zwei drei Leute haben sich beschwert.",
        # a group's or a paper's site
        "Infos: vhs-esslingen.wordpress.com, tsv-berkheim.jimdofree.com, kita-eule.jimdosite.com",
    ],
)
def test_review_false_removals_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ip:84.132.17.202 ist gesperrt", "ip:[ID] ist gesperrt"),
        ("Mein Widerspruch 4471/2025 ist offen.", "Mein Widerspruch [ID] ist offen."),
        ("Mein Antrag (Nr. 88123) und Meldung (58812).",
         "Mein Antrag (Nr. [ID]) und Meldung ([ID])."),
        ("Bewohnerparkausweis Nr. 4455 und Hundemarken-Nr. 2241.",
         "Bewohnerparkausweis Nr. [ID] und Hundemarken-Nr. [ID]."),
        ("Meldung 58812 wegen der Laterne.", "Meldung [ID] wegen der Laterne."),
        ("Tel. 0711 351224, dann Durchwahl vier-null-sieben", "Tel. [TELEFON]"),
        ("Handy 0176 123 456, dann 78 90", "Handy [TELEFON]"),
        ("Erreichbar 0711 351224, 18-20 Uhr", "Erreichbar [TELEFON], 18-20 Uhr"),
        ("Ruf an: null sieben eins eins drei fünf zwei zwei vier, dann drei Wochen nichts.",
         "Ruf an: [TELEFON], dann drei Wochen nichts."),
        ("Vor dem Haus Im Paradies 7 parkt ständig ein Lieferwagen.",
         "Vor dem Haus [ADRESSE] parkt ständig ein Lieferwagen."),
        ("Wir haben mit dem Arzt über die Demenz meiner Mutter gesprochen.",
         "Wir haben mit dem Arzt über die [GESUNDHEIT] meiner Mutter gesprochen."),
    ],
)
def test_review_leaks_go(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mein Vater hat über Schmerzen in der Brust geklagt.",
        "Herr Kugler hat über Depressionen gesprochen, unter denen er leidet.",
        "Ich lese viel über Parkinson, seit ich die Diagnose habe.",
        "Meine Mutter hat sich über Inkontinenz geschämt.",
    ],
)
def test_own_health_said_with_ueber_is_still_health(text):
    assert "[GESUNDHEIT]" in redact_text(text)


def test_many_topics_in_one_clause_stay_linear():
    """A speech-to-text answer with many 'über <illness>' and no full stop (review: 60 KB
    took 12 s): the clause's words are read once, not once per health word."""
    from esslingen_lab.privacy.redact.health import health_spans

    small = "über Diabetes über Krebs über Rheuma " * 200
    big = small * 5
    assert list(health_spans(small)) == [] and list(health_spans(big)) == []


def test_a_domain_that_is_only_a_surname_stays():
    assert redact_text("Anna Müller empfiehlt mueller.de.") == "[NAME] empfiehlt mueller.de."
