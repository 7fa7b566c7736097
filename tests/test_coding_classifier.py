"""CodeClassifier internals: feature choice, reference checks, model files, stopping hint."""

import json
import os
import pickle
import zipfile
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.coding.active import StoppingHint, stopping_hint
from esslingen_lab.coding.classifier import (
    CodeClassifier,
    ModelFileError,
    _vectorizers,
    load_model,
)

BONN = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "bonn_survey" / "answers.csv"
TOPICS = {
    "termine": ["Termin beim Bürgeramt", "keine Termine frei", "Wartezeit auf einen Termin",
                "Termin online buchen", "Bürgeramt Termin verschieben", "Termine fürs Amt"],
    "netz": ["WLAN am Bahnhof", "Glasfaser fehlt", "schnelles Internet", "WLAN in der Schule",
             "Funkloch in Zell", "Glasfaser und WLAN ausbauen"],
    "bus": ["Bus kommt zu spät", "Echtzeit Bus Anzeige", "Busfahrplan digital",
            "Bus App", "Busse pünktlicher", "Bushaltestelle Anzeige"],
}
THINGS = ["der Radweg", "das Bürgeramt", "die Buslinie", "der Spielplatz", "das WLAN",
          "die Bibliothek", "der Marktplatz", "die Schule", "das Schwimmbad", "der Park",
          "die Ampel", "das Rathaus"]


def topics(repeat=2):
    texts, labels = [], []
    for _ in range(repeat):
        for code, items in TOPICS.items():
            texts += items
            labels += [code] * len(items)
    return texts, labels


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

    texts, labels = topics(3)
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

    texts, labels = topics(2)
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
    texts, labels = topics(2)
    two = [t for t, c in zip(texts, labels, strict=True) if c != "bus"]
    two_labels = [c for c in labels if c != "bus"]
    clf = CodeClassifier().fit(two, two_labels)
    assert list(clf.predict(["Termin Amt", "WLAN Glasfaser"])) == ["termine", "netz"]
    multi = [(c,) for c in labels]
    multi[0] = ("netz", "termine")
    clf = CodeClassifier(features="words").fit(texts, multi)
    assert clf.multilabel_ and "netz" in clf.predict(["Glasfaser fehlt"])[0]


@pytest.mark.skipif(not BONN.exists(), reason="../shared/datasets not available (fresh clone)")
def test_confidence_is_calibrated_on_real_answers():
    data = pd.read_csv(BONN).sample(600, random_state=1)
    train, test = data.iloc[:400], data.iloc[400:]
    clf = CodeClassifier(features="chars", random_state=0).fit(train["text"], train["doc_code"])
    frame = clf.predict_frame(test["text"].tolist())
    accuracy = (frame["predicted"].to_numpy() == test["doc_code"].to_numpy()).mean()
    # on held-out answers the mean confidence is close to the share predicted right
    assert abs(frame["confidence"].mean() - accuracy) < 0.1
    assert 0.3 < frame["confidence"].mean() < 0.95


# -- model files ---------------------------------------------------------------------------
def test_model_file_round_trip_holds_no_pickle(tmp_path):
    texts, labels = topics(3)
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

    texts, _ = topics(3)
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
    texts, labels = topics(6)  # the same 18 answers six times: the last batch adds nothing
    pool = ["Termin Amt", "WLAN kaputt", "Bus App", "Glasfaser Schule", "Termin online"]
    hint = stopping_hint(texts, labels, pool, batch=18)
    assert hint.stability == 1.0 and abs(hint.f1_gain) < 0.01 and hint.verdict == "genug"
    text = hint.text()
    assert "100 %" in text and "kaum noch etwas" in text
    assert "adds little" in hint.text("en")


def test_stopping_hint_says_go_on_when_the_last_batch_changed_the_model():
    texts, labels = topics(2)
    extra, extra_labels = arguments()
    # the last batch brings two new codes: predictions on the pool change a lot
    hint = stopping_hint(texts + extra, labels + extra_labels,
                         ["weil die Ampel fehlt", "die Ampel sollte besser werden",
                          "Termin Amt", "weil das Schwimmbad fehlt"], batch=len(extra))
    assert hint.verdict == "weiter" and hint.stability < 0.9
    assert "lohnt sich" in hint.text()


def test_stopping_hint_with_too_few_answers_and_german_numbers():
    texts, labels = topics(1)
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
    assert result.exit_code != 0 and "does not exist" in result.output
    assert len(result.output.strip().splitlines()) == 1
