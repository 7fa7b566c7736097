"""Cross-validate the learned description step (``description-learned``) against simple rules.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_description_model.py [--cache PATH]
(about 3 min: the redactor without the step reads every labelled set once, cached by the
redaction code's hash)

Every labelled set (tests/fixtures/pii_*.jsonl) is redacted without the step. Each
candidate phrase around one person (:func:`esslingen_lab.privacy.learned_descriptions.candidates`)
in the output is labelled a hit when replacing it by ``[PERSON-BESCHREIBUNG]`` removes a
labelled string the rules left (:func:`esslingen_lab.privacy.evaluation.leaks`). Five folds
of whole sets (a writer never in training and test at once): the model is fitted on four,
applied to the fifth, and the candidates it takes are scored together per answer: labelled
strings gained (descriptions among them), ordinary words lost and controls lost. Beside it,
the simple rules one would write instead, on the same candidates: every candidate (shortest
per person), only the ties, only ties naming a proper noun, only definite articles with a
tie and a habit or proper name in the clause.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_description_rules_cache.json"
RULE = "description-learned"
C = 1.0
FOLDS = 5

sys.path.insert(0, str(ROOT))
from esslingen_lab.privacy import learned_descriptions as ld  # noqa: E402
from esslingen_lab.privacy.evaluation import leaks, load_labelled  # noqa: E402
from esslingen_lab.privacy.linear_weights import merge_overlaps, save  # noqa: E402


def labelled_sets() -> dict[str, list[dict]]:
    return {path.stem: load_labelled(path) for path in sorted(FIXTURES.glob("pii_*.jsonl"))}


# the steps after the rules, in order, and the files only they read (not in the cache's key)
LEARNED_STEPS = {
    "description-learned": ("learned_descriptions.py", "description_candidates.py",
                            "learned_descriptions.npz"),
    "health-learned": ("learned_health.py", "health_candidates.py", "learned_health.npz",
                       "health_candidate_words.txt"),
    "health-continued": ("health_continuation.py", "learned_health_continued.npz"),
    "address-learned": ("learned_address.py", "address_candidates.py", "learned_address.npz",
                        "address_candidate_words.txt"),
    "nickname-learned": ("learned_nicknames.py", "nickname_candidates.py",
                         "learned_nicknames.npz"),
}


def rules_output(texts: list[str], cache: Path = CACHE, step: str = RULE) -> dict[str, str]:
    """The redactor's output without ``step`` and the learned steps after it, per text.

    Cached by the hash of the code, the weights and the word lists they read.
    """
    off = list(LEARNED_STEPS)[list(LEARNED_STEPS).index(step):]
    own = {name for rule in off for name in LEARNED_STEPS[rule]}
    key = hashlib.sha1()
    for path in sorted((ROOT / "esslingen_lab" / "privacy").rglob("*.py")):
        if path.name not in own:
            key.update(path.read_bytes())
    data = ROOT / "esslingen_lab" / "data"
    for path in sorted([*data.glob("*.npz"), *(data / "redaction").glob("*.txt")]):
        if path.name not in own:
            key.update(path.read_bytes())
    stored = json.loads(cache.read_text()) if cache.exists() else {}
    out = stored.get("out", {}) if stored.get("key") == key.hexdigest() else {}
    todo = sorted({text for text in texts if text not in out})
    if todo:
        from esslingen_lab.privacy import Redactor

        out.update(zip(todo, Redactor(disable=off).redact(todo, n_jobs=2).texts,
                       strict=True))  # fmt: skip
        cache.write_text(json.dumps({"key": key.hexdigest(), "out": out}))
    return out


def _replace(text: str, spans, tag: str = "[PERSON-BESCHREIBUNG]") -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + tag + text[end:]
    return text


_merged = merge_overlaps


def build_rows(sets: dict[str, list[dict]], outputs: dict[str, str]) -> list[dict]:
    """One row per candidate: set, answer, person, span, features and whether it is a hit."""
    rows = []
    for name, records in sets.items():
        for record in records:
            after = outputs[record["text"]]
            found = ld.candidates(after)
            if not found:
                continue
            before, _ = leaks(record, after)
            for start, end, facts, words in found:
                now, _ = leaks(record, _replace(after, [(start, end)]))
                rows.append(dict(
                    set=name, record=record, after=after, span=(start, end),
                    person=(facts["start"], facts["head_at"]), variant=facts["variant"],
                    features=ld.features(facts, words), facts=facts,
                    hit=any(b and not a for b, a in zip(before, now, strict=True)),
                ))  # fmt: skip
    return rows


def fit(rows: list[dict], min_count: int = 1, c: float = C):
    """A logistic regression on the rows' features (lbfgs: deterministic).

    Features seen in fewer than ``min_count`` of these rows are left out (weight 0); ``c``
    is the inverse strength of the L2 penalty.
    """
    features = [row["features"] for row in rows]
    if min_count > 1:
        seen = Counter(name for row in features for name in row)
        features = [{k: v for k, v in row.items() if seen[k] >= min_count} for row in features]
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform(features)
    y = np.array([row["hit"] for row in rows], dtype=int)
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=2000)
    model.fit(X, y)
    return vectorizer, model


def by_answer(rows: list[dict]) -> list[list[dict]]:
    """Group rows by the answer they were read from (its id within its set), in order."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["record"]["id"] + "\x00" + row["set"]].append(row)
    return list(groups.values())


