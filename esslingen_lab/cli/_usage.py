"""click's usage errors (missing argument, unknown option or command, bad value) as one line.

click words them in English over three lines (usage, a hint, the error). :class:`LabGroup`
(:mod:`esslingen_lab.cli._group`) hands each :class:`click.UsageError` to
:func:`usage_line`, which words it from the exception's own fields (the parameter, its type,
the option or command given) in the command line's language and says where to look:
``Argument 'SURVEY' fehlt — siehe esslingen-lab validate --help``. The exit code stays
click's usage code 2. :class:`ErrorLine` shows such a line with the prefix of its language
(``Fehler:`` or ``Error:``).
"""

from __future__ import annotations

import re
from gettext import gettext, ngettext

import click

from esslingen_lab.i18n import LANGUAGES, Catalogue, check_language

__all__ = ["USAGE_TEXT", "ErrorLine", "UsageLine", "language_in_args", "usage_line"]

PROGRAM = "esslingen-lab"

USAGE_TEXT = Catalogue.from_pairs("cli.usage", {
    "error_line": ("Fehler: {message}", "Error: {message}"),
    "see_help": ("siehe {command} --help", "see {command} --help"),
    "missing_argument": ("Argument {name} fehlt", "missing argument {name}"),
    "missing_option": ("Option {name} fehlt", "missing option {name}"),
    "no_such_option": ("unbekannte Option {name}", "unknown option {name}"),
    "no_such_command": ("unbekanntes Kommando {name}", "unknown command {name}"),
    "commands": ("(vorhanden: {known})", "(commands: {known})"),
    "did_you_mean": ("(meinten Sie {close}?)", "(did you mean {close}?)"),
    "missing_command": ("Kommando fehlt (vorhanden: {known})",
                        "missing command (commands: {known})"),
    "extra_arguments": ("zu viele Argumente: {given}", "unexpected extra arguments: {given}"),
    "needs_value": ("Option {name} braucht einen Wert", "option {name} needs a value"),
    "needs_values": ("Option {name} braucht {n} Werte", "option {name} needs {n} values"),
    "takes_no_value": ("Option {name} nimmt keinen Wert", "option {name} takes no value"),
    "bad_value": ("ungültiger Wert für {name}: {what}", "invalid value for {name}: {what}"),
    "choice": ("erlaubt sind {choices}", "allowed are {choices}"),
    "whole_number": ("eine ganze Zahl{limits} angeben", "give a whole number{limits}"),
    "number": ("eine Zahl{limits} angeben", "give a number{limits}"),
    "and": ("und", "and"),
    "decimal_comma": ("Dezimalpunkt statt Komma, z. B. 0.5", "e.g. 0.5"),
    "flag": ("ja oder nein (true/false) angeben", "give yes or no (true/false)"),
    "no_file": ("keine vorhandene Datei; den Pfad prüfen",
                "not an existing file; check the path"),
    "is_folder": ("ist ein Ordner; einen Dateinamen angeben",
                  "is a folder; give a file name"),
    "is_file": ("ist eine Datei; einen Ordner angeben", "is a file; give a folder"),
    "not_found": ("nicht gefunden; den Pfad prüfen", "not found; check the path"),
})

_LANGUAGE_OPTIONS = ("--lang", "--language")


class ErrorLine(click.ClickException):
    """An error worded as one line in ``language``, shown as ``Fehler: …`` or ``Error: …``.

    click's own :meth:`~click.ClickException.show` says ``Error:`` in every language.

    Parameters
    ----------
    message : str
        The line without its prefix, already in ``language``.
    language : str, default=None
        ``"de"`` or ``"en"``; None is German, the command line's default.
    exit_code : int, default=None
        The process's exit code; None keeps the class's (1, usage errors 2).
    """

    def __init__(self, message: str, language: str | None = None, *, exit_code=None):
        super().__init__(message)
        self.language = check_language(language)
        if exit_code is not None:
            self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(USAGE_TEXT.text("error_line", self.language, message=self.format_message()),
                   file=file, err=file is None, color=self.show_color)


class UsageLine(ErrorLine):
    """A usage error already worded as one line: shown as ``Fehler: …``/``Error: …``, exit 2."""

    exit_code = 2


def language_in_args(args) -> str | None:
    """Return the last valid ``--lang``/``--language`` value in a command line, or None.

    Used when a usage error stops click before it read ``--lang`` (``esslingen-lab
    --lang en report --nope``: the unknown option is found while the options are parsed).
    """
    found = None
    args = [str(a) for a in args]
    for index, arg in enumerate(args):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if name not in _LANGUAGE_OPTIONS:
            continue
        if not equals:
            value = args[index + 1] if index + 1 < len(args) else ""
        if value in LANGUAGES:
            found = value
    return found


def usage_line(error: click.UsageError, language: str, ctx: click.Context | None = None) -> str:
    """Word ``error`` as one line in ``language``, ending with where ``--help`` is.

    ``ctx`` is the command's context when the error carries none (click's parser raises
    some without one).
    """

    def text(key, **values):
        return USAGE_TEXT.text(key, language, **values)

    ctx = error.ctx or ctx
    message = _describe(error, ctx, text)
    if ctx is not None and ctx.command.get_help_option(ctx) is not None:
        message += f" — {text('see_help', command=_command_path(ctx))}"
    return " ".join(message.split())


