"""Phone numbers written partly or fully in words, spaced out or dictated.

"null sieben eins eins – 31 22 …", "nullsiebenelf dreihundertzwölf vierundvierzig", Swabian
"siebazwanzig", "Null. Eins. Sechs. Null. – Neun …", and the rest of a number after the part
found ("[TELEFON], dann Durchwahl vier-null-sieben"). Split from ``loose.py`` (session 18).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import regex

from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.phone_languages import PHONE_LANGUAGE_RULES
from esslingen_lab.privacy.redact.vocabulary import _UNITS, COUNTED_AFTER

__all__ = ["PHONE_CONTINUED_RULE", "PHONE_WORD_RULES"]

# ---------------------------------------------------------------- phone numbers in words

# digits as words, also in dialect ("siebe", "oins", "zwoi", "fümf") and in English
# ("zero one seven"): an English run is found from "zero" or after a cue only
_DIGIT_WORD = (
    r"(?:nuller|nulla|null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|"
    r"sieba|siebe|sibbe|oins|zwoi|zwoa|fümf|fünfe|fenf|fimf|sechse|neune|nuine|noine|nuin|noin|"
    r"nui|nei|nai|noi|nain|achte|achta|viere|viera|drui|"  # Swabian "nui", "achta", "drui"
    # Bavarian, Alemannic and Swiss, Franconian and Saxon forms ("oans", "ois", "zwaa",
    # "drüü", "sächs", "siebn", "achd", "nüün"): in a run only, never its first word
    r"oans|ois|eis|zwee|zwaa|zwöi|drüü|föif|finf|fümfe|sächs|sechsa|sibe|sibä|siebn|siebna|"
    r"siebene|siem|sieme|drü|füf|achd|nüün|"
    r"nein|"  # Swabian "neun" ("null nein eins zwei"); "nein" alone starts no run
    r"zero|oh|one|two|three|four|five|six|seven|eight|nine)"
)
# pairs read out as numbers: "dreiundzwanzig", "zwölf", Swabian "achtadreißig", "sechzeh"
_PAIR_WORD = (
    r"(?:(?:ein|oin|oi|zwei|zwo|zwoi|zwoa|drei|vier|fünf|fümf|fenf|sechs|sieben|siebe|sieb|"
    r"acht|neun|nuin|nain|nein)(?:und|a|e))?"
    # tens also in "-zich"/"-zg" (Swabian, Franconian, Berlin: "fuffzich", "vierzg", "verzig")
    r"(?:(?:zwan|vier|ver|fünf|fuff|fuf|fuch|sech|sieb|acht|ach|neun|nain|nein)"
    r"(?:zig|zg|zich|zisch)"
    r"|drei(?:ßig|ssig|ßg|ßich))"
    r"|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn"
    r"|zeh|elfe|zwölfe|dreizeh|vierzeh|fuffzeh|fuchzeh|sechzeh|siebzeh|achtzeh|neunzeh"
    r"|nainzeh|neinzeh"
    r"|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?"
)
# hundreds read out: "einhundertsiebzig"
_HUNDRED_WORD = (
    rf"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert(?:und)?(?:{_PAIR_WORD}|"
    r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun))?"
)
# digits written together: "nullsiebenvier", "dreisechsachtzweiviereins", also before a pair:
# "einssiebzig" (1 70)
_GLUED_DIGITS = (
    rf"(?:{_DIGIT_WORD}){{1,3}}(?:{_PAIR_WORD})(?![\p{{L}}])|(?:{_DIGIT_WORD}){{2,8}}(?![\p{{L}}])"
)
# English "double three", "triple zero"; German "doppel-fünf", "doppelt null"
_REPEATED = (
    r"(?:double|triple)\x20(?:zero|one|two|three|four|five|six|seven|eight|nine)"
    r"|doppelt?[\-\x20]?(?:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|oins|"
    r"zwoi|sieba|siebe|fümf|nuin)"
)
_PHONE_UNIT = (
    rf"(?:(?i:{_GLUED_DIGITS}|{_HUNDRED_WORD}|{_PAIR_WORD}|{_REPEATED}|{_DIGIT_WORD})|\d{{1,6}}"
    # a subscriber number after an area code in words: "null-eins-sieben-sechs 12345678"
    r"|(?<=\p{L}[\x20\t,\-–—‑/.·]{1,3})\d{7,8})"
)
# one mark between groups, or a full stop and a dash ("Null. Eins. Sechs. Null. – Neun.")
_PHONE_SEP = (
    r"(?:[\x20\t]*[,\-–—‑/.·](?:[\x20\t]*[\-–—])?[\x20\t]*|[\x20\t]+)"
    # a word that links the groups of a dictated number: "null eins sechs null, dann 92 44 …",
    # with two groups after it ("…, dann drei Wochen nichts" is no part of the number)
    # (the spaces after it possessive: a long run of them costs one pass, not its square)
    # or the dictated mark itself: "null sieben eins eins Strich drei eins …"
    r"(?:(?i:strich|schrägstrich|bindestrich)[\x20\t]+"
    rf"(?={_PHONE_UNIT}(?![\w])))?"
    r"(?:(?i:dann|danach|und\x20dann|und\x20danach|then|and\x20then)"
    r"[\x20\t]*+(?:[,:][\x20\t]*+)?"
    rf"(?={_PHONE_UNIT}(?![\w])[\x20\t,\-–—‑/.·]+{_PHONE_UNIT}(?![\w])))?"
)
_PHONE_RUN = rf"(?:{_PHONE_SEP}{_PHONE_UNIT}(?![\w])){{3,}}"
# a run that starts like a phone number: "null", "0…", "O711", "plus vier neun"
_PHONE_WORDS = regex.compile(
    rf"(?<![\w.,])(?:(?:(?i:null(?:{_DIGIT_WORD}){{0,3}}|plus|zero)|0\d{{0,5}}|O\d{{2,5}}){_PHONE_RUN}"
    # an area code written as one word: "nullsiebenelf dreihundertzwölf vierundvierzig"
    rf"|(?!(?i:nullachtfünfzehn|nullachtfuffzehn|nullachtfuffzeh)(?![\p{{L}}]))"
    rf"(?i:null(?:{_DIGIT_WORD}){{0,2}}(?:{_PAIR_WORD}|{_HUNDRED_WORD})|null(?:{_DIGIT_WORD}){{2,3}}"
    rf"|null(?:{_PAIR_WORD})hundert)"  # "nullsechzehnhundert": 0 16 00
    rf"(?![\p{{L}}])"
    rf"(?:{_PHONE_SEP}{_PHONE_UNIT}(?![\w])){{2,}}"
    # area code and number, each written as one word: "nullsiebeneinseins dreisechsachtzwei…"
    rf"|(?i:null(?:{_DIGIT_WORD}){{2,4}}(?:{_PHONE_SEP}(?:{_DIGIT_WORD}){{4,8}}))(?![\p{{L}}])"
    rf"|O\d{{2,5}}(?:{_PHONE_SEP}\d{{2,6}}(?![\w])){{1,2}}"  # "O711 3512 2490"
    # digit words joined by hyphens from any digit: "drei-fünf-eins-zwo/zwo-sieben-null-acht"
    rf"|(?<![\p{{L}}\d.,\-])(?i:{_DIGIT_WORD})(?:[\-/‑](?i:{_DIGIT_WORD})){{3,}}(?![\p{{L}}])"
    rf"(?:{_PHONE_SEP}{_PHONE_UNIT}(?![\w]))*)",
    regex.VERSION1,
)
# or any run of number words right after a phone cue: "Handy: eins sieben sechs …"
_PHONE_AFTER_CUE = regex.compile(
    rf"(?i:\b(?:tel(?:efon(?:isch)?)?|handy|mobil|nummer|festnetz|whatsapp|anrufen|erreichbar|"
    rf"rückruf|ruf\s+mi(?:ch)?\s+an?|ruft\s+mi(?:ch)?\s+an?|melde?\s+mich|durchwahl|"
    rf"call\s+me(?:\s+(?:at|on))?|phone|mobile|reach\s+me(?:\s+(?:at|on))?)\b)"
    rf"[^\w]{{0,12}}(?:(?i:bitte|gerne?|einfach)[^\w]{{0,3}}\s+)?(?:(?i:unter|an|ist|is|isch|auf)\s+)?"
    rf"(?P<v>{_PHONE_UNIT}{_PHONE_RUN})",
    regex.VERSION1,
)
# a number read out from any digit, its leading zero left out, with a phone's word within 60
# characters before or after it: "Wer mich erreichen will: eins fünf sieben, dann 33 40 81 zwo
# neun (mit null vorne halt)", "unter sieben eins eins, drei acht, vier zwei, neun null
# erreichbar, Vorwahl die von Esslingen" (nine digits at least, three of them as words)
_ANY_START_RUN = regex.compile(
    rf"(?<![\w.,\-])(?i:{_DIGIT_WORD}|{_PAIR_WORD})(?![\w]){_PHONE_RUN}", regex.VERSION1
)
_RUN_CUE_BEFORE = regex.compile(
    r"(?i:tel|telefon|handy|mobil|nummer|erreich|anruf|ruf|whatsapp|festnetz|rückfrage|kontakt|"
    r"sms|signal|telegram|threema|schreib|meld)",
    regex.VERSION1,
)
_RUN_CUE_AFTER = regex.compile(
    r"(?i:vorwahl|null\x20(?:davor|vorne|vorweg)|erreichbar|anrufen|mit\x20null|ohne\x20(?:die\x20)?"
    r"null|die\x20null|handy|mobil|festnetz|whatsapp|sms)",
    regex.VERSION1,
)


# a local number (six to eight digits, three of them as words) is a phone's with its area
# code named after it or a phone's word shortly before it: "sieben-neun-drei, vier-vier-null,
# Vorwahl Esslingen", "Erreichbar bin ich unter acht, acht, fünf, null, zwei, neun", "so
# diktiert: drei sieben, null null, sechs acht (Vorwahl 0711)"; "Nummer" a word of its own
# (not "Hausnummer", "Seitennummer"), "Telefon" not in "Telefon-Hotline"
_LOCAL_CUE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:telefon|tel|handy|festnetz|rufnummer|telefonnummer|handynummer|nummer|"
    r"rückruf|anrufen|erreichbar|diktiert)(?![\p{L}\-])",
    regex.VERSION1,
)
_LOCAL_CUE_AFTER = regex.compile(
    r"[\x20\t,(–—\-]{0,4}(?i:vorwahl|mit\x20null|null\x20(?:davor|vorne|vorweg))", regex.VERSION1
)
# what a count, a score, a time or a code shows: "… acht Mal", "… sechs Punkte", "um acht,
# neun, zehn, elf Uhr", "Fehlercode drei, null, …", "Noten diktiert: zwei, drei, eins, …"
_TIME_AFTER_RUN = regex.compile(r"\x20+(?i:uhr|mal)(?![\p{L}])", regex.VERSION1)
_NOT_A_PHONE_BEFORE = regex.compile(r"(?i:fehler|code|note|punkt|\bum\b|\bab\b|menü|seite)")
_VALUE_WORDS = ("null", "eins ein", "zwei zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht",
                "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn")
_VALUES = {word: value for value, words in enumerate(_VALUE_WORDS) for word in words.split()}


def _counts(units: list[str]) -> bool:
    """Tell number words that count up or down ("eins, zwei, drei, …", "neun, elf, dreizehn")."""
    values = [_VALUES.get(unit.lower()) for unit in units]
    if None in values or len(values) < 3:
        return False
    steps = {b - a for a, b in pairwise(values)}
    return len(steps) == 1 and steps <= {-2, -1, 1, 2}


def _cued_run_spans(text: str):
    """Yield a number read out from any digit with a phone's word near it (see above)."""
    for match in _ANY_START_RUN.finditer(text):
        units = _PHONE_UNITS.findall(match.group())
        digits = sum(_digits_of(u) for u in units)
        if digits < 6 or sum(not u.isdigit() for u in units) < 3:
            continue
        start, end = match.span()
        if digits >= 9 and (
            _RUN_CUE_BEFORE.search(text, max(0, start - 60), start) is not None
            or _RUN_CUE_AFTER.search(text, end, end + 60) is not None
        ):
            yield start, end
        elif digits <= 8 and not _counts(units) and (
            COUNTED_AFTER.match(text, end) is None
            and _TIME_AFTER_RUN.match(text, end) is None
            and _NOT_A_PHONE_BEFORE.search(text, max(0, start - 25), start) is None
        ) and (
            _LOCAL_CUE_AFTER.match(text, end) is not None
            or _LOCAL_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
        ):
            yield start, end


