"""``esslingen-lab report``: turn a survey into an HTML/XLSX report with papermill.

A thin click layer over :mod:`esslingen_lab.reports`; user mistakes become one-line errors.
"""

from __future__ import annotations

import click

from esslingen_lab.cli._options import (
    SEED,
    allow_outside,
    lang_option,
    output_option,
    speak_language,
)
from esslingen_lab.cli._texts import cli_text
from esslingen_lab.serve import interrupt_on_signals


@click.command("report")
@allow_outside
@click.argument("survey", required=False, type=click.Path(dir_okay=False))
@click.option("--notebooks", "-n", "notebooks", multiple=True, metavar="NAME[,NAME…]",
              help="Notebooks to run (names in notebooks/ or .ipynb paths; repeat or separate "
                   "with commas). Default: data_quality, themes, maturity, compare "
                   "(+ workshop_results with --workshop-export).")
@click.option("--parameter", "-p", "parameters", multiple=True, metavar="KEY=VALUE",
              help="Notebook parameter, e.g. -p n_themes=6 -p question=aergernis. Checked "
                   "against the notebooks' parameters cells before anything runs.")
@lang_option(None, name="language", help="Report language (default: the survey's language).")
@output_option(type=click.Path(file_okay=False), default=None,
               help="Run directory (default: outputs/<survey>-<timestamp>/; with --batch the "
                    "batch directory).")
@click.option("--force", is_flag=True, help="Replace an existing run directory.")
@click.option("--seed", type=SEED, default=None,
              help="Random seed for every notebook (default 42).")
@click.option("--workshop-export", "workshop_export", type=click.Path(file_okay=False),
              default=None, help="Directory from 'esslingen-lab workshop export'; adds the "
                                 "workshop results notebook.")
@click.option("--batch", "batch", type=click.Path(dir_okay=False), default=None,
              help="YAML file listing several surveys; runs each into its own directory and "
                   "writes a comparison.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Surveys run in parallel with --batch.")
@click.option("--format", "formats", multiple=True, type=click.Choice(["html", "pdf"]),
              help="Also write report.pdf (A4, page numbers), printed from report.html by "
                   "headless Chromium: --format pdf. HTML and XLSX are always written.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
@click.option("--list-parameters", "list_parameters", is_flag=True,
              help="Show the notebooks' parameters (name, type, default) and exit.")
@interrupt_on_signals()  # kill/SIGHUP act like Ctrl+C: an interrupted run marks its manifest
def report(survey, notebooks, parameters, language, output, force, seed, workshop_export, batch,
           jobs, formats, quiet, list_parameters):
    """Bericht erstellen / build a report from SURVEY (a survey.yml).

    Runs the analysis notebooks with papermill into a new run directory holding the executed
    notebooks, one self-contained HTML report (report.html, opens offline), an Excel workbook
    with every table (tables.xlsx) and manifest.json (inputs with sha256, parameters, seed,
    versions, timings).

    \b
    Examples:
      esslingen-lab report surveys/esslingen_demo/citizens/survey.yml
      esslingen-lab report survey.yml --lang en -p n_themes=6 --notebooks themes,maturity
      esslingen-lab report survey.yml --format pdf
      esslingen-lab report --batch batch.yml --jobs 2

    \b
    Batch-Datei / batch file (Pfade relativ zur Batch-Datei / paths relative to it):
      surveys:
        - surveys/esslingen_demo/staff/survey.yml
        - path: surveys/partners/ludwigsburg/survey.yml
          parameters: {n_themes: 6}         # optional, nur hier / this survey only
          notebooks: [maturity]             # optional
      notebooks: [data_quality, maturity]   # optional, für alle / for all surveys
      parameters: {anonymity_threshold: 5}  # optional
      language: de                          # optional: de, en
      seed: 42                              # optional
    """  # noqa: D301 - click keeps a paragraph after \b as written
    from esslingen_lab import reports

    names = [n.strip() for entry in notebooks for n in entry.split(",") if n.strip()] or None
    if list_parameters:
        selected, skipped = reports.resolve_notebooks(names, workshop_export=workshop_export
                                                      or "-")
        for name, path in selected:
            click.echo(f"{name} ({path}):")
            for param in reports.inspect_parameters(path).values():
                tname = param.type.__name__ if param.type else "any"
                click.echo(f"  {param.name:<22} {tname:<6} default: {param.default!r}")
        return
    params = reports.parse_parameter_args(parameters)
    if batch:
        if survey:
            raise click.UsageError(cli_text("survey_or_batch"))
        if params or names or workshop_export or "pdf" in formats:
            raise click.UsageError(cli_text("batch_settings"))
        result = reports.run_batch(batch, jobs=jobs, out=output, force=force,
                                   progress=not quiet, language=language, seed=seed)
        speak_language(result.language)  # without --lang: the batch file's "language: en"
        for run in result.runs:
            mark = "ok" if run["status"] == "ok" else cli_text("batch_failed", error=run["error"])
            click.echo(f"{run['survey']}: {run['run_dir']} — {mark}")
        if result.html:
            click.echo(cli_text("comparison", path=result.html))
        if not result.ok:
            failed = [r["survey"] for r in result.runs if r["status"] != "ok"]
            raise click.ClickException(cli_text("batch_summary", failed=len(failed),
                                                total=len(result.runs), names=", ".join(failed)))
        return
    if not survey:
        raise click.UsageError(cli_text("survey_missing"))
    if jobs != 1:
        raise click.UsageError(cli_text("jobs_batch"))
    run = reports.run_report(survey, notebooks=names, parameters=params, language=language,
                             seed=seed, out=output, force=force, workshop_export=workshop_export,
                             progress=not quiet,
                             formats=("html", "xlsx", *(f for f in formats if f != "html")))
    for skipped in run.manifest.get("skipped", []):
        click.echo(cli_text("skipped_notebook", notebook=skipped["notebook"],
                            reason=skipped["reason"]))
    click.echo(cli_text("report_html", path=run.html))
    click.echo(cli_text("report_xlsx", path=run.xlsx))
    if run.pdf:
        click.echo(f"PDF: {run.pdf}")
    click.echo(f"Manifest: {run.run_dir / 'manifest.json'}")
