"""Names read from the words around them: spoken articles, desks, echoes and nicknames.

A first name after a spoken article ("dr Toni", "d'Hilde"), a surname after an article at a
desk, a name echoed in ASCII, nicknames and a particle after a salutation: the finders of
name rules in rules.py that need no cue word; split from rules.py (same behaviour).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.names import gazetteer_first_names
from esslingen_lab.privacy.redact.nicknames import (
    pet_name_in_slot,
    pet_name_shape,
)
from esslingen_lab.privacy.redact.patterns import (
    _X,
    KnownWords,
)
from esslingen_lab.privacy.redact.short_forms import diminutive_name, short_form
from esslingen_lab.privacy.redact.strength import _is_person_noun, _strength_of
from esslingen_lab.privacy.redact.strength import _named_after_people as named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    _LOWER_STOP,
    FIRST_NAMES,
    NOT_NAMES,
    _double_first_name,
    place_word,
    read_words,
)
from esslingen_lab.privacy.redact.workplace import _dictionary_surname

# Case-insensitive only where letters are compared: a pattern-wide IGNORECASE made the
# scan over every word about three times slower.




def _has_first_name(features) -> bool:
    """Tell a text with a word that is a first name of the package's list or the gazetteer."""
    words = features.words()
    return (
        not words.isdisjoint(FIRST_NAMES)
        or not words.isdisjoint(gazetteer_first_names())
        or ("-" in features.text and _DOUBLE_FIRST_NAME.any_in(words))  # "Klaus-Peter"
    )


# "Klaus-Peter", also shouted ("KLAUS-PETER", read in ordinary case by the case view)
_DOUBLE_FIRST_NAME = KnownWords(
    lambda word: "-" in word and _double_first_name("-".join(map(str.capitalize, word.split("-"))))
)


_SPOKEN_ARTICLE = regex.compile(
    # not after a particle ("von der Heydt-Lorenz"), "s'" only as a word ("geht's" no)
    r"(?=[dDsSbBvVzZ])(?<![\p{L}'’])(?<!\b(?:[Vv][oa]n|[Zz]u)\x20{1,3})"
    r"(?:[dDsS]['’]\x20?|(?:[dD]ie|[dD]er|[dD]en|dem|[dD]r|[bB]eim|[vV]om|[zZ]um)\x20+)"
    r"(?:(?P<adj>\p{L}{2,}e[nrs]?)\x20+)?"
    r"(?P<v>\p{L}[\p{L}]{2,}(?:-\p{Lu}\p{Ll}{2,})?)"
    r"(?![\p{L}\-])(?!\x20+\p{Lu})"
)
# a person announced before the article: "ich bin die …", "hier (ist) der …", "Mein
# Nachbar, der …", "frag den …"
_PERSON_CUE_BEFORE = regex.compile(
    r"(?:\b(?:[Ii]ch\x20+bin|[Bb]in|[Hh]ier(?:\x20+(?:ist|schreibt|spricht|isch|is))?|"
    r"[Ff]rag(?:t|en)?|[Ff]ragen\x20+Sie)|\p{Ll}{3,}(?<=in|bar|er|e|in),)\x20*$"
)


_FROM_AFTER = regex.compile(r"\x20+(?:vom|von\x20+der|aus\x20+der|aus\x20+dem|im|am|beim)\b")
_FROM_LOWER = regex.compile(
    r"\x20+(?:vom|von|von\x20+der|aus\x20+der|aus\x20+dem|im|am|beim)\x20+\p{Ll}"
)


def _noun_before_time(text: str, end: int, word: str, lex) -> bool:
    """Tell "der Winter vom letzten Jahr", "der Bauer von heute": a noun, not a first name."""
    return lex.german.get(word) == word and _FROM_LOWER.match(text, end) is not None


# figures of custom, not people: "der Nikolaus kommt", "das Christkind"
_FIGURES = frozenset(("Nikolaus", "Christkind", "Ruprecht"))
# adjectives before a first name in speech: "der gute Bene", "die liebe Moni"
_KIND_ADJECTIVES = frozenset(
    "gute liebe nette alte kleine junge große dicke lange schöne arme brave".split()
)


