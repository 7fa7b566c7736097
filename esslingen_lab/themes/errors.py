"""Errors of the theme model, apart from it so that every stage can raise them."""

from esslingen_lab.errors import EsslingenLabError

__all__ = ["ThemeModelError", "ThemeModelVersionError"]


class ThemeModelError(EsslingenLabError):
    """Texts cannot be clustered as asked (too few texts, unknown method, bad parameter)."""


class ThemeModelVersionError(ThemeModelError):
    """A saved model was written by an incompatible esslingen-lab version."""
