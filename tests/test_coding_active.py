"""Code classifier, cross-validation, suggestions and the ``classify`` CLI."""

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.coding.active import (
    ClassifierError,
    CodeClassifier,
    cross_validate,
    learning_curve,
    suggest,
    uncertainty,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

TOPICS = {
    "termine": ["Termin beim Bürgeramt", "keine Termine frei", "Wartezeit auf einen Termin",
                "Termin online buchen", "Bürgeramt Termin verschieben", "Termine fürs Amt"],
    "netz": ["WLAN am Bahnhof", "Glasfaser fehlt", "schnelles Internet", "WLAN in der Schule",
             "Funkloch in Zell", "Glasfaser und WLAN ausbauen"],
    "bus": ["Bus kommt zu spät", "Echtzeit Bus Anzeige", "Busfahrplan digital",
            "Bus App", "Busse pünktlicher", "Bushaltestelle Anzeige"],
}


def corpus(repeat=2):
    texts, labels = [], []
    for _ in range(repeat):
        for code, items in TOPICS.items():
            texts += items
            labels += [code] * len(items)
    return texts, labels


def test_classifier_predicts_codes_with_confidence():
    texts, labels = corpus(1)
    clf = CodeClassifier(random_state=0).fit(texts, labels)
    frame = clf.predict_frame(["Termin im Bürgeramt bekommen", "WLAN Glasfaser", "Bus App"])
    assert frame["predicted"].tolist() == ["termine", "netz", "bus"]
    assert frame["confidence"].between(1 / 3, 1).all()
    assert np.allclose(clf.predict_proba(["Bus"]).sum(axis=1), 1)


def test_multilabel_classifier():
    texts, labels = corpus(1)
    labels = [(c,) for c in labels]
    texts += ["Termin beim Bürgeramt und WLAN fehlt", "WLAN im Bus und Termin"]
    labels += [("netz", "termine"), ("bus", "netz", "termine")]
    clf = CodeClassifier(random_state=0).fit(texts, labels)
    assert clf.multilabel_ and list(clf.classes_) == ["bus", "netz", "termine"]
    predicted = clf.predict(["Glasfaser fehlt"])[0]
    assert "netz" in predicted
    assert ";" in clf.predict_frame(["x"])["predicted"][0] or clf.predict(["x"])[0]


def test_one_class_is_refused_with_a_clear_error():
    with pytest.raises(ClassifierError, match="only one code"):
        CodeClassifier().fit(["a b", "c d"], ["x", "x"])


def test_cross_validation_and_learning_curve():
    texts, labels = corpus(2)
    result = cross_validate(texts, labels, cv=3)
    assert result.n_splits == 3 and result.macro_f1 > 0.8
    assert set(result.per_code["code"]) == set(TOPICS)
    curve = learning_curve(texts, labels, sizes=[6, 24], cv=3)
    assert curve["n_coded"].tolist() == [6, 24]
    assert curve["macro_f1"].iloc[1] >= curve["macro_f1"].iloc[0]


def test_cross_validation_handles_rare_codes():
    texts, labels = corpus(1)
    texts.append("Sperrmüll anmelden")
    labels.append("muell")  # a single answer: cannot be stratified
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no sklearn warning leaks to the user
        result = cross_validate(texts, labels)
    assert result.n_splits == 5 and "muell" in result.notes[0]


def test_uncertainty_strategies():
    proba = np.array([[0.9, 0.05, 0.05], [0.4, 0.35, 0.25], [0.5, 0.5, 0.0]])
    assert uncertainty(proba, "margin").argmax() == 2
    assert uncertainty(proba, "least_confidence").argmax() == 1
    assert uncertainty(proba, "entropy").argmax() == 1
    multi = np.array([[0.95, 0.02], [0.6, 0.1]])
    assert uncertainty(multi, "margin", multilabel=True).argmax() == 1


def test_suggest_mixes_uncertain_and_random_picks_reproducibly():
    texts, labels = corpus(1)
    pool = ["Termin", "WLAN", "Bus", "Termin WLAN Bus", "Bürgeramt Glasfaser", "Echtzeit",
            "Termin", "", "Fahrplan", "Internet", "Wartezeit", "Schule"]
    first = suggest(texts, labels, pool, n=5, random_share=0.4, random_state=3)
    again = suggest(texts, labels, pool, n=5, random_share=0.4, random_state=3)
    pd.testing.assert_frame_equal(first, again)
    assert (first["reason"] == "zufällig").sum() == 2
    assert first["position"].is_unique
    assert 6 not in set(first["position"]) and 7 not in set(first["position"])  # dup, empty
    plain = suggest(texts, labels, pool, n=5, random_share=0, balanced=False)
    assert plain["uncertainty"].is_monotonic_decreasing
    everything = suggest(texts, labels, pool, n=100, random_share=0)
    assert len(everything) == 10  # 12 minus the duplicate and the empty answer


# -- CLI -----------------------------------------------------------------------------------
@pytest.fixture()
def files(tmp_path):
    texts, labels = corpus(2)
    coded = pd.DataFrame({"id": [f"c{i}" for i in range(len(texts))], "text": texts,
                          "code": labels, "extra": "x"})
    coded.to_csv(tmp_path / "coded.csv", index=False)
    pool = pd.DataFrame({"id": ["p1", "p2", "p3", "c0", "p4", "p5"],
                         "text": ["Termin Amt", "WLAN kaputt", "", "Termin", "Bus spät",
                                  "Glasfaser Bus Termin"],
                         "stadtteil": ["Zell", "Mettingen", "Berkheim", "Zell", "Sirnau",
                                       "Zell"]})
    pool.to_csv(tmp_path / "pool.csv", index=False, sep=";")
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, ["classify", *map(str, args)])


