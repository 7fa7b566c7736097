"""Rule-based redaction of personal data in German (and English) free text.

Replaces e-mail addresses, phone numbers, addresses, names after cues, IBANs, licence
plates, URLs, birth dates and file/tax numbers by readable tags such as ``[NAME]``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import regex

__all__ = ["RedactionResult", "redact", "redact_text", "TAGS"]

#: Types of personal data and their tags, in the order they are reported.
TAGS = {
    "EMAIL": "[EMAIL]",
    "URL": "[URL]",
    "IBAN": "[IBAN]",
    "ID": "[ID]",
    "DATUM": "[DATUM]",
    "TELEFON": "[TELEFON]",
    "ADRESSE": "[ADRESSE]",
    "KFZ": "[KFZ]",
    "NAME": "[NAME]",
}

# A backstop only: the patterns are written to run in linear time; should one still take
# too long on a pathological text, the whole text is withheld rather than shown unredacted.
_TIMEOUT_SECONDS = 5.0
_WITHHELD = "[TEXT ENTFERNT]"


def _words(*items: str) -> str:
    """Alternation of literal phrases, longest first; a space matches any whitespace."""
    escaped = (regex.escape(item).replace("\\ ", " ").replace(" ", r"\s+") for item in items)
    return "(?:" + "|".join(sorted(set(escaped), key=len, reverse=True)) + ")"


# ---------------------------------------------------------------- vocabulary

# Common first names (German and frequent in Germany's immigrant communities). Used to take
# a surname after a first name and to accept a lone first name after a signature cue.
FIRST_NAMES = frozenset(
    """
    Aaron Abdul Adam Adrian Agnes Ahmad Ahmed Ahmet Aleksandra Alexander Alexandra Ali Alice
    Alina Alexej Amelie Amir Ana Andrea Andreas Andrej Angela Angelika Anja Anke Anna Annalena
    Anna-Lena Anne Annette Anton Antonia Armin Arne Aylin Ayşe Ayse Barbara Bärbel Beate Ben
    Benedikt Benjamin Bernd Bernhard Bettina Bianca Birgit Björn Boris Brigitte Burak Can
    Carina Carla Carlos Carmen Carolin Caroline Charlotte Chiara Christa Christian Christiane
    Christina Christine Christoph Clara Claudia Cem Conny Cornelia Dagmar Daniel Daniela David
    Deniz Dennis Dieter Dietmar Dirk Dmitri Doris Dorothea Edith Elena Elias Elif Elisabeth
    Elke Ella Emil Emilia Emily Emine Emma Emre Erik Erika Ernst Esra Eva Ewa Fabian Fatih
    Fatima Fatma Felix Finn Florian Frank Franz Franziska Frieda Friedrich Fritz Gabi
    Gabriele Georg Gerd Gerhard Gertrud Gisela Giulia Giuseppe Gottfried Gregor Gudrun Günter
    Günther Hakan Hamid Hanna Hannah Hannelore Hans Hans-Peter Hans-Jürgen Harald Hasan Heidi
    Heike Heinz Helga Helmut Hendrik Henrik Herbert Hermann Hildegard Holger Horst Hubert
    Hüseyin Ibrahim Ida Ilse Ina Inge Ingrid Irene Iris Isabel Ivan Ivana Jakob Jan Jana
    Janina Jannik Jasmin Jens Jessica Joachim Johann Johanna Johannes Jonas Jörg Josef Joseph
    Julia Julian Juliane Jürgen Jutta Kai Karin Karl Karl-Heinz Karolina Katarzyna Katharina
    Kathrin Katja Kemal Kerstin Kevin Kim Klaus Konrad Kristina Lara Larissa Laura Lea Lena
    Leon Leonie Lars Lisa Lothar Louis Luca Lucas Luisa Lukas Łukasz Lutz Luka Magdalena Maik
    Manfred Manuel Manuela Marco Marcel Maren Margarete Maria Marie Marina Mario Marion Marius
    Mark Markus Marlene Martha Martin Martina Mathias Matthias Max Maximilian Mehmet Melanie
    Merve Mia Michael Michaela Michelle Milan Mila Miriam Mohammed Mohammad Monika Murat
    Mustafa Nadine Nadja Natalia Natascha Nico Nicole Niklas Nils Nina Noah Norbert Olaf Olga
    Oliver Oskar Otto Özlem Patricia Patrick Paul Paula Peter Petra Philipp Piotr Rainer
    Ralf Ralph Raphael Regina Reinhard Renate Rene René Robert Robin Roland Rolf Rosemarie
    Rüdiger Rudolf Sabine Sabrina Sandra Sarah Sara Sascha Sebastian Selin Sergej Silke
    Simon Simone Sofia Sophia Sophie Stefan Stefanie Steffen Stephan Susanne Sven Svenja
    Swetlana Tanja Theo Thomas Thorsten Tim Timo Tobias Tom Torsten Ulla Ulrich Ulrike Ursula
    Uta Ute Uwe Valentina Vanessa Vera Viktor Viktoria Volker Walter Werner Wilhelm Willi
    Wolfgang Yasemin Yusuf Zeynep Zoe Sepp Gottlieb Hilde Lotte Mareike Jochen Dominik Kurt
    Erwin Eberhard Reinhold Siegfried Waltraud Wiebke Friedhelm Berta Anneliese Nuria Pablo
    Lucía Lucia Sergio Marta Tomasz Agnieszka Małgorzata Malgorzata Krzysztof Dragan Jovana
    Nikola Goran Milica Oksana Olena Yulia Andrii Mykola Ömer Şule Hatice Gül Ayla
    Marc Pierre Jean Jacques François Françoise Nicolas Julien Camille Claire Antoine Louise
    Manon Mathieu Sébastien Étienne Hélène Élodie Luc Yves Marcel Michel Philippe Alain Bruno
    Marco Matteo Alessandro Francesco Giovanni Lorenzo Stefano Paolo Roberto Angelo Salvatore
    Antonio Vincenzo Giorgio Federica Francesca Elisa Sofia Alessia Martina Rosaria Carmela
    Javier Alejandro Miguel José Jose Juan Luis Diego Pedro Jorge Fernando Rafael Raúl Manuela
    Isabel Lucía Sofía Marta Pilar Rocío Inés Beatriz Teresa João Joao Tiago Rui Gonçalo Ana
    Piotr Paweł Pawel Michał Michal Marek Wojciech Kamil Jakub Tomasz Grzegorz Anna Zofia Ewa
    Joanna Barbara Beata Dorota Marta Monika Jolanta Irena Jan Pavel Petr Jiří Tereza Lucie
    Marija Ana Ivan Marko Stjepan Ante Mirela Snežana Jelena Dragana Zoran Dejan Vesna
    Mehmet Ali Hüseyin Hasan İbrahim Osman Yusuf Ahmet Mustafa Ramazan Kemal Serkan Emre
    Burak Volkan Tuncay Orhan Ayşe Emine Hatice Zeynep Elif Meryem Sevgi Derya Esra Büşra
    Yasin Enes Berkay Kübra Tuğba Gizem Hülya Songül Nurcan Leyla Yasmin Rania Nour Omar
    Khaled Karim Samir Tarek Youssef Hassan Hussein Mahmoud Abdullah Ayoub Amina Aisha Mariam
    Nikolaos Giorgos Dimitrios Konstantinos Eleni Katerina Maria Sergey Dmitry Alexey Andrey
    Vladimir Natalia Tatjana Tatiana Irina Svetlana Ludmila Galina Oleksandr Taras Bohdan
    Iryna Kateryna Halyna Ion Andrei Mihai Elena Ioana Florin Cristina Gheorghe Adriana
    James John Robert William Richard Charles George Edward Henry Sarah Jennifer Elizabeth
    Mary Susan Jessica Emily Olivia Grace Chloe Lucy Hannah Michelle Linh Minh Thi Duc Anh
    Frieder Gottlob Wilfried Waltraud Gerlinde Liselotte Annemarie Hannes Jürgen Benno
    Lennart Mats Malte Ole Hauke Jannis Lasse Till Moritz Paulina Greta Frida Thea Ronja
    Helene Marlies Edeltraud Irmgard Erna Erich Alfred Karlheinz Heinz-Dieter Klaus-Dieter
    Hans-Jörg Hans-Georg Karl-Heinz Ernst-August Anna-Maria Marie-Luise Eva-Maria
    Marianne Gerda Gisela Ilse Inge Ingeborg Hannelore Anneliese Elfriede Erna Frieda Margot
    Marga Lieselotte Rita Helma Hedwig Käthe Irmtraud Roswitha Sieglinde Gerlinde Heidrun
    Heidemarie Karla Karoline Kornelia Carola Gabriele Marita Dorothee Ulrike Annegret Sibylle
    Sybille Susanne Silvia Sylvia Bettina Tanja Nadine Yvonne Ramona Mandy Peggy Jacqueline
    Doreen Nicole Katrin Kathrin Katja Anja Antje Britta Daniela Diana Denise Dana Janine
    Jenny Jana Judith Melanie Miriam Mirjam Natalie Nathalie Rebecca Rebekka Saskia Sonja
    Stefanie Stephanie Svenja Theresa Therese Verena Wiebke Yvette Annika Anika Franziska
    Friederike Henrike Josefine Katrin Leonie Luise Marlene Mathilda Mathilde Nele Pia
    Rosalie Ronja Selina Stella Tabea Vivien Alma Amelie Clara Emilia Fiona Helena Ida Ivy
    Johanna Klara Leni Lilly Lina Luna Malia Marie Mina Nora Romy Sina Smilla Hubertus
    Alois Anton Arnold Arthur August Axel Bastian Burkhard Carsten Christof Claus Detlef
    Eckhard Egon Elmar Emanuel Erhard Eugen Ewald Fabio Ferdinand Franz-Josef Friedemann
    Gerald Gerold Gregor Guido Gunnar Gustav Hagen Hartmut Heiko Helge Helmuth Henning Hinrich
    Holger Hugo Ingo Jochen Jonathan Julius Justus Kilian Klemens Clemens Knut Konstantin
    Leo Leonard Linus Lorenz Ludwig Malte Marcus Marko Mathis Matthäus Maurice Nikolai
    Nikolaus Norbert Oswald Pascal Quirin Raimund Reiner Rene Richard Rupert Sebastian
    Siegmund Silvio Steffen Sönke Thilo Tilman Tillmann Ulf Valentin Vincent Waldemar Wendelin
    Wilfried Winfried Wolf Wolfram Xaver Yannick Elke Edith Gertraud Gretel Rosi Resi Vroni
    """.split()
)

# Capitalised words that follow "Herr/Frau" or a greeting without being a name.
NOT_NAMES = frozenset(
    """
    Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin OB Doktor Doktorin
    Professor Professorin Kollege Kollegin Kollegen Nachbar Nachbarin Sachbearbeiter
    Sachbearbeiterin Pfarrer Pfarrerin Pastor Pastorin Minister Ministerin Präsident
    Präsidentin Vorsitzende Vorsitzender Amtsleiter Amtsleiterin Abteilungsleiter
    Abteilungsleiterin Stadtrat Stadträtin Gemeinderat Gemeinderätin Direktor Direktorin
    Lehrer Lehrerin Chef Chefin Ober Landrat Landrätin Holle Kommissar Kommissarin Gott
    Herrgott Jesus Sonne Mama Papa Oma Opa Tante Onkel Dr Prof Team Angst Anspruch Auskunft
    Bescheid Hilfe Zeit Termin Recht Geld Kinder Kind Arbeit Mut Zugang Lust Ahnung Interesse
    Probleme Problem Sorgen Fragen Frage Verständnis Geduld Glück Pech Wartezeit Amt Bürger
    Bürgerin Bürgerinnen Mitarbeiter Mitarbeiterin Mitarbeitende Stadt Stadtverwaltung Verwaltung
    Damen Herren Leute Alle Zusammen Liebe Lieber Sehr Geehrte Geehrter Hallo Danke Vielen
    Dank Gruß Grüße Ihr Ihre Euer Eure Dein Deine Mein Meine Unser Unsere Der Die Das Den Dem
    Ein Eine Einer Es Sie Er Wir Ich Du Man Und Oder Aber Auch Noch Schon Bitte Service
    Bürgeramt Ordnungsamt Rathaus Esslingen Stuttgart Deutschland Digitalisierung Online
    Internet Anna-Lena Viele Beste Freundliche Schöne Schönen Herzliche Herzlichen Liebe
    Grüßle Gruss Grüsse Ende Anfang Mo Di Mi Do Fr Sa So Montag Dienstag Mittwoch Donnerstag
    Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September Oktober
    November Dezember Heute Morgen Gestern Nein Ja Ok Okay Wenn Weil Dass Im Am In An Auf Bei
    Mit Nach Von Vom Zum Zur Für Aus Über Unter Vor Hinter Neben Seit Ohne Gegen Bis Als Wie
    Was Wer Wo Wann Warum Kein Keine Jeder Jede Alles Nichts Mehr Weniger Sprechzeiten
    Öffnungszeiten Antrag Anträge Formular Formulare Bus Bahn Tram App Webseite Website Portal
    Frau Herr Herrn Familie Mustermann Musterfrau Mustermensch Meinung Ansicht Auffassung
    Einzige Einzigen Letzte Erste Neue Neuen Richtige Falsche Dumme Mutter Vater Sohn Tochter
    Unterlagen Infos Informationen Rückmeldung Antwort Antworten Post Mail Nachricht Recht
    Bescheinigung Dokumente Papiere Bestätigung Fragen Tipps Unterstützung Termine
    """.split()
)

# Endings of German common nouns; a capitalised word with one is not taken as a surname.
_NOUN_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "schaft",
    "schaften",
    "amt",
    "ämter",
    "stelle",
    "stellen",
    "zeit",
    "zeiten",
    "tion",
    "tionen",
    "ismus",
    "ität",
    "verein",
    "verwaltung",
    "büro",
    "zentrum",
    "haus",
    "halle",
    "schule",
    "team",
    "hilfe",
    "dienst",
    "dienste",
    "portal",
    "nummer",
    "formular",
    "antrag",
    "straße",
    "strasse",
    "platz",
)

_STREET_SUFFIX = _words(
    "straße",
    "strasse",
    "str.",
    "str",
    "weg",
    "gasse",
    "gässle",
    "gäßle",
    "platz",
    "allee",
    "ring",
    "damm",
    "steige",
    "steig",
    "staffel",
    "staffeln",
    "markt",
    "ufer",
    "graben",
    "hof",
    "berg",
    "halde",
    "wiesen",
    "wiese",
    "pfad",
    "tor",
    "brücke",
    "kai",
    "chaussee",
    "promenade",
    "anlage",
    "anlagen",
    "winkel",
    "stieg",
    "rain",
    "bühl",
    "acker",
    "äcker",
    "garten",
    "gärten",
    "hang",
    "tal",
    "feld",
    "felder",
    "höhe",
    "blick",
    "park",
    "hain",
    "eck",
    "grund",
    "wald",
    "bach",
    "brunnen",
    "kelter",
    "see",
    "insel",
    "stich",
    "stäffele",
    "gässchen",
    "plätzle",
    "weiler",
    "wasen",
    "buckel",
    "lauben",
    "hohl",
    "ried",
    "steg",
    "kamp",
    "siedlung",
    "viertel",
    "hütte",
    "mühle",
    "mauer",
)
# The same without the abbreviation's dot, for matching at the end of a word.
_STREET_SUFFIX_WORD = _STREET_SUFFIX.replace(r"str\.|", "")
_UNITS = _words(
    "uhr",
    "euro",
    "eur",
    "€",
    "%",
    "prozent",
    "minuten",
    "min",
    "stunden",
    "std",
    "tage",
    "tagen",
    "wochen",
    "monate",
    "monaten",
    "jahre",
    "jahren",
    "mal",
    "x",
    "leute",
    "personen",
    "mitarbeiter",
    "km",
    "m",
    "meter",
    "cent",
    "ct",
    "seiten",
    "stück",
    "h",
    "sekunden",
    "sek",
    "punkte",
    "termine",
    "anträge",
    "fälle",
    "wartende",
)

# ---------------------------------------------------------------- building blocks

# House number: 5, 5a, 5 a, 17/1 (Swabian), 12-14; not when a unit follows ("5 Minuten").
_HOUSE_NUMBER = (
    rf"\d{{1,4}}(?:\x20?[a-hA-H]\b)?(?:\x20?[/\-–]\x20?\d{{1,4}}[a-h]?)?"
    rf"(?!\s*(?i:{_UNITS})\b)(?![\d,.:]\d)"
)

_L = r"\p{L}"
_UP = r"\p{Lu}"
_LOW = r"\p{Ll}"
# A capitalised name word: Müller, Müller-Lüdenscheidt, O'Brien, Yılmaz, Dąbrowski, al-Hassan.
_NAME_WORD = rf"(?:(?:al|el|ad|as|ben|bin|abu)-)?{_UP}[{_LOW}{_UP}'’]*(?:-{_UP}[{_LOW}{_UP}'’]*)*"
_PARTICLE = r"(?:von|van|de|di|da|del|della|dos|du|ten|ter|le|la|al|el|mc|ibn|bin)"
_PARTICLE2 = r"(?:der|den|dem|la|le|los|de)"
# One name token, possibly behind particles ("von der Heide", "de la Cruz").
_NAME_TOKEN = rf"(?-i:(?:{_PARTICLE}\s+(?:{_PARTICLE2}\s+)?)?{_NAME_WORD})"
_INITIAL = rf"(?-i:{_UP}\.)"
_LOWER_NAME = rf"(?-i:[{_LOW}][{_LOW}'’\-]{{2,}})"

_EMAIL_TLD = r"(?:de|com|net|org|eu|info|at|ch|io|biz|me|online|email|mail|nrw|bayern|berlin)"
_AT = r"(?:@|\s*[\(\[\{<]\s*(?:at|ät|@)\s*[\)\]\}>]\s*|\s+(?:at|ät|AT)\s+|\s*\(@\)\s*)"
_DOT = r"(?:\.|\s*[\(\[\{<]\s*(?:dot|punkt|\.)\s*[\)\]\}>]\s*|\s+(?:dot|punkt|DOT|Punkt)\s+)"
_DAY_MONTH = (
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|"
    r"\d{4}-\d{2}-\d{2}\b|\d{1,2}\.?\s*(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|"
    r"Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Okt|Nov|Dez)\.?(?:\s*\d{4}|\s*\d{2}\b)?)"
)
_ID_CUE = _words(
    "Az",
    "AZ",
    "Az.",
    "Aktenzeichen",
    "Akz",
    "Akz.",
    "Geschäftszeichen",
    "Gz",
    "Gz.",
    "Vorgangsnummer",
    "Vorgangs-Nr",
    "Vorgangs-Nr.",
    "Vorgangsnr",
    "Vorgangsnr.",
    "Kundennummer",
    "Kunden-Nr",
    "Kunden-Nr.",
    "Kundennr",
    "Kundennr.",
    "Steuer-ID",
    "Steuer-Id",
    "Steuer-IdNr",
    "Steuer-IdNr.",
    "SteuerID",
    "Steuer-Nr",
    "Steuer-Nr.",
    "Steuernummer",
    "St.-Nr.",
    "StNr",
    "StNr.",
    "Identifikationsnummer",
    "IdNr",
    "IdNr.",
    "Steueridentifikationsnummer",
    "Steuer-Identifikationsnummer",
    "Ausweisnummer",
    "Ausweis-Nr",
    "Ausweis-Nr.",
    "Personalausweisnummer",
    "Personalausweis-Nr.",
    "Passnummer",
    "Reisepassnummer",
    "Versichertennummer",
    "Sozialversicherungsnummer",
    "SV-Nummer",
    "Rentenversicherungsnummer",
    "RV-Nummer",
    "Antragsnummer",
    "Antrags-Nr.",
    "Ticketnummer",
    "Ticket-Nr",
    "Ticket-Nr.",
    "Bearbeitungsnummer",
    "Kassenzeichen",
    "Rechnungsnummer",
    "Rechnungs-Nr.",
    "Vertragsnummer",
    "Vertrags-Nr.",
    "Mitgliedsnummer",
    "Personalnummer",
    "Zählernummer",
    "Fallnummer",
    "Buchungsnummer",
    "Buchungs-Nr.",
    "Referenznummer",
    "Bescheidnummer",
    "Mandatsreferenz",
    "Kundenkonto",
    "Objektnummer",
    "Steuer-ID-Nr.",
    "Führerscheinnummer",
    "Matrikelnummer",
    "Vorgang",
    "Vorgangs-ID",
)
# A file number: groups of letters/digits joined by - / . or single spaces, with a digit.
_ID_VALUE = (
    r"(?=[\p{L}\d\-/.\x20]{0,12}\d)[\p{Lu}\d][\p{L}\d]*"
    r"(?:(?:[-/.]|\x20(?=[\p{Lu}\d]*\d))[\p{L}\d]+){0,8}"
)

_GREETING = _words(
    "Viele Grüße",
    "Viele Grüsse",
    "Viele Gruesse",
    "Liebe Grüße",
    "Liebe Grüsse",
    "Beste Grüße",
    "Beste Grüsse",
    "Herzliche Grüße",
    "Herzliche Grüsse",
    "Schöne Grüße",
    "Freundliche Grüße",
    "Freundliche Grüsse",
    "Mit freundlichen Grüßen",
    "Mit freundlichen Grüssen",
    "Mit freundlichem Gruß",
    "Mit besten Grüßen",
    "Herzlichen Gruß",
    "Grüßle",
    "Grüßla",
    "Gruß",
    "Grüße",
    "Gruss",
    "Grüsse",
    "Gruesse",
    "MfG",
    "Mfg",
    "mfg",
    "LG",
    "VG",
    "lg",
    "vg",
    "Lg",
    "Vg",
    "Best regards",
    "Kind regards",
    "Regards",
    "Cheers",
    "Servus",
    "Ciao",
    "Tschüss",
    "Danke und Gruß",
    "Danke und Grüße",
    "Danke",
    "Vielen Dank",
    "gez.",
    "gez",
    "i.A.",
    "i. A.",
    "i.V.",
    "i. V.",
    "Ihr",
    "Ihre",
    "Euer",
    "Eure",
    "Dein",
    "Deine",
)


# Words between "Frau"/"Herr" and the name: "Frau Oberbürgermeisterin Lindner".
_ROLE = _words(
    "Bürgermeister",
    "Bürgermeisterin",
    "Oberbürgermeister",
    "Oberbürgermeisterin",
    "OB",
    "Stadtrat",
    "Stadträtin",
    "Gemeinderat",
    "Gemeinderätin",
    "Kollege",
    "Kollegin",
    "Sachbearbeiter",
    "Sachbearbeiterin",
    "Pfarrer",
    "Pfarrerin",
    "Minister",
    "Ministerin",
    "Landrat",
    "Landrätin",
    "Amtsleiter",
    "Amtsleiterin",
    "Abteilungsleiter",
    "Abteilungsleiterin",
    "Direktor",
    "Direktorin",
    "Professor",
    "Professorin",
    "Doktor",
    "Nachbar",
    "Nachbarin",
    "Bezirksbürgermeister",
    "Ortsvorsteher",
    "Ortsvorsteherin",
)
# Places and institutions named after people: "Robert Bosch Krankenhaus" is no person here.
_INSTITUTION = (
    r"(?:Straße|Str\.|Strasse|Schule|Gymnasium|Realschule|Grundschule|Platz|Halle|Haus|"
    r"Stiftung|Preis|Zentrum|Krankenhaus|Klinikum|See|Weg|Allee|Brücke|Saal|Park|Heim|"
    r"Kirche|Gemeinde|Bad|Quartier|Areal|Carré|Center|Bau|Tag|Markt)"
)
# Lone first names that are also ordinary words or fixed expressions in German texts.
_AMBIGUOUS_FIRST_NAMES = frozenset(
    """
    Mark Kai Ernst Frank Will Rosa Otto Kim Can Deniz Fritz Max Franz Gül Ina Uta Ida Ana
    Mia Lea Jan Tom Ben Adam Noah Emil Iris Milan Martin Maria Mario Gabi Conny
    """.split()
)


def _name_alternation(names) -> str:
    return "(?:" + "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


_FIRST_NAME = _name_alternation(FIRST_NAMES)


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: regex.Pattern | None
    # the text must contain one of these (lower-cased) for the rule to run at all
    needs: tuple[str, ...] = ()
    needs_digit: bool = False
    # a cheap pattern searched in the lower-cased text before the rule runs
    gate: regex.Pattern | None = None
    # run only when the text contains a known first name
    needs_first_name: bool = False
    # or one of these words (compared after stripping punctuation)
    needs_words: frozenset = frozenset()
    # search the gate in the text as written instead of lower-cased
    gate_on_raw: bool = False
    # instead of a pattern: a function yielding (start, end) candidate spans
    finder: object = None

    def spans(self, text: str):
        """Yield candidate (start, end) spans: the group ``v`` if present, else the match."""
        if self.finder is not None:
            yield from self.finder(text)
            return
        for match in self.pattern.finditer(text, timeout=_TIMEOUT_SECONDS):
            if match.group("v") is not None if "v" in self.pattern.groupindex else False:
                yield match.span("v")
            else:
                yield match.span()


def _rule(
    kind,
    pattern,
    *,
    needs=(),
    needs_digit=False,
    gate=None,
    needs_first_name=False,
    needs_words=(),
    gate_on_raw=False,
    flags=0,
):
    return _Rule(
        kind,
        regex.compile(pattern, flags | regex.VERSION1),
        tuple(needs),
        needs_digit,
        None if gate is None else regex.compile(gate, regex.VERSION1),
        needs_first_name,
        frozenset(needs_words),
        gate_on_raw,
    )


_X = regex.VERBOSE
_I = regex.IGNORECASE

_RULES: list[_Rule] = [
    # ---- e-mail, also obfuscated ("anna.weber at web dot de", "name(at)gmx.de")
    _rule(
        "EMAIL",
        rf"""(?<![\w.+\-])[\w.+\-]{{1,64}}+{_AT}[\w\-]{{1,63}}+(?:{_DOT}[\w\-]{{1,63}}+){{0,3}}
             {_DOT}{_EMAIL_TLD}\b""",
        needs=("@", " at ", "(at", "[at", "{at", "<at", " ät ", "(ät", "[ät", "\tat "),
        flags=_X | _I,
    ),
    _rule(
        "EMAIL",
        r"""(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}""",
        needs=("@",),
        flags=_X,
    ),
    # ---- URLs and social-media profiles / handles
    _rule(
        "URL",
        r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'\])}]{1,2000}(?<![.,;:!?])""",
        needs=("http", "www.", "ftp"),
        flags=_X | _I,
    ),
    _rule(
        "URL",
        r"""(?<![\w\-.])[\w\-]{1,63}+(?:\.[\w\-]{1,63}+){1,4}+
             (?<=\.(?:de|com|net|org|eu|info|io|me|ly|gl|be|tv|social|app|at|ch))
             /[^\s<>"'\])}]{1,2000}(?<![.,;:!?])""",
        needs=("/",),
        gate=r"\.(?:de|com|net|org|eu|info|io|me|ly|gl|be|tv|social|app|at|ch)/",
        flags=_X | _I,
    ),
    # handles; a single capitalised word ("@Stadtverwaltung") addresses an institution
    _rule(
        "URL",
        r"(?<![\w.@])@(?![A-ZÄÖÜ][a-zäöüß]+\b(?![_.]\w))[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?<!\.)\b",
        needs=("@",),
    ),
    # ---- IBAN (DE89 3704 0044 0532 0130 00 and other countries)
    _rule(
        "IBAN",
        r"""\b(?:[A-Z]{2}|[Dd][Ee]|[Aa][Tt]|[Cc][Hh])\d{2}[ ]?(?:[0-9A-Z]{4}[ ]?){2,7}
             [0-9A-Z]{1,4}\b""",
        needs_digit=True,
        gate=r"\d{2}\x20?\d{4}",
        flags=_X,
    ),
    # ---- file numbers, tax ids, customer numbers: after a cue
    _rule(
        "ID",
        rf"""(?<![\p{{L}}\-]){_ID_CUE}(?:\s*(?:[:.#]|Nr\.?|-Nr\.?|lautet|ist|war|lautete)){{0,3}}
             \s*(?P<v>{_ID_VALUE})""",
        needs_digit=True,
        needs=(
            "az",
            "zeichen",
            "nummer",
            "nr",
            "steuer",
            "idnr",
            "id-nr",
            "ausweis",
            "vorgang",
            "referenz",
            "kundenkonto",
            "-id",
            "id:",
            "id ",
        ),
        flags=_X,
    ),
    # ---- tax id without a cue: 11 digits in the official 2-3-3-3 grouping, Steuernummer
    _rule(
        "ID",
        r"(?<![\d.,/])(?:\d{2} \d{3} \d{3} \d{3}|\d{2,3}/\d{3,4}/\d{4,5})(?![\d.,/])",
        needs_digit=True,
    ),
    # ---- birth dates (only after/before a birth cue, so appointment dates survive)
    _rule(
        "DATUM",
        rf"""(?:\bgeb\.|\bgeboren(?:\s+(?:am|im|den|in\s+\p{{Lu}}\p{{L}}+\s+am))?|
               \bGeburtsdatum|\bGeb\.?-?Datum|\bGeburtstag(?:\s+(?:ist|am|war))?|
               \bJahrgang|\bJg\.|(?<!\w)\*)
             \s*[:,]?\s*(?:(?:der|den|am|im|ist|war)\s+)?
             (?P<v>{_DAY_MONTH}|(?:19|20)\d{{2}}\b)""",
        needs_digit=True,
        needs=("geb", "jahrgang", "jg.", "*"),
        flags=_X | _I,
    ),
    _rule(
        "DATUM",
        rf"""(?P<v>{_DAY_MONTH}|\b(?:19|20)\d{{2}})\s+(?:in\s+\p{{Lu}}\p{{L}}+\s+)?geboren\b""",
        needs=("geboren",),
        flags=_X | _I,
    ),
    # ---- phone numbers
    _rule(
        "TELEFON",
        r"""(?<![\w+])(?:\+|00)\s?(?:49|43|41|90|48|39|33|44|30|7|380)[\s\-/.]{0,3}
             (?:\(0\)[\s\-/]{0,3})?\(?\d{1,5}\)?(?:[\s\-/.]{0,3}\d{1,8}){1,6}\b""",
        needs_digit=True,
        needs=("+", "00"),
        flags=_X,
    ),
    _rule(
        "TELEFON",
        r"""(?<![\w.,/])\(\s?0[\d ]{1,6}\d\s?\)[\s\-/]{0,3}\d{1,8}(?:[\s\-/]{0,3}\d{1,8}){0,5}\b""",
        needs_digit=True,
        needs=("(",),
        flags=_X,
    ),
    _rule(
        "TELEFON",
        r"""(?<![\w.,/:])0\d{2,5}(?:[ \t]?[\-/][ \t]?|[ \t]{1,2}|\.)?\d{2,}
             (?:(?:[ \t]?[\-/][ \t]?|[ \t])\d{1,8}){0,5}(?!\w|[,.]\d)""",
        needs_digit=True,
        flags=_X,
    ),
    _rule(
        "TELEFON",
        r"""(?:\bTel(?:efon)?\b\.?|\bTelefonnummer|\bRufnummer|\bHandy(?:nummer)?|
             \bMobil(?:nummer|funk)?|\bFax|\berreichbar\s+unter|\banrufen\s+unter|
             \bunter\s+der\s+Nummer|\bmeine\s+Nummer(?:\s+ist)?|\bNummer\s+ist|\bTel\.?-?Nr\.?)
             \s*[:.]?\s*(?P<v>\+?\d[\d \-/()]{3,20}\d)\b""",
        needs_digit=True,
        needs=("tel", "ruf", "handy", "mobil", "fax", "erreichbar", "anrufen", "nummer"),
        flags=_X | _I,
    ),
    # ---- addresses: street with house number, postcode with place
    _rule(
        "ADRESSE",
        rf"""\b(?:Am|An\s+der|An\s+den|Auf\s+der|Auf\s+dem|Im|In\s+der|In\s+den|Hinter\s+der|
             Hinter\s+dem|Unter\s+den|Zum|Zur|Vor\s+dem|Ob\s+dem|Unterm|Untere|Obere|Alte|Neue)
             \s+(?!\p{{L}}+(?i:straße|strasse|str\.?|gasse|weg|allee)\s)
             (?={_UP})[\p{{L}}\-]*?(?i:{_STREET_SUFFIX})\s{{1,2}}{_HOUSE_NUMBER}""",
        needs_digit=True,
        needs=(
            "am ",
            "an d",
            "auf d",
            "im ",
            "in d",
            "hinter",
            "unter",
            "zum ",
            "zur ",
            "vor dem",
            "ob dem",
            "obere",
            "alte ",
            "neue ",
        ),
        flags=_X,
    ),
    _rule(
        "ADRESSE",
        rf"""(?:\b{_UP}[\p{{L}}\-]*+(?<=\p{{L}}\p{{L}}(?i:{_STREET_SUFFIX_WORD}))\.?|
             (?!(?:Die|Der|Das|Den|Dem|Des|Eine|Einer|In|Im|Am|An|Auf|Zur|Zum|Jede|Keine)\b)
             \b{_UP}[\p{{L}}\-]*[\x20\-](?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Markt|
             Gasse|Steige|Steig|Damm|Ufer|Tor|Chaussee|Promenade|Graben|Berg|Hof|Staffel|Gässle|
             Anlage|Stäffele|Weiler|Park))
             \s{{0,2}}{_HOUSE_NUMBER}""",
        needs_digit=True,
        gate=rf"(?<={_STREET_SUFFIX}\.?\s{{0,2}})\d",
        flags=_X,
    ),
    _rule(
        "ADRESSE",
        rf"""(?<![\d.,/€$])(?:D-\s?)?\b\d{{5}}\s+(?!(?:Euro|EUR|Einwohner|Menschen|Bürger|Leute|
             Mitarbeiter|Stück|Anträge|Fälle|Besucher|Unterschriften|Haushalte|Nutzer|Zugriffe|
             Klicks|Seiten|Personen|Kunden|Teilnehmer|Stimmen|Mal|Jahre|Kilometer|Meter|Tonnen|
             Liter|Exemplare|Wohnungen|Arbeitsplätze|Beschäftigte|Studierende|Schüler|Kinder|
             Fahrgäste|Autos|Fahrzeuge|Menschen|Mitglieder|Follower|Downloads|Aufrufe)\p{{L}}*\b)
             {_UP}[\p{{L}}\-]{{1,40}}(?:\s(?:am|an\s+der|a\.\s?N\.|a\.d\.|ob\s+der|im|bei|in)
             \s{_UP}[\p{{L}}\-]{{1,40}})?""",
        needs_digit=True,
        gate=r"\d{5}\s",
        flags=_X,
    ),
    _rule("ADRESSE", r"\bPostfach\s+(?P<v>\d[\d ]{1,12}\d)", needs=("postfach",), flags=_I),
    # ---- licence plates (ES-AB 123, S-XY 123E, WN K 42)
    _rule(
        "KFZ",
        r"""(?<![\w\-])(?!(?:SGB|BGB|StGB|GG|HGB|ZPO|OZG|AO|EU|ISO|DIN|PC|IT|VwVfG)\b)
             [A-ZÄÖÜ]{1,3}(?:[\-–][ ]?|[ ])(?!I{1,3}\b|IV\b|V\b|VI{1,3}\b|IX\b|X\b)[A-Z]{1,2}
             [ \-]?\d{1,4}[EH]?\b""",
        needs_digit=True,
        gate=r"(?<=[A-ZÄÖÜ][\x20\-]?)\d",
        gate_on_raw=True,
        flags=_X,
    ),
    _rule(
        "KFZ",
        r"""\b(?:Kennzeichen|Kfz-Kennzeichen|Nummernschild|Autokennzeichen)\s*[:]?\s*
             (?:(?:ist|lautet|war|mit)\s+)?(?P<v>[A-Za-zÄÖÜäöü]{1,3}[\-\s]{1,2}[A-Za-z]{1,2}
             [\s\-]?\d{1,4}[EHeh]?)\b""",
        needs_digit=True,
        needs=("kennzeichen", "nummernschild"),
        flags=_X,
    ),
    # ---- names after cues
    # Herr/Frau/Familie (+ optional role and titles) + name: "Frau Oberbürgermeisterin Lindner"
    _rule(
        "NAME",
        rf"""(?:\b(?:Herrn?|Frau|Familie|Fam\.)|(?<![\w\-–/]|[\-–/]\x20)(?:Hr|Fr)\.)\s+
             (?:{_ROLE}\s+)?
             (?:(?:Dr|Prof|Dipl\.-Ing|Dipl|Ing|med|rer\.\s?nat|jur|phil|h\.\s?c|Mag)\.\s*){{0,3}}
             (?P<v>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})""",
        needs=("herr", "frau", "hr.", "fr.", "famili", "fam."),
        flags=_X,
    ),
    # titles alone: "Dr. Schneider", "Prof. Dr. Weißenberger"
    _rule(
        "NAME",
        rf"""(?<!\w)(?:Dr|Prof|Dipl\.-Ing)\.\s*(?:(?:Dr|med|rer\.\s?nat|jur|phil|dent)\.\s*){{0,2}}
             (?P<v>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})""",
        needs=("dr.", "prof.", "dipl"),
        flags=_X,
    ),
    # typed in lower case: "bei frau weber", "herr nguyen hat"
    _rule(
        "NAME",
        rf"""\b(?:herrn?|frau|familie)\s+(?P<v>{_LOWER_NAME}(?:\s+{_LOWER_NAME})?)""",
        needs=("herr", "frau", "famili"),
        flags=_X,
    ),
    # strong cues: the next words are a name, in any case
    _rule(
        "NAME",
        rf"""(?:\b[Ii][Cc][Hh]\s+[Hh][Ee][Ii](?:ß|ss|s|SS|S)[Ee]|
             \b[Mm]ein\s+(?:[Nn]ame|[Nn]achname|[Vv]orname)\s+(?:ist|lautet|:)|
             (?<![\w\-])(?:Vor-?\s*und\s+Nach)?[Nn]ame\s*:|\b[Nn]achname\s*:|\b[Vv]orname\s*:|
             \b[Mm]y\s+name\s+is|\b[Cc]all\s+me)
             \s*:?\s*(?P<v>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}|
             {_LOWER_NAME}(?:\s+{_LOWER_NAME}){{0,2}})""",
        needs=("ich hei", "name", "call me"),
        flags=_X,
    ),
    # cues followed by a capitalised name: "Kontaktperson: Lukas Brenner", "namens Weber"
    _rule(
        "NAME",
        rf"""(?:\b(?:Ansprechpartner(?:in)?|Kontakt(?:person)?|Unterschrift|Absender(?:in)?|
             Verfasser(?:in)?)\s*:|\bnamens|\bmit\s+Namen)
             \s*(?P<v>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})""",
        needs=("ansprech", "kontakt", "unterschrift", "absender", "verfasser", "namen"),
        flags=_X,
    ),
    # weak cues: only with a known first name ("ich bin die Elif", "hier schreibt der Frieder")
    _rule(
        "NAME",
        rf"""(?:\b[Ii]ch\s+bin\s+(?:die|der|d')?|\b[Hh]ier\s+(?:ist|schreibt|spricht)\s+
             (?:die|der|d')?|\bI\s+am|\bI'm|\b[Ww]ir\s+sind|\b[Mm]eine?\s+(?:Frau|Mann|Sohn|
             Tochter|Mutter|Vater|Oma|Opa|Nachbarin|Nachbar|Kollegin|Kollege|Freundin|Freund|
             Schwester|Bruder|Enkelin|Enkel|Kind|Partnerin|Partner|Schwiegermutter|Schwiegervater)
             ,?)\s+(?P<v>{_FIRST_NAME}(?:\s+{_NAME_TOKEN}){{0,2}})(?![\p{{L}}\-])""",
        needs_first_name=True,
        flags=_X,
    ),
    _rule(
        "NAME",
        rf"""\b[Ii]ch,\s+(?P<v>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}),""",
        needs=("ich,",),
        flags=_X,
    ),
    # greetings and signatures: "Viele Grüße, Anna Weber", "LG Tim", "gez. Weber"
    _rule(
        "NAME",
        rf"""(?:^|(?<=[\s,.;:!?(]))(?:{_GREETING})(?:\s+(?:aus|vom|von\s+der|von|vom)\s+
             {_UP}[\p{{L}}\-]+)?[\x20\t]*[,:;!\-–]?\s*
             (?:(?:Ihre?|Eure?|Euer|Deine?|Familie|Fam\.|von)\s+)?
             (?P<v>(?:{_INITIAL}\s*|{_NAME_TOKEN}\s*){{1,3}})
             (?=\s*$|\s*[,.;:!?)\n]|\s+\p{{Ll}}|\s+\(|\s+und\s)""",
        needs=(
            "grü",
            "gruß",
            "gruss",
            "gruess",
            "regards",
            "cheers",
            "servus",
            "ciao",
            "tschü",
            "dank",
            "gez",
            "i.a.",
            "i. a.",
            "i.v.",
            "i. v.",
        ),
        needs_words=(
            "MfG",
            "mfg",
            "Mfg",
            "LG",
            "lg",
            "Lg",
            "VG",
            "vg",
            "Vg",
            "Ihr",
            "Ihre",
            "Eure",
            "Euer",
            "Dein",
            "Deine",
        ),
        flags=_X,
    ),
    # a known first name, alone or followed by a surname ("Anna Weber", "für Emre")
    _Rule("NAME", None, needs_first_name=True, finder=lambda text: _first_name_spans(text)),
]


