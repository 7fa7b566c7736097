"""Generate the synthetic Esslingen demo surveys and the partner-city staff surveys.

Run ``python surveys/esslingen_demo/generate.py [--seed 2026] [--out DIR]``; same seed, same files.

The free-text statements are hand-written (``statements/citizens.yml``, ``statements/staff.yml``);
this script only assembles respondents from them: it decides who answers which question, which
statement a respondent gets (topic choice leans a little on age band, Stadtteil, department and
role), draws Likert answers from per-respondent latent scores per maturity dimension, adds the
identifier columns and plants the data defects the loader must account for. It also writes the
ground truth that tests use (``truth/``) and the list of planted personal data
(``planted_pii.txt``), which must never show up in any output.

Everything here is invented. Any resemblance to real persons, addresses or numbers is coincidental.
"""

# ruff: noqa: E501  (data tables: item wordings and group effects read best on one line)
from __future__ import annotations

import argparse
import csv
import io
import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pyreadstat
import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 2026
DEFAULT_OUT = HERE.parent  # the repository's ``surveys/`` directory

# --------------------------------------------------------------------------------------------
# Likert items (fixed by the team contract; wording kept here for the SPSS variable labels)
# --------------------------------------------------------------------------------------------
SCALE_LABELS = {
    1: "stimme gar nicht zu",
    2: "stimme eher nicht zu",
    3: "teils/teils",
    4: "stimme eher zu",
    5: "stimme voll zu",
}
DONT_KNOW, NO_ANSWER = "weiß nicht", "keine Angabe"

# column: (dimension, reverse, item offset on the 1-5 scale, wording)
CITIZEN_ITEMS = {
    "strat_b1": ("strategie", False, -0.1, "Die Stadt hat eine erkennbare Strategie für die Digitalisierung."),
    "strat_b2": ("strategie", False, 0.1, "Die Stadt informiert verständlich über ihre Digitalisierungsvorhaben."),
    "online_b1": ("online_dienste", False, 0.0, "Ich kann die Verwaltungsleistungen, die ich brauche, online erledigen."),
    "online_b2": ("online_dienste", False, -0.4, "Termine beim Bürgeramt bekomme ich online schnell."),
    "online_b3": ("online_dienste", True, -0.2, "Für Behördengänge muss ich noch oft persönlich erscheinen."),
    "online_b4": ("online_dienste", False, 0.3, "Die Online-Angebote der Stadt sind leicht zu bedienen."),
    "prozess_b1": ("prozesse", False, -0.2, "Meine Anliegen werden ohne Medienbrüche bearbeitet (kein Ausdrucken, Unterschreiben, Einscannen)."),
    "prozess_b2": ("prozesse", False, 0.2, "Bescheide und Rückmeldungen der Stadt erhalte ich digital."),
    "it_b1": ("it_sicherheit", False, 0.2, "Ich vertraue darauf, dass die Stadt meine Daten sicher verarbeitet."),
    "it_b2": ("it_sicherheit", False, -0.2, "Öffentliches WLAN ist in Esslingen gut verfügbar."),
    "daten_b1": ("daten", False, 0.2, "Die Stadt stellt ihre Daten offen und verständlich bereit."),
    "daten_b2": ("daten", False, -0.3, "Ich weiß, welche Daten die Stadt über mich speichert."),
    "smart_b1": ("smart_city", False, 0.3, "Informationen zu Bus, Parken und Verkehr sind digital gut verfügbar."),
    "smart_b2": ("smart_city", False, -0.3, "An Planungen der Stadt kann ich mich digital einfach beteiligen."),
    "standort_b1": ("standort", False, -0.1, "Die Breitband- und Glasfaserversorgung in Esslingen ist gut."),
    "standort_b2": ("standort", False, 0.1, "Esslingen ist ein attraktiver Standort für digitale Unternehmen."),
}
STAFF_ITEMS = {
    "strat_m1": ("strategie", False, 0.1, "Die Verwaltungsspitze treibt die Digitalisierung sichtbar voran."),
    "strat_m2": ("strategie", False, -0.2, "Ich kenne die Ziele der Digitalisierungsstrategie."),
    "strat_m3": ("strategie", True, 0.0, "Digitalisierungsprojekte scheitern bei uns oft an unklaren Zuständigkeiten."),
    "online_m1": ("online_dienste", False, 0.2, "Die Leistungen meines Bereichs sind online beantragbar."),
    "online_m2": ("online_dienste", False, -0.3, "Online-Anträge kommen ohne erneutes Abtippen bei mir an."),
    "prozess_m1": ("prozesse", False, 0.1, "Ich arbeite überwiegend mit der E-Akte."),
    "prozess_m2": ("prozesse", True, 0.0, "In meinen Abläufen gibt es viele Medienbrüche (Papier, Ausdrucke, Scans)."),
    "prozess_m3": ("prozesse", False, -0.2, "Unsere Fachverfahren haben Schnittstellen zueinander."),
    "it_m1": ("it_sicherheit", False, 0.0, "Meine IT-Ausstattung ermöglicht effizientes Arbeiten, auch mobil."),
    "it_m2": ("it_sicherheit", False, -0.2, "IT-Störungen werden schnell behoben."),
    "it_m3": ("it_sicherheit", False, 0.3, "Ich weiß, wie ich mich bei einem IT-Sicherheitsvorfall verhalten muss."),
    "kompetenz_m1": ("kompetenzen", False, 0.5, "Ich fühle mich sicher im Umgang mit digitalen Werkzeugen."),
    "kompetenz_m2": ("kompetenzen", False, -0.1, "Es gibt ausreichend Fortbildungen zu digitalen Themen."),
    "kompetenz_m3": ("kompetenzen", False, -0.5, "Ich habe Zeit, mich in neue Software einzuarbeiten."),
    "daten_m1": ("daten", False, 0.1, "Daten aus meinem Bereich werden auch von anderen Bereichen genutzt."),
    "daten_m2": ("daten", False, -0.3, "Wir veröffentlichen geeignete Daten als Open Data."),
    "smart_m1": ("smart_city", False, 0.0, "Die Stadt nutzt Daten für Verkehrs- und Stadtplanung."),
    "standort_m1": ("standort", False, 0.0, "Die Wirtschaftsförderung bietet Unternehmen digitale Dienste an."),
}

