"""Fast tests of the report machinery that need no notebook run (parameters, paths, tables)."""

import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner
from nbformat.v4 import new_code_cell, new_notebook

from esslingen_lab import reports
from esslingen_lab.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "report_survey" / "survey.yml"


def write_notebook(path, params_source, *cells):
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    if params_source is not None:
        cell = new_code_cell(params_source)
        cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    nb.cells += [new_code_cell(c) for c in cells]
    nbformat.write(nb, str(path))
    return path


PARAMS = ('survey_path = ""\nquestion = None\nn_themes = 8\nseed = 42\nlanguage = "de"\n'
          'anonymity_threshold = None\noutput_dir = None\nratio = 0.5\nverbose = False\n'
          'items = ["a"]')


@pytest.fixture
def nb_dir(tmp_path):
    folder = tmp_path / "nbs"
    folder.mkdir()
    write_notebook(folder / "alpha.ipynb", PARAMS, "x = 1")
    write_notebook(folder / "beta.ipynb", 'survey_path = ""\nseed = 1\nmode: str = "kurz"', "y = 2")
    return folder


def test_parameters_are_read_with_types(nb_dir):
    params = reports.inspect_parameters(nb_dir / "alpha.ipynb")
    assert params["n_themes"].type is int and params["n_themes"].default == 8
    assert params["ratio"].type is float
    assert params["verbose"].type is bool
    assert params["anonymity_threshold"].type is int  # None default: the team convention
    assert reports.inspect_parameters(nb_dir / "beta.ipynb")["mode"].type is str


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("n_themes", "6", 6), ("ratio", "2", 2.0), ("verbose", "ja", True), ("verbose", "false", False),
    ("items", "[b, c]", ["b", "c"]), ("question", "aergernis", "aergernis"),
    ("anonymity_threshold", "10", 10), ("n_themes", "auto", "auto"),
])
def test_cli_values_are_converted_to_the_defaults_type(nb_dir, key, value, expected):
    checked = reports.validate_parameters([("alpha", nb_dir / "alpha.ipynb")], {key: value})
    assert checked["alpha"]["values"][key] == expected


@pytest.mark.parametrize(("key", "value"), [
    ("n_themes", "sechs"), ("n_themes", "6.5"), ("ratio", "viel"), ("verbose", "vielleicht"),
    ("items", "nur-text"), ("anonymity_threshold", "fünf"),
])
def test_ill_typed_values_are_rejected(nb_dir, key, value):
    with pytest.raises(reports.ParameterError, match=key):
        reports.validate_parameters([("alpha", nb_dir / "alpha.ipynb")], {key: value})


def test_unknown_and_reserved_names_are_rejected(nb_dir):
    selected = [("alpha", nb_dir / "alpha.ipynb"), ("beta", nb_dir / "beta.ipynb")]
    with pytest.raises(reports.ParameterError, match="n_themse"):
        reports.validate_parameters(selected, {"n_themse": "6"})
    with pytest.raises(reports.ParameterError, match="output_dir"):
        reports.validate_parameters(selected, {"output_dir": "/tmp"})
    # a name known to one notebook goes only to that one
    checked = reports.validate_parameters(selected, {"mode": "lang"})
    assert checked["beta"]["values"] == {"mode": "lang"} and checked["alpha"]["values"] == {}