def test_cli_train_predict_suggest(files):
    model = files / "model.npz"
    result = run("train", files / "coded.csv", "--text-column", "text", "--label-column",
                 "code", "--model", model)
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output and model.exists()
    curve = re.search(r"learning curve \(coded answers → macro-F1\): (.*)", result.output)
    points = [int(p.split(" → ")[0]) for p in curve.group(1).split(", ")]
    assert len(points) >= 2 and points == sorted(points)

    out = files / "out.csv"
    result = run("predict", model, files / "pool.csv", "--text-column", "text",
                 "--output", out)
    assert result.exit_code == 0, result.output
    predicted = pd.read_csv(out, dtype=str, keep_default_na=False)
    pool = pd.read_csv(files / "pool.csv", sep=";", dtype=str, keep_default_na=False)
    assert list(predicted.columns) == [*pool.columns, "predicted", "confidence"]
    pd.testing.assert_frame_equal(predicted[pool.columns], pool)
    assert predicted["predicted"].tolist()[:3] == ["termine", "netz", ""]
    assert predicted.loc[2, "confidence"] == ""

    nxt = files / "next.csv"
    result = run("suggest", files / "coded.csv", files / "pool.csv", "--text-column", "text",
                 "--label-column", "code", "--n", 3, "--output", nxt)
    assert result.exit_code == 0, result.output
    chosen = pd.read_csv(nxt, dtype=str, keep_default_na=False)
    assert list(chosen.columns) == list(pool.columns) and len(chosen) == 3
    assert set(chosen["id"]) <= {"p1", "p2", "p4", "p5"}  # not the coded c0, not the empty p3


def test_cli_semicolon_separated_codes_train_a_multilabel_model(tmp_path):
    texts, labels = corpus(2)
    # every third answer also carries "amt": codes exported by the coding store look like this
    codes = [f"{code};amt" if i % 3 == 0 else code for i, code in enumerate(labels)]
    pd.DataFrame({"id": range(len(texts)), "text": texts, "code": codes}).to_csv(
        tmp_path / "coded.csv", index=False)
    model = tmp_path / "m.npz"
    result = run("train", tmp_path / "coded.csv", "--model", model)
    assert result.exit_code == 0, result.output
    assert "4 codes" in result.output  # termine, netz, bus, amt — not "termine;amt" etc.
    pd.DataFrame({"id": [1], "text": ["Termin beim Bürgeramt"]}).to_csv(tmp_path / "in.csv",
                                                                       index=False)
    result = run("predict", model, tmp_path / "in.csv", "--output", tmp_path / "out.csv")
    assert result.exit_code == 0, result.output
    predicted = pd.read_csv(tmp_path / "out.csv")["predicted"].iloc[0]
    assert "termine" in predicted.split(";")


@pytest.mark.parametrize("content, args, expected", [
    ("id,text,code\n1,a,x\n2,b,x\n", [], "only one code ('x')"),
    ("", [], "empty"),
    ("id,text,code\n", [], "no data rows"),
    ("id,antwort,code\n1,a,x\n2,b,y\n", [], "no column 'text'"),
    ("id,text,kategorie\n1,a,x\n2,b,y\n", [], "no column 'code'"),
])
def test_cli_bad_input_gives_one_line_error(tmp_path, content, args, expected):
    path = tmp_path / "coded.csv"
    path.write_text(content, encoding="utf-8")
    for command in (["train", path, "--model", tmp_path / "m.npz"],
                    ["suggest", path, path, "--output", tmp_path / "n.csv"]):
        result = run(*command, *args)
        assert result.exit_code != 0
        assert expected in result.output
        assert len(result.output.strip().splitlines()) == 1
        assert "Traceback" not in result.output


def test_cli_predict_rejects_missing_column_and_bad_model(files):
    run("train", files / "coded.csv", "--model", files / "m.npz")
    result = run("predict", files / "m.npz", files / "pool.csv", "--text-column", "antwort",
                 "--output", files / "o.csv")
    assert result.exit_code != 0 and "no column 'antwort'" in result.output
    result = run("predict", files / "coded.csv", files / "pool.csv", "--output", files / "o.csv")
    assert result.exit_code != 0 and "not a model" in result.output
    assert not (files / "o.csv").exists()


@pytest.mark.skipif(not (SHARED / "datasets" / "bonn_survey").exists(),
                    reason="../shared/datasets not available (fresh clone)")
