"""``esslingen-lab themes``: cluster one free-text column into labelled themes.

A thin click layer over :class:`esslingen_lab.themes.ThemeModel`; texts are redacted first.
"""

from __future__ import annotations

from pathlib import Path

import click

from esslingen_lab.cli._options import SEED, allow_outside, lang_option, output_option
from esslingen_lab.cli._texts import cli_text
from esslingen_lab.defaults import DEFAULT_SEED


def _parse_k(value):
    if str(value).strip().lower() == "auto":
        return "auto"
    try:
        k = int(value)
    except ValueError:
        k = 0
    if k < 1:
        raise click.BadParameter(cli_text("n_themes", value=repr(value)), param_hint="'--n-themes'")
    return k


@click.command("themes")
@allow_outside
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False))
@click.option(
    "--text-column", default=None, help="Spalte mit den Freitexten / column holding the free text."
)
@click.option(
    "--question",
    default=None,
    help="Bei survey.yml: die Frage (Spalte) / with a survey.yml: the question column.",
)
@click.option(
    "--id-column",
    default=None,
    help="Spalte mit der Antwort-ID; sonst die Zeilennummer / id column (else row).",
)
@click.option(
    "--n-themes",
    "n_themes",
    required=True,
    metavar="K|auto",
    help="Anzahl Themen oder 'auto' / number of themes or 'auto'.",
)
@click.option(
    "--seed",
    default=DEFAULT_SEED,
    show_default=True,
    type=SEED,
    help="Zufallsstartwert: gleicher Wert, gleiche Themen / same seed, same themes.",
)
@click.option(
    "--method",
    default=None,
    type=click.Choice(["kmeans", "nmf", "agglomerative"]),
    help="Verfahren (Standard: kmeans) / clustering method (default: kmeans).",
)
@lang_option(
    None,
    name="language",
    help="Sprache der Texte (Standard: aus survey.yml, sonst de) / text language.",
)
@output_option(
    short=True,
    required=True,
    type=click.Path(dir_okay=False),
    help="CSV oder XLSX: ID, theme, theme_label — eine Zeile je Eingabezeile / one row per "
    "input row.",
)
@click.option(
    "--themes-output",
    default=None,
    type=click.Path(dir_okay=False),
    help="CSV/XLSX mit einer Zeile je Thema (Stichwörter, Größe, Stabilität, Zitate).",
)
@click.option(
    "--model-output",
    default=None,
    type=click.Path(dir_okay=False),
    help="Angepasstes Modell speichern (.npz, nur Daten) / save the fitted model (data only).",
)
def themes(
    input_path,
    text_column,
    question,
    id_column,
    n_themes,
    seed,
    method,
    language,
    output,
    themes_output,
    model_output,
):
    """Freitexte in Themen gruppieren (mit Stichwörtern und Zitaten).

    INPUT ist eine CSV/XLSX-Datei (mit --text-column) oder eine survey.yml (mit
    --question). Zitate und Ausgaben enthalten nur geschwärzte Texte.

    Cluster the free-text answers of INPUT (CSV/XLSX with --text-column, or a survey.yml
    with --question) into themes. Writes one row per input row, in input order, with the
    theme id (-1 = no answer) and its label.
    """
    from esslingen_lab.errors import InputError
    from esslingen_lab.files import check_outputs

    k = _parse_k(n_themes)
    path = Path(input_path)
    if not path.exists():
        raise InputError(reason="file_not_found", file=path)
    outputs = {"--output": output, "--themes-output": themes_output,
               "--model-output": model_output}
    inputs = _inputs(path)
    check_outputs(outputs, inputs)
    survey, ids, id_name, texts, lang, stopwords = _load(
        path, text_column, question, id_column
    )
    if language:
        lang = language
    if not any(t.strip() for t in texts):
        raise click.ClickException(f"{path}: {cli_text('no_answers')}")
    kwargs = {"method": method} if method else {}
    if survey is not None:
        from esslingen_lab.themes.question import fit_question

        model = fit_question(survey, question or text_column, k, seed=seed,
                             language=lang, **kwargs)
    else:
        from esslingen_lab.themes import ThemeModel

        model = ThemeModel(k, random_state=seed, language=lang, stopwords=stopwords,
                           **kwargs).fit(texts, ids=ids)
    _write(model, ids, id_name, texts, output, themes_output, model_output, inputs)


