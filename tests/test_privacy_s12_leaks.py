"""Session 12: leaks an attacker found — markup, spelled addresses, user names, documents.

Each test covers a family with invented variants and controls that must stay.
"""

import pytest

from esslingen_lab.privacy import redact_text


def _check(text, *, gone=(), kept=()):
    out = redact_text(text)
    for value in gone:
        assert value not in out, (text, out)
    for value in kept:
        assert value in out, (text, out)
    return out


# ---------------------------------------------------------------- 1. markup


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            '<a href="mailto:anna.schmid@web.de">Mail</a>',
            ["schmid"],
            ['<a href="mailto:', "Mail</a>"],
        ),
        ("<a href='mailto:p.kranich@gmx.net'>schreiben</a>", ["kranich"], ["schreiben</a>"]),
        ("<a href=mailto:jo.berger@posteo.de>hier</a>", ["berger"], ["hier</a>"]),
        ('<a href="tel:+4971135122490">anrufen</a>', ["35122490"], ["anrufen</a>"]),
        ('Ruf an: <a href="tel:0711-3512249">Büro</a>', ["3512249"], ["Büro</a>"]),
        ('<a href="https://www.facebook.com/anna.schmid">Profil</a>', ["anna.schmid"], ["Profil"]),
        ('<img alt="Herr Kübler" src="x.png">', ["Kübler"], ['src="x.png"', "<img alt="]),
        ('<img src="foto.jpg" alt="Bild von Frau Özdemir">', ["Özdemir"], ['src="foto.jpg"']),
        ('<a title="x" Herr Kübler war nett>Link</a>', ["Kübler"], ["Link</a>"]),
        ('<span style="color:red">Herr Öztürk</span> hat geholfen', ["Öztürk"],
         ['<span style="color:red">', "</span> hat geholfen"]),
        ("Herr &lt;b&gt;Kübler&lt;/b&gt; war nett.", ["Kübler"], ["&lt;b&gt;", "war nett."]),
        ("&lt;p&gt;Frau Brenninger&lt;/p&gt;", ["Brenninger"], ["&lt;p&gt;"]),
    ],
)
def test_personal_data_inside_markup_is_read(text, gone, kept):
    _check(text, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Kübler<br>Neckarstraße 12<br>73728 Esslingen",
        "Herr Kübler<br/>Neckarstraße 12<br />73728 Esslingen",
        "<p>Herr Kübler</p><p>Neckarstraße 12</p><p>73728 Esslingen</p>",
        "<div>Herr Kübler</div><div>Neckarstraße 12, 73728 Esslingen</div>",
    ],
)
def test_line_break_tags_separate_lines(text):
    out = redact_text(text)
    assert "Kübler" not in out and "Neckarstraße" not in out and "73728" not in out
    # a name is a name, not the start of an address; the tags themselves stay
    assert "[NAME]" in out and "[ADRESSE]" in out
    assert out.count("<") == text.count("<")


@pytest.mark.parametrize(
    "text",
    [
        "Das war <b>toll</b> und <i>schnell</i>.",
        "Ich finde 3 < 5 und a > b, <Vorname> ist ein Platzhalter.",
        '<p class="x">Die Öffnungszeiten sind zu kurz.</p>',
        'Die Seite <a href="https://www.esslingen.de/buergeramt">Bürgeramt</a> ist gut.',
        '<img src="rathaus.png" alt="Rathaus Esslingen">',
        "&lt;b&gt;Wichtig&lt;/b&gt;: die Wartezeit",
    ],
)
def test_markup_controls_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von: Anna <s.mueller@web.de>", "Von: [NAME] <[EMAIL]>"),
        ("schrieb <b.kranich@gmx.de>:", "schrieb <[EMAIL]>:"),
        ("Frau <b>Müller</b> war da", "Frau <b>[NAME]</b> war da"),
        (
            '<a href="tel:0171/2345678" title="Handy von Petra Kranich">Handy</a>',
            '<a href="tel:[TELEFON]" title="Handy von [NAME]">Handy</a>',
        ),
    ],
)
def test_an_address_in_angle_brackets_is_no_tag(text, expected):
    assert redact_text(text) == expected


