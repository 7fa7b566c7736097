"""Post-stratification: the population block of survey.yml, raking weights, weighted findings."""

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from esslingen_lab.errors import DataError, SpecError
from esslingen_lab.reports import findings
from esslingen_lab.reports.weights import kish, population_weights, rake
from esslingen_lab.surveys import load_survey
from esslingen_lab.surveys.spec import load_spec

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
FIXTURE = ROOT / "tests" / "fixtures" / "report_survey"


def test_one_margin_is_cell_weighting_by_hand():
    # sample: 6 young, 2 old; population: half and half -> w = 0.5/0.75 and 0.5/0.25
    frame = pd.DataFrame({"age": ["jung"] * 6 + ["alt"] * 2})
    weights = rake(frame, {"age": {"jung": 500, "alt": 500}})
    hand = np.array([0.5 / 0.75] * 6 + [0.5 / 0.25] * 2)
    np.testing.assert_allclose(weights.to_numpy(), hand / hand.mean())


def test_two_margins_match_both_population_shares():
    frame = pd.DataFrame({"age": ["a", "a", "a", "b", "b", "a", "b", "a"],
                          "area": ["x", "y", "x", "x", "y", "y", "x", "x"]})
    margins = {"age": {"a": 0.4, "b": 0.6}, "area": {"x": 30, "y": 70}}
    weights = rake(frame, margins)
    for column, target in margins.items():
        shares = weights.groupby(frame[column]).sum() / weights.sum()
        total = sum(target.values())
        for category, figure in target.items():
            assert shares[category] == pytest.approx(figure / total, abs=1e-8)
    assert weights.mean() == pytest.approx(1.0)


def test_kish_design_effect_by_hand():
    deff, n_eff = kish([1, 1, 2, 4])
    # (Σw)² / Σw² = 64 / 22; deff = n / n_eff = 4 · 22 / 64
    assert n_eff == pytest.approx(64 / 22) and deff == pytest.approx(88 / 64)
    assert kish([3, 3, 3]) == pytest.approx((1.0, 3.0))


def test_category_without_population_figure_is_a_clear_error():
    frame = pd.DataFrame({"area": ["x", "y", "z"]})
    with pytest.raises(DataError, match="'z'.*'area'.*population"):
        rake(frame, {"area": {"x": 1, "y": 1}})
    with pytest.raises(DataError, match="'w'.*no respondents"):
        rake(pd.DataFrame({"area": ["x", "y"]}), {"area": {"x": 1, "y": 1, "w": 1}})


def _spec_with(tmp_path, population):
    folder = tmp_path / "s"
    shutil.copytree(FIXTURE, folder)
    spec = yaml.safe_load((folder / "survey.yml").read_text(encoding="utf-8"))
    spec["population"] = population
    (folder / "survey.yml").write_text(yaml.safe_dump(spec, allow_unicode=True),
                                       encoding="utf-8")
    return folder / "survey.yml", spec


def test_population_block_is_validated_with_one_line_errors(tmp_path):
    path, spec = _spec_with(tmp_path, {"margins": {"nicht_da": {"a": 1}}})
    with pytest.raises(SpecError, match="population.margins: 'nicht_da' is not a grouping"):
        load_spec(path)
    group = spec["groups"][0]
    path, _ = _spec_with(tmp_path / "2", {"margins": {group: {"a": -1}}})
    with pytest.raises(SpecError, match="negative figure"):
        load_spec(path)
    path, _ = _spec_with(tmp_path / "3", {"margin": {group: {"a": 1}}})
    with pytest.raises(SpecError, match="'population.margins' is missing"):
        load_spec(path)


def test_without_population_block_nothing_changes():
    survey = load_survey(FIXTURE / "survey.yml", redact=False)
    assert survey.spec.population is None and population_weights(survey) is None
    plain = findings.summarise(survey, "de")
    assert plain == findings.summarise(survey, "de", weighting=None)
    assert not plain["manifest"]["weighted"]