_SPOKEN_FULL_NAME = regex.compile(
    r"(?<![\p{L}'’])[dDsS]['’]\x20?(?P<v>(?P<first>\p{Lu}\p{Ll}+)\x20+\p{Lu}[\p{Ll}ß\-]{2,})"
    r"(?![\p{L}])"
)


def _full_name_after_spoken_article(text: str):
    """Spans of a first name and surname after "d'"/"s'": "d'Erna Bäuerle"."""
    lex = lexicon()
    for match in _SPOKEN_FULL_NAME.finditer(text):
        first = match.group("first")
        if first in NOT_NAMES or not (first in FIRST_NAMES or short_form(first) or (
            first in lex.first and not lex.is_lower_word(first)
        )):
            continue
        yield match.span("v")


def _first_name_after_spoken_article(text: str):
    """Spans of first names after an article: "d'gudrun", "ist die Uschi", "der Sepp hat".

    Spoken German puts an article before a first name. Only a first name of the gazetteer
    that is no German word ("die Linde" stays), a pet name built on a first name ("die
    Moni", "d'Liesl") or a nickname with a first name ("der Schmiedle-Franz"); in lower case
    only after "d'" or before "vom …", never before a capitalised word ("die Paula Modersohn
    Schule"). After "ich bin", "hier" a first name that is also a German word counts too
    ("hier die Bernadette").
    """
    lex = lexicon()
    for match in _SPOKEN_ARTICLE.finditer(text):
        word, group = match.group("v"), "v"
        adjective = match.group("adj")
        if adjective is not None and adjective.lower() not in _KIND_ADJECTIVES:
            if word[:1].isupper() or not adjective[:1].isupper():
                continue  # "die Werbe Aktion", "der große …"
            word, group = adjective, "adj"  # "dr Karle aus dem …": the name ends in -e
        end = match.end(group)
        spoken = match.group()[1:2] in "'’"
        if not spoken and not word[:1].isupper() and not _FROM_AFTER.match(text, end):
            continue  # in lower case only as "d'gudrun" or "der mario aus dem jugendhaus"
        if word in NOT_NAMES or word.capitalize() in _FIGURES:
            continue
        if _is_person_noun(word[:1].upper() + word[1:].lower()):
            continue  # "der Wirt vom Ochsen", "die Oma vom …": a role, though a first name too
        if "-" in word:
            if _nickname_with_first_name(word, lex):
                yield match.span(group)
            continue
        capital = word[:1].upper() + word[1:].lower()
        if short_form(capital) or (word[:1].isupper() and diminutive_name(word)):
            yield match.span(group)  # "die Moni", "vom Lisbethle", "unser Träible"
            continue
        if word[:1].isupper() and pet_name_in_slot(text, match, end, word, lex):
            yield match.span(group)  # "unser Timbo,", "ich bin der Ralle", "beim Ernst an, der"
            continue
        if (
            word[:1].isupper()
            and _pet_name_shape(word, lex)
            and _FROM_AFTER.match(text, end) is not None
        ):
            yield match.span(group)  # "der Didi vom Fußballverein", "die Brenni aus der …"
            continue
        if (
            word[:1].isupper()
            and _FROM_AFTER.match(text, end) is not None
            and lex.is_any_name(word)
            and not lex.is_german(word)
            and not lex.is_english(word)
        ):
            yield match.span(group)  # "der Tomek vom Bauhof": a name that is no word
            continue
        if capital not in FIRST_NAMES and (capital not in lex.first or (
            lex.is_german(capital) and capital in lex.last and not lex.is_english(capital)
        )):
            # what a cue adds below is for listed first names only; a German noun that the
            # gazetteer also holds as a first name and a surname is the noun ("den Saal am
            # Donnerstag"); an English one may be a name ("der Joe aus der IT")
            continue
        cue = (
            spoken
            or _PERSON_CUE_BEFORE.search(text, max(0, match.start() - 30), match.start())
            is not None
            or (
                _FROM_AFTER.match(text, end) is not None  # "die Gabi vom Einwohnermeldeamt"
                and not _noun_before_time(text, end, word, lex)
            )
        )
        if (cue and (short_form(capital, cue=True) or (
            word[:1].isupper() and capital not in _AMBIGUOUS_FIRST_NAMES
            and (capital in FIRST_NAMES or capital in lex.first)
            and not lex.is_lower_word(word)  # "der Mark vom …" is money, "der Joe vom …" a man
        ))) or (
            word.islower()
            and (capital in FIRST_NAMES or capital in lex.first)
            and not lex.is_lower_word(word)
            and (capital not in _AMBIGUOUS_FIRST_NAMES or cue)  # "frag den mario vom …"
        ):
            yield match.span(group)