# Dimension means (1-5 scale) per population. Staff of Esslingen see the online offer more
# positively than citizens do (they know what exists), but their own processes and the
# strategy more critically (they live with the Medienbrüche). Partner cities get distinct
# profiles so benchmarking has something to show.
CITIZEN_MEANS = {"strategie": 2.7, "online_dienste": 2.6, "prozesse": 2.4, "it_sicherheit": 3.0,
                 "daten": 2.3, "smart_city": 2.9, "standort": 3.1}
STAFF_MEANS = {"strategie": 2.5, "online_dienste": 3.0, "prozesse": 2.1, "it_sicherheit": 2.8,
               "kompetenzen": 3.2, "daten": 2.4, "smart_city": 3.0, "standort": 3.2}
PARTNER_MEANS = {
    # Ludwigsburg: strong smart-city and strategy profile
    "ludwigsburg": {"strategie": 3.4, "online_dienste": 3.5, "prozesse": 3.0, "it_sicherheit": 3.2,
                    "kompetenzen": 3.3, "daten": 3.3, "smart_city": 3.6, "standort": 3.1},
    # Waiblingen: E-Akte rolled out, little on data and smart city
    "waiblingen": {"strategie": 2.9, "online_dienste": 2.8, "prozesse": 3.3, "it_sicherheit": 3.1,
                   "kompetenzen": 3.0, "daten": 2.2, "smart_city": 2.4, "standort": 2.8},
    # Böblingen: solid IT and a strong business location, weak online services and processes
    "boeblingen": {"strategie": 2.6, "online_dienste": 2.5, "prozesse": 2.4, "it_sicherheit": 3.5,
                   "kompetenzen": 2.7, "daten": 2.6, "smart_city": 2.9, "standort": 3.6},
}

# Group effects on dimension means (added to the population mean).
AGE_EFFECT = {
    "16-29": {"online_dienste": 0.2, "smart_city": 0.2, "it_sicherheit": -0.2, "daten": 0.1},
    "30-44": {"online_dienste": -0.1, "prozesse": -0.1},
    "45-64": {},
    "65+": {"online_dienste": -0.5, "prozesse": -0.3, "it_sicherheit": 0.3, "smart_city": -0.3,
            "strategie": 0.1, "daten": -0.2},
}
STADTTEIL_EFFECT = {
    "Innenstadt": {"it_sicherheit": 0.2, "smart_city": 0.3, "standort": 0.2},
    "Weststadt": {"smart_city": 0.3, "standort": 0.3},
    "Berkheim": {"standort": -0.5},
    "Zell": {"standort": -0.4, "smart_city": -0.2},
    "Hegensberg": {"standort": -0.7, "it_sicherheit": -0.2},
    "Mettingen": {"standort": -0.1},
}
FACHBEREICH_EFFECT = {
    "Bürgerdienste": {"online_dienste": 0.3, "prozesse": -0.1},
    "Ordnung": {"it_sicherheit": -0.3, "online_dienste": -0.2},
    "Bauen & Planen": {"prozesse": -0.5, "daten": 0.3, "smart_city": 0.4},
    "Finanzen": {"prozesse": 0.2, "online_dienste": -0.4},
    "Soziales": {"online_dienste": -0.3, "kompetenzen": -0.2},
    "Zentrale Dienste": {"it_sicherheit": 0.2},
    "Digitalisierung": {"strategie": 0.8, "kompetenzen": 0.6, "it_sicherheit": 0.4, "daten": 0.4},
}
ROLE_EFFECT = {
    "Sachbearbeitung": {},
    "Führungskraft": {"strategie": 0.5},
    "Auszubildende": {"kompetenzen": 0.4, "strategie": -0.3},
    "IT": {"kompetenzen": 0.7, "it_sicherheit": 0.3, "strategie": 0.1},
}

# Share of "weiß nicht" per item; citizens often cannot judge data and location items.
CITIZEN_DONT_KNOW = {"daten_b1": 0.14, "daten_b2": 0.08, "standort_b1": 0.10, "standort_b2": 0.18,
                     "strat_b1": 0.08, "prozess_b1": 0.06, "it_b2": 0.05}
STAFF_DONT_KNOW = {"daten_m2": 0.18, "standort_m1": 0.25, "smart_m1": 0.15, "strat_m2": 0.05,
                   "daten_m1": 0.06}

# --------------------------------------------------------------------------------------------
# Respondent groups
# --------------------------------------------------------------------------------------------
AGE_BANDS = ["16-29", "30-44", "45-64", "65+"]
AGE_P_ONLINE = [0.22, 0.32, 0.33, 0.13]
AGE_P_PAPER = [0.05, 0.12, 0.33, 0.50]  # paper questionnaires come mostly from older people
STADTTEILE = ["Innenstadt", "Mettingen", "Oberesslingen", "Berkheim", "Zell", "Pliensauvorstadt",
              "Weststadt", "Hegensberg"]
STADTTEIL_P = [0.20, 0.10, 0.15, 0.12, 0.08, 0.12, 0.14, 0.09]
SMALL_STADTTEIL, SMALL_STADTTEIL_N = "Sirnau", 3  # exercises small-group suppression
GENDERS = ["weiblich", "männlich", "divers", "keine Angabe"]
GENDER_P = [0.50, 0.44, 0.015, 0.045]

FACHBEREICH_SIZES = {"Bürgerdienste": 50, "Ordnung": 34, "Bauen & Planen": 46, "Finanzen": 36,
                     "Soziales": 40, "Zentrale Dienste": 40, "Digitalisierung": 4}
ROLES = ["Sachbearbeitung", "Führungskraft", "Auszubildende", "IT"]