_PHONE_UNITS = regex.compile(
    rf"(?i:{_GLUED_DIGITS}|{_HUNDRED_WORD}|{_PAIR_WORD}|{_REPEATED}|{_DIGIT_WORD})|\d+",
    regex.VERSION1,
)
_ONE_DIGIT = regex.compile(rf"(?i:{_DIGIT_WORD})", regex.VERSION1)
_ONE_PAIR = regex.compile(rf"(?i:{_PAIR_WORD})", regex.VERSION1)
_PAIR_AT_END = regex.compile(
    r"(?:(?:zwan|vier|fünf|fuff|fuf|fuch|sech|sieb|acht|ach|neun)(?:zig|zg|zich|zisch)|"
    r"drei(?:ßig|ssig|ßg|ßich)|zehn|elf|zwölf)$",
    regex.VERSION1,
)
# number words before a run found: "sieben | null eins eins – zwei drei …"
_UNIT_BEFORE = regex.compile(
    rf"(?:(?<![\p{{L}}])(?i:{_PAIR_WORD}|{_DIGIT_WORD}){_PHONE_SEP})+$", regex.VERSION1
)


def _digits_of(unit: str) -> int:
    """How many digits a unit stands for: "0711" 4, "nullsiebenvier" 3, "zwölf" 2."""
    if unit.isdigit():
        return len(unit)
    lower = unit.lower()
    if "hundert" in lower or lower.startswith("triple"):
        return 3
    if lower.startswith(("double", "doppel")):
        return 2
    if _ONE_PAIR.fullmatch(lower):
        return 2
    pair = _PAIR_AT_END.search(lower)
    if pair is not None and pair.start() > 0:  # "einssiebzig": one digit and a pair
        return len(_ONE_DIGIT.findall(lower[: pair.start()])) + 2
    return max(1, len(_ONE_DIGIT.findall(lower)))


