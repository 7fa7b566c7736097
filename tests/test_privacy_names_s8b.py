"""Names of session 8, second round: English compounds, possessives, user handles, verbs
with "'s", shouted function words and Swabian articles stay; idioms and public figures
stay; children listed with ages, capitalised particles, lower-case full names, lower-case
signatures and nicknames ("beim Uli im Rathaus", "„Brenni“ genannt") are removed."""


import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ich bin Dominika Dos Santos, Jahrgang 1984.", "Dos Santos"),
        ("Gestern hat Ana Da Silva angerufen.", "Da Silva"),
        ("Unser Trainer Marco Di Stefano hilft.", "Di Stefano"),
        ("Der Antrag von frau de la cruz ist offen.", "cruz"),
        ("Zwei Kinder (Emil, 4 und Greta, 2) ohne Kitaplatz.", "Emil"),
        ("Unsere Kinder Otto (3) und Kim (5) warten.", "Otto"),
        ("ich (maria gonçalves) war beim workshop", "gonçalves"),
        ("ich bringe meine nachbarin rosa amato mit", "amato"),
        ("app ist schlecht. danke gruß a. frank", "frank"),
        ("Mein Geschäftsführer Herr Brandl hat's versucht.", "Brandl"),
        ("ANRUF VON FR. ZIMMERMANN-ÜNAL AM 12.03.", "ZIMMERMANN"),
        ("Beim Uli im Rathaus geht alles schneller.", "Uli"),
        ("Der Didi vom Fußballverein kennt sich aus.", "Didi"),
        ("Herr Brenner, von allen nur „Brenni“ genannt, hilft gern.", "Brenni"),
        ("Frau Jung hat mich zurückgerufen.", "Jung"),
        ("Herr Hartung vom Bauamt war freundlich.", "Hartung"),
    ],
)
def test_names_are_removed(text, name):
    assert name not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Blinde Menschen können die Seite mit Screenreader kaum nutzen.", "Screenreader"),
        ("Der Passwortmanager füllt nichts aus.", "Passwortmanager"),
        ("Sehr geehrte Frau Dr. Weinmann, bezugnehmend auf Ihr Schreiben vom Mai", "Schreiben"),
        ("Sehr geehrter Herr Kaya, danke für Ihre Antwort.", "Antwort"),
        ("Der Hof mit de Küh direkt an der Straße.", "de Küh"),
        ("Im Stall stehen de Säu und de Gäul.", "de Gäul"),
        ("Mein Geschäftsführer Herr Brandl hat's auch versucht.", "hat's"),
        ("Frau Kübler geht's besser.", "geht's"),
        ("ANRUF VON FR. ZIMMERMANN-ÜNAL AM 12.03. WEGEN RÜCKRUF.", "AM"),
        ("Hin und her wie beim Schwarzen Peter.", "Peter"),
        ("Der Vortrag von Sascha Lobo war super.", "Sascha Lobo"),
        ("Nicht wie Don Quijote gegen Windmühlen.", "Don Quijote"),
        ("Lothar Späth hatte Visionen.", "Lothar Späth"),
        ("Im Formular steht Max Mustermann.", "Max Mustermann"),
        ("Ich zahle 5 Mark, 4 Euro.", "Mark"),
        ("Frank, 3 Jahre Wartezeit sind zu viel.", "Frank"),
        ("rosa tapete im flur ist schön", "rosa"),
        ("maria himmelfahrt ist ein feiertag", "maria"),
        ("bitte mehr termine. viele grüße u. a.", "u. a."),
        ("der herr von nebenan hat geholfen", "nebenan"),
        ("Der Audi vom Nachbarn steht da.", "Audi"),
        ("Frau Leitung ist kein Name.", "Leitung"),
        ("Das Taxi vom Bahnhof kam zu spät.", "Taxi"),
        ("Er wird im Amt nur „Chef“ genannt.", "Chef"),
        ("Wer mitmachen will: Discord-Server „Neckarcoworking“, danke.", "Discord-Server"),
    ],
)
def test_ordinary_words_stay(text, kept):
    assert kept in redact_text(text)


def test_a_surname_made_of_english_words_is_still_a_name_after_a_cue():
    assert "Greenberg" not in redact_text("Ich habe mit Frau Greenberg gesprochen.")
