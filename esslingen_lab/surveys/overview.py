"""A first look at a loaded survey: respondents per group, answer lengths, frequent words.

Tables broken down by group go through the small-group suppression of ``privacy``.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from esslingen_lab.i18n import Catalogue, format_number

__all__ = ["respondents_by_group", "answer_lengths", "frequent_words", "format_overview"]


def respondents_by_group(survey, k: int | None = None):
    """Respondents per value of every grouping column, small groups suppressed.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey
    k : int, default=None
        Anonymity threshold; the survey's ``anonymity_threshold`` when None.

    Returns
    -------
    pandas.DataFrame
        Columns group (the grouping column), value, respondents, share (%); cells below
        ``k`` show ``"<k"``; groups the run's plan (:func:`esslingen_lab.privacy.group_plan`)
        hides to protect them show ``"–"``.
    """
    k = survey.spec.anonymity_threshold if k is None else int(k)
    frames = []
    responses = survey.responses
    for column in survey.spec.groups:
        if column not in responses.columns:
            continue
        values = responses[column].fillna("").astype(str).replace("", "–")
        counts = values.value_counts().sort_index()
        frame = pd.DataFrame({"group": column, "value": counts.index,
                              "respondents": counts.to_numpy()})
        frame["share"] = (100 * frame["respondents"] / max(len(responses), 1)).round(1)
        frames.append(frame)
    if not frames:
        table = pd.DataFrame(columns=["group", "value", "respondents", "share"])
    else:
        from esslingen_lab.privacy import group_plan, suppress_small_groups

        # The run's plan hides the same groups in every table (a group small among the
        # people answering one question is hidden here too); complementary suppression
        # within each grouping column, so no small group can be recomputed from the total.
        table = pd.concat(frames, ignore_index=True)
        plan = group_plan(survey, k)
        force = [value in plan.get(group, []) for group, value in
                 zip(table["group"], table["value"], strict=True)]
        table = suppress_small_groups(table, k, n_column="respondents", within="group",
                                      columns=["respondents", "share"], force=force)
    return table


def answer_lengths(survey):
    """Answer counts and lengths (characters, words) per free-text question.

    Parameters
    ----------
    survey : esslingen_lab.surveys.Survey

    Returns
    -------
    pandas.DataFrame
        Columns question ("column: wording"), answers, answered_share (%), median_chars,
        median_words, p90_words.
    """
    rows = []
    n = max(len(survey.responses), 1)
    for column, wording in survey.spec.questions.items():
        if column not in survey.responses.columns:
            continue
        texts = survey.responses[column].fillna("").astype(str).str.strip()
        texts = texts[texts != ""]
        words = texts.str.split().str.len()
        rows.append({"question": f"{column}: {wording}", "answers": len(texts),
                     "answered_share": round(100 * len(texts) / n, 1),
                     "median_chars": float(texts.str.len().median()) if len(texts) else None,
                     "median_words": float(words.median()) if len(texts) else None,
                     "p90_words": float(words.quantile(0.9)) if len(texts) else None})
    table = pd.DataFrame(rows, columns=["question", "answers", "answered_share", "median_chars",
                                        "median_words", "p90_words"])
    return table


def frequent_words(survey, question=None, n: int = 15) -> pd.DataFrame:
    """Most frequent content words (lemmas, stop words removed) in the redacted answers."""
    from esslingen_lab.text import make_analyzer

    analyze = make_analyzer(survey.spec.language, compounds=False, fold=False,
                            stopwords=survey.spec.stopwords)
    counter: Counter = Counter()
    for text in survey.texts(question)["text"]:
        # Tags such as [NAME] are placeholders, not words people wrote.
        counter.update(t for t in analyze(text) if t.upper() not in _TAGS)
    return pd.DataFrame(counter.most_common(n), columns=["word", "count"])


_TAGS = {"NAME", "EMAIL", "TELEFON", "ADRESSE", "IBAN", "KFZ", "URL", "DATUM", "ID", "GESUNDHEIT"}


OVERVIEW_TEXT = Catalogue.from_pairs("surveys.overview", {
    "title": ("Überblick: {title}", "Overview: {title}"),
    "respondents": ("Befragte: {n}", "Respondents: {n}"),
    "answers_head": ("Freitext-Antworten:", "Free-text answers:"),
    "answers": ("  {question}: {n} Antworten ({share} %), Median {median} Wörter",
                "  {question}: {n} answers ({share} %), median {median} words"),
    "words": ("Häufigste Wörter: {words}", "Most frequent words: {words}"),
    "redacted": ("Geschwärzt: {counts}", "Redacted: {counts}"),
})


def format_overview(survey, lang: str = "de") -> str:
    """Return the overview as readable text (German by default)."""
    def text(key, **values):
        return OVERVIEW_TEXT.text(key, lang, **values)

    out = [text("title", title=survey.spec.title or survey.name),
           text("respondents", n=len(survey.responses))]
    groups = respondents_by_group(survey)
    for column, table in groups.groupby("group", sort=False):
        cells = ", ".join(f"{row.value} {row.respondents}" for row in table.itertuples())
        out.append(f"  {column}: {cells}")
    if survey.questions:
        out.append(text("answers_head"))
        for row in answer_lengths(survey).itertuples():
            median = 0 if row.median_words is None else row.median_words
            out.append(text("answers", question=row.question.split(":")[0], n=row.answers,
                            share=format_number(row.answered_share, lang),
                            median=format_number(median, lang)))
        words = frequent_words(survey, n=12)
        if len(words):
            out.append(text("words", words=", ".join(
                f"{w} ({c})" for w, c in words.itertuples(index=False))))
    if survey.redaction_counts:
        out.append(text("redacted", counts=", ".join(
            f"{k} {v}" for k, v in sorted(survey.redaction_counts.items()))))
    return "\n".join(out)