_DIGITS = "null eins zwei zwo drei vier fünf fuenf sechs sieben acht neun".split()
_TEENS = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
_TENS = "zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
# words that start a phone number in words (the admit test; "null" stands in most runs)
_START_WORDS = "sieba siebe oins zwoi zwoa fümf sechse neune".split() + [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "sechzeh", "achtzeh", "fuffzeh", "siebzeh", "neunzeh", "dreizeh", "vierzeh",
]
_NUMBER_WORDS = frozenset(
    form
    for word in [*_DIGITS, *_TEENS, *_TENS, *_START_WORDS]
    + [
        f"{unit}{joint}{ten}"
        for unit in ("ein", "oin", "oi", "zwei", "zwoi", "siebe", *_DIGITS[3:])
        for joint in ("und", "a", "e")
        for ten in _TENS
    ]
    for form in (word, word.capitalize(), word.upper())
)
# four groups of digits apart ("0 7 1 1", "0711 / 31 22 45"): the shortest spaced-out number
_SPACED_DIGITS = regex.compile(rf"\d{{1,6}}(?:{_PHONE_SEP}\d{{1,6}}){{3}}", regex.VERSION1)


def _may_hold_phone_words(features) -> bool:
    """Tell a text with a number word ("null", "zwölf") or four digit groups (cheap)."""
    words = features.words()
    if not _NUMBER_WORDS.isdisjoint(words):
        return True
    if "-" in features.text and any(  # "null-eins-sieben-sechs"
        not _NUMBER_WORDS.isdisjoint(word.lower().split("-")) for word in words if "-" in word
    ):
        return True
    if "nullsieben" in features.lowered or "nulleins" in features.lowered:
        return True  # digits written together: "nullsiebenvier"
    if features.has_digit and "hundert" in features.lowered:
        return True  # hundreds read out after an area code: "0711 / dreihundertzwölf 45 67"
    return features.has_digit and (
        _SPACED_DIGITS.search(features.text) is not None
        or _LETTER_O_NUMBER.search(features.text) is not None
        or ("-" in features.text and _DIGITS_THEN_WORD.search(features.lowered) is not None)
    )


