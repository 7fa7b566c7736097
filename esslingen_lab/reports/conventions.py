"""Language conventions of a report: numbers per locale (babel), readable labels for code names.

Part of :mod:`esslingen_lab.reports`; used by the HTML report, the XLSX workbook and the key
findings, so a German report shows ``17,7`` and "Altersgruppe" where the data say ``17.7``
and ``altersgruppe``.
"""

from __future__ import annotations

import re

from esslingen_lab.i18n import LANGUAGES, LOCALES, Catalogue, format_number

__all__ = ["LOCALES", "format_number", "format_percent", "locale_of", "localise_text",
           "humanise", "spec_labels", "percent_columns", "split_breakdown", "one_sample",
           "COMMON_LABELS"]

#: A number as pandas writes it into CSV/HTML: optional sign, digits, optional decimals.
_PLAIN_NUMBER = re.compile(r"[-+−]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")

#: Words for values that are not numbers.
_WORDS = Catalogue("reports.conventions.values", {
    "de": {"True": "ja", "False": "nein", "true": "ja", "false": "nein", "nan": "–",
           "NaN": "–", "None": "–", "<NA>": "–"},
    "en": {"True": "yes", "False": "no", "true": "yes", "false": "no", "nan": "–",
           "NaN": "–", "None": "–", "<NA>": "–"},
})

#: Readable names of technical column names and values that tables of the analysis modules
#: carry (German, English). Survey-specific names (items, groups, dimensions, questions)
#: come from the spec and the framework, see :func:`spec_labels`.
COMMON_LABELS = Catalogue.from_pairs("reports.conventions.labels", {
    "citizens": ("Bürger:innen", "Citizens"),
    "staff": ("Beschäftigte", "Staff"),
    "share_level_ge_3": ("Anteil ab Stufe 3", "Share at level 3 or above"),
    "n_services": ("Leistungen", "Services"),
    "mean_level": ("mittlere Stufe", "Mean level"),
    "fachbereich": ("Fachbereich", "Department"),
    "leistung": ("Leistung", "Service"),
    "level": ("Stufe", "Level"),
    "level_name": ("Stufenname", "Level name"),
    "online": ("online", "online"),
    "papier": ("Papier", "paper"),
    "gesamt": ("Gesamtindex", "Overall index"),
    "theme": ("Thema", "Theme"),
    "permutation": ("Permutationstest", "permutation test"),
    "fisher": ("exakter Test nach Fisher", "Fisher's exact test"),
    "chi2": ("Chi-Quadrat-Test", "chi-square test"),
    "id_column": ("Befragten-ID", "Respondent ID"),
    "duration_column": ("Bearbeitungsdauer", "Completion time"),
    "test_column": ("Testantwort-Markierung", "Test-response flag"),
    "complete_column": ("Vollständigkeits-Markierung", "Completeness flag"),
})


def locale_of(language: str) -> str:
    """Return the babel locale name of a report language (``de`` → ``de_DE``)."""
    return LOCALES.get(language, LOCALES["de"])


def format_percent(share, language: str = "de", *, decimals: int = 0) -> str:
    """Format a share (0–1) as a percentage number without the sign (``0.653`` → ``"65"``)."""
    return format_number(round(100 * float(share), decimals), language, decimals=decimals)


def localise_text(text: str, language: str = "de", labels: dict | None = None) -> str:
    """Return how a table cell should read: numbers per locale, words for True/False/NaN.

    A cell that is exactly a plain number (``17.7``, ``-0.3``, ``1234``) is formatted with
    :func:`format_number`, keeping the decimals it had (at most three); a cell that is
    exactly a code name in ``labels`` gets its label. Anything else is returned unchanged.
    """
    stripped = text.strip()
    words = _WORDS[language if language in LANGUAGES else "de"]
    if stripped in words:
        return words[stripped]
    if labels and stripped in labels:
        return labels[stripped]
    if _PLAIN_NUMBER.fullmatch(stripped):
        number = float(stripped.replace("−", "-"))
        if "." in stripped and "e" not in stripped.lower():
            decimals = min(len(stripped.split(".")[1]), 3)
        else:
            decimals = 0 if number.is_integer() else 3
        if decimals == 0 and abs(number) < 1e15:
            number = int(round(number))
        return format_number(number, language, decimals=decimals)
    return text


def humanise(code: str) -> str:
    """Turn a column code into words (``altersgruppe`` → ``Altersgruppe``), the last resort."""
    words = str(code).replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else str(code)


