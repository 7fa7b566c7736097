"""What the session-7 review found redaction leaving: an initial before a health detail, a
colleague named by role, a gazetteer first name after an article, the Swabian "s'"."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the period after an initial does not end the clause about the person
        ("Frau K. aus der Zulassungsstelle hat eine Depression.", "Depression"),
        ("Herr B. hat seit Jahren Krebs.", "Krebs"),
        # a colleague or clerk after a possessive is one person
        ("Unsere Sachbearbeiterin ist schwanger und fällt aus.", "schwanger"),
        ("Unser Hausmeister ist seit Monaten wegen Burnout krankgeschrieben.", "Burnout"),
        # a first name of the gazetteer that is no German word, after an article and "vom/aus der"
        ("Der Joe aus der IT und die Kathi aus der Poststelle waren hilfsbereit.", "Joe"),
        ("Der Joe aus der IT und die Kathi aus der Poststelle waren hilfsbereit.", "Kathi"),
        # the Swabian neuter article before a girl's name
        ("s'Annele vom Bürgerbüro isch super.", "Annele"),
        ("s’Lisbeth hat mir beim Antrag geholfen.", "Lisbeth"),
    ],
)
def test_found(text, secret):
    assert secret not in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Lehrer sind alle krank.",
        "Meine Lehrerin hat gesagt, dass Lehrer mit Burnout mehr Hilfe brauchen.",
        # "Der Mark vom Konto ist weg." left in session 57: with the masculine article it
        # reads as the first name (the nickname step); the currency is "die Mark"
        "Die Rose am Marktplatz blüht.",
        "Der Bus am Bahnhof fährt nicht.",
        "s'Rathaus isch zu.",
        "Des isch's Beste, was mr hen.",
    ],
)
def test_kept(text):
    assert redact_text(text) == text


def test_initial_then_a_new_sentence_keeps_it():
    out = redact_text("Herr B. hat geholfen. Krebs ist eine schlimme Krankheit für viele.")
    assert out.endswith("hat geholfen. Krebs ist eine schlimme Krankheit für viele.")


def test_a_public_building_described_by_directions_stays():
    text = "Das Gebäude gegenüber vom Rathaus, das gelbe Haus, ist das Bürgeramt."
    assert redact_text(text) == text
    # directions to a home in a verbless fragment are still an address
    assert "Lindenmaier" not in redact_text(
        "Hof Lindenmaier, am Ende vom Sträßle links, letzte Scheune. Da wohnen wir.")


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE89-3704-0044-0532-0130-00",
        "Konto: DE 89 370 400 440 532 013 000",
        "Bankverbindung DE89.3704.0044.0532.0130.00 Sparkasse Esslingen",
        "IBAN DE 89 3704 0044 0532 0130 00",
        "iban de89370400440532013000 danke",
        "IBAN: DE89 3704 0044 0532 0130 0",  # one digit forgotten
        "NL91 ABNA 0417 1643 00 (mein Konto in Holland)",
        "IT60 X054 2811 1010 0000 0123 456",
    ],
)
def test_iban_in_any_grouping_is_removed(text):
    out = redact_text(text)
    assert "[IBAN]" in out and "0044" not in out and "0417" not in out and "2811" not in out


def test_iban_stops_at_its_length():
    out = redact_text("Meine IBAN ist DE89 3704 0044 0532 0130 00 2019 eröffnet.")
    assert out == "Meine IBAN ist [IBAN] 2019 eröffnet."


@pytest.mark.parametrize(
    "text", ["Die Linie ES 12 fährt 2024 nicht.", "Raum DE 12 3456 ist zu."]
)
def test_codes_that_only_start_like_an_iban_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mei Mo isch zuckerkrank und ko nimmer so guat laufa.", "zuckerkrank"),
        ("Onser Bua hot Asthma, mir brauchet an Platz in dr Kita.", "Asthma"),
        ("Mei Vaddr isch dement.", "dement"),
    ],
)
def test_swabian_health_details_about_a_relative(text, secret):
    assert secret not in redact_text(text)


def test_swabian_words_alone_stay():
    assert redact_text("Mo isch a schöner Tag.") == "Mo isch a schöner Tag."


def test_swabian_she_after_a_relative():
    text = ("Mei Mamme, d Bärbel, isch 86 ond kommt mit dem Internet it zrecht. "
            "Se hot au no Demenz im Afangsstadium.")
    assert "Demenz" not in redact_text(text)
    assert redact_text("Se hot Demenz, sagt die Studie.") == "Se hot Demenz, sagt die Studie."


@pytest.mark.parametrize(
    "text",
    [
        "Meine Nummer: null-eins-sieben-sechs / zwei-drei-vier-fünf-sechs-sieben",
        "Rückruf bitte: 07 11 / 34 56 78",
        "call me on: oh one seven one, two three four five six seven",
    ],
)
def test_phone_numbers_joined_by_hyphens_or_after_bitte(text):
    assert "[TELEFON]" in redact_text(text) and "sieben" not in redact_text(text).split(":")[1]


def test_number_words_with_hyphens_in_ordinary_text_stay():
    text = "Die Kinder waren drei-vier Jahre alt und fünf-sechs Mal da."
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ich wohne draußen auf dem Aussiedlerhof oberhalb von Kennenburg, der einzige Hof "
         "mit den Alpakas.", "Alpakas"),
        ("wohne seit 30 Jahren in der Kelterstraße, gegenüber vom Bäcker.", "Bäcker"),
        ("Ich wohne mit meiner Familie am Ende der Sackgasse hinter dem Friedhof.", "Friedhof"),
    ],
)
def test_directions_after_words_between_the_cue_and_the_place(text, kept):
    out = redact_text(text)
    assert "[ADRESSE]" in out and kept not in out


@pytest.mark.parametrize(
    "text",
    ["Ich wohne seit 30 Jahren in Esslingen und finde die App gut.",
     "Wir wohnen beide in Zell.", "Ich wohne draußen auf dem Land."],
)
def test_a_town_after_the_cue_is_no_address(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "farm"),
    [
        ("i bin d Lisbeth vom Weiler Katzenbühl, des letschde Haus am Waldrand.", "Katzenbühl"),
        ("Mir sind a Bauernfamilie vom Hof Schurwaldblick.", "Schurwaldblick"),
        ("Wir wohnen auf dem Aussiedlerhof Lindenmaier 3 hinter Zell.", "Lindenmaier"),
    ],
)
def test_a_farm_or_hamlet_someone_lives_on_is_an_address(text, farm):
    assert farm not in redact_text(text)


@pytest.mark.parametrize(
    "text",
    ["Das Hoffest auf dem Hof Müller war toll.", "Wir waren beim Hofgut Maisenburg zum Essen.",
     "Wir feiern auf dem Hof Müller."],
)
def test_a_farm_visited_stays(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "text", ["Der Radweg an der L1192 fehlt.", "direkt an dr K1217 gibts koi Busverbindung."]
)
def test_road_numbers_are_no_ids(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Kundennummer Kita-Portal: 2023-KP-7781", "7781"),
        ("WEGEN IHRES KITA-ANTRAGS (NR. KA-23-11902).", "11902"),
        ("bezugnehmend auf Ihr Schreiben (Gz. 32.1-WS-0993/24) möchte ich", "0993"),
    ],
)
def test_file_numbers_in_three_parts(text, secret):
    assert secret not in redact_text(text)


@pytest.mark.parametrize(
    "text", ["Die Sitzung 2025-GR-017 war öffentlich.", "Vorlage GR-12-2025 im Ausschuss.",
             "Die A-81 ist dicht, die B-27 auch."]
)
def test_council_papers_and_roads_in_three_parts_stay(text):
    assert redact_text(text) == text


def test_names_typed_with_combining_marks_are_found():
    import unicodedata

    text = unicodedata.normalize("NFD", "Ich heiße Björn Häußler. Herr Özdemir vom Ordnungsamt.")
    out = redact_text(text)
    assert "ußler" not in out and "zdemir" not in out and "rn" not in out.split("heiße")[1][:12]


def test_a_text_too_deep_for_a_rule_is_withheld_not_a_crash():
    from esslingen_lab.privacy import redact

    result = redact(["der Mann mit dem Hut, der " * 600, "Frau Weber hat geholfen."])
    assert result.texts[0] == "[TEXT ENTFERNT]" and result.counts["WITHHELD"] == 1
    assert result.texts[1] == "Frau [NAME] hat geholfen."


@pytest.mark.parametrize(
    "text",
    ["Tel. 0711&nbsp;3512-2490", "Tel: 0711 3512\u20112490", "Tel. 0711 — 3512 — 2490",
     "Tel. 0711 · 3512 · 2490", "Tel. 0711_3512_2490",
     "Tel null sieba eins eins drei fünf eins zwei zwei vier neun null"],
)
def test_phone_separators_and_swabian_digits(text):
    assert redact_text(text).endswith("[TELEFON]")


@pytest.mark.parametrize(
    ("text", "secret"),
    [("d'Erna Bäuerle hot mir gholfa", "Bäuerle"),
     ("Wir wohnen auf dem Aichelberghof, da kommt kein Glasfaser.", "Aichelberghof"),
     ("Mir wohnet seit 1985 draußen auf em Schelmenhof", "Schelmenhof")],
)
def test_swabian_full_names_and_farms(text, secret):
    assert secret not in redact_text(text)


@pytest.mark.parametrize(
    "text",
    ["St. Dionys und die Frauenkirche sind schön.", "Frag mal Alexa oder Siri.",
     "IBAN-Angabe mit BIC INGDDEFFXXX fehlt im Formular.", "Ich bin auf dem Schulhof gewesen.",
     "Die Jahre 2010 — 2020 waren gut.", "d'Post Filiale isch zu."],
)
def test_churches_banks_assistants_and_school_yards_stay(text):
    assert redact_text(text) == text



def test_one_shouted_surname_before_an_office():
    assert redact_text("SCHMID vom Bauamt hat nie zurückgerufen") == (
        "[NAME] vom Bauamt hat nie zurückgerufen")
    assert redact_text("Der ADAC vom Kreis hilft.") == "Der ADAC vom Kreis hilft."
    assert redact_text("Die DEKRA vom Bahnhof prüft.") == "Die DEKRA vom Bahnhof prüft."


def test_a_school_year_or_cohort_is_no_birth_year():
    text = "Der Jahrgang 10 am Georgii-Gymnasium hat kein WLAN."
    assert redact_text(text) == text
    assert redact_text("Ich bin Jahrgang 58 und finde das gut.") == (
        "Ich bin [DATUM] und finde das gut.")


def test_the_redact_command_counts_a_withheld_answer_by_its_tag(tmp_path):
    from click.testing import CliRunner

    from esslingen_lab.cli import main

    source = tmp_path / "antworten.csv"
    deep = "der Mann mit dem Hut, der " * 600
    source.write_text(f'id,text\n1,"{deep}"\n2,Frau Weber\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["redact", str(source), "--text-column", "text",
                                       "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 0, result.output
    assert "TEXT ENTFERNT 1" in result.stderr and "WITHHELD" not in result.stderr
