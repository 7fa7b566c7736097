"""Shouted text read in ordinary German case, so that the name rules see names in it.

"DANKE AN SEVGI AUS DEM BÜRGERBÜRO" is read as "danke an Sevgi aus dem Bürgerbüro": nouns
and names capitalised, other words in lower case (decided by the German dictionary and the
name gazetteer). The view has the same length as the text, so a span found in it is the
same span in the text as written.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.naming import thing_named_before
from esslingen_lab.privacy.redact.strength import _named_after_people
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES

__all__ = ["capital_name_spans", "case_view", "name_case"]

# a word in capitals (two letters or more, hyphenated parts too) and a single capital
# followed by a period (an initial)
_CAPS_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}{2,}(?:-\p{Lu}{2,})*(?![\p{L}\d])")
_GAP = regex.compile(r"[\s,.:;!?\-–/()\"„“”]*\p{Lu}\.[\s]*|[\s,.:;!?\-–/()\"„“”]+")

# cues in capitals after which a shouted word is a surname ("FRAU WALZ", "FAM. STRÄHLE")
_PERSON_CUES = frozenset(("HERR", "HERRN", "FRAU", "FAM", "FAMILIE", "HR", "FR"))
_CAPS_PARTICLES = frozenset(("VON", "VAN", "ZU", "TEN", "TER", "DE", "DI", "DA", "DER", "DEN"))
_LINE_END = regex.compile(r"[\x20\t]*(?:$|\n|,)", regex.MULTILINE)

# short words before a number that no plate starts with: "MEINE NUMMER IST 0176 …"
_VERBS_BEFORE_NUMBER = frozenset(
    "IST WAR HAT UND DER DIE DAS DEN DEM MIT BEI VON AUF ICH SIE WIR IHR UNS NUR".split()
)
_BEFORE_DIGITS = regex.compile(r"[\s\-]*(?:\p{Lu}{1,2}[\s\-]*)?\d")


def name_case(word: str) -> str:
    """Return a word in capitals as a name is written ("ÖZ-DEMIR" as "Öz-Demir")."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def case_view(text: str) -> str:
    """Return ``text`` with runs of two or more words in capitals in ordinary case.

    Single capitalised abbreviations ("WLAN", "VHS") are left alone; so is any word whose
    case cannot change without changing its length. A title abbreviated in capitals before
    a name reads as the title ("HR Kübler" as "Hr Kübler"; "HR ist überlastet" stays).

    Examples
    --------
    >>> case_view("DANKE AN SEVGI AUS DEM BÜRGERBÜRO, das WLAN geht")
    'Danke an Sevgi aus dem Bürgerbüro, das WLAN geht'
    >>> case_view("HR Kübler war nett")
    'Hr Kübler war nett'
    """
    view = _shouted_view(text)
    if "R " in view or "R. " in view:
        view = _titles_in_capitals(view)
    if ". " in view and _MONTH_IN_CAPITALS.search(view) is not None:
        # "3. MAI 1951" as "3. Mai 1951", alone between numbers (no run of words in capitals)
        view = _MONTH_IN_CAPITALS.sub(lambda m: m.group().capitalize(), view)
    return view


_MONTH_IN_CAPITALS = regex.compile(
    r"(?<=(?<![\d.])\d{1,2}\.\x20?)(?:JANUAR|FEBRUAR|MÄRZ|APRIL|MAI|JUNI|JULI|AUGUST|SEPTEMBER|"
    r"OKTOBER|NOVEMBER|DEZEMBER|JAN|FEB|MÄR|APR|JUN|JUL|AUG|SEPT|SEP|OKT|NOV|DEZ)(?![\p{L}])"
)


# "HR Kübler", "FR. Öztürk": "Herr"/"Frau" abbreviated in capitals before a capitalised word
_CAPS_TITLE = regex.compile(r"(?<![\p{L}\d\-])(?:HR|FR)(?=\.?\x20(?P<w>\p{Lu}\p{Ll}[\p{L}\-]*))")
# "HR. WALZ", "HR. Walz": with its period "HR" is no department, only "Herr"
_CAPS_HERR = regex.compile(r"(?<![\p{L}\d\-])HR(?=\.\x20(?P<w>\p{Lu}[\p{L}\-]{2,}))")


