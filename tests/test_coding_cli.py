"""``esslingen-lab coding``: agreement and export from the command line; start's checks."""

import socket
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.coding import CodingStore, example_codebook_path, load_codebook

ROOT = Path(__file__).resolve().parents[1]
SURVEY = ROOT / "tests" / "fixtures" / "report_survey" / "survey.yml"


def run(*args):
    return CliRunner().invoke(main, ["coding", *map(str, args)])


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "codings.sqlite"
    with CodingStore(path, codebook=load_codebook(example_codebook_path())) as store:
        store.add_answers(["a1", "a2", "a3", "a4", "a5"],
                          ["Termine beim Bürgeramt", "Formular ausdrucken", "WLAN fehlt",
                           "Bus App", "Kita Portal"])
        for answer_id, anna, ben in [("a1", ["termine"], ["termine"]),
                                     ("a2", ["medienbruch"], ["medienbruch"]),
                                     ("a3", ["infrastruktur"], ["infrastruktur"]),
                                     ("a4", ["mobilitaet"], ["infrastruktur"])]:
            store.save_coding("anna", answer_id, anna)
            store.save_coding("ben", answer_id, ben)
        store.save_coding("anna", "a5", ["termine"])  # one coder only: not compared
    return path


def test_agreement_prints_figures_and_writes_the_adjudication_list(store_path, tmp_path):
    out = tmp_path / "agreement"
    result = run("agreement", store_path, "--output", out, "--bootstrap", 200)
    assert result.exit_code == 0, result.output
    assert "4 Antworten" in result.output and "1 von nur einer Person" in result.output
    assert "Prozentuale Übereinstimmung: 75,0 %" in result.output
    assert "Cohens Kappa anna–ben" in result.output and "Krippendorffs Alpha" in result.output
    english = CliRunner().invoke(main, ["--lang", "en", "coding", "agreement", str(store_path),
                                        "--bootstrap", "0"])
    assert "Percent agreement: 75.0 %" in english.output and "Cohen's kappa" in english.output
    disagreements = pd.read_csv(out / "disagreements.csv")
    assert disagreements["answer_id"].tolist() == ["a4"]
    for name in ("summary", "pairs", "per_code"):
        assert (out / f"{name}.csv").exists()
    confusion = pd.read_csv(out / "confusion_anna_ben.csv").set_index("anna")
    assert confusion.loc["mobilitaet", "infrastruktur"] == 1  # the one disagreement
    assert confusion.loc["termine", "termine"] == 1


def test_agreement_of_an_export_matches_the_store(store_path, tmp_path):
    assert run("export", store_path, "--output", tmp_path / "codings.csv").exit_code == 0
    from_store = run("agreement", store_path, "--bootstrap", 0).output
    from_csv = run("agreement", tmp_path / "codings.csv", "--bootstrap", 0).output
    assert from_csv == from_store


def test_export_coded_gives_one_row_per_answer(store_path, tmp_path):
    result = run("export", store_path, "--output", tmp_path / "kodiert.xlsx", "--coded")
    assert result.exit_code == 0, result.output
    coded = pd.read_excel(tmp_path / "kodiert.xlsx")
    assert list(coded.columns) == ["id", "text", "code"] and len(coded) == 5


@pytest.mark.parametrize("make, args, expected", [
    (lambda p: p.write_text("coder,answer_id\nanna,a1\n", encoding="utf-8"), ["agreement"],
     "Spalte 'codes': Spalte fehlt (vorhanden: coder, answer_id)"),
    (lambda p: p.write_text("id,text\n1,a\n", encoding="utf-8"), ["export", "--output", "x.csv"],
     "ist keine Kodier-Datei"),
    (lambda p: p.write_text("coder,answer_id,codes\nanna,a1,x\nanna,a2,y\n", encoding="utf-8"),
     ["agreement"], "two coders"),
])
def test_bad_input_gives_one_line_error(tmp_path, make, args, expected):
    path = tmp_path / "input.csv"
    make(path)
    before = path.read_bytes()
    result = run(args[0], path, *args[1:])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert expected in result.output and len(result.output.strip().splitlines()) == 1
    assert path.read_bytes() == before  # the user's file is left as it was


def test_start_checks_question_and_port_before_serving(tmp_path):
    result = run("start", SURVEY, "--question", "no_such_question", "--output-dir", tmp_path)
    assert result.exit_code != 0 and "ist keine Freitext-Frage" in result.output
    question = next(iter(yaml.safe_load(SURVEY.read_text(encoding="utf-8"))["questions"]))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("start", SURVEY, "--question", question, "--port", port,
                     "--output-dir", tmp_path)
    assert result.exit_code != 0 and f"Port {port} is already in use" in result.output
    assert len(result.output.strip().splitlines()) == 1

