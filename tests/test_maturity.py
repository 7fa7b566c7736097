"""Tests of esslingen_lab.maturity: framework, scores, CIs, reliability, gaps, services."""

import warnings
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from esslingen_lab.errors import DataError, EsslingenLabError
from esslingen_lab.maturity import (
    FrameworkError,
    LowReliabilityWarning,
    MaturityReport,
    alpha_if_item_deleted,
    bootstrap_means,
    cliffs_delta,
    cronbach_alpha,
    demo_services,
    hedges_g,
    load_framework,
    load_ozg_model,
    service_levels,
    service_summary,
)

FW = load_framework()
CITIZEN_ITEMS = FW.items.query("respondent_group == 'citizens'")["column"].tolist()
STAFF_ITEMS = FW.items.query("respondent_group == 'staff'")["column"].tolist()


def likert_frame(items, n, shift=0.0, seed=0, noise=1.0):
    """Correlated 1..5 answers (one latent trait) so that alpha is high."""
    rng = np.random.default_rng(seed)
    latent = rng.normal(size=n)
    return pd.DataFrame({c: np.clip(np.round(3 + shift + latent + noise * rng.normal(size=n)),
                                    1, 5) for c in items})


def quiet_fit(report, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LowReliabilityWarning)
        return report.fit(*args, **kwargs)


# ------------------------------------------------------------------ framework


def test_bundled_framework_has_contract_dimensions_and_items():
    assert FW.dimensions["dimension"].tolist() == [
        "strategie", "online_dienste", "prozesse", "it_sicherheit", "kompetenzen", "daten",
        "smart_city", "standort"]
    assert FW.names()["prozesse"] == "Prozesse und E-Akte"
    assert FW.names("en")["kompetenzen"] == "Staff digital skills"
    assert len(CITIZEN_ITEMS) == 16 and len(STAFF_ITEMS) == 18
    reverse = set(FW.items.loc[FW.items["reverse"], "column"])
    assert reverse == {"online_b3", "strat_m3", "prozess_m2"}
    assert not FW.items.query("dimension == 'kompetenzen'")["respondent_group"].eq(
        "citizens").any()
    wording = FW.items.set_index("column")["wording"]
    assert wording["it_b2"] == "Öffentliches WLAN ist in Esslingen gut verfügbar."


def test_levels_follow_thresholds():
    assert [FW.level_of(s) for s in (0, 19.9, 20, 39.99, 40, 60, 79.9, 80, 100)] == [
        1, 1, 2, 2, 3, 4, 4, 5, 5]
    assert np.isnan(FW.level_of(np.nan))
    assert FW.level_name(3) == "Etabliert"


def test_broken_framework_gives_one_clear_error(tmp_path):
    bad = tmp_path / "fw.yml"
    bad.write_text("name: x\nlevels: [{level: 1, min_score: 10, name: a}]\n"
                   "dimensions: {a: {items: {q1: {}}}}\n", encoding="utf-8")
    with pytest.raises(FrameworkError, match="min_score"):
        load_framework(bad)
    with pytest.raises(EsslingenLabError, match="nicht gefunden"):
        load_framework(tmp_path / "missing.yml")


# ------------------------------------------------------------------ statistics


def test_cronbach_alpha_matches_shrout_fleiss_1979_worked_example():
    # Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
    # reliability. Psychological Bulletin 86(2), 420–428, Table 2: 6 targets rated by 4
    # judges. Table 4 reports ICC(3,4) = .91, and ICC(3,k) is algebraically Cronbach's
    # alpha with the judges as items.
    ratings = np.array([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8],
                        [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]])
    assert round(cronbach_alpha(ratings), 2) == 0.91
    # ... and (BMS − EMS) / BMS from the two-way ANOVA gives the same value to 1e-12.
    n, k = ratings.shape
    grand = ratings.mean()
    bms = k * ((ratings.mean(axis=1) - grand) ** 2).sum() / (n - 1)
    resid = ratings - ratings.mean(axis=1, keepdims=True) - ratings.mean(axis=0) + grand
    ems = (resid**2).sum() / ((n - 1) * (k - 1))
    assert cronbach_alpha(ratings) == pytest.approx((bms - ems) / bms, abs=1e-12)


