"""Senders of a chat pasted into an answer: the name after a message's time stamp.

Messenger exports put each message on a line of its own: time stamp, sender, colon, text
("[09:15] Bine: danke", "[05.02.25, 21:12] Brigitte Sautter: klar", "12.03.24, 18:02 -
Kalle: Treffen?", "(18:02) Bine: …", "[18:02] <Bine> hallo"). The sender is whoever wrote,
by a name, a nickname ("Mausi", "Jo"), in lower case ("jule") or beside an emoji; the line's
form says so, whether or not a name list knows the word.

A forum's or a comment thread's author before a post is read the same way ("Beitrag von
kalle_es:", "↳ Antwort von hk_reutter (Moderator):", "uwe.b schrieb am 12.03.2025, 10:14:",
"Posted by …"): a user name becomes ``[URL]``, a person's name ``[NAME]``; a date, a
workshop group and an account of the city, a club or a paper are no author ("Kommentar vom
12.03.2025:", "Tisch_3", "Klimaschutz_ES", "ADFC_Esslingen", "Esslinger Zeitung").

A bare clock time ("18:02 Tobi: bin dabei", "18:02 | Tobi: …") is an agenda or a log as
often as a chat: it makes a chat only when two lines or more of the answer start that way,
and then only a sender that a name list knows as a first name or pet name counts ("18:00
Berkheim: Abfahrt", "19:00 Rewe: …" stay).

No sender's name, in any form: a role, a family word or an office ("Admin", "Mama",
"Bürgerbüro", "Ich"), a log level or a short abbreviation ("ERROR", "SWE"), a German or
English word or compound ("Treffpunkt", "montags", "Ortschaftsrat", "Yoga", "Edit"), a
phrase with a lower-case word inside ("Ende der Sitzung"), a tag set already or a phone
number (the phone rules take it). A title before the name stays outside the tag ("Herr
[NAME]:"), and so does a group after it ("[NAME] von der Kita:").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.public_web import PUBLIC_HANDLE, PUBLIC_PLACE_RE
from esslingen_lab.privacy.redact.short_forms import short_form
from esslingen_lab.privacy.redact.strength import _is_person_noun, _named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    NOT_NAMES,
    TOWN_ENDINGS,
    home_districts,
    read_words,
)

__all__ = ["CHAT_SPEAKER_RULES", "FORUM_AUTHOR_RULES", "chat_speaker_spans"]

# every run of spaces possessive: a long run of spaces costs one pass, not its square
_SP = r"[^\S\n]*+"
_TIME = rf"\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:{_SP}(?i:uhr|am|pm))?"
_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
# what may stand before the sender's first letter: "~", a direction mark, an emoji
_LEAD = r"(?:[~\u200e\p{So}\p{Sk}\uFE0F\u200d]" + _SP + ")*+"
# the sender: up to four words before a colon and a space (or in angle brackets)
_SENDER = (
    rf"(?:<(?P<v>[^\W\d_][^\n<>:]{{0,38}}?)>|{_LEAD}(?P<v>[^\W\d_][^\n:;,!?()\[\]{{}}<>\"„“|]"
    rf"{{0,38}}?){_SP}:(?=[^\S\n]|$))"
)
_STAMP = (
    rf"(?:\[(?:{_DATE},?{_SP})?{_TIME}\]|\({_TIME}\)|\[{_TIME},{_SP}{_DATE}\]"
    rf"|{_DATE},?{_SP}{_TIME}{_SP}[-–—]?)"
)
_STAMPED = regex.compile(rf"(?m)^{_SP}{_STAMP}{_SP}{_SENDER}", regex.VERSION1)
_CLOCKED = regex.compile(rf"(?m)^{_SP}{_TIME}{_SP}[-–—|]?{_SP}{_SENDER}", regex.VERSION1)
_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*\.?", regex.VERSION1)
_TITLES = frozenset("herr herrn frau fr fr. hr hr. hrn hrn. dr dr. prof prof. fam fam.".split())
_PARTICLES = frozenset(
    "von vom van de del della da di dos das du le la zu zur ter ten bin ben al el".split()
)


@lru_cache(maxsize=1)
def _not_senders() -> frozenset:
    """Roles, family words, offices, pronouns and log levels that send no name."""
    return frozenset(read_words("chat_roles")) | frozenset(read_words("city_offices"))


def _plain_word(word: str) -> bool:
    """Tell a word that is no name: a German or English word or compound, no first name."""
    lex = lexicon()
    bare = word.rstrip(".")
    if bare in FIRST_NAMES or short_form(bare, cue=True):
        return False
    if bare in lex.first and not lex.is_lower_word(bare):
        return False  # "Max", "Ben": a first name, whatever else it is
    if bare.isupper():
        # "ERROR", "SWE", "VVS": a log level or an abbreviation ("KALLE" is a name)
        return len(bare) <= 3 or lex.is_english(bare) or lex.is_german(bare.capitalize())
    if bare[:1].islower():  # "montags", "error", "tatort" (a noun typed in lower case)
        return (
            lex.is_lower_word(bare) or lex.is_english(bare) or lex.is_common_noun(bare.capitalize())
        )
    return (
        lex.is_common_noun(bare)
        or lex.is_english(bare)
        or lex.is_compound(bare)
        or (lex.is_german(bare) and bare not in lex.last)
    )


def _sender_words(sender: str):
    """Return where the words naming someone start and end in ``sender``, or None."""
    words = list(_WORD.finditer(sender))
    if not words or len(words) > 4:
        return None
    lowers = [w.group().lower().rstrip(".") for w in words]
    if any(w in _not_senders() for w in lowers):
        return None
    if lowers[0] in _TITLES:  # "Herr Kurz": the title stays
        words, lowers = words[1:], lowers[1:]
        if not words:
            return None
    # a group after the name stays: "Sandra von der Kita", "Bine vom Chor"
    keep = len(words)
    for k in range(1, len(words)):
        word = words[k].group()
        low = lowers[k]
        particle = low in _PARTICLES or (low in ("der", "den") and lowers[k - 1] in ("von", "van"))
        if word[:1].islower() and not particle:
            return None  # "Ende der Sitzung", "sagte sie": a phrase, no sender
        if particle and k + 1 < len(words) and _plain_word(words[-1].group()):
            keep = k  # "von der Kita": a group, no surname
            break
    words = words[:keep]
    if _is_person_noun(words[0].group()) and words[0].group() not in FIRST_NAMES:
        return None  # "Moderatorin", "Kundin", "Anrufer"
    if all(_plain_word(w.group()) for w in words if w.group().lower() not in _PARTICLES):
        return None  # "Treffpunkt", "Yoga", "montags", "Ortschaftsrat", "ERROR"
    return words[0].start(), words[-1].end() - words[-1].group().endswith(".")


def _known_name(sender: str) -> bool:
    """Tell a sender holding a first name or pet name a list knows ("Tobi", "Nele Hahn").

    Written in capitals or lower case, a word and each part of a double name is read
    capitalised ("ANNA-LENA", "jule").
    """
    lex = lexicon()
    words = _WORD.findall(sender)
    words += [part for word in words if "-" in word for part in word.split("-")]
    for word in words:
        bare = word.rstrip(".")
        if bare.isupper() or bare.islower():
            bare = bare[:1].upper() + bare[1:].lower()
        if bare in FIRST_NAMES or short_form(bare, cue=True):
            return True
        if bare in lex.first and not lex.is_german(bare) and not lex.is_english(bare):
            return True
    return False


def chat_speaker_spans(text: str):
    """Yield (start, end) of each message's sender after a time stamp."""
    found = [(m, False) for m in _STAMPED.finditer(text)]
    clocked = list(_CLOCKED.finditer(text))
    if len(clocked) >= 2:
        found += [(m, True) for m in clocked]
    seen = set()
    for match, bare_clock in sorted(found, key=lambda item: item[0].start("v")):
        start, end = match.span("v")
        if start in seen:
            continue
        seen.add(start)
        sender = text[start:end]
        if bare_clock and not _known_name(sender):
            continue  # "18:00 Berkheim: Abfahrt": an agenda's place, no sender
        words = _sender_words(sender)
        if words is not None:
            yield start + words[0], start + words[1]