# Topic affinities: multipliers on the chance that a respondent of a group writes a statement
# of that topic. Kept mild so topics overlap between groups as in real data.
AGE_TOPIC = {
    "16-29": {"mobilitaet": 2.0, "english": 2.5, "schulen": 1.4, "inklusion": 0.4,
              "wlan_breitband": 1.4, "smart_city_daten": 1.3},
    "30-44": {"schulen": 2.0, "termine_online": 1.3, "wirtschaft_glasfaser": 1.3},
    "45-64": {"wirtschaft_glasfaser": 1.3, "datenschutz": 1.2},
    "65+": {"inklusion": 3.5, "english": 0.2, "warteschlangen": 1.5, "datenschutz": 1.5,
            "mobilitaet": 0.8, "schulen": 0.3},
}
STADTTEIL_TOPIC = {
    "Berkheim": {"wlan_breitband": 1.8, "wirtschaft_glasfaser": 1.6},
    "Zell": {"wlan_breitband": 1.8, "mobilitaet": 1.3},
    "Hegensberg": {"wlan_breitband": 2.0, "mobilitaet": 1.5},
    "Innenstadt": {"warteschlangen": 1.4, "mobilitaet": 1.3, "smart_city_daten": 1.3},
    "Weststadt": {"smart_city_daten": 1.4, "wirtschaft_glasfaser": 1.3},
    "Pliensauvorstadt": {"mobilitaet": 1.4},
    "Mettingen": {"schulen": 1.3},
}
ROLE_TOPIC = {
    "Sachbearbeitung": {"medienbrueche": 1.3, "e_akte": 1.2},
    "Führungskraft": {"fuehrung_strategie": 1.8, "personal": 2.0, "medienbrueche": 0.8},
    "Auszubildende": {"fortbildung": 2.5, "ausstattung_homeoffice": 1.8, "fuehrung_strategie": 0.5},
    "IT": {"it_sicherheit": 3.0, "fachverfahren": 1.5, "ausstattung_homeoffice": 1.3,
           "medienbrueche": 0.6},
}
FACHBEREICH_TOPIC = {
    "Bauen & Planen": {"e_akte": 1.5, "fachverfahren": 1.4},
    "Bürgerdienste": {"medienbrueche": 1.5},
    "Ordnung": {"ausstattung_homeoffice": 1.5},
    "Finanzen": {"fachverfahren": 1.3, "medienbrueche": 1.2},
    "Soziales": {"personal": 1.5},
    "Zentrale Dienste": {"fortbildung": 1.3, "personal": 1.3},
    "Digitalisierung": {"fuehrung_strategie": 2.0, "it_sicherheit": 1.5},
}
# Statements that name a place or department go preferably to respondents from there.
FACHBEREICH_WORDS = {
    "Bürgerdienste": r"Bürgeramt|Service-BW|Einwohner|Standesamt|Publikumsverkehr",
    "Ordnung": r"Ordnungsamt|Außendienst|Falschpark|Verwarnung",
    "Bauen & Planen": r"Baurecht|Bauantr|Bauakte|Baupl|Bauverfahren|Baugenehm|Planbl|Pläne|GIS|"
                      r"Tiefbau|Stadtplanung",
    "Finanzen": r"Kämmerei|Kasse|Rechnung|Haushalt|Buchung|IBAN|Erstattung",
    "Soziales": r"Sozialamt|Wohngeld",
    "Zentrale Dienste": r"Personalamt|Dienstreise|SAP|Personalverfahren|Stellenplan|Zeiterfassung",
    "Digitalisierung": r"Amt für Digitalisierung|Stabsstelle",
}
ROLE_WORDS = {"Auszubildende": r"Azubi", "Führungskraft": r"Amtsleitung|Dienstbesprechung"}
AGE_WORDS = {
    "65+": r"Rentner|Rente|Enkel|\bOma\b|\bOpa\b|Senior|\bmit 7\d|\bmit 8\d|im Alter|Hörgerät",
    "16-29": r"Studium|\bUni\b|Ausbildung|Azubi|Schüler|Abi\b|Semester|WG\b|Student",
    "30-44": r"Kita|Kinder|\bKind\b|Tochter|Sohn|Elternabend|Elternzeit|Kindergeld",
}

# Non-answers that real exports contain in free-text fields.
NON_ANSWERS = ["keine Angabe", "-", "k.A.", "/", "nichts", "Keine Angabe", "--"]
NON_ANSWER_P = [0.35, 0.22, 0.15, 0.05, 0.1, 0.08, 0.05]

# --------------------------------------------------------------------------------------------
# Invented identifiers and personal data
# --------------------------------------------------------------------------------------------
FIRST_NAMES = ["Jürgen", "Sabine", "Klaus", "Monika", "Thomas", "Petra", "Stefan", "Andrea",
               "Wolfgang", "Birgit", "Markus", "Claudia", "Lukas", "Lea", "Mehmet", "Elif",
               "Dragan", "Irina", "Tobias", "Anja", "Hans-Peter", "Ursula", "Fabian", "Johanna"]
LAST_NAMES = ["Häberle", "Maier", "Schwarzkopf", "Kuhnle", "Bühler", "Zeller", "Rieger", "Brändle",
              "Pfisterer", "Gschwind", "Kaya", "Öztürk", "Novak", "Hägele", "Greiner", "Kächele",
              "Wahl", "Dreher", "Ruoff", "Mauch", "Frank", "Elsässer", "Scholl", "Vogt"]
MAIL_DOMAINS = ["web.example", "gmx.example", "t-online.example", "posteo.example", "mail.example"]