def score(rows: list[dict], take, surest: bool = False) -> dict:
    """Apply the candidates ``take(row)`` says yes to; tally per answer.

    Per person the shortest such candidate, or (``surest``) the one of highest probability,
    as the redactor's step chooses.
    """
    tally = dict(spans=0, gained=0, descriptions=0, words=0, controls=0)
    for answer_rows in by_answer(rows):
        chosen: dict = {}
        order = (lambda r: -r["p"]) if surest else (lambda r: r["span"][1] - r["span"][0])
        for row in sorted(answer_rows, key=order):
            if row["person"] not in chosen and take(row):
                chosen[row["person"]] = row["span"]
        if not chosen:
            continue
        record, after = answer_rows[0]["record"], answer_rows[0]["after"]
        tally_answer(tally, record, after, chosen.values(), "[PERSON-BESCHREIBUNG]",
                     "descriptions", lambda span: span.get("category") == "description")
        tally["spans"] += len(chosen)
    return tally


def tally_answer(tally: dict, record: dict, after: str, spans, tag: str, kind: str,
                 is_kind) -> None:  # fmt: skip
    """Add what replacing ``spans`` (merged) of ``after`` by ``tag`` does to one answer.

    Labelled strings gained (``tally[kind]``: those ``is_kind(span)`` says yes to), ordinary
    words lost and controls lost (:func:`esslingen_lab.privacy.evaluation.leaks`).
    """
    new = _replace(after, _merged(spans), tag)
    (before, lost0), (now, lost1) = leaks(record, after), leaks(record, new)
    for span, b, a in zip(record["pii"], before, now, strict=True):
        if b and not a:
            tally["gained"] += 1
            tally[kind] += is_kind(span)
    tally["words"] += lost1 - lost0
    tally["controls"] += sum(
        c["value"] in after and c["value"] not in new for c in record.get("controls", [])
    )


def span_rows(sets: dict[str, list[dict]], outputs: dict[str, str], candidates, features,
              tag: str) -> list[dict]:  # fmt: skip
    """One row per candidate ``(start, end, facts)`` of a step that replaces whole spans.

    ``candidates(after)`` finds them in the rules' output, ``features(facts)`` names what
    the model weighs; a row is a hit when replacing its span by ``tag`` removes a labelled
    string the rules left (health words, nicknames).
    """
    rows = []
    for name, records in sets.items():
        for record in records:
            after = outputs[record["text"]]
            found = candidates(after)
            if not found:
                continue
            before, _ = leaks(record, after)
            for start, end, facts in found:
                now, _ = leaks(record, _replace(after, [(start, end)], tag))
                rows.append(dict(
                    set=name, record=record, after=after, span=(start, end), facts=facts,
                    features=features(facts),
                    hit=any(b and not a for b, a in zip(before, now, strict=True)),
                ))  # fmt: skip
    return rows


