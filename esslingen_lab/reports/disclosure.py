"""The disclosure audit of a report run: every published group breakdown, read back as a reader.

Part of :mod:`esslingen_lab.reports`. :func:`audit_run` reads the CSV files a run published
and builds one :class:`~esslingen_lab.privacy.DisclosureAudit` over all of them.
"""

from __future__ import annotations

import re

import pandas as pd

from esslingen_lab.i18n import LANGUAGES
from esslingen_lab.privacy import DisclosureAudit
from esslingen_lab.reports.quality import DQ_LABELS

__all__ = ["audit_run"]


def _column(table, key):
    """Return the column of a data-quality table under its German or English label."""
    for label in (key, *(DQ_LABELS.get_text(key, language) for language in LANGUAGES)):
        if label in table.columns:
            return label
    return None


def _question_key(text) -> str:
    return str(text).split(":", 1)[0].strip()


def audit_run(tables, survey, *, k: int | None = None, question: str | None = None):
    """Audit every group breakdown a report run published, across its tables.

    Parameters
    ----------
    tables : list of dict
        :func:`~esslingen_lab.reports.collect_published` entries (``name`` and ``path``).
    survey : esslingen_lab.surveys.Survey
        The run's survey; supplies the true counts for the model's self-check only.
    k : int, default=None
        Anonymity threshold; the survey's when None.
    question : str, default=None
        Free-text question the theme comparison tables are about; the first when None.

    Returns
    -------
    esslingen_lab.privacy.AuditResult

    Notes
    -----
    The reader knows: respondents per group ("Befragte je Gruppe", ``by_<column>``'s n, one
    population, total = respondents), answers per question ("Antworten", total of the
    people answering), and for ``themes_by_<column>`` each group's count and share of the
    people answering the question (a share ties the count to the group size). Hidden group
    sizes and hidden theme cells are the protected cells.
    """
    k = int(survey.spec.anonymity_threshold if k is None else k)
    question = question or next(iter(survey.spec.questions), None)
    responses = survey.responses
    audit = DisclosureAudit(k)
    columns = [c for c in survey.spec.groups if c in responses.columns]
    labels = {c: responses[c].fillna("").astype(str).replace("", "–") for c in columns}
    answered = None
    if question in responses.columns:
        answered = responses[question].fillna("").astype(str).str.strip() != ""
    # every group of a column appears in the model, published or not
    for column in columns:
        truth = labels[column].value_counts()
        for group, count in truth.items():
            audit.variable(("respondents", column, group), value=count)
        audit.publish({("respondents", column, g): 1 for g in truth.index}, len(responses),
                      source="n")
        if answered is not None:
            truth_a = labels[column][answered].value_counts().reindex(truth.index, fill_value=0)
            for group, count in truth_a.items():
                audit.variable((f"answered:{question}", column, group), value=count)
                # the people answering a question are some of the group's respondents
                audit.bound({("respondents", column, group): 1,
                             (f"answered:{question}", column, group): -1}, lower=0,
                            source="n")
    for entry in tables:
        name = entry["name"]
        try:
            table = pd.read_csv(entry["path"], dtype=str, keep_default_na=False)
        except (OSError, pd.errors.ParserError):
            continue
        if name == "respondents_per_group":
            _respondents_per_group(audit, table, labels)
        elif name == "answer_lengths" and answered is not None:
            q_col, a_col = _column(table, "question"), _column(table, "answers")
            if q_col and a_col:
                for _, row in table.iterrows():
                    if _question_key(row[q_col]) == question:
                        for column in columns:
                            groups = labels[column].unique()
                            audit.publish({(f"answered:{question}", column, g): 1
                                           for g in groups}, float(row[a_col]), source=name)
        elif (match := re.fullmatch(r"by_(.+)", name)) and match.group(1) in labels:
            column = match.group(1)
            if column in table.columns and "n" in table.columns:
                first = table[table.iloc[:, 0] == table.iloc[0, 0]] if len(table) else table
                published = first.set_index(column)["n"]
                audit.add_group_counts("respondents", column, published, source=name)
        elif ((match := re.fullmatch(r"themes_by_(.+)", name)) and match.group(1) in labels
              and answered is not None):
            column = match.group(1)
            theme_col = table.columns[0]
            shares = table.set_index(theme_col)
            audit.add_theme_shares(f"answered:{question}", column, shares, source=name)
            for group in [c[:-2] for c in shares.columns if c.endswith(" n")]:
                cells = shares[f"{group} n"]
                if len(cells) and cells.map(_is_mark).all():
                    audit.protect((f"answered:{question}", column, group),
                                  label=f"{column}={group} (answered:{question})", source=name)
    return audit.run()


def _is_mark(value) -> bool:
    try:
        float(str(value).replace(",", "."))
        return False
    except ValueError:
        return True


def _respondents_per_group(audit, table, labels):
    g_col, v_col, n_col = (_column(table, key) for key in ("group", "value", "respondents"))
    if not (g_col and v_col and n_col):
        return
    for column, part in table.groupby(g_col, sort=False):
        if column not in labels:
            continue
        published = part.set_index(v_col)[n_col]
        audit.add_group_counts("respondents", column, published, source="respondents_per_group")
