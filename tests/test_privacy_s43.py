"""Session 43: the rules for dictated e-mail addresses read their words from one list each."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every at word and top-level domain the spelled rule knows, the word rule knows too
        ("mail: kranich ätt t-online point de", "mail: [EMAIL]"),
        ("Kontakt: jan.kowalski małpa wp point pl", "Kontakt: [EMAIL]"),
        ("maria.rossi chiocciola libero punto it", "[EMAIL]"),
        ("Schreib an anna punkt schmid arobase gmx point fr", "Schreib an [EMAIL]"),
        # an office's mailbox told in any of these words stays
        ("Anfragen bitte an info arroba esslingen punto de",
         "Anfragen bitte an info arroba esslingen punto de"),
        ("Anfragen bitte an buergeramt ätt esslingen point de",
         "Anfragen bitte an buergeramt ätt esslingen point de"),
        # a web site under a country's domain is a web address, not a mailbox
        ("Wir sind nicht in der Sendung mit der Maus. Erreichbar unter www.gio-foto.it, danke",
         "Wir sind nicht in der Sendung mit der Maus. Erreichbar unter [URL], danke"),
        # where someone without a home sleeps, after "schlafe", "penne", "mein Zelt steht", in
        # an answer that says a home or an address is missing
        ("Eine Adresse hab ich nicht. Ich schlafe im Auto auf dem Parkplatz hinter dem Sportplatz.",
         "Eine Adresse hab ich nicht. Ich schlafe [ADRESSE]."),
        ("Mein Zelt steht im Wäldle oberhalb vom Friedhof, hinter dem Komposthaufen. Da kommt "
         "keine Post hin.", "Mein Zelt steht [ADRESSE]. Da kommt keine Post hin."),
        ("ich bin draußen. ich schlafe seit der räumung im auto auf dem parkplatz hinter dem bad",
         "ich bin draußen. ich schlafe seit der räumung [ADRESSE]"),
        # … not on holiday, in the garden, at a restaurant ("Penne"), nor a pitch on a campsite
        ("Im Urlaub schlafen wir im Bulli am Meer.", "Im Urlaub schlafen wir im Bulli am Meer."),
        ("Die Kinder schlafen im Zelt im Garten hinter dem Haus, das lieben sie.",
         "Die Kinder schlafen im Zelt im Garten hinter dem Haus, das lieben sie."),
        ("Wir essen gern Penne im Restaurant am Marktplatz hinter dem Rathaus.",
         "Wir essen gern Penne im Restaurant am Marktplatz hinter dem Rathaus."),
        ("Mein Zelt steht auf dem Campingplatz am See hinter dem Kiosk.",
         "Mein Zelt steht auf dem Campingplatz am See hinter dem Kiosk."),
        ("Ich lebe im Bulli auf dem Parkplatz am Neckar Forum, vorne links.",
         "Ich lebe [ADRESSE]."),
        # a shelter and the street it stands in; a time phrase after "seit" is skipped
        ("wohne in der notunterkunft in der neckarstraße. mein freund hat keine adresse",
         "wohne [ADRESSE]. mein freund hat keine adresse"),
        ("Ich wohne seit der Räumung im Wohnheim in der Neckarhalde, Zimmer 12.",
         "Ich wohne seit der Räumung [ADRESSE]."),
        # … but sleeping badly, a bus, a hotel on a visit, a shelter in a district, a verb's
        # particle, the same house: no one's home told
        ("Ich schlafe schlecht, seit die Baustelle hinter dem Haus angefangen hat.",
         "Ich schlafe schlecht, seit die Baustelle hinter dem Haus angefangen hat."),
        ("Die Kinder schlafen im Bus ein.", "Die Kinder schlafen im Bus ein."),
        ("Wir übernachten im Hotel am Marktplatz, wenn wir zum Weihnachtsmarkt kommen.",
         "Wir übernachten im Hotel am Marktplatz, wenn wir zum Weihnachtsmarkt kommen."),
        ("Wir wohnen in Unterkunft in Kennenburg. Internet gibt nicht.",
         "Wir wohnen in Unterkunft in Kennenburg. Internet gibt nicht."),
        ("Post kommt bei uns in der Unterkunft nicht immer an.",
         "Post kommt bei uns in der Unterkunft nicht immer an."),
        ("Meine Oma lebt immer noch im gleichen Haus.",
         "Meine Oma lebt immer noch im gleichen Haus."),
        ("Im Festzelt auf dem Volksfest neben dem Riesenrad war es laut.",
         "Im Festzelt auf dem Volksfest neben dem Riesenrad war es laut."),
        # a role with "dort" (a place just named) or in brackets joins its described apposition
        ("Die Sozialarbeiterin dort, die mit den Dreadlocks, kennt sich besser aus.",
         "[PERSON-BESCHREIBUNG], kennt sich besser aus."),
        ("Der Pförtner am Neuen Rathaus (der ältere Herr mit Hörgerät) hat mir geholfen.",
         "[PERSON-BESCHREIBUNG] hat mir geholfen."),
        ("Die App dort, die mit dem roten Logo, geht nicht.",
         "Die App dort, die mit dem roten Logo, geht nicht."),
        # a one-word relative clause with its verb's prefix joined belongs to the description
        ("Danke an die Dame am Telefon mit Berliner Dialekt, die einzige im Amt, die zurückruft!",
         "Danke an [PERSON-BESCHREIBUNG]!"),
        ("Danke an die Dame am Telefon mit Berliner Dialekt, die einzige im Amt, die kommt!",
         "Danke an [PERSON-BESCHREIBUNG], die kommt!"),
        # health: a first name that is a German word too, opening its clause before "hat"
        ("Der Albert hat Alzheimer und bekommt Briefe.", "Der [GESUNDHEIT] und bekommt Briefe."),
        ("Mein Nachbar ist alt, und seit letztem Winter ist er dement.",
         "Mein Nachbar ist alt, und seit letztem Winter ist er [GESUNDHEIT]."),
        ("Im Sommer ist es im Pflegeheim unerträglich heiß.",
         "Im Sommer ist es im Pflegeheim unerträglich heiß."),
        ("Die Seite für Menschen im Rollstuhl einen kaputten Link hat.",
         "Die Seite für Menschen im Rollstuhl einen kaputten Link hat."),
        # … a team's player; a compound of a term and "Attacken", "Probleme"; Drüsenfieber
        ("Unsere Jugendspielerin hat eine Herzschwäche.", "Unsere Jugendspielerin [GESUNDHEIT]."),
        ("Unsere Spieler haben Asthma.", "Unsere Spieler haben Asthma."),
        ("Ich habe Migräne-Attacken.", "[GESUNDHEIT]."),
        ("Ich habe Diabetesprobleme.", "[GESUNDHEIT]."),
        ("meine tochter hat pfeiffersches drüsenfieber.", "[GESUNDHEIT]."),
        # a role with a relative clause before a tagged apposition, or looks in brackets
        ("Der Mann, der die Eismaschine fährt, der Bärtige mit der Wollmütze, wusste nix.",
         "[PERSON-BESCHREIBUNG], wusste nix."),
        ("Der Herr an der Kasse (der ältere mit dem Schnauzer, der immer Trikot anhat) sagt nein.",
         "[PERSON-BESCHREIBUNG] sagt nein."),
        ("Die App, die ich benutze, die mit dem roten Logo, geht nicht.",
         "Die App, die ich benutze, die mit dem roten Logo, geht nicht."),
        ("Der Bus, der immer zu spät kommt, der mit der Nummer 113, nervt.",
         "Der Bus, der immer zu spät kommt, der mit der Nummer 113, nervt."),
        # Polish and Dutch dictation; the town archive's mailbox told in words stays
        ("kontakt: anna.kowalska małpa wp kropka pl", "kontakt: [EMAIL]"),
        ("mail: sanne apenstaartje ziggo punt nl", "mail: [EMAIL]"),
        ("Schreibt an stadtarchiv arroba esslingen punto de",
         "Schreibt an stadtarchiv arroba esslingen punto de"),
        # a capitalised adjective as the apposition's noun after a relative clause
        ("Der Mann, der die Eismaschine fährt, der Alte mit dem Hund, ist ein Engel.",
         "[PERSON-BESCHREIBUNG], ist ein Engel."),
        # a council paper after an identifier's cue is public
        ("Aktenzeichen laut Gemeinderatsvorlage GR-2025/017 ist öffentlich.",
         "Aktenzeichen laut Gemeinderatsvorlage GR-2025/017 ist öffentlich."),
        # an identifier of capitals and digits joined, a few words after its cue
        ("Ticketnummer laut PayPal 7HX-44829-PP. Antwort nach 3 Wochen.",
         "Ticketnummer laut PayPal [ID]. Antwort nach 3 Wochen."),
        ("das Aktenzeichen der Beschwerde sei 41.2-Sch/2025-071, online nirgends.",
         "das Aktenzeichen der Beschwerde sei [ID], online nirgends."),
        ("Mitgliedsnummer Schaustellerverband: SV-BW 10388 / Tel. 0711 123456",
         "Mitgliedsnummer Schaustellerverband: [ID] / Tel. [TELEFON]"),
        ("Die Kundennummer steht im Brief vom 12.03.2024 oben rechts.",
         "Die Kundennummer steht im Brief vom 12.03.2024 oben rechts."),
        ("Rechnungsnummer auf der PDF-Datei A4-Format",
         "Rechnungsnummer auf der PDF-Datei A4-Format"),
        # "st. bernhardt" in lower case: the abbreviation's dot ends no sentence
        ("wir wohnen im alten bauernhaus am ende der sackgasse in st. bernhardt, mit dem "
         "kirschbaum. gruß", "wir wohnen [ADRESSE]. gruß"),
    ],
)
def test_session43_cases(text, expected):
    assert redact_text(text) == expected