def span_score(rows: list[dict], take, tag: str, column: str, is_kind) -> dict:
    """Replace every span ``take(row)`` says yes to (merged); tally per answer.

    ``tally[column]`` counts the labelled strings gained that ``is_kind(span)`` says yes to.
    """
    tally = {"spans": 0, "gained": 0, column: 0, "words": 0, "controls": 0}
    for answer_rows in by_answer(rows):
        chosen = [row["span"] for row in answer_rows if take(row)]
        if not chosen:
            continue
        record, after = answer_rows[0]["record"], answer_rows[0]["after"]
        tally_answer(tally, record, after, chosen, tag, column, is_kind)
        tally["spans"] += len(chosen)
    return tally


_TAGS = re.compile(r"\[[A-Z][A-Z\-]*\]")


def piece_hit(piece_text: str, values: list[str]) -> bool:
    """Tell a piece whose words (between tags, stripped) all stand in one of ``values``."""
    parts = (part.strip(" ,.;:()\"'") for part in _TAGS.split(piece_text))
    parts = [part for part in parts if any(char.isalnum() for char in part)]
    return bool(parts) and any(all(part in value for part in parts) for value in values)


def piece_rows(sets: dict[str, list[dict]], outputs: dict[str, str], kind: str, groups,
               pieces_of, features_of) -> list[dict]:  # fmt: skip
    """One row per piece of a step that grows spans piece by piece (address, health tag).

    ``groups(after)`` finds what the step reads in an answer (anchors, chains),
    ``pieces_of(group)`` gives a group's pieces; a piece is a hit when its words stand in a
    labelled string of type ``kind`` the rules left (:func:`piece_hit`).
    """
    rows = []
    for name, records in sets.items():
        for record in records:
            after = outputs[record["text"]]
            found = groups(after)
            if not found:
                continue
            flags, _ = leaks(record, after)
            values = [span["value"] for span, leaked in zip(record["pii"], flags, strict=True)
                      if leaked and span["type"] == kind]  # fmt: skip
            answer = dict(set=name, record=record, after=after, groups=found)
            for group in found:
                for piece in pieces_of(group):
                    hit = piece_hit(after[piece.start : piece.end], values)
                    rows.append(dict(answer=answer, set=name, piece=piece, hit=hit,
                                     features=features_of(piece.facts)))  # fmt: skip
    return rows


def piece_score(rows: list[dict], take, choose, tag: str, kind: str, column: str) -> dict:
    """Apply a piece step's choice with ``take(row)`` judging each piece; tally per answer.

    ``choose(groups, take_piece)`` returns the spans the step would replace by ``tag``;
    ``tally[column]`` counts the strings of type ``kind`` gained.
    """
    verdict = {id(row["piece"]): bool(take(row)) for row in rows}
    answers = {id(row["answer"]): row["answer"] for row in rows}
    tally = {"spans": 0, "gained": 0, column: 0, "words": 0, "controls": 0}
    for answer in answers.values():
        chosen = choose(answer["groups"], lambda piece: verdict[id(piece)])
        if not chosen:
            continue
        tally_answer(tally, answer["record"], answer["after"], chosen, tag, column,
                     lambda span: span.get("type") == kind)  # fmt: skip
        tally["spans"] += len(_merged(chosen))
    return tally


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def report(doc: str, cache: Path, step: str, build_rows, score, baselines: dict, what: str,
           column: str, kind: str, min_count: int = 1, c: float = C) -> None:  # fmt: skip
    """Run a learned step's cross-validation and print its table (its script's ``main``).

    Rows come from ``build_rows`` over the rules' output without ``step``; each of
    ``baselines`` (name → take(row)) and the model at :data:`THRESHOLDS` is scored by
    ``score(rows, take)``; ``column`` heads the tally ``kind`` (strings of the step's kind).
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=cache)
    args = parser.parse_args()
    sets = labelled_sets()
    texts = [r["text"] for records in sets.values() for r in records]
    rows = build_rows(sets, rules_output(texts, args.cache, step=step))
    n_answers = sum(len(records) for records in sets.values())
    print(
        f"{len(sets)} labelled sets, {n_answers} answers; {len(rows)} {what}, "
        f"{sum(r['hit'] for r in rows)} of them hits; {FOLDS} folds of whole sets"
    )
    for row, p in zip(rows, cross_validated(rows, min_count, c), strict=True):
        row["p"] = p
    lines = list(baselines.items())
    lines += [(f"model, p > {t:g}", lambda row, t=t: row["p"] > t) for t in THRESHOLDS]
    width = len(column) + 1
    print(f"{'':40s} {'taken':>6s} {'strings':>8s} {column:>{width}s} {'words lost':>11s} "
          f"{'controls lost':>14s}")  # fmt: skip
    for name, take in lines:
        t = score(rows, take)
        print(f"{name:40s} {t['spans']:6d} {t['gained']:+8d} {t[kind]:+{width}d} "
              f"{t['words']:+11d} {-t['controls']:+14d}")  # fmt: skip


def train(doc: str, out: Path, cache: Path, step: str, build_rows, what: str,
          min_count: int = 1, c: float = C) -> None:  # fmt: skip
    """Fit a learned step's model on the labelled sets and write its weights (``main``).

    Every set but those given with ``--without`` (held-out sets to score later); the rows of
    ``build_rows`` over the rules' output without ``step``; deterministic.
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--cache", type=Path, default=cache)
    parser.add_argument("--without", default="", help="sets left out, e.g. pii_fresh190,…")
    args = parser.parse_args()
    left_out = set(filter(None, args.without.split(",")))
    sets = {name: rs for name, rs in labelled_sets().items() if name not in left_out}
    texts = [r["text"] for rs in sets.values() for r in rs]
    rows = build_rows(sets, rules_output(texts, args.cache, step=step))
    vectorizer, model = fit(rows, min_count, c)
    kept = save(args.out, vectorizer.get_feature_names_out(), model.coef_[0], model.intercept_[0])
    print(f"{len(rows)} {what}, {sum(r['hit'] for r in rows)} hits; "
          f"wrote {args.out} ({kept} features)")  # fmt: skip


