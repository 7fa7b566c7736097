"""Option types shared by the sub-commands, so that each is checked in one place."""

from __future__ import annotations

import click

#: numpy and scikit-learn accept seeds 0 … 2**32 - 1; anything else is a one-line error.
SEED = click.IntRange(0, 2**32 - 1)


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
