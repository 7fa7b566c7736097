"""Leave-one-writer-out cross-validation of the learned token model as a review signal.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_review_model.py
(about 5-10 min CPU; the table of the run that chose the configuration is in
benchmarks/cv_review_model_result.txt)

The review (``esslingen_lab.privacy.review``) holds back a shown quote whose risk is at or
above ``REVIEW_THRESHOLD``. Here the learned token model (``esslingen_lab.privacy.learned``)
adds one reason: the largest log-odds the model gives any word left in the redacted quote
(tags and punctuation never count). If it exceeds a threshold ``t``, the reason adds a
weight ``w``; the reasons combine as independent chances, as in ``risk_score``.

Each of the nine sets written by independent helpers (pii_fresh2 … pii_fresh10) is left out
once; the model is trained on every other fixture plus four in five real participation
sentences (as ordinary text), exactly as in ``cv_redaction_model.py``. On the left-out set:
of the sentences where a labelled value survives redaction, how many the review holds back
now and with the learned reason. On the held-out fifth of the real sentences (redacted):
the share held back now and with the reason (each fold's model; the mean over folds).

Configurations, fixed before the first run: ``t`` in {0, 0.5, 1, 1.5, 2, 2.5, 3} and ``w``
in {0.15, 0.3} (0.3 = REVIEW_THRESHOLD: the reason alone holds a quote back; 0.15: only
together with another reason). Decision rule, fixed before the first run: among the
configurations whose burden on the held-out real sentences (mean over the fold models) is
<= 5 %, take the one with the largest number of leftover sentences newly held back, summed
over the folds; ties go to the lower burden. Ship it if that configuration holds back more
leftovers than the review alone on most folds (>= 5 of 9).

Round 2 (after round 1's pick, t=0 over all words, held back two ordinary control sentences
of tests/test_privacy_leftovers_s7.py: "… hinter dem Haus" scores 3.6 on "hinter", "Die Frau
an der Kasse, …" 1.0 on "Kasse"; no threshold of the grid spares the first). The model learned
phrase-level kinds too (a way to a home, a description, a health detail), which the review's
hand-written phrase reasons already cover and calibrate against such controls. Variant
"word kinds": only words whose tag kind (the one-against-the-rest model) is not ADRESSE,
BESCHREIBUNG or GESUNDHEIT count. Fixed before round 2 ran: the same grid and the same
rule, applied to the "word kinds" variant; ship only if it also passes the existing tests.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import cv_redaction_model as cv  # noqa: E402

from esslingen_lab.defaults import REVIEW_THRESHOLD  # noqa: E402
from esslingen_lab.privacy import learned  # noqa: E402
from esslingen_lab.privacy.review import REVIEW_TEXT, risk_reasons  # noqa: E402

FOLDS = [f"pii_fresh{n}" for n in range(2, 11)]
THRESHOLDS = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)
WEIGHTS = (0.15, 0.3)
SCORES = Path("/tmp/s10/cv_review_model_scores2.json")
PHRASE_KINDS = ("ADRESSE", "BESCHREIBUNG", "GESUNDHEIT")
VARIANTS = ("all words", "word kinds")
cv.CACHE = Path("/tmp/s10/cv_review_model_rules_cache.json")  # not shared with other runs


# the review "now" is scored without the shipped model (trained on every fold)
learned.weights_path = lambda: Path("/nonexistent/learned_tokens.npz")
learned.learned_model.cache_clear()


def _keep(text: str) -> float:
    """1 - risk of the review without the learned reason (product of 1 - weight, unrounded)."""
    learned_reason = REVIEW_TEXT.text("learned", "en")
    keep = 1.0
    for reason, weight in risk_reasons(text, language="en"):
        if reason != learned_reason:
            keep *= 1 - weight
    return keep


def review_keeps(data) -> None:
    """(Re)compute the review's score without the learned reason for the stored texts."""
    sets = cv.fixture_sets()
    real_train, real_held = cv.real_sentences()
    texts = [r["text"] for rs in sets.values() for r in rs] + real_train + real_held
    outputs = cv.rules_output(texts)
    data["real_keep"] = [_keep(outputs[s]) for s in real_held]
    for fold in FOLDS:
        data["folds"][fold]["keep"] = [_keep(t) for t in leftover_texts(sets[fold], outputs)]


def leftover_texts(records, outputs) -> list[str]:
    """Redacted texts of the records in which a labelled value survives (as bench_review)."""
    out = []
    for r in records:
        after = outputs[r["text"]]
        if any(p["value"] in after for p in r.get("pii", [])):
            out.append(after)
    return out


def word_scores(model, text: str) -> list[tuple[float, str]]:
    """(log-odds, tag kind) of each word of ``text`` with log-odds above the grid's lowest."""
    tokens = learned._TOKEN.findall(text)
    if not tokens:
        return []
    scores = model.scores(tokens)
    return [(float(scores[i]), model.kind_of(tokens, [i]))
            for i in np.flatnonzero(scores > min(THRESHOLDS))]  # fmt: skip


def max_score(words, variant: str) -> float:
    """Largest log-odds of the words counted by ``variant`` (-inf when none)."""
    return max((score for score, kind in words
                if variant == "all words" or kind not in PHRASE_KINDS), default=float("-inf"))


