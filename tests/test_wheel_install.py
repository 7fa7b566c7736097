"""The package as `pip install esslingen-lab` delivers it: a wheel, no source tree beside it.

Builds the wheel, installs it into a fresh virtual environment (its dependencies are borrowed
from the test environment so nothing is downloaded) and runs `esslingen-lab demo` in an empty
folder: validation, the whole citizen report and the workshop/coding notebooks must come from
the wheel alone.
"""

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    pytest.importorskip("hatchling", reason="hatchling builds the wheel (pip install -e '.[dev]')")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(ROOT)], check=True, capture_output=True)
    (path,) = out.glob("esslingen_lab-*.whl")
    return path


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory):
    env_dir = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--no-index", "-q", str(wheel)], check=True,
                   capture_output=True)
    # The dependencies (pandas, papermill, voila, …) come from this test environment; a plain
    # path line does not run the editable-install hook there, so esslingen_lab is the wheel's.
    purelib = subprocess.run([str(python), "-c", "import sysconfig; "
                              "print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    borrowed = [p for p in {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
                if Path(p).is_dir()]
    (Path(purelib) / "zz_borrowed_dependencies.pth").write_text("\n".join(borrowed) + "\n")
    return env_dir


def test_wheel_carries_notebooks_and_demo_surveys(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for notebook in ("data_quality", "themes", "maturity", "compare", "coding",
                     "workshop/facilitator", "workshop/results"):
        assert f"esslingen_lab/notebooks/{notebook}.ipynb" in names
    assert "esslingen_lab/demo/esslingen_demo/citizens/survey.yml" in names
    assert "esslingen_lab/data/maturity_framework.yml" in names


def test_wheel_install_runs_the_demo_report_without_a_source_tree(venv, tmp_path):
    python = venv / "bin" / "python"
    # PYTHONPATH (e.g. a work tree on it) would put the source tree before the wheel
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH"}}
    where = subprocess.run(
        [str(python), "-c", "import esslingen_lab.paths as p, esslingen_lab.workshop.server as w, "
         "esslingen_lab.coding.server as c; print(p.__file__); print(p.notebooks_dir()); "
         "print(w.notebook_dir()); print(c.notebook_path())"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=env).stdout.split()
    for path in where:
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
        assert Path(path).exists(), path
    # nbconvert's templates are data files of the borrowed environment's prefix, not packages
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    result = subprocess.run([str(venv / "bin" / "esslingen-lab"), "demo", "--no-workshop"],
                            capture_output=True, text=True, cwd=tmp_path, env=env, timeout=900)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    report = tmp_path / "outputs" / "demo-report"
    runs = [p for p in report.rglob("report.html")]
    assert runs, sorted(str(p) for p in report.rglob("*"))[:20]
    html = runs[0].read_text(encoding="utf-8")
    assert "Themen" in html and "Reifegrad" in html
    assert "Traceback" not in result.stdout + result.stderr
