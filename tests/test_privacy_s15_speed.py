"""Session 15 speed pass: the cheaper tests before slow ones must answer exactly as the tests
they stand for (one scan for many phrases, substring tests before a pattern)."""

import random

import pytest
import regex

from esslingen_lab.privacy.redact import descriptions, direction_finders
from esslingen_lab.privacy.redact.patterns import Branches, spaced_phrases
from esslingen_lab.privacy.redact.redactor import _default_rules

_PHRASES = direction_finders._CUE_PHRASES
# the phrases' words with the spaces, tabs and look-alikes around them ("haus  ist", "hausist")
_PIECES = sorted({word for phrase in _PHRASES for word in phrase.split()}) + [
    "x", "ä", "s", "e", "Haus", "HAUS", "\u00a0", "\t", "\n", ",", ".",
]
_GLUE = ["", " ", " ", " ", "  ", "\t"]


def _texts(n=20_000, seed=15):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(
            rnd.choice(_PIECES) + rnd.choice(_GLUE) for _ in range(rnd.randint(1, 7))
        )


def test_spaced_phrases_find_what_the_substring_tests_find():
    pattern = spaced_phrases(_PHRASES)
    for text in _texts():
        assert (pattern.search(text) is not None) == any(p in text for p in _PHRASES), text


@pytest.mark.parametrize("text", [
    "wir wohnen bei uns", "bei  uns", "beiuns", "dabei unsere", "zu hause", "zuhause",
    "sie finden mich", "sie finden  mich", "finden mich", "das ist", "das isst", "des isch",
    "häusle isch", "em häusle", "",
])
def test_spaced_phrases_on_edges(text):
    assert (spaced_phrases(_PHRASES).search(text) is not None) == any(
        p in text for p in _PHRASES
    )


@pytest.mark.parametrize("phrase", ["nospace", " leading", "trailing ", ""])
def test_spaced_phrases_need_words_around_a_space(phrase):
    with pytest.raises(ValueError):
        spaced_phrases([phrase])


@pytest.mark.parametrize("text", [
    "die frau (die mit dem hund) kam", "(der vom bauhof)", "ich bin die mit der brille",
    "die mit dem hund", "(die) mit", "der (mit) ihm", "(dies und das)", "keine klammer",
])
def test_self_cue_substring_test_says_yes_where_the_pattern_matches(text):
    if descriptions._SELF_CUE.search(text) is not None:
        assert descriptions._may_hold_self_cue(text)


def _ocr_texts(n=40_000, seed=15):
    # the letters and digits of _OCR_SLIP's branches, other digits ("٣"), spaces, brackets
    rnd = random.Random(seed)
    alphabet = "lIO01aäßzZÄÖ .,(\n9٣-"
    for _ in range(n):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 9)))


def test_ocr_slip_skipped_only_where_it_cannot_match():
    from esslingen_lab.privacy.redact import normalise

    for text in _ocr_texts():
        if normalise._OCR_SLIP.search(text) is None:
            continue
        assert normalise._ANY_DIGIT.search(text) is not None or (
            normalise._L_IN_CAPITALS.search(text) is not None
            or normalise._I_IN_SMALL.search(text) is not None
        ), text
        if normalise._OCR_BY_DIGIT.search(text) is not None:
            assert normalise._ANY_DIGIT.search(text) is not None, text


@pytest.mark.parametrize("text, read", [
    ("Herr Mü1ler", "Herr Müller"), ("WElSS", "WEISS"), ("freundIichen", "freundlichen"),
    ("Wiesenweg l2", "Wiesenweg 12"), ("7373O Esslingen", "73730 Esslingen"),
    ("Ich bin da", "Ich bin da"), ("Hallo Welt", "Hallo Welt"),
])
def test_plain_view_reads_ocr_slips_as_before(text, read):
    from esslingen_lab.privacy.redact.normalise import plain_view

    assert plain_view(text) == read


