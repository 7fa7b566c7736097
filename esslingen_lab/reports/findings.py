"""Key findings and the methods box at the top of a report, computed from the survey's answers.

Part of :mod:`esslingen_lab.reports`. A finding is one sentence with a share, its 95 % Wilson
interval and n; it is stated only when the interval supports it (see :func:`key_findings`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

from esslingen_lab.i18n import LANGUAGES, Catalogue
from esslingen_lab.reports.conventions import format_number, format_percent

#: Answer categories of the diverging bars, in drawing order (German, English).
CATEGORIES = {
    "disagree": ("lehne ab", "disagree"),
    "neutral": ("teils/teils", "neither"),
    "agree": ("stimme zu", "agree"),
    "missing": ("weiß nicht / keine Angabe", "don't know / no answer"),
}

# Every sentence starts with its number, interval and n; "{nb}" is a no-break space that keeps
# "65 %" and "n = 575" on one line.
_DE = "{p}{nb}% (95-%-KI {lo}–{hi}{nb}%, n{nb}={nb}{n}) "
_EN = "{p}{nb}% (95{nb}% CI {lo}–{hi}{nb}%, n{nb}={nb}{n}) "
KEY_TEXT = Catalogue("reports.findings.key", {
    "de": {
        "majority_agree": _DE + "stimmen der Aussage „{w}“ zu.",
        "majority_disagree": _DE + "lehnen die Aussage „{w}“ ab.",
        "more_agree": _DE + "stimmen der Aussage „{w}“ zu, nur {q}{nb}% lehnen sie ab.",
        "more_disagree": _DE + "lehnen die Aussage „{w}“ ab, nur {q}{nb}% stimmen zu.",
        "few": "Nur {k} Aussage(n) zeigen eine Mehrheit oder einen Vorsprung, den das "
               "95-%-Konfidenzintervall stützt; bei den übrigen sind die Meinungen geteilt.",
        "none": "Keine Aussage zeigt eine Mehrheit oder einen Vorsprung, den das "
                "95-%-Konfidenzintervall stützt.",
    },
    "en": {
        "majority_agree": _EN + "agree that “{w}”.",
        "majority_disagree": _EN + "disagree that “{w}”.",
        "more_agree": _EN + "agree that “{w}”; only {q}{nb}% disagree.",
        "more_disagree": _EN + "disagree that “{w}”; only {q}{nb}% agree.",
        "few": "Only {k} statement(s) show a majority or a lead that the 95\u00a0% confidence "
               "interval supports; opinions on the others are divided.",
        "none": "No statement shows a majority or a lead that the 95\u00a0% confidence interval "
                "supports.",
    },
})


def _raw_answers(survey, column) -> pd.Series:
    # Survey.responses holds reverse-coded items flipped; the wording is agreed with on the
    # raw scale, so flip them back.
    lo, hi = survey.likert_scale(column)
    values = pd.to_numeric(survey.responses[column], errors="coerce")
    if survey.spec.likert[column].reverse:
        values = lo + hi - values
    return values


def answer_distribution(survey, *, confidence: float = 0.95, weights=None) -> pd.DataFrame:
    """Share who disagree, are neutral and agree with each Likert statement (as worded).

    Answers below the scale's midpoint count as disagreeing, above as agreeing, the midpoint
    as neutral; "weiß nicht" and no answer are counted apart (``missing``) and are not part of
    the shares' denominator.

    Parameters
    ----------
    survey : Survey
    confidence : float, default=0.95
        Level of the Wilson intervals.
    weights : pandas.Series, default=None
        Post-stratification weights by respondent id (:mod:`.weights`): shares are weighted
        and the intervals use Kish's effective sample size of the item's valid answers;
        ``n`` stays the number of valid answers.

    Returns
    -------
    pandas.DataFrame
        One row per item in spec order: item, dimension, wording, n (valid answers),
        n_missing, disagree, neutral, agree (shares 0–1) and ``<share>_low``/``_high``
        Wilson interval bounds for disagree and agree.
    """
    from statsmodels.stats.proportion import proportion_confint

    from esslingen_lab.reports.weights import kish

    w_all = pd.Series(1.0, index=survey.responses.index)
    if weights is not None:
        ids = survey.responses["respondent_id"].astype(str)
        w_all = pd.Series(ids.map(weights).fillna(1.0).to_numpy(), index=survey.responses.index)
    rows = []
    for column in survey.likert_columns:
        item = survey.spec.likert[column]
        lo, hi = survey.likert_scale(column)
        values = _raw_answers(survey, column)
        valid = values.dropna()
        w = w_all[valid.index]
        n = int(len(valid))
        n_eff = kish(w)[1] if weights is not None else n
        mid = (lo + hi) / 2
        masks = {"disagree": valid < mid, "neutral": valid == mid, "agree": valid > mid}
        row = {"item": column, "dimension": item.dimension, "wording": item.wording or column,
               "n": n, "n_missing": int(values.isna().sum())}
        for key, mask in masks.items():
            row[key] = float(w[mask].sum() / w.sum()) if n else float("nan")
        for key in ("disagree", "agree"):
            if n:
                low, high = proportion_confint(row[key] * n_eff, n_eff, alpha=1 - confidence,
                                               method="wilson")
            else:
                low = high = float("nan")
            row[f"{key}_low"], row[f"{key}_high"] = float(low), float(high)
        rows.append(row)
    return pd.DataFrame(rows)


@dataclass
class Finding:
    """One key finding: the sentence and the numbers it states."""

    item: str
    kind: str
    share: float
    ci_low: float
    ci_high: float
    n: int
    margin: float
    sentence: str


def key_findings(distribution: pd.DataFrame, language: str = "de", *, min_n: int = 5,
                 max_findings: int = 7) -> tuple[list[Finding], str | None]:
    """Pick the statements whose interval supports a clear message, ranked by size and certainty.

    A statement is a finding when (a) the lower bound of the share agreeing (or disagreeing)
    lies above 50 % — a majority — or (b) that lower bound lies above the upper bound of the
    opposite side — a lead. Findings are ranked by the lower bound of the stated share,
    which grows with the share and shrinks with uncertainty (size and certainty in one
    number); each statement appears once, with its stronger side.

    Parameters
    ----------
    distribution : pandas.DataFrame
        From :func:`answer_distribution`.
    language : {"de", "en"}, default="de"
    min_n : int, default=5
        Statements with fewer valid answers are never stated.
    max_findings : int, default=7

    Returns
    -------
    findings : list of Finding
    note : str or None
        Said when fewer than three statements qualify.
    """
    text = KEY_TEXT[language if language in LANGUAGES else "de"]
    candidates = []
    for row in distribution.itertuples(index=False):
        if row.n < min_n:
            continue
        best = None
        for side, other in (("agree", "disagree"), ("disagree", "agree")):
            share, low, high = getattr(row, side), getattr(row, f"{side}_low"), \
                getattr(row, f"{side}_high")
            if low > 0.5:
                kind, margin = f"majority_{side}", low - 0.5
            elif low > getattr(row, f"{other}_high"):
                kind, margin = f"more_{side}", low - getattr(row, f"{other}_high")
            else:
                continue
            if best is None or low > best[3]:
                best = (kind, margin, share, low, high, getattr(row, other))
        if best is None:
            continue
        kind, margin, share, low, high, opposite = best
        sentence = text[kind].format(
            p=format_percent(share, language), lo=format_percent(low, language),
            hi=format_percent(high, language), n=format_number(row.n, language),
            q=format_percent(opposite, language), nb="\u00a0",
            w=row.wording.rstrip(".") if language == "en" else row.wording)
        candidates.append(Finding(row.item, kind, float(share), float(low), float(high),
                                  int(row.n), float(margin), sentence))
    candidates.sort(key=lambda f: (-f.ci_low, f.item))
    chosen = candidates[:max_findings]
    note = None
    if not chosen:
        note = text["none"]
    elif len(chosen) < 3:
        note = text["few"].format(k=len(chosen))
    return chosen, note


def methods_facts(survey, language: str = "de", *, anonymity_threshold: int | None = None,
                  weighting=None, quotes=None):
    """Return the methods box: field period, modes, respondents, missing groups, table marks.

    Returns
    -------
    list of (str, str)
        Label and text, in the report's language.

    With ``weighting`` (:func:`.weights.population_weights`) the box compares sample and
    population per column and states the weighting with Kish's design effect; ``quotes``
    (counts of quotes shown and reviewed) adds how many quotes a person reviewed.
    """
    spec, quality = survey.spec, survey.quality
    k = anonymity_threshold or spec.anonymity_threshold
    sources = survey.responses["source"].fillna("?").value_counts().sort_index()
    modes = ", ".join(f"{FINDINGS_TEXT.get_text(f'mode_{s}', language, s)}: "
                      f"{format_number(int(c), language)}" for s, c in sources.items())
    counts = {key: format_number(int(getattr(quality, key)), language)
              for key in ("rows_used", "rows_read", "rows_excluded")}
    text = FINDINGS_TEXT.text
    return [
        (text("field_period", language),
         spec.field_period or text("field_period_missing", language)),
        (text("modes", language), modes),
        (text("respondents", language), text("respondents_text", language, **counts)),
        (text("missing", language), _missing_text(survey, weighting, language)),
        *_population_rows(survey, weighting, language),
        *_quote_rows(quotes, language),
        (text("shares", language), text("shares_text", language)),
        (text("marks", language), text("marks_text", language, k=k)),
    ]


def _missing_text(survey, weighting, language):
    if weighting is None:
        return FINDINGS_TEXT.text("unweighted", language)
    from esslingen_lab.reports.conventions import spec_labels

    labels = spec_labels(survey.spec, language)
    key = "weighted" if weighting.method == "raking" else "population_only"
    columns = ", ".join(labels.get(c, c) for c in dict.fromkeys(weighting.table["column"]))
    return FINDINGS_TEXT.text(key, language, columns=columns,
                              source=weighting.source or "survey.yml",
                              deff=format_number(weighting.design_effect, language, decimals=2),
                              n_eff=format_number(round(weighting.effective_n), language))


def _population_rows(survey, weighting, language):
    """One line per margin column: sample % / population % per category."""
    if weighting is None:
        return []
    from esslingen_lab.reports.conventions import spec_labels

    labels = spec_labels(survey.spec, language)
    rows = []
    for column, part in weighting.table.groupby("column", sort=False):
        cells = "; ".join(
            f"{r.category}: {format_number(r.sample_share, language, decimals=1)}"
            f"/{format_number(r.population_share, language, decimals=1)}"
            if pd.notna(r.sample_share) else
            f"{r.category}: –/{format_number(r.population_share, language, decimals=1)}"
            for r in part.itertuples())
        rows.append((FINDINGS_TEXT.text("sample_vs_population", language,
                                        column=labels.get(column, column)), cells))
    return rows


def _quote_rows(quotes, language):
    if not quotes:
        return []
    if quotes.get("reviewed") is None:
        return [(FINDINGS_TEXT.text("quotes", language),
                 FINDINGS_TEXT.text("quotes_unreviewed", language, shown=quotes["shown"],
                                    waiting=quotes["waiting"]))]
    return [(FINDINGS_TEXT.text("quotes", language),
             FINDINGS_TEXT.text("quotes_reviewed", language, **quotes))]


FINDINGS_TEXT = Catalogue.from_pairs("reports.findings", {
    "field_period": ("Feldzeit", "Field period"),
    "field_period_missing": ("in survey.yml nicht angegeben", "not given in survey.yml"),
    "modes": ("Erhebungswege", "Modes"),
    "mode_online": ("online", "online"),
    "mode_papier": ("Papier", "paper"),
    "respondents": ("Befragte", "Respondents"),
    "respondents_text": ("{rows_used} ausgewertet von {rows_read} eingegangenen Fragebögen "
                         "({rows_excluded} ausgeschlossen: Tests, Dubletten, zu schnell, leer; "
                         "Einzelheiten im Teil Datenqualität)",
                         "{rows_used} analysed of {rows_read} questionnaires received "
                         "({rows_excluded} excluded: tests, duplicates, too fast, empty; "
                         "details in the data quality part)"),
    "missing": ("Wer fehlt", "Who is missing"),
    "shares": ("Anteile und Intervalle", "Shares and intervals"),
    "shares_text": ("Zustimmung = „stimme eher/voll zu“, Ablehnung = „stimme eher/gar nicht "
                    "zu“; „weiß nicht“ und fehlende Antworten zählen nicht mit. 95-%-KI nach "
                    "Wilson.",
                    "Agree = “agree somewhat/strongly”, disagree = “disagree "
                    "somewhat/strongly”; “don't know” and missing answers are left out. 95 % "
                    "Wilson intervals."),
    "marks": ("Zeichen in Tabellen", "Marks in tables"),
    "marks_text": ("„<{k}“: weniger als {k} Befragte – zum Schutz der Befragten ausgeblendet. "
                   "„–“: kein Wert (keine Antworten, oder ausgeblendet, damit ein "
                   "ausgeblendeter Wert nicht aus Summen zurückgerechnet werden kann).",
                   "“<{k}”: fewer than {k} respondents — hidden to protect respondents. “–”: "
                   "no value (no answers, or hidden so that a hidden value cannot be recovered "
                   "from totals)."),
    "unweighted": ("Die Befragung ist eine Selbstauswahl, keine Zufallsstichprobe; die "
                   "Ergebnisse sind nicht gewichtet. Die Zusammensetzung nach Gruppen steht im "
                   "Teil Datenqualität.",
                   "Respondents selected themselves (no random sample); results are not "
                   "weighted. The make-up by group is in the data quality part."),
    "weighted": ("Die Befragung ist eine Selbstauswahl. Die Anteile der Kernergebnisse sind "
                 "nach {columns} auf die Bevölkerung gewichtet (Raking; Quelle: {source}); "
                 "Designeffekt nach Kish {deff}, effektive Fallzahl {n_eff}. Die Gewichte "
                 "stehen im Tabellenblatt „Gewichte“.",
                 "Respondents selected themselves. The key findings' shares are weighted to "
                 "the population by {columns} (raking; source: {source}); Kish design effect "
                 "{deff}, effective sample size {n_eff}. The weights are in the sheet "
                 "“Weights”."),
    "population_only": ("Die Befragung ist eine Selbstauswahl; die Ergebnisse sind nicht "
                        "gewichtet (Quelle der Bevölkerungszahlen: {source}; nach {columns} "
                        "gewichtet wäre der Designeffekt {deff}, die effektive Fallzahl "
                        "{n_eff}).",
                        "Respondents selected themselves; results are not weighted (source of "
                        "the population figures: {source}; weighted by {columns} the design "
                        "effect would be {deff}, the effective sample size {n_eff})."),
    "sample_vs_population": ("Stichprobe/Bevölkerung (%) nach {column}",
                             "Sample/population (%) by {column}"),
    "quotes": ("Zitate", "Quotes"),
    "quotes_unreviewed": ("{shown} Zitate im Bericht (redigiert); {waiting} weitere mit "
                          "Datenschutzrisiko zurückgehalten, bis eine Person sie prüft "
                          "(keine Prüfentscheidungen gespeichert).",
                          "{shown} quotes in the report (redacted); {waiting} more with a "
                          "privacy risk held back until a person reviews them (no review "
                          "decisions stored)."),
    "quotes_reviewed": ("{shown} Zitate im Bericht (redigiert); {reviewed} von einer Person "
                        "geprüft: {approved} freigegeben, {edited} bearbeitet, {dropped} "
                        "gestrichen; {waiting} mit Datenschutzrisiko warten noch auf die "
                        "Prüfung (nicht gezeigt).",
                        "{shown} quotes in the report (redacted); {reviewed} reviewed by a "
                        "person: {approved} approved, {edited} edited, {dropped} dropped; "
                        "{waiting} with a privacy risk still wait for review (not shown)."),
})


def findings_table(findings, language: str = "de") -> pd.DataFrame:
    """Return the findings as a table for the workbook (shares in % rounded to one decimal)."""
    de = language != "en"
    cols = (["Nr.", "Kernergebnis", "Spalte in den Daten", "Anteil (%)", "KI unten (%)",
             "KI oben (%)", "n"] if de else ["No.", "Key finding", "Data column", "Share (%)",
                                             "CI low (%)", "CI high (%)", "n"])
    rows = [[i, f.sentence, f.item, round(100 * f.share, 1), round(100 * f.ci_low, 1),
             round(100 * f.ci_high, 1), f.n] for i, f in enumerate(findings, 1)]
    return pd.DataFrame(rows, columns=cols)


def summarise(survey, language: str = "de", *, anonymity_threshold=None, weighting=None,
              quotes=None) -> dict:
    """Everything the top of a report shows, as plain data (also stored in the manifest).

    With a ``weighting`` of method ``"raking"`` the findings' shares are weighted.
    """
    weighted = weighting is not None and weighting.method == "raking"
    distribution = answer_distribution(survey, weights=weighting.weights if weighted else None)
    k = anonymity_threshold or survey.spec.anonymity_threshold
    findings, note = key_findings(distribution, language, min_n=k)
    return {"findings": findings, "note": note,
            "methods": methods_facts(survey, language, anonymity_threshold=k,
                                     weighting=weighting, quotes=quotes),
            "manifest": {"rule": "Wilson 95 % interval: lower bound > 50 % (majority) or > "
                                 "upper bound of the opposite side (lead); ranked by lower bound",
                         "weighted": weighted,
                         "findings": [asdict(f) for f in findings]}}


def score_explanation(framework, language: str = "de") -> str:
    """Explain the 0–100 score and the level thresholds in plain words (Markdown).

    Parameters
    ----------
    framework : Framework
        Its ``levels`` (level, min_score, name, name_en) give the thresholds.
    language : {"de", "en"}, default="de"
    """
    de = language != "en"
    levels = framework.levels.sort_values("min_score")
    name = "name" if de else "name_en"
    from esslingen_lab.reports.publish import markdown_literal

    steps = "; ".join(f"{int(r.level)} {markdown_literal(getattr(r, name))} ab "
                      f"{format_number(r.min_score, language)}"
                      if de else f"{int(r.level)} {markdown_literal(getattr(r, name))} from "
                      f"{format_number(r.min_score, language)}" for r in levels.itertuples())
    if de:
        return ("**So lesen Sie den Wert 0–100:** Jede Antwort wird auf 0–100 umgerechnet "
                "(„stimme gar nicht zu“ = 0, „teils/teils“ = 50, „stimme voll zu“ = 100; "
                "umgepolte Aussagen gedreht), der Wert ist der Mittelwert. Er ist **kein "
                "Prozentanteil der Zustimmenden**: 50 heißt „im Mittel teils/teils“. Die "
                "Balken zeigen daneben, wie viele tatsächlich zustimmen oder ablehnen. "
                f"**Stufen:** {steps}. Stufe 3 beginnt also unterhalb der Skalenmitte.")
    return ("**How to read the 0–100 score:** each answer is rescaled to 0–100 (“strongly "
            "disagree” = 0, “neither” = 50, “strongly agree” = 100; reverse-coded statements "
            "flipped) and the score is their mean. It is **not the percentage who agree**: 50 "
            "means “neither, on average”. The bars beside it show how many actually agree or "
            f"disagree. **Levels:** {steps}. Level 3 thus starts below the midpoint.")


def services_file(spec, services_path=None):
    """Return the services table a report uses: the parameter, else the one the spec names.

    No file means no OZG section: a survey that names no services table never gets another
    city's (or the demo's) services.
    """
    from pathlib import Path

    if services_path:
        return Path(services_path)
    if getattr(spec, "services", None):
        return (Path(spec.base_dir) / spec.services).resolve()
    return None


def answer_caption(language: str = "de") -> str:
    """Return the caption of the answers-per-statement table."""
    if language == "en":
        return ("Answers per statement: shares of valid answers (%), don't know/no answer "
                "apart, and the 0–100 score (reverse-coded statements flipped in the score)")
    return ("Antworten je Aussage: Anteile der gültigen Antworten (%), „weiß nicht“/keine "
            "Angabe gesondert, und der Wert 0–100 (umgepolte Aussagen im Wert gedreht)")


def answer_table(distribution, scores=None, labels=None, language: str = "de"):
    """Return the table beside the diverging bars: shares per category and the 0–100 score.

    Parameters
    ----------
    distribution : pandas.DataFrame
        From :func:`answer_distribution`.
    scores : mapping, default=None
        Item → 0–100 score.
    labels : dict, default=None
        Dimension key → readable name.
    language : {"de", "en"}, default="de"
    """
    labels = labels or {}
    pick = 1 if language == "en" else 0
    scores = scores or {}
    table = pd.DataFrame({
        ("Aussage", "Statement")[pick]: distribution["wording"],
        ("Dimension", "Dimension")[pick]: distribution["dimension"].map(
            lambda d: labels.get(d, d)),
        "n": distribution["n"],
        f"{CATEGORIES['disagree'][pick]} (%)": (100 * distribution["disagree"]).round(1),
        f"{CATEGORIES['neutral'][pick]} (%)": (100 * distribution["neutral"]).round(1),
        f"{CATEGORIES['agree'][pick]} (%)": (100 * distribution["agree"]).round(1),
        f"{CATEGORIES['missing'][pick]} (n)": distribution["n_missing"],
        ("Wert 0–100", "Score 0–100")[pick]: [
            round(float(scores[i]), 1) if i in scores and pd.notna(scores[i]) else None
            for i in distribution["item"]],
    })
    return table
