"""``esslingen-lab validate``: check a survey spec and its data, print the accounting.

Exit code 0 when the survey is usable, 1 when it is not, 2 for a malformed command.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from esslingen_lab.cli._options import allow_outside


@click.command()
@allow_outside
@click.argument("spec", type=click.Path(path_type=Path))
@click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True,
              help="Language of the summary.")
@click.option("--report", "report_path", type=click.Path(path_type=Path), default=None,
              help="Write the failure cases (file, row, column, check, value, reason) to CSV "
                   "or XLSX.")
@click.option("--overview/--no-overview", default=True, show_default=True,
              help="Also print respondents per group, answer lengths and frequent words.")
def validate(spec, lang, report_path, overview):
    """Check SPEC (a survey.yml) and its data files; print what was read, used and excluded.

    Prüft SPEC (survey.yml) und die Datendateien und zeigt, welche Zeilen gelesen,
    verwendet und ausgeschlossen wurden.
    """
    from esslingen_lab.errors import EsslingenLabError
    from esslingen_lab.surveys import validate_survey
    from esslingen_lab.surveys.overview import format_overview

    try:
        survey = validate_survey(spec)
    except EsslingenLabError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"== {survey.spec.title or survey.name} ({spec}) ==")
    click.echo(survey.quality.summary(lang))
    if report_path is not None:
        inputs = [spec, *survey.spec.file_paths()]
        if survey.spec.spec_file is not None:
            inputs.append(survey.spec.spec_file)
        _write_cases(survey.quality.cases, report_path, inputs)
        click.echo(("Fehlerfälle geschrieben: " if lang == "de" else "Failure cases written: ")
                   + str(report_path))
    if overview and survey.quality.usable:
        click.echo(format_overview(survey, lang))
    sys.exit(0 if survey.quality.usable else 1)


def _write_cases(cases, path: Path, inputs):
    from esslingen_lab.cli._files import write_table
    from esslingen_lab.errors import OutputError

    try:
        write_table(cases, path, inputs=inputs, create_folder=False)
    except OutputError as exc:
        raise click.ClickException(str(exc)) from None
