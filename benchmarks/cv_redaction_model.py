"""Leave-one-writer-out cross-validation of the learned token model as a redaction step.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cv_redaction_model.py [--variant all|word]
(about 30-40 min CPU per variant on a shared machine: 14 trainings; the per-fold scores are
cached in the temp directory, a re-run only re-scores; the table of the run that made the
decision is in benchmarks/cv_redaction_model_result.txt)

Folds: each set written by one independent writer (pii_fresh, pii_fresh2 … pii_fresh14) is
left out once; the model is trained on every other fixture plus four in five real
participation sentences (Bonn, Ottensen; all taken as ordinary text), applied to the rules'
output of the left-out set and to the held-out fifth of the real sentences, and scored
against the rules alone on the same texts. The newest sets (pii_fresh9 … pii_fresh14) are
summarised separately: the rules were fitted least to them when they arrived (they have been
fitted to them since, so the rules' figures are optimistic, which biases against the model).

Variants (trained): ``all`` (every labelled kind is a positive word) and ``word`` (only
word-level kinds are positives; words of phrase kinds — a way to a home, a description, a
health detail — are left out of the binary training). Post-hoc configurations (a fixed grid,
set before the first run): a log-odds threshold ``t``; ``word`` keeps only spans whose tag
kind is word-level; ``adj`` keeps only spans touching a rule's tag; ``tadj`` a lower
threshold for words next to a rule's tag.

Decision rule (fixed before the first run, from the session 12 brief): among the
configurations that add at most 0.3 points of ordinary tokens lost (mean over the folds) and
keep real text lost at or below 0.35 %, take the one with the largest mean recall gain (ties:
fewer tokens lost); integrate it as a redaction step only if that gain is at least 1.5
points (and the CPU cost at most +10 %).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from esslingen_lab.privacy import learned
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction
from esslingen_lab.privacy.redact.redactor import TAGS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
FOLDS = ["pii_fresh"] + [f"pii_fresh{n}" for n in range(2, 15)]
NEWEST = [f"pii_fresh{n}" for n in range(9, 15)]
#: tag kinds of phrases; the others (a name, a number, a date, a plate …) are word-level
PHRASE_KINDS = frozenset({"ADRESSE", "BESCHREIBUNG", "GESUNDHEIT"})
KIND = {"PERSON-BESCHREIBUNG": "BESCHREIBUNG", "HANDLE": "NAME"}
CACHE = Path(tempfile.gettempdir()) / "esslingen_lab_redaction_rules_cache.json"
SCORES = Path(tempfile.gettempdir()) / "esslingen_lab_cv_redaction_scores_{}.json"

# regularisation, flagging threshold (log-odds) and weight of ordinary words: the
# configuration of the shipped review model (benchmarks/cv_review_model.py)
C_BINARY = 0.3
THRESHOLD = 0.5
NEGATIVE_WEIGHT = 1.0
GRID = (
    [dict(t=t, word=w, adj=a) for t in (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)
     for w in (False, True) for a in (False, True)]
    + [dict(t=t, tadj=ta, word=w) for t in (2.0, 3.0, 99.0) for ta in (0.0, 0.5, 1.0)
       for w in (False, True)]
)  # fmt: skip


def real_sentences() -> tuple[list[str], list[str]]:
    """Real sentences split into training (4 in 5) and held-out (every fifth) parts."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_privacy

    sentences = bench_privacy._real_sentences()
    train = [s for i, s in enumerate(sentences) if i % 5]
    held = [s for i, s in enumerate(sentences) if i % 5 == 0]
    return train, held


def fixture_sets() -> dict[str, list[dict]]:
    return {path.stem: load_labelled(path) for path in sorted(FIXTURES.glob("pii_*.jsonl"))}


def rules_output(texts: list[str]) -> dict[str, str]:
    """The rules' output per text (cached on disk by the rules' source hash)."""
    key = hashlib.sha1()
    for path in sorted((ROOT / "esslingen_lab" / "privacy" / "redact").glob("*.py")):
        if path.name != "model.py":
            key.update(path.read_bytes())
    cache = {}
    if CACHE.exists():
        stored = json.loads(CACHE.read_text())
        if stored.get("key") == key.hexdigest():
            cache = stored["out"]
    todo = sorted({t for t in texts if t not in cache})
    if todo:
        disable = ["name-learned"]  # the rules alone: the model must not train on its own output
        from esslingen_lab.privacy import Redactor

        out = Redactor(disable=disable).redact(todo, n_jobs=1).texts
        cache.update(zip(todo, out, strict=True))
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps({"key": key.hexdigest(), "out": cache}))
    return cache