# Personal data written into the statements. PII_PATTERNS below find most of it automatically
# (also in statements added later); this list adds what they cannot find. Only strings that
# really occur in the generated data end up in planted_pii.txt.
KNOWN_PII = [
    "Kälberer", "0711 3512-2490", "63-BG-2025-0417", "Dietmar Ostertag", "Ostertag", "Gül Aydin",
    "Aydin", "14.03.1961", "Mülberger Straße 112", "ES-KM 381", "DE27 6115 0020 0102 3344 55",
    "Bräuninger", "Wälde", "Rapp", "ob-esslingen@gmx.example", "Schweizer",
    "m.hoerz@esslingen.example", "Yilmaz", "0711 3512-2873", "p.schaeufele@esslingen.example",
    "Schäufele", "Sabine Nüßle", "Nüßle", "0711 3512-2317",
    # from statements/citizens.yml: personal data the patterns cannot find (no "Herr"/"Frau",
    # obfuscated e-mails, spaced phone numbers), collected by reading the statements
    "anna(at)example.org", "03.04.1957", "Lena", "B. Schäfer", "Ingrid Weller", "17.11.1962",
    "Klaus Maier", "Peter Haug", "Hans-Jürgen Bräuninger", "Martina Keppler", "Renate Kübler",
    "Werner Fischle", "0711 / 654321", "Julia Marković", "julia.markovic (at) example (dot) org",
    "Tomasz Nowak", "Jonas Riedel", "Bernd Oßwald", "b.osswald[at]example[dot]org",
    "Marianne Voß", "0711 / 12 34 56", "+49 (0)711 123456", "Thomas Schwarz-Öztürk",
]
PII_PATTERNS = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),                                   # e-mail
    re.compile(r"(?:\+49[ \d]{2,5}|\b0\d{2,5})[ /-]?\d[\d -]{4,}\d"),               # phone
    re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b"),                               # IBAN
    re.compile(r"\b(?:ES|S|LB|WN|BB|NT|GP)-[A-Z]{1,2} ?\d{1,4}[EH]?\b"),           # plate
    re.compile(r"(?<=geb\. )\d{1,2}\.\d{1,2}\.\d{4}"),                             # birth date
    re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:straße|strasse|str\.|weg|gasse|"
               r"platz|allee|steige|halde|rain)\s+\d+\s?[a-z]?\b"),                # street address
    re.compile(r"\b(?:Az\.|Aktenzeichen|Kassenzeichen|Vorgangsnummer)\s*:?\s*([\w./-]*\d[\w./-]*)"),
    re.compile(r"\b[AI]m (?!Jahr\b)[A-ZÄÖÜ][a-zäöüß]+ \d+[a-z]?\b"),
    re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+ (?:Straße|Str\.) \d+[a-z]?\b"),
    # names after a form of address or a signature phrase
    re.compile(r"\b(?:Herrn?|Frau|Familie)\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"),
    re.compile(r"(?:[Ii]ch bin|[Mm]ein Name ist|My name is|Grüße,?|Gruß,?|Contact:|Kontakt:|Ihr|Ihre)"
               r"\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+)"),
]
# Words that follow "Herr"/"Frau" without being a name.
NOT_NAMES = {"Doktor", "Bürgermeister", "Oberbürgermeister", "Amtsleiterin", "Amtsleiter", "Nachbarin",
             "Nachbar", "Kollegin", "Kollege", "Sachbearbeiterin", "Sachbearbeiter", "Pfarrer",
             "Ober", "Dr", "Holle"}  # "Frau Holle" is the fairy tale, not a person


def find_pii(text):
    """Return the personal-data strings the patterns find in one statement."""
    found = []
    for pattern in PII_PATTERNS:
        for m in pattern.finditer(text):
            value = (m.group(1) if m.groups() else m.group(0)).strip(" .,;:")
            value = re.sub(r"^Dr\. ", "", value)
            if value and value.split()[0] not in NOT_NAMES:
                found.append(value)
    return found


# --------------------------------------------------------------------------------------------
# Assembly helpers
# --------------------------------------------------------------------------------------------
def load_statements(path):
    """Read ``{question: {topic: [statement, ...]}}`` and return ``{question: [(topic, text)]}``."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    pools = {}
    for question, topics in data.items():
        pool = []
        for topic, statements in (topics or {}).items():
            for text in statements or []:
                text = str(text).strip()
                if text:
                    pool.append((topic, text))
        pools[question] = pool
    return pools


def near_duplicate(rng, text):
    """Return a lightly changed copy, as when two people type the same short answer."""
    if len(text) > 60:  # long answers are reused verbatim (copy-pasted or the same person)
        return text
    choice = rng.integers(5)
    if choice == 0:
        return text.lower()
    if choice == 1:
        return text.rstrip(".!") if text[-1:] in ".!" else text + "!"
    if choice == 2:
        return text[0].lower() + text[1:] if text[:1].isupper() else text[0].upper() + text[1:]
    if choice == 3:
        return text + "!!"
    return text


def affinity_matrix(items, people, group_topic, group_words):
    """Weights (items x people) for assigning statements to respondents.

    ``group_topic``: list of (people column, {group: {topic: multiplier}});
    ``group_words``: list of (people column, {group: regex}) - statements naming something
    typical of a group go preferably to that group.
    """
    weights = np.ones((len(items), len(people)))
    for column, table in group_topic:
        values = people[column].to_numpy()
        for i, (topic, _) in enumerate(items):
            for group, mults in table.items():
                if topic in mults:
                    weights[i, values == group] *= mults[topic]
    for column, table in group_words:
        values = people[column].to_numpy()
        for i, (_, text) in enumerate(items):
            for group, pattern in table.items():
                if re.search(pattern, text):
                    weights[i, values == group] *= 5.0
    return weights


def assign_texts(rng, people, pools, group_topic, group_words, reuse=0.45, max_rate=0.8):
    """Fill the free-text columns of ``people`` and return the (id, question, topic) truth rows.

    Every statement is used at least once; about ``reuse`` times as many answers again reuse a
    statement (half of them as near-duplicates). Respondents without an answer get an empty
    field or a typical non-answer ("keine Angabe", "-", "k.A.").
    """
    n = len(people)
    truth = []
    for question, pool in pools.items():
        n_slots = min(int(round(len(pool) * (1 + reuse))), int(max_rate * n))
        items = list(pool)
        if n_slots < len(items):
            keep = rng.choice(len(items), size=n_slots, replace=False)
            items = [items[k] for k in sorted(keep)]
        extra = n_slots - len(items)
        for k in rng.integers(len(pool), size=max(extra, 0)):
            topic, text = pool[k]
            items.append((topic, near_duplicate(rng, text) if rng.random() < 0.5 else text))
        weights = affinity_matrix(items, people, group_topic, group_words)
        free = np.ones(n, dtype=bool)
        answers = [""] * n
        for i in rng.permutation(len(items)):
            w = weights[i] * free
            j = rng.choice(n, p=w / w.sum())
            free[j] = False
            answers[j] = items[i][1]
            truth.append((people["id"].iat[j], question, items[i][0]))
        for j in np.flatnonzero(free):
            if rng.random() < 0.12:
                answers[j] = NON_ANSWERS[rng.choice(len(NON_ANSWERS), p=NON_ANSWER_P)]
        people[question] = answers
    return truth


def likert_answers(rng, people, items, means, effects, dont_know, *, dropout=0.04):
    """Draw Likert answers (numbers 1-5 or a missing label) from latent dimension scores.

    Each respondent has a general attitude ``g`` and a score per dimension; items of one
    dimension share that score, so Cronbach's alpha per dimension lands around 0.7-0.85.
    Reverse-coded items store the raw agreement (6 - value).
    """
    n = len(people)
    dims = sorted({spec[0] for spec in items.values()})
    g = rng.normal(0, 0.45, n)
    latent = {}
    for d in dims:
        mu = np.full(n, means[d])
        for column, table in effects:
            values = people[column].to_numpy()
            for group, eff in table.items():
                mu[values == group] += eff.get(d, 0.0)
        latent[d] = mu + g + rng.normal(0, 0.75, n)
    stop_at = np.where(rng.random(n) < dropout, rng.integers(3, len(items), n), len(items))
    for pos, (column, (dim, reverse, offset, _)) in enumerate(items.items()):
        value = np.clip(np.rint(latent[dim] + offset + rng.normal(0, 0.62, n)), 1, 5).astype(int)
        if reverse:
            value = 6 - value
        out = value.astype(object)
        u = rng.random(n)
        p_dk = dont_know.get(column, 0.02)
        out[u < p_dk] = DONT_KNOW
        out[(u >= p_dk) & (u < p_dk + 0.02)] = NO_ANSWER
        out[(u >= p_dk + 0.02) & (u < p_dk + 0.035)] = ""
        out[pos >= stop_at] = ""
        people[column] = out


def durations(rng, n, median=420):
    """Completion times in seconds; nobody in the regular sample is a speeder."""
    return np.maximum(75, rng.lognormal(np.log(median), 0.45, n)).astype(int)


def invented_person(rng):
    """Draw an invented first and last name."""
    first = FIRST_NAMES[rng.integers(len(FIRST_NAMES))]
    last = LAST_NAMES[rng.integers(len(LAST_NAMES))]
    return first, last


def mail_for(rng, first, last):
    """Build an invented e-mail address for a name (reserved .example domains only)."""
    plain = (first + "." + last).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        plain = plain.replace(a, b)
    style = rng.integers(3)
    local = plain if style == 0 else plain[0] + "." + plain.split(".")[1] if style == 1 \
        else plain.replace(".", "") + str(rng.integers(50, 99))
    return f"{local}@{MAIL_DOMAINS[rng.integers(len(MAIL_DOMAINS))]}"


def write_csv(path, frame, *, encoding="utf-8", lineterminator="\n"):
    """Write ``;``-separated text exactly as given (no float formatting, no index)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator=lineterminator)
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        writer.writerow(["" if v is None else v for v in row])
    path.parent.mkdir(parents=True, exist_ok=True)
    # Fail loudly if a statement cannot be represented in a cp1252 export.
    path.write_bytes(buffer.getvalue().encode(encoding, errors="strict"))


