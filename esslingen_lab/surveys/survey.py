"""Loading a survey: read every export file of a spec, map Likert answers, validate, redact.

:func:`load_survey` returns a :class:`Survey` whose rows are accounted for in ``quality``.
"""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from esslingen_lab.errors import DataError, InputError, SpecError, closest
from esslingen_lab.surveys.cache import SURVEY_CACHE_ENV
from esslingen_lab.surveys.readers import SPSS_SUFFIXES, read_table_with_bad_rows
from esslingen_lab.surveys.spec import SurveySpec, load_spec
from esslingen_lab.surveys.validation import (
    TEST_MARKERS,
    CaseLog,
    QualityReport,
    Reason,
    is_non_answer,
    map_likert,
    normalise_answer,
)

__all__ = ["Survey", "load_survey", "redact_survey"]


class Survey:
    """A loaded, validated survey: one row per respondent, every input row accounted for.

    Attributes
    ----------
    spec : SurveySpec
        The validated spec.
    responses : pandas.DataFrame
        One row per used respondent: ``respondent_id``, ``source``, grouping columns,
        Likert columns (numbers, reverse-coded items already flipped, NaN = missing) and
        free-text columns (redacted unless loaded with ``redact=False``; no answer = "").
        Direct identifiers and columns not named in the spec are not kept.
    quality : QualityReport
        Rows read / used / excluded per file and the failure cases.
    redacted : bool
        Whether the free text in ``responses`` is redacted.
    redaction_counts : dict
        Number of redacted spans per type (never the removed values).

    See Also
    --------
    load_survey : builds a Survey from a ``survey.yml``.
    """

    def __init__(self, spec, responses, quality, *, raw_text=None, redacted=False,
                 redaction_counts=None):
        self.spec = spec
        self.responses = responses
        self.quality = quality
        self.redacted = redacted
        self.redaction_counts = dict(redaction_counts or {})
        # raw_text may be a function (a survey from a run's cache: the raw text is read
        # again from the files only if raw_texts() is asked for)
        self._raw_text = raw_text if raw_text is not None else responses[list(spec.questions)]

    def __repr__(self) -> str:
        return (f"Survey(name={self.spec.name!r}, respondents={len(self.responses)}, "
                f"questions={len(self.spec.questions)}, likert_items={len(self.spec.likert)})")

    @property
    def name(self) -> str:
        """The survey's name from the spec."""
        return self.spec.name

    @property
    def questions(self) -> dict[str, str]:
        """Free-text columns and their question wording."""
        return dict(self.spec.questions)

    @property
    def likert_columns(self) -> list[str]:
        """Names of the Likert columns."""
        return list(self.spec.likert)

    def likert_scale(self, column: str) -> tuple[int, int]:
        """``(min, max)`` of a Likert column's scale."""
        if column not in self.spec.likert:
            raise SpecError(f"'{column}' is not a Likert item of this survey", column=column)
        scale = self.spec.scale_of(column)
        return scale.min, scale.max

    def _check_question(self, question):
        if question is None:
            return list(self.spec.questions)
        check_question(self.spec, question)
        return [question]

    def _long(self, frame, question):
        columns = self._check_question(question)
        parts = []
        for column in columns:
            texts = frame[column]
            keep = texts.astype(str).str.strip() != ""
            parts.append(pd.DataFrame({
                "respondent_id": self.responses.loc[keep, "respondent_id"].to_numpy(),
                "question": column,
                "text": texts[keep].to_numpy(),
            }))
        if not parts:
            return pd.DataFrame(columns=["respondent_id", "question", "text"])
        return pd.concat(parts, ignore_index=True)

    def texts(self, question=None) -> pd.DataFrame:
        """Non-empty free-text answers as a long table (respondent_id, question, text).

        The text is redacted when the survey was loaded with ``redact=True`` (the default).

        Parameters
        ----------
        question : str, default=None
            Column of one free-text question; all questions when None.
        """
        return self._long(self.responses, question)

    def raw_texts(self, question=None) -> pd.DataFrame:
        """Like :meth:`texts` but NOT redacted: personal data included.

        Use only where the law and your data-protection concept allow it (e.g. to check
        the redaction); never show the result in a workshop or a report.
        """
        if callable(self._raw_text):
            self._raw_text = self._raw_text()
        return self._long(self._raw_text, question)


