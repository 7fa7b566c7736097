"""``esslingen-lab maturity``: digital maturity tables and charts from one or more surveys.

A thin click layer over :class:`esslingen_lab.maturity.MaturityReport` and
:func:`esslingen_lab.maturity.write_outputs`.
"""

from __future__ import annotations

import click

from esslingen_lab.cli._options import SEED, allow_outside, lang_option, output_option
from esslingen_lab.cli._texts import CLI_TEXT
from esslingen_lab.defaults import DEFAULT_SEED
from esslingen_lab.i18n import format_number


@click.command("maturity")
@allow_outside
@click.argument("surveys", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False))
@output_option(short=True, required=True, type=click.Path(file_okay=False),
               help="Ausgabeordner / output folder (tables/, charts/, reifegrad.xlsx).")
@click.option("--seed", default=DEFAULT_SEED, show_default=True, type=SEED,
              help="Zufallsstartwert für die Bootstrap-Intervalle / bootstrap seed.")
@click.option("--n-boot", default=2000, show_default=True, type=click.IntRange(min=100),
              help="Bootstrap-Stichproben / bootstrap resamples.")
@lang_option(name="language", help="Sprache / language of tables and charts.")
@click.option("--framework", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Anderes Reifegradmodell (YAML) / other maturity framework.")
@click.option("--services", default=None,
              help="Tabelle der Verwaltungsleistungen mit OZG-Kriterien (CSV/XLSX) oder 'demo'.")
@click.option("--by", "group_columns", multiple=True,
              help="Nur diese Gruppierungsspalten aufschlüsseln / only these group columns.")
@click.option("--charts/--no-charts", default=True, show_default=True,
              help="Grafiken (PNG + SVG) schreiben / write charts.")
def maturity(surveys, output, seed, n_boot, language, framework, services, group_columns,
             charts):
    """Digitalen Reifegrad berechnen (Dimensionen, Konfidenzintervalle, Vergleiche).

    Werte je Dimension mit Konfidenzintervall, Reliabilität, Lücke Bürger:innen–Beschäftigte
    und Vergleich mehrerer Städte oder Wellen.

    Compute digital maturity from one or more SURVEYS (survey.yml); several surveys
    (citizens + staff, cities, waves) are compared on the same framework.
    """
    import warnings

    from esslingen_lab.maturity import MaturityReport, demo_services, write_outputs
    from esslingen_lab.privacy import group_plan
    from esslingen_lab.surveys import load_survey, read_table

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # Only Likert columns are used and no free text is written, so redacting the free
        # text (slow on large surveys) would protect nothing here.
        loaded = [load_survey(path, redact=False) for path in surveys]
        report = MaturityReport(framework, n_boot=n_boot, random_state=seed,
                                language=language).fit(loaded)
        table = None
        if services == "demo":
            table = demo_services()
        elif services:
            table = read_table(services)
        inputs = [*surveys, *(p for s in loaded for p in s.spec.file_paths())]
        if framework:
            inputs.append(framework)
        if services and services != "demo":
            inputs.append(services)
        # one plan for the whole output: a group hidden for one survey is hidden in
        # every table of that column (a superset of each survey's plan stays safe)
        hide = {}
        for survey in loaded:
            for column, groups in group_plan(survey).items():
                hide.setdefault(column, set()).update(groups)
        written = write_outputs(report, output, services=table,
                                services_file=services if services != "demo" else None,
                                group_columns=list(group_columns) or None,
                                language=language, charts=charts, inputs=inputs,
                                hide={c: sorted(g) for c, g in hide.items()})
    for w in caught:
        if issubclass(w.category, UserWarning):
            click.echo(CLI_TEXT.text("note", language, text=str(w.message).splitlines()[0]),
                       err=True)
    overall = report.scores_[report.scores_["dimension"] == "gesamt"]
    for _, row in overall.iterrows():
        click.echo(f"{row['sample']}: {format_number(row['score'], language, decimals=1)} "
                   f"(n={row['n']})")
    click.echo(CLI_TEXT.text("maturity_done", language, tables=len(written["tables"]),
                             charts=len(written["charts"]), output=output))
