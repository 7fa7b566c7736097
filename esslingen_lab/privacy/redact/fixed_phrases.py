"""Idioms, placeholder names and widely known people that name no one ("Hans im Glück").

:func:`protect` swaps each for a mark no rule matches before the rules run, :func:`restore`
puts it back after them (``fixed_phrases.txt``). A person's cue makes a figure's name
someone's again: before it ("Herr Johannes Kepler", "Mein Nachbar Angela Merkel", "LG …"),
after it ("… vom Bauhof", "…, der Hausmeister", "… (79)", a health detail right after a
full name) or a signature's line.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.cueless_kinds import _STRIP  # as the redactor strips words
from esslingen_lab.privacy.redact.phrase_scan import PhraseScan
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, _words, read_words

__all__ = ["PHRASE_STARTS", "protect", "restore"]


def protect(text: str) -> tuple[str, list[str]]:
    """Swap idioms and placeholder names ("Hans im Glück") for marks no rule matches."""
    kept: list[str] = []
    pieces, last = [], 0
    for match in _FIXED_PHRASES.finditer(text):  # as _FIXED_PHRASES.pattern.sub
        in_context_only = match.group().lower() in _IN_CONTEXT_ONLY
        if in_context_only:
            if not _sketch_told(text.lower()):
                continue  # "mein Vermieter Herr Müller-Lüdenscheidt" (no sketch told)
            named = _FIRST_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if named is not None and named.group(1) in FIRST_NAMES:
                continue  # "Moderation: Frau Dr. Sabine Müller-Lüdenscheidt"
        before = _PERSON_CUE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        cued = before and (before.group("first") is None or before.group("first") in FIRST_NAMES)
        if (cued and not in_context_only) or (
            _PERSON_AFTER.match(text, match.end()) or _role_after(text, match.end())
            or " " in match.group() and _health_after(text, match.start(), match.end())
        ) or (
            _ALONE_ON_LINE.match(text, match.end())
            and text.rfind("\n", 0, match.start()) >= 0
            and not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        ):
            continue  # "Herr Johannes Kepler vom Bürgeramt", a signature line: a person
        kept.append(match.group())
        pieces += (text[last : match.start()], _MARK + chr(0xE100 + len(kept) - 1))
        last = match.end()
    if not kept:
        return text, kept
    pieces.append(text[last:])
    return "".join(pieces), kept


# a figure's name that real people bear too: kept only where its story is told ("wie bei
# Loriot: Herr Müller-Lüdenscheidt und Dr. Klöbner"; in the labelled sets 12 such figures,
# 8 persons of that name, none of them beside these words)
_IN_CONTEXT_ONLY = frozenset(
    ("müller-lüdenscheidt", "herr müller-lüdenscheidt", "herrn müller-lüdenscheidt")
)


def _sketch_told(lowered: str) -> bool:
    """Klöbner, or Loriot with his sketch or its bathtub, in the lower-cased text."""
    return "klöbner" in lowered or (
        "loriot" in lowered and ("sketch" in lowered or "badewanne" in lowered)
    )

_FIRST_NAME_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)\x20+$")  # "Frau Dr. Sabine …"


def restore(text: str, kept: list[str]) -> str:
    """Put the phrases :func:`protect` swapped for marks back in."""
    if not kept:
        return text
    return _MARKED.sub(lambda m: kept[ord(m.group(1)) - 0xE100], text)


# a word that names a person before a figure's name makes it someone's: "Herr Johannes
# Kepler", "Mein Name ist …", "Absender: …", "mein Nachbar …", "Hans Johannes Kepler", "heißt
# intern nur Gandalf" (not "Ich bin kein Bill Gates", "unser Johannes Heesters": a comparison)
_PERSON_CUE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?i:herr|herrn|frau|hr\.|fr\.|prof\.|familie|fam\.|name\x20+ist|name:|"
    r"heiße|heisse|absender:?|kontakt:|gez\.|unterschrift:?|teilnehmer(?:in)?:|"
    r"nachbar|nachbarin|kollege|kollegin|sohn|tochter|mann|vater|mutter|bruder|schwester|"
    r"opa|oma|enkel|enkelin|schwager|schwägerin|chef|chefin"
    r"|(?:heißt|heisst|nennen|nennt)(?:\x20+\p{Ll}+){0,2}\x20+nur"
    r"|(?:den|die|der)\x20+(?:alle|wir|man)\x20+nur"  # "den alle nur Shrek nennen"
    # a sign-off, someone's role in one's life (reviews of session 36: "LG …", "Euer …",
    # "Unser Hausmeister heißt tatsächlich …", "Die Sachbearbeiterin …"; not "ihr", "ich
    # bin": "Ich bin Otto Normalverbraucher")
    r"|lg|vg|gruß|grüße|gruss|grüsse|euer|eure|"
    r"(?:heißt|heisst)\x20+(?:tatsächlich|wirklich|echt)|"
    r"sachbearbeiter(?:in)?|hebamme|(?:klassen)?lehrer(?:in)?|erzieher(?:in)?|"
    r"hausmeister(?:in)?|briefträger(?:in)?|ärztin|arzt|pfleger(?:in)?|trainer(?:in)?|"
    r"mitarbeiter(?:in)?|schüler(?:in)?|vermieter(?:in)?|mieter(?:in)?|kunde|kundin|"
    r"patient(?:in)?|freund(?:in)?|cousin|cousine|onkel|tante|neffe|nichte|schwiegersohn|"
    r"schwiegertochter)"
    r"|(?<![\p{L}])(?P<first>\p{Lu}\p{Ll}+))[\x20,:]+$",
    regex.VERSION1,
)
# what follows a private person's name, not a figure's: an age or a birth date, one's
# relation, where one works or lives ("Max Eyth vom Bauhof", "Max Eyth aus dem 3. Stock",
# "Max Eyth, unser Nachbar,", "Max Eyth (79)", "Max Eyth (Wohngeldstelle)"; not "Helene
# Fischer beim Stadtfest", "Kretschmann vom Ländle", "Robert Bosch im Schwörhaus")
_PERSON_AFTER = regex.compile(
    r"\x20*\(\x20*(?:\d{1,3}\b|geb|\*|jg|jahrgang|\p{L}*(?:stelle|amt|büro|verwaltung)\))"
    r"|\x20*,\x20*(?:\d{1,3}\b|(?i:mein|meine|unser|unsere|dein|deine)\x20)"
    r"|\x20+(?i:von\x20+(?:nebenan|gegenüber|oben|unten)|aus\x20+(?:unserer|unserem|meiner|"
    r"meinem|der\x20+Nachbarschaft|Nr\.?)(?![\p{L}]))"
    r"|\x20+(?i:vom|von\x20+der|aus\x20+dem|aus\x20+der)\x20+(?:\d|\[ADRESSE\]|\p{L}*"
    r"(?:amt|hof|stelle|büro|haus|geschoss|stock|straße|strasse|gasse|weg|verwaltung|zimmer|"
    r"wohnung|heim|treff|schule|kita|verein|rathaus|bürgerbüro|erdgeschoss|dachgeschoss)"
    r"(?![\p{L}]))",
    regex.VERSION1,
)
# a role in apposition, in brackets or after a comma: "Terence Hill, der Kassenwart",
# "Bud Spencer (Hausmeister)", "Jamie Oliver, dem Hausmeister"
_ROLE_AFTER = regex.compile(
    r"\x20*(?:\(\x20*|,\x20*(?:(?i:der|die|dem|den|unser\w*|mein\w*)\x20+)?)(?P<role>\p{Lu}\p{Ll}+)",
    regex.VERSION1,
)


def _role_after(text: str, end: int) -> bool:
    """Tell a figure's name followed by a person's role ("Tom Hanks, der Hausmeister")."""
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    found = _ROLE_AFTER.match(text, end)
    return found is not None and _is_person_noun(found.group("role"))


def _health_after(text: str, start: int, end: int) -> bool:
    """Tell a figure's name a health detail follows in its sentence.

    "Bud Spencer hat Diabetes": a private person's, as a figure's illness is rarely what a
    survey's answer tells (second review, session 36).
    """
    from esslingen_lab.privacy.redact.health import health_spans

    stop = min((i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0), default=len(text))
    sentence = text[start:stop]
    # the detail right after the name (its verb on), not one of someone else later on
    # (a detail that ends inside the phrase is its own: "Alois Alzheimer")
    return any(
        begin <= end - start + 12 and stop > end - start for begin, stop in health_spans(sentence)
    )


# the figure's name alone on its line after another line: a signature
_ALONE_ON_LINE = regex.compile(r"[\x20\t]*(?:\n|$)")

_MARK = "\ue000"


def _phrase_forms(phrases) -> tuple[str, ...]:
    """Return the phrases as listed and those of two or more words in other forms.

    As typed in capitals or lower case and in the genitive ("ANGELA MERKEL", "angela
    merkel", "Angela Merkels").
    """
    forms = dict.fromkeys(phrases)
    for phrase in phrases:
        if " " in phrase:
            forms[phrase.upper()] = None
            if phrase.split()[0].lower() not in _COMMON_FIRST_WORDS:
                # (not "der kleine prinz", "bei hempels": every text would be scanned)
                forms[phrase.lower()] = None
            if phrase[-1:].isalpha() and phrase[-1] not in "sxzß":
                forms[phrase + "s"] = None
    return tuple(forms)


_COMMON_FIRST_WORDS = frozenset(
    "der die das den dem des ein eine bei beim im am in an auf mit und von vom zu zum zur "
    "hey mr. mrs. dr. st. sankt kaiser papst prinz graf".split()
)
_PHRASES = _phrase_forms(read_words("fixed_phrases"))
# first words of the fixed phrases: one set look-up tells most texts that none occurs
PHRASE_STARTS = frozenset(phrase.split()[0].strip(_STRIP) for phrase in _PHRASES)
_MARKED = regex.compile("\ue000([\ue100-\ue8ff])")
_FIXED_PHRASES = PhraseScan(  # tried only where a phrase's first word stands
    # a compound may go on after a hyphen: "nicht nur Hans im Glück-Projekte"
    regex.compile(r"(?<![\p{L}\-])" + _words(*_PHRASES) + r"(?![\p{L}])"),
    _PHRASES,
    r"(?<![\p{L}\-])(?:",
)