def _titles_in_capitals(text: str) -> str:
    found = [m for m in _CAPS_TITLE.finditer(text) if _reads_as_a_surname(m.group("w"))]
    if "HR. " in text:
        found += [
            m for m in _CAPS_HERR.finditer(text)
            if m.group("w").lower() not in _function_words()
            and not _shouted_noun(m.group("w").upper(), lexicon())
        ]
    if not found:
        return text
    chars = list(text)
    for match in found:
        chars[match.start() + 1] = chars[match.start() + 1].lower()
    return "".join(chars)


def _reads_as_a_surname(word: str) -> bool:
    """Tell a word after "HR"/"FR" that is a name, not a noun ("HR Abteilung", "FR Urlaub")."""
    from esslingen_lab.privacy.redact.workplace import _dictionary_surname

    lex = lexicon()
    if word in lex.last or lex.is_any_name(word) and not lex.is_common_noun(word):
        return True  # "FR Schneider": a listed surname after the title
    if _dictionary_surname(word, lex):
        return True  # "Kübler", "Strähle": surnames the dictionary lists as nouns
    return not lex.is_german(word) and not lex.is_english(word)


def _shouted_view(text: str) -> str:
    words = list(_CAPS_WORD.finditer(text))
    if len(words) < 2:
        return text
    in_run = [False] * len(words)
    for k in range(len(words) - 1):
        gap = text[words[k].end() : words[k + 1].start()]
        if _GAP.fullmatch(gap):
            in_run[k] = in_run[k + 1] = True
    long_words = sum(
        1
        for k, match in enumerate(words)
        if in_run[k] and len(match.group()) >= 3 and match.group() not in _CAPS_PARTICLES
    )
    if long_words < 2:
        # "ES HK 711", "IT und EDV": no shouting, letters of a plate or acronyms
        return text
    chars = list(text)
    previous_name = False
    for k, match in enumerate(words):
        if not in_run[k]:
            previous_name = False
            continue
        word = match.group()
        if (
            len(word) <= 3
            and _BEFORE_DIGITS.match(text, match.end())
            and not (word in _VERBS_BEFORE_NUMBER and text[match.end() : match.end() + 1] == " ")
        ):
            continue  # a licence plate's letters: "ES-HK 711" (not "NUMMER IST 0176 …")
        if "-" in word and _BEFORE_DIGITS.match(text, match.end()) and all(
            len(part) <= 4 for part in word.split("-")
        ):
            continue  # a file number's letters: "ABH-ES 2024/3381-K"
        was_name = previous_name
        if _surname_of_a_field(text, words, k, in_run):
            previous_name = True
            continue  # "HALTER: RÖSCH, ANNEMARIE": left in capitals for the name rule
        cue_before = k > 0 and in_run[k - 1] and words[k - 1].group() in _PERSON_CUES
        # the Turkish dotted capital "İ" has a lower case of two characters ("i̇"): read as
        # "I", so that "ŞAHİN" reads "Şahin" with the text's length
        following = words[k + 1].group() if k + 1 < len(words) and in_run[k + 1] else ""
        cased, previous_name = _recase(word.replace("İ", "I"), previous_name, following)
        if was_name and cased.islower() and _LINE_END.match(text, match.end()):
            # "KONTOINHABER HORST-GÜNTER EIFERT": the word closing a line after a first
            # name is its surname, though "eifert" is also a verb
            if cased not in _function_words():
                cased, previous_name = word, True  # left in capitals for the name rule
        elif (
            was_name
            and cased[:1].isupper()
            and k
            and _LINE_END.match(text, match.end())
            and _first_name_opening_line(text, words[k - 1])
            and not lexicon().is_lower_word(cased)
        ):
            # "HEINRICH SCHABER, OBERDORF:": a first name opening a line and the word
            # after it, though also a noun ("Schaber"), is a surname: left in capitals
            cased, previous_name = word, True
        if cue_before and cased.islower() and cased not in _function_words():
            # "VON FAM. STRÄHLE", "HERR WALZ": after a person's cue the word is the name,
            # though the dictionary knows it in lower case ("strähle", "walz")
            cased = name_case(word)
            previous_name = True
        start = match.start()  # a window before the word: a long text stays linear
        if cased[:1].islower() and _SENTENCE_START.search(text, max(0, start - 40), start):
            # "HERZLICHE GRÜSSE\nIHR OTTMAR …" as "Ihr Ottmar …": a sentence's or a line's
            # first word is written with a capital, as the rules expect
            cased = cased[:1].upper() + cased[1:]
        if len(cased) == len(word):
            chars[match.start() : match.end()] = cased
    return "".join(chars)


