"""A bare host in a sentence about someone's own site: "Ich blogge … (darmgefluester-es.de)".

``personal_sites`` takes a bare host by its form (a blog host's page, a name in the host) and
``contacts_loose`` one right after "meine Seite", "mein Blog". People also name their own
site further off in the sentence: "[NAME] … hat die Werte auf ruoff-misst.de veröffentlicht",
"frau [NAME] pflegt privat sternschnuppe-kultur.de", "Wir haben einen Ferienhof …
Webseite: ferienhof-bergblick-es.de". In the labelled sets a bare host (no "www.", no
"https://") is someone's own site in 1,306 of 1,363 cases; the others are the town's, a
platform's or a firm's ("esslingen.de", "nebenan.de", "web.de", "doctolib.de").

So a bare host is taken when its sentence tells of an owner — the writer ("ich", "wir",
"mein", "unser"), a person the name rules found (``[NAME]``), "privat" or "Blog" ("auf
Ihrer Webseite" is the town's) — and the host is no one's in particular:
not the town's or an office's, no group's or club's, no platform or well-known firm
(``public_sites.txt``), not one plain word of the dictionary ("wetter.com"). A host in a
sentence without such a word stays ("die Karte bei metaver.de").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.contacts_loose import _PLATFORM, _public_site
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.personal_sites import _BARE, _HOST_GATE, _TLD_NEEDS, _group_page
from esslingen_lab.privacy.redact.public_web import PUBLIC_PLACE_RE
from esslingen_lab.privacy.redact.vocabulary import TOWN_ENDINGS, read_words

__all__ = ["OWN_HOST_RULES"]

# what tells an owner in the sentence: the writer, a found name, a private or own site
_OWNER = regex.compile(
    r"(?<![\p{L}\-])(?i:ich|i|wir|mir|mich|uns|mein\p{L}{0,2}|meim|unser\p{L}{0,2}|privat"
    r"|blog\p{L}*)(?![\p{L}\-])|\[NAME\]",
    regex.VERSION1,
)
# a sentence's bounds: an end mark before a space or a line break (a host's dots are none)
_PLATFORM_HOST = regex.compile(_PLATFORM, regex.VERSION1)
_SENTENCE_END = regex.compile(r"[.!?]+(?=\s|$)|\n", regex.VERSION1)


@lru_cache(maxsize=1)
def _known_sites() -> frozenset:
    """Names of platforms and well-known firms' hosts, without their ending ("doctolib")."""
    return frozenset(word.lower() for word in read_words("public_sites"))


def _sentence(text: str, start: int, end: int) -> str:
    left = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        left = found.end()
    after = _SENTENCE_END.search(text, end)
    return text[left : after.start() if after else len(text)]


def _nobodys(match) -> bool:
    """Tell a host of the town, an office, a group, a platform or a firm."""
    value = match.group("v")
    label = match.group("label").lower()
    sub = (match.group("sub") or "").lower()
    if _public_site(value) or label in _known_sites() or _group_page(label):
        return True
    if sub and (_group_page(sub) or sub in _known_sites() or PUBLIC_PLACE_RE.fullmatch(sub)):
        return True  # "esslingen.wordpress.com": the town's blog
    if _PLATFORM_HOST.fullmatch(value) is not None:
        return True  # "meine Seite bei wordpress.com": the platform alone
    return label.endswith(TOWN_ENDINGS) or PUBLIC_PLACE_RE.fullmatch(label) is not None


_UMLAUTS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))


def _one_name(label: str) -> bool:
    """Tell a host's name that is one listed name: "mueller", "otto", "bosch" (a firm's)."""
    if not label.isalpha():
        return False
    lex = lexicon()
    spellings = {label}
    for plain, umlaut in _UMLAUTS:
        spellings |= {word.replace(plain, umlaut) for word in spellings}
    return any(
        word.capitalize() in lex.last or lex.is_first_name(word.capitalize())
        for word in spellings
    )


def _own_host_spans(text: str):
    for match in _BARE.finditer(text):
        if match.group("v").lower().startswith("www.") or _nobodys(match):
            continue
        if _one_name(match.group("label").lower()):
            continue  # "[NAME] empfiehlt mueller.de": a firm named after a family
        start, end = match.span("v")
        sentence = _sentence(text, start, end)
        if _OWNER.search(sentence.replace(match.group("v"), " ")) is not None:
            yield start, end


OWN_HOST_RULES = [
    _Rule(
        "URL",
        None,
        needs=_TLD_NEEDS,
        gate=_HOST_GATE,
        finder=_own_host_spans,
        name="url-own-host",
        trusted=True,
    ),
]
