"""Tests of esslingen_lab.compare: theme prevalence by group, tests, suppression, links."""

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from scipy.stats.contingency import association
from statsmodels.stats.multitest import multipletests

from esslingen_lab.compare import SmallSampleWarning, ThemeComparison, theme_maturity
from esslingen_lab.errors import DataError


def assignments_from_table(table: dict, groups_sizes: dict):
    """Build a long assignment table from {theme: {group: n_raising}} and group sizes."""
    rows, people = [], []
    for group, size in groups_sizes.items():
        ids = [f"{group}-{i}" for i in range(size)]
        people += [{"respondent_id": r, "gruppe": group} for r in ids]
        for theme, by_group in table.items():
            for r in ids[: by_group.get(group, 0)]:
                rows.append({"respondent_id": r, "theme": theme, "gruppe": group})
    return pd.DataFrame(rows), pd.DataFrame(people)


def fit(assign, people=None, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SmallSampleWarning)
        return ThemeComparison(random_state=0, **kw).fit(assign, "gruppe", respondents=people)


def test_chi_square_and_cramers_v_match_scipy_on_known_table():
    raised = {"jung": 40, "mittel": 25, "alt": 10}
    sizes = {"jung": 100, "mittel": 90, "alt": 80}
    assign, people = assignments_from_table({"Termine": raised}, sizes)
    cmp = fit(assign, people)
    groups = list(cmp.counts_.columns)
    observed = np.array([[raised[g] for g in groups], [sizes[g] - raised[g] for g in groups]])
    ref = stats.chi2_contingency(observed, correction=False)
    row = cmp.tests_.set_index("theme").loc["Termine"]
    assert row["chi2"] == pytest.approx(ref.statistic)
    assert row["p_chi2"] == pytest.approx(ref.pvalue)
    assert row["dof"] == 2
    assert row["cramers_v"] == pytest.approx(association(observed, method="cramer"))
    # Cramér's V by hand: sqrt(chi2 / (N · (min(r, c) − 1)))
    assert row["cramers_v"] == pytest.approx(np.sqrt(ref.statistic / observed.sum()))
    assert row["test"] == "chi2" and row["p_value"] == pytest.approx(ref.pvalue)


def test_adjusted_residuals_follow_haberman_formula():
    raised = {"A": 30, "B": 10}
    sizes = {"A": 50, "B": 60}
    cmp = fit(*assignments_from_table({"WLAN": raised}, sizes))
    obs = np.array([[30, 10], [20, 50]], dtype=float)
    n = obs.sum()
    exp = np.outer(obs.sum(1), obs.sum(0)) / n
    adj = (obs - exp) / np.sqrt(exp * np.outer(1 - obs.sum(1) / n, 1 - obs.sum(0) / n))
    np.testing.assert_allclose(cmp.residuals_.loc["WLAN", ["A", "B"]].to_numpy(float), adj[0])


def test_benjamini_hochberg_matches_statsmodels():
    rng = np.random.default_rng(1)
    sizes = {"A": 120, "B": 110, "C": 100}
    table = {f"Thema {i}": {g: int(rng.integers(10, 60)) for g in sizes} for i in range(8)}
    cmp = fit(*assignments_from_table(table, sizes))
    p = cmp.tests_["p_value"].to_numpy()
    expected = multipletests(p, method="fdr_bh")[1]
    np.testing.assert_allclose(cmp.tests_["p_adjusted"].to_numpy(), expected)
    assert (cmp.tests_["significant"] == (expected < 0.05)).all()


def test_small_2x2_uses_fisher_exact():
    raised = {"A": 2, "B": 7}
    sizes = {"A": 10, "B": 9}
    cmp = fit(*assignments_from_table({"Parken": raised}, sizes))
    row = cmp.tests_.set_index("theme").loc["Parken"]
    assert row["test"] == "fisher"
    assert row["p_value"] == pytest.approx(stats.fisher_exact([[2, 7], [8, 2]]).pvalue)
    assert "Fisher" in row["note"]


