"""Session 24: words wrongly taken as personal data (a signature's office, a wine's year) and
leaks found on the development sets, with what must stay."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signature's office after the name stays: a compound noun with an office's ending
        ("Viele Grüße\nAnna Elternbeirat", "Viele Grüße\n[NAME] Elternbeirat"),
        ("Grüße, Jonas Förderverein", "Grüße, [NAME] Förderverein"),
        # the year of a wine or a cohort is no one's birth year; a person's still is
        ("Der Riesling vom Jahrgang dreißig war gut.",
         "Der Riesling vom Jahrgang dreißig war gut."),
        ("ich bin vom Jahrgang 58", "ich bin vom [DATUM]"),
        ("Mein Vater, der Jahrgang 38 ist, kann das nicht.",
         "Mein Vater, der [DATUM] ist, kann das nicht."),
        ("Ich bin Jahrgang dreißig.", "Ich bin [DATUM]."),
        # a signature's "Gez." capitalised; an initial after a listed surname and its comma
        ("Gez. KIENLE", "Gez. [NAME]"),
        ("Verfasser: HÄFNER, T.", "Verfasser: [NAME]"),
        ("Antragst.: Fr. HOFMANN, E., Adr.: Ottilienplatz 3",
         "Antragst.: Fr. [NAME], Adr.: [ADRESSE]"),
        ("Danke an Frau Weber, S. 3 lesen", "Danke an Frau [NAME], S. 3 lesen"),
        # a list of who was there: surnames alone, with initials; roles and offices stay
        ("Teilnehmende: Dannenmann, C.; Ilić, Marko; Frau Sauter (Amt 16)",
         "Teilnehmende: [NAME]; [NAME], [NAME]; Frau [NAME] (Amt 16)"),
        ("Anwesend: Hofmann, T., Kienle, M.", "Anwesend: [NAME], [NAME]"),
        ("Anwesend: Vorstand, Kienle, Frau Sauter", "Anwesend: Vorstand, [NAME], Frau [NAME]"),
        ("Anwesend: Vorstand, Kassier, Beirat, Bürgermeister",
         "Anwesend: Vorstand, Kassier, Beirat, Bürgermeister"),
        ("Anwesend: Kämmerer, Schriftführer, Kienle, Frau Sauter",
         "Anwesend: Kämmerer, Schriftführer, [NAME], Frau [NAME]"),
        ("Teilnehmende: Stadtverwaltung, Gemeinderat, Bürgerschaft, Jugendgemeinderat",
         "Teilnehmende: Stadtverwaltung, Gemeinderat, Bürgerschaft, Jugendgemeinderat"),
        ("Verteiler: Amt 20, Amt 61, Presse", "Verteiler: Amt 20, Amt 61, Presse"),
        ("Anwesend: alle Mitglieder außer Eckstein", "Anwesend: alle Mitglieder außer Eckstein"),
        # a caller's surname before the cue, as a call or voice message opens
        ("Guten Morgen, Wagner mein Name, ich rufe an wegen",
         "Guten Morgen, [NAME] mein Name, ich rufe an wegen"),
        ("Guten Morgen, Sadiqi hier von der Migrationsberatung.",
         "Guten Morgen, [NAME] hier von der Migrationsberatung."),
        ("Brenner am Apparat.", "[NAME] am Apparat."),
        ("Stadtwerke hier, wir melden uns", "Stadtwerke hier, wir melden uns"),
        ("Zell hier, alles gut", "Zell hier, alles gut"),
        ("Wir hier vom Verein wollen mehr.", "Wir hier vom Verein wollen mehr."),
        ("Und Vorteil hier, dass es online ist.", "Und Vorteil hier, dass es online ist."),
        # a nickname before a birth year, a full name or "eigentlich" in brackets
        ("Der Ede (Jahrgang 1945) sagt immer", "Der [NAME] ([DATUM]) sagt immer"),
        ("verwaltet vom Ede (Eduard Schüle), der ist 82",
         "verwaltet vom [NAME] ([NAME]), der ist 82"),
        ("Mein Cousin, der Tschabo (eigentlich heißt er Ernst), hat",
         "Mein Cousin, der [NAME] (eigentlich heißt er [NAME]), hat"),
        ("beim Geburtsdatum (29.02.1964) meckert das System",
         "beim Geburtsdatum ([DATUM]) meckert das System"),
        ("Der Neubau (Architekt Max Weber) ist schön", "Der Neubau (Architekt [NAME]) ist schön"),
        # a fracture, a tear or a concussion of a named bone or joint, said of a person
        ("Mein Nachbar hatte einen Schlüsselbeinbruch.", "Mein Nachbar [GESUNDHEIT]."),
        ("Mein Sohn hat eine Gehirnerschütterung.", "Mein Sohn [GESUNDHEIT]."),
        ("Hals- und Beinbruch für das Projekt!", "Hals- und Beinbruch für das Projekt!"),
        ("Der Vertragsbruch der Firma ärgert mich.", "Der Vertragsbruch der Firma ärgert mich."),
        ("Bei Fingerverletzungen hilft die Notaufnahme.",
         "Bei Fingerverletzungen hilft die Notaufnahme."),
        # a role a house has one of, tied by "im" or "an der", after adjectives, in a district
        ("Der Imam der kleinen Moschee in der Weststadt sagt", "[PERSON-BESCHREIBUNG] sagt"),
        ("Ich bin Mesnerin an der Kirche in Liebersbronn.", "Ich bin [PERSON-BESCHREIBUNG]."),
        ("die Köchin im einzigen griechischen Lokal in Sirnau", "[PERSON-BESCHREIBUNG]"),
        ("Der Koch im Restaurant ist super.", "Der Koch im Restaurant ist super."),
        ("Der Leiter im Bürgeramt war nett.", "Der Leiter im Bürgeramt war nett."),
        ("Die Chefin an der Kasse war nett.", "Die Chefin an der Kasse war nett."),
        ("Ein Dank an den Hausmeister im Technischen Rathaus, der macht auch abends noch auf.",
         "Ein Dank an den Hausmeister im Technischen Rathaus, der macht auch abends noch auf."),
        # found by the review: what the new rules must leave
        ("Mein Mann ist auch vom Jahrgang 62.", "Mein Mann ist auch vom [DATUM]."),
        ("Bitte an Frau Weber, U. a. wegen der App.", "Bitte an Frau [NAME], U. a. wegen der App."),
        ("Danke an Frau Weber, M.A.", "Danke an Frau [NAME], M.A."),
        ("Die Klasse (Jahrgang 2008) hat Tablets bekommen.",
         "Die Klasse ([DATUM]) hat Tablets bekommen."),
        ("Der Porsche (Jahrgang 1985) fährt", "Der Porsche ([DATUM]) fährt"),
        ("Die Kiste (eigentlich ein Router) blinkt rot.",
         "Die Kiste (eigentlich ein Router) blinkt rot."),
        ("Vom Büro (Max Müller) kam nichts", "Vom Büro ([NAME]) kam nichts"),
        ("Teilnehmende: Esslingen, Ostfildern, Plochingen, Denkendorf",
         "Teilnehmende: Esslingen, Ostfildern, Plochingen, Denkendorf"),
        ("Teilnehmende: Mastodon, Signal, Threema, Whatsapp",
         "Teilnehmende: Mastodon, Signal, Threema, Whatsapp"),
        ("Anwesend: Kienle, Amt 16, Feuerwehr, Polizei, Schule",
         "Anwesend: Kienle, Amt 16, Feuerwehr, Polizei, Schule"),
        ("Anwesend: Frau Weber, Kienle; Entschuldigt: Dannenmann, T.",
         "Anwesend: Frau [NAME], [NAME]; Entschuldigt: [NAME]"),
        ("Hallo, Doctolib hier, Ihre Terminerinnerung.",
         "Hallo, Doctolib hier, Ihre Terminerinnerung."),
        ("Hallo, Wernau hier, Bürgerbüro.", "Hallo, Wernau hier, Bürgerbüro."),
        ("Hallo, Weber hier, ich wollte", "Hallo, [NAME] hier, ich wollte"),
        ("gez. Ortschaftsrat Berkheim", "gez. Ortschaftsrat Berkheim"),
        ("Gez. Unterschrift", "Gez. Unterschrift"),
        ("Gez. Kassenwart", "Gez. Kassenwart"),
        ("gez. Anna Weber", "gez. [NAME]"),
        # public houses' addresses stay, a postcode after them too
        ("Friedhofsamt, Ebershaldenstraße 12, 73728 Esslingen",
         "Friedhofsamt, Ebershaldenstraße 12, 73728 Esslingen"),
        ("Die Apotheke am Marktplatz 3 hat Notdienst.",
         "Die Apotheke am Marktplatz 3 hat Notdienst."),
        ("Ich wohne neben der Apotheke in der Ulmer Str. 3.",
         "Ich wohne neben der Apotheke in der [ADRESSE]."),
        # more health words of one person; the group's word stays
        ("ich hab LRS", "ich [GESUNDHEIT]"),
        ("Kinder mit LRS brauchen Hilfe.", "Kinder mit LRS brauchen Hilfe."),
        ("Mein Opa ist beinamputiert.", "Mein Opa [GESUNDHEIT]."),
        ("Ich habe eine Glutenunverträglichkeit.", "Ich [GESUNDHEIT]."),
        # a user name on a platform after "als", "bin ich als", after "bei eBay Kleinanzeigen"
        ("ich bin auf Twitch als neckarqueen unterwegs", "ich bin auf Twitch als [URL] unterwegs"),
        ("mein Username bei eBay Kleinanzeigen ist oldtimerkarl",
         "mein Username bei eBay Kleinanzeigen ist [URL]"),
        ("Auf Strava bin ich als laufmaus_es unterwegs", "Auf Strava bin ich als [URL] unterwegs"),
        ("Auf Twitch als Streamer verdient man nichts.",
         "Auf Twitch als Streamer verdient man nichts."),
        ("Bei Doctolib gibt es Termine", "Bei Doctolib gibt es Termine"),
        # a lower-case listed surname after a colleague, a boss, a neighbour
        ("der kollege maier hat gesagt", "der kollege [NAME] hat gesagt"),
        ("die kollegin schmidt vom amt", "die kollegin [NAME] vom amt"),
        ("mein kollege klein hat", "mein kollege klein hat"),
        ("mein chef braun ist", "mein chef braun ist"),
        ("mein vater lang hat", "mein vater lang hat"),
        # a name after a minute taker's, a speaker's or a clerk's label; a title before it
        ("Protokollführerin: Kienle", "Protokollführerin: [NAME]"),
        ("Referentin: Dannenmann", "Referentin: [NAME]"),
        ("Referentin: Stadtplanung", "Referentin: Stadtplanung"),
        ("Bearbeiter: Ordnungsamt", "Bearbeiter: Ordnungsamt"),
        ("Sachbearbeiter: Hr. Riedlinger, Zi. 2.17", "Sachbearbeiter: Hr. [NAME], Zi. 2.17"),
        ("Kontakt: Hr. Riedlinger, Zi. 2.17", "Kontakt: Hr. [NAME], Zi. 2.17"),
        # a long compound noun after a cue names no one
        ("Kontakt: Zukunftswerkstatt Zell", "Kontakt: Zukunftswerkstatt Zell"),
        # a people's adjective capitalised in a club's name, as the lower-case one
        ("Ich bin Vorsitzender des Kurdischen Elternvereins Zell.",
         "Ich bin [PERSON-BESCHREIBUNG]."),
        ("der Vorsitzende der Griechischen Gemeinde Esslingen", "[PERSON-BESCHREIBUNG]"),
        ("Ich bin Kommandant der Freiwilligen Feuerwehr Sirnau.",
         "Ich bin Kommandant der Freiwilligen Feuerwehr Sirnau."),
        # a phone number dictated in another language's digit words, from its zero
        ("mon numéro: zéro six, douze, trente-quatre, cinquante-six", "mon numéro: [TELEFON]"),
        ("sıfır beş üç iki, yedi yedi bir, dört beş, bir iki", "[TELEFON]"),
        ("moj broj: nula šest četiri, jedan dva tri, četiri pet šest", "moj broj: [TELEFON]"),
        ("Телефон: нуль один сім шість – 55 31 08 42", "Телефон: [TELEFON]"),
        ("La temperatura era zero e due gradi.", "La temperatura era zero e due gradi."),
        ("Zero Toleranz, drei Punkte, vier Wochen, fünf Tage.",
         "Zero Toleranz, drei Punkte, vier Wochen, fünf Tage."),
    ],
)
def test_session_24_cases(text, expected):
    assert redact_text(text) == expected