def test_alpha_if_item_deleted_recomputes_alpha_without_the_item():
    df = likert_frame(["a", "b", "c", "d"], 80, seed=3)
    df["d"] = np.random.default_rng(9).integers(1, 6, 80)  # an unrelated item
    table = alpha_if_item_deleted(df).set_index("item")
    assert table.loc["a", "alpha_if_deleted"] == pytest.approx(cronbach_alpha(df[["b", "c", "d"]]))
    # dropping the unrelated item raises alpha; its item-rest correlation is the lowest
    assert table.loc["d", "alpha_if_deleted"] > cronbach_alpha(df)
    assert table["item_rest_correlation"].idxmin() == "d"


def test_hedges_g_and_cliffs_delta_against_direct_computation():
    x = np.array([3.0, 4, 5, 4, 4, 5, 2, 4])
    y = np.array([2.0, 3, 3, 2, 4, 1, 3])
    n1, n2 = len(x), len(y)
    sp = np.sqrt(((n1 - 1) * x.var(ddof=1) + (n2 - 1) * y.var(ddof=1)) / (n1 + n2 - 2))
    d = (x.mean() - y.mean()) / sp
    g, lo, hi = hedges_g(x, y)
    assert g == pytest.approx(d * (1 - 3 / (4 * (n1 + n2) - 9)))
    assert lo < g < hi
    brute = np.mean(np.sign(x[:, None] - y[None, :]))
    assert cliffs_delta(x, y) == pytest.approx(brute)


def test_bootstrap_means_ignores_missing_and_is_seeded():
    x = np.array([[1.0, np.nan], [2.0, 10.0], [3.0, 20.0], [4.0, np.nan]])
    a = bootstrap_means(x, 300, random_state=5)
    b = bootstrap_means(x, 300, random_state=5)
    np.testing.assert_array_equal(a, b)
    assert a.shape == (300, 2)
    assert np.nanmin(a[:, 1]) >= 10 and np.nanmax(a[:, 1]) <= 20
    assert abs(np.nanmean(a[:, 0]) - 2.5) < 0.2


def test_bootstrap_percentile_ci_covers_true_mean_about_95_percent():
    # Likert answers with known population mean; 300 simulated surveys of 50 respondents.
    probs = np.array([0.1, 0.2, 0.3, 0.25, 0.15])
    true_mean = float((np.arange(1, 6) * probs).sum())
    rng = np.random.default_rng(2024)
    hits = 0
    reps = 300
    for _ in range(reps):
        sample = rng.choice(np.arange(1, 6), size=50, p=probs).astype(float)
        boot = bootstrap_means(sample[:, None], 500, random_state=rng)[:, 0]
        lo, hi = np.quantile(boot, [0.025, 0.975])
        hits += lo <= true_mean <= hi
    assert 0.90 <= hits / reps <= 0.99


def test_bca_interval_coverage_in_report():
    probs = np.array([0.35, 0.3, 0.2, 0.1, 0.05])  # skewed answers
    true_score = float(((np.arange(5)) / 4 * 100 * probs).sum())
    rng = np.random.default_rng(7)
    hits, reps = 0, 60
    for i in range(reps):
        df = pd.DataFrame({"kompetenz_m1": rng.choice(np.arange(1, 6), size=60, p=probs)})
        rep = MaturityReport(n_boot=300, ci_method="bca", random_state=i).fit(df)
        row = rep.scores_.set_index("dimension").loc["kompetenzen"]
        hits += row.ci_low <= true_score <= row.ci_high
    assert 0.85 <= hits / reps <= 1.0


# ------------------------------------------------------------------ scores


