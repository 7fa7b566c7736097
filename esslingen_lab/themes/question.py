"""The one way to fit the themes of a survey question (CLI, notebooks, report and workshop).

Same survey, question, number of themes and seed give the same themes wherever they are
shown: every caller goes through :func:`fit_question` with :data:`DEFAULT_SEED`.
"""

from __future__ import annotations

__all__ = ["DEFAULT_SEED", "DEFAULT_N_THEMES", "fit_question", "free_text_questions"]

from esslingen_lab.defaults import DEFAULT_N_THEMES, DEFAULT_SEED


def free_text_questions(survey):
    """Return the survey's free-text questions as ``{column: wording}``, in spec order.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey

    Returns
    -------
    dict of str to str
    """
    return {col: str(wording or col) for col, wording in survey.spec.questions.items()}


def fit_question(survey, question=None, n_themes=DEFAULT_N_THEMES, *, seed=DEFAULT_SEED,
                 cache_dir=None, **kwargs):
    """Fit a ThemeModel on one question of a loaded survey.

    The texts are the survey's redacted, non-empty answers to ``question`` (``ids_`` are
    the respondent ids); the survey's language and ``stopwords:`` are used.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
        Loaded with ``redact=True`` (the default), so quotes are redacted.
    question : str, default=None
        Free-text column; the survey's first question when None.
    n_themes : int or "auto", default=8
    seed : int, default=42
        Recorded as the model's ``random_state``.
    cache_dir : str or Path, default=None
        A report run's model folder: a model fitted there before on the same answers with
        the same parameters is loaded instead of fitted again (the themes and the compare
        part of a report then share one fit), and a new fit is saved there.
    **kwargs
        More :class:`~esslingen_lab.themes.ThemeModel` parameters (``method``,
        ``stability`` …).

    Returns
    -------
    ThemeModel

    Raises
    ------
    ThemeModelError
        When ``question`` is not a free-text question of the survey.
    """
    from esslingen_lab.themes.model import ThemeModel, ThemeModelError

    questions = free_text_questions(survey)
    question = question or next(iter(questions), None)
    if question not in questions:
        from esslingen_lab.errors import closest

        close = closest(question, questions)
        if close:  # a typo, or umlauts typed as "ae": "aergernisse" for "ärgernisse"
            raise ThemeModelError(reason="themes_no_question_close", question=question,
                                  close=close)
        known = ", ".join(questions) or "–"
        raise ThemeModelError(reason="themes_no_question", question=question, known=known)
    texts = survey.texts(question)
    kwargs.setdefault("language", survey.spec.language)
    model = ThemeModel(n_themes, random_state=seed, stopwords=list(survey.spec.stopwords), **kwargs)
    answers, ids = texts["text"].tolist(), texts["respondent_id"].tolist()
    path = None if cache_dir is None else _cached_model(cache_dir, question, model, answers, ids)
    if path is not None and path.is_file():
        try:
            return ThemeModel.load(path)
        except ThemeModelError:
            pass  # damaged or from another version: fit again
    model.fit(answers, ids=ids)
    if path is not None:
        try:
            model.save(path)
        except (ThemeModelError, OSError):
            pass  # e.g. a custom vectorizer cannot be saved: the next part fits again
    return model


def _cached_model(cache_dir, question, model, answers, ids):
    """File of a fitted model for these answers and parameters in ``cache_dir``."""
    import hashlib
    import json
    from pathlib import Path

    from esslingen_lab import __version__

    params = {k: repr(v) for k, v in sorted(model.get_params().items())}
    key = json.dumps([__version__, question, params, [str(i) for i in ids], answers],
                     ensure_ascii=False)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    safe = "".join(c if c.isalnum() or c in "_-" else "_" for c in str(question))[:40]
    folder = Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"themes_{safe}_{digest}.npz"
