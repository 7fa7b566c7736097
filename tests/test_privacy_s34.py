"""Session 34: behaviours taken from how independent writers label, with look-alikes."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sprains, bruises and fractures of a named body part, told of a person
        (
            "Mein Sohn hat sich dort den Knöchel verdreht und fällt aus.",
            "[GESUNDHEIT].",
        ),
        ("Meine Tochter hat eine Bänderdehnung am Knöchel.", "[GESUNDHEIT]."),
        ("Mein Mann hat sich dort das Schlüsselbein gebrochen.", "[GESUNDHEIT]."),
        (
            "Mein Sohn hat eine Trommelfellperforation und darf nicht ins Wasser.",
            "[GESUNDHEIT] und darf nicht ins Wasser.",
        ),
        ("Meine Tochter hat davon Fußpilz bekommen.", "[GESUNDHEIT] bekommen."),
        # look-alikes: a date turned round, a broken pipe, a form broken off
        (
            "Das Amt hat das Geburtsdatum verdreht übernommen.",
            "Das Amt hat das Geburtsdatum verdreht übernommen.",
        ),
        (
            "Es gab einen Bruch in der Leitung, der hat gedauert.",
            "Es gab einen Bruch in der Leitung, der hat gedauert.",
        ),
        (
            "Der Online-Antrag hat dreimal abgebrochen.",
            "Der Online-Antrag hat dreimal abgebrochen.",
        ),
        # a relation with brackets that hold a health detail and more about the person
        (
            "Beim Kurs wurde mein Sohn (5, Epilepsie) allein gelassen.",
            # the rest of the sentence after the tag, taken by health-continued (session 55)
            "Beim Kurs wurde [GESUNDHEIT].",
        ),
        (
            "Für meinen Sohn (Down-Syndrom, 12 Jahre) wünschen wir uns mehr.",
            "Für [GESUNDHEIT] wünschen wir uns mehr.",
        ),
        (
            "Bin enttäuscht: mein Kind (ADHS, nimmt Medikinet) wurde beschimpft.",
            "Bin enttäuscht: [GESUNDHEIT] wurde beschimpft.",
        ),
        # ... not brackets without one, nor a group
        (
            "Meine Tochter (7, Klasse 2a) geht gern schwimmen.",
            "Meine Tochter (7, Klasse 2a) geht gern schwimmen.",
        ),
        (
            "Unsere Schüler (alle mit Asthma-Spray) kommen.",
            "Unsere Schüler (alle mit Asthma-Spray) kommen.",
        ),
        # the person goes on into the next clause, also after an apposition
        (
            "Zum Thema: Mein Sohn Noah ist 9, hat Epilepsie und fährt Bus.",
            "Zum Thema: [GESUNDHEIT] und fährt Bus.",
        ),
        (
            "Meine Mutter, Jahrgang 1939, lebt bei uns und hat Alzheimer im mittleren Stadium.",
            "Meine Mutter, [DATUM], lebt bei uns und [GESUNDHEIT].",
        ),
        # a cause, its verb and subject, then what follows from it
        ("Seit meiner Knie-OP kann ich nicht mehr Auto fahren.", "[GESUNDHEIT]."),
        (
            "Wegen meiner Epilepsie darf ich nicht Auto fahren und brauche den Bus.",
            "[GESUNDHEIT] und brauche den Bus.",
        ),
        ("Seit meiner Kindheit wohne ich hier.", "Seit meiner Kindheit wohne ich hier."),
        # a cause and what it left the person without
        (
            "Meine Angestellte, Frau Roth, ist seit ihrer Krebserkrankung nur noch halbtags da.",
            "Meine Angestellte, Frau [NAME], ist [GESUNDHEIT].",
        ),
        (
            "Ich pflege meine Mutter, die wegen ihrer COPD kaum noch Luft bekommt.",
            "Ich pflege meine Mutter, die [GESUNDHEIT].",
        ),
        # a sense impaired, with a setting or a filler between
        ("Ich höre am Telefon nicht mehr gut.", "[GESUNDHEIT]."),
        ("Mei Mutter hört fascht nix mehr.", "[GESUNDHEIT]."),
        (
            "Ich höre im Radio nichts mehr von der Stadt.",
            "Ich höre im Radio nichts mehr von der Stadt.",
        ),
        ("Das sieht am Ende schlecht aus.", "Das sieht am Ende schlecht aus."),
        # "aber" after the verb opens no clause
        ("Mein Nachbar Herr Kuhn hat aber starken Tremor.", "[GESUNDHEIT]."),
        ("Die Stadt hat aber Demenz-Angebote.", "Die Stadt hat aber Demenz-Angebote."),
        # a premium is no anaemia
        (
            "Unser Chef hat die Digitalisierungsprämie beantragt und nie was gehört.",
            "Unser Chef hat die Digitalisierungsprämie beantragt und nie was gehört.",
        ),
        # a case filed under a number, a job centre's number, a reference sign alone
        ("Sein Antrag läuft unter AB-2025/33918.", "Sein Antrag läuft unter [ID]."),
        ("Widerspruch läuft unter OWi-2025-448812.", "Widerspruch läuft unter [ID]."),
        ("Sozialhilfe-Antrag (bg 41803//0077120)", "Sozialhilfe-Antrag (bg [ID])"),
        ("Zeichen: OA-32/1904-24", "Zeichen: [ID]"),
        (
            "Die Aktion läuft unter dem Motto Esslingen 2025.",
            "Die Aktion läuft unter dem Motto Esslingen 2025.",
        ),
        ("Das läuft unter Drucksache 7/2025.", "Das läuft unter Drucksache 7/2025."),
        ("Ein Zeichen setzen wir 2025.", "Ein Zeichen setzen wir 2025."),
        # a person's year in brackets after the name: a birth year or a life's span
        (
            "Bestätigung fürs Jugendamt:\n• Amira El-Sayed (2016)\n• Kevin Nowak (2015)",
            "Bestätigung fürs Jugendamt:\n• [NAME] ([DATUM])\n• [NAME] ([DATUM])",
        ),
        ("Opa Karl (1929–2025) liegt jetzt hier.", "[NAME] ([DATUM]) liegt jetzt hier."),
        ("Preisträgerin Anna Müller (2019) war da.", "Preisträgerin [NAME] (2019) war da."),
        (
            "Als Stadtrat (1989–2004) hat er viel gemacht.",
            "Als Stadtrat (1989–2004) hat er viel gemacht.",
        ),
        # a first name in lower case ending a sentence after a relation (and "von")
        ("ich bin die enkelin von anneliese.", "ich bin die enkelin von [NAME]."),
        ("salam. ich bin aus afghanistan", "salam. ich bin aus afghanistan"),
        ("die frist ist max. 3 tage", "die frist ist max. 3 tage"),
        # a number's name is no double name; a chip's fifteen digits are an identifier
        ("Chip-Nr. 276 09 8100 123456", "Chip-Nr. [ID]"),
        ("Tasso-Nr. 1234567", "Tasso-Nr. [ID]"),
        ("Transponder 276098100123456 ist registriert.", "Transponder [ID] ist registriert."),
        ("Ruf an: 004917612345678", "Ruf an: [TELEFON]"),
        ("Mein Mann hat nach dem Biss eine Blutvergiftung bekommen.", "[GESUNDHEIT] bekommen."),
        # a woman's name at birth
        ("Anna Müller, geb. Schmid, wohnt hier.", "[NAME], geb. [NAME], wohnt hier."),
        ("Meine Oma war eine geborene Häfele.", "Meine Oma war eine geborene [NAME]."),
        ("Sie ist eine geborene Esslingerin.", "Sie ist eine geborene Esslingerin."),
        ("Geb. Datum fehlt", "Geb. Datum fehlt"),
        # dying of a disease, not thinking of it
        ("Onkel Fritz starb an Corona im Pflegeheim.", "[GESUNDHEIT]."),
        ("Ich denke an Corona zurück.", "Ich denke an Corona zurück."),
        # the last one of a trade at a named place
        (
            "Der Verstorbene war der letzte Schmied in Oberesslingen.",
            "Der Verstorbene war [PERSON-BESCHREIBUNG].",
        ),
        (
            "Der letzte Kunde im Laden war unfreundlich.",
            "Der letzte Kunde im Laden war unfreundlich.",
        ),
        ("Der letzte Bus in Zell fährt um 22 Uhr.", "Der letzte Bus in Zell fährt um 22 Uhr."),
        # a smith is a person: the only one in a place singles one out
        (
            "Zum Fest kommt der einzige Hufschmied im Schurwald mit seinem Wagen.",
            "Zum Fest kommt [PERSON-BESCHREIBUNG] mit seinem Wagen.",
        ),
        # a team's or an ensemble's one is a person of their own for health
        ("Unser Torwart hat einen Kreuzbandriss.", "Unser Torwart [GESUNDHEIT]."),
        (
            "Unsere Sopranistin hat einen Tinnitus und muss pausieren.",
            "Unsere Sopranistin [GESUNDHEIT] und muss pausieren.",
        ),
        (
            "Unser Bassist hat Tinnitus und spielt nur noch mit Gehörschutz.",
            "Unser Bassist [GESUNDHEIT].",  # its consequence too (health-continued, session 55)
        ),
        # the virus is no first name
        ("Unsere Spieler haben Corona.", "Unsere Spieler haben Corona."),
        # a pet's name stays, its owner's goes
        ("Mein Hund Bello braucht eine neue Marke.", "Mein Hund Bello braucht eine neue Marke."),
        (
            "Halterin Sabine Vogel, Hund: Labrador „Bruno“, Marke 4471.",
            "Halterin [NAME], Hund: Labrador „Bruno“, Marke 4471.",
        ),
        (
            "Mein Hund heißt Bruno, ich heiße Strobel.",
            "Mein Hund heißt Bruno, ich heiße [NAME].",
        ),
        (
            "Beagle entlaufen, hört auf den Namen Lotte.",
            "Beagle entlaufen, hört auf den Namen Lotte.",
        ),
        ("Der Hund von Frau Berger bellt.", "Der Hund von Frau [NAME] bellt."),
        ("Die Kollegin hört auf Frau Maier.", "Die Kollegin hört auf Frau [NAME]."),
        ("Unser Kater Mogli ist weg. Gruß Anna", "Unser Kater Mogli ist weg. Gruß [NAME]"),
        # a nickname in an aside after a person: "alle sagen …"
        (
            "Unser Trainer, alle sagen Pille, hat die Halle gebucht.",
            "Unser Trainer, alle sagen [NAME], hat die Halle gebucht.",
        ),
        (
            "Unser Hausmeister, alle sagen nur der Lange, macht das.",
            "Unser Hausmeister, alle sagen nur der [NAME], macht das.",
        ),
        ("Die App, alle sagen Murks, ist schlecht.", "Die App, alle sagen Murks, ist schlecht."),
        ("Unser Chef, alle sagen Du, ist nett.", "Unser Chef, alle sagen Du, ist nett."),
        ("Mein Vater, wir sagen nur Opa, kommt.", "Mein Vater, wir sagen nur Opa, kommt."),
        ("Mein Kumpel Tschecko kennt sich aus.", "Mein Kumpel [NAME] kennt sich aus."),
        # pet forms of first names (Melanie: Melli, Sebastian: Wasti, Yvonne: Yvi)
        ("Fotos vom Fest gibt's bald — eure Melli", "Fotos vom Fest gibt's bald — eure [NAME]"),
        ("Wasti und ich kommen später.", "[NAME] und ich kommen später."),
        # ... those that are words only where a name stands
        (
            "Hallo Frau Brenner,\nbitte um Rückruf.\nGruß aus der Altstadt\nWolle (Weinstube)",
            "Hallo Frau [NAME],\nbitte um Rückruf.\nGruß aus der Altstadt\n[NAME] (Weinstube)",
        ),
        ("Die Wolle ist teuer geworden.", "Die Wolle ist teuer geworden."),
        # a nickname quoted before "genannt", told of a person named before it
        (
            "Unser Stadtführer Heinz, von allen nur „Professor“ genannt, führt wieder.",
            "Unser Stadtführer [NAME], von allen nur „[NAME]“ genannt, führt wieder.",
        ),
        (
            "Der Platz, von allen nur „Bahnhof“ genannt, ist voll.",
            "Der Platz, von allen nur „Bahnhof“ genannt, ist voll.",
        ),
        # one's blog, with a word between the verb and its preposition
        (
            "Sie bloggt auch unter zwillingsmama-esslingen.de.",
            "Sie bloggt auch unter [URL].",
        ),
        # a person's whole name in a domain before a group's word: that person's own school
        (
            "Trainer ist Holger Dietz, der hat eine Seite: holger-dietz-fussballschule.de.",
            "Trainer ist [NAME], der hat eine Seite: [URL].",
        ),
        (
            "Mehr unter theodor-heuss-gymnasium.de und tsv-zell.de.",
            "Mehr unter theodor-heuss-gymnasium.de und tsv-zell.de.",
        ),
    ],
)
def test_session34_behaviour(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review of session 34 as a user and an attacker: a person is no pet ...
        (
            "Der Nachbar, der seinen Hund schlägt, heißt Krause und wohnt in Nummer 5.",
            "Der Nachbar, der seinen Hund schlägt, heißt [NAME] und wohnt in Nummer 5.",
        ),
        (
            "Der Nachbar mit dem Dackel heißt Krause-Meier.",
            "Der Nachbar mit dem Dackel heißt [NAME].",
        ),
        ("Mein Mann, der alte Esel, heißt Horst.", "Mein Mann, der alte Esel, heißt [NAME]."),
        (
            "Der Hund hört auf Lotte und meine Frau hört auf Sabine.",
            "Der Hund hört auf [NAME] und meine Frau hört auf [NAME].",
        ),
        (
            "Der neue Leiter vom Tierheim hört auf den Namen Kowalski.",
            "Der neue Leiter vom Tierheim hört auf den Namen [NAME].",
        ),
        (
            "Unser Sohn ist begeisterter Skater und hört auf Jonas, seinen Trainer.",
            "Unser Sohn ist begeisterter Skater und hört auf [NAME], seinen Trainer.",
        ),
        (
            "Dieser Esel Schmidt vom Bauamt hat meinen Antrag verschlampt.",
            "Dieser Esel [NAME] vom Bauamt hat meinen Antrag verschlampt.",
        ),
        ("Mein Hase Jonas braucht einen Kitaplatz.", "Mein Hase [NAME] braucht einen Kitaplatz."),
        (
            "Die Malteser Jana und Tim kommen zweimal am Tag.",
            "Die Malteser [NAME] und [NAME] kommen zweimal am Tag.",
        ),
        # ... an amount, a version, an address, a paper or a traffic sign is no file number
        ("Die Miete ist unter 1.200 Euro.", "Die Miete ist unter 1.200 Euro."),
        (
            "Die Bürger-App läuft unter Windows-10/11 nicht richtig.",
            "Die Bürger-App läuft unter Windows-10/11 nicht richtig.",
        ),
        (
            "Alles ist unter www.esslingen.de/buergerbeteiligung-2025 abrufbar.",
            "Alles ist unter www.esslingen.de/buergerbeteiligung-2025 abrufbar.",
        ),
        (
            "Die Vorlage ist unter GR-2025/117 zu finden.",
            "Die Vorlage ist unter GR-2025/117 zu finden.",
        ),
        ("Bitte ein Zeichen 274.1 aufstellen.", "Bitte ein Zeichen 274.1 aufstellen."),
        (
            "Die Akte 2019-2021 zum Bebauungsplan fehlt.",
            "Die Akte 2019-2021 zum Bebauungsplan fehlt.",
        ),
        # ... but a case is filed under its code, and a job centre's number is one
        ("Mein Antrag wird unter WG-2025/17723 geführt.", "Mein Antrag wird unter [ID] geführt."),
        ("Meine BG-Nummer ist 41803//0077120.", "Meine BG-Nummer ist [ID]."),
        # ... the room, the line, a fraction or a dike are no one's health
        (
            "Ich höre im Ratssaal schlecht, weil die Lautsprecher kaputt sind.",
            "Ich höre im Ratssaal schlecht, weil die Lautsprecher kaputt sind.",
        ),
        (
            "Ich höre am Telefon nicht mehr gut, weil die Leitung ständig rauscht.",
            "Ich höre am Telefon nicht mehr gut, weil die Leitung ständig rauscht.",
        ),
        (
            "Mein Sohn hat einen Bruch in Mathe nicht verstanden.",
            "Mein Sohn hat einen Bruch in Mathe nicht verstanden.",
        ),
        ("Ich hab einen Bruch im Deich gesehen.", "Ich hab einen Bruch im Deich gesehen."),
        # ... nor the patients of one's job, nor what one did after a cause
        (
            "Mein Mann ist Altenpfleger, hat täglich mit Demenzkranken zu tun.",
            "Mein Mann ist Altenpfleger, hat täglich mit Demenzkranken zu tun.",
        ),
        (
            "Nach meiner Reha habe ich den Antrag online gestellt, das ging schnell.",
            "[GESUNDHEIT] habe ich den Antrag online gestellt, das ging schnell.",
        ),
        # ... a church's name holds no person who is nicknamed
        (
            "Der Neubau neben der Martin-Luther-Kirche wird von allen nur „Bunker“ genannt.",
            "Der Neubau neben der Martin-Luther-Kirche wird von allen nur „Bunker“ genannt.",
        ),
        (
            "Das Formular von Frau Keller wird von uns „Monster“ genannt.",
            "Das Formular von Frau [NAME] wird von uns „Monster“ genannt.",
        ),
        # the second review: children and people called after animals, whom a dog obeys
        (
            "Unsere Naschkatze Lena hat endlich einen Platz in der kleinen Kita bekommen.",
            "Unsere Naschkatze [NAME] hat endlich einen Platz in der kleinen Kita bekommen.",
        ),
        (
            "Mein Schmusekater Tobias und ich wohnen seit 2019 im Quartier.",
            "Mein Schmusekater [NAME] und ich wohnen seit 2019 im Quartier.",
        ),
        (
            "Unser Hund hört auf Sabine, meine Frau, sonst auf niemanden.",
            "Unser Hund hört auf [NAME], meine Frau, sonst auf niemanden.",
        ),
        # ... a chip's number before a full stop; a time stamp or a reading is none
        (
            "Die Chipnummer von unserem Hund ist 276098100123456.",
            "Die Chipnummer von unserem Hund ist [ID].",
        ),
        ("Fehlermeldung mit Code 202501011230455", "Fehlermeldung mit Code 202501011230455"),
        ("Zählerstand 123456789012345 kWh", "Zählerstand 123456789012345 kWh"),
        # ... a holiday or a flower after "an", "und", "mit" is no name
        ("das feuerwerk an silvester.", "das feuerwerk an silvester."),
        ("schutz von fauna und flora.", "schutz von fauna und flora."),
        ("grüße an oma hilde.", "grüße an [NAME]."),
        # ... a church musician working at a hospice
        (
            "Unser Kantor leitet auch den Chor im Hospiz.",
            "Unser Kantor leitet auch den Chor im Hospiz.",
        ),
        # ... a year after a name in a citation, a result, a term of office
        (
            "Wie schon Schmidt (2019) schreibt, ist das gut.",
            "Wie schon [NAME] (2019) schreibt, ist das gut.",
        ),
        (
            "Der Pokal ging an Lisa Braun (2023) aus Zell.",
            "Der Pokal ging an [NAME] (2023) aus Zell.",
        ),
        ("Trainerin Sabine Koch (2015-2020) war toll.", "Trainerin [NAME] (2015-2020) war toll."),
        ("• Lina Schulz (2025)", "• [NAME] ([DATUM])"),
        ("Chorleiter Hans Keller (1995–2020) war toll.", "Chorleiter [NAME] (1995–2020) war toll."),
        ("Studie von Anna Schmidt (2019) zeigt das.", "Studie von [NAME] (2019) zeigt das."),
        (
            "Die Geschwister: Anna (1962), Peter (1965) und ich.",
            "Die Geschwister: [NAME] ([DATUM]), [NAME] ([DATUM]) und ich.",
        ),
        (
            "Die Grabstelle von Horst Weiler (1941–2025) ist bezahlt.",
            "Die Grabstelle von [NAME] ([DATUM]) ist bezahlt.",
        ),
        # ... a standard or a word with a year is no file number
        ("Die Sache läuft unter ISO-9001/2015.", "Die Sache läuft unter ISO-9001/2015."),
        ("In der Akte Schulweg-2025 fehlt was.", "In der Akte Schulweg-2025 fehlt was."),
    ],
)
def test_session34_review(text, expected):
    assert redact_text(text) == expected
