"""Session 9 findings on redaction that a user would notice (each test names its case)."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "tag", "gone"),
    [
        ("Bitte an anna.beck＠web.de schreiben", "[EMAIL]", "anna.beck"),  # full-width @
        ("Ruf an: ０７１１ ３５１２２４９０, danke", "[TELEFON]", "３５１２"),  # full-width digits
        ("Ｆｒａｕ Ｍüller hat geholfen", "[NAME]", "Ｍüller"),
    ],
)
def test_full_width_characters_do_not_hide_personal_data(text, tag, gone):
    out = redact_text(text)
    assert tag in out and gone not in out, out


def test_full_width_text_without_personal_data_is_kept_as_typed():
    text = "Ｗｌａｎ im Rathaus bitte, Raum ２.１４ ist kalt"  # also "Wlan" is no name
    assert redact_text(text) == text


@pytest.mark.parametrize("text", ["Wlan im Rathaus geht nicht", "Lte im Stadtpark ist schlecht",
                                  "Vpn vom Amt bricht dauernd ab"])
def test_acronyms_typed_in_title_case_are_no_names(text):
    assert redact_text(text) == text
