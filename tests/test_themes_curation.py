import pytest

from esslingen_lab.themes import ThemeMap, ThemeMapError, ThemeModel
from tests.test_themes import TEXTS


@pytest.fixture(scope="module")
def model():
    ids = [f"A{i:02d}" for i in range(len(TEXTS))]
    return ThemeModel(3, random_state=1, stability=False).fit(TEXTS, ids=ids)


def _theme_of(model, i):
    return int(model.labels_[i])


def test_edits_are_versioned_and_replayed(model):
    tm = ThemeMap.from_model(model)
    assert tm.version == 0 and (tm.apply(model) == model.labels_).all()
    termine, radwege, wlan = (_theme_of(model, i) for i in (0, 6, 12))
    tm.rename(termine, "Online-Termine")
    tm.merge([radwege, wlan], label="Infrastruktur")
    merged = tm.last_new_ids()[0]
    tm.move("A00", merged)
    tm.mark_irrelevant(merged)
    assert tm.version == 4 and [op["version"] for op in tm.operations] == [1, 2, 3, 4]
    labels = tm.apply(model)
    assert labels[0] == merged and labels[1] == termine and labels[6] == labels[12] == merged
    table = tm.themes().set_index("id")
    assert table.loc[termine, "label"] == "Online-Termine"
    assert table.loc[radwege, "status"] == "merged" and table.loc[merged, "status"] == "irrelevant"
    assert table.loc[merged, "size"] == 13
    assert tm.labels([termine]) == ["Online-Termine"]


def test_json_roundtrip(model, tmp_path):
    tm = ThemeMap.from_model(model).rename(_theme_of(model, 0), "Termine")
    tm.split(_theme_of(model, 6), n=2)
    path = tmp_path / "map.json"
    tm.to_json(path)
    back = ThemeMap.from_json(path)
    assert back.version == tm.version == 2
    assert (back.apply(model) == tm.apply(model)).all()
    assert back.themes().equals(tm.themes())


def test_split_by_model_and_by_groups(model):
    radwege = _theme_of(model, 6)
    tm = ThemeMap.from_model(model).split(radwege, n=2)
    new = tm.last_new_ids()
    labels = tm.apply(model)
    assert set(labels[6:12]) == set(new) and radwege not in set(labels)
    tm2 = ThemeMap.from_model(model).split(radwege, [["A06", "A07"], ["A08"]], labels=["a", "b"])
    a, b = tm2.last_new_ids()
    assert tm2.apply(model)[6:12].tolist() == [a, a, b, a, a, a]  # unlisted go to the first


def test_bad_edits_raise(model):
    tm = ThemeMap.from_model(model)
    with pytest.raises(ThemeMapError):
        tm.rename(42, "x")
    with pytest.raises(ThemeMapError):
        tm.move("nope", 0)
    tm.merge([0, 1])
    with pytest.raises(ThemeMapError):
        tm.rename(0, "gone")  # merged away
    assert tm.version == 1


def test_reapply_to_refit(model):
    termine, radwege, wlan = (_theme_of(model, i) for i in (0, 6, 12))
    tm = ThemeMap.from_model(model).rename(termine, "Online-Termine").merge([radwege, wlan])
    tm.move("A19", termine)  # an answer the new fit does not have
    ids = [f"A{i:02d}" for i in range(len(TEXTS))]
    refit = ThemeModel(3, random_state=7, stability=False).fit(TEXTS[:18], ids=ids[:18])
    new_map, report = tm.reapply_to(refit)
    assert report["status"].tolist() == ["applied", "applied", "skipped"]
    labels = new_map.apply(refit)
    names = new_map.labels(labels)
    assert names[0] == "Online-Termine"
    assert labels[6] == labels[12] != labels[0]


def test_several_answers_move_in_one_edit_and_carry_over_to_a_refit(model):
    termine, radwege = _theme_of(model, 0), _theme_of(model, 6)
    tm = ThemeMap.from_model(model).move(["A00", "A01"], radwege)
    assert tm.version == 1  # one step: one undo in a workshop
    labels = tm.apply(model)
    assert labels[0] == labels[1] == radwege and labels[2] == termine
    ids = [f"A{i:02d}" for i in range(len(TEXTS))]
    refit = ThemeModel(3, random_state=1, stability=False).fit(TEXTS[1:], ids=ids[1:])
    new_map, report = tm.reapply_to(refit)
    assert report["status"].tolist() == ["partial"]  # A00 is not in the new fit
    assert new_map.assignments()["A01"] == new_map.assignments()["A06"]


def test_split_keeps_given_keywords_and_base_flags_survive_a_refit(model):
    radwege = _theme_of(model, 6)
    tm = ThemeMap.from_model(model)
    tm.base["themes"][radwege]["irrelevant"] = True  # e.g. imported as irrelevant
    assert tm.themes().set_index("id").loc[radwege, "status"] == "irrelevant"
    keywords = tm.themes().set_index("id").loc[radwege, "keywords"]
    tm.split(radwege, [["A06", "A07"], ["A08"]], labels=["Rest", "Neu"],
             keywords=[keywords, []])
    rest, _ = tm.last_new_ids()
    assert tm.themes().set_index("id").loc[rest, "keywords"] == keywords
    marked = ThemeMap.from_model(model)
    marked.base["themes"][radwege]["irrelevant"] = True
    carried, report = marked.reapply_to(model)
    assert report.empty
    assert carried.themes().set_index("id").loc[radwege, "status"] == "irrelevant"
