"""Running report notebooks with papermill: parameters, run directory, manifest, workbook.

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

import ast
import datetime as _dt
import json
import os
import platform
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from esslingen_lab.defaults import DEFAULT_SEED
from esslingen_lab.errors import EsslingenLabError
from esslingen_lab.paths import notebooks_dir
from esslingen_lab.reports.errors import (
    NotebookFailedError,
    ParameterError,
    ReportError,
    RunDirectoryExistsError,
)
from esslingen_lab.reports.manifest import (  # noqa: F401 - part of the reports API
    effective_parameters,
    git_commit,
    input_files,
    package_versions,
    read_spec_header,
    sha256_file,
)
from esslingen_lab.reports.texts import _TEXT, NOTEBOOK_TITLES  # noqa: F401 - reports API
from esslingen_lab.reports.workbook import (  # noqa: F401 - part of the reports API
    _sheet_name,
    collect_published,
    localised_sheet_names,
    write_workbook,
)

# ----------------------------------------------------------------------------------------------
# Notebooks and parameters
# ----------------------------------------------------------------------------------------------

#: The analysis notebooks a default report runs, in this order.
DEFAULT_NOTEBOOKS = ("data_quality", "themes", "maturity", "compare")
#: Added to the default list when a workshop export directory is given.
WORKSHOP_NOTEBOOK = "workshop_results"


#: Types of the parameters every report notebook has (contract); used when a default is None.
CONVENTION_TYPES = {
    "survey_path": str, "question": str, "n_themes": int, "seed": int, "language": str,
    "anonymity_threshold": int, "output_dir": str, "workshop_export": str,
}
#: Words accepted for a parameter besides values of its type (``-p n_themes=auto``).
ALTERNATIVE_VALUES = {"n_themes": ("auto",)}
#: Parameters the run sets itself; users cannot override them with ``-p``.
RESERVED_PARAMETERS = ("survey_path", "output_dir")



def resolve_notebooks(names=None, *, workshop_export=None, folder=None):
    """Turn notebook names or paths into ``(name, path)`` pairs and a list of skipped ones.

    Parameters
    ----------
    names : list of str, default=None
        Names in ``notebooks/`` (``"themes"``), or paths to ``.ipynb`` files. None means the
        default list; default notebooks whose file does not exist yet are skipped.
    workshop_export : str or Path, default=None
        Adds the workshop results notebook to the default list.
    folder : Path, default=None
        Where names are looked up; :func:`notebooks_dir` when None.

    Returns
    -------
    selected : list of (str, Path)
    skipped : list of dict
        ``{"notebook": name, "reason": ...}`` for default notebooks not (yet) present.

    Raises
    ------
    ReportError
        An explicitly requested notebook does not exist, or one is listed twice.
    """
    folder = notebooks_dir() if folder is None else Path(folder)
    explicit = names is not None and len(names) > 0
    if not explicit:
        names = list(DEFAULT_NOTEBOOKS) + ([WORKSHOP_NOTEBOOK] if workshop_export else [])
    selected, skipped = [], []
    for entry in names:
        entry = str(entry).strip()
        if entry.endswith(".ipynb") or "/" in entry or os.sep in entry:
            path = Path(entry).expanduser().resolve()
            name = path.stem
        else:
            path, name = folder / f"{entry}.ipynb", entry
        if not path.is_file():
            if explicit:
                raise ReportError(f"Notebook '{entry}' nicht gefunden/not found ({path}).")
            skipped.append({"notebook": name, "reason": f"{path.name} fehlt/is missing"})
            continue
        if name in {n for n, _ in selected}:
            raise ReportError(f"Notebook '{name}' ist doppelt angegeben/listed twice.")
        selected.append((name, path))
    if not explicit and WORKSHOP_NOTEBOOK not in names:
        skipped.append({"notebook": WORKSHOP_NOTEBOOK,
                        "reason": "kein Workshop-Export angegeben/no workshop export given"})
    if not selected:
        raise ReportError("Keine der Notebooks ist vorhanden/none of the notebooks exists: "
                          + ", ".join(names))
    return selected, skipped


_TYPE_NAMES = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "dict": dict}


@dataclass
class NotebookParameter:
    """One parameter of a notebook's ``parameters`` cell."""

    name: str
    default: object
    type: type | None