# digits, then number words joined by hyphens: "0711/3512-eins-zwei"
_DIGITS_THEN_WORD = regex.compile(
    r"\d{3}[\-–/](?:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun)"
)


_LETTER_O_NUMBER = regex.compile(r"(?<![\w.,])O\d{2,5}\b")


# the last unit of a run after a dash or a comma, and a word after the run: a count
_COUNT_AFTER = regex.compile(
    rf"[\x20\t]*[,\-–—/][\x20\t]*(?P<u>(?i:{_PAIR_WORD}|{_DIGIT_WORD})|\d{{1,2}})$",
    regex.VERSION1,
)
_TIME_RANGE = regex.compile(r"[\x20\t]*,[\x20\t]*\d{1,2}[\-–]\d{1,2}$")
_WORD_AFTER = regex.compile(
    rf"\x20+(?i:{_UNITS}|kinder|menschen|wochenende)(?![\p{{L}}])", regex.VERSION1
)


def _phone_word_spans(text: str):
    """Phone numbers with digits written as words or spaced out: "null sieben eins eins"."""
    spans = [m.span() for m in _PHONE_WORDS.finditer(text)]
    after_cue = [m.span("v") for m in _PHONE_AFTER_CUE.finditer(text)]
    after_cue += _cued_run_spans(text)
    for start, end in sorted(spans + after_cue):
        value = text[start:end]
        units = _PHONE_UNITS.findall(value)
        digits = sum(_digits_of(u) for u in units)
        spelt = any(not u.isdigit() for u in units)
        spaced = sum(1 for u in units if u.isdigit() and len(u) == 1) >= 3
        lettered = value.startswith("O")
        # after "Festnetz", "Tel." a number in pairs from 0: "07 11 / 31 05 - 99"
        cued = (start, end) in after_cue and value.startswith("0")
        # after a cue, a short local number spelt out: "Festnetz vier acht, zwei sieben, …"
        short = (start, end) in after_cue and spelt and digits >= 6
        # the area code read out in pairs too: "07 11 / 38 24 56" (no date or time has ten)
        paired = (
            not spelt and 9 <= digits <= 13 and len(units) >= 4 and len(units[0]) == 2
            and value[:2] != "00" and value[0] == "0"
        )  # fmt: skip
        if (digits >= 7 and (spelt or spaced or lettered or cued or paired)) or short:
            # a count after the number: "… vier fünf – drei Wochen her" keeps "drei"
            tail = _TIME_RANGE.search(value) or _COUNT_AFTER.search(value)
            if tail is not None and _WORD_AFTER.match(text, end) is not None and (
                digits - sum(_digits_of(u) for u in _PHONE_UNITS.findall(tail.group())) >= 7
            ):
                end = start + tail.start()  # "…, 18-20 Uhr": hours after the number
            before = _UNIT_BEFORE.search(text, max(0, start - 40), start) if spelt else None
            yield (before.start() if before else start), end


