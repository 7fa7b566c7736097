"""``esslingen-lab classify``: train a code classifier, predict codes, suggest what to code next.

A thin click layer over :mod:`esslingen_lab.coding.active`; user mistakes end with a
one-line message and a non-zero exit code.
"""

from __future__ import annotations

import click

from esslingen_lab.cli._group import LabGroup
from esslingen_lab.cli._options import SEED, cli_language, output_option
from esslingen_lab.cli._tables import read_with_columns
from esslingen_lab.cli._texts import cli_text, number

_TEXT = click.option("--text-column", default="text", show_default=True,
                     help="Spalte mit dem Antworttext / column with the answer text.")
_LABEL = click.option("--label-column", default="code", show_default=True,
                      help="Spalte mit dem Code / column with the human code; several codes "
                           "separated by ';' = multi-label.")
_FEATURES = click.option("--features",
                         type=click.Choice(["auto", "words", "chars", "words+chars"]),
                         default="auto", show_default=True,
                         help="Merkmale: Wörter (Themen), Zeichenfolgen (kurze Antworten, "
                              "Tippfehler, Argumente) oder beides; auto wählt per "
                              "Kreuzvalidierung / text features; auto picks by "
                              "cross-validation.")
_SEED = click.option("--seed", type=SEED, default=0, show_default=True,
                     help="Zufallsstartwert / random seed (0 … 4294967295).")


def _coded(path, text_column, label_column):
    """Texts and labels of the rows that have both; rows without a code are not coded yet.

    Codes separated by ``;`` (as the coding store exports them) make the coding
    multi-label: each label is then a tuple of codes.
    """
    from esslingen_lab.coding.active import check_labels
    from esslingen_lab.coding.store import parse_codes
    from esslingen_lab.errors import InputError

    table = read_with_columns(path, {"--text-column": text_column,
                                      "--label-column": label_column})
    texts = table[text_column].astype(str).str.strip()
    labels = table[label_column].astype(str).str.strip()
    # what spreadsheets and pandas write for an empty cell is "not coded", never a code
    labels = labels.where(~labels.str.lower().isin(_NOT_CODED), "")
    codes = labels.map(parse_codes)
    keep = (texts != "") & (codes.map(len) > 0)
    if not keep.any():
        raise InputError(reason="classify_no_rows", file=path)
    multi = labels[keep].str.contains(";", regex=False).any()
    labels = (codes if multi else labels)[keep].tolist()
    try:
        check_labels(labels)
    except InputError as exc:
        exc.file = str(path)
        exc.column = label_column
        raise
    return table, texts[keep].tolist(), labels, int((~keep).sum())


_NOT_CODED = {"nan", "na", "n/a", "<na>", "none", "null", "#n/a"}


@click.group(cls=LabGroup)
def classify():
    """Codes lernen, vorhersagen und Vorschläge machen / learn, predict and suggest codes.

    Trains a classifier on human-coded answers (TF-IDF of words and/or character n-grams,
    chosen by cross-validation, and a linear SVM), codes the rest with a confidence,
    suggests which answers to code next and says when more coding stops paying off.
    Models are saved as .npz (arrays and JSON): loading one cannot run code.
    """


@classify.command()
@click.argument("coded", type=click.Path(dir_okay=False))
@_TEXT
@_LABEL
@click.option("--model", "model_path", required=True, type=click.Path(dir_okay=False),
              help="Hier wird das Modell gespeichert / where to save the model (.npz: "
                   "arrays and JSON, cannot run code when loaded).")
@_FEATURES
@click.option("--cv", type=click.IntRange(min=2), default=5, show_default=True,
              help="Folds of cross-validation.")
@click.option("--curve/--no-curve", default=True, show_default=True,
              help="Lernkurve ausgeben / print the learning curve (macro-F1 by number of "
                   "coded answers).")
@_SEED
def train(coded, text_column, label_column, model_path, features, cv, curve, seed):
    """Train on CODED (CSV/XLSX with text and code) and print cross-validated macro-F1.

    Prints which text features were used (with --features auto: the best by
    cross-validation on CODED). The learning curve shows macro-F1 when training on fewer
    of the coded answers: still rising at the right end means coding more answers pays off.
    """
    import warnings

    from esslingen_lab.coding.active import CodeClassifier, cross_validate, learning_curve
    from esslingen_lab.files import check_outputs

    check_outputs({"--model": model_path}, [coded], create_folder=False)
    _, texts, labels, skipped = _coded(coded, text_column, label_column)
    estimator = CodeClassifier(features=features, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = estimator.fit(texts, labels)
    click.echo(model.describe_features(cli_language()))
    if len(labels) >= 4:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # the choice of features is repeated inside each fold: an honest figure
            result = cross_validate(texts, labels, estimator=estimator, cv=cv,
                                    random_state=seed)
        click.echo(cli_text("cv", f1=number(result.macro_f1, decimals=3),
                            std=number(result.macro_f1_std, decimals=3), folds=result.n_splits,
                            n=len(labels), codes=len(result.per_code)))
        for note in result.notes:
            click.echo(cli_text("note", text=note))
        if curve:
            fixed = CodeClassifier(features=model.features_, random_state=seed)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                points = learning_curve(texts, labels, estimator=fixed, cv=cv,
                                        random_state=seed)
            click.echo(cli_text("curve", points="; ".join(
                f"{r.n_coded} → {number(r.macro_f1, decimals=3)}"
                for r in points.itertuples())))
    else:
        click.echo(cli_text("no_cv", n=len(labels)))
    if skipped:
        click.echo(cli_text("skipped", n=skipped))
    model.save(model_path, text_column=text_column)
    click.echo(cli_text("model_saved", path=model_path))


def _load_model(path):
    """Load the model in ``path``; pickles and foreign files end with one line."""
    import warnings

    from esslingen_lab import __version__
    from esslingen_lab.coding.active import load_model

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model, info = load_model(path)
    if info["esslingen_lab_version"] != __version__:
        click.echo(cli_text("note", text=cli_text(
            "old_model", path=path, trained=info["esslingen_lab_version"],
            current=__version__)))
    return model


@classify.command()
@click.argument("model_path", metavar="MODEL", type=click.Path(dir_okay=False))
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False))
@_TEXT
@output_option(required=True, type=click.Path(dir_okay=False),
               help="Ergebnisdatei / output CSV (or .xlsx).")