# ---------------------------------------------------------------- 2. e-mails told in words


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("meine email ist anna punkt schmid bei gmx.de", ["schmid", "gmx"]),
        ("meine mail: petra punkt kranich bei gmx punkt de", ["kranich", "gmx"]),
        ("Mail an jo minus berger at posteo punkt de bitte", ["berger", "posteo"]),
        ("anna(punkt)schmid(at)gmx(punkt)de", ["anna", "schmid"]),
        ("anna [dot] schmid [at] gmail [dot] com", ["anna", "schmid"]),
        ("Mail: anna unterstrich schmid at web punkt de", ["anna", "schmid"]),
        ("meine Mail ist kranich1970 bei web", ["kranich1970"]),
        ("erreichbar unter k punkt oezdemir auf web.de", ["oezdemir"]),
        ("Kontakt: kranich at t-online", ["kranich"]),
        ("anna-schmid at gmx de", ["schmid"]),
        ("Schreibt an anna schmid at gmx de", ["anna", "schmid"]),
        ("Mail: pkranich bei gmx", ["pkranich"]),
        ("meine Adresse: tkoch88 bei gmx.net", ["tkoch88"]),
        ("schreib mir an anna.schmid, die domain ist web.de", ["anna.schmid"]),
        ("die adresse lautet schmid.anna, also bei gmail", ["schmid.anna"]),
        ("anna.schmid＠gmx。de", ["schmid", "。de"]),
        ("anna.schmid@gmx·de", ["schmid", "·de"]),
        ("schreib an k.oez@web•de bitte", ["oez", "•de"]),
    ],
)
def test_emails_told_in_words(text, gone):
    out = _check(text, gone=gone)
    assert "[EMAIL]" in out


@pytest.mark.parametrize(
    "text",
    [
        "bei gmx ist das Postfach voll",
        "Ich bin bei gmx und bei web.de, beides nervt.",
        "Mein Konto bei web.de wurde gehackt.",
        "Die Mail kam bei mir nicht an, ich bin bei t-online.",
        "Das Treffen ist um Punkt acht bei der Stadt.",
        "Sie ist bei Outlook angemeldet.",
        "Ich war auf web.de und habe gelesen.",
        "Die Abkürzung z.B. steht in der Mail an gmx.",
        "Das Kennzeichen ES·UV 88 habe ich nicht notiert, schreib mir bei gmx.",
    ],
)
def test_email_word_controls_stay(text):
    assert "[EMAIL]" not in redact_text(text)


# ---------------------------------------------------------------- 3. user names


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("mein Login ist pkranich", "[ID]"),
        ("User: pkranich", "[ID]"),
        ("Benutzername: kranich77", "[ID]"),
        ("Login: petra.k", "[ID]"),
        ("Mein Nutzername lautet svogt", "[ID]"),
        ("Skype: petra.kranich77", "[URL]"),
        ("mein skype ist tkoch_es", "[URL]"),
        ("Signal: kranich_p", "[URL]"),
    ],
)
def test_user_names_after_their_cue(text, tag):
    out = redact_text(text)
    assert out.endswith(tag), out


@pytest.mark.parametrize(
    "text",
    [
        "der Login ist kaputt",
        "Login: funktioniert nicht",
        "User: nicht gefunden",
        "Mein Login ist seit Tagen gesperrt.",
        "User: admin",
        "Der User ist verärgert.",
        "Skype: nie wieder",
        "Login ist schwierig",
    ],
)
def test_user_name_controls_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- 5. IBANs typed loosely


@pytest.mark.parametrize(
    "text",
    [
        "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0",
        "IBAN: d e 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0 danke",
        "A T 6 1 1 9 0 4 3 0 0 2 3 4 5 7 3 2 0 1",
        "IBAN DE89 37O4 OO44 O532 O13O OO",
        "meine IBAN ist DE12 5OO1 O517 0648 4898 90",
        "DE89 37O4 OO44 O532 O13O OO, BIC COBADEFFXXX",
    ],
)
def test_ibans_typed_loosely(text):
    out = redact_text(text)
    assert "[IBAN]" in out
    assert not any(ch.isdigit() for ch in out), out
    assert " OO" not in out and "[KFZ]" not in out and "[TELEFON]" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Wir waren 3 7 0 Leute",
        "Raum DE 12 liegt im 2. Stock, Gebäude O1",
        "Die Noten waren 1 2 3 2 1 1 2 3 4 2 1 2 3",
    ],
)
def test_iban_controls_stay(text):
    assert "[IBAN]" not in redact_text(text)


# ---------------------------------------------------------------- 7. phone numbers


