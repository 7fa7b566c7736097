"""Words the command line prints itself (the package's results bring their own texts)."""

from __future__ import annotations

from esslingen_lab.cli._options import cli_language
from esslingen_lab.i18n import Catalogue, format_number

__all__ = ["CLI_TEXT", "cli_text", "column_labels", "number", "os_error_line", "printable"]

CLI_TEXT = Catalogue.from_pairs("cli", {
    "cases_written": ("Fehlerfälle geschrieben: {path}", "Failure cases written: {path}"),
    "note": ("Hinweis: {text}", "Note: {text}"),
    "warning": ("Warnung: {text}", "Warning: {text}"),
    "no_demo": ("Demo-Umfragen nicht gefunden (surveys/esslingen_demo) — esslingen-lab neu "
                "installieren oder im Ordner von esslingen-lab starten",
                "demo surveys not found (surveys/esslingen_demo) — reinstall esslingen-lab or "
                "run this from the esslingen-lab folder"),
    "demo_report": ("\n== Bericht ==", "\n== Report =="),
    "demo_coding": ("\nFreitexte selbst kodieren (in einem zweiten Terminal):",
                    "\nCode answers by hand (in a second terminal):"),
    "no_answers": ("keine Antworten in der Textspalte", "the text column is empty"),
    "n_themes": ("{value} — eine ganze Zahl ≥ 1 oder 'auto' angeben",
                 "{value} — give a whole number ≥ 1 or 'auto'"),
    "no_question": ("Frage '{column}' gibt es nicht (vorhanden: {known})",
                    "no question '{column}' (available: {known})"),
    "no_question_close": ("Frage '{column}' gibt es nicht — meinten Sie '{close}'?",
                          "no question '{column}' — did you mean '{close}'?"),
    "themes_done": ("{rows} Zeilen, {answered} mit Antwort, {themes} Themen → {output}",
                    "{rows} rows, {answered} with an answer, {themes} themes → {output}"),
    "maturity_done": ("{tables} Tabellen, {charts} Grafiken → {output}",
                      "{tables} tables, {charts} charts → {output}"),
    # classify
    "cv": ("Kreuzvalidierter Makro-F1: {f1} ± {std} ({folds} Folds, {n} kodierte Antworten, "
           "{codes} Codes)", "Cross-validated macro-F1: {f1} ± {std} ({folds} folds, {n} coded "
           "answers, {codes} codes)"),
    "curve": ("Lernkurve (kodierte Antworten → Makro-F1): {points}",
              "Learning curve (coded answers → macro-F1): {points}"),
    "no_cv": ("Makro-F1: nicht berechnet — nur {n} kodierte Antworten",
              "Macro-F1: not computed — only {n} coded answers"),
    "skipped": ("{n} Zeilen ohne Text oder Code wurden nicht verwendet.",
                "{n} rows without text or code were not used."),
    "model_saved": ("Modell gespeichert: {path}", "Model saved: {path}"),
    "old_model": ("{path} wurde mit esslingen-lab {trained} trainiert, dies ist {current}; "
                  "Vorhersagen können leicht abweichen — zur Sicherheit neu trainieren.",
                  "{path} was trained with esslingen-lab {trained}, this is {current}; "
                  "predictions may differ slightly — train again to be sure."),
    "has_column": ("hat schon eine Spalte '{name}'", "already has a column '{name}'"),
    "predicted": ("{coded} von {rows} Zeilen kodiert → {output}",
                  "{coded} of {rows} rows coded → {output}"),
    "nothing_left": ("keine unkodierten Antworten mehr für Vorschläge",
                     "no uncoded answers left to suggest"),
    "suggested": ("{n} Antworten zum Kodieren als Nächstes → {output}",
                  "{n} answers to code next → {output}"),
    "worth_it": ("Lohnt sich weiteres Kodieren? {hint}", "Is coding more worth it? {hint}"),
    # coding
    "coded_by_two": ("{n} Antworten von ≥ 2 Kodierenden ({single} von nur einer Person)",
                     "{n} answers coded by ≥ 2 coders ({single} by one coder only)"),
    "percent": ("Prozentuale Übereinstimmung: {share} %", "Percent agreement: {share} %"),
    "alpha": ("Krippendorffs Alpha: {alpha}{interval}", "Krippendorff's alpha: {alpha}{interval}"),
    "kappa": ("Cohens Kappa {a}–{b}: {kappa} (n={n})", "Cohen's kappa {a}–{b}: {kappa} (n={n})"),
    "disagreements": ("Abweichungen zum Klären: {n}", "Disagreements to adjudicate: {n}"),
    "tables_written": ("Tabellen → {output}", "Tables → {output}"),
    "coding_running": ("Kodier-App läuft:", "Coding app is running:"),
    "personal_links": ("Persönliche Links:", "Personal links:"),
    "coding_files": ("Kodierungen: {store}\nExporte: {exports}\nServer-Log: {log}\n"
                     "Beenden: Strg+C", "Codings: {store}\nExports: {exports}\n"
                     "Server log: {log}\nStop: Ctrl+C"),
    # workshop
    "workshop_running": ("Workshop '{name}' läuft.\n", "Workshop '{name}' is running.\n"),
    "facilitator": ("Moderation (geheim halten):", "Facilitator (keep secret):"),
    "participants": ("Teilnahme:", "Participants:"),
    "code": ("  Workshop-Code: {code}", "  Workshop code: {code}"),
    "qr": ("  QR-Code (für den Beamer): {path}", "  QR code (for the projector): {path}"),
    "results": ("Ergebnisse (Beamer):", "Results (projector):"),
    "local_only": ("Hinweis: Diese Links gehen nur auf diesem Laptop. Für Handys im Raum mit "
                   "--host 0.0.0.0 starten.", "Note: these links work on this laptop only; "
                   "for phones in the room start with --host 0.0.0.0."),
    "workshop_files": ("\nDaten: {db}\nServer-Log: {log}\nBeenden: Strg+C",
                       "\nData: {db}\nServer log: {log}\nStop: Ctrl+C"),
    "stopped": ("Workshop '{name}': {n} Prozesse beendet.",
                "Workshop '{name}': {n} processes stopped."),
    "not_running": ("Workshop '{name}': kein laufender Server.",
                    "Workshop '{name}': no running server."),
    "stopping": ("\nServer wird beendet …", "\nStopping the server …"),
    "server_died": ("Der Voila-Server hat unerwartet aufgehört (siehe {log}).",
                    "The Voila server stopped unexpectedly (see {log})."),
    # report
    "skipped_notebook": ("übersprungen: {notebook} ({reason})", "skipped: {notebook} ({reason})"),
    "report_html": ("Bericht: {path}", "Report: {path}"),
    "report_xlsx": ("Tabellen: {path}", "Tables: {path}"),
    "batch_failed": ("FEHLER: {error}", "FAILED: {error}"),
    "comparison": ("Vergleich: {path}", "Comparison: {path}"),
    "batch_summary": ("{failed} von {total} Berichten fehlgeschlagen: {names}",
                      "{failed} of {total} reports failed: {names}"),
    "survey_or_batch": ("entweder SURVEY oder --batch angeben, nicht beides",
                        "give either SURVEY or --batch, not both"),
    "batch_settings": ("mit --batch gehören Notebooks und Parameter in die Batch-Datei "
                       "(--format pdf geht nur für eine Umfrage)", "with --batch, put notebooks "
                       "and parameters into the batch file (--format pdf works for one "
                       "survey)"),
    "survey_missing": ("Argument 'SURVEY' fehlt (oder --batch angeben)",
                       "missing argument 'SURVEY' (or use --batch)"),
    "jobs_batch": ("--jobs gilt nur mit --batch", "--jobs only applies with --batch"),
    "pass_question": ("bei survey.yml bitte --question angeben",
                      "with a survey.yml, pass --question"),
    "pass_text_column": ("bitte --text-column angeben", "pass --text-column"),
    "not_a_store": ("ist keine Kodier-Datei — die .sqlite-Datei der Kodier-App angeben",
                    "is not a coding store — give the .sqlite file the coding app writes"),
    # a refused file operation (OSError), by errno; others keep the system's words
    "EACCES": ("keine Berechtigung", "permission denied"),
    "EPERM": ("nicht erlaubt", "operation not permitted"),
    "ENOSPC": ("kein Platz mehr auf dem Datenträger", "no space left on device"),
    "EDQUOT": ("Speicherkontingent erschöpft", "disk quota exceeded"),
    "EROFS": ("Dateisystem ist schreibgeschützt", "read-only file system"),
    "ENOENT": ("Datei oder Ordner nicht gefunden", "no such file or directory"),
    "EISDIR": ("ist ein Ordner", "is a directory"),
    "ENOTDIR": ("ist kein Ordner", "not a directory"),
    "EEXIST": ("existiert schon", "file exists"),
    "ENAMETOOLONG": ("Dateiname zu lang", "file name too long"),
})


