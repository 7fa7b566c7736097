"""Reading the maturity part's own YAML files (framework, OZG models) through pydantic.

Every problem of a file is reported at once, in one line naming the file and the key path,
worded like the survey spec's errors (:mod:`esslingen_lab.surveys.spec`).
"""

from __future__ import annotations

import difflib
import functools
import typing
from pathlib import Path

from pydantic import BaseModel, ValidationError

from esslingen_lab.surveys.spec import _describe as describe_spec_error
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
    """Describe every error of ``exc`` in one line, ``"; "``-separated."""
    parts = []
    for err in exc.errors():
        if err.get("type") == "extra_forbidden":
            parts.append(_unknown_key(err["loc"], model))
        else:
            parts.append(describe_spec_error(err))
    count = f"{len(parts)} problems: " if len(parts) > 1 else ""
    return count + "; ".join(parts)


def _unknown_key(loc, model) -> str:
    """Describe an unknown key with the closest known key of the model it sits in."""
    known = list(_model_at(model, loc[:-1]).model_fields)
    close = difflib.get_close_matches(str(loc[-1]), known, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"known fields: {', '.join(known)}"
    return f"unknown field '{'.'.join(map(str, loc))}' — {hint}"


def _model_at(model, loc):
    """Return the pydantic model holding the keys at ``loc`` (dict keys, indices skipped)."""
    for part in loc:
        if isinstance(part, str) and part in model.model_fields:
            found = _nested_model(model.model_fields[part].annotation)
            if found is None:
                break
            model = found
    return model


def _nested_model(annotation):
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _nested_model(arg)
        if found is not None:
            return found
    return None
