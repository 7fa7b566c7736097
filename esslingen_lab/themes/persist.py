"""Saving and loading a fitted ThemeModel as data only: JSON plus numpy arrays in one ``.npz``.

Loading never unpickles anything (``numpy.load(allow_pickle=False)``), so a model file from
someone else cannot run code; pickle and joblib files are refused with one line.
"""

from __future__ import annotations

import json
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from esslingen_lab.files import atomic_write

__all__ = ["save_model", "load_model", "fit_record", "FORMAT"]

#: Name and version of the file format (inside the file's ``meta.json``).
FORMAT = ("esslingen-lab-themes", 2)

# Fitted arrays saved as they are (dense numpy).
_ARRAYS = (
    "labels_",
    "scores_",
    "_centers",
    "_nmf_order",
    "_kept",
    "_outlier_cut",
    "_word_cols",
    "_whole_cols",
    "_own",
)
# Fitted sparse matrices.
_SPARSE = ("_merge", "_word_counts")
# Plain values (JSON).
_VALUES = ("n_themes_", "_seed", "_display_map")


def fit_record(model):
    """Seed, parameters (JSON values), number of texts and versions of a fitted model."""
    import sklearn

    from esslingen_lab import __version__

    params = {name: _plain(value) for name, value in sorted(model.get_params().items())}
    return {
        "seed": params.get("random_state"),
        "params": params,
        "n_texts": len(model.texts_),
        "esslingen_lab": __version__,
        "sklearn": sklearn.__version__,
    }


def _plain(value):
    """Return ``value`` as JSON data: numbers, text, lists and dicts as they are, else repr."""
    if isinstance(value, np.generic):
        return value.item()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return repr(value)


def _state(model):
    """JSON-able meta data and named arrays that describe a fitted model completely."""
    import scipy.sparse as sp
    import sklearn

    from esslingen_lab import __version__
    from esslingen_lab.themes.errors import ThemeModelError

    if model._vectorizer is not None:
        raise ThemeModelError(reason="themes_save_vectorizer")
    if not isinstance(model.method, str):
        raise ThemeModelError(reason="themes_save_clusterer")
    params = model.get_params()
    params.pop("vectorizer")
    params.pop("labeler")  # its labels are in the themes table; recorded in "fit"
    arrays = {}
    for name in _ARRAYS:
        value = getattr(model, name, None)
        if value is not None:
            arrays[name] = np.asarray(value)
    for name in _SPARSE:
        m = sp.csr_matrix(getattr(model, name))
        arrays.update(
            {
                f"{name}.data": m.data,
                f"{name}.indices": m.indices,
                f"{name}.indptr": m.indptr,
                f"{name}.shape": np.asarray(m.shape),
            }
        )
    arrays["_tfidf.idf"] = model._tfidf.idf_
    if model._svd is not None:
        arrays["_svd.components"] = model._svd.components_
    if model._nmf is not None:
        arrays["_nmf.components"] = model._nmf.components_
    chars = None
    if model._chars is not None:
        arrays["_char_tfidf.idf"] = model._char_tfidf.idf_
        chars = {
            "ngram_range": list(model._chars.ngram_range),
            "min_df": model._chars.min_df,
            "vocabulary": sorted(model._chars.vocabulary_, key=model._chars.vocabulary_.get),
        }
    themes = model.themes_.astype(object).where(model.themes_.notna(), None)
    meta = {
        "format": FORMAT[0],
        "format_version": FORMAT[1],
        "fit": fit_record(model),
        "esslingen_lab": __version__,
        "sklearn": sklearn.__version__,
        "params": params,
        "values": {name: getattr(model, name) for name in _VALUES},
        "raw_vocabulary": [str(f) for f in model._raw_vec.get_feature_names_out()],
        "features": [str(f) for f in model._features],
        "word_names": [str(f) for f in model._word_names],
        "chars": chars,
        "texts": list(model.texts_),
        "ids": [i.item() if isinstance(i, np.generic) else i for i in model.ids_],
        "themes": themes.to_dict(orient="records"),
        "k_curve": None if model.k_curve_ is None else model.k_curve_.to_dict(orient="list"),
    }
    return meta, arrays


def save_model(model, path):
    """Write ``model`` to ``path`` (a zip of ``meta.json`` and ``.npy`` arrays), atomically.

    Parameters
    ----------
    model : ThemeModel
        Fitted with the built-in vectorizer.
    path : str or Path
    """
    meta, arrays = _state(model)
    blob = json.dumps(meta, ensure_ascii=False, default=_json_default).encode("utf-8")
    arrays["meta.json"] = np.frombuffer(blob, dtype=np.uint8)

    def write(tmp):
        with open(tmp, "wb") as out:
            np.savez_compressed(out, **arrays)

    atomic_write(Path(path), write)


