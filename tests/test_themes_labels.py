"""Labels a facilitator can read aloud, the one fit path, and the representation stage."""

import re

import numpy as np
import pytest
import scipy.sparse as sp

from esslingen_lab.text import fold_umlauts, make_analyzer
from esslingen_lab.themes import ThemeModel
from esslingen_lab.themes.features import CharNgramVectorizer
from esslingen_lab.themes.labels import label_terms, survey_language_mask
from tests.test_themes import DEMO, TEXTS

STAFF = DEMO.parents[1] / "staff" / "survey.yml"

SWABIAN = [
    "Des isch net so toll mit dem Rathaus, do goht nix",
    "Im Rathaus isch koi Termin frei, des isch halt so",
    "Rathaus isch scho wieder zu, des goht net",
    "S Rathaus hot nie offe, isch echt a Kreuz",
    "Des Rathaus isch net erreichbar am Telefon",
    "Isch des Rathaus am Samstag offe? Net dass i wüsst",
]
ENGLISH = [
    "The old manual process for the permit is a nightmare and it is slow",
    "The manual forms are old and the office is not open in the evening",
    "It is an old manual system, the staff are friendly but it is slow",
]


def _label_words(model):
    words = set()
    for row in model.themes_[model.themes_["id"] >= 0].itertuples():
        words |= {w.casefold() for w in row.label.split(", ")}
        words |= {w.casefold() for w in row.keywords}
    return words


def test_dialect_function_words_never_label_or_keyword():
    m = ThemeModel(4, random_state=0, stability=False).fit(TEXTS[:18] + SWABIAN)
    words = _label_words(m)
    assert not words & {"isch", "net", "des", "scho", "goht", "koi", "hot", "do", "nix"}, words
    # the Swabian answers still form a theme about the Rathaus
    swabian = m.labels_[18:24]
    label = m.theme_labels([np.bincount(swabian).argmax()])[0]
    assert "Rathaus" in label, m.themes_[["label", "keywords"]]


def test_tokens_of_a_few_foreign_answers_never_label_and_quotes_in_survey_language_first():
    texts = TEXTS[:18] + ENGLISH + ["Formulare im Amt sind veraltet", "Amt hat alte Formulare"]
    m = ThemeModel(4, random_state=0, stability=False).fit(texts)
    english_only = {"old", "manual", "process", "nightmare", "permit", "slow", "staff", "office"}
    assert not _label_words(m) & english_only, m.themes_[["label", "keywords"]]
    mask = survey_language_mask(texts)
    assert not mask[18:21].any() and mask[:18].all() and mask[21:].all()
    for row in m.themes_[m.themes_["id"] >= 0].itertuples():
        own = [q for q in row.quotes if q not in ENGLISH]
        assert row.quotes[: len(own)] == own  # German quotes before English ones


def _contains(analyze, text, label):
    feats = set(analyze(text))
    return any(fold_umlauts(w.casefold()) in feats for w in label.split(", "))


@pytest.mark.skipif(not STAFF.exists(), reason="demo survey not generated")
def test_label_coverage_is_reported_true_and_high_on_the_demo():
    from esslingen_lab.surveys import load_survey
    from esslingen_lab.themes.question import fit_question

    survey = load_survey(STAFF)
    m = fit_question(survey, "hindernisse", 8, stability=False)
    analyze = make_analyzer("de", stopwords=survey.spec.stopwords)
    regular = m.themes_[m.themes_["id"] >= 0]
    for row in regular.itertuples():
        members = [t for t, lab in zip(m.texts_, m.labels_, strict=True) if lab == row.id]
        # independent reference: analyse each answer again and look for a label word
        share = np.mean([_contains(analyze, t, row.label) for t in members])
        assert row.coverage == pytest.approx(share, abs=0.02), row.label
        # quotes contain the label's terms (as lemma or compound part) when any answer does
        assert _contains(analyze, row.quotes[0], row.label), (row.label, row.quotes[0])
        assert "isch" not in row.label.casefold()
    assert regular["coverage"].mean() >= 0.6, regular[["label", "coverage"]]