# a chat pasted without time stamps: each line opens with its sender and a colon
_BARE_LINE = regex.compile(rf"(?m)^{_SP}{_SENDER}", regex.VERSION1)


def bare_chat_speaker_spans(text: str):
    """Yield the senders of a chat pasted without time stamps ("kevo: wer fährt?").

    Two lines or more open with a sender and a colon, two senders or more take turns, and
    one of them is a first name a list knows: then each line's sender that
    is no word, role or office is a name ("kevo:", "ANNA-LENA:"). A form's labels are words
    ("Thema:", "Ort:", "Frage:", "Antwort:") and an interview's are letters ("I:", "B2:").
    """
    lines = list(_BARE_LINE.finditer(text))
    if len(lines) < 2:
        return
    senders = [match.group("v") for match in lines]
    turns = Counter(sender.lower() for sender in senders)
    alone = [_sender_alone(sender) for sender in senders]
    known = [a and _known_name(sender) for sender, a in zip(senders, alone, strict=True)]
    if len(turns) < 2 or not any(known):
        return  # a club's teams or a form's fields take turns too ("Bambini:", "E-Jugend:")
    for match, sender, single, listed in zip(lines, senders, alone, known, strict=True):
        if not listed and (turns[sender.lower()] < 2 or not single):
            continue  # an unlisted sender writes twice or more ("kevo:"), a field's label once
        words = _sender_words(sender)
        if words is not None:
            yield match.start("v") + words[0], match.start("v") + words[1]