def _row_numbers(read, suffix: str) -> np.ndarray:
    n = len(read.table)
    if suffix in SPSS_SUFFIXES:
        return np.arange(1, n + 1)
    total = n + len(read.bad_rows)
    bad = {b.row for b in read.bad_rows}
    numbers = [r for r in range(2, total + 2) if r not in bad]
    return np.asarray(numbers[:n])


def check_question(spec: SurveySpec, question: str) -> None:
    """Raise :class:`SpecError` unless ``question`` is a free-text question of ``spec``.

    The error names the closest question (a typo, umlauts typed as "ae") or lists them all.
    """
    if question not in spec.questions:
        close = closest(question, spec.questions)
        raise SpecError(reason="not_free_text", file=spec.spec_file, column=question,
                        hint_key="not_free_text.close" if close else "not_free_text.hint",
                        close=close, questions=", ".join(spec.questions) or "–")


def _missing_column_error(spec, path, columns, available):
    column = columns[0]
    close = closest(column, available)
    params = {"close": close} if close else {}
    if len(columns) > 1:
        params.update(n_more=len(columns) - 1, more=", ".join(columns[1:4]))
    return InputError(reason="columns_missing" if len(columns) > 1 else "column_missing",
                      hint_key="column_missing.close" if close else "column_missing.hint",
                      file=path, column=column, **params)


def _read_file(spec: SurveySpec, index: int):
    entry = spec.files[index]
    path = spec.file_paths()[index]
    read = read_table_with_bad_rows(path, entry.sheet)
    table = read.table
    suffix = path.suffix.lower()
    if suffix in SPSS_SUFFIXES and spec.likert:
        codes = read_table_with_bad_rows(path, value_labels=False).table
        for column in codes.columns:
            target = spec.rename.get(column, column)
            if target in spec.likert:
                table[column] = codes[column].astype(object)
    table = table.rename(columns=spec.rename)
    table.columns = [str(c) for c in table.columns]
    missing = [c for c in spec.required_columns() if c not in table.columns]
    if missing:
        raise _missing_column_error(spec, path, missing, list(table.columns))
    source = entry.source or path.stem
    rows = _row_numbers(read, suffix)
    return path, source, table, rows, read.bad_rows


def _file_labels(spec: SurveySpec) -> list[str]:
    """One accounting key per data file: its path, plus the sheet when a path repeats."""
    keys = [(str(f.path), "" if f.sheet is None else str(f.sheet)) for f in spec.files]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            raise SpecError(f"field 'files[{i}]': {key[0]} is listed twice"
                            + (f" with sheet {key[1]}" if key[1] else ""),
                            file=spec.spec_file, hint="name each file (or sheet) once")
    repeated = {p for p, _ in keys if sum(q == p for q, _ in keys) > 1}
    return [f"{p} [{sheet or 1}]" if p in repeated else p for p, sheet in keys]