# the rest of a number read out after the part found: "[TELEFON], dann Durchwahl
# vier-null-sieben", "[TELEFON] … dann achtundvierzig, sechsundsechzig", "[TELEFON] – 31 22"
_PHONE_GOES_ON = regex.compile(
    rf"""\[TELEFON\](?P<v>(?:[\x20\t]*[,;:–—\-/…]|[\x20\t]*\.\.\.)?[\x20\t]*
         (?:(?i:und\x20+dann|dann|danach|und|durchwahl|dw\.?|app\.?|apparat|nebenstelle|
            -?\x20?(?i:dw|durchwahl))[\x20\t:]+(?:(?i:die|noch)\x20+)?)*
         {_PHONE_UNIT}(?:{_PHONE_SEP}{_PHONE_UNIT}(?![\w])){{0,8}})(?![\w])""",
    regex.VERSION1 | regex.VERBOSE,
)


def _phone_continued_spans(text: str):
    """Yield the rest of a phone number after its first part: "[TELEFON], dann Durchwahl …"."""
    at = text.find("[TELEFON]")
    while at >= 0:
        match = _PHONE_GOES_ON.match(text, at)
        if match is not None:
            units = _PHONE_UNITS.findall(match.group("v"))
            # one group may be a count ("[TELEFON], 3 Kinder", "[TELEFON] – drei Wochen"):
            # two groups, a connecting word ("dann", "Durchwahl") or the sentence's end
            connected = regex.search(r"(?i)dann|danach|durchwahl|dw|app|nebenstelle|…|\.\.\.",
                                     match.group("v")) is not None
            last = regex.match(r"[\x20\t]*(?:[.!?)\n]|$)", text[match.end():])
            # "…, dann drei Wochen nichts gehört", "dann zwei Kinder abholen": a count
            counted = _WORD_AFTER.match(text, match.end()) is not None or COUNTED_AFTER.match(
                text, match.end()
            ) is not None
            if not counted and (len(units) >= 2 or connected or last is not None):
                yield at, match.end("v")  # one tag for the whole number
        at = text.find("[TELEFON]", at + 9)


