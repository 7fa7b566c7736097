"""Session 10, second review: names one after another, a damaged review model."""

import logging

import pytest

from esslingen_lab.privacy import learned, redact_text


@pytest.mark.parametrize(
    "text, names",
    [
        ("Herr Müller Frau Meier", ("Müller", "Meier")),
        ("Ich war bei Herr Müller Herr Meier hat nicht geantwortet.", ("Müller", "Meier")),
        ("Frau Schwarzkopf Herr Kächele", ("Schwarzkopf", "Kächele")),
    ],
)
def test_every_name_after_its_title_goes_without_a_comma(text, names):
    out = redact_text(text)
    for name in names:
        assert name not in out, out
    # the titles stay readable: two people, not one long name
    assert out.lower().count("[name]") == 2, out


def test_a_first_name_with_its_surname_is_still_one_tag():
    assert redact_text("Herr Hans Müller war da.") == "Herr [NAME] war da."


@pytest.mark.parametrize("content", [b"", b"not a zip file", b"PK\x03\x04broken"])
def test_a_damaged_model_file_gives_a_warning_not_a_traceback(tmp_path, caplog, content):
    broken = tmp_path / "learned_tokens.npz"
    broken.write_bytes(content)
    learned.learned_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="esslingen_lab.privacy.learned"):
            assert learned.review_words("Grüße an kowalczyk", path=broken) is None
        assert "unreadable" in caplog.text and "learned_tokens.npz" in caplog.text
    finally:
        learned.learned_model.cache_clear()


def test_a_missing_model_file_is_reported(tmp_path, caplog):
    learned.learned_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="esslingen_lab.privacy.learned"):
            assert learned.review_words("Grüße an kowalczyk", path=tmp_path / "no.npz") is None
        assert "missing" in caplog.text
    finally:
        learned.learned_model.cache_clear()


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Die Vorlagennummer 45/2024 findet man nicht.", "45/2024"),
        ("Kurs-Nr. 241-10 ist schon voll.", "241-10"),
        ("Die Drucksachennummer 112/2025 stand nicht im Portal.", "112/2025"),
    ],
)
def test_numbers_of_council_papers_and_courses_stay(text, kept):
    assert kept in redact_text(text)


def test_a_persons_number_after_a_compound_still_goes():
    assert "4711" not in redact_text("Meine Kundennummer 4711-2234 steht im Brief.")
    assert "88213" not in redact_text("Antragsnummer 88213 wurde nicht gefunden.")