def _inputs(path):
    """Return the files the command reads: INPUT and, for a survey.yml, its data files."""
    if path.suffix.lower() in (".yml", ".yaml"):
        from esslingen_lab.surveys import load_spec

        return [path, *load_spec(path).file_paths()]
    return [path]


def _load(path, text_column, question, id_column):
    """Return the survey (or None), ids, id column name, redacted texts, language, stop words."""
    if path.suffix.lower() in (".yml", ".yaml"):
        from esslingen_lab.errors import closest
        from esslingen_lab.surveys import load_spec, load_survey

        column = question or text_column
        if not column:
            raise click.UsageError(cli_text("pass_question"))
        # the spec names the questions: a wrong one is answered before the slow redaction
        spec = load_spec(path)
        if column not in spec.questions:
            close = closest(column, spec.questions)
            known = ", ".join(spec.questions) or "–"
            reason = (cli_text("no_question_close", column=column, close=close) if close
                      else cli_text("no_question", column=column, known=known))
            raise click.ClickException(f"{path}: {reason}")
        survey = load_survey(spec, redact=True)
        responses = survey.responses
        if column not in responses.columns:
            known = ", ".join(survey.spec.questions) or "–"
            raise click.ClickException(
                f"{path}: {cli_text('no_question', column=column, known=known)}")
        ids = responses["respondent_id"].astype(str).tolist()
        texts = responses[column].fillna("").astype(str).tolist()  # redacted by load_survey
        return (survey, ids, "respondent_id", texts, survey.spec.language,
                list(survey.spec.stopwords))

    if not text_column:
        raise click.UsageError(cli_text("pass_text_column"))
    from esslingen_lab.cli._tables import read_with_columns

    table = read_with_columns(path, {"--text-column": text_column, "--id-column": id_column})
    raw = table[text_column].fillna("").astype(str).tolist()
    texts = _redact(raw)
    if id_column:
        return None, table[id_column].astype(str).tolist(), id_column, texts, "de", []
    return None, list(range(1, len(table) + 1)), "row", texts, "de", []


def _redact(texts):
    from esslingen_lab.privacy import redact

    return list(redact(texts, n_jobs=None).texts)


def _write(model, ids, id_name, texts, output, themes_output, model_output, inputs):
    """One row per input row (no answer: theme -1), the themes table and the model file."""
    import pandas as pd

    from esslingen_lab.files import write_table
    from esslingen_lab.themes import NO_ANSWER

    by_id = dict(zip(map(str, model.ids_), model.labels_.tolist(), strict=True))
    theme = [by_id.get(str(i), NO_ANSWER) for i in ids]
    out = pd.DataFrame({id_name: ids, "theme": theme, "theme_label": model.theme_labels(theme)})
    write_table(out, output, inputs=inputs)
    if themes_output:
        table = model.themes_.copy()
        table["keywords"] = table["keywords"].map("; ".join)
        table["quotes"] = table["quotes"].map(" | ".join)
        # the fit travels with the themes: same seed and method, same themes
        record = model.themes_.attrs.get("fit", {})
        table["seed"] = record.get("seed")
        table["method"] = str((record.get("params") or {}).get("method"))
        write_table(table, themes_output, inputs=inputs)
    if model_output:
        model.save(model_output)
    n_answered = sum(t != NO_ANSWER for t in theme)
    click.echo(cli_text("themes_done", rows=len(texts), answered=n_answered,
                     themes=model.n_themes_, output=output), err=True)