_CAPITALISED = regex.compile(
    r"(?<![\p{L}\-.])(?<!\bSt\.\s)(?<!\bSankt\s)\p{Lu}\p{L}*+(?:-\p{Lu}\p{L}*+)*+(?![\p{L}\-])"
)
_SURNAME_TAIL = regex.compile(
    rf"(?:\s+(?:{_INITIAL}|{_NAME_TOKEN})){{1,2}}(?![\p{{L}}\-])", regex.VERSION1
)
_INSTITUTION_AFTER = regex.compile(rf"\s*-?{_INSTITUTION}", regex.VERSION1)


def _first_name_spans(text: str):
    """Spans of known first names, with the surname that follows when there is one.

    A set look-up per capitalised word is much faster than one regex alternation of
    hundreds of names.
    """
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word not in FIRST_NAMES:
            continue
        tail = _SURNAME_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        if _INSTITUTION_AFTER.match(text, end):
            continue  # "Robert Bosch Krankenhaus", "Anne Frank Schule"
        if tail is None and word in _AMBIGUOUS_FIRST_NAMES:
            continue
        yield match.start(), end


def _valid_name(value: str) -> bool:
    """Check a candidate name span: reject common nouns and role words."""
    words = value.split()
    if not words:
        return False
    first = words[0].rstrip(".,")
    if first in NOT_NAMES:
        return False
    lower = first.lower()
    if any(lower.endswith(end) for end in _NOUN_ENDINGS) and first not in FIRST_NAMES:
        return False
    return True


