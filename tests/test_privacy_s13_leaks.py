"""Findings of the session-12 review and of an attack on markup, look-alike characters,
entities and spacing (session 13). Names, numbers and addresses are invented.

Each family: the personal data must go whole (no digit group, no part of an address left),
and ordinary text of the same shape must stay exactly as written.
"""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


def _gone(text: str, *values: str) -> str:
    out = redact_text(text)
    for value in values:
        assert value not in out, (text, out)
    return out


# ---------------------------------------------------------------- markup splitting a value


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruf an: 0176<br>12345678", "Ruf an: [TELEFON]"),
    ("Ruf an: 0176<br/>1234 5678", "Ruf an: [TELEFON]"),
    ("Ruf an: 0176 <br> 12345678 bitte", "Ruf an: [TELEFON] bitte"),
    ("Ruf an: 0176<br>1234<br>5678", "Ruf an: [TELEFON]"),
    ("Tel. 0711 <i>123456</i> bitte", "Tel. <i>[TELEFON]</i> bitte"),
    ("Handy: <b>0176</b> 12345678", "Handy: <b>[TELEFON]</b>"),
    ("Handy: <b>0176 1234</b> 5678", "Handy: <b>[TELEFON]</b>"),
    ("Tel: 0711 <b>12</b> 34 56", "Tel: <b>[TELEFON]</b>"),
    ("Ich wohne in der <b>Mühlgasse</b> 12", "Ich wohne in der <b>[ADRESSE]</b>"),
    ("Ich wohne in der Mühlgasse <b>12</b>", "Ich wohne in der <b>[ADRESSE]</b>"),
    ("Adresse: <b>Hauptstr.</b> 5, Esslingen", "Adresse: <b>[ADRESSE]</b>, Esslingen"),
    ("Mail: <b>anna</b>.<b>schmid</b>@gmx.de", "Mail: <b>[EMAIL]</b>"),
    ("Mail: anna.<i>schmid</i>@gmx.de", "Mail: [EMAIL]"),
    ("Mail: anna.schmid@<b>gmx</b>.de", "Mail: [EMAIL]"),
    ("Mail: anna.schmid@gmx<b>.</b>de", "Mail: [EMAIL]"),
    ('Ich wohne in der <span class="a">Mühlgasse</span> <span class="b">12</span>',
     'Ich wohne in der <span class="a">[ADRESSE]</span><span class="b"></span>'),
    ("IBAN: <b>DE89</b> 3704 0044 0532 0130 00", "IBAN: <b>[IBAN]</b>"),
    ("IBAN: DE89 3704 <b>0044</b> 0532 0130 00", "IBAN: <b>[IBAN]</b>"),
])
def test_a_tag_inside_a_value_leaves_no_part_of_it(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Rechnung 2024<br>Posten 12",
    "Öffnungszeiten 8-12<br>14-18 Uhr",
    "Seite 12<br>0711 wurde nicht erreicht",
    "Das kostet <b>nur</b> 12 Euro",
    "<b>Linie 101</b> fährt um 7<i>:</i>30",
    "Ende</b>.<b>Neu",
    "Die <i>Hauptsache</i>. <b>Danke</b>.",
    "Jahr 2023<br>2024 war besser",
])
def test_markup_beside_ordinary_numbers_and_periods_stays(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- entities escaped twice


@pytest.mark.parametrize(("text", "gone"), [
    ("anna.schmid&amp;#64;gmx.de", ["anna", "schmid", "gmx"]),
    ("anna.schmid&amp;#x40;gmx.de", ["anna", "schmid", "gmx"]),
    ("anna.schmid&amp;commat;gmx.de", ["anna", "schmid", "gmx"]),
    ("Frau M&amp;uuml;ller vom Bauamt", ["ller"]),
    ("Tel 0711&amp;nbsp;123456", ["0711", "123456"]),
    ("Ich wohne in der Mühlgasse&amp;nbsp;12", ["Mühlgasse", "12"]),
])
def test_an_entity_escaped_twice_is_read(text, gone):
    _gone(text, *gone)


@pytest.mark.parametrize("text", [
    "Müller &amp;amp; Söhne haben renoviert",
    "AT&amp;T ist teuer",
    "&lt;b&gt;Wichtig&lt;/b&gt;: die Wartezeit",
    "Bus &amp;lt; Bahn",
])
def test_other_escaped_text_stays_as_written(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- look-alike digits, spaces


@pytest.mark.parametrize("text", [
    "0176 12З45678",  # Cyrillic Ze for 3
    "Handy 0176 12З456 78",
    "Tel: О711 123456",  # Cyrillic O for 0
    "Tel: 0711 12З4 56",
    "Handy ⓪①⑦⑥ ①②③④⑤⑥⑦⑧",  # circled
    "Handy ⁰¹⁷⁶ ¹²³⁴⁵⁶⁷⁸",  # superscript
    "Tel 0711 ➊➋➌➍➎➏",  # dingbats
    "Handy ０１７６ １２３４５６７８",  # full width
    "Tel: 0711\u2009123456",  # thin space
    "Tel: 0711\u202f123456",  # narrow no-break space
    "Tel: 0711\u2212123456",  # minus sign
    "Tel: 0711\u2012123456",  # figure dash
    "Tel: 0711&thinsp;123456",
])
def test_a_phone_number_with_look_alike_characters_goes_whole(text):
    out = redact_text(text)
    assert "[TELEFON]" in out and not any(ch.isdigit() for ch in out), out


def test_an_iban_with_no_break_spaces_goes_whole():
    out = redact_text("IBAN: DE89&nbsp;3704&nbsp;0044&nbsp;0532&nbsp;0130&nbsp;00")
    assert out == "IBAN: [IBAN]"


@pytest.mark.parametrize("text", [
    "Die Fläche ist 100 m² groß.",
    "Der Pokal kostet ①②€.",
    "Wir sind Team З",
    "Fußnote¹ und Anmerkung²",
    "В 2024 году было 5 встреч, о 3 из них я знал.",
    "Б12 и З4 это номера автобусов",
    "Das war ’ne Sache",
    "Er sagte ‘54 Euro’",
])
def test_signs_and_other_alphabets_beside_digits_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- birth year "Baujahr"


@pytest.mark.parametrize("text", [
    "Ich bin Baujahr 54, aber noch fit.",
    "Ich bin Bj. 54, aber noch fit.",
    "Ich bin Bj 54, aber noch fit.",
    "Ich bin Baujahr 1954 und noch fit.",
    "Ich bin Baujahr: 1954.",
    "Ich (Bj. 1961) komme mit dem Handy nicht klar.",
    "Ich bin Jg. ’54.",
    "Ich bin Baujahr ‘54.",
])
def test_baujahr_of_a_person_is_a_birth_year(text):
    out = _gone(text, "54", "1954", "1961")
    assert "[DATUM]" in out


@pytest.mark.parametrize("text", [
    "Mein Auto ist Baujahr 54 und läuft noch.",
    "Mein Auto ist Bj. 2004 und läuft noch.",
    "Ich fahre einen Golf, Bj. 98.",
    "Das Haus ist Baujahr 1954.",
    "Ich habe ein Haus, Bj. 1965, und brauche eine Förderung.",
    "Die Heizung ist Bj. 1990.",
    "Das Objekt 54 ist gut.",
])
def test_baujahr_of_a_thing_stays(text):
    assert redact_text(text) == text


def test_person_and_house_in_one_answer():
    out = redact_text("Ich selbst bin Baujahr 54, mein Haus Baujahr 1965.")
    assert out == "Ich selbst bin [DATUM], mein Haus Baujahr 1965."


# ---------------------------------------------------------------- one's own street


@pytest.mark.parametrize(("text", "expected"), [
    ("wohnhaft: Mühlgasse", "wohnhaft: [ADRESSE]"),
    ("Wohnhaft:Mühlgasse", "Wohnhaft:[ADRESSE]"),
    ("wohnhaft in der Mühlgaße", "wohnhaft in der [ADRESSE]"),
    ("Ich wohne in der Mühlgaße", "Ich wohne in der [ADRESSE]"),
    ("Ich wohne am Hafenmarkt", "Ich wohne am [ADRESSE]"),
    ("Die Mühlgaße 12 ist gesperrt.", "Die [ADRESSE] ist gesperrt."),
])
def test_own_street_forms(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Ich wohne am Supermarkt, praktisch.",
    "Wir wohnen am Wochenmarkt.",
    "Ich wohne am Marktplatz.",
    "Die Baustelle in der Mühlgaße nervt.",
    "Der Hafenmarkt ist schön geworden.",
    "Ich wohne: zur Miete.",
    "Ich wohne - leider - am Stadtrand.",
])
def test_streets_named_for_other_things_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- places that are no one's home


@pytest.mark.parametrize("text", [
    "Ich wohne in der Nähe vom Bahnhof",
    "Ich wohne in der nähe vom bahnhof",
    "Ich wohne in der Nähe des Rathauses.",
    "Ich wohne in der Nähe der Schule und brauche einen Parkplatz.",
])
def test_living_near_a_landmark_is_no_address(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Wir wohnen im gelben Haus hinter der Kirche.",
    "wir wohnen im Gelben Haus am Ende vom Weg",
    "Ich wohne im letzten Haus links, hinter der Kirche.",
])
def test_a_singled_out_house_is_still_an_address(text):
    assert "[ADRESSE]" in redact_text(text)


