"""Cross-validate the learned address step (``address-learned``) against simple rules.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_address_model.py [--cache PATH]
(about 3 min the first time: the redactor without the step reads every labelled set once,
cached by the redaction code's hash)

Every labelled set (tests/fixtures/pii_*.jsonl) is redacted without the step. Each piece
around an anchor the rules left (:func:`esslingen_lab.privacy.address_candidates.candidates`)
is labelled a hit when its words stand in a labelled address the rules left (all of them, in
one labelled string). Five folds of whole sets (a writer never in training and test at
once), the model and folds of ``cv_description_model.py``; the step's choice
(:func:`~esslingen_lab.privacy.address_candidates.chosen_spans`: an anchor's head, then its
pieces outwards while each is taken) is scored per answer with
:func:`esslingen_lab.privacy.evaluation.leaks`: labelled strings gained (addresses among
them), ordinary words lost and controls lost. Beside it, the rules one would write instead
on the same pieces: every piece; the pieces of anchors in a sentence about living or an
address; only the pieces after a tag; pieces that open with a place word or a comma's
"das/die/der mit".
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import cv_description_model as cv  # noqa: E402

from esslingen_lab.privacy import address_candidates as ac  # noqa: E402
from esslingen_lab.privacy.evaluation import leaks  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_address_rules_cache.json"
RULE = "address-learned"
TAG = "[ADRESSE]"
_TAGS = re.compile(r"\[[A-Z][A-Z\-]*\]")


def _fragments(text: str) -> list[str]:
    """The piece's text between tags, stripped ("in Hegensberg" of "in Hegensberg [ADRESSE]")."""
    parts = (part.strip(" ,.;:()\"'") for part in _TAGS.split(text))
    return [part for part in parts if any(char.isalnum() for char in part)]


def _hit(piece_text: str, values: list[str]) -> bool:
    parts = _fragments(piece_text)
    return bool(parts) and any(all(part in value for part in parts) for value in values)


def build_rows(sets: dict[str, list[dict]], outputs: dict[str, str]) -> list[dict]:
    """One row per piece: set, answer, its anchors, the piece, features and whether a hit."""
    rows = []
    for name, records in sets.items():
        for record in records:
            after = outputs[record["text"]]
            anchors = ac.candidates(after)
            if not anchors:
                continue
            flags, _ = leaks(record, after)
            values = [span["value"] for span, leaked in zip(record["pii"], flags, strict=True)
                      if leaked and span["type"] == "ADRESSE"]  # fmt: skip
            answer = dict(set=name, record=record, after=after, anchors=anchors)
            for anchor in anchors:
                pieces = [anchor["head"], *anchor["after"], anchor["before"]]
                for piece in filter(None, pieces):
                    rows.append(dict(answer=answer, set=name, piece=piece,
                                     features=ac.features(piece.facts),
                                     hit=_hit(after[piece.start : piece.end], values)))  # fmt: skip
    return rows


def score(rows: list[dict], take) -> dict:
    """Apply the step's choice with ``take(row)`` judging each piece; tally per answer."""
    verdict = {id(row["piece"]): bool(take(row)) for row in rows}
    answers = {id(row["answer"]): row["answer"] for row in rows}
    tally = dict(spans=0, gained=0, addresses=0, words=0, controls=0)
    for answer in answers.values():
        chosen = ac.chosen_spans(answer["anchors"], lambda piece: verdict[id(piece)])
        if not chosen:
            continue
        record, after = answer["record"], answer["after"]
        new = cv._replace(after, cv._merged(chosen), TAG)
        (before, lost0), (now, lost1) = leaks(record, after), leaks(record, new)
        for span, b, a in zip(record["pii"], before, now, strict=True):
            if b and not a:
                tally["gained"] += 1
                tally["addresses"] += span.get("type") == "ADRESSE"
        tally["spans"] += len(cv._merged(chosen))
        tally["words"] += lost1 - lost0
        tally["controls"] += sum(
            c["value"] in after and c["value"] not in new for c in record.get("controls", [])
        )
    return tally


def _home(row) -> bool:
    return any(key.endswith((":home", ":address")) for key in row["features"])


def _place_or_mit(row) -> bool:
    words = row["piece"].facts["words"]
    return words[0] in ac._places() or (len(words) > 1 and words[1] == "mit")


BASELINES = {
    "every piece": lambda row: True,
    "sentence about living or an address": _home,
    "after a tag only": lambda row: row["piece"].facts["kind"] == "tag"
    and row["piece"].facts["where"] == "after",
    "place word or 'das mit' first": _place_or_mit,
    "living/address + place word first": lambda row: _home(row) and _place_or_mit(row),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    sets = cv.labelled_sets()
    texts = [r["text"] for records in sets.values() for r in records]
    outputs = cv.rules_output(texts, args.cache, step=RULE)
    rows = build_rows(sets, outputs)
    n_answers = sum(len(records) for records in sets.values())
    print(
        f"{len(sets)} labelled sets, {n_answers} answers; {len(rows)} pieces, "
        f"{sum(r['hit'] for r in rows)} of them hits; {cv.FOLDS} folds of whole sets"
    )
    for row, p in zip(rows, cv.cross_validated(rows), strict=True):
        row["p"] = p
    lines = list(BASELINES.items())
    lines += [(f"model, p > {t:g}", lambda row, t=t: row["p"] > t)
              for t in (0.3, 0.4, 0.5, 0.6, 0.7)]  # fmt: skip
    print(f"{'':40s} {'taken':>6s} {'strings':>8s} {'address':>8s} {'words lost':>11s} "
          f"{'controls lost':>14s}")  # fmt: skip
    for name, take in lines:
        t = score(rows, take)
        print(f"{name:40s} {t['spans']:6d} {t['gained']:+8d} {t['addresses']:+8d} "
              f"{t['words']:+11d} {-t['controls']:+14d}")  # fmt: skip


if __name__ == "__main__":
    main()
