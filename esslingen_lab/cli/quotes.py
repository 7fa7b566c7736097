"""``esslingen-lab quotes review``: a person approves, edits or drops risky quotes.

Every quote gets a privacy risk score; quotes at or above the threshold are listed for a
decision, which is stored in a decisions file and reused on the next run.
"""

from __future__ import annotations

from pathlib import Path

import click

from esslingen_lab.cli._group import LabGroup
from esslingen_lab.cli._options import FiniteFloatRange, lang_option, output_option
from esslingen_lab.cli._tables import missing_column, read_text_table
from esslingen_lab.cli._texts import printable
from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.errors import InputError
from esslingen_lab.files import check_outputs, write_table
from esslingen_lab.i18n import Catalogue

_TEXT = Catalogue.from_pairs(
    "cli.quotes",
    {
        "prompt": (
            "[a]nnehmen, [b]earbeiten, [e]ntfernen, [s]päter, [q] beenden",
            "[a]pprove, [e]dit, [d]rop, [s]kip, [q]uit",
        ),
        "new_text": ("Neuer Text", "New text"),
        "edit_unchanged": (
            "Text unverändert oder leer: keine Entscheidung, bitte erneut wählen",
            "text unchanged or empty: no decision, please choose again",
        ),
        "edit_risky": (
            "Bearbeiteter Text (redigiert) hat noch Risiko {risk} ≥ {threshold} ({reasons}): "
            "bitte erneut entscheiden",
            "edited text (redacted) still has risk {risk} ≥ {threshold} ({reasons}): please "
            "decide again",
        ),
        "edit_redacted": (
            "Gespeichert wird der redigierte Text: {text}",
            "the redacted text is stored: {text}",
        ),
        "input_ended": (
            "Eingabe beendet: die übrigen Zitate bleiben offen (wie nach [q])",
            "input ended: the remaining quotes stay pending (as after [q])",
        ),
        "risk": ("Risiko", "risk"),
        "pending": (
            "Noch offen: {pending} Zitat(e) ohne Entscheidung — sie werden nicht gezeigt; "
            "zum Entscheiden denselben Befehl erneut aufrufen",
            "still pending: {pending} quote(s) without a decision — they are not shown; run "
            "the same command again to decide",
        ),
        "summary": (
            "{quotes} Zitate, {risky} mit Risiko ≥ {threshold}, {reviewed} geprüft "
            "({dropped} entfernt), {pending} offen",
            "{quotes} quotes, {risky} with risk ≥ {threshold}, {reviewed} reviewed "
            "({dropped} dropped), {pending} pending",
        ),
    },
)
#: Answer keys per language: each key stands for the word it starts in that language, so
#: "e" edits in English and drops ("entfernen") in German.
_KEYS = {"de": {"a": "approve", "b": "edit", "e": "drop", "s": "skip", "q": "quit"},
         "en": {"a": "approve", "e": "edit", "d": "drop", "s": "skip", "q": "quit"}}


@click.group(cls=LabGroup)
def quotes():
    """Zitate prüfen, bevor sie gezeigt werden / review quotes before they are shown."""


@quotes.command("review")
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("--column", default=None,
              help="Column holding the quotes [default: quote, Zitat or text, the first found].")
@click.option("--decisions", "decisions_path", required=True, type=click.Path(path_type=Path),
              help="CSV file with the decisions; read if it exists, updated after each one.")
@click.option("--threshold", type=FiniteFloatRange(0, 1), default=REVIEW_THRESHOLD,
              show_default=True,
              help="Quotes with this privacy risk or more need a decision.")
@output_option(name="output_path", aliases=(), short=True, type=click.Path(path_type=Path),
               help="Write every quote with its risk, decision and the text to show.")
@click.option("--run", "run_dir", type=click.Path(path_type=Path, file_okay=False),
              help="A report run's output folder: write the same table there as "
                   "quote_review.csv, where the report counts the reviewed quotes.")
@click.option("--list", "list_only", is_flag=True,
              help="Only list the quotes that wait for a decision; ask nothing.")
