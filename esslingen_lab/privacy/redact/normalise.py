"""Text as the rules read it: HTML entities decoded, markup and look-alike dots read plainly.

Answers pasted from web forms or e-mails carry HTML entities ("M&uuml;ller", "M&#252;ller")
and emphasis ("*Schwarzkopf*", "_Schwarzkopf_", "<b>Müller</b>"); a name cut by them is
seen by no rule. Two steps:

* :func:`decode_entities` changes the text itself (before the invisible characters go):
  the answer comes out with the entity decoded ("Herr [NAME] vom Bauamt"), and every later
  span is a span of the decoded text.
* :func:`join_words` takes tags out of the middle of a word ("M<b>ül</b>ler" → "Müller"),
  also in the text itself.
* :func:`plain_view` changes only the view the rules read, one character for one: emphasis
  marks and formatting tags around a word become spaces, a one-dot leader ("gmx\u2024de")
  a period. The spans found fit the text as written, so the marks stay around the tag
  ("Frau *[NAME]* vom Bürgeramt").

A gender star or an underscore inside a word ("Bürger*innen", "petra_schwarzkopf") is no
emphasis and stays.
"""

from __future__ import annotations

import html
import re
import unicodedata

__all__ = ["decode_entities", "join_words", "plain_view"]

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decoded(match: re.Match) -> str:
    value = html.unescape(match.group())
    if len(value) != 1 or value == "\ufffd":
        return match.group()
    if value in "@.-_+" or unicodedata.category(value)[0] in "LMNZ" or value in _FORMAT:
        return value
    return match.group()  # "&amp;", "&lt;", "&quot;": they hide no letter; stay as written


# invisible characters an entity may stand for ("&shy;", "&#8203;"): removed afterwards
_FORMAT = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"


def decode_entities(text: str) -> str:
    """Return ``text`` with HTML character references decoded ("M&uuml;ller" → "Müller").

    Only complete references (ending in ";") that stand for a letter, digit, space, an
    invisible character or a sign of an address ("@", ".") are read; others ("&amp;",
    "&lt;") and unknown ones stay as written.
    """
    if "&" not in text or ";" not in text:
        return text
    return _ENTITY.sub(_decoded, text)


# a tag or comment between two letters cuts a word in two ("M<b>ül</b>ler", "Mül<!-- -->ler")
_TAG_IN_WORD = re.compile(
    r"(?<=[^\W\d_])(?:</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?\s?/?>|<!--.{0,200}?-->)+"
    r"(?=[^\W\d_])",
    re.DOTALL,
)


def join_words(text: str) -> str:
    """Return ``text`` without tags and comments inside a word ("M<b>ül</b>ler" → "Müller").

    The text itself changes (like a removed zero-width space): a tag between two letters
    is no part of what the writer meant, and left in it would hide the word.
    """
    if "<" not in text:
        return text
    return _TAG_IN_WORD.sub("", text)


# emphasis: "*wort*", "**wort**", "_wort_", "~~wort~~" (not "Bürger*innen", "max_muster@…",
# "@_handle", "*12.03.1938" — a birth date's star stays a cue)
# — in pairs only, so that a handle's last underscore stays ("@lenaa.es_")
_EMPHASIS = re.compile(
    r"(?<![\w*~@.])(\*{1,3}|_{1,3}|~~)(?=[^\W\d_])"
    r"([^*_~\n]{1,100}?)(?<=[^\W\d_])\1(?![\w*~@.])"
)
# formatting tags of HTML and rich-text fields ("<b>", "</strong>", "<span class=…>")
_TAG = re.compile(
    r"</?(?:b|i|u|s|em|strong|span|font|mark|small|big|sup|sub|strike|del|ins|a|p|br|div)"
    r"(?:\s[^<>]{0,200})?\s?/?>",
    re.IGNORECASE,
)
# characters that look like a period or an at sign where an address is typed
_LOOK_ALIKE = str.maketrans({
    "\u2024": ".",  # one dot leader
    "\ufe52": ".",  # small full stop
    "\u2e33": ".",  # raised dot
    "\ufe6b": "@",  # small commercial at
})
_LOOK_ALIKE_CHARS = "\u2024\ufe52\u2e33\ufe6b"


def _blank(match: re.Match) -> str:
    return " " * (match.end() - match.start())


def _blank_marks(match: re.Match) -> str:
    mark = " " * len(match.group(1))
    return mark + match.group(2) + mark


def plain_view(view: str) -> str:
    """Return ``view`` with emphasis, formatting tags and look-alike dots read plainly.

    The result has the length of ``view``: each mark becomes a space (a look-alike dot a
    period), so a span found in it is the same span in the text as written.
    """
    if "*" in view or "_" in view or "~~" in view:
        plain = _EMPHASIS.sub(_blank_marks, view)
        if plain != view:
            view = plain
    if "<" in view:
        plain = _TAG.sub(_blank, view)
        if plain != view:
            view = plain
    if not view.isascii() and any([char in view for char in _LOOK_ALIKE_CHARS]):
        view = view.translate(_LOOK_ALIKE)
    return view