def test_label_terms_match_a_brute_force_reference():
    rng = np.random.RandomState(0)
    present = sp.csr_matrix(rng.rand(60, 12) < 0.25)
    members = rng.rand(60) < 0.3
    ok = np.ones(12, dtype=bool)
    ok[3] = False
    chosen = label_terms(present, members, candidates=ok, max_terms=1)
    dense = present.toarray()

    def f1(cols):
        hit = dense[:, cols].any(axis=1)
        return 2 * (hit & members).sum() / (members.sum() + hit.sum())

    assert f1(chosen) == pytest.approx(max(f1([j]) for j in range(12) if ok[j]))
    two = label_terms(present, members, candidates=ok, max_terms=2, min_gain=0.0)
    best_pair = max(f1([two[0], j]) for j in range(12) if ok[j] and j != two[0])
    if len(two) == 2:
        assert f1(two) == pytest.approx(best_pair)
    else:  # stopped: no second term raises the F1
        assert best_pair < f1(two[:1]) + 1e-12


def test_char_ngrams_equal_scikit_learn_char_wb():
    from sklearn.feature_extraction.text import CountVectorizer

    texts = ["Mehr Radwege in der Stadt!", "Radwegenetz ausbauen, Bürgeramt", "a Radweg radweg"]
    ours = CharNgramVectorizer(min_df=1)
    X = ours.fit_transform(texts).toarray()

    def words(t):
        return " ".join(re.findall(r"\w\w+", fold_umlauts(t.casefold())))

    ref = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5), preprocessor=words)
    R = ref.fit_transform(texts).toarray()
    names = ref.get_feature_names_out()
    assert sorted(ours.vocabulary_) == sorted(names)
    cols = [ours.vocabulary_[g] for g in names]
    assert (X[:, cols] == R).all()
    assert (ours.transform(texts).toarray() == X).all()


@pytest.fixture(scope="module")
def citizens():
    if not DEMO.exists():
        pytest.skip("demo survey not generated")
    from esslingen_lab.surveys import load_survey

    return load_survey(DEMO)


@pytest.mark.slow
def test_every_free_text_question_gets_a_section(citizens):
    from esslingen_lab.themes.report import fit_questions

    models = fit_questions(citizens, None, 6, stability=False)
    assert list(models) == list(citizens.spec.questions)
    for column, (wording, model) in models.items():
        assert wording == citizens.spec.questions[column]
        assert model.ids_ == citizens.texts(column)["respondent_id"].tolist()
        assert model.random_state == 42


@pytest.mark.slow
def test_workshop_shows_the_report_themes_for_the_same_seed(citizens, tmp_path):
    from esslingen_lab.themes.question import fit_question
    from esslingen_lab.workshop import WorkshopStore
    from esslingen_lab.workshop.models import FacilitatorModel

    store = WorkshopStore.create(tmp_path / "w.db", "test")
    desk = FacilitatorModel(store, store.rotate_secret())
    desk.fit_themes(DEMO, "aergernis", n_themes=6)
    report = fit_question(citizens, "aergernis", 6)  # as the themes notebook does
    by_label = {t["label"]: t for t in desk.themes()}
    for row in report.themes_[report.themes_["id"] >= 0].itertuples():
        theme = by_label[row.label]
        members = {a["respondent"] for a in desk.answers(theme["id"])}
        expected = {
            str(i) for i, lab in zip(report.ids_, report.labels_, strict=True) if lab == row.id
        }
        assert members == expected, row.label


@pytest.mark.skipif(not STAFF.exists(), reason="demo survey not generated")
def test_a_report_run_fits_each_question_once_and_parts_share_that_fit(tmp_path):
    from esslingen_lab.surveys import load_survey
    from esslingen_lab.themes.question import fit_question

    survey = load_survey(STAFF)
    first = fit_question(survey, "hindernisse", 6, stability=False, cache_dir=tmp_path)
    saved = sorted(tmp_path.glob("themes_hindernisse_*.npz"))
    assert len(saved) == 1
    stamp = saved[0].stat().st_mtime_ns
    again = fit_question(survey, "hindernisse", 6, stability=False, cache_dir=tmp_path)
    assert saved[0].stat().st_mtime_ns == stamp  # loaded, not fitted and written again
    assert again.labels_.tolist() == first.labels_.tolist()
    assert again.themes_["label"].tolist() == first.themes_["label"].tolist()
    assert list(again.ids_) == list(first.ids_)
    # other parameters are another model, never the cached one
    other = fit_question(survey, "hindernisse", 6, seed=7, stability=False, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("themes_hindernisse_*.npz"))) == 2
    assert other.random_state == 7
