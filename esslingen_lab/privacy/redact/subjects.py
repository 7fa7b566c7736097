"""A name as the subject of a sentence, followed by where the person is from and a verb.

"Kiki aus meinem Yoga-Kurs arbeitet …", "der Manni aus der Hausmeisterei hat …", "schmid vom
personalrat hat …": a word opening the sentence (or after "der"/"die"), then "aus …",
"vom …", "von der …", "beim …" with at most four words, then a verb a person does. The word
must read as a name: a listed first name, a pet name built on one, or a surname of the
gazetteer that is no common noun ("Post aus der Zentrale ist" stays).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, NOT_NAMES

__all__ = ["SUBJECT_GATE", "subject_name_spans"]

_VERBS = (
    r"hat|hatte|ist|war|sagt|sagte|meint|meinte|arbeitet|arbeitete|kann|konnte|macht|machte|"
    r"hilft|half|weiß|wusste|kümmert|schreibt|schrieb|erklärt|erklärte|findet|fand|kommt|kam|"
    r"wollte|will|soll|sollte|hätte|wäre|repariert|organisiert|fragt|fragte|bringt|brachte"
)
_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?:;\n]\x20{0,3})|(?<=(?:^|[.!?:;\n,]\x20{0,3})(?P<det>[Dd]er|[Dd]ie|[Dd]r|[Uu]nser|"
    r"[Uu]nsere|[Mm]ein|[Mm]eine|[Mm]ei)\x20))"
    r"(?P<v>\p{L}[\p{Ll}ß]+(?:-\p{Lu}?[\p{Ll}ß]+)?)"
    r"\x20+(?:aus|vom|von\x20+der|von\x20+dem|beim)\x20+(?P<from>(?:[\p{L}\-]+\x20+){0,4}?)"
    rf"(?P<verb>{_VERBS})\b",
    regex.VERSION1,
)
#: a cheap check of the lower-cased text before the rule runs
# the letter before as a look-behind: the search skips to a space (a third faster; the same
# texts pass, the match is never used)
SUBJECT_GATE = regex.compile(r"(?<=\w)\x20(?:aus|vom|von|beim)\x20")
_NO_SUBJECT = frozenset("der die das er sie es wir ich man wer was hilfe post".split())


_WEAK_VERBS = frozenset("ist war kommt kam kann konnte soll sollte wäre".split())
# an office or a department of one's work as where the person is from: a surname that is also
# a word is one there ("Braun aus der Buchhaltung hat …", "Rapp aus der Bauordnung war …",
# "Schuster aus dem Elternbeirat kann …"; in all labelled sets 7 such words, all names)
_OFFICE = regex.compile(  # the first noun after the preposition (not "aus dem Drucker im Amt")
    r"^(?:(?i:der|dem|den|des)\x20)?(?:\p{L}*(?:amt|ämter|büro|buero|bauhof|kasse|stelle|"
    r"abteilung|kämmerei|verwaltung|ordnung|planung|archiv|referat|beirat|meisterei)|IT|EDV|"
    r"Buchhaltung|Poststelle|Registratur|Zentrale)\x20",
    regex.VERSION1,
)
# things a subject may be that are listed surnames too ("Post aus der Zentrale ist …")
_THINGS = frozenset("Post Kunde Mai Geld Brief Bescheid Antwort Rückmeldung".split())


def _name_like(
    word: str, lower_text: bool, verb: str, article: bool, office: bool = False
) -> bool:
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.nicknames import pet_name_shape
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    capital = word[:1].upper() + word[1:]
    if capital in NOT_NAMES or word.lower() in _NO_SUBJECT or _is_person_noun(capital):
        return False
    if word[:1].islower() and not lower_text:
        return False
    lex = lexicon()
    if lower_text and lex.is_lower_word(word):
        return False  # "arbeit", "hilfe": a word in lower case
    if pet_name_shape(capital):
        return True  # "Manni": a pet name of "Manfred"
    if office and not article and word[:1].isupper() and capital in lex.last and (
        capital not in _THINGS
    ):
        return True  # "Braun aus der Buchhaltung hat …"
    if article or lex.is_lower_word(word) or lex.is_common_noun(capital):
        return False  # "der Bauer von …", "Link vom Bürgeramt", "Mark vom Konto": words
    if capital in FIRST_NAMES:
        return True
    if verb in _WEAK_VERBS:
        return False  # "Berlin aus der Luft ist schön": else only before what people do
    if capital in lex.first:
        return True
    return lex.is_any_name(capital)


# where a name of _SUBJECT may end: a lower-case letter, then "aus", "vom" … between spaces
_NAME_END = regex.compile(
    r"(?<=[\p{Ll}ß])\x20(?=\x20*(?:aus|vom|von\x20+der|von\x20+dem|beim)\x20)", regex.VERSION1
)
_NAME_CHAR = regex.compile(r"[\p{L}\-]", regex.VERSION1)


def _subjects(text: str):
    """Yield the matches of ``_SUBJECT.finditer(text)``, trying it only before "aus", "vom" ….

    Scanning the text with ``_SUBJECT`` tries its look-behinds at every character. Its
    group ``v`` holds letters and hyphens only and is followed by spaces and "aus", "vom",
    "von der", "von dem" or "beim" and a space: so ``v`` ends where ``_NAME_END`` matches
    and starts inside the run of letters and hyphens before that. Only the run's first
    position can start it: ``_SUBJECT`` opens with the text's start or a look-behind that
    ends in a space or one of ``.!?:;`` and a line break, never a letter or hyphen, as
    stands before every later position of the run. That position is tried with ``match``
    (its look-behinds still see the text before it), in the text's order and from the end
    of the previous match on, as ``finditer`` does; no other position can start a match.
    """
    last = 0
    match = _SUBJECT.match
    for end in _NAME_END.finditer(text):
        end = end.start()
        if end < last:
            continue
        start = end
        while start > last and _NAME_CHAR.match(text, start - 1) is not None:
            start -= 1
        if start < end:
            found = match(text, start)
            if found is not None:
                yield found
                last = found.end()


def subject_name_spans(text: str):
    """Yield spans of names opening a sentence before "aus/vom …" and a verb."""
    lower_text = text.islower()
    for match in _subjects(text):
        article = match.group("det") is not None
        office = _OFFICE.search(match.group("from")) is not None
        if _name_like(match.group("v"), lower_text, match.group("verb"), article, office):
            yield match.span("v")
