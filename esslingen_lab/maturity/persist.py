"""Saving and loading a fitted MaturityReport as data only: JSON and numpy arrays.

One ``.npz`` file holds ``meta.json`` (parameters, framework, text columns of the result
tables) and numpy arrays (numeric columns, bootstrap replicates); loading never unpickles
anything, so a file from someone else cannot run code. Reuse one fit across the notebooks
of a report run instead of fitting twice.
"""

from __future__ import annotations

import hashlib
import json
import numbers
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from esslingen_lab import __version__
from esslingen_lab.errors import InputError
from esslingen_lab.files import atomic_write
from esslingen_lab.maturity.framework import Framework
from esslingen_lab.maturity.views import check_fitted

__all__ = ["save_report", "load_report", "cache_path", "FORMAT"]

#: Name and version of the file format (inside the file's ``meta.json``).
FORMAT = ("esslingen-lab-maturity", 1)

_PARAMS = ("n_boot", "confidence", "ci_method", "min_items", "alpha_threshold",
           "anonymity_threshold", "reference", "random_state", "language")
_TABLES = ("samples_", "scores_", "items_", "reliability_", "alpha_if_deleted_", "gap_",
           "comparison_", "respondent_scores_")
_FRAMEWORK_TABLES = ("levels", "dimensions", "items")
_TEXT_DTYPES = {"text:object", "text:str", "text:string"}


def _pack_table(name: str, table: pd.DataFrame, arrays: dict) -> list:
    """Store numeric and boolean columns as arrays, text columns as JSON lists.

    Returns the column list of ``meta.json``: ``[column, dtype, values or None]``.
    """
    columns = []
    for i, column in enumerate(table.columns):
        values = table[column]
        if values.dtype.kind in "biuf":
            arrays[f"{name}{i}"] = values.to_numpy()
            columns.append([str(column), values.dtype.str, None])
        else:
            columns.append([str(column), f"text:{values.dtype}",
                            [None if pd.isna(v) else _plain(v) for v in values]])
    return columns


def _unpack_table(name: str, columns: list, arrays: dict) -> pd.DataFrame:
    data = {}
    for i, (column, dtype, values) in enumerate(columns):
        if dtype in _TEXT_DTYPES:  # object, or pandas' string dtype
            data[column] = pd.Series(values, dtype=dtype.removeprefix("text:"))
        elif np.dtype(dtype).kind in "biuf":
            data[column] = pd.Series(arrays[f"{name}{i}"], dtype=np.dtype(dtype))
        else:  # the file is not one save() wrote
            raise ValueError(f"column {column!r} has the unexpected type {dtype!r}")
    return pd.DataFrame(data, columns=[c for c, _, _ in columns])


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def save_report(report, path) -> Path:
    """Write a fitted report to ``path`` (see :meth:`MaturityReport.save`), atomically."""
    check_fitted(report)
    fw = report.framework_
    labels = list(report.bootstrap_)
    arrays = {f"bootstrap_{i}": report.bootstrap_[label] for i, label in enumerate(labels)}
    meta = {
        "format": FORMAT[0], "format_version": FORMAT[1], "esslingen_lab": __version__,
        "params": {name: _plain(getattr(report, name)) for name in _PARAMS},
        "k": int(report.k_), "group_columns": list(report.group_columns_),
        "framework": {"name": fw.name, "title": fw.title, "title_en": fw.title_en,
                      "scale": list(fw.scale), "path": fw.path,
                      **{t: _pack_table(f"framework.{t}.", getattr(fw, t), arrays)
                         for t in _FRAMEWORK_TABLES}},
        "tables": {name: _pack_table(f"{name}.", getattr(report, name), arrays)
                   for name in _TABLES},
        "bootstrap": labels,
    }
    arrays["meta.json"] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"),
                                        dtype=np.uint8)
    path = Path(path)

    def write(tmp):
        with open(tmp, "wb") as out:
            np.savez_compressed(out, **arrays)

    return atomic_write(path, write)


def _refuse(path, why):
    return InputError(why, file=path, hint="fit the report again and save it with save()")


def load_report(cls, path):
    """Read a report written by :func:`save_report`; see :meth:`MaturityReport.load`."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "Datei nicht gefunden / file not found")
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "keine gespeicherte Reifegrad-Auswertung (pickle-Dateien werden nicht "
                            "geladen) / not a saved MaturityReport")
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        meta = json.loads(arrays.pop("meta.json").tobytes().decode("utf-8"))
    except (KeyError, ValueError, OSError, zipfile.BadZipFile, UnicodeDecodeError) as err:
        raise _refuse(path, f"keine gespeicherte Reifegrad-Auswertung / not a saved "
                            f"MaturityReport ({err})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT[0]:
        raise _refuse(path, "keine gespeicherte Reifegrad-Auswertung / not a saved "
                            "MaturityReport")
    if meta.get("format_version") != FORMAT[1] or meta.get("esslingen_lab") != __version__:
        raise _refuse(path, f"mit esslingen-lab {meta.get('esslingen_lab')} gespeichert, "
                            f"installiert ist {__version__} / saved by another version")
    try:
        return _restore(cls, meta, arrays)
    except (KeyError, TypeError, ValueError) as err:
        raise _refuse(path, f"beschädigte Datei / damaged file ({err})") from None


def _restore(cls, meta, arrays):
    report = cls(**meta["params"])
    fw = meta["framework"]
    report.framework_ = Framework(name=fw["name"], title=fw["title"], title_en=fw["title_en"],
                                  scale=tuple(fw["scale"]), path=fw["path"],
                                  **{t: _unpack_table(f"framework.{t}.", fw[t], arrays)
                                     for t in _FRAMEWORK_TABLES})
    for name in _TABLES:
        setattr(report, name, _unpack_table(f"{name}.", meta["tables"][name], arrays))
    report.k_ = int(meta["k"])
    report.group_columns_ = list(meta["group_columns"])
    report.bootstrap_ = {label: arrays[f"bootstrap_{i}"]
                         for i, label in enumerate(meta["bootstrap"])}
    dims = report.framework_.dimensions["dimension"].tolist()
    people = report.respondent_scores_
    report._values = {label: part[dims].to_numpy(dtype=float)
                      for label, part in people.groupby("sample", sort=False)}
    return report


def cache_path(report, samples, cache_dir):
    """File of a fit of these samples with the report's parameters in ``cache_dir``.

    The key covers the package version, the parameters (with the anonymity threshold in
    effect), the framework's tables and every sample's 0–100 answers, ids and groups — not
    the free text, so a redacted and an unredacted load of one survey share a fit. None for
    a ``random_state`` that is not an integer (no reproducible fit to share).
    """
    if not isinstance(report.random_state, numbers.Integral):
        return None
    digest = hashlib.sha256()
    params = {name: repr(getattr(report, name)) for name in _PARAMS
              if name != "anonymity_threshold"}
    digest.update(json.dumps([__version__, FORMAT, params, report.k_]).encode("utf-8"))
    frames = [getattr(report.framework_, t) for t in _FRAMEWORK_TABLES]
    for s in samples:
        digest.update(json.dumps([s.label, s.respondent_group, s.city, s.wave, s.groups,
                                  s.item_columns], ensure_ascii=False).encode("utf-8"))
        frames.append(s.responses)
    for frame in frames:
        digest.update(json.dumps([str(c) for c in frame.columns]).encode("utf-8"))
        digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    folder = Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"maturity_{digest.hexdigest()[:16]}.npz"
