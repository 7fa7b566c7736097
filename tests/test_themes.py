import inspect
import json
import re
import zipfile

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import DBSCAN, AgglomerativeClustering, KMeans

from esslingen_lab.text import fold_umlauts
from esslingen_lab.themes import NO_ANSWER, OTHER, ThemeModel, ThemeModelError

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
DEMO = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
TRUTH = ROOT / "surveys" / "esslingen_demo" / "truth" / "topics_citizens.csv"

TERMINE = [
    "Termin beim Bürgeramt online buchen",
    "Online-Termine im Bürgeramt, bitte!",
    "Termine fürs Buergeramt gibt es nie online",
    "Bürgeramt: Terminvergabe online verbessern",
    "Ich bekomme keinen Termin beim Bürgeramt",
    "Wartezeit auf einen Termin im Bürgeramt ist zu lang",
]
RADWEGE = [
    "Mehr Radwege bauen",
    "Das Radwegenetz ausbauen",
    "Radweg an der Hauptstraße ist gefährlich",
    "Fahrradwege sicherer machen",
    "Radwege durchgehend und breiter",
    "Radweg endet plötzlich an der Kreuzung",
]
WLAN = [
    "Freies WLAN in der Innenstadt",
    "WLAN am Bahnhof fehlt",
    "Öffentliches WLAN in Bussen",
    "WLAN im Rathaus und in der Bücherei",
    "Kostenloses WLAN auf dem Marktplatz",
    "WLAN Hotspots in der Altstadt",
]
TEXTS = TERMINE + RADWEGE + WLAN + ["", None, "bitte mehr"]


@pytest.fixture(scope="module")
def model():
    return ThemeModel(3, random_state=1, n_resamples=3).fit(TEXTS)


def test_finds_the_planted_themes(model):
    labels = model.labels_
    groups = [labels[0:6], labels[6:12], labels[12:18]]
    assert all(len(set(g)) == 1 for g in groups)
    assert len({g[0] for g in groups}) == 3
    assert labels[18:].tolist() == [NO_ANSWER] * 3  # empty, None, only stop words


def test_themes_table(model):
    t = model.themes_
    assert list(t.columns) == [
        "id",
        "label",
        "keywords",
        "size",
        "share",
        "stability",
        "coverage",
        "quotes",
    ]
    assert t["size"].sum() == len(TEXTS)
    assert np.isclose(t["share"].sum(), 1.0)
    regular = t[t["id"] >= 0]
    assert regular["stability"].between(0, 1).all()
    assert regular["keywords"].map(len).between(3, 10).all()
    assert regular["quotes"].map(len).between(3, 5).all()
    assert t.loc[t["id"] == NO_ANSWER, "label"].item() == "keine Antwort"
    assert model.scores_.shape == (len(TEXTS), 3)


def test_labels_are_readable_words_from_the_texts(model):
    corpus = fold_umlauts(" ".join(t for t in TEXTS if t).casefold())
    for label in model.themes_.loc[model.themes_["id"] >= 0, "label"]:
        words = label.split(", ")
        assert 1 <= len(words) <= 3
        for word in words:
            assert fold_umlauts(word.casefold()) in corpus, word
    labels = " ".join(model.themes_["label"])
    assert "Bürgeramt" in labels and "WLAN" in labels.upper()  # umlauts kept, not folded


def test_deterministic(model):
    again = ThemeModel(3, random_state=1, n_resamples=3).fit(TEXTS)
    assert again.labels_.tolist() == model.labels_.tolist()
    pd.testing.assert_frame_equal(again.themes_, model.themes_)


def test_predict_assigns_new_texts_and_transform_scores_them(model):
    new = ["Termin im Bürgeramt online", "Radweg ausbauen", "", "WLAN"]
    labels = model.predict(new)
    assert labels[0] == model.labels_[0]
    assert labels[1] == model.labels_[6]
    assert labels[2] == NO_ANSWER
    assert labels[3] == model.labels_[12]
    scores = model.transform(new)
    assert scores.shape == (4, 3)
    assert scores[[0, 1, 3]].argmax(axis=1).tolist() == labels[[0, 1, 3]].tolist()
    assert not scores[2].any()
    # the fitted texts score as in scores_
    assert np.allclose(model.transform(TEXTS), model.scores_, atol=1e-5)