_LOWER_SURNAME = regex.compile(
    r"(?<![\p{L}'’])(?<!\b(?:[Vv][oa]n|[Zz]u)\x20{1,3})(?:[dD]ie|[dD]er|[dD]en|[dD]em|[dD]r)\x20+"
    r"(?P<v>\p{Ll}{3,})\x20+(?:vom|von\x20+der|aus\x20+der|aus\x20+dem|im|am|beim)\x20+"
    r"(?P<place>\p{L}[\p{L}\-]*)"
)
# where a clerk sits, besides the offices: "die rapp am telefon", "der maier am schalter"
_DESKS = ("telefon", "empfang", "schalter", "hotline", "pforte", "info", "infotheke", "theke")


def _lower_surname_after_article(text: str):
    """Spans of a surname typed in lower case after an article: "die rapp am telefon".

    The word after the article is a surname of the gazetteer in its base form that is no
    person noun ("der maier vom ordnungsamt"), or no noun or adjective at all, only a verb
    form ("rapp"); a city office or a desk follows ("vom ordnungsamt", "am telefon"). Not
    "die post am montag", "der bus vom bahnhof", "die dort am schalter".
    """
    lex = lexicon()
    offices = tuple(read_words("city_offices")) + _DESKS
    for match in _LOWER_SURNAME.finditer(text):
        word, place = match.group("v"), match.group("place").lower()
        if not place.endswith(offices) or word in _LOWER_STOP or word in _stop_words():
            continue
        capital = word[:1].upper() + word[1:]
        if capital in NOT_NAMES or _is_person_noun(capital) or lex.is_adjective(word):
            continue
        lemma = lex.german.get(capital)
        if (
            capital in lex.last and lemma in (None, capital) and not lex.is_lower_word(word)
        ) or _dictionary_surname(capital, lex):
            yield match.span("v")  # "der maier vom ordnungsamt", "der kübler im bauamt"
            continue
        if lemma is not None or lex.is_english(word):
            continue  # a noun: "die post", "der bus"
        lower_lemma = lex.german.get(word)
        if lower_lemma is None and not lex.is_german(word):
            if capital in lex.last or capital in lex.first or word.endswith(("er", "le", "el")):
                yield match.span("v")  # "der kübler im bauamt"
            continue
        if lower_lemma is not None and lower_lemma != word and lower_lemma.endswith("n"):
            yield match.span("v")  # "die rapp am telefon": only a verb's form, no noun


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    from stop_words import get_stop_words

    return frozenset(get_stop_words("german"))


_LETTER_WORD = regex.compile(r"(?<![\p{L}\-])\p{Lu}[\p{L}]+(?![\p{L}])")
_FOLD_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                             "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


_FOREIGN_LETTER = regex.compile(r"[\p{L}--[a-zA-ZäöüÄÖÜß]]", regex.VERSION1)
# a character that is no ASCII and no umlaut: the standard library finds it fast
_NOT_PLAIN = re.compile(r"[^\x00-\x7fäöüÄÖÜß]")


def _has_foreign_letter(text: str) -> bool:
    """Tell a text with a letter beyond ASCII and the umlauts.

    The pattern's class of letters is slow to test on every character; it is tried only
    where a character is no ASCII and no umlaut (quotes, dashes, "é").
    """
    return any(_FOREIGN_LETTER.match(text, m.start()) for m in _NOT_PLAIN.finditer(text))


