"""PhraseScan finds exactly what its pattern's own finditer finds, only faster."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import regex

from esslingen_lab.privacy.redact.fixed_phrases import _FIXED_PHRASES, _PHRASES
from esslingen_lab.privacy.redact.phrase_scan import PhraseScan
from esslingen_lab.privacy.redact.vocabulary import _words

FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    texts = [
        "Hans im Glück und Hansi im Glück, Tante-Emma-Laden, Ober-Tante-Emma-Laden",
        "ANGELA MERKEL, angela merkel, Angela Merkels Rede, AngelaMerkel",
        "Hans\nim   Glück; „Otto Normalverbraucher“ – Otto-Normalverbraucher-Tarif",
        "Winfried Kretschmann-Straße, Max Eyth",
        "",
    ]
    for path in sorted(FIXTURES.glob("pii_fresh1*.jsonl"))[:6]:
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def _same(scan: PhraseScan, text: str, pos: int = 0, endpos: int | None = None) -> None:
    end = len(text) if endpos is None else endpos
    want = [(m.span(), m.group()) for m in scan.pattern.finditer(text, pos, end)]
    assert [(m.span(), m.group()) for m in scan.finditer(text, pos, endpos)] == want


def test_the_letter_runs_path_is_taken_for_phrases_in_their_case():
    assert _FIXED_PHRASES.runs is not None
    case_blind = PhraseScan(
        regex.compile(r"(?<![\p{L}])(?i:" + _words("blind vor Wut") + ")"),
        ["blind vor Wut"],
        r"(?<![\p{L}])(?i:",
    )
    assert case_blind.runs is None  # (full case folding: the first search is kept)


def test_fixed_phrases_are_found_as_the_pattern_finds_them():
    texts = _texts()
    assert len(texts) > 500
    found = 0
    for text in texts:
        _same(_FIXED_PHRASES, text)
        found += sum(1 for _ in _FIXED_PHRASES.finditer(text))
    assert found > 20  # the comparison saw matches, not only empty lists


def test_positions_inside_words_and_cut_ends_are_handled_as_by_the_pattern():
    rng = random.Random(7)
    for text in _texts()[:5] + rng.sample(_texts(), 40):
        for _ in range(6):
            pos = rng.randrange(len(text) + 1)
            endpos = rng.randrange(pos, len(text) + 1)
            _same(_FIXED_PHRASES, text, pos, endpos)


@pytest.mark.parametrize("phrase", ["Hans im Glück", "Tante-Emma-Laden", "Otto Normalverbraucher"])
def test_each_listed_phrase_is_found_in_a_sentence(phrase):
    assert phrase in _PHRASES
    text = f"Das ist wie {phrase}, sagt man."
    assert [m.group() for m in _FIXED_PHRASES.finditer(text)] == [phrase]
