"""Session 55: what goes on from a health tag (the ``health-continued`` step).

The health rules tag a condition and stop at the end of its statement as they read it;
what follows often tells the detail on ("[GESUNDHEIT] und zittert stark") and often is the
answer's point ("[GESUNDHEIT] und wir brauchen einen Pflegeplatz"). The step cuts what
follows each tag into pieces and grows the tag over them while its model weighs each above
its threshold; a refused piece ends the tag there.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest

from esslingen_lab.privacy import Redactor, health_continuation
from esslingen_lab.privacy.health_continuation import MAX_WORDS, candidates, chosen_spans

# invented for this test: the rules leave the consequence, the step takes it
TAKEN = [
    ("Mein Vater hat Parkinson und zittert so stark, dass er nicht unterschreiben kann.",
     "[GESUNDHEIT], dass er nicht unterschreiben kann."),
    ("Meine Nachbarin hat Parkinson und zittert stark, aber die App ist super.",
     "[GESUNDHEIT], aber die App ist super."),
    ("Meine Oma ist dement und verläuft sich manchmal im Viertel.", "[GESUNDHEIT]."),
]  # fmt: skip

# a new clause after the tag is the answer's point: it stays
KEPT = [
    ("Mein Sohn hat ADHS und die Schule ruft ständig an.", "und die Schule ruft ständig an."),
    ("Mein Mann ist dement und wir brauchen einen Pflegeplatz.",
     "und wir brauchen einen Pflegeplatz."),
    ("Meine Mutter hat Demenz, und die Stadt schickt trotzdem nur Briefe.",
     ", und die Stadt schickt trotzdem nur Briefe."),
    ("Mein Vater hat Demenz, das Bürgeramt sollte Hausbesuche machen.",
     ", das Bürgeramt sollte Hausbesuche machen."),
]  # fmt: skip


@pytest.fixture(scope="module")
def redactors():
    return Redactor(), Redactor(disable=["health-continued"])


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_what_tells_the_health_detail_on_is_taken(text, expected, redactors):
    on, off = redactors
    assert on.redact([text], n_jobs=1).texts[0] == expected
    assert off.redact([text], n_jobs=1).texts[0] != expected  # the rules alone leave it


@pytest.mark.parametrize(("text", "tail"), KEPT)
def test_a_new_clause_after_the_tag_stays(text, tail, redactors):
    on, _ = redactors
    out = on.redact([text], n_jobs=1).texts[0]
    assert out.startswith("[GESUNDHEIT]") and out.endswith(tail)


def test_pieces_end_at_a_comma_a_conjunction_a_tag_or_the_sentence():
    text = "[GESUNDHEIT] und zittert, kann kaum schreiben und liest nichts mehr. Neuer Satz."
    [chain] = candidates(text)
    assert [text[p.start : p.end] for p in chain] == [
        "und zittert", ", kann kaum schreiben", "und liest nichts mehr"
    ]
    assert [p.facts["opener"] for p in chain] == ["und", ",", "und"]
    # a sentence's end, any line break, a bracket, a dash, a bullet or another sign ends
    # the chain
    for stop in (". Sie", "\nsie", "\rsie", "\u2028sie", " (sie", " – sie", " • sie", " ** sie",
                 " 🙂 sie", "; sie"):  # fmt: skip
        [chain] = candidates(f"[GESUNDHEIT] und zittert{stop} kann nicht schreiben")
        assert len(chain) == 1 and chain[0].facts["words"] == ["zittert"], stop
    assert candidates("Mein Vater zittert und kann nicht schreiben.") == []
    assert candidates("[GESUNDHEIT].") == []


def test_an_abbreviations_dot_ends_nothing():
    # the tag once swallowed "z" of "z.B." and left ".B. beim Essen"
    for abbreviation in ("z.B.", "u.a.", "bzw.", "ca.", "z. B."):
        text = f"[GESUNDHEIT] und zittert stark {abbreviation} beim Essen, die App ist gut."
        [chain] = candidates(text)
        assert text[chain[0].start : chain[0].end].endswith("beim Essen"), abbreviation


def test_a_tag_grows_from_its_start_until_a_piece_is_refused():
    text = "Er [GESUNDHEIT] und zittert, kann kaum schreiben und liest nichts mehr."
    [chain] = candidates(text)
    second = chain[1]
    [(start, end)] = chosen_spans([chain], lambda piece: piece is not second)
    assert text[start:end] == "[GESUNDHEIT] und zittert"
    assert chosen_spans([chain], lambda piece: False) == []
    [(start, end)] = chosen_spans([chain], lambda piece: True)
    assert text[end:] == "."


def test_a_chain_is_bounded_by_its_tags_and_a_long_piece_ends_it():
    text = "[GESUNDHEIT] " + ", ".join(["und kann nicht"] * 50) + "."
    [chain] = candidates(text)
    assert len(chain) == 50  # every piece, each judged as the first would be
    # a piece longer than MAX_WORDS is none: the chain ends before it, on every pass
    long = "[GESUNDHEIT] und zittert, und " + "sehr " * 40 + "schlecht."
    [chain] = candidates(long)
    assert [p.facts["words"] for p in chain] == [["zittert"]]
    assert len(candidates("[GESUNDHEIT] und " + "sehr " * (MAX_WORDS - 1) + "x.")[0]) == 1
    assert candidates("[GESUNDHEIT] und " + "sehr " * MAX_WORDS + "x.") == []
    # many tags in one long paste: pieces grow with the text, not with its square
    count = [sum(map(len, candidates("[GESUNDHEIT] und zittert. " * n))) for n in (100, 1000)]
    assert count == [100, 1000]


def test_a_second_pass_changes_nothing(redactors):
    on, _ = redactors
    texts = [text for text, _ in TAKEN + KEPT] + [
        "Meine Frau hat Epilepsie und darf nicht Auto fahren, und der Bus fährt nachts nicht.",
        "Mein Opa hat Demenz und läuft manchmal weg, deshalb wäre ein Notfallknopf gut.",
        "Ich habe Krebs und kann nach der Chemo kaum laufen, aber die Online-Formulare gehen.",
        # more pieces than a chain once held (a reviewer's: the fourth went on a second pass)
        "Mein Vater hat Parkinson und zittert, kann kaum schreiben und liest nichts mehr und "
        "zittert stark.",
        "Mein Vater hat Parkinson und zittert stark z.B. beim Essen, die App ist gut.",
        "Mein Vater hat Parkinson und zittert stark\rdie Bücherei ist super.",
    ]
    once = on.redact(texts, n_jobs=1).texts
    assert on.redact(once, n_jobs=1).texts == once


def test_the_step_follows_the_learned_health_step_and_can_be_switched_off(redactors):
    on, off = redactors
    names = on.rule_names
    assert names.index("health-continued") == names.index("health-learned") + 1
    assert names.index("health-continued") < names.index("address-learned")
    assert "health-continued" not in off.rule_names


def test_without_the_weights_the_step_finds_nothing_and_says_why(tmp_path, caplog):
    health_continuation.continuation_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert health_continuation.continuation_model(tmp_path / "missing.npz") is None
        assert "learned health continuation model missing" in caplog.text
    finally:
        health_continuation.continuation_model.cache_clear()


def test_the_weights_are_plain_arrays_and_a_new_clause_weighs_against():
    with np.load(health_continuation.weights_path(), allow_pickle=False) as data:
        names, weights = data["names"], data["weights"]
        assert names.dtype.kind == "U" and len(names) == len(weights) > 100
        assert np.isfinite(weights).all() and np.isfinite(data["intercept"])
    model = health_continuation.continuation_model()
    assert model is not None and model.weights["subject"] < 0