# where a sentence or a line starts: the text's start, after ". ", "! ", "? " or a line break
_SENTENCE_START = regex.compile(r"(?:^|[.!?]\x20+|\n[\x20\t]*)$")


# where a form's field starts: the text's or a line's start, a label's colon, a cell's
# separator, a list's number ("1. ", "2) ")
_FIELD_START = regex.compile(r"(?:^|[:;|\t]|(?<![\d.,])\d{1,3}[.)])[\x20\t]*$")
_COMMA = regex.compile(r"\x20*,\x20*")


def _surname_of_a_field(text: str, words, k: int, in_run) -> bool:
    """Tell "RÖSCH" in "HALTER: RÖSCH, ANNEMARIE": a form's "SURNAME, FIRST NAME".

    The word opens a field and a comma and a listed first name follow it; its lower-case
    reading ("rösch", "weisser") would hide it from the surname-first rule.
    """
    if k + 1 >= len(words) or not in_run[k + 1]:
        return False
    if not _COMMA.fullmatch(text, words[k].end(), words[k + 1].start()):
        return False
    if not _FIELD_START.search(text[max(0, words[k].start() - 12) : words[k].start()]):
        return False
    first = name_case(words[k + 1].group())
    return lexicon().is_first_name(first, ambiguous=True)


# a person's place around a lone word in capitals: "MÜLLER vom Ordnungsamt", "an HÄFELE",
# "ZELLER hat aufgelegt", "STRÖBELE, Angelika"
_PERSON_PLACE_AFTER = regex.compile(
    r"\x20*(?:\x20(?:vom|von\x20+der|von|aus\x20+der|aus\x20+dem|aus|beim|bei|im|am|an|"
    r"hat|hatte|ist|war|meinte|meint|sagte|sagt|kann|konnte|will|wollte|weiß|macht|machte|"
    r"kümmert|arbeitet|schrieb|rief|half|hilft)\b|,\x20*\p{Lu}\p{Ll}+)"
)
_PERSON_PLACE_BEFORE = regex.compile(
    r"(?:\b(?:an|mit|laut|danke|Danke|Dank|mal|bei|v\.\x20?a\.|und)\x20+)$"
)
_VOWELS = regex.compile(r"[AEIOUÄÖÜY]")


_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:der|die|das|den|dem|des)\x20+$")


