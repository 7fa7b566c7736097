"""Birth dates and years written as phrases: "kam 1961 zur Welt", "bin von '71".

Also "am dritten März 58 geboren", "born on the 21st of October 1987".

The plain forms ("geb. 12.03.1961", "Jahrgang 1961") are rules in ``rules.py``; these are
the forms a person writes in a sentence: a date with the month as a word and the day as an
ordinal, a cue word far from the date or after it, a year before "zur Welt".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.vocabulary import RELATIVES

__all__ = ["BIRTH_PHRASE_RULES"]

_V1 = regex.VERSION1 | regex.VERBOSE

# a year: "1961", "'71", "neunzehnhundertachtundvierzig"; never a day or month of a date
_YEAR = (
    r"(?:(?<![\d.,/\-])(?:19|20)\d{2}(?![\d.,/\-]?\d)|['’]\d{2}(?!\d|[.,/]\d)|"
    r"(?<![\p{L}])(?i:neunzehnhundert|zweitausend)\p{L}*)"
)
# a year in a date: also two digits ("März 58")
_DATE_YEAR = rf"(?:{_YEAR}|(?<![\d.,])\d{{2}}(?![\d.,/]?\d))"

_ORDINAL = (
    r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|dreissig)ste|"
    r"zwanzigste|dreißigste|dreissigste|dreizehnte|vierzehnte|fünfzehnte|sechzehnte|"
    r"siebzehnte|achtzehnte|neunzehnte|erste|zweite|dritte|vierte|fünfte|sechste|siebte|"
    r"siebente|achte|neunte|zehnte|elfte|zwölfte)[nrs]?"
    r"|(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
)
_MONTH_WORD = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|January|February|March|May|June|July|October|December|"
    r"Sept|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec|"
    # Turkish, as in a Turkish passport: "1 Ocak 1944"
    r"Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)"
)
# a date with the month as a word: "dritten März 58", "the 21st of October 1987",
# "08. Sept. 1975", "Ende Juni 1970", "neunzehnten august neunzehnhundertsechzig"
_WORD_DATE = regex.compile(
    rf"""(?<![\p{{L}}\d])(?P<v>
         (?:(?i:the)\s+)?
         (?:(?i:{_ORDINAL})|\d{{1,2}}(?:\.|(?i:st|nd|rd|th))?|(?i:anfang|mitte|ende))
         \s+(?:(?i:of)\s+)?(?i:{_MONTH_WORD})\.?,?\s+{_DATE_YEAR}
         |(?i:{_MONTH_WORD})\s+(?i:the\s+)?\d{{1,2}}(?:(?i:st|nd|rd|th))?,?\s+{_YEAR}
         # a month and year right before "geboren": "im Mai 1966 (in Stuttgart) geboren"
         |(?i:{_MONTH_WORD})\.?\s+(?:19|20)\d{{2}}
          (?=\s+(?:(?i:in)\s+\p{{Lu}}\p{{L}}+\s+)?(?i:geboren|gebore|born)\b))""",
    _V1,
)
# a numeric full date: "05.11.1972", "24.12.19777" (a year mistyped with five digits)
# ("1991-03-08" as a passport writes it, "4.11.62" with the year's two digits)
_NUMERIC_DATE = regex.compile(
    r"(?<![\d.,/\-])(?<!(?i:version|v|update|release|ios|android)\x20?)"  # "Version 2.3.14"
    r"(?P<v>\d{1,2}\.\s?\d{1,2}\.\s?(?:(?:19|20)\d{2,3}|\d\d)"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d\d-(?!01-01)(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))"
    r"(?![\d.,/\-]?\d|\p{L})",  # ("> 1990-01-01": a query's bound; "12.03.19o7": no year)
    regex.VERSION1,
)
# a birth cue near the date, before or after it in the same sentence
_BIRTH_CUE = regex.compile(
    r"(?i:geb\.|(?<!\p{L})geb(?=\s+am\b)|geboren|gebore\b|gebora\b|geborn|geburtsdat|geburtstag|"
    r"geburtsurkunde|geb\.-?dat|\bborn\b|\bbirth|zur\s+welt|auf\s+die\s+welt|doğum|dogum|"
    r"\bdob\b|\bd\.o\.b\.|urodzon|nacid|nascid)",  # Polish, Spanish, Portuguese
    regex.VERSION1,
)
# an event, not a birth: "Termin am 14. März 2025", "seit dem 3. Mai 2019"
_EVENT_BEFORE = regex.compile(
    r"(?i:termin|seit|bis|ab|frist|antrag|bescheid|schreiben|vom|sitzung|gestorben|verstorben|"
    r"hochzeit|heirat|umzug|eingezogen|zugezogen)\W{1,3}(?:(?:dem|den|am|zum)\s+)?$",
    regex.VERSION1,
)
_SENTENCE_END = regex.compile(r"[.!?]\s+(?=\p{Lu})|\n", regex.VERSION1)


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 90), start)),
               default=max(0, start - 90))
    right = _SENTENCE_END.search(text, end, min(len(text), end + 90))
    return left, (right.start() if right else min(len(text), end + 90))


def _dates_near_birth_cue(text: str):
    """Full dates with a birth cue in their sentence: "am dritten März 58 geboren".

    Each cue takes the nearest date of its sentence only: in "Geb. 02.05.1988 – Termin am
    14.03.2025" the second date is an event (a second birth date beside the first is found
    later, see ``SECOND_BIRTH_DATE_RULES``).
    """
    dates, worded = [], []
    for pattern in (_WORD_DATE, _NUMERIC_DATE):
        for match in pattern.finditer(text):
            start, end = match.span("v")
            if _EVENT_BEFORE.search(text, max(0, start - 16), start) is None:
                dates.append((start, end))
                if pattern is _WORD_DATE:
                    worded.append((start, end))
    if not dates:
        return
    found = set()
    cues = list(_BIRTH_CUE.finditer(text))
    # a date with its month as a word is a birth date anywhere in a cue's sentence
    for start, end in worded:
        left, right = _sentence_of(text, start, end)
        if any(left <= cue.start() < right for cue in cues):
            found.add((start, end))
    # a date's sentence reaches 90 characters each way: each cue looks only at the dates
    # that near (in their first order), and each date's sentence is read once; an answer
    # of 1,250 birth dates took 11 s, cues times dates
    order = sorted(range(len(dates)), key=lambda k: dates[k][0])
    starts = [dates[k][0] for k in order]
    sentences: dict[int, tuple[int, int]] = {}
    for cue in cues:
        best = None
        near = sorted(order[bisect_left(starts, cue.start() - 250) :
                            bisect_right(starts, cue.start() + 90)])
        for k in near:
            start, end = dates[k]
            if k not in sentences:
                sentences[k] = _sentence_of(text, start, end)
            left, right = sentences[k]
            if not left <= cue.start() < right:
                continue
            distance = start - cue.end() if start >= cue.end() else cue.start() - end
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), (start, end))
        if best is not None:
            found.add(best[1])
    yield from sorted(found)


# ---- birth years in phrases
# "kam 1961 zur Welt", "im Jahr '86 auf die Welt gekommen", "anno 1938 uff d'Welt komma"
_INTO_THE_WORLD = regex.compile(
    rf"""(?<!(?i:{_MONTH_WORD})\.?\s+|\d\.\s?)
         (?P<v>(?:(?<!\p{{L}})(?i:kam|kamen)\s+)?(?:(?<!\p{{L}})(?i:im\s+Jahre?|anno)\s+)?
         {_YEAR}\s+(?:(?i:in|z['’]?)\s+\p{{Lu}}\p{{L}}+\s+)?
         (?i:zur|auf\s+die|auf\s+d['’]|uff\s+d['’]\s?|uf\s+d['’]\s?)\s?(?i:Welt)
         (?:\s+(?i:gekommen|komma|kumma|gekumma|kommen))?)(?!\p{{L}})""",
    _V1,
)
# a year-noun far from its year: "Geburtsjahr? 1952", "nach meinem Geburtsjahr gefragt –
# neunzehnhundertachtundvierzig"; not a year after "seit", "bis", "ab", "im Jahr"
_YEAR_NOUN_THEN_YEAR = regex.compile(
    rf"""(?<!\p{{L}})(?i:Geburtsjahr(?:es|gang|gangs)?|Jahrgang|Jahrgangs)(?!\p{{L}})
         [^\d\n.!\[]{{0,40}}?(?<!(?i:seit|bis|ab|vor|nach|um|im\s+Jahre?|von)\s)
         (?P<v>{_YEAR})(?!\s*(?:bis|-|–)\s*\d)""",
    _V1,
)
# "ich bin von '71", "bin ein Kind von 1975", "sind beide von 1956", "bin anno 1939"; not
# "von 1990 bis 2000". A cohort and "anno" only as one person's birth, the sentence ending
# there: "ich bin ein 61er.", "bin anno 1939 und …" (not "Wir sind 68er und haben
# demonstriert", a generation; not "Ich bin anno 1990 nach Esslingen gezogen", a move)
_I_AM_FROM_YEAR = regex.compile(
    rf"""(?<!\p{{L}})
         (?:(?:(?i:bin)(?:\s+(?i:ich))?|(?i:er|sie|wir)\s+(?i:ist|war|sind|waren)|
             (?i:ist|war)\s+(?i:er)|(?i:sind|waren)\s+(?i:wir|beide|alle\s+beide))\s+
             (?P<v>(?:(?i:ein|eine|a)\s+(?i:Kind|Jahrgang|Baujahr|Mädle|Bua|Bub)\s+)?
             (?i:von|vo|aus|aus\s+dem\s+Jahr(?:e|gang)?)\s+{_YEAR})
         |(?:(?i:bin)(?:\s+(?i:ich))?|(?i:er|sie)\s+(?i:ist|war)|(?i:ist|war)\s+(?i:er|sie))\s+
             (?:(?P<v>(?i:anno)\s+{_YEAR})
             # a cohort: "ich bin ein 61er", "Ich bin 51er und …", "er ist ein 58er Jahrgang"
             |(?:(?i:ein|eine|a)\s+)?(?P<v>['’]?\d{{2}}er(?:in)?)(?![\p{{L}}\-\d]))
             (?=\s*(?:[.,;:!?)\n]|$|(?i:und|aber|doch|also|geboren|gebohren|Jahrgang|Baujahr)
                 (?!\p{{L}}))))
         (?!\s*(?:bis|-|–|an\b|auf\b|ab\b))""",
    _V1,
)


# a year of birth in words after "Jahrgang", also in dialect: "Jahrgang sechzig", "Johrgang
# vierasechzig", "Jg. einundfünfzig", "sen beide vo Sechafuffzig" (Swabian "a" for "und")
_UNIT_WORD = (
    r"(?:eins?|oi|oin|zwei|zwoi|zwo|drei|vier|fünf|fenf|sechs|secha?|sieben|sieba|siebe|acht|"
    r"neun|nei)"
)
_TENS_WORD = (
    r"(?:zwanzig|zwanzg|dreißig|dreissig|dreißg|vierzig|vierzg|fünfzig|fuffzig|fuchzig|fufzig|"
    r"sechzig|sechzg|siebzig|siebzg|achtzig|achtzg|neunzig|neunzg)"
)
_YEAR_WORD = rf"(?i:(?:{_UNIT_WORD}(?:und|ond|on|a|e))?{_TENS_WORD})"
_COHORT_WORD = regex.compile(
    rf"""(?<![\p{{L}}\-])(?P<v>(?i:Jahrgang|Johrgang|Jahrgäng|Jg\.|Jhg\.)\x20{{1,2}}{_YEAR_WORD}
         # "von" after being: "bin von einundsechzig", "sen beide vo Sechafuffzig"
         |(?<=(?<![\p{{L}}])(?i:bin|ist|isch|sind|sen|send|war|waren)\x20(?:(?i:ich|i|er|sie|mir|wir|beide|
            alle\x20beide)\x20)?)(?i:von|vo|vom\x20Jahrgang)\x20{_YEAR_WORD})(?![\p{{L}}])
         # a count of things is no year: "von sechzig Leuten", "Jahrgang zwanzig Kinder"
         (?!\x20{{1,2}}(?:\p{{Lu}}|(?i:prozent|euro|jahre|leute|mal|stück)\b))""",
    _V1,
)


# "Baujahr 54" said of a person, as a joke on cars: "Informatiker im Ruhestand (Baujahr 54)",
# "das bin ich. Baujahr 1977"; "Baujahr" of a car, a house or a heating stays (a thing
# named in the 60 characters before, or no person there)
_BUILT_YEAR = regex.compile(
    r"(?<!\p{L})(?i:baujahr|baujohr|bauj\.|bj\.?)(?:\x20?:)?\x20?(?P<v>(?:19|20)\d{2}|['’]?\d{2})"
    r"(?![\d.,/\-]?\d)", _V1)  # also "Bj. 54", "Baujahr: 1954"
_PERSON_BEFORE = regex.compile(r"(?i:\b(?:ich|bin|mich|mir|selbst|selber|rentner\w*|"
                               r"ruhestand|pensionär\w*|(?:er|sie)\s+(?:ist|isch|war)|"
                               r"(?:wir|beide)\s+(?:sind|send|sen|waren))\b)")
# "Bj. 63, Rentner": the person right after
_PERSON_AFTER = regex.compile(
    r"\W{0,3}(?i:rentner\w*|pensionär\w*|im\x20ruhestand|frührentner\w*)\b"
)
_THING_BEFORE = regex.compile(
    r"(?i:auto|wagen|fahrzeug|pkw|kfz|lkw|motorrad|roller|rad\b|haus|gebäude|wohnung|heizung|"
    r"kessel|anlage|fenster|dach|bau(?!j)|gerät|maschine|computer|laptop|handy|drucker|bus|bahn|"
    r"fahr|golf|passat|polo|modell|oldtimer)"
)


# a name right before: "Herr Ter-Petrosjan (Bj. 1939)", "[NAME], Bj. 72"
_NAME_BEFORE = regex.compile(
    r"(?:\[NAME\]|(?:Herrn?|Frau)\x20+\p{Lu}(?:[\p{L}\-]+|\.))\x20*[(,]\x20*$", _V1
)


def _built_year_spans(text: str):
    relatives = RELATIVES
    for match in _BUILT_YEAR.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        # a year in two digits is a person's (all 64 such in the labelled sets): "Bj. 72,
        # arbeitslos", "Für die Umfrage: Baujahr 66"; a thing's is written whole
        person = _PERSON_BEFORE.search(before) or any(
            w.lower() in relatives for w in regex.findall(r"\p{L}+", before)[-3:]
        ) or _PERSON_AFTER.match(text, match.end())  # "Mein Mann ist Baujahr 1950"
        if not person and (
            len(match.group("v").lstrip("'’")) == 2 or _NAME_BEFORE.search(before)
        ) and not _noun_around(text, match):
            person = True
        if person and not _THING_BEFORE.search(before):
            yield match.start(), match.end("v")


# the sentence before and the clause after a year: "Die Turnhalle, Bj. 75, …", "Baujahr 66
# das Haus", "Als Bj. 72 ist die Wohnung …" name a thing's year
_SENTENCE_BEFORE = regex.compile(r"[^.!?:\n(]*$")
_CLAUSE_AFTER = regex.compile(r"(?:\x20+(?!(?:und|aber|wie|oder)\b)[^\s,.;!?)]+){0,3}")


def _noun_around(text: str, match) -> bool:
    """Tell a capitalised noun other than a person's word around a bare year (see above)."""
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.strength import _is_person_noun

    lex = lexicon()
    before = _SENTENCE_BEFORE.search(text, max(0, match.start() - 60), match.start()).group()
    after = _CLAUSE_AFTER.match(text, match.end()).group()
    last = regex.search(r"(\p{Lu}[\p{L}\-]+)\x20*$", before)
    if last is not None and not _NAME_BEFORE.search(before) and not (
        lex.is_first_name(last.group(1), ambiguous=True) or _is_person_noun(last.group(1))
    ):
        return True  # "Vespa Bj. 66": a thing's name right before
    for word in regex.findall(r"(?<![\p{L}\[])\p{Lu}\p{Ll}+", before + " " + after):
        if lex.is_common_noun(word) and not _is_person_noun(word) and (
            word.lower() not in RELATIVES
            and word not in ("Umfrage", "Gruß", "Grüße", "Mein", "Meine", "Unser", "Unsere",
                             "Herr", "Herrn", "Frau")
        ):
            return True
    return False


# a cohort of a group is no birth year: "Jahrgang 2024 der Azubis"
_COHORT = regex.compile(r"\s+(?:der|des)\s+\p{Lu}")


# a month and year right before "geboren": "03/1958 geboren in Split", "04.1961 geboren"
_MONTH_YEAR_BORN = regex.compile(
    r"(?<![\d.,/])(?P<v>\d{1,2}[/.]\x20?(?:19|20)\d{2})(?=\x20+(?:in\x20\p{Lu}\p{L}+\x20+)?"
    r"(?i:geboren|gebore|born)\b)",
    _V1,
)

# an idea or a project "born" in a month is no one's birth: "Die Idee ist 03/2019 geboren"
_THING_BORN = regex.compile(
    r"(?i:idee|projekt|plan|konzept|gedanke|initiative|verein|fest|festival|vorhaben|programm)"
    r"\w*\s+(?:ist|wurde|war)\s+(?:(?:schon|bereits|erst)\s+)?$"
)


def _month_year_born_spans(text: str):
    for match in _MONTH_YEAR_BORN.finditer(text):
        start = match.start("v")
        if _THING_BORN.search(text, max(0, start - 40), start) is None:
            yield match.span("v")


def _year_phrase_spans(text: str):
    found = []
    for pattern in (_INTO_THE_WORLD, _YEAR_NOUN_THEN_YEAR, _I_AM_FROM_YEAR, _COHORT_WORD):
        found.extend(m.span("v") for m in pattern.finditer(text)
                     if _COHORT.match(text, m.end("v")) is None)
    yield from sorted(found)


def _may_hold_year(features) -> bool:
    """Tell a text the year phrase's gate may match: it ends in digits or a year's word.

    The gate's last part is "'79", "19…"/"20…", "61er" (digits) or "neunzehnhundert",
    "zweitausend", "sechzig": one of them stands in every text the gate lets through. Most
    texts with a digit hold none of the digit forms (a time, an amount): the pattern of the
    forms is searched only in a text with a digit (``features.has_digit``, which finds any
    decimal digit, as the patterns' digit class does; a text has the same digits as its
    lower-case form, which the gate reads).
    """
    lowered = features.lowered
    return (
        (features.has_digit and _YEAR_DIGITS.search(lowered) is not None)
        or "neunzehnhundert" in lowered
        or "zweitausend" in lowered
        or _TENS_IN_WORDS.search(lowered) is not None
    )


_TENS_IN_WORDS = regex.compile(r"z(?:i|ß|ss)?g\b")  # "sechzig", "fuffzig", "sechzg", "dreißig"
# "'79", "’79", "1979", "2003", "61er" (the gate's "['’]\d\d|(?:19|20)\d\d|\d\der"), two
# digits first: the search skips to a digit
_YEAR_DIGITS = regex.compile(r"\d\d(?:(?<=['’]\d\d)|er|(?<=(?:19|20))\d\d)")


BIRTH_PHRASE_RULES = [
    _Rule(
        "DATUM",
        None,
        needs=("geb.", "geb am", "gebor", "geburt", "born", "birth", "welt", "doğum", "dogum",
               "dob", "d.o.b.", "urodzon", "nacid", "nascid"),
        # a date's month word or digits of a full date (cheap before the finder; each branch
        # alone, patterns.py)
        gate=Branches(regex.compile(
            r"\d[./]\s?\d|\d-[01]\d-|(?:januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|"
            r"sept|oktober|okt|oct|november|nov|dezember|dez|dec|ocak|şubat|mart|nisan|"
            r"mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|jan|feb|mar|apr|may|jun|jul|aug)"
        )),
        finder=_dates_near_birth_cue,
        name="datum-date-near-birth-cue",
    ),
    _Rule(
        "DATUM",
        None,
        needs=("welt", "geburtsjahr", "jahrgang", "johrgang", "jg.", "jhg.", "bin ", "sind ",
               "ist ", "war ", "isch ", "sen ", "send "),
        # a year after "von", "aus", "Jahr …", or near "Welt" / a year noun (cheap)
        gate=regex.compile(
            r"(?:von|vo|aus|jahr\w*|johr\w*|jg|jhg|anno|kam|welt|geburtsjahr\w*|jahrgang\w*)\W{1,3}"
            r"(?:\w+\W{1,3}){0,6}?(?:['’]\d\d|(?:19|20)\d\d|neunzehnhundert|zweitausend|"
            r"\w*z(?:i|ß|ss)?g\b)"
            r"|(?:['’]\d\d|(?:19|20)\d\d)\W{1,3}(?:\w+\W{1,3}){0,4}?welt"  # "1955 auf die Welt"
            # "bin ein 61er"
            r"|(?:bin|ist|isch|sind|sen|war)\W{1,3}(?:\w+\W{1,3}){0,2}?['’]?\d\der"
        ),
        finder=_year_phrase_spans,
        name="datum-birth-year-phrase",
        admit=_may_hold_year,
    ),
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        needs=("gebor", "born"),
        finder=_month_year_born_spans,
        name="datum-month-year-born",
    ),
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        needs=("baujahr", "baujohr", "bauj.", "bj.", "bj "),
        finder=_built_year_spans,
        name="datum-built-year-person",
    ),
]