def write_xlsx(path, frame, sheet):
    """Write an XLSX with fixed document dates so regenerating changes only real content."""
    import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        ws.append([None if (v is None or v == "") else (int(v) if isinstance(v, (np.integer,)) else v)
                   for v in row])
    fixed = datetime.datetime(2026, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "esslingen-lab demo generator"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


# --------------------------------------------------------------------------------------------
# Citizens
# --------------------------------------------------------------------------------------------
CITIZEN_QUESTIONS = ["online_wunsch", "aergernis", "idee"]
CITIZEN_COLUMNS = (["id", "name", "email", "altersgruppe", "stadtteil", "geschlecht"]
                   + CITIZEN_QUESTIONS + list(CITIZEN_ITEMS) + ["testantwort", "dauer_sek"])


def make_citizens(rng, pools, n_online=480, n_paper=120):
    """Assemble the valid citizen respondents (defects are added by ``plant_citizen_defects``)."""
    n = n_online + n_paper
    source = np.array(["online"] * n_online + ["papier"] * n_paper)
    age = np.where(source == "online",
                   rng.choice(AGE_BANDS, n, p=AGE_P_ONLINE), rng.choice(AGE_BANDS, n, p=AGE_P_PAPER))
    stadtteil = rng.choice(STADTTEILE, n, p=STADTTEIL_P)
    stadtteil[rng.choice(n, SMALL_STADTTEIL_N, replace=False)] = SMALL_STADTTEIL
    people = pd.DataFrame({
        "id": [f"B{k:04d}" for k in range(1, n + 1)],
        "source": source,
        "altersgruppe": age,
        "stadtteil": stadtteil,
        "geschlecht": rng.choice(GENDERS, n, p=GENDER_P),
    })
    # Stadtteil names in a statement pull it towards residents of that Stadtteil.
    st_words = {s: re.escape(s) for s in STADTTEILE + [SMALL_STADTTEIL]}
    truth = assign_texts(
        rng, people, {q: pools.get(q, []) for q in CITIZEN_QUESTIONS},
        group_topic=[("altersgruppe", AGE_TOPIC), ("stadtteil", STADTTEIL_TOPIC)],
        group_words=[("stadtteil", st_words), ("altersgruppe", AGE_WORDS)],
    )
    likert_answers(rng, people, CITIZEN_ITEMS, CITIZEN_MEANS,
                   [("altersgruppe", AGE_EFFECT), ("stadtteil", STADTTEIL_EFFECT)], CITIZEN_DONT_KNOW)
    # Identifiers: some online respondents leave name and e-mail for a reply, few on paper.
    names, mails = [""] * n, [""] * n
    for j in range(n):
        p_name = 0.09 if source[j] == "online" else 0.12
        if rng.random() < p_name:
            first, last = invented_person(rng)
            names[j] = f"{first} {last}" if rng.random() < 0.8 else f"{last}, {first}"
            if source[j] == "online" and rng.random() < 0.85:
                mails[j] = mail_for(rng, first, last)
        elif source[j] == "online" and rng.random() < 0.03:
            mails[j] = mail_for(rng, *invented_person(rng))
    people["name"], people["email"] = names, mails
    people["testantwort"] = np.where(source == "online", "0", "")
    people["dauer_sek"] = np.where(source == "online", durations(rng, n).astype(str), "")
    return people, truth


def plant_citizen_defects(rng, people):
    """Insert the rows that validation has to exclude; return (rows, defect table)."""
    online = people[people["source"] == "online"].copy()
    paper = people[people["source"] == "papier"].copy()
    defects = []
    extra_online = []
    # 3 duplicate ids: the same questionnaire submitted twice (only the first is kept).
    for idx in rng.choice(len(online) - 50, 3, replace=False):
        row = online.iloc[idx].copy()
        row["dauer_sek"] = str(int(row["dauer_sek"]) + int(rng.integers(5, 90)))
        extra_online.append((int(idx) + int(rng.integers(5, 40)), row, "duplicate_id"))
    # 2 test rows left in by the survey team.
    for k, text in enumerate(["test", "Testeintrag bitte ignorieren"]):
        row = pd.Series({c: "" for c in people.columns})
        row.update({"id": f"T{k + 1:04d}", "source": "online", "altersgruppe": "30-44",
                    "stadtteil": "Innenstadt", "geschlecht": "keine Angabe", "online_wunsch": text,
                    "name": "Max Mustermann" if k == 0 else "", "testantwort": "1",
                    "email": "test@esslingen.example" if k == 0 else "", "dauer_sek": "95"})
        for c in CITIZEN_ITEMS:
            row[c] = str(3 + k)
        extra_online.append((int(rng.integers(10, len(online))), row, "test_row"))
    # 8 speeders: clicked through in under a minute, straight-lining.
    for k in range(8):
        row = pd.Series({c: "" for c in people.columns})
        value = str(rng.choice([1, 3, 5]))
        row.update({"id": f"B{701 + k:04d}", "source": "online",
                    "altersgruppe": str(rng.choice(AGE_BANDS)), "stadtteil": str(rng.choice(STADTTEILE)),
                    "geschlecht": str(rng.choice(GENDERS[:2])), "testantwort": "0",
                    "dauer_sek": str(int(rng.integers(14, 58))),
                    "online_wunsch": ["", "-", "alles", "", "keine", "", "x", ""][k]})
        for c in CITIZEN_ITEMS:
            row[c] = value
        extra_online.append((int(rng.integers(10, len(online))), row, "speeder"))
    # One completely empty online response (only id and technical columns).
    row = pd.Series({c: "" for c in people.columns})
    row.update({"id": "B0711", "source": "online", "testantwort": "0", "dauer_sek": "63"})
    extra_online.append((int(rng.integers(10, len(online))), row, "empty_response"))
    # One out-of-range Likert value (a 7 on a 1-5 scale, e.g. from a mis-set export).
    row = online.iloc[int(rng.integers(len(online)))].copy()
    row["id"] = "B0712"
    row["it_b1"] = "7"
    for q in CITIZEN_QUESTIONS:
        row[q] = ""
    row["name"], row["email"] = "", ""
    extra_online.append((int(rng.integers(10, len(online))), row, "likert_out_of_range"))

    rows = [r for _, r in online.iterrows()]
    for pos, row, _kind in sorted(extra_online, key=lambda t: t[0], reverse=True):
        rows.insert(pos, row)
    online = pd.DataFrame(rows).reset_index(drop=True)
    # One blank paper questionnaire (returned empty, typed in with an id only).
    blank = pd.Series({c: "" for c in people.columns})
    blank.update({"id": "P0999", "source": "papier"})
    pos = int(rng.integers(10, len(paper)))
    prow = [r for _, r in paper.iterrows()]
    prow.insert(pos, blank)
    paper = pd.DataFrame(prow).reset_index(drop=True)

    for _source, frame, fname, first_line in (("online", online, "citizens/online.csv", 2),
                                                  ("papier", paper, "citizens/papier.xlsx", 2)):
        seen = set()
        for k, row in enumerate(frame.itertuples(index=False)):
            row = row._asdict()
            kind = None
            if row["id"] in seen:
                kind = "duplicate_id"
            elif row["testantwort"] == "1":
                kind = "test_row"
            elif row["dauer_sek"] and int(row["dauer_sek"]) < 60:
                kind = "speeder"
            elif all(row[c] == "" for c in CITIZEN_QUESTIONS + list(CITIZEN_ITEMS)):
                kind = "empty_response"
            elif any(str(row[c]) == "7" for c in CITIZEN_ITEMS):
                kind = "likert_out_of_range"
            seen.add(row["id"])
            if kind:
                defects.append({"file": fname, "row_index": k, "line": k + first_line,
                                "id": row["id"], "defect": kind})
    return online, paper, pd.DataFrame(defects)


def paper_labels(rng, frame):
    """Turn numeric Likert answers into the text labels typed in from paper questionnaires."""
    frame = frame.copy()
    for c in CITIZEN_ITEMS:
        out = []
        for v in frame[c]:
            if isinstance(v, (int, np.integer)) or (isinstance(v, str) and v.isdigit()):
                label = SCALE_LABELS[int(v)]
                u = rng.random()
                if u < 0.03:
                    label = label.capitalize()
                elif u < 0.05:
                    label = " " + label + " "
                elif u < 0.06:
                    label = label.upper()
                out.append(label)
            elif v == NO_ANSWER and rng.random() < 0.7:
                out.append("")  # on paper, "keine Angabe" mostly means an empty box
            else:
                out.append(v)
        frame[c] = out
    return frame


# --------------------------------------------------------------------------------------------
# Staff
# --------------------------------------------------------------------------------------------
STAFF_QUESTIONS = ["hindernisse", "vorschlag"]
STAFF_COLUMNS = (["id", "fachbereich", "rolle"] + STAFF_QUESTIONS + list(STAFF_ITEMS)
                 + ["testantwort", "dauer_sek"])


def staff_groups(rng, sizes):
    """Department per staff member (shuffled) and a role that fits the department."""
    fb = np.concatenate([[name] * size for name, size in sizes.items()])
    rng.shuffle(fb)
    role = []
    for f in fb:
        if f == "Digitalisierung":
            p = [0.25, 0.25, 0.0, 0.5]
        elif f == "Zentrale Dienste":
            p = [0.52, 0.13, 0.1, 0.25]
        else:
            p = [0.74, 0.15, 0.08, 0.03]
        role.append(rng.choice(ROLES, p=p))
    return fb, np.array(role)


def make_staff(rng, pools):
    """Assemble the staff respondents with planted defects; return (rows, truth, defects)."""
    fb, role = staff_groups(rng, FACHBEREICH_SIZES)
    n = len(fb)
    people = pd.DataFrame({"id": [f"M{k:03d}" for k in range(1, n + 1)], "fachbereich": fb,
                           "rolle": role})
    truth = assign_texts(
        rng, people, {q: pools.get(q, []) for q in STAFF_QUESTIONS},
        group_topic=[("rolle", ROLE_TOPIC), ("fachbereich", FACHBEREICH_TOPIC)],
        group_words=[("fachbereich", FACHBEREICH_WORDS), ("rolle", ROLE_WORDS)],
        reuse=0.3, max_rate=0.85,
    )
    likert_answers(rng, people, STAFF_ITEMS, STAFF_MEANS,
                   [("fachbereich", FACHBEREICH_EFFECT), ("rolle", ROLE_EFFECT)], STAFF_DONT_KNOW)
    people["testantwort"] = "0"
    people["dauer_sek"] = durations(rng, n, median=520).astype(str)
    # Planted defects: 1 duplicate id, 1 test row, 4 speeders, 1 empty response.
    rows = [r for _, r in people.iterrows()]
    dup = rows[int(rng.integers(20, 60))].copy()
    extra = [(int(rng.integers(70, 120)), dup)]
    test = pd.Series({c: "" for c in people.columns})
    test.update({"id": "M900", "fachbereich": "Digitalisierung", "rolle": "IT", "testantwort": "1",
                 "hindernisse": "Test Umlaute äöüß ÄÖÜ", "dauer_sek": "120"})
    for c in STAFF_ITEMS:
        test[c] = "3"
    extra.append((int(rng.integers(1, n)), test))
    for k in range(4):
        sp = pd.Series({c: "" for c in people.columns})
        sp.update({"id": f"M{901 + k}", "fachbereich": str(rng.choice(list(FACHBEREICH_SIZES)[:6])),
                   "rolle": "Sachbearbeitung", "testantwort": "0",
                   "dauer_sek": str(int(rng.integers(20, 55)))})
        for c in STAFF_ITEMS:
            sp[c] = "4" if k % 2 else "2"
        extra.append((int(rng.integers(1, n)), sp))
    empty = pd.Series({c: "" for c in people.columns})
    empty.update({"id": "M905", "testantwort": "0", "dauer_sek": "301"})
    extra.append((int(rng.integers(1, n)), empty))
    for pos, row in sorted(extra, key=lambda t: t[0], reverse=True):
        rows.insert(pos, row)
    frame = pd.DataFrame(rows).reset_index(drop=True)
    defects = []
    seen = set()
    for k, row in enumerate(frame.itertuples(index=False)):
        row = row._asdict()
        kind = None
        if row["id"] in seen:
            kind = "duplicate_id"
        elif row["testantwort"] == "1":
            kind = "test_row"
        elif int(row["dauer_sek"]) < 60:
            kind = "speeder"
        elif all(row[c] == "" for c in STAFF_QUESTIONS + list(STAFF_ITEMS)):
            kind = "empty_response"
        seen.add(row["id"])
        if kind:
            defects.append({"file": "staff/antworten.csv", "row_index": k, "line": k + 2,
                            "id": row["id"], "defect": kind})
    return frame, truth, pd.DataFrame(defects)


# --------------------------------------------------------------------------------------------
# Partner cities (staff, Likert only)
# --------------------------------------------------------------------------------------------
PARTNER_FACHBEREICHE = {
    "ludwigsburg": {"Bürgerdienste": 22, "Sicherheit und Ordnung": 15, "Stadtplanung und Bauen": 20,
                    "Finanzen": 14, "Bildung und Soziales": 18, "Organisation und Personal": 14,
                    "Digitalisierung": 9},
    "waiblingen": {"Bürgerdienste": 18, "Ordnung": 12, "Bauen": 16, "Finanzen": 11, "Soziales": 14,
                   "Zentrale Steuerung": 15},
    "boeblingen": {"Bürgeramt": 20, "Ordnung": 14, "Planen und Bauen": 19, "Kämmerei": 12,
                   "Soziales": 15, "Hauptamt": 17},
}
LIME_QUESTIONS = {  # LimeSurvey array question per dimension: G02Qxx[SQ00y] -> item
    "strategie": "G02Q01", "online_dienste": "G02Q02", "prozesse": "G02Q03", "it_sicherheit": "G02Q04",
    "kompetenzen": "G02Q05", "daten": "G02Q06", "smart_city": "G02Q07", "standort": "G02Q08",
}


def lime_columns():
    """Map LimeSurvey column codes to staff item names (the ``rename`` of the Ludwigsburg spec)."""
    mapping, counter = {}, {}
    for item, (dim, *_rest) in STAFF_ITEMS.items():
        counter[dim] = counter.get(dim, 0) + 1
        mapping[f"{LIME_QUESTIONS[dim]}[SQ{counter[dim]:03d}]"] = item
    return mapping


def make_partner(rng, city):
    """Likert answers of one partner city's staff, with the city's own maturity profile."""
    fb = np.concatenate([[k] * v for k, v in PARTNER_FACHBEREICHE[city].items()])
    rng.shuffle(fb)
    people = pd.DataFrame({"fachbereich": fb})
    likert_answers(rng, people, STAFF_ITEMS, PARTNER_MEANS[city], [], STAFF_DONT_KNOW, dropout=0.03)
    return people


def write_ludwigsburg(rng, people, directory):
    """Write a LimeSurvey response export (answer codes A1..A5, a few incomplete responses)."""
    n = len(people)
    mapping = lime_columns()
    start = pd.Timestamp("2026-03-02 08:00:00")
    rows = []
    for k in range(n):
        t0 = start + pd.Timedelta(minutes=int(rng.integers(0, 60 * 24 * 20)))
        t1 = t0 + pd.Timedelta(seconds=int(rng.integers(180, 1500)))
        incomplete = rng.random() < 0.03
        row = {"id": str(k + 1), "submitdate": "" if incomplete else t1.strftime("%Y-%m-%d %H:%M:%S"),
               "lastpage": "1" if incomplete else "3", "startlanguage": "de",
               "seed": str(int(rng.integers(10**8, 10**9))), "startdate": t0.strftime("%Y-%m-%d %H:%M:%S"),
               "datestamp": t1.strftime("%Y-%m-%d %H:%M:%S"), "G01Q01": people["fachbereich"].iat[k]}
        for code, item in mapping.items():
            v = people[item].iat[k]
            # LimeSurvey "answer codes" export: A1..A5; "weiß nicht"/no answer are left empty.
            row[code] = f"A{v}" if isinstance(v, (int, np.integer)) else ""
            if incomplete and item.startswith(("daten", "smart", "standort", "kompetenz")):
                row[code] = ""
        rows.append(row)
    frame = pd.DataFrame(rows)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, quoting=csv.QUOTE_ALL, lineterminator="\n")
    (directory / "results-survey381547.csv").write_text(buffer.getvalue(), encoding="utf-8")


