"""The click group of every command group: the package's errors become one line.

A user's mistake raises :class:`~esslingen_lab.errors.EsslingenLabError` somewhere in the
package; the group catches it once, renders it in the command line's language and exits
with code 1 — no traceback, and no ``try``/``except`` in every sub-command. click's usage
errors (a missing argument, an unknown option or command, a bad value) become one line in
that language too, with click's usage exit code 2 (:mod:`esslingen_lab.cli._usage`). Every
such line starts with the word of its language, ``Fehler:`` or ``Error:``.
"""

from __future__ import annotations

import errno

import click

from esslingen_lab.cli._options import cli_language
from esslingen_lab.cli._texts import os_error_line
from esslingen_lab.cli._usage import ErrorLine, UsageLine, language_in_args, usage_line
from esslingen_lab.errors import EsslingenLabError


class LabGroup(click.Group):
    """A :class:`click.Group` mapping package errors (and refused file operations) to one line.

    Sub-groups use it too (``@click.group(cls=LabGroup)``), so that a group invoked on its
    own behaves the same; the innermost group converts, the others pass the line on.
    """

    def parse_args(self, ctx, args):
        # a usage error may stop click before it reads --lang: look for it in the line
        if _ARGS_LANGUAGE not in ctx.meta:
            ctx.meta[_ARGS_LANGUAGE] = language_in_args(args)
        try:
            return super().parse_args(ctx, args)
        except ErrorLine:
            raise
        except click.UsageError as error:
            raise _one_line(error, ctx) from None
        except click.ClickException as error:  # e.g. a click.File that cannot be opened
            raise ErrorLine(error.format_message(), _args_language(ctx),
                            exit_code=error.exit_code) from None

    def resolve_command(self, ctx, args):
        name, command, rest = super().resolve_command(ctx, args)
        ctx.meta[_RESOLVED] = (ctx, name, command)  # the command whose arguments come next
        return name, command, rest

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ErrorLine:  # a sub-group has worded it already
            raise
        except click.UsageError as error:  # the sub-command's arguments, or its own check
            raise _one_line(error, ctx) from None
        except click.ClickException as error:  # a command's own one-line error (cli_text)
            raise ErrorLine(error.format_message(), cli_language(ctx),
                            exit_code=error.exit_code) from None
        except EsslingenLabError as error:
            language = cli_language(ctx)
            raise ErrorLine(error.render(language), language) from None
        except OSError as error:
            if error.errno == errno.EPIPE:  # click's own handling of a closed pipe
                raise
            # a folder without write permission, a full disk: the user's to fix, not a bug
            language = cli_language(ctx)
            raise ErrorLine(os_error_line(error, language), language) from None


_ARGS_LANGUAGE = "esslingen_lab.args_language"  # --lang as written, before click reads it
_RESOLVED = "esslingen_lab.resolved_command"


def _args_language(ctx) -> str:
    """Return the last --lang of the line, as cli_language() has it once click read them all."""
    return ctx.meta.get(_ARGS_LANGUAGE) or cli_language(ctx)


def _one_line(error: click.UsageError, ctx) -> click.ClickException:
    if isinstance(error, click.exceptions.NoArgsIsHelpError):
        return error  # the help text itself, as click shows it
    language = _args_language(ctx)
    where = ctx
    group_ctx, name, command = ctx.meta.get(_RESOLVED, (None, None, None))
    if error.ctx is None and group_ctx is ctx and command is not None:
        # click's parser raised it for the sub-command, without a context: make one
        where = click.Context(command, info_name=name, parent=ctx)
    return UsageLine(usage_line(error, language, where), language)