def load_survey(path_or_spec, *, redact: bool = True, pseudonymise: bool | None = None,
                strict: bool = True, allow_outside: bool | None = None,
                cache=None) -> Survey:
    """Load a survey from its ``survey.yml``: read, map, validate and (by default) redact.

    Parameters
    ----------
    path_or_spec : str, Path or SurveySpec
        The spec file (or its folder) or an already loaded spec.
    redact : bool, default=True
        Replace personal data in free text with tags such as ``[NAME]`` on load. The raw
        text stays reachable only through :meth:`Survey.raw_texts`.
    pseudonymise : bool, default=None
        Replace respondent ids by salted hashes; None takes ``pseudonymise`` of the spec.
    strict : bool, default=True
        Raise :class:`DataError` when no usable row is left. With False the Survey is
        returned anyway (``quality.usable`` is False), as ``esslingen-lab validate`` needs.
    allow_outside : bool, default=None
        Allow data files outside the spec's folder (see :func:`load_spec`).
    cache : str or Path, default=None
        A report run's private folder of redacted surveys (:mod:`.cache`); None takes
        ``$ESSLINGEN_LAB_SURVEY_CACHE`` (set for a run's notebook kernels). A redacted load
        is taken from it when its key (file contents, version, options) matches, else the
        files are read as usual. Never used with ``redact=False``.

    Returns
    -------
    Survey

    Raises
    ------
    SpecError, InputError
        The spec is malformed, a file is unreadable, or a spec column is missing.
    DataError
        No usable row is left (only when ``strict``).

    Examples
    --------
    >>> survey = load_survey("surveys/esslingen_demo/citizens/survey.yml")  # doctest: +SKIP
    >>> survey.quality.rows_read == survey.quality.rows_used + survey.quality.rows_excluded
    ... # doctest: +SKIP
    True
    """
    spec = (path_or_spec if isinstance(path_or_spec, SurveySpec)
            else load_spec(path_or_spec, allow_outside=allow_outside))
    pseudonymise = spec.pseudonymise if pseudonymise is None else bool(pseudonymise)
    cache = cache or os.environ.get(SURVEY_CACHE_ENV) or None
    if redact and cache:
        cached = _from_cache(spec, cache, pseudonymise)
        if cached is not None and (cached.quality.usable or not strict):
            return cached
    log = CaseLog()
    frames, per_file = [], []
    labels = _file_labels(spec)
    for index in range(len(spec.files)):
        path, source, table, rows, bad_rows = _read_file(spec, index)
        label = labels[index]
        for bad in bad_rows:
            log.add(label, [bad.row], None, "field_count",
                    f"{bad.fields} fields, expected {bad.expected}", Reason.MALFORMED_ROW)
        keep = [c for c in dict.fromkeys([*spec.required_columns()]) if c in table.columns]
        part = table[keep].copy()
        part.insert(0, "_row", rows)
        part.insert(0, "_file", label)
        part.insert(2, "source", source)
        frames.append(part)
        per_file.append((label, source, len(table) + len(bad_rows)))
    data = pd.concat(frames, ignore_index=True)
    excluded = np.zeros(len(data), dtype=bool)

    def exclude(mask, column, check, values, reason):
        mask = np.asarray(mask, dtype=bool) & ~excluded
        if mask.any():
            for label in data.loc[mask, "_file"].unique():
                sub = mask & (data["_file"] == label).to_numpy()
                vals = values[sub] if isinstance(values, np.ndarray) else values
                log.add(label, data.loc[sub, "_row"], column, check, vals, reason)
            excluded[mask] = True

    ids = data[spec.id_column].astype(str).str.strip()
    ids = ids.str.replace(r"\.0$", "", regex=True)
    exclude(ids.eq("").to_numpy(), spec.id_column, "id_present", "", Reason.MISSING_ID)

    if spec.test_column:
        flag = normalise_answer(data[spec.test_column]).isin(TEST_MARKERS).to_numpy()
        exclude(flag, spec.test_column, "test_flag", data[spec.test_column].to_numpy(object),
                Reason.TEST_RESPONSE)
    if spec.complete_column:
        done = data[spec.complete_column].astype(str).str.strip().ne("").to_numpy()
        exclude(~done, spec.complete_column, "completed", "", Reason.INCOMPLETE)
    if spec.duration_column:
        raw = data[spec.duration_column].astype(str).str.strip()
        seconds = pd.to_numeric(raw.str.replace(",", ".", regex=False), errors="coerce")
        bad = seconds.isna().to_numpy() & raw.ne("").to_numpy() & ~excluded
        for label in data.loc[bad, "_file"].unique():
            sub = bad & (data["_file"] == label).to_numpy()
            log.add(label, data.loc[sub, "_row"], spec.duration_column, "duration_numeric",
                    raw[sub].to_numpy(object), Reason.BAD_DURATION)
        if spec.min_duration_seconds is not None:
            fast = (seconds < spec.min_duration_seconds).fillna(False).to_numpy()
            exclude(fast, spec.duration_column, f"duration >= {spec.min_duration_seconds:g} s",
                    raw.to_numpy(object), Reason.SPEEDER)

    likert_values = {}
    answered = np.zeros(len(data), dtype=bool)
    for column, item in spec.likert.items():
        scale = spec.scale_of(column)
        raw = data[column].astype(str)
        values, out_of_range, unknown, given = map_likert(raw, scale, reverse=item.reverse)
        answered |= given
        exclude(out_of_range, column, f"value in {scale.min}..{scale.max}",
                raw.to_numpy(object), Reason.OUT_OF_RANGE)
        warn = unknown & ~excluded
        for label in data.loc[warn, "_file"].unique():
            sub = warn & (data["_file"] == label).to_numpy()
            log.add(label, data.loc[sub, "_row"], column, "known_label",
                    raw[sub].to_numpy(object), Reason.UNKNOWN_LABEL)
        likert_values[column] = values

    texts = {}
    for column in spec.questions:
        raw = data[column].astype(str).str.strip()
        is_answer = ~is_non_answer(raw)
        texts[column] = raw.where(is_answer, "")
        answered |= is_answer
    exclude(~answered, None, "any_answer", "", Reason.EMPTY_RESPONSE)

    duplicated = ids.where(~excluded).duplicated(keep="first").to_numpy() & ids.ne("").to_numpy()
    exclude(duplicated, spec.id_column, "unique_id", ids.to_numpy(object), Reason.DUPLICATE_ID)

    cases = log.frame()
    quality = _quality(per_file, cases)
    if strict and not quality.usable:
        reasons = quality.excluded_by_reason()
        top = reasons.idxmax() if len(reasons) else "no rows"
        raise DataError(reason="no_usable_rows", rows_read=quality.rows_read, top=top,
                        file=spec.spec_file or spec.base_dir / "survey.yml",
                        failure_cases=quality.failure_cases())

    keep = ~excluded
    responses = pd.DataFrame({"respondent_id": ids[keep].to_numpy(object),
                              "source": data.loc[keep, "source"].to_numpy(object)})
    for column in spec.groups:
        values = data.loc[keep, column].astype(str).str.strip()
        responses[column] = values.where(values.ne(""), None).to_numpy(object)
    for column, values in likert_values.items():
        responses[column] = values[keep]
    raw_text = pd.DataFrame({c: t[keep].to_numpy(object) for c, t in texts.items()},
                            index=responses.index)
    for column in spec.questions:
        responses[column] = raw_text[column].to_numpy(object)
    if pseudonymise:
        from esslingen_lab.privacy import pseudonymise_ids

        responses["respondent_id"] = list(pseudonymise_ids(responses["respondent_id"].tolist()))
    survey = Survey(spec, responses, quality, raw_text=raw_text)
    return redact_survey(survey) if redact else survey


