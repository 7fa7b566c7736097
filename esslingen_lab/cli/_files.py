"""Writing the command line's output files: whole or not at all, text as text.

The writer itself lives in :mod:`esslingen_lab.files` (the analysis modules write their
workbooks with it too); this module gives the sub-commands it and one helper that turns a
refused output into the one-line error of the command line.
"""

from __future__ import annotations

import click

from esslingen_lab.files import OutputFolder, check_outputs, write_table, write_workbook

__all__ = ["OutputFolder", "check_outputs", "write_table", "write_workbook", "refuse_outputs"]


def refuse_outputs(outputs, inputs=(), *, create_folder: bool = True) -> None:
    """Like :func:`check_outputs`, raising a one-line ``click.ClickException``."""
    from esslingen_lab.errors import OutputError

    try:
        check_outputs(outputs, inputs, create_folder=create_folder)
    except OutputError as exc:
        raise click.ClickException(str(exc)) from None
