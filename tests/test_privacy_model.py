"""The learned token model run after the redaction rules (esslingen_lab.privacy.redact.model)."""

import sys
from pathlib import Path

import numpy as np
import pytest

from esslingen_lab.privacy import Redactor, redact
from esslingen_lab.privacy.redact.model import (
    _TOKEN,
    hash_feature,
    learned_model,
    token_features,
)

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "esslingen_lab" / "data" / "redaction" / "learned_tokens.npz"


def test_the_model_loads_from_package_data():
    model = learned_model()
    assert {"NAME", "ADRESSE", "BESCHREIBUNG", "GESUNDHEIT", "TELEFON"} <= set(model.kinds)
    assert WEIGHTS.stat().st_size <= 3_000_000
    assert "learned-tokens" in Redactor().rule_names
    assert "learned-tokens" not in Redactor(disable=["learned-tokens"]).rule_names


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("danke an timo und an jana, ihr wart super", "timo", "NAME"),
        ("danke an timo und an jana, ihr wart super", "jana", "NAME"),
        ("Der Sigi vom Bauhof hat das schnell repariert.", "Sigi", "NAME"),
        ("Grüße, bernd kowalski", "bernd kowalski", "NAME"),
        ("der nette herr petersen aus dem Bürgerbüro", "petersen", "NAME"),
        ("Rückruf bitte unter null eins sieben sechs, zwei drei vier", "null eins sieben sechs",
         "TELEFON"),
        ("das gelbe Haus hinter der Bäckerei", "Haus hinter der Bäckerei", "ADRESSE"),
        ("Die einzige Hebamme in Hegensberg ist völlig überlastet.", "Hebamme in Hegensberg",
         "BESCHREIBUNG"),
        ("mein Sohn hat ADHS und bekommt keinen Platz.", "ADHS", "GESUNDHEIT"),
    ],
)
def test_the_model_flags_weak_categories(text, value, kind):
    spans = {(text[s:e], k) for s, e, k in learned_model().spans(text)}
    assert (value, kind) in spans


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("der nette herr petersen aus dem Bürgerbüro", "petersen"),
        ("das gelbe Haus hinter der Bäckerei", "Bäckerei"),
    ],
)
def test_redaction_removes_what_only_the_model_finds(text, gone):
    assert gone in Redactor(disable=["learned-tokens"]).redact_text(text)
    assert gone not in redact([text]).texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "Die Busse fahren zu selten und der Radweg ist kaputt.",
        "Am Bahnhof fehlt ein Fahrradparkhaus, das wäre wirklich sinnvoll.",
        "Mehr Bänke im Stadtpark und bessere Beleuchtung am Abend bitte.",
        "Die Sanierung der Grundschule dauert viel zu lange.",
        "Der Wochenmarkt am Samstag ist toll, aber Parkplätze fehlen.",
        "Wir waren bei Hans im Glück essen, danach ging es zum Kepler-Gymnasium.",
        "Warum wird die Linie 101 am Wochenende nicht öfter bedient?",
        "Siehe Drucksache 7/2025 des Gemeinderats.",
        "Die Oberbürgermeisterin hat das Thema nicht verstanden.",
    ],
)
def test_ordinary_sentences_and_controls_stay(text):
    assert learned_model().spans(text) == []
    assert redact([text]).texts[0] == text


def test_fast_scores_equal_the_features_the_model_was_trained_on():
    model = learned_model()
    text = "Frau Kowalczyk, Tel. null sieben eins, [NAME] wohnt hinter der Bäckerei."
    tokens = _TOKEN.findall(text)
    fast = model.scores(tokens)
    for i, token in enumerate(tokens):
        if not token[:1].isalnum():
            continue
        slow = sum(model.weights[hash_feature(f)] for f in token_features(tokens, i))
        assert fast[i] == pytest.approx(slow, abs=1e-6)


@pytest.mark.slow
def test_the_training_script_reproduces_the_weights(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cv_redaction_model
    import train_redaction_model

    if not cv_redaction_model.real_sentences()[0]:
        pytest.skip("the real sentences (../shared/datasets) are not there")
    out = tmp_path / "weights.npz"
    train_redaction_model.save(train_redaction_model.train_model(), out)
    with np.load(out) as new, np.load(WEIGHTS) as shipped:
        assert sorted(new.files) == sorted(shipped.files)
        for name in new.files:
            np.testing.assert_array_equal(new[name], shipped[name])
