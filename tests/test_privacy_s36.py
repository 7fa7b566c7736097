"""Session 36: fewer ordinary words taken for names, with look-alikes that stay found."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive without a greeting signs a letter only where the name closes its line
        (
            "Die Zufahrt ist frei. Ihr Fall: Az. 32.1-2025/117.",
            "Die Zufahrt ist frei. Ihr Fall: Az. [ID].",
        ),
        (
            "An Frau Keller: Ihre Lieferzufahrt für das Restaurant ist ab Dienstag möglich.",
            "An Frau [NAME]: Ihre Lieferzufahrt für das Restaurant ist ab Dienstag möglich.",
        ),
        (
            "Ihr Beratungsraum (Zimmer 12) ist immer voll.",
            "Ihr Beratungsraum (Zimmer 12) ist immer voll.",
        ),
        ("Viele Grüße\nIhr Thomas Berger", "Viele Grüße\nIhr [NAME]"),
        (
            "Danke für die schnelle Hilfe!\nIhre Brunhilde 🙂",
            "Danke für die schnelle Hilfe!\nIhre [NAME] 🙂",
        ),
        (
            "Spenden bitte per PayPal.\nEuer Wuschel (fragt nicht nach dem Spitznamen 😂)",
            "Spenden bitte per PayPal.\nEuer [NAME] (fragt nicht nach dem Spitznamen 😂)",
        ),
        # a job compound before an office is no surname; a surname that is a job still is
        (
            "Ich arbeite als Barchefin im Clubhaus und brauche das Führungszeugnis.",
            "Ich arbeite als Barchefin im Clubhaus und brauche das Führungszeugnis.",
        ),
        (
            "Koch aus dem Jugendamt hat schnell reagiert.",
            "[NAME] aus dem Jugendamt hat schnell reagiert.",
        ),
        (
            "Laut Schmied vom Tiefbauamt kommt der Bagger.",
            "Laut [NAME] vom Tiefbauamt kommt der Bagger.",
        ),
        # a school's dog, with an answer about it
        (
            "Grüße aus dem Sekretariat & Schulhund Schnuffi 🐶",
            "Grüße aus dem Sekretariat & Schulhund Schnuffi 🐶",
        ),
        (
            "Grüße aus dem Sekretariat & Hausmeister Reutter",
            "Grüße aus dem Sekretariat & Hausmeister [NAME]",
        ),
        # widely known people in capitals, lower case and the genitive; more of them listed
        (
            "ANGELA MERKEL hätte das nie erlaubt, wie bei helene fischer.",
            "ANGELA MERKEL hätte das nie erlaubt, wie bei helene fischer.",
        ),
        ("Angela Merkels Satz gilt hier nicht.", "Angela Merkels Satz gilt hier nicht."),
        (
            "Max Eyth wäre entsetzt, wie wenig Technik in der Schule funktioniert.",
            "Max Eyth wäre entsetzt, wie wenig Technik in der Schule funktioniert.",
        ),
        (
            "Wie Pumuckl beim Meister Eder, so ist unsere IT.",
            "Wie Pumuckl beim Meister Eder, so ist unsere IT.",
        ),
        # ... but someone's own name, or a colleague called so, is a name
        ("Herr Max Eyth vom Bürgeramt hat angerufen.", "Herr [NAME] vom Bürgeramt hat angerufen."),
        ("Mein Nachbar Angela Merkel wohnt oben.", "Mein Nachbar [NAME] wohnt oben."),
        (
            "Unser Admin heißt intern nur Gandalf, weil er nie Rechte gibt.",
            "Unser Admin heißt intern nur [NAME], weil er nie Rechte gibt.",
        ),
        # an office's address stays, also after the housing office's name or a noun the
        # street's rule took along; a home there does not
        (
            "Die Akte liegt in der Wohngeldstelle, Beblinger Str. 3.",
            "Die Akte liegt in der Wohngeldstelle, Beblinger Str. 3.",
        ),
        (
            "Der Hausmeister hat es gemeldet, Sitz Beblinger Straße 3.",
            "Der Hausmeister hat es gemeldet, Sitz Beblinger Straße 3.",
        ),
        (
            "Ich zahle bei der Stadtkasse, Ritterstraße 14.",
            "Ich zahle bei der Stadtkasse, Ritterstraße 14.",
        ),
        ("Meine Wohnung ist in der Beblinger Straße 3.", "Meine Wohnung ist in der [ADRESSE]."),
        ("Frau Maier, Sitz Beblinger Straße 3", "Frau [NAME], Sitz [ADRESSE]"),
        # a family's firm is a firm
        (
            "Der Malerbetrieb Veit & Söhne war pünktlich.",
            "Der Malerbetrieb Veit & Söhne war pünktlich.",
        ),
        # towns of the region and their adjectives are places
        (
            "Der Bürgermeister von Aichwald hat das auch schon gefordert.",
            "Der Bürgermeister von Aichwald hat das auch schon gefordert.",
        ),
        (
            "Gemeinsame Plattform mit Deizisau, Altbach, Plochingen?",
            "Gemeinsame Plattform mit Deizisau, Altbach, Plochingen?",
        ),
        ("Danke,\nBärbel aus Aichwald", "Danke,\n[NAME] aus Aichwald"),
        # a health detail after a name with an aside starts at its verb; the name goes by
        # the name rules; an aside with a nickname, a title or a description stays hidden
        (
            "Konstantin (geboren am 23. Februar 2011) hat Autismus.",
            "[NAME] (geboren am [DATUM]) [GESUNDHEIT].",
        ),
        ("Mein Vater, Karl-Heinz Obermüller, ist dement.", "Mein Vater, [NAME], [GESUNDHEIT]."),
        (
            "Unser Herbert, genannt 'Bit-Herbi', hat seit dem Schlaganfall Sprachprobleme.",
            "Unser [GESUNDHEIT].",
        ),
        (
            "Dr Kurtle, unser ältester Feuerwehrkamerad, hot Krebs ond kann nimmer mit.",
            "Dr [NAME], [GESUNDHEIT] ond kann nimmer mit.",
        ),
        (
            "Unser Kleiner, der Mattis, hat eine schwere Erdnussallergie.",
            "[GESUNDHEIT].",
        ),
        ("Hannah Klein hat Läuse.", "[GESUNDHEIT]."),
        # a personal page by a first name or surname among the host's parts
        (
            "Mehr auf sebastian-weller-foto.de oder hebamme-susanne.de",
            "Mehr auf [URL] oder [URL]",
        ),
        (
            "Infos bei stadtwerke-esslingen.de und kita-sonnenschein.de",
            "Infos bei stadtwerke-esslingen.de und kita-sonnenschein.de",
        ),
        # a user name by its shape: underscores, a made-up word with a year
        ("Kommentar von Rentnerin_Ulrike_ES im Forum.", "Kommentar von [URL] im Forum."),
        ("Wer ist Neckarpirat1974?", "Wer ist [URL]?"),
        (
            "Bitte Antrag_final.pdf und user_email prüfen, frage_7 fehlt.",
            "Bitte Antrag_final.pdf und user_email prüfen, frage_7 fehlt.",
        ),
        ("Der Haushalt2025 und COVID19.", "Der Haushalt2025 und COVID19."),
        (
            "Zu viele Schüler_innen und Anwohner_innen, liebe Kolleg_innen.",
            "Zu viele Schüler_innen und Anwohner_innen, liebe Kolleg_innen.",
        ),
        (
            "Antwort von Stadtplanung_ES und Team_Rot, Update iOS_17, siehe emma-zeitschrift.de",
            "Antwort von Stadtplanung_ES und Team_Rot, Update iOS_17, siehe emma-zeitschrift.de",
        ),
        # a number named a sentence before and then given, in brackets after its cue, more cues
        (
            "Die Steuer-ID wird abgefragt. Meine ist 52 847 319 066. Warum?",
            "Die Steuer-ID wird abgefragt. Meine ist [ID]. Warum?",
        ),
        (
            "Meine ist 5 Jahre alt. Meine ist 120000 Euro wert.",
            "Meine ist 5 Jahre alt. Meine ist 120000 Euro wert.",
        ),
        (
            "meine Kundennummer bei der Telekom (550 441 2871) gebe ich nicht.",
            "meine Kundennummer bei der Telekom ([ID]) gebe ich nicht.",
        ),
        ("my student ID S-2291044 but", "my student ID [ID] but"),
        (
            "Die Chipkarte geht nicht, Chip 12 ist kaputt.",
            "Die Chipkarte geht nicht, Chip 12 ist kaputt.",
        ),
        # nicknames in more asides
        (
            "Kollegin Maier (bei uns nur „Klaudi“) aus dem Sekretariat hat bestätigt.",
            "Kollegin [NAME] (bei uns nur „[NAME]“) aus dem Sekretariat hat bestätigt.",
        ),
        (
            "Mein Nachbar Herr Maier – bei uns heißt er nur der Engel-Bert – hat einen Roboter.",
            "Mein Nachbar Herr [NAME] – bei uns heißt er nur der [NAME] – hat einen Roboter.",
        ),
        (
            "Hi, bin der Thomas aber alle sagen Kiwi 🥝 – bitte mehr Körbe.",
            "Hi, bin der [NAME] aber alle sagen [NAME] 🥝 – bitte mehr Körbe.",
        ),
        (
            "Die Kita (bei uns nur „die Villa“) ist toll.",
            "Die Kita (bei uns nur „die Villa“) ist toll.",
        ),
        ("Das Essen, aber alle sagen Danke.", "Das Essen, aber alle sagen Danke."),
        # what belongs to an address: a gate, a ward, the last house somewhere, the way round
        ("Wir wohnen Neckarstraße 14, grünes Gartentor. Danke", "Wir wohnen [ADRESSE]. Danke"),
        ("Er wohnt Kronenhof 3, Station B. Gibt es", "Er wohnt [ADRESSE]. Gibt es"),
        ("Wir wohnen Im Oberen Tal 9, letztes Haus am Waldweg.", "Wir wohnen [ADRESSE]."),
        ("Adresse: Im Gehren 5, hinterm Haus die Treppe hoch.", "Adresse: [ADRESSE]."),
        ("Das Rathaus, Marktplatz 2, Tor zu.", "Das Rathaus, Marktplatz 2, Tor zu."),
        # the review's findings: a private person named like a figure, a name the name rules
        # may not read beside a health detail, a double first name signing, a surname that
        # is a town's adjective, a home after an office's name
        ("LG Max Eyth", "LG [NAME]"),
        ("Max Eyth vom Bauhof hat den Baum gefällt.", "[NAME] vom Bauhof hat den Baum gefällt."),
        ("Max Eyth aus dem 3. Stock ist laut.", "[NAME] aus dem 3. Stock ist laut."),
        (
            "Die Sachbearbeiterin Helene Fischer hat geholfen.",
            "Die Sachbearbeiterin [NAME] hat geholfen.",
        ),
        ("Andrea Berg hat Parkinson.", "[GESUNDHEIT]."),
        (
            "Ich bin Otto Normalverbraucher und verstehe nichts.",
            "Ich bin Otto Normalverbraucher und verstehe nichts.",
        ),
        ("Helene Fischer beim Stadtfest war toll.", "Helene Fischer beim Stadtfest war toll."),
        ("Mein Vater, Dieter „Didi“ Braun, ist dement.", "[GESUNDHEIT]."),
        ("Mein Vater, Hans (Hansi) Müller, ist dement.", "[GESUNDHEIT]."),
        ("Mein Sohn, Engel (6), hat Autismus.", "[GESUNDHEIT]."),
        ("Euer Kevin-Justin, 12 Jahre", "Euer [NAME], 12 Jahre"),
        # (session 42: a town's people word is a name only after a cue; 121 of 121 such words
        # in the labelled sets outside a street's name name no one)
        ("Herr Esslinger hat den Antrag verschlampt.", "Herr [NAME] hat den Antrag verschlampt."),
        (
            "Wohnungsamt, Hindenburgstraße 42, 3. OG links – dort wohne ich mit Schimmel.",
            "Wohnungsamt, [ADRESSE] – dort wohne ich mit Schimmel.",
        ),
        (
            "Im Bürgeramt, Ritterstraße 17. Ich wohne in Zell.",
            "Im Bürgeramt, Ritterstraße 17. Ich wohne in Zell.",
        ),
        (
            "Sommerfest2024 und Stadtradeln2024; TSV_Berkheim_1898, FritzBox_7590.",
            "Sommerfest2024 und Stadtradeln2024; TSV_Berkheim_1898, FritzBox_7590.",
        ),
        (
            "Bei uns im Verein nennen ihn alle nur Gandalf, weil er so weise ist.",
            "Bei uns im Verein nennen ihn alle nur [NAME], weil er so weise ist.",
        ),
        ("Der Gandalf vom Seniorentreff hilft.", "Der [NAME] vom Seniorentreff hilft."),
        # the second review's findings: a figure's name with a role, a neighbourhood or a
        # health detail after it is someone's; a nickname frame with the verb last; a
        # description in an aside
        (
            "Terence Hill, der Kassenwart, ist seit der Chemo nicht mehr da.",
            "[GESUNDHEIT].",
        ),
        ("Bud Spencer hat Diabetes und wohnt über uns.", "[GESUNDHEIT] und wohnt über uns."),
        (
            "Tom Hanks, der Hausmeister, ruft nie zurück.",
            "[NAME], der Hausmeister, ruft nie zurück.",
        ),
        ("Charlie Brown von gegenüber parkt.", "[NAME] von gegenüber parkt."),
        (
            "Mit Bud Spencer (Hausmeister) kann man nicht reden.",
            "Mit [NAME] (Hausmeister) kann man nicht reden.",
        ),
        (
            "Mein Kollege, den alle nur Shrek nennen, ist ein Mobber.",
            "Mein Kollege, den alle nur [NAME] nennen, ist ein Mobber.",
        ),
        (
            "Meine Schwägerin Kirsten, aber alle sagen Kiwi, wohnt nebenan.",
            "Meine Schwägerin [NAME], aber alle sagen [NAME], wohnt nebenan.",
        ),
        ("Konstantin (8, geht in die Grundschule Zell) hat Autismus.", "[GESUNDHEIT]."),
        (
            "Angela Merkel hat damals gesagt, wir schaffen das.",
            "Angela Merkel hat damals gesagt, wir schaffen das.",
        ),
        (
            "Hallo, ich diktiere das mit Siri, weil ich blind bin.",
            "Hallo, ich diktiere das mit Siri, weil [GESUNDHEIT].",
        ),
        ("Wie bei Asterix: die spinnen, die Römer.", "Wie bei Asterix: die spinnen, die Römer."),
    ],
)
def test_session_36_behaviour(text, expected):
    assert redact_text(text) == expected


def test_a_user_name_said_as_ones_name_there_is_redacted():
    # until session 36 a test kept "daniel_m_es" as an ordinary word; it is someone's handle
    assert "daniel_m_es" not in redact_text("Mein Name dort ist daniel_m_es.")
