"""What belongs to an address found: its town, postcode, floor, back house, adjective.

"[ADRESSE] in Oberwellingen", "[ADRESSE], 3. Etage, Hinterhaus", "[ADRESSE], [ADRESSE]"
(street, then postcode and place) and "in der Oberen [ADRESSE]" become one tag. These rules
run after the street and postcode rules.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from esslingen_lab.privacy.redact.dwelling_phrases import DWELLING_PHRASE_RULES
from esslingen_lab.privacy.redact.houses import HOUSE_AFTER_RULES
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.loose import ADJECTIVE
from esslingen_lab.privacy.redact.own_street import OWN_STREET_RULES
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.street_forms import (
    STREET_FORM_AFTER_RULES,
    before_address_finder,
)
from esslingen_lab.privacy.redact.vocabulary import home_districts, numbered_nouns

__all__ = ["ADDRESS_AFTER_RULES", "AGAIN_AFTER_LEARNED"]

_TOWN = r"\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+){0,2}"
_PART_OF_HOUSE = (
    r"(?i:Hinterhaus|Vorderhaus|Seitenflügel|Seitenhaus|Gartenhaus|Rückgebäude|Hinterhof|"
    r"Anbau|Souterrain|Dachgeschoss|Erdgeschoss|Hochparterre|Parterre|Einliegerwohnung|"
    r"Dachwohnung|(?:Whg\.?\s?|Wohnung\s|Apartment\s|App\.?\s?|Apt\.?\s?)\d{1,3}[a-h]?"
    r"(?!\x20?(?:bis|und|u\.|[\-–/&+])\x20?\d)|"  # not "Wohnung 2 und 3"
    # the house's number told after the street: "[ADRESSE], Hausnummer 30", ", Nummer 30"
    # (not a rank: "Nummer 3 auf der Warteliste")
    r"(?:Haus)?(?i:nummer)\s\d{1,4}[a-h]?(?![\p{L}\d]|\x20(?:auf|in|im|der|von|bei)\b)|"
    # a pitch of a caravan site or allotments: "[ADRESSE], Platz 7", ", Stellplatz 3"
    r"(?:Stell|Wohnwagen)?(?i:platz)\s(?:Nr\.?\s?)?\d{1,3}[a-h]?(?![\p{L}\d])|"
    # a room of a shared home: "[ADRESSE], Zimmer 12" (a refugee home, a care home)
    r"Zimmer\s(?:Nr\.?\s?)?\d{1,3}[a-h]?|Zi\.\s?\d{1,3}[a-h]?|"
    # a side alone only where the phrase ends: "[ADRESSE], links." (not ", links ist …")
    r"(?:links|rechts|Mitte|li\.|re\.)(?=\x20*(?:[,.;:!?)\n–—]|$)))"
)
_FLOOR_OF_HOUSE = (
    r"(?:\d{1,2}\.\s?(?i:Stock|Stockwerk|Etage|OG|Obergeschoss|Geschoss|UG)|"
    r"(?i:EG|DG|OG|UG)(?!\w))(?:\s(?i:links|rechts|Mitte|li\.|re\.)(?!\w))?"
)
# a floor by its ordinal ("zweiter Stock", "im 3. OG"), the side of the house ("ganz oben
# rechts"), a back house ("im Hinterhaus", "2. Hinterhaus"), the house in a row ("2. Haus")
_ORDINAL = (
    r"(?:\d{1,2}\.|(?i:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|"
    r"zehnte|letzte|oberste)[nrs]?)"
)
_POSITION = (
    rf"(?:(?i:im|in\x20der|in\x20dem)\x20)?{_ORDINAL}\x20?(?i:stock|stockwerk|etage|og|"
    r"obergeschoss|geschoss|haus|hinterhaus|hof|eingang|tür|klingel)(?![\p{L}])"
    r"(?:\x20(?i:links|rechts|mitte)(?![\p{L}]))?"
    r"|(?i:ganz\x20)?(?i:oben|unten|hinten|vorne|vorn)(?:\x20(?i:links|rechts|mitte))?"
    r"(?=\x20*(?:[,.;:!?)\n–—]|$))"
    r"|(?<=,\x20)(?i:im|in\x20der|in\x20dem)\x20(?i:hinterhaus|vorderhaus|seitenflügel|gartenhaus|"
    r"rückgebäude|hinterhof|anbau|souterrain|dachgeschoss|erdgeschoss|hochparterre|parterre|"
    r"einliegerwohnung|dachwohnung)(?![\p{L}])"
)
_AFTER_ADDRESS = regex.compile(
    rf"""\[ADRESSE\](?P<v>(?:
        # the last house somewhere (before the floors' "letztes Haus"): ", letztes Haus am
        # Waldweg"
        ,\x20(?:(?i:das|des)\x20)?(?i:letzte|erste|einzige)s?\x20(?i:Haus|Häusle|Hof|Grundstück)
        \x20(?i:am|an\x20der|vor\x20dem|vor\x20der|in\x20der|im|hinter\x20dem|hinter\x20der|beim)
        \x20(?:\p{{Ll}}+\x20)?\p{{Lu}}\p{{Ll}}+(?=\x20*(?:[,.;:!?)\n–—]|$))
      | \s(?i:in)\s(?P<town>{_TOWN})(?![\p{{L}}\-])          # " in Oberwellingen"
      # " in talhausen" (typed in lower case)
      | \s(?i:in)\s(?P<ltown>\p{{Ll}}{{3,}}(?:-\p{{Ll}}{{3,}}){{0,2}})(?![\p{{L}}\-])
      | ,?\s(?:D-)?\d{{5}}(?:\s\p{{L}}[\p{{L}}\-]*)?(?![\p{{L}}\d])  # ", 71566 kt"
      | ,\s?\[ADRESSE\]                                  # ", [ADRESSE]" (postcode, place)
      | ,\s?{_FLOOR_OF_HOUSE}
      | ,\s?{_PART_OF_HOUSE}(?:\x20(?i:links|rechts|mitte))?(?![\p{{L}}])
      | ,?\x20(?:{_POSITION})                    # " zweiter Stock", ", ganz oben rechts"
      | \s?\((?:{_FLOOR_OF_HOUSE}|{_PART_OF_HOUSE})\)
      | ,\s(?P<place>{_TOWN})(?=\s*(?:$|[\n.!?;:)–—]))        # ", Kirchtal-Oberweiler."
      | \x20(?i:Rgb|Hgb|Hinterhs|Vorderhs)\.                  # " Rgb." (Rückgebäude)
      # a second house number: "Im Gaishölzle 3 und 5", "Lindenweg 4 u. 6", "… 3 ond 5"
      | \x20(?:und|u\.|ond|&|\+)\x20\d{{1,3}}[a-h]?(?=\x20*(?:[,.;:!?)\n–—]|$))
      # the door or bell: ", Klingel unten links", ", die Tür ganz hinten rechts"
      | ,\x20(?:(?i:die|der)\x20)?(?i:Tür|Türe|Klingel|Eingang|Briefkasten)
        (?=\x20(?i:ganz|oben|unten|hinten|vorne|vorn|links|rechts|mitte)(?![\p{{L}}]))
        (?:\x20(?i:ganz))?(?:\x20(?i:oben|unten|hinten|vorne|vorn))?
        (?:\x20(?i:links|rechts|mitte))?(?![\p{{L}}])
      # the row of a settlement: ", letzte Reihe"
      | ,\x20(?i:letzte|erste|hintere|vordere|oberste)\x20(?i:Reihe)(?=\x20*(?:[,.;:!?)\n–—]|$))
      # the house in a row: ", zweites rechts", ", das dritte links"
      | ,\x20(?:(?i:das|des)\x20)?(?i:erste|zweite|dritte|vierte|fünfte|letzte|vorletzte)s?
        \x20(?i:links|rechts)(?![\p{{L}}])
      # what the house has: ", das mit den Geranien", ", des mit de grüne Läda", ", dem mit
      # der Holzschaukel im Garten"; never on into "und" (", das mit dem Internet und dem
      # Handynetz ist …" is a new clause) nor a lower-case noun (", das mit dem internet.")
      | ,\x20(?i:das|des|dat|der|die|dem)\x20(?:\p{{Ll}}+e\x20)?(?i:mit)\x20
        (?:(?i:dem|den|der|de|em|einem|einer)\x20)?
        (?:\p{{Ll}}+\x20){{0,2}}\p{{Lu}}\p{{Ll}}+
        (?:\x20(?i:auf|an|am|im|vor|über|unter|neben)\x20(?:(?i:dem|der|den|de|em)\x20)?\p{{Lu}}\p{{Ll}}+)?
        (?=\x20*(?:[,.;:!?)\n–—]|$))
      # the way in, told by what it has or where it goes: ", Eingang über den Hof", ", die
      # Tür mit dem Adventskranz", ", Klingel ohne Namen" (no "Zugang", "Zufahrt": ", Zugang
      # über die App", ", Zufahrt über die Baustelle, das ist gefährlich")
      | ,\x20(?:(?i:die|der|den)\x20)?(?i:Tür|Türe|Haustür|Wohnungstür|Klingel|Eingang|
        Hintereingang|Seiteneingang|Hauseingang|Briefkasten|Aufgang)
        \x20(?i:mit|ohne|über|durch|hinter|neben|vom|von|im|am|beim)\x20
        (?:(?i:dem|den|der|die|das|de|em|einem|einer|einen)\x20)?(?:\p{{Ll}}+\x20){{0,2}}
        \p{{Lu}}\p{{Ll}}+(?:\x20(?i:das\x20ganze\x20Jahr|links|rechts|hinten|vorne))?
        (?=\x20*(?:[,.;:!?)\n–—]|$))
      # what the house shows outside: ", grünes Gartentor", ", Holzzaun"; a care home's
      # ward: ", Station B"; the way round the back: ", ganz hinten beim Schuppen",
      # ", hinterm Haus die Treppe hoch"
      | ,\x20(?:\p{{Ll}}+(?:e|es|er|en)\x20)?(?i:Gartentor|Hoftor|Garagentor|Tor|Zaun|Holzzaun|
        Gartenzaun|Jägerzaun|Fensterläden|Vordach|Carport|Hecke|Gartentür)
        (?=\x20*(?:[,.;:!?)\n–—]|$))
      | ,\x20(?i:Station|Wohnbereich|Haus)\x20(?:[A-Z]|\d{{1,2}})(?=\x20*(?:[,.;:!?)\n–—]|$))
      # (also without the comma: "stellplatz 14 hinten am zaun")
      | ,?\x20(?:(?i:ganz)\x20)?(?i:hinten|oben|unten|hinterm\x20Haus)\x20
        (?:(?i:beim|im|am|hinterm|überm|neben\x20dem|die\x20Treppe\x20hoch|rum)
           (?:\x20(?:\p{{Lu}}\p{{Ll}}+|\p{{Ll}}{{3,}}))?)(?=\x20*(?:[,.;:!?)\n–—]|$))
      # no name at the door: ", kein Namensschild", ", ohne Klingelschild" (", ohne
      # Hausnummer" stays: labellers differ)
      | ,\x20(?i:kein|keine|ohne)\x20(?i:Namensschild|Klingelschild|Türschild)
        (?=\x20*(?:[,.;:!?)\n–—]|$))
      # a room's or floor's number cut at its dot: "Zimmer 4[.18]", "am Zollberg 8[. Stock]"
      | \.\d{{1,3}}(?![\p{{L}}\d]|\.\d)
      | \.\x20?(?i:Stock|Etage|OG|Obergeschoss)(?:\x20(?i:links|rechts))?(?![\p{{L}}])
      # a flat's number without a comma: " app 214", " Whg. 7"
      | \x20(?i:App|Apt|Whg)\.?\x20?\d{{1,3}}(?![\p{{L}}\d])
      # " hinterhaus" without a comma: a part of a house, never a word of the sentence
      | \x20(?i:Hinterhaus|Vorderhaus|Seitenflügel|Rückgebäude|Gartenhaus|Dachgeschoss|
              Souterrain|Hochparterre|Einliegerwohnung)(?![\p{{L}}])
    ){{1,4}})""",
    regex.VERSION1 | regex.VERBOSE,
)


# endings of place names: a town typed in lower case that is also a word ("esslingen")
_PLACE_ENDINGS = (
    "ingen", "heim", "hausen", "dorf", "bach", "berg", "burg", "stadt", "feld", "hofen",
    "weiler", "wangen", "brunn", "bronn", "furt", "stetten", "bühl", "hardt", "au",
)


_HOME_TOWN = "Esslingen"


def _home_place(word: str) -> bool:
    """Tell the survey's own town or one of its districts: "Berkheim", "Esslingen-Weil"."""
    lower = word.lower()
    return lower.startswith(_HOME_TOWN.lower()) or lower in home_districts()