def _is_first_name(word: str) -> bool:
    return word in FIRST_NAMES or word[:1].upper() + word[1:] in FIRST_NAMES


_SPACES = regex.compile(r"(\s+)")
_PARTICLE_RE = regex.compile(rf"{_PARTICLE}|{_PARTICLE2}")


def _is_particle(word: str) -> bool:
    return _PARTICLE_RE.fullmatch(word) is not None


def _trim_name(value: str) -> str:
    """Cut a name span before the first word that is clearly not part of a name."""
    words = _SPACES.split(value.strip())
    kept: list[str] = []
    name_words = 0
    for i in range(0, len(words), 2):
        word = words[i]
        bare = word.rstrip(".,;:")
        if not bare:
            break
        if name_words and (
            bare in NOT_NAMES or any(bare.lower().endswith(end) for end in _NOUN_ENDINGS)
        ):
            break
        lower = bare[:1].islower() and not _is_particle(bare)
        if lower and (bare in _LOWER_STOP or (name_words and not _is_first_name(kept[-1]))):
            # lower-case text: a second word only after a first name ("kevin schuster")
            break
        if kept:
            kept.append(words[i - 1])
        kept.append(word)
        if not _is_particle(bare):
            name_words += 1
    return "".join(kept)


_LOWER_STOP = frozenset(
    """
    der die das den dem des ein eine einer einen einem und oder aber auch noch schon war ist
    hat hatte haben sind sein wird wurde wurden kann konnte könnte muss musste soll sollte
    will wollte darf durfte mag möchte am im an auf aus bei mit nach von vom zu zum zur für
    über unter vor hinter neben zwischen seit ohne gegen bis als wie was wer wo wann warum
    nicht nie kein keine sehr so ganz gar sagt sagte meinte erklärte fragte ging kam gab
    nahm rief schrieb half hilft freundlich nett super toll unfreundlich genervt gestresst
    da dort hier jetzt heute gestern morgen immer oft leider zwar doch mal halt eben
    schalter amt bürgeramt sachbearbeiterin sachbearbeiter kollegin kollege doktor
    bürgermeister bürgermeisterin lage holle ihm ihr ihn sie er es wir ich du man sich
    selbst allein alleine hinterm schreibtisch telefon mir mich uns euch dann denn weil dass
    ob wenn aufm uffm isch hot hen send sei gwä gwesa koi koine net nix
    """.split()
)


