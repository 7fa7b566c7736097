"""End-to-end report runs on the small fixture survey (papermill; run once per module)."""

import hashlib
import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from nbformat.v4 import new_code_cell, new_notebook

from esslingen_lab import reports
from esslingen_lab.cli import main

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "report_survey"
FIXTURE = FIXTURE_DIR / "survey.yml"

pytestmark = pytest.mark.slow


class Run:
    """What a test needs of one finished run (read back from its directory)."""

    def __init__(self, run_dir):
        self.run_dir = Path(run_dir)
        self.manifest = json.loads((self.run_dir / "manifest.json").read_text(encoding="utf-8"))
        self.html = self.run_dir / "report.html"
        self.xlsx = self.run_dir / "tables.xlsx"
        self.ok = self.manifest["status"] == "ok"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The default report, twice with the same inputs and seed, as one parallel batch."""
    base = tmp_path_factory.mktemp("report")
    batch_file = base / "batch.yml"
    batch_file.write_text(f"surveys:\n  - {FIXTURE}\n  - {FIXTURE}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "--batch", str(batch_file), "--jobs", "2",
                                       "--out", str(base / "batch"), "-q"])
    assert result.exit_code == 0, result.output
    return base / "batch"


@pytest.fixture(scope="module")
def runs(batch):
    return Run(batch / "report_fixture"), Run(batch / "report_fixture_2")


@pytest.fixture(scope="module")
def html(runs):
    return runs[0].html.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def soup(html):
    return BeautifulSoup(html, "html.parser")


def test_run_directory_contents(runs):
    run = runs[0]
    assert run.ok
    names = [e["notebook"] for e in run.manifest["notebooks"]]
    assert names[0] == "data_quality"
    for name in names:
        assert (run.run_dir / "notebooks" / f"{name}.ipynb").is_file()
    assert (run.run_dir / "report.html").is_file() and (run.run_dir / "tables.xlsx").is_file()


def test_html_has_title_toc_and_sections(runs, soup):
    text = soup.get_text(" ")
    assert "Testbefragung Radverkehr" in soup.find("h1").get_text()
    headings = [h.get_text(" ", strip=True) for h in soup.find_all("h2")]
    for key in ("rows", "groups", "lengths", "likert"):
        assert reports.DQ_TEXT.text(key, "de") in headings
    for entry in runs[0].manifest["notebooks"]:
        title = reports.NOTEBOOK_TITLES.get(entry["notebook"], (entry["notebook"],))[0]
        assert soup.find("h1", class_="el-part", string=title) is not None
    links = [a["href"][1:] for a in soup.select("#el-toc-list a")]
    assert len(links) >= 5 and all(soup.find(id=target) for target in links)
    assert "Gesamt" in text and "<5" in text  # totals row; suppressed small age group


def test_html_has_no_code_errors_or_tracebacks(html, soup):
    assert "Traceback" not in html and "Error" not in soup.get_text(" ")
    assert not soup.select('[data-mime-type="application/vnd.jupyter.stderr"]')
    assert "load_survey(" not in html and "publish_table(" not in html  # code hidden
    assert "PosixPath" not in html and "<Figure size" not in html  # no stray reprs


def test_html_is_self_contained(soup):
    assert not soup.find_all("script")
    for tag in soup.find_all(["link", "img", "iframe"]):
        ref = tag.get("src") or tag.get("href") or ""
        assert not ref.startswith(("http:", "https:", "//")), ref
    images = soup.find_all("img")
    assert len(images) >= 2
    assert all(img["src"].startswith("data:image/png;base64,") for img in images)
    assert soup.find("table", class_="dataframe") is not None


def test_manifest_records_inputs_parameters_and_timings(runs):
    manifest = json.loads((runs[0].run_dir / "manifest.json").read_text(encoding="utf-8"))
    for key in ("survey", "parameters", "inputs", "packages", "python", "seed", "git",
                "notebooks", "status", "started", "finished", "duration_seconds", "skipped"):
        assert key in manifest, key
    assert manifest["status"] == "ok" and manifest["seed"] == reports.DEFAULT_SEED
    assert manifest["parameters"]["language"] == "de"
    inputs = {Path(i["path"]).name: i["sha256"] for i in manifest["inputs"]}
    assert set(inputs) == {"survey.yml", "online.csv", "papier.csv", "maturity_framework.yml",
                           "ozg_levels.yml"}
    for name in ("survey.yml", "online.csv", "papier.csv"):
        assert inputs[name] == hashlib.sha256((FIXTURE_DIR / name).read_bytes()).hexdigest()
    # every effective parameter, defaults included, not only what the user typed
    effective = manifest["effective_parameters"]
    assert effective["anonymity_threshold"] == 5 and effective["n_boot"] == 2000
    assert effective["n_permutations"] == 9999 and effective["n_themes"] == 8
    assert "rule" in manifest["key_findings"]
    assert manifest["packages"]["papermill"] and manifest["packages"]["pandas"]
    for entry in manifest["notebooks"]:
        assert entry["status"] == "ok" and entry["duration_seconds"] >= 0
        assert entry["started"] <= entry["finished"]
        assert entry["parameters"]["seed"] == reports.DEFAULT_SEED
    assert any(s["notebook"] == "workshop_results" for s in manifest["skipped"])
    assert manifest["survey"]["rows"]["rows_used"] == 58


def test_workbook_holds_every_table(runs):
    run = runs[0]
    book = pd.read_excel(run.xlsx, sheet_name=None)
    tables = run.manifest["tables"]
    assert list(book)[0] == "Inhalt" and list(book)[1] == "Kernergebnisse"
    assert list(book)[2:] == [t["sheet"] for t in tables]
    assert {"quality_by_file", "respondents_per_group", "likert_missing"} <= {
        t["name"] for t in tables}
    assert all(len(name) <= 31 for name in book)
    for t in tables:
        csv = pd.read_csv(run.run_dir / t["file"])
        assert book[t["sheet"]].shape == csv.shape


def test_same_inputs_and_seed_give_identical_tables(runs):
    first, second = runs
    files_a = sorted(p.relative_to(first.run_dir)
                     for p in (first.run_dir / "results").rglob("*.csv"))
    files_b = sorted(p.relative_to(second.run_dir)
                     for p in (second.run_dir / "results").rglob("*.csv"))
    assert files_a == files_b and len(files_a) >= 4
    for rel in files_a:
        a = pd.read_csv(first.run_dir / rel, dtype=str, keep_default_na=False)
        b = pd.read_csv(second.run_dir / rel, dtype=str, keep_default_na=False)
        pd.testing.assert_frame_equal(a, b, obj=str(rel))
    svgs = sorted(p.relative_to(first.run_dir) for p in (first.run_dir / "results").rglob("*.svg"))
    for rel in svgs:
        assert (first.run_dir / rel).read_bytes() == (second.run_dir / rel).read_bytes(), rel


@pytest.fixture(scope="module")
def parallel(tmp_path_factory):
    """The same report run directly, two notebooks at a time (the batch ran them one by one)."""
    out = tmp_path_factory.mktemp("parallel") / "run"
    return reports.run_report(FIXTURE, out=out, progress=False, notebook_jobs=2)


def test_notebooks_at_the_same_time_give_the_same_tables(runs, parallel):
    first = runs[0]
    assert first.manifest["notebook_jobs"] == 1 and parallel.manifest["notebook_jobs"] == 2
    # the manifest lists the notebooks in their report order, whatever finished first
    assert [e["notebook"] for e in parallel.manifest["notebooks"]] == \
        [e["notebook"] for e in first.manifest["notebooks"]]
    files = sorted(p.relative_to(first.run_dir) for p in (first.run_dir / "results").rglob("*.csv"))
    assert files == sorted(p.relative_to(parallel.run_dir)
                           for p in (parallel.run_dir / "results").rglob("*.csv"))
    for rel in files:
        a = pd.read_csv(first.run_dir / rel, dtype=str, keep_default_na=False)
        b = pd.read_csv(parallel.run_dir / rel, dtype=str, keep_default_na=False)
        pd.testing.assert_frame_equal(a, b, obj=str(rel))


def test_same_theme_assignments(runs):
    first, second = runs
    names = [e["notebook"] for e in first.manifest["notebooks"]]
    if "themes" not in names:
        pytest.skip("notebooks/themes.ipynb does not exist yet")
    found = [p.relative_to(first.run_dir) for p in (first.run_dir / "results" / "themes").rglob("*")
             if p.is_file() and p.suffix in (".csv", ".json", ".parquet")]
    assert found, "the themes notebook published nothing to compare"
    for rel in found:
        assert (first.run_dir / rel).read_bytes() == (second.run_dir / rel).read_bytes(), rel


def _shown_outputs(path):
    nb = nbformat.read(str(path), as_version=4)
    shown = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                shown.append(out["text"])
            for mime in ("text/html", "text/markdown", "text/plain"):
                if mime in out.get("data", {}):
                    shown.append(out["data"][mime])
    return shown


def test_same_inputs_and_seed_show_the_same_results(runs):
    """Every text, table and theme label/quote the notebooks show is identical on a rerun."""
    first, second = runs
    for entry in first.manifest["notebooks"]:
        a = _shown_outputs(first.run_dir / entry["executed"])
        b = _shown_outputs(second.run_dir / entry["executed"])
        assert a == b, entry["notebook"]


def test_existing_run_directory_is_not_overwritten(runs):
    run = runs[0]
    before = (run.run_dir / "manifest.json").read_bytes()
    result = CliRunner().invoke(main, ["report", str(FIXTURE), "--out", str(run.run_dir), "-q"])
    assert result.exit_code != 0 and "--force" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert (run.run_dir / "manifest.json").read_bytes() == before


def _notebook(path, *cells):
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    params = new_code_cell('survey_path = ""\nseed = 0\nlanguage = "de"\noutput_dir = None')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params] + [new_code_cell(c) for c in cells]
    nbformat.write(nb, str(path))
    return path


def test_failing_notebook_names_notebook_and_cell(tmp_path):
    nb = _notebook(tmp_path / "kaputt.ipynb", "import sys\nprint(sys.executable)", "x = 1",
                   'raise ValueError("Antwort von Frau Muster: geheim")', "y = 2")
    out = tmp_path / "run"
    result = CliRunner().invoke(main, ["report", str(FIXTURE), "-n", str(nb), "--out", str(out),
                                       "-q"])
    assert result.exit_code != 0
    message = result.output.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert "'kaputt'" in message and "ValueError" in message
    assert "Zelle 4" in message and "In [5]" in message  # source cell; executed count
    assert "geheim" not in message  # error values may quote answers: not shown
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "failed"
    entry = manifest["notebooks"][0]
    assert entry["status"] == "failed" and entry["error"]["cell"] == 4
    partial = nbformat.read(str(out / "notebooks" / "kaputt.ipynb"), as_version=4)
    outputs = [o for c in partial.cells if c.cell_type == "code" for o in c.outputs]
    assert any(o.output_type == "error" for o in outputs)
    # the kernel ran this environment's interpreter
    import sys

    assert any(sys.executable in o.get("text", "") for o in outputs)
    assert not (out / "report.html").exists()


LIST_CACHE = """import os
from esslingen_lab.surveys import load_survey
survey = load_survey(survey_path)
folder = os.environ["ESSLINGEN_LAB_SURVEY_CACHE"]
print("CACHE", folder, sorted(os.listdir(folder)), survey.redacted)"""


def _printed(executed):
    nb = nbformat.read(str(executed), as_version=4)
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.outputs)


@pytest.mark.parametrize("fails", [False, True], ids=["ok", "failed"])
def test_survey_is_shared_with_the_kernels_and_never_published(tmp_path, fails):
    """The run's redacted survey reaches the kernels from a private folder, removed at the end."""
    cells = [LIST_CACHE] + (['raise ValueError("kaputt")'] if fails else [])
    nb = _notebook(tmp_path / "cache.ipynb", *cells)
    out = tmp_path / "run"
    result = CliRunner().invoke(main, ["report", str(FIXTURE), "-n", str(nb), "--out", str(out),
                                       "-q"])
    assert (result.exit_code != 0) == fails, result.output
    line = next(x for x in _printed(out / "notebooks" / "cache.ipynb").splitlines()
                if x.startswith("CACHE"))
    _, folder, rest = line.split(" ", 2)
    assert rest.endswith("'] True") and ".pickle'" in rest  # the redacted survey was there
    assert not Path(folder).exists()  # removed at the end of the run, also after a failure
    assert not Path(folder).resolve().is_relative_to(out.resolve())
    left = [p.name for p in out.rglob("*") if p.suffix in (".pickle", ".pending", ".tmp")]
    assert left == []


