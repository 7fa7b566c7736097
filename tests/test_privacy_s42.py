"""Session 42: what the sets of session 41 still let through, and two false alarms."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nickname in bare brackets or in quotes between first name and surname
        (
            "Wer mich erreichen will: Herbert (Herbie) Kuttler, herbie@example.org",
            "Wer mich erreichen will: [NAME] ([NAME]) [NAME], [EMAIL]",
        ),
        ("Unterzeichnet: Gisela „Gisi“ Rapp", "Unterzeichnet: [NAME]"),
        # … a role in bare brackets stays, the surname goes
        ("Anna (Kassiererin) Weber kommt.", "[NAME] (Kassiererin) [NAME] kommt."),
        ("Maria (Kita) Bescheid geben", "Maria (Kita) Bescheid geben"),
        ("Stadtfest (Sommer) Programm", "Stadtfest (Sommer) Programm"),
        # a district before a naming clause is no nickname
        (
            "Hi, bin die Maus aus dem Jugendhaus Mettingen (so nennen mich alle).",
            "Hi, bin die Maus aus dem Jugendhaus Mettingen (so nennen mich alle).",
        ),
        ("Grüße vom Mucki (so nennen mich alle im Turnverein)",
         "Grüße vom [NAME] (so nennen mich alle im Turnverein)"),
        # e-mail addresses dictated with "t minus online", or in Spanish
        (
            "meine mail ist renate punkt schaal at t minus online punkt de, danke",
            "meine mail ist [EMAIL], danke",
        ),
        ("Adresse gerd punkt alber bei t minus online punkt de", "Adresse [EMAIL]"),
        (
            "Please answer to lucia punto fernandez arroba gmail punto com. Gracias",
            "Please answer to [EMAIL]. Gracias",
        ),
        ("der Preis ist 5 minus 3 punkt", "der Preis ist 5 minus 3 punkt"),
        # "amt" inside a person's handle; an office's handle stays
        ("Meine Handles: @jana_im_amt (X), @jana.es (threads).",
         "Meine Handles: [URL] (X), [URL] (threads)."),
        ("folgt @amt_fuer_soziales und @bauamt_es", "folgt @amt_fuer_soziales und @bauamt_es"),
        ("@esslingen_amt hat geantwortet, @team_amt nicht",
         "@esslingen_amt hat geantwortet, @team_amt nicht"),
        # file numbers with an umlaut, an appointment's number
        ("Antrag Nr. FÖ-2025-1187 liegt bei der Stadt.", "Antrag Nr. [ID] liegt bei der Stadt."),
        ("Terminnummer 1 war um 7:30 Uhr schon vergeben",
         "Terminnummer 1 war um 7:30 Uhr schon vergeben"),
        ("Wartenummer B217", "Wartenummer B217"),
        # a phone number read out without its leading zero, a phone's word near it
        (
            "Wer mich erreichen will: eins fünf sieben, dann 33 40 81 zwo neun (mit null "
            "vorne halt).",
            "Wer mich erreichen will: [TELEFON] (mit null vorne halt).",
        ),
        (
            "Er ist unter sieben eins eins, drei acht, vier zwei, neun null erreichbar, "
            "Vorwahl die von Esslingen.",
            "Er ist unter [TELEFON] erreichbar, Vorwahl die von Esslingen.",
        ),
        ("Rufet mi halt a, nulla siebe oins oins, drei vier fünf, sechs siebe acht. Gruß",
         "Rufet mi halt a, [TELEFON]. Gruß"),
        # … a count stays
        (
            "Wir haben eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun Kinder gezählt.",
            "Wir haben eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun Kinder gezählt.",
        ),
        # a lower-case surname after a greeting later on the same line
        (
            "kann man das online anfechten? die seite hängt. gruß nadine schick",
            "kann man das online anfechten? die seite hängt. gruß [NAME]",
        ),
        # a Dutch surname in lower case is a Dutch word
        (
            "meine daten: lukas van der meer, geb. 01.02.1990",
            "meine daten: [NAME], geb. [DATUM]",
        ),
        ("ich (jana ter haar, geb 01.02.1990) möchte", "ich ([NAME], geb [DATUM]) möchte"),
        ("grüße, stefan van den berg", "grüße, [NAME]"),
        # the word after a person's word for a name
        ("ich will meinen Namen Baumann zurück", "ich will meinen Namen [NAME] zurück"),
        ("In der App steht noch ihr alter Name Bauer. Wo",
         "In der App steht noch ihr alter Name [NAME]. Wo"),
        ("Hallo ich heiße Bogdan, mein Nachname POPESCU. Ich",
         "Hallo ich heiße [NAME], mein Nachname [NAME]. Ich"),
        ("Halter mit dem Namen 'Harry Potter' gefunden",
         "Halter mit dem Namen 'Harry Potter' gefunden"),
        ("unter dem Namen Bürgerbüro", "unter dem Namen Bürgerbüro"),
        ("jetzt will se ihren alte Name zrück.", "jetzt will se ihren alte Name zrück."),
        # a family's name after "wir heißen"; the name one had before
        ("Wir heißen übrigens Nikolaidis.", "Wir heißen übrigens [NAME]."),
        ("Wir heißen Sie herzlich willkommen.", "Wir heißen Sie herzlich willkommen."),
        ("Wir heißen alle Neuen willkommen.", "Wir heißen alle Neuen willkommen."),
        ("Nach der Hochzeit heiße ich jetzt Weber statt Aksoy.",
         "Nach der Hochzeit heiße ich jetzt [NAME] statt [NAME]."),
        ("Ich heiße Weber, nicht Rose wie die Blume.",
         "Ich heiße [NAME], nicht Rose wie die Blume."),
        ("Das heißt jetzt Bürgerbüro statt Bürgeramt.",
         "Das heißt jetzt Bürgerbüro statt Bürgeramt."),
        # homes after a past residence, one's own dwelling told by its place, a family's
        (
            "Ich war im Mai da, wohnte damals im Studentenwohnheim am Campus Flandernstraße, "
            "Zimmer 412. Die Bescheinigung ging dorthin.",
            "Ich war im Mai da, wohnte damals [ADRESSE]. Die Bescheinigung ging dorthin.",
        ),
        (
            "mein haus ist das gelbe am ende der sackgasse in rüdern, falls wer vorbeikommt",
            "mein haus ist [ADRESSE], falls wer vorbeikommt",
        ),
        (
            "Unsere Wohnung ist die über dem Friseur am Kreisverkehr in Berkheim, Klingel ganz "
            "oben. Der Briefträger findet uns.",
            "Unsere Wohnung ist [ADRESSE]. Der Briefträger findet uns.",
        ),
        (
            "die urkunde ging an meine adresse im gärtnerhaus beim alten schloss in weil, neben "
            "dem hühnerstall. ruft an",
            "die urkunde ging an meine adresse [ADRESSE]. ruft an",
        ),
        ("Unser Haus ist das schönste in der Straße.",
         "Unser Haus ist das schönste in der Straße."),
        ("Unsere Wohnung ist die günstigste im Viertel.",
         "Unsere Wohnung ist die günstigste im Viertel."),
        ("Wir sind die Familie aus der Ukraine.", "Wir sind die Familie aus der Ukraine."),
        ("Bitte an meine Adresse im Neubaugebiet schicken.",
         "Bitte an meine Adresse im Neubaugebiet schicken."),
        # "St." ends no home in words; nicknames said to be one
        (
            "Wir sind das Haus mit dem gelben Tor gegenüber der Kirche in St. Bernhardt. Der "
            "Müllwagen fährt vorbei.",
            "Wir sind [ADRESSE]. Der Müllwagen fährt vorbei.",
        ),
        (
            "Unser Sachbearbeiter, Herr Maier (der „Fröhle“, wie ihn alle nennen), hat bewilligt.",
            "Unser Sachbearbeiter, Herr [NAME] (der „[NAME]“, wie ihn alle nennen), hat bewilligt.",
        ),
        (
            "Dank an den Tagesvater Jörg Wahl, genannt „Bärchen“, der seit 20 Jahren betreut.",
            "Dank an den Tagesvater [NAME], genannt „[NAME]“, der seit 20 Jahren betreut.",
        ),
        ("Der Bürgerkoffer, wie ihn alle nennen, ist weg.",
         "Der Bürgerkoffer, wie ihn alle nennen, ist weg."),
        ("Das Projekt, genannt „Leuchtturm“, startet.",
         "Das Projekt, genannt „Leuchtturm“, startet."),
        # health: one's own grandparent with the article, missing terms, where one lay ill
        ("Die Oma ist herzkrank und kann nicht fliegen.", "[GESUNDHEIT] und kann nicht fliegen."),
        ("Eine Oma hat Demenz.", "Eine Oma hat Demenz."),
        ("Für die Oma ist das schwer.", "Für die Oma ist das schwer."),
        ("Mein Sohn hat einen Leistenbruch.", "[GESUNDHEIT]."),
        ("weil unsere Tochter mit Gelbsucht in der Kinderklinik lag.", "weil [GESUNDHEIT]."),
        # the only one in the dative or accusative
        ("Ich muss zu der einzigen Sachbearbeiterin, die Türkisch spricht. Das ist peinlich.",
         "Ich muss zu [PERSON-BESCHREIBUNG]. Das ist peinlich."),
        ("Die Meinung der einzigen Experten, die da waren, zählte.",
         "Die Meinung der einzigen Experten, die da waren, zählte."),
        ("Das ist eine der einzigen Möglichkeiten, die wir haben.",
         "Das ist eine der einzigen Möglichkeiten, die wir haben."),
        # a nickname before brackets with its bearer's name or a naming cue
        ("unser trainer, der wolle (Wolfgang Maier), sagt",
         "unser trainer, der [NAME] ([NAME]), sagt"),
        ("mein kumpel der locke (heißt eigentlich Jonas) hat",
         "mein kumpel der [NAME] (heißt eigentlich [NAME]) hat"),
        ("Der Blacky (eig. heißt er anders lol) hat", "Der [NAME] (eig. heißt er anders lol) hat"),
        ("Der Hausmeister (Herr Maier) kam.", "Der Hausmeister (Herr [NAME]) kam."),
        ("Der Vertrag (12.03.2005) gilt.", "Der Vertrag (12.03.2005) gilt."),
        # a surname that is a word, opening a sentence before one's office and a verb
        ("Braun aus der Buchhaltung hat die Grundsteuer falsch berechnet.",
         "[NAME] aus der Buchhaltung hat die Grundsteuer falsch berechnet."),
        ("Post aus der Zentrale ist nie angekommen.", "Post aus der Zentrale ist nie angekommen."),
        ("Hilfe vom Bauamt kam nie.", "Hilfe vom Bauamt kam nie."),
        # an office's address a few words after its name stays; a clause after a colon starts anew
        ("Die Gebührenstelle sitzt jetzt in der Fleischmannstraße 6, Raum 2.14.",
         "Die Gebührenstelle sitzt jetzt in der Fleischmannstraße 6, Raum 2.14."),
        ("Bitte weiterleiten an Herrn Maier (Tiefbauamt): Die Baustelle in der Fabrikstraße 8 "
         "blockiert unsere Einfahrt.",
         "Bitte weiterleiten an Herrn [NAME] (Tiefbauamt): Die Baustelle in der [ADRESSE] "
         "blockiert unsere Einfahrt."),
        ("Adresse der Schule: Mühlberger Straße 20. Nicht an die Privatadresse.",
         "Adresse der Schule: Mühlberger Straße 20. Nicht an die Privatadresse."),
        # idioms and figures before a hyphen's compound; a kin word's compound is a role
        ("Das wär mal ein Fortschritt, nicht nur Hans im Glück-Projekte.",
         "Das wär mal ein Fortschritt, nicht nur Hans im Glück-Projekte."),
        ("push-nachrichten über elternkaffee und benjamin blümchen-vorlesestunde, aber NIE",
         "push-nachrichten über elternkaffee und benjamin blümchen-vorlesestunde, aber NIE"),
        ("Der Wolf im Schafspelz ist die neue Online-Terminvergabe.",
         "Der Wolf im Schafspelz ist die neue Online-Terminvergabe."),
        ("Die Kinder nennen das Müllauto nur noch Oscar aus der Mülltonne.",
         "Die Kinder nennen das Müllauto nur noch Oscar aus der Mülltonne."),
        ("Ich bin 68 und würde gern Leihoma werden.", "Ich bin 68 und würde gern Leihoma werden."),
        ("Paloma hat angerufen.", "[NAME] hat angerufen."),
        # a town's people, a town people come from, a role no dictionary lists
        ("Unsere Tagespflege in Waiblingen nimmt auch Esslinger. Die Leiterin sagt das.",
         "Unsere Tagespflege in Waiblingen nimmt auch Esslinger. Die Leiterin sagt das."),
        ("Die Online-Anmeldung gibt es nur für Esslinger, für Leute aus Waiblingen nicht.",
         "Die Online-Anmeldung gibt es nur für Esslinger, für Leute aus Waiblingen nicht."),
        ("Herr Esslinger hat angerufen.", "Herr [NAME] hat angerufen."),
        ("hi!! bin neu in ES, komm aus Valencia und such ein WG Zimmer",
         "hi!! bin neu in ES, komm aus Valencia und such ein WG Zimmer"),
        ("Soy de Valencia y vivo en Oberesslingen", "Soy de Valencia y vivo en Oberesslingen"),
        ("Die Infoveranstaltung für Marktbeschicker ist im Alten Rathaus.",
         "Die Infoveranstaltung für Marktbeschicker ist im Alten Rathaus."),
        # a diploma's title is no name; a warning app; Loriot's figure only in its story
        ("Gruß, Dipl.-Ing. (FH) Roland Seitter", "Gruß, Dipl.-Ing. (FH) [NAME]"),
        ("hab dann in der NINA-app nachgeguckt", "hab dann in der NINA-app nachgeguckt"),
        ("Wie bei Loriot: Herr Müller-Lüdenscheidt und Dr. Klöbner streiten um die Nummer.",
         "Wie bei Loriot: Herr Müller-Lüdenscheidt und Dr. Klöbner streiten um die Nummer."),
        ("Bürgerverein: Kassenwart Gerd Müller-Lüdenscheidt bittet um Kontoauszug",
         "Bürgerverein: Kassenwart [NAME] bittet um Kontoauszug"),
        # English: "call me back", a lower-case English word after another
        ("pls call me back: 0151 2345678", "pls call me back: [TELEFON]"),
        ("Hi, call me Steve. Thanks", "Hi, call me [NAME]. Thanks"),
        ("I run a small bubble tea shop near Bahnhof since 2023.",
         "I run a small bubble tea shop near Bahnhof since 2023."),
        # a service's or emergency's number, a year, a placeholder are no one's house
        ("Ruf beim Bürgertelefon 115 an.", "Ruf beim Bürgertelefon 115 an."),
        ("Beim Ostermarkt 2025 gab es Stände.", "Beim Ostermarkt 2025 gab es Stände."),
        ("Frau Maier, Hauptstraße 112, hat angerufen.", "Frau [NAME], [ADRESSE], hat angerufen."),
        ("vor unserem Haus in der Hauptstr 112 in Berkheim", "vor unserem Haus in der [ADRESSE]"),
        # a chat's mention of everyone; an office's mailbox at the town's own domain
        ("@alle bitte bis Freitag melden", "@alle bitte bis Freitag melden"),
        ("@lena_kocht", "[URL]"),
        ("Folgt @mert.es_official", "Folgt [URL]"),
        ("Schreiben Sie an buergerbeteiligung@esslingen.de bitte.",
         "Schreiben Sie an buergerbeteiligung@esslingen.de bitte."),
        ("max.mustermann@esslingen.de", "[EMAIL]"),
        # "von" between two names found: one noble name; "von … zu …" is a change
        ("Mein Verlobter heißt Bartholomäus von Oertzen und das Formular",
         "Mein Verlobter heißt [NAME] und das Formular"),
        # the reviews of session 42: a service's name after "Namen", a thing before brackets,
        # a superlative flat, a colour before a thing's place, Loriot's name only in his sketch
        ("Der Dienst läuft unter dem Namen Stadtradar, aber niemand kennt sie.",
         "Der Dienst läuft unter dem Namen Stadtradar, aber niemand kennt sie."),
        ("Unter dem Namen ESSLINGEN-APP findet man nichts.",
         "Unter dem Namen ESSLINGEN-APP findet man nichts."),
        ("Mein Nachname Leider zu lang fürs Formular.",
         "Mein Nachname Leider zu lang fürs Formular."),
        ("der knopf (heißt eigentlich Absenden) ist grau",
         "der knopf (heißt eigentlich Absenden) ist grau"),
        ("Im Hans (Sachs) Saal war die Veranstaltung.",
         "Im [NAME] (Sachs) Saal war die Veranstaltung."),
        ("Herbert (Herbie) Kuttler hat angerufen.", "[NAME] ([NAME]) [NAME] hat angerufen."),
        ("Unsere Wohnung ist die kleinste im Haus, und Wohngeld war mühsam.",
         "Unsere Wohnung ist die kleinste im Haus, und Wohngeld war mühsam."),
        ("unsere wohnung ist die hinterste im hof hinter der alten kelter in mettingen, da",
         "unsere wohnung ist [ADRESSE], da"),
        ("Schwarz aus dem Drucker im Bürgeramt kommt nichts mehr.",
         "Schwarz aus dem Drucker im Bürgeramt kommt nichts mehr."),
        ("Die Badewanne ist kaputt, mein Vermieter Herr Müller-Lüdenscheidt reagiert nicht",
         "Die Badewanne ist kaputt, mein Vermieter Herr [NAME] reagiert nicht"),
        ("Loriot-Abend in der Stadtbücherei, Moderation: Frau Dr. Sabine Müller-Lüdenscheidt",
         "Loriot-Abend in der Stadtbücherei, Moderation: Frau Dr. [NAME]"),
        ("Die Tante ist herzkrank.", "[GESUNDHEIT]."),
        ("mon adresse: pierre point dubois arobase orange point fr", "mon adresse: [EMAIL]"),
        ("SMS an eins fünf sieben, drei drei vier null acht eins zwei neun", "SMS an [TELEFON]"),
        ("wir heissen Brenner", "wir heissen [NAME]"),
        # after the scoring: "v." for "von" after a name; "Aktenz." as a file number's cue
        ("MfG Rüdiger v. Gemmingen", "MfG [NAME]"),
        ("Aktenz.: 562.18.091.337-1", "Aktenz.: [ID]"),
        ("SELECT * FROM teilnehmer WHERE birth_date > 1990-01-01;",
         "SELECT * FROM teilnehmer WHERE birth_date > 1990-01-01;"),
        ("Date of birth of my daughter: 2019-11-30.", "Date of birth of my daughter: [DATUM]."),
        ("mein auto lb – xk 512 wurde abgeschleppt", "mein auto [KFZ] wurde abgeschleppt"),
        ("Straßenkünstler, Künstlername 'Silencio', bürgerlich Jan Maier.",
         "Straßenkünstler, Künstlername '[NAME]', bürgerlich [NAME]."),
        # after the scoring: false alarms many writer sets share
        ("Warum kann ich nicht einfach per Giropay bezahlen?",
         "Warum kann ich nicht einfach per Giropay bezahlen?"),
        ("Ansprechpartner Hr. Maier.", "Ansprechpartner Hr. [NAME]."),
        ("Eine Feuerwerksgenehmigung an Silvester ist wie bei Asterix.",
         "Eine Feuerwerksgenehmigung an Silvester ist wie bei Asterix."),
        ("Poštovani, ja sam Ivana Horvat.", "Poštovani, ja sam [NAME]."),
        ("Abholung der Karten nur vor Ort in der Heugasse 9.",
         "Abholung der Karten nur vor Ort in der Heugasse 9."),
        ("Ich wohne in der Heugasse 9.", "Ich wohne in der [ADRESSE]."),
        ("In der Stadtbücherei gibt es eine Ausstellung über Alois Alzheimer, sehr schön.",
         "In der Stadtbücherei gibt es eine Ausstellung über Alois Alzheimer, sehr schön."),
        ("Bud Spencer hat Diabetes.", "[GESUNDHEIT]."),
        ("Der Dienst läuft unter dem Namen BundID, das kennt keiner.",
         "Der Dienst läuft unter dem Namen BundID, das kennt keiner."),
        ("Kontakt: Fam. Maier, Fahrgeschäft Wilde Maus",
         "Kontakt: Fam. [NAME], Fahrgeschäft Wilde Maus"),
        ("Das Portal Little Bird sagt immer keine Plätze.",
         "Das Portal Little Bird sagt immer keine Plätze."),
        ("Der Wolf im Märchen war wenigstens schnell.",
         "Der Wolf im Märchen war wenigstens schnell."),
        ("Grüße, Peter Wolf", "Grüße, [NAME]"),
    ],
)
def test_session42_cases(text, expected):
    assert redact_text(text) == expected
