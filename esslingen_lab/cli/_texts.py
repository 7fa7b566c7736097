"""Words the command line prints itself (the package's results bring their own texts)."""

from __future__ import annotations

from esslingen_lab.i18n import Catalogue

CLI_TEXT = Catalogue.from_pairs("cli", {
    "cases_written": ("Fehlerfälle geschrieben: {path}", "Failure cases written: {path}"),
    "note": ("Hinweis: {text}", "Note: {text}"),
    "warning": ("Warnung: {text}", "Warning: {text}"),
    "file_not_found": ("Datei nicht gefunden", "file not found"),
    "no_answers": ("keine Antworten in der Textspalte", "the text column is empty"),
    "no_rows": ("keine Datenzeilen", "no data rows"),
    "no_question": ("Frage '{column}' gibt es nicht (vorhanden: {known})",
                    "no question '{column}' (available: {known})"),
    "no_column": ("Spalte '{column}' fehlt (vorhanden: {shown})",
                  "column '{column}' not found (available: {shown})"),
    "themes_done": ("{rows} Zeilen, {answered} mit Antwort, {themes} Themen → {output}",
                    "{rows} rows, {answered} with an answer, {themes} themes → {output}"),
    "maturity_done": ("{tables} Tabellen, {charts} Grafiken → {output}",
                      "{tables} tables, {charts} charts → {output}"),
})