def _accept(kind: str, value: str, text: str, start: int) -> str | None:
    """Return the part of ``value`` to redact, or None to leave the match alone."""
    if kind != "NAME":
        return value
    trimmed = _trim_name(value).rstrip(" ,.;:")
    if not trimmed:
        return None
    first = trimmed.split()[0]
    if first[:1].islower() and first.lower() in _LOWER_STOP:
        return None
    if not _valid_name(trimmed):
        return None
    # "eine Frau Auskunft geben": after an indefinite article the word is no name
    before = text[max(0, start - 40) : start].lower().split()
    if (
        len(before) >= 2
        and before[-1] in {"frau", "herr", "herrn"}
        and before[-2] in _GENERIC_BEFORE
        and trimmed.split()[0] not in FIRST_NAMES
    ):
        return None
    return trimmed


_GENERIC_BEFORE = frozenset(
    """
    eine einer einen einem jede jeder jeden keine keiner keinen als für manche viele ältere
    älteren junge jungen nette netten freundliche freundlichen alte alten andere anderen
    diese dieser diesen welche welcher jeder sone so'ne ne 'ne gute guten arme armen
    """.split()
)


@dataclass
class RedactionResult:
    """Redacted texts and how many spans of each type were replaced.

    Attributes
    ----------
    texts : list
        The texts, redacted; non-text values (None, NaN, numbers) are passed through.
    counts : dict of str to int
        Number of replaced spans per type (``EMAIL``, ``TELEFON`` …); never the values.
    """

    texts: list
    counts: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"RedactionResult(n_texts={len(self.texts)}, counts={self.counts})"