def write_waiblingen(people, directory):
    """Write an SPSS file with value labels; 8/9 are user-missing "weiß nicht"/"keine Angabe"."""
    frame = pd.DataFrame({"id": [f"WN{k + 1:03d}" for k in range(len(people))]})
    fb_codes = {name: k + 1 for k, name in enumerate(PARTNER_FACHBEREICHE["waiblingen"])}
    frame["fachbereich"] = people["fachbereich"].map(fb_codes).astype(float)
    codes = {DONT_KNOW: 8.0, NO_ANSWER: 9.0}
    for item in STAFF_ITEMS:
        frame[item] = [float(v) if isinstance(v, (int, np.integer)) else codes.get(v, np.nan)
                       for v in people[item]]
    item_labels = {float(k): v for k, v in SCALE_LABELS.items()} | {8.0: DONT_KNOW, 9.0: NO_ANSWER}
    pyreadstat.write_sav(
        frame, str(directory / "mitarbeiterbefragung_2026.sav"),
        column_labels=["Laufende Nummer", "Fachbereich"] + [spec[3] for spec in STAFF_ITEMS.values()],
        variable_value_labels={"fachbereich": {float(v): k for k, v in fb_codes.items()}}
        | {item: item_labels for item in STAFF_ITEMS},
        missing_ranges={item: [8.0, 9.0] for item in STAFF_ITEMS},
        variable_measure={"id": "nominal", "fachbereich": "nominal"} | {i: "ordinal" for i in STAFF_ITEMS},
    )