def test_score_is_rescaled_mean_of_respondent_dimension_means():
    df = pd.DataFrame({"strat_m1": [5, 4, np.nan, 1], "strat_m2": [3, np.nan, 2, 1],
                       "kompetenz_m1": [5, 5, 5, 5]})
    rep = MaturityReport(n_boot=200, random_state=0, anonymity_threshold=1).fit(df)
    scores = rep.scores_.set_index("dimension")
    # respondent means on 1..5: 4, 4, 2, 1 → mean 2.75 → (2.75 − 1) / 4 · 100 = 43.75
    assert scores.loc["strategie", "score"] == pytest.approx(43.75)
    assert scores.loc["strategie", "level"] == 3
    assert scores.loc["strategie", "n"] == 4
    assert scores.loc["strategie", "share_missing"] == pytest.approx(2 / 8)
    assert scores.loc["kompetenzen", "score"] == 100
    assert scores.loc["strategie", "ci_low"] <= 43.75 <= scores.loc["strategie", "ci_high"]
    # dimensions without items are "not measured", not "suppressed"
    assert np.isnan(scores.loc["daten", "score"]) and not scores.loc["daten", "suppressed"]
    # overall index: weighted mean of the measured dimensions (equal weights)
    assert scores.loc["gesamt", "score"] == pytest.approx((43.75 + 100) / 2)


def test_same_seed_same_intervals_other_seed_other_intervals():
    df = likert_frame(STAFF_ITEMS, 120, seed=1)
    a = quiet_fit(MaturityReport(n_boot=300, random_state=11), df).scores_
    b = quiet_fit(MaturityReport(n_boot=300, random_state=11), df).scores_
    c = quiet_fit(MaturityReport(n_boot=300, random_state=12), df).scores_
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a["ci_low"], c["ci_low"])


def test_reverse_items_flipped_for_raw_frames_only_when_asked():
    flipped = likert_frame(CITIZEN_ITEMS, 60, seed=2)
    raw = flipped.copy()
    raw["online_b3"] = 6 - raw["online_b3"]  # what the questionnaire export contains
    as_raw = quiet_fit(MaturityReport(n_boot=50, random_state=0), raw, reverse="framework")
    as_is = quiet_fit(MaturityReport(n_boot=50, random_state=0), flipped)
    pd.testing.assert_frame_equal(as_raw.scores_, as_is.scores_)
    not_flipped = quiet_fit(MaturityReport(n_boot=50, random_state=0), raw)
    assert not np.isclose(
        not_flipped.scores_.set_index("dimension").loc["online_dienste", "score"],
        as_is.scores_.set_index("dimension").loc["online_dienste", "score"])
    by_list = quiet_fit(MaturityReport(n_boot=50, random_state=0), raw, reverse=["online_b3"])
    pd.testing.assert_frame_equal(by_list.scores_, as_is.scores_)


class FakeSurvey:
    """Duck-typed stand-in for esslingen_lab.surveys.Survey (already reverse-coded)."""

    def __init__(self, responses, group, city=None, wave=None, k=5):
        self.responses = responses
        self.spec = SimpleNamespace(name=f"demo_{group}", respondent_group=group, city=city,
                                    wave=wave, groups=[], anonymity_threshold=k,
                                    framework=None)

    def likert_scale(self, column):
        return (1, 5)


def test_survey_items_are_not_flipped_again():
    flipped = likert_frame(CITIZEN_ITEMS, 60, seed=2)
    flipped["respondent_id"] = [f"r{i}" for i in range(60)]
    survey = FakeSurvey(flipped, "citizens", city="Esslingen")
    rep = quiet_fit(MaturityReport(n_boot=50, random_state=0), survey, reverse="framework")
    plain = quiet_fit(MaturityReport(n_boot=50, random_state=0), flipped)
    np.testing.assert_allclose(rep.scores_["score"], plain.scores_["score"])
    assert rep.samples_.loc[0, "sample"] == "Esslingen · Bürger:innen"
    assert rep.respondent_scores_["respondent_id"].iloc[0] == "r0"


def test_values_outside_the_scale_are_reported_with_column():
    df = pd.DataFrame({"strat_m1": [1, 2, 7]})
    with pytest.raises(DataError, match="strat_m1"):
        MaturityReport(n_boot=10).fit(df)
    with pytest.raises(DataError, match="keine Likert-Spalte"):
        MaturityReport(n_boot=10).fit(pd.DataFrame({"x": [1, 2]}))