@pytest.mark.parametrize(
    "text",
    [
        "Ruf mich an O176 I234 5678",
        "ruf an: O711 35I2249",
        "Rufen Sie mich gerne an O7II 3512249O",
        "meld dich unter O176 I234 5678",
        "WhatsApp O176 I234 5678",
        "+४९ 176 12345678",
        "Tel. ٠١٧٦ ١٢٣٤٥٦٧٨",
        "Handy: ０１７６ １２３４５６７８",
    ],
)
def test_phone_numbers_disguised(text):
    out = redact_text(text)
    assert out.endswith("[TELEFON]"), out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MEINE NUMMER IST 0176 12345678", "MEINE NUMMER IST [TELEFON]"),
        ("MEINE HANDYNUMMER IST 0176 12345678", "MEINE HANDYNUMMER IST [TELEFON]"),
        ("DAS AUTO ES-HK 711 STAND DA", "DAS AUTO [KFZ] STAND DA"),
    ],
)
def test_shouted_cue_before_a_number_keeps_its_words(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das kostet ४९ Euro",
        "Ruf mich an, wenn du Zeit hast, ab 10 Uhr",
        "Ruf an ob 2O Leute kommen",
    ],
)
def test_phone_controls_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- 4. document numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reisepass C01X00T478", "C01X00T478"),
        ("Führerschein B072RRE2I55", "B072RRE2I55"),
        ("Perso-Nr. L01X34R7P bitte", "L01X34R7P"),
        ("mein Ausweis hat die Nummer T220001293", "T220001293"),
        ("Aufenthaltstitel Nr. Y5K7N2P09 läuft ab", "Y5K7N2P09"),
        ("reisepass c01x00t478 ist weg", "c01x00t478"),
        ("meine personalnummer ist zwölf drei vier fünf", "zwölf drei vier fünf"),
        ("Kundennummer: eins-zwei-drei-vier-fünf", "eins-zwei-drei-vier-fünf"),
        ("Mitgliedsnummer lautet sieben acht neun null eins", "sieben acht neun null eins"),
    ],
)
def test_document_numbers(text, value):
    out = _check(text, gone=[value])
    assert "[ID]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Pass auf, 3 Kinder",
        "Führerschein seit 1998",
        "Ich habe meinen Reisepass 2019 verlängert",
        "Hausnummer zwölf drei",
        "Ausweis abgelaufen, 20 Euro gezahlt",
        "die Nummer eins zwei drei im Wartezimmer",
    ],
)
def test_document_controls_stay(text):
    assert "[ID]" not in redact_text(text)


# ---------------------------------------------------------------- 6. plates of other countries


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Auto aus Österreich W-1234AB parkt da.", "1234"),
        ("Das Auto W 12345 X steht da.", "12345"),
        ("ein Wagen aus Graz, GU 123 AB, blockiert die Einfahrt", "GU 123"),
        ("der französische Transporter AB-123-CD parkt täglich", "AB-123"),
        ("Mein Auto aus Wien: W-44412 K", "44412"),
        ("Auto ES AB 123E (Elektro)", "ES"),
        ("Oldtimer mit H-Kennzeichen LB AB 123H", "LB"),
        ("Fahrzeug: WN–XY 456E (Elektro)", "WN"),
    ],
)
def test_foreign_plates_near_a_car_word(text, value):
    out = _check(text, gone=[value])
    assert "[KFZ]" in out and "[ID]" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Das Auto hat 150 PS und 90 KW.",
        "Auto fährt auf der A 8 Richtung München",
        "Das Auto kostet 12000 EUR im Jahr",
        "Der Wagen VW 1200 GT war schön",
    ],
)
def test_foreign_plate_controls_stay(text):
    assert "[KFZ]" not in redact_text(text)


# ---------------------------------------------------------------- 8. capitals


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("HR Kübler war nett.", "Kübler"),
        ("HR Müller war freundlich", "Müller"),
        ("HR Strähle vom Bauamt", "Strähle"),
        ("FR. Öztürk hat geholfen", "Öztürk"),
        ("ERDOĞAN ŞAHİN", "ŞAHİN"),
        ("DANKE AN ERDOĞAN ŞAHİN VOM BÜRGERBÜRO", "ŞAHİN"),
        ("İSMAİL YILDIRIM war da", "İSMAİL"),
    ],
)
def test_names_after_titles_in_capitals_and_turkish_capitals(text, value):
    out = _check(text, gone=[value])
    assert "[NAME]" in out


@pytest.mark.parametrize(
    "text",
    [
        "HR ist überlastet",
        "HR Abteilung ist überlastet",
        "Die HR Leute sind nett",
        "HR Management",
        "HR Mitarbeiterin",
        "Termin am FR Nachmittag",
        "FR Urlaub",
    ],
)
def test_capital_title_controls_stay(text):
    assert redact_text(text) == text
