"""Session 53: a learned judge of the health words the rules left (``health-learned``).

The step reads what every rule left, takes each health word in it (a lexicon term, also
where the lexicon's conditions fail, or a plain word such as "Gips") with the words before
it up to its finite verb and the rest of the statement, and replaces those its model weighs
above 0 by ``[GESUNDHEIT]``. The project's exclusions are no matter of weights: a term the
health rule's exclusions speak against, one said of anyone (a group, "ein Kind", the
reader's "Ihr Kind") or of a thing gives no candidate at all.
"""

from __future__ import annotations

import logging

import numpy as np
import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from esslingen_lab.privacy import Redactor, learned_health
from esslingen_lab.privacy.health_candidates import candidates, features
from esslingen_lab.privacy.linear_weights import LinearWeights, save

TAG = "[GESUNDHEIT]"

# invented for this test; the rules alone leave the health detail, the step takes it
TAKEN = [
    ("Er hat mir gesagt, er hat Krebs.", "Krebs"),
    ("Meine Schwester hat seit dem Unfall einen Gips am Arm.", "Gips"),
    ("Meine Oma ist seit ihrem Sturz kaum noch mobil.", "Sturz"),
]

# the project's exclusions: no candidate, whatever the weights say
NO_ONE = [
    "Die Wartezeiten für Menschen mit Behinderung sind zu lang.",  # a group
    "Wenn man im Rollstuhl sitzt, kommt man nicht in den Bus.",
    "Familien, die ihr Kind mit Behinderung zu Hause pflegen, brauchen Hilfe.",
    "Mein Mann ist Altenpfleger, hat täglich mit Demenzkranken zu tun.",  # ill persons
    "Jeder Diabetiker kennt das Problem.",
    "Ein Kind hat Asthma wegen der Abgase.",  # anyone
    "Eine Oma hat Demenz.",
    "Hat Ihr Kind Asthma, sollten Sie die Luftwerte beachten.",  # the reader's
    "Falls Ihre Tochter gehörlos ist, bieten wir Gebärdensprache an.",
    "Die Kita am Markt, die hat Läuse.",  # a thing
    "Der Bus hat einen Defekt, die Rampe für Rollstühle geht nicht.",  # a tool
    "Ich bin doch nicht blind.",  # denied
    "Ich arbeite in der Psychiatrie am Klinikum.",  # work
]


@pytest.fixture(scope="module")
def redactors():
    # the health step alone: the steps after it (sessions 54 and 55) are off in both
    later = ["health-continued", "address-learned"]
    return Redactor(disable=later), Redactor(disable=["health-learned", *later])


@pytest.mark.parametrize(("text", "word"), TAKEN)
def test_health_details_the_rules_leave_are_taken(text, word, redactors):
    on, off = redactors
    (before,), (after,) = off.redact([text], n_jobs=1).texts, on.redact([text], n_jobs=1).texts
    assert word in before and TAG not in before
    assert word not in after and TAG in after


@pytest.mark.parametrize("text", NO_ONE)
def test_the_projects_exclusions_give_no_candidate(text, redactors):
    assert candidates(text) == []
    on, off = redactors
    assert on.redact([text], n_jobs=1).texts == off.redact([text], n_jobs=1).texts


@pytest.mark.parametrize(
    "text",
    [
        # a second reviewer's false alarms of the health rule itself (no labelled output
        # changes): an aid given away, the reader's child in an "if", a doctor's field
        "Unser Nachbar hat einen Rollstuhl gespendet für die Kleiderkammer.",
        "Wenn dein Kind Läuse hat, sag der Schule Bescheid.",
        "Mein Vater ist Arzt für Diabetes und sucht Räume.",
        "Ich bin Sternzeichen Krebs und mag die neue App.",  # a star sign (first reviewer)
    ],
)
def test_health_words_of_no_ones_health_stay(text):
    assert Redactor().redact([text], n_jobs=1).texts == [text]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mein Sohn stottert stark und wird in der Schule gemobbt.", "stottert"),
        ("Mein Bruder ist heroinabhängig und lebt auf der Straße.", "heroinabhängig"),
    ],
)
def test_the_lexicon_holds_a_stutter_and_an_addiction_by_its_substance(text, word):
    (out,) = Redactor().redact([text], n_jobs=1).texts
    assert word not in out and TAG in out