def test_low_alpha_warns_with_category_and_caller_location():
    rng = np.random.default_rng(0)
    df = pd.DataFrame({c: rng.integers(1, 6, 200) for c in ["it_m1", "it_m2", "it_m3"]})
    with pytest.warns(LowReliabilityWarning, match="it_sicherheit") as record:
        rep = MaturityReport(n_boot=50, random_state=0).fit(df)
    assert record[0].filename == __file__
    rel = rep.reliability_.set_index("dimension").loc["it_sicherheit"]
    assert rel["below_threshold"] and rel["n_items"] == 3
    assert set(rep.alpha_if_deleted_["item"]) == {"it_m1", "it_m2", "it_m3"}


def test_citizen_staff_gap_has_sign_ci_and_effect_size():
    cit = likert_frame(CITIZEN_ITEMS, 400, shift=0.6, seed=1)
    sta = likert_frame(STAFF_ITEMS, 300, shift=-0.4, seed=2)
    rep = quiet_fit(MaturityReport(n_boot=400, random_state=3),
                    [FakeSurvey(cit, "citizens", "Esslingen"), FakeSurvey(sta, "staff",
                                                                          "Esslingen")])
    gap = rep.gap_.set_index("dimension")
    row = gap.loc["strategie"]
    assert row["gap"] == pytest.approx(row["score_citizens"] - row["score_staff"])
    assert 0 < row["ci_low"] < row["gap"] < row["ci_high"]
    assert row["hedges_g"] > 0.3 and row["cliffs_delta"] > 0 and row["p_value"] < 0.001
    # kompetenzen is asked of staff only: no gap, but a note saying why
    assert np.isnan(gap.loc["kompetenzen", "gap"]) and gap.loc["kompetenzen", "note"]


def test_waves_and_cities_are_compared_with_the_reference():
    data = {
        "Esslingen 2018": FakeSurvey(likert_frame(STAFF_ITEMS, 200, -0.5, 1), "staff",
                                     "Esslingen", "2018"),
        "Esslingen 2020": FakeSurvey(likert_frame(STAFF_ITEMS, 200, 0.3, 2), "staff",
                                     "Esslingen", "2020"),
        "Ludwigsburg 2020": FakeSurvey(likert_frame(STAFF_ITEMS[:10], 150, 0.0, 3), "staff",
                                       "Ludwigsburg", "2020"),
    }
    rep = quiet_fit(MaturityReport(n_boot=300, random_state=0), data)
    cmp = rep.comparison_
    assert set(cmp["reference"]) == {"Esslingen 2018"}
    wave = cmp[(cmp["sample"] == "Esslingen 2020") & (cmp["dimension"] == "prozesse")].iloc[0]
    assert wave["difference"] > 0 and wave["ci_low"] > 0 and wave["p_adjusted"] < 0.05
    lb = cmp[cmp["sample"] == "Ludwigsburg 2020"]
    assert lb["note"].str.contains("andere Items").any()
    rep2 = quiet_fit(MaturityReport(n_boot=100, random_state=0, reference="Esslingen 2020"),
                     data)
    assert set(rep2.comparison_["reference"]) == {"Esslingen 2020"}


def test_small_samples_and_groups_are_suppressed():
    small = likert_frame(STAFF_ITEMS, 4, seed=1)
    rep = quiet_fit(MaturityReport(n_boot=50, random_state=0), small)
    assert rep.scores_["score"].isna().all()
    assert rep.scores_.query("n > 0")["suppressed"].all()
    assert rep.items_["score"].isna().all()


def test_by_group_never_reveals_a_small_group():
    df = likert_frame(CITIZEN_ITEMS, 103, seed=4)
    df["stadtteil"] = ["Altstadt"] * 60 + ["Mettingen"] * 40 + ["Berkheim"] * 3
    rep = quiet_fit(MaturityReport(n_boot=50, random_state=0), df)
    table = rep.by_group("stadtteil", names=False)
    small = table.set_index("stadtteil").loc["Berkheim"].drop("sample")
    assert (small.astype(str) == "<5").all()
    true_means = rep.respondent_scores_[df["stadtteil"].eq("Berkheim").to_numpy()]
    # ... and not recoverable from the others: with the overall score and n published,
    # one hidden row in a column would be computable, so at least two are hidden.
    for col in ["n", "strategie", "daten"]:
        assert table[col].astype(str).isin(["<5", "–"]).sum() >= 2
    assert len(true_means) == 3


