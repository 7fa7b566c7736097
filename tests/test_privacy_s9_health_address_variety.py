"""Health details and loose addresses in forms written by people who never saw the rules.

Invented variants of general forms (session 9): dialect relations, a demonstrative "der"
for a person, conditions joined by "und", medication, senses lost; streets named after a
place in any case, abbreviated position words, buildings and garden plots. Each group has
ordinary sentences the rules must leave alone.
"""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


def _gone(text: str, *values: str) -> str:
    out = redact_text(text)
    for value in values:
        for word in value.split():
            assert word not in out, (word, out)
    return out


# ---------------------------------------------------------------- health


@pytest.mark.parametrize(
    ("text", "detail", "tag"),
    [
        # dialect relations and possessives
        ("mei Mamma hot jetzt Pflegegrad 4, i mach alles für se.", "Pflegegrad 4", "GESUNDHEIT"),
        ("Mei Schwiegermudder hat Parkinson und zittert beim Unterschreiben.", "Parkinson",
         "GESUNDHEIT"),
        ("Unser Schwiegervadder isch dement und findet nimmer heim.", "dement", "GESUNDHEIT"),
        # a demonstrative "der"/"die" for a person named before
        ("Mein Nachbar hört schlecht, der hat seit Jahren zwei Hörgeräte.", "Hörgeräte",
         "GESUNDHEIT"),
        ("Frau Albrecht vom Kiosk, die isch halt alkoholkrank, kommt nicht aufs Amt.",
         "alkoholkrank", "GESUNDHEIT"),
        # "haben … ein Kind mit"
        ("Wir haben seit Mai eine Pflegetochter mit Trisomie 21.", "Trisomie", "GESUNDHEIT"),
        ("Wir haben auch einen Sohn mit Down-Syndrom.", "Down-Syndrom", "GESUNDHEIT"),
        # medication and substitution
        ("Mein Bruder nimmt Antidepressiva und ist morgens kaum wach.", "Antidepressiva",
         "GESUNDHEIT"),
        ("Ich bin Substitutionspatientin und muss täglich in die Praxis.",
         "Substitutionspatientin", "GESUNDHEIT"),
        ("Mein Onkel bekommt Methadon und braucht Termine am Nachmittag.", "Methadon",
         "GESUNDHEIT"),
        # senses lost
        ("Mein Opa sieht kaum noch was und kann keine Formulare lesen.", "sieht kaum noch",
         "GESUNDHEIT"),
        ("Meine Oma hört fast nichts mehr, sie braucht einen Chat.", "hört fast nichts mehr",
         "GESUNDHEIT"),
        # other conditions
        ("Meine Tante hat grauen Star und liest nichts Kleines mehr.", "grauen Star",
         "GESUNDHEIT"),
        ("Mein Mann hat Gicht in beiden Händen.", "Gicht", "GESUNDHEIT"),
        ("Ich bin seit dem Unfall nicht mehr arbeitsfähig.", "arbeitsfähig", "GESUNDHEIT"),
        ("Ich bin seit dem Burnout in der Wiedereingliederung nach dem Hamburger Modell.",
         "Hamburger Modell", "GESUNDHEIT"),
    ],
)
def test_health_forms(text, detail, tag):
    out = _gone(text, detail)
    assert f"[{tag}]" in out


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Ich hab Tinnitus und Hyperakusis, Durchsagen tun weh.", "Hyperakusis"),
        ("Meine Tochter hat ADHS und eine Dyskalkulie, lange Texte gehen nicht.", "Dyskalkulie"),
        ("Meine Schwester hat Long Covid mit starker Fatigue.", "Fatigue"),
        ("Mein Sohn ist magersüchtig und seit März in der Tagesklinik.", "Tagesklinik"),
    ],
)
def test_second_condition_joined_by_und(text, second):
    _gone(text, second)


@pytest.mark.parametrize(
    "text",
    [
        "Ich höre nichts mehr von der Stadt seit dem Antrag.",
        "Seit Mai hört man nix mehr vom Bauamt.",
        "Der Lautsprecher hört sich schlecht an.",
        "Die Tagesklinik am Klinikum braucht mehr Parkplätze.",
        "Mehr Angebote für Menschen mit Gicht und Rheuma im Seniorentreff.",
        "Die Klinik ist wieder geöffnet.",
        "Der Müll ist schlimm, der hat sich seit Wochen gestapelt.",
        "Mein Vater ist dement und im Rathaus gibt es keinen Aufzug.",
        "Der E-Scooter steht mitten auf dem Gehweg.",
    ],
)
def test_health_controls(text):
    out = redact_text(text)
    for word in ("Tagesklinik", "Gicht", "Klinik ist", "gestapelt", "Rathaus", "E-Scooter",
                 "von der Stadt", "vom Bauamt", "Lautsprecher"):
        if word in text:
            assert word in out, out


# ---------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Korber Höhe 22 – da ist das Schlagloch.", "Korber Höhe 22"),
        ("Schlagloch vor der Einfahrt: Zeller Steige 4.", "Zeller Steige 4"),
        ("Wir warten seit Jahren, Hegensberger Höhe Nr. 17.", "Hegensberger Höhe Nr. 17"),
        ("sulzgrieser halde 12a, mehr sag ich nicht.", "sulzgrieser halde 12a"),
        ("berkheimer hauptstrase 88 – seit monaten kaputt.", "berkheimer hauptstrase 88"),
        ("mettinger strase 3 hat keine laterne", "mettinger strase 3"),
        ("Absender: Mittl. Beutau 9 in Esslingen.", "Mittl. Beutau 9"),
        ("Post bitte an Ob. Weinsteige 4.", "Ob. Weinsteige 4"),
        ("Anschrift: Am Kronenhof 8 Rgb., bitte nicht vorne klingeln.", "Kronenhof 8 Rgb."),
        ("Der Glasfaserausbau fehlt: Aussiedlerhof Buchenbühl 2 bei Zell.",
         "Aussiedlerhof Buchenbühl 2"),
        ("Whg. 7, Block B, Parkwohnanlage Sonnenhalde: Briefkasten kaputt.",
         "Whg. 7, Block B, Parkwohnanlage Sonnenhalde"),
        ("Hochhaus Lerchenberg, 8. Etage – der Aufzug fehlt.", "Hochhaus Lerchenberg, 8. Etage"),
        ("Parzelle 12 in der Kleingartenanlage Neckarwiesen wurde aufgebrochen.",
         "Parzelle 12 in der Kleingartenanlage Neckarwiesen"),
        ("Adresse: Mühlgasse, Haus Nr. 3 – bitte richtig schreiben.", "Mühlgasse, Haus Nr. 3"),
    ],
)
def test_loose_address_forms(text, address):
    out = _gone(text, address.replace("Am ", ""))
    assert "[ADRESSE]" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("heute war wieder platz 3 belegt", "wieder platz"),
        ("Wir hatten immer höhe 2 Meter beantragt.", "immer höhe"),
        ("jeder platz 5 euro, das ist zu teuer", "jeder platz"),
        ("Der Hamburger Platz 2 Stunden zu parken kostet viel.", "Stunden"),
        ("Die Anlage hat 120 Gärten in der Gartenanlage.", "120 Gärten"),
        ("Im Hochhaus fehlt ein Aufzug seit Wochen.", "Hochhaus"),
        ("Die Stadt hat über 30 Ob. und Unt. Abkürzungen.", "Abkürzungen"),
    ],
)
def test_loose_address_controls(text, kept):
    out = redact_text(text)
    assert "[ADRESSE]" not in out and kept in out, out