@lang_option()
def review(input_path, column, decisions_path, threshold, output_path, run_dir, list_only,
           lang):
    """Score each quote of INPUT and ask for a decision on the risky ones.

    Reads INPUT (CSV, XLSX), computes a privacy risk per quote in --column and asks, for each
    quote at or above --threshold without a stored decision, whether to approve, edit or drop
    it. Decisions go to --decisions (only a hash of the quote, never its text; an edit keeps
    its new text, redacted and scored again, since it is shown instead) and are reused on
    the next run. --output writes all quotes with risk, decision and the text to show
    (empty when dropped or still undecided); --run writes it into a report run's folder.
    [q], [s] or the end of the input leave quotes pending (not shown): the exit status stays
    0 and the last line says how many still wait.

    Zitate mit hohem Datenschutzrisiko werden einzeln vorgelegt: annehmen, bearbeiten oder
    entfernen; die Entscheidung wird gespeichert und beim nächsten Lauf wiederverwendet.
    """
    from esslingen_lab.privacy.review import (
        QUOTE_REVIEW_FILE,
        QuoteDecisions,
        review_counts,
        review_table,
        waiting_quotes,
    )

    if run_dir is not None:
        if not run_dir.is_dir():
            raise InputError(reason="file_not_found", file=run_dir)
        if output_path is None:
            output_path = run_dir / QUOTE_REVIEW_FILE
    check_outputs({"--output": output_path, "--decisions": decisions_path}, [input_path])
    table, _, _ = read_text_table(input_path)  # bad CSV lines refused, as by redact
    decisions = QuoteDecisions(decisions_path)
    if column is None:
        column = next((c for c in ("quote", "Zitat", "text") if c in table.columns), "quote")
    if column not in table.columns:
        raise missing_column(input_path, column, "--column", table.columns)
    texts = ["" if v is None or v != v else str(v) for v in table[column].tolist()]
    scored = review_table(texts, decisions, threshold=threshold)
    waiting = waiting_quotes(scored)
    if not list_only:
        for position, quote in zip(waiting.index, waiting["quote"], strict=True):
            try:
                answer, new_text = _decide(quote, scored.at[position, "risk"], threshold,
                                           lang)
                if answer == "quit":
                    break
                if answer == "skip":
                    continue
            except click.Abort:
                # stdin ran out (a pipe, a closed terminal) or Ctrl-C: as after [q]; the
                # decisions so far are saved, the rest stays pending
                click.echo("\n" + _TEXT.text("input_ended", lang), err=True)
                break
            decisions.decide(quote, answer, new_text)
            write_table(decisions.table(), decisions_path)
        scored = review_table(texts, decisions, threshold=threshold)
    else:
        for quote, risk in zip(waiting["quote"], waiting["risk"], strict=True):
            click.echo(f"{_number(risk, lang)}\t{printable(quote)}")
    if output_path is not None:
        write_table(scored, output_path)
    if run_dir is not None and output_path != run_dir / QUOTE_REVIEW_FILE:
        write_table(scored, run_dir / QUOTE_REVIEW_FILE)
    counts = review_counts(scored)
    click.echo(
        _TEXT.text(
            "summary",
            lang,
            quotes=counts.quotes,
            risky=counts.needs_review,
            threshold=_number(threshold, lang),
            reviewed=counts.reviewed,
            dropped=counts.dropped,
            pending=counts.pending,
        ),
        err=True,
    )
    if counts.pending:
        # exit 0 as after [q] (README): pending is a state the next run continues from
        click.echo(_TEXT.text("pending", lang, pending=counts.pending), err=True)


def _number(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "de" else text


def _decide(quote: str, risk: float, threshold: float, lang: str) -> tuple[str, str | None]:
    """Ask until there is an answer; an edit returns its redacted text, scored below threshold.

    An edit that leaves the quote as it was (Enter) or empty is no decision, and one whose
    redacted text still scores at or above ``threshold`` is not taken (a placeholder of
    redaction alone does not hold it: the person sees it): both say so in one line and ask
    again.
    """
    from esslingen_lab.privacy import redact_text
    from esslingen_lab.privacy.review import quote_key, risk_reasons, risk_score

    while True:
        answer = _ask(quote, risk, lang)
        if answer != "edit":
            return answer, None
        typed = click.prompt(_TEXT.text("new_text", lang), default="", show_default=False)
        edited = redact_text(typed) if typed.strip() else ""
        if not edited.strip() or quote_key(edited) == quote_key(quote):
            click.echo(_TEXT.text("edit_unchanged", lang))
            continue
        # the person typed this text and sees its placeholders: a tag alone holds it not back
        edited_risk = risk_score(edited, seen=True)
        if edited_risk >= threshold:
            reasons = "; ".join(reason for reason, _ in
                                risk_reasons(edited, language=lang, seen=True))
            click.echo(_TEXT.text("edit_risky", lang, risk=_number(edited_risk, lang),
                                  threshold=_number(threshold, lang), reasons=reasons))
            continue
        if edited != typed:
            click.echo(_TEXT.text("edit_redacted", lang, text=printable(edited)))
        return "edit", edited


def _ask(quote: str, risk: float, lang: str) -> str:
    from esslingen_lab.privacy.review import risk_reasons

    reasons = "; ".join(reason for reason, _ in risk_reasons(quote, language=lang))
    label = _TEXT.text("risk", lang)
    click.echo(f"\n{label} {_number(risk, lang)} ({reasons})\n  {printable(quote)}")
    while True:
        prompt = _TEXT.text("prompt", lang)
        key = click.prompt(prompt, default="s", show_default=False).strip().lower()[:1]
        if key in _KEYS[lang]:
            return _KEYS[lang][key]