def cli_text(key, **values) -> str:
    """Return the text of ``key`` in the command line's language (``--lang``)."""
    return CLI_TEXT.text(key, cli_language(), **values)


def number(value, **options) -> str:
    """Format a number in the command line's language (``0,812`` in German)."""
    return format_number(value, cli_language(), **options)


def os_error_line(error: OSError, language: str) -> str:
    """Word a refused file operation as ``path: reason``, the reason in ``language``.

    The frequent reasons (no permission, disk full, read-only) come from :data:`CLI_TEXT`;
    others keep the operating system's words.
    """
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    reason = (CLI_TEXT.text(name, language) if name in CLI_TEXT[language]
              else error.strerror or str(error))
    where = f"{error.filename}: " if error.filename else ""
    return " ".join(f"{where}{reason}".split())


_CONTROL = str.maketrans({c: " " for c in [*map(chr, range(32)), *map(chr, range(127, 160))]})


def printable(text) -> str:
    """Blank control characters (escape codes) of a file's text for the terminal."""
    return str(text).translate(_CONTROL)


def column_labels(columns) -> list[str]:
    """Each column's name to print, control characters blanked, or "Nr. N".

    "Nr. N" when the name itself may be personal data (see
    :func:`esslingen_lab.privacy.labels.column_labels`).
    """
    from esslingen_lab.privacy.labels import column_labels as private_labels

    return private_labels([printable(column) for column in columns])
