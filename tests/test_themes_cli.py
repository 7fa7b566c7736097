import pandas as pd
import pytest
from click.testing import CliRunner

from esslingen_lab.cli import main
from tests.test_themes import DEMO, TEXTS


@pytest.fixture()
def csv(tmp_path):
    path = tmp_path / "antworten.csv"
    pd.DataFrame({"nr": [f"X{i}" for i in range(len(TEXTS))], "text": TEXTS}).to_csv(
        path, index=False, sep=";"
    )
    return path


def run(*args):
    return CliRunner().invoke(main, ["themes", *map(str, args)])


def test_csv_to_themes(csv, tmp_path):
    out, themes = tmp_path / "out.csv", tmp_path / "themes.csv"
    res = run(csv, "--text-column", "text", "--id-column", "nr", "--n-themes", 3,
              "--output", out, "--themes-output", themes)
    assert res.exit_code == 0, res.output
    table = pd.read_csv(out)
    assert list(table.columns) == ["nr", "theme", "theme_label"]
    assert table["nr"].tolist() == [f"X{i}" for i in range(len(TEXTS))]
    assert table["theme"].tolist()[-3:] == [-1, -1, -1]
    assert table["theme_label"].iloc[-1] == "keine Antwort"
    listed = pd.read_csv(themes)
    assert len(listed) == 4
    assert set(listed["seed"]) == {42}  # the default seed, recorded with the themes


def test_row_numbers_without_id_and_same_seed_same_result(csv, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    for out in (a, b):
        assert run(csv, "--text-column", "text", "--n-themes", "3", "--seed", "5",
                   "--output", out).exit_code == 0
    assert pd.read_csv(a)["row"].tolist() == list(range(1, len(TEXTS) + 1))
    assert pd.read_csv(a).equals(pd.read_csv(b))


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.csv", "--text-column", "text", "--n-themes", "3"], "nicht gefunden"),
        (["{csv}", "--text-column", "antwort", "--n-themes", "3"], "antwort"),
        (["{csv}", "--text-column", "text", "--id-column", "idx", "--n-themes", "3"], "idx"),
        (["{csv}", "--text-column", "text", "--n-themes", "40"], "40 Themen"),
        (["{csv}", "--text-column", "text", "--n-themes", "viele"], "auto"),
        (["{empty}", "--text-column", "text", "--n-themes", "3"], "keine"),
    ],
)
def test_bad_input_one_line_error(csv, tmp_path, args, message):
    empty = tmp_path / "empty.csv"
    empty.write_text("text;nr\n;1\n ;2\n", encoding="utf-8")
    args = [a.format(csv=csv, empty=empty) for a in args]
    res = run(*args, "--output", tmp_path / "o.csv")
    assert res.exit_code != 0
    assert message in res.output
    assert "Traceback" not in res.output
    errors = [line for line in res.output.splitlines() if line.startswith("Fehler: ")]
    assert len(errors) == 1 and message in errors[0]  # one line (after click's usage hint)


@pytest.mark.skipif(not DEMO.exists(), reason="demo survey not generated")
def test_survey_yml(tmp_path):
    out = tmp_path / "out.csv"
    res = run(DEMO, "--question", "idee", "--n-themes", "auto", "--output", out)
    assert res.exit_code == 0, res.output
    table = pd.read_csv(out)
    assert list(table.columns) == ["respondent_id", "theme", "theme_label"]
    assert table["theme"].max() >= 2
    bad = run(DEMO, "--question", "gibtsnicht", "--n-themes", "3", "--output", out)
    assert bad.exit_code != 0 and "gibtsnicht" in bad.output


def test_model_file_is_data_and_predicts_like_the_run(csv, tmp_path):
    from esslingen_lab.themes import ThemeModel

    out, model_file = tmp_path / "out.csv", tmp_path / "m.npz"
    res = run(csv, "--text-column", "text", "--n-themes", "3", "--output", out,
              "--model-output", model_file)
    assert res.exit_code == 0, res.output
    import zipfile

    assert zipfile.is_zipfile(model_file)
    assert not any(n.endswith(".pkl") for n in zipfile.ZipFile(model_file).namelist())
    model = ThemeModel.load(model_file)
    assert model.predict(TEXTS).tolist() == pd.read_csv(out)["theme"].tolist()