def _sender_alone(sender: str) -> bool:
    """Tell a line's label that can only be a sender.

    One or two words (a title first), none a word of the language, a month, a holiday, a
    place or a brand ("Juli:", "Max:" as in maximum, "Martin:", "Berkheim:", "Netflix:",
    "Meinung von Sarah:" are no chat).
    """
    lex = lexicon()
    words = [w.rstrip(".") for w in _WORD.findall(sender)]
    if words and words[0].lower() in _TITLES:
        words = words[1:]
    if not 1 <= len(words) <= 2:
        return False
    for word in words:
        capital = word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word
        if capital in _AMBIGUOUS_FIRST_NAMES or lex.is_german(capital) or lex.is_english(word):
            return False
        if capital.lower() in home_districts() or capital.lower().endswith(TOWN_ENDINGS):
            return False
        if capital in _named_after_people() or capital in NOT_NAMES:
            return False
    return True


# a forum's or a comment thread's author, named on a line of its own before the post:
# "Beitrag von kalle_es:", "↳ Antwort von hk_reutter:", "> Zitat von Bine Kurz:",
# "uwe.b schrieb:", "Kalle_88 wrote:"
_BY_LINE = regex.compile(
    rf"""(?m)^{_SP}(?:[>↳»\p{{So}}\uFE0F\u200d]{_SP})*+
         (?:(?:(?i:re|aw|wg){_SP}:{_SP})?
            (?i:beitrag|antwort|kommentar|zitat|nachricht|post|reply|comment|answer|verfasst|
               gepostet|posted|geschrieben|original|originally{_SP}posted|written)
            (?:{_SP}\#\d{{1,4}})?
            {_SP}(?i:von|from|by){_SP}:?{_SP}@?(?P<v>[^\W][^\n:;,!?()\[\]<>"„“|]{{0,38}}?)
          |@?(?P<v>[^\W][^\n:;,!?()\[\]<>"„“|]{{0,38}}?){_SP}
            (?i:schrieb|hat{_SP}geschrieben|wrote|writes)
            # "schrieb am 12.03.2025, 10:14:", "wrote on …", "schrieb vor 3 Stunden:"
            (?:{_SP}(?i:am|um|on|at|vor|gestern|heute)(?:{_SP}[^\n]{{0,30}}?)?)?)
         # a role in brackets after the name: "Antwort von hk_reutter (Moderator):"
         (?:{_SP}\([^()\n]{{1,30}}\))?
         {_SP}:(?=\s|$)
         # a board's header line: "von lena_w » Mi 12. Mär 2025, 10:14" (phpBB)
         |^{_SP}(?i:von|by){_SP}@?(?P<v>[^\W][^\n:;,!?()\[\]<>"„“|»]{{0,38}}?){_SP}»
         # or the label's colon before the name, alone on its line: "Beitrag von: lena_w"
         |(?P<alone>(?m:^){_SP}(?i:beitrag|antwort|kommentar|verfasst|gepostet|posted|eingereicht)
            {_SP}(?i:von|by){_SP}:{_SP}@?(?P<v>[\w.\-]{{2,40}}){_SP}$)""",
    regex.VERSION1 | regex.VERBOSE,
)
# a user name's shape: one piece with "_", "." or a digit in it, or all in lower case
_HANDLE = regex.compile(r"[\w.\-]{2,40}", regex.VERSION1)
_PIECES = regex.compile(r"\p{L}+", regex.VERSION1)
_PUBLIC = regex.compile(rf"(?:{PUBLIC_HANDLE})$", regex.VERSION1)