def test_an_ambiguous_word_alone_is_no_health_detail():
    text = "Der Schwindel mit den Parkgebühren muss aufhören."  # a swindle, not dizziness
    assert Redactor().redact([text], n_jobs=1).texts == [text]


def test_the_aid_given_away_is_no_health_detail_but_the_one_used_is():
    text = "Mein Vater hat seinen alten Rollator verschenkt, weil er jetzt im Rollstuhl sitzt."
    (out,) = Redactor().redact([text], n_jobs=1).texts
    assert "Rollator verschenkt" in out and "Rollstuhl" not in out and TAG in out


def test_the_extent_runs_from_the_finite_verb_to_the_statements_end():
    text = "Die Mutter vom kleinen Mädchen aus der Krippe Sonnenschein ist blind."
    assert [text[a:b] for a, b, _ in candidates(text)] == ["ist blind"]  # not the subject
    text = "Meine Schwester hat seit dem Unfall einen Gips am Arm."
    assert [text[a:b] for a, b, _ in candidates(text)] == ["hat seit dem Unfall einen Gips am Arm"]
    # a bracket or a tag after the term stays outside: no stray bracket, no tag swallowed
    text = "Mein Vater hat Diabetes ([URL]) und wohnt allein."
    for a, b, _ in candidates(text):
        assert "(" not in text[a:b] and "[" not in text[a:b]


def test_a_term_whose_lexicon_conditions_fail_is_weighed_too():
    text = "Mein Mann hat seit 2019 MS."  # the lexicon wants "MS" right after "hat"
    ((start, end, facts),) = candidates(text)
    assert text[start:end] == "hat seit 2019 MS" and facts["strict"] is False
    assert features(facts)["loose"] == 1.0


def test_the_step_finds_nothing_more_in_its_own_output(redactors):
    on, _ = redactors
    once = on.redact([text for text, _ in TAKEN], n_jobs=1).texts
    assert [learned_health.learned_health_spans(text) for text in once] == [[] for _ in once]


def test_the_step_can_be_switched_off(redactors):
    on, off = redactors
    assert "health-learned" in on.rule_names
    assert "health-learned" not in off.rule_names


def test_without_the_weights_the_step_finds_nothing_and_says_why(tmp_path, caplog):
    learned_health.health_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert learned_health.health_model(tmp_path / "missing.npz") is None
        assert "learned health model missing" in caplog.text
    finally:
        learned_health.health_model.cache_clear()


def test_the_weights_are_plain_arrays():
    with np.load(learned_health.weights_path(), allow_pickle=False) as data:
        names, weights = data["names"], data["weights"]
        assert names.dtype.kind == "U" and len(names) == len(weights) > 100
        assert np.isfinite(weights).all() and np.isfinite(data["intercept"])
    model = learned_health.health_model()
    assert model is not None and "loose" in model.weights


def test_saved_weights_score_as_scikit_learn_does(tmp_path):
    rng = np.random.default_rng(0)
    rows = [{f"w={rng.integers(8)}": 1.0, "x": float(rng.normal())} for _ in range(200)]
    y = [int(row["x"] > 0 or "w=3" in row) for row in rows]
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform(rows)
    model = LogisticRegression(max_iter=1000).fit(X, y)
    save(tmp_path / "w.npz", vectorizer.get_feature_names_out(), model.coef_[0],
         model.intercept_[0])  # fmt: skip
    weights = LinearWeights.from_file(tmp_path / "w.npz")
    unseen = [{"w=3": 1.0, "x": -0.5}, {"w=9": 1.0, "x": 0.25}, {}]
    expected = model.decision_function(vectorizer.transform(unseen))
    # float32 weights: equal to about six digits; a feature never seen adds nothing
    assert [weights.score(row) for row in unseen] == pytest.approx(expected, rel=1e-5, abs=1e-5)
