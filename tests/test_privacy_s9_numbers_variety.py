"""Birth dates and years in phrases, plates with other separators, the city's own addresses
(session 9, issue 20: variety of form)."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a date with the month as a word and a birth cue in its sentence
        ("Ich bin am vierten Mai 63 geboren und finde die App gut.", "vierten Mai 63"),
        ("geboren am zwölften Oktober neunzehnhundertzweiundfünfzig, bitte Rückruf",
         "zwölften Oktober"),
        ("Born on the 3rd of March 1990, I moved here last spring.", "3rd of March 1990"),
        ("Mein Vater, geb. 17. Dez. 1939, kommt mit dem Portal nicht klar.", "1939"),
        ("Geburtsdatum steht falsch drin: 3. Juli 1971 wäre richtig, nicht wie eingetragen.",
         "Juli 1971"),
        ("Mein Geburtstag ist der 9 Mart 1968 laut Pass.", "1968"),
        ("Sie ist im August 1950 geboren und kann nicht online.", "1950"),
        ("04.09.1966 – so steht es auf meiner Geburtsurkunde, im Portal aber nicht.",
         "04.09.1966"),
        # a birth year in a phrase
        ("Mein Mann kam 1957 zur Welt und braucht Hilfe beim Antrag.", "1957"),
        ("I bin anno 1949 uff d'Welt komma, des Internet isch nix fir mi.", "1949"),
        ("Ich bin im Jahr '92 auf die Welt gekommen.", "'92"),
        ("Ich bin von '68 und komme gut klar mit dem Portal.", "'68"),
        ("Wir sind beide aus dem Jahrgang 1955 und finden das Portal schwer.", "1955"),
        ("Geburtsjahr? 1944. Internet? Jeden Tag.", "1944"),
        ("Mein Geburtsjahr wollte keiner wissen – neunzehnhunderteinundsechzig – egal.",
         "neunzehnhunderteinundsechzig"),
        ("Als 1983 geborener Vater wünsche ich mir mehr Kita-Plätze.", "1983"),
        # plates with the separators of a phone's keyboard, umlauts in the letters
        ("Mein Auto WN‑KT‑417 steht seit Wochen falsch im System.", "417"),
        ("Falschparker: S·AB·1234 jeden Morgen vor der Einfahrt.", "1234"),
        ("Kfz: BB ⋅ RT ⋅ 88, bitte Parkausweis verlängern.", "88"),
        ("Das Fahrzeug LB-ÄK 202 ist längst verkauft.", "202"),
        # personal pages and addresses stay redacted
        ("Meine Seite: www.heike-roth.de und heike.roth@esslingen.de", "heike"),
        ("Folgt mir: @esslinger_anna", "esslinger_anna"),
        # handles with umlauts, Reddit users, "fb:" / "ig:"
        ("Ich poste als @SchwäbischeSpätzle über den Nahverkehr.", "Spätzle"),
        ("Gefunden über u/NeckarKind99 auf Reddit.", "NeckarKind99"),
        ("Schreibt mir auf fb: tom.k.berger", "berger"),
        # plates typed apart after a car word
        ("Mein Fahrzeug S - K A  7 7 1 wurde abgeschleppt.", "7 7 1"),
        ("Kennz. LB - XY - 4 0 2, bitte um Rückruf.", "4 0 2"),
        ("Wir haben zwei Autos: lb-ka 55 und ES-KA 56.", "lb-ka"),
        # an office's mailbox at any other domain is still redacted
        ("Antrag ging an buergeramt@example.org, keine Antwort.", "buergeramt@example"),
    ],
)
def test_variety_removed(text, gone):
    assert gone not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an event date beside a birth date stays
        ("Geb. 12.04.1977 – den Termin am 03.02.2025 hat mir keiner bestätigt.", "03.02.2025"),
        ("Unser Kind kam am 5. Mai 2021 zur Welt, die Urkunde fehlt noch.", "zur Welt"),
        ("Der Termin am dritten März 2025 wurde abgesagt.", "dritten März 2025"),
        ("Am 14. Februar 2024 war die Sitzung im Rathaus.", "14. Februar 2024"),
        # a year that is no one's birth
        ("Das Bezahlsystem in der Kantine ist von 2008, das merkt man.", "2008"),
        ("Ich bin von 2010 bis 2015 in Zell gewohnt.", "2010"),
        ("Seit 2019 gibt es das Portal, im Jahr 2022 kam die App dazu.", "2022"),
        # the city's own addresses and accounts
        ("Schreiben Sie an buergeramt@esslingen.de oder noreply@esslingen.de.", "buergeramt@"),
        ("Fragen bitte an info(at)ludwigsburg.de richten.", "info(at)ludwigsburg.de"),
        ("Die Unterlagen stehen auf www.esslingen.de/bauen.", "www.esslingen.de/bauen"),
        ("Auf stuttgart.de/verkehr gibt es die Karte.", "stuttgart.de/verkehr"),
        ("Die Stadt postet als @stadt_esslingen auf Instagram.", "@stadt_esslingen"),
        ("Im Portal esslingen.de. Dann weiter.", "esslingen.de"),
        ("Mein Auto ist 3 Jahre alt und der Wagen hat 2 Türen.", "3 Jahre"),
        ("Das Auto am 3. Mai abgeholt, Kfz-Steuer 120 Euro.", "120 Euro"),
        ("Bei 5 km/h u/min messen.", "u/min"),
        # laws and roman numerals are no plates
        ("Nach SGB · II 31 ist das geregelt.", "II 31"),
    ],
)
def test_variety_kept(text, kept):
    assert kept in redact_text(text)


def test_a_glued_office_word_is_still_a_nickname():
    assert "stadtfuchs" not in redact_text("Folgt @stadtfuchs_zell, der postet Müllfotos.")
