"""``esslingen-lab demo``: the whole pipeline on the bundled synthetic demo surveys.

Validates both demo surveys, writes the report of the citizen survey, then serves the
workshop apps (unless ``--no-workshop``).
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from esslingen_lab.cli._options import lang_option
from esslingen_lab.cli._texts import cli_text

DEMO = Path("surveys") / "esslingen_demo"


def _demo_folder() -> Path:
    """Find the demo surveys: ``surveys/esslingen_demo`` here, else the packaged copy."""
    from esslingen_lab.paths import demo_surveys_dir

    for folder in (Path.cwd() / DEMO, demo_surveys_dir()):
        if (folder / "citizens" / "survey.yml").exists():
            return folder
    raise click.ClickException(cli_text("no_demo"))


@click.command()
@lang_option()
@click.option("--report/--no-report", default=True, show_default=True,
              help="Write the report of the demo citizen survey.")
@click.option("--workshop/--no-workshop", default=True, show_default=True,
              help="Serve the workshop apps at the end (stop with Ctrl+C).")
@click.option("--port", default=8866, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def demo(ctx, lang, report, workshop, port):
    """Run the pipeline on the synthetic demo surveys and serve the workshop apps.

    Führt die ganze Auswertung auf den synthetischen Demo-Umfragen aus.
    """
    from esslingen_lab.surveys import validate_survey
    from esslingen_lab.surveys.overview import format_overview

    folder = _demo_folder()
    specs = [folder / "citizens" / "survey.yml", folder / "staff" / "survey.yml"]
    for spec in specs:
        survey = validate_survey(spec)
        click.echo(f"\n== {survey.spec.title or survey.name} ==")
        click.echo(survey.quality.summary(lang))
        click.echo(format_overview(survey, lang))
    group = ctx.find_root().command
    if report:
        click.echo(cli_text("demo_report"))
        command = group.get_command(ctx, "report")
        ctx.invoke(command, survey=str(specs[0]), language=lang,
                   output=str(Path("outputs") / "demo-report"), force=True)
    click.echo(cli_text("demo_coding") + "\n  .venv/bin/esslingen-lab coding start "
               f"{os.path.relpath(specs[0])} --question aergernis")
    if workshop:
        click.echo("\n== Workshop ==")
        command = group.get_command(ctx, "workshop").get_command(ctx, "start")
        ctx.invoke(command, survey=specs[0], name="demo", port=port, language=lang)