def predict(model_path, input_path, text_column, output):
    """Code every row of INPUT: all its columns plus 'predicted' and 'confidence'.

    Rows keep their order; rows with an empty text get an empty prediction.
    """
    from esslingen_lab.files import check_outputs, write_table

    check_outputs({"--output": output}, [model_path, input_path])
    model = _load_model(model_path)
    table = read_with_columns(input_path, {"--text-column": text_column})
    for name in ("predicted", "confidence"):
        if name in table.columns:
            raise click.ClickException(f"{input_path}: {cli_text('has_column', name=name)}")
    texts = table[text_column].astype(str)
    has_text = (texts.str.strip() != "").to_numpy()
    out = table.copy()
    out["predicted"] = ""
    out["confidence"] = ""
    if has_text.any():
        frame = model.predict_frame(texts[has_text].tolist())
        out.loc[has_text, "predicted"] = frame["predicted"].to_numpy()
        out.loc[has_text, "confidence"] = [f"{c:.3f}" for c in frame["confidence"]]
    write_table(out, output, inputs=[model_path, input_path])
    click.echo(cli_text("predicted", coded=int(has_text.sum()), rows=len(out), output=output))


@classify.command()
@click.argument("coded", type=click.Path(dir_okay=False))
@click.argument("pool", type=click.Path(dir_okay=False))
@_TEXT
@_LABEL
@click.option("--n", "n", type=click.IntRange(min=1), default=50, show_default=True,
              help="Wie viele Antworten vorschlagen / how many answers to suggest.")
@output_option(required=True, type=click.Path(dir_okay=False),
               help="Ergebnisdatei / output CSV (or .xlsx).")
@click.option("--random-share", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Anteil zufälliger Vorschläge / share of random picks (keeps the coded "
                   "sample representative; costs a little accuracy).")
@click.option("--strategy", type=click.Choice(["margin", "least_confidence", "entropy"]),
              default="margin", show_default=True, help="Uncertainty measure.")
@click.option("--diversity", type=click.FloatRange(min=0), default=1, show_default=True,
              help="Keine Beinahe-Dubletten: aus den DIVERSITY × n unsichersten Antworten "
                   "je Gruppe ähnlicher Antworten eine / pick one answer per group of similar "
                   "ones among the DIVERSITY × n most uncertain; 1 = off.")
@click.option("--details", is_flag=True,
              help="Add columns reason, suggested_code and confidence.")
@_FEATURES
@_SEED
def suggest(coded, pool, text_column, label_column, n, output, random_share, strategy,
            diversity, details, features, seed):
    """Pick the rows of POOL worth coding next (best first), with all of POOL's columns.

    The answers the classifier trained on CODED is least sure about (plus a random share
    if asked). POOL rows whose 'id' is already in CODED, empty texts and repeated
    identical texts are left out. Then says in plain words whether coding more still pays
    off, judged from the last N rows of CODED (append each round's answers at its end).
    """
    import warnings

    from esslingen_lab.coding.active import CodeClassifier, stopping_hint
    from esslingen_lab.coding.active import suggest as suggest_rows
    from esslingen_lab.files import check_outputs, write_table

    check_outputs({"--output": output}, [coded, pool])
    coded_table, texts, labels, _ = _coded(coded, text_column, label_column)
    pool_table = read_with_columns(pool, {"--text-column": text_column})
    candidates = pool_table
    if "id" in pool_table.columns and "id" in coded_table.columns:
        candidates = pool_table[~pool_table["id"].isin(set(coded_table["id"]))]
    candidates = candidates[candidates[text_column].astype(str).str.strip() != ""]
    if candidates.empty:
        raise click.ClickException(f"{pool}: {cli_text('nothing_left')}")
    pool_texts = candidates[text_column].astype(str).tolist()
    estimator = CodeClassifier(features=features, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        picks = suggest_rows(texts, labels, pool_texts, n=n, random_share=random_share,
                             strategy=strategy, diversity=diversity, estimator=estimator,
                             random_state=seed)
        hint = stopping_hint(texts, labels, pool_texts, batch=n, estimator=estimator,
                             random_state=seed)
    out = candidates.iloc[picks["position"].to_numpy()].copy()
    if details:
        out["reason"] = picks["reason"].to_numpy()
        out["suggested_code"] = picks["predicted"].to_numpy()
        out["confidence"] = [f"{c:.3f}" for c in picks["confidence"]]
    write_table(out, output, inputs=[coded, pool])
    click.echo(cli_text("suggested", n=len(out), output=output))
    click.echo(cli_text("worth_it", hint=hint.text(cli_language())))
