"""Quote review as a safety net: leftovers caught, and how many ordinary quotes it holds back.

Run: PYTHONPATH=. .venv/bin/python benchmarks/bench_review.py
Prints figures only (no pass/fail). Targets from issue 20, item 4: of the labelled sentences
where a personal string survives redaction (the labelled value is still in the redacted
text), >= 90 % get a risk >= the review threshold ("caught by review"); of ordinary redacted
real texts, <= 10 % are held back for a person (review burden). Each figure is printed for
the risk score before issue 20, item 4 (a frozen copy below, kept only here), now without
the learned word scorer's reason ("no model") and now. The learned model is trained on all
labelled fixtures and on four in five Bonn/Ottensen sentences, so its share of the figures
below is in-sample; its held-out figures are leave-one-writer-out
(benchmarks/cv_review_model.py, benchmarks/cv_review_model_result.txt).
Both labelled sets below were looked at while the rules were written (no held-out figure);
the review burden on real texts was measured, not tuned case by case.
No raw or redacted text is printed, only counts.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import regex

from esslingen_lab.defaults import REVIEW_THRESHOLD
from esslingen_lab.privacy import redact
from esslingen_lab.privacy.evaluation import load_labelled
from esslingen_lab.privacy.review import REVIEW_TEXT, risk_reasons, risk_score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = [ROOT / "tests" / "fixtures" / f"{name}.jsonl"
            for name in ("pii_sentences", "pii_hard", "pii_fresh")]  # fmt: skip
# fresh9 and fresh10 (held out in session 9) were read in session 10, fresh11 and fresh12
# (session 10) in session 11, fresh13 and fresh14 (session 11) in session 12, fresh15 in
# session 13 (the review's business, health, name and way-home signals were written on its
# misses and the older sets'); fresh16 (session 12) was scored in session 13 in aggregate
# only, never read, and the learned review model (trained in session 10) never saw it: the
# held-out figure; fresh17 and fresh18 (written at the start of session 13) were scored only
# in aggregate and never read: the held-out figures of session 13; fresh19-22 (sessions 14
# and 15), fresh23-24 (session 16), fresh25-26 (session 17), fresh27-28 (session 18),
# fresh29-30 (session 19), fresh31-32 (session 20), fresh33-34 (session 21), fresh35-36
# (session 22), fresh39-40 (session 24), fresh41-42 (session 25) and fresh45-50 (session 26)
# likewise, and
# the learned review model (trained in session 12) never saw them
LATER_SETS = ("pii_fresh2", "pii_fresh3", "pii_fresh4", "pii_fresh5", "pii_fresh7",
              "pii_fresh6", "pii_fresh8", "pii_fresh9", "pii_fresh10", "pii_fresh11",
              "pii_fresh12", "pii_fresh13", "pii_fresh14", "pii_fresh15",
              "pii_fresh16", "pii_fresh17", "pii_fresh18", "pii_fresh19", "pii_fresh20",
              "pii_fresh21", "pii_fresh22", "pii_fresh23", "pii_fresh24", "pii_fresh25",
              "pii_fresh26", "pii_fresh27", "pii_fresh28", "pii_fresh29",
              "pii_fresh30", "pii_fresh31", "pii_fresh32", "pii_fresh33",
              "pii_fresh34", "pii_fresh35", "pii_fresh36", "pii_fresh39",
              "pii_fresh40", "pii_fresh41", "pii_fresh42",
              # from fresh45 on every writer's set that is a fixture, in order (each session
              # added its sets here by hand before)
              *sorted((path.stem for path in (ROOT / "tests" / "fixtures").glob("pii_fresh*.jsonl")
                       if path.stem[len("pii_fresh"):].isdigit()
                       and int(path.stem[len("pii_fresh"):]) >= 45),
                      key=lambda stem: int(stem[len("pii_fresh"):])))  # fmt: skip
DEMO = ROOT / "surveys" / "esslingen_demo"
DATASETS = ROOT.parent / "shared" / "datasets"

# --- the risk score before issue 20, item 4 (frozen copy; the package has only the new one)
_OLD_SIGNALS = [
    (regex.compile(r"\[[A-Z][A-Z\-]*\]"), 0.15),
    (regex.compile(r"\d{5,}|(?<!\d)(?!(?:19|20)\d\d\b)\d{4}|\d+(?:[\x20/\-]\d+){2,}",
                   regex.VERSION1), 0.35),  # fmt: skip
    (regex.compile(r"(?i)\b(?:einzige[nrms]?|einzigste[nr]?|only\s+one)\b"), 0.3),
    (regex.compile(
        r"(?i)\b(?:mein|meine|meinem|meiner|meinen|unser|unsere|unserem|unserer)\s+"
        r"(?:Mann|Frau|Sohn|Tochter|Kind|Kinder|Enkel|Enkelin|Nachbar|Nachbarin|Mutter|"
        r"Vater|Kollege|Kollegin|Chef|Chefin|Vermieter|Vermieterin|Schwester|Bruder)\b"), 0.1),
    (regex.compile(
        r"(?i)\b(?:ich\s+wohne|wohne\s+ich|wir\s+wohnen|hausnummer|geboren|jahrgang|"
        r"diagnose|krankheit|erkrank\w*|behinderung|rollstuhl|schwanger\w*|arbeitslos|"
        r"bürgergeld|hartz|asyl\w*|geflüchtet\w*|scheidung|pflegegrad)\b"), 0.2),
]  # fmt: skip
_OLD_SUSPECT = {2: 0.35, 1: 0.2, -1: 0.1}
_OLD_CAPITALISED = regex.compile(r"(?<![\p{L}\-])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*")


def old_risk_score(text, *, redactor: bool = True) -> float:
    """The risk score as it was before issue 20, item 4 (context-free name strengths)."""
    from esslingen_lab.privacy.redact import redact_text
    from esslingen_lab.privacy.redact.strength import _strength_of

    if not isinstance(text, str) or not text.strip():
        return 0.0
    weights = [1 - (1 - w) ** len(p.findall(text)) for p, w in _OLD_SIGNALS]
    suspects = [_OLD_SUSPECT.get(_strength_of(w), 0) for w in set(_OLD_CAPITALISED.findall(text))]
    weights.append(1 - math.prod(1 - w for w in suspects))
    weights.append(0.6 if redactor and redact_text(text) != text else 0.0)
    return round(1 - math.prod(1 - w for w in weights), 3)


def _now_without(*keys):
    """The risk score now, leaving out the reasons ``keys`` (REVIEW_TEXT keys)."""
    left_out = {REVIEW_TEXT.text(key, "en") for key in keys}

    def score(text) -> float:
        weights = [w for reason, w in risk_reasons(text, language="en") if reason not in left_out]
        return round(1 - math.prod(1 - w for w in weights), 3)

    return score


# "now" is the full review; "no model" leaves out the learned word scorer's reason
# (esslingen_lab.privacy.learned), trained on all fixtures: on the labelled sets below its
# figure is no held-out figure (the CV in cv_review_model_result.txt is)
SCORES = (("before", old_risk_score), ("no model", _now_without("learned")),
          ("now", risk_score))  # fmt: skip
# the review's own reasons, without "redaction still finds personal data"
OWN_SCORES = (("before", lambda t: old_risk_score(t, redactor=False)),
              ("no model", _now_without("redactor", "learned")),
              ("now", _now_without("redactor")))  # fmt: skip


def _share(hits: int, total: int) -> str:
    return f"{hits:4d}/{total:<4d} {100 * hits / total:5.1f} %" if total else "   –"


def leftovers(title: str, redactor, scores, fixtures=FIXTURES) -> None:
    """Labelled sentences with a personal string left after redaction: caught by review?"""
    records = [r for path in fixtures for r in load_labelled(path)]
    redacted = redactor([r["text"] for r in records])
    left = []  # (categories of the leftover spans, redacted text)
    for record, after in zip(records, redacted, strict=True):
        spans = [s for s in record.get("pii", []) if s["value"] in after]
        if spans:
            left.append(({s.get("category", s["type"]) for s in spans}, after))
    print(f"== {title} ({len(records)} labelled sentences of "
          f"{', '.join(p.name for p in fixtures)}) ==")  # fmt: skip
    print(f"   sentences with a labelled value still in the redacted text: {len(left)}")
    print(f"   caught by review (risk >= {REVIEW_THRESHOLD}), per category:")
    print(f"   {'category':26s} " + " ".join(f"{name:>16s}" for name, _ in scores))
    categories = sorted({c for cats, _ in left for c in cats})
    scored = {name: [score(text) >= REVIEW_THRESHOLD for _, text in left]
              for name, score in scores}  # fmt: skip
    for category in [*categories, "all"]:
        rows = [k for k, (cats, _) in enumerate(left) if category == "all" or category in cats]
        figures = [_share(sum(scored[name][k] for k in rows), len(rows)) for name, _ in scores]
        print(f"   {category:26s} " + " ".join(f"{f:>16s}" for f in figures))


def _demo_texts() -> tuple[list[str], list[str]]:
    """The demo survey's free-text answers and its planted personal values."""
    from bench_privacy import demo_texts  # the script's folder is on sys.path

    return demo_texts()


