"""Batch runs of several surveys and the comparison across them.

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from esslingen_lab.errors import EsslingenLabError, Text, validation_problems
from esslingen_lab.files import restore_frame, write_table
from esslingen_lab.i18n import DEFAULT_LANGUAGE
from esslingen_lab.reports.errors import BatchFileError
from esslingen_lab.reports.html import standalone_html, title_html
from esslingen_lab.reports.manifest import now, read_spec_header, sha256_file, timestamp
from esslingen_lab.reports.parameters import resolve_notebooks, validate_parameters
from esslingen_lab.reports.publish import slug
from esslingen_lab.reports.run import check_survey, prepare_run_dir, run_report
from esslingen_lab.reports.texts import FRAME_TEXT, NOTEBOOK_TITLES
from esslingen_lab.reports.workbook import write_workbook
from esslingen_lab.surveys.spec import load_yaml

# ----------------------------------------------------------------------------------------------
# Batch runs and comparison across surveys
# ----------------------------------------------------------------------------------------------


class _BatchSurvey(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str = Field(min_length=1)
    parameters: dict = Field(default_factory=dict)
    notebooks: list[str] | None = None


class BatchFile(BaseModel):
    """A batch file: the surveys to report on and settings for all of them."""

    model_config = ConfigDict(extra="forbid")

    surveys: list[_BatchSurvey] = Field(min_length=1)
    notebooks: list[str] | None = None
    parameters: dict = Field(default_factory=dict)
    language: Literal["de", "en"] | None = None
    seed: int | None = None

    @field_validator("surveys", mode="before")
    @classmethod
    def _paths_as_entries(cls, value):
        # ``- path/survey.yml`` is short for ``- path: path/survey.yml``
        if isinstance(value, list):
            return [{"path": v} if isinstance(v, str) else v for v in value]
        return value


def read_batch(path) -> dict:
    """Read a batch file listing surveys (paths relative to the batch file).

    Format::

        surveys:
          - surveys/esslingen_demo/staff/survey.yml
          - path: surveys/partners/ludwigsburg/survey.yml
            parameters: {n_themes: 6}        # optional, per survey
            notebooks: [maturity]            # optional, per survey
        notebooks: [data_quality, maturity]  # optional, for all surveys
        parameters: {anonymity_threshold: 5} # optional, for all surveys
        language: de                         # optional
        seed: 42                             # optional

    Returns
    -------
    dict
        ``{"jobs": [{"survey", "notebooks", "parameters"}], "language", "seed"}``.

    Raises
    ------
    BatchFileError
        One line naming the file, each survey entry with a problem (its number and path)
        and every problem found at once, in the language it is rendered in.
    """
    path = Path(path)
    if not path.is_file():
        raise BatchFileError(file=path, reason="file_not_found")
    try:
        data = load_yaml(path, error=BatchFileError)
    except BatchFileError as exc:  # a batch file's own words for the two usual mistakes
        if exc.reason == "yaml_not_utf8":
            raise BatchFileError(file=path, reason="batch_not_utf8",
                                 hint_key="batch_not_utf8.hint") from None
        if exc.reason != "yaml_syntax":
            raise
        raise BatchFileError(file=path, row=exc.row, reason="batch_yaml_syntax",
                             hint_key=exc.hint_key or "batch_yaml_syntax.hint",
                             problem=exc.params["problem"]) from None
    try:
        batch = BatchFile.model_validate(data if data is not None else {})
    except ValidationError as exc:
        raise BatchFileError(file=path, reason="batch_invalid", hint_key="batch_format.hint",
                             problems=validation_problems(exc, BatchFile,
                                                          where=_entry_of(data))) from None
    base = path.resolve().parent
    jobs = []
    for number, entry in enumerate(batch.surveys, start=1):
        survey = (base / entry.path).resolve()
        if not survey.is_file():
            raise BatchFileError(file=path, reason="batch_survey_missing",
                                 entry=_entry_label(number, entry.path), survey=survey,
                                 base=base)
        jobs.append({"survey": str(survey),
                     "notebooks": entry.notebooks if entry.notebooks is not None
                     else batch.notebooks,
                     "parameters": {**batch.parameters, **entry.parameters}})
    return {"jobs": jobs, "language": batch.language, "seed": batch.seed}


def _entry_label(number: int, survey_path) -> Text:
    """``Eintrag 2 unter surveys (partners/ludwigsburg/survey.yml)``: which survey is meant."""
    if isinstance(survey_path, str) and survey_path.strip():
        return Text("batch_entry_path", n=number, path=survey_path.strip())
    return Text("batch_entry", n=number)


def _entry_of(data):
    """``where`` for :func:`validation_problems`: name a survey entry by number and path."""
    entries = data.get("surveys") if isinstance(data, dict) else None

    def where(loc):
        if len(loc) >= 2 and loc[0] == "surveys" and isinstance(loc[1], int) \
                and isinstance(entries, list) and loc[1] < len(entries):
            entry = entries[loc[1]]
            survey = entry if isinstance(entry, str) else (
                entry.get("path") if isinstance(entry, dict) else None)
            return _entry_label(loc[1] + 1, survey), loc[2:]
        return None, loc

    return where


def _batch_worker(kwargs):
    try:
        run = run_report(**kwargs)
        return {"run_dir": str(run.run_dir), "status": "ok", "error": None}
    except EsslingenLabError as exc:  # worded in the run's language, as --lang prints it
        language = kwargs.get("language") or DEFAULT_LANGUAGE
        return {"run_dir": str(kwargs.get("out")), "status": "failed",
                "error": exc.render(language)}


@dataclass
class BatchRun:
    """Result of :func:`run_batch`."""

    batch_dir: Path
    runs: list
    html: Path | None = None
    xlsx: Path | None = None
    language: str = DEFAULT_LANGUAGE  # the reports' language: --lang, else the batch file's

    @property
    def ok(self) -> bool:
        """True when every survey's report ran."""
        return all(r["status"] == "ok" for r in self.runs)