def _nouns_joined(word: str, lex) -> bool:
    """Tell a compound of nouns joined by hyphens, no place: "Pflegeheim-Nebengebäude"."""
    parts = word.split("-")
    return len(parts) > 1 and all(part and lex.is_common_noun(part) for part in parts)


# a district's name that goes on: "Weil der Stadt", "Zell unter Aichelberg", "Esslingen am
# Neckar", "Brühl bei Mannheim", "in Zell Gewerbegebiet" — the first word alone is no place
_LONGER_PLACE = regex.compile(
    r"\x20(?:(?i:der|im|am|unter|bei|an|ob|vor|auf|in)\x20\p{L}|\p{Lu})", regex.VERSION1
)


def _address_continuation_spans(text: str):
    """Widen an address found to what belongs to it: town, postcode, floor, back house.

    "[ADRESSE] in Oberwellingen", "[ADRESSE], 3. Etage, Hinterhaus", "[ADRESSE], [ADRESSE]"
    (street, then postcode and place) become one tag. A word after "in" must be a place's
    name, not a German noun ("in Zukunft", "in Ordnung"); the survey's own town and its
    districts count as places whatever the lexicon says ("Hauptstr. 3 in Zell", "Kelterstr.
    3, Hegensberg", "Fabrikstraße 8 in Esslingen-Brühl": the town belongs to the address).
    """
    lex = lexicon()
    for match in _AFTER_ADDRESS.finditer(text):
        start, end = match.span()
        value = match.group("v")
        # cut at the first "in <noun>" or ", <noun>" that is no place name
        cut = end
        for group in ("town", "place"):
            for k, word in enumerate(match.captures(group)):
                first = word.split("-")[0]
                # ", Waiblingen." closing the address, the survey's own town or a district:
                # a town, whatever the lexicon says
                home = _home_place(word) and not _LONGER_PLACE.match(text, match.ends(group)[k])
                town = home or (
                    group == "place" and len(word) > 6 and word.endswith(_PLACE_ENDINGS)
                )  # fmt: skip
                noun = "-" not in word and not town and lex.is_common_noun(first)
                if noun or (not town and _nouns_joined(word, lex)):
                    cut = min(cut, match.starts(group)[k] - (4 if group == "town" else 2))
        for k, word in enumerate(match.captures("ltown")):
            first = word.split("-")[0]
            if _home_place(word) and not lex.is_lower_word(first) and not _LONGER_PLACE.match(
                text, match.ends("ltown")[k]
            ):
                continue  # "in esslingen", "in zell" (not "in weil ich …")
            if lex.is_lower_word(first) or (
                lex.is_german(first.capitalize()) and not first.endswith(_PLACE_ENDINGS)
            ):
                cut = min(cut, match.starts("ltown")[k] - 4)  # "in ordnung", "in zukunft"
        if cut <= start + len("[ADRESSE]"):
            continue
        if value:
            yield start, cut


