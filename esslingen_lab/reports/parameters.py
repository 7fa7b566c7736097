"""Which notebooks a report runs and with which parameters: lookup, types, conversion.

Part of :mod:`esslingen_lab.reports`. Every report notebook has a cell tagged ``parameters``
with the standard names (:data:`CONVENTION_TYPES`); a user's ``-p key=value`` is checked
against every selected notebook's cell before anything runs.
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass
from pathlib import Path

from esslingen_lab.defaults import NO_WORDS, YES_WORDS
from esslingen_lab.paths import notebooks_dir
from esslingen_lab.reports.errors import ParameterError, ReportError

# ----------------------------------------------------------------------------------------------
# Notebooks and parameters
# ----------------------------------------------------------------------------------------------

#: The analysis notebooks a default report runs, in this order.
DEFAULT_NOTEBOOKS = ("data_quality", "themes", "maturity", "compare")
#: Added to the default list when a workshop export directory is given.
WORKSHOP_NOTEBOOK = "workshop_results"


#: Types of the parameters every report notebook has (contract); used when a default is None.
CONVENTION_TYPES = {
    "survey_path": str, "question": str, "n_themes": int, "seed": int, "language": str,
    "anonymity_threshold": int, "output_dir": str, "workshop_export": str, "method": str,
}
#: Words accepted for a parameter besides values of its type (``-p n_themes=auto``).
ALTERNATIVE_VALUES = {"n_themes": ("auto",)}
#: Parameters the run sets itself; users cannot override them with ``-p``.
RESERVED_PARAMETERS = ("survey_path", "output_dir")



def resolve_notebooks(names=None, *, workshop_export=None, folder=None):
    """Turn notebook names or paths into ``(name, path)`` pairs and a list of skipped ones.

    Parameters
    ----------
    names : list of str, default=None
        Names in ``notebooks/`` (``"themes"``), or paths to ``.ipynb`` files. None means the
        default list; default notebooks whose file does not exist yet are skipped.
    workshop_export : str or Path, default=None
        Adds the workshop results notebook to the default list.
    folder : Path, default=None
        Where names are looked up; :func:`notebooks_dir` when None.

    Returns
    -------
    selected : list of (str, Path)
    skipped : list of dict
        ``{"notebook": name, "reason": ...}`` for default notebooks not (yet) present.

    Raises
    ------
    ReportError
        An explicitly requested notebook does not exist, or one is listed twice.
    """
    folder = notebooks_dir() if folder is None else Path(folder)
    explicit = names is not None and len(names) > 0
    if not explicit:
        names = list(DEFAULT_NOTEBOOKS) + ([WORKSHOP_NOTEBOOK] if workshop_export else [])
    selected, skipped = [], []
    for entry in names:
        entry = str(entry).strip()
        if entry.endswith(".ipynb") or "/" in entry or os.sep in entry:
            path = Path(entry).expanduser().resolve()
            name = path.stem
        else:
            path, name = folder / f"{entry}.ipynb", entry
        if not path.is_file():
            if explicit:
                raise ReportError(reason="report_notebook_missing", notebook=entry, path=path)
            skipped.append({"notebook": name, "reason": f"{path.name} fehlt/is missing"})
            continue
        if name in {n for n, _ in selected}:
            raise ReportError(reason="report_notebook_twice", notebook=name)
        selected.append((name, path))
    if not explicit and WORKSHOP_NOTEBOOK not in names:
        skipped.append({"notebook": WORKSHOP_NOTEBOOK,
                        "reason": "kein Workshop-Export angegeben/no workshop export given"})
    if not selected:
        raise ReportError(reason="report_no_notebooks", names=", ".join(names))
    return selected, skipped


_TYPE_NAMES = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "dict": dict}


@dataclass
class NotebookParameter:
    """One parameter of a notebook's ``parameters`` cell."""

    name: str
    default: object
    type: type | None