def _group_piece(piece: str) -> bool:
    """Tell a piece of a handle naming a group, an office or a place, no person.

    A word of the language ("Team", "Moderation", "Klimaschutz", "Gruppe", "beteiligung"),
    a town ("esslingen") or a short abbreviation in capitals ("ES", "AG", "TOP", "ADFC");
    not a first name or surname ("uwe", "reutter", "Kalle").
    """
    lex = lexicon()
    if piece.isupper() and len(piece) <= 4:
        return True  # "ES", "BW", "AG", "TOP", "NABU"
    capital = piece[:1].upper() + piece[1:].lower()
    if capital in FIRST_NAMES or capital in lex.first or capital in lex.last:
        return False
    if PUBLIC_PLACE_RE.fullmatch(piece) is not None:
        return True
    # German words and compounds ("Klimaschutz", "beteiligung"); not the English word list,
    # which holds surnames ("Reutter")
    return len(piece) >= 3 and (
        lex.is_common_noun(capital) or lex.is_lower_word(piece.lower()) or lex.is_compound(capital)
    )


# words a person calls themself by in a user name: "Zeller_Bub", "Oma_Gerti_ES"
_SELF_WORDS = frozenset(
    "bub bua bube mädle maidle madl mädel girl boy oma opa omi opi mama papa mami papi "
    "mutti vati tante onkel".split()
)


def _self_word(piece: str) -> bool:
    """Tell a piece for a person: "Bub", "Oma", "Ratsherr" (not "Team", "Stadtplanung")."""
    from esslingen_lab.privacy.redact.description_words import _person_word

    return piece.lower() in _SELF_WORDS or _person_word(piece[:1].upper() + piece[1:])


def _handle_shaped(value: str) -> bool:
    if _HANDLE.fullmatch(value) is None or value.lower() in _not_senders():
        return False
    pieces = _PIECES.findall(value)
    if sum(len(piece) for piece in pieces) < 3:
        return False  # "12.03.2025", "AG1", "v2.0", "S.12": a date, a group, a version
    if _PUBLIC.match(value) is not None:
        return False
    if any(_group_piece(p) for p in pieces) and not any(_self_word(p) for p in pieces):
        return False  # the city's or a group's account: "Stadtplanung_ES", "Tisch_3" (not
        # "Zeller_Bub", "Ratsherr_aD": a person's words for themself)
    if any(ch in value for ch in "_.") or any(ch.isdigit() for ch in value):
        return True
    return value.islower() and len(value) >= 3 and not _plain_word(value)  # not "heute"