def cross_validated(rows: list[dict], min_count: int = 1, c: float = C) -> np.ndarray:
    """Each row's probability from a model fitted without its fold (whole sets)."""
    names = sorted({row["set"] for row in rows})
    fold = {name: i % FOLDS for i, name in enumerate(names)}
    folds = np.array([fold[row["set"]] for row in rows])
    probability = np.zeros(len(rows))
    for k in range(FOLDS):
        fold_rows = [row for row, f in zip(rows, folds, strict=True) if f != k]
        vectorizer, model = fit(fold_rows, min_count, c)
        test = [row["features"] for row, f in zip(rows, folds, strict=True) if f == k]
        probability[folds == k] = model.predict_proba(vectorizer.transform(test))[:, 1]
    return probability


def _proper_tie(row) -> bool:
    return row["features"].get("n_proper", 0) > 0


def _told(row) -> bool:
    f = row["features"]
    return row["variant"] == "clause" and (f.get("cl_habit") or f.get("cl_proper"))


BASELINES = {
    "every candidate": lambda row: True,
    "ties only": lambda row: row["variant"] == "pp",
    "ties naming a proper noun": lambda row: row["variant"] == "pp" and _proper_tie(row),
    "definite + tie + told clause": lambda row: (
        row["features"].get("dg=def") and row["facts"]["ties"] and _told(row)
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    sets = labelled_sets()
    outputs = rules_output([r["text"] for records in sets.values() for r in records], args.cache)
    rows = build_rows(sets, outputs)
    n_answers = sum(len(records) for records in sets.values())
    print(f"{len(sets)} labelled sets, {n_answers} answers; {len(rows)} candidates, "
          f"{sum(r['hit'] for r in rows)} of them hits; {FOLDS} folds of whole sets")  # fmt: skip
    probability = cross_validated(rows)
    for row, p in zip(rows, probability, strict=True):
        row["p"] = p
    lines = [(name, take, False) for name, take in BASELINES.items()]
    lines += [(f"model, p > {t:g}", lambda row, t=t: row["p"] > t, True)
              for t in (0.3, 0.4, 0.5, 0.6, 0.7)]  # fmt: skip
    print(f"{'':32s} {'taken':>6s} {'strings':>8s} {'descr.':>7s} {'words lost':>11s} "
          f"{'controls lost':>14s}")  # fmt: skip
    for name, take, surest in lines:
        t = score(rows, take, surest)
        print(f"{name:32s} {t['spans']:6d} {t['gained']:+8d} {t['descriptions']:+7d} "
              f"{t['words']:+11d} {-t['controls']:+14d}")  # fmt: skip


if __name__ == "__main__":
    main()
