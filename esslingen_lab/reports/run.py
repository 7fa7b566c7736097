"""Running a report: run directory, notebooks (two at a time), disclosure audit, artifacts.

Part of :mod:`esslingen_lab.reports`. Parameters are checked in :mod:`.parameters`, kernels
are handled in :mod:`.kernel`, and :class:`~.manifest.RunManifest` is what the run records.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from esslingen_lab.defaults import DEFAULT_SEED
from esslingen_lab.paths import notebooks_dir  # noqa: F401 - part of the reports API
from esslingen_lab.privacy.review import QUOTE_DECISIONS_FILE
from esslingen_lab.reports.errors import (
    NotebookFailedError,
    ParameterError,
    ReportError,
    RunDirectoryExistsError,
)
from esslingen_lab.reports.kernel import execute_notebook, stop_kernels
from esslingen_lab.reports.manifest import (  # noqa: F401 - part of the reports API
    RunManifest,
    effective_parameters,
    git_commit,
    input_files,
    now,
    package_versions,
    read_spec_header,
    sha256_file,
    timestamp,
)
from esslingen_lab.reports.parameters import (  # noqa: F401 - part of the reports API
    ALTERNATIVE_VALUES,
    CONVENTION_TYPES,
    DEFAULT_NOTEBOOKS,
    RESERVED_PARAMETERS,
    WORKSHOP_NOTEBOOK,
    NotebookParameter,
    convert_value,
    inspect_parameters,
    parse_parameter_args,
    resolve_notebooks,
    validate_parameters,
)
from esslingen_lab.reports.texts import FRAME_TEXT, NOTEBOOK_TITLES  # noqa: F401 - reports API
from esslingen_lab.reports.workbook import (  # noqa: F401 - part of the reports API
    collect_published,
    localised_sheet_names,
    write_workbook,
)

#: A notebook that reads what another one of the same run wrote starts after it: the compare
#: notebook loads the themes notebook's fitted models from the run's ``models/`` folder.
NOTEBOOK_AFTER = {"compare": ("themes",)}


def default_notebook_jobs() -> int:
    """Notebooks run at the same time by default: one per core, at most two."""
    return max(1, min(2, os.cpu_count() or 1))


def prepare_run_dir(path, *, force=False) -> Path:
    """Create a fresh run directory; an existing one is replaced only with ``force``.

    With ``force`` only an empty directory or an earlier run (it has a ``manifest.json``) is
    removed, so a mistyped ``--output`` cannot wipe an unrelated folder.
    """
    path = Path(path)
    if path.exists():
        if not path.is_dir():
            raise RunDirectoryExistsError(reason="report_output_not_folder", path=path)
        if any(path.iterdir()):
            if not force:
                raise RunDirectoryExistsError(reason="report_output_exists", path=path)
            if not ((path / "manifest.json").is_file() or (path / "batch.json").is_file()):
                raise RunDirectoryExistsError(reason="report_output_not_run", path=path)
            shutil.rmtree(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


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


def check_survey(survey_path):
    """Load the survey once before any kernel starts; return its row counts and the survey.

    Spec and data mistakes become one clear error here instead of a failure inside the
    first notebook. Loaded without redaction: no text of it is shown.
    """
    from esslingen_lab.surveys import load_survey

    survey = load_survey(str(survey_path), redact=False)  # no text of it is shown
    from esslingen_lab.reports.weights import check_population

    check_population(survey)  # population figures that do not fit the data
    return {"rows_read": int(survey.quality.rows_read), "rows_used": int(survey.quality.rows_used),
            "rows_excluded": int(survey.quality.rows_excluded)}, survey


def survey_key(survey_path) -> str | None:
    """Return the survey's cache key from its files as they are now (None: unreadable).

    Taken before :func:`check_survey` loads the survey and compared with the key after the
    load: only when both agree is the loaded survey known to match the key it is cached under.
    """
    from esslingen_lab.surveys import load_spec
    from esslingen_lab.surveys.cache import cache_key

    try:
        spec = load_spec(str(survey_path))
        return cache_key(spec, pseudonymise=spec.pseudonymise)
    except Exception:  # noqa: BLE001 - the load that follows reports the mistake clearly
        return None


@contextmanager
def shared_survey(survey, *, key_before=None):
    """Redact the run's survey once, in a thread, for the run's kernels; yield their env.

    The redacted survey goes into a private temporary folder (mode 0700, outside the run
    directory, see :mod:`esslingen_lab.surveys.cache`); its ``load_survey`` calls take it
    from there while the key (file contents, version, options) matches, and wait for it
    while it is being written. The folder is removed on leaving, also after a failure or
    Ctrl+C. ``survey`` is the run's survey as loaded by :func:`check_survey` (None: nothing
    is shared and the kernels load the survey themselves). ``key_before`` is
    :func:`survey_key` taken before that load: a file changed while it was loaded gives a
    different key afterwards, and then nothing is shared (the kernels load the files as
    they are now).
    """
    if survey is None:
        yield {}
        return
    from esslingen_lab.surveys.cache import (
        SURVEY_CACHE_ENV,
        cache_key,
        mark_pending,
        new_cache_folder,
        write_cached,
    )
    from esslingen_lab.surveys.survey import redact_survey

    try:
        key = cache_key(survey.spec, pseudonymise=survey.spec.pseudonymise)
    except OSError:
        key = None
    if key is None or key != key_before:
        yield {}
        return
    folder = new_cache_folder()
    try:
        marker = mark_pending(folder, key)

        def share():
            try:
                write_cached(folder, key, redact_survey(survey))
            except Exception:  # noqa: BLE001 - the kernels then load the survey themselves
                pass
            finally:
                marker.unlink(missing_ok=True)

        worker = threading.Thread(target=share, name="survey-cache", daemon=True)
        worker.start()
        try:
            yield {SURVEY_CACHE_ENV: str(folder)}
        finally:
            worker.join()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_report(survey_path, *, notebooks=None, parameters=None, language=None, seed=None,
               out=None, force=False, workshop_export=None, progress=True, outputs_root="outputs",
               notebook_folder=None, validate_survey=True, cwd=None,
               formats=("html", "xlsx"), notebook_jobs=None) -> ReportRun:
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
    notebook_jobs : int, default=None
        Notebooks executed at the same time, each in its own kernel (a notebook that reads
        another's results waits for it, :data:`NOTEBOOK_AFTER`); one per core, at most two,
        when None. Results do not depend on it.

    Quotes: the themes part shows a risky quote only when a person approved or edited it
    with ``esslingen-lab quotes review … --decisions quote_decisions.csv``, the file beside
    the survey.yml (an input of the run); the methods box and the manifest count the
    quotes shown, held back and reviewed.

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
            raise ReportError(reason="report_workshop_missing", path=workshop_export)
        parameters["workshop_export"] = str(workshop_export)
    for key, option in (("language", language), ("seed", seed)):
        if key in parameters and option is not None and str(parameters[key]) != str(option):
            raise ParameterError(reason="report_parameter_twice", name=key)
    language = parameters.pop("language", None) or language or spec.get("language") or "de"
    if language not in ("de", "en"):
        raise ParameterError(reason="report_language", language=repr(language))
    seed = parameters.pop("seed", None) if "seed" in parameters else seed
    seed = DEFAULT_SEED if seed is None else convert_value("seed", seed, int)

    unknown = set(formats) - {"html", "xlsx", "pdf"}
    if unknown:
        raise ParameterError(reason="report_format_unknown", formats=", ".join(sorted(unknown)))
    selected, skipped = resolve_notebooks(notebooks, workshop_export=workshop_export,
                                          folder=notebook_folder)
    checked = validate_parameters(selected, parameters)
    effective = effective_parameters(checked)
    inputs = input_files(survey_path, spec, workshop_export,
                         {k: v for k, v in effective.items() if k != "output_dir"})
    for path in inputs:
        if not path.is_file():
            raise ReportError(reason="report_input_missing", path=path)
    key_before = survey_key(survey_path) if validate_survey else None
    survey_counts, survey = check_survey(survey_path) if validate_survey else (None, None)
    quote_decisions = survey_path.parent / QUOTE_DECISIONS_FILE  # read by the themes part
    if quote_decisions.is_file():
        inputs.append(quote_decisions)

    name = str(spec.get("name") or survey_path.parent.name)
    run_dir = Path(out) if out is not None else Path(outputs_root) / f"{name}-{timestamp()}"
    run_dir = prepare_run_dir(run_dir.expanduser().resolve(), force=force)
    (run_dir / "notebooks").mkdir()

    common = {"survey_path": str(survey_path), "language": language, "seed": seed}
    shared = {k: v for k, v in common.items() if k != "survey_path"}
    # redacted once, beside the first kernels; they read it instead of redacting it again
    with shared_survey(survey, key_before=key_before) as kernel_env:
        manifest = RunManifest(
            survey={"name": name, "title": spec.get("title"), "path": str(survey_path),
                    "city": spec.get("city"), "wave": spec.get("wave"),
                    "respondent_group": spec.get("respondent_group"), "rows": survey_counts},
            language=language, seed=seed,
            parameters={**shared,
                        **{k: v for nb in checked.values() for k, v in nb["values"].items()}},
            effective_parameters={**effective, **shared,
                                  "anonymity_threshold": effective.get("anonymity_threshold")
                                  or spec.get("anonymity_threshold") or 5},
            inputs=[{"path": str(p), "sha256": sha256_file(p), "bytes": p.stat().st_size}
                    for p in inputs],
            notebook_sources=[{"notebook": n, "path": str(p), "sha256": sha256_file(p)}
                              for n, p in selected],
            working_directory=str(cwd), skipped=skipped,
            notebook_jobs=int(notebook_jobs or default_notebook_jobs()))
        manifest.write(run_dir)

        t_run = time.perf_counter()
        failure = None
        try:
            executed, failure = _run_notebooks(selected, checked, common, run_dir, manifest,
                                               cwd=cwd, progress=progress, env=kernel_env)
            manifest.notebooks_seconds = round(time.perf_counter() - t_run, 2)
        except KeyboardInterrupt:
            manifest.status = "interrupted"
            manifest.write(run_dir)
            raise
        html = xlsx = pdf = None
        if failure is None:
            tables = collect_published(run_dir, [n for n, _ in selected])
            failure = _audit_disclosure(run_dir, survey_path, tables, manifest, survey=survey)
        if failure is None:
            try:
                html, xlsx, pdf = _write_artifacts(run_dir, manifest, tables, executed, survey,
                                                   language, formats, quote_decisions)
            except KeyboardInterrupt:  # Ctrl+C or SIGTERM while the HTML/XLSX are written
                manifest.status = "interrupted"
                manifest.write(run_dir)
                raise
        manifest.status = "failed" if failure is not None else "ok"
        manifest.finished = now()
        manifest.duration_seconds = round(time.perf_counter() - t_run, 2)
        manifest.write(run_dir)
        if failure is not None:
            raise failure
        return ReportRun(run_dir=run_dir, manifest=manifest.to_dict(), html=html, xlsx=xlsx,
                         executed=executed, pdf=pdf)


def _run_notebooks(selected, checked, common, run_dir, manifest, *, cwd, progress, env=None):
    """Execute the notebooks, up to ``manifest.notebook_jobs`` at a time, in dependency order.

    Returns the executed notebooks (name → path) and the first failure (or None); after a
    failure no further notebook starts, and those not run are listed as skipped. On Ctrl+C
    every running kernel is stopped before the interrupt goes on.
    """
    from tqdm.auto import tqdm

    names = [n for n, _ in selected]
    order = {n: i for i, n in enumerate(names)}
    # notebooks that others wait for go first, then the selected order
    waiting = sorted(selected, key=lambda item: (not any(
        item[0] in NOTEBOOK_AFTER.get(other, ()) for other in names), order[item[0]]))
    jobs = max(1, manifest.notebook_jobs)
    entries, executed, done, failure = {}, {}, set(), None
    overall = tqdm(total=len(selected), desc=FRAME_TEXT[manifest.language]["report"], unit="nb",
                   position=0, disable=not progress)

    def start(pool, nb_name, nb_path, slot):
        declared = checked[nb_name]["_declared"]
        results = run_dir / "results" / nb_name
        results.mkdir(parents=True)
        values = {**common, "output_dir": str(results), **checked[nb_name]["values"]}
        values = {k: v for k, v in values.items() if k in declared}
        entry = {"notebook": nb_name, "source": str(nb_path),
                 "executed": f"notebooks/{nb_name}.ipynb", "parameters": values,
                 "effective_parameters": {**{k: p.default for k, p in declared.items()},
                                          **values},
                 "started": now(), "status": "running"}
        entries[nb_name] = entry
        manifest.notebooks = [entries[n] for n in names if n in entries]
        manifest.write(run_dir)
        return pool.submit(_timed, execute_notebook, nb_path, run_dir / entry["executed"],
                           values, cwd=cwd, progress=progress, desc=nb_name, position=1 + slot,
                           env=env)

    running = {}
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="notebook")
    try:
        while waiting or running:
            for item in list(waiting):
                if failure is not None or len(running) >= jobs:
                    break
                after = [d for d in NOTEBOOK_AFTER.get(item[0], ()) if d in order]
                if all(d in done for d in after):
                    waiting.remove(item)
                    slot = min(set(range(jobs)) - {s for _, s in running.values()})
                    running[start(pool, *item, slot)] = (item[0], slot)
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                nb_name, _ = running.pop(future)
                entry = entries[nb_name]
                error, seconds = future.result()
                entry["finished"] = now()
                entry["duration_seconds"] = round(seconds, 2)
                if error is None:
                    entry["status"] = "ok"
                    executed[nb_name] = run_dir / entry["executed"]
                    done.add(nb_name)
                else:
                    error.run_dir = str(run_dir)
                    entry["status"] = "failed"
                    entry["error"] = {"cell": error.cell_number,
                                      "cell_index": error.cell_index,
                                      "exec_count": error.exec_count,
                                      "error": error.ename, "message": str(error)}
                    failure = failure or error
                manifest.write(run_dir)
                overall.update(1)
    except KeyboardInterrupt:
        stop_kernels()  # Ctrl+C reaches only this thread: end the kernels of the workers
        wait(running)
        for nb_name, _ in running.values():
            entries[nb_name]["status"] = "interrupted"
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        overall.close()
    for nb_name in names:
        if nb_name not in entries:
            manifest.skipped.append({"notebook": nb_name, "reason": "nicht ausgeführt nach "
                                     "Fehler/not run after failure"})
    executed = {n: executed[n] for n in names if n in executed}
    return executed, failure


def _timed(function, *args, **kwargs):
    """Run ``function`` and return (NotebookFailedError or None, seconds) — never raise it."""
    t0 = time.perf_counter()
    try:
        function(*args, **kwargs)
    except NotebookFailedError as exc:
        return exc, time.perf_counter() - t0
    return None, time.perf_counter() - t0


def _write_artifacts(run_dir, manifest, tables, executed, survey, language, formats,
                     quote_decisions=None):
    """Key findings, weights, the workbook, the HTML report and (if asked) its PDF."""
    from esslingen_lab.privacy import group_plan
    from esslingen_lab.reports import findings as key
    from esslingen_lab.reports.conventions import spec_labels
    from esslingen_lab.reports.html import build_report_html
    from esslingen_lab.reports.weights import WEIGHT_TEXT, population_weights

    summary = labels = None
    codes = ()
    extra = []
    quotes = quote_counts(run_dir, quote_decisions)
    manifest.quotes = quotes
    if survey is not None:
        k = manifest.effective_parameters.get("anonymity_threshold")
        labels = spec_labels(survey.spec, language)
        weighting = None
        if survey.spec.population is not None:
            weighting = population_weights(survey, hidden=group_plan(survey, k))
            manifest.weights = weighting.summary()
        summary = key.summarise(survey, language, anonymity_threshold=k, weighting=weighting,
                                quotes=quotes)
        manifest.key_findings = summary["manifest"]
        codes = [*survey.spec.groups, *survey.spec.likert,
                 *{i.dimension for i in survey.spec.likert.values()}]
        sheet = FRAME_TEXT.text("key_findings", language)
        extra = [(sheet, sheet, key.findings_table(summary["findings"], language))]
        if weighting is not None:
            sheet = WEIGHT_TEXT.text("sheet", language)
            extra.append((sheet, sheet, weighting.labelled_table(language, labels)))
    localised_sheet_names(tables, language)
    xlsx = write_workbook(tables, run_dir / "tables.xlsx", language=language, labels=labels,
                          extra=extra)
    manifest.tables = [{"notebook": t["notebook"], "name": t["name"], "sheet": t["sheet"],
                        "file": t["file"], "caption": t.get("caption")} for t in tables]
    manifest.artifacts = {"html": "report.html", "xlsx": "tables.xlsx"}
    html = build_report_html(run_dir, manifest.to_dict(), executed, run_dir / "report.html",
                             summary=summary, labels=labels, codes=codes)
    pdf = None
    if "pdf" in formats:
        from esslingen_lab.reports.pdf import write_pdf

        pdf = write_pdf(html, run_dir / "report.pdf")
        manifest.artifacts["pdf"] = "report.pdf"
    return html, xlsx, pdf


def quote_counts(run_dir, decisions_path=None) -> dict:
    """Count the quotes a report shows, holds back and a person reviewed.

    The themes part writes the privacy review of each question's quotes
    (``quote_review_<question>.csv``: scores and decisions, no texts) into its folder of
    the run; this sums them with :func:`esslingen_lab.privacy.review.review_counts`.

    Parameters
    ----------
    run_dir : str or Path
        The run folder.
    decisions_path : str or Path, default=None
        The decisions file the run used (recorded, not read).

    Returns
    -------
    dict
        ``shown``, ``waiting`` (risky quotes nobody decided on: not shown), and
        ``reviewed``, ``approved``, ``edited``, ``dropped`` — ``reviewed`` is None when no
        decisions file was used; empty when the run shows no quotes.
    """
    import pandas as pd

    from esslingen_lab.privacy.review import review_counts

    files = sorted(Path(run_dir).rglob("quote_review_*.csv"))
    if not files:
        return {}
    total = {}
    for file in files:
        counts = review_counts(pd.read_csv(file, dtype=str, keep_default_na=False)).as_dict()
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    used = decisions_path is not None and Path(decisions_path).is_file()
    return {"shown": total["shown"], "waiting": total["pending"],
            "reviewed": total["reviewed"] if used else None, "approved": total["approved"],
            "edited": total["edited"], "dropped": total["dropped"],
            "decisions_file": str(decisions_path) if used else None}


def _audit_disclosure(run_dir, survey_path, tables, manifest, *, survey=None):
    """Audit all published tables together; on an exposed cell withdraw them (no report).

    ``survey`` is the run's survey loaded without redaction (loaded here when None).
    """
    from esslingen_lab.reports.disclosure import audit_run
    from esslingen_lab.reports.errors import DisclosureError
    from esslingen_lab.surveys import load_survey

    params = manifest.parameters
    if survey is None:
        survey = load_survey(survey_path, redact=False)
    result = audit_run(tables, survey, k=params.get("anonymity_threshold") or None,
                       question=params.get("question") or None)
    manifest.disclosure_audit = result.summary()
    if result.clean:
        return None
    # Never leave an exposed table behind: the CSVs and the executed notebooks show them.
    shutil.rmtree(Path(run_dir) / "results", ignore_errors=True)
    shutil.rmtree(Path(run_dir) / "notebooks", ignore_errors=True)
    shutil.rmtree(Path(run_dir) / "models", ignore_errors=True)
    return DisclosureError(manifest.disclosure_audit["exposed"], run_dir=run_dir)
