"""Session 57: a learned judge of words in a person's slot (``nickname-learned``).

Spoken German names people with an article: "der Bolle vom Jugendhaus", "dr Lucky hot
gmoint". The rules take such a word where its form or frame is certain; the step weighs every
word after an article or a preposition the rules left: its look-ups (a noun the dictionary
declines, how often it stands in German text, a first name's start, a pet name's ending) and
its neighbours. Endearments, epithets, times, adjectives used as nouns and role nouns give no
candidate at all.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest

from esslingen_lab.privacy import Redactor, learned_nicknames, redact_text
from esslingen_lab.privacy.nickname_candidates import candidates, features

# invented for this test; the rules alone leave the nickname, the step takes it
TAKEN = [
    ("Wegen der Hallenzeiten fragt ihr am besten den Strubbel, der hat den Schlüssel.",
     "Wegen der Hallenzeiten fragt ihr am besten den [NAME], der hat den Schlüssel."),
    ("Die Termine für die Halle macht der Fluppi, der weiß das.",
     "Die Termine für die Halle macht der [NAME], der weiß das."),
    ("Der Wusel vom Kiosk hat mir erklärt, wie die App geht.",
     "Der [NAME] vom Kiosk hat mir erklärt, wie die App geht."),
]  # fmt: skip

# everyday nouns, epithets, times and idioms in the same slot stay
KEPT = [
    "Die Ampel an der Kreuzung ist immer rot.",
    "Der Zettel vom Amt war unverständlich.",
    "Der Bus vom Bahnhof kommt zu spät.",
    "Mein Nachbar, der Profi, hat die Hecke geschnitten.",  # a role noun, frequent
    "Der Sommer (2023) war heiß.",  # a time
    "Die Kleine von nebenan hat Geburtstag.",  # an adjective used as a noun
    "Der Schatzi und ich gehen.",  # an endearment
    "Jetzt beginnt der Ernst des Lebens.",  # an idiom
    "Des isch dr Ernst vom Lebe.",
    "Der Kärrele vom Wochenmarkt steht im Weg.",  # a thing's diminutive (Karre)
    "Der Hausmeister vom Gymnasium ist nett.",
    "Das Formular vom Bürgeramt lädt nicht.",
]


@pytest.fixture(scope="module")
def redactors():
    return Redactor(), Redactor(disable=["nickname-learned"])


@pytest.mark.parametrize(("text", "expected"), TAKEN)
def test_a_nickname_the_rules_leave_is_taken(redactors, text, expected):
    on, off = redactors
    assert off.redact_text(text) == text  # no rule takes it
    assert on.redact_text(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_nouns_and_idioms_in_a_persons_slot_stay(redactors, text):
    assert redactors[0].redact_text(text) == text


def test_excluded_words_give_no_candidate():
    words = [facts["word"] for _, _, facts in candidates(
        "Der Schatzi, die Kleine, der Hausmeister und der Sommer. Dr Bolle hot gsagt."
    )]  # fmt: skip
    assert words == ["Bolle"]


def test_candidates_read_swabian_articles_and_skip_glued_words():
    text = "d'Liesel vom Eck, d'r Done und der-Bus, dr Memo@web, dr Lucky2, der Bolle–Cup"
    found = {facts["word"]: (facts["slot"], text[a:b]) for a, b, facts in candidates(text)}
    assert found["Liesel"] == ("d'", "Liesel")
    assert found["Done"] == ("d'r", "Done")
    assert "Bus" not in found and "Memo" not in found
    assert "Lucky" not in found and "Bolle" not in found  # never half a word
    # the apostrophe as typed on any keyboard, also with a space after it
    for text in ("d`r Zausel hot", "d´r Zausel hot", "d‘r Zausel hot", "D’r Zausel hot"):
        assert [facts["slot"] for _, _, facts in candidates(text)] == ["d'r"], text
    assert [facts["slot"] for _, _, facts in candidates("d' Zausel hot")] == ["d'"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a combining mark inside a word: the word is no candidate, and never cut in half
        ("Der Bu\u0332s vom Bahnhof ist neu.", ["Bahnhof"]),
        ("Der \u041dubbel vom Markt ist weg.", ["Markt"]),  # a Cyrillic look-alike letter
        ("Der Bölle vom Markt ist weg.", ["Bölle", "Markt"]),  # umlauts are Latin letters
    ],
)
def test_only_whole_words_in_latin_letters_are_candidates(text, words):
    assert [facts["word"] for _, _, facts in candidates(text)] == words
    assert "\u0332s" not in redact_text(text) or "Bu\u0332s" in redact_text(text)


def test_everyday_words_weigh_less_than_rare_ones():
    model = learned_nicknames.nickname_model()

    def odds(text):
        (_, _, facts), *_ = candidates(text)
        return model.score(features(facts))

    # the same frame: a frequent noun ("Zettel", Zipf 4.1) against a rare word ("Zottel", 1.9)
    assert odds("Der Zettel vom Amt hat geholfen.") < 0 < odds("Der Zottel vom Amt hat geholfen.")


def test_the_step_is_last_and_can_be_switched_off(redactors):
    on, off = redactors
    assert on.rule_names[-1] == "nickname-learned"
    assert "nickname-learned" not in off.rule_names
    assert off.rule_names == on.rule_names[:-1]


def test_without_the_weights_the_step_finds_nothing_and_says_why(tmp_path, caplog):
    learned_nicknames.nickname_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert learned_nicknames.nickname_model(tmp_path / "missing.npz") is None
        assert "learned nickname model missing" in caplog.text
    finally:
        learned_nicknames.nickname_model.cache_clear()


def test_the_weights_are_plain_arrays():
    with np.load(learned_nicknames.weights_path(), allow_pickle=False) as data:
        names, weights = data["names"], data["weights"]
        assert names.dtype.kind == "U" and len(names) == len(weights) > 100
        assert np.isfinite(weights).all() and np.isfinite(data["intercept"])
    model = learned_nicknames.nickname_model()
    assert model is not None and model.weights["zipf"] < 0  # frequent words: no names
