"""A fitted MaturityReport saved as data and loaded again behaves like the original."""

import pickle
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from esslingen_lab import plots
from esslingen_lab.errors import InputError
from esslingen_lab.maturity import LowReliabilityWarning, MaturityReport, write_outputs
from esslingen_lab.surveys import load_survey

ROOT = Path(__file__).resolve().parents[1]
CITIZENS = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
STAFF = ROOT / "surveys" / "esslingen_demo" / "staff" / "survey.yml"


@pytest.fixture(scope="module")
def fitted():
    surveys = [load_survey(CITIZENS, redact=False), load_survey(STAFF, redact=False)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LowReliabilityWarning)
        return MaturityReport(n_boot=200, random_state=4, language="en").fit(surveys)


def test_saved_report_loads_with_the_same_tables_and_views(fitted, tmp_path):
    path = fitted.save(tmp_path / "maturity.npz")
    loaded = MaturityReport.load(path)
    for name in ("samples_", "scores_", "items_", "reliability_", "alpha_if_deleted_",
                 "gap_", "comparison_", "respondent_scores_"):
        pd.testing.assert_frame_equal(getattr(loaded, name), getattr(fitted, name),
                                      check_dtype=False, rtol=1e-12)
    for label, boot in fitted.bootstrap_.items():
        np.testing.assert_array_equal(loaded.bootstrap_[label], boot)
    assert (loaded.n_boot, loaded.random_state, loaded.language, loaded.k_) == (
        200, 4, "en", fitted.k_)
    assert loaded.framework_.names("en") == fitted.framework_.names("en")
    column = fitted.group_columns_[0]
    pd.testing.assert_frame_equal(loaded.by_group(column), fitted.by_group(column))
    pd.testing.assert_frame_equal(loaded.group_intervals(column),
                                  fitted.group_intervals(column), rtol=1e-12)
    pd.testing.assert_frame_equal(loaded.group_tests(column), fitted.group_tests(column))
    assert plots.score_chart(loaded, language="en").axes[0].get_title().startswith("Maturity")


def test_loaded_report_writes_the_same_tables(fitted, tmp_path):
    loaded = MaturityReport.load(fitted.save(tmp_path / "fit.npz"))
    a = write_outputs(fitted, tmp_path / "a", charts=False)
    b = write_outputs(loaded, tmp_path / "b", charts=False)
    assert [p.name for p in a["tables"]] == [p.name for p in b["tables"]]
    for pa, pb in zip(a["tables"], b["tables"], strict=True):
        assert pa.read_text(encoding="utf-8") == pb.read_text(encoding="utf-8"), pa.name


def test_pickles_and_other_files_are_refused(tmp_path):
    evil = tmp_path / "report.npz"
    evil.write_bytes(pickle.dumps({"x": 1}))
    with pytest.raises(InputError, match="pickle"):
        MaturityReport.load(evil)
    with pytest.raises(InputError, match="not found"):
        MaturityReport.load(tmp_path / "missing.npz")
    other = tmp_path / "arrays.npz"
    np.savez(other, a=np.arange(3))
    with pytest.raises(InputError, match="not a saved MaturityReport"):
        MaturityReport.load(other)


def test_saving_an_unfitted_report_says_fit_first(tmp_path):
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        MaturityReport().save(tmp_path / "x.npz")


def test_parts_of_a_run_share_one_fit_through_the_cache(tmp_path, monkeypatch):
    models = tmp_path / "models"
    plain = [load_survey(CITIZENS, redact=False), load_survey(STAFF, redact=False)]
    with pytest.warns(LowReliabilityWarning) as first_warnings:
        first = MaturityReport(n_boot=100, random_state=7).fit(plain, cache_dir=models)
    assert len(list(models.glob("maturity_*.npz"))) == 1

    def refit(self, samples):
        raise AssertionError("fitted again instead of loading the run's fit")

    monkeypatch.setattr(MaturityReport, "_fit_samples", refit)
    # another part of the run: free text redacted, k given explicitly
    with pytest.warns(LowReliabilityWarning) as second_warnings:
        second = MaturityReport(n_boot=100, random_state=7,
                                anonymity_threshold=plain[0].spec.anonymity_threshold).fit(
            [load_survey(CITIZENS), load_survey(STAFF)], cache_dir=models)
    pd.testing.assert_frame_equal(second.scores_, first.scores_, check_dtype=False)
    pd.testing.assert_frame_equal(second.gap_, first.gap_, check_dtype=False)
    assert [str(w.message) for w in second_warnings] == [str(w.message) for w in first_warnings]
    monkeypatch.undo()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LowReliabilityWarning)
        MaturityReport(n_boot=100, random_state=8).fit(plain, cache_dir=models)
        MaturityReport(n_boot=100).fit(plain, cache_dir=models)  # no seed: nothing shared
    assert len(list(models.glob("maturity_*.npz"))) == 2
