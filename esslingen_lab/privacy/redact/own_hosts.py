"""A bare host in a sentence about someone's own site: "Ich blogge … (darmgefluester-es.de)".

``personal_sites`` takes a bare host by its form (a blog host's page, a name in the host) and
``contacts_loose`` one right after "meine Seite", "mein Blog". People also name their own
site further off in the sentence: "[NAME] … hat die Werte auf ruoff-misst.de veröffentlicht",
"frau [NAME] pflegt privat sternschnuppe-kultur.de", "Wir haben einen Ferienhof …
Webseite: ferienhof-bergblick-es.de". In the labelled sets a bare host (no "www.", no
"https://") is someone's own site in 1,306 of 1,363 cases; the others are the town's, a
platform's or a firm's ("esslingen.de", "nebenan.de", "web.de", "doctolib.de").

So a bare host is taken when its sentence tells that someone runs, makes, has or shows it
("Ich betreibe …", "blogge", "dokumentiert Schäden auf …", "Unser Nachbar hat eine Website
…: …", "mein Blog", "privat", "mehr auf …", "erreichbar über …"), names it as a field
("Webseite: …", "Meine Hebammenpraxis: …"), calls it someone's site right after it ("…, ein
Buchblog") or sets it aside in the writer's or a named person's sentence ("Ich schreibe
Krimis, krimis-aus-esslingen.de.") — and the host is no one's in particular: not the town's
or an office's, no group's or club's, no platform or well-known firm (``public_sites.txt``),
not one listed name or one plain word of the dictionary ("mueller.de", "wetter.com"). A
customer's verbs tell no owner ("Ich bestelle bei thalia.de", "über impfterminservice.de
gebucht"; a reviewer's 202 such answers all stay), nor does a person merely named in the
sentence ("Frau [NAME] hat auf formulare-bw.de verwiesen") or the town's formal "Ihrer".
A host that spells a first name among its parts or run on with a listed surname
("ukulele-ulrike.de", "janafink.de") needs no such sentence (session 59). Readers' and
customers' words stay no owner's: "Ich schreibe meine Beschwerde auf …", "Mehr dazu auf …",
"Kontakt: …" (a reviewer's 173 answers lost 39 hosts to a version that read them).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.contacts_loose import _PLATFORM, _public_site
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.personal_sites import (
    _BARE,
    _FIRM_WORDS,
    _FUNCTION,
    _HOST_GATE,
    _INSTITUTIONS,
    _TLD_NEEDS,
    _TRADES,
    _group_page,
    known_sites,
    umlauted,
)
from esslingen_lab.privacy.redact.public_web import PUBLIC_PLACE_RE
from esslingen_lab.privacy.redact.strength import _named_after_people
from esslingen_lab.privacy.redact.vocabulary import TOWN_ENDINGS, read_words

__all__ = ["OWN_HOST_RULES"]

# (not "Ihr", "Ihrer" in capitals: the formal "your", the town's: "auf Ihrer Webseite …")
_POSSESSIVE = r"(?:(?i:mein|unser|sein|dein|euer|eur)|(?-i:ihr))(?i:e|en|em|er|es)?"
_SITE_NOUN = (
    r"(?:\p{L}*blog|\p{L}*seite|website|homepage|\p{L}*shop|podcast|kanal|portfolio|galerie"
    r"|hofladen)"
)
# what tells that the site is someone's own, in the host's sentence:
_OWNER = regex.compile(
    rf"""(?<![\p{{L}}\-])(?i:
        privat
        # the site as someone's: "mein Blog", "unsere Webseite", "ihr kleiner Onlineshop"
      | {_POSSESSIVE}\x20+(?:\p{{L}}+\x20+)?{_SITE_NOUN}
        # making or running it: "betreibe", "blogge", "veröffentlicht", "dokumentiert",
        # "gepostet", "hochgeladen", "programmiert"
      | betreib\p{{L}}* | blogg(?:e|st|t|en) | veröffentlich\p{{L}}* | dokumentier\p{{L}}*
      | gepostet | post(?:e|est|et|en) | hochgeladen | programmiert
        # having or making one: "Ich habe eine Homepage über …", "Unser Nachbar hat eine
        # Website über alte Obstsorten: …", "hat eine eigene Seite gebaut: …"
      | (?:hab|habe|haben|hat|hatte|hatten|hend|hot)\x20+(?:sogar\x20+|jetzt\x20+|auch\x20+)?
        (?:ein|eine|einen|ne|'ne|die|den)\x20+(?:\p{{L}}+\x20+)?{_SITE_NOUN} | gebaut
        # where to find or reach someone: "mehr auf …", "erreichbar über …", "Findet uns …",
        # "Mehr über mich: …", "alles zu mir auf …", "Arbeitsproben auf …" (not "mehr dazu
        # auf …", "Kontakt: …", "Ich schreibe … auf …": a reviewer's readers and customers)
      | mehr\x20+(?:infos?\x20+)?(?:auf|unter) | erreichbar\x20+(?:über|unter)
      | mehr\x20+über\x20+(?:mich|uns) | alles\x20+(?:zu\x20+mir|über\x20+mich)
      | arbeitsproben\x20+(?:auf|unter)
      | (?:findet|finden|findest)\x20+(?:uns|mich)
        # the writer showing, selling or letting things there: "Ich zeige sie auf …", "Wir
        # vermieten unser Gartenhaus über …", "Uns findet man auf …" (not "ich bestelle",
        # "ich buche", "ich lese": a customer's verbs)
      | (?:ich|i|wir)\x20+(?:zeig|stell|verkauf|vermiet|biet|teil|präsentier)\p{{L}}{{0,2}}
      | (?:zeige|stelle|vermiete|präsentiere)  # the writer's own verb: "… und zeige sie auf"
      | (?:uns|mich|sie|ihn)\x20+(?:findet|finden|findest)\x20+(?:man|ihr|du|sie)
      | (?:findet|finden)\x20+(?:man|ihr|sie)\x20+(?:uns|mich)
    )(?![\p{{L}}\-])""",
    regex.VERSION1 | regex.VERBOSE,
)
# the host named as a field or an aside of the writer's: "Webseite: ferienhof-….de",
# "Ich schreibe Krimis, krimis-aus-esslingen.de." (a comma or bracket before it, its
# sentence's or bracket's end after it, the writer in the sentence)
_FIELD = regex.compile(
    rf"(?:(?i:web|{_SITE_NOUN}|internet|online|im\x20netz)"
    rf"|(?i:{_POSSESSIVE})\x20+\p{{L}}+)\x20*:\x20*$"  # "Meine Hebammenpraxis: …"
    # a site's word as a label without its colon: "IT-Support, Website kessler-it-hilfe.de"
    # (not "auf der Webseite …": a page one visits)
    r"|(?<![\p{L}]\x20*)(?i:website|webseite|homepage|blog)\x20+$"
    r"|(?<=[,;(]\x20*)(?i:website|webseite|homepage|blog)\x20+$",
    regex.VERSION1,
)
# the host called someone's site right after it: "Ich bin [NAME] von …, ein Buchblog"
_CALLED_AFTER = regex.compile(
    rf"\x20*[,(–\-]\x20*(?i:ein|eine|einen|mein|meine|unser|unsere)\x20+(?:\p{{L}}+\x20+)?"
    rf"(?i:\p{{L}}*{_SITE_NOUN})",
    regex.VERSION1,
)
_ASIDE_BEFORE = regex.compile(r"(?:,|\(|\x20[–\-])\x20*$", regex.VERSION1)
_ASIDE_AFTER = regex.compile(r"\x20*(?:[.!?)]|$)", regex.VERSION1)
_WRITER = regex.compile(
    r"(?<![\p{L}\-])(?i:ich|i|wir|mir|uns|mein\p{L}{0,2}|unser\p{L}{0,2})(?![\p{L}\-])"
    r"|\[NAME\]",  # a person's line: "Praxis [NAME], …", "Herr [NAME] (…)"
    regex.VERSION1,
)
_PLATFORM_HOST = regex.compile(_PLATFORM, regex.VERSION1)
# a sentence's bounds: an end mark before a space or a line break (a host's dots are none)
_SENTENCE_END = regex.compile(r"[.!?]+(?=\s|$)|\n", regex.VERSION1)


def _bounds(text: str) -> list[int]:
    """Where the text's sentences end, in order (one pass per text)."""
    return [found.end() for found in _SENTENCE_END.finditer(text)]


def _sentence_of(text: str, ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence holding ``text[start:end]``."""
    before = bisect_right(ends, start) - 1
    after = bisect_left(ends, end + 1)
    return (ends[before] if before >= 0 else 0), (ends[after] if after < len(ends) else len(text))


def _nobodys(match) -> bool:
    """Tell a host of the town, an office, a group, a platform or a firm."""
    value = match.group("v")
    label = match.group("label").lower()
    sub = (match.group("sub") or "").lower()
    if _public_site(value) or label in known_sites() or _group_page(label):
        return True
    if sub and (_group_page(sub) or sub in known_sites() or PUBLIC_PLACE_RE.fullmatch(sub)):
        return True  # "esslingen.wordpress.com": the town's blog
    if _PLATFORM_HOST.fullmatch(value) is not None:
        return True  # "meine Seite bei wordpress.com": the platform alone
    # a town's own host ("ludwigsburg.de", "kirchheim-teck.de"), not a name with a town in it
    # ("krimis-aus-esslingen.de", "wetterstation-zollberg.de")
    parts = label.split("-")
    return (
        parts[0].endswith(TOWN_ENDINGS)
        and (len(parts) == 1 or len(parts) == 2 and not lexicon().is_german(parts[1]))
        or PUBLIC_PLACE_RE.fullmatch(label) is not None
    )


def _one_name(label: str) -> bool:
    """Tell a host's name that is one listed name: "mueller", "otto", "bosch" (a firm's)."""
    if not label.isalpha():
        return False
    lex = lexicon()
    return any(
        word.capitalize() in lex.last or lex.is_first_name(word.capitalize())
        for word in {label, umlauted(label)}
    )


@lru_cache(maxsize=1)
def _figures() -> frozenset:
    """Public figures and fixed phrases in lower case ("olaf scholz"), as a host spells them."""
    return frozenset(umlauted(line.lower()) for line in read_words("fixed_phrases"))


def _first_name(word: str) -> bool:
    """Tell a listed first name that is no German word ("ulrike", "paulina"; not "frank")."""
    lex = lexicon()
    return any(
        lex.is_first_name(form.capitalize()) and not lex.is_german(form)
        and form.capitalize() not in _named_after_people()
        for form in {word, umlauted(word)}
    )


def _names_someone(host: str) -> bool:
    """Tell a host that spells a first name anywhere: "ukulele-ulrike", "janafink".

    ``personal_sites`` takes a host that opens with a first name and a surname or a plain word;
    here, where no sentence tells an owner, a first name may stand anywhere among the host's
    parts (four letters or more, every part three letters or more: not "s-oliver"), or run on
    with a listed surname ("jana" + "fink", "benedikt" + "rall"; not "franz" + "iskaner",
    "christoph" + "sbad": brands). The exclusions are that rule's: no function word, no firm's,
    institution's or trade's word ("anna-haus", "emma-zeitschrift"), no public figure
    ("olaf-scholz"); firms named after a first name are in ``public_sites.txt``
    ("hugo-boss").
    """
    parts = [part for part in regex.split(r"[\-.]", host.lower()) if part]
    if any(
        len(part) < 3 or part in _FUNCTION or part in _FIRM_WORDS
        or part.endswith(_INSTITUTIONS + _TRADES)
        for part in parts
    ) or umlauted(" ".join(parts)) in _figures():
        return False
    last = lexicon().last
    return any(
        part.isalpha()
        and (
            len(parts) > 1 and len(part) >= 4 and _first_name(part)
            or any(
                _first_name(part[:k]) and part[k:].capitalize() in last
                for k in range(4, len(part) - 3)
            )
        )
        for part in parts
    )


def _own_host_spans(text: str):
    ends = None
    for match in _BARE.finditer(text):
        if match.group("v").lower().startswith("www.") or _nobodys(match):
            continue
        if _one_name(match.group("label").lower()):
            continue  # "[NAME] empfiehlt mueller.de": a firm named after a family
        start, end = match.span("v")
        if _names_someone(match.group("label")) or _names_someone(match.group("sub") or ""):
            yield start, end
            continue
        if ends is None:
            ends = _bounds(text)
        first, last = _sentence_of(text, ends, start, end)
        head, tail = text[first:start], text[end:last]
        if (
            _OWNER.search(head) is not None or _OWNER.search(tail) is not None
            or _FIELD.search(head) is not None or _CALLED_AFTER.match(tail) is not None
            or _ASIDE_BEFORE.search(head) is not None and _ASIDE_AFTER.match(tail) is not None
            and _WRITER.search(head) is not None
        ):
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
