"""``esslingen-lab workshop``: start the Voila workshop apps and export their results.

A thin click layer over :mod:`esslingen_lab.workshop.server` and ``.export``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import click

from esslingen_lab.cli._group import LabGroup
from esslingen_lab.cli._options import SEED, allow_outside, lang_option, output_option
from esslingen_lab.cli._serve import serve_in_foreground
from esslingen_lab.cli._texts import cli_text
from esslingen_lab.defaults import DEFAULT_SEED


@click.group(cls=LabGroup)
def workshop():
    """Workshops: Themen kuratieren, Punkte vergeben, Ergebnisse zeigen (Voila).

    Run theme-curation, dot-voting and live-results apps for a workshop room.
    """


@workshop.command()
@allow_outside
@click.argument("survey", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="Workshop name, e.g. zukunft_2026 (a-z, 0-9, _ -).")
@click.option("--participants", default=30, type=click.IntRange(1, 200), hidden=True,
              help="No longer needed (the participant page starts no kernel); accepted so "
                   "existing scripts keep working.")
@click.option("--port", default=8866, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="127.0.0.1 = this laptop only; 0.0.0.0 = everyone in the room's network.")
@click.option("--title", default=None, help="Heading shown on all pages (default: the name).")
@lang_option(name="language", help="Sprache der Apps / language of the apps.")
@click.option("--seed", default=DEFAULT_SEED, show_default=True, type=SEED,
              help="Zufallsstartwert der Themen: gleicher Wert, gleiche Themen wie im Bericht "
                   "/ seed of the themes: same seed, same themes as the report.")
@click.option("--theme-model", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Saved ThemeModel offered in the facilitator app.")
@click.option("--workshops-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("outputs/workshops"), show_default=True,
              help="Where the workshop file (NAME.db) and the QR code go.")
@click.option("--cull-minutes", default=10, show_default=True, type=click.IntRange(1, 24 * 60),
              help="Stop an app's kernel after this many idle minutes with its page closed.")
def start(survey, name, participants, port, host, title, language, seed, theme_model,
          workshops_dir, cull_minutes):
    """Start the workshop server for SURVEY.yml and print the links.

    Keeps running until Ctrl+C; votes are stored as they come, so restarting with the
    same --name continues the workshop.
    """
    from esslingen_lab.workshop.server import start_server

    def start_it():
        # the server hands its environment to Voila and every app kernel
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            server = start_server(survey, name, participants=participants, port=port,
                                  host=host, workshops_dir=workshops_dir, title=title,
                                  language=language, theme_model=theme_model,
                                  cull_minutes=cull_minutes, seed=seed)
        for warning in caught:
            click.secho(cli_text("warning", text=warning.message), fg="yellow", err=True)
        return server

    def announce(server):
        click.echo(cli_text("workshop_running", name=server.name))
        click.secho(cli_text("facilitator"), bold=True)
        click.echo(f"  {server.facilitator_url}")
        click.secho(cli_text("participants"), bold=True)
        click.echo(f"  {server.participant_url}")
        click.echo(cli_text("code", code=server.code))
        click.echo(cli_text("qr", path=server.qr_path))
        click.secho(cli_text("results"), bold=True)
        click.echo(f"  {server.results_url}")
        if host in ("127.0.0.1", "localhost", "::1"):
            click.secho(cli_text("local_only"), fg="yellow", err=True)
        click.echo(cli_text("workshop_files", db=server.db_path, log=server.log_path))

    serve_in_foreground(start_it, announce)


@workshop.command()
@click.argument("name")
@click.option("--workshops-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("outputs/workshops"), show_default=True)
def stop(name, workshops_dir):
    """Stop the server of workshop NAME left running (e.g. its terminal was killed).

    Stops the Voila server and every kernel it started; votes are safe in NAME.db.
    """
    from esslingen_lab.workshop.server import stop_workshop

    stopped = stop_workshop(name, workshops_dir)
    click.echo(cli_text("stopped", name=name, n=stopped) if stopped
               else cli_text("not_running", name=name))


@workshop.command()
@click.argument("name")
@output_option(required=True, type=click.Path(file_okay=False, path_type=Path),
               help="Folder for the CSV files and workshop.xlsx.")
@click.option("--workshops-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("outputs/workshops"), show_default=True)
def export(name, output, workshops_dir):
    """Write ballots (pseudonymous), results and the audit log of workshop NAME.

    One CSV per table plus workshop.xlsx with one sheet per table.
    """
    from esslingen_lab.workshop.export import export_workshop
    from esslingen_lab.workshop.store import workshop_db_path

    written = export_workshop(workshop_db_path(name, workshops_dir), output)
    for path in written.values():
        click.echo(str(path))
