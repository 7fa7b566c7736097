"""Session 14: values with a format, written the way another writer would write them.

Each case is a general form, not one answer's words: a list of numbers after one cue, a
number cut by markup, a bare domain named as one's own site, a birth date with a Roman
month or a shortened year, a cohort ("ein 63er"), a plate right after its vehicle, a dealer's
plate, a handle beside its platform. Controls of the same shapes stay.
"""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(("text", "expected"), [
    # ---- lists of identifiers after one cue
    ("Aktenzeichen C33-118-207, D44-902-115 bitte zusammenlegen.",
     "Aktenzeichen [ID], [ID] bitte zusammenlegen."),
    ("Vertragsnummer 7781-22 und 7781-23 laufen auf mich.",
     "Vertragsnummer [ID] und [ID] laufen auf mich."),
    ("Meine Kundennummern: 448812, 448813", "Meine Kundennummern: [ID], [ID]"),
    ("Kd.-Nr. 30-4471 stimmt nicht", "Kd.-Nr. [ID] stimmt nicht"),
    ("Mitgl.-Nr. 55120 ist neu", "Mitgl.-Nr. [ID] ist neu"),
    # numbers after an identifier that are no identifiers: a year, a count, an amount
    ("Aktenzeichen 12/345, 2019 eingereicht, seitdem nichts.",
     "Aktenzeichen [ID], 2019 eingereicht, seitdem nichts."),
    ("Aktenzeichen 12/345 und 3 weitere Fälle sind offen.",
     "Aktenzeichen [ID] und 3 weitere Fälle sind offen."),
    ("Kundennummer 4471123, 1500 Euro sind noch offen.",
     "Kundennummer [ID], 1500 Euro sind noch offen."),
    # ---- a phone number cut by markup or typed with dots
    ("Festnetz **07153** 998877", "Festnetz **[TELEFON]**"),
    ("Telefon 07153 __998877__", "Telefon __[TELEFON]__"),
    ("Handy 0151<div>33445566</div>", "Handy [TELEFON]</div>"),
    ("Mobil 0151<br>3З445566", "Mobil [TELEFON]"),
    ("privat 07153.99.88.77", "privat [TELEFON]"),
    ("Rückruf gerne unter 2291-5530.", "Rückruf gerne unter [TELEFON]."),
    ("Tel. +48 512 998 877", "Tel. [TELEFON]"),
    # ---- scanned forms: letters for digits in a phone number and a birth date
    ("Tel.: O7l53 / 9 98 O77", "Tel.: [TELEFON]"),
    ("Geb.: 2l.O4.1966", "Geb.: [DATUM]"),
    # ---- digits in words mixed with digits, doubled digits, Swabian nine
    ("Handy 0152 doppel-sieben 41 90 3", "Handy [TELEFON]"),
    ("Telefon isch null siebe oins fümf, drei drei, nuin acht", "Telefon isch [TELEFON]"),
    # ---- one's own site without a path
    ("Mehr auf meiner Homepage: gaertner-ruth.de", "Mehr auf meiner Homepage: [URL]"),
    ("unsere Familienseite ist die-oezkans.family", "unsere Familienseite ist [URL]"),
    ("rossbach.studio ist mein Portfolio.", "[URL] ist mein Portfolio."),
    # ---- birth dates and years
    ("geboren am 22.XI.1957 in Plochingen", "geboren am [DATUM] in Plochingen"),
    ("geb. 22.11.'57", "geb. [DATUM]"),
    ("geboren im Mai '49, also alt genug", "geboren im [DATUM], also alt genug"),
    ("Unsere Tochter ist geboren am 4.7. und hat keinen Platz.",
     "Unsere Tochter ist geboren am [DATUM] und hat keinen Platz."),
    ("Ich bin ein 63er und kenne die Stadt.", "Ich bin ein [DATUM] und kenne die Stadt."),
    ("ich bin anno 1944 und brauche Hilfe", "ich bin [DATUM] und brauche Hilfe"),
    # ---- plates
    ("Das Fahrzeug es ab 771 parkt immer da.", "Das Fahrzeug [KFZ] parkt immer da."),
    ("Rote Nummer WN-06 1180 bitte verlängern", "Rote Nummer [KFZ] bitte verlängern"),
    ("Kurzzeitkennzeichen ES-04 228 und ES-04 229", "Kurzzeitkennzeichen [KFZ] und [KFZ]"),
    # ---- handles beside their platform
    ("Gruß, mia_kornwest (bei Insta)", "Gruß, [URL] (bei Insta)"),
    ("mich findet ihr auf TikTok (tanz.mit.jule)", "mich findet ihr auf TikTok ([URL])"),
    ("Auf Discord bin ich Neckarfuchs#0815.", "Auf Discord bin ich [URL]."),
    ("@jule_tanzt_es bei Insta folgen", "[URL] bei Insta folgen"),
])
def test_format_is_removed(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    # markup and stars that are no number's
    "Die *wichtigsten* 3 Punkte für Bürger*innen.",
    "Das Ergebnis ist 2*3*4 = 24.",
    # bare domains named in passing
    "Auf meiner Seite steht esslingen.de als Link.",
    "Ich habe auf meiner Seite gelesen, dass amazon.de billiger ist.",
    "Die Stadt hat auf esslingen.de eine neue Seite.",
    # things and projects born, cohorts of things
    "Das Projekt ist 03/2019 geboren und läuft gut.",
    "Die Wohnung ist ein 70er Bau.",
    "Ich bin 60er-Fan.",
    "Das Haus ist Baujahr 1958.",
    # a list item with a date, opening hours, rooms, lines, paragraphs, versions, papers
    "Termine:\n* 12.3. Treffen im Rathaus",
    "Geöffnet Mo–Fr 8.30–12.00 Uhr, Zimmer 2.14, Linie 101, § 34 BauGB, Version 2.3.1.",
    "Drucksache 12/2025 und Vorlage 88/2024 wurden vertagt.",
    "Bei einem Notfall 112, sonst 115 anrufen.",
    "Durchwahl 12.30 Uhr passt nicht.",
    # a public handle beside its platform
    "Die Stadt ist auf Instagram (stadt_esslingen) aktiv.",
    "Ich habe das auf Instagram gesehen (Version 2.3 bei Instagram).",
    "Die Datei bericht_2024.pdf liegt im Ordner.",
    "Die Stadt ist auf Instagram (@stadt_esslingen) aktiv.",
    "Am 1l.02. ist das Fest, Vertrag bei O2 seit 12.03.2024.",
    "Das war doppelt so teuer, 3 mal.",
    "Mit dem Auto ist es ab 18 Uhr voll.",
])
def test_control_stays(text):
    assert redact_text(text) == text