@pytest.mark.parametrize("text", [
    "Am Markt 1 ist das Rathaus.",
    "Marktplatz 4 (Stadtbücherei) hat zu kurze Öffnungszeiten.",
    "Ritterstraße 16 – Bürgeramt, da war ich.",
    "Hauptstraße 5 ist das neue Bürgerbüro.",
])
def test_an_address_named_as_a_public_building_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Ich wohne Am Markt 1, das ist das Rathaus.",
    "Hauptstraße 5, die Schule ist daneben.",
    "Hauptstraße 5 ist das Haus meiner Oma.",
    "Mühlgasse 12 (Frau Kübler) ist laut.",
])
def test_a_private_address_beside_a_building_goes(text):
    assert "[ADRESSE]" in redact_text(text)


# ---------------------------------------------------------------- words taken for names


@pytest.mark.parametrize("text", [
    "Bei Fragen: Tel 0711 123456 – Bauamt",
    "Bei Fragen: Tel 0711 123456 – Bauhof",
    "Bei Fragen: Tel 0711 123456 – Ordnungsamt",
])
def test_an_office_after_its_number_stays(text):
    out = redact_text(text)
    assert "[TELEFON]" in out and "[NAME]" not in out


def test_a_surname_after_a_number_still_goes():
    assert redact_text("Danke, ruft mich an: 0711 123456 – Kranich") == (
        "Danke, ruft mich an: [TELEFON] – [NAME]"
    )