def test_batch_writes_a_comparison(batch, runs):
    record = json.loads((batch / "batch.json").read_text(encoding="utf-8"))
    assert record["status"] == "ok" and [r["survey"] for r in record["runs"]] == [
        "report_fixture", "report_fixture_2"]
    comparison = BeautifulSoup((batch / "comparison.html").read_text(encoding="utf-8"),
                               "html.parser")
    assert not comparison.find_all("script")
    overview = comparison.find("table", class_="dataframe").get_text(" ")
    assert "report_fixture (Esslingen am Neckar 2026) [report_fixture_2]" in overview
    book = pd.read_excel(batch / "comparison.xlsx", sheet_name=None)
    stacked = next(v for k, v in book.items() if k.startswith("data_quality_likert"))
    assert stacked["Befragung/Survey"].nunique() == 2 and len(stacked) == 12
    wide = next(v for k, v in book.items() if k.startswith("maturity_scores_wide"))
    assert sum(str(c).endswith(": KI unten") for c in wide.columns) == 2  # each run's interval


def test_dying_kernel_is_a_one_line_error(tmp_path):
    nb = _notebook(tmp_path / "absturz.ipynb", "import os\nos._exit(3)")
    out = tmp_path / "run"
    result = CliRunner().invoke(main, ["report", str(FIXTURE), "-n", str(nb), "--out", str(out),
                                       "-q"])
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert "'absturz'" in result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "failed" and manifest["notebooks"][0]["status"] == "failed"


def test_ctrl_c_stops_every_running_kernel(tmp_path):
    """Two notebooks run at once; Ctrl+C ends both kernels and marks the run interrupted."""
    import signal
    import subprocess
    import sys
    import time

    import psutil

    out = tmp_path / "run"
    process = subprocess.Popen([sys.executable, "-m", "esslingen_lab.cli", "report",
                                str(FIXTURE), "--out", str(out), "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        kernels, deadline = [], time.monotonic() + 180
        def is_kernel(child):
            try:
                return "ipykernel_launcher" in " ".join(child.cmdline())
            except psutil.Error:  # a short-lived helper process ended meanwhile
                return False

        while len(kernels) < 2 and time.monotonic() < deadline and process.poll() is None:
            kernels = [k for k in psutil.Process(process.pid).children(recursive=True)
                       if is_kernel(k)]
            time.sleep(0.2)
        assert len(kernels) == 2, "two notebooks should run at the same time"
        process.send_signal(signal.SIGINT)
        assert process.wait(90) != 0
        _, alive = psutil.wait_procs(kernels, timeout=30)
        assert alive == []
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["status"] == "interrupted"
        assert {e["status"] for e in manifest["notebooks"]} == {"interrupted"}
        assert "Traceback" not in process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
