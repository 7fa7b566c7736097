"""Redaction quality and speed: recall, wrongly removed words, answers per second.

Run: .venv/bin/python benchmarks/bench_privacy.py [--n 100000]
Prints figures only (no pass/fail). Targets from issue 4: recall >= 0.97, wrongly removed
<= 2 %, 100,000 answers of ~40 words in <= 20 s. Issue 20 (hard set, per category, dev and
held-out): recall >= 0.95 in each category with >= 5 examples, <= 2 % ordinary tokens lost;
printed beside the cue-word rules alone (the rules before issue 20) in the same run.

Which sets were developed on: pii_sentences (its held-out part spent in session 3), pii_hard
dev and held-out, pii_fresh and pii_dev_s6 have all been looked at while rules were written.
pii_fresh2 and pii_fresh3 (session 6) were written by helpers who never saw the rules; each
was scored once before anyone read it (fresh2: 0.638 on the redaction helper's code; fresh3:
0.799 at d4c47e4), then its misses were read and used, so both are development data now.
pii_fresh4 (session 6, 216 personal strings in 23 categories, 85 controls, also written
without the rules) was scored once at the end of session 6 (0.769); session 7 read its misses,
so it is development data now, like the four sets the session-7 rules were written with
(pii_dev_s7_*: addresses, descriptions, names, health details).
pii_fresh5 (session 7, 251 personal strings in 23 categories, 112 controls, written by a
helper who never saw the rules or the other sets) was scored at the start of session 7
(0.809, rules of session 6) and once at its end, and never read: the held-out figure.
Session 8 had three new sets written by helpers who never saw the rules or the other sets
(pii_fresh6, pii_fresh7, pii_fresh8; 842 personal strings together). All three and fresh5
were scored at the session's start. fresh5 was then read (development data now); after the
first round of rules fresh7 was read too (development data now). pii_fresh6 and pii_fresh8
were never read: the held-out figures of session 8, scored at its start and at its end.
Session 9 first had two new sets written by helpers who never saw the rules or the other
sets (pii_fresh9, pii_fresh10; 699 personal strings), scored them at the start, and only then
read fresh6 and fresh8 (development data now), plus two variety sets written for the weakest
categories (pii_dev_s9_*). fresh9 and fresh10 were never read: the held-out figures.
The next session should write a new set before reading these two.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import time
from collections import Counter
from pathlib import Path

from esslingen_lab.privacy import Redactor, redact
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "pii_sentences.jsonl"
HARD = ROOT / "tests" / "fixtures" / "pii_hard.jsonl"
FRESH = ROOT / "tests" / "fixtures" / "pii_fresh.jsonl"
DEV_S6 = ROOT / "tests" / "fixtures" / "pii_dev_s6.jsonl"
DEV_S7 = [ROOT / "tests" / "fixtures" / f"pii_dev_s7_{part}.jsonl"
          for part in ("addr", "desc", "names", "health")]


def _fresh(number: int) -> Path:
    """The writer set ``pii_fresh<number>.jsonl`` (fresh2 onwards; fresh1 is :data:`FRESH`)."""
    return ROOT / "tests" / "fixtures" / f"pii_fresh{number}.jsonl"


# fresh37 and fresh38 (session 23) and fresh43 and fresh44 (session 25) were lost with their
# machines; which sets each session read and which it held out is told in its function below
DEMO = ROOT / "surveys" / "esslingen_demo"
DATASETS = ROOT.parent / "shared" / "datasets"

# The rules added for issue 20 carry names; the older rules are numbered per kind ("name-3").
# Switched off, the new ones leave the cue-word rules from before.
NEW_RULES = [name for name in Redactor().rule_names if not re.fullmatch(r"[a-z]+-\d+", name)]
CUE_RULES_ONLY = Redactor(disable=NEW_RULES)


def _redactor(texts):
    return redact(texts).texts


def quality(records) -> None:
    print("== Qualität / quality (labelled set tests/fixtures/pii_sentences.jsonl) ==")
    parts = {
        "all": records,
        "tune (rules developed on these)": [r for r in records if r["split"] == "tune"],
        "held-out (never tuned on)": [r for r in records if r["split"] == "heldout"],
    }
    for name, part in parts.items():
        score = score_redaction(part, _redactor)
        n_pii = sum(1 for r in part if r["pii"])
        print(
            f"{name:34s} sentences {len(part):3d} (with PII {n_pii:3d})  "
            f"recall {score.recall:.3f} ({score.n_found}/{score.n_spans})  "
            f"wrongly removed {100 * score.false_removal:.2f} % "
            f"({score.n_lost}/{score.n_tokens} ordinary tokens)"
        )
        per_type = "  ".join(
            f"{kind} {found}/{total}" for kind, (found, total) in score.by_type.items()
        )
        print(f"{'':34s} per type: {per_type}")


def _cue_rules_only(texts):
    return CUE_RULES_ONLY.redact(texts).texts


def hard_set(records) -> None:
    print("== Harter Satz / hard set (tests/fixtures/pii_hard.jsonl, issue 20) ==")
    _legend()
    for split in ("dev", "heldout"):
        part = [r for r in records if r["split"] == split]
        label = "dev (developed on)" if split == "dev" else "held-out (scored at the end)"
        _by_category(f"{label}: {len(part)} sentences", part)


def fresh_set(records) -> None:
    print("== Frischer Satz / fresh held-out set (tests/fixtures/pii_fresh.jsonl) ==")
    _legend()
    _by_category(f"fresh held-out (never tuned on): {len(records)} sentences", records)


def _legend() -> None:
    print("   per category: recall (found/labelled) and ordinary tokens lost in its sentences;")
    print("   'now' = all rules, 'cue only' = the cue-word rules before issue 20")


def _by_category(label: str, part) -> None:
    now = score_redaction(part, _redactor)
    before = score_redaction(part, _cue_rules_only)
    print(f"-- {label}")
    print(f"   {'category':16s} {'now':>12s} {'lost':>7s} {'cue only':>12s}")
    for category, (found, total) in now.by_category.items():
        old_found, _ = before.by_category[category]
        lost, tokens = now.tokens_by_category.get(category, (0, 0))
        share = f"{100 * lost / tokens:5.1f} %" if tokens else "    –"
        print(
            f"   {category:16s} {found:3d}/{total:<3d} {found / total:4.2f} {share}"
            f" {old_found:3d}/{total:<3d} {old_found / total:4.2f}"
        )
    controls = ", ".join(f"{c} {k}/{n}" for c, (k, n) in now.controls.items())
    print(f"   controls kept (now): {controls}")
    for name, score in (("now", now), ("cue only", before)):
        kept = sum(k for k, _ in score.controls.values())
        total = sum(n for _, n in score.controls.values())
        print(
            f"   {name:9s} recall {score.recall:.3f} ({score.n_found}/{score.n_spans}), "
            f"controls kept {kept}/{total}, ordinary tokens lost "
            f"{100 * score.false_removal:.2f} % ({score.n_lost}/{score.n_tokens})"
        )


def dev_s6_set(records) -> None:
    print("== Entwicklungssatz S6 / dev set (tests/fixtures/pii_dev_s6.jsonl) ==")
    _legend()
    _by_category(f"dev, written before the session-6 rules: {len(records)} sentences", records)


def session6_sets() -> None:
    print("== Sätze ohne Kenntnis der Regeln / sets written without the rules (session 6) ==")
    _legend()
    _named_sets((
        (_fresh(2), "fresh2 (scored once, then read: dev now)"),
        (_fresh(3), "fresh3 (scored once, then read: dev now)"),
        (_fresh(4), "fresh4 (scored once at the end of session 6, read in session 7: dev now)"),
    ))


def session7_sets() -> None:
    print("== Sitzung 7 / session 7: dev sets of the new rules ==")
    _legend()
    dev = [record for path in DEV_S7 for record in load_labelled(path)]
    _by_category(f"dev s7 (written with the rules: addresses, descriptions, names, health): "
                 f"{len(dev)} sentences", dev)


def _named_sets(sets) -> None:
    """Print the per-category table of each labelled set that exists: (path, label) pairs."""
    for path, label in sets:
        if path.exists():
            records = load_labelled(path)
            _by_category(f"{label}: {len(records)} sentences", records)


def session8_sets() -> None:
    print("== Sitzung 8 / session 8: dev sets, and the held-out sets fresh6 and fresh8 ==")
    _legend()
    dev = [record for path in sorted((ROOT / "tests" / "fixtures").glob("pii_dev_s8_*.jsonl"))
           for record in load_labelled(path)]
    _by_category(f"dev s8 (written with the rules of session 8): {len(dev)} sentences", dev)
    _named_sets((
        (_fresh(5), "fresh5 (held-out in session 7, read in session 8: dev now)"),
        (_fresh(7), "fresh7 (written in session 8 without the rules, read after round 1: dev now)"),
        (_fresh(6), "fresh6 (held-out in session 8, read in session 9: dev now)"),
        (_fresh(8), "fresh8 (held-out in session 8, read in session 9: dev now)"),
    ))


def session9_sets() -> None:
    print("== Sitzung 9 / session 9: dev sets, and the held-out sets fresh9 and fresh10 ==")
    _legend()
    dev = [record for path in sorted((ROOT / "tests" / "fixtures").glob("pii_dev_s9_*.jsonl"))
           for record in load_labelled(path)]
    if dev:
        _by_category(f"dev s9 (variety sets written without the rules, then read): "
                     f"{len(dev)} sentences", dev)
    _named_sets((
        (_fresh(9), "fresh9 (held-out in session 9, read in session 10)"),
        (_fresh(10), "fresh10 (held-out in session 9, read in session 10)"),
    ))


def session10_sets() -> None:
    print("== Sitzung 10 / session 10: the held-out sets fresh11 and fresh12 ==")
    _legend()
    _named_sets((
        (_fresh(11), "fresh11 (held-out in session 10, read in session 11)"),
        (_fresh(12), "fresh12 (held-out in session 10, read in session 11)"),
    ))


def session11_sets() -> None:
    print("== Sitzung 11 / session 11: the held-out sets fresh13 and fresh14 ==")
    _legend()
    _named_sets((
        (_fresh(13), "fresh13 (held-out in session 11, read in session 12)"),
        (_fresh(14), "fresh14 (held-out in session 11, read in session 12)"),
    ))


def session12_sets() -> None:
    # fresh15's writer put the cue word into a name's label ("Frau X", 35 spans) against the
    # brief; the figure is strict (a cue left standing counts as a leak)
    print("== Sitzung 12 / session 12: fresh15 (read in session 13) and fresh16 ==")
    _legend()
    _named_sets((
        (_fresh(15), "fresh15 (held-out in session 12, read in session 13)"),
        (_fresh(16), "fresh16 (held-out in session 12; in session 13 the helpers' unseen check)"),
    ))


def session13_sets() -> None:
    # fresh17's writer was told to invent web addresses under ".example" (reserved for
    # examples); its personal pages counted 1/13 at the start, before "….example/…" was read
    # as a host (like "….shop/…", "….berlin/…")
    print("== Sitzung 13 / session 13: the held-out sets fresh17 and fresh18 ==")
    _legend()
    _named_sets((
        (_fresh(17), "fresh17 (held-out: written without the rules, never read)"),
        (_fresh(18), "fresh18 (held-out: written without the rules, never read)"),
    ))


def session14_sets() -> None:
    # written at the start of session 14 by two helpers who never saw the rules; scored in
    # aggregate after each merge of sessions 14 and 15 (which kept or dropped a branch by
    # them), never read: 0.860 and 0.884 at the start of session 14
    print("== Sitzung 14 / session 14: the held-out sets fresh19 and fresh20 ==")
    _legend()
    _named_sets((
        (_fresh(19), "fresh19 (held-out: older citizens, villages, dialect; never read)"),
        (_fresh(20), "fresh20 (held-out: younger and migrant residents, staff; never read)"),
    ))


def session15_sets() -> None:
    # written in session 15 and scored twice only (start and end of the session), never
    # read: the figure nothing was chosen by; 0.882 and 0.870 at the start
    print("== Sitzung 15 / session 15: the held-out sets fresh21 and fresh22 ==")
    _legend()
    _named_sets((
        (_fresh(21), "fresh21 (held-out: parents, commuters, shops, clubs; never read)"),
        (_fresh(22), "fresh22 (held-out: care, disability, hotline notes, crafts; never read)"),
    ))


def session16_sets() -> None:
    # written at the start of session 16 by two helpers who never saw the rules or the other
    # sets; scored at its start and end only: 0.891 and 0.892 at the start; read (dev) in
    # session 17
    print("== Sitzung 16 / session 16: the held-out sets fresh23 and fresh24 ==")
    _legend()
    _named_sets((
        (_fresh(23), "fresh23 (held-out: growers, gardens, seniors, parish, tenants; read in s17)"),
        (_fresh(24), "fresh24 (held-out: trades, IT, markets, youth, associations; read in s17)"),
    ))


def session17_sets() -> None:
    # written at the start of session 17 by two helpers who never saw the rules or the other
    # sets; scored at its start and end only, never read: 0.870 and 0.839 at the start
    print("== Sitzung 17 / session 17: the held-out sets fresh25 and fresh26 ==")
    _legend()
    _named_sets((
        (_fresh(25),
         "fresh25 (held-out: care, practices, schools, clubs, fire brigade; never read)"),
        (_fresh(26),
         "fresh26 (held-out: students, culture, landlords, lawyers, hotline; never read)"),
    ))


def session18_sets() -> None:
    # written at the start of session 18 by two helpers who never saw the rules or the other
    # sets; scored at its start and end only, never read: 0.865 and 0.872 at the start
    print("== Sitzung 18 / session 18: the held-out sets fresh27 and fresh28 ==")
    _legend()
    _named_sets((
        (_fresh(27), "fresh27 (held-out: vintners, trades, shops, clubs, chats; never read)"),
        (_fresh(28), "fresh28 (held-out: clinics, Ordnungsamt, tickets, youth, mails; never read)"),
    ))


def session19_sets() -> None:
    # written at the start of session 19 by two helpers who never saw the rules or the other
    # sets; scored at its start and end only, never read: 0.872 and 0.832 at the start
    print("== Sitzung 19 / session 19: the held-out sets fresh29 and fresh30 ==")
    _legend()
    _named_sets((
        (_fresh(29),
         "fresh29 (held-out: utilities, registry, neighbours, VHS, chatbots; never read)"),
        (_fresh(30),
         "fresh30 (held-out: planners, disability council, petitions, posts; never read)"),
    ))


def session20_sets() -> None:
    # written at the start of session 20 by two helpers who never saw the rules or the other
    # sets; scored at its start and end only, never read: 0.867 and 0.855 at the start
    print("== Sitzung 20 / session 20: the held-out sets fresh31 and fresh32 ==")
    _legend()
    _named_sets((
        (_fresh(31),
         "fresh31 (held-out: fire brigade, midwives, kiosks, WEG, voicemail; never read)"),
        (_fresh(32),
         "fresh32 (held-out: vintners, carers, students, petitions, chatbot; never read)"),
    ))


def session21_sets() -> None:
    # written at the start of session 21 by two helpers who never saw the rules or the other
    # sets; scored in aggregate only, never read: 0.792 and 0.793 at the start
    print("== Sitzung 21 / session 21: the held-out sets fresh33 and fresh34 ==")
    _legend()
    _named_sets((
        (_fresh(33), "fresh33 (held-out: market, salons, blind users, OCR, Teams; never read)"),
        (_fresh(34), "fresh34 (held-out: farmers, scouts, tickets, forums, dictation; never read)"),
    ))


def session22_sets() -> None:
    # written at the start of session 22 by two helpers who never saw the rules or the other
    # sets; scored in aggregate only while held out: 0.830 and 0.808 at the start
    print("== Sitzung 22 / session 22: the held-out sets fresh35 and fresh36 ==")
    _legend()
    _named_sets((
        (_fresh(35), "fresh35 (held-out: care, hospital, refugees, WhatsApp, voicemail, OCR)"),
        (_fresh(36), "fresh36 (held-out: landlords, gastronomy, PDF copies, mails, interviews)"),
    ))


def session24_sets() -> None:
    # written at the start of session 24 by two helpers who never saw the rules or the other
    # sets; scored in aggregate only while held out: 0.842 and 0.836 at the start and at the
    # end (no span carried over; 1.26 % and 1.08 % → 0.98 % of ordinary words lost)
    print("== Sitzung 24 / session 24: the held-out sets fresh39 and fresh40 ==")
    _legend()
    _named_sets((
        (_fresh(39), "fresh39 (held-out: pharmacies, taxis, library, registry, SMS, OCR forms)"),
        (_fresh(40), "fresh40 (held-out: rescue, youth council, lifeguards, minutes, Low German)"),
    ))


def session25_sets() -> None:
    # written at the end of session 24 by two helpers who never saw the rules or the other
    # sets; scored in aggregate only while held out in session 25: 0.842 → 0.845 and 0.824 →
    # 0.824 (one span carried over; 1.42 % and 0.87 % of ordinary words lost, unchanged)
    print("== Sitzung 25 / session 25: the held-out sets fresh41 and fresh42 ==")
    _legend()
    _named_sets((
        (_fresh(41), "fresh41 (held-out, written at the end of session 24)"),
        (_fresh(42), "fresh42 (held-out, written at the end of session 24)"),
    ))


def session26_sets() -> None:
    # fresh45/46 written at the start of session 26, fresh47/48 during it and fresh49/50 at
    # its end, by six helpers who never saw the rules or the other sets; scored in aggregate
    # only while held out: 0.890, 0.857, 0.827, 0.834, 0.810 and 0.827 with the session's
    # starting code and with its final code (no span carried over; 0.7-1.3 % of ordinary
    # words lost)
    print("== Sitzung 26 / session 26: the held-out sets fresh45 to fresh50 ==")
    _legend()
    _named_sets((
        (_fresh(45), "fresh45 (held-out, written at the start of session 26)"),
        (_fresh(46), "fresh46 (held-out, written at the start of session 26)"),
        (_fresh(47), "fresh47 (held-out, written during session 26)"),
        (_fresh(48), "fresh48 (held-out, written during session 26)"),
        (_fresh(49), "fresh49 (held-out, written at the end of session 26)"),
        (_fresh(50), "fresh50 (held-out, written at the end of session 26)"),
    ))


def session27_sets() -> None:
    # written by six helpers who never saw the rules or the other sets: fresh51–54 at the
    # start of session 27, fresh55/56 during it. fresh51/52 were read (their misses) while
    # the session's rules were written; fresh53–56 were scored in aggregate only while held
    # out: 0.830, 0.856, 0.866, 0.868 with the session's starting code, 0.846, 0.868, 0.873,
    # 0.876 with its final code (+18 spans, the first carry-over since session 21; ordinary
    # words lost 0.93, 1.22 -> 1.29, 1.60 -> 1.59, 0.61 %)
    print("== Sitzung 27 / session 27: the held-out sets fresh51 to fresh56 ==")
    _legend()
    _named_sets((
        (_fresh(51), "fresh51 (written at the start of session 27, read during it)"),
        (_fresh(52), "fresh52 (written at the start of session 27, read during it)"),
        (_fresh(53), "fresh53 (held-out, written at the start of session 27)"),
        (_fresh(54), "fresh54 (held-out, written at the start of session 27)"),
        (_fresh(55), "fresh55 (held-out, written during session 27)"),
        (_fresh(56), "fresh56 (held-out, written during session 27)"),
    ))


def session28_sets() -> None:
    # written by four helpers who never saw the rules or the other sets, at the start of
    # session 28, and scored in aggregate only while held out (none was read): 0.856, 0.797,
    # 0.874, 0.895 with the session's starting code, 0.856, 0.801, 0.878, 0.895 with its final
    # code (+4 spans: nicknames 47 -> 50 of 69, homes in words 36 -> 37 of 66); ordinary words
    # lost 1.09, 1.13, 1.16, 0.96 % both times
    print("== Sitzung 28 / session 28: the held-out sets fresh57 to fresh60 ==")
    _legend()
    _named_sets((
        (_fresh(57), "fresh57 (held-out, written at the start of session 28)"),
        (_fresh(58), "fresh58 (held-out, written at the start of session 28)"),
        (_fresh(59), "fresh59 (held-out, written at the start of session 28)"),
        (_fresh(60), "fresh60 (held-out, written at the start of session 28)"),
    ))


def session29_sets() -> None:
    # written by four helpers who never saw the rules or the other sets, at the start of
    # session 29, and scored in aggregate only while held out (none was read): 0.796, 0.895,
    # 0.888, 0.854 with the session's starting code, 0.796, 0.900, 0.897, 0.856 with its final
    # code (+7 spans: homes in words 35 -> 39 of 67, descriptions 52 -> 54 of 70, file
    # numbers 65 -> 66 of 76); ordinary words lost 1.34, 1.05, 1.15, 0.91 % both times
    print("== Sitzung 29 / session 29: the held-out sets fresh61 to fresh64 ==")
    _legend()
    _named_sets((
        (_fresh(61), "fresh61 (held-out, written at the start of session 29)"),
        (_fresh(62), "fresh62 (held-out, written at the start of session 29)"),
        (_fresh(63), "fresh63 (held-out, written at the start of session 29)"),
        (_fresh(64), "fresh64 (held-out, written at the start of session 29)"),
    ))


def session30_sets() -> None:
    # written by two helpers who never saw the rules during session 29, after its main
    # changes, and scored in aggregate only while held out: 0.902/0.870 with session 29's
    # starting code, 0.909/0.873 with its final code (= session 30's starting code); read in
    # session 30, whose changes were written partly from their misses
    print("== Sitzung 30 / session 30: the sets fresh65 and fresh66, held out until then ==")
    _legend()
    _named_sets((
        (_fresh(65), "fresh65 (held-out in session 29, read in session 30)"),
        (_fresh(66), "fresh66 (held-out in session 29, read in session 30)"),
    ))
    # written by four helpers who never saw the rules or the other sets, at the start of
    # session 30, and scored in aggregate only while held out (none was read): 0.870, 0.870,
    # 0.888, 0.856 with the session's starting code, 0.870, 0.874, 0.888, 0.858 with its
    # final code (+3 spans: names in capitals 66 -> 68 of 76, personal sites 66 -> 67 of 72);
    # ordinary words lost 1.56, 1.08 -> 1.07, 1.69, 0.97 %
    print("== Sitzung 30 / session 30: the held-out sets fresh67 to fresh70 ==")
    _legend()
    _named_sets((
        (_fresh(67), "fresh67 (held-out, written at the start of session 30)"),
        (_fresh(68), "fresh68 (held-out, written at the start of session 30)"),
        (_fresh(69), "fresh69 (held-out, written at the start of session 30)"),
        (_fresh(70), "fresh70 (held-out, written at the start of session 30)"),
    ))


def session31_sets() -> None:
    # written by two helpers who never saw the rules at the end of session 30, and scored in
    # aggregate only while held out: 0.902/0.869 with session 30's starting code, 0.905/0.869
    # with its final code (= session 31's starting code); read in session 31, whose changes
    # were written partly from their misses
    print("== Sitzung 31 / session 31: the sets fresh71 and fresh72, held out until then ==")
    _legend()
    _named_sets((
        (_fresh(71), "fresh71 (held-out in session 30, read in session 31)"),
        (_fresh(72), "fresh72 (held-out in session 30, read in session 31)"),
    ))
    # written by four helpers who never saw the rules or the other sets, at the start of
    # session 31, and scored in aggregate only while held out (none was read; fresh73's
    # aggregate once showed a new chat rule's cost, which was then narrowed): 0.908, 0.835,
    # 0.895, 0.871 with the session's starting code, 0.910, 0.837, 0.895, 0.871 with its
    # final code (+2 spans, names in capitals); ordinary words lost 2.01 -> 2.00, 1.49,
    # 1.23, 0.84 -> 0.78 %
    print("== Sitzung 31 / session 31: the held-out sets fresh73 to fresh76 ==")
    _legend()
    _named_sets((
        (_fresh(73), "fresh73 (held-out, written at the start of session 31)"),
        (_fresh(74), "fresh74 (held-out, written at the start of session 31)"),
        (_fresh(75), "fresh75 (held-out, written at the start of session 31)"),
        (_fresh(76), "fresh76 (held-out, written at the start of session 31)"),
    ))


def session32_sets() -> None:
    # written by two helpers who never saw the rules during session 31, and scored in aggregate
    # only while held out: 0.833/0.851 with session 31's starting code, 0.836/0.851 with its
    # final code (= session 32's starting code); read in session 32
    print("== Sitzung 32 / session 32: the sets fresh77 and fresh78, held out until then ==")
    _legend()
    _named_sets((
        (_fresh(77), "fresh77 (held-out in session 31, read in session 32)"),
        (_fresh(78), "fresh78 (held-out in session 31, read in session 32)"),
    ))
    # written by three helpers who never saw the rules or the other sets, at the start of
    # session 32, and scored in aggregate only while held out (none was read): 0.906, 0.915,
    # 0.899 with the session's starting code, 0.928, 0.915, 0.919 with its final code (+17
    # spans: health details with their person, homes with their town); ordinary words lost
    # 0.91 -> 0.65, 2.11 -> 2.23, 0.75 -> 0.81 %
    print("== Sitzung 32 / session 32: the held-out sets fresh79 to fresh81 ==")
    _legend()
    _named_sets((
        (_fresh(79), "fresh79 (held-out, written at the start of session 32)"),
        (_fresh(80), "fresh80 (held-out, written at the start of session 32)"),
        (_fresh(81), "fresh81 (held-out, written at the start of session 32)"),
    ))


def session33_sets() -> None:
    # written by two helpers who never saw the rules during session 32, and scored in aggregate
    # only while held out: 0.892/0.841 with session 32's starting code, 0.929/0.867 with its
    # final code (= session 33's starting code); read in session 33
    print("== Sitzung 33 / session 33: the sets fresh82 and fresh83, held out until then ==")
    _legend()
    _named_sets((
        (_fresh(82), "fresh82 (held-out in session 32, read in session 33)"),
        (_fresh(83), "fresh83 (held-out in session 32, read in session 33)"),
    ))
    # written by three helpers who never saw the rules or the other sets, at the start of
    # session 33, and scored in aggregate only while held out (none was read): 0.928, 0.893,
    # 0.919 with the session's starting code, 0.947, 0.909, 0.923 with its final code (+17
    # spans: nicknames, names in lower case and capitals, descriptions, health details);
    # ordinary words lost 1.43 -> 1.43, 1.56 -> 1.54, 0.93 -> 0.97 %
    print("== Sitzung 33 / session 33: the held-out sets fresh84 to fresh86 ==")
    _legend()
    _named_sets((
        (_fresh(84), "fresh84 (held-out, written at the start of session 33)"),
        (_fresh(85), "fresh85 (held-out, written at the start of session 33)"),
        (_fresh(86), "fresh86 (held-out, written at the start of session 33)"),
    ))


def session34_sets() -> None:
    # written by two helpers who never saw the rules at the end of session 33, and scored in
    # aggregate only while held out: 0.905/0.886 with session 33's starting code, 0.915/0.892
    # with its final code (= session 34's starting code); read in session 34
    print("== Sitzung 34 / session 34: the sets fresh87 and fresh88, held out until then ==")
    _legend()
    _named_sets((
        (_fresh(87), "fresh87 (held-out in session 33, read in session 34)"),
        (_fresh(88), "fresh88 (held-out in session 33, read in session 34)"),
    ))
    # written by three helpers who never saw the rules or the other sets, at the start of
    # session 34, and scored in aggregate only while held out (none was read): 0.883, 0.915,
    # 0.908 with the session's starting code, 0.889, 0.925, 0.908 with its final code (+7
    # spans: birth years after a name, a pet's chip number, a description, a health detail);
    # ordinary words lost 2.91 -> 2.87, 1.45 -> 1.42, 1.05 -> 1.05 %
    print("== Sitzung 34 / session 34: the held-out sets fresh89 to fresh91 ==")
    _legend()
    _named_sets((
        (_fresh(89), "fresh89 (held-out, written at the start of session 34)"),
        (_fresh(90), "fresh90 (held-out, written at the start of session 34)"),
        (_fresh(91), "fresh91 (held-out, written at the start of session 34)"),
    ))


def session35_sets() -> None:
    # written by five helpers who never saw the rules or the other sets; fresh92 to fresh94 at
    # the start of session 35, fresh95/96 during it; scored in aggregate only while held out:
    # 0.904, 0.924, 0.928, 0.938, 0.903 with the session's starting code, 0.910, 0.924, 0.933,
    # 0.938, 0.903 at its middle; then read (their misses led the session's second half)
    print("== Sitzung 35 / session 35: fresh92 to fresh96, held out until its middle ==")
    _legend()
    _named_sets((
        (_fresh(92), "fresh92 (held-out at the start of session 35, read at its middle)"),
        (_fresh(93), "fresh93 (held-out at the start of session 35, read at its middle)"),
        (_fresh(94), "fresh94 (held-out at the start of session 35, read at its middle)"),
        (_fresh(95), "fresh95 (written during session 35, read at its middle)"),
        (_fresh(96), "fresh96 (written during session 35, read at its middle)"),
    ))
    # written at the session's middle by three helpers who never saw the rules, scored in
    # aggregate only (none was read): 0.885, 0.910, 0.888 with the starting code, 0.885,
    # 0.913, 0.891 with the final code; ordinary words lost 2.37, 2.23, 2.15 -> 2.17 %
    print("== Sitzung 35 / session 35: the held-out sets fresh97 to fresh99 ==")
    _legend()
    _named_sets((
        (_fresh(97), "fresh97 (held-out, written at the middle of session 35)"),
        (_fresh(98), "fresh98 (held-out, written at the middle of session 35)"),
        (_fresh(99), "fresh99 (held-out, written at the middle of session 35)"),
    ))


def session36_sets() -> None:
    # written at the start of session 36 by six helpers who never saw the rules or the other
    # sets; fresh100 to fresh102 scored in aggregate only during the session, fresh103 to
    # fresh105 only at its end (none read before adoption): recall 0.898, 0.920, 0.911,
    # 0.923, 0.909, 0.923 with the starting code -> 0.900, 0.920, 0.911, 0.923, 0.912, 0.923
    # with the final code; ordinary words lost 2.17, 1.44, 1.46, 1.51, 2.12, 1.39 % -> 1.97,
    # 1.34, 1.41, 1.48, 2.08, 1.31 %
    print("== Sitzung 36 / session 36: fresh100 to fresh105, held out during the session ==")
    _legend()
    _named_sets((
        (_fresh(100),
         "fresh100 (welfare and housing benefit; scored in aggregate during session 36)"),
        (_fresh(101), "fresh101 (utility customers; scored in aggregate during session 36)"),
        (_fresh(102), "fresh102 (parishes and religious communities; scored in aggregate)"),
        (_fresh(103), "fresh103 (festival clubs and showmen; held out to the end of session 36)"),
        (_fresh(104), "fresh104 (taxi and Bürgerbus; held out to the end of session 36)"),
        (_fresh(105), "fresh105 (tourism, museum, archive; held out to the end of session 36)"),
    ))


def session37_sets() -> None:
    # written at the start of session 37 by six helpers who never saw the rules or the other
    # sets; fresh106 to fresh108 scored in aggregate only during the session, fresh109 to
    # fresh111 only at its end (none read before adoption): recall 0.918, 0.929, 0.900,
    # 0.938, 0.921, 0.926 with the starting code -> 0.918, 0.929, 0.900, 0.936, 0.921, 0.926
    # with the final code (0.938 on fresh109 after one fix found on it once scored); ordinary
    # words lost 1.61, 1.69, 0.99, 1.27, 1.27, 1.43 % -> 1.58, 1.69, 0.99, 1.20, 1.27, 1.43 %
    print("== Sitzung 37 / session 37: fresh106 to fresh111, held out during the session ==")
    _legend()
    _named_sets((
        (_fresh(106), "fresh106 (volunteer fire brigade, civil protection; scored in aggregate)"),
        (_fresh(107), "fresh107 (bereaved families, funeral homes, cemetery; scored in aggregate)"),
        (_fresh(108), "fresh108 (city library and adult education centre; scored in aggregate)"),
        (_fresh(109), "fresh109 (winegrowers, farmers, market traders; held out to the end)"),
        (_fresh(110), "fresh110 (students of the Hochschule, landlords; held out to the end)"),
        (_fresh(111), "fresh111 (dog owners, animal shelter, public order; held out to the end)"),
    ))


def session38_sets() -> None:
    # written at the start of session 38 by six helpers who never saw the rules or the other
    # sets; fresh112 to fresh114 read during the session (their misses guided the work),
    # fresh115 to fresh117 scored only at its end (none read before adoption): recall 0.910,
    # 0.897, 0.907, 0.915, 0.903, 0.916 with the starting code -> 0.925, 0.913, 0.914, 0.915,
    # 0.903, 0.916 with the final code; ordinary words lost 1.39, 1.91, 1.20, 2.19, 1.08,
    # 0.94 % -> 1.42, 1.96, 1.23, 2.19, 1.09, 0.94 % (the read sets' gains, +17 spans, did not
    # carry over to the three unseen ones: +0)
    print("== Sitzung 38 / session 38: fresh112 to fresh117, written at its start ==")
    _legend()
    _named_sets((
        (_fresh(112), "fresh112 (allotment and community gardens, tree sponsors; read)"),
        (_fresh(113), "fresh113 (people in need of care, relatives, care services; read)"),
        (_fresh(114), "fresh114 (craftsmen and small businesses; read)"),
        (_fresh(115), "fresh115 (sports clubs, pools and halls; held out to the end)"),
        (_fresh(116), "fresh116 (tenants, landlords, housing office; held out to the end)"),
        (_fresh(117), "fresh117 (cyclists, pedestrians, disabled residents; held out to the end)"),
    ))


def session39_sets() -> None:
    # written at the start of session 39 by six helpers who never saw the rules or the other
    # sets; fresh118 to fresh120 read during the session (their misses guided the work),
    # fresh121 to fresh123 scored only at its end (none read before adoption): recall 0.921,
    # 0.911, 0.942, 0.918, 0.915, 0.923 with the starting code -> 0.930, 0.919, 0.955, 0.918,
    # 0.915, 0.925 with the final code; ordinary words lost 1.83, 0.95, 1.37, 1.72, 0.84,
    # 1.78 % -> 1.76, 0.95, 1.40, 1.72, 0.84, 1.78 % (the read sets' gains, +14 spans, carried
    # over to the three unseen ones with +1 span)
    print("== Sitzung 39 / session 39: fresh118 to fresh123, written at its start ==")
    _legend()
    _named_sets((
        (_fresh(118), "fresh118 (old-town shops, start-ups, business development; read)"),
        (_fresh(119), "fresh119 (school parents, after-school care, school meals; read)"),
        (_fresh(120), "fresh120 (public health office, surgeries, restaurants; read)"),
        (_fresh(121), "fresh121 (senior citizens, digital mentors; held out to the end)"),
        (_fresh(122), "fresh122 (the city's own staff, staff survey; held out to the end)"),
        (_fresh(123), "fresh123 (young people, youth council, youth centres; held out to the end)"),
    ))


def session40_sets() -> None:
    # written at the start of session 40 by six helpers who never saw the rules or the other
    # sets; fresh124 to fresh126 read during the session (their misses guided the work),
    # fresh127 to fresh129 scored only at its end (none read before adoption): recall 0.939,
    # 0.904, 0.889, 0.921, 0.933, 0.912 with the starting code -> 0.950, 0.914, 0.906, 0.926,
    # 0.933, 0.927 with the final code; ordinary words lost unchanged (2.05, 1.44, 1.39, 1.06,
    # 1.71, 1.03 %). The session mined misses that recur across all labelled sets and shapes
    # that were personal data in every labelled case; the unseen sets gained +9 spans
    print("== Sitzung 40 / session 40: fresh124 to fresh129, written at its start ==")
    _legend()
    _named_sets((
        (_fresh(124), "fresh124 (energy transition: solar, heat pumps, funding; read)"),
        (_fresh(125), "fresh125 (musicians, theatres, artists, cultural office; read)"),
        (_fresh(126), "fresh126 (commuters, bus and train, school transport; read)"),
        (_fresh(127), "fresh127 (job applicants, trainees, HR office; held out to the end)"),
        (_fresh(128), "fresh128 (refugees, foreigners' office, helpers; held out to the end)"),
        (_fresh(129), "fresh129 (councillors, district councils, petitions; held out to the end)"),
    ))


def session41_sets() -> None:
    # written at the start of session 41 by six helpers who never saw the rules or the other
    # sets; fresh130 to fresh132 read during the session, fresh133 to fresh135 scored only at
    # its end (none read before adoption): recall 0.906, 0.955, 0.931, 0.904, 0.904, 0.931
    # with the starting code -> 0.917, 0.964, 0.938, 0.904, 0.904, 0.931 with the final code;
    # ordinary words lost 1.60, 2.08, 1.24 -> 1.58, 2.13, 1.24 % (read) and 1.20, 1.89, 1.01
    # -> 1.20, 1.87, 1.01 % (held out). The unseen sets gained nothing (+0 of 1,367 spans)
    print("== Sitzung 41 / session 41: fresh130 to fresh135, written at its start ==")
    _legend()
    _named_sets((
        (_fresh(130), "fresh130 (older residents, digital mentors, neighbourhood help; read)"),
        (_fresh(131), "fresh131 (building permits, architects, building authority; read)"),
        (_fresh(132), "fresh132 (pupils, youth council, youth centres; read)"),
        (_fresh(133),
         "fresh133 (surgeries, pharmacies, public health office; held out to the end)"),
        (_fresh(134), "fresh134 (citizens' office, vehicle registration; held out to the end)"),
        (_fresh(135),
         "fresh135 (noise, trees, climate, environmental office; held out to the end)"),
    ))


def session42_sets() -> None:
    # written at the start of session 42 by six helpers who never saw the rules or the other
    # sets; fresh136 to fresh138 read during the session, fresh139 to fresh141 scored only at
    # its end (none read before adoption): recall 0.910, 0.942, 0.891, 0.952, 0.920, 0.890
    # with the starting code -> 0.925, 0.947, 0.908, 0.952, 0.923, 0.890 with the final code;
    # ordinary words lost 1.02, 1.98, 1.03 -> 0.91, 1.80, 1.03 % (read) and 1.72, 1.63, 1.26
    # -> 1.72, 1.57, 1.26 % (held out). The unseen sets gained +1 of 1,392 spans
    print("== Sitzung 42 / session 42: fresh136 to fresh141, written at its start ==")
    _legend()
    _named_sets((
        (_fresh(136), "fresh136 (childcare: Kita places, childminders, youth office; read)"),
        (_fresh(137), "fresh137 (waste collection, street cleaning, recycling centre; read)"),
        (_fresh(138), "fresh138 (registry office: marriages, births, name changes; read)"),
        (_fresh(139), "fresh139 (public order office, enforcement service; held out to the end)"),
        (_fresh(140), "fresh140 (city treasury, property and trade tax; held out to the end)"),
        (_fresh(141),
         "fresh141 (homelessness, debt, food bank, social office; held out to the end)"),
    ))


def session43_sets() -> None:
    # written in session 43 by six helpers who never saw the rules or the other sets;
    # fresh142 to fresh144 scored after the session's first changes (outputs identical to the
    # starting code: 0.899, 0.924, 0.911), then read -> 0.907, 0.926, 0.915 with the final
    # code; fresh145 to fresh147 scored only at its end: 0.917, 0.902, 0.966 with the starting
    # and the final code, outputs identical (the session's +33 spans on the sets read before
    # reached none of the 1,560 unseen answers); ordinary words lost 2.19, 1.90, 1.84, 2.32,
    # 1.74, 1.58 %, unchanged
    print("== Sitzung 43 / session 43: fresh142 to fresh147, written during it ==")
    _legend()
    _named_sets((
        (_fresh(142), "fresh142 (sports clubs, pools, sports office; read after scoring)"),
        (_fresh(143), "fresh143 (building authority, planning, construction; read after scoring)"),
        (_fresh(144), "fresh144 (schools, parents, school transport; read after scoring)"),
        (_fresh(145), "fresh145 (seniors, relatives, care services; held out to the end)"),
        (_fresh(146), "fresh146 (shops, markets, restaurants, trade; held out to the end)"),
        (_fresh(147), "fresh147 (buses, cycling, parking, transport; held out to the end)"),
    ))


def session44_sets() -> None:
    # written at the start of session 44 by three helpers who never saw the rules or the other
    # sets; scored only at its end, in aggregate: 0.915, 0.908, 0.939 with the starting and the
    # final code, outputs identical (the session's +8 spans on the sets read before reached
    # none of the 750 unseen answers); ordinary words lost 1.94, 1.09, 1.25 %. A second person
    # relabelled them blind (benchmarks/bench_label_agreement.py)
    print("== Sitzung 44 / session 44: fresh148 to fresh150, held out to its end ==")
    _legend()
    _named_sets((
        (_fresh(148), "fresh148 (migration, foreigners authority, integration; held out)"),
        (_fresh(149), "fresh149 (library, music school, theatre, festivals; held out)"),
        (_fresh(150), "fresh150 (waste, Stadtwerke, energy, trees, climate; held out)"),
    ))


def session45_sets() -> None:
    # written at the start of session 45 by three helpers who never saw the rules or the other
    # sets; scored in aggregate before they were read: 0.928, 0.917, 0.916 with the starting
    # code and 0.928, 0.917, 0.919 with the code of that hour (+1 of 1,335 spans for the
    # session's +56 on the sets read before); ordinary words lost 1.09, 1.67, 0.94 %
    print("== Sitzung 45 / session 45: fresh151 to fresh153, scored before they were read ==")
    _legend()
    _named_sets((
        (_fresh(151), "fresh151 (schools, Kita, childcare; scored before read)"),
        (_fresh(152), "fresh152 (older people, care, digital helpers; scored before read)"),
        (_fresh(153), "fresh153 (traffic, parking, buses, cycling; scored before read)"),
    ))


def session46_sets() -> None:
    # written at the start of session 46 by three helpers who never saw the rules or the other
    # sets; scored in aggregate at its first third: 0.923, 0.921, 0.951 with the starting and
    # the code of that hour, outputs identical (its first +17 spans on the sets read before
    # reached none of the 750 unseen answers); ordinary words lost 1.93, 1.33, 1.17 %; then
    # read. fresh157 to fresh159, written then, were scored only at the session's end: 0.902,
    # 0.896, 0.935 with the starting code and 0.902, 0.898, 0.935 with the final one (one
    # answer of 750 changed; +1 of 1,284 spans); ordinary words lost 1.88, 1.31, 1.50 %
    print("== Sitzung 46 / session 46: fresh154 to fresh159, held out ==")
    _legend()
    _named_sets((
        (_fresh(154), "fresh154 (business, trade licences, jobs, city staff; scored, then read)"),
        (_fresh(155), "fresh155 (housing, building permits, Wohngeld, tenants; scored, then read)"),
        (_fresh(156), "fresh156 (sport, youth, volunteering, associations; scored, then read)"),
        (_fresh(157), "fresh157 (online services, portal, ID card, forms; held out to the end)"),
        (_fresh(158), "fresh158 (public order, noise, dogs, night life; held out to the end)"),
        (_fresh(159), "fresh159 (smart city, open data, participation; held out to the end)"),
    ))


def session47_sets() -> None:
    # written at the start of session 47 by three helpers who never saw the rules or the other
    # sets; scored only at the session's end, in aggregate: 0.926, 0.921, 0.934 with the
    # starting and the final code alike (its redaction change, half a compound before a
    # list, met none of the 750 answers); ordinary words lost 1.36, 1.18, 1.58 %
    print("== Sitzung 47 / session 47: fresh160 to fresh162, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(160), "fresh160 (schools, Kita registration, school IT, families; held out)"),
        (_fresh(161), "fresh161 (library, museums, festivals, tourism; held out)"),
        (_fresh(162), "fresh162 (seniors, care advice, social services; held out)"),
    ))


def session48_sets() -> None:
    # written at the start of session 48 by three helpers who never saw the rules or the other
    # sets; scored only at the session's end, in aggregate: 0.916, 0.893, 0.892 with the
    # starting code, 0.920, 0.897, 0.892 with the final one (the learned name rule: +4 of
    # 1,331); ordinary words lost 2.40, 1.09, 1.68 % with both
    print("== Sitzung 48 / session 48: fresh163 to fresh165, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(163), "fresh163 (health, emergencies, practices, Klinikum; held out)"),
        (_fresh(164), "fresh164 (the city's staff: e-files, IT helpdesk, home office; held out)"),
        (_fresh(165), "fresh165 (outer districts and villages, shops, vineyards; held out)"),
    ))


def session49_sets() -> None:
    # written at the start of session 49 by three helpers who never saw the rules or the other
    # sets; scored only at the session's end, in aggregate: 0.948, 0.926, 0.927 with the
    # starting code, 0.948, 0.926, 0.929 with the final one (+1 of 1,281: a personal site);
    # ordinary words lost 0.87, 0.99, 1.49 % with the starting code, 0.72, 0.95, 1.28 % with
    # the final one (health details after a name, the town hall's switchboard)
    print("== Sitzung 49 / session 49: fresh166 to fresh168, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(166), "fresh166 (young people, students, apprentices; held out)"),
        (_fresh(167), "fresh167 (clubs, churches, volunteering; held out)"),
        (_fresh(168), "fresh168 (building permits, planning, property; held out)"),
    ))
    # three more, written at the session's middle by helpers who never saw the rules, scored
    # only at its end: 0.932, 0.947, 0.931 with the starting code, 0.936, 0.947, 0.931 with
    # the final one; ordinary words lost 1.05, 1.01, 1.21 % → 0.97, 0.84, 1.06 %
    _named_sets((
        (_fresh(169), "fresh169 (registry office, births, marriages, deaths; held out)"),
        (_fresh(170), "fresh170 (taxes, fees, fines and the city treasury; held out)"),
        (_fresh(171), "fresh171 (neighbourhoods and participation; held out)"),
    ))


def session50_sets() -> None:
    # written at the start of session 50 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: fresh172-174 in the session's first hour and at its end
    # (0.946, 0.956, 0.912 with the starting code, 0.946, 0.961, 0.914 with the final one),
    # fresh175-177 at its end only (0.931, 0.930, 0.926 with both); ordinary words lost
    # 1.24, 1.06, 1.18, 1.32, 1.05, 1.25 % with the starting code, 1.28, 1.06, 1.18, 1.32,
    # 0.86, 1.02 % with the final one (health details after where a person is from)
    print("== Sitzung 50 / session 50: fresh172 to fresh177, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(172), "fresh172 (waste, cleanliness, utilities; held out)"),
        (_fresh(173), "fresh173 (cemeteries, funerals, animals; held out)"),
        (_fresh(174), "fresh174 (jobs, benefits, adult education; held out)"),
        (_fresh(175), "fresh175 (markets, farms, vineyards; held out)"),
        (_fresh(176), "fresh176 (civil protection, fire brigade; held out)"),
        (_fresh(177), "fresh177 (local politics and media; held out)"),
    ))


def session51_sets() -> None:
    # written at the start of session 51 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate, once mid-session and at its end: 0.938, 0.911, 0.941,
    # 0.933, 0.950, 0.941 with the starting code, 0.938, 0.913, 0.941, 0.933, 0.950, 0.941
    # with the final one; ordinary words lost 1.13, 1.61, 0.76, 1.23, 0.97, 0.84 % with both
    print("== Sitzung 51 / session 51: fresh178 to fresh183, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(178), "fresh178 (tourism, hotels, restaurants; held out)"),
        (_fresh(179), "fresh179 (disability and accessibility; held out)"),
        (_fresh(180), "fresh180 (poverty, debt, emergency help; held out)"),
        (_fresh(181), "fresh181 (elections and civic duties; held out)"),
        (_fresh(182), "fresh182 (families and childminders; held out)"),
        (_fresh(183), "fresh183 (complaints and the citizens' hotline; held out)"),
    ))


def session52_sets() -> None:
    # written at the start of session 52 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: 0.935, 0.933, 0.925, 0.926, 0.927, 0.920 with the
    # starting code, 0.937, 0.936, 0.925, 0.926, 0.934, 0.925 with the final one (the learned
    # description step, trained without them); ordinary words lost 1.18, 0.57, 1.56, 1.59,
    # 0.39 % with both, fresh189 1.77 -> 1.90 %
    print("== Sitzung 52 / session 52: fresh184 to fresh189, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(184), "fresh184 (buses, trains and mobility; held out)"),
        (_fresh(185), "fresh185 (migration and integration; held out)"),
        (_fresh(186), "fresh186 (climate, trees and the environment; held out)"),
        (_fresh(187), "fresh187 (staff of schools and the school authority; held out)"),
        (_fresh(188), "fresh188 (allotments, parks and playgrounds; held out)"),
        (_fresh(189), "fresh189 (big events and festivals; held out)"),
    ))


def session53_sets() -> None:
    # written at the start of session 53 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: 0.918, 0.952, 0.960, 0.957, 0.945, 0.939 with the
    # starting code (pooled 2,306 of 2,439), 0.923, 0.955, 0.967, 0.959, 0.947, 0.941 with
    # the final code and its learned health step (2,315; trained without them); ordinary
    # words lost 0.90 -> 0.92 % pooled
    print("== Sitzung 53 / session 53: fresh190 to fresh195, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(190), "fresh190 (waste, recycling and street cleaning; held out)"),
        (_fresh(191), "fresh191 (housing, housing benefit and landlords; held out)"),
        (_fresh(192), "fresh192 (fire brigade and civil protection; held out)"),
        (_fresh(193), "fresh193 (home care, carers and relatives; held out)"),
        (_fresh(194), "fresh194 (crafts, shops, inns and business; held out)"),
        (_fresh(195), "fresh195 (young people, trainees and students; held out)"),
    ))


def session54_sets() -> None:
    # written at the start of session 54 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: 0.920, 0.922, 0.927, 0.945, 0.961, 0.931 with the
    # starting code (pooled 2,397 of 2,566), 0.927, 0.929, 0.934, 0.952, 0.963, 0.931 with
    # the final code and its learned address step (2,410; trained without them); homes in
    # words 75 -> 88 of 112; ordinary words lost 0.84 % pooled before and after
    print("== Sitzung 54 / session 54: fresh196 to fresh201, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(196), "fresh196 (registry office and citizens' office; held out)"),
        (_fresh(197), "fresh197 (vineyards, orchards, allotments and farms; held out)"),
        (_fresh(198), "fresh198 (sports clubs and swimming pools; held out)"),
        (_fresh(199), "fresh199 (integration, language courses, foreigners' office; held out)"),
        (_fresh(200), "fresh200 (commuters, parking, car sharing and cycling; held out)"),
        (_fresh(201), "fresh201 (library, adult education, music school, museums; held out)"),
    ))


def session55_sets() -> None:
    # written at the start of session 55 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: 0.959, 0.956, 0.944, 0.957, 0.930, 0.953 with the
    # starting code (pooled 2,319 of 2,441), 0.963, 0.956, 0.951, 0.965, 0.930, 0.955 with
    # the final code and its health-continued step (2,328; trained without them); health
    # details 71 -> 80 of 106; ordinary words lost 0.81 -> 0.83 % pooled
    print("== Sitzung 55 / session 55: fresh202 to fresh213, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(202), "fresh202 (home care, care grades, day care, neighbours; held out)"),
        (_fresh(203), "fresh203 (Kita places, school registration, school IT; held out)"),
        (_fresh(204), "fresh204 (market traders, shops, crafts, trade licences; held out)"),
        (_fresh(205), "fresh205 (tenants, landlords, building permits, heating; held out)"),
        (_fresh(206), "fresh206 (young people, apps, youth centre, night buses; held out)"),
        (_fresh(207), "fresh207 (defects, waste, noise, neighbours' quarrels; held out)"),
    ))
    # a second round, written after the step was built and scored once against the starting
    # and the final code: 0.956, 0.971, 0.944, 0.943, 0.953, 0.934 -> 0.956, 0.976, 0.949,
    # 0.943, 0.956, 0.934 (pooled 2,374 -> 2,379 of 2,499; health details 77 -> 82 of 107;
    # ordinary words lost 0.80 -> 0.83 % pooled)
    _named_sets((
        (_fresh(208), "fresh208 (older people and digital help; held out)"),
        (_fresh(209), "fresh209 (festivals, markets, concerts, club events; held out)"),
        (_fresh(210), "fresh210 (city staff: IT, e-files, home office, HR; held out)"),
        (_fresh(211), "fresh211 (social and health services, Jobcenter, Tafel; held out)"),
        (_fresh(212), "fresh212 (buses, S-Bahn, e-scooters, accessibility; held out)"),
        (_fresh(213), "fresh213 (trees, solar, allotments, flooding, heat; held out)"),
    ))


def session56_sets() -> None:
    # written at the start of session 56 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: pooled 2,312 of 2,467 with the starting code, 2,313
    # with the final code (two fixes of house numbers after "Nr.", a tag's place over its
    # comma for the address step; the description and address weights retrained without
    # them); ordinary words lost 1.04 % before and after
    print("== Sitzung 56 / session 56: fresh214 to fresh225, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(214), "fresh214 (sports clubs, pools, hall bookings; held out)"),
        (_fresh(215), "fresh215 (registry office, weddings, funerals, graves; held out)"),
        (_fresh(216), "fresh216 (immigrants, foreigners' office, integration; held out)"),
        (_fresh(217), "fresh217 (children with disabilities, inclusion, care; held out)"),
        (_fresh(218), "fresh218 (volunteers, churches, associations; held out)"),
        (_fresh(219), "fresh219 (library, adult education, music school; held out)"),
    ))
    # a second round, written while the changes were built, scored once against the starting
    # and the final code: pooled 2,197 -> 2,196 of 2,344; 1.10 % lost before and after
    _named_sets((
        (_fresh(220), "fresh220 (wine growers, farmers, weekly market; held out)"),
        (_fresh(221), "fresh221 (accessibility: blind, deaf, wheelchair users; held out)"),
        (_fresh(222), "fresh222 (students and trainees moving in, housing; held out)"),
        (_fresh(223), "fresh223 (restaurants, bars, night life, noise; held out)"),
        (_fresh(224), "fresh224 (parents' councils, school offices, school IT; held out)"),
        (_fresh(225), "fresh225 (dogs and pets, dog tax, animal shelter; held out)"),
    ))


def session57_sets() -> None:
    # written at the start of session 57 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: pooled 2,280 of 2,430 with the starting code, 2,290
    # with the nickname step (nicknames 79 -> 89 of 105; its model trained without them);
    # ordinary words lost 1.04 % before and after
    print("== Sitzung 57 / session 57: fresh226 to fresh237, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(226), "fresh226 (allotment gardens, beekeepers, parks office; held out)"),
        (_fresh(227), "fresh227 (fire brigade, civil protection, floods; held out)"),
        (_fresh(228), "fresh228 (building permits, renovation, heat pumps; held out)"),
        (_fresh(229), "fresh229 (taxi, delivery riders, parking, fines; held out)"),
        (_fresh(230), "fresh230 (churches, mosques, parish offices, funerals; held out)"),
        (_fresh(231), "fresh231 (job seekers, Jobcenter, housing benefit; held out)"),
    ))
    # a second round, written after the nickname step was built, scored once against the
    # starting and the final code: pooled 2,315 -> 2,327 of 2,460; nicknames 86 -> 98 of 105;
    # 1.00 % lost before and after
    _named_sets((
        (_fresh(232), "fresh232 (cyclists, bike sharing, bike lanes; held out)"),
        (_fresh(233), "fresh233 (patients, practices, pharmacies, insurers; held out)"),
        (_fresh(234), "fresh234 (tourists, hotels, city guides, Christmas market; held out)"),
        (_fresh(235), "fresh235 (artists, musicians, culture funding; held out)"),
        (_fresh(236), "fresh236 (small businesses, trade licences, start-ups; held out)"),
        (_fresh(237), "fresh237 (neighbourhood associations, district councils; held out)"),
    ))


def session58_sets() -> None:
    # written at the start of session 58 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: pooled 2,374 -> 2,377 of 2,524 from the starting to
    # the final code; ordinary words lost 0.93 -> 0.94 %
    print("== Sitzung 58 / session 58: fresh238 to fresh249, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(238), "fresh238 (landlords, property managers, housing cooperatives; held out)"),
        (_fresh(239), "fresh239 (public order office: noise, parking, litter; held out)"),
        (_fresh(240), "fresh240 (craftsmen and trades businesses; held out)"),
        (_fresh(241), "fresh241 (choirs, music schools, amateur orchestras; held out)"),
        (_fresh(242), "fresh242 (childminders, parents looking for childcare; held out)"),
        (_fresh(243), "fresh243 (commuters, S-Bahn, park-and-ride; held out)"),
    ))
    # a second round, written after the session's changes, scored once against the starting
    # and the final code: pooled 2,299 -> 2,300 of 2,466; 1.76 -> 1.77 % lost
    _named_sets((
        (_fresh(244), "fresh244 (farmers, foresters, hunters; held out)"),
        (_fresh(245), "fresh245 (teachers, school IT administrators; held out)"),
        (_fresh(246), "fresh246 (hospice and palliative care volunteers; held out)"),
        (_fresh(247), "fresh247 (hobby clubs: chess, model railway, photography; held out)"),
        (_fresh(248), "fresh248 (bus drivers and municipal transport staff; held out)"),
        (_fresh(249), "fresh249 (pharmacies, opticians, hearing-aid shops; held out)"),
    ))


def session59_sets() -> None:
    # written at the start of session 59 by six helpers who never saw the rules or the other
    # sets; scored only in aggregate: pooled 2,280 -> 2,283 of 2,416 from the starting to
    # the final code; ordinary words lost 1.08 % before and after
    print("== Sitzung 59 / session 59: fresh250 to fresh261, held out to the end ==")
    _legend()
    _named_sets((
        (_fresh(250), "fresh250 (midwives, family centres, parents of newborns; held out)"),
        (_fresh(251), "fresh251 (waste collection, recycling yards, street cleaning; held out)"),
        (_fresh(252), "fresh252 (energy advice, Stadtwerke, solar roofs; held out)"),
        (_fresh(253), "fresh253 (city archive, family historians, local history; held out)"),
        (_fresh(254), "fresh254 (driving schools, vehicle registration office; held out)"),
        (_fresh(255), "fresh255 (cleaning staff, caretakers, facility management; held out)"),
    ))
    # a second round, written while the session worked, scored once against the starting and
    # the final code: pooled 2,285 -> 2,286 of 2,415; 0.87 % lost before and after
    _named_sets((
        (_fresh(256), "fresh256 (swimming pools, ice rink, city run; held out)"),
        (_fresh(257), "fresh257 (beekeepers, urban gardeners, tree sponsors; held out)"),
        (_fresh(258), "fresh258 (passports, ID cards, registration at the Bürgerbüro; held out)"),
        (_fresh(259), "fresh259 (street parties, flea markets, event permits; held out)"),
        (_fresh(260), "fresh260 (homeless help, Tafel, debt counselling; held out)"),
        (_fresh(261), "fresh261 (council members, citizens' questions, district boards; held out)"),
    ))


def real_corpora() -> None:
    """Ordinary text: share of tokens removed from real (anonymised) participation texts."""
    import pandas as pd
    import regex

    files = [
        DATASETS / "bonn_survey" / "answers.csv",
        DATASETS / "ottensen_thematic" / "contributions.csv",
    ]
    texts = []
    for path in files:
        if path.exists():
            texts += [t for t in pd.read_csv(path)["text"].tolist() if isinstance(t, str)]
    if not texts:
        print("(../shared/datasets not found: real-corpus check skipped)")
        return
    token = regex.compile(r"[\p{L}\d]+")
    tag = regex.compile(r"\[[A-Z][A-Z\-]*\]")
    print(
        "== Echte Texte / real texts (Bonn survey + Ottensen, anonymised upstream: "
        "every removed token counts as wrongly removed, an upper bound) =="
    )
    for name, redactor in (("now", _redactor), ("cue only", _cue_rules_only)):
        out = redactor(texts)
        lost = total = changed = 0
        for raw, red in zip(texts, out, strict=True):
            before, after = Counter(token.findall(raw)), Counter(token.findall(tag.sub(" ", red)))
            n = sum((before - after).values())
            lost += n
            total += sum(before.values())
            changed += n > 0
        print(
            f"   {name:9s} {len(texts)} texts: tokens removed {lost}/{total} = "
            f"{100 * lost / total:.2f} %, texts changed {changed}"
        )


def demo_texts() -> tuple[list[str], list[str]]:
    """The demo survey's free-text answers and its planted personal values (also bench_review)."""
    from esslingen_lab.surveys import read_table

    sources = [
        (DEMO / "citizens" / "online.csv", None, ["online_wunsch", "aergernis", "idee"]),
        (DEMO / "citizens" / "papier.xlsx", "Antworten", ["online_wunsch", "aergernis", "idee"]),
        (DEMO / "staff" / "antworten.csv", None, ["hindernisse", "vorschlag"]),
    ]
    texts = []
    for path, sheet, columns in sources:
        if path.exists():
            table = read_table(path, sheet=sheet)
            for column in columns:
                if column in table.columns:
                    texts += [t for t in table[column].tolist() if isinstance(t, str) and t]
    planted_file = DEMO / "planted_pii.txt"
    planted = [] if not planted_file.exists() else [
        line.strip() for line in planted_file.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]  # fmt: skip
    return texts, planted