@pytest.mark.parametrize(("text", "expected"), [
    ("d'Huber Resi woiß des am beschde", "d'[NAME] woiß des am beschde"),
    ("Die Huber Resi weiß das am besten", "Die [NAME] weiß das am besten"),
    ("Die Resi weiß Bescheid", "Die [NAME] weiß Bescheid"),
    ("d'Huber Resi hot gsagt, des goht", "d'[NAME] hot gsagt, des goht"),
])
def test_the_verb_after_a_name_stays(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Resi Weiß hat geholfen",  # a surname that is also a verb, capitalised
    "Frau Resi Müller weiß das",
])
def test_a_surname_before_a_verb_still_goes(text):
    out = redact_text(text)
    assert "Resi" not in out and "Müller" not in out and "[NAME]" in out


@pytest.mark.parametrize("text", [
    "Walla, die App ist gut.",
    "Wallah, die App ist gut.",
    "Yalla, macht mal schneller.",
    "Im Ramazan sind die Öffnungszeiten anders.",
    "Während des Ramazan ist das Amt voll.",
    "Nach dem Bayram gehe ich zum Amt.",
    "Randevu almak çok zor, bence lazım değil.",
    "bana yardım lazım, randevu alamıyorum",
])
def test_interjections_feasts_and_turkish_words_are_no_names(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Ramazan hat mir geholfen.", "Ramazan"),
    ("Im Ramazan hat mir Ramazan Yilmaz geholfen.", "Yilmaz"),
    ("Mein Nachbar Bayram hilft mir.", "Bayram"),
    ("ayşe ve barış geldi, teşekkürler", "ayşe"),
])
def test_the_same_words_as_names_still_go(text, gone):
    out = redact_text(text)
    assert "[NAME]" in out and gone not in out.replace("Im Ramazan", ""), out


