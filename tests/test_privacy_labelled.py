"""Recall and false removal on the labelled German sentences in tests/fixtures."""

from collections import Counter
from pathlib import Path

import pytest

from esslingen_lab.privacy import redact
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURE = Path(__file__).parent / "fixtures" / "pii_sentences.jsonl"
TYPES = {"EMAIL", "TELEFON", "ADRESSE", "NAME", "IBAN", "KFZ", "URL", "DATUM", "ID"}


@pytest.fixture(scope="module")
def records():
    return load_labelled(FIXTURE)


def _score(records):
    return score_redaction(records, lambda texts: redact(texts).texts)


def test_the_set_is_large_and_covers_every_type(records):
    with_pii = [r for r in records if r["pii"]]
    without = [r for r in records if not r["pii"]]
    assert len(records) >= 300 and len(with_pii) >= 150 and len(without) >= 150
    assert {p["type"] for r in records for p in r["pii"]} == TYPES
    for record in records:
        for span in record["pii"]:
            assert span["value"] in record["text"]
    assert Counter(r["split"] for r in records)["heldout"] >= 100


def test_recall_and_false_removal_meet_the_targets(records):
    score = _score(records)
    assert score.recall >= 0.97, score.missed
    assert score.false_removal <= 0.02


def test_held_out_part_meets_the_targets(records):
    # the rules were not tuned on these sentences
    score = _score([r for r in records if r["split"] == "heldout"])
    assert score.recall >= 0.97
    assert score.false_removal <= 0.02


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_each_type_mostly_found(records, kind):
    score = _score(records)
    found, total = score.by_type[kind]
    assert found / total >= 0.9


def test_sentences_without_personal_data_mostly_unchanged(records):
    clean = [r for r in records if not r["pii"]]
    out = redact([r["text"] for r in clean]).texts
    changed = sum(a != b for a, b in zip(out, (r["text"] for r in clean), strict=True))
    assert changed / len(clean) <= 0.03


def test_score_notices_a_leak():
    records = [{"id": "x", "text": "Frau Weber kam", "pii": [{"type": "NAME", "value": "Weber"}]}]
    assert score_redaction(records, lambda texts: texts).recall == 0.0
    eaten = score_redaction(records, lambda texts: ["[NAME]" for _ in texts])
    assert eaten.recall == 1.0 and eaten.false_removal == 1.0


# ---- the hard set (issue 20): names without cues, descriptions, loose number formats

HARD = Path(__file__).parent / "fixtures" / "pii_hard.jsonl"
CATEGORIES = {
    "name_no_cue", "name_foreign", "name_lower", "description", "phone_words",
    "address_loose", "plate", "birth_year", "id_number",
}  # fmt: skip


@pytest.fixture(scope="module")
def hard():
    return load_labelled(HARD)


def test_hard_set_is_large_split_and_labelled(hard):
    spans = [s for r in hard for s in r["pii"]]
    controls = [c for r in hard for c in r["controls"]]
    assert len(spans) >= 150 and len(controls) >= 50
    assert {s["category"] for s in spans} >= CATEGORIES
    for record in hard:
        for item in record["pii"] + record["controls"]:
            assert item["value"] in record["text"]
    for split in ("dev", "heldout"):
        part = [s for r in hard if r["split"] == split for s in r["pii"]]
        assert {s["category"] for s in part} >= CATEGORIES
        assert all(sum(s["category"] == c for s in part) >= 5 for c in CATEGORIES)


# a floor below today's figures (dev 0.96, held-out 0.84, see benchmarks/bench_privacy.py)
@pytest.mark.parametrize(("split", "floor"), [("dev", 0.9), ("heldout", 0.8)])
def test_hard_set_recall_and_false_removal(hard, split, floor):
    score = _score([r for r in hard if r["split"] == split])
    assert score.recall >= floor, score.missed
    assert score.false_removal <= 0.02
    kept = sum(k for k, _ in score.controls.values())
    total = sum(n for _, n in score.controls.values())
    assert kept / total >= 0.9


def test_scoring_counts_categories_and_controls():
    records = [
        {
            "id": "x",
            "text": "Dannecker vom Bauamt und Hans im Glück",
            "pii": [{"type": "NAME", "category": "name_no_cue", "value": "Dannecker"}],
            "controls": [{"category": "idiom", "value": "Hans im Glück"}],
        }
    ]
    nothing = score_redaction(records, lambda texts: texts)
    assert nothing.by_category == {"name_no_cue": (0, 1)}
    assert nothing.controls == {"idiom": (1, 1)}
    everything = score_redaction(records, lambda texts: ["[NAME]" for _ in texts])
    assert everything.by_category == {"name_no_cue": (1, 1)}
    assert everything.controls == {"idiom": (0, 1)}


def _koch(text, controls):
    return [
        {
            "id": "k",
            "text": text,
            "pii": [{"type": "NAME", "category": "name_dictionary", "value": "Koch"}],
            "controls": [{"category": "surname_word", "value": value} for value in controls],
        }
    ]


@pytest.mark.parametrize(
    "controls", [["Koch"], ["Der Koch vom Gasthaus"]], ids=["same-string", "longer-phrase"]
)
def test_a_name_repeated_as_an_ordinary_word_in_a_control_is_not_a_leak(controls):
    # Herr Koch is a name, "Der Koch vom Gasthaus" a cook: redacting the name and keeping
    # the cook removes the span (the scorer once counted the kept cook as a leak)
    records = _koch("Herr Koch kam. Der Koch vom Gasthaus auch.", controls)
    right = score_redaction(records, lambda t: ["Herr [NAME] kam. Der Koch vom Gasthaus auch."])
    assert right.recall == 1.0 and right.false_removal == 0.0
    assert score_redaction(records, lambda t: t).recall == 0.0
    # removing the cook as well costs an ordinary word and the control
    both = score_redaction(records, lambda t: ["Herr [NAME] kam. Der [NAME] vom Gasthaus auch."])
    assert both.recall == 1.0 and both.n_lost == 1 and both.controls == {"surname_word": (0, 1)}


def test_a_name_said_twice_beside_a_same_string_control_leaks_if_one_stays():
    records = _koch("Herr Koch kam, Herr Koch ging. Der Koch blieb.", ["Koch"])
    half = ["Herr [NAME] kam, Herr Koch ging. Der Koch blieb."]
    assert score_redaction(records, lambda t: half).recall == 0.0
    whole = ["Herr [NAME] kam, Herr [NAME] ging. Der Koch blieb."]
    whole = score_redaction(records, lambda t: whole)
    assert whole.recall == 1.0 and whole.false_removal == 0.0


