"""Estimators checked against independent references (scipy, statsmodels, scikit-learn).

Each test names its reference: a library implementation or the textbook formula written out.
Ordinary inputs and the edge cases survey data bring (zero cells, missing values, constant
items, dimensions without answers, groups below the anonymity threshold).
"""

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from esslingen_lab.coding.agreement import cohen_kappa, percent_agreement
from esslingen_lab.compare import (
    ThemeComparison,
    _adjusted_residuals,
    compare_themes,
    cramers_v_corrected,
)
from esslingen_lab.maturity import (
    LowReliabilityWarning,
    MaturityReport,
    hedges_g,
    load_framework,
    maturity_text,
    overall_index,
)

FW = load_framework()


def quiet_fit(report, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LowReliabilityWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        return report.fit(*args, **kwargs)


def haberman(obs):
    """Adjusted residuals written out (Haberman 1973), no smoothing of zero cells."""
    obs = np.asarray(obs, dtype=float)
    n = obs.sum()
    row, col = obs.sum(1), obs.sum(0)
    exp = np.outer(row, col) / n
    return (obs - exp) / np.sqrt(exp * np.outer(1 - row / n, 1 - col / n))


# ------------------------------------------------------------------ adjusted residuals


@pytest.mark.parametrize("obs", [
    [[0, 6, 5], [20, 9, 7]],          # the issue's case: a theme nobody in group A raised
    [[30, 10], [20, 50]],             # ordinary
    [[0, 0, 4], [10, 12, 3]],         # two zero cells
    [[1, 1], [1, 1]],                 # ties, all residuals 0
])
def test_adjusted_residuals_match_haberman_also_with_zero_cells(obs):
    np.testing.assert_allclose(_adjusted_residuals(np.array(obs)), haberman(obs), atol=1e-12)


def test_adjusted_residual_of_issue_case_is_haberman_value():
    assert _adjusted_residuals(np.array([[0, 6, 5], [20, 9, 7]]))[0, 0] == pytest.approx(
        -3.262, abs=5e-4)


def test_theme_comparison_residuals_unshifted_for_zero_cell():
    rows = []
    sizes, raised = {"A": 20, "B": 15, "C": 12}, {"A": 0, "B": 6, "C": 5}
    for g, n in sizes.items():
        for i in range(n):
            rows.append({"respondent_id": f"{g}{i}", "gruppe": g,
                         "theme": "WLAN" if i < raised[g] else None})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = ThemeComparison(random_state=0, n_permutations=199).fit(
            pd.DataFrame(rows), "gruppe")
    obs = [[0, 6, 5], [20, 9, 7]]
    np.testing.assert_allclose(cmp.residuals_.loc["WLAN", ["A", "B", "C"]].to_numpy(float),
                               haberman(obs)[0])


# ------------------------------------------------------------------ Cramér's V


def bergsma(obs):
    """Bergsma (2013) bias-corrected Cramér's V written out from the paper's eq. (2)."""
    obs = np.asarray(obs, dtype=float)
    n = obs.sum()
    r, k = obs.shape
    exp = np.outer(obs.sum(1), obs.sum(0)) / n
    phi2 = ((obs - exp) ** 2 / exp).sum() / n
    phi2c = max(0.0, phi2 - (k - 1) * (r - 1) / (n - 1))
    rc = r - (r - 1) ** 2 / (n - 1)
    kc = k - (k - 1) ** 2 / (n - 1)
    return np.sqrt(phi2c / min(kc - 1, rc - 1))


@pytest.mark.parametrize("obs", [
    [[30, 10, 5], [20, 50, 7]],
    [[0, 6, 5], [20, 9, 7]],
    [[5, 5], [5, 5]],                 # independence: corrected V is 0, plain V also 0
    [[12, 3], [4, 11]],
])
def test_bias_corrected_cramers_v_matches_bergsma_formula(obs):
    assert cramers_v_corrected(obs) == pytest.approx(bergsma(obs), abs=1e-12)
    plain = stats.contingency.association(np.array(obs), method="cramer", correction=False)
    assert cramers_v_corrected(obs) <= plain + 1e-12


def test_corrected_cramers_v_is_near_zero_under_independence_where_plain_v_is_not():
    rng = np.random.default_rng(0)
    plain, corrected = [], []
    for _ in range(200):
        groups = rng.integers(0, 4, 40)
        raised = rng.random(40) < 0.3
        obs = np.array([[np.sum(raised & (groups == g)) for g in range(4)],
                        [np.sum(~raised & (groups == g)) for g in range(4)]])
        if (obs.sum(0) == 0).any() or (obs.sum(1) == 0).any():
            continue
        plain.append(stats.contingency.association(obs, method="cramer"))
        corrected.append(cramers_v_corrected(obs))
    assert np.mean(corrected) < 0.5 * np.mean(plain)


def test_cramers_v_corrected_degenerate_table_is_nan():
    assert np.isnan(cramers_v_corrected([[3, 0], [0, 0]]))


def _fit_groups(fdr_method="bh", language="de"):
    rng = np.random.default_rng(4)
    rows = []
    for g, n in {"A": 40, "B": 35}.items():
        for i in range(n):
            rows.append({"respondent_id": f"{g}{i}", "gruppe": g,
                         "theme": ["WLAN", "Termine", "Schule"][rng.integers(0, 3)]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compare_themes(pd.DataFrame(rows), "gruppe", random_state=0,
                              fdr_method=fdr_method, language=language, n_permutations=199)


def test_table_labels_the_adjustment_and_both_cramers_v():
    from statsmodels.stats.multitest import multipletests

    by = _fit_groups("by")
    table = by.table()
    assert "p (BY)" in table.columns and "p (BH)" not in table.columns
    assert {"Cramér V (unkorrigiert)", "Cramér V (Bergsma-korrigiert)"} <= set(table.columns)
    p = by.tests_["p_value"].to_numpy(float)
    np.testing.assert_allclose(by.tests_["p_adjusted"], multipletests(p, method="fdr_by")[1])
    assert "p (BH)" in _fit_groups("bh").table().columns
    assert "Cramér's V (uncorrected)" in _fit_groups(language="en").table().columns


def test_unknown_fdr_method_is_a_clear_error():
    from esslingen_lab.errors import EsslingenLabError

    with pytest.raises(EsslingenLabError, match="fdr_method"):
        _fit_groups("holm")


# ------------------------------------------------------------------ agreement


@pytest.mark.parametrize("a,b", [
    (["a", "b", np.nan, "a"], ["a", "b", "b", np.nan]),
    (["a", "b", None, "a", "b", "a"], ["a", "a", "b", float("nan"), "b", "a"]),
    ([1.0, 2.0, np.nan, 1.0, 2.0], [1.0, 2.0, 2.0, 2.0, np.nan]),
    (["x", pd.NA, "y", "y"], ["x", "x", "y", "x"]),
])
def test_agreement_drops_nan_like_none_and_matches_sklearn(a, b):
    from sklearn.metrics import cohen_kappa_score

    keep = [not (pd.isna(x) or pd.isna(y)) for x, y in zip(a, b, strict=True)]
    a2 = [str(x) for x, k in zip(a, keep, strict=True) if k]
    b2 = [str(y) for y, k in zip(b, keep, strict=True) if k]
    assert percent_agreement(a, b) == pytest.approx(np.mean(np.array(a2) == np.array(b2)))
    if len(set(a2) | set(b2)) > 1:
        assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a2, b2))


def test_issue_example_agrees_fully():
    a, b = ["a", "b", np.nan, "a"], ["a", "b", "b", np.nan]
    assert percent_agreement(a, b) == 1.0
    assert cohen_kappa(a, b) == 1.0


def test_agreement_all_missing_is_nan():
    assert np.isnan(percent_agreement([np.nan, None], ["a", "b"]))
    assert np.isnan(cohen_kappa([np.nan, None], ["a", "b"]))


# ------------------------------------------------------------------ overall index bootstrap


def _sparse_frame():
    """Strategie and Online-Dienste answered by everybody, Prozesse by 5 of 40 people."""
    rng = np.random.default_rng(7)
    n = 40
    frame = pd.DataFrame({
        "strat_m1": rng.integers(4, 6, n).astype(float),
        "strat_m2": rng.integers(4, 6, n).astype(float),
        "online_m1": rng.integers(4, 6, n).astype(float),
    })
    frame["prozess_m1"] = np.nan
    frame.loc[:4, "prozess_m1"] = [1.0, 1.0, 2.0, 1.0, 2.0]
    return frame


def _statistic_factory(report, values_columns):
    dims = report.framework_.dimensions["dimension"].tolist()
    weights = report.framework_.dimensions["weight"].to_numpy(float)
    published = report.scores_.query("dimension != 'gesamt'").set_index("dimension")
    w = np.array([weights[i] if (d in published.index and not np.isnan(
        published.loc[d, "score"])) else 0.0 for i, d in enumerate(dims)])

    def statistic(idx, axis=-1):
        idx = np.asarray(idx, dtype=int)
        out = []
        for row in np.atleast_2d(idx):
            sub = values_columns[row]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                means = np.nanmean(sub, axis=0)
            avail = ~np.isnan(means) & (w > 0)
            out.append((means[avail] * w[avail]).sum() / w[avail].sum())
        return np.array(out) if idx.ndim > 1 else out[0]

    return statistic


@pytest.mark.parametrize("method", ["percentile", "bca"])
def test_overall_index_ci_matches_scipy_bootstrap(method):
    frame = _sparse_frame()
    frame.loc[5:, "prozess_m1"] = np.nan
    frame.loc[:6, "prozess_m1"] = [1.0, 1.0, 2.0, 1.0, 2.0, 1.0, 5.0]  # 7 ≥ k answers
    rep = quiet_fit(MaturityReport(n_boot=4000, random_state=0, ci_method=method),
                    frame, respondent_group="staff")
    values = rep._values[rep.scores_["sample"].iloc[0]]
    statistic = _statistic_factory(rep, values)
    ref = stats.bootstrap((np.arange(len(values)),), statistic, n_resamples=4000,
                          method="BCa" if method == "bca" else "percentile",
                          vectorized=True, rng=np.random.default_rng(1))
    row = rep.scores_.set_index("dimension").loc["gesamt"]
    assert row["score"] == pytest.approx(statistic(np.arange(len(values))))
    # Two Monte-Carlo runs of 4000 replicates agree to about a point on this scale.
    assert row["ci_low"] == pytest.approx(ref.confidence_interval.low, abs=1.5)
    assert row["ci_high"] == pytest.approx(ref.confidence_interval.high, abs=1.5)


def test_overall_ci_never_treats_a_missing_dimension_as_zero():
    frame = _sparse_frame()
    frame.loc[2:, "prozess_m1"] = np.nan
    frame.loc[:1, "prozess_m1"] = [5.0, 5.0]
    rep = quiet_fit(MaturityReport(n_boot=2000, random_state=0, anonymity_threshold=2),
                    frame, respondent_group="staff")
    scores = rep.scores_.set_index("dimension")
    visible = scores.loc[["strategie", "online_dienste"]]
    # Every replicate's index is a weighted mean of dimension means that all lie above 75.
    assert scores.loc["gesamt", "ci_low"] >= min(visible["ci_low"].min(),
                                                 scores.loc["prozesse", "ci_low"]) - 1e-9
    boot = rep.bootstrap_[scores["sample"].iloc[0]][:, -1]
    assert np.nanmin(boot) > 70


def test_overall_index_leaves_out_dimensions_hidden_for_too_few_answers():
    frame = _sparse_frame()
    frame.loc[2:, "prozess_m1"] = np.nan
    frame.loc[:1, "prozess_m1"] = [5.0, 5.0]  # 2 of 40 answered: hidden for k = 5
    rep = quiet_fit(MaturityReport(n_boot=200, random_state=0), frame,
                    respondent_group="staff")
    scores = rep.scores_.set_index("dimension")
    assert np.isnan(scores.loc["prozesse", "score"])
    shown = scores.loc[["strategie", "online_dienste"], "score"].to_numpy(float)
    weights = FW.dimensions.set_index("dimension").loc[["strategie", "online_dienste"],
                                                       "weight"].to_numpy(float)
    assert scores.loc["gesamt", "score"] == pytest.approx(np.average(shown, weights=weights))
    # the issue's recovery: 3 · Gesamt − Strategie − Online-Dienste gives nothing new now
    assert 3 * scores.loc["gesamt", "score"] - shown.sum() != pytest.approx(100.0)


def test_overall_index_function():
    np.testing.assert_allclose(overall_index([[80.0, np.nan, 60.0], [np.nan] * 3],
                                             [1, 1, 2]), [200 / 3, np.nan])


# ------------------------------------------------------------------ gaps and comparisons


class FakeSpec:
    def __init__(self, group, city, wave=None):
        self.respondent_group, self.city, self.wave = group, city, wave
        self.name, self.groups, self.anonymity_threshold, self.framework = group, [], None, None


class FakeSurvey:
    def __init__(self, frame, group, city, wave=None):
        self.responses, self.spec = frame, FakeSpec(group, city, wave)

    def likert_scale(self, column):
        return (1, 5)


def _two_samples(n1=60, n2=50, seed=0):
    rng = np.random.default_rng(seed)
    items = FW.items
    cit_cols = items.query("respondent_group != 'staff'")["column"].tolist()
    sta_cols = items.query("respondent_group != 'citizens'")["column"].tolist()
    cit = pd.DataFrame({c: rng.integers(1, 6, n1).astype(float) for c in cit_cols})
    sta = pd.DataFrame({c: rng.integers(2, 6, n2).astype(float) for c in sta_cols})
    return [FakeSurvey(cit, "citizens", "Esslingen"), FakeSurvey(sta, "staff", "Esslingen")]


def test_gap_p_values_are_bh_adjusted_like_statsmodels():
    from statsmodels.stats.multitest import multipletests

    rep = quiet_fit(MaturityReport(n_boot=200, random_state=0), _two_samples())
    gap = rep.gap_
    ok = gap["p_value"].notna()
    assert ok.sum() >= 2
    np.testing.assert_allclose(gap.loc[ok, "p_adjusted"],
                               multipletests(gap.loc[ok, "p_value"], method="fdr_bh")[1])


@pytest.mark.parametrize("method", ["percentile", "bca"])
def test_gap_ci_matches_scipy_two_sample_bootstrap(method):
    samples = _two_samples(seed=3)
    rep = quiet_fit(MaturityReport(n_boot=4000, random_state=0, ci_method=method,
                                   confidence=0.9), samples)
    row = rep.gap_.set_index("dimension").loc["strategie"]
    cit = rep._values[row["sample_citizens"]][:, 0]
    sta = rep._values[row["sample_staff"]][:, 0]
    ref = stats.bootstrap((cit, sta), lambda x, y, axis=-1: x.mean(axis) - y.mean(axis),
                          n_resamples=4000, confidence_level=0.9,
                          method="BCa" if method == "bca" else "percentile",
                          rng=np.random.default_rng(2))
    assert row["ci_low"] == pytest.approx(ref.confidence_interval.low, abs=1.0)
    assert row["ci_high"] == pytest.approx(ref.confidence_interval.high, abs=1.0)


def test_bca_gap_interval_differs_from_percentile_for_skewed_data():
    rng = np.random.default_rng(5)
    samples = _two_samples(n1=25, n2=25, seed=5)
    samples[0].responses["strat_m1"] = np.where(rng.random(25) < 0.85, 5.0, 1.0)
    for col in samples[0].responses.columns:
        if col.startswith("strat"):
            samples[0].responses[col] = samples[0].responses["strat_m1"]
    pct = quiet_fit(MaturityReport(n_boot=2000, random_state=0), samples)
    bca = quiet_fit(MaturityReport(n_boot=2000, random_state=0, ci_method="bca"), samples)
    a = pct.gap_.set_index("dimension").loc["strategie", ["ci_low", "ci_high"]].to_numpy(float)
    b = bca.gap_.set_index("dimension").loc["strategie", ["ci_low", "ci_high"]].to_numpy(float)
    assert not np.allclose(a, b)


def test_captions_state_the_confidence_level_in_each_language():
    assert "90-%-KI" in maturity_text("gap_caption", "de", confidence=0.9)
    assert "99,5-%-Bootstrap" in maturity_text("scores_caption", "de", confidence=0.995)
    assert "99.5 % CI" in maturity_text("comparison_caption", "en", confidence=0.995)
    assert "95-%" in maturity_text("scores_caption", "de")


# ------------------------------------------------------------------ Hedges' g


def hedges_olkin(x, y, confidence):
    """Hedges' g and its normal CI (Hedges & Olkin 1985) written out."""
    n1, n2 = len(x), len(y)
    s = np.sqrt(((n1 - 1) * np.var(x, ddof=1) + (n2 - 1) * np.var(y, ddof=1)) / (n1 + n2 - 2))
    d = (np.mean(x) - np.mean(y)) / s
    g = d * (1 - 3 / (4 * (n1 + n2) - 9))
    se = np.sqrt((n1 + n2) / (n1 * n2) + g * g / (2 * (n1 + n2)))
    z = stats.norm.ppf(1 - (1 - confidence) / 2)
    return g, g - z * se, g + z * se


@pytest.mark.parametrize("confidence", [0.9, 0.95])
def test_hedges_g_and_ci_match_written_out_formula(confidence):
    rng = np.random.default_rng(2)
    x, y = rng.normal(1, 2, 30), rng.normal(0, 1.5, 12)
    np.testing.assert_allclose(hedges_g(x, y, confidence=confidence),
                               hedges_olkin(x, y, confidence))
    # ties and missing values: NaN is dropped; a constant pair of groups has no g
    x2 = np.array([1.0, 1.0, 2.0, np.nan, 3.0])
    y2 = np.array([2.0, 2.0, 2.0, 3.0])
    np.testing.assert_allclose(hedges_g(x2, y2), hedges_olkin(x2[:-2].tolist() + [3.0], y2,
                                                              0.95))
    assert np.isnan(hedges_g([2, 2, 2], [2, 2])[0])


# ------------------------------------------------------------------ group breakdowns


def test_group_tests_match_scipy_kruskal_and_bh_and_leave_out_hidden_groups():
    from statsmodels.stats.multitest import multipletests

    rng = np.random.default_rng(11)
    n = 90
    frame = pd.DataFrame({c: rng.integers(1, 6, n).astype(float)
                          for c in FW.items.query("respondent_group != 'staff'")["column"]})
    frame["stadtteil"] = ["Altstadt"] * 40 + ["Mettingen"] * 30 + ["Zell"] * 17 + ["Sirnau"] * 3
    frame.loc[:39, "strat_m1"] = 5.0  # Altstadt rates strategy higher
    rep = quiet_fit(MaturityReport(n_boot=20, random_state=0), frame)
    out = rep.group_tests("stadtteil", hide=["Zell"]).set_index("dimension")
    scores = rep.respondent_scores_
    shown = scores[scores["stadtteil"].isin(["Altstadt", "Mettingen"])]  # Sirnau < k, Zell hidden
    for dim in ("strategie", "online_dienste"):
        groups = [g[dim].dropna() for _, g in shown.groupby("stadtteil")]
        ref = stats.kruskal(*groups)
        assert out.loc[dim, "h"] == pytest.approx(ref.statistic)
        assert out.loc[dim, "p_value"] == pytest.approx(ref.pvalue)
        assert out.loc[dim, "n_groups"] == 2 and out.loc[dim, "n"] == sum(map(len, groups))
    ok = out["p_value"].notna()
    np.testing.assert_allclose(out.loc[ok, "p_adjusted"],
                               multipletests(out.loc[ok, "p_value"], method="fdr_bh")[1])
    # a dimension nobody answered, or a constant one, has no test instead of a fake p
    frame2 = frame.copy()
    frame2[[c for c in frame2 if c.startswith("online")]] = 3.0
    rep2 = quiet_fit(MaturityReport(n_boot=20, random_state=0), frame2)
    assert np.isnan(rep2.group_tests("stadtteil").set_index("dimension").loc[
        "online_dienste", "p_value"])


@pytest.mark.parametrize("method", ["percentile", "bca"])
def test_group_intervals_match_scipy_bootstrap_and_hide_groups(method):
    rng = np.random.default_rng(12)
    n = 60
    frame = pd.DataFrame({c: rng.integers(1, 6, n).astype(float)
                          for c in FW.items.query("respondent_group != 'staff'")["column"]})
    frame["stadtteil"] = ["Altstadt"] * 35 + ["Zell"] * 22 + ["Sirnau"] * 3
    rep = quiet_fit(MaturityReport(n_boot=4000, random_state=0, ci_method=method), frame)
    out = rep.group_intervals("stadtteil", hide=["Zell"])
    assert set(out["stadtteil"]) == {"Altstadt"}  # Sirnau < k, Zell hidden by the plan
    row = out.set_index("dimension").loc["strategie"]
    scores = rep.respondent_scores_
    x = scores.loc[scores["stadtteil"] == "Altstadt", "strategie"].dropna().to_numpy()
    ref = stats.bootstrap((x,), np.mean, n_resamples=4000, rng=np.random.default_rng(3),
                          method="BCa" if method == "bca" else "percentile")
    assert row["score"] == pytest.approx(x.mean()) and row["n"] == len(x)
    assert row["ci_low"] == pytest.approx(ref.confidence_interval.low, abs=1.5)
    assert row["ci_high"] == pytest.approx(ref.confidence_interval.high, abs=1.5)