def burden() -> None:
    """Share of ordinary redacted texts held back for a person."""
    import pandas as pd

    corpora = {}
    for name, path in (("Bonn survey", DATASETS / "bonn_survey" / "answers.csv"),
                       ("Ottensen", DATASETS / "ottensen_thematic" / "contributions.csv")):
        if path.exists():
            corpora[name] = [t for t in pd.read_csv(path)["text"] if isinstance(t, str)]
    demo, planted = _demo_texts()
    if demo:
        with_pii = [any(p in t for p in planted) for t in demo]
        corpora["demo, no planted PII"] = [t for t, w in zip(demo, with_pii, strict=True) if not w]
        corpora["demo, planted PII"] = [t for t, w in zip(demo, with_pii, strict=True) if w]
    if not corpora:
        print("(no real texts found: burden skipped)")
        return
    print(f"== Prüfaufwand / review burden: redacted texts with risk >= {REVIEW_THRESHOLD} ==")
    print("   (Bonn and Ottensen were anonymised upstream: every flag there is a false alarm; the")
    print("   demo answers with planted personal data should be flagged)")
    print(f"   {'texts':22s} " + " ".join(f"{name:>16s}" for name, _ in SCORES))
    pooled = {name: [0, 0] for name, _ in SCORES}
    seconds = 0.0
    for corpus, texts in corpora.items():
        redacted = redact(texts).texts
        figures = []
        for name, score in SCORES:
            start = time.perf_counter()
            hits = sum(score(t) >= REVIEW_THRESHOLD for t in redacted)
            seconds += (time.perf_counter() - start) if name == "now" else 0.0
            figures.append(_share(hits, len(redacted)))
            if corpus != "demo, planted PII":
                pooled[name][0] += hits
                pooled[name][1] += len(redacted)
        print(f"   {corpus:22s} " + " ".join(f"{f:>16s}" for f in figures))
    figures = [_share(*pooled[name]) for name, _ in SCORES]
    print(f"   {'ordinary, pooled':22s} " + " ".join(f"{f:>16s}" for f in figures))
    n = sum(len(t) for t in corpora.values())
    print(f"   (risk score now: {1000 * seconds / n:.2f} ms per text, {n} texts)")


