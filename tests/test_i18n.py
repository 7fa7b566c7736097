"""The text catalogues: one shape, the same keys and placeholders in German and English."""

import importlib
import pkgutil

import pytest

import esslingen_lab
from esslingen_lab.i18n import Catalogue, catalogues, check_language, format_number


def _import_all():
    for module in pkgutil.walk_packages(esslingen_lab.__path__, "esslingen_lab."):
        if module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)


def test_every_catalogue_has_every_key_in_every_language():
    _import_all()
    assert len(catalogues()) >= 1
    problems = [problem for catalogue in catalogues().values() for problem in catalogue.problems()]
    assert problems == []


def test_lookup_formats_and_falls_back_to_german():
    words = Catalogue("test.fallback", {"de": {"a": "Hallo {name}", "b": "nur deutsch"},
                                        "en": {"a": "Hello {name}"}}, register=False)
    assert words.text("a", "en", name="Ulm") == "Hello Ulm"
    assert words.text("b", "en") == "nur deutsch"
    assert words.problems() == ["test.fallback: 'b' missing in 'en'"]
    with pytest.raises(KeyError, match="test.fallback"):
        words.text("missing", "de")
    assert words.get_text("missing", "de", "–") == "–"


def test_placeholder_mismatch_is_reported():
    words = Catalogue.from_pairs("test.placeholders", {"n": ("{n} Antworten", "{count} answers")},
                                     register=False)
    assert "different placeholders" in words.problems()[0]


def test_language_codes_are_normalised_and_unknown_ones_refused():
    assert check_language("DE") == "de"
    assert check_language("en_GB") == "en"
    with pytest.raises(ValueError, match="fr"):
        check_language("fr")


def test_numbers_follow_the_language():
    assert format_number(1234567.891, "de", decimals=2) == "1.234.567,89"
    assert format_number(1234567.891, "en", decimals=2) == "1,234,567.89"
    assert format_number(0.5, "de") == "0,5" and format_number(float("nan"), "de") == "–"
    assert format_number(-0.123, "de", decimals=2, sign=True) == "-0,12"
    assert format_number(0.123, "en", decimals=2, sign=True) == "+0.12"
