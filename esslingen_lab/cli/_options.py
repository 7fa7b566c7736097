"""Options shared by the sub-commands, so that each is spelled and checked in one place.

Every command spells the language ``--lang`` and an output ``--output``; older spellings
(``--language``, ``--out``, ``--output-dir``) keep working as hidden aliases.
"""

from __future__ import annotations

import copy

import click

from esslingen_lab.i18n import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["SEED", "FiniteFloatRange", "allow_outside", "cli_language", "lang_option",
           "output_option", "AliasOption"]

#: numpy and scikit-learn accept seeds 0 … 2**32 - 1; anything else is a one-line error.
SEED = click.IntRange(0, 2**32 - 1)



class FiniteFloatRange(click.FloatRange):
    """A click ``FloatRange`` that also refuses NaN and ±inf ("nan" passes every comparison).

    The error is the range's own one-line message (the same as for a number out of range).
    """

    def convert(self, value, param, ctx):
        import math

        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(self._describe_range(), param, ctx)
        return number


_LANGUAGE = "esslingen_lab.language"  # key in ctx.meta, which all nested contexts share


class AliasOption(click.Option):
    """A click option whose old spellings (``hidden_aliases``) work but stay out of --help."""

    def __init__(self, param_decls=None, *, hidden_aliases=(), **attrs):
        super().__init__(param_decls, **attrs)
        self.hidden_aliases = tuple(hidden_aliases)

    def _shown(self):
        shown = copy.copy(self)
        shown.opts = [o for o in self.opts if o not in self.hidden_aliases]
        return shown

    def get_help_record(self, ctx):
        return click.Option.get_help_record(self._shown(), ctx)

    def get_error_hint(self, ctx):
        return click.Option.get_error_hint(self._shown(), ctx)


def cli_language(ctx: click.Context | None = None) -> str:
    """Return the language the command line speaks: the last ``--lang`` given, else German."""
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is None:
        return DEFAULT_LANGUAGE
    return ctx.meta.get(_LANGUAGE) or DEFAULT_LANGUAGE


def speak_language(language: str, ctx: click.Context | None = None) -> None:
    """Speak ``language`` from now on unless the user chose one with ``--lang``.

    A batch file's ``language: en`` words the batch's own lines (its failures come worded
    in the reports' language) in English, not German with English inside.
    """
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is not None and language in LANGUAGES:
        ctx.meta.setdefault(_LANGUAGE, language)


def _remember_language(ctx, param, value):
    given = ctx.get_parameter_source(param.name) not in (
        click.core.ParameterSource.DEFAULT, click.core.ParameterSource.DEFAULT_MAP, None)
    if given and value is not None:
        ctx.meta[_LANGUAGE] = value
        return value
    # not given here: ``esslingen-lab --lang … <command>`` applies, else the default (a
    # default of None keeps its meaning, e.g. "the survey's language" for a report)
    return ctx.meta.get(_LANGUAGE, value)


def lang_option(default: str | None = DEFAULT_LANGUAGE, *, name: str = "lang",
                help: str = "Sprache / language (de, en).", show_default: bool = True):
    """``--lang de|en`` (old spelling ``--language`` hidden); sets the language of errors."""
    return click.option("--lang", "--language", name, cls=AliasOption,
                        hidden_aliases=("--language",), type=click.Choice(list(LANGUAGES)),
                        default=default, show_default=show_default and default is not None,
                        callback=_remember_language, help=help)


def output_option(*, name: str = "output", aliases=("--out",), short: bool = False, **attrs):
    """``--output`` (older spellings ``aliases`` hidden); ``attrs`` as for click.option."""
    decls = ["--output", *aliases, *(["-o"] if short else []), name]
    return click.option(*decls, cls=AliasOption, hidden_aliases=tuple(aliases), **attrs)


def _allow_outside(ctx, param, value):
    if value:
        import os

        from esslingen_lab.surveys.spec import ALLOW_OUTSIDE_ENV

        # the environment reaches every spec this process (and its notebook kernels) reads
        os.environ[ALLOW_OUTSIDE_ENV] = "1"
    return value


#: ``--allow-outside``: let a survey.yml read data files outside its own folder.
allow_outside = click.option(
    "--allow-outside", is_flag=True, expose_value=False, callback=_allow_outside,
    help="Datendateien außerhalb des Ordners der survey.yml erlauben (nur bei Specs, denen Sie "
         "vertrauen) / allow data files outside the spec's folder (trusted specs only).")