def redact_survey(survey: Survey) -> Survey:
    """Return the survey with its free text redacted (as ``load_survey(redact=True)``).

    ``survey`` is left as it is; the raw text stays reachable only through
    :meth:`Survey.raw_texts`. A survey already redacted is returned unchanged.
    """
    if survey.redacted:
        return survey
    spec, responses = survey.spec, survey.responses.copy()
    counts = {}
    if spec.questions:
        from esslingen_lab.privacy import redact as redact_texts

        # One call for all questions, so large surveys use every core once.
        columns = list(spec.questions)
        raw = survey._raw_text
        result = redact_texts(np.concatenate([raw[c].to_numpy(object) for c in columns]),
                              n_jobs=None)
        n = len(raw)
        for i, column in enumerate(columns):
            responses[column] = np.asarray(result.texts[i * n:(i + 1) * n], dtype=object)
        counts = {kind: int(v) for kind, v in result.counts.items()}
    return Survey(spec, responses, survey.quality, raw_text=survey._raw_text, redacted=True,
                  redaction_counts=counts)


def _from_cache(spec, folder, pseudonymise) -> Survey | None:
    """Return the redacted survey from a run's cache when its key matches, else None."""
    from esslingen_lab.surveys.cache import cache_key, read_cached

    state = read_cached(folder, cache_key(spec, pseudonymise=pseudonymise))
    if state is None:
        return None

    def raw_text():  # only for raw_texts(): read the files again, never from the cache
        return load_survey(spec, redact=False, pseudonymise=pseudonymise, strict=False)._raw_text

    return Survey(spec, state["responses"], QualityReport(state["by_file"], state["cases"]),
                  raw_text=raw_text, redacted=True, redaction_counts=state["redaction_counts"])


def _quality(per_file, cases) -> QualityReport:
    rows = []
    excluded = cases[cases["action"] == "excluded"].drop_duplicates(["file", "row"])
    for label, source, n_read in per_file:
        mine = excluded[excluded["file"] == label]
        entry = {"file": label, "source": source, "rows_read": n_read,
                 "rows_used": n_read - len(mine), "rows_excluded": len(mine)}
        for reason in Reason:
            entry[reason.value] = int((mine["reason"] == reason.value).sum())
        rows.append(entry)
    return QualityReport(pd.DataFrame(rows), cases)


def validate_survey(path, *, allow_outside: bool | None = None) -> Survey:
    """Load a survey without failing on "no usable rows" (what ``esslingen-lab validate`` does)."""
    return load_survey(path, redact=True, strict=False, allow_outside=allow_outside)
