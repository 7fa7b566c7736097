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