def _ranges(text: str, value: str) -> list[tuple[int, int]]:
    out, start = [], text.find(value)
    while start >= 0 and value:
        out.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return out


def labelled_tokens(text: str, spans: list[tuple[str, str]]):
    """Tokens of a text with their kind ('' = ordinary) from (kind, value) spans."""
    found = learned.tokenize(text)
    tokens = [t for _, _, t in found]
    labels = [""] * len(tokens)
    leftover = {}
    for kind, value in spans:
        ranges = _ranges(text, value)
        if ranges:
            for i, (s, e, _) in enumerate(found):
                if any(s < re_ and e > rs for rs, re_ in ranges):
                    labels[i] = kind
        else:  # partly removed by the rules: its words still in the text
            for _, _, t in learned.tokenize(value):
                if t[:1].isalnum():
                    leftover[t] = kind
    if leftover:
        for i, t in enumerate(tokens):
            if t in leftover and not labels[i]:
                labels[i] = leftover[t]
    return tokens, labels


class Rows:
    """Hashed feature rows of word tokens, with labels and groups."""

    def __init__(self):
        self.cols: list[list[int]] = []
        self.y: list[str] = []
        self.group: list[str] = []
        self._cache: dict = {}

    def add(self, tokens, labels, group):
        for i, t in enumerate(tokens):
            if not t[:1].isalnum():
                continue
            self.cols.append(self._columns(tokens, i))
            self.y.append(labels[i])
            self.group.append(group)

    def _columns(self, tokens, i):
        cols = []
        n = len(tokens)
        for offset in learned.OFFSETS:
            j = i + offset
            token = tokens[j] if 0 <= j < n else learned._PAD
            key = (token, offset)
            c = self._cache.get(key)
            if c is None:
                c = self._cache[key] = [
                    learned.hash_feature(f) for f in learned.features_at(token, offset)
                ]
            cols += c
        cols += [learned.hash_feature(f) for f in learned._runtime_features(tokens, i)]
        cols.append(learned.hash_feature("bias"))
        return cols

    def matrix(self, mask) -> sp.csr_matrix:
        idx = np.flatnonzero(mask)
        indptr = [0]
        indices = []
        for k in idx:
            indices += self.cols[k]
            indptr.append(len(indices))
        data = np.ones(len(indices))
        m = sp.csr_matrix(
            (data, np.array(indices), np.array(indptr)), shape=(len(idx), learned.N_FEATURES)
        )
        m.sum_duplicates()
        return m


def build_rows(sets, real_train, outputs) -> Rows:
    rows = Rows()
    for name, records in sets.items():
        for r in records:
            spans = [(KIND.get(p["type"], p["type"]), p["value"]) for p in r["pii"]]
            rows.add(*labelled_tokens(r["text"], spans), name)
            after = outputs[r["text"]]
            rows.add(*labelled_tokens(after, spans), name)
    for s in real_train:
        rows.add(*labelled_tokens(s, []), "real")
        rows.add(*labelled_tokens(outputs[s], []), "real")
    return rows


def train(rows: Rows, mask, c_binary=C_BINARY, negative_weight=NEGATIVE_WEIGHT):
    """Fit the binary and the multi-class model on the rows in ``mask``."""
    mask = np.asarray(mask)
    X = rows.matrix(mask)
    labels = np.array(rows.y, dtype=object)[mask]
    y = (labels != "").astype(int)
    weight = np.where(y == 1, 1.0, negative_weight)
    binary = LogisticRegression(
        C=c_binary, solver="liblinear", fit_intercept=False, random_state=0, max_iter=1000
    )
    binary.fit(X, y, sample_weight=weight)
    pos = y == 1
    kinds = sorted(set(labels[pos]))
    coefs, intercepts = [], []
    for kind in kinds:  # one against the rest per kind: liblinear, fast and deterministic
        one = LogisticRegression(C=1.0, solver="liblinear", random_state=0)
        one.fit(X[pos], (labels[pos] == kind).astype(int))
        coefs.append(one.coef_[0])
        intercepts.append(one.intercept_[0])
    return learned.LearnedTokens(
        binary.coef_[0], np.array(coefs).T, kinds, THRESHOLD, np.array(intercepts)
    )


def apply(model: learned.LearnedTokens, text: str) -> str:
    """Replace the model's spans in a (rules-redacted) text by their tags."""
    pieces, last = [], 0
    for start, end, kind in model.spans(text):
        pieces += [text[last:start], TAGS.get(kind, f"[{kind}]")]
        last = end
    return "".join(pieces) + text[last:]


