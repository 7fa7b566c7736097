"""Birth dates told without a birth word right before them.

- a full date in brackets after a person: "meine Tochter Leonie (2. 11. 2009)", "Opa Heinz
  (03.02.1941)", "Frau Berger (12. Mai 1950)" — a person's date in brackets is when they
  were born; an event's date ("die Sitzung (14.03.2025)") follows no person;
- a full date in the sentence after one asking for a birth date: "Die Seite verlangt das
  Geburtsdatum. Ich hab 17.01.1963 eingegeben" (not an appointment: "Termin am …").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, RELATIVES

__all__ = ["BIRTH_DATE_RULES", "DATE_BESIDE_TAG_RULES", "SECOND_BIRTH_DATE_RULES"]

_MONTH = (
    r"(?i:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)"
)
# a date with a year of birth: "2. 11. 2009", "03.02.41", "12. Mai 1950", "1963-01-17"
_FULL_DATE = (
    r"(?:\d{1,2}\.\x20?\d{1,2}\.\x20?(?:(?:19|20)\d{2}|\d{2})|\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
    rf"|\d{{1,2}}\.?\x20?{_MONTH}\.?\x20(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
)
_IN_BRACKETS = regex.compile(
    rf"(?P<who>(?:[\p{{L}}\-]+\x20){{0,2}}[\p{{L}}\-]+)\x20?\((?:(?i:geb\.?|\*)\x20?)?"
    rf"(?P<v>{_FULL_DATE})\)",
    regex.VERSION1,
)


def _bracket_spans(text: str):
    """Yield a full date in brackets right after a person (a relative, a first name)."""
    relatives = RELATIVES
    for match in _IN_BRACKETS.finditer(text):
        words = match.group("who").split()
        if any(w.lower() in relatives or w in FIRST_NAMES for w in words) or (
            words[-1][:1].isupper() and words[0].lower() in ("frau", "herr", "herrn")
        ):
            yield match.span("v")


_OUTCRY = 2  # words of a sentence that is only an outcry between the cue and the date
_ASKED = regex.compile(r"(?i:geburtsdatum|geburtsdatums|geburtsdaten|geb\.-datum|geburtstag)")
# a sentence ends at a mark before white space, but not at a day's period ("Ist es aber
# nicht: 3. Mai 1979!") or an abbreviation's ("Ich musste z.B. meins (11.11.1975) …")
_SENTENCE_END = regex.compile(
    r"[!?\n](?=\s)"
    r"|(?<!\b(?i:z\.\x20?b|d\.\x20?h|u\.\x20?a|bzw|ca|evtl|ggf|inkl|nr|str|dr|geb|vgl))\.(?=\s)"
    # a day's period before its month is none: "3. Mai", "3. 5."
    rf"(?<!(?:^|[\s(])\d{{1,2}}\.(?=\s+(?:\d|{_MONTH}\b)))"
)
_DATE = regex.compile(rf"(?<![\d.,/])(?P<v>{_FULL_DATE})(?![\d]|[.,/]\d)", regex.VERSION1)
# an event's date, not a birth date
_EVENT_BEFORE = regex.compile(
    r"(?i:\b(?:termin\w*|frist\w*|bis|seit|ab|vom|zum|ablauf\w*|gültig\w*|sitzung|umzug|"
    r"gestorben|verstorben|heirat\w*|hochzeit|antrag|brief|bescheid\w*|schreiben|mail)\W+"
    r"(?:(?:am|den|dem|der|ist|war|vom)\W+){0,2})$"  # "Termin ist am"
)


_REACH = 300  # how far the rest of the cue's sentence is read (a long text stays linear)
_YEAR_AT_END = regex.compile(r"(?:19|20)\d{2}$|^(?:19|20)\d{2}")
_DAY_BEFORE = regex.compile(r"(?i:\b(?:am|dem)\s+)$")


def _next_sentence_spans(text: str):
    """Yield a full date after a sentence's birth-date word.

    In the rest of that sentence ("… mit Geburtsdatum drin, z.B. [NAME] 04.05.2017") or in
    the next one.
    """
    for cue in _ASKED.finditer(text):
        first_end = _SENTENCE_END.search(text, cue.end(), cue.end() + _REACH)
        if first_end is None:
            yield from _birth_dates_in(text, cue.end(), min(len(text), cue.end() + _REACH))
            continue
        yield from _birth_dates_in(text, cue.end(), first_end.start())
        # the next sentence; an outcry before it ("WOZU???", "Echt jetzt?") does not count
        pos = first_end.end()
        for _ in range(3):
            second_end = _SENTENCE_END.search(text, pos)
            stop = second_end.start() if second_end is not None else len(text)
            yield from _birth_dates_in(text, pos, stop)
            if second_end is None or len(text[pos:stop].split()) > _OUTCRY:
                break
            pos = second_end.end()


def _birth_dates_in(text: str, start: int, stop: int):
    """Yield the full dates between start and stop that no event word stands before.

    A date of the last few years after "am" or "dem" is an event's ("Die Veranstaltung fand
    am 14. Juni 2024 statt"); an older one may be a birth ("ich bin am 3. Mai 1979 …").
    """
    for match in _DATE.finditer(text, start, stop):
        if _EVENT_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None:
            continue
        year = _YEAR_AT_END.search(match.group("v"))
        if (
            year is not None
            and int(year.group()) >= _RECENT
            and _DAY_BEFORE.search(text, max(0, match.start() - 5), match.start()) is not None
        ):
            continue
        yield match.span("v")


# ---------------------------------------------------------------- a date beside a person

# a full date set beside a person by a comma, a bracket or a dash: "Meine Mutter, 14.03.1941,
# kann …", "Kinder: Lena, 03.05.2012; Tim …", "ich bin 82 Jahre (12.01.1943)". The date
# stands for the person (no event word between), so it is when they were born.
_BESIDE = regex.compile(
    rf"""(?P<who>(?:[\p{{L}}\d\-]+\x20){{0,2}}[\p{{L}}\-]+)\x20?(?P<sep>,|\(|\x20[–-])\x20?
         (?:(?i:geb\.?|\*)\x20?)?
         (?<![\d.,/])(?P<v>\d{{1,2}}\.\x20?\d{{1,2}}\.\x20?(?P<y>(?:19|20)\d{{2}}|\d{{2}})
            |\d{{1,2}}\.?\x20?{_MONTH}\.?\x20(?P<y>(?:19|20)\d{{2}}))
         (?![\d.,/]\d)
         # the date closes its piece: ", kann …", ")", "; Tim", "–", end of the line
         (?=\x20?(?:[,;)]|\x20?[–-]\x20?\d|\x20[–-]\x20|$|\n|\.(?:\s|$)|\x20(?i:und|geboren|gebore)\b))""",
    regex.VERSION1 | regex.VERBOSE,
)
# a child's word: a birth date of the last few years stands beside it too ("Tochter, 2021")
_CHILDREN = frozenset(
    "sohn tochter kind kinder baby enkel enkelin enkelkind zwilling zwillinge jüngste "
    "jüngster jüngsten kleine kleiner kleinen bua bub mädle mädel patenkind pflegekind".split()
)
_AGE = regex.compile(r"\d{1,3}\x20?(?:Jahre|Jahren|J\.|jährig\w*)$")
_NOW = 2026
_RECENT = 2020  # a date from here on beside an adult is an event's ("Frau Berger, 14.03.2025")


def _beside_person_spans(text: str):
    """Yield a full date set beside a person by a comma, a bracket or a dash.

    The words before the separator name a person: a relative ("Meine Mutter, 14.03.1941,"),
    a first name ("Lena, 03.05.2012;"), "Frau"/"Herr" and a name, or an age ("82 Jahre
    (12.01.1943)"). A year of 2020 or later counts only beside a child's word: a recent date
    beside an adult is an appointment or a letter ("Frau Berger, 14.03.2025, hat angerufen").
    """
    relatives = RELATIVES
    for match in _BESIDE.finditer(text):
        words = match.group("who").split()
        year = int(match.group("y"))
        year = year if year >= 100 else (1900 + year if year > 26 else 2000 + year)
        lowered = [w.lower() for w in words]
        child = any(w in _CHILDREN for w in lowered)
        person = (
            child
            or any(w in relatives or w in FIRST_NAMES for w in lowered + words)
            or (words[-1][:1].isupper() and {"frau", "herr", "herrn"} & set(lowered[:-1]))
            or (lowered[-1] == "ich" and match.group("sep") != ",")
            or _AGE.search(match.group("who")) is not None
        )
        if not person or year > _NOW or (year >= _RECENT and not child):
            continue
        if _EVENT_BEFORE.search(match.group("who") + " ") is not None:
            continue
        yield match.span("v")


# a full date in a person's line after the name or home replaced: "[NAME], [ADRESSE],
# 03.01.1970, Kundennummer …" (after the name and address rules, which make the tags)
_BESIDE_TAG = regex.compile(
    rf"""\[(?:NAME|ADRESSE)\],\x20?
         (?P<v>\d{{1,2}}\.\x20?\d{{1,2}}\.\x20?(?P<y>(?:19|20)\d{{2}})
            |\d{{1,2}}\.?\x20?{_MONTH}\.?\x20(?P<y>(?:19|20)\d{{2}}))
         (?![\d.,/]\d)(?=\x20?(?:[,;)]|$|\n|\.(?:\s|$)))""",
    regex.VERSION1 | regex.VERBOSE,
)


def _beside_tag_spans(text: str):
    """Yield a full date of a birth year after a name's or home's tag and a comma.

    A year of 2020 or later is a letter's or an appointment's ("[NAME], 14.03.2025, …").
    """
    for match in _BESIDE_TAG.finditer(text):
        if 1900 <= int(match.group("y")) < _RECENT:
            yield match.span("v")


# ---------------------------------------------------------------- a birthday

# a day and month without a year: "4. Juli", "17.02.", "dritten März"
_DAY_OF_YEAR = (
    rf"(?:\d{{1,2}}\.\x20?\d{{1,2}}\.(?!\x20?\d)|\d{{1,2}}\.?\x20?{_MONTH}\.?"
    r"|(?i:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|elfte|zwölfte|"
    r"\w+zehnte|\w*zwanzigste|\w*(?:dreißig|dreissig)ste)n?\x20"
    rf"{_MONTH})(?!\x20?(?:19|20)\d{{2}})"
)
# the day someone turns a year older: "hat am 4. Juli Geburtstag", "wird am 3. März 90",
# "am 2. Februar ihren 90. feiert", "feiere am 8. August meinen 70. Geburtstag"
_AGE_END = r"(?=\x20?(?:[.,;!?)]|$|\n)|\x20(?i:Jahre|wird|werden|werde|und)(?![\p{L}]))"
_BIRTHDAY = regex.compile(
    rf"""(?<![\p{{L}}])(?i:am|den)\x20(?P<v>{_DAY_OF_YEAR})\x20
         (?:(?i:hat|habe|hab|haben|hatte|hätte)\x20(?:(?i:er|sie|ich)\x20)?(?i:Geburtstag)
           |(?i:Geburtstag|Geb\.)(?![\p{{L}}])
           |(?i:meinen|seinen|ihren|unseren|den)\x20\d{{1,3}}\.(?:\x20(?i:Geburtstag))?
           |(?i:wird|werde|werden|feiert|feiere)\x20(?:(?i:er|sie|ich)\x20)?
            (?:(?i:meinen|seinen|ihren)\x20)?\d{{1,3}}\.?{_AGE_END}
           |\d{{1,3}}\x20(?:(?i:Jahre)(?:\x20(?i:alt))?\x20)?(?i:wird|werden|werde)(?![\p{{L}}]))""",
    regex.VERSION1 | regex.VERBOSE,
)
# … with its year: "Ich hab am 17. Juni 2009 Geburtstag"
_BIRTHDAY_WITH_YEAR = regex.compile(
    rf"""(?<![\p{{L}}])(?i:am|den)\x20(?P<v>{_FULL_DATE})\x20
         (?:(?i:hat|habe|hab|haben|hatte)\x20(?:(?i:er|sie|ich)\x20)?)?(?i:Geburtstag)\b""",
    regex.VERSION1 | regex.VERBOSE,
)
_TURNS = regex.compile(
    rf"""(?<![\p{{L}}])(?i:wird|werde|feiert|feiere|feierte)\x20
         (?:(?i:er|sie|ich)\x20)?(?i:am)\x20(?P<v>{_DAY_OF_YEAR})\x20
         (?:\d{{1,3}}{_AGE_END}|(?i:meinen|seinen|ihren)\x20\d{{1,3}}\.)""",
    regex.VERSION1 | regex.VERBOSE,
)
# whose day it is: a person in the clause before it, not a club, a town or a school
_PERSON_WORD = regex.compile(r"(?i:\b(?:ich|er|sie|mein\w*|unser\w*|sein\w*|ihr\w*)\b)")
_BODY_WORD = regex.compile(
    r"(?i:verein|stadt|gemeinde|schule|kita|firma|bücherei|bibliothek|museum|partnerschaft|"
    r"kirche|chor|club|klub|gymnasium|feuerwehr|betrieb|zeitung|rathaus|amt\b)"
)
_CLAUSE_START = regex.compile(r"[.!?;\n]")


def _birthday_spans(text: str):
    """Yield a birthday's day and month: "Mein Mann hat am 4. Juli Geburtstag, er wird 80".

    Someone in the clause before ("ich", "mein Mann", "Oma Erna", "sie") has the day; a
    club, a town or a school celebrating its birthday ("Der Verein feiert am 3. Mai seinen
    100. Geburtstag") keeps its date.
    """
    relatives = RELATIVES
    found = set()
    for pattern in (_BIRTHDAY, _BIRTHDAY_WITH_YEAR, _TURNS):
        for match in pattern.finditer(text):
            start = match.start()
            stops = [m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 80), start)]
            clause = text[stops[-1] if stops else max(0, start - 80) : match.end()]
            words = regex.findall(r"\p{L}+", clause)
            person = _PERSON_WORD.search(clause) is not None or any(
                w.lower() in relatives or w in FIRST_NAMES for w in words
            )
            if person and _BODY_WORD.search(clause) is None:
                found.add(match.span("v"))
    yield from sorted(found)


# "meine Frau ist vom 3.4.1952", "Ich bin ein Kind vom 12. Dezember 1960": a person "from"
# a day; a letter or a notice from a day ("Der Bescheid ist vom 12.03.2025") names no person
_FROM_DAY = regex.compile(
    rf"""(?<![\p{{L}}])(?P<who>(?i:bin(?:\x20ich)?|ist|isch|sind|war))\x20
         (?:(?i:ein|eine|a)\x20(?i:Kind|Jahrgang|Mädle|Bua|Bub)\x20)?(?i:vom|von)\x20
         (?<![\d.,/])(?P<v>{_FULL_DATE})(?![\d]|[.,/]\d)""",
    regex.VERSION1 | regex.VERBOSE,
)
_SUBJECT_WORDS = 4
_GENITIVE = frozenset(
    "meiner meines deiner deines seiner seines ihrer ihres unserer unseres eurer eures des".split()
)


def _from_day_spans(text: str):
    """Yield a full date a person is "from": "Ich bin vom 12.12.1960", "Oma ist vom …"."""
    relatives = RELATIVES
    for match in _FROM_DAY.finditer(text):
        if match.group("who").lower().startswith("bin"):
            yield match.span("v")
            continue
        stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, match.start() - 60),
                                                          match.start())]
        before = text[stops[-1] if stops else max(0, match.start() - 60) : match.start()]
        words = regex.findall(r"\p{L}+", before)[-_SUBJECT_WORDS:]
        year = regex.search(r"(?:19|20)\d{2}$|\d{2}$", match.group("v")).group()
        year = int(year) if len(year) == 4 else 1900 + int(year)
        # the person is the subject, not a letter's owner: "Der Brief meiner Mutter ist vom …"
        people = [k for k, w in enumerate(words) if w.lower() in relatives or w in FIRST_NAMES]
        owner = any(k and words[k - 1].lower() in _GENITIVE for k in people)
        if people and not owner and year < 2020:
            yield match.span("v")


# what follows "am"/"den" in a birthday: "am 3. Mai hat …", "den zwölften feiert …"
_BIRTHDAY_AFTER_CUE = (
    r"\x20(?:\d|\w+te)[\p{L}\d.\x20]{1,16}\x20(?:hat|habe|hab|haben|hatte|hätte|"
    r"geburtstag|geb\.|meinen|seinen|ihren|unseren|den|wird|werde|feier|\d)"
)
BIRTH_DATE_RULES = [
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        needs=("vom ", "von "),
        finder=_from_day_spans,
        name="datum-person-from-day",
    ),
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        # "Name, 12.…" from the day's period, looking back at the name and the mark before
        # it: the engine skips to the periods, not to every letter (4x faster, same texts)
        gate=regex.compile(
            r"\.(?<=[\p{L}\d.]\x20?(?:,|\(|\x20[–-])\x20?(?:geb\.?\x20?|\*\x20?)?\d{1,2}\.)"
            r"\x20?[\d\p{L}]"
        ),
        finder=_beside_person_spans,
        name="datum-date-beside-person",
    ),
    _Rule(
        "DATUM",
        None,
        needs=("am ", "den "),
        # "(?:am|den)…" as "am…|den…", each branch alone from its word (patterns.Branches)
        gate=Branches(regex.compile(
            r"am" + _BIRTHDAY_AFTER_CUE + r"|den" + _BIRTHDAY_AFTER_CUE
        )),
        finder=_birthday_spans,
        name="datum-birthday",
    ),
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        needs=("(",),
        gate=regex.compile(r"\(\x20?(?:geb\.?\x20?|\*\x20?)?\d"),
        finder=_bracket_spans,
        name="datum-date-in-brackets",
    ),
    _Rule(
        "DATUM",
        None,
        needs_digit=True,
        needs=("geburtsdatum", "geburtsdaten", "geb.-datum", "geburtstag"),
        finder=_next_sentence_spans,
        name="datum-after-birth-sentence",
    ),
]


# ---------------------------------------------------------------- a second birth date

# a full date with a birth year: "08.12.1971", "12. August 1971", "1971-12-08", "8/12/1971"
_SECOND_DATE = regex.compile(
    r"""(?<![\d.,/])(?P<v>\d{1,2}\.\s?\d{1,2}\.\s?(?P<y>(?:19|20)\d{2})
         |\d{1,2}/\d{1,2}/(?P<y>(?:19|20)\d{2})
         |(?P<y>(?:19|20)\d{2})-\d{2}-\d{2}
         |\d{1,2}\.?\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|
            Oktober|November|Dezember)\s*(?P<y>(?:19|20)\d{2})
         # a two-digit year, as in a passport: "im Pass steht 17.04.79" (same sentence only)
         |\d{1,2}\.\d{1,2}\.(?P<yy>\d{2})(?!\d))(?![\d.,/]\d)""",
    regex.VERSION1 | regex.VERBOSE,
)
# words before a date that make it an appointment or a deadline, not a birth date
_NOT_BIRTH_BEFORE = regex.compile(
    r"(?i:\b(?:termin\w*|frist\w*|bis|seit|ab|vom|zum|bis\s+zum|ablauf\w*|gültig\w*|"
    r"eingereicht|beantragt|gestellt|geschickt|abgeschickt|erhalten|bescheid\w*|schreiben|"
    r"brief|antrag|mail|sitzung|umzug|eingezogen|gezogen|gestorben|verstorben|heirat\w*|"
    r"hochzeit|geheiratet|hatte|habe|hab|hat|haben|hatten|wurde|wurden)\W+"
    r"(?:(?:am|den|dem|der|ist|war|vom)\W+){0,2})$"  # "Termin ist am"
)
_AM_BEFORE = regex.compile(r"(?i:\bam\s+)$")
_NOT_BIRTH_AFTER = regex.compile(
    # in the date's own sentence: "…, meine Mutter am 17.08.1944. Beide bekommen Post" is born
    r"(?i:[^\w.!?\n]+(?:\w+[^\w.!?\n]+){0,2}?(?:termin\w*|frist\w*|sitzung|uhr|eingereicht|beantragt|"
    r"abgegeben|geschickt|abgeschickt|bekommen|erhalten|umgezogen|eingezogen|gestorben|"
    r"verstorben|geheiratet|bezahlt|überwiesen|angerufen|gemeldet|abgelaufen)\b)"
)
_EVENT_DAY = regex.compile(r"(?i:\b(?:am|vom|bis|seit|ab|zum|den|dem)\s+)$")
_SENTENCE_CLOSE = regex.compile(r"[.!?\n](?=\s|$)")


def _second_birth_date_spans(text: str):
    """Another full date beside a birth date found: "[DATUM], im Konto steht aber 08.12.1971".

    A full date with a plausible birth year in the sentence of a birth date tag, or in the
    next sentence, is the same birth date written another way (or a relative's); not a date
    after "Termin", "seit", "bis" … or an event ("gestorben am", "Antrag vom"). A date with a
    two-digit year ("im Pass steht 17.04.79") only in the sentence of the tag.
    """
    tags = [m.start() for m in regex.finditer(r"\[DATUM\]", text)]
    if not tags:
        return
    ends = [m.end() for m in _SENTENCE_CLOSE.finditer(text)]
    for match in _SECOND_DATE.finditer(text):
        short = match.group("y") is None
        year = int(match.group("y") or 1900)
        if not 1900 <= year <= 2026:
            continue
        start = match.start("v")
        # the sentence of the date and the one before it
        own = max((e for e in ends if e <= start), default=0)
        before = max((e for e in ends if e < own), default=0)
        own_end = min((e for e in ends if e > start), default=len(text))
        if not any((own if short else before) <= tag < own_end for tag in tags):
            continue
        if not any(own <= tag < own_end for tag in tags) and _AM_BEFORE.search(
            text, max(0, start - 5), start
        ):
            continue  # "… [DATUM]. Am 14.03.2025 habe ich …": an event in the next sentence
        if _NOT_BIRTH_BEFORE.search(text, max(0, start - 40), start) is not None:
            continue
        if short and _EVENT_DAY.search(text, max(0, start - 8), start) is not None:
            continue  # "der Termin war am 12.03.25": a day of an event
        if _NOT_BIRTH_AFTER.match(text, match.end("v")) is not None:
            continue
        yield match.span("v")


SECOND_BIRTH_DATE_RULES = [
    _Rule(
        "DATUM",
        None,
        needs=("[datum]",),
        needs_digit=True,
        finder=_second_birth_date_spans,
        name="datum-second-birth-date",
    )
]


DATE_BESIDE_TAG_RULES = [
    _Rule(
        "DATUM",
        None,
        needs=("[name],", "[adresse],"),
        needs_digit=True,
        finder=_beside_tag_spans,
        name="datum-date-beside-tag",
    )
]