# an adjective that starts a street's name: "in der Oberen [ADRESSE]" ("Obere Bachgasse 6"),
# or a capitalised preposition: "Vereinsheim Am [ADRESSE]" ("Am Sirnauer Wasen 3")
_ADJECTIVE_BEFORE_ADDRESS = regex.compile(
    rf"(?<![\p{{L}}\-])(?:(?i:{ADJECTIVE})|(?<![.!?:]\x20)(?:Am|Im|Beim|Zum|Zur|Auf\x20dem|"
    r"An\x20der|An\x20den|In\x20der|In\x20den|Unter\x20den|Hinter\x20der|Bei\x20der))"
    r"\x20(?=\[ADRESSE\])",
    regex.VERSION1,
)
_adjective_before_address_spans = before_address_finder(_ADJECTIVE_BEFORE_ADDRESS)


# a landmark the house is told by, right before it, opening a sentence or after "wohne":
# "Bei der Haltestelle Hohenkreuz [ADRESSE] – da wohnen wir", "Mir wohnet glei hinter dr
# Kirch in Sulzgries, [ADRESSE]", "Gleich nach dem Ortsschild Rüdern rechts [ADRESSE]".
# A town alone ("in Zell, [ADRESSE]") is no landmark and stays outside.
_LANDMARK_BEFORE = regex.compile(
    r"""(?:^|(?<=[.!?:\n–—]\x20{0,2})|(?<=(?<![\p{L}])(?i:wohn\w*|leb\w*)\x20))
       (?P<lead>(?i:gleich|glei|direkt|ganz|kurz|genau|drüben|drübe|oben|obe|unten|hinten)\x20){0,2}
       (?P<prep>(?i:bei|beim|bi|hinter|hinterm|hinters|neben|gegenüber|vor|vorm|nach|über|überm|
         unter|unterm|oberhalb|unterhalb|zwischen|am\x20Ende\x20(?:vom|von|der|des)))\x20
       (?P<what>(?:(?i:der|dem|den|des|dr|de|em|vom|von)\x20)?(?:[\p{L}\-]+\x20){0,3}?[\p{L}\-]+)
       (?:\x20(?i:in|z['’])\x20?\p{Lu}\p{L}+)?(?:\x20(?i:links|rechts))?,?\x20(?=\[ADRESSE\])""",
    regex.VERSION1 | regex.VERBOSE,
)
# what no landmark is: a time, a person, one's own house ("vor drei Jahren", "vor unserem
# Haus", "bei Familie …"), or a street's article ("vor der [ADRESSE]", "… in der [ADRESSE]")
_NOT_LANDMARK = frozenset(
    "jahren jahr jahre wochen woche tagen tag tage monaten monat monate stunden minuten zeit "
    "umzug corona weihnachten ostern sommer winter arbeit mir uns ihm ihr ihnen euch dir ich "
    "wir er sie es und oder aber dass wenn ist sind war hat haben wird in im an am auf "
    "familie fam frau herr herrn haus hauses tür türe einfahrt garage grundstück wohnung "
    "mein meine meinem meinen meiner unser unsere unserem unseren unserer ihrem ihren "
    "seinem seinen".split()
)
_ARTICLE = frozenset("der dem den des dr de em vom von".split())


