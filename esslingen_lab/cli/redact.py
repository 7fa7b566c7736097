"""``esslingen-lab redact``: remove personal data from free-text columns of a table.

Writes the same rows in the same order; only the named text columns change.
"""

from __future__ import annotations

from pathlib import Path

import click

from esslingen_lab.cli._options import lang_option, output_option
from esslingen_lab.cli._tables import missing_column, read_text_table
from esslingen_lab.cli._texts import CLI_TEXT, column_labels
from esslingen_lab.errors import OutputError
from esslingen_lab.files import check_outputs, write_table
from esslingen_lab.i18n import Catalogue

_TEXT = Catalogue.from_pairs(
    "cli.redact",
    {
        "summary": (
            "Entfernt: {found} ({rows} Zeilen) → {output}",
            "Removed: {found} ({rows} rows) → {output}",
        ),
        "other_column": (
            "Hinweis: Spalte „{column}“ wurde nicht bereinigt, enthält aber wohl personenbezogene"
            " Daten ({found}); bitte mit --text-column {option} erneut ausführen oder die"
            " Spalte vor dem Weitergeben löschen.",
            "Note: column '{column}' was not redacted but seems to hold personal data ({found});"
            " rerun with --text-column {option} or delete the column before sharing.",
        ),
        "other_column_private_name": (
            "Hinweis: Spalte Nr. {number} wurde nicht bereinigt, enthält aber wohl"
            " personenbezogene Daten ({found}), auch ihr Name; bitte die Spalte umbenennen und"
            " mit --text-column erneut ausführen oder sie vor dem Weitergeben löschen.",
            "Note: column no. {number} was not redacted but seems to hold personal data"
            " ({found}), its name too; rename the column and rerun with --text-column, or"
            " delete it before sharing.",
        ),
    },
)


#: Table formats --output can be: chosen by the suffix (README "Privacy")
_OUTPUT_SUFFIXES = (".csv", ".tsv", ".tab", ".xlsx")


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option(
    "--text-column",
    "text_columns",
    multiple=True,
    required=True,
    help="Column with free text to redact (repeat the option for several columns).",
)
@output_option(name="output_path", aliases=(), short=True, required=True,
               type=click.Path(path_type=Path),
               help="CSV or XLSX file to write (its folder must exist; never the input).")
@lang_option(help="Language of the summary and of errors.")
def redact(input_path, text_columns, output_path, lang):
    """Replace names, e-mail addresses, phone numbers, addresses etc. in text columns.

    Reads INPUT (CSV, XLSX or SPSS .sav), replaces personal data in each --text-column by
    tags such as [NAME] or [TELEFON] and writes a CSV with the same rows in the same order;
    all other columns stay exactly as they were. Counts per type go to stderr.

    Ersetzt personenbezogene Daten in den Textspalten durch Platzhalter wie [NAME]. Das
    ist ein Sicherheitsnetz, keine Garantie: Zitate vor dem Zeigen bitte lesen.
    """
    import warnings

    from esslingen_lab.privacy import redact as redact_texts

    if output_path.suffix.lower() not in _OUTPUT_SUFFIXES and not output_path.is_dir():
        # a table written under another suffix opens as nothing useful ("out.txt")
        raise OutputError(reason="output_suffix" if output_path.suffix else "output_no_suffix",
                          file=output_path, option="--output", suffix=output_path.suffix,
                          allowed=", ".join(_OUTPUT_SUFFIXES))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        table, delimiter, encoding = read_text_table(input_path)
    for warning in caught:  # e.g. lines in another encoding: repaired, but worth a look
        click.echo(CLI_TEXT.text("note", lang, text=warning.message), err=True)
    from esslingen_lab.surveys.column_names import resolve_column

    # "téxt" typed (composed) names the column "téxt" the file has (decomposed, from macOS)
    resolved = {c: resolve_column(c, table.columns) for c in text_columns}
    missing = [c for c, found in resolved.items() if found is None]
    if missing:
        raise missing_column(input_path, missing[0], "--text-column", table.columns)
    text_columns = [resolved[c] for c in text_columns]
    check_outputs({"--output": output_path}, [input_path], create_folder=False)
    totals: dict[str, int] = {}
    for column in dict.fromkeys(text_columns):
        result = redact_texts(table[column].tolist())
        table[column] = result.texts
        for kind, n in result.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    _warn_other_columns(table, text_columns, lang)
    if output_path.suffix.lower() in {".tsv", ".tab"}:
        delimiter = "\t"
    write_table(table, output_path, inputs=[input_path], create_folder=False, sep=delimiter,
                encoding=encoding)
    # counted by the tag the text shows: a withheld answer reads "[TEXT ENTFERNT]"
    found = ", ".join(f"{'TEXT ENTFERNT' if kind == 'WITHHELD' else kind} {n}"
                      for kind, n in totals.items() if n) or "0"
    click.echo(_TEXT.text("summary", lang, found=found, rows=len(table), output=output_path),
               err=True)  # fmt: skip


#: distinct values of each column not named that are looked at for personal data: enough
#: to notice a column of contacts, few enough that 80 such columns cost seconds, not minutes
_OTHER_COLUMN_SAMPLE = 300


def _warn_other_columns(table, text_columns, lang) -> None:
    """Name each column left as it was whose text holds personal data (counts, no values).

    Only the named columns are redacted; a "Kontakt" or an unnamed column of e-mail
    addresses would pass through unseen. The first distinct values of each text column
    are run through the same redaction, and a column where it finds something is named on
    stderr with the counts per kind, never with a value; the option to rerun with is
    quoted for the shell.
    """
    import shlex

    from esslingen_lab.privacy import redact as redact_texts

    labels = column_labels(table.columns)
    for number, column in enumerate(table.columns, start=1):
        if column in text_columns:
            continue
        values = [v for v in table[column].tolist() if isinstance(v, str) and v.strip()]
        values = list(dict.fromkeys(values))[:_OTHER_COLUMN_SAMPLE]
        if not values:
            continue
        counts = {kind: n for kind, n in redact_texts(values).counts.items() if n}
        if counts:
            found = ", ".join(f"{kind} {n}" for kind, n in counts.items())
            name = labels[number - 1]
            if name.startswith("Nr. "):  # a header "anna@web.de" or "Schmidt" is not shown
                click.echo(_TEXT.text("other_column_private_name", lang, number=number,
                                      found=found), err=True)  # fmt: skip
                continue
            click.echo(_TEXT.text("other_column", lang, column=name, found=found,
                                  option=shlex.quote(name)), err=True)  # fmt: skip
