"""The shortcuts of the session-11 speed pass find what the long way finds."""

import sys

from esslingen_lab.privacy.redact.patterns import CueIndex
from esslingen_lab.privacy.redact.redactor import _STRIP, _words_of


def test_lower_keeps_white_space_apart():
    # CueIndex.read lower-cases a text's parts one by one: the same as splitting the
    # lower-cased text, if lower-casing neither makes nor removes white space and a final
    # sigma does not look across white space
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert all(s.lower() == s for s in spaces)
    assert all(("ΑΣ" + s + "Β").lower() == "ας" + s + "β" for s in spaces)
    assert all(("Α" + s + "ΣΑ").lower() == "α" + s + "σα" for s in spaces)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not char.isspace():
            lowered = char.lower()
            assert lowered and not any(c.isspace() for c in lowered), hex(code)


def test_cue_index_read_as_found():
    index = CueIndex(["herr", "frau", "tel", "die "], strip=_STRIP)
    texts = ["Frau ΜΑΣ\u2003Herr„Weber“ TEL.: 0711", "die Frau\u00a0HERR\tx", "", "  ", "ΣΑΣ ΣΑΣ."]
    for text in texts * 2:  # learnt, then remembered
        words, cues = index.read(text.split())
        assert words == _words_of(text)
        assert cues == index.found(text.lower())


def test_capital_slots_lose_no_name(monkeypatch):
    # the name rule without a cue finds the same with and without the slot shortcut
    from esslingen_lab.privacy.redact import cueless

    texts = [
        "Die Kollegin Schwarzkopf war sehr nett.",
        "Vogel vom Bürgeramt hat mir geholfen.",
        "Winter hatte recht: das Formular war falsch.",
        "Die von Brackenfels aus dem Gemeinderat meinte das auch.",
        "Danke an Bauer und Stein aus dem Planungsteam!",
        "Frag den Zimmermann vom Bauamt, der weiß das.",
        "Der Hahn aus der IT hat mir den Zugang eingerichtet.",
        "Dannecker vom Bauamt kam zu spät. Mit Fuchs aus der Poststelle ging es.",
        "hat von der Linden geschrieben, laut von Bismarck im Amt",
        "Das Quartier in Ottensen braucht mehr Fahrradständer und Poller.",
        "Gude! R. Hummel und Th. Ebinger vom Sportverein",
    ]
    fast = [list(cueless.cueless_name_spans(t)) for t in texts]
    plain = cueless._CAPITALISED
    slow_kind = cueless._token_kind.__wrapped__

    def kind(word):
        found = slow_kind(word)
        slots = (cueless._CAPITALISED_IN_SLOT, cueless._CAPITALISED_AFTER)
        return plain if found in slots else found

    monkeypatch.setattr(cueless, "_token_kind", kind)
    assert [list(cueless.cueless_name_spans(t)) for t in texts] == fast
    assert any(fast)
