"""The click group of every command group: the package's errors become one line.

A user's mistake raises :class:`~esslingen_lab.errors.EsslingenLabError` somewhere in the
package; the group catches it once, renders it in the command line's language and exits
with code 1 — no traceback, and no ``try``/``except`` in every sub-command.
"""

from __future__ import annotations

import errno

import click

from esslingen_lab.cli._options import cli_language
from esslingen_lab.errors import EsslingenLabError


class LabGroup(click.Group):
    """A :class:`click.Group` mapping package errors (and refused file operations) to one line.

    Sub-groups use it too (``@click.group(cls=LabGroup)``), so that a group invoked on its
    own behaves the same; the innermost group converts, the others pass the line on.
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EsslingenLabError as error:
            raise click.ClickException(error.render(cli_language(ctx))) from None
        except OSError as error:
            if error.errno == errno.EPIPE:  # click's own handling of a closed pipe
                raise
            # a folder without write permission, a full disk: the user's to fix, not a bug
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(" ".join(f"{where}{error.strerror or error}".split())) \
                from None