def demo_survey() -> None:
    """Independent check: the demo survey was written by someone else, with its PII listed."""
    planted_file = DEMO / "planted_pii.txt"
    if not planted_file.exists():
        print("(demo survey not found: skipped)")
        return
    texts, planted = demo_texts()
    redacted = _redactor(texts)
    present = {p for p in planted if any(p in t for t in texts)}
    leaked = {
        p
        for p in present
        for raw, out in zip(texts, redacted, strict=True)
        if p in raw and p in out
    }
    changed_clean = sum(
        1
        for raw, out in zip(texts, redacted, strict=True)
        if raw != out and not any(p in raw for p in present)
    )
    print("== Unabhängige Prüfung / independent check: demo survey (planted_pii.txt) ==")
    print(
        f"free-text answers {len(texts)}, planted values present {len(present)}, "
        f"left after redaction {len(leaked)}, answers without planted PII that changed "
        f"{changed_clean}"
    )


def _real_sentences() -> list[str]:
    """Sentences of real participation texts (../shared/datasets), if present."""
    import pandas as pd

    sentences = []
    for path in (
        DATASETS / "bonn_survey" / "answers.csv",
        DATASETS / "ottensen_thematic" / "contributions.csv",
    ):
        if path.exists():
            for text in pd.read_csv(path)["text"].tolist():
                if isinstance(text, str):
                    sentences += [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20]
    return sentences