def collect() -> dict:
    """Train one model per fold and score the left-out leftovers and held-out real texts."""
    sets = cv.fixture_sets()
    real_train, real_held = cv.real_sentences()
    texts = [r["text"] for rs in sets.values() for r in rs] + real_train + real_held
    outputs = cv.rules_output(texts)
    rows = cv.build_rows(sets, real_train, outputs)
    groups = np.array(rows.group)
    held = [outputs[s] for s in real_held]
    print(f"rows {len(rows.y)}, positive {sum(1 for y in rows.y if y)}, held-out real "
          f"{len(held)}", flush=True)  # fmt: skip
    data = {"real_keep": [_keep(t) for t in held], "folds": {}}
    for fold in FOLDS:
        model = cv.train(rows, groups != fold)
        left = leftover_texts(sets[fold], outputs)
        data["folds"][fold] = {
            "keep": [_keep(t) for t in left],
            "words": [word_scores(model, t) for t in left],
            "real_words": [word_scores(model, t) for t in held],
        }
        print(f"{fold}: {len(left)} leftover sentences", flush=True)
    return data


def held_back(keep, score, t=None, w=0.0) -> int:
    """Texts at or above the review threshold, with the learned reason (t, w) or without."""
    n = 0
    for k, s in zip(keep, score, strict=True):
        if t is not None and s > t:
            k *= 1 - w
        n += round(1 - k, 3) >= REVIEW_THRESHOLD
    return n


def table(data, variant: str) -> list[str]:
    for d in data["folds"].values():
        d["score"] = [max_score(w, variant) for w in d["words"]]
        d["real_score"] = [max_score(w, variant) for w in d["real_words"]]
    lines = [f"===== variant: {variant} ====="]
    real_keep = data["real_keep"]
    n_real = len(real_keep)
    base_real = held_back(real_keep, real_keep) / n_real
    summary = []
    for w in WEIGHTS:
        for t in THRESHOLDS:
            gain = wins = 0
            burden = []
            for f in FOLDS:
                d = data["folds"][f]
                before = held_back(d["keep"], d["score"])
                after = held_back(d["keep"], d["score"], t, w)
                gain += after - before
                wins += after > before
                burden.append(held_back(real_keep, d["real_score"], t, w) / n_real)
            summary.append((w, t, gain, wins, float(np.mean(burden))))
    ok = [s for s in summary if s[4] <= 0.05]
    chosen = max(ok, key=lambda s: (s[2], -s[4])) if ok else None
    lines.append(f"held-out real sentences: {n_real}; held back by the review now: "
                 f"{100 * base_real:.2f} %")  # fmt: skip
    lines.append("")
    lines.append(f"{'weight':>6s} {'thresh':>6s} {'leftovers gained':>16s} {'folds won':>9s} "
                 f"{'burden real (mean)':>18s}")  # fmt: skip
    for w, t, gain, wins, burden in summary:
        mark = "  <- chosen" if chosen and (w, t) == chosen[:2] else ""
        lines.append(f"{w:6.2f} {t:6.1f} {gain:16d} {wins:6d}/{len(FOLDS)} "
                     f"{100 * burden:17.2f}%{mark}")  # fmt: skip
    if chosen is None:
        lines.append("no configuration within the 5 % burden limit")
        return lines
    w, t = chosen[:2]
    lines.append("")
    lines.append(f"== chosen: weight {w}, threshold {t} (max word log-odds) ==")
    lines.append(f"{'fold':12s} {'leftovers':>9s} {'held now':>12s} {'held +model':>12s} "
                 f"{'real now':>9s} {'real +model':>11s}")  # fmt: skip
    tot = np.zeros(3, dtype=int)
    for f in FOLDS:
        d = data["folds"][f]
        n = len(d["keep"])
        before = held_back(d["keep"], d["score"])
        after = held_back(d["keep"], d["score"], t, w)
        real = held_back(real_keep, d["real_score"], t, w) / n_real
        tot += (n, before, after)
        lines.append(f"{f:12s} {n:9d} {before:5d} ({before / max(n, 1):4.0%}) {after:5d} "
                     f"({after / max(n, 1):4.0%}) {100 * base_real:8.2f}% "
                     f"{100 * real:10.2f}%")  # fmt: skip
    lines.append(f"{'all':12s} {tot[0]:9d} {tot[1]:5d} ({tot[1] / tot[0]:4.0%}) {tot[2]:5d} "
                 f"({tot[2] / tot[0]:4.0%})")  # fmt: skip
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reuse", action="store_true", help="reuse the stored fold scores")
    parser.add_argument("--review-again", action="store_true",
                        help="with --reuse: score the texts by the review again")  # fmt: skip
    args = parser.parse_args()
    if args.reuse and SCORES.exists():
        data = json.loads(SCORES.read_text())
        if args.review_again:
            review_keeps(data)
            SCORES.write_text(json.dumps(data))
    else:
        data = collect()
        SCORES.parent.mkdir(parents=True, exist_ok=True)
        SCORES.write_text(json.dumps(data))
    for variant in VARIANTS:
        print("\n".join(table(data, variant)) + "\n")


if __name__ == "__main__":
    main()
