"""The words of every error message, in German and English.

One entry per reason (``{reason: (German, English)}``); ``<reason>.hint`` says what to do.
Kept apart from the exception classes of :mod:`esslingen_lab.errors` (which re-exports
:data:`ERROR_TEXT`): this module is the catalogue a translator or reviewer reads; that one
is the logic.
"""

from __future__ import annotations

from esslingen_lab.i18n import Catalogue

__all__ = ["ERROR_TEXT"]

#: Where a problem is (labels) and what it is (one entry per reason, ``<reason>.hint`` says
#: what to do). Placeholders are the error's parameters.
ERROR_TEXT = Catalogue.from_pairs("errors", {
    "row": ("Zeile", "row"),
    # a line of a text file (YAML, word lists), not a table row
    "line": ("Zeile", "line"),
    "column": ("Spalte", "column"),
    # files in (surveys.readers)
    "file_not_found": ("Datei nicht gefunden", "file not found"),
    "file_not_found.hint": ("Pfad prüfen", "check the path"),
    "file_empty": ("die Datei ist leer", "the file is empty"),
    "file_empty.hint": ("die Umfrage erneut exportieren", "export the survey again"),
    "is_folder_not_data": ("ist ein Ordner, keine Datendatei", "is a folder, not a data file"),
    "file_binary": ("ist keine Texttabelle (binärer Inhalt)",
                    "is not a text table (binary content)"),
    "file_binary.hint": ("als CSV, XLSX oder SPSS-.sav exportieren",
                         "export as CSV, XLSX or SPSS .sav"),
    "csv_unclosed_quote": ("ein Feld in Anführungszeichen wird nie geschlossen (unpaariges \")",
                           "a quoted field is never closed (unbalanced \")"),
    "csv_unclosed_quote.hint": ("die Anführungszeichen in dieser Zeile prüfen",
                                "check the quotes in that line"),
    "no_header": ("hat keine Kopfzeile", "has no header line"),
    "no_header.hint": ("die Spaltennamen in die erste Zeile schreiben",
                       "put the column names in the first line"),
    "no_columns": ("hat keine Spalten", "has no columns"),
    "column_twice": ("der Spaltenname steht zweimal in der Kopfzeile",
                     "the column name appears twice in the header"),
    "column_twice.hint": ("die gleichnamigen Spalten umbenennen, damit jede einen eigenen "
                          "Namen hat; die Datei wurde nicht verarbeitet",
                          "rename the columns of that name so that each has its own; "
                          "the file was not processed"),
    "column_alike": ("Spalte {number} sieht gleich aus wie Spalte {first_number} '{first}' "
                     "(nur Groß-/Kleinschreibung, Akzente oder unsichtbare Zeichen "
                     "unterscheiden sich)", "column {number} looks the same as column "
                     "{first_number} '{first}' (they differ only in case, accents or "
                     "invisible characters)"),
    "column_alike.hint": ("eine der beiden Spalten umbenennen; die Datei wurde nicht "
                          "verarbeitet", "rename one of the two columns; the file was not "
                          "processed"),
    "column_unnamed": ("Spalte {number} hat keinen Namen, enthält aber Werte (wie Spalte "
                       "{first_number})", "column {number} has no name but holds values (as "
                       "does column {first_number})"),
    "column_unnamed.hint": ("der Spalte in der Kopfzeile einen Namen geben; die Datei wurde "
                            "nicht verarbeitet", "give the column a name in the header line; "
                            "the file was not processed"),
    "reader_needs_package": ("zum Lesen von {kind} wird {package} gebraucht: pip install "
                             "{package}", "reading {kind} needs {package}: pip install {package}"),
    "xlsx_unreadable": ("ist keine lesbare XLSX-Arbeitsmappe ({problem})",
                        "is not a readable XLSX workbook ({problem})"),
    "xlsx_unreadable.hint": ("in Excel/LibreOffice öffnen und als .xlsx speichern",
                             "open it in Excel/LibreOffice and save as .xlsx"),
    "xlsx_no_sheet": ("hat kein Blatt '{sheet}'", "has no sheet '{sheet}'"),
    "xlsx_no_sheet_number": ("hat kein Blatt Nummer {sheet}", "has no sheet number {sheet}"),
    "xlsx_sheets.hint": ("vorhandene Blätter: {sheets}", "sheets are: {sheets}"),
    "xlsx_sheet_empty": ("das Blatt ist leer", "the sheet is empty"),
    "spss_unreadable": ("ist keine lesbare SPSS-Datei ({problem})",
                        "is not a readable SPSS file ({problem})"),
    "spss_unreadable.hint": ("erneut aus SPSS/PSPP exportieren", "export it again from SPSS/PSPP"),
    "xls_old": ("alte Excel-Dateien (.xls) werden nicht unterstützt",
                "old Excel .xls files are not supported"),
    "xls_old.hint": ("als .xlsx speichern", "save it as .xlsx"),
    "file_type_unknown": ("unbekannter Dateityp '{suffix}'", "unknown file type '{suffix}'"),
    "file_type_unknown.hint": (".csv, .xlsx oder .sav verwenden", "use .csv, .xlsx or .sav"),
    "no_rows": ("hat keine Datenzeilen", "has no data rows"),
    "no_column": ("Spalte fehlt (vorhanden: {shown})", "column not found (columns: {shown})"),
    "no_column.hint": ("die richtige Spalte mit {option} angeben",
                       "name the right column with {option}"),
    "no_column.close": ("meinten Sie '{close}'? Die Spalte mit {option} angeben",
                        "did you mean '{close}'? Name the column with {option}"),
    "no_coding_column.hint": ("eine Kodier-Datei (.sqlite) oder ihren Export mit coder, "
                              "answer_id und codes angeben", "use a coding store (.sqlite) or "
                              "its export with coder, answer_id and codes"),
    # survey data (surveys.survey)
    "not_free_text": ("ist keine Freitext-Frage dieser Umfrage",
                      "is not a free-text question of this survey"),
    "not_free_text.close": ("meinten Sie '{close}'?", "did you mean '{close}'?"),
    "not_free_text.hint": ("Fragen: {questions}", "questions: {questions}"),
    "column_missing": ("Spalte fehlt", "column is missing"),
    "columns_missing": ("Spalte fehlt (und {n_more} weitere: {more})",
                        "column is missing (and {n_more} more: {more})"),
    "column_missing.hint": ("die Spalte im Export ergänzen oder aus survey.yml entfernen",
                            "add the column to the export or remove it from survey.yml"),
    "column_missing.close": ("meinten Sie '{close}'? survey.yml oder den Export korrigieren",
                             "did you mean '{close}'? Fix survey.yml or the export"),
    # files out (files.py)
    "output_is_folder": ("ist ein Ordner", "is a folder"),
    "output_is_folder.hint": ("{option} einen Dateinamen geben, z. B. {example}",
                              "give {option} a file name, e.g. {example}"),
    "parent_is_file": ("ist eine Datei, kein Ordner", "is a file, not a folder"),
    "parent_is_file.hint": ("für {option} etwas anderes wählen", "choose another {option}"),
    "folder_missing": ("Ordner existiert nicht", "folder does not exist"),
    "folder_missing.hint": ("den Ordner zuerst anlegen", "create it first"),
    "output_suffix": ("kann nicht als '{suffix}' geschrieben werden",
                      "cannot be written as '{suffix}'"),
    "output_suffix.hint": ("für {option} {allowed} verwenden", "use {allowed} for {option}"),
    "output_no_suffix": ("hat keine Dateiendung", "has no file suffix"),
    "output_no_suffix.hint": ("für {option} {allowed} verwenden", "use {allowed} for {option}"),
    "overwrites_input": ("würde die Eingabe überschreiben", "would overwrite the input"),
    "overwrites_input.hint": ("für {option} eine andere Datei wählen", "choose another {option}"),
    "output_twice": ("ist zweimal als Ausgabe genannt ({first} und {second})",
                     "named twice as output ({first} and {second})"),
    "output_twice.hint": ("jeder Ausgabe eine eigene Datei geben",
                          "give each output its own file"),
    "output_folder_is_file": ("ist eine Datei, kein Ordner", "is a file, not a folder"),
    "output_folder_is_file.hint": ("einen Ordner für die Ausgabe wählen",
                                   "choose a folder for the output"),
    "folder_not_empty": ("Ordner ist nicht leer", "folder is not empty"),
    "folder_not_empty.hint": ("einen neuen oder leeren Ordner wählen, damit keine Datei darin "
                              "ersetzt wird", "choose a new or empty folder, so that no file "
                              "in it is replaced"),
    "folder_holds_input": ("enthält eine Eingabedatei", "holds an input file"),
    "folder_holds_input.hint": ("einen anderen Ordner wählen ({source})",
                                "choose another folder ({source})"),
    "folder_holds_link": ("enthält einen symbolischen Link", "holds a symbolic link"),
    "folder_holds_link.hint": ("den Link entfernen oder einen neuen Ausgabeordner wählen",
                               "remove the link or choose a new output folder"),
    "no_usable_rows": ("keine verwendbaren Zeilen: alle {rows_read} Zeilen ausgeschlossen "
                       "(am häufigsten: {top})",
                       "no usable rows: all {rows_read} rows excluded (most often: {top})"),
    "no_usable_rows.hint": ("'esslingen-lab validate' zeigt die ganze Liste",
                            "run 'esslingen-lab validate' for the full list"),
    # report batch files (reports.batch)
    "batch_invalid": ("{problems}", "{problems}"),
    "batch_format.hint": ("Aufbau der Batch-Datei: siehe esslingen-lab report --help",
                          "batch file format: see esslingen-lab report --help"),
    "batch_not_utf8": ("ist kein UTF-8-Text", "is not UTF-8 text"),
    "batch_not_utf8.hint": ("als UTF-8 speichern", "save it as UTF-8"),
    "batch_yaml_syntax": ("kein gültiges YAML: {problem}", "not valid YAML: {problem}"),
    "batch_yaml_syntax.hint": ("Einrückung und Anführungszeichen prüfen",
                               "check indentation and quotes"),
    "batch_entry": ("Eintrag {n} unter surveys", "entry {n} of surveys"),
    "batch_entry_path": ("Eintrag {n} unter surveys ({path})", "entry {n} of surveys ({path})"),
    "batch_survey_missing": ("{entry}: survey.yml nicht gefunden ({survey})",
                             "{entry}: survey.yml not found ({survey})"),
    "batch_survey_missing.hint": ("den Pfad prüfen; er gilt relativ zum Ordner der "
                                  "Batch-Datei ({base})", "check the path; it is relative to "
                                  "the batch file's folder ({base})"),
    # tables rewritten as they are (cli.redact)
    "table_wrong_fields": ("{n} Zeile(n) mit falscher Feldanzahl — nichts geschrieben, damit "
                           "keine Zeile verloren geht", "{n} line(s) with a wrong number of "
                           "fields — nothing written, so that no row is lost"),
    "table_surplus_fields": ("Zeilen mit mehr Feldern als Spalten — nichts geschrieben, damit "
                             "keine Zeile verloren geht", "lines with more fields than columns "
                             "— nothing written, so that no row is lost"),
    # report runs (reports.*): the survey spec, notebooks, parameters, inputs, outputs
    "report_spec_missing": ("Survey-Spezifikation nicht gefunden: {path}",
                            "survey spec not found: {path}"),
    "report_spec_yaml": ("{path}: kein gültiges YAML ({problem})",
                         "{path}: not valid YAML ({problem})"),
    "report_spec_not_mapping": ("{path}: keine Survey-Spezifikation", "{path}: not a survey spec"),
    "report_notebook_missing": ("Notebook '{notebook}' nicht gefunden ({path})",
                                "notebook '{notebook}' not found ({path})"),
    "report_notebook_twice": ("Notebook '{notebook}' ist doppelt angegeben",
                              "notebook '{notebook}' is listed twice"),
    "report_no_notebooks": ("keines der Notebooks ist vorhanden: {names}",
                            "none of the notebooks exists: {names}"),
    "report_no_parameters_cell": ("Notebook '{notebook}' hat keine Zelle mit dem Tag "
                                  "'parameters'", "notebook '{notebook}' has no cell tagged "
                                  "'parameters'"),
    "report_parameter_type": ("Parameter '{name}': Wert {value} ist kein {type}",
                              "parameter '{name}': value {value} is not of type {type}"),
    "report_parameter_reserved": ("Parameter '{name}' setzt der Bericht selbst; stattdessen "
                                  "das Argument des Kommandos verwenden", "parameter '{name}' "
                                  "is set by the report run; use the command's argument "
                                  "instead"),
    "report_parameter_unknown": ("unbekannter Parameter '{name}'; bekannt: {known}",
                                 "unknown parameter '{name}'; known: {known}"),
    "report_parameter_form": ("Parameter {item} hat nicht die Form key=value",
                              "parameter {item} is not of the form key=value"),
    "report_parameter_twice": ("'{name}' ist zweimal mit verschiedenen Werten angegeben",
                               "'{name}' is given twice with different values"),
    "report_language": ("Sprache muss 'de' oder 'en' sein, nicht {language}",
                        "language must be 'de' or 'en', not {language}"),
    "report_format_unknown": ("unbekanntes Format: {formats} (html, xlsx, pdf)",
                              "unknown format: {formats} (html, xlsx, pdf)"),
    "report_workshop_missing": ("Workshop-Export nicht gefunden: {path}",
                                "workshop export not found: {path}"),
    "report_workshop_incomplete": ("{path}: kein vollständiger Workshop-Export (fehlt: "
                                   "{missing})", "{path}: not a complete workshop export "
                                   "(missing: {missing})"),
    "report_input_missing": ("Eingabedatei fehlt: {path}", "input file missing: {path}"),
    "report_output_not_folder": ("{path} existiert und ist kein Ordner",
                                 "{path} exists and is not a directory"),
    "report_output_exists": ("Ausgabeordner existiert schon: {path} — mit --force ersetzen "
                             "oder ein anderes --output wählen", "output directory exists: "
                             "{path} — use --force to replace it or choose another --output"),
    "report_output_not_run": ("{path} ist kein früherer Berichtslauf (keine manifest.json); "
                              "er wird auch mit --force nicht gelöscht", "{path} is not an "
                              "earlier report run (no manifest.json); refusing to delete it "
                              "even with --force"),
    "report_pdf_playwright": ("PDF braucht das Python-Paket playwright: "
                              "pip install 'esslingen-lab[pdf]'", "PDF needs the Python "
                              "package playwright: pip install 'esslingen-lab[pdf]'"),
    "report_pdf_chromium": ("PDF braucht Chromium: apt-get install chromium (oder "
                            "ESSLINGEN_LAB_CHROMIUM auf seinen Pfad setzen)", "PDF needs "
                            "Chromium: apt-get install chromium (or set ESSLINGEN_LAB_CHROMIUM "
                            "to its path)"),
    "notebook_failed": ("Notebook '{notebook}' ist fehlgeschlagen {where}: {error}{partial}",
                        "Notebook '{notebook}' failed {where}: {error}{partial}"),
    "notebook_failed.kernel": ("bei der Ausführung (Kernel)", "while running (kernel)"),
    "notebook_failed.cell": ("in Zelle {number} (In [{count}] im ausgeführten Notebook)",
                             "in cell {number} (In [{count}] in the executed notebook)"),
    "notebook_failed.partial": (" — Teilergebnis: {path}", " — partial notebook: {path}"),
    "report_disclosure": ("Offenlegungsprüfung: {n} ausgeblendete Zelle(n) ließen sich "
                          "berechnen, z. B. {source}: {cell} — kein Bericht geschrieben; siehe "
                          "disclosure_audit in manifest.json", "disclosure audit: {n} hidden "
                          "cell(s) can be recomputed, e.g. {source}: {cell} — no report "
                          "written; see disclosure_audit in manifest.json"),
    # hand-written YAML files (surveys.spec.load_yaml)
    "yaml_too_large": ("ist größer als {mb} MB — keine Spezifikationsdatei",
                       "is larger than {mb} MB — not a spec file"),
    "yaml_not_utf8": ("ist kein UTF-8-Text", "is not UTF-8 text"),
    "yaml_not_utf8.hint": ("als UTF-8 speichern", "save it as UTF-8"),
    "yaml_syntax": ("YAML-Syntaxfehler (kein gültiges YAML): {problem}",
                    "YAML syntax error (not valid YAML): {problem}"),
    # PyYAML's problems in words (spec.py maps them; anything else keeps PyYAML's words)
    "yaml_tab": ("ein Tabulator steht, wo YAML nur Leerzeichen erlaubt",
                 "a tab stands where YAML allows only spaces"),
    "yaml_tab.hint": ("Leerzeichen statt Tabulatoren verwenden", "use spaces instead of tabs"),
    "yaml_indent": ("die Einrückung passt nicht zu den Zeilen davor",
                    "the indentation does not match the lines before"),
    "yaml_unclosed": ("die Datei endet, bevor eine Klammer oder ein Anführungszeichen "
                      "geschlossen ist", "the file ends before a bracket or a quote is closed"),
    "yaml_colon": ("ein Doppelpunkt steht an einer unerwarteten Stelle",
                   "a colon stands where none is expected"),
    "yaml_colon.hint": ("Werte mit „:“ in Anführungszeichen setzen",
                        "put values that contain ':' in quotes"),
    "yaml_bad_start": ("ein Wert beginnt mit einem Zeichen, das YAML dort nicht erlaubt "
                       "(„@“, „%“ oder „`“)", "a value starts with a character YAML does not "
                       "allow there ('@', '%' or '`')"),
    "yaml_bad_start.hint": ("den Wert in Anführungszeichen setzen", "put the value in quotes"),
    "yaml_alias": ("ein Verweis „*…“ nennt einen Anker „&…“, den es nicht gibt",
                   "a reference '*…' names an anchor '&…' that does not exist"),
    "yaml_two_documents": ("die Datei enthält mehr als ein Dokument (ein zweites „---“)",
                           "the file holds more than one document (a second '---')"),
    "yaml_control_char": ("die Datei enthält ein unsichtbares Steuerzeichen",
                          "the file contains an invisible control character"),
    "yaml_unclosed_quote": ("ein Anführungszeichen wird in dieser Zeile geöffnet, aber nicht "
                            "geschlossen", "a quote opened on this line is not closed"),
    "yaml_too_deep": ("zu tief verschachtelt (Hunderte Ebenen von Klammern)",
                      "nested too deeply (hundreds of levels of brackets)"),
    "yaml_too_deep.hint": ("die Datei prüfen: eine Umfragebeschreibung braucht nur wenige Ebenen",
                           "check the file: a survey spec needs only a few levels"),
    "yaml_missing_colon": ("nach einem Schlüssel fehlt der Doppelpunkt",
                           "a key is missing its colon"),
    "yaml_bracket": ("eine Klammer oder ein Komma fehlt in einer Liste „[…]“ oder „{…}“",
                     "a bracket or comma is missing in a list '[…]' or '{…}'"),
    "yaml_syntax.hint": ("Einrückung und Anführungszeichen prüfen",
                         "check indentation and quotes"),
    "yaml_duplicate_key": ("Schlüssel '{key}' steht zweimal (zuerst in Zeile {line})",
                           "key '{key}' appears twice (first in line {line})"),
    "yaml_alias_bomb": ("ergibt über YAML-Aliase (&/*) mehr als {limit} Werte — keine "
                        "Spezifikationsdatei", "expands to more than {limit} values through "
                        "YAML aliases (&/*) — not a spec file"),
    "yaml_alias_bomb.hint": ("die Werte ausschreiben statt Aliase zu verschachteln",
                             "write the values out instead of nesting aliases"),
    # the survey spec (surveys.spec)
    "spec_path.hint": ("den Pfad zu survey.yml prüfen", "check the path to survey.yml"),
    "spec_folder_without_spec": ("ist ein Ordner ohne survey.yml",
                                 "is a folder without a survey.yml"),
    "spec_not_mapping": ("muss eine YAML-Zuordnung sein (Zeilen „Schlüssel: Wert“)",
                         "must be a YAML mapping (key: value lines)"),
    "spec_invalid": ("{problems}", "{problems}"),
    "spec_invalid.hint": ("survey.yml korrigieren", "fix survey.yml"),
    "spec_name_slug": ("nur Buchstaben, Ziffern, '_' und '-' verwenden (der Name benennt "
                       "Ausgabeordner)", "use only letters, digits, '_' and '-' (it names "
                       "output folders)"),
    "spec_wave_single": ("muss ein einzelner Wert sein, z. B. 2026 oder 'Welle 2'",
                         "must be a single value such as 2026 or 'Welle 2'"),
    "spec_min_max": ("min ({min}) muss kleiner als max ({max}) sein",
                     "min ({min}) must be smaller than max ({max})"),
    "spec_label_outside": ("Label '{label}' steht für {value}, außerhalb der Skala {min}–{max}",
                           "label '{label}' maps to {value}, outside the scale {min}–{max}"),
    "spec_margin_empty": ("'{column}' nennt keine Kategorien", "'{column}' lists no categories"),
    "spec_margin_negative": ("'{column}': negative Zahl für {categories}",
                             "'{column}': negative figure for {categories}"),
    "spec_margin_zero": ("'{column}': die Zahlen ergeben zusammen 0",
                         "'{column}': the figures add up to 0"),
    "spec_margin_shares": ("'{column}': die Anteile ergeben {total}, nicht 1 — den Anteil "
                           "jeder Kategorie angeben (oder Anzahlen)", "'{column}': the shares "
                           "add up to {total}, not 1 — give every category's share (or "
                           "counts)"),
    "spec_unknown_scale": ("Likert-Item '{column}' nutzt die unbekannte Skala '{scale}' "
                           "(likert_scales: {known})", "likert item '{column}' uses unknown "
                           "scale '{scale}' (likert_scales: {known})"),
    "spec_none_defined": ("keine definiert", "none defined"),
    "spec_none": ("keine", "none"),
    "spec_two_roles": ("Spalte '{column}' steht unter {first} und unter {second}",
                       "column '{column}' is listed under both {first} and {second}"),
    "spec_margin_not_group": ("population.margins: '{column}' ist keine Gruppierungsspalte "
                              "(groups: {known})", "population.margins: '{column}' is not a "
                              "grouping column (groups: {known})"),
    "spec_duration_column": ("min_duration_seconds braucht eine duration_column",
                             "min_duration_seconds needs a duration_column"),
    "spec_outside_folder": ("'{field}': {relative} liegt außerhalb des Ordners der "
                            "Spezifikation {folder}", "field '{field}': {relative} lies "
                            "outside the spec's folder {folder}"),
    "spec_outside_folder.hint": ("die Datei in diesen Ordner kopieren oder --allow-outside "
                                 "angeben (oder {env}=1 setzen), wenn Sie dieser "
                                 "Spezifikation vertrauen", "copy the file into that folder, "
                                 "or pass --allow-outside (or set {env}=1) if you trust this "
                                 "spec"),
    "spec_framework_missing": ("'framework': Datei {path} nicht gefunden",
                               "field 'framework': file {path} not found"),
    "spec_framework_missing.hint": ("den Pfad prüfen (relativ zu survey.yml)",
                                    "check the path (relative to survey.yml)"),
    # theme models and theme maps (themes.*)
    "themes_no_texts": ("keine Texte übergeben", "no texts given"),
    "themes_not_a_list": ("bitte eine Liste von Texten übergeben", "pass a list of texts"),
    "themes_ids_length": ("{n_ids} ids für {n_texts} Texte — für jeden Text eine id angeben",
                          "{n_ids} ids for {n_texts} texts — give one id per text"),
    "themes_too_few_texts": ("nur {n} Texte mit Inhalt für {k} Themen — weniger Themen wählen "
                             "oder mehr Texte", "only {n} texts with content for {k} themes — "
                             "choose fewer themes or more texts"),
    "themes_split_too_few": ("{what} hat nur {n} Antworten — zu wenige zum Teilen",
                             "{what} has only {n} answers — too few to split"),
    "themes_labeler": ("labeler={labeler} ist nicht aufrufbar; eine Funktion "
                       "labeler(keywords, texts) -> str übergeben", "labeler={labeler} is not "
                       "callable; pass a function labeler(keywords, texts) -> str"),
    "themes_n_themes": ("n_themes muss eine ganze Zahl ≥ 1 oder 'auto' sein, nicht {value}",
                        "n_themes must be a whole number ≥ 1 or 'auto', not {value}"),
    "themes_k_range": ("k_range {value} muss 2 <= untere <= obere Grenze erfüllen",
                       "k_range {value} must satisfy 2 <= low <= high"),
    "themes_no_n_clusters": ("{name} hat keinen Parameter n_clusters für {k} Themen",
                             "{name} has no n_clusters parameter to ask for {k} themes"),
    "themes_no_labels": ("{name} setzt in fit kein labels_; einen Clusterer wie "
                         "sklearn.cluster.KMeans übergeben", "{name} sets no labels_ in fit; "
                         "pass a clusterer such as sklearn.cluster.KMeans"),
    "themes_all_noise": ("{name} hat alle Antworten als Rauschen (-1) markiert; seine "
                         "Parameter ändern", "{name} marked every answer as noise (-1); "
                         "change its parameters"),
    "themes_no_fit": ("method={method} hat keine fit-Methode; eine von {methods} oder einen "
                      "Clusterer wie sklearn.cluster.KMeans(5) übergeben", "method={method} "
                      "has no fit method; pass one of {methods} or a clusterer such as "
                      "sklearn.cluster.KMeans(5)"),
    "themes_auto_needs_n_clusters": ("n_themes='auto' braucht einen Clusterer mit n_clusters, "
                                     "{name} hat keinen", "n_themes='auto' needs a clusterer "
                                     "with n_clusters, {name} has none"),
    "themes_unknown_method": ("unbekannte Methode {method}; eine von {methods} oder einen "
                              "Clusterer mit fit und labels_ verwenden", "unknown method "
                              "{method}; use one of {methods} or a clusterer object with fit "
                              "and labels_"),
    "themes_no_question": ("Frage '{question}' gibt es nicht (vorhanden: {known})",
                           "no question '{question}' (available: {known})"),
    "themes_no_question_close": ("Frage '{question}' gibt es nicht — meinten Sie '{close}'?",
                                 "no question '{question}' — did you mean '{close}'?"),
    "themes_save_vectorizer": ("ein Modell mit eigenem vectorizer kann nicht sicher "
                               "gespeichert werden — Texte speichern und neu anpassen",
                               "a model with a custom vectorizer cannot be saved safely — "
                               "keep the texts and re-fit"),
    "themes_save_clusterer": ("ein Modell mit eigenem Clusterer (method=…) kann nicht sicher "
                              "gespeichert werden — Texte speichern und neu anpassen",
                              "a model with a custom clusterer cannot be saved safely — keep "
                              "the texts and re-fit"),
    "themes_model_pickle": ("keine ThemeModel-Datei (pickle/joblib-Dateien werden nicht "
                            "geladen, sie könnten Code ausführen) — Modell neu anpassen und "
                            "mit save() speichern", "not a saved ThemeModel (pickle/joblib "
                            "files are refused because loading them can run code) — re-fit "
                            "the model and save it with save()"),
    "themes_model_not_saved": ("keine gespeicherte ThemeModel-Datei{detail}",
                               "not a saved ThemeModel{detail}"),
    "themes_model_damaged": ("beschädigte ThemeModel-Datei ({detail})",
                             "damaged ThemeModel file ({detail})"),
    "themes_model_version": ("{path}: mit esslingen-lab {saved} gespeichert, installiert ist "
                             "{installed} — Modell neu anpassen", "{path}: saved by "
                             "esslingen-lab {saved}, installed is {installed} (another "
                             "version) — re-fit the model"),
    "themes_not_a_map": ("keine Themenkarte (erwartet: {format})",
                         "not a theme map (expected {format})"),
    "themes_not_json": ("keine gültige JSON-Datei", "not valid JSON"),
    "themes_merge_two": ("zum Zusammenführen mindestens zwei Themen angeben",
                         "merge needs at least two themes"),
    "themes_split_needs_model": ("zum automatischen Teilen wird das Modell gebraucht — model= "
                                 "oder groups= angeben", "splitting automatically needs the "
                                 "model — pass model= or groups="),
    "themes_not_in_theme": ("{n} Antwort(en) gehören nicht zu Thema {theme}",
                            "{n} answer(s) are not in theme {theme}"),
    "themes_no_answer": ("Antwort {answer} gibt es nicht", "no answer {answer}"),
    "themes_no_theme": ("Thema {theme} gibt es nicht", "no theme {theme}"),
    "themes_theme_gone": ("Thema {theme} gibt es nicht mehr ({status})",
                          "theme {theme} no longer exists ({status})"),
    # comparisons across groups (compare)
    "compare_fdr_method": ("fdr_method={value}: 'bh' oder 'by' verwenden",
                           "fdr_method={value}: use 'bh' or 'by'"),
    "compare_columns.hint": ("erwartet werden Spalten für Befragten-ID, Thema und Gruppe",
                             "expected respondent id, theme and group columns"),
    "compare_ids_not_unique": ("die Befragten-IDs der Reifegrad-Werte sind nicht eindeutig; "
                               "zuerst eine Befragung auswählen", "respondent ids are not "
                               "unique in the maturity scores; select one survey first"),
    "compare_labels_length": ("{n_labels} Themenzuordnungen für {n_texts} Texte — für jeden "
                              "Text eine angeben", "{n_labels} theme labels for {n_texts} "
                              "texts — give one per text"),
    # the coding store (coding.store) and the classifier's training table (cli.classify)
    "coding_not_store": ("ist keine Kodier-Datei (SQLite-Datei der Kodier-App)",
                         "is not a coding store (SQLite file of the coding app)"),
    "coding_not_store.hint": ("die .sqlite-Datei angeben, die die Kodier-App schreibt",
                              "give the .sqlite file the coding app writes"),
    "coding_ids_length": ("Antwort-IDs und Texte sind verschieden lang",
                          "answer ids and texts differ in length"),
    "coding_ids_not_unique": ("Antwort-IDs sind nicht eindeutig", "answer ids are not unique"),
    "coding_ids_not_unique.hint": ("jeder Antwort eine eigene ID geben",
                                   "give every answer its own id"),
    "coding_no_coder": ("keine kodierende Person angegeben", "no coder given"),
    "coding_no_coder.hint": ("zuerst Namen oder Kürzel eingeben",
                             "enter your name or coder id first"),
    "coding_no_code": ("kein Code für Antwort '{answer}' gewählt",
                       "no code chosen for answer '{answer}'"),
    "coding_no_code.hint": ("mindestens einen Code wählen (oder einen Code wie 'sonstiges') "
                            "oder überspringen", "choose at least one code (or a code such as "
                            "'sonstiges'), or skip"),
    "coding_import_column.hint": ("ein Import braucht die Spalten coder, answer_id und codes",
                                  "an import needs the columns coder, answer_id and codes"),
    "coding_store_no_codebook": ("die Kodier-Datei hat kein Codebuch",
                                 "the coding store has no codebook"),
    "coding_store_no_codebook.hint": ("sie mit CodingStore(path, codebook=...) anlegen",
                                      "create it with CodingStore(path, codebook=...)"),
    "coding_import_empty": ("leer", "empty"),
    "coding_import_unknown_code": ("unbekannter Code '{code}'", "unknown code '{code}'"),
    "coding_import_problems": ("{problem}; nichts importiert", "{problem}; nothing imported"),
    "coding_import_problems_more": ("{problem} (und {n} weitere Zeilen); nichts importiert",
                                    "{problem} (and {n} more rows); nothing imported"),
    "coding_export_suffix": ("kann nicht als '{suffix}' exportieren",
                             "cannot export to '{suffix}'"),
    "coding_export_suffix.hint": (".csv oder .xlsx verwenden", "use .csv or .xlsx"),
    "classify_no_rows": ("hat keine Zeile mit Text und Code",
                         "has no row with both a text and a code"),
    # codebooks (coding.codebook)
    "codebook_not_found": ("Codebuch nicht gefunden", "codebook file not found"),
    "codebook_not_found.hint": ("den Pfad prüfen", "check the path"),
    "codebook_not_mapping": ("muss eine YAML-Zuordnung mit name, version und codes sein",
                             "must be a YAML mapping with name, version and codes"),
    "codebook_invalid": ("{problems}", "{problems}"),
    "codebook_invalid.hint": ("das Codebuch korrigieren (Vorlage: esslingen_lab/data/"
                              "codebook_example.yml)", "fix the codebook (see esslingen_lab/"
                              "data/codebook_example.yml)"),
    "codebook_code_twice": ("Code '{code}' steht zweimal", "code '{code}' appears twice"),
    "codebook_unknown_parent": ("Code '{code}' hat den unbekannten Obercode '{parent}'",
                                "code '{code}' has the unknown parent '{parent}'"),
    "codebook_cycle": ("Code '{code}' ist sein eigener Vorfahr (Zyklus)",
                       "code '{code}' is its own ancestor (cycle)"),
    "codebook_name_chars": ("ein Codename darf kein ';', keinen Tabulator und keinen "
                            "Zeilenumbruch enthalten", "a code name must not contain ';', tabs "
                            "or line breaks"),
    "codebook_language": ("muss 'de' oder 'en' sein", "must be 'de' or 'en'"),
    "codebook_unknown_codes": ("unbekannte(r) Code(s) {codes} (Codebuch '{name}', Version "
                               "{version})", "unknown code(s) {codes} (codebook '{name}', "
                               "version {version})"),
    "codebook_unknown_codes.hint": ("einen Codenamen aus dem Codebuch verwenden oder das "
                                    "Codebuch aktualisieren", "use a code name from the "
                                    "codebook or update the codebook"),
    # maturity framework and OZG models (maturity.validation, .framework, .services)
    "framework_not_found": ("Reifegradmodell nicht gefunden", "maturity framework not found"),
    "framework_not_found.hint": ("den Pfad prüfen", "check the path"),
    "framework_invalid": ("{problems}", "{problems}"),
    "framework_invalid.hint": ("die Datei des Reifegradmodells korrigieren (Vorlage: "
                               "esslingen_lab/data/maturity_framework.yml)", "fix the framework "
                               "file (see esslingen_lab/data/maturity_framework.yml)"),
    "ozg_models_not_found": ("Datei der OZG-Reifegradmodelle nicht gefunden",
                             "OZG models file not found"),
    "ozg_models_not_found.hint": ("den Pfad prüfen", "check the path"),
    "ozg_models_invalid": ("{problems}", "{problems}"),
    "ozg_models_invalid.hint": ("die Datei der OZG-Modelle korrigieren (Vorlage: esslingen_lab/"
                                "data/ozg_levels.yml)", "fix the OZG models file (see "
                                "esslingen_lab/data/ozg_levels.yml)"),
    "ozg_model_unknown": ("Modell '{key}' unbekannt; vorhanden: {known}",
                          "unknown model '{key}'; available: {known}"),
    "ozg_unknown_level": ("Kriterium verweist auf die unbekannte Stufe {level}",
                          "criterion refers to unknown level {level}"),
    "service_criterion_missing": ("Kriterium-Spalte fehlt: {missing}",
                                  "criterion column missing: {missing}"),
    "service_criterion_missing.hint": ("erwartete Spalten: {expected}",
                                       "expected columns: {expected}"),
    "service_cell_empty": ("Angabe fehlt (ja/nein/entfällt)", "value missing (yes/no/n/a)"),
    "service_cell_unknown": ("unbekannter Wert {value}; erwartet ja/nein/entfällt",
                             "unknown value {value}; expected yes/no/n/a"),
    "service_cells": ("{first}{also}", "{first}{also}"),
    "service_cells.hint": ("in jede Zelle ja, nein oder entfällt schreiben",
                           "write ja, nein or entfällt in each cell"),
    "service_cells_also": (" — auch: {listed}{more}", " — also: {listed}{more}"),
    "service_cell_at": ("Zeile {row} '{column}'", "row {row} '{column}'"),
    "service_cells_more": (" (+{n} weitere)", " (+{n} more)"),
    "framework_min_score_start": ("min_score muss bei 0 beginnen und eindeutig sein",
                                  "min_score must start at 0 and be unique"),
    "framework_level_twice": ("Stufe {level} ist doppelt angegeben: jede Stufe einmal",
                              "level {level} is given twice: each level once"),
    "framework_level_order": ("eine höhere Stufe braucht einen höheren min_score",
                              "a higher level needs a higher min_score"),
    "framework_item_twice": ("Item '{column}' steht in den Dimensionen '{first}' und "
                             "'{second}'", "item '{column}' appears in dimensions '{first}' and "
                             "'{second}'"),
    # YAML files checked by pydantic (validation_problems)
    "yaml_not_mapping": ("muss eine YAML-Zuordnung sein (Zeilen „Schlüssel: Wert“)",
                         "must be a YAML mapping (key: value lines)"),
    "yaml_list": ("{problems}", "{problems}"),
    "yaml_field_says": ("'{key}': {problem}", "field '{key}': {problem}"),
    "yaml_problems": ("{n} Probleme: {problems}", "{n} problems: {problems}"),
    "yaml_at": ("{where}: {problem}", "{where}: {problem}"),
    "yaml_field_missing": ("Schlüssel '{key}' fehlt", "required field '{key}' is missing"),
    "yaml_field_unknown": ("unbekannter Schlüssel '{key}' — meinten Sie '{close}'?",
                      "unknown field '{key}' — did you mean '{close}'?"),
    "yaml_field_unknown_known": ("unbekannter Schlüssel '{key}' — bekannt sind: {known}",
                            "unknown field '{key}' — known fields: {known}"),
    "yaml_field_invalid": ("'{key}' {detail}", "field '{key}' {detail}"),
    "yaml_file_invalid": ("die Datei {detail}", "the file {detail}"),
    "yaml_must_text": ("muss Text sein", "must be text"),
    "yaml_must_not_be_empty": ("darf nicht leer sein", "must not be empty"),
    "yaml_must_whole_number": ("muss eine ganze Zahl sein", "must be a whole number"),
    "yaml_must_number": ("muss eine Zahl sein (Dezimalpunkt, z. B. 0.5)",
                    "must be a number (e.g. 0.5)"),
    "yaml_must_bool": ("muss true oder false sein", "must be true or false"),
    "yaml_must_list": ("muss eine Liste sein (Zeilen mit „- “)",
                  "must be a list (lines starting with '- ')"),
    "yaml_must_mapping": ("muss eine Zuordnung sein (Zeilen „Schlüssel: Wert“)",
                     "must be a mapping ('key: value' lines)"),
    "yaml_must_one_of": ("muss einer dieser Werte sein: {expected}", "must be one of {expected}"),
    "yaml_must_at_least": ("muss mindestens {limit} sein", "must be at least {limit}"),
    "yaml_invalid_value": ("hat einen ungültigen Wert ({detail})", "is invalid ({detail})"),
})
