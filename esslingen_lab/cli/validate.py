"""``esslingen-lab validate``: check a survey spec and its data, print the accounting.

Exit code 0 when the survey is usable, 1 when it is not, 2 for a malformed command.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from esslingen_lab.cli._options import allow_outside, lang_option
from esslingen_lab.cli._texts import CLI_TEXT


@click.command()
@allow_outside
@click.argument("spec", type=click.Path(path_type=Path))
@lang_option(help="Language of the summary.")
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
    from esslingen_lab.files import write_table
    from esslingen_lab.surveys import validate_survey
    from esslingen_lab.surveys.overview import format_overview

    survey = validate_survey(spec)
    if survey.quality.usable:
        from esslingen_lab.reports.weights import check_population

        check_population(survey)
    click.echo(f"== {survey.spec.title or survey.name} ({spec}) ==")
    click.echo(survey.quality.summary(lang))
    if report_path is not None:
        inputs = [spec, *survey.spec.file_paths()]
        if survey.spec.spec_file is not None:
            inputs.append(survey.spec.spec_file)
        write_table(survey.quality.cases, report_path, inputs=inputs, create_folder=False)
        click.echo(CLI_TEXT.text("cases_written", lang, path=report_path))
    if overview and survey.quality.usable:
        click.echo(format_overview(survey, lang))
    sys.exit(0 if survey.quality.usable else 1)