def test_small_larger_table_uses_seeded_permutation_test():
    raised = {"A": 1, "B": 4, "C": 6}
    sizes = {"A": 8, "B": 8, "C": 8}
    assign, people = assignments_from_table({"Bus": raised}, sizes)
    a = fit(assign, people, n_permutations=1999).tests_.iloc[0]
    b = fit(assign, people, n_permutations=1999).tests_.iloc[0]
    assert a["test"] == "permutation" and a["p_value"] == b["p_value"]
    # The permutation p-value estimates the exact conditional p; it is close to chi-square's
    # asymptotic one here but not identical.
    assert 0 < a["p_value"] <= 1 and abs(a["p_value"] - a["p_chi2"]) < 0.1


@pytest.mark.parametrize("raised", [{"A": 1, "B": 4, "C": 6}, {"A": 0, "B": 2, "C": 5, "D": 1}])
def test_permutation_p_matches_scipy_permutation_test(raised):
    # Reference: scipy's own permutation test, shuffling which respondent is in which group
    # (the pairing of group label and raised/not raised), one crosstab per permutation.
    sizes = {g: 8 for g in raised}
    cmp = fit(*assignments_from_table({"Bus": raised}, sizes), n_permutations=9999)
    row = cmp.tests_.iloc[0]
    groups = list(cmp.counts_.columns)
    observed = np.array([[raised[g] for g in groups], [sizes[g] - raised[g] for g in groups]])
    expected = stats.contingency.expected_freq(observed)
    group_of = np.repeat(np.arange(len(groups)), observed.sum(axis=0))
    said = np.concatenate([[1] * observed[0, j] + [0] * observed[1, j]
                           for j in range(len(groups))])

    def statistic(labels):
        table = stats.contingency.crosstab(said, labels, levels=([1, 0], range(len(groups))))
        return ((table.count - expected) ** 2 / expected).sum()

    ref = stats.permutation_test((group_of,), statistic, permutation_type="pairings",
                                 alternative="greater", n_resamples=9999, rng=1)
    assert row["test"] == "permutation"
    assert row["chi2"] == pytest.approx(statistic(group_of))
    # two Monte-Carlo estimates of one p-value: within 4 standard errors of each other
    se = np.sqrt(ref.pvalue * (1 - ref.pvalue) / 9999) * np.sqrt(2)
    assert abs(row["p_value"] - ref.pvalue) < 4 * se + 1e-3


def test_respondent_with_several_themes_counts_once_per_theme():
    assign = pd.DataFrame({
        "respondent_id": ["a", "a", "a", "b", "c"],
        "theme": ["T1", "T1", "T2", "T1", None],
        "gruppe": ["x", "x", "x", "y", "y"],
    })
    cmp = fit(assign, min_group_size=1)
    assert cmp.counts_.loc["T1"].to_dict() == {"x": 1, "y": 1}
    assert cmp.group_sizes_.to_dict() == {"x": 1, "y": 2}  # c counts in the denominator
    assert cmp.shares_.loc["T1", "y"] == pytest.approx(0.5)


def test_published_table_hides_small_cells_and_small_groups():
    sizes = {"Altstadt": 80, "Mettingen": 60, "Berkheim": 3}
    table = {"Termine": {"Altstadt": 30, "Mettingen": 2, "Berkheim": 1},
             "WLAN": {"Altstadt": 20, "Mettingen": 25, "Berkheim": 3}}
    with pytest.warns(SmallSampleWarning):
        cmp = ThemeComparison(random_state=0).fit(
            *assignments_from_table(table, sizes)[:1], "gruppe",
            respondents=assignments_from_table(table, sizes)[1])
    out = cmp.table().set_index("theme")
    assert (out[["Berkheim n", "Berkheim %"]] == "<5").all().all()
    assert out.loc["Termine", "Mettingen n"] == "<5"
    assert out.loc["Termine", "Mettingen %"] == "<5"
    # no published number equals a hidden small count
    published = out.filter(like=" n").to_numpy().ravel()
    assert not {1, 2, 3} & {v for v in published if not isinstance(v, str)}
    # Berkheim is left out of the tests (below k) and the note says so
    assert "Berkheim" not in cmp.residual_table().dropna(axis=1, how="all").columns or (
        cmp.residual_table()["Berkheim"] == "<5").all()
    assert any("weniger als 5" in note for note in cmp.notes_)