def write_boeblingen(people, directory):
    """Write an Excel sheet with numbers 1-5 and "weiß nicht" as text."""
    frame = pd.DataFrame({"id": [f"BB-{k + 1:03d}" for k in range(len(people))],
                          "fachbereich": people["fachbereich"]})
    for item in STAFF_ITEMS:
        frame[item] = [int(v) if isinstance(v, (int, np.integer)) else v for v in people[item]]
    write_xlsx(directory / "befragung_2026.xlsx", frame, "Mitarbeitende")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------
def as_text(frame, columns):
    """Cast to the strings that go into a CSV export (numbers without decimals)."""
    out = frame[columns].copy()
    for c in columns:
        out[c] = [str(int(v)) if isinstance(v, (int, np.integer)) else ("" if v is None else str(v))
                  for v in out[c]]
    return out


def generate(out=DEFAULT_OUT, seed=DEFAULT_SEED, statements_dir=HERE / "statements"):
    """Write all demo data files below ``out`` (the ``surveys/`` directory) and return a summary.

    Parameters
    ----------
    out : path, default the repository's ``surveys/`` directory
    seed : int, default 2026
    statements_dir : path, default ``statements/`` next to this script

    Returns
    -------
    dict
        Respondent and distinct-statement counts.
    """
    out = Path(out)
    rng = np.random.default_rng(seed)
    demo = out / "esslingen_demo"
    citizen_pools = load_statements(Path(statements_dir) / "citizens.yml")
    staff_pools = load_statements(Path(statements_dir) / "staff.yml")

    # Citizens
    people, cit_truth = make_citizens(rng, citizen_pools)
    online, paper, cit_defects = plant_citizen_defects(rng, people)
    write_csv(demo / "citizens" / "online.csv", as_text(online, CITIZEN_COLUMNS))
    paper = paper_labels(rng, paper)
    # Same columns as online (the paper form has no e-mail field, so that column stays empty
    # apart from the odd address written into the margin).
    write_xlsx(demo / "citizens" / "papier.xlsx", paper[CITIZEN_COLUMNS], "Antworten")

    # Staff (cp1252 with CRLF: a German Excel "CSV (Trennzeichen-getrennt)" export)
    staff, staff_truth, staff_defects = make_staff(rng, staff_pools)
    write_csv(demo / "staff" / "antworten.csv", as_text(staff, STAFF_COLUMNS),
              encoding="cp1252", lineterminator="\r\n")

    # Ground truth for tests
    truth_dir = demo / "truth"
    truth_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in (("topics_citizens.csv", cit_truth), ("topics_staff.csv", staff_truth)):
        t = pd.DataFrame(rows, columns=["id", "question", "topic"]).drop_duplicates()
        t = t.sort_values(["id", "question"], kind="stable")
        t.to_csv(truth_dir / name, index=False, lineterminator="\n")
    defects = pd.concat([cit_defects, staff_defects], ignore_index=True)
    defects.to_csv(truth_dir / "defects.csv", index=False, lineterminator="\n")

    # Partner cities
    for city in ("ludwigsburg", "waiblingen", "boeblingen"):
        directory = out / "partners" / city
        directory.mkdir(parents=True, exist_ok=True)
        frame = make_partner(rng, city)
        {"ludwigsburg": lambda f, d: write_ludwigsburg(rng, f, d),
         "waiblingen": write_waiblingen, "boeblingen": write_boeblingen}[city](frame, directory)

    # Planted personal data: every candidate string that really occurs in the raw data.
    texts = [str(v) for frame, cols in ((online, CITIZEN_QUESTIONS), (paper, CITIZEN_QUESTIONS),
                                        (staff, STAFF_QUESTIONS)) for c in cols for v in frame[c]]
    blob = "\n".join(texts)
    candidates = set(KNOWN_PII)
    for t in texts:
        candidates.update(find_pii(t))
    planted = {c for c in candidates if c in blob}
    # Drop bare number fragments the phone pattern found inside a longer match (an IBAN).
    planted = {c for c in planted
               if not (re.fullmatch(r"[\d /-]+", c) and any(c != o and c in o for o in planted))}
    for frame in (online, paper):
        for c in ("name", "email"):
            planted.update(v for v in frame[c] if v)
    (demo / "planted_pii.txt").write_text("\n".join(sorted(planted)) + "\n", encoding="utf-8")

    def distinct(frames_cols):
        vals = {str(v).strip() for f, cols in frames_cols for c in cols for v in f[c]}
        return len({v for v in vals if v and v not in NON_ANSWERS})

    return {
        "citizen_rows": {"online": len(online), "papier": len(paper)},
        "staff_rows": len(staff),
        "citizen_distinct_texts": distinct([(online, CITIZEN_QUESTIONS), (paper, CITIZEN_QUESTIONS)]),
        "staff_distinct_texts": distinct([(staff, STAFF_QUESTIONS)]),
        "planted_pii": len(planted),
        "defects": len(defects),
    }


def main(argv=None):
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default 2026)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="target 'surveys' directory (default: the repository's surveys/)")
    args = parser.parse_args(argv)
    summary = generate(args.out, args.seed)
    for key, value in summary.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
