"""Key findings, German number conventions, labels and the tidy workbook (no notebooks run)."""

from pathlib import Path

import pandas as pd
import pytest

from esslingen_lab import reports
from esslingen_lab.reports import conventions, findings, workbook
from esslingen_lab.surveys import load_survey

FIXTURE = Path(__file__).parent / "fixtures" / "report_survey" / "survey.yml"


@pytest.fixture(scope="module")
def survey():
    return load_survey(FIXTURE, redact=False)


def test_numbers_follow_the_report_language():
    assert conventions.format_number(12345.5, "de", decimals=1) == "12.345,5"
    assert conventions.format_number(12345.5, "en", decimals=1) == "12,345.5"
    assert conventions.localise_text("2026", "de") == "2026"  # a year stays a year
    assert conventions.localise_text("17.7", "de") == "17,7"
    assert conventions.localise_text("0.749", "de") == "0,749"
    assert conventions.localise_text("12000", "de") == "12.000"
    assert conventions.localise_text("False", "de") == "nein"
    assert conventions.localise_text("True", "en") == "yes"
    assert conventions.localise_text("<5", "de") == "<5"  # marks stay as they are
    assert conventions.localise_text("Esslingen 4.0", "de") == "Esslingen 4.0"  # text stays


def test_every_item_group_and_dimension_gets_a_label(survey):
    labels = conventions.spec_labels(survey.spec, "de")
    for column, item in survey.spec.likert.items():
        assert labels[column] == item.wording
        assert labels[item.dimension] != item.dimension  # the framework's name, not the key
    assert labels["altersgruppe"] == "Altersgruppe"
    assert labels["online_dienste"] == "Online-Bürgerdienste"
    assert conventions.spec_labels(survey.spec, "en")["online_dienste"] == \
        "Online citizen services"


def test_answer_distribution_counts_the_statement_as_worded(survey):
    dist = findings.answer_distribution(survey)
    assert list(dist["item"]) == list(survey.spec.likert)
    shares = dist[["disagree", "neutral", "agree"]].sum(axis=1)
    assert ((shares - 1).abs() < 1e-9).all()
    assert (dist["n"] + dist["n_missing"] == len(survey.responses)).all()
    # online_b3 is reverse-coded: agreeing with its wording is a raw answer of 4 or 5
    raw = 6 - survey.responses["online_b3"].dropna()
    row = dist.set_index("item").loc["online_b3"]
    assert row["agree"] == pytest.approx((raw > 3).mean())
    assert row["agree_low"] < row["agree"] < row["agree_high"]


def _dist(rows):
    frame = pd.DataFrame(rows, columns=["item", "wording", "n", "agree", "disagree"])
    frame["neutral"] = 1 - frame["agree"] - frame["disagree"]
    frame["dimension"], frame["n_missing"] = "d", 0
    from statsmodels.stats.proportion import proportion_confint

    for side in ("agree", "disagree"):
        low, high = proportion_confint((frame[side] * frame["n"]).round(), frame["n"],
                                       method="wilson")
        frame[f"{side}_low"], frame[f"{side}_high"] = low, high
    return frame


def test_a_finding_is_stated_only_when_its_interval_supports_it():
    dist = _dist([("clear", "Termine gibt es schnell.", 500, 0.10, 0.65),
                  ("small", "Kaum Befragte.", 12, 0.70, 0.10),
                  ("split", "Geteilte Meinung.", 400, 0.40, 0.42),
                  ("lead", "Vorsprung.", 500, 0.20, 0.45)])
    found, note = findings.key_findings(dist, "de", min_n=5)
    items = [f.item for f in found]
    assert "split" not in items  # the intervals overlap: no message
    assert items[0] == "clear"  # ranked by the lower bound: biggest and surest first
    sentence = found[0].sentence.replace("\u00a0", " ")
    assert sentence.startswith("65 % (95-%-KI 61–69 %, n = 500)")
    assert "lehnen die Aussage „Termine gibt es schnell.“ ab" in found[0].sentence
    lead = next(f for f in found if f.item == "lead")
    assert "nur 20\u00a0% stimmen zu" in lead.sentence
    assert note is None or "Aussage" in note
    english, _ = findings.key_findings(dist, "en", min_n=5)
    assert english[0].sentence.replace("\u00a0", " ") == (
        "65 % (95 % CI 61–69 %, n = 500) disagree that “Termine gibt es schnell”.")
    none, note = findings.key_findings(dist[dist["item"] == "split"], "en")
    assert none == [] and "No statement" in note


