"""One house singled out without a residence cue: "das Haus mit dem Spielplatz davor".

People point at a house, a farm or a flat by what sets it apart, whatever verb comes before:
"Ich bewirtschafte den Aussiedlerhof oben am Jägerhaus", "Wir sind die Nummer 4, das Haus mit
dem Schuppen links", "Des isch des letschte Haus bevor dr Wald kommt", "im Haus neben der
alten Schmiede in Rüdern, das mit der Sonnenuhr an der Wand". The finder reads a definite
article (also dialect "des", "dat", "s", "em"), a dwelling ("Haus", "Hof", "Häusle", "Wohnung"
…, not a public one: "Rathaus", "Bahnhof", "Friedhof") and what singles it out right after:

- a "mit" phrase: "das Haus mit der blauen Tür", "des Haus mit de blaue Fensterläde";
- a side and a place: "den Lindenhof unten am Bach", "die Wohnung ganz oben rechts";
- a relation to a landmark: "das gelbe Haus neben der Kirche", "des letschte Haus bevor dr
  Wald kommt" (a clause after "bevor", "wo", "wenn" is read to its end).

The phrase ends at the end of its clause or at a verb. It is no one's home when it opens a
sentence or is the subject of one ("Das gelbe Haus neben der Kirche wird abgerissen")
or a record ("der einzige Hof mit Kühen in ganz Esslingen"). A short place right before it,
after a comma, belongs to it ("em Katzenbühl drobe, des Haus mit …", "die Nummer 4, das Haus
mit …"); a pronoun phrase after it too ("…, das mit der Sonnenuhr an der Wand").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.directions import _is_verb
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import read_words

__all__ = ["DWELLING_PHRASE_RULES"]

_DWELLING = (
    r"\p{L}*(?i:haus|huus|hus|häusle|häuschen|hof|höfle|hütte|scheune|wohnung|gehöft|anwesen|"
    r"villa|bungalow)"
)
# public buildings and places ending like a dwelling
_PUBLIC = (
    "rathaus", "kaufhaus", "krankenhaus", "gasthaus", "parkhaus", "autohaus", "gemeindehaus",
    "pfarrhaus", "jugendhaus", "bürgerhaus", "feuerwehrhaus", "vereinshaus", "kinderhaus",
    "ärztehaus", "treppenhaus", "gewächshaus", "wirtshaus", "bootshaus", "schulhaus",
    "zeughaus", "kornhaus", "spritzenhaus", "hallenhaus", "kühlhaus", "warenhaus", "opernhaus",
    "schauspielhaus", "kurhaus", "pflegeheim", "bahnhof", "friedhof", "schulhof", "innenhof",
    "bauhof", "wertstoffhof", "betriebshof", "kirchhof", "gasthof", "recyclinghof", "hinterhof",
    "pausenhof", "schlachthof", "hühnerhof", "gutshof",
)  # fmt: skip
_ARTICLE = r"(?:(?i:das|des|dat|der|den|dem|die|im|em)|s|'s)"
_PHRASE = regex.compile(
    rf"""(?<![\p{{L}}\-'])(?P<art>{_ARTICLE})\x20(?:(?P<adj>\p{{Ll}}{{3,}})\x20)?(?P<d>{_DWELLING})
        (?P<q>\x20(?:
            mit\x20(?i:dem|der|den|de|em|einem|einer|ner|nem|'m|dr)\x20
          | (?i:ganz\x20)?(?i:oben|unten|hinten|vorne|vorn|drüben|drobe|dunte|hinne)
            \x20(?i:am|an|im|beim|bei|auf|links|rechts|vorm|hinterm|neben)\b
          | (?i:ganz\x20)?(?i:links|rechts)(?=\x20*[,.;!?\n]|$)
          | (?i:neben|hinter|hinterm|gegenüber|bevor|vor|vorm|nach|zwischen|oberhalb|unterhalb)
            \x20(?i:de[mnrs]?|der|dr|d|em|vom|von|dem|den|'m)\b
        ))""",
    regex.VERSION1 | regex.VERBOSE,
)
# ("St. Bernhardt": the abbreviation's dot ends no phrase)
_END = regex.compile(
    r"(?<!(?<![\p{L}])(?i:St))[.]|[,;!?\n()–—]|\x20-\x20|\x20(?:und|aber|oder|weil|denn|doch)\x20"
)
# verbs that say whose home it is ("… wohnen wir"): a verb, though "wohnen" is a noun too
_HOME_VERBS = frozenset("wohne wohnt wohnen wohnte wohnten lebe lebt leben lebte gehört "
                        "gehören".split())
_SUBCLAUSE = frozenset("bevor wo wenn wie wo's wos".split())
# words of time that end the place: "… vor zwei Jahren", "… seit 1990", "… letztes Jahr"
_TIME_WORDS = frozenset("letztes jahren jahre jahr wochen monaten tagen damals".split())


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """Locatives ("neben", "hinter", "gegenüber") and short prepositions: never a verb here."""
    return frozenset(read_words("dwelling_places")) | frozenset(
        "am an im in beim bei auf vor vorm nach zum zur vom von unter über bis".split()
    )
# a verb right after the phrase makes it the subject of a sentence about the building
_SUBJECT_OF = regex.compile(
    r"\x20*,?\x20*(?:ist|war|wird|wurde|sind|waren|hat|hatte|steht|stand|gehört|soll|muss|"
    r"kann|bleibt|stehen|wirkt|sieht|gefällt|beherbergt)\b"
)
# whose home the building is, said right after it: "… gehört uns", "… wohnt meine Oma"
_OWNED = regex.compile(
    r"\x20*,?\x20*(?:(?i:gehört|gehören|gehörte|ghört)\x20(?i:uns|mir|meine[mnrs]?|unsere[mnrs]?)"
    r"|(?i:wohn[\p{L}]*|leb(?:e|t|en|te))\x20(?:(?i:ich|wir|i|mir|mei|mein[\p{L}]*|unser[\p{L}]*)"
    r"|(?:Frau|Herr|Familie|Fam\.)\x20))(?![\p{L}])",
    regex.VERSION1,
)
_RECORD = regex.compile(r"(?i:\bin\x20ganz\b|\bder\x20stadt\b|\bweit\x20und\x20breit\b)")
# a short place before the phrase, after a comma: "em Katzenbühl drobe, ", "die Nummer 4, "
# (not a district alone: "einen Reiterhof bei Sirnau, | den Lindenhof unten am Bach")
_PLACE_BEFORE = regex.compile(
    r"(?:(?<=[,.:;!?]\x20|^)|(?<=\p{Ll}\x20))"
    r"(?P<p>(?i:am|im|em|an|auf|aufm|beim|bei|hinter|hinterm|neben|oben|unten|ganz)\x20"
    r"[\p{L}\-]+(?:\x20[\p{L}\-]+){1,2}|(?i:die\x20)?(?i:nummer|hausnummer|nr\.)\x20?\d{1,3}[a-h]?)"
    r",\x20$",
    regex.VERSION1,
)
_PRONOUN_AFTER = regex.compile(r",\x20(?i:das|der|die)\x20mit\x20[^,;.!?\n]{3,60}")


_WINDOW = 160  # characters a phrase may run on after its dwelling


def _last_char(text: str, start: int) -> str:
    """Return the last character before ``start`` that is no space (NUL when none is)."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else "\0"


def _phrase_end(text: str, start: int) -> int:
    """End of the phrase from ``start``: its clause's end, or before a finite verb."""
    window = text[start : start + _WINDOW]
    words = list(regex.finditer(r"[\p{L}\d'][\p{L}\d'\-.]*", window))
    if words and len(text) > start + _WINDOW and words[-1].end() == len(window):
        words.pop()  # a word cut by the window's end: no "… mit de|m" fragment
    end = start
    clause = False
    before_prep, prep_at = None, 0
    stop = _END.search(text, start, start + _WINDOW + 8)  # the window, not the whole text
    limit = stop.start() if stop is not None else len(text)
    for k, word in enumerate(words):
        if start + word.start() >= limit:
            break
        token = word.group().rstrip(".")
        lower = token.lower()
        if lower in _SUBCLAUSE:
            clause = True
        elif lower == "seit" and k > 0:
            break
        elif lower in _TIME_WORDS and k > 0:
            if before_prep is not None and k - prep_at <= 3:
                end = before_prep  # "das Haus mit dem Garten | vor zwei Jahren gekauft"
            break
        elif not clause and k > 0 and lower not in _places() and (
            _is_verb(token) or token in _HOME_VERBS
        ):
            break
        if lower in ("vor", "nach", "ab"):
            before_prep, prep_at = end, k
        end = start + word.start() + len(token)
    return end


def _dwelling_phrase_spans(text: str):
    for match in _PHRASE.finditer(text):
        if match.group("d").lower().endswith(_PUBLIC):
            continue
        adjective = match.group("adj")
        if adjective is not None and _is_verb(adjective):
            continue
        start = match.start("art")
        end = _phrase_end(text, match.end("d"))
        if end < match.end("q") - 1:
            continue  # "das Haus mit dem …" cut short by a verb
        # "Das Haus mit dem Schuppen links gehört uns", "Im Haus mit dem Aufzug wohnt meine
        # Oma": a sentence about the building that says whose home it is
        owned = _OWNED.match(text, end) is not None
        if _last_char(text, start) in "\0.!?\n" and not owned:
            continue  # "Der Hof mit de Küh direkt an der Straße.": a sentence's subject
        phrase = text[start:end]
        if _RECORD.search(phrase) or (_SUBJECT_OF.match(text, end) and not owned):
            continue
        if match.group("art").lower() in ("der", "die") and start and not _after_break(text, start):
            continue  # "… sagt der Mann mit dem Hof …": a subject or object mid-sentence
        after = _PRONOUN_AFTER.match(text, end)
        if after is not None:
            end = after.end()
        before = _PLACE_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and not any(_is_verb(w) for w in before.group("p").split()[1:]):
            start = before.start("p")
        yield start, end


def _after_break(text: str, start: int) -> bool:
    """Tell a phrase opening a clause or an apposition: after ",", ":", "." or a verb."""
    before = text[max(0, start - 30) : start].rstrip()
    if not before or before[-1] in ",:;.!?(–—\n":
        return True
    last = before.split()[-1]
    return _is_verb(last)


_SINGLED_GATE = regex.compile(
    r"(?:haus|huus|häusle|hof|hütte|scheune|wohnung|gehöft)\x20(?:mit|oben|unten|hinten|vorne|"
    r"drüben|drobe|ganz|links|rechts|neben|hinter|gegenüber|bevor|vor|nach|zwischen|oberhalb|"
    r"unterhalb)\b"
)

DWELLING_PHRASE_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs=("haus", "huus", "häusle", "hof", "hütte", "scheune", "wohnung", "gehöft"),
        gate=_SINGLED_GATE,
        finder=_dwelling_phrase_spans,
        name="adresse-singled-dwelling",
    )
]