def test_save_load_roundtrip(model, tmp_path):
    path = tmp_path / "themes.npz"
    model.save(path)
    loaded = ThemeModel.load(path)
    assert loaded.labels_.tolist() == model.labels_.tolist()
    assert loaded.predict(TEXTS).tolist() == model.predict(TEXTS).tolist()
    assert np.allclose(loaded.transform(TEXTS), model.transform(TEXTS))
    pd.testing.assert_frame_equal(loaded.themes_, model.themes_)
    plain = {"stopwords", "seed_themes"}  # lists in JSON, same values
    assert {k: v for k, v in loaded.get_params().items() if k not in plain} == {
        k: v for k, v in model.get_params().items() if k not in plain
    }
    assert list(loaded.stopwords) == list(model.stopwords)
    assert loaded.split_theme(0)["ids"] == model.split_theme(0)["ids"]


def test_load_refuses_pickles_and_foreign_files(model, tmp_path):
    import pickle

    import joblib

    from esslingen_lab.errors import InputError

    class Boom:
        def __reduce__(self):
            return (print, ("ran code",))

    for name, write in {
        "m.pkl": lambda p: p.write_bytes(pickle.dumps(Boom())),
        "m.joblib": lambda p: joblib.dump({"model": model}, p),
        "m.csv": lambda p: p.write_text("id,text\n1,Radweg\n"),
    }.items():
        path = tmp_path / name
        write(path)
        with pytest.raises(InputError, match="pickle/joblib") as err:
            ThemeModel.load(path)
        assert "\n" not in str(err.value)
    other = tmp_path / "other.npz"
    np.savez(other, x=np.arange(3))
    with pytest.raises(InputError, match="not a saved ThemeModel"):
        ThemeModel.load(other)


def test_load_refuses_other_version(model, tmp_path, monkeypatch):
    import esslingen_lab

    path = tmp_path / "themes.npz"
    model.save(path)
    monkeypatch.setattr(esslingen_lab, "__version__", "9.9.0")
    with pytest.raises(ThemeModelError, match="version"):
        ThemeModel.load(path)


@pytest.mark.parametrize("method", ["nmf", "agglomerative"])
def test_other_methods(method):
    labels = ThemeModel(3, method=method, random_state=0, stability=False).fit(TEXTS).labels_
    assert len({labels[0], labels[6], labels[12]}) == 3


def test_auto_k_exposes_curve():
    m = ThemeModel("auto", k_range=(2, 5), random_state=0, n_resamples=2).fit(TEXTS)
    curve = m.k_curve_
    assert curve["k"].tolist() == [2, 3, 4, 5]
    assert curve["chosen"].sum() == 1
    assert m.n_themes_ == int(curve.loc[curve["chosen"], "k"].item())


def test_seed_themes_name_the_matching_theme():
    m = ThemeModel(
        3, seed_themes={"Online-Termine": ["Termin", "Bürgeramt"]}, random_state=0, stability=False
    ).fit(TEXTS)
    named = m.themes_.loc[m.themes_["label"] == "Online-Termine", "id"]
    assert named.tolist() == [m.labels_[0]]


def test_outlier_theme_and_min_size():
    texts = TEXTS[:18] + ["Hundesteuer"]
    m = ThemeModel(4, min_theme_size=2, random_state=0, stability=False).fit(texts)
    assert m.n_themes_ <= 4 and (np.bincount(m.labels_[m.labels_ >= 0]) >= 2).all()
    m = ThemeModel(3, outlier_theme=True, random_state=0, stability=False).fit(texts)
    assert set(m.labels_) <= {0, 1, 2, OTHER}


def test_errors_are_clear():
    with pytest.raises(ThemeModelError, match="2 Texte mit Inhalt"):
        ThemeModel(5).fit(["Radweg", "WLAN", "", "bitte"])
    with pytest.raises(ThemeModelError, match="method"):
        ThemeModel(3, method="lda").fit(TEXTS)
    with pytest.raises(ThemeModelError):
        ThemeModel(0).fit(TEXTS)


@pytest.mark.skipif(not (DEMO.exists() and TRUTH.exists()), reason="demo survey not generated")
def test_demo_survey_has_online_appointments_theme():
    from esslingen_lab.surveys import load_survey

    survey = load_survey(DEMO)
    texts = survey.texts("aergernis")
    truth = pd.read_csv(TRUTH)
    truth = truth[truth["question"] == "aergernis"].set_index("id")["topic"]
    m = ThemeModel(8, random_state=0, stopwords=survey.spec.stopwords, n_resamples=3)
    m.fit(texts["text"].tolist(), ids=texts["respondent_id"].tolist())
    topic = truth.reindex(texts["respondent_id"]).to_numpy()
    found = []
    for row in m.themes_[m.themes_["id"] >= 0].itertuples():
        share = np.mean(topic[m.labels_ == row.id] == "termine_online")
        words = " ".join(row.keywords[:5]).casefold()
        if share >= 0.5 and ("termin" in words or "online" in words):
            found.append(row.label)
    assert found, m.themes_[["label", "keywords"]].to_string()