def test_summary_of_the_fixture_has_findings_and_a_methods_box(survey):
    summary = findings.summarise(survey, "de")
    assert len(summary["findings"]) <= 7
    if len(summary["findings"]) < 3:  # the fixture's answers are random: say so, invent nothing
        assert summary["note"]
    for finding in summary["findings"]:
        assert "95-%-KI" in finding.sentence and "n = " in finding.sentence
        assert finding.ci_low > 0.5 or finding.kind.startswith("more_")
    facts = dict(summary["methods"])
    assert "online" in facts["Erhebungswege"] and "Papier" in facts["Erhebungswege"]
    assert "<5" in facts["Zeichen in Tabellen"]


def test_workbook_stores_numbers_as_numbers_and_marks_as_notes(tmp_path):
    frame = pd.DataFrame({"Gruppe": ["a", "b", "c"], "Befragte": ["12", "<5", "30"],
                          "Anteil fehlend": [0.1234, 0.5, None], "umgepolt": [True, False, True]})
    tidy, notes = workbook.tidy_table(frame, "de", {"umgepolt": "umgepolt"})
    assert tidy["Befragte"].tolist()[0] == 12 and pd.isna(tidy["Befragte"].tolist()[1])
    assert notes == [(1, 1, "<5")]
    assert tidy["Anteil fehlend (%)"].tolist()[:2] == [12.3, 50.0]
    assert tidy["umgepolt"].tolist() == ["ja", "nein", "ja"]
    run = tmp_path / "run"
    reports.publish_table(frame, "gruppen", run / "results" / "nb", caption="Befragte je Gruppe",
                          show=False)
    tables = reports.collect_published(run, ["nb"])
    workbook.localised_sheet_names(tables, "de")
    path = reports.write_workbook(tables, run / "t.xlsx", language="de")
    import openpyxl

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Inhalt", "01 Befragte je Gruppe"]
    assert book["Inhalt"]["A2"].value == "01 Befragte je Gruppe"
    sheet = book["01 Befragte je Gruppe"]
    assert sheet["B2"].value == 12 and sheet["B3"].value is None
    assert sheet["B3"].comment.text.startswith("<5")


def test_services_only_from_a_file_the_survey_names(survey):
    assert findings.services_file(survey.spec) is None  # the fixture names none
    demo = load_survey(Path(__file__).parents[1] / "surveys" / "esslingen_demo" / "citizens"
                       / "survey.yml", redact=False)
    assert findings.services_file(demo.spec).name == "services.csv"


def test_wide_breakdown_is_turned_around_and_split():
    table = pd.DataFrame({"theme": ["Parken", "Kita"], "Nord n": [7, "<5"], "Nord %": [20.0, "<5"],
                          "Süd n": [9, 6], "Süd %": [30.0, 20.0], "p (BH)": [0.5, 0.04],
                          "Cramér V": [0.1, 0.3]})
    shares, tests = conventions.split_breakdown(table, "Stadtteil", "de")
    assert list(shares["Stadtteil (Anteil in %)"]) == ["Nord", "Süd"]
    assert list(shares.columns[1:]) == ["Parken", "Kita"]
    assert shares.iloc[0].tolist() == ["Nord", 20.0, "<5"]
    assert list(tests.columns) == ["theme", "p (BH)", "Cramér V"]


def test_pdf_option_is_checked_before_anything_runs(tmp_path):
    from click.testing import CliRunner

    from esslingen_lab.cli import main

    batch = tmp_path / "batch.yml"
    batch.write_text(f"surveys:\n  - {FIXTURE}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "--batch", str(batch), "--format", "pdf"])
    assert result.exit_code != 0 and "--format pdf" in result.output
    with pytest.raises(reports.ParameterError, match="docx"):
        reports.run_report(FIXTURE, formats=("html", "docx"), out=tmp_path / "run",
                           progress=False)
    assert not (tmp_path / "run").exists()