def inspect_parameters(path) -> dict[str, NotebookParameter]:
    """Return the parameters declared in a notebook's ``parameters`` cell (via papermill).

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict of str to NotebookParameter
        Type from an annotation (``n: int = 8``), else from the default's literal value, else
        the team convention (:data:`CONVENTION_TYPES`), else None (any value).

    Raises
    ------
    ReportError
        The notebook has no cell tagged ``parameters``.
    """
    import nbformat
    import papermill as pm

    nb = nbformat.read(str(path), as_version=4)
    if not any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells):
        raise ReportError(f"Notebook '{Path(path).stem}' hat keine Zelle mit dem Tag "
                          "'parameters'/has no cell tagged 'parameters'.")
    result = {}
    for name, info in pm.inspect_notebook(str(path)).items():
        try:
            default = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError, TypeError):
            default = None
        annotated = str(info.get("inferred_type_name") or "").replace("Optional[", "")
        annotated = annotated.split("|")[0].strip(" ]")
        typ = _TYPE_NAMES.get(annotated)
        if typ is None and default is not None:
            typ = type(default)
        if typ is None:
            typ = CONVENTION_TYPES.get(name)
        result[name] = NotebookParameter(name, default, typ)
    return result


_TRUE = {"true", "1", "yes", "ja", "y", "j", "wahr"}
_FALSE = {"false", "0", "no", "nein", "n", "falsch"}


def convert_value(name: str, value, typ):
    """Convert a ``-p`` value (string from the command line, or a YAML value) to ``typ``.

    Raises
    ------
    ParameterError
        The value does not fit the type of the parameter's default.
    """
    import yaml

    def fail():
        tname = typ.__name__ if typ is not None else "?"
        raise ParameterError(f"Parameter '{name}': Wert {value!r} ist kein {tname}/"
                             f"value is not of type {tname}.")

    if value is None or typ is None:
        return yaml.safe_load(value) if isinstance(value, str) and typ is None else value
    if isinstance(value, str):
        text = value.strip()
        if typ is bool:
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            fail()
        if typ is int:
            if re.fullmatch(r"[+-]?\d+", text):
                return int(text)
            fail()
        if typ is float:
            try:
                return float(text)
            except ValueError:
                fail()
        if typ is str:
            return value
        if typ in (list, dict):
            try:
                parsed = yaml.safe_load(text)
            except yaml.YAMLError:
                fail()
            if not isinstance(parsed, typ):
                fail()
            return parsed
        fail()
    if typ is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, bool) and typ is not bool:
        fail()
    if not isinstance(value, typ):
        fail()
    return value


def validate_parameters(notebooks, user_parameters) -> dict[str, dict]:
    """Check user parameters against every notebook's ``parameters`` cell.

    Parameters
    ----------
    notebooks : list of (str, Path)
    user_parameters : dict
        Name to value (strings from ``-p key=value`` are converted).

    Returns
    -------
    dict of str to dict
        Per notebook name: the declared names, their converted user values, and the declared
        parameters (key ``"_declared"``).

    Raises
    ------
    ParameterError
        A name no selected notebook declares, a reserved name, or an ill-typed value.
    """
    declared = {name: inspect_parameters(path) for name, path in notebooks}
    known = sorted({p for params in declared.values() for p in params})
    for key in user_parameters:
        if key in RESERVED_PARAMETERS:
            raise ParameterError(f"Parameter '{key}' setzt der Bericht selbst/is set by the "
                                 "report run; use the command's argument instead.")
        if key not in known:
            raise ParameterError(f"Unbekannter Parameter/unknown parameter '{key}'; bekannt/"
                                 f"known: {', '.join(known)}.")
    converted = {}
    for name, params in declared.items():
        values = {}
        for key, value in user_parameters.items():
            if key not in params:
                continue
            if isinstance(value, str) and value.strip() in ALTERNATIVE_VALUES.get(key, ()):
                values[key] = value.strip()
            else:
                values[key] = convert_value(key, value, params[key].type)
        converted[name] = {"values": values, "_declared": params}
    return converted


