"""Theme quality a facilitator notices: clean keywords and labels, sensible auto K, quotes."""

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.text import GENERIC_WORDS, make_analyzer
from esslingen_lab.themes import ThemeModel
from tests.test_themes import DEMO, TEXTS

ENGLISH = [
    "The appointment system is to be even better and you can book online",
    "I can't get an appointment, the waiting is too long and the website is only German",
    "Bus and train should be on time, it is always late",
]
FILLERS = [
    "Seit fünf Wochen geht per Post nie etwas, wegen sowas kommt man ans Amt",
    "Drei Mal erst zum Bürgeramt gehen, jeweils zehn Minuten warten, das gibt es nie online",
]


def test_mixed_language_function_words_are_dropped():
    analyze = make_analyzer("de")
    feats = analyze(" ".join(ENGLISH + FILLERS))
    for word in (
        "the",
        "be",
        "to",
        "even",
        "and",
        "can",
        "is",
        "per",
        "nie",
        "gehen",
        "ans",
        "seit",
        "wegen",
        "sowas",
        "fünf",
        "fuenf",
        "drei",
        "zehn",
        "jeweils",
        "erst",
    ):
        assert word not in feats, word
    assert {"appointment", "bus", "buergeramt", "amt", "post"} <= set(feats)
    # English function words that are German (or digital) content words stay
    assert {"it", "system", "kind"} <= set(analyze("IT-System im Kind-Portal"))
    # "Daten" are data, not dates ("Datum")
    assert analyze("Daten")[0] == "daten" and analyze.display("daten") == "Daten"


def test_english_mode_drops_german_function_words():
    feats = make_analyzer("en")("Die Radwege sind nicht sicher, the bins are full")
    assert "die" not in feats and "sind" not in feats and "nicht" not in feats
    assert {"bin", "radwege"} <= set(feats)


def test_keywords_and_labels_of_a_mixed_corpus_are_content_words():
    texts = TEXTS[:18] + ENGLISH + FILLERS
    m = ThemeModel(3, random_state=0, stability=False).fit(texts)
    banned = set(GENERIC_WORDS["de"]) | {"the", "be", "to", "even", "and", "can", "is", "it"}
    for row in m.themes_[m.themes_["id"] >= 0].itertuples():
        words = {w.casefold() for w in row.keywords} | {w.casefold() for w in row.label.split(", ")}
        assert not words & banned, (row.label, row.keywords)
        first = row.label.split(", ")[0]
        assert first[:1].isupper(), row.label  # labels start with a content noun


@pytest.fixture(scope="module")
def demo_auto(tmp_path_factory):
    if not DEMO.exists():
        pytest.skip("demo survey not generated")
    from esslingen_lab.surveys import load_survey
    from esslingen_lab.themes.report import fit_question

    survey = load_survey(DEMO)
    model = fit_question(survey, "aergernis", "auto", seed=1)
    out = tmp_path_factory.mktemp("cli") / "t.csv"
    res = CliRunner().invoke(
        __import__("esslingen_lab.cli", fromlist=["main"]).main,
        [
            "themes",
            str(DEMO),
            "--question",
            "aergernis",
            "--n-themes",
            "auto",
            "--seed",
            "1",
            "--output",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    return survey, model, pd.read_csv(out)


def test_auto_k_on_the_demo_is_a_workshop_size_and_same_as_cli(demo_auto):
    survey, model, cli = demo_auto
    assert 5 <= model.n_themes_ <= 12, model.k_curve_
    # not simply the edge of the candidate range
    curve = model.k_curve_
    assert curve["chosen"].sum() == 1 and curve["k"].min() >= 3
    assert {"stability", "stability_se", "tiny_share", "score"} <= set(curve.columns)
    # CLI (all respondents, empty answers included) and Python (answers only) agree
    answered = cli[cli["theme"] != -1]
    assert answered["theme"].nunique() == model.n_themes_
    by_id = dict(zip(model.ids_, model.labels_, strict=True))
    assert [by_id[i] for i in answered["respondent_id"]] == answered["theme"].tolist()


def test_quotes_are_typical_not_the_longest(demo_auto):
    _, model, _ = demo_auto
    lengths = np.array([len(t) for t in model.texts_])
    for row in model.themes_[model.themes_["id"] >= 0].itertuples():
        member = lengths[model.labels_ == row.id]
        usual = max(120, 2 * np.median(member))
        assert all(len(q) <= max(usual, 400) for q in row.quotes)
        assert np.median([len(q) for q in row.quotes]) <= max(usual, np.percentile(member, 90))
