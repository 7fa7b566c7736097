"""Descriptions that single out one person become [PERSON-BESCHREIBUNG]; roles stay."""

from pathlib import Path

import pytest

from esslingen_lab.privacy import Redactor, redact, redact_text
from esslingen_lab.privacy.evaluation import load_labelled, score_redaction

FIXTURES = Path(__file__).parent / "fixtures"
TAG = "[PERSON-BESCHREIBUNG]"


@pytest.fixture(scope="module")
def records():
    return load_labelled(FIXTURES / "pii_dev_s7_desc.jsonl")


def _score(records):
    return score_redaction(records, lambda texts: redact(texts, n_jobs=1).texts)


def test_the_set_holds_descriptions_and_tempting_controls(records):
    descriptions = [p for r in records for p in r["pii"] if p["category"] == "description"]
    controls = [c for r in records for c in r["controls"]]
    assert len(descriptions) >= 30 and len(controls) >= 30
    for record in records:
        for item in record["pii"] + record["controls"]:
            assert item["value"] in record["text"]


def test_descriptions_found_controls_kept_little_ordinary_text_lost(records):
    score = _score(records)
    found, total = score.by_category["description"]
    assert found / total >= 0.9, score.missed
    kept = sum(k for k, _ in score.controls.values())
    assert kept == sum(n for _, n in score.controls.values())
    assert score.false_removal <= 0.01


@pytest.mark.parametrize(
    ("name", "floor"),
    [("pii_fresh2.jsonl", 12), ("pii_fresh3.jsonl", 6), ("pii_dev_s6.jsonl", 4),
     ("pii_hard.jsonl", 17)],
)  # fmt: skip
def test_descriptions_on_the_development_sets_stay_found(name, floor):
    score = _score(load_labelled(FIXTURES / name))
    assert score.by_category["description"][0] >= floor


@pytest.mark.parametrize(
    "text",
    [
        "Die junge Aushilfe in der Stadtbücherei Moosbach, die mit den blauen Haaren, war nett.",
        "der typ mit dem grünen bart der immer am schalter 5 sitzt war echt hilfsbereit",
        "Die Dame, die mittwochs im Seniorentreff den Spielenachmittag leitet, verdient ein Lob.",
        "Die Klassenlehrerin meines Sohnes an der Realschule Talheim hat super geholfen.",
    ],
)
def test_a_description_goes_whole_and_the_sentence_around_it_stays(text):
    out = redact_text(text)
    assert out.count(TAG) == 1
    before, after = out.split(TAG)
    assert text.startswith(before) and text.endswith(after)
    assert len(after.split()) >= 3  # the rest of the sentence is still there


def test_the_span_ends_with_the_relative_clause():
    out = redact_text(
        "Der Fahrer, der sonntags die Tour nach Hohenkreuz fährt, hat mich stehen lassen."
    )
    assert out == f"{TAG}, hat mich stehen lassen."


@pytest.mark.parametrize(
    "text",
    [
        "Die Mitarbeiter im Bürgerbüro sind freundlich.",
        "Eine Mitarbeiterin hat mir geholfen.",
        "Die Lehrerinnen an Schulen haben zu viel Arbeit.",
        "Der Datenschutzbeauftragte sollte das prüfen.",
        "Die Oberbürgermeisterin, die jeden Montag Sprechstunde hat, hört nicht zu.",
        "Der Hausmeister hat den Schlüssel.",
        "Meine Tochter, die jeden Morgen mit dem Rad fährt, hat Angst.",
        "Ein Bürger, der täglich pendelt, zahlt zu viel.",
        "Die Frau mit der ich telefoniert habe, wusste nichts.",
    ],
)
def test_staff_office_holders_family_and_generic_people_stay(text):
    assert redact_text(text) == text


def test_the_rule_can_be_switched_off_by_name():
    text = "Die Dame am Schalter 4 war sehr geduldig."
    assert TAG in redact_text(text)
    assert Redactor(disable=["beschreibung-merkmal"]).redact_text(text) == text
