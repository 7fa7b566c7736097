"""A person's phrase with an apposition of looks after it is one description.

"die Kollegin vom Empfang im Bürgeramt Weil, die mit dem Kopftuch", "der Hausmeister vom
Rathaus, der mit der Vespa", "der Fahrer vom Schulbus, der große mit dem Bart": the role and
its place say where the person works, the apposition which one of them it is; together they
single out one person. The independent writers of the labelled sets mark both as one
description (fresh92 to fresh96: 10 such labels, none leaving the role outside), while the
description rules tagged the apposition alone or nothing. So:

* a person's phrase (article, adjectives, a person noun, up to three places or genitives
  after it) right before a tagged apposition joins its tag: "Die Sachbearbeiterin im
  Bürgeramt, [PERSON-BESCHREIBUNG]" → "[PERSON-BESCHREIBUNG]"; so does one with "dort" for
  a place just named ("Die Sozialarbeiterin dort, [PERSON-BESCHREIBUNG]") and one before a
  bracketed tag ("Der Pförtner am Neuen Rathaus ([PERSON-BESCHREIBUNG])");
* a person's phrase with an untagged apposition "der/die (große …) mit dem …" after a comma
  becomes one tag with it.

Not a thing's phrase ("Die App, die mit dem roten Logo"), nor a plural ("die Männer, die mit
den Helmen").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact import ties
from esslingen_lab.privacy.redact.description_words import _feminine, _person_word
from esslingen_lab.privacy.redact.extents import _FINITE, _verb_like
from esslingen_lab.privacy.redact.patterns import _Rule

__all__ = ["LOOKS_AFTER_ROLE_RULES"]

_ADJ = r"(?:\p{Ll}+e[rnms]?\x20+)"
_PLACE = (
    r"(?:\x20+(?i:vom|von\x20+der|von\x20+dem|aus\x20+der|aus\x20+dem|im|in\x20+der|in|am|"
    r"an\x20+der|beim|bei\x20+der|der|des|auf\x20+der|für\x20+die|für\x20+den)\x20+"
    rf"{_ADJ}?[\p{{L}}\d][\p{{L}}\-.\d]*(?:\x20+\p{{Lu}}[\p{{L}}\-]*)?"
    r"|\x20+(?i:von\x20+)?(?i:nebenan|gegenüber|oben|unten))"  # "die Frau von nebenan"
)
# with where: "Der Postbote, [PERSON-BESCHREIBUNG]" is anyone's; "dort" points at a place just
# named ("Die Sozialarbeiterin dort, [PERSON-BESCHREIBUNG]", "Die Dame am Empfang dort, …")
_NP = (
    rf"(?P<np>(?<![\p{{L}}])(?P<article>(?i:der|die|den|dem|dr|d'))\x20*{_ADJ}{{0,2}}"
    rf"(?P<head>\p{{L}}[\p{{L}}\-]+)"
    rf"(?:{_PLACE}{{1,3}}(?:\x20+(?i:dort))?|\x20+(?i:dort)"
    # or a relative clause that says which one: "Der Mann, der die Eismaschine fährt, […]"
    r"|\x20*,?\x20+(?P<rel>(?i:der|die)\x20+[^,.;:!?()\n\[\]\"„“]{3,100}?)))"
)
_PHRASE = rf"{_NP}\x20*,\x20*"
# the apposition after a comma, or in brackets: "Der Pförtner am Neuen Rathaus ([…])"
_TAGGED = regex.compile(
    rf"{_NP}(?:\x20*,\x20*\[PERSON-BESCHREIBUNG\]|\x20*\(\[PERSON-BESCHREIBUNG\]\))",
    regex.VERSION1,
)
# looks in brackets, with a relative clause inside: "Der Herr an der Kasse (der ältere mit
# dem Schnauzer, der immer Schalke-Trikot anhat)"
_BRACKETED_LOOKS = regex.compile(
    rf"{_NP}\x20*\((?i:der|die)\x20+{_ADJ}?(?i:mit)\x20+(?P<looks>[^()\n\[\]]{{2,60}}?)"
    r"(?:,\x20*(?i:der|die)\x20[^()\n\[\]]{2,80})?\)",
    regex.VERSION1,
)
# a capitalised adjective as the apposition's noun: "der Alte mit dem Hund", "die Blonde mit …"
_NOUN_ADJ = r"(?:\p{Lu}\p{Ll}+e\x20+)"
_LOOKS = regex.compile(
    rf"{_PHRASE}(?i:der|die|dr|d')\x20+(?:{_ADJ}|{_NOUN_ADJ})?(?i:mit)\x20+(?i:dem|der|den|einem|einer|de|em)\x20+"
    r"(?P<looks>[^,.;:!?()\n]{2,60}?)(?=\x20*(?:[,.;:!?)\n–]|$))",
    regex.VERSION1,
)
# the words of looks: nouns, adjectives, articles ("dem Kopftuch und dem schönen Lachen");
# a verb makes it a relative clause ("die mit den Tablets umgehen kann", "der mit dem Auto kam")
_LOOKS_WORD = regex.compile(
    r"\p{Lu}[\p{L}\-]*|\p{Ll}+e[nrms]?|und|mit|im|am|an|auf|in|von|vom|de[mnrs]?|die|das|ein\p{Ll}*"
    r"|\S*\p{Co}\S*",  # a fixed phrase kept apart ("Tante-Emma-Laden", fixed_phrases.protect)
    regex.VERSION1,
)


def _one_person(article: str, head: str) -> bool:
    """Tell a noun for one person ("Kollegin", "Hausmeister", "frau", "Nachbarin").

    Not a plural: "die" before a noun that is no woman's ("Die Mitarbeiter vom Bauhof, die
    mit den Westen"), "-innen", "-leute".
    """
    word = head[:1].upper() + head[1:]
    if head.lower().endswith(("innen", "leute")) or not (_person_word(word) or ties.relation(word)):
        return False
    return article.lower() not in ("die", "d'") or _feminine(word) or bool(ties.female(word))


# trades that name their shop too: "Der Bäcker am Markt, der mit dem Holzofen" is the shop;
# with a person's adjective it is the person ("der Bäcker am Markt, der große mit dem Bart")
_SHOP_TRADES = ("bäcker", "metzger", "friseur", "optiker", "apotheker", "schreiner", "florist",
                "bestatter", "juwelier", "konditor", "fleischer", "schuster", "goldschmied")
_PERSON_ADJECTIVES = frozenset(
    "große großen kleine kleinen alte alten junge jungen ältere älteren nette netten blonde "
    "blonden dicke dicken dünne dünnen lange langen grauhaarige".split()
)
# verbs in a lower-case apposition ("der mit den knöllchen ist ein depp") or in "-ierte"
_VERBS = frozenset(
    "ist sind war waren hat haben hatte hatten kann können muss müssen will wollen darf soll "
    "wird werden reden redet macht machen".split()
)


def looks_after_role_spans(text: str):
    """Yield a person's phrase with the apposition of looks after it (see the module)."""
    found = []
    lower = text.islower()
    for pattern in (_TAGGED, _BRACKETED_LOOKS, _LOOKS):
        for match in pattern.finditer(text):
            rel = match.group("rel")
            if rel is not None and not _relative_clause(rel):
                continue  # "Die App, die kommt …": no verb-final clause
            looks = match.groupdict().get("looks")
            if looks is not None and (
                any(word in _VERBS or word.endswith(("ierte", "ierten")) for word in looks.split())
                or not lower and not all(_LOOKS_WORD.fullmatch(word) for word in looks.split())
            ):
                continue  # a relative clause: "die mit den Tablets umgehen kann"
            head = match.group("head")
            if head.lower().endswith(_SHOP_TRADES) and looks is not None and not (
                _PERSON_ADJECTIVES & set(match.group().lower().split())
            ):
                continue  # "Der Bäcker am Markt, der mit dem Holzofen": the shop
            if _one_person(match.group("article"), head):
                found.append(match.span())
    yield from sorted(found)  # in text order; the redactor skips a span overlapping the last


def _relative_clause(rel: str) -> bool:
    """Tell "der die Eismaschine fährt": a pronoun and a clause that ends with its verb."""
    words = rel.split()[1:]
    return 2 <= len(words) <= 14 and words[0].lower() not in _FINITE and _verb_like(words[-1])


LOOKS_AFTER_ROLE_RULES = [
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=(" mit ", "[person-beschreibung]"),
        finder=looks_after_role_spans,
        name="beschreibung-rolle-mit-aussehen",
        trusted=True,
    ),
]
