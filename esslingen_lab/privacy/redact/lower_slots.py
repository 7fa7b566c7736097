"""Lower-case names in a person's slot: after a relative, a greeting, on a door bell.

Typed without capitals a first name looks like any word; the slot tells it: "meine tochter
lea-marie", "mutter: sevgi", "unsere nachbarin, die rosa keller", "gruß jule" closing the
answer, "klingel „özkan“".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _NAME_TOKEN, Branches, _top_branches
from esslingen_lab.privacy.redact.strength import _named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    _LOWER_STOP,
    FIRST_NAMES,
    NOT_NAMES,
    home_districts,
    office_title,
)

__all__ = [
    "ABBREVIATION_INITIALS", "LOWER_INITIAL_GATE", "LOWER_INITIAL_NAME", "LOWER_SLOT_GATE",
    "LOWER_INITIAL_SIGNS_GATE", "LOWER_INTRO_GATE", "LOWER_INTRO_NEEDS", "LOWER_LAST_WORD_GATE",
    "LOWER_SLOT_WORDS", "lower_initial_signature_spans", "lower_intro_spans",
    "lower_last_word_spans",
    "lower_initial_name_spans", "lower_slot_name_spans", "name_on_the_door_spans",
]

_RELATIVES = (
    r"mutter|vater|tochter|sohn|kind|nachbarin|nachbar|kollegin|kollege|schwager|schwägerin"
    r"|freundin|freund|mann|ehemann|ehefrau|frau|oma|opa|enkelin|enkel|bruder|schwester"
    r"|cousine|cousin|tante|onkel|partnerin|partner|chefin|chef|schwiegermutter|schwiegervater"
    r"|schwiegertochter|schwiegersohn|nichte|neffe|patin|pate|betreuerin|betreuer|herrn|herr"
    r"|kumpel|kumpeline|mitbewohnerin|mitbewohner|nachbarsjunge|nachbarskind"
)
# titles, after which a word no dictionary knows is a surname too: "Frau ibrahimović"
_TITLES = frozenset(("frau", "herr", "herrn"))
# a child's parent or grandparent, the child after "von": "ich bin die mama von ben" (the
# child's name, not the parent's; "mutter von zwei kindern" holds no first name)
_PARENTS = r"mama|papa|mami|papi|mutter|vater|oma|opa|omi|opi|eltern|tante|onkel"
_GREETINGS = (
    r"gruß|grüße|gruss|grüsse|grüßle|lg|vg|mfg|ciao|tschüss|tschüs|bis\x20dann|danke|dankeschön"
)
# who holds an account or a shop: "inhaber mario bellini-strobel", "kontoinhaberin bin ich, …"
_HOLDERS = r"(?:konto)?inhaber(?:in)?|inh\.|(?:zahlungs)?empfänger(?:in)?"
_DOORS = r"klingel(?:schild)?|briefkasten|türschild|namensschild"
_WORD = r"\p{Ll}[\p{Ll}]{1,}(?:-\p{Ll}{2,})?"

_AFTER_RELATIVE = regex.compile(
    rf"(?<![\p{{L}}\-])(?P<r>(?i:{_RELATIVES}))"
    # "meine nachbarin, die rosa keller", "mein nachbar der frank" (spoken, an article)
    rf"(?P<sep>\x20*[:,]\x20*(?:(?:die|der)\x20+)?|\x20+(?:(?:(?:die|der|dr)\x20+|d')(?=\p{{Ll}}{{3}}))?)"
    rf"(?P<v>{_WORD})(?:\x20+(?P<w>\p{{Ll}}{{3,}}))?(?![\p{{L}}\-])"
)
_AFTER_GREETING = regex.compile(
    rf"(?<![\p{{L}}\-])(?i:{_GREETINGS})\x20*[,:\-–]?\x20*"
    rf"(?P<v>{_WORD})(?:\x20+(?P<w>\p{{Ll}}{{3,}}))?\x20*[.!]*\x20*(?:\n|$)"
)
# greetings or thanks to someone in the middle of a text: "grüße an jule die auch hier sitzt",
# "liebe grüße auch an tim vom empfang"
_GREETING_TO = regex.compile(
    rf"(?<![\p{{L}}\-])(?i:grüße|gruß|grüsse|gruss|danke|dank)\x20+(?:(?i:auch|noch)\x20+)?"
    rf"an\x20+(?:(?:die|den)\x20+)?"
    rf"(?P<v>{_WORD})(?:\x20+(?P<w>\p{{Ll}}{{3,}}))?(?![\p{{L}}\-])"
)
_CHILD_OF = regex.compile(
    # not after a possessive: "meine tante von hagen" is where she lives
    rf"(?<![\p{{L}}\-])(?<!(?i:mein|meine|meiner|meinen|meinem|unser|unsere|unserer|unseren|"
    rf"unserem|sein|seine|ihr|ihre|dein|deine)\x20+)(?i:{_PARENTS})\x20+(?i:von|vo)\x20+"
    rf"(?P<v>{_WORD})(?![\p{{L}}\-])"
)
# a second child after the first: "mama von emil und lena" (not "… und oma von ida": the
# next parent's own "von" is read by _CHILD_OF)
_AND_CHILD = regex.compile(
    rf"\x20+(?:und|u\.?|&)\x20+(?P<w>{_WORD})(?![\p{{L}}\-])(?!\x20+(?i:von|vo)\b)"
)
# what follows a span of time or a place, not a child: "vater von winter bis frühjahr",
# "mutter von berlin aus,"
_NOT_AFTER_CHILD = regex.compile(r"\x20+(?:bis|an|ab|aus(?=\x20*(?:[,.;!?]|$)))\b|\.\x20*\d")
_LOWER_INITIAL = regex.compile(r"\x20\p{Ll}\.(?!\p{L})(?!\x20?\p{Ll}\.)")
_AFTER_HOLDER = regex.compile(
    rf"(?<![\p{{L}}\-])(?i:{_HOLDERS})\x20*(?::|\x20ist|\x20bin\x20ich,?|\x20ich,)?\x20*"
    rf"(?P<v>{_WORD})(?:\x20+(?P<w>\p{{Ll}}{{3,}}(?:-\p{{Ll}}{{3,}})?))?(?![\p{{L}}\-])"
)
# what stands on it may be said first: "auf der klingel steht nur mueller"
_STANDS = r"(?:\x20+(?:steht|stehen|stand|standen)(?:\x20+(?:da|drauf|nur|noch|bloß|immer))*)?"
_ON_DOOR = regex.compile(
    rf"(?<![\p{{L}}\-])(?i:{_DOORS}){_STANDS}\x20*[:\-–]?\x20*[„\"“'»]?(?P<v>{_WORD})"
    r"(?![\p{L}\-])"
)
# "(?i:cue|…)after" as "(?i:cue)after|…", searched one cue at a time (Branches): the
# alternation of 78 cues in any case first was tried at every position (78 µs an answer
# with a cue word, 23 µs so); an alternation matches where one of its branches does
_SLOT_CUES = f"{_RELATIVES}|{_PARENTS}|{_GREETINGS}|{_DOORS}|{_HOLDERS}|dank"
_AFTER_SLOT_CUE = r"[\x20:,\-–„\"“'»]*(?:(?:die|der)\x20+)?\p{Ll}"
LOWER_SLOT_GATE = Branches(regex.compile("|".join(
    f"(?i:{cue}){_AFTER_SLOT_CUE}" for cue in dict.fromkeys(_top_branches(_SLOT_CUES))
)))
# the cue words as they stand in a text (punctuation stripped): a set look-up per text
LOWER_SLOT_WORDS = frozenset(
    form
    for word in (_RELATIVES + "|" + _PARENTS + "|" + _GREETINGS
                 + "|klingel|klingelschild|briefkasten|türschild|namensschild|inhaber"
                 "|inhaberin|kontoinhaber|kontoinhaberin|empfänger|empfängerin"
                 "|zahlungsempfänger|zahlungsempfängerin|inh|dank").split("|")
    if " " not in word and "\\" not in word
    for form in (word, word.capitalize(), word.upper())
)
# what is said of a bell instead of a name: "Klingel defekt", "briefkasten voll"
_DOOR_STATES = frozenset(
    "defekt kaputt nicht geht gehen funktioniert fehlt fehlen ist war sind und oder am an im "
    "in bei beim leuchtet klemmt gibt gibts hat hatte wurde wird leer voll ohne mit "
    # which bell, not whose: "Klingel Nr. 3", "Klingel Links", "Klingel oben"
    "nr nr. nummer no links rechts oben unten mitte ganz".split()
)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    from stop_words import get_stop_words

    return frozenset(get_stop_words("german")) | _LOWER_STOP


def _capital(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=1 << 14)
def _first_name(word: str) -> int:
    """2: a lower-case first name no word spells; 1: one that is a word too ("rosa"); 0: none."""
    if len(word) < 3 or word in _stop_words():
        return 0
    lex = lexicon()
    parts = _capital(word).split("-")
    if not all(p in FIRST_NAMES or p in lex.first for p in parts):
        return 0
    if any(p in NOT_NAMES for p in parts):
        return 0
    if "-" in word:
        return 2  # "lea-marie", "hans-jürgen"
    if lex.is_lower_word(word) or lex.is_german(word) and lex.is_english(word):
        return 1
    return 2


def _child_name(word: str) -> bool:
    """Tell a listed first name after "mama von" ("ben", "lasse"; not "berlin", "winter")."""
    return _first_name(word) > 0 and _capital(word) in FIRST_NAMES


def _surname(word: str | None) -> bool:
    """Tell a lower-case surname of the gazetteer ("keller", "özkan"), no particle ("van")."""
    if word is None or word in _stop_words() or len(word) < 3 or word in _PARTICLES:
        return False
    lex = lexicon()
    capital = word[:1].upper() + word[1:]
    return capital in lex.last and not (lex.is_lower_word(word) and lex.is_adjective(word))


# particles and a surname after a lower-case first name: "uwe krätschmer", "kayla o'connor",
# "marie-claire d'aubigny", "piet van der berg" (not "von der it-hotline": a place)
_SURNAME_AFTER = regex.compile(
    r"(?:\x20+(?:van|ter|ten|di|del|della|dos|du|al|el|op)(?:\x20+(?:der|den|de|la|los))?)?\x20+"
    r"(?P<s>(?:[od]['’])?\p{Ll}[\p{Ll}'’]{1,}(?:-\p{Ll}{2,})?)(?![\p{L}\-])"
)


def _surname_after(text: str, end: int) -> int:
    """End of a lower-case surname after a first name ending at ``end`` (else ``end``).

    A listed surname, or a word no dictionary knows ("krätschmer", "o'connor"), not a short
    slip of a German word ("hatt"), a verb in dialect or chat ("moint", "zoggt"), a
    district ("berkheim"); after a particle too ("van der berg").
    """
    found = _SURNAME_AFTER.match(text, end)
    if found is None:
        return end
    word = found.group("s")
    if word in _stop_words() or len(word) < 2:
        return end
    particle = text[end : found.start("s")].strip() != ""  # "van der", not the space alone
    return found.end("s") if _surname(word) or _unknown(word, particle) else end


def _unknown(word: str, particle: bool = False) -> bool:
    """Tell a lower-case word no dictionary knows ("krätschmer", "o'connor", "ibrahimović").

    Not a short slip of a German word ("hatt"), a verb in dialect or chat ("moint",
    "zoggt"), a district ("berkheim").
    """
    lex = lexicon()
    plain = word.replace("’", "'")
    return (
        (len(word) >= 5 or particle or "'" in plain)  # not "evtl", "ggf", "iwie"
        # a dialect or chat verb ("moint", "nemmt", "zoggt", "gugged", "gehts"), a place
        and not plain.endswith(("t", "ts", "ed"))
        and plain not in home_districts()
        and not lex.is_german(plain)
        and not lex.is_english(plain)
        and not (len(plain) <= 4 and lex._one_slip_from_german(plain))  # "hatt", "unt"
        and plain.split("'")[0] not in lex.german  # "hat's", "geht's"
    )


def _surname_after_title(word: str) -> bool:
    """Tell a lower-case surname after "Frau"/"Herr": listed, or a word no dictionary knows.

    "Frau ibrahimović", "Herr schwarzenbacher"; not an office ("lieber herr
    oberbürgermeister"), a common noun ("Herr lehrer") or a compound of words ("Frau
    online-beratung ist gut").
    """
    if word in _stop_words() or office_title(word):
        return False
    lex = lexicon()
    if lex.is_common_noun(_capital(word)) or any(
        lex.is_german(part) or lex.is_german(_capital(part)) for part in word.split("-")[1:]
    ):
        return False
    return (_surname(word) and not lex.is_lower_word(word)) or _unknown(word)


def _lone_surname(word: str) -> bool:
    """Tell a lower-case listed surname that is no other word in lower case ("maier").

    A double name when each part is one: "müller-ebner".
    """
    if "-" in word:
        return all(_lone_surname(part) for part in word.split("-"))
    lex = lexicon()
    capital = _capital(word)
    from esslingen_lab.privacy.redact.name_checks import _foreign_word

    return (
        len(word) >= 4  # not Turkish "bir", "sen" in a mixed answer
        and _surname(word)
        and not _foreign_word(word)
        and not lex.is_lower_word(word)
        and not lex.is_common_noun(capital)
        and not lex.is_english(word)
        and capital not in NOT_NAMES
    )


def _holder_surname(word: str | None) -> bool:
    """Tell a holder's surname after the first name: listed, unknown or hyphenated ("kühn").

    A particle is none ("stefan van den berg": the surname after it, :func:`_surname_after`).
    """
    if word is None or word in _stop_words() or len(word) < 3 or word in _PARTICLES:
        return False
    lex = lexicon()
    return all(
        _capital(part) in lex.last or not lex.is_german(part) for part in word.split("-")
    )


#: The letters abbreviations start with ("a. D.", "d. h.", "e. V.", "i. A.", "o. ä.", "s. o.",
#: "u. a.", "v. a.", "z. B."): as a lower-case initial only where the name plainly ends.
ABBREVIATION_INITIALS = "adeiosuvz"
# a lower-case first name with the initial of its surname: "der schüler, tim h., war …"
LOWER_INITIAL_NAME = regex.compile(
    r"(?<![\p{L}\-.])(?P<v>\p{Ll}{3,}(?:-\p{Ll}{2,})?)\x20(?P<i>\p{Ll}\.)"
    r"(?=[\x20,;)!?]|$)(?!\x20\p{Ll}\.|\x20\p{Lu})"
)
# what every such name holds, found ~6x faster (the space first): the rule's gate
# from the dot, looking back: dots are rarer than the spaces the engine would stop at
LOWER_INITIAL_GATE = regex.compile(r"\.(?<=\p{Ll}\x20\p{Ll}\.)(?=[\x20,;)!?]|$)")


_CLOSES = regex.compile(
    r"[,;:)!?]|$|\x20?[\-–]|\x20(?:und|hat|hatte|war|ist|wird|sagt|meint|kommt|schreibt|aus|vom|von|"
    r"beim|bei|im|in|mit|zusammen|gesagt|geschrieben)\b"
)


def lower_initial_name_spans(text: str):
    """Yield "tim h.", "anna k.": a listed first name and an initial, both in lower case."""
    for match in LOWER_INITIAL_NAME.finditer(text):
        kind = _first_name(match.group("v"))
        closes = _CLOSES.match(text, match.end("i")) is not None
        if not kind or (kind == 1 or match.group("i")[0] in ABBREVIATION_INITIALS) and not closes:
            continue  # "die farbe rosa b. mir", "mit anna u. a."; "tim s., war" closes it
        end = match.end("i")
        # at the end the period closes the sentence too: "grüße von [NAME]."
        yield match.start("v"), end - 1 if text[end:].strip() == "" else end


# a name in lower case after "ich bin" ("hallo, ich bin tim und …", "bin mia, 16", "ich bin
# m. schwarz") or after a doctor's title ("frau dr. kienzle", "herr dr. kächele", "dr. kübler
# hat gsagt")
_INTRO_LOWER = regex.compile(
    rf"(?<![\p{{L}}])(?i:ich\x20+bin|i\x20+bin|bin)\x20+(?:(?:die|der|d['’]|dr)\x20+)?"
    rf"(?P<v>(?P<i>\p{{Ll}}\.\x20?)?{_WORD})"
    r"(?=\x20*(?:[,.!;:(\n]|und\b|aus\b|vom\b|von\b|$)|\x20+\d)"
)
_DEGREES = r"med|dent|vet|phil|jur|iur|ing|habil"  # "Dr. med. …", "Dr. iur. …"
_DOCTOR_LOWER = regex.compile(
    rf"(?:(?<![\p{{L}}])(?i:frau|herrn?)\x20+)?(?<![\p{{L}}])(?i:dr|prof)\.\x20*"
    rf"(?:(?i:{_DEGREES}|rer\.\x20?nat)\.\x20*)*+(?!(?i:{_DEGREES}|rer)\.)(?P<v>{_WORD})"
)
LOWER_INTRO_GATE = regex.compile(
    r"(?<![\p{L}])(?:bin\x20+(?:d\S*\x20+)?|(?i:dr|prof)\.\x20*)\p{Ll}"
)
# what the gate's match holds inside one word, lower-cased: a set look-up per text (the gate,
# a look-behind first, is tried at every position of every answer); no letter but "D", "R",
# "P", "O", "F" matches these letters of (?i:dr|prof) (checked for every code point)
LOWER_INTRO_NEEDS = ("bin", "dr.", "prof.")


def lower_intro_spans(text: str):
    """Yield a lower-case name after "ich bin" or a doctor's title (see above)."""
    for match in _INTRO_LOWER.finditer(text):
        name, word = match.group("v"), match.group("v").split()[-1].lstrip(".")
        if match.group("i"):
            if _signed_word(match.group("i")[0], word):
                yield match.span("v")  # "ich bin m. schwarz"
        elif _child_name(name) and not (  # a listed first name: "ich bin tim", not "ossi"
            name == "max" and text[match.end("v") : match.end("v") + 1] == "."
        ):  # "ich bin max. zufrieden": an abbreviation
            yield match.start("v"), _surname_after(text, match.end("v"))
    lex = lexicon()
    for match in _DOCTOR_LOWER.finditer(text):
        word = match.group("v")
        if word in _stop_words() or office_title(word) or len(word) < 3:
            continue
        capital = _capital(word)
        if lex.is_german(word) or lex.is_english(word) or capital in NOT_NAMES or (
            lex.is_common_noun(capital) or capital in _named_after_people()
        ):
            continue  # "dr. google", "zum dr. gehen", "Dr. med. gibt es …", "dr. oetker"
        yield match.span("v")


def _signed_word(initial: str, word: str) -> bool:
    """Tell a surname after an initial: "m. schwarz", "k. dürr"; not "s. gut" (sehr gut)."""
    if word in _stop_words() or word in _NOT_SIGNED or len(word) < 3:
        return False
    return initial not in ABBREVIATION_INITIALS or not lexicon().is_lower_word(word)


# a signature in lower case with the first name's initial: "– k. dürr", "danke, m. rapp",
# "unterschrift: b. schlechter" (the line ends with it)
_INITIAL_SIGNS = regex.compile(
    rf"(?:(?:^|\n)[^\S\n]*[–—\-]|(?<![\p{{L}}])(?i:{_GREETINGS}|unterschrift|gez\.?))"
    r"[,!:]?[^\S\n]*(?P<v>\p{Ll}\.\x20?(?P<w>\p{Ll}{3,}(?:-\p{Ll}{2,})?))"
    r"[^\S\n]*[.!]?[^\S\n]*(?:\n|$)"
)
# what every such signature holds: the rule's gate
LOWER_INITIAL_SIGNS_GATE = regex.compile(
    r"(?<![\p{L}])\p{Ll}\.\x20?\p{Ll}{3,}(?:-\p{Ll}{2,})?[^\S\n]*[.!]?[^\S\n]*(?:\n|$)"
)
# what follows an abbreviation's letter at a line's end: "s. unten", "vgl. anlage"
_NOT_SIGNED = frozenset(("oben", "unten", "anbei", "anlage", "anhang", "rückseite"))


def lower_initial_signature_spans(text: str):
    """Yield "k. dürr" in "– k. dürr": an initial and a surname signing, in lower case.

    The surname may be a word too ("dürr", "schlechter"): after a dash, a greeting or
    "Unterschrift:" and closing the line, the pair is someone's signature.
    """
    for match in _INITIAL_SIGNS.finditer(text):
        word = match.group("w")
        if _signed_word(match.group("v")[0], word) and not office_title(word):
            yield match.span("v")


# the answer's last word, alone after a sentence's end or on its own line: "…wär super. beate",
# "…nicht ok.\nben" (an emoji or a smiley ends a sentence too)
_LAST_WORD = regex.compile(
    r"(?:[.!?)]|\p{So}|[:;]-?\))[\x20\t]*(?:\n[^\S\n]*)*(?:[–—\-][^\S\n]*)?"
    r"(?P<i>\p{Ll}\.\x20?)?(?P<v>\p{Ll}{3,}(?:-\p{Ll}{2,})?)[^\S\n]*[.!]?\s*$"
)
# what such an answer ends with: a lower-case word alone (the rule's gate)
# read back from where "$" holds (the text's end, or before its last line break) instead of
# tried from every sentence's end: a match ends there, so it is found there (3x faster)
LOWER_LAST_WORD_GATE = regex.compile(
    r"$(?<=[.!?)\n]\s*\p{Ll}{3,}(?:-\p{Ll}{2,})?[^\S\n]*[.!]?\s*)"
)


def lower_last_word_spans(text: str):
    """Yield a lower-case first name that signs the answer as its last word.

    Only a first name no word spells ("mario", "jule"; not "rosa", "peace", "tschüss"):
    where the answer ends, alone after a sentence, it is the writer's name; an initial
    before it goes with it ("…sperren!! m. öztürk").
    """
    match = _LAST_WORD.search(text)
    if match is None or _first_name(match.group("v")) != 2:
        return
    lex, capital = lexicon(), _capital(match.group("v"))
    if not (lex.is_english(match.group("v")) or capital in lex.last or (
        lex.is_german(capital) and capital not in FIRST_NAMES
    )):  # not "sommer", "paris", "porsche", "venus"
        yield match.start("i") if match.group("i") else match.start("v"), match.end("v")


_PARTICLES = frozenset("van de di da del della dos du ten ter le la al el".split())  # not "von"
# particles no German sentence has after "frau"/"herr" ("frau da hinten", "herr du …" do)
_FOREIGN_PARTICLES = frozenset("van ter ten del della dos".split())
_LOWER_AFTER_PARTICLE = regex.compile(
    r"(?:\x20+(?:der|den|de|la|los))?\x20+(?P<s>\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?![\p{L}\-])"
)
# an article after the particle is no surname ("herr van het Rathaus")
_ARTICLES_AFTER_PARTICLE = frozenset("der den het los las les".split())


def _foreign_surname(word: str) -> bool:
    """Tell "meer", "linden" after "ter", "van der" from "hat", "daneben", "het", "der"."""
    if word in _PARTICLES or word in _ARTICLES_AFTER_PARTICLE:
        return False
    lex = lexicon()
    return not lex.is_lower_word(word) or word.capitalize() in lex.last


_CAPITAL_AFTER = regex.compile(r"\x20+\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*")


def lower_slot_name_spans(text: str):
    """Yield spans of lower-case names after a relative, a greeting or on a door bell."""
    for match in _AFTER_RELATIVE.finditer(text):
        word, nxt = match.group("v"), match.group("w")
        if word in _PARTICLES:
            name = _CAPITAL_AFTER.match(text, match.end("v"))
            if name is not None:  # "frau van Dijk": the particle goes with the name
                yield match.start("v"), name.end()
            elif match.group("r").lower() in _TITLES and word in _FOREIGN_PARTICLES:
                # "frau ter meer", "herr van der berg": after a title, no German word
                name = _LOWER_AFTER_PARTICLE.match(text, match.end("v"))
                if name is not None and _foreign_surname(name.group("s")):
                    yield match.start("v"), name.end()
            continue
        kind = _first_name(word)
        apposition = match.group("sep").strip() != ""  # "nachbarin, die rosa keller"
        if kind == 2 or (kind == 1 and apposition and _surname(nxt)):
            end = match.end("w") if _surname(nxt) else _surname_after(text, match.end("v"))
            yield match.start("v"), end
        elif kind == 0 and (_lone_surname(word) or (
            match.group("r").lower() in _TITLES and _surname_after_title(word)
        )):
            yield match.span("v")  # "der kollege maier hat gesagt", "Frau ibrahimović"
    for match in _AFTER_GREETING.finditer(text):
        word, nxt = match.group("v"), match.group("w")
        if _first_name(word):
            end = match.end("w") if _surname(nxt) else _surname_after(text, match.end("v"))
            yield match.start("v"), end
    for match in _GREETING_TO.finditer(text):
        word, nxt = match.group("v"), match.group("w")
        kind = _first_name(word)
        if kind == 2 or (kind == 1 and _surname(nxt)):
            end = match.end("w") if _surname(nxt) else _surname_after(text, match.end("v"))
            initial = _LOWER_INITIAL.match(text, end)  # "danke an jana w. aus dem archiv"
            yield match.start("v"), initial.end() if initial is not None else end
    for match in _CHILD_OF.finditer(text):
        if not _child_name(match.group("v")) or _NOT_AFTER_CHILD.match(text, match.end("v")):
            continue
        end = _surname_after(text, match.end("v"))  # "noah dehm" whole
        yield match.start("v"), end
        second = _AND_CHILD.match(text, end)  # "mama von emil und lena": both
        if second is not None and _child_name(second.group("w")):
            yield second.start("w"), _surname_after(text, second.end("w"))
    for match in _AFTER_HOLDER.finditer(text):
        word, nxt = match.group("v"), match.group("w")
        if _first_name(word):
            yield match.start("v"), match.end("w") if _holder_surname(nxt) else (
                _surname_after(text, match.end("v"))
            )
    for match in _ON_DOOR.finditer(text):
        word = match.group("v")
        if word in _DOOR_STATES or word in _stop_words() or len(word) < 3:
            continue
        lex = lexicon()
        capital = _capital(word)
        if lex.is_lower_word(word) or lex.is_english(word):
            continue  # "klingel funktioniert", "briefkasten leeren"
        if capital in lex.last or capital in lex.first or not lex.is_german(capital):
            yield match.span("v")


_ON_THE_DOOR = regex.compile(
    rf"""(?:\b(?i:Klingel(?:schild)?|Briefkasten|Türschild|Namensschild)|\bc/o)\s*[:\-–]?\s*[„"“']?
         (?P<v>{_NAME_TOKEN}(?:\s*/\s*{_NAME_TOKEN})?)""",
    regex.VERBOSE | regex.VERSION1,
)


def name_on_the_door_spans(text: str):
    """Spans of the name on a bell or letter box: "Klingel Schneider" ("Klingel defekt": no)."""
    for match in _ON_THE_DOOR.finditer(text):
        first = match.group("v").split()[0].split("/")[0]
        if first.lower() not in _DOOR_STATES and first not in NOT_NAMES:
            yield match.span("v")
