"""Reading the maturity part's own YAML files (framework, OZG models) through pydantic.

Every problem of a file is reported at once, in one line naming the file and the key path,
worded like the survey spec's errors (:mod:`esslingen_lab.surveys.spec`): the texts come
from the error catalogue (:data:`esslingen_lab.errors.ERROR_TEXT`), so the command line
shows them in its ``--lang``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import BaseModel, ValidationError

from esslingen_lab.errors import validation_problems
from esslingen_lab.surveys.spec import load_yaml

__all__ = ["read_validated"]


def read_validated(path, model: type[BaseModel], error: type[Exception], *, missing: str,
                   invalid: str):
    """Return ``model`` validated from the YAML file ``path``, or raise ``error`` once.

    Parameters
    ----------
    path : str or Path
    model : pydantic model class
    error : :class:`~esslingen_lab.errors.InputError` subclass
    missing : str
        Catalogue reason of a file that does not exist (``framework_not_found``).
    invalid : str
        Catalogue reason of a file that breaks ``model`` (``framework_invalid``); its
        ``.hint`` entry says what to do, also for a file that is no mapping.
    """
    path = Path(path)
    if not path.is_file():
        raise error(reason=missing, file=path)
    stat = path.stat()
    return _read_cached(path.resolve(), stat.st_mtime_ns, stat.st_size, model, error, invalid)


@functools.lru_cache(maxsize=16)
def _read_cached(path: Path, _mtime_ns: int, _size: int, model, error, invalid):
    # keyed on modification time and size: an edited file is read again
    raw = load_yaml(path, error=error)  # untrusted: no duplicate keys, no alias bombs
    if not isinstance(raw, dict):
        raise error(reason="yaml_not_mapping", file=path, hint_key=f"{invalid}.hint")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise error(reason=invalid, file=path,
                    problems=validation_problems(exc, model)) from None
