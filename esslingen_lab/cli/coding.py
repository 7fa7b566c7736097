"""``esslingen-lab coding``: serve the coding app, compute agreement, export codings.

A thin click layer over :mod:`esslingen_lab.coding`.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from urllib.parse import urlencode

import click

from esslingen_lab.cli._group import LabGroup
from esslingen_lab.cli._options import SEED, allow_outside, lang_option, output_option
from esslingen_lab.cli._serve import serve_in_foreground
from esslingen_lab.cli._texts import cli_text, column_labels, number
from esslingen_lab.files import OutputFolder

_STORE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


@click.group(cls=LabGroup)
def coding():
    """Freitexte kodieren: App für Kodierende, Übereinstimmung, Export.

    Human coding of free-text answers: the coding app for a group of coders, inter-coder
    agreement and exports (codings, training file for `classify train`).
    """


@coding.command()
@allow_outside
@click.argument("survey", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--question", required=True, help="Free-text column to code.")
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Codebook YAML (default: the bundled example).")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite file of the codings (default: OUTPUT/codings.sqlite); reuse "
                   "it to continue.")
@output_option(name="output_dir", aliases=("--output-dir",),
               type=click.Path(file_okay=False, path_type=Path), default=None,
               help="Folder for the exports (default: outputs/coding/<survey>-<question>).")
@click.option("--port", default=8867, show_default=True, type=click.IntRange(1, 65535))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="127.0.0.1 = this computer only; 0.0.0.0 = other coders in the network.")
@lang_option(name="language", help="Sprache der App / language of the app.")
@click.option("--coders", default="",
              help="Comma-separated coder names, e.g. anna,ben: prints a personal link per "
                   "coder with the name filled in.")
def start(survey, question, codebook, store, output_dir, port, host, language, coders):
    """Start the coding app for one QUESTION of SURVEY.yml and print its link.

    Every coder opens the link, enters a name and codes one redacted answer at a time;
    all codings go to one SQLite file. Runs until Ctrl+C.
    """
    from esslingen_lab.coding.server import start_coding_server

    def start_it():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # data-quality notes are the validate command's job
            return start_coding_server(survey, question, codebook=codebook, store=store,
                                       output_dir=output_dir, port=port, host=host,
                                       language=language)

    def announce(server):
        click.echo(cli_text("coding_running"))
        click.secho(f"  {server.url}", bold=True)
        names = [" ".join(name.split()) for name in coders.split(",") if name.strip()]
        if names:
            click.echo(cli_text("personal_links"))
            for name in names:
                click.echo(f"  {name}: {server.url}?{urlencode({'coder': name})}")
        click.echo(cli_text("coding_files", store=server.store_path, exports=server.output_dir,
                            log=server.log_path))

    serve_in_foreground(start_it, announce)


def _codings(path: Path):
    """Codings from a coding store (.sqlite/.db) or from a CSV/XLSX export of one."""
    from esslingen_lab.coding import CodingStore
    from esslingen_lab.errors import InputError
    from esslingen_lab.surveys import read_table

    if path.suffix.lower() in _STORE_SUFFIXES:
        with CodingStore(path, readonly=True) as store:
            codebook = store.codebook
            return store.codings(), (codebook.code_names if codebook else None)
    table = read_table(path)
    missing = [c for c in ("coder", "answer_id", "codes") if c not in table.columns]
    if missing:
        raise InputError(reason="no_column", hint_key="no_coding_column.hint", file=path,
                         column=missing[0], shown=", ".join(column_labels(table.columns[:20])))
    return table, None


@coding.command()
@click.argument("codings", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_option(type=click.Path(file_okay=False, path_type=Path), default=None,
               help="Folder for summary.csv, pairs.csv, per_code.csv, disagreements.csv and "
                    "confusion_<coder>_<coder>.csv per pair.")
@click.option("--bootstrap", default=500, show_default=True, type=click.IntRange(0, 100_000),
              help="Resamples for the 95 % interval of alpha (0: none).")
@click.option("--seed", default=0, show_default=True, type=SEED)
def agreement(codings, output, bootstrap, seed):
    """Inter-coder agreement of CODINGS (coding store .sqlite, or its CSV/XLSX export).

    Percent agreement, Krippendorff's alpha with interval, Cohen's kappa per coder pair,
    agreement per code and the list of disagreements for adjudication. Answers coded by
    fewer than two coders are not compared.
    """
    from esslingen_lab.coding import agreement as compute

    frame, codes = _codings(codings)
    report = compute(frame, codes=codes, n_bootstrap=bootstrap, random_state=seed)
    low, high = report.alpha_ci
    interval = ("" if low != low else
                f" [95 %: {number(low, decimals=2)}–{number(high, decimals=2)}]")
    click.echo(cli_text("coded_by_two", n=report.n_answers, single=report.n_single))
    click.echo(cli_text("percent", share=number(100 * report.percent_agreement, decimals=1)))
    click.echo(cli_text("alpha", alpha=number(report.alpha, decimals=3), interval=interval))
    for row in report.pairs.itertuples():
        click.echo(cli_text("kappa", a=row.coder_a, b=row.coder_b, n=row.n_answers,
                            kappa=number(row.kappa, decimals=3)))
    click.echo(cli_text("disagreements", n=len(report.disagreements)))
    if output is not None:
        tables = {"summary": report.summary(), "pairs": report.pairs,
                  "per_code": report.per_code, "disagreements": report.disagreements}
        for row in report.pairs.itertuples():
            slug = re.sub(r"[^0-9A-Za-z_-]+", "_", f"{row.coder_a}_{row.coder_b}")
            tables[f"confusion_{slug}"] = report.confusion(row.coder_a, row.coder_b) \
                .rename_axis(index=row.coder_a, columns=row.coder_b).reset_index()
        with OutputFolder(output, inputs=[codings]) as folder:
            for name, table in tables.items():
                folder.table(f"{name}.csv", table)
        click.echo(cli_text("tables_written", output=output))


@coding.command()
@click.argument("store", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@output_option(required=True, type=click.Path(dir_okay=False, path_type=Path),
               help="CSV or XLSX file.")
@click.option("--coded", is_flag=True,
              help="One row per coded answer (id, text, code): the input of `classify train`. "
                   "Default: every coding (coder, answer_id, codes, memo, …).")
def export(store, output, coded):
    """Export the codings of a coding STORE (.sqlite) as CSV or XLSX."""
    from esslingen_lab.coding import CodingStore

    if store.suffix.lower() not in _STORE_SUFFIXES:
        raise click.ClickException(f"{store}: {cli_text('not_a_store')}")
    with CodingStore(store, readonly=True) as opened:
        path = opened.export_coded(output) if coded else opened.export(output)
    click.echo(f"→ {path}")