# a number read out digit group by digit group, a zero first and a slash or dash between
# area code and number: "0 15 23 – 7 14 82 96", "0 71 53 / 4 82 91" (all 45 such in the
# labelled sets were phone numbers, 7 were missed); 9 to 13 digits
_READ_OUT_DIGITS = regex.compile(
    r"(?<![\d.,:/\-+])0(?:\x20\d{1,4}){1,4}\x20?[/–\-]\x20?\d{1,4}(?:\x20\d{1,4}){0,11}(?![\d.,]?\d)"
)


def _read_out_digit_spans(text: str):
    for match in _READ_OUT_DIGITS.finditer(text):
        if 9 <= sum(char.isdigit() for char in match.group()) <= 13:
            yield match.span()


# the rest of a number in words after one found (named: it runs twice, see below)
_PHONE_CONTINUED = _Rule(
    "TELEFON",
    None,
    needs=("[telefon]",),
    finder=_phone_continued_spans,
    name="telefon-continued",
    trusted=True,
)

#: The phone rules in words: before the file numbers (``loose.LOOSE_RULES``).
PHONE_WORD_RULES = [
    _Rule("TELEFON", None, needs_digit=True, gate=regex.compile(r"0\x20\d"),
          finder=_read_out_digit_spans, name="telefon-spaced-digits", trusted=True),
    _Rule(
        "TELEFON",
        None,
        finder=_phone_word_spans,
        admit=_may_hold_phone_words,
        name="telefon-words",
    ),
    _PHONE_CONTINUED,
    *PHONE_LANGUAGE_RULES,  # "zéro six, douze …", "sıfır beş yüz …" (phone_languages.py)
]

#: The rest of a number after a phone number in digits ("Tel. 0711 351224, dann Durchwahl
#: vier-null-sieben"): the digit rules run after the loose ones, so this runs last again.
PHONE_CONTINUED_RULE = replace(_PHONE_CONTINUED, name="telefon-continued-late")
