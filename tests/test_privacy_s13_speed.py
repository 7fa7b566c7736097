"""Session 13 speed pass: rules are visited through an index of their needs; the index never
skips a rule that the long way (every rule checks its own needs) would have run."""

import random

import pytest

from esslingen_lab.privacy import Redactor, redact
from esslingen_lab.privacy.redact.patterns import CueIndex, _Rule
from esslingen_lab.privacy.redact.redactor import _STRIP, _default_rules, _Features, _Plan

# texts whose pre-checks are easy to get wrong: capitals, umlauts (also decomposed), markup,
# entities, invisible characters, names only in lower case, digits, tags already there
_TRICKY = {
    "FRAU MÜLLER HAT ANGERUFEN, TEL. 0711 3512249": "FRAU [NAME] HAT ANGERUFEN, TEL. [TELEFON]",
    "Frau <b>Müller</b> vom Bürgeramt war nett.": "Frau <b>[NAME]</b> vom Bürgeramt war nett.",
    "Frau M&uuml;ller vom B&uuml;rgeramt war nett.": "Frau [NAME] vom Bürgeramt war nett.",
    "gruß jule": "gruß [NAME]",
    "meine tochter lea-marie geht in die Kita": "meine tochter [NAME] geht in die Kita",
    "Grüße, Jürgen Weiß": "Grüße, [NAME]",
    "Herr Oezdemir wohnt in der Hauptstraße 12.": "Herr [NAME] wohnt in der [ADRESSE].",
    "Frau Mu\u0308ller war da.": "Frau [NAME] war da.",
    "Mail: anna.weber(at)gmx.de": "Mail: [EMAIL]",
    "ICH HEISSE ERIKA SCHWEIZER": "ICH HEISSE [NAME]",
    "ich heiße erika schweizer": "ich heiße [NAME]",
    "Fr. Kächele, geb. 12.03.1961": "Fr. [NAME], geb. [DATUM]",
    "IBAN DE44 5001 0517 5407 3249 31": "IBAN [IBAN]",
    "Mein Name ist *Lisa Wagner*.": "Mein Name ist *[NAME]*.",
    "Herr\u200b Krause hat geholfen.": "Herr [NAME] hat geholfen.",
}
# controls: ordinary answers stay as written
_CONTROLS = [
    "Die Stadt sollte mehr Bäume pflanzen.",
    "DER BUS KOMMT NIE PÜNKTLICH!!!",
    "Mehr Radwege &amp; sichere Kreuzungen, bitte.",
    "<p>Die Bibliothek soll länger offen haben.</p>",
    "Im Jahr 2023 wurde das Schwimmbad geschlossen.",
]

_PIECES = [
    "Frau", "FRAU", "frau", "Herr", "HERRN", "Hr.", "Müller", "MÜLLER", "müller", "Mu\u0308ller",
    "<b>", "</b>", "&uuml;", "*", "„Weber“", "gruß", "Grüße,", "jule", "ich heiße", "ICH HEISSE",
    "Tel.", "0711", "3512249", "12.03.1961", "geb.", "Hauptstraße", "12", "die", "Die", "vom",
    "Bürgeramt", "\u200b", "\u00a0", "\n", "anna.weber(at)gmx.de", "[NAME]", "Nr.", "AZ",
    "Kennzeichen", "ES-AB 123", "mein Sohn", "Tochter", "aus", "Diabetes", "seit", "Jahrgang",
    "1961", "Dr.", "Lea-Marie", "Ölmühle", "STRASSE", "ΣΑΣ", "d'Erna", "bin", "der", "Sepp",
]


def _texts(n=1500, seed=13):
    rnd = random.Random(seed)
    for _ in range(n):
        yield " ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 9)))


def _meets_needs(rule, spaced, features) -> bool:
    """The long way: does ``features``' text meet the rule's digit, cue and word needs?"""
    if rule.needs_digit and not features.has_digit:
        return False
    inside = [cue for cue in rule.needs if cue not in spaced]
    if rule.needs:
        return (
            any(cue in features.lowered for cue in inside)
            or any(cue in features.lowered for cue in rule.needs if cue in spaced)
            or bool(rule.needs_words and not rule.needs_words.isdisjoint(features.words()))
        )
    if rule.needs_words:
        return not rule.needs_words.isdisjoint(features.words())
    return True


@pytest.mark.parametrize("texts", [list(_TRICKY) + _CONTROLS, list(_texts())])
def test_index_skips_only_rules_whose_needs_fail(texts):
    rules = _default_rules()
    plan = _Plan(rules)
    spaced = plan.index.spaced
    for text in texts:
        features = _Features(text, None, plan.index)
        visit, met = plan.visits(features)
        for number, rule in enumerate(rules):
            bit = 1 << number
            runs = bool(visit & bit) and (
                bool(met & bit) or any(cue in features.lowered for cue in plan.steps[number][1])
            )
            assert runs == _meets_needs(rule, spaced, features), (rule.name, text)


def test_cue_index_learns_every_cue_inside_a_word():
    cues = ["@", "-", "nr", "nr.", "straße", "str", "grü", "grüß", "ß", "dr.", "az", "id:", "ö"]
    index = CueIndex(cues, strip=_STRIP)
    rnd = random.Random(5)
    chars = "anrstdz.:@-ßüöugr1 "
    for _ in range(3000):
        word = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 12))).replace(" ", "")
        assert index._learn(word) == {cue for cue in cues if cue in word}, word


@pytest.mark.parametrize("text, expected", list(_TRICKY.items()))
def test_tricky_texts_still_redacted(text, expected):
    assert redact([text], n_jobs=1).texts == [expected]


def test_controls_unchanged():
    assert redact(_CONTROLS, n_jobs=1).texts == _CONTROLS


def test_admit_shared_by_rules_asked_once_per_text():
    import regex

    asked = []

    def admit(features):
        asked.append(features.text)
        return "projekt" in features.lowered

    rules = [
        _Rule("EINS", regex.compile(r"PRJ-\d+"), admit=admit, name="eins"),
        _Rule("ZWEI", regex.compile(r"ABC-\d+"), admit=admit, name="zwei"),
    ]
    redactor = Redactor(rules)
    assert redactor.redact_text("Projekt ABC-12") == "Projekt [ZWEI]"
    assert asked == ["Projekt ABC-12"]  # the first rule found nothing: the text is the same
    asked.clear()
    # after a replacement the text is new: the later rule asks again
    assert redactor.redact_text("Projekt PRJ-1 und ABC-2") == "Projekt [EINS] und [ZWEI]"
    assert asked == ["Projekt PRJ-1 und ABC-2", "Projekt [EINS] und ABC-2"]
    # the admit function says no: neither rule runs
    assert redactor.redact_text("Kein P. PRJ-1 ABC-2") == "Kein P. PRJ-1 ABC-2"