def test_real_participation_answers_are_learned_above_chance():
    data = pd.read_csv(SHARED / "datasets" / "bonn_survey" / "answers.csv")
    sample = data.sample(300, random_state=0)
    result = cross_validate(sample["text"], sample["doc_code"], cv=3,
                            estimator=CodeClassifier(features="chars", random_state=0))
    # Four classes, very uneven: always predicting the majority gives macro-F1 ≈ 0.2.
    assert result.macro_f1 > 0.3


def test_balanced_suggestions_reach_the_rare_code():
    texts, labels = corpus(2)
    texts += ["Sperrmüll anmelden", "Müllabfuhr Termin App"]
    labels += ["muell", "muell"]
    pool = [f"Bus {w}" for w in "abcdefgh"] + [f"WLAN {w}" for w in "abcdefgh"] + [
        "Sperrmüll abholen", "Müll App"]
    picks = suggest(texts, labels, pool, n=3, random_share=0, balanced=True)
    # The rarest code comes first: an answer the model takes for "muell".
    assert picks["predicted"].iloc[0] == "muell"
    assert picks["predicted"].nunique() == 3


NEAR_DUPLICATES = ["Termin WLAN", "Termin WLAN!", "WLAN Termin", "Termin und WLAN",
                   "Termin, WLAN", "WLAN und Termin", "Termin + WLAN"]
DISTINCT = ["Bus Glasfaser", "Busfahrplan Termin", "Bus Internet", "Termin Bus",
            "Glasfaser Termin", "Internet im Bürgeramt", "WLAN im Bus"]


def test_diverse_suggestions_are_not_near_duplicates():
    texts, labels = corpus(1)
    pool = NEAR_DUPLICATES + DISTINCT
    # Every variant of "Termin WLAN" is about equally uncertain: plain uncertainty
    # sampling fills the batch with them, the diversity step takes one and moves on.
    words = CodeClassifier(features="words")  # the variants share their word features
    plain = suggest(texts, labels, pool, n=4, estimator=words)
    assert (plain["position"] < len(NEAR_DUPLICATES)).sum() >= 3
    diverse = suggest(texts, labels, pool, n=4, diversity=4, estimator=words)
    assert (diverse["position"] < len(NEAR_DUPLICATES)).sum() == 1
    assert diverse["position"].is_unique


def test_diverse_suggestions_are_reproducible_with_a_seed():
    texts, labels = corpus(2)
    pool = NEAR_DUPLICATES + DISTINCT + [f"{a} {b}" for a in ("Bus", "WLAN", "Termin")
                                         for b in ("spät", "Amt", "Schule", "App")]
    runs = [suggest(texts, labels, pool, n=8, random_share=0.2, diversity=4,
                    random_state=seed) for seed in (5, 5, 6)]
    pd.testing.assert_frame_equal(runs[0], runs[1])
    assert len(runs[0]) == 8 and runs[0]["position"].is_unique
    assert (runs[0]["reason"] == "zufällig").sum() == 2


# -- classifier from a coding store ------------------------------------------------------
def coded_store(n_coded):
    from esslingen_lab.coding import CodingStore

    texts, labels = corpus(2)
    store = CodingStore(":memory:")
    ids = [f"a{i}" for i in range(len(texts))]
    store.add_answers(ids + ["r1", "r2", "r3", "r4"],
                      texts + ["Termin im Bürgeramt online", "WLAN und Glasfaser",
                               "Bus mit Echtzeit", " "])
    for answer_id, code in list(zip(ids, labels, strict=True))[:n_coded]:
        store.save_coding("anna", answer_id, [code])
    return store


def test_classify_codings_codes_the_rest_least_confident_first():
    from esslingen_lab.coding.active import classify_codings

    report = classify_codings(coded_store(36), cv=3)
    predictions = report.predictions
    # every uncoded answer with text, nothing coded, no empty answer
    assert sorted(predictions["answer_id"]) == ["r1", "r2", "r3"]
    assert dict(zip(predictions["answer_id"], predictions["predicted"], strict=True)) == {
        "r1": "termine", "r2": "netz", "r3": "bus"}
    assert predictions["confidence"].is_monotonic_increasing
    assert set(report.cv.per_code["code"]) == {"termine", "netz", "bus"}
    assert report.cv.macro_f1 > 0.8 and report.cv.n_answers == 36
    assert report.curve["n_coded"].is_monotonic_increasing and len(report.curve) >= 2
    assert "Makro-F1" in report.summary() and "macro-F1" in report.summary("en")


def test_classify_codings_refuses_too_few_codings():
    from esslingen_lab.coding.active import ClassifierError, classify_codings

    with pytest.raises(ClassifierError, match="only 5 coded answers"):
        classify_codings(coded_store(5))


def test_classify_codings_when_every_answer_is_coded():
    from esslingen_lab.coding.active import classify_codings

    store = coded_store(36)
    for answer_id, code in [("r1", "termine"), ("r2", "netz"), ("r3", "bus")]:
        store.save_coding("anna", answer_id, [code])
    report = classify_codings(store, cv=3)
    assert report.predictions.empty
    assert list(report.predictions.columns) == ["answer_id", "text", "predicted", "confidence"]
