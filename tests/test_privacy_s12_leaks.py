"""Session 12: leaks an attacker found — markup, spelled addresses, user names, documents.

Each test covers a family with invented variants and controls that must stay.
"""

import pytest

from esslingen_lab.privacy import redact_text


def _check(text, *, gone=(), kept=()):
    out = redact_text(text)
    for value in gone:
        assert value not in out, (text, out)
    for value in kept:
        assert value in out, (text, out)
    return out


# ---------------------------------------------------------------- 1. markup


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ('<a href="mailto:anna.schmid@web.de">Mail</a>', ["schmid"], ['<a href="mailto:', "Mail</a>"]),
        ("<a href='mailto:p.kranich@gmx.net'>schreiben</a>", ["kranich"], ["schreiben</a>"]),
        ("<a href=mailto:jo.berger@posteo.de>hier</a>", ["berger"], ["hier</a>"]),
        ('<a href="tel:+4971135122490">anrufen</a>', ["35122490"], ["anrufen</a>"]),
        ('Ruf an: <a href="tel:0711-3512249">Büro</a>', ["3512249"], ["Büro</a>"]),
        ('<a href="https://www.facebook.com/anna.schmid">Profil</a>', ["anna.schmid"], ["Profil"]),
        ('<img alt="Herr Kübler" src="x.png">', ["Kübler"], ['src="x.png"', "<img alt="]),
        ('<img src="foto.jpg" alt="Bild von Frau Özdemir">', ["Özdemir"], ['src="foto.jpg"']),
        ('<a title="x" Herr Kübler war nett>Link</a>', ["Kübler"], ["Link</a>"]),
        ('<span style="color:red">Herr Öztürk</span> hat geholfen', ["Öztürk"],
         ['<span style="color:red">', "</span> hat geholfen"]),
        ("Herr &lt;b&gt;Kübler&lt;/b&gt; war nett.", ["Kübler"], ["&lt;b&gt;", "war nett."]),
        ("&lt;p&gt;Frau Brenninger&lt;/p&gt;", ["Brenninger"], ["&lt;p&gt;"]),
    ],
)
def test_personal_data_inside_markup_is_read(text, gone, kept):
    _check(text, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Kübler<br>Neckarstraße 12<br>73728 Esslingen",
        "Herr Kübler<br/>Neckarstraße 12<br />73728 Esslingen",
        "<p>Herr Kübler</p><p>Neckarstraße 12</p><p>73728 Esslingen</p>",
        "<div>Herr Kübler</div><div>Neckarstraße 12, 73728 Esslingen</div>",
    ],
)
def test_line_break_tags_separate_lines(text):
    out = redact_text(text)
    assert "Kübler" not in out and "Neckarstraße" not in out and "73728" not in out
    # a name is a name, not the start of an address; the tags themselves stay
    assert "[NAME]" in out and "[ADRESSE]" in out
    assert out.count("<") == text.count("<")


@pytest.mark.parametrize(
    "text",
    [
        "Das war <b>toll</b> und <i>schnell</i>.",
        "Ich finde 3 < 5 und a > b, <Vorname> ist ein Platzhalter.",
        '<p class="x">Die Öffnungszeiten sind zu kurz.</p>',
        'Die Seite <a href="https://www.esslingen.de/buergeramt">Bürgeramt</a> ist gut.',
        '<img src="rathaus.png" alt="Rathaus Esslingen">',
        "&lt;b&gt;Wichtig&lt;/b&gt;: die Wartezeit",
    ],
)
def test_markup_controls_stay(text):
    assert redact_text(text) == text
