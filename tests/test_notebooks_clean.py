"""Committed notebooks carry no outputs, and report notebooks follow the parameters convention."""

from pathlib import Path

import nbformat
import pytest

from esslingen_lab import reports

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
ALL = sorted(NOTEBOOKS.rglob("*.ipynb")) if NOTEBOOKS.is_dir() else []
ALL = [p for p in ALL if ".ipynb_checkpoints" not in p.parts]
# Notebooks directly in notebooks/ are parameterised (papermill, Voila apps such as coding);
# the Voila workshop apps (notebooks/workshop/) need no parameters cell. The notebooks the
# report runs also carry the team's convention parameters.
PARAMETERISED = [p for p in ALL if p.parent == NOTEBOOKS]
REPORT = [p for p in PARAMETERISED
          if p.stem in (*reports.DEFAULT_NOTEBOOKS, reports.WORKSHOP_NOTEBOOK)]
CONVENTION = {"survey_path", "question", "n_themes", "seed", "language", "anonymity_threshold",
              "output_dir"}


def _ids(paths):
    return [str(p.relative_to(NOTEBOOKS)) for p in paths]


def test_there_are_notebooks():
    assert (NOTEBOOKS / "data_quality.ipynb").is_file()


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_committed_without_outputs(path):
    nb = nbformat.read(str(path), as_version=4)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
             and (c.get("outputs") or c.get("execution_count") is not None)]
    assert not dirty, (f"{path.name}: cells {dirty} have outputs or execution counts; clear "
                       "them (Jupyter: Edit → Clear Outputs of All Cells) before committing")


@pytest.mark.parametrize("path", PARAMETERISED, ids=_ids(PARAMETERISED))
def test_notebook_has_parameters_cell(path):
    nb = nbformat.read(str(path), as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: needs exactly one cell tagged 'parameters'"
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert first_code is tagged[0], f"{path.name}: the parameters cell must be the first code cell"


@pytest.mark.parametrize("path", REPORT, ids=_ids(REPORT))
def test_report_notebook_has_convention_parameters(path):
    from papermill import inspect_notebook

    missing = CONVENTION - set(inspect_notebook(str(path)))
    assert not missing, f"{path.name}: parameters cell lacks {sorted(missing)}"


def test_a_parameter_means_the_same_in_every_report_notebook():
    """``-p name=value`` sets one thing: every report notebook declaring a name has one default.

    (The compare notebook once lacked the themes notebook's ``method``, so ``-p method=nmf``
    fitted other themes in the two parts.)
    """
    from papermill import inspect_notebook

    defaults = {}
    for path in REPORT:
        for name, info in inspect_notebook(str(path)).items():
            defaults.setdefault(name, {})[path.stem] = info["default"]
    differing = {name: found for name, found in defaults.items() if len(set(found.values())) > 1}
    assert differing == {}
    assert set(defaults["method"]) >= {"themes", "compare"}
