"""Street addresses in forms the street rules miss (session 9).

* a street named after a place, with a street noun as a word of its own, in any case:
  "Korber Höhe 22", "Hegensberger Höhe Nr. 17", "sulzgrieser halde 12a",
  "berkheimer hauptstrase 88" (a common slip: "strase");
* an abbreviated position word before a street: "Mittl. Beutau 9", "Ob. Weinsteige 4";
* a farm or building word right before an address found: "Aussiedlerhof [ADRESSE]",
  "Hochhaus [ADRESSE]";
* an allotment garden by its plot: "Parzelle 47 in der Kleingartenanlage Weilwiesen";
* a building by its name with the flat in it: "Whg. 14, Block C, Parkwohnanlage Zollberg",
  "Hochhaus Rosenau, 11. Etage";
* one's own street by its name, without a number: "Unsere Straße Am Kennenburger Hof hat …",
  "in meiner Straße, der Zeller Steige, …" (a street's name: a capitalised preposition and
  name, or a word with a street's ending).

The first word of a place-named street must be no word written in lower case ("unser",
"aber", "jeder" end in "-er" too), so "Unser Weg 3" or "jeder Platz 5" stay.
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _HOUSE_NUMBER, _Rule

__all__ = ["STREET_FORM_AFTER_RULES", "STREET_FORM_RULES", "before_address_finder"]

# street nouns that stand as a word of their own after a place adjective ("Korber Höhe")
_NOUN = (
    r"(?i:straße|strasse|strase|stroß|strooß|str\.?|weg|gasse|gass|allee|platz|ring|damm|steige|steig|staffel|"
    r"markt|ufer|graben|halde|höhe|hoehe|rain|bühl|hang|tal|feld|grund|wasen|buckel|steg|"
    r"wiesen|wiese|berg|pfad|hof|siedlung|chaussee|promenade|"
    r"haupt(?:straße|strasse|strase|str\.?)|land(?:straße|strasse|strase|str\.?)|"
    r"bahnhof(?:straße|strasse|strase|str\.?)|kirch(?:straße|strasse|strase|str\.?))"
)
_NUMBER_WORD = r"(?:(?i:nr|no|hausnummer|hausnr)\.?\x20?)?"
_PLACE_STREET = regex.compile(
    rf"""(?<![\p{{L}}\-.])(?P<a>\p{{L}}\p{{Ll}}{{2,}}er)\x20{{1,2}}(?P<n>{_NOUN})
         (?<![.])\.?\x20{{1,2}}{_NUMBER_WORD}{_HOUSE_NUMBER}(?![\p{{L}}\d])""",
    regex.VERSION1 | regex.VERBOSE,
)
_NOT_PLACE = frozenset(
    "unser unsrer euer jeder jener welcher aber oder über unter hinter weiter wieder immer "
    "später früher oberer unterer innerer äußerer neuer alter großer kleiner anderer "
    "dieser mancher solcher guter schöner sauberer der er ihr".split()
)


def _place_street_spans(text: str):
    """Yield "Korber Höhe 22", "sulzgrieser halde 12a", "Hegensberger Höhe Nr. 17"."""
    lex = lexicon()
    for match in _PLACE_STREET.finditer(text):
        word = match.group("a")
        low = word.lower()
        if low in _NOT_PLACE or lex.is_lower_word(low):
            continue  # "unser Weg 3", "mehrere Plätze" …: an ordinary word, not a place
        yield match.span()


# "Mittl. Beutau 9", "Ob. Weinsteige 4", "Unt. Halde 3": abbreviated position words
_ABBREVIATED = regex.compile(
    rf"""(?<![\p{{L}}])(?:Mittl|Mittlere|Ob|Obere|Unt|Untere|Hint|Vord|Äuß|Inn)\.?\x20
         \p{{Lu}}\p{{Ll}}{{2,}}(?:-\p{{Lu}}\p{{Ll}}+)?\x20{{1,2}}{_HOUSE_NUMBER}(?![\p{{L}}\d])""",
    regex.VERSION1 | regex.VERBOSE,
)


def _abbreviated_spans(text: str):
    """Yield "Mittl. Beutau 9": a position word cut short before a street's name."""
    for match in _ABBREVIATED.finditer(text):
        if "." in match.group()[:6]:
            yield match.span()


_ADDRESS_TAG = "[ADRESSE]"


def before_address_finder(pattern):
    """Make a finder that widens an address tag to the words right before it.

    ``pattern`` matches those words and ends in a look-ahead for the tag: "Aussiedlerhof "
    before "[ADRESSE]", "Oberen " before "[ADRESSE]". Each match and its tag become one span.
    """

    def spans(text: str):
        for match in pattern.finditer(text):
            yield match.start(), match.end() + len(_ADDRESS_TAG)

    return spans


