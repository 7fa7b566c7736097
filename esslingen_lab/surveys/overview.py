"""A first look at a loaded survey: respondents per group, answer lengths, frequent words.

Tables broken down by group go through the small-group suppression of ``privacy``.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

__all__ = ["respondents_by_group", "answer_lengths", "frequent_words", "format_overview"]


def respondents_by_group(survey, column: str) -> pd.DataFrame:
    """Respondents per value of a grouping column, cells below the threshold suppressed."""
    from esslingen_lab.privacy import suppress_small_cells

    counts = (survey.responses[column].fillna("(keine Angabe)").value_counts()
              .rename_axis(column).reset_index(name="n"))
    counts = counts.sort_values([column]).reset_index(drop=True)
    shown = suppress_small_cells(counts.set_index(column)[["n"]],
                                 k=survey.spec.anonymity_threshold)
    return shown.reset_index()


def answer_lengths(survey) -> pd.DataFrame:
    """Per free-text question: answers given, share answered and words per answer."""
    rows = []
    total = len(survey.responses)
    for column, wording in survey.questions.items():
        texts = survey.responses[column].astype(str)
        given = texts[texts.str.strip() != ""]
        words = given.str.split().str.len()
        rows.append({
            "question": column, "wording": wording, "answers": len(given),
            "share_answered": round(len(given) / total, 3) if total else 0.0,
            "median_words": float(words.median()) if len(given) else 0.0,
            "max_words": int(words.max()) if len(given) else 0,
        })
    return pd.DataFrame(rows)


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


_TAGS = {"NAME", "EMAIL", "TELEFON", "ADRESSE", "IBAN", "KFZ", "URL", "DATUM", "ID"}


def format_overview(survey, lang: str = "de") -> str:
    """The overview as readable text (German by default)."""
    de = lang != "en"
    out = [("Überblick: " if de else "Overview: ") + (survey.spec.title or survey.name)]
    out.append(("Befragte: " if de else "Respondents: ") + str(len(survey.responses)))
    for column in survey.spec.groups:
        table = respondents_by_group(survey, column)
        cells = ", ".join(f"{row[column]} {row['n']}" for _, row in table.iterrows())
        out.append(f"  {column}: {cells}")
    if survey.questions:
        out.append("Freitext-Antworten:" if de else "Free-text answers:")
        for _, row in answer_lengths(survey).iterrows():
            out.append(f"  {row['question']}: {row['answers']} "
                       + ("Antworten" if de else "answers")
                       + f" ({row['share_answered']:.0%}), Median {row['median_words']:g} "
                       + ("Wörter" if de else "words"))
        words = frequent_words(survey, n=12)
        if len(words):
            out.append(("Häufigste Wörter: " if de else "Most frequent words: ")
                       + ", ".join(f"{w} ({c})" for w, c in words.itertuples(index=False)))
    if survey.redaction_counts:
        out.append(("Geschwärzt: " if de else "Redacted: ")
                   + ", ".join(f"{k} {v}" for k, v in sorted(survey.redaction_counts.items())))
    return "\n".join(out)
