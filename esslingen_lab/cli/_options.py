"""Option types shared by the sub-commands, so that each is checked in one place."""

from __future__ import annotations

import click

#: numpy and scikit-learn accept seeds 0 … 2**32 - 1; anything else is a one-line error.
SEED = click.IntRange(0, 2**32 - 1)
