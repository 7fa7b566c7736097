"""The learned word scorer as a reason of the quote review (esslingen_lab.privacy.learned)."""

from __future__ import annotations

from pathlib import Path

import pytest

import esslingen_lab
from esslingen_lab.privacy import learned
from esslingen_lab.privacy.redact import Redactor, redact_text
from esslingen_lab.privacy.review import risk_reasons

RULES_ONLY = Redactor(disable=["name-learned", "nickname-learned"])
REASON_EN = "words a learned model takes for personal data"
REASON_DE = "Wörter, die ein gelerntes Modell für personenbezogen hält"

# plain surnames typed in lower case, without a cue ("Herr", "Frau"): the rules leave them
SURNAMES_LEFT = [
    "ich hab mit kowalczyk vom amt telefoniert, sehr nett.",
    "danke an pfisterer für die schnelle antwort!",
]

ORDINARY = [
    "Die Busverbindung nach Stuttgart ist am Wochenende viel zu selten.",
    "Bosch und Festo sollten mehr Praktikumsplätze für Schüler anbieten.",
    "Das Parkhaus am Bahnhof in Esslingen ist abends fast immer voll.",
    "Die Online-Terminvergabe im Bürgeramt funktioniert inzwischen gut.",
    "In Berkheim und Zell fehlen sichere Radwege zur Schule.",
    "Mehr Bänke und Schatten am Neckarufer wären schön.",
    "Daimler und die Stadtwerke könnten das Ladenetz gemeinsam ausbauen.",
    "also die radwege in esslingen sind echt schlecht.",
    "bosch und festo sollten mehr praktikumsplätze anbieten.",
]


def test_the_weights_load_from_the_package():
    path = Path(str(learned.weights_path()))
    assert path.is_file()
    assert Path(esslingen_lab.__file__).parent in path.parents
    assert learned.learned_model() is not None


@pytest.mark.parametrize("text", SURNAMES_LEFT)
def test_a_plain_surname_the_rules_leave_is_a_reason_for_review(text):
    # the hand-written rules leave it; the learned rule (the redactor's last) takes it, and
    # where that rule is off the review still holds the quote back
    assert RULES_ONLY.redact_text(text) == text
    assert "[NAME]" in redact_text(text)
    reasons = dict(risk_reasons(text, language="en"))
    assert reasons.get(REASON_EN) == learned.REVIEW_WEIGHT, reasons
    assert REASON_DE in dict(risk_reasons(text, language="de"))


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_with_places_and_companies_give_no_learned_reason(text):
    assert REASON_EN not in dict(risk_reasons(text, language="en"))


def test_scores_are_deterministic():
    text = SURNAMES_LEFT[0]
    first = learned.review_words(text)
    assert [word for word, _ in first] == ["kowalczyk"]
    assert learned.review_words(text) == first
    fresh = learned.load(Path(str(learned.weights_path())))  # a second copy, loaded anew
    tokens = learned._TOKEN.findall(text)
    assert fresh.scores(tokens).tolist() == learned.learned_model().scores(tokens).tolist()


def test_tags_and_punctuation_are_never_scored():
    assert learned.review_words("[NAME] [TELEFON] !") == []
    assert learned.review_words("") == []


def test_without_weights_the_reason_is_skipped_without_error(tmp_path, monkeypatch):
    missing = tmp_path / "nothing.npz"
    assert learned.review_words(SURNAMES_LEFT[0], path=missing) is None
    monkeypatch.setattr(learned, "weights_path", lambda: missing)
    learned.learned_model.cache_clear()
    try:
        reasons = dict(risk_reasons(SURNAMES_LEFT[0], language="en"))
        assert REASON_EN not in reasons
    finally:
        monkeypatch.undo()
        learned.learned_model.cache_clear()