def test_a_local_embedding_model_plugs_in_but_is_not_saved(tmp_path):
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline

    embed = make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)), TruncatedSVD(8))
    m = ThemeModel(3, vectorizer=embed, random_state=0, stability=False).fit(TEXTS)
    assert m.predict(["WLAN am Bahnhof"]).tolist() == [m.labels_[12]]
    with pytest.raises(ThemeModelError, match="vectorizer"):
        m.save(tmp_path / "m.npz")
    assert not (tmp_path / "m.npz").exists()


# ---------------------------------------------------------------- pluggable stages
def _groups_found(labels):
    """Whether each planted group is one theme and the groups are different themes."""
    parts = [labels[0:6], labels[6:12], labels[12:18]]
    return all(len(set(p)) == 1 for p in parts) and len({p[0] for p in parts}) == 3


@pytest.fixture(scope="module")
def kmeans_model():
    return ThemeModel(method=KMeans(n_clusters=3, n_init=5), random_state=3, n_resamples=3).fit(
        TEXTS
    )


def test_your_own_clusterer_finds_the_themes_end_to_end(kmeans_model):
    m = kmeans_model
    assert m.n_themes_ == 3  # the clusterer's n_clusters, not n_themes' default 8
    assert _groups_found(m.labels_[:18])
    assert m.labels_[18:].tolist() == [NO_ANSWER] * 3
    table = m.themes_
    assert table["size"].tolist()[:3] == [6, 6, 6]
    assert table["stability"].iloc[:3].between(0, 1).all()
    labels = dict(zip(table["id"], table["label"], strict=True))
    assert "WLAN" in labels[m.labels_[12]]
    # new answers: predict gives theme ids, transform scores per theme
    new = ["WLAN am Marktplatz", "Radweg sanieren", ""]
    assert m.predict(new).tolist() == [m.labels_[12], m.labels_[6], NO_ANSWER]
    scores = m.transform(new)
    assert scores.shape == (3, 3)
    assert scores[0].argmax() == m.labels_[12] and not scores[2].any()
    # the user's object is not fitted, a clone is
    assert not hasattr(m.method, "labels_")
    split = m.split_theme(int(m.labels_[0]), 2)
    assert sorted(set(split["labels"])) == [0, 1]


def test_your_clusterer_gets_the_seed_and_gives_the_same_themes_again(kmeans_model):
    again = ThemeModel(method=KMeans(n_clusters=3, n_init=5), random_state=3, n_resamples=3)
    assert again.fit(TEXTS).labels_.tolist() == kmeans_model.labels_.tolist()


def test_auto_sets_the_clusterers_number_of_clusters():
    m = ThemeModel("auto", method=AgglomerativeClustering(), k_range=(2, 4), n_resamples=4,
                   random_state=0).fit(TEXTS * 2)
    assert m.k_curve_["k"].tolist() == [2, 3, 4]
    assert m.n_themes_ == int(m.k_curve_.loc[m.k_curve_["chosen"], "k"].iloc[0])


def test_noise_of_a_density_clusterer_goes_to_other_or_the_nearest_theme():
    texts = TEXTS[:18] + ["Stadtfest im Sommer mit Musik"]
    noisy = DBSCAN(eps=1.2, min_samples=3)
    m = ThemeModel(method=noisy, outlier_theme=True, random_state=0, n_resamples=2).fit(texts)
    assert _groups_found(m.labels_[:18])
    assert m.labels_[18] == OTHER
    assert OTHER in m.themes_["id"].tolist()
    m = ThemeModel(method=noisy, random_state=0, n_resamples=2).fit(texts)
    assert m.labels_[18] >= 0
    # DBSCAN cannot be asked for two clusters: splitting a theme uses k-means
    assert sorted(set(m.split_theme(int(m.labels_[6]), 2)["labels"])) == [0, 1]


class _PlainClusterer:
    """A clusterer that is no scikit-learn estimator: fit and labels_ only."""

    def fit(self, X):
        self.labels_ = (np.asarray(X)[:, 0] > np.median(np.asarray(X)[:, 0])).astype(int)
        return self


def test_a_clusterer_without_get_params_works_too():
    m = ThemeModel(method=_PlainClusterer(), random_state=0, stability=False).fit(TEXTS)
    assert m.n_themes_ == 2
    assert m.predict(TEXTS[:1]).tolist() == m.labels_[:1].tolist()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "kmean"}, "unknown method"),
        ({"method": object()}, "no fit method"),
        ({"method": DBSCAN(), "n_themes": "auto"}, "n_clusters"),
        ({"method": DBSCAN(eps=1e-6, min_samples=50)}, "noise"),
        ({"labeler": "WLAN"}, "not callable"),
    ],
)
def test_a_clusterer_that_cannot_work_is_refused_in_one_line(kwargs, message):
    with pytest.raises(ThemeModelError, match=message) as err:
        ThemeModel(**kwargs).fit(TEXTS)
    assert "\n" not in str(err.value)