def test_malformed_parameter_argument():
    assert reports.parse_parameter_args(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(reports.ParameterError):
        reports.parse_parameter_args(["kein-gleich"])


def test_notebook_without_parameters_cell_is_rejected(tmp_path):
    path = write_notebook(tmp_path / "bare.ipynb", None, "x = 1")
    with pytest.raises(reports.ReportError, match="parameters"):
        reports.inspect_parameters(path)


def test_default_notebooks_missing_are_skipped_explicit_ones_fail(nb_dir, tmp_path):
    write_notebook(nb_dir / "data_quality.ipynb", PARAMS)
    selected, skipped = reports.resolve_notebooks(None, folder=nb_dir)
    assert [n for n, _ in selected] == ["data_quality"]
    assert {s["notebook"] for s in skipped} == {"themes", "maturity", "compare",
                                                 "workshop_results"}
    selected, skipped = reports.resolve_notebooks(None, folder=nb_dir, workshop_export=tmp_path)
    assert "workshop_results" in {s["notebook"] for s in skipped}  # file missing here
    with pytest.raises(reports.ReportError, match="themes"):
        reports.resolve_notebooks(["alpha", "themes"], folder=nb_dir)
    selected, _ = reports.resolve_notebooks([str(nb_dir / "beta.ipynb")], folder=tmp_path)
    assert selected[0][0] == "beta"


def test_sheet_names_are_short_and_unique():
    from esslingen_lab.files import excel_sheet_name

    used = {"inhalt"}
    long = "a_very_long_table_name_that_excel_would_reject_outright"
    names = [excel_sheet_name(n, used) for n in [long, long, long, "Inhalt", "x"]]
    assert all(len(n) <= 31 for n in names)
    assert len({n.lower() for n in names}) == len(names)


def test_run_directory_is_never_silently_overwritten(tmp_path):
    run = tmp_path / "run"
    reports.prepare_run_dir(run)
    (run / "manifest.json").write_text("{}")
    with pytest.raises(reports.RunDirectoryExistsError, match="--force"):
        reports.prepare_run_dir(run)
    reports.prepare_run_dir(run, force=True)
    assert not (run / "manifest.json").exists()
    other = tmp_path / "thesis"
    other.mkdir()
    (other / "chapter1.docx").write_text("wichtig")
    with pytest.raises(reports.RunDirectoryExistsError):
        reports.prepare_run_dir(other, force=True)
    assert (other / "chapter1.docx").exists()


def test_publish_records_order_and_svg_is_reproducible(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    reports.publish_table(pd.DataFrame({"a": [1]}), "zweite", tmp_path, caption="B", show=False)
    reports.publish_table(pd.DataFrame({"a": [2]}), "erste", tmp_path, show=False)
    svgs = []
    for _ in range(2):
        fig, ax = plt.subplots()
        ax.plot([1, 2])
        reports.publish_figure(fig, "linie", tmp_path, show=False)
        svgs.append((tmp_path / "figures" / "linie.svg").read_bytes())
    assert svgs[0] == svgs[1]
    lines = [json.loads(x) for x in (tmp_path / reports.PUBLISHED_INDEX).read_text().splitlines()]
    assert [x["name"] for x in lines if x["kind"] == "table"] == ["zweite", "erste"]


def test_workbook_has_index_and_one_sheet_per_table(tmp_path):
    run = tmp_path / "run"
    out = run / "results" / "nb"
    long = "ein_sehr_langer_tabellenname_fuer_excel_blatt"
    reports.publish_table(pd.DataFrame({"a": [1, 2]}), long, out, caption="Eins", show=False)
    reports.publish_table(pd.DataFrame({"b": ["<5"]}), long + "_zwei", out, show=False)
    tables = reports.collect_published(run, ["nb"])
    path = reports.write_workbook(tables, run / "t.xlsx")
    book = pd.read_excel(path, sheet_name=None)
    assert list(book)[0] == "Inhalt" and len(book) == 3
    assert all(len(name) <= 31 for name in book)
    assert book[tables[1]["sheet"]]["b"].tolist() == ["<5"]


def test_cli_rejects_bad_parameters_before_creating_anything(tmp_path):
    out = tmp_path / "run"
    runner = CliRunner()
    for args in (["-p", "n_themes=viele"], ["-p", "unbekannt=1"], ["-p", "ohne_wert"],
                 ["--notebooks", "gibt_es_nicht"]):
        result = runner.invoke(main, ["report", str(FIXTURE), "--out", str(out), *args])
        assert result.exit_code != 0
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert not out.exists()
    result = runner.invoke(main, ["report", str(tmp_path / "fehlt.yml")])
    assert result.exit_code != 0 and "fehlt.yml" in result.output


def test_batch_file_is_validated(tmp_path):
    bad = tmp_path / "batch.yml"
    bad.write_text("umfragen: []\n")
    result = CliRunner().invoke(main, ["report", "--batch", str(bad)])
    assert result.exit_code != 0 and "surveys" in result.output
    good = tmp_path / "ok.yml"
    good.write_text(f"surveys:\n  - {FIXTURE}\n  - path: {FIXTURE}\n"
                    "    parameters: {n_themes: 3}\n")
    batch = reports.read_batch(good)
    assert [j["parameters"] for j in batch["jobs"]] == [{}, {"n_themes": 3}]


def test_batch_file_names_every_problem_at_once(tmp_path):
    bad = tmp_path / "batch.yml"
    bad.write_text("surveys:\n  - path: a.yml\n    parametrs: {}\n  - {}\nlanguage: fr\n")
    result = CliRunner().invoke(main, ["report", "--batch", str(bad)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    message = result.output.strip()
    assert len(message.splitlines()) == 1 and str(bad) in message
    for problem in ("Eintrag 1 unter surveys (a.yml): unbekannter Schlüssel 'parametrs'",
                    "Eintrag 2 unter surveys: Schlüssel 'path' fehlt", "'language'"):
        assert problem in message


def test_manifest_helpers(tmp_path):
    spec = reports.read_spec_header(FIXTURE)
    files = reports.input_files(FIXTURE, spec)
    # the framework and OZG model a report reads are inputs too, even when packaged defaults
    assert [f.name for f in files] == ["survey.yml", "online.csv", "papier.csv",
                                       "maturity_framework.yml", "ozg_levels.yml"]
    extra = tmp_path / "codebook.yml"
    extra.write_text("x: 1\n")
    files = reports.input_files(FIXTURE, {**spec, "services": "online.csv"}, None,
                                {"codebook_path": str(extra), "compare_paths": [str(FIXTURE)]})
    assert files[3].name == "online.csv" or "online.csv" in [f.name for f in files]
    assert extra.resolve() in files
    versions = reports.package_versions()
    assert versions["pandas"] == pd.__version__ and "papermill" in versions


# ---- data quality tables on the fixture survey ---------------------------------------------


@pytest.fixture(scope="module")
def survey():
    surveys = pytest.importorskip("esslingen_lab.surveys")
    return surveys.load_survey(FIXTURE, redact=False)


def test_quality_tables_account_for_every_row(survey):
    table = reports.quality_by_file(survey).set_index("Zeilen")
    assert list(table.columns) == ["online.csv", "papier.csv", "Gesamt"]
    assert table.loc["gelesen", "Gesamt"] == 62 and table.loc["verwendet", "Gesamt"] == 58
    assert (table.loc["gelesen"] == table.loc["verwendet"] + table.loc["ausgeschlossen"]).all()
    reasons = [r for r in table.index if r.startswith("– ")]
    assert set(reasons) == {"– zu schnell ausgefüllt", "– als Testantwort markiert"}
    assert (table.loc[reasons].sum() == table.loc["ausgeschlossen"]).all()
    assert (table["online.csv"] + table["papier.csv"] == table["Gesamt"]).all()
    cases = reports.quality_cases(survey, "en")
    assert list(cases.columns) == ["File", "Column", "Reason", "Cases"]
    assert cases["Cases"].sum() == 4
    assert not cases.astype(str).isin(["ja", "x", "25", "31"]).any().any()  # no raw values


def test_small_groups_are_suppressed(survey):
    table = reports.respondents_per_group(survey, 5)
    old = table[(table["Gruppierung"] == "altersgruppe") & (table["Gruppe"] == "65+")]
    assert old["Befragte"].tolist() == ["<5"]
    berkheim = table[table["Gruppe"] == "Berkheim"]["Befragte"].tolist()
    assert berkheim == [10]
    # complementary: the next smallest age group is hidden too, so 65+ is not total minus
    # rest; it is not small, so it shows "–" (hidden to protect a small group), not "<5"
    ages = table[table["Gruppierung"] == "altersgruppe"]["Befragte"]
    assert (ages == "<5").sum() == 1 and (ages == "–").sum() == 1


def test_answer_lengths_and_likert_missing(survey):
    lengths = reports.answer_lengths(survey, "en")
    assert lengths["Answers"].tolist() == [(survey.responses["radverkehr"] != "").sum()]
    missing = reports.likert_missing(survey)
    assert (missing["Gültige Antworten"] + missing["Fehlend"] == len(survey.responses)).all()
    assert set(missing["Item"]) == set(survey.spec.likert)


def test_report_cells_drop_widgets_stderr_and_get_alt_text():
    from nbformat.v4 import new_output

    cell = new_code_cell("x", outputs=[
        new_output("stream", name="stderr", text="FutureWarning: bald anders"),
        new_output("display_data", data={
            "application/vnd.jupyter.widget-view+json": {"model_id": "abc"},
            "text/plain": "HBox(children=(FloatProgress(value=0.0),))"}),
        new_output("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}),
        new_output("stream", name="stdout", text="Zeilen gelesen: 62"),
    ])
    cleaned = reports._clean_cell(cell, alt="Befragte je Gruppe")
    kinds = [(o.output_type, o.get("name")) for o in cleaned.outputs]
    assert kinds == [("display_data", None), ("stream", "stdout")]
    assert cleaned.outputs[0].data == {
        "text/html": '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Befragte je Gruppe">'}


def test_broken_survey_is_a_one_line_error_before_anything_runs(tmp_path):
    spec = FIXTURE.read_text(encoding="utf-8")
    for broken in (spec.replace("path: papier.csv", "path: fehlt.csv"),
                   spec.replace("language: de", "language: fr"),
                   "name: [kein\n"):
        path = tmp_path / "survey.yml"
        path.write_text(broken, encoding="utf-8")
        for name in ("online.csv", "papier.csv"):
            (tmp_path / name).write_bytes((FIXTURE.parent / name).read_bytes())
        out = tmp_path / "run"
        result = CliRunner().invoke(main, ["report", str(path), "--out", str(out)])
        assert result.exit_code != 0
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert "Traceback" not in result.output and not out.exists()


def test_cli_lists_notebook_parameters():
    result = CliRunner().invoke(main, ["report", "--list-parameters", "-n", "data_quality"])
    assert result.exit_code == 0, result.output
    assert "data_quality" in result.output and "n_themes" in result.output
    assert "int" in result.output



def test_headings_and_spec_values_in_markdown_stay_text():
    """Question wording and framework names come from outside: never HTML, links or images."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    from esslingen_lab.reports import markdown_literal

    hostile = ("Frage <img src=x onerror=alert(4)> <details open ontoggle=alert(6)>d</details> "
               "[k](javascript:alert(1)) ![t](http://127.0.0.1:8999/q.png) a_b*c* 3.5")
    rendered = markdown2html_mistune("## " + markdown_literal(hostile))  # nbconvert's renderer
    assert "<img" not in rendered and "<details" not in rendered
    assert 'href="javascript' not in rendered and 'href="http' not in rendered
    assert "&lt;img src=x onerror=alert(4)&gt;" in rendered
    assert "[k](javascript:alert(1))" in rendered and "a_b*c* 3.5" in rendered  # shown as typed


def test_partner_cities_side_by_side_carry_their_intervals():
    import pandas as pd

    from esslingen_lab.reports.batch import _comparison_figure, _side_by_side

    stacked = pd.DataFrame({
        "Befragung/Survey": ["Esslingen", "Esslingen", "Böblingen", "Böblingen"],
        "Dimension": ["Strategie", "Online", "Strategie", "Online"],
        "Reifegrad": [51.8, 48.5, 40.0, 61.0], "KI unten": [46.6, 42.7, 35.0, 55.5],
        "KI oben": [56.9, 54.3, 45.0, 66.0], "n": [57, 57, 40, 40]})
    wide = _side_by_side("maturity", "scores", stacked)
    assert list(wide.columns) == ["Dimension", "Esslingen", "Esslingen: KI unten",
                                  "Esslingen: KI oben", "Böblingen", "Böblingen: KI unten",
                                  "Böblingen: KI oben"]
    assert wide.loc[wide["Dimension"] == "Online", "Böblingen: KI oben"].item() == 66.0
    fig = _comparison_figure(wide, "de")
    bars = [c for c in fig.axes[0].containers if hasattr(c, "errorbar") and c.errorbar]
    assert len(bars) == 2  # one bar group per city, each with its interval
    segments = bars[1].errorbar.lines[2][0].get_segments()
    assert [tuple(s[:, 0]) for s in segments] == [(35.0, 45.0), (55.5, 66.0)]


def test_risky_quotes_wait_for_a_person_and_the_report_counts_them(tmp_path):
    from types import SimpleNamespace

    from esslingen_lab.files import write_table
    from esslingen_lab.privacy.review import QuoteDecisions, review_table
    from esslingen_lab.reports.run import quote_counts
    from esslingen_lab.themes.report import reviewed_quotes

    quotes = ["Die Busse kommen zu spät.", "Frau [NAME] vom Bürgeramt war die einzige, die half.",
              "Mehr WLAN am Bahnhof.", "Der Hausmeister 0711 123456 meldet sich nie."]
    model = SimpleNamespace(themes_=pd.DataFrame(
        {"id": [0, 1], "label": ["Verkehr", "Service"],
         "quotes": [[quotes[0], quotes[2]], [quotes[1], quotes[3]]]}))
    risky = review_table(quotes)["needs_review"].tolist()
    assert risky == [False, True, False, True]
    # without decisions the risky quotes are held back
    shown, review = reviewed_quotes(model, "de")
    assert shown["Zitat"].tolist() == [quotes[0], quotes[2]]
    # a person edits one and drops the other: the edit is shown, the dropped one never
    decisions = QuoteDecisions(tmp_path / "decisions.csv")
    decisions.decide(quotes[1], "edit", "Eine Mitarbeiterin vom Bürgeramt half.")
    decisions.decide(quotes[3], "drop")
    decisions.decide(quotes[0], "approve")
    write_table(decisions.table(), tmp_path / "decisions.csv")
    shown, review = reviewed_quotes(model, "en", QuoteDecisions(tmp_path / "decisions.csv"))
    assert shown["Quote"].tolist() == [quotes[0], quotes[2],
                                       "Eine Mitarbeiterin vom Bürgeramt half."]
    assert quote_counts(tmp_path) == {}  # a run without the themes part shows no quotes
    (tmp_path / "themes").mkdir()
    write_table(review, tmp_path / "themes" / "quote_review_aergernis.csv")
    counts = quote_counts(tmp_path, tmp_path / "decisions.csv")
    assert counts["shown"] == 3 and counts["reviewed"] == 3 and counts["waiting"] == 0
    assert (counts["approved"], counts["edited"], counts["dropped"]) == (1, 1, 1)
    _, review = reviewed_quotes(model, "de")
    write_table(review, tmp_path / "themes" / "quote_review_aergernis.csv")
    counts = quote_counts(tmp_path)  # no decisions file
    assert counts["shown"] == 2 and counts["waiting"] == 2 and counts["reviewed"] is None
