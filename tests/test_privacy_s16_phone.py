"""Session 16: Swabian numerals at the end of a phone number read out ("… zwoi siebe nui",
"nainazwanzig", "zwoavierzig")."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mei Nummer isch null siebe elf – drei acht drei – zwoi siebe nui. I ben dahoim.",
            "mei Nummer isch [TELEFON]. I ben dahoim.",
        ),
        (
            "Ruf halt a: null sieba eins eins, drei siebzeh, zwoi vier null nei",
            "Ruf halt a: [TELEFON]",
        ),
        (
            "mei Nummer isch nullsiebeneinseins, dreiasechzig, zwoavierzig, nainazwanzig. Gruß",
            "mei Nummer isch [TELEFON]. Gruß",
        ),
    ],
)
def test_a_phone_number_in_swabian_numerals_goes_whole(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text", ["Des isch nei, des goht net, oi mol, zwoi mol.", "Mir send drei, vier Leit, nei?"]
)
def test_swabian_words_outside_a_number_stay(text):
    assert redact_text(text) == text