_STRIP = ".,;:!?()[]{}\"'„“”‚‘’«»/*"


_DIGIT = regex.compile(r"\d")
_TAG_IN_VALUE = regex.compile(r"\[[A-Z]+\]")


class _Features:
    """What a text contains, worked out once so that most rules can be skipped cheaply."""

    __slots__ = ("text", "lowered", "has_digit", "_words")

    def __init__(self, text: str):
        self.text = text
        self.lowered = text.lower()
        self.has_digit = _DIGIT.search(text) is not None
        self._words = None

    def words(self) -> set:
        if self._words is None:
            self._words = {word.strip(_STRIP) for word in self.text.split()}
        return self._words

    def admits(self, rule: _Rule) -> bool:
        if rule.needs_digit and not self.has_digit:
            return False
        if rule.needs or rule.needs_words:
            lowered = self.lowered
            if not (
                any(cue in lowered for cue in rule.needs)
                or (rule.needs_words and not rule.needs_words.isdisjoint(self.words()))
            ):
                return False
        if rule.needs_first_name and self.words().isdisjoint(FIRST_NAMES):
            return False
        if rule.gate is None:
            return True
        return rule.gate.search(self.text if rule.gate_on_raw else self.lowered) is not None


def _redact_one(text: str, counts: dict) -> str:
    # Most answers hold no personal data; skipping a rule after a few substring checks is
    # far faster than scanning the text with its pattern.
    features = _Features(text)
    for rule in _RULES:
        if not features.admits(rule):
            continue
        tag = TAGS[rule.kind]
        pieces: list[str] = []
        last = 0
        changed = False
        for start, end in rule.spans(text):
            if start < last:
                continue
            value = text[start:end]
            if "[" in value and _TAG_IN_VALUE.search(value):
                continue  # never re-redact a tag
            accepted = _accept(rule.kind, value, text, start)
            if accepted is None:
                continue
            end = start + len(accepted)
            pieces.append(text[last:start])
            pieces.append(tag)
            last = end
            counts[rule.kind] = counts.get(rule.kind, 0) + 1
            changed = True
        if changed:
            pieces.append(text[last:])
            text = "".join(pieces)
            features = _Features(text)
    return text