def _landmark_before_spans(text: str):
    """Widen a house told by a landmark to the landmark: "Bei der Haltestelle Hohenkreuz"."""
    for match in _LANDMARK_BEFORE.finditer(text):
        words = [w.lower() for w in match.group("what").split()]
        if _NOT_LANDMARK.isdisjoint(words) and not _ARTICLE.issuperset(words):
            yield match.start(), match.end() + len("[ADRESSE]")


# a street without a suffix and its house number right before a postcode and town found:
# "Maille 8, [ADRESSE]" (from "Maille 8, 73728 Esslingen"), "Im Oberen Tal 9, [ADRESSE]";
# a public building's address stays (redactor.public_address: "Rathausplatz 2, …")
_STREET_BEFORE_POSTCODE = regex.compile(
    r"(?<![\p{L}\-\d])(?P<words>\p{Lu}[\p{L}\-]+(?:\x20\p{Lu}[\p{L}\-]+){0,2})\x20\d{1,4}"
    r"\x20?[a-z]?(?:/\d{1,3})?,\x20?(?=\[ADRESSE\])",
    regex.VERSION1,
)


def _street_before_postcode_spans(text: str):
    """Widen a postcode's tag to the street before it; not "Linie 101", "Termin 3"."""
    for match in _STREET_BEFORE_POSTCODE.finditer(text):
        if match.group("words").split()[-1] not in numbered_nouns():
            yield match.start(), match.end() + len("[ADRESSE]")



