"""Session 30: roles at work as persons, plates read as years, double names, bare web sites."""

import pytest

from esslingen_lab.privacy import redact_text

CASES = [
    # a waitress, a trainee, an employee after a possessive is one person: her health goes
    (
        "Unsere Kellnerin Aleyna hat Epilepsie und darf nicht Auto fahren.",
        "Unsere Kellnerin [GESUNDHEIT].",
    ),
    (
        "Unsere Auszubildende hat eine Lese-Rechtschreib-Schwäche, und die Anmeldung ist schwer.",
        "Unsere Auszubildende [GESUNDHEIT], und die Anmeldung ist schwer.",
    ),
    # … but before a capitalised word they name a trade, no one
    ("Beruf: Angestellte Einzelhandel", "Beruf: Angestellte Einzelhandel"),
    ("Aushilfe Gastronomie, 22, ohne Auto.", "Aushilfe Gastronomie, 22, ohne Auto."),
    (
        "Die Angestellten im Bürgeramt waren freundlich.",
        "Die Angestellten im Bürgeramt waren freundlich.",
    ),
    # a plural of a listed term
    (
        "Meine Mutter ist nach zwei Herzinfarkten nicht mehr so mobil.",
        "[GESUNDHEIT].",
    ),
    ("Mein Vater hatte schon drei Schlaganfälle.", "[GESUNDHEIT]."),
    ("Herzinfarkte nehmen bei Jüngeren zu.", "Herzinfarkte nehmen bei Jüngeren zu."),
    # a surname the dictionary also holds stays in the name before a colon; a field stays out
    (
        "Ich hab nur die von Sabine Ruoff: null sieben eins eins",
        "Ich hab nur die von [NAME]: null sieben eins eins",
    ),
    ("Sabine Telefon: 0711 123456", "[NAME] Telefon: [TELEFON]"),
    ("BITTE AN HANS WEITERLEITEN: DER LINK", "BITTE AN [NAME] WEITERLEITEN: DER LINK"),
    # a plate's letters are no "Jg."; a Swabian year in words is
    (
        "Mir wurde für ES-JG 1905 ein Knöllchen gegeben.",
        "Mir wurde für [KFZ] ein Knöllchen gegeben.",
    ),
    (
        "i bin dr Ernst Winter, Johrgang sechzge. Für mi isch des nix.",
        "i bin dr [NAME], [DATUM]. Für mi isch des nix.",
    ),
    ("Ich bin Jg. 58 und finde das gut.", "Ich bin [DATUM] und finde das gut."),
    # which bell, not whose
    ("Die Klingel Nr. 3 geht nicht.", "Die Klingel Nr. 3 geht nicht."),
    ("Die Klingel oben ist kaputt.", "Die Klingel oben ist kaputt."),
    ("im Dachgeschoss, Klingel Schneider", "im Dachgeschoss, Klingel [NAME]"),
    # one's own street with its number in brackets
    (
        "Unsere Straße (Talstr. 104a) hat seit Wochen eine kaputte Laterne.",
        "Unsere Straße ([ADRESSE]) hat seit Wochen eine kaputte Laterne.",
    ),
    ("Unsere Straße Am Kennenburger Hof ist dunkel.", "Unsere Straße [ADRESSE] ist dunkel."),
    # a double name whose second part opens with a particle
    (
        "gez. Johanna Kühnle-de Vries, Sprecherin der Bürgerinitiative",
        "gez. [NAME], Sprecherin der Bürgerinitiative",
    ),
    (
        "Halterin Angelika Storz-von Bülow. Online ging es nicht.",
        "Halterin [NAME]. Online ging es nicht.",
    ),
    # first names of the town's communities the gazetteer misses
    (
        "meine nachbarin dilek yavuz hat das gleiche problem",
        "meine nachbarin [NAME] hat das gleiche problem",
    ),
    ("Danke!! Dilek", "Danke!! [NAME]"),
    # someone's own site without "www.": theirs too, a blog by its verb; the town's stays
    ("Infos auf seiner Seite kostas-nachhilfe.de", "Infos auf seiner Seite [URL]"),
    (
        "Mehr gibt es auf seinem Weinblog ecki-weinbau.de zu lesen.",
        "Mehr gibt es auf seinem Weinblog [URL] zu lesen.",
    ),
    ("Ich blogge unter datenneckar.de über Open Data.", "Ich blogge unter [URL] über Open Data."),
    ("Ihre Website: frida-tauscht.de – vorgestellt", "Ihre Website: [URL] – vorgestellt"),
    ("Ihre Seite esslingen.de ist langsam.", "Ihre Seite esslingen.de ist langsam."),
    ("Seine Seite bei amazon.de ist gut", "Seine Seite bei amazon.de ist gut"),
    # a file's number of digit groups after "mit der Nummer"; a year range and a phone stay so
    (
        "Ich habe den Abholschein mit der Nummer 2025-0098-7731 bekommen.",
        "Ich habe den Abholschein mit der Nummer [ID] bekommen.",
    ),
    ("Das gilt mit der Nummer 2025-2026 weiter.", "Das gilt mit der Nummer 2025-2026 weiter."),
    ("unter der Nummer 0711-1234567 anrufen", "unter der Nummer [TELEFON] anrufen"),
    (
        "Mein Name ist Anna, Aktenzeichen bei Ihnen 301-ABH-77812. Bitte melden.",
        "Mein Name ist [NAME], Aktenzeichen bei Ihnen [ID]. Bitte melden.",
    ),
    # a second child's or partner's year, a couple's years, one's cohort
    (
        "Meine Kinder (geb. 2014 und 2016) nutzen das Freibad-Ticket online.",
        "Meine Kinder ([DATUM]) nutzen das Freibad-Ticket online.",
    ),
    (
        "Wir sind ein Ehepaar, Jahrgänge 1947 und 1950, und würden gern mitmachen.",
        "Wir sind ein Ehepaar, [DATUM], und würden gern mitmachen.",
    ),
    (
        "Die Jahrgänge 2010 und 2011 der Realschule fahren mit.",
        "Die Jahrgänge 2010 und 2011 der Realschule fahren mit.",
    ),
    ("Ich als 1958er (ja, Boomer) finde das gut.", "Ich als [DATUM] (ja, Boomer) finde das gut."),
    ("Ich bin ein 80er-Jahre-Fan.", "Ich bin ein 80er-Jahre-Fan."),
    ("Ich als 80er Kind kenne das.", "Ich als 80er Kind kenne das."),
    # a chat's @-mention of one person; a group, an office, a relative stay
    (
        "@Melis kannst du ihm das Heft mitbringen?",
        "@[NAME] kannst du ihm das Heft mitbringen?",
    ),
    ("@Papazoglou: kannst du das mitbringen?", "@[NAME]: kannst du das mitbringen?"),
    ("@Förster: Baum umgefallen", "@Förster: Baum umgefallen"),
    ("@Albverein: wann ist die Wanderung", "@Albverein: wann ist die Wanderung"),
    ("@Alle bitte bis Freitag.", "@Alle bitte bis Freitag."),
    ("@Elternbeirat: wann ist das Treffen?", "@Elternbeirat: wann ist das Treffen?"),
    ("@Stadt-Team: der Zugang geht nicht.", "@Stadt-Team: der Zugang geht nicht."),
    ("@Oma kommst du?", "@Oma kommst du?"),
    # a couple signing with initials
    ('"Der Bus ist weg" – R. u. M. Teufel', '"Der Bus ist weg" – [NAME]'),
    ("Teil A. und Frau Weiß kam.", "Teil A. und Frau [NAME] kam."),
    # a family by its surname in the plural; plurals of nouns and genitives stay
    ("Die Müllers von nebenan helfen.", "Die [NAME] von nebenan helfen."),
    ("wir waren bei Maiers zum Essen", "wir waren bei [NAME] zum Essen"),
    ("Die Schmidts sind nett.", "Die [NAME] sind nett."),
    ("Die Parks sind schön.", "Die Parks sind schön."),
    ("Die Jungs vom Fußballverein spielen.", "Die Jungs vom Fußballverein spielen."),
    ("Wie zu Schillers Zeiten.", "Wie zu Schillers Zeiten."),
    ("Die Autos parken.", "Die Autos parken."),
    # a role a school has one of, at a school named after someone; a teacher is one of many
    (
        "Die Schulsozialarbeiterin am Schelztor-Gymnasium ist seit Monaten krank.",
        # session 53: and her illness (the learned health step, as the labelled sets hold it)
        "[PERSON-BESCHREIBUNG] [GESUNDHEIT].",
    ),
    (
        "Die Lehrerin am Schelztor-Gymnasium ist krank.",
        "Die Lehrerin am Schelztor-Gymnasium ist krank.",
    ),
    # a neighbour who is the only one of a kind
    (
        "Der Nachbar mit dem roten Tesla, der als Einziger in der Webergasse ein E-Auto hat, lädt.",
        "[PERSON-BESCHREIBUNG], lädt.",
    ),
    (
        "Der Nachbar, der immer in der Webergasse sein E-Auto lädt, ist nett.",
        "Der Nachbar, der immer in der Webergasse sein E-Auto lädt, ist nett.",
    ),
    # homes: "zu uns, ins …", Swabian "isch", "das ist …" after one's own dwelling was named
    (
        "Mein Sohn läuft bis zu uns, ins letzte Haus am Waldrand hinter dem Sportplatz in Zell.",
        "Mein Sohn läuft bis zu uns, [ADRESSE].",
    ),
    (
        "Kommt gern zu uns ins Bürgerbüro am Marktplatz neben der Kirche.",
        "Kommt gern zu uns ins Bürgerbüro am Marktplatz neben der Kirche.",
    ),
    (
        "Unser Hof isch der oberste am Ailenberg, direkt unter dem Aussichtspunkt mit dem Bänkle.",
        "Unser Hof isch [ADRESSE].",
    ),
    (
        "Do wohnt dr Opa im Sommer. Des isch des rote Häusle ganz obe am Staffelweg, mit dem "
        "Bienestock davor.",
        "Do wohnt dr Opa im Sommer. Des isch [ADRESSE].",
    ),
    (
        "Das ist der letzte Bus am Abend nach Zell über den Berg.",
        "Das ist der letzte Bus am Abend nach Zell über den Berg.",
    ),
    (
        "Die Schule ist alt. Das ist das letzte Gebäude am Markt neben der Kirche.",
        "Die Schule ist alt. Das ist das letzte Gebäude am Markt neben der Kirche.",
    ),
    (
        "Abholung bei mir, das Reihenendhaus am Ende vom Fußweg hinter der Kirche in Sirnau.",
        "Abholung bei mir, [ADRESSE].",
    ),
    # the nickname before where the person works, not the workplace; a greeting's own nickname
    (
        "Der Ötzi vom Bauhof (so nennen wir ihn halt) sagt, die Tablets sind noch im Karton.",
        "Der [NAME] vom Bauhof (so nennen wir ihn halt) sagt, die Tablets sind noch im Karton.",
    ),
    (
        "Grüße vom Mucki (so nennen mich alle im Turnverein).",
        "Grüße vom [NAME] (so nennen mich alle im Turnverein).",
    ),
    (
        "Das Nadelöhr vom Bahnhof (so nennen wir den Engpass) ist schlimm.",
        "Das Nadelöhr vom Bahnhof (so nennen wir den Engpass) ist schlimm.",
    ),
    # IT and club roles as person words
    (
        "Die Techniker Krankenkasse hat eine Geschäftsstelle.",
        "Die Techniker Krankenkasse hat eine Geschäftsstelle.",
    ),
    (
        "Bitte keine Post mehr an unseren alten Kassier Fuchs schicken.",
        "Bitte keine Post mehr an unseren alten Kassier [NAME] schicken.",
    ),
    ("Die Techniker vom Amt kamen.", "Die Techniker vom Amt kamen."),
    # homes: a shared flat, a house one owns, an uninflected colour, a semi-detached half
    (
        "Unsere WG ist im alten Bauernhaus am Ende der Sackgasse in Krummenacker, das mit dem "
        "Storchennest — und das Kabel endet.",
        "Unsere WG ist [ADRESSE] — und das Kabel endet.",
    ),
    (
        "Uns gehört das alte Fachwerkhaus direkt hinter der Frauenkirche, das mit den grünen "
        "Fensterläden. Wir brauchen Hilfe.",
        "Uns gehört [ADRESSE]. Wir brauchen Hilfe.",
    ),
    (
        "Mir gehört das Auto am Straßenrand hinter der Kirche.",
        "Mir gehört das Auto am Straßenrand hinter der Kirche.",
    ),
    (
        "Wir wohnen direkt über der Backstube, das ist das rosa Haus an der Ecke beim "
        "Wäldenbronner Friedhof. Danke.",
        "Wir wohnen direkt über der Backstube, das ist [ADRESSE]. Danke.",
    ),
    (
        "Die Bescheide kommen nie an, wir sind die Doppelhaushälfte rechts neben dem Spielplatz "
        "in Kennenburg.",
        "Die Bescheide kommen nie an, wir sind [ADRESSE].",
    ),
    # a district's own role, by compound ("Bezirks-") and "für"
    (
        "Unser Bezirksschornsteinfeger für Wäldenbronn schickt die Bescheide.",
        "[PERSON-BESCHREIBUNG] schickt die Bescheide.",
    ),
    ("Die Schornsteinfeger in Sirnau kamen.", "Die Schornsteinfeger in Sirnau kamen."),
    # numbers: a VAT number, a phone after its label letter, a serial after a spaced slash, a
    # list of birth years, one's cohort at a sentence's start
    (
        "Umsatzsteuer-ID DE 318 442 907 musste ich angeben.",
        "Umsatzsteuer-ID [ID] musste ich angeben.",
    ),
    ("USt-ID: DE284119530", "USt-ID: [ID]"),
    (
        "Büro Aydın Architektur / T 0711 40 55 37-12 / M 0172 918 44 03",
        "Büro [NAME] Architektur / T [TELEFON] / M [TELEFON]",
    ),
    ("Mitarbeiternummer MA 10234 bitte.", "Mitarbeiternummer [ID] bitte."),
    (
        "Meine Wohngeld-Antragsnummer lautet WG 2025 / 3381 – im Portal steht nichts.",
        "Meine Wohngeld-Antragsnummer lautet [ID] – im Portal steht nichts.",
    ),
    ("Kundennummer 123456 / 12 Monate Laufzeit", "Kundennummer [ID] / 12 Monate Laufzeit"),
    (
        "Wir sind drei Gründer (Jg. 97, 98 und 01) und suchen Fläche.",
        "Wir sind drei Gründer ([DATUM]) und suchen Fläche.",
    ),
    ("Ich bin Jg. 58, 3 Kinder.", "Ich bin [DATUM], 3 Kinder."),
    (
        "als 2006er hab ich null bock aufs amt zu gehen",
        "als [DATUM] hab ich null bock aufs amt zu gehen",
    ),
    (
        "Die Stadt, als 2025er Projekt gedacht, ist gut.",
        "Die Stadt, als 2025er Projekt gedacht, ist gut.",
    ),
    # look-alikes found in review
    ("Thomas Nachtrag: die Busse fahren wieder.", "[NAME] Nachtrag: die Busse fahren wieder."),
    ("Klaus Stellungnahme: Der Radweg ist schmal.", "[NAME] Stellungnahme: Der Radweg ist schmal."),
    ("Jahrgang 1950, 80 qm Wohnung, kein Aufzug.", "[DATUM], 80 qm Wohnung, kein Aufzug."),
    ("JG. 97, 98 UND 01 SIND WIR", "[DATUM] SIND WIR"),
    (
        "Sehr geehrte Damen und Herren, auf Ihrer Webseite buergerservice-online.de fehlt das.",
        "Sehr geehrte Damen und Herren, auf Ihrer Webseite buergerservice-online.de fehlt das.",
    ),
    (
        "Die Schulanfänger (Jahrgänge 2019 und 2020) brauchen Plätze.",
        "Die Schulanfänger (Jahrgänge 2019 und 2020) brauchen Plätze.",
    ),
    (
        "Herr Bernhardt kam. Die Straße in St. Bernhardt ist kaputt.",
        "Herr [NAME] kam. Die Straße in St. Bernhardt ist kaputt.",
    ),
    (
        "Der Turm aus der Altstadt (so nennen wir ihn) ist alt.",
        "Der Turm aus der Altstadt (so nennen wir ihn) ist alt.",
    ),
    (
        "Im Pflegeheim leben 80 Menschen, das ist das größte Haus am Ort.",
        "Im Pflegeheim leben 80 Menschen, das ist das größte Haus am Ort.",
    ),
    (
        "Ich als 49er-Ticket-Nutzer finde die Preiserhöhung unfair.",
        "Ich als 49er-Ticket-Nutzer finde die Preiserhöhung unfair.",
    ),
    ("Ich bin a 20er Zone Fan.", "Ich bin a 20er Zone Fan."),
    (
        "Die VHS hat auf ihrer Seite vhs-esslingen.de die Kurse.",
        "Die VHS hat auf ihrer Seite vhs-esslingen.de die Kurse.",
    ),
    ("@Hermes wo bleibt mein Paket", "@Hermes wo bleibt mein Paket"),
    ("@Plochingen, was ist los", "@Plochingen, was ist los"),
    ("@Melis Danke für die Info!", "@[NAME] Danke für die Info!"),
    ("Danke @Melis!", "Danke @[NAME]!"),
    (
        "Das Programm mit der Nummer 2021-2022-2023 gibt es nicht mehr.",
        "Das Programm mit der Nummer 2021-2022-2023 gibt es nicht mehr.",
    ),
    (
        "Das Formular mit der Nummer 2024-03-15 ist veraltet.",
        "Das Formular mit der Nummer 2024-03-15 ist veraltet.",
    ),
    (
        "Das Buch mit der Nummer 978-3-16-148410-0 fehlt.",
        "Das Buch mit der Nummer 978-3-16-148410-0 fehlt.",
    ),
    (
        "Rufnummern: 1-0176 22334455 (mobil), 2-0711 390612 (Festnetz)",
        "Rufnummern: 1-[TELEFON] (mobil), 2-[TELEFON] (Festnetz)",
    ),
    ("Unsere Straße (Talstr. 104A) ist dunkel.", "Unsere Straße ([ADRESSE]) ist dunkel."),
    ("Im Türkischen heißt Eylül September.", "Im Türkischen heißt Eylül September."),
    # a name found after a title or a person word is found again where the answer repeats it;
    # firms, famous people, places, brands before their thing and words of the language stay
    ("Der Manni wohnt hier, mein Nachbar Manni.", "Der [NAME] wohnt hier, mein Nachbar [NAME]."),
    ("HERR PFLEIDERER IST DA. PFLEIDERER FRAGT NACH.", "HERR [NAME] IST DA. [NAME] FRAGT NACH."),
    (
        "Herr Papazoglou ruft an. Papazoglou sagt, das Taxi Papazoglou wartet.",
        "Herr [NAME] ruft an. [NAME] sagt, das Taxi Papazoglou wartet.",
    ),
    (
        "Herr Esslinger war freundlich. Die Esslinger Zeitung hat berichtet.",
        "Herr [NAME] war freundlich. Die Esslinger Zeitung hat berichtet.",
    ),
    (
        "Herr Rossmann war da. Rossmann in der Bahnhofstraße hat jetzt zu.",
        "Herr [NAME] war da. Rossmann in der Bahnhofstraße hat jetzt zu.",
    ),
    (
        "Herr Neff war da. Der neue Neff Backofen ist gut.",
        "Herr [NAME] war da. Der neue Neff Backofen ist gut.",
    ),
    (
        "Herr Eberspächer kam. Mein Sohn arbeitet bei Eberspächer.",
        "Herr [NAME] kam. Mein Sohn arbeitet bei Eberspächer.",
    ),
    (
        "Frau Berkheim war am Telefon. Berkheim hat keinen Bäcker mehr.",
        "Frau [NAME] war am Telefon. Berkheim hat keinen Bäcker mehr.",
    ),
    ("Frau Vogel war da. Ein Vogel auf dem Logo.", "Frau [NAME] war da. Ein Vogel auf dem Logo."),
    # a couple's initials and their surname, whatever the surname
    ("Gruß R. u. M. Teufel aus Zell", "Gruß [NAME] aus Zell"),
    (
        "R. u. M. Teufel schreiben im Namen der Hausgemeinschaft.",
        "[NAME] schreiben im Namen der Hausgemeinschaft.",
    ),
    ("siehe Abschnitt A. und B. Hinweise", "siehe Abschnitt A. und B. Hinweise"),
    # health terms: blindness come on, a spastic paralysis of four limbs, a two-part compound
    ("Meine Nachbarin kann seit ihrer Erblindung nichts lesen.", "[GESUNDHEIT]."),
    ("Mein Vater hat eine Tetraspastik.", "[GESUNDHEIT]."),
    ("Mein Sohn hat eine Sprachentwicklungsstörung.", "[GESUNDHEIT]."),
    ("Die Netzwerkstörung im Rathaus nervt.", "Die Netzwerkstörung im Rathaus nervt."),
    ("Mein Kind hat Sprachprobleme.", "Mein Kind hat Sprachprobleme."),
    # a lower-case word closing a signed line after a first name is the surname
    ("Danke.\n– gerda feuchter", "Danke.\n– [NAME]"),
    ("lg anna feuchter", "lg [NAME]"),
    ("– anna hat recht", "– [NAME] hat recht"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_session_30_cases(text, expected):
    assert redact_text(text) == expected