# ---------------------------------------------------------------- health said by a verb


@pytest.mark.parametrize(("text", "expected"), [
    # the closing "bin" goes with the tag since session 35 (health_joins: 16 labels of 16)
    ("Ich kann nicht online, obwohl ich behindert bin.",
     "Ich kann nicht online, obwohl [GESUNDHEIT]."),
    ("Weil ich behindert bin, brauche ich Hilfe.", "Weil [GESUNDHEIT], brauche ich Hilfe."),
    ("Ich bin seit dem Unfall behindert.", "[GESUNDHEIT]."),
    ("my mother can't walk anymore", "my mother [GESUNDHEIT]"),
    ("My mother can't walk.", "My mother [GESUNDHEIT]."),
    ("My father can no longer climb the stairs, so the office is useless.",
     "My father [GESUNDHEIT], so the office is useless."),
    ("I can't walk without help.", "[GESUNDHEIT]."),
    ("My son is unable to speak properly.", "My son [GESUNDHEIT]."),
    ("annem yürüyemiyor", "annem [GESUNDHEIT]"),
    ("annem yürüyemiyor, lazım yardım", "annem [GESUNDHEIT], lazım yardım"),
    ("annem artık yürüyemiyor", "annem artık [GESUNDHEIT]"),
    ("babam göremiyor, formu okuyamıyor", "babam [GESUNDHEIT], formu okuyamıyor"),
    ("merdiven çıkamıyorum", "[GESUNDHEIT]"),
])
def test_health_said_with_a_verb(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Ich werde vom Amt behindert.",
    "Die Baustelle behindert den Verkehr, ich bin genervt.",
    "obwohl ich nicht behindert bin",
    "Ich bin sauer, weil mich die Baustelle behindert.",
    "Die Seite ist behindertengerecht.",
    "I can't see the button on the page.",
    "My husband can't see the forms on his phone.",
    "I can't hear you.",
    "My mother can't walk to the office, it's too far.",
    "My boss can't stand waiting.",
    "I can't believe it",
    "formu göremiyorum",
    "sayfayı açamıyorum",
])
def test_verbs_of_no_health_stay(text):
    assert redact_text(text) == text


# ---------------------------------------------------------------- more references (attack)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mail: anna.schmid&#64gmx.de", "Mail: [EMAIL]"),  # no ";", as browsers read it
    ("Mail: anna.schmid%40gmx.de", "Mail: [EMAIL]"),  # percent-encoded, pasted from a link
    ("mailto:anna.schmid%40gmx.de?subject=Hallo", "mailto:[EMAIL]?subject=Hallo"),
    ("Tel: 0711&#x2F;123456", "Tel: [TELEFON]"),
    ("Tel: 0711&sol;123456", "Tel: [TELEFON]"),
    ("0711&#8209;123456", "[TELEFON]"),
])
def test_references_for_signs_inside_a_value_are_read(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Rabatt 20%40 Stück",
    "Punkt &#1 der Liste",
    "A &#x2F B",
    "Preis: 5 &euro; pro Karte",
])
def test_other_references_and_percent_signs_stay(text):
    assert redact_text(text) == text
