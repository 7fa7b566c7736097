"""Senders of a chat pasted into an answer: the name after a message's time stamp.

Messenger exports put each message on a line of its own: time stamp, sender, colon, text
("[09:15] Bine: danke", "[05.02.25, 21:12] Brigitte Sautter: klar", "12.03.24, 18:02 -
Kalle: Treffen?"). The sender is whoever wrote, by a name, a nickname ("Mausi", "Jo"), in
lower case ("jule") or with an emoji; the line's form says so, whether or not a name list
knows the word. A bare clock time ("18:02 Tobi: bin dabei") makes a chat only when two
lines or more of the answer start that way (one "18:00 Treffpunkt: Rathaus" is an agenda).

No sender's name: a role, a family word or an office ("Admin", "Moderatorin", "Mama",
"Bürgerbüro", "Chatbot", "Ich"), an ordinary German noun ("Treffpunkt", "Ergebnis"), a
tag set already, or a phone number (the phone rules take it).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, read_words

__all__ = ["CHAT_SPEAKER_RULES", "chat_speaker_spans"]

_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[^\S\n]*(?i:uhr|am|pm))?"
_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
# the sender: up to four words before a colon and a space, no sentence inside
_SENDER = (
    r"(?P<v>(?:[~\u200e][^\S\n]*)?[^\W\d_][^\n:;,.!?()\[\]{}<>\"„“]{0,38}?)"
    r"[^\S\n]*:(?=[^\S\n]|$)"
)
_STAMPED = regex.compile(
    rf"(?m)^[^\S\n]*(?:\[(?:{_DATE},?[^\S\n]+)?{_TIME}\]|{_DATE},?[^\S\n]+{_TIME}"
    rf"[^\S\n]*[-–—]?)[^\S\n]*{_SENDER}",
    regex.VERSION1,
)
_CLOCKED = regex.compile(rf"(?m)^[^\S\n]*{_TIME}[^\S\n]*[-–—]?[^\S\n]*{_SENDER}", regex.VERSION1)
_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-.]*", regex.VERSION1)


@lru_cache(maxsize=1)
def _not_senders() -> frozenset:
    """Roles, family words, offices and pronouns that send no name (lower case)."""
    return frozenset(read_words("chat_roles")) | frozenset(read_words("city_offices"))


def _names_someone(sender: str) -> bool:
    words = _WORD.findall(sender)
    if not words or len(words) > 4 or len(sender.split()) > 4:
        return False
    lower = [w.lower().strip(".") for w in words]
    if any(w in _not_senders() or any(w.endswith(o) for o in _offices()) for w in lower):
        return False
    lex = lexicon()
    first = words[0]
    if _is_person_noun(first) and first not in FIRST_NAMES:
        return False  # "Moderatorin", "Kundin", "Anrufer"
    if all(w[:1].isupper() and lex.is_common_noun(w.rstrip(".")) for w in words):
        return False  # "Treffpunkt: Rathaus", "Vortrag Stadtwerke: …" (an agenda's items)
    return True


@lru_cache(maxsize=1)
def _offices() -> tuple[str, ...]:
    return tuple(w for w in read_words("city_offices") if len(w) > 4)


def chat_speaker_spans(text: str):
    """Yield (start, end) of each message's sender after a time stamp."""
    found = list(_STAMPED.finditer(text))
    clocked = list(_CLOCKED.finditer(text))
    if len(clocked) >= 2:
        found += clocked
    seen = set()
    for match in found:
        start, end = match.span("v")
        if start in seen:
            continue
        seen.add(start)
        sender = text[start:end]
        if not _names_someone(sender):
            continue
        words = list(_WORD.finditer(sender))
        # the words only: a leading "~" and a trailing emoji stay
        yield start + words[0].start(), start + words[-1].end()


CHAT_SPEAKER_RULES = [
    _Rule(
        "NAME",
        None,
        needs_digit=True,
        gate=regex.compile(r"(?m)^[^\S\n]*\[?\d{1,2}[:./]\d{1,2}"),
        finder=chat_speaker_spans,
        name="name-chat-sender",
        trusted=True,
    )
]
