"""A table pasted into an answer: the header says which cells are personal data."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.redact.table_cells import table_cell_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names no list knows, under "NAME" and "VORNAME"; the district and request stay
        ("NAME;VORNAME;ORTSTEIL;ANLIEGEN\nKRAUTTER;SIMONE;Zell;Glasfaser bitte",
         "NAME;VORNAME;ORTSTEIL;ANLIEGEN\n[NAME];[NAME];Zell;Glasfaser bitte"),
        # commas: more commas in a row than columns belong to the last column's text
        ("Name, Vorname, Geburtsdatum, Anliegen\n"
         "Nguyen, Thi Thu Hà, 1994-08-30, Termin bitte, online keiner frei",
         "Name, Vorname, Geburtsdatum, Anliegen\n"
         "[NAME], [NAME], [DATUM], Termin bitte, online keiner frei"),
        ("Vorname;Nachname;Geb.;Straße;PLZ;Ort;Tel\n"
         "Giulia;Ferraro;17.12.1989;Ulmer Str. 160;73728;Esslingen;0711 93 77 14 02",
         "Vorname;Nachname;Geb.;Straße;PLZ;Ort;Tel\n"
         "[NAME];[NAME];[DATUM];[ADRESSE];73728;Esslingen;[TELEFON]"),
        # a contact column: an e-mail address or a phone number, as the cell says
        ("created,category,name,contact,text\n2025-02-11,Mobilität,anna lutz,0172 5531908,Radweg",
         "created,category,name,contact,text\n2025-02-11,Mobilität,[NAME],[TELEFON],Radweg"),
        # Markdown: the rule line is skipped, every row is read
        ("| Name | Geburtsdatum | Stadtteil |\n|---|---|---|\n| Selma Kaya | 3.4.1990 | Zell |\n"
         "| Bernd Wolf | 12.12.1951 | Berkheim |",
         "| Name | Geburtsdatum | Stadtteil |\n|---|---|---|\n| [NAME] | [DATUM] | Zell |\n"
         "| [NAME] | [DATUM] | Berkheim |"),
        # a cell saying nothing stays; a title stays before the name
        ("NR;NAME;STADTTEIL\n1;unleserlich;Zollberg\n2;–;Zollberg",
         "NR;NAME;STADTTEIL\n1;unleserlich;Zollberg\n2;–;Zollberg"),
        ("Amt;Ansprechpartner;Kennzeichen\nBauamt;Frau Dr. Wüstholz;ES-XY 12",
         "Amt;Ansprechpartner;Kennzeichen\nBauamt;Frau Dr. [NAME];[KFZ]"),
        # a quoted field holds its commas
        ('name,email,wunsch\n"Rothacker, Idalia",idro@web.de,Bänke',
         'name,email,wunsch\n"[NAME]",[EMAIL],Bänke'),
    ],
)
def test_cells_under_personal_headers_are_redacted(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thema;Stimmen;Rang\nParken;12;1\nRadwege;8;2",  # no personal column
        "Ich finde, Name, Adresse und Telefon sollten nicht abgefragt werden.\nDanke, gut.",
        "Name, Vorname\nbeides bitte nicht speichern",  # commas: two labels, no export
        "Vorname;Stadtteil\nZell",  # fewer fields than columns: no row
    ],
)
def test_no_table_no_change(text):
    assert list(table_cell_spans(text, "NAME")) == []


def test_the_table_ends_at_the_first_line_that_is_no_row():
    text = "Name;Stadtteil\nIrmgard Blessing;Zell\n\nDanke für die Umfrage;ich bin Rentnerin"
    assert redact_text(text) == (
        "Name;Stadtteil\n[NAME];Zell\n\nDanke für die Umfrage;ich bin Rentnerin"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from a spreadsheet: tabs; read before any rule joins cells across a tab
        ("Nachname\tVorname\tGeb.\tStadtteil\nKrautter\tSimone\t17.12.1989\tZell",
         "Nachname\tVorname\tGeb.\tStadtteil\n[NAME]\t[NAME]\t[DATUM]\tZell"),
        # a question as a column label, a trailing sign, a blank line, a short row
        ("Name;Vorname;Wie zufrieden sind Sie?\nKRAUTTER;SIMONE;Zell",
         "Name;Vorname;Wie zufrieden sind Sie?\n[NAME];[NAME];Zell"),
        ("Name;Vorname;Ortsteil;\n\nKRAUTTER;SIMONE;Zell;",
         "Name;Vorname;Ortsteil;\n\n[NAME];[NAME];Zell;"),
        ("Name;Vorname;Ortsteil;Anliegen\nKRAUTTER;SIMONE;Zell\nWÜSTHOLZ;IDALIA;Mettingen;Lärm",
         "Name;Vorname;Ortsteil;Anliegen\n[NAME];[NAME];Zell\n[NAME];[NAME];Mettingen;Lärm"),
        # an inch sign is no quote
        ('Name;Bemerkung\nKrautter;27" Monitor defekt\nWüstholz;ok',
         'Name;Bemerkung\n[NAME];27" Monitor defekt\n[NAME];ok'),
        # label spellings
        ("Vor- und Zuname;Telefonnr.;Stadtteil\nSimone Krautter;0711 9377140;Zell",
         "Vor- und Zuname;Telefonnr.;Stadtteil\n[NAME];[TELEFON];Zell"),
        ("Ansprechpartner/in;Tel./Mobil;Verein\nIdalia Wüstholz;0157 33221144;TV",
         "Ansprechpartner/in;Tel./Mobil;Verein\n[NAME];[TELEFON];TV"),
        ("Geburtsdatum (TT.MM.JJJJ);Name\n17121989;Krautter",
         "Geburtsdatum (TT.MM.JJJJ);Name\n[DATUM];[NAME]"),
        # a list of "label;value" lines
        ("Nachname;Wüstholz\nVorname;Idalia\nGeb.;03.04.1990\nStadtteil;Mettingen",
         "Nachname;[NAME]\nVorname;[NAME]\nGeb.;[DATUM]\nStadtteil;Mettingen"),
        # "Surname, First name" in one cell, the surname also a word
        ("IBAN;Kontoinhaber\nDE56 6005 0101 0007 2218 93;Walz, Ursula",
         "IBAN;Kontoinhaber\n[IBAN];[NAME]"),
    ],
)
def test_tables_as_pasted(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # prose under labels: no cell looks like what its label says
        "Name, Adresse, Telefonnummer\nwarum braucht man das alles, nur für einen Parkausweis",
        "1) Name, Adresse, Telefon\n2) Datum, Ort, Uhrzeit\n3) Sonstiges, Wünsche, Kritik",
        "Straße, Haus, Kind\nwir gehen, wir laufen, wir spielen",
        "Name, Datum, Thema\nMein Name ist egal, heute, Verkehr in Zell",
        # labels that are ordinary words, cells that are ordinary words or public
        "Bewohner;Anzahl\nErwachsene;2\nKinder;3",
        "Straße;Problem\nPliensaustraße;zu schnell gefahren\nMülberger Straße;kein Radweg",
        "Name;Öffnungszeiten\nStadtbücherei;Mo-Fr 10-18\nHallenbad Neckar;Mo-So 8-20",
        "Kennzeichen;Anzahl\nES;120\nS;80",
        "Mobil; flexibel; frei\nso will ich leben; ohne Auto; ohne Stau",
        "Mail; Telefon\nbeides geht; lieber Mail",
        "Linie;Abfahrt;Ziel\n101;7:12;Bahnhof\n113;7:20;Zell",
        # second review: words German writes in lower case, places, fees, ranges, hours
        "Frage;Antwort\nAlter;45\nKind;Ja\nKontakt;Telefonisch\nMail;Ja",
        "Kontakt;Anzahl\nTelefonisch;12\nPersönlich;8",
        "Teilnehmer;Feedback\nAlle;Super\nViele;Gut",
        "Name;Typ\nNeckar;Fluss\nKatharinenschule;Schule",
        "Leistung;Geb.\nReisepass;70,00 €\nPersonalausweis;37,00 €",
        "Geburtsjahr;Anzahl\n1950-1959;12\n1960-1969;20",
        "Erreichbarkeit;Mo–Fr 08:00–12:00\nKontakt;Bürgerbüro",
        "Kontakt;Ergebnis\n12.03.2024;Rückruf erfolgt",
        "Straße;Problem\nB10 Zubringer;Lärm\nL1192;zu schnell",
    ],
)
def test_ordinary_lists_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surnames that are nouns: under "Nachname", beside a first name, under "Meldender"
        ("Nachname;Vorname;Ortsteil\nWurster;Heike;Zell\nSpecht;Lea;Zell",
         "Nachname;Vorname;Ortsteil\n[NAME];[NAME];Zell\n[NAME];[NAME];Zell"),
        ("Name;Vorname\nKübler;Jonas", "Name;Vorname\n[NAME];[NAME]"),
        ("Meldender;Anliegen\nWurster;Schlagloch", "Meldender;Anliegen\n[NAME];Schlagloch"),
        ("Nachname;Wurster\nVorname;Heike", "Nachname;[NAME]\nVorname;[NAME]"),
    ],
)
def test_surnames_that_are_nouns_in_a_name_column(text, expected):
    assert redact_text(text) == expected