def run_batch(batch_path, *, jobs=1, out=None, force=False, progress=True, language=None,
              seed=None, outputs_root="outputs", notebook_folder=None) -> BatchRun:
    """Run the reports of several surveys in parallel, then a comparison across them.

    Every survey gets its own run directory inside the batch directory
    (``<batch>/<survey name>/``); the batch directory also holds ``comparison.html``,
    ``comparison.xlsx`` and ``batch.json``. Parameters are validated for every survey before
    any notebook runs.

    Parameters
    ----------
    batch_path : str or Path
        Batch YAML (see :func:`read_batch`).
    jobs : int, default=1
        Surveys run at the same time (a process pool).

    Returns
    -------
    BatchRun
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from tqdm.auto import tqdm

    batch = read_batch(batch_path)
    language = language or batch["language"]
    seed = seed if seed is not None else batch["seed"]
    names, specs = [], []
    for job in batch["jobs"]:
        spec = read_spec_header(job["survey"])
        name = str(spec.get("name") or Path(job["survey"]).parent.name)
        if name in names:
            name = f"{name}_{len(names) + 1}"
        names.append(name)
        specs.append(spec)
        # Fail early: parameters and notebooks of every survey are checked before any run.
        ws = job["parameters"].get("workshop_export")
        selected, _ = resolve_notebooks(job["notebooks"], workshop_export=ws,
                                        folder=notebook_folder)
        validate_parameters(selected, {k: v for k, v in job["parameters"].items()
                                       if k not in ("language", "seed", "workshop_export")})
        check_survey(job["survey"])
    batch_name = Path(batch_path).stem
    batch_dir = (Path(out) if out is not None
                 else Path(outputs_root) / f"{batch_name}-{timestamp()}")
    batch_dir = prepare_run_dir(batch_dir.expanduser().resolve(), force=force)
    record = {"batch": str(Path(batch_path).resolve()), "batch_sha256": sha256_file(batch_path),
              "started": now(), "jobs": jobs, "runs": []}
    (batch_dir / "batch.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    kwargs_list = [dict(survey_path=job["survey"], notebooks=job["notebooks"],
                        parameters=job["parameters"], language=language, seed=seed,
                        out=str(batch_dir / name), force=False, progress=False,
                        notebook_folder=notebook_folder,
                        cwd=str(Path(batch_path).resolve().parent),
                        # surveys in parallel already fill the cores
                        notebook_jobs=1 if jobs > 1 else None)
                   for job, name in zip(batch["jobs"], names, strict=True)]
    results = [None] * len(kwargs_list)
    bar = tqdm(total=len(kwargs_list), desc="Befragungen/surveys", unit="survey",
               disable=not progress)
    if jobs <= 1:
        for i, kw in enumerate(kwargs_list):
            results[i] = _batch_worker(kw)
            bar.update(1)
    else:
        # spawn: a fresh interpreter per worker, no inherited kernel sockets or threads
        with ProcessPoolExecutor(max_workers=jobs,
                                 mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(_batch_worker, kw): i for i, kw in enumerate(kwargs_list)}
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                bar.update(1)
    bar.close()
    for name, result in zip(names, results, strict=True):
        result["survey"] = name
    record["runs"] = results
    html = xlsx = None
    ok_runs = [Path(r["run_dir"]) for r in results if r["status"] == "ok"]
    if ok_runs:
        html, xlsx = build_comparison(ok_runs, batch_dir, language=language)
    record["finished"] = now()
    record["status"] = "ok" if all(r["status"] == "ok" for r in results) else "failed"
    (batch_dir / "batch.json").write_text(json.dumps(record, indent=2, ensure_ascii=False),
                                          encoding="utf-8")
    return BatchRun(batch_dir=batch_dir, runs=results, html=html, xlsx=xlsx,
                    language=language or DEFAULT_LANGUAGE)


def comparison_tables(run_dirs) -> list[dict]:
    """Tables published under the same notebook and name by several runs, stacked.

    Each result has a first column ``Befragung/Survey`` naming the run's survey (its city and
    wave when the spec gives them), so e.g. maturity scores of Esslingen and its partner cities
    sit side by side. Respondent counts of each run come first.

    Returns
    -------
    list of dict
        Keys name, caption, table (DataFrame).
    """
    import pandas as pd

    manifests = [json.loads((Path(d) / "manifest.json").read_text(encoding="utf-8"))
                 for d in run_dirs]
    labels = []
    for m in manifests:
        s = m["survey"]
        extra = " ".join(str(x) for x in (s.get("city"), s.get("wave")) if x)
        labels.append(f"{s['name']} ({extra})" if extra else s["name"])
    if len(set(labels)) < len(labels):  # the same survey twice (e.g. a rerun): use run dirs
        labels = [f"{label} [{Path(d).name}]" for label, d in zip(labels, run_dirs, strict=True)]
    overview = pd.DataFrame([{
        "Befragung/Survey": label, "Gruppe/Group": m["survey"].get("respondent_group"),
        "Befragte/Respondents": (m["survey"].get("rows") or {}).get("rows_used"),
        "Seed": m["seed"], "Status": m["status"]}
        for label, m in zip(labels, manifests, strict=True)])
    result = [{"name": "overview", "caption": "Übersicht/Overview", "table": overview,
               "notebook": None}]
    by_key = {}
    for label, m, run_dir in zip(labels, manifests, run_dirs, strict=True):
        for t in m.get("tables", []):
            by_key.setdefault((t["notebook"], t["name"]), []).append(
                (label, Path(run_dir) / t["file"], t.get("caption")))
    for (nb_name, name), entries in by_key.items():
        if len(entries) < 2:
            continue
        frames = []
        for label, path, _ in entries:
            frame = restore_frame(pd.read_csv(path, encoding="utf-8"))
            frame.insert(0, "Befragung/Survey", label)
            frames.append(frame)
        stacked = pd.concat(frames, ignore_index=True)
        wide = _side_by_side(nb_name, name, stacked)
        if wide is not None:
            # side-by-side views lead the comparison, before the notebooks' stacked tables
            result.insert(1, {"name": f"{nb_name}_{name}_wide", "caption": entries[0][2] or name,
                              "table": wide, "figure": True, "notebook": None})
        result.append({"name": f"{nb_name}_{name}", "caption": entries[0][2] or name,
                       "table": stacked, "notebook": nb_name})
    return result


#: Tables shown side by side in a batch comparison: (notebook, table) -> (row key, value,
#: lower and upper confidence limit; names German or English).
SIDE_BY_SIDE = {("maturity", "scores"): (("Dimension",), ("Reifegrad", "Score"),
                                          ("KI unten", "CI low"), ("KI oben", "CI high"))}


def _side_by_side(nb_name, name, stacked):
    """Pivot a stacked table wide (one column per survey) when it is in :data:`SIDE_BY_SIDE`."""
    import pandas as pd

    spec = SIDE_BY_SIDE.get((nb_name, name))
    if spec is None:
        return None
    key, value, low, high = (next((c for c in names if c in stacked.columns), None)
                             for names in spec)
    if key is None or value is None:
        return None
    # several samples in one run (e.g. citizens and staff) stay apart
    inner = next((c for c in ("Befragung", "Survey") if c in stacked.columns[1:]), None)
    column = stacked["Befragung/Survey"]
    if inner is not None and stacked.groupby("Befragung/Survey")[inner].nunique().max() > 1:
        column = column + " · " + stacked[inner].astype(str)
    frame = stacked.assign(_col=column)
    order = list(dict.fromkeys(frame[key]))
    surveys = list(dict.fromkeys(frame["_col"]))

    def pivot(column):
        table = frame.pivot_table(index=key, columns="_col", values=column, aggfunc="first",
                                  sort=False, dropna=False)
        return table.reindex(order)[surveys]

    wide = pivot(value)
    if low is not None and high is not None:
        # each survey's interval beside its value: a difference is never a bare pair of points
        lows, highs = pivot(low), pivot(high)
        parts = []
        for survey in surveys:
            parts += [wide[survey].rename(survey), lows[survey].rename(f"{survey}: {low}"),
                      highs[survey].rename(f"{survey}: {high}")]
        wide = pd.concat(parts, axis=1)
    wide.columns.name = None
    wide = wide.reset_index()
    wide.attrs["values"] = surveys  # the value columns; the figure draws their intervals
    wide.attrs["limits"] = (low, high) if low is not None and high is not None else None
    return wide


def _comparison_figure(wide, language):
    """Draw grouped horizontal bars: one group per row key, one bar per survey (with its CI)."""
    from esslingen_lab.plots import grouped_bar_chart

    cols = wide.attrs.get("values") or list(wide.columns[1:])
    limits = wide.attrs.get("limits")
    intervals = None
    if limits:
        intervals = {col: (wide[f"{col}: {limits[0]}"], wide[f"{col}: {limits[1]}"])
                     for col in cols}
    return grouped_bar_chart(wide.iloc[:, 0].astype(str).tolist(),
                             {col: wide[col] for col in cols}, intervals=intervals)


def build_comparison(run_dirs, batch_dir, *, language=None):
    """Write ``comparison.html`` and ``comparison.xlsx`` for several finished runs."""
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    language = language or "de"
    text = FRAME_TEXT[language]
    tables = comparison_tables(run_dirs)
    nb = new_notebook()
    facts = [(text["run"], Path(batch_dir).name), (text["created"], now())]
    nb.cells.append(new_code_cell("", outputs=[new_output(
        "display_data", data={"text/html": title_html(text["comparison"], facts, language)})]))
    nb.cells.append(new_markdown_cell(f'<h1 class="el-part">{escape(text["comparison"])}</h1>'))
    csv_dir = Path(batch_dir) / "comparison"
    csv_dir.mkdir(exist_ok=True)
    entries = []
    part = None
    for t in tables:
        if t["notebook"] != part and t["notebook"] is not None:
            part = t["notebook"]
            de, en = NOTEBOOK_TITLES.get(part, (part, part))
            nb.cells.append(new_markdown_cell(
                f'<h1 class="el-part">{escape(en if language == "en" else de)}</h1>'))
        nb.cells.append(new_markdown_cell(f"## {t['caption']}"))
        html = t["table"].to_html(index=False, escape=True, na_rep="–", border=0)
        if t.get("figure"):
            import base64
            import io

            fig = _comparison_figure(t["table"], language)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
            b64 = base64.b64encode(buffer.getvalue()).decode("ascii")
            html += (f'<img src="data:image/png;base64,{b64}" '
                     f'alt="{escape(t["caption"])}">')
        nb.cells.append(new_code_cell("", outputs=[new_output("display_data",
                                                              data={"text/html": html})]))
        path = csv_dir / f"{slug(t['name'])}.csv"
        write_table(t["table"], path)
        entries.append({"notebook": "comparison", "name": t["name"], "caption": t["caption"],
                        "path": path, "file": str(path.relative_to(batch_dir))})
    html = standalone_html(nb, text["comparison"], language)
    html_path = Path(batch_dir) / "comparison.html"
    html_path.write_text(html, encoding="utf-8")
    xlsx = write_workbook(entries, Path(batch_dir) / "comparison.xlsx", language=language)
    return html_path, xlsx
