"""Code classifier, cross-validation, suggestions, stopping hint, model files, ``classify`` CLI."""

import json
import os
import pickle
import re
import warnings
import zipfile
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.coding.active import (
    ClassifierError,
    CodeClassifier,
    ModelFileError,
    StoppingHint,
    cross_validate,
    learning_curve,
    load_model,
    stopping_hint,
    suggest,
    uncertainty,
)
from esslingen_lab.coding.classifier import _vectorizers

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


@pytest.mark.slow
def test_cli_train_predict_suggest(files):
    model = files / "model.npz"
    result = run("train", files / "coded.csv", "--text-column", "text", "--label-column",
                 "code", "--model", model)
    assert result.exit_code == 0, result.output
    assert "Makro-F1" in result.output and model.exists()
    curve = re.search(r"Lernkurve \(kodierte Antworten → Makro-F1\): (.*)", result.output)
    points = [int(p.split(" → ")[0]) for p in curve.group(1).split("; ")]
    assert all(re.fullmatch(r"\d+ → [01],\d{3}", p) for p in curve.group(1).split("; "))
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


@pytest.mark.slow
def test_cli_semicolon_separated_codes_train_a_multilabel_model(tmp_path):
    texts, labels = corpus(2)
    # every third answer also carries "amt": codes exported by the coding store look like this
    codes = [f"{code};amt" if i % 3 == 0 else code for i, code in enumerate(labels)]
    pd.DataFrame({"id": range(len(texts)), "text": texts, "code": codes}).to_csv(
        tmp_path / "coded.csv", index=False)
    model = tmp_path / "m.npz"
    result = run("train", tmp_path / "coded.csv", "--model", model)
    assert result.exit_code == 0, result.output
    assert "4 Codes" in result.output  # termine, netz, bus, amt — not "termine;amt" etc.
    pd.DataFrame({"id": [1], "text": ["Termin beim Bürgeramt"]}).to_csv(tmp_path / "in.csv",
                                                                       index=False)
    result = run("predict", model, tmp_path / "in.csv", "--output", tmp_path / "out.csv")
    assert result.exit_code == 0, result.output
    predicted = pd.read_csv(tmp_path / "out.csv")["predicted"].iloc[0]
    assert "termine" in predicted.split(";")