def test_a_model_with_your_clusterer_is_not_saved_as_if_it_could_be_loaded(kmeans_model,
                                                                            tmp_path):
    with pytest.raises(ThemeModelError, match="custom clusterer"):
        kmeans_model.save(tmp_path / "m.npz")
    assert not (tmp_path / "m.npz").exists()


def test_your_labeler_names_the_themes_and_the_names_are_saved(model, tmp_path):
    seen = []

    def labeler(keywords, texts):
        seen.append(texts)
        return "  Netz:\n" + keywords[0] if "WLAN" in keywords else None

    m = ThemeModel(3, random_state=1, n_resamples=3, labeler=labeler).fit(TEXTS)
    assert sorted(len(texts) for texts in seen) == [6, 6, 6]
    assert m.theme_labels()[12] == "Netz: WLAN"  # white space folded to one line
    assert m.theme_labels()[0] == model.theme_labels()[0]  # empty result: built-in label
    m.save(tmp_path / "m.npz")
    assert ThemeModel.load(tmp_path / "m.npz").theme_labels()[12] == "Netz: WLAN"


def test_seed_and_parameters_are_stored_with_the_themes(tmp_path):
    m = ThemeModel(3, random_state=7, n_resamples=2, min_theme_size=2).fit(TEXTS)
    record = m.themes_.attrs["fit"]
    assert record["seed"] == 7
    assert record["params"]["min_theme_size"] == 2 and record["params"]["n_themes"] == 3
    assert record["n_texts"] == len(TEXTS)
    assert m.assignments().attrs["fit"] == record
    m.save(tmp_path / "m.npz")
    loaded = ThemeModel.load(tmp_path / "m.npz")
    assert loaded.themes_.attrs["fit"] == record
    with zipfile.ZipFile(tmp_path / "m.npz") as z:
        meta = json.loads(np.load(z.open("meta.json.npy")).tobytes())
    assert meta["fit"]["seed"] == 7


def test_the_clusterer_object_is_recorded_by_its_repr(kmeans_model):
    assert kmeans_model.themes_.attrs["fit"]["params"]["method"].startswith("KMeans(")


def test_every_documented_parameter_exists_and_every_parameter_is_documented():
    doc = inspect.getdoc(ThemeModel)
    section = doc.split("Parameters\n----------\n", 1)[1].split("\n\nAttributes", 1)[0]
    documented = re.findall(r"^(\w+) :", section, flags=re.MULTILINE)
    assert documented == list(inspect.signature(ThemeModel).parameters)


def test_fit_question_takes_your_clusterer():
    from esslingen_lab.surveys import load_survey
    from esslingen_lab.themes.question import fit_question

    survey = load_survey(DEMO)
    m = fit_question(survey, method=KMeans(n_clusters=4, n_init=2), stability=False)
    assert m.n_themes_ == 4
    assert m.themes_.attrs["fit"]["seed"] == 42


# ---------------------------------------------------------------- report helpers
def test_report_table_and_chart_speak_german(kmeans_model):
    from matplotlib.figure import Figure

    from esslingen_lab.themes.report import heading, quote_table, theme_chart, theme_table

    table = theme_table(kmeans_model, "de")
    assert list(table.columns) == ["Thema", "Bezeichnung", "Stichwörter", "Antworten",
                                   "Anteil (%)", "Stabilität", "Abdeckung (%)"]
    assert list(theme_table(kmeans_model, "en").columns)[:2] == ["Theme", "Label"]
    assert list(quote_table(kmeans_model, "de").columns) == ["Thema", "Bezeichnung", "Zitat"]
    assert heading("overview") == ("Themenübersicht", "Theme overview")
    fig = theme_chart(kmeans_model, "de")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Anzahl Antworten (Stabilität)"
    notes = [t.get_text() for t in ax.texts]
    assert any(re.search(r"\(\d,\d\d\)", n) for n in notes), notes  # decimal comma
    en = [t.get_text() for t in theme_chart(kmeans_model, "en").axes[0].texts]
    assert any(re.search(r"\(\d\.\d\d\)", n) for n in en), en


def test_report_chart_leaves_no_pyplot_figure_open(kmeans_model):
    import matplotlib.pyplot as plt

    from esslingen_lab.themes.report import theme_chart

    before = plt.get_fignums()
    theme_chart(kmeans_model, "de")
    assert plt.get_fignums() == before
