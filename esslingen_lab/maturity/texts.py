"""Words of the maturity part: notebook headings and captions, table headers, sample labels.

Three catalogues of :mod:`esslingen_lab.i18n`, looked up with ``.text(key, language)``.
"""

from __future__ import annotations

import pandas as pd

from esslingen_lab.i18n import Catalogue

__all__ = ["MATURITY_TEXT", "COLUMN_LABELS", "WORDS", "maturity_text", "labelled"]

#: Headings and captions of notebooks/maturity.ipynb.
MATURITY_TEXT = Catalogue.from_pairs("maturity.texts", {
    "scores": ("Reifegrad je Dimension", "Maturity by dimension"),
    "scores_caption": ("Reifegrad 0–100 mit {level}-%-Bootstrap-Konfidenzintervall und Stufe "
                       "1–5", "Maturity 0–100 with {level} % bootstrap confidence interval "
                       "and level 1–5"),
    "items": ("Einzelne Aussagen", "Individual items"),
    "items_caption": ("Zustimmung je Aussage (0–100, umgepolte Aussagen bereits gedreht)",
                      "Agreement per item (0–100, reverse-coded items already flipped)"),
    "reliability": ("Reliabilität (Cronbachs Alpha)", "Reliability (Cronbach's alpha)"),
    "reliability_caption": ("Alpha je Dimension; unter 0,7 messen die Aussagen womöglich nicht "
                            "dasselbe", "Alpha per dimension; below 0.7 the items may not "
                            "measure one thing"),
    "alpha_caption": ("Alpha ohne die jeweilige Aussage und Trennschärfe",
                      "Alpha if item deleted and item-rest correlation"),
    "gap": ("Bürger:innen und Beschäftigte im Vergleich", "Citizens and staff compared"),
    "gap_caption": ("Differenz Bürger:innen − Beschäftigte mit {level}-%-KI, Effektstärke "
                    "(Hedges' g, Cliffs Delta) und BH-adjustiertem p-Wert",
                    "Difference citizens − staff with {level} % CI, effect sizes (Hedges' g, "
                    "Cliff's delta) and BH-adjusted p-value"),
    "comparison": ("Vergleich mit anderen Städten oder Wellen",
                   "Comparison with other cities or waves"),
    "comparison_caption": ("Differenz zur Referenz mit {level}-%-KI, Effektstärke und "
                           "BH-adjustiertem p-Wert", "Difference to the reference with {level} % "
                           "CI, effect size and BH-adjusted p-value"),
    "groups": ("Reifegrad nach Gruppen", "Maturity by group"),
    "group_ci_caption": ("Reifegrad nach {column} mit {level}-%-Bootstrap-KI je Gruppe und "
                         "Dimension (nur gezeigte Gruppen mit mindestens k Antworten)",
                         "Maturity by {column} with {level} % bootstrap CI per group and "
                         "dimension (groups shown, with at least k answers)"),
    "group_tests_caption": ("Unterscheiden sich die Gruppen nach {column}? Kruskal-Wallis-Test "
                            "je Dimension über die gezeigten Gruppen, p nach Benjamini–Hochberg, "
                            "Effektstärke Epsilon²", "Do the groups by {column} differ? "
                            "Kruskal–Wallis test per dimension over the groups shown, "
                            "Benjamini–Hochberg p, effect size epsilon²"),
    "groups_caption": ("Reifegrad nach {column}. <{k}: weniger als {k} Personen; –: "
                       "ausgeblendet zum Schutz einer kleinen Gruppe", "Maturity by {column}. "
                       "<{k}: fewer than {k} people; –: hidden to protect a small group"),
    "services": ("Reifegrad der Verwaltungsleistungen (OZG)",
                 "Maturity of administrative services (OZG)"),
    "services_caption": ("Stufe je Leistung nach dem niedrigsten nicht erfüllten Kriterium",
                         "Level per service by the lowest unfulfilled criterion"),
    "services_summary_caption": ("Leistungen je OZG-Stufe", "Services per OZG level"),
    "none": ("Diese Befragung enthält keine Aussagen des Reifegradmodells.",
             "This survey contains no items of the maturity framework."),
    "no_gap": ("Für den Vergleich Bürger:innen–Beschäftigte fehlt die zweite Befragung "
               "(Parameter compare_paths).", "The citizen-vs-staff comparison needs the "
               "second survey (parameter compare_paths)."),
})