def test_tables_for_export_have_names():
    rep = quiet_fit(MaturityReport(n_boot=50, random_state=0),
                    [FakeSurvey(likert_frame(CITIZEN_ITEMS, 50), "citizens"),
                     FakeSurvey(likert_frame(STAFF_ITEMS, 50), "staff")])
    tables = rep.tables()
    assert {"reifegrad", "items", "reliabilitaet", "luecke_buerger_beschaeftigte"} <= set(tables)
    assert all(len(name) <= 31 for name in tables)  # Excel sheet-name limit


def test_english_names():
    rep = quiet_fit(MaturityReport(n_boot=50, random_state=0, language="en"),
                    likert_frame(STAFF_ITEMS, 60))
    row = rep.scores_.set_index("dimension").loc["gesamt"]
    assert row["name"] == "Overall index" and row["level_name"] in {
        "Initial", "Developing", "Defined", "Advanced", "Leading"}


# ------------------------------------------------------------------ services


def test_service_level_uses_lowest_unfulfilled_criterion():
    table = pd.DataFrame({
        "leistung": ["A", "B", "C", "D", "E"],
        "information_online": ["ja", "nein", "ja", "ja", "x"],
        "formular_online": ["ja", "ja", "ja", "nein", "1"],
        "antrag_online": ["ja", "ja", "ja", "ja", "true"],
        "nachweise_online": ["entfällt", "ja", "nein", "ja", "ja"],
        "bescheid_digital": ["ja", "ja", "ja", "ja", "ja"],
        "once_only": ["entfällt", "ja", "ja", "ja", "nein"],
    })
    out = service_levels(table).set_index("leistung")
    # B fulfils everything but level 1 → offline; "entfällt" counts as fulfilled (A)
    assert out["level"].to_dict() == {"A": 4, "B": 0, "C": 2, "D": 1, "E": 3}
    assert out.loc["C", "first_gap"] == "nachweise_online"
    assert out.loc["C", "level_name"] == "Formular-Assistent"
    summary = service_summary(service_levels(table))
    assert summary.loc[0, "share_level_ge_3"] == pytest.approx(2 / 5)


def test_service_table_errors_name_row_and_column():
    table = pd.DataFrame({c: ["ja", "ja"] for c in load_ozg_model()["criteria"]["criterion"]})
    table.loc[1, "antrag_online"] = ""
    with pytest.raises(DataError) as err:
        service_levels(table, file="leistungen.csv")
    assert "antrag_online" in str(err.value) and "3" in str(err.value)
    with pytest.raises(DataError, match="once_only"):
        service_levels(table.drop(columns="once_only"))


def test_other_maturity_model_can_be_added_as_data(tmp_path):
    path = tmp_path / "models.yml"
    levels = "\n".join(f"      - {{level: {i}, name: S{i}}}" for i in range(8))
    crit = "\n".join(f"      k{i}: {{level: {i}, name: K{i}}}" for i in range(1, 8))
    path.write_text(f"default_model: m7\nmodels:\n  m7:\n    title: 0-7\n    target_level: 5\n"
                    f"    levels:\n{levels}\n    criteria:\n{crit}\n", encoding="utf-8")
    model = load_ozg_model(path=path)
    table = pd.DataFrame({f"k{i}": ["ja", "ja"] for i in range(1, 8)})
    table.loc[1, "k6"] = "nein"
    out = service_levels(table, model)
    assert out["level"].tolist() == [7, 5]
    assert service_summary(out, model).loc[0, "share_level_ge_5"] == 1.0


def test_demo_services_table_is_complete():
    demo = demo_services()
    assert 20 <= len(demo) <= 30
    names = " ".join(demo["leistung"])
    for service in ("Ummeldung", "Personalausweis", "Kfz-Zulassung", "Anwohnerparkausweis",
                    "Kita-Anmeldung", "Hundesteuer", "Gewerbeanmeldung", "Bauantrag"):
        assert service in names
    levels = service_levels(demo)
    assert levels["level"].between(0, 4).all() and levels["level"].nunique() >= 4