def capital_name_spans(text: str):
    """Yield spans of lone words in capitals in a person's place ("MÜLLER vom Ordnungsamt").

    Only words of four letters or more with two vowels (no acronym such as "DSGVO") that
    the dictionary knows neither in lower case ("BITTE", "NIE") nor as a plain noun
    ("BÜRGERAMT"), and that are no English word ("TEAMS"), unless they are a known name.
    Runs of shouted words are read by :func:`case_view` instead.
    """
    words = list(_CAPS_WORD.finditer(text))
    if not words:
        return
    lex = lexicon()
    for match in words:
        word = match.group()
        particle = _CAPS_PARTICLE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if particle is not None and _noble_in_capitals(text, match, lex):
            yield particle.start(), match.end()  # "VON HOLLEN aus dem Stadtplanungsamt"
            continue
        if (
            len(word) >= 4
            and text[match.end() : match.end() + 1] != "-"
            and text[match.start() - 1 : match.start()] != "-"
            and _first_name_alone_in_capitals(word, lex)
        ):
            if thing_named_before(text, match.start()):
                continue  # "Das Restaurant heißt FRIEDA": a thing's name
            yield match.span()  # "WOLFGANG (der Rentner …)", "und ich, DANIJELA."
            continue
        first = _FIRST_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if (
            first is not None
            and len(word) >= 3
            and word.lower() not in _function_words()
            and _LINE_END.match(text, match.end())
            and _first_names_in_capitals(first.group("f"), lex)
            and not _shouted_noun(word, lex)  # "Lena FREIBAD": a noun shouted after a name
        ):
            yield first.start("f"), match.end()  # "HORST-GÜNTER EIFERT" (read "Horst-Günter")
            continue
        vowels = len(_VOWELS.findall(word))
        if len(word) < 4 or vowels < 2 and not (
            vowels == 1 and len(word) >= 5 and word[:1] + word[1:].lower() in lex.last
        ):
            continue  # "DSGVO", "ADAC"; a listed surname of one vowel counts ("SCHMID")
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 5), match.start()) and (
            word[:1] + word[1:].lower() not in lex.last
        ):
            continue  # "Der ADAC vom Kreis", "die DEKRA vom Bahnhof": an organisation
        first = _FIRST_NAME_AFTER.match(text, match.end())
        if (
            first is not None
            and (lex.is_first_name(first.group("f"), ambiguous=True))
            and _surname_in_capitals(word, lex)
        ):
            yield match.span()  # "STRÖBELE, Angelika": a list's "surname, first name"
            continue
        if not (
            _PERSON_PLACE_AFTER.match(text, match.end())
            or _PERSON_PLACE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            continue
        parts = [part[:1] + part[1:].lower() for part in word.split("-")]
        if any(part in _named_after_people() for part in parts):
            continue  # "mit BOSCH und DAIMLER": a company named after its founder
        if all(_reads_as_a_name(part, lex) for part in parts):
            yield match.span()


# a particle in capitals before a surname in capitals: "VON HOLLEN", "VAN DYCK", "ZU SALM"
_CAPS_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\d])(?:VON|VAN|ZU|TEN|TER|DE|DI|DA)\x20+$")
# first names (shouted, read in ordinary case) right before a word in capitals
_FIRST_NAME_BEFORE = regex.compile(r"(?<![\p{L}\-])(?P<f>\p{Lu}[\p{L}]+(?:-\p{Lu}\p{L}+)?)\x20$")
_FIRST_NAME_AFTER = regex.compile(r",\x20*(?P<f>\p{Lu}\p{Ll}+)\b")


def _shouted_noun(word: str, lex) -> bool:
    from esslingen_lab.privacy.redact.workplace import shouted_noun

    return shouted_noun(word, lex)


def _noble_in_capitals(text: str, match, lex) -> bool:
    """Tell "VON HOLLEN aus dem Amt": a word after a particle, in a person's place."""
    word = match.group()
    capital = word[:1] + word[1:].lower()
    if len(word) < 3 or word.lower() in _function_words() or lex.is_lower_word(capital):
        return False
    if lex.german.get(capital) == capital and not lex.is_any_name(capital):
        return False  # "VON DER STADT": a plain noun
    return _PERSON_PLACE_AFTER.match(text, match.end()) is not None


def _first_names_in_capitals(word: str, lex) -> bool:
    """Tell "HORST-GÜNTER", "ANNA", "HEINRICH": first names written in capitals."""
    parts = [part[:1] + part[1:].lower() for part in word.split("-")]
    return all(lex.is_first_name(p, ambiguous=True) or _german_first_name(p) for p in parts)


def _first_name_alone_in_capitals(word: str, lex) -> bool:
    """Tell a listed first name in capitals amid ordinary case: "WOLFGANG", "DANIJELA".

    Only first names that are no word of German or English in any case ("MAI", "ROSA",
    "IRIS" stay): a word in capitals amid ordinary text is emphasis or a name, and a
    first name is not emphasised.
    """
    for part in word.split("-"):
        capital = part[:1] + part[1:].lower()
        if not lex.is_first_name(capital, ambiguous=True):
            return False
        if lex.is_lower_word(capital) or lex.is_english(capital) or lex.is_common_noun(capital):
            return False
    return True


def _german_first_name(capital: str) -> bool:
    """Tell a first name of the German locales that is also a noun ("Heinrich", "Konrad")."""
    from esslingen_lab.privacy.redact.lexicon import german_first_names
    from esslingen_lab.privacy.redact.vocabulary import _AMBIGUOUS_FIRST_NAMES

    lex = lexicon()
    return (
        capital in german_first_names()
        and capital not in _AMBIGUOUS_FIRST_NAMES
        and not lex.is_lower_word(capital)
        and lex.german.get(capital) in (None, capital)
    )


