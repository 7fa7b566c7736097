"""What a report run records about itself: input files and hashes, parameters, versions.

Part of :mod:`esslingen_lab.reports`; :func:`esslingen_lab.reports.run.run_report` writes
these into ``manifest.json``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import platform
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from esslingen_lab.reports.errors import ReportError


def sha256_file(path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_spec_header(survey_path) -> dict:
    """Read the raw YAML mapping of a survey.yml (name, title, language, files …)."""
    import yaml

    path = Path(survey_path)
    if not path.is_file():
        raise ReportError(reason="report_spec_missing", path=path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ReportError(reason="report_spec_yaml", path=path,
                          problem=type(exc).__name__) from None
    if not isinstance(data, dict):
        raise ReportError(reason="report_spec_not_mapping", path=path)
    return data


def input_files(survey_path, spec: dict, workshop_export=None, parameters=None) -> list[Path]:
    """Every file a report reads.

    The spec, its data files, its services table, its maturity framework (the packaged default
    when the spec names none) and the OZG level model, files named by parameters
    (``services_path``, ``codebook_path``, ``compare_paths`` …) and the workshop export.
    """
    package_data = Path(__file__).resolve().parents[1] / "data"
    base = Path(survey_path).resolve().parent
    files = [Path(survey_path).resolve()]
    for entry in spec.get("files") or []:
        rel = entry.get("path") if isinstance(entry, dict) else entry
        if rel:
            files.append((base / rel).resolve())
    if spec.get("services"):
        files.append((base / spec["services"]).resolve())
    files.append((base / spec["framework"]).resolve() if spec.get("framework")
                 else package_data / "maturity_framework.yml")
    files.append(package_data / "ozg_levels.yml")
    for key, value in (parameters or {}).items():
        if not key.endswith(("_path", "_paths", "_file")) or key == "survey_path":
            continue
        if key == "codebook_path" and not value:
            files.append(package_data / "codebook_example.yml")  # the notebook's default
        for item in value if isinstance(value, (list, tuple)) else [value]:
            path = Path(str(item)).expanduser().resolve() if item else None
            # only files that exist now are inputs (a store_path may be created by the run;
            # a missing input the notebook needs is reported by the notebook)
            if path is not None and path.is_file():
                files.append(path)
    if workshop_export:
        files += sorted(p.resolve() for p in Path(workshop_export).rglob("*") if p.is_file())
    return list(dict.fromkeys(files))


def package_versions() -> dict[str, str]:
    """Installed versions of esslingen-lab, its dependencies and the notebook tool chain."""
    from importlib import metadata

    names = {"esslingen-lab", "papermill", "nbconvert", "nbformat", "nbclient", "ipykernel",
             "jupyter-client", "numpy", "pandas"}
    try:
        for req in metadata.requires("esslingen-lab") or []:
            if "extra ==" not in req:
                names.add(re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0])
    except metadata.PackageNotFoundError:
        pass
    versions = {}
    for name in sorted(names, key=str.lower):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def git_commit(folder=None) -> dict:
    """Commit of the repository holding the package, and whether the work tree has changes."""
    folder = Path(__file__).resolve().parents[2] if folder is None else Path(folder)
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True,
                                text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=folder, capture_output=True, text=True, timeout=20,
                               check=True).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}
    return {"commit": commit or None, "dirty": dirty}


def effective_parameters(checked) -> dict:
    """Merge every notebook's declared defaults with the user's values (one flat mapping).

    A name whose value differs between notebooks maps to ``{notebook: value}``, so the
    manifest never claims one value where two were used.
    """
    values = {}
    for nb_name, nb in checked.items():
        for name, param in nb["_declared"].items():
            if name in ("survey_path", "output_dir", "language", "seed"):
                continue
            values.setdefault(name, {})[nb_name] = nb["values"].get(name, param.default)
    merged = {}
    for name, per_notebook in sorted(values.items()):
        distinct = {json.dumps(v, sort_keys=True, default=str) for v in per_notebook.values()}
        merged[name] = next(iter(per_notebook.values())) if len(distinct) == 1 else per_notebook
    return merged


def now() -> str:
    """Return the current UTC time as ISO 8601 text (seconds), as the manifest records times."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def timestamp() -> str:
    """Local time for folder names: ``20260301-141503``."""
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")


@dataclass
class RunManifest:
    """What ``manifest.json`` records about one report run.

    Fields are written in this order; optional sections (``tables``, ``disclosure_audit``,
    ``key_findings``, ``quotes``, ``weights``) only once the run has produced them.

    Attributes
    ----------
    survey : dict
        name, title, path, city, wave, respondent_group and row counts.
    language, seed
        The run's report language and random seed.
    parameters : dict
        Parameters given by the user (and language, seed).
    effective_parameters : dict
        Every parameter a notebook ran with, its default where the user gave none.
    inputs : list of dict
        Every file read: path, sha256, bytes.
    notebooks : list of dict
        Per executed notebook: parameters, timing, status (and error).
    status : {"running", "ok", "failed", "interrupted"}
    """

    survey: dict
    language: str
    seed: int
    parameters: dict
    effective_parameters: dict
    inputs: list
    notebook_sources: list
    working_directory: str
    skipped: list
    tool: str = "esslingen-lab report"
    python: str = field(default_factory=lambda: sys.version.split()[0])
    python_executable: str = field(default_factory=lambda: sys.executable)
    platform: str = field(default_factory=platform.platform)
    packages: dict = field(default_factory=package_versions)
    git: dict = field(default_factory=git_commit)
    started: str = field(default_factory=now)
    finished: str | None = None
    duration_seconds: float | None = None
    status: str = "running"
    notebook_jobs: int = 1
    notebooks_seconds: float | None = None
    notebooks: list = field(default_factory=list)
    artifacts: dict = field(default_factory=dict)
    tables: list | None = None
    disclosure_audit: dict | None = None
    key_findings: dict | None = None
    quotes: dict | None = None
    weights: dict | None = None

    _OPTIONAL = ("tables", "disclosure_audit", "key_findings", "quotes", "weights")
    _FIRST = ("tool", "survey", "language", "seed", "parameters", "effective_parameters",
              "inputs", "notebook_sources", "working_directory", "python",
              "python_executable", "platform", "packages", "git", "started", "finished",
              "duration_seconds", "status", "notebook_jobs", "notebooks_seconds", "notebooks",
              "skipped", "artifacts")

    def to_dict(self) -> dict:
        """Return the manifest as plain JSON-ready data, in the documented key order."""
        data = {name: getattr(self, name) for name in self._FIRST}
        data.update({name: getattr(self, name) for name in self._OPTIONAL
                     if getattr(self, name) is not None})
        return data

    def write(self, run_dir) -> Path:
        """Write ``<run_dir>/manifest.json`` whole or not at all (temporary file, rename)."""
        path = Path(run_dir) / "manifest.json"
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False, default=str)
                       + "\n", encoding="utf-8")
        tmp.replace(path)
        return path
