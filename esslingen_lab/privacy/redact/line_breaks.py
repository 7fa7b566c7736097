r"""Words broken at a line's end, as text copied from a PDF or a scanned letter has them.

:func:`join_broken_lines` joins them for the rules to read ("Geburts-\ndatum",
"Schnei-\nder"); :func:`rebreak_lines` writes them back as they were where no rule replaced
the word, so that the answer keeps its form.
"""

from __future__ import annotations

import regex

__all__ = ["join_broken_lines", "rebreak_lines"]

# a word broken at a line's end, as text copied from a PDF or a scanned letter has it:
# "Geburts-\ndatum", "Anwohnerparkaus-\nweis"; not a hyphen that joins words ("Bus-\nund
# Bahnverkehr", "E-\nMail", "Müller-\nLüdenscheidt": the next line starts with a capital)
_BROKEN_WORD = regex.compile(
    r"(?<!\p{L})(?P<head>\p{L}{2,})[\-\u2010\u2011¬][\x20\t]*\r?\n"
    # a page's blank line between, a quoted mail's marks on the next line ("> der")
    r"(?:[\x20\t]*\r?\n)?(?:[\x20\t]*>)*[\x20\t]*"
    r"(?!(?:und|oder|bis|sowie|bzw|noch|als|wie|statt|anstatt)(?!\p{L}))(?P<tail>\p{Ll}{2,})"
    r"(?!\p{L})",
    regex.VERSION1,
)


def join_broken_lines(text: str) -> tuple[str, dict[int, tuple[str, str]]]:
    r"""Join words broken at a line's end ("Geburts-\ndatum"), for the rules to read.

    Left broken they would hide a form's label or a name from every rule ("Schnei-\nder").
    Returns the joined text and, by position in it, each joined word and how it was
    written, which :func:`rebreak_lines` puts back where no rule replaced the word.
    """
    joined: dict[int, tuple[str, str]] = {}
    removed = 0

    def join(match: regex.Match) -> str:
        nonlocal removed
        word = match.group("head") + match.group("tail")
        joined[match.start() - removed] = (word, match.group())
        removed += len(match.group()) - len(word)
        return word

    return _BROKEN_WORD.sub(join, text), joined


def rebreak_lines(text: str, redacted: str, joined: dict[int, tuple[str, str]]) -> str:
    """Break the words again that :func:`join_broken_lines` joined and no rule replaced.

    ``text`` is the joined text. A word is put back only when it occurs in the redacted
    text as often as in ``text``: then its n-th occurrence there is its n-th one here.
    """
    words = sorted({word for word, _ in joined.values()}, key=len, reverse=True)
    pattern = regex.compile(
        r"(?<!\p{L})(?:" + "|".join(map(regex.escape, words)) + r")(?!\p{L})", regex.VERSION1
    )
    written: dict[str, list] = {}
    for match in pattern.finditer(text):
        written.setdefault(match.group(), []).append(joined.get(match.start(), (None, None))[1])
    found: dict[str, int] = {}
    for match in pattern.finditer(redacted):
        found[match.group()] = found.get(match.group(), 0) + 1
    # the word went with a tag (or some of its occurrences did): left joined
    queues = {w: iter(ws) for w, ws in written.items() if found.get(w, 0) == len(ws)}

    def back(match: regex.Match) -> str:
        queue = queues.get(match.group())
        return (next(queue, None) if queue is not None else None) or match.group()

    return pattern.sub(back, redacted)