@lru_cache(maxsize=100_000)
def _folded(word: str) -> frozenset:
    """Spellings of ``word`` without its special letters: "Kovacevic", "Yilmaz", "Oemer"."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
        if not unicodedata.combining(c)
    )
    spellings = {plain, word.translate(_UMLAUTS).translate(_FOLD_EXTRA)}
    spellings.add("".join(
        c for c in unicodedata.normalize("NFKD", word.translate(_UMLAUTS).translate(_FOLD_EXTRA))
        if not unicodedata.combining(c)
    ))
    spellings.discard(word)
    return frozenset(spellings)


def _ascii_echo_spans(text: str):
    """Spans of a name written again without its special letters in the same answer.

    "Marija Kovačević … als „Kovacevic“ gespeichert", "Ömer Yılmaz … als Yilmaz": a word
    that is a name wherever it stands (a gazetteer name or a word with letters of other
    alphabets, no German word) is looked for in its plain spelling; the name itself is left
    to the other rules. "Café … Cafe" is a German word and stays.
    """
    words = {m.group() for m in _LETTER_WORD.finditer(text)}
    wanted: set = set()
    for word in words:
        if word.isascii() or word.isupper():
            continue
        twins = _folded(word) & words  # cheap: most answers hold no plain twin of a word
        if twins and (word in FIRST_NAMES or _strength_of(word) == 2):
            wanted |= twins
    lex = lexicon()
    wanted = {w for w in wanted if not lex.is_german(w) and w not in NOT_NAMES}
    if not wanted:
        return
    for match in _LETTER_WORD.finditer(text):
        if match.group() in wanted:
            yield match.span()


def _pet_name_shape(word: str, lex) -> bool:
    """Tell a nickname: "Didi", "Lulu" (a syllable twice) or an unknown word in -i, -y."""
    if len(word) < 3 or not word.isalpha() or word in NOT_NAMES:
        return False
    if word in named_after_people() or _is_person_noun(word):
        return False
    if len(word) == 4 and word[:2].lower() == word[2:]:
        return True  # "Didi", "Lulu", "Jojo"
    return (
        word.endswith(("i", "y"))
        and not lex.is_german(word)
        and not lex.is_english(word)
    )


_NICKNAME = regex.compile(
    r"(?:\b(?:[Ss]pitznamen?|alias|genannt"
    # "(alle sagen Gogo)", "wir nennen ihn nur Bolle", "von allen nur Schorsch"
    r"|(?P<say>(?i:alle|wir|man)\s+(?:sagen|sagt|nennen|nennt|rufen|ruft)"
    r"(?:\s+(?:zu\s+)?(?:ihn|sie|ihm|ihr))?(?:\s+(?:nur|bloß|immer))*"
    r"|(?i:sagen|nennen|rufen)\s+(?:ihn|sie)?\s*alle(?:\s+nur)?)|von\s+allen\s+nur)"
    r"\s*:?\s*[„\"»‚'“]?(?P<v>\p{Lu}\p{Ll}{2,})"
    r"|[„\"»‚'“](?P<w>\p{Lu}\p{Ll}{2,})[“\"«‘'”]\s+genannt)(?![\p{L}\-])"
)


# a name said ends there, or "zu ihm" follows: "(alle sagen Gogo)", "alle sagen Bolle zu ihm"
_SAID_NAME_END = regex.compile(r"[“\"«‘'”]?(?:\s*(?:[).,;!?\n]|$)|\s+zu\s+(?:ihm|ihr)\b)")


def _nickname_spans(text: str):
    """Spans of nicknames: "nur „Brenni“ genannt", "alias Schorsch" (no German noun)."""
    lex = lexicon()
    for match in _NICKNAME.finditer(text):
        group = "v" if match.group("v") is not None else "w"
        word = match.group(group)
        if word in NOT_NAMES or _is_person_noun(word) or word in named_after_people():
            continue
        if lex.is_common_noun(word) or lex.is_lower_word(word):
            continue  # "der „Chef“ genannt", "genannt Wohnungsnot"
        if match.group("say") is not None and not _SAID_NAME_END.match(text, match.end(group)):
            continue  # "alle sagen Mettingen ist abgehängt": what they say, not a name
        if match.group("say") is not None and place_word(word):
            continue  # "wir sagen Hegensberg", "das sagen alle Esslinger"
        yield match.span(group)


def _may_hold_spoken_name(features) -> bool:
    """Tell a text with a word the spoken-article rule could take (cheap, memoised per word).

    A first name, a short form of one or a hyphenated word; most answers hold none.
    """
    words = features.words()
    return _SPOKEN_NAME.any_in(words) or ("bin" in words and _PET_WORD.any_in(words))


def _could_be_spoken_name(word: str) -> bool:
    if word[:2] in ("d'", "d’", "D'", "D’", "s'", "s’", "S'", "S’"):
        word = word[2:]
    if len(word) < 3 or not word.isalpha() and "-" not in word:
        return False
    if "-" in word:  # "der Schmiedle-Franz": the finder looks at both parts
        head, _, tail = word.partition("-")
        return head.isalpha() and tail[:1].isupper() and tail.isalpha()
    lex = lexicon()
    capital = word[:1].upper() + word[1:].lower()
    if word[:1].isupper() and word in FIRST_NAMES:
        return True  # "beim Ernst an, der …": the slot decides
    if lex.is_lower_word(word):
        return False  # "von", "Dann", "Leider": short forms and lower-case names never are
    return (
        short_form(capital)
        or diminutive_name(word)
        or capital in FIRST_NAMES
        or capital in lex.first
        or (word[:1].isupper() and _pet_name_shape(word, lex))
    )


_SPOKEN_NAME = KnownWords(_could_be_spoken_name)
_PET_WORD = KnownWords(pet_name_shape)  # "ich bin der Ralle": a word, but a pet name's shape

_PLACE_PARTS = frozenset(("Nord", "Süd", "Ost", "West", "Mitte", "Zentrum"))


def _nickname_with_first_name(word: str, lex) -> bool:
    """Tell "Schmiedle-Franz", "Ebbelwoi-Heinz", "Bäcker-Karl": a first name and a by-name.

    Two capitalised parts, one a listed first name; the other no listed non-name, firm or
    place part ("die Kepler-Schule" has no first name, "Stuttgart-Mitte" is a place). A
    German compound names its head last: after a first name a German noun makes a place
    ("die Moni-Bar").
    """
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return False
    if any(p in NOT_NAMES or p in _PLACE_PARTS for p in parts):
        return False
    named = [p for p in parts if lex.is_first_name(p, ambiguous=True)]
    if not named:
        return False
    if parts[1] not in named and lex.is_german(parts[1]):
        return False  # "die Moni-Bar", "die Maxl-Brauerei": a German compound's head, a place
    other = parts[1] if parts[0] in named else parts[0]
    return other not in named_after_people() and not other.lower().endswith(
        ("straße", "platz", "schule", "haus", "halle", "park", "weg", "kirche", "zentrum")
    )


_SALUTATION_PARTICLE = regex.compile(
    r"""\b(?i:sehr\x20+geehrte[rs]?|liebe[rs]?)\x20+(?:Herrn?|Frau)\x20+
         (?:(?:Dr|Prof)\.\x20*){0,2}
         (?P<v>(?P<p>vom|von(?:\x20+(?:der|dem|den))?|zum|zur|zu|van(?:\x20+(?:der|den|de))?|ten|ter)
         \x20+(?P<w>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))(?=\s*[,.!:\n]|\s*$)""",
    _X | regex.VERSION1,
)


def _particle_name_after_salutation(text: str):
    """Spans of a name with its particle after "Sehr geehrter Herr": "vom Hofe", "von Kessel".

    "vom", "zum", "zur" also join an office or place ("Sehr geehrter Herr vom Amt"): after
    them a plain noun in its base form is no name; an old dative ("Hofe") is.
    """
    lex = lexicon()
    offices = tuple(read_words("city_offices"))
    for match in _SALUTATION_PARTICLE.finditer(text):
        word = match.group("w")
        if word.lower().endswith(offices) or word in NOT_NAMES:
            continue
        contracted = match.group("p") in ("vom", "zum", "zur")
        if contracted and lex.is_common_noun(word) and lex.german.get(word) == word:
            continue
        yield match.span("v")
