"""Session 27: initials standing for a person, and a sign-off's initial with its surname."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. K. aus dem Bürgeramt hat mir gesagt", "[NAME] aus dem Bürgeramt hat mir gesagt"),
        ("Protokoll: J.-P. S. / Moderation: C. D.", "Protokoll: [NAME] / Moderation: [NAME]"),
        (
            "Gesprochen mit: E.M. (Kita) und T.R. (Hort).",
            "Gesprochen mit: [NAME] (Kita) und [NAME] (Hort).",
        ),
        (
            "Unser Läufer M. K. stand falsch in der Liste.",
            "Unser Läufer [NAME] stand falsch in der Liste.",
        ),
        ("Akte E.-M. R. ist unvollständig", "Akte [NAME] ist unvollständig"),
        ("Hab mit F.-J. W. vom Seniorentreff geredet", "Hab mit [NAME] vom Seniorentreff geredet"),
        ("Bewerberin S. Ö., Raum 3.21", "Bewerberin [NAME], Raum 3.21"),
        ("ich mach's nicht ewig. H. B.", "ich mach's nicht ewig. [NAME]"),
        # a name found by its cue that ended at an initial takes the rest of the initials
        # (the place above the post office is her home: the learned address step, session 54)
        ("meine Tante W. G. wohnt über der Post", "meine Tante [NAME] wohnt [ADRESSE]"),
        ("Bitte Herrn J.-P. M. ausrichten", "Bitte Herrn [NAME] ausrichten"),
        ("Mein Nachbar K. R. aus dem Haus gegenüber", "Mein Nachbar [NAME] aus dem Haus gegenüber"),
        ("Frau M. T., hat gekündigt", "Frau [NAME], hat gekündigt"),
    ],
)
def test_initials_standing_for_a_person_are_removed(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Z.B. die Post am Bahnhof",
        "H. WEIBLE ist STADTRAT A.D. geworden",
        "VERANSTALTER: KULTURZENTRUM E.V.",
        "siehe S. 3 und S. 4",
        "Urlaub in den U.S.A. war toll",
        "P.S.: Danke für alles",
        "Esslingen a. N. und Frankfurt A.M.",
        "Das ist O.K. so, sagt die E.U.",
        "Die Firma Bosch A.G. und der F.C. Esslingen",
    ],
)
def test_abbreviations_of_words_are_no_initials(text):
    out = redact_text(text)
    for abbreviation in (
        "Z.B.",
        "A.D.",
        "E.V.",
        "S. 3",
        "U.S.A.",
        "P.S.",
        "A.M.",
        "O.K.",
        "E.U.",
        "A.G.",
        "F.C.",
    ):
        if abbreviation in text:
            assert abbreviation in out, out


def test_a_pair_after_a_lower_case_abbreviation_is_no_pair_of_initials():
    # "i. A." (im Auftrag) before "R. Wiedmann": the name goes, "i. A." stays
    assert redact_text("Grüße / i. A. R. Wiedmann / Schriftführerin") == (
        "Grüße / i. A. [NAME] / Schriftführerin"
    )
    assert redact_text("Esslingen, i. A. K. M.") == "Esslingen, i. A. [NAME]"


def test_a_sign_off_initial_keeps_its_period_with_the_name():
    assert redact_text("Gruß, R. Wiedmann.") == "Gruß, [NAME]."
    signed = "Viele Grüße\nAnna Weber / Kassiererin"
    assert redact_text(signed) == "Viele Grüße\n[NAME] / Kassiererin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grüße vom Mucki (so nennen mich alle im Turnverein).",
            "Grüße vom [NAME] (so nennen mich alle im Turnverein).",
        ),
        (
            "Der Bomber (so nennen wir unseren Torwart) hat geholfen.",
            "Der [NAME] (so nennen wir unseren Torwart) hat geholfen.",
        ),
        (
            "frag halt den Specht – so nennen alle unseren Nachbarn",
            "frag halt den [NAME] – so nennen alle unseren Nachbarn",
        ),
        (
            "Grüße vom Speedy 🏃 (so heiß ich im Lauftreff).",
            "Grüße vom [NAME] 🏃 (so heiß ich im Lauftreff).",
        ),
        (
            "Unsere Mami Lolo, so nennen sie alle, hat Papiere.",
            "Unsere [NAME], so nennen sie alle, hat Papiere.",
        ),
        (
            "Unser Jüngster, Krümel nennen wir ihn, ist klein.",
            "Unser Jüngster, [NAME] nennen wir ihn, ist klein.",
        ),
        (
            "Unser Hausmeister, alle sagen nur der Bolle zu ihm, schließt ab.",
            "Unser Hausmeister, alle sagen nur der [NAME] zu ihm, schließt ab.",
        ),
        (
            "Im Chor sagen alle nur „unsere Gretl“ zu ihr.",
            "Im Chor sagen alle nur „unsere [NAME]“ zu ihr.",
        ),
        ("Mein Spitzname im Viertel ist 'Bärle'.", "Mein Spitzname im Viertel ist '[NAME]'."),
    ],
)
def test_a_nickname_said_to_be_one_is_removed_whatever_the_word_means(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sonne, Linde, Rosengarten – so heißen die Kitas bei uns.",
        "Der Bürgerkoffer, so nennen ihn alle, ist toll.",
        "Die Digitalisierung, so sagt mein Chef, kommt.",
        "Das Portal, so heißt es, kommt 2026.",
        "Heimat nennen wir das.",
        "Fahrgäste rufen mich manchmal privat an.",
        "Der Zappelphilipp in der Klasse – so nennt die Lehrerin meinen Sohn.",
    ],
)
def test_naming_words_about_things_or_speech_keep_the_text(text):
    assert redact_text(text) == text


def test_a_relative_before_the_naming_clause_is_no_nickname():
    out = redact_text("Der Bobbele (mein Mann, so nennt ihn jeder) wartet.")
    assert out == "Der [NAME] (mein Mann, so nennt ihn jeder) wartet."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "der Gogges vom Nachbarhaus hat mir erklärt, wie das geht.",
            "der [NAME] vom Nachbarhaus hat mir erklärt, wie das geht.",
        ),
        (
            "Der Tschabo von der Tafel meinte, man könnte das.",
            "Der [NAME] von der Tafel meinte, man könnte das.",
        ),
        (
            "Der Schlappi von gegenüber kann das bezeugen.",
            "Der [NAME] von gegenüber kann das bezeugen.",
        ),
        (
            "der Kuddel von nebenan hat gesagt, ich soll.",
            "der [NAME] von nebenan hat gesagt, ich soll.",
        ),
    ],
)
def test_a_word_no_dictionary_knows_before_where_the_person_is_from_is_a_name(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Rewe von der Pliensauvorstadt hat zu.",
        "Der Penny von Zell hat zu.",
        "Die Bufdis von der Stadtbücherei helfen.",
        "Der Shuttle vom Bahnhof fährt nicht.",
        "Der Weg vom Bahnhof ist weit.",
        "Bei dr Kehrwoch im Winter sott d'Stadt an d'Gehweg denke.",
        "Der Abmeldelink im Newsletter funktioniert nicht.",
        "Der Werksbus von Daimler fährt durch Zell.",
        "Ich bin die Nonna von der Pizzeria am Marktplatz.",
        "Der Flixbus vom ZOB fährt nicht.",
    ],
)
def test_things_firms_groups_and_dialect_words_before_a_place_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mit Gruß Luise v. Gaisberg", "Mit Gruß [NAME]"),
        ("Herr v. Gaisberg kam.", "Herr [NAME] kam."),
        ("Gruß, dr Ümit", "Gruß, dr [NAME]"),
        ("Gruß, dr Kassier Bäuerle", "Gruß, dr Kassier [NAME]"),
        ("LG aus Wäldenbronn, Melli 🙂", "LG aus Wäldenbronn, [NAME] 🙂"),
        ("Danke an E. Schuster für die Hilfe.", "Danke an [NAME] für die Hilfe."),
        (
            "Die Stadt sollte den Leerstand zeigen.\n– E. Schuster",
            "Die Stadt sollte den Leerstand zeigen.\n– [NAME]",
        ),
        # the abbreviation "v. a." and the sign-off's roles stay
        ("Das ist v. a. wichtig.", "Das ist v. a. wichtig."),
        ("Viele Grüße, dr Vorstand", "Viele Grüße, dr Vorstand"),
    ],
)
def test_sign_offs_with_a_particle_an_article_or_an_emoji_and_initial_surnames(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich bin Tagesmutter in Wäldenbronn, die einzige dort, und die Abrechnung hakt.",
         "Ich bin [PERSON-BESCHREIBUNG], und die Abrechnung hakt."),
        ("Ich bin Schulsozialarbeiterin der Grundschule Rüdern – ich bin dort die einzige.",
         "Ich bin [PERSON-BESCHREIBUNG]."),
        ("Die Dolmetscherin vom Landratsamt, die einzige für DGS im Kreis, war im Urlaub.",
         "[PERSON-BESCHREIBUNG], war im Urlaub."),
        ("Gruß, der Informatiklehrer am Mörike-Gymnasium (der einzige mit Rastazöpfen)",
         "Gruß, [PERSON-BESCHREIBUNG]"),
        ("Ich bin Schulsekretärin der Grundschule in Serach, und zwar die einzige, und so.",
         "Ich bin [PERSON-BESCHREIBUNG], und so."),
    ],
)
def test_a_role_said_afterwards_to_be_the_only_one_is_a_description(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadtbibliothek, die einzige mit Sonntagsöffnung, ist toll.",
        "Die App, die einzige, die funktioniert, ist die Bus-App.",
        "Der Hausmeister, die einzige Hilfe, kam.",
        "Meine Tochter ist nicht die einzige, die das sagt.",
    ],
)
def test_things_and_other_genders_before_die_einzige_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Streetworkerin von Mettingen ist ganz allein.",
         "[PERSON-BESCHREIBUNG] ist ganz allein."),
        ("Der Pfarrer von Zell hat geholfen.", "[PERSON-BESCHREIBUNG] hat geholfen."),
        ("Die Gemeindeschwester in Sirnau hat zu.", "[PERSON-BESCHREIBUNG] hat zu."),
        ("Die Tagesmutter in der Pliensauvorstadt hat Plätze.",
         "[PERSON-BESCHREIBUNG] hat Plätze."),
        ("Der Platzwart vom Sportgelände Zollberg ist da.", "[PERSON-BESCHREIBUNG] ist da."),
    ],
)
def test_a_role_a_district_has_one_of_is_a_description(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Hausarzt in Stuttgart Mitte hat zu.",
        "Die Apothekerin in der Innenstadt hat zu.",
        "Die Apothekerin in der Küche hat zu.",
        "Unser Pfarrer hat geholfen.",
    ],
)
def test_roles_of_big_places_or_without_a_place_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ruf halt a: null-siebe-elf, drei-acht-zwo-null-nein. Gruß",
         "ruf halt a: [TELEFON]. Gruß"),
        ("Meld di: null siebe eins eins – drei vier fünf sechs – null nein eins zwei",
         "Meld di: [TELEFON]"),
        ("rentenversicherungsnummer 12 150347 w 024, bitte",
         "rentenversicherungsnummer [ID], bitte"),
        ("Mein Mann und ich sind Jahrgang 1944 und 1946 und haben kein Handy.",
         "Mein Mann und ich sind [DATUM] und haben kein Handy."),
        ("Wir sind Jg. 58 u. 61, beide ohne Internet.", "Wir sind [DATUM], beide ohne Internet."),
        # "nein" as a word, a year of something else after a birth year
        ("Sind es zwei? Nein, drei oder vier Kinder.",
         "Sind es zwei? Nein, drei oder vier Kinder."),
        ("Nein, nein, nein und nochmals nein!", "Nein, nein, nein und nochmals nein!"),
        ("Jahrgang 1950 und 20 Jahre in Zell.", "[DATUM] und 20 Jahre in Zell."),
        ("Ich bin geboren 1961 und 2010 nach Zell gezogen.",
         "Ich bin [DATUM] und 2010 nach Zell gezogen."),
    ],
)
def test_swabian_nine_lower_case_pension_numbers_and_a_second_birth_year(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unser Haus ist das letzte in der Reihe hinter der Tankstelle in Sirnau, mit der "
         "großen Tanne im Garten, dort hat man kein Netz.",
         "Unser Haus ist [ADRESSE], dort hat man kein Netz."),
        ("Unser Haus ist das mit dem Storchennest auf dem Kamin am Ortseingang von Sulzgries.",
         "Unser Haus ist [ADRESSE]."),
        ("Wir wohnen im Haus direkt gegenüber vom Bauzaun, 3. Stock rechts, der Balkon voller "
         "Tomaten.", "Wir wohnen [ADRESSE]."),
        # a house said to be the finest is no direction
        ("Unser Haus ist das schönste in der Straße.",
         "Unser Haus ist das schönste in der Straße."),
    ],
)
def test_a_home_said_by_its_own_noun_and_the_pieces_after_it(text, expected):
    assert redact_text(text) == expected


def test_a_verb_after_the_floor_ends_the_home():
    out = redact_text("Wir wohnen im gelben Haus neben der Kirche in Sirnau, Erdgeschoss rechts "
                      "läuft jede Nacht laute Musik.")
    assert out.endswith("läuft jede Nacht laute Musik.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I ben dr Otto, und mei Herz macht nemme so mit.",
         "I ben dr [NAME], und mei Herz macht nemme so mit."),
        ("Grüß Gott, i bin dr Manni vom Getränkemarkt.",
         "Grüß Gott, i bin dr [NAME] vom Getränkemarkt."),
        ("Do isch dr Hermann, i wohn do obe.", "Do isch dr [NAME], i wohn do obe."),
        # roles, relatives, adjectives, words and compounds stay
        ("Ich bin die Organisatorin vom Poetry Slam.",
         "Ich bin die Organisatorin vom Poetry Slam."),
        ("Hier spricht der Ortsvorsteher-Stellvertreter.",
         "Hier spricht der Ortsvorsteher-Stellvertreter."),
        ("Ich bin der Neue im Team.", "Ich bin der Neue im Team."),
        ("Da ist der Bus vom Bahnhof gekommen.", "Da ist der Bus vom Bahnhof gekommen."),
        ("Ich bin die Hälfte vom Jahr in Thessaloniki.",
         "Ich bin die Hälfte vom Jahr in Thessaloniki."),
    ],
)
def test_a_first_name_one_introduces_oneself_with_the_spoken_article(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kevin Ruoff vom Jugendgemeinderat hat eine Petition gemacht.",
         "Der [NAME] vom Jugendgemeinderat hat eine Petition gemacht."),
        ("Frau Sonntag vom Jobcenter hat mir erklärt, dass der Antrag fehlt.",
         "Frau [NAME] vom Jobcenter hat mir erklärt, dass der Antrag fehlt."),
        ("Herr Freitag hat angerufen.", "Herr [NAME] hat angerufen."),
        ("der jürgen vom sportverein, nachname maichle, hat gesagt",
         "der [NAME] vom sportverein, nachname [NAME], hat gesagt"),
        # a product, one's wife on a Sunday, a fairy tale, a missing field stay
        ("Die Luca App vom Gesundheitsamt war ein Reinfall.",
         "Die Luca App vom Gesundheitsamt war ein Reinfall."),
        ("meine Frau Sonntag früh angerufen", "meine Frau Sonntag früh angerufen"),
        ("Frau Holle schüttelt die Betten.", "Frau Holle schüttelt die Betten."),
        ("der nachname fehlt.", "der nachname fehlt."),
    ],
)
def test_names_after_an_article_a_title_or_a_lower_case_label(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meldet euch!\n– Kübler, Berkheim", "Meldet euch!\n– [NAME], Berkheim"),
        ("Zuschuss bitte auf mein Konto.\nHeiner, Spenglerei",
         "Zuschuss bitte auf mein Konto.\n[NAME], Spenglerei"),
        ("Unsere Sekretärin, Frau von Au, tippt alles.",
         "Unsere Sekretärin, Frau [NAME], tippt alles."),
        # closing words, roles, offices and a list's last item stay
        ("Danke!\n-- Ende", "Danke!\n-- Ende"),
        ("Das war es.\n– Fazit: gut", "Das war es.\n– Fazit: gut"),
        ("Bitte mehr Bänke.\n– Anwohner", "Bitte mehr Bänke.\n– Anwohner"),
        ("Das war es.\n– Stadtverwaltung", "Das war es.\n– Stadtverwaltung"),
        ("Ampeln, breitere Gehwege - Radweg", "Ampeln, breitere Gehwege - Radweg"),
        ("Herr von Amts wegen kam.", "Herr von Amts wegen kam."),
    ],
)
def test_a_surname_signing_the_last_line_after_a_dash_and_a_short_particle_name(text, expected):
    assert redact_text(text) == expected


def test_oneself_in_a_role_a_district_has_one_of():
    assert redact_text("Ich war 25 Jahre die Gemeindeschwester in Sirnau.") == (
        "Ich war 25 Jahre [PERSON-BESCHREIBUNG]."
    )
    assert redact_text("Ich war beim Hausarzt in Liebersbronn.") == (
        "Ich war beim Hausarzt in Liebersbronn."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Mucki (unser Vereinskassier) fragt.", "Der [NAME] (unser Vereinskassier) fragt."),
        ("Der Jockele (mein Enkel) fährt mit der S1.", "Der [NAME] (mein Enkel) fährt mit der S1."),
        ("Mein Schwager, der Biber vom Fußballverein (eigentlich Bernd Schmid), hilft.",
         "Mein Schwager, der [NAME] vom Fußballverein (eigentlich [NAME]), hilft."),
        ("Der Opa (mein Vater) hat angerufen.", "Der Opa (mein Vater) hat angerufen."),
        ("Der Verein (unser Stolz) feiert.", "Der Verein (unser Stolz) feiert."),
        ("Der Bus (mein Schulbus) kam nicht.", "Der Bus (mein Schulbus) kam nicht."),
        ("Die Stadt (eigentlich die Verwaltung) ist schuld.",
         "Die Stadt (eigentlich die Verwaltung) ist schuld."),
        ("Hochachtungsvoll, der Antragsteller (ihr Ehemann)",
         "Hochachtungsvoll, der Antragsteller (ihr Ehemann)"),
    ],
)
def test_a_nickname_before_brackets_telling_who_it_is(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antragsnummer bei mir KS-PV-0219, seit 5 Monaten",
         "Antragsnummer bei mir [ID], seit 5 Monaten"),
        ("z.B. Kundennummer Jobcenter 831D412345, per E-Mail.",
         "z.B. Kundennummer Jobcenter [ID], per E-Mail."),
        ("Die Antragsnummer hatte 2024 immer 4 Ziffern.",
         "Die Antragsnummer hatte 2024 immer 4 Ziffern."),
    ],
)
def test_a_code_with_letter_groups_or_a_letter_inside_after_its_cue(text, expected):
    assert redact_text(text) == expected


# ---- a user+attacker review of the session's changes: ordinary text that must stay


@pytest.mark.parametrize(
    "text",
    [
        "Die Schlossberg-Treppe – so nennen alle den Aufgang – ist kaputt.",
        "Das Nadelöhr (so nennen wir den Engpass an der Brücke) ist gefährlich.",
        "Der Alptraum, so nennen die Eltern den Schulweg, muss sicherer werden.",
        "Wunderland – so heißt unser Verein – sucht Helfer.",
        "Zukunftswerkstatt (so heißt der Workshop) war gut.",
        "Die Rakete, so nennen meine Kinder die Rutsche, ist kaputt.",
        "Die App, so nennt sie mein Sohn, ist ein Witz.",
        "Die Bürger-App, so nennen sie alle, ist gut.",
        "Alle sagen Du zu mir, das ist okay.",
        "Die Jugendlichen sagen Alter zu mir.",
        "Oma nennen mich alle, auch die Nachbarskinder.",
        "Mein Spitzname ist Programm.",
        "Grüße, dr Kassier",
        "LG aus Zell, Tschüss 😊",
        "LG aus Zell, Ciao 👋",
        "Die Brezele vom Beck sind zu teuer.",
        "Der Kärrele vom Wochenmarkt steht im Weg.",
        "Termine N.V.",
        "M. W. gibt es dafür keine Förderung.",
        "Befund: O. B.",
        "N. N. (noch offen) übernimmt die Moderation.",
        "Meine Mutter ist Mitglied in der K.F.D. und im VdK.",
        "Die Abkürzung S. P. Q. R. steht auf dem Brunnen.",
        "Kategorien: A. B. C. D.",
        "Fragen A. B. und C. waren unklar.",
        "Bauabschnitt B. C. wird später gebaut.",
        "Do isch dr Ernst vom Lebe, gell.",
        "Die Frau Sonntag abends im Bus war sehr laut.",
        "Die Kiste (eigentlich ein Router) blinkt rot.",
    ],
)
def test_review_look_alikes_stay(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ansprechpartnerin ist U. S. vom Jugendamt.",
         "Ansprechpartnerin ist [NAME] vom Jugendamt."),
        ("mit E. K. und E. V. gesprochen", "mit [NAME] und E. V. gesprochen"),
        ("Gruß, dr Ümit", "Gruß, dr [NAME]"),
        ("Wir brauchen Elternbriefe.\nLG aus Wäldenbronn, Melli 🙂",
         "Wir brauchen Elternbriefe.\nLG aus Wäldenbronn, [NAME] 🙂"),
        ("Wir wohnen im Haus hinter der Tankstelle in Sirnau, mit dem Bus 40 Minuten in die "
         "Stadt.", "Wir wohnen [ADRESSE], mit dem Bus 40 Minuten in die Stadt."),
    ],
)
def test_review_cases_after_the_fixes(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alle nennen mich Stummel, seit dem Unfall.", "Alle nennen mich [NAME], seit dem Unfall."),
        ("Im Verein heiß ich nur 'Kante'.", "Im Verein heiß ich nur '[NAME]'."),
        ("Alle nennen mich Oma.", "Alle nennen mich Oma."),
        ("Meine Kollegen nennen mich Chef.", "Meine Kollegen nennen mich Chef."),
        ("Sie nennen mich faul.", "Sie nennen mich faul."),
        ("Ich heiße Sie herzlich willkommen.", "Ich heiße Sie herzlich willkommen."),
        ("Das heiß ich gut.", "Das heiß ich gut."),
    ],
)
def test_a_name_one_is_called_by_after_nennen_mich_or_heiss_ich(text, expected):
    assert redact_text(text) == expected
