"""notebooks/maturity.ipynb and compare.ipynb follow the report-notebook conventions.

(They are executed end to end by the report tests, tests/test_reports_run.py.)
"""

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
REQUIRED = {"survey_path", "question", "n_themes", "seed", "language", "anonymity_threshold",
            "output_dir"}


@pytest.mark.parametrize("name", ["maturity", "compare"])
def test_thin_parameterised_output_free(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    names = {line.split("=")[0].strip() for line in code[0].source.splitlines()
             if "=" in line and not line.startswith("#")}
    assert REQUIRED <= names
    for cell in code:
        assert not cell.get("outputs") and cell.get("execution_count") is None
        assert len(cell.source.splitlines()) <= 15, cell.source[:60]
        assert "publish_table" in cell.source or "publish_figure" in cell.source or (
            cell is code[0] or "import" in cell.source or "show_heading" in cell.source)
