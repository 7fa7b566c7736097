"""Names in a person's slot that no title announces (session 11).

Three families of places where only a person stands:

- a relative's or friend's possessor: "die Mama von Emil", "der Opa von Lea-Sophie";
- whom to ask: "fragen Sie nach Ernst", "wenden Sie sich an Jana", "Rückfragen an Timo";
- an answer's sign-off on its last line: "… null acht. Kranich" (after a phone number),
  "– karo aus der Stadtkasse", "– Lisi (Kassenwartin seit 2015)";
- a name set off by commas or a bracket after a person: "Mein Kumpel vom Boxclub, Rüstem
  (der …)", "Ich (Dilnoza, aus Usbekistan, …)".

The slot makes a listed first name count even when it is also a word ("Ernst", "Emil"); a
word no list knows counts when it is no German or English word.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import KnownWords, _Rule
from esslingen_lab.privacy.redact.short_forms import first_name_starts, short_form
from esslingen_lab.privacy.redact.sign_offs import CREDIT_RULES
from esslingen_lab.privacy.redact.strength import _PLACE_ENDINGS, _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import (
    FIRST_NAMES,
    NOT_NAMES,
    is_greeting,
    place_word,
    read_words,
    region_places,
)

__all__ = [
    "SLOT_NEEDS",
    "end_signature_spans",
    "WEAK_NOUN_NEEDS",
    "has_short_form",
    "person_slot_spans",
    "short_form_with_surname_spans",
    "surname_first_spans",
    "surname_after_weak_noun_spans",
]

_CAP = r"\p{Lu}[\p{Ll}'’]{2,}(?:-\p{Lu}[\p{Ll}'’]{2,})?"
_NAME = rf"(?P<v>{_CAP}(?:\x20+{_CAP})?)"
_KIN = (
    r"(?i:mama|mami|papa|papi|mutter|vater|oma|opa|omi|tochter|sohn|schwester|bruder|tante|"
    r"onkel|enkel|enkelin|cousin|cousine|nichte|neffe|freundin|freund|kumpel|eltern|frau|mann|"
    r"patenkind|patentante|patenonkel)"
)
_SLOTS = regex.compile(
    rf"""(?:(?<![\p{{L}}\-]){_KIN}\x20+von
         |\b[Ff]rag(?:en|t|e)?(?:\x20+(?:Sie|doch|einfach|mal|bitte|halt|nur|ruhig)){{0,3}}\x20+nach
         |\b(?:[Ww]enden|[Ww]ende|[Ww]endet|[Mm]elden|[Mm]elde|[Mm]eldet)\x20+(?:Sie\x20+)?
           (?:sich|dich|euch)\x20+(?:(?:bitte|einfach|gerne|gern|direkt)\x20+)?(?:an|bei)
         |\b[Rr]ückfragen\x20+(?:bitte\x20+)?(?:an|bei)
         |\b[Ii]ch\x20*\(\x20*(?=\p{{Lu}}[\p{{L}}'’\-]+\x20*[,)]))
       \x20*{_NAME}(?![\p{{L}}\-])
       |\bnach\x20+(?P<v>{_CAP})\x20+(?:fragen|frage|fragt|verlangen)\b  # "nach Emil fragen"
    """,
    regex.VERSION1 | regex.VERBOSE,
)
# "Mein Kumpel vom Boxclub, Rüstem (der ist …)": a person, perhaps where from, a comma
_APPOSITION_TAIL = rf",\x20+{_NAME}\x20*[(,]"
_APPOSITION = regex.compile(
    rf"""(?P<noun>\p{{L}}{{4,}})(?:\x20+(?:vom|von\x20+der|aus\x20+der|aus\x20+dem|beim|im)
         \x20+\p{{Lu}}[\p{{L}}\-]+)?{_APPOSITION_TAIL}""",
    regex.VERSION1 | regex.VERBOSE,
)
# Speed: every match of _APPOSITION holds one of _APPOSITION_TAIL (the pattern ends with it,
# same flags); a text without one (~95 %) skips the pattern, which tries every letter.
_HAS_APPOSITION_TAIL = regex.compile(_APPOSITION_TAIL, regex.VERSION1 | regex.VERBOSE)
_KIN_WORD = regex.compile(_KIN, regex.VERSION1)
SLOT_NEEDS = ("von", "frag", "wende", "melde", "rückfrag", "ich (", "ich(", ", ")

# Speed: _SLOTS tries its case-blind kinship words at every position (~70 µs a text). A
# match needs, case-sensitive as in the pattern, "\x20von" after a kinship word, or
# "[Ff]rag" (frag…, Rückfragen, "nach … fragen"), "[Ww]ende", "[Mm]elde", "[Ii]ch\x20*\(" or
# "verlangen"; without one the pattern cannot match.
_SLOT_LITERALS = ("frag", "Frag", "wende", "Wende", "melde", "Melde", "verlangen")
_KIN_BEFORE_VON = regex.compile(_KIN + r"\x20+von", regex.VERSION1)


def _may_fill_slot(text: str) -> bool:
    r"""Tell whether _SLOTS may match (False: it cannot; True: run it).

    Substring tests in C: "[Ii]ch\x20*\(" holds where the text before a "(", its spaces
    stripped, ends in "ich" or "Ich". A kinship match ends in "\x20+von" with the kinship
    word right before the spaces: it lies in the window from 40 characters before the spaces
    to the "von" (a word of at most ten letters matches at most ten characters; case folding
    maps no character to nothing).
    """
    if any([literal in text for literal in _SLOT_LITERALS]):
        return True
    found = text.find("(")
    while found >= 0:
        if text[:found].rstrip("\x20").endswith(("ich", "Ich")):
            return True
        found = text.find("(", found + 1)
    found = text.find(" von")
    while found >= 0:
        spaces = len(text[:found].rstrip("\x20"))
        if _KIN_BEFORE_VON.search(text, max(0, spaces - 40), found + 4) is not None:
            return True
        found = text.find(" von", found + 1)
    return False


# last parts of the names of groups and bodies that sign an answer ("Seniorenrat")
_GROUP_TAILS = ("rat", "räte", "kreis", "verein", "team", "gruppe", "bund", "club", "klub",
                "werk", "zunft", "chor", "treff", "forum", "ausschuss", "stelle", "amt",
                "büro", "schaft", "ung", "heit", "keit")


def _slot_name(word: str, lex) -> bool:
    """Tell a capitalised word that names someone in a person's slot."""
    if word in NOT_NAMES or _is_person_noun(word):
        return False
    if word in FIRST_NAMES or short_form(word, cue=True):
        return True  # also "Ernst", "Emil": listed first names that are words too
    if word in lex.first and not lex.is_lower_word(word) and not lex.is_english(word):
        return not lex.is_german(word) or lex.german.get(word) == word
    if is_greeting(word, lex):
        return False  # "… 0172 884 03 19. Saluti!": a greeting signs for no one
    return (
        not lex.is_german(word)
        and not lex.is_english(word)
        and not lex.is_compound(word)
        and not word.lower().endswith(_GROUP_TAILS)
    )


def _surname(word: str, lex) -> bool:
    return word in lex.last or (not lex.is_german(word) and not lex.is_english(word))


def _name_span(match, lex):
    """Return the span of group ``v``: its first word, the second too when a surname."""
    words = match.group("v").split()
    if not _slot_name(words[0], lex):
        return None
    start = match.start("v")
    if len(words) == 2 and _surname(words[1], lex):
        return start, match.end("v")
    return start, start + len(words[0])


_STREET_AFTER = regex.compile(
    r"[\x20\-]+(?:Straße|Strasse|Str\.|Platz|Weg|Allee|Ring|Brücke|Gasse|Steige|Schule|Halle)"
    r"(?!\p{L})"
)


def person_slot_spans(text: str):
    """Spans of names after a relative's "von", a verb of asking, "Ich (" or a person's comma."""
    lex = lexicon()
    if _may_fill_slot(text):
        for match in _SLOTS.finditer(text):
            span = _name_span(match, lex)
            if span is not None and _STREET_AFTER.match(text, span[1]) is None:
                yield span  # not "Fragen Sie nach Ernst Leitz Straße": a street written apart
    if ", " in text and _HAS_APPOSITION_TAIL.search(text) is not None:
        for match in _APPOSITION.finditer(text):
            noun = match.group("noun")
            if noun[:1].isupper() and noun not in FIRST_NAMES and (
                _is_person_noun(noun) or _KIN_WORD.fullmatch(noun)
            ):
                span = _name_span(match, lex)
                if span is not None:
                    yield span


# the last line's sign-off: after a sentence's end, a dash or a line break, one or two
# words, perhaps where from ("aus der Stadtkasse") or a bracket ("(Kassenwartin …)")
_SIGNER_TO_END = (
    r"(?P<v>\p{L}[\p{Ll}'’]{2,}(?:-\p{Lu}[\p{Ll}'’]{2,})?(?:\x20\p{Lu}[\p{Ll}'’]{2,})?)"
    r"(?P<tail>\x20+(?:aus|vom|von)\x20[\p{L}\d.\-\x20]{2,40}?|\x20*\([^()\n]{1,60}\)"
    # where or what one is after a comma: "– Kübler, Berkheim", "Heiner, Spenglerei"
    r"|,\x20*\p{Lu}[\p{L}\-]+(?:\x20\p{Lu}[\p{L}\-]+)?)?"
    # an emoji may close the line: "LG aus Wäldenbronn, Melli 🙂"
    r"[\x20\t]*[.!]?(?:[\x20\t]*[\p{So}\p{Sk}\u200d\ufe0f]+)*[\x20\t]*$"
)
_END = regex.compile(
    r"(?:(?P<dash>(?:^|\x20|\n)[–—-]{1,2}\x20*|\n)|[.!?…]\x20+)" + _SIGNER_TO_END,
    regex.VERSION1,
)
# a greeting from someone: "Gruß vom Baschdi", "Grüßle von dr Bärbel" (a place is no one's)
_END_FROM = regex.compile(
    r"(?i:gruß|grüße|grüßle|grüßla|gruss|grüsse)\x20+(?i:vom|von\x20der|vo\x20dr)\x20+"
    + _SIGNER_TO_END,
    regex.VERSION1,
)
_CONTACT_TAG = regex.compile(r"\[(?:TELEFON|EMAIL|URL)\][^\n\[]{0,3}$")


def _greeter(word: str, lex) -> bool:
    """Tell who may greet after "Gruß vom": a name, no place nor a Swabian "-le" noun."""
    if word in FIRST_NAMES or short_form(word, cue=True):
        return True
    low = word.lower()
    if place_word(word) or low in region_places() or low.endswith(_PLACE_ENDINGS + ("wald",)):
        return False  # "Gruß vom Schurwald", "vom Killesberg", "vom Lindenhof"
    return word in lex.last or not low.endswith(("le", "la", "li", "blick"))  # "vom Lädle"


def end_signature_spans(text: str):
    """Span of a name signing the answer on its last line ("… acht. Kranich", "– karo")."""
    tail_start = max(0, len(text) - 120)
    lex = lexicon()
    match = _END_FROM.search(text, tail_start) if "vo" in text[tail_start:] else None
    if match is not None:
        words = match.group("v").split()
        if len(words) > 1 or not _greeter(words[0], lex):
            return  # "Grüße vom Neckar", "Gruß vom Killesberg", "vom Kaffeekränzle"
        if words[0] in lex.last and not _is_person_noun(words[0]) and words[0] not in NOT_NAMES:
            yield match.span("v")  # "Gruß vom Kübler": a surname, Swabian style
            return
        signed = True
    else:
        match = _END.search(text, tail_start)
        if match is None:
            return
        words = match.group("v").split()
        signed = match.group("dash") is not None or match.group("tail") is not None
    first = words[0]
    before = text[max(0, match.start() - 40) : match.start() + 1]
    after_contact = _CONTACT_TAG.search(before) is not None
    if first.lower().endswith(_offices()) or first in _CLOSING_WORDS:
        # an office after its number signs for no one: "Tel 0711 123456 – Bauamt"; nor
        # does a closing word or greeting ("Groet, Jan": the name follows it)
        return
    if first[:1].islower():
        capital = first[:1].upper() + first[1:]
        if len(words) > 1 or not signed or lex.is_lower_word(first) or lex.is_german(first):
            return
        if not (capital in FIRST_NAMES or short_form(capital, cue=True)
                or capital in first_name_starts()):
            return
    elif text[match.end("v") : match.end("v") + 1] == "." or (
        first not in FIRST_NAMES and first not in lex.first and lex.is_misspelt(first)
    ):
        return  # "Gesundheitl.", "Luftverschmutzunt": a shortened or misspelt word
    elif not (_slot_name(first, lex) and (signed or after_contact or first in FIRST_NAMES)):
        # a noun that is a surname too after a contact or a dash opening the last line ("–
        # Kübler, Berkheim"), not a closing word ("– Fazit", "-- Ende") nor a list's last
        # item ("Ampeln - Radweg")
        dash = match.groupdict().get("dash") or ""
        dashed = dash.strip() != "" and (dash.startswith("\n") or match.start("dash") == 0)
        if not ((after_contact or dashed) and _plain_noun_as_surname(first, lex)
                and first not in _CLOSING_WORDS):
            return
    start = match.start("v")
    end = match.end("v") if len(words) == 2 and _surname(words[1], lex) else start + len(first)
    yield start, end


@lru_cache(maxsize=1)
def _offices() -> tuple[str, ...]:
    return tuple(read_words("city_offices"))


# words that close a note after a dash without signing it (the greetings and farewells of
# not_names.txt are turned down on every path already: "Danke", "Ende", "Tschüss", "Ciao")
_CLOSING_WORDS = frozenset(
    "Fazit Nachtrag Ausblick Zusammenfassung Anmerkung Hinweis Quelle Ergänzung Schluss Punkt "
    "Amen Anonym Datenschutz Update Groet Groeten Saludos Regards Thanks Grazie".split()
)


def _plain_noun_as_surname(word: str, lex) -> bool:
    """Tell a noun that may sign after a phone number ("Kranich", "Fink"): a short simple noun."""
    return (
        len(word) >= 4
        and word not in NOT_NAMES
        and not is_greeting(word, lex)
        and not lex.is_lower_word(word)
        and not lex.is_english(word)
        and not lex.is_compound(word)
        and not _is_person_noun(word)
        and lex.german.get(word) == word
    )


# a pet form of a first name that is no word ("Michi", "Steffi", "Kalle"), not a listed one
_SHORT_FORM = KnownWords(
    lambda word: word[:1].isupper() and word not in FIRST_NAMES and short_form(word)
)


def has_short_form(features) -> bool:
    """Tell a text with a first name's pet form (a set look-up per new word)."""
    return _SHORT_FORM.any_in(features.words())


_PET_AND_SURNAME = regex.compile(
    r"(?<![\p{L}\-])(?P<pet>\p{Lu}\p{Ll}{2,})\x20+(?P<last>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?)"
    r"(?![\p{L}\-])",
    regex.VERSION1,
)


def short_form_with_surname_spans(text: str):
    """Spans of a pet form and a listed surname: "über Michi Brenner (Waiblingen)"."""
    lex = lexicon()
    for match in _PET_AND_SURNAME.finditer(text, overlapped=True):
        pet, last = match.group("pet"), match.group("last")
        if (
            last in lex.last
            and last not in NOT_NAMES
            and not lex.is_lower_word(last)
            and _SHORT_FORM.any_in({pet})
        ):
            yield match.span()


# person nouns that take -(e)n outside the nominative ("den Kollegen", "dem Nachbarn")
_WEAK_NOUNS = (
    "kollegen nachbarn kunden beamten boten praktikanten studenten patienten assistenten "
    "referenten polizisten architekten juristen therapeuten pädagogen psychologen experten "
    "präsidenten fotografen journalisten"
).split()
WEAK_NOUN_NEEDS = tuple(_WEAK_NOUNS)
_AFTER_WEAK_NOUN = regex.compile(
    rf"(?<![\p{{L}}\-])(?i:{'|'.join(_WEAK_NOUNS)})\x20+(?P<v>{_CAP})(?![\p{{L}}\-])",
    regex.VERSION1,
)


def surname_after_weak_noun_spans(text: str):
    """Spans of a surname after an inflected role noun: "an den Kollegen Baumgärtner"."""
    lex = lexicon()
    for match in _AFTER_WEAK_NOUN.finditer(text):
        word = match.group("v")
        if word in NOT_NAMES or lex.is_english(word):
            continue
        if _is_person_noun(word) and lex.german.get(word) is not None:
            continue  # "den Kollegen Elektriker" (a role); "Baumgärtner" is no dictionary word
        if word in lex.last or word in FIRST_NAMES or (
            lex.german.get(word) is None and not lex.is_compound(word)
        ):
            yield match.span("v")


# the Swabian order, surname first after the article: "dr Engel Fritz", "d'Maier Rosi"
_SURNAME_FIRST = regex.compile(
    r"(?<![\p{L}])(?:[dD]r|[dD]er|[dD]ie|[dD]en|[dD]em|[bB]eim|[vV]om|[zZ]um|[dD]['’])\x20?"
    r"(?P<v>(?P<last>\p{Lu}\p{Ll}{2,})\x20+(?P<first>\p{Lu}\p{Ll}{2,}))(?![\p{L}\-])",
    regex.VERSION1,
)


def surname_first_spans(text: str):
    """Spans of "surname first name" after a spoken article: "dr Engel Fritz hot's"."""
    lex = lexicon()
    for match in _SURNAME_FIRST.finditer(text):
        last, first = match.group("last"), match.group("first")
        if (
            first in FIRST_NAMES
            and last in lex.last
            and last not in FIRST_NAMES
            and last not in NOT_NAMES
            and not _is_person_noun(last)
        ):
            yield match.span("v")


#: Rules for names in a person's slot, run after the other name rules (see rules.py).
PEOPLE_SLOT_RULES = [
    # a person's slot: "die Mama von Emil", "fragen Sie nach Ernst", "Ich (Dilnoza, …)"
    _Rule("NAME", None, needs=SLOT_NEEDS, finder=person_slot_spans, name="name-person-slot",
          trusted=True),
    # the last line's sign-off: "… null acht. Kranich", "– karo aus der Stadtkasse"
    _Rule("NAME", None, finder=end_signature_spans, name="name-end-signature", trusted=True),
    # a surname after an inflected role noun: "an den Kollegen Baumgärtner wenden"
    _Rule("NAME", None, needs=WEAK_NOUN_NEEDS, finder=surname_after_weak_noun_spans,
          name="name-after-weak-noun", trusted=True),
    # the surname first after a spoken article: "dr Engel Fritz", "d'Maier Rosi"
    _Rule("NAME", None, needs_first_name=True, finder=surname_first_spans,
          name="name-surname-first", trusted=True),
    # a first name's pet form and a listed surname: "über Michi Brenner (Waiblingen)"
    _Rule("NAME", None, admit=has_short_form, finder=short_form_with_surname_spans,
          name="name-pet-form-surname", trusted=True),
    *CREDIT_RULES,  # "(Idee von Alex)", "(Notiz: Kiki)", "Host: Kai" (sign_offs.py)
]