# gates now read from a rarer character back: each must answer as the pattern it replaced
# (a gate's match is never used, only whether there is one)
_OLD_GATES = {
    "name-family-plural": (
        regex.compile(r"\x20(?<=(?:ie|ei|on|it|zu)\x20)(?:den\x20)?\p{Lu}\p{Ll}{2,}s\b"),
        ["die ", "bei ", "von ", "mit ", "zu ", "den ", "Müllers", "Maiers", "Ab", "s", "S",
         "_", "-", ".", "\n", " ", "x", "Ö", "ß"],
    ),
    "name-lower-last-word": (
        regex.compile(r"[.!?)\n]\s*\p{Ll}{3,}(?:-\p{Ll}{2,})?[^\S\n]*[.!]?\s*$"),
        [".", "!", "?", ")", "\n", " ", "\t", "karo", "ab", "-", "mü", "X", "lea-marie", ","],
    ),
    "name-initials": (
        regex.compile(r"\p{Lu}\.-?\x20?\p{Lu}\."),
        ["M", "K", "Ä", ".", "-", " ", "  ", "a", "x.", "J.-P.", "\n"],
    ),
    "datum-birthday": (
        regex.compile(
            r"(?:am|den)\x20(?:\d|\w+te)[\p{L}\d.\x20]{1,16}\x20(?:hat|habe|hab|haben|hatte|hätte|"
            r"geburtstag|geb\.|meinen|seinen|ihren|unseren|den|wird|werde|feier|\d)"
        ),
        ["am", "den", " ", "3.", "12", "dritte", "mai", "hat", "feier", "geb.", "x", "te", "\n"],
    ),
    "id-network-address": (
        Branches(
            r"\d\.\d{1,3}\.\d{1,3}\.\d|[0-9a-f]{2}[:\-][0-9a-f]{2}[:\-][0-9a-f]{2}[:\-]"
            r"|[0-9a-f]::|::[0-9a-f]|[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}:"
        ),
        ["1", "92", "168", "0", ".", ":", "::", "-", "a", "fe", "b0c", "g", "Ä", " ", "\n", "ß"],
    ),
    "datum-date-beside-person": (
        regex.compile(
            r"[\p{L}\d.]\x20?(?:,|\(|\x20[–-])\x20?(?:geb\.?\x20?|\*\x20?)?\d{1,2}\.\x20?[\d\p{L}]"
        ),
        ["Weber", "a", ",", "(", " –", " -", " ", "geb.", "geb", "*", "3", "12", ".", "1957",
         "Mai", "\n", "x."],
    ),
    "adresse-own-street": (
        regex.compile(r"(?<=\p{L}{3})(?:straße|strasse|strase|stroß|str\.?|gasse|gaße|gass"
                      r"|gässle|allee|steige?|weg|platz|pfad|ring|damm|ufer|staffel"
                      r"|stäffele|promenade|markt)(?![\p{L}])"
                      r"|(?<=\p{L}er\x20)(?:straße|strasse|str\.)"),
        ["mühl", "ab", "x", "er", " ", "straße", "strasse", "str", ".", "steig", "e", "weg", "ring",
         "platz", "markt", "stäffele", "gass", "ä", "1", "-", "\n", "ß"],
    ),
    "name-chat-sender": (
        regex.compile(r"(?m)^[^\S\n]*+[\[(]?\d{1,2}[:./]\d{1,2}"),
        ["\n", " ", "\t", "[", "(", "1", "23", "456", ":", ".", "/", "x", "Anna:", "\r"],
    ),
}
# (two rules are named "adresse-own-street": the one with a gate after the ending)
_GATES = {rule.name: rule.gate for rule in _default_rules()
          if rule.gate is not None and not rule.gate.pattern.startswith("(?:unsere|meine)")}


@pytest.mark.parametrize("name", sorted(_OLD_GATES))
def test_gate_read_back_answers_as_before(name):
    old, pieces = _OLD_GATES[name]
    rnd = random.Random(name)
    for _ in range(30_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9)))
        assert (_GATES[name].search(text) is None) == (old.search(text) is None), text


def _health_texts():
    import json
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    for name in ("pii_dev_s7_health.jsonl", "pii_hard.jsonl"):
        for line in (fixtures / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]
    yield from ("Er hört sehr schlecht.", "kann nicht gut laufen", "Sie hat ALS.", "mit em Kreuz",
                "weil ich schlecht sehe, …", "die rechte Hand kaum bewegen kann", "E-Rolli")


def test_health_terms_start_only_where_term_at_may_find_one():
    from esslingen_lab.privacy.redact import health_terms
    from esslingen_lab.privacy.redact.health_lexicon import _lexicon
    from esslingen_lab.privacy.redact.health_text import _Text

    lex = _lexicon()
    for text in _health_texts():
        t = _Text(text)
        starts = set(health_terms._term_starts(t, lex))
        for i in range(len(t.words)):
            if t.is_word(i) and health_terms._term_at(t, i, lex):
                assert i in starts, (text, t.words[i])
