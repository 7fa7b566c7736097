"""Session 12 review (names, user names, car models, e-mail words): false removals and leaks."""

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    "text",
    [
        # P36: login services are no user names
        "Login: BundID",
        "Login: ServiceBW",
        "Login: BundID-Konto",
        "Benutzername: ServiceBW-Konto",
        "Account: AusweisApp2",
        # P37: a car's make and model is no plate and no name
        "Mein Auto ist ein BMW X5",
        "Ich fahre einen BMW X5",
        "Mein Auto ist ein VW ID3",
        "Mein Auto ist ein Ford S-Max",
        "Wir haben einen Kia EV6 und einen BMW i3",
    ],
)
def test_kept(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Login: pkranich", "Login: [ID]"),
        ("Mein Login bei ServiceBW ist pkranich76", "Mein Login bei ServiceBW ist [ID]"),
        ("User: anna_schmid", "User: [ID]"),
        ("Das Auto ES-AB 123 parkt falsch.", "Das Auto [KFZ] parkt falsch."),
        ("Kennzeichen BM-W 55", "Kennzeichen [KFZ]"),
    ],
)
def test_redacted(text, expected):
    assert redact_text(text) == expected