@pytest.fixture(scope="module")
def demo():
    return load_survey(DEMO, redact=False)


def test_demo_weights_are_documented_in_the_methods_box(demo):
    from esslingen_lab.privacy import group_plan

    weighting = population_weights(demo, hidden=group_plan(demo, 5))
    assert weighting.method == "raking" and 1 < weighting.design_effect < 3
    assert weighting.effective_n == pytest.approx(len(demo.responses) / weighting.design_effect)
    table = weighting.table
    # the weighted sample matches the population by age group
    age = table[table["column"] == "altersgruppe"]
    np.testing.assert_allclose(age["weighted_share"], age["population_share"], atol=0.1)
    # Sirnau (3 respondents) is hidden by the run's plan: no sample figures shown
    assert table.set_index("category").loc["Sirnau", ["sample_n", "mean_weight"]].isna().all()
    summary = findings.summarise(demo, "de", weighting=weighting)
    box = dict(summary["methods"])
    assert "Raking" in box["Wer fehlt"] and "Designeffekt nach Kish" in box["Wer fehlt"]
    assert "Stichprobe/Bevölkerung (%) nach Altersgruppe" in box
    assert summary["manifest"]["weighted"]


def test_weighted_shares_are_weighted_means(demo):
    from esslingen_lab.privacy import group_plan

    weighting = population_weights(demo, hidden=group_plan(demo, 5))
    plain = findings.answer_distribution(demo).set_index("item")
    weighted = findings.answer_distribution(demo, weights=weighting.weights).set_index("item")
    item = "online_b2"
    values = findings._raw_answers(demo, item)
    w = demo.responses["respondent_id"].astype(str).map(weighting.weights)
    valid = values.notna()
    by_hand = (w[valid] * (values[valid] > 3)).sum() / w[valid].sum()
    assert weighted.loc[item, "agree"] == pytest.approx(by_hand)
    assert weighted.loc[item, "n"] == plain.loc[item, "n"]
    assert weighted.loc[item, "agree"] != pytest.approx(plain.loc[item, "agree"])


def test_hidden_groups_are_raked_together_so_no_weight_reveals_their_size(demo):
    from esslingen_lab.privacy import group_plan

    plan = group_plan(demo, 5)
    assert "Sirnau" in plan["stadtteil"]
    weighting = population_weights(demo, hidden=plan)
    small = demo.responses["stadtteil"].astype("string").isin(plan["stadtteil"])
    ids = demo.responses["respondent_id"].astype(str)
    weights = ids.map(weighting.weights)
    # raked as one pooled cell: Sirnau (3) and Zell (48) get the same weight in each age group
    age = demo.responses["altersgruppe"]
    assert (weights[small].groupby(age[small]).nunique() == 1).all()
    assert weights.max() < 5  # before: a group of three got weight 11 from its population share
    # visible districts still match their share of the population without the hidden ones
    table = weighting.table.set_index(["column", "category"]).loc["stadtteil"]
    visible = table.drop(index=list(plan["stadtteil"]))
    ratio = visible["weighted_share"] / visible["population_share"]
    assert ratio.max() - ratio.min() < 0.05


def test_shares_that_do_not_add_up_to_one_are_refused(tmp_path):
    path, spec = _spec_with(tmp_path, {"margins": {}})
    group = spec["groups"][0]
    path, _ = _spec_with(tmp_path / "4", {"margins": {group: {"a": 0.2, "b": 0.2}}})
    with pytest.raises(SpecError, match="shares add up to 0.4, not 1"):
        load_spec(path)


def test_validate_refuses_population_figures_that_miss_a_category_of_the_data(tmp_path):
    from click.testing import CliRunner

    from esslingen_lab.cli import main

    path, spec = _spec_with(tmp_path, {"margins": {}})
    path, _ = _spec_with(tmp_path / "5", {"margins": {spec["groups"][0]: {"gibt_es_nicht": 10}}})
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "population" in result.output and len(result.output.strip().splitlines()) == 1
