"""Session 37: what session 36 left, and what its unseen sets showed."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a floor's ordinal ends no sentence before an address either: someone lives there
        ("Ich wohne im 3. OG, Ritterstraße 17.", "Ich wohne im 3. OG, [ADRESSE]."),
        (
            "Ich wohne im 3. Stock, Ritterstraße 17, seit Jahren.",
            "Ich wohne im 3. Stock, [ADRESSE], seit Jahren.",
        ),
        # an office's listed address stays, also after a sentence about one's home
        (
            "Ich wohne in Zell. Das Bürgeramt ist in der Ritterstraße 17.",
            "Ich wohne in Zell. Das Bürgeramt ist in der Ritterstraße 17.",
        ),
        (
            "Die Stadtbücherei, Ritterstraße 17, hat montags zu.",
            "Die Stadtbücherei, Ritterstraße 17, hat montags zu.",
        ),
    ],
)
def test_session_37_behaviour(text, expected):
    assert redact_text(text) == expected