def forum_handle_spans(text: str):
    """Yield (start, end) of a post's author given as a user name ("Antwort von hk_reutter:")."""
    for match in _BY_LINE.finditer(text):
        start, end = match.span("v")
        if _handle_shaped(text[start:end]):
            yield start, end


def _first_and_last(sender: str) -> bool:
    """Tell two words or more, the first and the last no plain word ("Bine Kurz")."""
    lex = lexicon()
    words = [w.rstrip(".") for w in _WORD.findall(sender)]
    if len(words) < 2 or _plain_word(words[0]):
        return False
    return words[-1] in lex.last or not _plain_word(words[-1])


def forum_author_spans(text: str):
    """Yield (start, end) of a post's author given by name ("Antwort von Bine Kurz:").

    Only a sender holding a first name or pet name a list knows, or a first and a last word
    that are no plain words: a group, a paper or a parish posts too ("Esslinger Zeitung
    schrieb vor 3 Tagen:", "Gepostet von Netzwerk Zollberg:"); a name after "von:" alone on
    its line is left to the user-name test ("Beitrag von: Seniorenrat").
    """
    for match in _BY_LINE.finditer(text):
        start, end = match.span("v")
        sender = text[start:end]
        if match.group("alone") or _handle_shaped(sender) or sender.islower():
            continue
        if not (_known_name(sender) or _first_and_last(sender)):
            continue
        words = _sender_words(sender)
        if words is not None:
            yield start + words[0], start + words[1]


_BY_GATE = Branches(  # each branch alone skips to its words (patterns.py): six times faster
    r"(?i:von|from|by)[^\S\n]*+:?[^\S\n]*+@?[^\W][^\n:]{0,50}:"
    r"|(?i:schrieb|geschrieben|wrote|writes)[^\n]{0,40}:"
    r"|(?i:von|by)[^\S\n]*+:[^\S\n]*+@?[\w.\-]{2,40}[^\S\n]*+(?:\n|$)"
    r"|(?i:von|by)[^\S\n]++[^\W][^\n»]{0,40}»"
)
_BY_NEEDS = ("von", "from", "by", "schrieb", "geschrieben", "wrote", "writes")
FORUM_AUTHOR_RULES = [
    _Rule(
        "URL",
        None,
        needs=_BY_NEEDS,
        gate=_BY_GATE,
        finder=forum_handle_spans,
        name="url-forum-author",
        trusted=True,
    ),
    _Rule(
        "NAME",
        None,
        needs=_BY_NEEDS,
        gate=_BY_GATE,
        finder=forum_author_spans,
        name="name-forum-author",
        trusted=True,
        by_form=True,
    ),
]

CHAT_SPEAKER_RULES = [
    _Rule(
        "NAME",
        None,
        gate=regex.compile(r"\n[^\S\n]*+[^\W\d_][^\n:]{0,38}:(?:[^\S\n]|$)", regex.MULTILINE),
        gate_on_raw=True,
        finder=bare_chat_speaker_spans,
        name="name-chat-sender-without-time",
        trusted=True,
        by_form=True,
    ),
    _Rule(
        "NAME",
        None,
        needs_digit=True,
        # "(?m)^[^\S\n]*+[\[(]?\d{1,2}[:./]\d{1,2}" found from its first digit, looking back
        # at the line's start (the possessive spaces give way to no digit or bracket, so they
        # read the same back): the engine skips to the digits, not to every position (5x)
        gate=regex.compile(r"(?m)\d(?<=^[^\S\n]*[\[(]?\d)\d?[:./]\d"),
        finder=chat_speaker_spans,
        name="name-chat-sender",
        trusted=True,
        by_form=True,
    ),
]
