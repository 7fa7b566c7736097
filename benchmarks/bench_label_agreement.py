"""How far two people agree on what is personal data, beside how far the rules reach.

Run: PYTHONPATH=. .venv/bin/python benchmarks/bench_label_agreement.py
Prints figures only (no pass/fail); no answer text is printed.

Issue 20 asks for recall >= 0.95 per category against one writer's labels. This script asks
what that figure can mean: a second person labelled the texts of writer sets again, blind
(``tests/fixtures/agreement/pii_freshN_second.jsonl``: the same ids, ``pii`` only; the
annotator read a labelling guide with the categories of the issue and 27 labelled answers of
an older set, never the first labels, the rules or their output). The second person's spans
are then scored as if they were a redaction, with the same scorer as the rules
(:func:`esslingen_lab.privacy.evaluation.score_redaction`: a span counts as removed only if
none of its words is left), against the first writer's labels, and the other way round.

Printed per category (the first writer's categories):
- ``first``: spans the first writer labelled;
- ``2nd on 1st``: share of them the second person's spans remove completely (the human
  ceiling of the metric for this category, as far as two people show it);
- ``rules on 1st``: share the rules remove (the figure of ``bench_privacy.py``);
- ``rules, both``: share the rules remove of the spans both people mark (the second person's
  spans remove the first's completely): personal data nobody disputes;
- ``rules, disputed``: the same for the spans the second person did not mark whole.
Then the same the other way round (the second person's categories), and the ordinary words
each person's spans take from the other's ordinary text.
"""

from __future__ import annotations

from pathlib import Path

from esslingen_lab.privacy import redact
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
AGREEMENT = FIXTURES / "agreement"


def pairs() -> list[tuple[str, list[dict], list[dict]]]:
    """(set name, first labels, second labels) for every relabelled set, same order."""
    found = []
    for second_path in sorted(AGREEMENT.glob("pii_fresh*_second.jsonl")):
        name = second_path.name.removesuffix("_second.jsonl")
        first = load_labelled(FIXTURES / f"{name}.jsonl")
        second = load_labelled(second_path)
        if [r["id"] for r in first] != [r["id"] for r in second]:
            raise SystemExit(f"{second_path}: its ids differ from {name}.jsonl; relabel again")
        for record, other in zip(first, second, strict=True):
            other["text"] = record["text"]
            other.setdefault("split", record.get("split"))
        found.append((name, first, second))
    return found


def as_redaction(records: list[dict]) -> list[str]:
    """Each text with its labelled values replaced by ``[TYPE]`` (longest value first)."""
    texts = []
    for record in records:
        text = record["text"]
        for span in sorted(record.get("pii", []), key=lambda s: -len(s["value"])):
            if span["value"]:
                text = text.replace(span["value"], f"[{span['type']}]")
        texts.append(text)
    return texts


def _removed(record: dict, span: dict, redacted: str) -> bool:
    """Whether one labelled span is gone from ``redacted`` (the scorer's own test)."""
    one = dict(record, pii=[span])
    return score_redaction([one], lambda _texts: [redacted]).n_found == 1


def _share(found: int, total: int) -> str:
    return f"{found:4d}/{total:<4d} {found / total:6.1%}" if total else f"{'-':>16s}"


def table(title: str, gold: list[dict], other: list[str], rules: list[str]) -> None:
    """Per category of ``gold``: the other person's and the rules' recall, split by dispute."""
    rows: dict[str, list[int]] = {}  # category -> [spans, other person, rules, both]
    for record, by_other, by_rules in zip(gold, other, rules, strict=True):
        for span in record.get("pii", []):
            row = rows.setdefault(span.get("category", span["type"]), [0] * 4)
            agreed = _removed(record, span, by_other)
            ruled = _removed(record, span, by_rules)
            row[0] += 1
            row[1] += agreed
            row[2] += ruled
            row[3] += agreed and ruled
    print(f"== {title} ==")
    print(f"   {'category':27s} {'spans':>5s} {'other person':>16s} {'rules':>16s} "
          f"{'rules, both':>16s} {'rules, disputed':>16s}")  # fmt: skip
    ordered = sorted(rows.items(), key=lambda item: item[1][1] / item[1][0])
    totals = [sum(column) for column in zip(*rows.values(), strict=True)]
    for category, (spans, agreed, ruled, both) in [*ordered, ("all", totals)]:
        print(f"   {category:27s} {spans:5d} {_share(agreed, spans)} {_share(ruled, spans)} "
              f"{_share(both, agreed)} {_share(ruled - both, spans - agreed)}")  # fmt: skip


def main() -> None:
    found = pairs()
    if not found:
        raise SystemExit(f"no second labelling in {AGREEMENT}")
    first = [record for _name, records, _other in found for record in records]
    second = [record for _name, _records, records in found for record in records]
    print(f"sets relabelled blind: {', '.join(name for name, _a, _b in found)} "
          f"({len(first)} answers; first writer {sum(len(r['pii']) for r in first)} spans, "
          f"second person {sum(len(r['pii']) for r in second)} spans)")  # fmt: skip
    rules = list(redact([record["text"] for record in first]).texts)
    table("first writer's labels as the truth", first, as_redaction(second), rules)
    table("second person's labels as the truth", second, as_redaction(first), rules)
    for label, gold, other in (("second person's spans", first, second),
                               ("first writer's spans", second, first),
                               ("rules", first, None)):  # fmt: skip
        texts = rules if other is None else as_redaction(other)
        score = score_redaction(gold, lambda _t, texts=texts: texts)
        print(
            f"ordinary words the {label} take from the "
            f"{'first' if gold is first else 'second'} labelling's ordinary text: "
            f"{score.n_lost}/{score.n_tokens} = {score.false_removal:.2%}"
        )


if __name__ == "__main__":
    main()
