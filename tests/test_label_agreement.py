"""The blind second labellings of writer sets (benchmarks/bench_label_agreement.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURES = Path(__file__).parent / "fixtures"
SECONDS = sorted((FIXTURES / "agreement").glob("pii_fresh*_second.jsonl"))
BENCH = Path(__file__).parents[1] / "benchmarks" / "bench_label_agreement.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_label_agreement", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_second_labellings():
    assert len(SECONDS) >= 8


@pytest.mark.parametrize("path", SECONDS, ids=lambda p: p.name)
def test_second_labelling_fits_its_set(path):
    """Same ids in the same order; every value stands in its text; the first writer's kinds."""
    first = load_labelled(FIXTURES / path.name.replace("_second", ""))
    second = load_labelled(path)
    assert [r["id"] for r in second] == [r["id"] for r in first]
    kinds = {(s["type"], s["category"]) for r in first for s in r["pii"]}
    for record, other in zip(first, second, strict=True):
        assert "text" not in other  # the text lives once, in the writer's set
        for span in other["pii"]:
            assert span["value"] and span["value"] in record["text"], record["id"]
            assert (span["type"], span["category"]) in kinds, span


def test_a_labelling_as_a_redaction_removes_all_of_itself_and_nothing_else():
    bench = _bench()
    records = [
        {"id": "a", "text": "Frau Weber aus der Mühlstraße 3 hat Asthma und kann nicht laufen.",
         "pii": [{"type": "NAME", "category": "name_cue", "value": "Weber"},
                 {"type": "ADRESSE", "category": "address", "value": "Mühlstraße 3"},
                 {"type": "GESUNDHEIT", "category": "health_detail_with_person",
                  "value": "hat Asthma und kann nicht laufen"}]},
    ]  # fmt: skip
    texts = bench.as_redaction(records)
    assert texts == ["Frau [NAME] aus der [ADRESSE] [GESUNDHEIT]."]
    score = score_redaction(records, lambda _t: texts)
    assert score.recall == 1.0 and score.n_lost == 0
    # a shorter span by the other person leaves part of the first one: not removed
    shorter = [dict(records[0], pii=records[0]["pii"][:2] + [
        {"type": "GESUNDHEIT", "category": "health_detail_with_person", "value": "hat Asthma"}
    ])]  # fmt: skip
    partial = bench.as_redaction(shorter)
    assert not bench._removed(records[0], records[0]["pii"][2], partial[0])
    assert bench._removed(records[0], records[0]["pii"][0], partial[0])
