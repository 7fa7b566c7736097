"""Names in capitals, in lower case and in form layouts; shouted ordinary words stay.

Invented sentences: a surname beside a first name found (in capitals, lower case, with a
particle, a quoted nickname between), a form's "SURNAME, First name" after a field label,
initials signing a line, lone first names in capitals; and the words around them that are
no names (shouted words, offices, plural nouns after "von der", greetings, acronyms).
"""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a form's "SURNAME, First name" after a field label or at a line's start
        ("Antragsteller: HÖLZLE, Margarete (Zimmer 12)", ["HÖLZLE", "Margarete"]),
        ("Anmeldung für das Kind YILDIRIM, Ayla, geb. 3.4.2019", ["YILDIRIM", "Ayla"]),
        ("Teilnehmerliste\nKNAUSS, Jürgen\nOBERLE, Sabine", ["KNAUSS", "OBERLE"]),
        # a surname in capitals or lower case after a first name
        ("Danke für die Hilfe. Gruß Friedhelm BLESSING", ["BLESSING"]),
        ("mit freundlichen grüßen, brigitte schäuffele", ["schäuffele"]),
        ("meine kollegin tamara bräuninger und ich finden das gut", ["bräuninger"]),
        # a particle name after a first name, in any case
        ("Hochachtungsvoll\nFRIEDERIKE VON BERLICHINGEN", ["BERLICHINGEN"]),
        ("Mit freundlichen Grüßen\nKonstantin von der Goltz", ["Goltz"]),
        # a nickname in quotes between first name and surname
        ("Ansprechpartner: Wolfgang „Wolle“ Kächele, Tel. intern", ["Wolle", "Kächele"]),
        # a first name in lower case joined to a first name found
        ("unsere kinder lina und mats sind im hort", ["mats"]),
        # initials and a surname closing the answer or a line
        ("Die Ampel ist seit Tagen aus. R. SCHWEIKARDT", ["SCHWEIKARDT"]),
        ("Gez. W.-D. Kottmann\nKassenwart", ["W.-D.", "Kottmann"]),
        ("Mit Gruß\nM. A. DEL PIERO", ["DEL PIERO"]),
        # a lone first name in capitals amid ordinary text; "FAM." in a shouted text
        ("Am Stand war GUNDULA und hat alles erklärt.", ["GUNDULA"]),
        ("DIE KATZE VON FAM. STRÄHLE IST WIEDER WEG. BITTE MELDEN.", ["STRÄHLE"]),
    ],
)
def test_names_in_capitals_lower_case_and_forms_go(text, gone):
    out = redact_text(text)
    for value in gone:
        assert value not in out, out


@pytest.mark.parametrize(
    "text, kept",
    [
        # shouted words and acronyms after a name
        ("Hallo Timo, das SAP-System hängt seit Montag", ["SAP"]),
        # offices, institutions and plural nouns after "von der"
        ("Gruß\nMiriam von der Post", ["von der Post"]),
        ("Danke an Katrin von der Volkshochschule, super Kurs", ["Volkshochschule"]),
        ("Viele Grüße, Ralf von den Stadtwerken", ["Stadtwerken"]),
        ("Schöne Grüße von Paula vom Spielplatz", ["vom Spielplatz"]),
        # a greeting before a first name is no surname
        ("Moin, Jannik\nwie besprochen die Unterlagen.", ["Moin"]),
        ("Servus, Kathi, passt scho.", ["Servus"]),
        # a noun before ", Name" after a label
        ("Kontakt: Bürgerbüro, Frau Lenz", ["Bürgerbüro"]),
        # first names inside a compound, in capitals; words in capitals that are no names
        ("Die NINA-Warnapp und die LUCA-App sind installiert.", ["NINA-Warnapp", "LUCA-App"]),
        ("Das ORDNUNGSAMT antwortet nie, BITTE ändern! STEUERN zahlen wir trotzdem.",
         ["ORDNUNGSAMT", "BITTE", "STEUERN"]),
        ("Wir arbeiten mit BOSCH und DAIMLER zusammen, Standort ESSLINGEN.",
         ["BOSCH", "DAIMLER", "ESSLINGEN"]),
        # abbreviations with a period before a word at a line's end
        ("Das gilt z. B. für Neubauten", ["z. B."]),
        # a dialect verb after a name found
        ("I hab beim Doktor Häfele aagrufa, aber do goht koiner na, des isch nix.", ["aagrufa"]),
    ],
)
def test_shouted_words_offices_and_greetings_stay(text, kept):
    out = redact_text(text)
    for value in kept:
        assert value in out, out


@pytest.mark.parametrize(
    "text",
    [
        # a firm's name is the firm's, as independent writers label it (session 36: 18 of 20
        # such firms in the labelled sets were controls)
        "Rechnung an Firma GRUNDLER & SÖHNE, bitte bis Freitag.",
        "Die Schreinerei Pfisterer & Sohn hat die Bänke gebaut.",
        "Vater & Sohn kamen zusammen aufs Amt.",
        "Ein Werkzeug von Bosch & Söhne gibt es nicht.",
    ],
)
def test_a_family_firm_is_a_firm(text):
    assert redact_text(text) == text