# a farm, a building or an allotment word right before an address found: "Aussiedlerhof "
# before "[ADRESSE]" goes with the address
_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:aussiedlerhof|einödhof|hofgut|bauernhof|gehöft|hochhaus|"
    r"wohnblock|wohnanlage|wohnheim|reihenhaus|doppelhaushälfte|gartenhaus|mühle|"
    r"sägmühle|weinberghäusle|gartenhäusle)\x20(?=\[ADRESSE\])",
    regex.VERSION1,
)
_building_before_spans = before_address_finder(_BEFORE)


# a building by its name with the flat in it; the flat or floor makes it an address
_FLAT = (
    r"(?:(?i:whg|wohnung|app|apartment)\.?\x20?\d{1,3}|\d{1,2}\.\x20?(?i:stock|stockwerk|etage|"
    r"og|obergeschoss|geschoss)(?:\x20(?i:links|rechts|mitte|li\.|re\.))?|(?i:block|haus|"
    r"eingang|aufgang)\x20[A-H1-9](?![\p{L}\d]))"
)
_BUILDING = (
    r"(?:(?i:hochhaus|wohnblock|wohnheim|studentenwohnheim|wohnanlage)|\p{Lu}\p{Ll}+"
    r"(?:wohnanlage|wohnheim|hochhaus|siedlung))\x20\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?"
)
_NAMED_BUILDING = regex.compile(
    rf"""(?<![\p{{L}}])(?:{_FLAT},\x20)+{_BUILDING}
       |(?<![\p{{L}}]){_BUILDING}(?:,\x20{_FLAT})+""",
    regex.VERSION1 | regex.VERBOSE,
)

# an allotment garden by its plot: "Parzelle 47 in der Kleingartenanlage Weilwiesen"
_PLOT = regex.compile(
    r"(?<![\p{L}])(?i:parzelle|gartenparzelle|garten|kleingarten)\x20(?i:nr\.?\x20?)?\d{1,4}[a-z]?"
    r"\x20(?i:in\x20der|im|in\x20dem|beim)\x20\p{L}*(?i:gartenanlage|gartenverein|kleingarten|"
    r"gärten|anlage)(?:\x20\p{Lu}[\p{Ll}\-]{2,})?(?![\p{L}])",
    regex.VERSION1,
)

# "unsere Straße Am Kennenburger Hof", "meiner Gasse (Im Gehren)", "…, die Zeller Steige"
_OWN_STREET = regex.compile(
    rf"""(?<![\p{{L}}])(?i:unsere|unserer|meine|meiner)\x20(?i:straße|strasse|gasse|sackgasse)
         (?:\x20\(|,\x20(?i:die|der|den)\x20|\x20)
         (?P<v>(?:(?P<p>Am|Im|Auf\x20dem|An\x20der|An\x20den|Zum|Zur|Beim|In\x20der|In\x20den|Unter\x20den)
               \x20\p{{Lu}}\p{{Ll}}+(?:\x20\p{{Lu}}\p{{Ll}}+){{0,2}}
             | (?:\p{{Lu}}\p{{Ll}}+er\x20)?\p{{Lu}}\p{{Ll}}*{_NOUN}
             | \p{{Lu}}\p{{Ll}}+er\x20{_NOUN})(?![\p{{L}}\-])
           # with its number: "Unsere Straße (Talstr. 104a)"
           (?:\x20?\d{{1,3}}[a-hA-H]?(?:/\d{{1,2}})?(?![\p{{L}}\d]))?)""",
    regex.VERSION1 | regex.VERBOSE,
)



def _own_street_spans(text: str):
    """One's own street by its name: not a time after a preposition ("Am Abend")."""
    lex = lexicon()
    for match in _OWN_STREET.finditer(text):
        words = match.group("v").split()
        if match.group("p") and len(words) == 2 and lex.is_common_noun(words[-1]):
            continue
        yield match.span("v")


STREET_FORM_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs=("unsere", "unserer", "meine", "meiner"),
        gate=regex.compile(r"(?:unsere|meine)r?\x20(?:straße|strasse|gasse|sackgasse)[\x20,(]"),
        finder=_own_street_spans,
        name="adresse-own-street",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        needs=("parzelle", "garten"),
        finder=lambda text: (m.span() for m in _PLOT.finditer(text)),
        name="adresse-garden-plot",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        gate=regex.compile(r"\d(?<=\p{L}{2}(?i:er)\x20{1,2}\p{L}[\p{L}.\x20]{1,16}\d)"),
        finder=_place_street_spans,
        name="adresse-place-adjective-street",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        needs=("mittl", "ob.", "unt.", "hint.", "vord.", "äuß.", "inn."),
        finder=_abbreviated_spans,
        name="adresse-abbreviated-position",
    ),
    _Rule(
        "ADRESSE",
        None,
        needs_digit=True,
        needs=("hochhaus", "wohnblock", "wohnheim", "wohnanlage", "siedlung"),
        finder=lambda text: (m.span() for m in _NAMED_BUILDING.finditer(text)),
        name="adresse-named-building",
    ),
]
#: Run after the street rules: the building word before an address found.
STREET_FORM_AFTER_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs=("[adresse]",),
        finder=_building_before_spans,
        name="adresse-building-before",
        trusted=True,
    ),
]
