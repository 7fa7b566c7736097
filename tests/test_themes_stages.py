"""ThemeModel's stages: your own clusterer end to end, the fit record, the docstring, the report."""

import inspect
import re

import numpy as np
import pytest
from sklearn.cluster import DBSCAN, AgglomerativeClustering, KMeans

from esslingen_lab.themes import NO_ANSWER, OTHER, ThemeModel, ThemeModelError

GROUPS = {
    "termine": [
        "Termin beim Bürgeramt online buchen",
        "Online-Termine im Bürgeramt, bitte!",
        "Termine fürs Buergeramt gibt es nie online",
        "Bürgeramt: Terminvergabe online verbessern",
        "Ich bekomme keinen Termin beim Bürgeramt",
        "Wartezeit auf einen Termin im Bürgeramt ist zu lang",
    ],
    "radwege": [
        "Mehr Radwege bauen",
        "Das Radwegenetz ausbauen",
        "Radweg an der Hauptstraße ist gefährlich",
        "Fahrradwege sicherer machen",
        "Radwege durchgehend und breiter",
        "Radweg endet plötzlich an der Kreuzung",
    ],
    "wlan": [
        "Freies WLAN in der Innenstadt",
        "WLAN am Bahnhof fehlt",
        "Öffentliches WLAN in Bussen",
        "WLAN im Rathaus und in der Bücherei",
        "Kostenloses WLAN auf dem Marktplatz",
        "WLAN Hotspots in der Altstadt",
    ],
}
TEXTS = [t for group in GROUPS.values() for t in group] + ["", "bitte mehr"]


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
    assert m.labels_[18:].tolist() == [NO_ANSWER, NO_ANSWER]
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


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "kmean"}, "unknown method"),
        ({"method": object()}, "no fit method"),
        ({"method": DBSCAN(), "n_themes": "auto"}, "n_clusters"),
        ({"method": DBSCAN(eps=1e-6, min_samples=50)}, "noise"),
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
    with __import__("zipfile").ZipFile(tmp_path / "m.npz") as z:
        meta = __import__("json").loads(np.load(z.open("meta.json.npy")).tobytes())
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

    survey_path = __import__("pathlib").Path(__file__).resolve().parents[1] / (
        "surveys/esslingen_demo/citizens/survey.yml")
    survey = load_survey(survey_path)
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