def parse_parameter_args(items) -> dict[str, str]:
    """Parse ``key=value`` strings from ``-p``; raise ParameterError on a malformed one."""
    result = {}
    for item in items or ():
        key, sep, value = str(item).partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise ParameterError(f"Parameter {item!r} hat nicht die Form key=value/"
                                 "is not of the form key=value.")
        result[key] = value
    return result


# ----------------------------------------------------------------------------------------------
# Inputs, environment and manifest
# ----------------------------------------------------------------------------------------------


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _timestamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def prepare_run_dir(path, *, force=False) -> Path:
    """Create a fresh run directory; an existing one is replaced only with ``force``.

    With ``force`` only an empty directory or an earlier run (it has a ``manifest.json``) is
    removed, so a mistyped ``--out`` cannot wipe an unrelated folder.
    """
    path = Path(path)
    if path.exists():
        if not path.is_dir():
            raise RunDirectoryExistsError(f"{path} existiert und ist kein Ordner/exists and is "
                                          "not a directory.")
        if any(path.iterdir()):
            if not force:
                raise RunDirectoryExistsError(
                    f"Ausgabeordner existiert schon/output directory exists: {path} — "
                    "use --force to replace it or choose another --out.")
            if not ((path / "manifest.json").is_file() or (path / "batch.json").is_file()):
                raise RunDirectoryExistsError(
                    f"{path} ist kein früherer Berichtslauf/is not an earlier report run "
                    "(no manifest.json); refusing to delete it even with --force.")
            shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


# ----------------------------------------------------------------------------------------------
# Running notebooks
# ----------------------------------------------------------------------------------------------


def _kernel_manager_class(log_path=None):
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class ThisPythonKernelManager(AsyncKernelManager):
        """Kernel manager that always starts this interpreter (``sys.executable``).

        A ``python3`` kernelspec elsewhere on the machine (e.g. in ~/.local) could point at
        another Python without esslingen_lab; reports must run in the environment that runs
        the command. PYTHONHASHSEED is fixed so set iteration orders repeat across runs.
        """

        @default("transport")
        def _default_transport(self):
            # Kernel traffic carries respondents' answers: keep it off TCP where the OS allows.
            return "ipc" if os.name == "posix" else "tcp"

        @default("ip")
        def _default_ip(self):
            if self.transport != "ipc":
                return super()._ip_default()
            # jupyter_client's default for IPC is "kernel-ipc" in the working directory, which
            # parallel report runs (--jobs) would share; every kernel gets its own socket path.
            import tempfile
            import uuid

            return os.path.join(tempfile.gettempdir(), f"esslingen-lab-{uuid.uuid4().hex[:12]}")

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            # The kernel process's own stderr (ipykernel start-up and shutdown chatter) goes to
            # a log file next to the executed notebook instead of the user's terminal.
            if log_path is not None and "stderr" not in kw:
                with open(log_path, "ab") as log:
                    kw["stderr"] = log
                    kw.setdefault("stdout", log)
                    return await super()._async_launch_kernel(kernel_cmd, **kw)
            return await super()._async_launch_kernel(kernel_cmd, **kw)

        @property
        def kernel_spec(self):
            if self._kernel_spec is None:
                argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
                try:  # keep the installed spec's metadata (e.g. supported transport encryption)
                    spec = self.kernel_spec_manager.get_kernel_spec("python3").to_dict()
                except Exception:  # noqa: BLE001 - any broken/missing spec: use a plain one
                    spec = {"display_name": "Python 3 (ipykernel)", "language": "python",
                            "metadata": {}}
                spec.update(argv=argv, env={**spec.get("env", {}), "PYTHONHASHSEED": "0"})
                spec.pop("resource_dir", None)
                self._kernel_spec = KernelSpec(resource_dir="", **spec)
            return self._kernel_spec

    return ThisPythonKernelManager


