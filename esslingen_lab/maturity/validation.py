"""Reading the maturity part's own YAML files (framework, OZG models) through pydantic.

Every problem of a file is reported at once, in one line naming the file and the key path,
worded like the survey spec's errors (:mod:`esslingen_lab.surveys.spec`).
"""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import BaseModel, ValidationError

from esslingen_lab.errors import validation_problems
from esslingen_lab.surveys.spec import load_yaml

__all__ = ["read_validated", "validation_message"]


def read_validated(path, model: type[BaseModel], error: type[Exception], *, missing: str,
                   hint: str):
    """Return ``model`` validated from the YAML file ``path``, or raise ``error`` once.

    Parameters
    ----------
    path : str or Path
    model : pydantic model class
    error : exception class taking ``message, file=, hint=``
    missing : str
        Message for a file that does not exist.
    hint : str
        What to do, added to a validation message.
    """
    path = Path(path)
    if not path.is_file():
        raise error(missing, file=path)
    stat = path.stat()
    return _read_cached(path.resolve(), stat.st_mtime_ns, stat.st_size, model, error, hint)


@functools.lru_cache(maxsize=16)
def _read_cached(path: Path, _mtime_ns: int, _size: int, model, error, hint):
    # keyed on modification time and size: an edited file is read again
    raw = load_yaml(path, error=error)  # untrusted: no duplicate keys, no alias bombs
    if not isinstance(raw, dict):
        raise error("must be a YAML mapping (key: value lines)", file=path)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise error(validation_message(exc, model), file=path, hint=hint) from None


def validation_message(exc: ValidationError, model: type[BaseModel]) -> str:
    """Describe every error of ``exc`` in one line, ``"; "``-separated (English).

    The words come from :func:`esslingen_lab.errors.validation_problems`, which the report
    batch file uses too, in the command line's language.
    """
    return validation_problems(exc, model).render("en")