def _is_text(value) -> bool:
    return isinstance(value, str)


def redact(texts, *, n_jobs: int | None = 1) -> RedactionResult:
    """Replace personal data in each text by a tag such as ``[NAME]`` or ``[TELEFON]``.

    Parameters
    ----------
    texts : iterable of str
        Free-text answers. Values that are not text (None, NaN, numbers) are returned
        unchanged; empty strings stay empty.
    n_jobs : int or None, default=1
        Worker processes for large inputs (at least 20,000 texts); None or -1 uses every
        core. Results are identical to ``n_jobs=1``.

    Returns
    -------
    RedactionResult
        ``texts`` in the same order and ``counts`` per type; the removed values are
        neither returned nor logged.

    See Also
    --------
    redact_text : one text.

    Notes
    -----
    Rules, not a language model: names are found after cues (Herr, Frau, Dr., "ich heiße",
    greetings and signatures) or as a common first name followed by a surname. A name
    without such a cue ("Weber war sehr nett") is not found, so redaction is a safety net,
    not a guarantee — quotes shown to others still need a human look.

    Examples
    --------
    >>> result = redact(["Frau Yılmaz war sehr nett, Tel. 0711 3512-2490", None, ""])
    >>> result.texts
    ['Frau [NAME] war sehr nett, Tel. [TELEFON]', None, '']
    >>> result.counts["NAME"], result.counts["TELEFON"]
    (1, 1)
    """
    if isinstance(texts, str):
        raise TypeError("redact() expects a list of texts; use redact_text() for one text")
    texts = list(texts)
    workers = (os.cpu_count() or 1) if n_jobs in (None, -1) else max(1, int(n_jobs))
    if workers > 1 and len(texts) >= _PARALLEL_MIN:
        return _redact_parallel(texts, workers)
    counts = {kind: 0 for kind in TAGS}
    out = []
    for value in texts:
        if not _is_text(value) or not value:
            out.append(value)
            continue
        try:
            out.append(_redact_one(value, counts))
        except TimeoutError:
            out.append(_WITHHELD)
            counts["WITHHELD"] = counts.get("WITHHELD", 0) + 1
    return RedactionResult(out, counts)


_PARALLEL_MIN = 20_000


def _redact_parallel(texts: list, workers: int) -> RedactionResult:
    """Redact contiguous chunks in worker processes; order and counts as in one process."""
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(texts) // workers)
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    out, counts = [], {kind: 0 for kind in TAGS}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(redact, chunks):
            out.extend(part.texts)
            for kind, n in part.counts.items():
                counts[kind] = counts.get(kind, 0) + n
    return RedactionResult(out, counts)


def redact_text(text):
    """Redact one text; see :func:`redact`. Non-text values are returned unchanged.

    Examples
    --------
    >>> redact_text("Mail an anna.weber(at)gmx.de oder www.instagram.com/anna.w")
    'Mail an [EMAIL] oder [URL]'
    >>> redact_text(float("nan")) != redact_text(float("nan"))  # NaN passes through
    True
    """
    if not _is_text(text) or not text:
        return text
    return redact([text]).texts[0]
