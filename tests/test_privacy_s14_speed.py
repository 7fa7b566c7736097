"""Session 14 speed pass: gates searched branch by branch (patterns.Branches) and substring
tests before slow patterns must answer exactly as the whole pattern does; the redaction of
texts that reach these gates stays as it was."""

import random
import re

import pytest
import regex

from esslingen_lab.privacy import redact
from esslingen_lab.privacy.redact import descriptions
from esslingen_lab.privacy.redact.patterns import Branches, _top_branches
from esslingen_lab.privacy.redact.redactor import _default_rules

# pieces that reach the split gates: file numbers, at signs, birth cues, role words, initials
_PIECES = [
    "AZ", "K-12", "7-B", "2025-08812", "BV-2024-0318", "2026/BA/01177", "BA/0117/2026", "WS",
    "@", " @ ", "klara.vogt", "bei", "at", "gmx.de", "(at)", "[ät]", "web", "punkt", "de",
    "Herr", "[NAME]", "d'[NAME]", "E] Lutz [", "R.", "Th.", "geb.", "12.", "04.", "1958", "3/4",
    "März", "mai", "Leiterin", "vom", "der", "einzige", "Wirt", "im", "Kassiererin", "des",
    "Hausmeister", "aus", "0I7l", "O1", "tel", "der, der", "die, die", "bin", "die", "mit",
    "(die", "Brille", "Kantine", "07l1", "\u00a0", "\n", "ES", "Kinderarzt", "Jg.", "der 4b",
]


def _texts(n=1500, seed=14):
    rnd = random.Random(seed)
    for _ in range(n):
        text = " ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 10)))
        yield rnd.choice((text, text.lower(), text.upper()))


_SPLIT_GATES = [rule for rule in _default_rules() if isinstance(rule.gate, Branches)]


def test_split_gates_are_in_use():
    names = {rule.name for rule in _SPLIT_GATES}
    assert {"id-three-parts", "id-year-serial", "email-word-at-provider", "beschreibung"} <= names


@pytest.mark.parametrize("rule", _SPLIT_GATES, ids=lambda rule: rule.name)
def test_split_gate_answers_as_the_whole_pattern(rule):
    engine = regex if isinstance(rule.gate._parts[0], regex.Pattern) else re
    whole = engine.compile(rule.gate.pattern, rule.gate._parts[0].flags)
    for text in _texts():
        assert (rule.gate.search(text) is None) == (whole.search(text) is None), text


def test_email_gate_at_sign_branch_as_before():
    """" @ ?\\w|\\w @ " became one branch starting at " @": both old shapes still pass."""
    gate = next(rule.gate for rule in _SPLIT_GATES if rule.name == "email-word-at-provider")
    for text in ("jonas @gmx", "jonas @ gmx", "jonas@ gmx", "x @ ", "@ web", "a @ b"):
        old = re.search(r" @ ?\w|\w @ ", text) is not None
        assert (gate.search(text) is not None) == old, text
    assert gate.search("Treffen um 10 @ Rathaus") is not None  # " @ R": as the old branch
    assert gate.search("jonas@gmx") is None  # no space: left to the e-mail patterns


def test_top_branches_respect_groups_classes_and_escapes():
    assert _top_branches(r"a|b(c|d)|[|x]|\|e|[]|]f|[^]|]g") == [
        "a", "b(c|d)", "[|x]", r"\|e", "[]|]f", "[^]|]g"
    ]
    assert _top_branches(r"(?:x|y)z") == [r"(?:x|y)z"]
    with pytest.raises(ValueError):
        _top_branches(r"[\p{L}--[a-z]]|x")  # a set inside a set: not split
    with pytest.raises(ValueError):
        Branches(r"(?i)ab|cd")  # a global flag would be lost on the second branch


_SELF_TEXTS = [
    "Ich bin die, die immer mit dem roten Fahrrad zum Markt fährt.",
    "Ich war der, der letztes Jahr die Petition gestartet hat.",
    "Die einzige Tierärztin im Ort hat jetzt zu.",
    "der einzige, der hier noch Brot backt",
    "Wir sind die, die gegen den Neubau sind.",  # no "bin/war": the pattern says no
    "Einzigartig ist der Blick vom Turm.",  # "einzig" but no "der einzige"
    "Die Einzige Bäckerei am Platz",  # lowered before the test
    "Der Bus kommt, der Zug nicht.",
]


@pytest.mark.parametrize("text", _SELF_TEXTS)
def test_self_cue_same_with_and_without_substring_test(text):
    lowered = text.lower()
    plain = descriptions._SELF_DEMONSTRATIVE.search(lowered) is not None or (
        descriptions._SELF_CUE.search(lowered) is not None
    )
    assert descriptions._self_cue(lowered) == plain


_REMOVED = {
    "Mein Zeichen beim Amt ist BV 2024-00318, bitte angeben.": "BV",
    "Die Meldung lief unter 2026/OA/00412 beim Ordnungsamt.": "00412",
    "Schreiben Sie mir: henrike.sauter bei gmx punkt de": "henrike",
    "Frau Olbrich, geb. 03.11.1957, wohnt seit Jahren hier.": "1957",
}
_KEPT = [
    "Die Buslinie 2024-2025 fährt im Winterfahrplan seltener.",
    "Treffpunkt um 19 Uhr bei der Feuerwehr, Eintritt frei.",
    "Der Leiter vom Bauhof ist für den Winterdienst zuständig.",  # an office, described
    "Wir treffen uns im Raum 2.14 @ Rathaus.",
    "Die einzige Ampel an der Kreuzung ist zu kurz grün.",
]


@pytest.mark.parametrize("text, gone", list(_REMOVED.items()))
def test_values_behind_split_gates_still_removed(text, gone):
    assert gone not in redact([text], n_jobs=1).texts[0]


def test_controls_behind_split_gates_kept():
    out = redact(_KEPT, n_jobs=1).texts
    assert out[0] == _KEPT[0] and out[1] == _KEPT[1] and out[4] == _KEPT[4]