def _known_error_names() -> set[str]:
    names, todo = set(), [EsslingenLabError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _source_cell_number(executed_path, cell_index):
    """1-based position of a failed cell in the source notebook (without papermill's cells)."""
    import nbformat

    try:
        nb = nbformat.read(str(executed_path), as_version=4)
    except (OSError, ValueError):
        return cell_index + 1
    added = {"injected-parameters", "papermill-error-cell-tag"}
    # papermill's error banner is inserted at the top after the failure, shifting indices
    banner = sum(1 for c in nb.cells if "papermill-error-cell-tag" in c.metadata.get("tags", []))
    cells = nb.cells[: cell_index + 1 + banner]
    return sum(1 for c in cells if not added & set(c.metadata.get("tags", [])))


def execute_notebook(path, output_path, parameters, *, cwd=None, progress=True, desc=None):
    """Execute one notebook with papermill in a kernel running ``sys.executable``.

    Raises
    ------
    NotebookFailedError
        With notebook name, cell index and execution count; papermill has already written
        the partial executed notebook to ``output_path``.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    bar = {"desc": desc or Path(path).stem, "leave": False, "position": 1} if progress else False
    log_path = Path(output_path).with_suffix(".kernel.log")
    # papermill/nbclient log e.g. "Kernel died ..." to stderr on top of our one-line error;
    # a NullHandler (the library convention) keeps that off the terminal unless the user
    # configured logging.
    import logging

    pm_log = logging.getLogger("papermill")
    if not any(isinstance(h, logging.NullHandler) for h in pm_log.handlers):
        pm_log.addHandler(logging.NullHandler())
    try:
        pm.execute_notebook(str(path), str(output_path), parameters=parameters,
                            kernel_name="python3", progress_bar=bar, log_output=False,
                            cwd=str(cwd or Path(path).parent), start_timeout=120,
                            kernel_manager_class=_kernel_manager_class(log_path))
    except PapermillExecutionError as exc:
        # Only messages of our own errors are shown: others may quote a respondent's answer.
        detail = None
        if exc.ename in _known_error_names() and exc.evalue:
            detail = str(exc.evalue).splitlines()[0][:200]
        raise NotebookFailedError(Path(path).stem, cell_index=exc.cell_index,
                                  cell_number=_source_cell_number(output_path, exc.cell_index),
                                  exec_count=exc.exec_count, ename=exc.ename, detail=detail,
                                  executed_path=output_path) from None
    except Exception as exc:  # noqa: BLE001 - kernel died, timed out or could not start
        # These messages come from the Jupyter machinery, not from respondents' data.
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else None
        raise NotebookFailedError(Path(path).stem, ename=type(exc).__name__, detail=detail,
                                  executed_path=output_path if Path(output_path).exists()
                                  else None) from None
    finally:
        if log_path.is_file() and log_path.stat().st_size == 0:
            log_path.unlink()  # keep the run directory tidy: only logs that say something


@dataclass
class ReportRun:
    """Result of :func:`run_report`: where everything went and the manifest written."""

    run_dir: Path
    manifest: dict
    html: Path | None = None
    xlsx: Path | None = None
    executed: dict = field(default_factory=dict)
    pdf: Path | None = None

    @property
    def ok(self) -> bool:
        """True when every notebook ran."""
        return self.manifest.get("status") == "ok"


def _validate_survey(survey_path):
    # Loading once up front turns spec and data mistakes into one clear error before any
    # kernel starts, instead of a failure inside the first notebook.
    from esslingen_lab.surveys import load_survey

    survey = load_survey(str(survey_path), redact=False)  # no text of it is shown
    return {"rows_read": int(survey.quality.rows_read), "rows_used": int(survey.quality.rows_used),
            "rows_excluded": int(survey.quality.rows_excluded)}, survey


def run_report(survey_path, *, notebooks=None, parameters=None, language=None, seed=None,
               out=None, force=False, workshop_export=None, progress=True, outputs_root="outputs",
               notebook_folder=None, validate_survey=True, cwd=None,
               formats=("html", "xlsx")) -> ReportRun:
    """Run the report notebooks for one survey into a new run directory.

    Parameters
    ----------
    survey_path : str or Path
        The survey's ``survey.yml``.
    notebooks : list of str, default=None
        Notebook names or paths; None runs :data:`DEFAULT_NOTEBOOKS` that exist (plus the
        workshop notebook when ``workshop_export`` is given).
    parameters : dict, default=None
        Extra notebook parameters (``-p key=value``); strings are converted to the type of the
        notebook's default.
    language : {"de", "en"}, default=None
        Report language; the survey's language when None.
    seed : int, default=None
        Random seed passed to every notebook; 42 when None.
    out : str or Path, default=None
        Run directory; ``<outputs_root>/<survey name>-<timestamp>`` when None.
    force : bool, default=False
        Replace an existing run directory.
    workshop_export : str or Path, default=None
        Directory written by ``esslingen-lab workshop export``.
    progress : bool, default=True
        Show progress bars (overall and per notebook).
    cwd : str or Path, default=None
        Working directory of the notebooks, so relative paths in ``parameters`` (e.g.
        ``compare_paths``) mean what the user typed; the current directory when None.
    formats : tuple of str, default=("html", "xlsx")
        Add ``"pdf"`` for ``report.pdf``, printed from the HTML by headless Chromium.

    Returns
    -------
    ReportRun

    Raises
    ------
    ParameterError, ReportError, RunDirectoryExistsError
        Before anything runs.
    NotebookFailedError
        A notebook failed; the manifest (status ``failed``) and the partial notebook are written.
    """
    survey_path = Path(survey_path).expanduser().resolve()
    cwd = Path(cwd or os.getcwd()).resolve()
    spec = read_spec_header(survey_path)
    parameters = dict(parameters or {})
    if "workshop_export" in parameters and workshop_export is None:
        workshop_export = parameters.pop("workshop_export")
    if workshop_export is not None:
        workshop_export = Path(workshop_export).expanduser().resolve()
        if not workshop_export.is_dir():
            raise ReportError(f"Workshop-Export nicht gefunden/workshop export not found: "
                              f"{workshop_export}")
        parameters["workshop_export"] = str(workshop_export)
    for key, option in (("language", language), ("seed", seed)):
        if key in parameters and option is not None and str(parameters[key]) != str(option):
            raise ParameterError(f"'{key}' ist zweimal verschieden angegeben/given twice with "
                                 "different values.")
    language = parameters.pop("language", None) or language or spec.get("language") or "de"
    if language not in ("de", "en"):
        raise ParameterError(f"Sprache/language must be 'de' or 'en', not {language!r}.")
    seed = parameters.pop("seed", None) if "seed" in parameters else seed
    seed = DEFAULT_SEED if seed is None else convert_value("seed", seed, int)

    unknown = set(formats) - {"html", "xlsx", "pdf"}
    if unknown:
        raise ParameterError(f"Unbekanntes Format/unknown format: {', '.join(sorted(unknown))} "
                             "(html, xlsx, pdf).")
    selected, skipped = resolve_notebooks(notebooks, workshop_export=workshop_export,
                                          folder=notebook_folder)
    checked = validate_parameters(selected, parameters)
    effective = effective_parameters(checked)
    inputs = input_files(survey_path, spec, workshop_export,
                         {k: v for k, v in effective.items() if k != "output_dir"})
    for path in inputs:
        if not path.is_file():
            raise ReportError(f"Eingabedatei fehlt/input file missing: {path}")
    survey_counts, survey = _validate_survey(survey_path) if validate_survey else (None, None)

    name = str(spec.get("name") or survey_path.parent.name)
    run_dir = Path(out) if out is not None else Path(outputs_root) / f"{name}-{_timestamp()}"
    run_dir = prepare_run_dir(run_dir.expanduser().resolve(), force=force)
    (run_dir / "notebooks").mkdir()

    common = {"survey_path": str(survey_path), "language": language, "seed": seed}
    manifest = {
        "tool": "esslingen-lab report",
        "survey": {"name": name, "title": spec.get("title"), "path": str(survey_path),
                   "city": spec.get("city"), "wave": spec.get("wave"),
                   "respondent_group": spec.get("respondent_group"), "rows": survey_counts},
        "language": language,
        "seed": seed,
        "parameters": {**{k: v for k, v in common.items() if k != "survey_path"},
                       **{k: v for nb in checked.values() for k, v in nb["values"].items()}},
        # every parameter a notebook ran with, its default where the user gave none
        "effective_parameters": {**effective, **{k: v for k, v in common.items()
                                                 if k != "survey_path"},
                                 "anonymity_threshold": effective.get("anonymity_threshold")
                                 or spec.get("anonymity_threshold") or 5},
        "inputs": [{"path": str(p), "sha256": sha256_file(p), "bytes": p.stat().st_size}
                   for p in inputs],
        "notebook_sources": [{"notebook": n, "path": str(p), "sha256": sha256_file(p)}
                             for n, p in selected],
        "working_directory": str(cwd),
        "python": sys.version.split()[0],
        "python_executable": sys.executable,
        "platform": platform.platform(),
        "packages": package_versions(),
        "git": git_commit(),
        "started": _now(),
        "finished": None,
        "duration_seconds": None,
        "status": "running",
        "notebooks": [],
        "skipped": skipped,
        "artifacts": {},
    }
    _write_manifest(run_dir, manifest)

    from tqdm.auto import tqdm

    t_run = time.perf_counter()
    executed = {}
    overall = tqdm(total=len(selected), desc=_TEXT[language]["report"], unit="nb",
                   position=0, disable=not progress)
    failure = None
    try:
        for nb_name, nb_path in selected:
            declared = checked[nb_name]["_declared"]
            results = run_dir / "results" / nb_name
            results.mkdir(parents=True)
            values = {**common, "output_dir": str(results), **checked[nb_name]["values"]}
            values = {k: v for k, v in values.items() if k in declared}
            entry = {"notebook": nb_name, "source": str(nb_path),
                     "executed": f"notebooks/{nb_name}.ipynb", "parameters": values,
                     "effective_parameters": {**{k: p.default for k, p in declared.items()},
                                              **values},
                     "started": _now(), "status": "running"}
            manifest["notebooks"].append(entry)
            overall.set_postfix_str(nb_name)
            t0 = time.perf_counter()
            try:
                execute_notebook(nb_path, run_dir / entry["executed"], values, cwd=cwd,
                                 progress=progress, desc=nb_name)
                entry["status"] = "ok"
            except KeyboardInterrupt:
                entry["status"] = "interrupted"
                manifest["status"] = "interrupted"
                raise
            except NotebookFailedError as exc:
                exc.run_dir = str(run_dir)
                entry["status"] = "failed"
                entry["error"] = {"cell": exc.cell_number, "cell_index": exc.cell_index,
                                  "exec_count": exc.exec_count,
                                  "error": exc.ename, "message": str(exc)}
                failure = exc
            finally:
                entry["finished"] = _now()
                entry["duration_seconds"] = round(time.perf_counter() - t0, 2)
                _write_manifest(run_dir, manifest)
            overall.update(1)
            if failure is not None:
                break
            executed[nb_name] = run_dir / entry["executed"]
    finally:
        overall.close()
    for nb_name, _ in selected[len(manifest["notebooks"]):]:
        manifest["skipped"].append({"notebook": nb_name,
                                    "reason": "nicht ausgeführt nach Fehler/not run after failure"})

    html = xlsx = pdf = None
    if failure is None:
        tables = collect_published(run_dir, [n for n, _ in selected])
        failure = _audit_disclosure(run_dir, survey_path, tables, manifest)
    if failure is None:
        try:
            html, xlsx, pdf = _write_artifacts(run_dir, manifest, tables, executed, survey,
                                               language, formats)
        except KeyboardInterrupt:  # Ctrl+C or SIGTERM while the HTML/XLSX are written
            manifest["status"] = "interrupted"
            _write_manifest(run_dir, manifest)
            raise
    manifest["status"] = "failed" if failure is not None else "ok"
    manifest["finished"] = _now()
    manifest["duration_seconds"] = round(time.perf_counter() - t_run, 2)
    _write_manifest(run_dir, manifest)
    if failure is not None:
        raise failure
    return ReportRun(run_dir=run_dir, manifest=manifest, html=html, xlsx=xlsx, executed=executed,
                     pdf=pdf)


def _write_artifacts(run_dir, manifest, tables, executed, survey, language, formats):
    """Key findings, the workbook, the HTML report and (if asked) its PDF."""
    from esslingen_lab.reports import findings as key
    from esslingen_lab.reports.conventions import spec_labels
    from esslingen_lab.reports.html import build_report_html  # html imports run's texts

    summary = labels = None
    codes = ()
    extra = []
    if survey is not None:
        k = manifest["effective_parameters"].get("anonymity_threshold")
        summary = key.summarise(survey, language, anonymity_threshold=k)
        manifest["key_findings"] = summary["manifest"]
        labels = spec_labels(survey.spec, language)
        codes = [*survey.spec.groups, *survey.spec.likert,
                 *{i.dimension for i in survey.spec.likert.values()}]
        sheet = "Kernergebnisse" if language != "en" else "Key findings"
        extra = [(sheet, sheet, key.findings_table(summary["findings"], language))]
    localised_sheet_names(tables, language)
    xlsx = write_workbook(tables, run_dir / "tables.xlsx", language=language, labels=labels,
                          extra=extra)
    manifest["tables"] = [{"notebook": t["notebook"], "name": t["name"], "sheet": t["sheet"],
                           "file": t["file"], "caption": t.get("caption")} for t in tables]
    html = build_report_html(run_dir, manifest, executed, run_dir / "report.html",
                             summary=summary, labels=labels, codes=codes)
    manifest["artifacts"] = {"html": "report.html", "xlsx": "tables.xlsx"}
    pdf = None
    if "pdf" in formats:
        from esslingen_lab.reports.pdf import write_pdf

        pdf = write_pdf(html, run_dir / "report.pdf")
        manifest["artifacts"]["pdf"] = "report.pdf"
    return html, xlsx, pdf


def _audit_disclosure(run_dir, survey_path, tables, manifest):
    """Audit all published tables together; on an exposed cell withdraw them (no report)."""
    import shutil

    from esslingen_lab.reports.disclosure import audit_run
    from esslingen_lab.reports.errors import DisclosureError
    from esslingen_lab.surveys import load_survey

    params = manifest["parameters"]
    survey = load_survey(survey_path, redact=False)
    result = audit_run(tables, survey, k=params.get("anonymity_threshold") or None,
                       question=params.get("question") or None)
    manifest["disclosure_audit"] = result.summary()
    if result.clean:
        return None
    # Never leave an exposed table behind: the CSVs and the executed notebooks show them.
    shutil.rmtree(Path(run_dir) / "results", ignore_errors=True)
    shutil.rmtree(Path(run_dir) / "notebooks", ignore_errors=True)
    shutil.rmtree(Path(run_dir) / "models", ignore_errors=True)
    return DisclosureError(manifest["disclosure_audit"]["exposed"], run_dir=run_dir)


def _write_manifest(run_dir, manifest):
    path = Path(run_dir) / "manifest.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n",
                   encoding="utf-8")
    tmp.replace(path)
