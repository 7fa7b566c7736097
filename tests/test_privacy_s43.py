"""Session 43: the rules for dictated e-mail addresses read their words from one list each."""

from __future__ import annotations

import pytest

from esslingen_lab.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every at word and top-level domain the spelled rule knows, the word rule knows too
        ("mail: kranich ätt t-online point de", "mail: [EMAIL]"),
        ("Kontakt: jan.kowalski małpa wp point pl", "Kontakt: [EMAIL]"),
        ("maria.rossi chiocciola libero punto it", "[EMAIL]"),
        ("Schreib an anna punkt schmid arobase gmx point fr", "Schreib an [EMAIL]"),
        # an office's mailbox told in any of these words stays
        ("Anfragen bitte an info arroba esslingen punto de",
         "Anfragen bitte an info arroba esslingen punto de"),
        ("Anfragen bitte an buergeramt ätt esslingen point de",
         "Anfragen bitte an buergeramt ätt esslingen point de"),
        # a web site under a country's domain is a web address, not a mailbox
        ("Wir sind nicht in der Sendung mit der Maus. Erreichbar unter www.gio-foto.it, danke",
         "Wir sind nicht in der Sendung mit der Maus. Erreichbar unter [URL], danke"),
    ],
)
def test_session43_cases(text, expected):
    assert redact_text(text) == expected
