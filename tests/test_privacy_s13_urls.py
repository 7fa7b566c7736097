"""A person's page under any top-level domain is removed; abbreviations with slashes stay."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mein Laden: hofladen-kranich.shop/ueber-uns, kommt vorbei",
         "Mein Laden: [URL], kommt vorbei"),
        ("Unser Chor: liederkranz-sulzgries.berlin/termine", "Unser Chor: [URL]"),
        ("Seite meiner Tochter: mia-kocht.it/ricette", "Seite meiner Tochter: [URL]"),
        ("Unterschreiben unter petition-zell.example/unterschreiben bitte",
         "Unterschreiben unter [URL] bitte"),
        ("mein blog: gerd-maier.blog/2025/wlan", "mein blog: [URL]"),
    ],
)
def test_a_personal_page_under_any_top_level_domain_is_removed(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tel.Nr./Fax bitte angeben, z.B./u.a. auch km/h und 12.03./14.03.",
        "Std./Woche und bzw. Eltern/Kinder, ca.30/40 Leute",
        "Infos: www.esslingen.de/radverkehr und esslingen.de/buergeramt",
        "Die Seite service-bw.de/leistungen geht nicht",
    ],
)
def test_abbreviations_with_slashes_and_public_sites_stay(text):
    assert redact_text(text) == text
