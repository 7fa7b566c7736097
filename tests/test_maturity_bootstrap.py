"""The vectorised bootstrap: reproducible with a seed, equal to the textbook resampling."""

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from esslingen_lab.maturity import LowReliabilityWarning, MaturityReport, bootstrap_means


def test_bootstrap_means_equal_the_textbook_loop_over_the_same_draws():
    rng = np.random.default_rng(3)
    x = rng.integers(1, 6, size=(37, 3)).astype(float)
    x[rng.random(x.shape) < 0.2] = np.nan
    n_boot, chunk = 50, 37 * 8  # blocks of 8 replicates, the last one shorter
    fast = bootstrap_means(x, n_boot, random_state=11, chunk_elements=chunk)
    # textbook: draw n respondents with replacement, average each column's answers
    draws = np.random.default_rng(11)
    rows = []
    for start in range(0, n_boot, 8):
        idx = draws.integers(0, 37, size=(min(8, n_boot - start), 37))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            rows += [np.nanmean(x[i], axis=0) for i in idx]
    np.testing.assert_allclose(fast, np.array(rows), rtol=1e-12, equal_nan=True)


def test_same_seed_reproduces_the_fit_exactly():
    rng = np.random.default_rng(0)
    df = pd.DataFrame({c: rng.integers(1, 6, 150) for c in ("strat_m1", "strat_m2", "it_m1")})
    df["fachbereich"] = rng.choice(["A", "B", "C"], 150)

    def fit(seed):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LowReliabilityWarning)
            return MaturityReport(n_boot=300, random_state=seed).fit(df)

    a, b, c = fit(5), fit(5), fit(6)
    for label, boot in a.bootstrap_.items():
        np.testing.assert_array_equal(boot, b.bootstrap_[label])
    pd.testing.assert_frame_equal(a.scores_, b.scores_)
    pd.testing.assert_frame_equal(a.group_intervals("fachbereich"),
                                  b.group_intervals("fachbereich"))
    assert not np.allclose(a.scores_["ci_low"], c.scores_["ci_low"], equal_nan=True)


@pytest.mark.parametrize("n", [40, 400])
def test_percentile_ci_matches_scipy_bootstrap(n):
    rng = np.random.default_rng(n)
    answers = rng.choice(np.arange(1, 6), size=n, p=[0.1, 0.2, 0.3, 0.25, 0.15]).astype(float)
    df = pd.DataFrame({"kompetenz_m1": answers})
    report = MaturityReport(n_boot=4000, random_state=1, anonymity_threshold=1).fit(df)
    row = report.scores_.set_index("dimension").loc["kompetenzen"]
    unit = (answers - 1) / 4 * 100
    ref = stats.bootstrap((unit,), np.mean, n_resamples=4000, method="percentile",
                          random_state=np.random.default_rng(2)).confidence_interval
    # Two independent Monte Carlo estimates of the same quantiles differ by ~3 % of the
    # half-width (SD, 4,000 resamples); means of 1..5 answers also lie on a lattice.
    tolerance = 0.1 * (ref.high - ref.low) / 2 + 100 / 4 / n
    assert row["ci_low"] == pytest.approx(ref.low, abs=tolerance)
    assert row["ci_high"] == pytest.approx(ref.high, abs=tolerance)
    assert row["score"] == pytest.approx(unit.mean())


def test_bootstrap_handles_empty_and_single_columns():
    assert np.isnan(bootstrap_means(np.empty((0, 2)), 5, random_state=0)).all()
    assert bootstrap_means(np.ones((4, 1)), 0, random_state=0).shape == (0, 1)
    column = bootstrap_means([1.0, 2.0, np.nan], 20, random_state=0)
    assert column.shape == (20, 1)
    finite = column[~np.isnan(column)]
    assert ((finite >= 1) & (finite <= 2)).all()