def token_info(model: learned.LearnedTokens, text: str) -> dict:
    """Tokens of a (rules-redacted) text with their log-odds and tag-kind scores."""
    found = learned.tokenize(text)
    tokens = [t for _, _, t in found]
    scores = model.scores(tokens) if tokens else np.zeros(0)
    kinds = np.zeros((len(tokens), len(model.kinds)))
    for i in np.flatnonzero(scores > -1.5):
        cols = [learned.hash_feature(f) for f in learned.token_features(tokens, i)]
        kinds[i] = model.type_weights[cols].sum(axis=0) + model.type_bias
    return {"text": text, "found": found, "scores": scores.tolist(),
            "kinds": np.round(kinds, 4).tolist()}  # fmt: skip


def fold_scores(variant: str) -> dict:
    """Train one model per fold and score its left-out set and the held-out real text."""
    cache = Path(str(SCORES).format(variant))
    if cache.exists():
        return json.loads(cache.read_text())
    sets = fixture_sets()
    real_train, real_held = real_sentences()
    texts = [r["text"] for rs in sets.values() for r in rs] + real_train + real_held
    outputs = rules_output(texts)
    rows = build_rows(sets, real_train, outputs)
    groups = np.array(rows.group)
    labels = np.array(rows.y, dtype=object)
    data = {"kinds": [], "real_held": real_held, "folds": {}}
    for fold in FOLDS:
        mask = groups != fold
        if variant == "word":  # phrase-kind words are neither positive nor ordinary
            mask &= ~np.isin(labels, sorted(PHRASE_KINDS))
        model = train(rows, mask)
        data["kinds"] = model.kinds
        data["folds"][fold] = {
            "sets": [token_info(model, outputs[r["text"]]) for r in sets[fold]],
            "real": [token_info(model, outputs[s]) for s in real_held],
        }
        print(variant, fold, "trained", flush=True)
    cache.write_text(json.dumps(data))
    return data


def config_spans(info: dict, kinds: list[str], cfg: dict) -> list[tuple[int, int, str]]:
    """Spans the model adds to a rules-redacted text under one post-hoc configuration."""
    found, scores = info["found"], info["scores"]
    n = len(found)
    t, tadj = cfg["t"], cfg.get("tadj", cfg["t"])
    tokens = [tok for _, _, tok in found]
    tag = [tok.startswith("[") and len(tok) > 2 for tok in tokens]

    def near_tag(i):
        return (i > 0 and tag[i - 1]) or (i + 1 < n and tag[i + 1])

    flag = [s > t or (s > tadj and near_tag(i)) for i, s in enumerate(scores)]
    out, run = [], []
    for i in range(n + 1):
        if i < n and flag[i]:
            run.append(i)
            continue
        # a hyphen, dot or slash between two flagged words stays inside the span
        if run and i + 1 < n and tokens[i] in "-./" and flag[i + 1]:
            continue
        if run:
            kind = kinds[int(np.argmax(np.sum([info["kinds"][j] for j in run], axis=0)))]
            if not (cfg.get("word") and kind in PHRASE_KINDS) and not (
                cfg.get("adj") and not any(near_tag(j) for j in run)
            ):
                out.append((found[run[0]][0], found[run[-1]][1], kind))
            run = []
    return out


def apply_config(info: dict, kinds: list[str], cfg: dict) -> str:
    text = info["text"]
    pieces, last = [], 0
    for start, end, kind in config_spans(info, kinds, cfg):
        pieces += [text[last:start], TAGS.get(kind, f"[{kind}]")]
        last = end
    return "".join(pieces) + text[last:]


def evaluate(data: dict, cfg: dict, sets: dict) -> tuple[list, Counter]:
    """Per fold (fold, rules, rules+model, real rules, real rules+model, gains) scores."""
    kinds, table, gains = data["kinds"], [], Counter()
    held = [{"id": f"real{i}", "text": s, "pii": []} for i, s in enumerate(data["real_held"])]
    for fold in FOLDS:
        records, infos = sets[fold], data["folds"][fold]["sets"]
        before = {r["text"]: i["text"] for r, i in zip(records, infos, strict=True)}
        after = {
            r["text"]: apply_config(i, kinds, cfg) for r, i in zip(records, infos, strict=True)
        }
        real = data["folds"][fold]["real"]
        real_before = {h["text"]: i["text"] for h, i in zip(held, real, strict=True)}
        real_after = {
            h["text"]: apply_config(i, kinds, cfg) for h, i in zip(held, real, strict=True)
        }
        rules = score_redaction(records, lambda ts, m=before: [m[t] for t in ts])
        both = score_redaction(records, lambda ts, m=after: [m[t] for t in ts])
        real_rules = score_redaction(held, lambda ts, m=real_before: [m[t] for t in ts])
        real_both = score_redaction(held, lambda ts, m=real_after: [m[t] for t in ts])
        fold_gains = Counter({
            cat: found - rules.by_category[cat][0]
            for cat, (found, _n) in both.by_category.items()
        })  # fmt: skip
        gains.update(fold_gains)
        table.append((fold, rules, both, real_rules, real_both, fold_gains))
    return table, gains


