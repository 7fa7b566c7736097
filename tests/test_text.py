import pickle

import pytest
from sklearn.feature_extraction.text import CountVectorizer

from esslingen_lab.text import (
    fold_umlauts,
    frequent_phrases,
    german_tfidf,
    make_analyzer,
    split_compound,
    stopword_set,
)


@pytest.fixture(scope="module")
def analyze():
    return make_analyzer("de")


def test_umlaut_spellings_match(analyze):
    assert analyze("Bürgeramt") == analyze("Buergeramt") == analyze("BÜRGERAMT")
    # dots missing: the dictionary spelling is found
    assert analyze("Burgeramt")[0] == analyze("Bürgeramt")[0]
    assert analyze("Straße") == analyze("Strasse")
    assert fold_umlauts("grüße") == "gruesse"


def test_lemmas_and_stopwords(analyze):
    feats = analyze("Bitte mehr Termine beim Bürgeramt, das wäre einfach gut!")
    assert "termin" in feats and "buergeramt" in feats
    for word in ("bitte", "mehr", "wäre", "waere", "einfach", "sein", "beim"):
        assert word not in feats
    # lower-case nouns are lemmatised too
    assert analyze("radwege")[0] == analyze("Radwege")[0] == "radweg"


def test_survey_stopwords_extend_the_list():
    assert "esslingen" in make_analyzer()("Esslingen Radweg")
    assert "esslingen" not in make_analyzer(stopwords=["Esslingen"])("Esslingen Radweg")
    assert "esslingen" in stopword_set("de", ["Esslingen"])


def test_compounds_relate_radweg_family(analyze):
    radweg, netz, fahrrad = (set(analyze(w)) for w in ("Radweg", "Radwegenetz", "Fahrradweg"))
    assert "radweg" in radweg & netz & fahrrad
    assert split_compound("Radwegenetz") == ["Rad", "Weg", "Netz"]
    assert split_compound("Bescheinigung") == ["Bescheinigung"]  # not "Besch" + "Einigung"
    assert make_analyzer(compounds=False)("Radwegenetz") == ["radwegenetz"]


def test_hyphenated_words_are_split(analyze):
    assert analyze("Kfz-Zulassung online") == ["kfz", "zulassung", "online"]


def test_stemming_optional_and_display_readable():
    a = make_analyzer(stem=True, compounds=False)
    feats = a("Verbesserungen der Verwaltung")
    assert feats[0] != "verbesserung"  # a stem, not the lemma
    assert a.display(feats[0]) == "Verbesserung"


def test_english():
    assert make_analyzer("en")("Please more cycle lanes in the city centre") == [
        "cycle",
        "lane",
        "centre",
    ]


def test_usable_in_sklearn_and_picklable(analyze):
    vec = CountVectorizer(analyzer=analyze).fit(["Radwege ausbauen", "Radweg sicher"])
    assert "radweg" in vec.vocabulary_
    clone = pickle.loads(pickle.dumps(analyze))
    assert clone("Radwegenetz") == analyze("Radwegenetz")
    X = german_tfidf(max_df=1.0).fit_transform(["Radwege ausbauen", "Radwegenetz verbessern"])
    assert X.shape[0] == 2 and X.dtype.name == "float32"


def test_frequent_phrases():
    texts = ["Öffentlicher Nahverkehr ist zu teuer"] * 3 + ["der öffentliche Nahverkehr fehlt"]
    table = frequent_phrases(texts, min_count=2)
    row = table[table["phrase"] == "öffentlich Nahverkehr"]
    assert row["count"].tolist() == [4]


def test_redaction_tags_are_not_words(analyze):
    assert analyze("Frau [NAME] sagt [TELEFON]: Telefon kaputt") == ["frau", "telefon", "kaputt"]


def test_every_redaction_tag_is_dropped_also_with_a_hyphen_or_space(analyze):
    """[PERSON-BESCHREIBUNG] and [TEXT ENTFERNT] were counted as the words 'person',
    'beschreibung', 'text' and 'entfernt' in themes and frequent words."""
    words = analyze("[PERSON-BESCHREIBUNG] hat [GESUNDHEIT] erklärt. [TEXT ENTFERNT] Termin")
    assert not {"person", "beschreibung", "text", "entfernt", "gesundheit"} & set(words)
    assert "termin" in words