def test_a_label_only_found_inside_its_control_still_counts_as_personal():
    records = _koch("Grüße von Koch", ["Koch"])
    assert score_redaction(records, lambda t: t).recall == 0.0
    assert score_redaction(records, lambda t: ["Grüße von [NAME]"]).recall == 1.0


DEV_S6 = Path(__file__).parent / "fixtures" / "pii_dev_s6.jsonl"


def test_session6_dev_set_meets_a_floor_and_keeps_every_control():
    records = load_labelled(DEV_S6)
    assert sum(len(r["pii"]) for r in records) >= 60
    assert sum(len(r.get("controls", [])) for r in records) >= 40
    score = _score(records)
    # a floor below today's figure (0.94, see benchmarks/bench_privacy.py)
    assert score.recall >= 0.9, score.missed
    assert score.false_removal <= 0.01
    assert all(kept == total for kept, total in score.controls.values()), score.controls


@pytest.mark.parametrize(
    "name, floor, lost, kept",
    # fresh2 labels a birth year without its cue word, which now goes into the tag: 0.008
    [
        ("pii_fresh2.jsonl", 0.93, 0.008, 94),
        ("pii_fresh3.jsonl", 0.93, 0.02, 97),
        ("pii_fresh4.jsonl", 0.98, 0.015, 80),
        ("pii_fresh5.jsonl", 0.97, 0.01, 110),
        ("pii_fresh7.jsonl", 0.93, 0.02, 120),
        # held-out in session 8, read in session 9
        ("pii_fresh6.jsonl", 0.94, 0.022, 110),
        ("pii_fresh8.jsonl", 0.95, 0.026, 140),
        # held-out in session 9 (never read while the rules were written): low floors, they
        # guard against a regression, not the goal (0.95)
        # session 10: names in dialect and foreign words no longer taken (lost 1.4 % / 1.2 %)
        # session 32: the town or district after a home's street joins the address, and a
        # person right before a health detail joins its tag ("Mein Sohn hat Autismus" is one
        # tag); the older sets' writers left both outside their labels, the newer ones mostly
        # hold them (+24 and +322 spans over fresh45–78): 25 loss ceilings raised by 0.1–0.6
        # points (fresh15 1.5 -> 2.1 %, fresh11 2.0 -> 2.4 %); session 33: a cause's
        # preposition and possessive ("Seit meiner [GESUNDHEIT]") and an age ("Oma ist 91 und
        # [GESUNDHEIT]") go with the tag, as 257 of 281 and 5 of 6 newer labels hold them:
        # four ceilings raised by 0.1-0.2 points, fresh17 keeps two ages fewer as controls
        ("pii_fresh9.jsonl", 0.86, 0.018, 280),
        # session 53: the learned health step takes more of a clause ("bin heute krank, …"):
        # fresh10 1.8 -> 1.9 %, fresh184 1.3 -> 1.4 % ceilings (1.86 and 1.32 % lost)
        # session 55: the health-continued step takes what tells a health detail on ("… und
        # zittert stark"), also where a writer did not label it (% of ordinary tokens lost,
        # without -> with the step): fresh10 1.86 -> 2.07, fresh11 2.57 -> 2.69, fresh13
        # 1.93 -> 2.21, fresh22 1.89 -> 2.35, fresh80 2.46 -> 2.54, fresh144 1.78 -> 2.08,
        # fresh164 1.17 -> 1.24, fresh180 0.76 -> 1.01, fresh188 0.39 -> 0.53, fresh189
        # 1.90 -> 2.05 (ceilings raised to just above)
        ("pii_fresh10.jsonl", 0.83, 0.021, 360),
        # held-out in session 10 (never read; scored in aggregate after each merge): 0.865 and
        # 0.850, 1.8 % and 2.0 % of ordinary tokens lost
        # fresh11 and fresh17: the chair of a club named by its place and a home in words
        # that their writers did not label are tagged since session 29 (1.84 -> 1.93 % and
        # 3.52 -> 3.63 % of ordinary tokens)
        ("pii_fresh11.jsonl", 0.85, 0.027, 300),
        # fresh12: an age before a health detail goes with it since session 33 ("Er ist 87
        # Jahre und [GESUNDHEIT]"), its writer left it outside: 2.5 -> 2.6 %
        # (since session 34 a relation before brackets holding a health detail goes with it,
        # "Mein Vater (82, [GESUNDHEIT])" whole, as 18 of 31 newer labels have it; this writer
        # left it outside: +0.1 point)
        ("pii_fresh12.jsonl", 0.84, 0.027, 134),
        # held-out in session 11 (never read; scored in aggregate after each merge): 0.856 and
        # 0.868, 1.4 % and 1.6 % of ordinary tokens lost (fresh13: 1.60 % since session 27's
        # scorer counts a lost control's name twin)
        # (since session 34 a detail after "aber" right after the verb ("ist aber seit
        # Monaten in der Reha …") takes its subject; its writer left that outside: +0.1 point)
        ("pii_fresh13.jsonl", 0.85, 0.023, 290),
        ("pii_fresh14.jsonl", 0.86, 0.024, 130),
        # held-out in session 12 (never read; scored in aggregate after each merge): 0.672 and
        # 0.873, 1.3 % and 1.7 % of ordinary tokens lost; fresh15's writer put the cue word into
        # 35 name labels ("Frau X"), so a cue left standing counts as a leak there
        ("pii_fresh15.jsonl", 0.66, 0.022, 230),  # 0.021 before session 35
        # fresh16: since session 33 a pet form ("Manni") is a name, and the bracket after it
        # ("(der vom Schuhhaus)") a description its writer did not label: 2.3 %
        # (since session 34 a relation before brackets holding a health detail goes with it,
        # "Mein Vater (82, [GESUNDHEIT])" whole, as 18 of 31 newer labels have it; this writer
        # left it outside: +0.1 point)
        ("pii_fresh16.jsonl", 0.86, 0.025, 135),
        # held-out in session 13 (never read; scored in aggregate after each merge): 0.844 and
        # 0.869, 3.4 % and 1.6 % of ordinary tokens lost (fresh17: dialect, hotline notes and
        # scanned forms lose far more ordinary words than the 2 % goal); session 14 (formats):
        # 0.862 and 0.889; session 25: "Meine Mitfahrerin, Frau X, hat MS" one tag, as with a
        # relative ("Meine Mutter, Frau X, …"): 0.0352
        ("pii_fresh17.jsonl", 0.85, 0.046, 403),
        ("pii_fresh18.jsonl", 0.88, 0.022, 155),
        # held-out in session 14 (never read; scored in aggregate after each merge of sessions
        # 14 and 15): 0.865 and 0.889, 1.3 % and 0.9 % of ordinary tokens lost
        ("pii_fresh19.jsonl", 0.85, 0.016, 183),
        ("pii_fresh20.jsonl", 0.87, 0.014, 390),
        # held-out in session 15 (never read; scored at its start and end only): 0.882 and
        # 0.873, 1.4 % and 1.6 % of ordinary tokens lost
        ("pii_fresh21.jsonl", 0.865, 0.017, 170),
        ("pii_fresh22.jsonl", 0.855, 0.025, 160),
        # held-out in session 16 (never read; scored at its start and end only): 0.891 and
        # 0.892, 1.4 % and 1.4 % of ordinary tokens lost
        ("pii_fresh23.jsonl", 0.875, 0.016, 385),
        ("pii_fresh24.jsonl", 0.875, 0.016, 355),
        # held-out in session 17 (never read; scored at its start and end only): 0.870 and
        # 0.842, 1.6 % and 1.3 % of ordinary tokens lost
        ("pii_fresh25.jsonl", 0.855, 0.018, 150),
        ("pii_fresh26.jsonl", 0.825, 0.016, 278),
        # held-out in session 18 (never read; scored at its start and end only): 0.867 and
        # 0.875, 1.2 % and 1.7 % of ordinary tokens lost
        ("pii_fresh27.jsonl", 0.85, 0.014, 158),
        # (since session 34 a relation before brackets holding a health detail goes with it,
        # "Mein Vater (82, [GESUNDHEIT])" whole, as 18 of 31 newer labels have it; this writer
        # left it outside: +0.1 point)
        ("pii_fresh28.jsonl", 0.86, 0.022, 320),
        # held-out in session 19 (never read; scored at its start and end only): 0.877 and
        # 0.832, 1.1 % and 1.0 % of ordinary tokens lost
        ("pii_fresh29.jsonl", 0.86, 0.015, 200),
        ("pii_fresh30.jsonl", 0.815, 0.014, 360),
        # held-out in session 20 (never read; scored in aggregate at its start and after its
        # merges): 0.872 and 0.864, 1.3 % and 1.2 % of ordinary tokens lost
        ("pii_fresh31.jsonl", 0.855, 0.015, 207),
        ("pii_fresh32.jsonl", 0.84, 0.014, 298),
        # held-out in session 21 (never read; scored in aggregate at its start and after its
        # merges): 0.803 and 0.798, 2.1 % and 1.0 % of ordinary tokens lost
        ("pii_fresh33.jsonl", 0.79, 0.023, 380),
        ("pii_fresh34.jsonl", 0.785, 0.011, 385),
        # held-out in session 22 (not read; scored in aggregate at its start, after its first
        # batch and at its end): 0.839 and 0.824, 1.35 % and 1.50 % of ordinary tokens lost
        ("pii_fresh35.jsonl", 0.825, 0.016, 410),
        ("pii_fresh36.jsonl", 0.81, 0.017, 440),
        # held-out in session 24 (not read; scored in aggregate at its start, after each batch
        # and at its end): 0.842 and 0.836, 1.26 % and 0.98 % of ordinary tokens lost
        ("pii_fresh39.jsonl", 0.83, 0.015, 478),
        ("pii_fresh40.jsonl", 0.825, 0.012, 432),
        # held-out in session 25 (written at the end of session 24; not read; scored in
        # aggregate at its start, after each batch and at its end): 0.842 → 0.845 and 0.824,
        # 1.42 % and 0.87 % of ordinary tokens lost, 485/500 and 513/523 controls kept
        ("pii_fresh41.jsonl", 0.83, 0.017, 479),
        ("pii_fresh42.jsonl", 0.81, 0.010, 507),
        # held-out in session 26 (written at its start, not read; scored in aggregate with the
        # session's starting code and after each batch): 0.890 and 0.857 both times, 1.34 % and
        # 1.18 % of ordinary tokens lost, 453/476 and 504/513 controls kept
        ("pii_fresh45.jsonl", 0.875, 0.016, 445),
        ("pii_fresh46.jsonl", 0.845, 0.014, 496),
        # written during session 26 after most of its changes, scored once with its starting
        # and its final code: 0.827 and 0.834 both times, 0.72 % and 1.05 % lost, 504/523 and
        # 458/478 controls kept
        ("pii_fresh47.jsonl", 0.815, 0.010, 496),
        ("pii_fresh48.jsonl", 0.82, 0.013, 450),
        # written at the end of session 26, scored once with its starting and its final code:
        # 0.810 and 0.827 both times, 0.68 % and 1.26 % lost, 504/516 and 472/480 controls kept
        ("pii_fresh49.jsonl", 0.795, 0.01, 496),
        ("pii_fresh50.jsonl", 0.815, 0.015, 464),
        # session 27: fresh51/52 written at its start and read while its rules were written
        # (0.856 and 0.899 at its start, 0.914 and 0.936 at its end); fresh53–56 held out,
        # scored in aggregate only: 0.830/0.856/0.866/0.868 at its start, 0.846/0.868/0.873/
        # 0.876 at its end; 0.61–1.59 % of ordinary tokens lost
        ("pii_fresh51.jsonl", 0.90, 0.017, 470),
        ("pii_fresh52.jsonl", 0.92, 0.016, 520),
        ("pii_fresh53.jsonl", 0.83, 0.012, 465),
        ("pii_fresh54.jsonl", 0.85, 0.016, 445),
        ("pii_fresh55.jsonl", 0.86, 0.019, 465),
        ("pii_fresh56.jsonl", 0.86, 0.009, 480),
        # session 28: written at its start by four helpers, held out and scored in aggregate
        # only: 0.856/0.797/0.874/0.895 with its starting code, 0.856/0.801/0.878/0.895 with
        # its final code; 0.96–1.16 % of ordinary tokens lost both times
        ("pii_fresh57.jsonl", 0.84, 0.013, 445),
        ("pii_fresh58.jsonl", 0.79, 0.013, 455),
        ("pii_fresh59.jsonl", 0.865, 0.013, 435),
        ("pii_fresh60.jsonl", 0.88, 0.011, 468),
        # session 29: written at its start by four helpers, held out and scored in aggregate
        # only: 0.796/0.895/0.888/0.854 with its starting code, 0.796/0.900/0.897/0.856 with
        # its final code; 0.91–1.34 % of ordinary tokens lost both times
        ("pii_fresh61.jsonl", 0.78, 0.015, 440),
        ("pii_fresh62.jsonl", 0.88, 0.013, 475),
        ("pii_fresh63.jsonl", 0.88, 0.014, 490),
        ("pii_fresh64.jsonl", 0.84, 0.011, 477),
        # session 29, written during it after the main changes and held out until session 30
        # (scored in aggregate only: 0.902/0.870 at session 29's start, 0.909/0.873 at its
        # end and at session 30's start); read in session 30
        ("pii_fresh65.jsonl", 0.92, 0.013, 480),
        ("pii_fresh66.jsonl", 0.89, 0.013, 486),
        # session 30: written at its start by four helpers, held out and scored in aggregate
        # only: 0.870/0.870/0.888/0.856 with its starting code, 0.870/0.874/0.888/0.858 with
        # its final code; 0.97–1.69 % of ordinary tokens lost both times
        ("pii_fresh67.jsonl", 0.85, 0.017, 481),
        ("pii_fresh68.jsonl", 0.855, 0.013, 466),
        ("pii_fresh69.jsonl", 0.87, 0.018, 438),
        ("pii_fresh70.jsonl", 0.84, 0.011, 482),
        # session 30, written at its end by two helpers and held out until session 31
        # (scored in aggregate only: 0.902/0.869 at session 30's start, 0.905/0.869 at its
        # end and at session 31's start; 1.52/1.39 % of ordinary tokens lost); read in session 31
        ("pii_fresh71.jsonl", 0.89, 0.019, 460),
        ("pii_fresh72.jsonl", 0.855, 0.016, 472),
        # session 31: written at its start by four helpers, held out and scored in aggregate
        # only: 0.908/0.835/0.895/0.871 with its starting code, 0.910/0.837/0.895/0.871 with
        # its final code; 0.78–2.01 % of ordinary tokens lost
        ("pii_fresh73.jsonl", 0.895, 0.022, 460),
        ("pii_fresh74.jsonl", 0.82, 0.017, 415),
        ("pii_fresh75.jsonl", 0.88, 0.015, 436),
        ("pii_fresh76.jsonl", 0.855, 0.011, 449),
        # session 31, written during it by two helpers and held out until session 32 (scored
        # in aggregate only: 0.833/0.851 at session 31's start, 0.836/0.851 at its end and at
        # session 32's start; 1.19/1.47 % of ordinary tokens lost); read in session 32
        ("pii_fresh77.jsonl", 0.82, 0.013, 450),
        ("pii_fresh78.jsonl", 0.84, 0.018, 478),
        # session 32: written at its start by three helpers, held out and scored in aggregate
        # only: 0.906/0.915/0.899 with its starting code, 0.928/0.915/0.919 with its final
        # code; 0.91/2.11/0.75 -> 0.65/2.23/0.81 % of ordinary tokens lost
        ("pii_fresh79.jsonl", 0.91, 0.008, 455),
        # (since session 34 a relation before brackets holding a health detail goes with it,
        # "Mein Vater (82, [GESUNDHEIT])" whole, as 18 of 31 newer labels have it; this writer
        # left it outside: +0.1 point)
        ("pii_fresh80.jsonl", 0.9, 0.026, 497),
        ("pii_fresh81.jsonl", 0.9, 0.009, 481),
        # written during session 32 by two helpers (letters to the editor and social-media
        # comments; citizens' office, registry and foreigners' office staff notes), held out
        # until session 33's start: 0.929/0.867, 1.82/1.21 % of ordinary tokens lost
        ("pii_fresh82.jsonl", 0.91, 0.019, 490),
        # (fresh83: since session 33 a note's bare relative goes with the detail, "Ehefrau ist
        # Krebspatientin, regelmäßige Fahrten zur Strahlentherapie" whole: 1.21 -> 1.30 %)
        ("pii_fresh83.jsonl", 0.85, 0.014, 456),
        # session 33: written at its start by three helpers, held out and scored in aggregate
        # only: 0.928/0.893/0.919 with its starting code, 0.947/0.909/0.923 with its final
        # code; 1.43/1.56/0.93 -> 1.43/1.54/0.97 % of ordinary tokens lost
        ("pii_fresh84.jsonl", 0.93, 0.015, 470),
        # (since session 34 a detail in a clause going on from its person ("Unsere Tochter
        # [NAME] (…) ist hochbegabt, hat ADHS") takes the person; its writer left that
        # outside: +0.1 point)
        ("pii_fresh85.jsonl", 0.89, 0.017, 465),
        ("pii_fresh86.jsonl", 0.91, 0.011, 473),
        # written at the end of session 33, held out until session 34: 0.905/0.886 with
        # session 33's starting code, 0.915/0.892 with its final code; 1.17/1.86 -> 1.20/1.86 %
        # (read in session 34: 0.927/0.913, 1.27/1.90 %)
        ("pii_fresh87.jsonl", 0.90, 0.013, 464),
        ("pii_fresh88.jsonl", 0.88, 0.019, 453),
        # session 34: written at its start by three helpers, held out and scored in aggregate
        # only: 0.883/0.915/0.908 with its starting code, 0.889/0.925/0.908 with its final
        # code; 2.91/1.45/1.05 -> 2.87/1.42/1.05 % of ordinary tokens lost (fresh89, pets and
        # their owners, over the 2 % target)
        ("pii_fresh89.jsonl", 0.88, 0.030, 452),
        ("pii_fresh90.jsonl", 0.91, 0.015, 474),
        ("pii_fresh91.jsonl", 0.90, 0.011, 498),
        # session 35: written by five helpers who never saw the rules, scored in aggregate
        # only while held out (fresh95/96 not even that until the middle): 0.904/0.924/0.928/
        # 0.938/0.903 with its starting code, 0.910/0.924/0.933/0.938/0.903 at its middle,
        # when they were read (0.923/0.926/0.941/0.940/0.910 at its end)
        ("pii_fresh92.jsonl", 0.90, 0.021, 482),
        ("pii_fresh93.jsonl", 0.91, 0.013, 490),
        ("pii_fresh94.jsonl", 0.92, 0.016, 493),
        ("pii_fresh95.jsonl", 0.93, 0.018, 485),
        ("pii_fresh96.jsonl", 0.89, 0.017, 472),
        # session 35's last three, written at its middle by helpers who never saw the rules,
        # scored in aggregate only: 0.885/0.910/0.888 with its starting code, 0.885/0.913/
        # 0.891 with its final code; 2.37/2.23/2.15 -> 2.37/2.23/2.17 % lost (over 2 %)
        ("pii_fresh97.jsonl", 0.87, 0.027, 493),
        ("pii_fresh98.jsonl", 0.90, 0.025, 467),
        ("pii_fresh99.jsonl", 0.88, 0.025, 475),
        # session 36: written at its start by six helpers who never saw the rules; fresh100
        # to fresh102 scored in aggregate only during the session (0.898/0.920/0.911 with its
        # starting code, 0.900/0.920/0.911 with its final code; 2.17/1.44/1.46 -> 1.97/1.34/
        # 1.41 % lost), fresh103 to fresh105 only at its end (0.923/0.909/0.923 ->
        # 0.923/0.912/0.923; 1.51/2.12/1.39 -> 1.48/2.08/1.31 %)
        ("pii_fresh100.jsonl", 0.88, 0.022, 496),
        ("pii_fresh101.jsonl", 0.90, 0.015, 465),
        ("pii_fresh102.jsonl", 0.89, 0.016, 493),
        ("pii_fresh103.jsonl", 0.90, 0.017, 470),
        ("pii_fresh104.jsonl", 0.89, 0.023, 481),
        ("pii_fresh105.jsonl", 0.90, 0.015, 483),
        # session 37: written at its start by six helpers who never saw the rules; fresh106
        # to fresh108 scored in aggregate only during the session (0.918/0.929/0.900 with its
        # starting and final code; 1.61/1.69/0.99 -> 1.58/1.69/0.99 % lost), fresh109 to
        # fresh111 only at its end (0.938/0.921/0.926 -> 0.936/0.921/0.926; 1.27/1.27/1.43
        # -> 1.20/1.27/1.43 %; 0.938 and 1.21 % on fresh109 after one fix found on it)
        ("pii_fresh106.jsonl", 0.90, 0.018, 480),
        ("pii_fresh107.jsonl", 0.91, 0.019, 490),
        ("pii_fresh108.jsonl", 0.88, 0.012, 475),
        ("pii_fresh109.jsonl", 0.92, 0.015, 490),
        ("pii_fresh110.jsonl", 0.90, 0.015, 468),
        ("pii_fresh111.jsonl", 0.91, 0.016, 480),
        # session 38: written at its start by six helpers who never saw the rules; fresh112
        # to fresh114 read during the session (0.910/0.897/0.907 -> 0.925/0.913/0.914; 1.39/
        # 1.91/1.20 -> 1.42/1.96/1.23 % lost), fresh115 to fresh117 scored only at its end
        # (0.915/0.903/0.916 with its starting and its final code; 2.19/1.08/0.94 ->
        # 2.19/1.09/0.94 %)
        ("pii_fresh112.jsonl", 0.91, 0.016, 490),
        ("pii_fresh113.jsonl", 0.90, 0.021, 476),
        ("pii_fresh114.jsonl", 0.90, 0.014, 461),
        ("pii_fresh115.jsonl", 0.90, 0.024, 465),
        ("pii_fresh116.jsonl", 0.89, 0.013, 472),
        ("pii_fresh117.jsonl", 0.90, 0.011, 492),
        # session 39: written at its start by six helpers who never saw the rules; fresh118
        # to fresh120 read during the session (0.921/0.911/0.942 -> 0.930/0.919/0.955; 1.83/
        # 0.95/1.37 -> 1.76/0.95/1.40 % lost), fresh121 to fresh123 scored only at its end
        # (0.918/0.915/0.923 -> 0.918/0.915/0.925; 1.72/0.84/1.78 % lost, unchanged)
        ("pii_fresh118.jsonl", 0.91, 0.020, 497),
        ("pii_fresh119.jsonl", 0.90, 0.012, 487),
        ("pii_fresh120.jsonl", 0.94, 0.016, 484),
        ("pii_fresh121.jsonl", 0.90, 0.020, 471),
        ("pii_fresh122.jsonl", 0.90, 0.011, 503),
        ("pii_fresh123.jsonl", 0.91, 0.020, 480),
        # session 40: written at its start by six helpers who never saw the rules; fresh124
        # to fresh126 read during the session (0.939/0.904/0.889 -> 0.950/0.914/0.906; 2.05/
        # 1.44/1.39 % lost, unchanged), fresh127 to fresh129 scored only at its end
        # (0.921/0.933/0.912 -> 0.926/0.933/0.927; 1.06/1.71/1.03 % lost, unchanged)
        ("pii_fresh124.jsonl", 0.93, 0.023, 464),
        ("pii_fresh125.jsonl", 0.90, 0.017, 473),
        ("pii_fresh126.jsonl", 0.89, 0.016, 491),
        ("pii_fresh127.jsonl", 0.91, 0.013, 489),
        ("pii_fresh128.jsonl", 0.91, 0.019, 477),
        ("pii_fresh129.jsonl", 0.91, 0.013, 487),
        # session 41: written at its start by six helpers who never saw the rules; fresh130
        # to fresh132 read during the session (0.906/0.955/0.931 -> 0.917/0.964/0.938; 1.60/
        # 2.08/1.24 -> 1.58/2.13/1.24 % lost), fresh133 to fresh135 scored only at its end
        # (0.904/0.904/0.931 with both codes; 1.20/1.89/1.01 -> 1.20/1.87/1.01 % lost)
        ("pii_fresh130.jsonl", 0.90, 0.017, 485),
        ("pii_fresh131.jsonl", 0.95, 0.023, 467),
        ("pii_fresh132.jsonl", 0.92, 0.014, 490),
        ("pii_fresh133.jsonl", 0.89, 0.013, 479),
        ("pii_fresh134.jsonl", 0.89, 0.020, 477),
        ("pii_fresh135.jsonl", 0.92, 0.012, 467),
        # session 42: written at its start by six helpers who never saw the rules; fresh136
        # to fresh138 read during the session (0.910/0.942/0.891 -> 0.925/0.947/0.908; 1.02/
        # 1.98/1.03 -> 0.91/1.80/1.03 % lost), fresh139 to fresh141 scored only at its end
        # (0.952/0.920/0.890 -> 0.952/0.923/0.890; 1.72/1.63/1.26 -> 1.72/1.57/1.26 % lost)
        ("pii_fresh136.jsonl", 0.91, 0.011, 497),
        ("pii_fresh137.jsonl", 0.93, 0.020, 472),
        ("pii_fresh138.jsonl", 0.89, 0.012, 490),
        ("pii_fresh139.jsonl", 0.94, 0.019, 489),
        ("pii_fresh140.jsonl", 0.91, 0.017, 481),
        ("pii_fresh141.jsonl", 0.87, 0.014, 491),
        # session 43: written by six helpers who never saw the rules; fresh142 to fresh144
        # scored at the session's first third (0.899/0.924/0.911 with the starting and with the
        # then code, outputs identical), then read (-> 0.907/0.926/0.915); fresh145 to
        # fresh147 scored only at its end (0.917/0.902/0.966 with both codes, outputs
        # identical; 2.32/1.74/1.58 % lost)
        ("pii_fresh142.jsonl", 0.89, 0.024, 467),
        ("pii_fresh143.jsonl", 0.91, 0.021, 497),
        ("pii_fresh144.jsonl", 0.90, 0.021, 487),
        ("pii_fresh145.jsonl", 0.90, 0.025, 495),
        ("pii_fresh146.jsonl", 0.89, 0.019, 491),
        ("pii_fresh147.jsonl", 0.95, 0.018, 497),
        # session 44: written at its start by three helpers who never saw the rules, scored
        # only at its end, in aggregate (0.915/0.908/0.939 with the starting and the final
        # code, outputs identical; 1.94/1.09/1.25 % lost)
        ("pii_fresh148.jsonl", 0.90, 0.021, 680),
        ("pii_fresh149.jsonl", 0.90, 0.012, 689),
        ("pii_fresh150.jsonl", 0.93, 0.014, 601),
        # session 45: written at its start by three helpers who never saw the rules, scored in
        # aggregate before they were read (0.928/0.917/0.916 with the starting code, 0.928/
        # 0.917/0.919 with the code of that hour; 1.09/1.67/0.94 % lost), then read
        ("pii_fresh151.jsonl", 0.92, 0.012, 558),
        ("pii_fresh152.jsonl", 0.91, 0.018, 603),
        ("pii_fresh153.jsonl", 0.92, 0.011, 653),
        # session 46: written at its start by three helpers who never saw the rules, scored
        # in aggregate at its first third (0.923/0.921/0.951 with the starting code and the
        # code of that hour, outputs identical; 1.93/1.33/1.17 % lost), then read
        ("pii_fresh154.jsonl", 0.91, 0.021, 769),
        ("pii_fresh155.jsonl", 0.91, 0.015, 627),
        ("pii_fresh156.jsonl", 0.94, 0.013, 629),
        # … and three more written then, scored only at its end (0.902/0.896/0.935 with the
        # starting code, 0.902/0.898/0.935 with the final code; 1.88/1.31/1.50 % lost)
        ("pii_fresh157.jsonl", 0.89, 0.020, 600),
        ("pii_fresh158.jsonl", 0.88, 0.015, 714),
        ("pii_fresh159.jsonl", 0.92, 0.017, 599),
        # session 47: written at its start by three helpers who never saw the rules, scored
        # only at its end (0.926/0.921/0.934 with the starting and the final code alike;
        # 1.36/1.18/1.58 % lost; controls 670/683, 677/690, 605/618)
        ("pii_fresh160.jsonl", 0.91, 0.016, 660),
        ("pii_fresh161.jsonl", 0.91, 0.014, 667),
        ("pii_fresh162.jsonl", 0.92, 0.018, 595),
        # session 48: written at its start by three helpers who never saw the rules, scored
        # only at its end (0.916/0.893/0.892 with the starting code, 0.920/0.897/0.892 with
        # the final one; 2.40/1.09/1.68 % lost with both; controls 614/630, 595/608, 608/619)
        ("pii_fresh163.jsonl", 0.91, 0.025, 605),
        ("pii_fresh164.jsonl", 0.88, 0.013, 585),
        ("pii_fresh165.jsonl", 0.88, 0.018, 598),
        # session 49: written at its start by three helpers who never saw the rules, scored
        # only at its end (0.948/0.926/0.927 with the starting code, 0.948/0.926/0.929 with
        # the final one; 0.87/0.99/1.49 % lost, then 0.72/0.95/1.28 %; controls 659/668,
        # 565/577, 559/572, then 660, 565, 561)
        ("pii_fresh166.jsonl", 0.94, 0.010, 652),
        ("pii_fresh167.jsonl", 0.92, 0.013, 558),
        ("pii_fresh168.jsonl", 0.92, 0.017, 553),
        # … and three more written at its middle, scored only at its end (0.932/0.947/0.931
        # with the session's starting code, 0.936/0.947/0.931 with the code of that hour and
        # with the final one; 1.05/1.01/1.21 % lost, then 0.97/0.84/1.06 %)
        ("pii_fresh169.jsonl", 0.93, 0.013, 576),
        ("pii_fresh170.jsonl", 0.94, 0.012, 650),
        ("pii_fresh171.jsonl", 0.92, 0.014, 649),
        # session 50: written at its start by six helpers who never saw the rules, scored
        # only in aggregate (0.946/0.956/0.912 with the starting code, 0.946/0.961/0.914 with
        # the final one; 1.24/1.06/1.18 % lost, then 1.28/1.06/1.18 %; controls 711/722,
        # 630/646, 627/640 with both) …
        ("pii_fresh172.jsonl", 0.94, 0.014, 708),
        ("pii_fresh173.jsonl", 0.95, 0.012, 627),
        ("pii_fresh174.jsonl", 0.90, 0.013, 624),
        # … (0.931/0.930/0.926 with both; 1.32/1.05/1.25 % lost, then 1.32/0.86/1.02 %;
        # controls 669/679, 628/641, 619/630, then 669, 629, 620)
        ("pii_fresh175.jsonl", 0.92, 0.014, 666),
        ("pii_fresh176.jsonl", 0.92, 0.010, 626),
        ("pii_fresh177.jsonl", 0.91, 0.012, 617),
        # session 51: written at its start by six helpers who never saw the rules, scored
        # only in aggregate, once mid-session and at its end (0.938/0.911/0.941/0.933/0.950/
        # 0.941 with the starting code, 0.938/0.913/0.941/0.933/0.950/0.941 with the final
        # one; 1.13/1.61/0.76/1.23/0.97/0.84 % lost and controls 759/774, 681/700, 598/608,
        # 626/629, 623/630, 600/608 with both)
        ("pii_fresh178.jsonl", 0.93, 0.013, 755),
        ("pii_fresh179.jsonl", 0.90, 0.018, 677),
        ("pii_fresh180.jsonl", 0.93, 0.011, 594),
        ("pii_fresh181.jsonl", 0.92, 0.014, 622),
        ("pii_fresh182.jsonl", 0.94, 0.011, 619),
        ("pii_fresh183.jsonl", 0.93, 0.010, 596),
        # session 52: written at its start by six helpers who never saw the rules, scored
        # only in aggregate, with the starting code, twice mid-session and at its end
        # (0.935/0.933/0.925/0.926/0.927/0.920 -> 0.937/0.936/0.925/0.926/0.934/0.925;
        # 1.18/0.57/1.56/1.59/0.39/1.77 -> 1.90 % lost; controls 637/647, 614/620, 590/604,
        # 681/694, 674/677, 636 -> 635/657); the description model never saw them
        ("pii_fresh184.jsonl", 0.93, 0.014, 633),
        ("pii_fresh185.jsonl", 0.93, 0.007, 610),
        ("pii_fresh186.jsonl", 0.92, 0.017, 586),
        ("pii_fresh187.jsonl", 0.92, 0.017, 677),
        ("pii_fresh188.jsonl", 0.93, 0.006, 670),
        ("pii_fresh189.jsonl", 0.92, 0.021, 631),
        # session 53: written at its start by six helpers who never saw the rules, scored
        # only in aggregate with the starting code and with the learned health step
        # (0.918/0.952/0.960/0.957/0.945/0.939 -> 0.923/0.955/0.967/0.959/0.947/0.941;
        # 0.62/0.64/0.98/1.01/1.42/0.82 -> 0.62/0.67/1.02/1.07/1.42/0.82 % lost; controls
        # 763/771, 608/610, 619/627, 700 -> 699/715, 742/758, 763/779); the health model
        # never saw them
        ("pii_fresh190.jsonl", 0.92, 0.007, 760),
        ("pii_fresh191.jsonl", 0.95, 0.008, 606),
        ("pii_fresh192.jsonl", 0.96, 0.011, 616),
        ("pii_fresh193.jsonl", 0.95, 0.012, 696),
        ("pii_fresh194.jsonl", 0.94, 0.015, 739),
        ("pii_fresh195.jsonl", 0.935, 0.009, 760),
        # session 54: the same, with the learned address step (0.920/0.922/0.927/0.945/
        # 0.961/0.931 -> 0.927/0.929/0.934/0.952/0.963/0.931; pooled 2,397 -> 2,410 of 2,566;
        # homes in words 75 -> 88 of 112; 0.84 % lost before and after); the address model
        # never saw them
        ("pii_fresh196.jsonl", 0.92, 0.010, 745),
        ("pii_fresh197.jsonl", 0.92, 0.008, 737),
        ("pii_fresh198.jsonl", 0.93, 0.006, 767),
        ("pii_fresh199.jsonl", 0.945, 0.010, 574),
        ("pii_fresh200.jsonl", 0.955, 0.010, 810),
        ("pii_fresh201.jsonl", 0.925, 0.012, 789),
        # session 55: written at its start by six helpers who never saw the rules (home care;
        # Kita and school; traders and crafts; tenants and building; young people; defects and
        # nuisances), scored in aggregate only: 0.959/0.956/0.944/0.957/0.930/0.953 with the
        # starting code -> 0.963/0.956/0.951/0.965/0.930/0.955 with the health-continued step
        # (pooled 2,319 -> 2,328 of 2,441; health details 71 -> 80 of 106; 0.81 -> 0.83 %
        # lost); the step's model never saw them
        ("pii_fresh202.jsonl", 0.955, 0.011, 735),
        ("pii_fresh203.jsonl", 0.95, 0.011, 715),
        ("pii_fresh204.jsonl", 0.945, 0.010, 618),
        ("pii_fresh205.jsonl", 0.955, 0.008, 767),
        ("pii_fresh206.jsonl", 0.92, 0.010, 878),
        ("pii_fresh207.jsonl", 0.945, 0.005, 616),
        # session 55, second round: written after the step was built and scored once, in
        # aggregate, against the session's starting and final code: 0.956/0.971/0.944/0.943/
        # 0.953/0.934 -> 0.956/0.976/0.949/0.943/0.956/0.934 (pooled 2,374 -> 2,379 of 2,499;
        # health details 77 -> 82 of 107; 0.80 -> 0.83 % lost)
        ("pii_fresh208.jsonl", 0.95, 0.013, 729),
        ("pii_fresh209.jsonl", 0.97, 0.009, 801),
        ("pii_fresh210.jsonl", 0.94, 0.010, 787),
        ("pii_fresh211.jsonl", 0.935, 0.005, 724),
        ("pii_fresh212.jsonl", 0.95, 0.011, 811),
        ("pii_fresh213.jsonl", 0.925, 0.007, 900),
        # session 56: written at its start by six helpers who never saw the rules (sports
        # clubs; registry and cemetery office; immigrants and the foreigners' office; parents
        # of children with disabilities; volunteers; library, adult education, music school),
        # scored in aggregate only: pooled 2,312 of 2,467 with the starting code, 2,313 with
        # the final code (0.935/0.919/0.930/0.926/0.955/0.962; 1.04 % lost before and after);
        # the retrained description and address weights never saw them
        ("pii_fresh214.jsonl", 0.93, 0.015, 773),
        ("pii_fresh215.jsonl", 0.915, 0.006, 668),
        ("pii_fresh216.jsonl", 0.925, 0.012, 740),
        ("pii_fresh217.jsonl", 0.92, 0.012, 780),
        ("pii_fresh218.jsonl", 0.95, 0.016, 721),
        ("pii_fresh219.jsonl", 0.955, 0.007, 649),
        # session 56, second round: written while the session's changes were built, scored
        # once against the starting and the final code: pooled 2,197 -> 2,196 of 2,344
        # (0.931/0.907/0.925/0.946/0.953/0.961 final; 1.10 % lost before and after)
        ("pii_fresh220.jsonl", 0.925, 0.015, 636),
        ("pii_fresh221.jsonl", 0.9, 0.013, 654),
        ("pii_fresh222.jsonl", 0.92, 0.008, 730),
        ("pii_fresh223.jsonl", 0.94, 0.011, 738),
        ("pii_fresh224.jsonl", 0.95, 0.010, 725),
        ("pii_fresh225.jsonl", 0.955, 0.014, 649),
        # session 57: written at its start by six helpers who never saw the rules (allotment
        # gardens; fire brigade and civil protection; building permits; taxi, delivery and
        # parking; churches and religious communities; job seekers and benefits), scored in
        # aggregate only: pooled 2,280 of 2,430 with the starting code, 2,290 with the
        # nickname step (0.956/0.943/0.940/0.938/0.929/0.949; nicknames 79 -> 89 of 105;
        # 1.04 % lost before and after); the step's model never saw them
        ("pii_fresh226.jsonl", 0.955, 0.011, 577),
        ("pii_fresh227.jsonl", 0.94, 0.014, 824),
        ("pii_fresh228.jsonl", 0.94, 0.012, 657),
        ("pii_fresh229.jsonl", 0.935, 0.013, 776),
        ("pii_fresh230.jsonl", 0.925, 0.015, 598),
        ("pii_fresh231.jsonl", 0.945, 0.011, 680),
        # session 57, second round: written after the nickname step was built (cyclists;
        # patients, practices and pharmacies; tourism; artists and culture; small businesses;
        # neighbourhood associations and district councils), scored once against the
        # starting and the final code: pooled 2,315 -> 2,327 of 2,460 (0.963/0.950/0.915/
        # 0.935/0.955/0.957 final; nicknames 86 -> 98 of 105; 1.00 % lost before and after)
        ("pii_fresh232.jsonl", 0.96, 0.012, 622),
        ("pii_fresh233.jsonl", 0.945, 0.016, 656),
        ("pii_fresh234.jsonl", 0.91, 0.009, 793),
        ("pii_fresh235.jsonl", 0.93, 0.010, 810),
        ("pii_fresh236.jsonl", 0.95, 0.013, 764),
        ("pii_fresh237.jsonl", 0.955, 0.012, 694),
        # session 58: written at its start by six helpers who never saw the rules (landlords
        # and housing cooperatives; the public order office; craftsmen and trades; choirs and
        # music schools; childminders; commuters), scored in aggregate only: pooled 2,374 ->
        # 2,377 of 2,524 (0.949/0.950/0.939/0.924/0.942/0.946 final; 0.93 -> 0.94 % lost)
        ("pii_fresh238.jsonl", 0.945, 0.012, 618),
        ("pii_fresh239.jsonl", 0.945, 0.016, 639),
        ("pii_fresh240.jsonl", 0.935, 0.012, 670),
        ("pii_fresh241.jsonl", 0.92, 0.008, 747),
        ("pii_fresh242.jsonl", 0.935, 0.013, 651),
        ("pii_fresh243.jsonl", 0.94, 0.008, 595),
        # session 58, second round: written after the session's changes (farmers and
        # foresters; teachers and school IT; hospice volunteers; hobby clubs; transport staff;
        # pharmacies and opticians), scored once against the starting and the final code:
        # pooled 2,299 -> 2,300 of 2,466 (0.927/0.952/0.892/0.922/0.955/0.945 final; 1.76 ->
        # 1.77 % lost; fresh246, hospice care, loses 4.17 % before and after)
        ("pii_fresh244.jsonl", 0.92, 0.017, 650),
        ("pii_fresh245.jsonl", 0.945, 0.010, 576),
        ("pii_fresh246.jsonl", 0.885, 0.044, 545),
        ("pii_fresh247.jsonl", 0.915, 0.012, 682),
        ("pii_fresh248.jsonl", 0.95, 0.015, 513),
        ("pii_fresh249.jsonl", 0.94, 0.016, 735),
        # session 59: written at its start by six helpers who never saw the rules (midwives
        # and young parents; waste collection; energy advice and solar roofs; the city archive
        # and family historians; driving schools and vehicle registration; cleaning staff and
        # caretakers), scored in aggregate only: pooled 2,280 -> 2,283 of 2,416
        # (0.948/0.949/0.969/0.928/0.952/0.926 final; 1.08 % lost before and after)
        ("pii_fresh250.jsonl", 0.94, 0.017, 541),
        ("pii_fresh251.jsonl", 0.945, 0.013, 638),
        ("pii_fresh252.jsonl", 0.965, 0.010, 598),
        ("pii_fresh253.jsonl", 0.92, 0.014, 787),
        ("pii_fresh254.jsonl", 0.945, 0.012, 625),
        ("pii_fresh255.jsonl", 0.92, 0.011, 588),
        # session 59, second round: written while the session worked (pools and the city run;
        # beekeepers and urban gardeners; passports and registration; street parties and
        # flea markets; homeless help and debt counselling; council members and citizens'
        # questions), scored once against the starting and the final code: pooled 2,285 ->
        # 2,286 of 2,415 (0.948/0.942/0.934/0.963/0.948/0.945 final; 0.87 % lost before and
        # after)
        ("pii_fresh256.jsonl", 0.94, 0.012, 662),
        ("pii_fresh257.jsonl", 0.935, 0.010, 658),
        ("pii_fresh258.jsonl", 0.93, 0.012, 649),
        ("pii_fresh259.jsonl", 0.955, 0.011, 621),
        ("pii_fresh260.jsonl", 0.94, 0.010, 691),
        ("pii_fresh261.jsonl", 0.94, 0.009, 710),
    ],
)
def test_independent_sets_read_after_scoring_meet_a_floor(name, floor, lost, kept):
    """fresh2–36, fresh39–42, fresh45–261: written without the rules by helpers who never saw
    them, each scored while held out before it joined the sets the rules are developed on.
    Floors below today's figures (see benchmarks/bench_privacy.py)."""
    records = load_labelled(Path(__file__).parent / "fixtures" / name)
    assert sum(len(r["pii"]) for r in records) >= 180
    score = _score(records)
    assert score.recall >= floor, score.missed
    assert score.false_removal <= lost
    assert sum(k for k, _ in score.controls.values()) >= kept, score.controls


@pytest.mark.parametrize(
    "name, floor, lost",
    # written with the rules (session 7 and 8 name rules); floors below today's figures
    # (35/36, 33/33, 43/43; at most 0.4 % of ordinary tokens lost)
    [
        ("pii_dev_s7_names.jsonl", 0.9, 0.01),
        ("pii_dev_s8_names.jsonl", 0.95, 0.01),
        ("pii_dev_s8_names2.jsonl", 0.95, 0.01),
    ],
)
def test_name_dev_sets_meet_their_floors_and_keep_every_control(name, floor, lost):
    score = _score(load_labelled(Path(__file__).parent / "fixtures" / name))
    assert score.recall >= floor, score.missed
    assert score.false_removal <= lost, score.wrongly_removed
    assert all(kept == total for kept, total in score.controls.values()), score.controls