def inspect_parameters(path) -> dict[str, NotebookParameter]:
    """Return the parameters declared in a notebook's ``parameters`` cell (via papermill).

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict of str to NotebookParameter
        Type from an annotation (``n: int = 8``), else from the default's literal value, else
        the team convention (:data:`CONVENTION_TYPES`), else None (any value).

    Raises
    ------
    ReportError
        The notebook has no cell tagged ``parameters``.
    """
    from esslingen_lab.reports.kernel import import_papermill

    pm = import_papermill()
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    if not any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells):
        raise ReportError(reason="report_no_parameters_cell", notebook=Path(path).stem)
    result = {}
    for name, info in pm.inspect_notebook(str(path)).items():
        try:
            default = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError, TypeError):
            default = None
        annotated = str(info.get("inferred_type_name") or "").replace("Optional[", "")
        annotated = annotated.split("|")[0].strip(" ]")
        typ = _TYPE_NAMES.get(annotated)
        if typ is None and default is not None:
            typ = type(default)
        if typ is None:
            typ = CONVENTION_TYPES.get(name)
        result[name] = NotebookParameter(name, default, typ)
    return result




def convert_value(name: str, value, typ):
    """Convert a ``-p`` value (string from the command line, or a YAML value) to ``typ``.

    Raises
    ------
    ParameterError
        The value does not fit the type of the parameter's default.
    """
    import yaml

    def fail():
        tname = typ.__name__ if typ is not None else "?"
        raise ParameterError(reason="report_parameter_type", name=name, value=repr(value),
                             type=tname)

    if value is None or typ is None:
        return yaml.safe_load(value) if isinstance(value, str) and typ is None else value
    if isinstance(value, str):
        text = value.strip()
        if typ is bool:
            if text.lower() in YES_WORDS:
                return True
            if text.lower() in NO_WORDS:
                return False
            fail()
        if typ is int:
            if re.fullmatch(r"[+-]?\d+", text):
                return int(text)
            fail()
        if typ is float:
            try:
                return float(text)
            except ValueError:
                fail()
        if typ is str:
            return value
        if typ in (list, dict):
            try:
                parsed = yaml.safe_load(text)
            except yaml.YAMLError:
                fail()
            if not isinstance(parsed, typ):
                fail()
            return parsed
        fail()
    if typ is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, bool) and typ is not bool:
        fail()
    if not isinstance(value, typ):
        fail()
    return value


def validate_parameters(notebooks, user_parameters) -> dict[str, dict]:
    """Check user parameters against every notebook's ``parameters`` cell.

    Parameters
    ----------
    notebooks : list of (str, Path)
    user_parameters : dict
        Name to value (strings from ``-p key=value`` are converted).

    Returns
    -------
    dict of str to dict
        Per notebook name: the declared names, their converted user values, and the declared
        parameters (key ``"_declared"``).

    Raises
    ------
    ParameterError
        A name no selected notebook declares, a reserved name, or an ill-typed value.
    """
    declared = {name: inspect_parameters(path) for name, path in notebooks}
    known = sorted({p for params in declared.values() for p in params})
    for key in user_parameters:
        if key in RESERVED_PARAMETERS:
            raise ParameterError(reason="report_parameter_reserved", name=key)
        if key not in known:
            raise ParameterError(reason="report_parameter_unknown", name=key,
                                 known=", ".join(known))
    converted = {}
    for name, params in declared.items():
        values = {}
        for key, value in user_parameters.items():
            if key not in params:
                continue
            if isinstance(value, str) and value.strip() in ALTERNATIVE_VALUES.get(key, ()):
                values[key] = value.strip()
            else:
                values[key] = convert_value(key, value, params[key].type)
        converted[name] = {"values": values, "_declared": params}
    return converted


def parse_parameter_args(items) -> dict[str, str]:
    """Parse ``key=value`` strings from ``-p``; raise ParameterError on a malformed one."""
    result = {}
    for item in items or ():
        key, sep, value = str(item).partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise ParameterError(reason="report_parameter_form", item=repr(item))
        result[key] = value
    return result
