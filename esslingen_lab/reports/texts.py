"""Words of the combined report's frame: part titles and the title page, German and English.

Kept apart from :mod:`.run` so that the HTML builder and the workbook read them without
importing the run (no import cycle).
"""

from esslingen_lab.i18n import Catalogue

__all__ = ["FRAME_TEXT", "NOTEBOOK_TITLES"]

#: Part titles in the combined report (German, English).
NOTEBOOK_TITLES = {
    "data_quality": ("Datenqualität", "Data quality"),
    "themes": ("Themen der Freitextantworten", "Themes in the free-text answers"),
    "maturity": ("Digitaler Reifegrad", "Digital maturity"),
    "compare": ("Gruppenvergleiche", "Group comparisons"),
    "workshop_results": ("Workshop-Ergebnisse", "Workshop results"),
}

#: Title page and table of contents, by language.
FRAME_TEXT = Catalogue("reports.frame", {
    "de": {"report": "Bericht", "toc": "Inhalt", "survey": "Befragung", "created": "Erstellt",
           "seed": "Zufallsstartwert (Seed)", "commit": "Git-Commit", "run": "Lauf",
           "notebooks": "Notebooks", "skipped": "Übersprungen",
           "comparison": "Vergleich der Befragungen",
           "respondents": "Befragte", "key_findings": "Kernergebnisse"},
    "en": {"report": "Report", "toc": "Contents", "survey": "Survey", "created": "Created",
           "seed": "Random seed", "commit": "Git commit", "run": "Run", "notebooks": "Notebooks",
           "skipped": "Skipped", "comparison": "Comparison of the surveys",
           "respondents": "Respondents", "key_findings": "Key findings"},
})