def _first_name_opening_line(text: str, match) -> bool:
    """Tell a shouted first name at the start of the text or of a line ("HEINRICH …")."""
    before = text[: match.start()].rstrip("\x20\t")
    if before and before[-1] != "\n":
        return False
    capital = match.group()[:1] + match.group()[1:].lower()
    parts = capital.split("-")
    lex = lexicon()
    return all(
        p[:1].upper() + p[1:] in FIRST_NAMES
        or lex.is_first_name(p[:1].upper() + p[1:])
        or _german_first_name(p[:1].upper() + p[1:])
        for p in parts
    )


def _surname_in_capitals(word: str, lex) -> bool:
    """Tell a word in capitals before ", Angelika" that may be a surname ("STRÖBELE")."""
    capital = word[:1] + word[1:].lower()
    if word.lower() in _function_words() or lex.is_lower_word(capital):
        return False
    if "-" in word:  # "MÜLLER-OSTHEIM"
        return all(not lex.is_lower_word(p[:1] + p[1:].lower()) for p in word.split("-"))
    return lex.german.get(capital) in (None, capital)  # no inflected noun ("HÄUSER")


def _reads_as_a_name(capital: str, lex) -> bool:
    if lex.is_lower_word(capital) or capital.lower() in _function_words():
        return False  # "BITTE", "NIE", "AUCH"
    if capital in lex.last or lex.is_first_name(capital):
        return True  # "KIRCHNER", "VOGEL" in a person's place
    return not lex.is_german(capital) and not lex.is_english(capital)


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    from stop_words import get_stop_words

    return frozenset(get_stop_words("german"))


_ENGLISH_AFTER = frozenset(("AT", "IN", "ON", "THE", "OF", "AND", "FOR", "TO", "IS", "WITH"))


@lru_cache(maxsize=50_000)
def _recase(word: str, after_name: bool, following: str = "") -> tuple[str, bool]:
    """Return the word in ordinary case and whether it reads as a name.

    ``following`` is the next word in capitals, if any.
    """
    lex = lexicon()
    capital = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
    lower = word.lower()
    if lower in ("dr", "prof", "fam"):
        return capital, False  # "FRAU DR. MÜLLER-OSTHEIM", "VON FAM. KRAUSS": a title or cue
    if word in _CAPS_PARTICLES and following not in _ENGLISH_AFTER and (
        after_name or word != "VAN"
    ):
        # "FRANZISKA VAN DER MEULEN": "van der", and the name goes on (not "THE COFFEE VAN AT")
        return lower, after_name
    if lower in _function_words():
        return lower, False  # "AUS", "AN", "DEM" (some are surnames too)
    if lex.is_first_name(capital) or ("-" in capital and _first_names_in_capitals(word, lex)):
        return capital, True  # "ANNA-LENA" reads "Anna-Lena", a name before its surname
    if after_name and capital in lex.last:
        return capital, True  # "PETRA LANG": a surname after a first name
    lemma = lex.german.get(capital) or ""
    if lemma[:1].isupper() and following and lex.is_adjective(lower):
        # "DER EINZIGE TÜRKISCHE FAHRLEHRER": an adjective before a noun, though the
        # dictionary knows it as a noun too ("das Türkische")
        after = "-".join(part[:1] + part[1:].lower() for part in following.split("-"))
        if (
            lex.is_common_noun(after)
            and following.lower() not in lex.german  # "DIE KLEINE HAT": a verb
            and not lex.is_any_name(after)
        ):
            return lower, False
    if lemma[:1].isupper():
        return capital, lex.is_any_name(capital)  # a noun ("BÜRGERBÜRO") or "KRÜGER"
    if lower in lex.german:
        return lower, False  # "BITTE", "AN", "DEM"
    if len(word) <= 4 and not lex.is_any_name(capital):
        return word, False  # an abbreviation: "ÖPNV", "VHS"
    if lower.endswith("s") and lex.german.get(lower[:-1], "X")[:1].islower():
        return lower, False  # a verb with its "es" glued on: "GIBTS", "KLAPPTS", "GEHTS"
    return capital, True  # unknown: perhaps a name ("OBERDORFER")
