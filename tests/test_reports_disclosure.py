"""The run-level disclosure audit over the tables a report run publishes (no papermill here).

Tables are written the way the notebooks write them; the auditor reads them back as CSV.
"""

import warnings
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from esslingen_lab.compare import ThemeComparison
from esslingen_lab.maturity import LowReliabilityWarning, MaturityReport
from esslingen_lab.privacy import group_plan
from esslingen_lab.reports import answer_lengths, respondents_per_group
from esslingen_lab.reports.disclosure import audit_run
from esslingen_lab.surveys import load_survey

ROOT = Path(__file__).resolve().parents[1] / "surveys"
SURVEYS = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("**/survey.yml"))


def _publish(folder, name, table):
    path = folder / f"{name}.csv"
    table.to_csv(path, index=False, encoding="utf-8")
    return {"name": name, "path": path}


def _stand_in_themes(survey, question):
    texts = survey.texts(question)
    rank = texts["text"].str.len().rank(method="first")
    theme = pd.cut(rank, 6, labels=[f"Thema {i}" for i in range(6)]).astype(str)
    out = pd.DataFrame({"respondent_id": texts["respondent_id"].astype(str), "theme": theme})
    groups = survey.responses[["respondent_id", *survey.spec.groups]].copy()
    groups["respondent_id"] = groups["respondent_id"].astype(str)
    return out.merge(groups, on="respondent_id", how="left")


def _run_tables(survey, folder, *, plan):
    k = survey.spec.anonymity_threshold
    tables = [_publish(folder, "respondents_per_group", respondents_per_group(survey, k)),
              _publish(folder, "answer_lengths", answer_lengths(survey))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LowReliabilityWarning)
        report = MaturityReport(n_boot=20, random_state=0).fit(survey)
    for column in survey.spec.groups:
        table = report.by_group(column, sample=report.samples_["sample"].iloc[0],
                                hide=plan.get(column))
        tables.append(_publish(folder, f"by_{column}", table))
    if survey.spec.questions:
        question = next(iter(survey.spec.questions))
        assignments = _stand_in_themes(survey, question)
        for column in survey.spec.groups:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cmp = ThemeComparison(min_group_size=k, n_permutations=49, random_state=0,
                                      hidden_groups=plan.get(column, [])).fit(
                    assignments.dropna(subset=[column]), column)
            tables.append(_publish(folder, f"themes_by_{column}", cmp.table()))
    return tables


@pytest.mark.slow
@pytest.mark.parametrize("path", SURVEYS)
def test_demo_and_partner_reports_audit_clean(path, tmp_path):
    survey = load_survey(ROOT / path, redact=False)
    result = audit_run(_run_tables(survey, tmp_path, plan=group_plan(survey)), survey)
    assert result.clean, result.exposed
    assert result.summary()["exposed_cells"] == 0
    if any(group_plan(survey).values()):
        assert result.summary()["protected_cells"] > 0


@pytest.mark.slow
def test_staff_report_without_the_plan_is_caught(tmp_path):
    survey = load_survey(ROOT / "esslingen_demo" / "staff" / "survey.yml", redact=False)
    # the maturity tables choose their own complementary group, as before the plan
    result = audit_run(_run_tables(survey, tmp_path, plan={}), survey)
    exposed = result.exposed
    assert not result.clean
    assert "fachbereich=Digitalisierung (respondents)" in set(exposed["label"])
    summary = result.summary()
    assert summary["exposed_cells"] == len(exposed) and summary["exposed"][0]["interval"]


def test_run_with_an_exposed_cell_is_withdrawn_and_recorded(tmp_path):
    from esslingen_lab.errors import EsslingenLabError
    from esslingen_lab.reports import collect_published
    from esslingen_lab.reports.run import _audit_disclosure

    path = ROOT / "esslingen_demo" / "staff" / "survey.yml"
    survey = load_survey(path, redact=False)
    folder = tmp_path / "results" / "data_quality" / "tables"
    folder.mkdir(parents=True)
    (tmp_path / "notebooks").mkdir()
    table = respondents_per_group(survey, 5)
    # the old table of a run without the plan: Digitalisierung (4) hidden alone
    table["Befragte"] = table["Befragte"].astype(object)
    ordnung = table["Gruppe"] == "Ordnung"
    table.loc[ordnung, ["Befragte", "Anteil (%)"]] = [34, 13.6]
    table.to_csv(folder / "respondents_per_group.csv", index=False)
    manifest = SimpleNamespace(parameters={}, disclosure_audit=None)
    error = _audit_disclosure(tmp_path, path, collect_published(tmp_path, ["data_quality"]),
                              manifest)
    assert isinstance(error, EsslingenLabError) and "Digitalisierung" in str(error)
    assert manifest.disclosure_audit["exposed_cells"] >= 1
    assert manifest.disclosure_audit["exposed"][0]["interval"] == [4, 4]
    assert not (tmp_path / "results").exists() and not (tmp_path / "notebooks").exists()
    # the same run with the plan's table is clean and keeps its files
    folder.mkdir(parents=True)
    respondents_per_group(survey, 5).to_csv(folder / "respondents_per_group.csv", index=False)
    manifest = SimpleNamespace(parameters={}, disclosure_audit=None)
    assert _audit_disclosure(tmp_path, path, collect_published(tmp_path, ["data_quality"]),
                             manifest) is None
    assert manifest.disclosure_audit["exposed_cells"] == 0 and folder.is_dir()