#: Readable headers of the report's tables (:func:`labelled`).
COLUMN_LABELS = Catalogue.from_pairs("maturity.columns", {
    "sample": ("Befragung", "Survey"), "respondent_group": ("Gruppe", "Group"),
    "city": ("Stadt", "City"), "wave": ("Welle", "Wave"), "dimension": ("Schlüssel", "Key"),
    "name": ("Dimension", "Dimension"), "score": ("Reifegrad", "Score"),
    "ci_low": ("KI unten", "CI low"), "ci_high": ("KI oben", "CI high"),
    "level": ("Stufe", "Level"), "level_name": ("Stufenname", "Level name"),
    "n": ("n", "n"), "n_items": ("Aussagen", "Items"),
    "share_missing": ("Anteil fehlend", "Share missing"),
    "suppressed": ("ausgeblendet", "hidden"), "item": ("Aussage", "Item"),
    "wording": ("Wortlaut", "Wording"), "reverse": ("umgepolt", "reverse-coded"),
    "sd": ("SD", "SD"), "alpha": ("Alpha", "Alpha"),
    "n_complete": ("n vollständig", "n complete"),
    "below_threshold": ("unter Schwelle", "below threshold"),
    "alpha_if_deleted": ("Alpha ohne Aussage", "Alpha if deleted"),
    "item_rest_correlation": ("Trennschärfe", "Item-rest correlation"),
    "score_citizens": ("Bürger:innen", "Citizens"), "score_staff": ("Beschäftigte", "Staff"),
    "gap": ("Differenz", "Gap"), "difference": ("Differenz", "Difference"),
    "score_reference": ("Referenzwert", "Reference score"),
    "reference": ("Referenz", "Reference"),
    "hedges_g": ("Hedges g", "Hedges' g"), "g_ci_low": ("g KI unten", "g CI low"),
    "g_ci_high": ("g KI oben", "g CI high"), "cliffs_delta": ("Cliffs Delta", "Cliff's delta"),
    "p_value": ("p", "p"), "p_adjusted": ("p (BH)", "p (BH)"), "note": ("Hinweis", "Note"),
    "n_groups": ("Gruppen", "Groups"), "h": ("H", "H"), "epsilon2": ("Epsilon²", "Epsilon²"),
    "n_citizens": ("n Bürger:innen", "n citizens"), "n_staff": ("n Beschäftigte", "n staff"),
    "leistung": ("Leistung", "Service"), "fachbereich": ("Fachbereich", "Department"),
    "first_gap": ("erstes fehlendes Kriterium", "first missing criterion"),
})

#: Words inside the tables: respondent groups, the overall index, notes.
WORDS = Catalogue.from_pairs("maturity.words", {
    "citizens": ("Bürger:innen", "citizens"),
    "staff": ("Beschäftigte", "staff"),
    "overall": ("Gesamtindex", "Overall index"),
    "sample": ("Stichprobe", "sample"),
    "one_survey_only": ("nur in einer Befragung erhoben oder zu wenige Antworten",
                        "measured in one survey only or too few answers"),
    "overall_differs": ("Gesamtindex über unterschiedliche Dimensionen",
                        "overall index over different dimensions"),
    "other_items": ("andere Items als die Referenz", "items differ from the reference"),
})

#: Columns rounded to three decimals by :func:`labelled` (coefficients and shares).
_THREE_DECIMALS = {"alpha", "alpha_if_deleted", "item_rest_correlation", "hedges_g", "g_ci_low",
                   "g_ci_high", "cliffs_delta", "share_missing", "epsilon2"}


def maturity_text(key: str, language: str = "de", *, confidence: float = 0.95, **fmt) -> str:
    """Return a heading or caption of :data:`MATURITY_TEXT` in the notebook's language.

    ``confidence`` (the report's, e.g. ``report.confidence``) fills the CI level of the
    captions, written with a decimal comma in German (``99,5-%-KI``).
    """
    level = f"{confidence * 100:.10g}"
    fmt.setdefault("level", level if language == "en" else level.replace(".", ","))
    return MATURITY_TEXT.text(key, language, **fmt)


def labelled(table: pd.DataFrame, language: str = "de", *, drop=("dimension", "suppressed",
                                                                   "sample_citizens",
                                                                   "sample_staff"),
             digits: int = 1) -> pd.DataFrame:
    """Return a table with readable German/English headers and rounded numbers for reports.

    Parameters
    ----------
    table : pandas.DataFrame
        One of the report's tables (``scores_``, ``gap_``, ...).
    language : {"de", "en"}, default="de"
    drop : tuple of str
        Technical columns left out.
    digits : int, default=1
        Decimals for scores; p-values and effect sizes keep three or four.

    Returns
    -------
    pandas.DataFrame
    """
    out = table.drop(columns=[c for c in drop if c in table.columns]).copy()
    out = out.dropna(axis=1, how="all")
    for col in out.columns:
        if not pd.api.types.is_float_dtype(out[col]):
            continue
        if col.startswith("p_"):
            out[col] = out[col].round(4)
        elif col in _THREE_DECIMALS:
            out[col] = out[col].round(3)
        else:
            out[col] = out[col].round(digits)
    return out.rename(columns=COLUMN_LABELS.table(language))
