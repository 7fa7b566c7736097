"""Session 12 speed pass: the pre-checks skip a pattern only where it cannot match."""

import random

from esslingen_lab.privacy import redact_text
from esslingen_lab.privacy.redact import name_tokens as tokens
from esslingen_lab.privacy.redact import people_slots as slots

_PIECES = [
    "Mama von Emil", "MAMA   von Lea", "die Oma von", "Opa  von", "Tochter von Jana",
    "Patentante von Mia", "ſohn von Ben", "Mutti von", "fragen Sie nach Ernst", "frag doch nach",
    "Rückfragen an Timo", "wenden Sie sich bitte an Jana", "melde dich bei Kai",
    "Ich (Dilnoza, aus Usbekistan)", "ich  (Ana)", "Ich(Rüstem,", "nach Emil fragen",
    "nach Lea verlangen", "Mein Kumpel vom Boxclub, Rüstem (der", "Kollegin, Anna Weber,",
    "Äpfel, Birnen, Bananen", " von ", "(", ")", ", ", "Frag", "Wende", "Melde", "verlangen",
    "von", "\n", "  ", "der", "Ich", "ich", ".", "Emil", "Lea-Sophie",
]


def _texts(n=4000, seed=12):
    rnd = random.Random(seed)
    for _ in range(n):
        yield " ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 6)))


def test_slot_precheck_never_hides_a_match():
    for text in _texts():
        if slots._SLOTS.search(text) is not None:
            assert slots._may_fill_slot(text), text
        if slots._APPOSITION.search(text) is not None:
            assert slots._HAS_APPOSITION_TAIL.search(text) is not None, text


def test_slot_examples_still_redacted():
    assert redact_text("Fragen Sie nach Ernst.") == "Fragen Sie nach [NAME]."
    assert "[NAME]" in redact_text("Das war die Mama von Emil, sehr nett.")


def test_name_tokens_as_findall():
    rnd = random.Random(3)
    chars = "ab .'’-[]AZ\u00a0\u2028\t\n1é,ß"
    for _ in range(5000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 30)))
        assert tokens.name_tokens(text) == tokens._TOKEN.findall(text), repr(text)
    for text in _texts(500):
        assert tokens.name_tokens(text) == tokens._TOKEN.findall(text)