def test_plain_language_notes_for_tiny_samples_in_german_and_english():
    sizes = {"A": 6, "B": 6}
    table = {"Selten": {"A": 1, "B": 2}}
    de = fit(*assignments_from_table(table, sizes))
    en = fit(*assignments_from_table(table, sizes), language="en")
    assert "Zu wenige Nennungen" in de.tests_.loc[0, "note"]
    assert "Too few mentions" in en.tests_.loc[0, "note"]
    one = fit(*assignments_from_table(table, {"A": 6, "B": 2}))
    assert any("kein Vergleich" in n for n in one.notes_)
    assert np.isnan(one.tests_.loc[0, "p_value"])


def test_missing_column_is_a_clear_error():
    with pytest.raises(DataError, match="gruppe"):
        ThemeComparison().fit(pd.DataFrame({"respondent_id": [1], "theme": ["x"]}), "gruppe")


def test_theme_maturity_means_with_suppression():
    scores = pd.DataFrame({"respondent_id": [f"r{i}" for i in range(20)],
                           "online_dienste": [10.0] * 6 + [90.0] * 14,
                           "daten": [50.0] * 20})
    assign = pd.DataFrame({
        "respondent_id": [f"r{i}" for i in range(10)] + [f"r{i}" for i in range(10, 16)]
        + ["r16", "r17", "r0"],
        "theme": ["Termine"] * 10 + ["Bus"] * 6 + ["WLAN"] * 3,
    })
    out = theme_maturity(assign, scores, k=5, names={"online_dienste": "Online"})
    termine = out.set_index("theme").loc["Termine"]
    assert termine["n"] == 10 and termine["Online"] == pytest.approx((6 * 10 + 4 * 90) / 10)
    wlan = out.set_index("theme").loc["WLAN"]
    assert (wlan.astype(str) == "<5").all()
    # complementary suppression: a single hidden row could be recomputed from totals
    assert out["Online"].astype(str).isin(["<5", "–"]).sum() >= 2
    with pytest.raises(DataError, match="unique"):
        theme_maturity(assign, pd.concat([scores, scores]))


def test_theme_assignments_from_model_labels():
    from esslingen_lab.compare import theme_assignments

    texts = pd.DataFrame({"respondent_id": ["a", "b", "c", "d"], "question": "q",
                          "text": ["t1", "t2", "t3", "t4"]})
    themes = pd.DataFrame({"id": [0, 1, -1, -2], "label": ["Termine", "WLAN", "keine Antwort",
                                                            "Sonstiges"]})
    responses = pd.DataFrame({"respondent_id": ["a", "b", "c", "d"],
                              "gruppe": ["x", "y", "x", "y"]})
    long = theme_assignments(texts, [0, 1, -1, [0, 1]], themes, responses=responses,
                             groups=["gruppe"])
    assert long["theme"].tolist()[:2] == ["Termine", "WLAN"]
    assert pd.isna(long.loc[long["respondent_id"] == "c", "theme"]).all()
    assert set(long.loc[long["respondent_id"] == "d", "theme"]) == {"Termine", "WLAN"}
    cmp = fit(long, min_group_size=1)
    assert cmp.group_sizes_.to_dict() == {"x": 2, "y": 2}  # c stays in the denominator
    with pytest.raises(DataError):
        theme_assignments(texts, [0, 1], themes)