_IN_TOWN = regex.compile(r"\[ADRESSE\]\s(?i:in)\s")


def _parts_of_house_spans(text: str):
    """Yield what :func:`_address_continuation_spans` adds but a town ("[ADRESSE] in Zell")."""
    for start, end in _address_continuation_spans(text):
        if _IN_TOWN.match(text, start) is None:
            yield start, end


#: Rules run after the street and postcode rules.
ADDRESS_AFTER_RULES = [
    _Rule(
        "ADRESSE",
        None,
        needs=("[adresse]",),
        gate=regex.compile(r"\d,\x20?\[adresse\]"),
        finder=_street_before_postcode_spans,
        name="adresse-street-before-postcode",
        trusted=True,
    ),
    *STREET_FORM_AFTER_RULES,  # "Aussiedlerhof [ADRESSE]"
    _Rule(
        "ADRESSE",
        None,
        needs=("[adresse]",),
        gate=regex.compile(r"(?:e|en|er|es|m|r|n)\x20\[adresse\]"),
        finder=_adjective_before_address_spans,
        name="adresse-adjective-before",
        trusted=True,
    ),
    _Rule(
        "ADRESSE",
        None,
        needs=("[adresse]",),
        finder=_address_continuation_spans,
        name="adresse-continuation",
        trusted=True,
    ),
    *HOUSE_AFTER_RULES,  # "[ADRESSE], das gelbe Haus mit den Solarzellen"
    *DWELLING_PHRASE_RULES,  # "Wir sind die Nummer 4, das Haus mit dem Schuppen links"
    _Rule(
        "ADRESSE",
        None,
        needs=("[adresse]",),
        gate=regex.compile(
            r"(?:bei|beim|bi|hinter\w*|neben|gegenüber|vor|vorm|nach|über\w*|unter\w*|oberhalb|"
            r"unterhalb|zwischen|ende)\x20[^.!?\n\[]{1,60}\[adresse\]"
        ),
        finder=_landmark_before_spans,
        name="adresse-landmark-before",
        trusted=True,
    ),
    *OWN_STREET_RULES,  # "Ich wohne in der Mühlgasse", "bei uns in der Ritterstraße"
    # what belongs to one's own street: "Ich wohne in der [ADRESSE], Wohnung 12" (its town
    # stays, as after a house number in words: "… in der [ADRESSE] in Esslingen")
    _Rule(
        "ADRESSE",
        None,
        needs=("[adresse]",),
        finder=_parts_of_house_spans,
        name="adresse-continuation-own-street",
        trusted=True,
    ),
]

# again after the learned address step (learned_address.py), which runs last: its tag takes
# its town too, as a rule's would ("[ADRESSE] in Hegensberg"); else a second pass would
AGAIN_AFTER_LEARNED = [
    replace(rule, name=f"{rule.name}-after-learned")
    for rule in ADDRESS_AFTER_RULES
    if rule.name in ("adresse-continuation", "adresse-adjective-before")
]