def spec_labels(spec, language: str = "de", framework=None) -> dict[str, str]:
    """Readable labels for every code name a survey's report may show.

    Parameters
    ----------
    spec : SurveySpec
        Items get their wording, questions their question text, group columns their label
        from ``labels`` in survey.yml (else the column name in words).
    language : {"de", "en"}, default="de"
    framework : Framework, default=None
        Dimension keys get the framework's names (the default framework when None).

    Returns
    -------
    dict of str to str
    """
    language = language if language in LANGUAGES else "de"
    roles = ("id_column", "duration_column", "test_column", "complete_column")
    labels = {key: text for key, text in COMMON_LABELS.table(language).items()
              if key not in roles}
    spec_given = dict(getattr(spec, "labels", None) or {})
    if framework is None:
        from esslingen_lab import maturity

        try:
            framework = maturity.load_framework(maturity.framework_path(spec))
        except maturity.FrameworkError:  # reported by the maturity part of the run
            framework = None
    if framework is not None:
        labels.update({str(k): str(v) for k, v in framework.names(language).items()})
    from esslingen_lab.errors import EsslingenLabError
    from esslingen_lab.maturity import load_ozg_model

    try:
        criteria = load_ozg_model()["criteria"]
        name = "name_en" if language == "en" else "name"
        labels.update(dict(zip(criteria["criterion"].astype(str), criteria[name].astype(str),
                               strict=True)))
    except EsslingenLabError:  # no OZG section then; labels stay as they are
        pass
    for role in roles:
        if getattr(spec, role, None):
            labels[getattr(spec, role)] = COMMON_LABELS.text(role, language)
    for column in spec.groups:
        labels[column] = humanise(column)
    for column, item in spec.likert.items():
        labels[column] = item.wording or humanise(column)
        labels.setdefault(item.dimension, humanise(item.dimension))
    for column, wording in spec.questions.items():
        labels[column] = wording
    for key, value in spec_given.items():
        labels[str(key)] = _pick_label(value, language)
    return labels


def _pick_label(value, language):
    if isinstance(value, dict):
        return str(value.get(language) or value.get("de") or next(iter(value.values())))
    return str(value)


def percent_columns(frame):
    """Return the table with share columns (0–1, named "Anteil …"/"Share …") as percentages.

    Keeps one unit per column across a report: shares are always shown as % with one decimal.
    """
    out = frame.copy()
    for column in list(out.columns):
        name = str(column)
        values = out[column]
        if not re.match(r"(?i)(anteil|share)\b", name) or "%" in name:
            continue
        if not (hasattr(values, "dtype") and values.dtype.kind == "f"):
            continue
        present = values.dropna()
        if len(present) and present.between(0, 1).all():
            out[column] = (values * 100).round(1)
            out = out.rename(columns={column: f"{name} (%)"})
    return out


def split_breakdown(table, group_label: str, language: str = "de"):
    """Split a wide theme × group table into a narrow share table and a test table.

    A breakdown with ``<group> n`` and ``<group> %`` columns per group grows wider than a
    page or phone with every group; turned around (one row per group, one column per theme,
    shares only) and with the tests apart, it fits. Marks such as "<5" are kept.

    Parameters
    ----------
    table : pandas.DataFrame
        First column the theme, then ``<group> n``/``<group> %`` pairs, then test columns.
    group_label : str
        Readable name of the grouping column (heads the first column).
    language : {"de", "en"}, default="de"

    Returns
    -------
    shares : pandas.DataFrame
        One row per group, one column per theme (values in %, said in the first header).
    tests : pandas.DataFrame
        The theme column and every column that is not a group's n or %.
    """
    import pandas as pd

    theme_col = table.columns[0]
    share_cols = [c for c in table.columns if str(c).endswith(" %")]
    count_cols = {f"{str(c)[:-2]} n" for c in share_cols}
    groups = [str(c)[:-2] for c in share_cols]
    themes = table[theme_col].astype(str).tolist()
    unit = "Anteil in %" if language != "en" else "share in %"
    shares = pd.DataFrame({f"{group_label} ({unit})": groups})
    for i, theme in enumerate(themes):
        shares[theme] = [table[c].iloc[i] for c in share_cols]
    rest = [c for c in table.columns if c not in share_cols and c not in count_cols]
    return shares, table[rest].copy()


def one_sample(table, columns=("sample", "respondent_group", "city", "wave")):
    """Drop the columns naming the survey when the table holds only one survey.

    The title page already says which survey, city and wave a report is about; repeating
    them in every row only widens the table.
    """
    drop = [c for c in columns if c in table.columns and table[c].nunique(dropna=False) <= 1]
    return table.drop(columns=drop)