def _describe(error, ctx, text) -> str:
    if isinstance(error, click.MissingParameter):
        kind = error.param_type or (error.param.param_type_name if error.param else "")
        line = text("missing_option" if kind == "option" else "missing_argument",
                    name=_param_name(error, ctx))
        if error.param is not None and isinstance(error.param.type, click.Choice):
            line += f" ({_what(error.param, text)})"
        return line
    if isinstance(error, click.BadParameter):
        what = _what(error.param, text) if error.param is not None else None
        return text("bad_value", name=_param_name(error, ctx), what=what or error.message)
    if isinstance(error, click.NoSuchOption):
        return _with_close(text("no_such_option", name=repr(error.option_name)),
                           error.possibilities, text)
    if isinstance(error, getattr(click, "NoSuchCommand", ())) or (
            ctx is not None and isinstance(ctx.command, click.Group)
            and _matches(error.message, "No such command {name!r}.")):
        name = getattr(error, "command_name", None) or _quoted(error.message)
        line = text("no_such_command", name=repr(name) if name else "")
        close = getattr(error, "possibilities", None)
        return _with_close(line, close, text) if close else \
            f"{line} {text('commands', known=_commands(ctx))}"
    if isinstance(error, click.BadOptionUsage):
        option = _option(ctx, error.option_name)
        if option is not None and (option.is_flag or option.count):
            return text("takes_no_value", name=repr(error.option_name))
        if option is not None and option.nargs > 1:
            return text("needs_values", name=repr(error.option_name), n=option.nargs)
        return text("needs_value", name=repr(error.option_name))
    if ctx is not None and isinstance(ctx.command, click.Group) and \
            error.message == gettext("Missing command."):
        return text("missing_command", known=_commands(ctx))
    for n in (1, 2):  # click's own sentence, in its singular and plural
        template = ngettext("Got unexpected extra argument ({args})",
                            "Got unexpected extra arguments ({args})", n)
        extra = re.fullmatch(re.escape(template).replace(re.escape("{args}"), "(.*)"),
                             error.message)
        if extra:
            return text("extra_arguments", given=extra.group(1))
    return error.message  # the package's own usage errors bring their words


def _what(param, text) -> str | None:
    """Say what ``param`` takes, from its click type (None: no general advice)."""
    kind = param.type
    if isinstance(kind, click.Choice):
        return text("choice", choices=", ".join(str(c) for c in kind.choices))
    if isinstance(kind, (click.IntRange, click.FloatRange)) or kind in (click.INT, click.FLOAT):
        whole = isinstance(kind, click.IntRange) or kind is click.INT
        limits = []
        if getattr(kind, "min", None) is not None:
            limits.append(f"{'>' if kind.min_open else '≥'} {kind.min}")
        if getattr(kind, "max", None) is not None:
            limits.append(f"{'<' if kind.max_open else '≤'} {kind.max}")
        joined = f" {text('and')} ".join(limits)
        line = text("whole_number" if whole else "number",
                    limits=f" {joined}" if joined else "")
        return line if whole else f"{line} ({text('decimal_comma')})"
    if kind is click.BOOL:
        return text("flag")
    if isinstance(kind, click.Path):
        if kind.exists and not kind.dir_okay:
            return text("no_file")
        if not kind.dir_okay:
            return text("is_folder")
        if not kind.file_okay:
            return text("is_file")
        if kind.exists:
            return text("not_found")
    return None


def _param_name(error, ctx) -> str:
    if error.param_hint is not None:
        hint = error.param_hint
        return " / ".join(repr(h) for h in hint) if not isinstance(hint, str) else hint
    if error.param is not None:
        return error.param.get_error_hint(ctx)
    return ""


def _with_close(line: str, possibilities, text) -> str:
    if possibilities:
        close = ", ".join(repr(p) for p in sorted(possibilities))
        line += f" {text('did_you_mean', close=close)}"
    return line


def _commands(ctx) -> str:
    return ", ".join(ctx.command.list_commands(ctx)) if ctx is not None else ""


def _option(ctx, name):
    if ctx is None:
        return None
    return next((p for p in ctx.command.get_params(ctx)
                 if isinstance(p, click.Option) and name in (*p.opts, *p.secondary_opts)), None)


def _matches(message: str, template: str) -> bool:
    pattern = re.escape(gettext(template)).replace(re.escape("{name!r}"), "'.*'")
    return re.fullmatch(pattern, message) is not None


def _quoted(message: str) -> str | None:
    found = re.search(r"'(.*)'", message)
    return found.group(1) if found else None


def _command_path(ctx) -> str:
    """``esslingen-lab report``: the command's path under the program's own name."""
    names = []
    while ctx is not None:
        names.append(ctx.info_name if ctx.parent is not None else PROGRAM)
        ctx = ctx.parent
    return " ".join(reversed([n for n in names if n]))