def _answers(records, n: int, share_with_pii: float, seed: int = 0) -> list[str]:
    """Answers of ~40 words: labelled sentences (some with personal data) and, when the
    shared datasets are there, real participation sentences as the ordinary text."""
    rng = random.Random(seed)
    pii = [r["text"] for r in records if r["pii"]]
    clean = [r["text"] for r in records if not r["pii"]] + _real_sentences()
    answers = []
    for _ in range(n):
        words: list[str] = []
        has_pii = rng.random() < share_with_pii
        while len(words) < 40:
            pool = pii if has_pii and not words else clean
            words += rng.choice(pool).split()
        answers.append(" ".join(words[:42]))
    return answers


def speed(records, n: int) -> None:
    print(
        f"== Geschwindigkeit / speed ({platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} cores) =="
    )
    runs = (("default (every core)", redact),
            ("one process", lambda texts: redact(texts, n_jobs=1)),
            ("cue only, one process", lambda texts: CUE_RULES_ONLY.redact(texts, n_jobs=1)))
    for share in (0.1, 1.0):
        answers = _answers(records, n, share)
        words = sum(len(a.split()) for a in answers) / len(answers)
        for name, redactor in runs:
            start, cpu_start = time.perf_counter(), time.process_time()
            result = redactor(answers)
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu_start
            print(
                f"{name:22s} {n} answers (~{words:.0f} words, {share:.0%} with personal data): "
                f"{seconds:.1f} s wall = {100_000 * seconds / n:.1f} s per 100k, {cpu:.1f} s "
                f"CPU in this process ({sum(result.counts.values())} spans replaced)"
            )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"(load average at the end: {load:.1f} on {os.cpu_count()} cores — wall time grows "
        "when other work shares the machine; the target is wall time)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="answers for the speed test")
    args = parser.parse_args()
    start = time.process_time()
    redact(["Wörterbuch und Namensliste laden / load word list and gazetteer: Frau Weber"])
    seconds = time.process_time() - start
    print(f"(German word list and name gazetteer loaded once per process: {seconds:.1f} s CPU)")
    records = load_labelled(FIXTURE)
    quality(records)
    hard_set(load_labelled(HARD))
    fresh_set(load_labelled(FRESH))
    dev_s6_set(load_labelled(DEV_S6))
    session6_sets()
    session7_sets()
    session8_sets()
    session9_sets()
    session10_sets()
    session11_sets()
    session12_sets()
    session13_sets()
    session14_sets()
    session15_sets()
    session16_sets()
    session17_sets()
    session18_sets()
    session19_sets()
    session20_sets()
    session21_sets()
    session22_sets()
    session24_sets()
    session25_sets()
    session26_sets()
    session27_sets()
    session28_sets()
    session29_sets()
    session30_sets()
    session31_sets()
    session32_sets()
    session33_sets()
    session34_sets()
    session35_sets()
    session36_sets()
    session37_sets()
    session38_sets()
    session39_sets()
    session40_sets()
    session41_sets()
    session42_sets()
    session43_sets()
    session44_sets()
    session45_sets()
    session46_sets()
    session47_sets()
    session48_sets()
    session49_sets()
    session50_sets()
    session51_sets()
    session52_sets()
    session53_sets()
    session54_sets()
    session55_sets()
    session56_sets()
    session57_sets()
    session58_sets()
    session59_sets()
    real_corpora()
    demo_survey()
    speed(
        records + load_labelled(HARD) + load_labelled(FRESH) + load_labelled(DEV_S6), args.n
    )


if __name__ == "__main__":
    main()