def _cue_rules_only():
    import re

    from esslingen_lab.privacy import Redactor

    new = [n for n in Redactor().rule_names if not re.fullmatch(r"[a-z]+-\d+", n)]
    return Redactor(disable=new)


def main() -> None:
    redact(["Wörterbuch und Namensliste laden / load word list and gazetteer: Frau Weber"])
    leftovers("Reste nach der Redaktion / leftovers after redaction (developed on these)",
              lambda texts: redact(texts).texts, SCORES)
    # A harder check: what weaker redaction (the cue-word rules before issue 20) leaves,
    # scored by the review's own reasons only, without its "redaction still finds personal
    # data", which would find these with the full rules. Its misses were looked at after a
    # first run (69.1 % caught then), so it is no held-out figure either.
    leftovers("Stress: leftovers of the cue-word rules alone, review without the redactor's "
              "evidence (developed on after a first run)",
              lambda texts: _cue_rules_only().redact(texts).texts, OWN_SCORES)
    # The later sets, one by one: phrase-level leftovers (a health detail tied to a person,
    # a description of someone, the way to a home, a nickname) were added after reading what
    # the review missed on fresh2/3/4 (so no held-out figure; pii_fresh4 was held out for
    # redaction, not for the review).
    for name in LATER_SETS:
        path = ROOT / "tests" / "fixtures" / f"{name}.jsonl"
        if path.exists():
            leftovers(f"Reste nach der Redaktion / leftovers after redaction, {name}",
                      lambda texts: redact(texts).texts, SCORES, fixtures=[path])
    burden()


if __name__ == "__main__":
    main()