@pytest.mark.parametrize("content, args, expected", [
    ("id,text,code\n1,a,x\n2,b,x\n", [], "only one code ('x')"),
    ("", [], "die Datei ist leer"),
    ("id,text,code\n", [], "hat keine Datenzeilen"),
    ("id,antwort,code\n1,a,x\n2,b,y\n", [], "Spalte 'text': Spalte fehlt (vorhanden: id, "
     "antwort, code) — die richtige Spalte mit --text-column angeben"),
    ("id,text,kategorie\n1,a,x\n2,b,y\n", [], "Spalte 'code': Spalte fehlt"),
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
    assert result.exit_code != 0 and "Spalte 'antwort': Spalte fehlt" in result.output
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


# -- feature choice, reference checks, model files, stopping hint --------------------------
THINGS = ["der Radweg", "das Bürgeramt", "die Buslinie", "der Spielplatz", "das WLAN",
          "die Bibliothek", "der Marktplatz", "die Schule", "das Schwimmbad", "der Park",
          "die Ampel", "das Rathaus"]


def arguments():
    """Codes that hinge on function words the word features drop as stop words."""
    texts, labels = [], []
    for thing in THINGS * 2:  # every thing under both codes
        texts += [f"weil {thing}", f"{thing} sollte"]
        labels += ["begruendung", "forderung"]
    return texts, labels


def test_auto_features_match_an_independent_cross_validation():
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.svm import LinearSVC

    texts, labels = corpus(3)
    clf = CodeClassifier(random_state=4).fit(texts, labels)
    assert set(clf.feature_scores_) == {"words", "chars", "words+chars"}
    folds = StratifiedKFold(3, shuffle=True, random_state=4)
    for kind, score in clf.feature_scores_.items():
        blocks = [v.fit_transform(texts) for v in _vectorizers(kind, "de", ())]
        X = np.hstack([b.toarray() for b in blocks])
        scores = []
        for train, test in folds.split(X, labels):
            svm = LinearSVC(class_weight="balanced", random_state=0, max_iter=5000)
            predicted = svm.fit(X[train], np.array(labels)[train]).predict(X[test])
            scores.append(f1_score(np.array(labels)[test], predicted, average="macro"))
        assert score == pytest.approx(np.mean(scores), abs=1e-9)
    assert clf.feature_scores_[clf.features_] == max(clf.feature_scores_.values())


def test_auto_features_pick_character_ngrams_when_function_words_decide():
    texts, labels = arguments()
    clf = CodeClassifier(random_state=0).fit(texts, labels)
    # "weil" and "sollte" are stop words: the word features cannot tell the codes apart
    assert clf.feature_scores_["words"] < 0.8
    assert clf.features_ in ("chars", "words+chars") and clf.feature_scores_[clf.features_] == 1
    assert "Zeichenfolgen" in clf.describe_features()
    assert list(clf.predict(["weil der Bahnhof", "der Bahnhof sollte"])) == [
        "begruendung", "forderung"]


def test_predictions_equal_a_plain_linear_svm_on_the_same_features():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    texts, labels = corpus(2)
    clf = CodeClassifier(features="chars").fit(texts, labels)
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    svm = LinearSVC(class_weight="balanced", random_state=0, max_iter=5000)
    svm.fit(vec.fit_transform(texts), labels)
    new = ["Termin Amt", "WLAN", "Bus spät", "Glasfaser Bus", "xyz"]
    assert list(clf.predict(new)) == list(svm.predict(vec.transform(new)))
    np.testing.assert_allclose(clf.decision_function(new),
                               svm.decision_function(vec.transform(new)), atol=1e-5)
    proba = clf.predict_proba(new)
    assert np.allclose(proba.sum(axis=1), 1) and (proba.argmax(axis=1) ==
                                                   clf.decision_function(new).argmax(axis=1)).all()


def test_two_codes_and_multilabel_decisions():
    texts, labels = corpus(2)
    two = [t for t, c in zip(texts, labels, strict=True) if c != "bus"]
    two_labels = [c for c in labels if c != "bus"]
    clf = CodeClassifier().fit(two, two_labels)
    assert list(clf.predict(["Termin Amt", "WLAN Glasfaser"])) == ["termine", "netz"]
    multi = [(c,) for c in labels]
    multi[0] = ("netz", "termine")
    clf = CodeClassifier(features="words").fit(texts, multi)
    assert clf.multilabel_ and "netz" in clf.predict(["Glasfaser fehlt"])[0]


@pytest.mark.skipif(not (SHARED / "datasets" / "bonn_survey").exists(),
                    reason="../shared/datasets not available (fresh clone)")
def test_confidence_is_calibrated_on_real_answers():
    data = pd.read_csv(SHARED / "datasets" / "bonn_survey" / "answers.csv")
    data = data.sample(600, random_state=1)
    train, test = data.iloc[:400], data.iloc[400:]
    clf = CodeClassifier(features="chars", random_state=0).fit(train["text"], train["doc_code"])
    frame = clf.predict_frame(test["text"].tolist())
    accuracy = (frame["predicted"].to_numpy() == test["doc_code"].to_numpy()).mean()
    # on held-out answers the mean confidence is close to the share predicted right
    assert abs(frame["confidence"].mean() - accuracy) < 0.1
    assert 0.3 < frame["confidence"].mean() < 0.95


# -- model files ---------------------------------------------------------------------------
def test_model_file_round_trip_holds_no_pickle(tmp_path):
    texts, labels = corpus(3)
    clf = CodeClassifier(random_state=0, stopwords=("amt",)).fit(texts, labels)
    path = clf.save(tmp_path / "m.npz", text_column="antwort")
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == sorted(
            ["meta.npy", "coef.npy", "intercept.npy"]
            + [f"idf_{i}.npy" for i in range(len(clf.vectorizers_))])
        meta = json.loads(str(np.load(archive.open("meta.npy"), allow_pickle=False)[()]))
    assert meta["esslingen_lab_version"] and meta["features"] == clf.features_
    loaded, info = load_model(path)
    assert info["text_column"] == "antwort" and loaded.features_ == clf.features_
    new = ["Termin Amt", "Glasfaser", "Bus spät", ""]
    np.testing.assert_array_equal(loaded.predict_proba(new), clf.predict_proba(new))
    assert loaded.stopwords == ("amt",)


class _Evil:
    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


@pytest.mark.parametrize("writer", ["pickle", "joblib"])
def test_pickles_are_refused_before_anything_is_unpickled(tmp_path, writer):
    evil = _Evil()
    evil.marker = tmp_path / "pwned"
    path = tmp_path / "model.joblib"
    if writer == "pickle":
        path.write_bytes(pickle.dumps({"model": evil}))
    else:
        joblib.dump({"model": evil}, path)
    with pytest.raises(ModelFileError, match="pickle and joblib files are refused"):
        load_model(path)
    result = CliRunner().invoke(main, ["classify", "predict", str(path), str(path),
                                       "--output", str(tmp_path / "o.csv")])
    assert result.exit_code != 0 and "refused" in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not evil.marker.exists()


def test_foreign_files_are_refused_with_one_line(tmp_path):
    from esslingen_lab.themes import ThemeModel

    texts, _ = corpus(3)
    ThemeModel(2, random_state=0).fit(texts * 2).save(tmp_path / "themes.joblib")
    np.savez(tmp_path / "other.npz", a=np.arange(3))
    (tmp_path / "table.csv").write_text("id,text\n1,a\n", encoding="utf-8")
    (tmp_path / "broken.npz").write_bytes(b"PK\x03\x04 not really a zip")
    for name in ("themes.joblib", "other.npz", "table.csv", "broken.npz", "missing.npz"):
        with pytest.raises(ModelFileError):
            load_model(tmp_path / name)
        result = CliRunner().invoke(main, ["classify", "predict", str(tmp_path / name),
                                           str(tmp_path / "table.csv"),
                                           "--output", str(tmp_path / "o.csv")])
        assert result.exit_code != 0, name
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert name in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o.csv").exists()


# -- stopping hint -------------------------------------------------------------------------
def test_stopping_hint_says_stop_when_nothing_changes_any_more():
    texts, labels = corpus(6)  # the same 18 answers six times: the last batch adds nothing
    pool = ["Termin Amt", "WLAN kaputt", "Bus App", "Glasfaser Schule", "Termin online"]
    hint = stopping_hint(texts, labels, pool, batch=18)
    assert hint.stability == 1.0 and abs(hint.f1_gain) < 0.01 and hint.verdict == "genug"
    text = hint.text()
    assert "100 %" in text and "kaum noch etwas" in text
    assert "adds little" in hint.text("en")


def test_stopping_hint_says_go_on_when_the_last_batch_changed_the_model():
    texts, labels = corpus(2)
    extra, extra_labels = arguments()
    # the last batch brings two new codes: predictions on the pool change a lot
    hint = stopping_hint(texts + extra, labels + extra_labels,
                         ["weil die Ampel fehlt", "die Ampel sollte besser werden",
                          "Termin Amt", "weil das Schwimmbad fehlt"], batch=len(extra))
    assert hint.verdict == "weiter" and hint.stability < 0.9
    assert "lohnt sich" in hint.text()


def test_stopping_hint_with_too_few_answers_and_german_numbers():
    texts, labels = corpus(1)
    assert stopping_hint(texts, labels, ["Bus"], batch=10).verdict == "unklar"
    hint = StoppingHint(n_coded=200, batch=50, stability=0.934, f1_gain=0.0123, verdict="bald")
    assert "93 %" in hint.text() and "+0,01" in hint.text() and "+0.01" in hint.text("en")


def test_cli_train_says_which_features_and_suggest_gives_the_hint(tmp_path):
    texts, labels = arguments()
    pd.DataFrame({"id": range(len(texts)), "text": texts, "code": labels}).to_csv(
        tmp_path / "coded.csv", index=False)
    pd.DataFrame({"id": [100, 101], "text": ["weil der Bahnhof fehlt", "mehr Bänke"]}).to_csv(
        tmp_path / "pool.csv", index=False)
    run = CliRunner().invoke
    result = run(main, ["classify", "train", str(tmp_path / "coded.csv"), "--model",
                        str(tmp_path / "m.npz"), "--no-curve"])
    assert result.exit_code == 0, result.output
    assert "Merkmale: Zeichenfolgen (chars)" in result.output or \
        "Merkmale: Wörter + Zeichenfolgen" in result.output
    result = run(main, ["classify", "suggest", str(tmp_path / "coded.csv"),
                        str(tmp_path / "pool.csv"), "--n", "1", "--output",
                        str(tmp_path / "next.csv")])
    assert result.exit_code == 0, result.output
    assert "Lohnt sich weiteres Kodieren?" in result.output
    result = run(main, ["classify", "train", str(tmp_path / "coded.csv"), "--model",
                        str(tmp_path / "no" / "such" / "m.npz")])
    assert result.exit_code != 0 and "Ordner existiert nicht" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("seed", ["-1", str(2**64)])
def test_cli_out_of_range_seed_is_a_usage_error(files, seed):
    result = run("suggest", files / "coded.csv", files / "pool.csv", "--seed", seed,
                 "--output", files / "n.csv")
    assert result.exit_code == 2 and "--seed" in result.output
    assert "Traceback" not in result.output and not (files / "n.csv").exists()


def test_model_file_with_pickled_arrays_is_refused(tmp_path):
    evil = _Evil()
    evil.marker = tmp_path / "pwned"
    path = tmp_path / "m.npz"
    # a zip like a real model, but "meta" is an object array (unpickled by np.load if allowed)
    np.savez(path, meta=np.array([evil], dtype=object), coef=np.zeros((2, 2)))
    with pytest.raises(ModelFileError, match="not a model file"):
        load_model(path)
    assert not evil.marker.exists()