def _json_default(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _refuse(path, reason, **params):
    from esslingen_lab.errors import InputError

    return InputError(reason=reason, file=path, **params)


def load_model(cls, path):
    """Read a model written by :func:`save_model`; see :meth:`ThemeModel.load`."""
    from esslingen_lab import __version__
    from esslingen_lab.themes.errors import ThemeModelVersionError

    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "file_not_found")
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "themes_model_pickle")
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        meta = json.loads(arrays.pop("meta.json").tobytes().decode("utf-8"))
    except (KeyError, ValueError, OSError, zipfile.BadZipFile, UnicodeDecodeError) as err:
        raise _refuse(path, "themes_model_not_saved", detail=f" ({err})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT[0]:
        raise _refuse(path, "themes_model_not_saved", detail="")
    saved = str(meta.get("esslingen_lab", "?"))
    same_minor = saved.split(".")[:2] == __version__.split(".")[:2]
    if not same_minor or meta.get("format_version") != FORMAT[1]:
        raise ThemeModelVersionError(reason="themes_model_version", path=path, saved=saved,
                                     installed=__version__)
    try:
        model = _restore(cls, meta, arrays)
    except (KeyError, TypeError, ValueError, IndexError) as err:
        raise _refuse(path, "themes_model_damaged", detail=err) from None
    _warn_sklearn(meta.get("sklearn"))
    return model


def _warn_sklearn(saved):
    import sklearn

    if saved != sklearn.__version__:
        warnings.warn(
            f"Model saved with scikit-learn {saved}, running {sklearn.__version__}; results "
            "may differ slightly. Re-fit to be sure.",
            UserWarning,
            stacklevel=4,
        )


def _restore(cls, meta, arrays):
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import CountVectorizer

    params = dict(meta["params"])
    for name in ("char_ngrams", "k_range"):  # tuples come back from JSON as lists
        if isinstance(params.get(name), list):
            params[name] = tuple(params[name])
    model = cls(**params)
    for name, value in meta["values"].items():
        setattr(model, name, value)
    for name in _ARRAYS:
        setattr(model, name, arrays.get(name))
    for name in _SPARSE:
        shape = tuple(int(v) for v in arrays[f"{name}.shape"])
        matrix = sp.csr_matrix(
            (arrays[f"{name}.data"], arrays[f"{name}.indices"], arrays[f"{name}.indptr"]),
            shape=shape,
        )
        setattr(model, name, matrix)
    analyzer = model._analyzer()
    analyzer.display_.update(model._display_map)
    model._raw_vec = CountVectorizer(
        analyzer=analyzer.marked, vocabulary=meta["raw_vocabulary"], dtype=np.float32
    )
    model._features = np.array(meta["features"], dtype=object)
    model._word_names = np.array(meta["word_names"], dtype=object)
    model._vectorizer = None
    model._tfidf = _tfidf(arrays["_tfidf.idf"])
    model._chars = None
    if meta["chars"] is not None:
        from esslingen_lab.themes.features import CharNgramVectorizer

        info = meta["chars"]
        model._chars = CharNgramVectorizer(tuple(info["ngram_range"]), min_df=info["min_df"])
        model._chars.vocabulary_ = {g: i for i, g in enumerate(info["vocabulary"])}
        model._char_tfidf = _tfidf(arrays["_char_tfidf.idf"])
    model._svd = None
    if "_svd.components" in arrays:
        from sklearn.decomposition import TruncatedSVD

        comp = arrays["_svd.components"]
        model._svd = TruncatedSVD(comp.shape[0])
        model._svd.components_ = comp
        model._svd.n_features_in_ = comp.shape[1]
    model._nmf = None
    if "_nmf.components" in arrays:
        from sklearn.decomposition import NMF

        comp = arrays["_nmf.components"]
        model._nmf = NMF(comp.shape[0], init="nndsvda", max_iter=300, tol=1e-3)
        model._nmf.components_ = comp
        model._nmf.n_components_ = comp.shape[0]
        model._nmf.n_features_in_ = comp.shape[1]
    model.texts_ = list(meta["texts"])
    model.ids_ = list(meta["ids"])
    themes = pd.DataFrame(meta["themes"])
    for col in ("stability", "coverage", "share"):
        themes[col] = pd.to_numeric(themes[col]).astype(float)
    themes.attrs["fit"] = meta.get("fit") or fit_record(model)
    model.themes_ = themes
    model.k_curve_ = None if meta["k_curve"] is None else pd.DataFrame(meta["k_curve"])
    return model


def _tfidf(idf):
    from sklearn.feature_extraction.text import TfidfTransformer

    t = TfidfTransformer(sublinear_tf=True)
    t.idf_ = np.asarray(idf)
    return t
