"""The cue word of a birth YEAR goes into its tag: "Jahrgang 1961" → "[DATUM]".

Labellers differ on a birth year: most mark only the year, others the whole expression
("Jahrgang 1961", "Jg. 58", "Johrgang 58", "Baujahr 54", "Geb. 1958", "1979 geboren",
"58er Jahrgang"). The tag takes the cue word in, so that both readings are removed; the cue
says nothing the tag does not. A full birth date keeps its cue outside ("geb. [DATUM]",
"am [DATUM] geboren"): every labeller marks the date alone.
Also the rule for a birth year told with its cue first (:data:`CUE_FIRST_BIRTH_RULES`).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import _I, _X, _Rule, _rule

__all__ = ["BIRTH_AFTER_NAME_RULES", "CUE_FIRST_BIRTH_RULES", "ID_REST_AFTER", "YEAR_CUE_AFTER",
           "YEAR_CUE_BEFORE"]

# a bare year starts here: "1961", "58", "'58", "58er", "neunzehnhundertzweiundsechzig" —
# never a day or month of a full date ("12.03.1961", "03/1985", "1961-03-12")
_BARE_YEAR = regex.compile(
    r"['’]?(?:(?:19|20)\d{2}|\d{2})(?:er)?(?![\d.,/\-]?\d)|(?i:neunzehnhundert|zweitausend)"
    # two digits in words: "Jahrgang achtunddreißig"
    r"|(?i:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
    r"(?i:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)\b"
    r"|(?i:zwanzge|dreißge|dreissge|vierzge|fuffzge|fünfzge|sechzge|siebzge|achtzge|neunzge)\b"
)
_CUE_WORD = regex.compile(
    r"(?<![\p{L}\-])(?i:Jahrgang|Johrgang|Jahrgänge|Jahrgänger(?:in)?|Jahrg\.|Jhg\.?|Jg\.?|Baujahr|"
    r"geb\.?|Geburtsjahr(?:gang)?|geboren(?:\x20im\x20Jahre?)?|Bj\.)"
    r"[\x20\t]{0,2}:?[\x20\t]{0,2}(?:\r?\n[\x20\t]{0,2})?['’]?$"
)


def _bare_year(view: str, start: int, end: int) -> bool:
    """Tell a tagged value that is a bare year, not a full date ("1961", "'58", "58er")."""
    return _BARE_YEAR.match(view, start) is not None


#: Before a tagged birth year: "Jahrgang", "Jg.", "Johrgang", "Baujahr", "geb." … — the
#: redactor's (pattern, value check) pair: the cue counts only before a bare year
YEAR_CUE_BEFORE = (_CUE_WORD, _bare_year)

#: After a tagged birth year: "1979 geboren", "1961 gebore" (Swabian), "58er Jahrgang".
#: The look-behind reads the value's end: a bare year, not the end of a full date.
YEAR_CUE_AFTER = regex.compile(
    r"(?<=(?<![\d.,/\-])(?:['’]?\d{2}|(?:19|20)\d{2}|(?i:hundert|tausend)\p{L}*))"
    r"[\x20\t]{1,2}(?i:geb(?:oren(?:e[nmrs]?)?|ore|ora|orn|ohren)\b)"
    r"|(?<=(?<![\d.,/\-])['’]?\d{2}er)[\x20\-](?i:jahrgang|baujahr)\b"
    # a second person's year after the first: "Jahrgang 1944 und 1946", "Jg. 58 u. 61",
    # "(geb. 2014 und 2016)"
    # … and a list: "Jg. 97, 98 und 01"
    r"|(?<=(?i:jahrgang|jahrgänge|jahrg\.|jhg\.?|jg\.?|geb\.)\x20*['’]?(?:(?:19|20)\d{2}|\d{2})"
    r"(?:,\x20*['’]?(?:(?:19|20)\d{2}|\d{2}))*)"
    r"(?:\x20+(?i:und|u\.|&|bzw\.)\x20+|,\x20*(?=(?:['’]?(?:(?:19|20)\d{2}|\d{2}),\x20*)*"
    r"['’]?(?:(?:19|20)\d{2}|\d{2})\x20+(?i:und|u\.|&)\x20+['’]?(?:(?:19|20)\d{2}|\d{2})\b))"
    r"['’]?(?:(?:19|20)\d{2}|\d{2})"
    r"(?![\d:/\-]|[.,]\d|\x20*(?i:%|€|euro|jahre|kinder|personen|leute|minuten|stunden|uhr))"
)

#: The rest of a file number right after its tag: "AZ 4711-DS-2024" is one number, not
#: "[ID]-DS-2024". Groups of capitals and digits joined by "-" or "/", not a word.
ID_REST_AFTER = regex.compile(
    r"(?:[\-/](?=[\p{Lu}\d]*\d|\p{Lu}{1,4}[\-/]\d)[\p{Lu}\d]{1,10})+(?![\p{L}\d])"
    # a serial after a year and a spaced slash: "WG 2025 / 3381" (a list of numbers keeps a
    # tag each: "Kundennr. 1234 / 5678")
    r"|(?<=(?<!\d)(?:19|20)\d{2})\x20/\x20\d{3,6}"
    r"(?![\d.,]|\x20*(?i:euro|eur|€|monate|jahre|tage|stunden|minuten|%))"
)


# ---- birth years with the cue first

#: The cue before a birth year: "Geboren bin ich 1961", "Gebore bin i 1939" (Swabian),
#: "geboren wurde er 1958"; one's own year as a car's: "bin Baujahr 64", "Als Bj. 1949 bin
#: ich …". Runs with the other birth rules (rules.py).
CUE_FIRST_BIRTH_RULES = [
    _rule(
        "DATUM",
        r"""(?<=\b(?:geb(?:oren|ore|ora|orn)\s+(?:(?:bin|ist|isch|wurde|wurd)\s+(?:ich|i|er|sie)
                |(?:ich|i)\s+(?:bin|wurde))\s+(?:(?:im\s+jahre?|anno)\s+)?))
             (?P<v>(?:19|20)\d{2}|['’]?\d{2})\b(?![.,:/\-]?\d)
           |(?<=\b(?:bin|bist)\s+(?:(?:ein|eine|ne|n|so\s+ein)\s+)?)
             (?P<v>(?:baujahr|bj\.)\s*+['’]?(?:(?:19|20)\d{2}|\d{2}))\b(?![.,:/\-]?\d)
           # "Als Baujahr 64 darf ich …", with the writer in the sentence (not "Als Baujahr
           # 1965 ist das Hallenbad …", "Als Bj. 72 ist die Wohnung …")
           |(?<=(?:^|[.!?:]\s+)als\s+)
             (?P<v>(?:baujahr|bj\.)\s*+['’]?(?:19\d{2}|\d{2}))\b(?![.,:/\-]?\d)
             (?=[^.!?\n]{0,60}?\b(?:ich|i|mir|mich)\b)""",
        needs_digit=True,
        needs=("gebor", "gebora", "baujahr", "bj."),
        flags=_X | _I,
        name="datum-born-cue-first",
    ),
    # one's cohort: "Ich als 1958er (ja, Boomer)", "i bin a 58er" (not "ein 80er-Jahre-Fan",
    # "als 80er Kind")
    _rule(
        "DATUM",
        r"""(?:(?<=\b(?:ich|i)\s+(?:als|bin(?:\s+(?:ein|a|n|so\s+ein))?)\s+)
             |(?<=(?:^|[.!?,]\s+)als\s+)(?=\S+\s+\p{L}+\s+(?:ich|i)\b))  # "als 2006er hab ich"
            (?P<v>['’]?(?:(?:19|20)\d{2}|\d{2})er)\b
            # not a compound or a noun's number: "Ich als 49er-Ticket-Nutzer", "a 20er Zone"
            (?![\-\x20]*(?:jahre|jahrgang|fan|kind|musik|generation))(?!-|(?-i:\x20+\p{Lu}))""",
        needs_digit=True,
        gate=r"\d{2}er\b",
        flags=_X | _I,
        name="datum-cohort",
    ),
]


# ---- a year in brackets after a name, once the names are tags

_YEAR_AFTER_NAME = regex.compile(
    r"""\[NAME\]\x20?\(
        (?P<v>(?P<star>\*)?\x20?(?P<born>19\d\d|20[01]\d|202[0-5])
             (?:\x20?(?:[–\-—]|bis)\x20?(?P<cross>†)?\x20?(?P<died>(?:19|20)\d\d))?)
        \)""",
    regex.VERSION1 | regex.VERBOSE,
)
# who has a year for another reason: an office, a title, an award, a result, a citation
_NOT_BIRTH_BEFORE = regex.compile(
    r"(?i:preis|sieger|siegerin|meister|meisterin|gewinner|gewinnerin|träger|trägerin|rat|"
    r"rätin|präsident|präsidentin|vorsitzende|vorsitzender|leiter|leiterin|trainer|trainerin|"
    r"dirigent|dirigentin|kantor|kantorin|pfarrer|pfarrerin|rektor|rektorin|vorsteher|"
    r"vorsteherin|kapitän|kapitänin|gründer|gründerin|bürger|autor|autorin|schon|laut|siehe|"
    r"vgl\.|nach|an|von|bei|mit|wie)\x20+$"
)
_NOT_BIRTH_AFTER = regex.compile(
    r"\)[\x20,]*(?i:schreibt|schrieb|zeigt|zeigte|meint|betont|s\.\x20?\d|seite|gewann|"
    r"siegte|wurde\x20+(?:meister|erste|zweite|dritte)|hat\x20+gewonnen)"
)


def year_after_name_spans(text: str):
    """Yield a person's birth year or life span in brackets right after the name's tag.

    "• Amira El-Sayed (2016)", "Die Geschwister: Anna (1962), Peter (1965)", "Horst Weiler
    (1941–2025)", "(*1944)": the year of birth, or the span of a life (forty years or more, or
    marked by * or †). Not a term ("Chorleiter Hans Keller (1995–2020)"), nor the year of an
    office, an award, a result or a citation, told by the words around it ("Trainerin Sabine
    Koch (2015)", "Der Pokal ging an Lisa Braun (2023)", "Wie schon Schmidt (2019) schreibt";
    a review of session 34).
    """
    for match in _YEAR_AFTER_NAME.finditer(text):
        died = match.group("died")
        marked = match.group("star") or match.group("cross")
        if died is not None and not marked and not (
            40 <= int(died) - int(match.group("born")) <= 110
        ):
            continue  # a term, a period: "(1995–2020)"
        if not marked and died is None and (
            _NOT_BIRTH_BEFORE.search(text, max(0, match.start() - 30), match.start())
            or _NOT_BIRTH_AFTER.match(text, match.end() - 1)
        ):
            continue
        yield match.span("v")


#: Runs after the name rules (rules.py).
BIRTH_AFTER_NAME_RULES = [
    _Rule("DATUM", None, needs=("[name]",), needs_digit=True, finder=year_after_name_spans,
          name="datum-year-after-name"),
]
