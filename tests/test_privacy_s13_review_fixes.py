"""Session 13 review fixes of plain_voices.py: no split tags, no leaked name pieces, a saint's
name without the surname after it, a name cue before a broken-looking name, and the dialect
check read once per text (not once per found name). Names are invented."""

import importlib

import pytest

from esslingen_lab.privacy import redact_text

name_checks = importlib.import_module("esslingen_lab.privacy.redact.name_checks")

_FIXED = {
    # a broken-word cut never splits a tag and never drops a known name ("Stein")
    "Ich heiße Petra Stein bach.": "Ich heiße [NAME].",
    "Mein Nachbar Kai Stein bach nervt.": "Mein Nachbar [NAME] nervt.",
    "Gestern kam Jonas Stein vorbei.": "Gestern kam [NAME] vorbei.",
    # a scanning-slip cut never splits a tag
    "Forrnular Jens Kirchner": "Forrnular [NAME]",
    "Forrnular von Jens Kirchner ausgefüllt": "Forrnular von [NAME] ausgefüllt",
    # a saint's name stays, a surname after it goes
    "Gemeinde St. Josef Huber hat angerufen.": "Gemeinde St. Josef [NAME] hat angerufen.",
    "St. Paul Kowalski wohnt nebenan.": "St. Paul [NAME] wohnt nebenan.",
    # after a title the whole name goes, pieces glued by a space included
    "Frau Anna Be rgmann": "Frau [NAME]",
    "Frau Sch midt hat angerufen.": "Frau [NAME] hat angerufen.",
    "Herr Wein berger kommt morgen.": "Herr [NAME] kommt morgen.",
    # a name cue wins over the broken-word check
    "Ich heiße Woh ngeld und wohne hier.": "Ich heiße [NAME] und wohne hier.",
    "Mein Name ist Woh ngeld.": "Mein Name ist [NAME].",
}

_CONTROLS = [
    "Antrag auf Woh ngeld gestellt.",
    "Gemeinde St. Albertus Magnus lädt ein.",
    "Die Kirche Sankt Vinzenz Paul ist schön.",
    "Die Kirche St. Josef ist schön.",
    "Forrnular ausgefüllt und abgegeben.",
    "Der Bach war im Sommer fast leer.",
    "Wir wandern gern am Steinbach entlang.",
]


@pytest.mark.parametrize("text, expected", list(_FIXED.items()))
def test_review_fix(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", _CONTROLS)
def test_review_control_unchanged(text):
    assert redact_text(text) == text


def test_no_split_tag_ever():
    for text in list(_FIXED) + _CONTROLS:
        out = redact_text(text)
        assert "[[" not in out and "]]" not in out and out.count("[") == out.count("]")


@pytest.mark.parametrize(
    "unit",
    ["Gruß Ben, ", "Im Ramazan hat Ramazan ", "Name: Datum: Betreff: ",
     "(Idee von Alex) Protokoll: Kai "],
)
def test_dialect_read_once_per_text_not_per_name(unit, monkeypatch):
    real = name_checks.dialect_text
    calls = []

    def counted(text):
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(name_checks, "dialect_text", counted)
    counts = []
    for n in (4_000, 40_000):
        calls.clear()
        redact_text(unit * (n // len(unit)))
        counts.append(len(calls))
    # once per text the rules read (a few rules change it), never once per found name
    assert counts[0] == counts[1]
    assert counts[1] <= 12