def summary(table, subset=None) -> dict:
    """Means over the folds (recall, tokens lost, real text lost; in points/percent)."""
    rows = [r for r in table if subset is None or r[0] in subset]

    def mean(k, attr):
        return 100 * float(np.mean([getattr(r[k], attr) for r in rows]))

    out = {
        "rec0": mean(1, "recall"), "rec1": mean(2, "recall"),
        "lost0": mean(1, "false_removal"), "lost1": mean(2, "false_removal"),
        "real0": mean(3, "false_removal"), "real1": mean(4, "false_removal"),
        "won": sum(r[2].n_found > r[1].n_found for r in rows), "n": len(rows),
        "spans": sum(r[2].n_found - r[1].n_found for r in rows),
    }  # fmt: skip
    out["d_rec"], out["d_lost"] = out["rec1"] - out["rec0"], out["lost1"] - out["lost0"]
    return out


def line(cfg: dict, s: dict) -> str:
    name = f"t={cfg['t']:g}" + (f" tadj={cfg['tadj']:g}" if "tadj" in cfg else "")
    name += " word-kinds" * bool(cfg.get("word")) + " next-to-tag" * bool(cfg.get("adj"))
    return (
        f"{name:28s} recall {s['rec0']:.1f}->{s['rec1']:.1f}% ({s['d_rec']:+.2f} pt, "
        f"{s['spans']:+d} spans, won {s['won']}/{s['n']}) tokens lost {s['lost0']:.2f}->"
        f"{s['lost1']:.2f}% ({s['d_lost']:+.2f} pt) real {s['real0']:.2f}->{s['real1']:.2f}%"
    )


def fold_table(table) -> str:
    head = f"{'fold':12s} {'rules':>15s} {'rules+model':>15s} {'lost rules':>10s} "
    head += f"{'lost +model':>11s} {'real rules':>10s} {'real +model':>11s}  gain by category"
    out = [head]
    for fold, r, b, rr, rb, g in table:
        out.append(
            f"{fold:12s} {r.recall:.3f} ({r.n_found:3d}/{r.n_spans}) "
            f"{b.recall:.3f} ({b.n_found:3d}/{b.n_spans}) {100 * r.false_removal:9.2f}% "
            f"{100 * b.false_removal:10.2f}% {100 * rr.false_removal:9.2f}% "
            f"{100 * rb.false_removal:10.2f}%  "
            + ", ".join(f"{k} {v:+d}" for k, v in sorted(g.items()) if v)
        )
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", choices=["all", "word"], nargs="*", default=["all", "word"])
    args = parser.parse_args()
    sets = fixture_sets()
    results = []
    for variant in args.variant:
        data = fold_scores(variant)
        print(f"\n== variant {variant!r}: mean over {len(FOLDS)} folds | fresh9-14 only")
        for cfg in GRID:
            table, gains = evaluate(data, cfg, sets)
            s, new = summary(table), summary(table, NEWEST)
            results.append((variant, cfg, s, table, gains))
            print(f"{line(cfg, s)} | fresh9-14 {new['d_rec']:+.2f} pt, lost "
                  f"{new['d_lost']:+.2f} pt", flush=True)  # fmt: skip
    fits = [r for r in results if r[2]["d_lost"] <= 0.3 and r[2]["real1"] <= 0.35]
    if not fits:
        print("\nno configuration within the token limits")
        return
    variant, cfg, s, table, gains = max(fits, key=lambda r: (r[2]["d_rec"], -r[2]["d_lost"]))
    verdict = "GO" if s["d_rec"] >= 1.5 else "NO-GO (gain below 1.5 points)"
    print(f"\n== chosen by the decision rule: variant {variant!r}, {line(cfg, s)}: {verdict}")
    new = summary(table, NEWEST)
    print(f"   fresh9-14 only: {line(cfg, new)}")
    print(fold_table(table))
    print("per-category gain (spans, summed over folds): " + ", ".join(
        f"{k} {v:+d}" for k, v in gains.most_common() if v))  # fmt: skip


if __name__ == "__main__":
    main()
