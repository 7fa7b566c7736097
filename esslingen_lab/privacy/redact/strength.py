"""What one word says about being a name: gazetteer, German dictionary, shape.

:func:`_strength_of` rates a capitalised word (2: a name wherever it stands, 1 or -1: a name
if the context allows, 0: no name); :func:`_is_bare` tells a word without an article.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import Lexicon, lexicon
from esslingen_lab.privacy.redact.vocabulary import (
    _NOUN_ENDINGS,
    FIRST_NAMES,
    NOT_NAMES,
    home_districts,
    read_words,
    region_places,
)

_FOREIGN_LETTERS = regex.compile(
    r"[ıİşŞğĞłŁśŚźŹżŻćĆńŃąĄęĘøØåÅæéèêëáàâíìîóòôõúùûñãčČšŠžŽřŘěůđĐőűœçÇ]"
)
_DETERMINERS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
    keines mein meine meinen meinem meiner meines dein deine deinen deinem deiner sein seine
    seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem
    unserer euer eure euren eurem eurer dies diese dieser diesen diesem dieses jene jener
    jenen jede jeder jeden jedem jedes welche welcher welchen welchem alle allen aller viele
    vielen einige einigen wenige wenigen mehr weniger manche manchen mehrere beide beiden
    solche solchen zwei drei vier fünf sechs sieben acht neun zehn elf zwölf hundert tausend
    im am vom zum zur beim ins ans aufs durchs fürs übers unterm überm hinterm vorm
    """.split()
)
# after these a capitalised unknown word is a place: "in Liebersbronn", "Richtung Zell"
_LOCATIVE = frozenset(
    """
    in nach bis richtung zwischen ab via durch über gen um nahe nähe ortsteil stadtteil aus
    from near achtern achter bi
    """.split()
)
# articles and possessives of dialects ("as ne Snigge", "bi de ool Möhl", "Mei Nochber"):
# a capitalised word after one is a noun, like one after "eine" or "mein"
_DIALECT_DETERMINERS = frozenset(
    """
    ne nen 'ne 'nen ner nem en e a dat de dr d' mei meim meine dei sei koi koin koine kei
    unsa unser ons
    """.split()
)
# parts of a district's name after a town ("Waldbronn-Nord", "Esslingen-Zell")
_DISTRICT_PARTS = frozenset(
    """
    Nord Süd Sued Ost West Mitte Nordost Nordwest Südost Südwest Zentrum Innenstadt Altstadt
    Oberstadt Unterstadt Neustadt Dorf Land
    """.split()
)
_ODD_SHAPE = regex.compile(r"\p{Lu}{2}|\p{Ll}\p{Lu}(?!\p{Ll}*-)|['’](?:s|m|re|ve|ll|d|t)?$")
# unknown words with these endings are places ("Liebersbronn", "Endenich") or streets
_PLACE_ENDINGS = tuple(
    """
    dorf hausen heim ingen bach berg feld stadt burg hofen weiler bronn tal rode hagen beck
    brück kirchen ich ensen stetten reut reuth wang weier hof str strasse straße ring chaussee
    weg allee quartier damm gasse ufer pfad park markt tor brücke steig viertel
    """.split()
)
_PLACE_WORDS = (
    "str", "straße", "strasse", "platz", "platzes", "ring", "allee", "weg", "brücke", "park",
    "damm", "gasse", "ufer", "tor", "markt", "center", "theater", "theaters", "gebäude",
    "gebäuden", "haus", "halle", "schule", "klotz", "hour", "lane", "viertel",
)


@lru_cache(maxsize=1)
def _person_endings() -> tuple[str, ...]:
    return tuple(sorted(read_words("person_nouns"), key=len, reverse=True))


def _is_person_noun(word: str) -> bool:
    return word.lower().endswith(_person_endings())


@lru_cache(maxsize=1)
def _named_after_people() -> frozenset:
    return frozenset(read_words("named_after_people"))


def _name_strength(word: str, lex: Lexicon) -> int:
    """2: a name wherever it stands; 1 or -1: a name if the context allows; 0: no name."""
    return _strength_of(word) if lex is lexicon() else _strength(word, lex)


@lru_cache(maxsize=200_000)
def _strength_of(word: str) -> int:
    return _strength(word, lexicon())


# long words one letter from a German word that are surnames: places + "-er", "-inger"
_LONG_SURNAME_ENDINGS = ("inger", "dorfer", "hofer", "berger", "bacher", "mann", "ski", "oğlu")


_KIN_HEADS = ("oma", "opa", "omi", "opi", "mama", "papa")


def _kin_compound(word: str, lower: str, lex: Lexicon) -> bool:
    """Tell a compound with a kin word at its end whose first part is a German word or stem."""
    if word in FIRST_NAMES or lex.is_any_name(word):
        return False  # "Paloma", "Naomi"
    stem = word[: len(word) - len(next(h for h in _KIN_HEADS if lower.endswith(h)))]
    return len(stem) >= 3 and (
        lex.is_german(stem) or lex.is_german(stem.lower() + "en") or lex.is_compound(stem + "e")
    )


def _strength(word: str, lex: Lexicon) -> int:
    if word in NOT_NAMES or len(word) < 2 or word in _named_after_people():
        return 0
    if word.isupper() or _ODD_SHAPE.search(word):
        return 0  # abbreviations (IT, WLAN, LKWs), "HIndernisse", "Auto's"
    lower = word.lower()
    if lower.endswith(_NOUN_ENDINGS) and word not in FIRST_NAMES:
        return 0
    if _is_person_noun(word) and word not in lex.last and not lex.is_any_name(word):
        return 0  # a role no dictionary lists: "für Marktbeschicker", "Schulbegleiterin"
    if lower.endswith(_KIN_HEADS) and _kin_compound(word, lower, lex):
        return 0  # "Leihoma", "Wahlopa", "Pflegemama": a role, no name
    places = region_places()
    if word not in FIRST_NAMES and (  # a listed town is one even if a surname ("aus Valencia")
        lower in places or (lower in home_districts() and word not in lex.last)
    ):
        return 0  # "des Stadtteilausschusses Sirnau", "Aichwald": a district or town, no name
    if lower.endswith("er") and (lower[:-2] + "en" in places or lower[:-2] in places):
        # a town's people: "nur für Esslinger", "Du bist Esslinger, wenn …", "Stuttgarter"
        # (121 of 121 "Esslinger" in the labelled sets outside a street's name are no one's
        # name; "Herr Esslinger" is still read by the cue rules)
        return 0
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if not parts or not parts[-1][:1].isupper():
            return 0
        last = parts[-1]
        if any(p in NOT_NAMES for p in parts) or last.lower().endswith(_PLACE_WORDS):
            return 0
        if any(p in _DISTRICT_PARTS for p in parts) or any(
            p.lower().endswith(_PLACE_ENDINGS) and not lex.is_any_name(p) and not lex.is_german(p)
            for p in parts
        ):
            return 0  # "Waldbronn-Nord", "Stuttgart-Mitte", "Ostfildern-Ruit": a place
        if lex.is_common_noun(last) or (
            last in lex.german and lex.german.get(last) != last and last not in lex.last
        ):
            return 0  # "Kepler-Gymnasium", "Müller-Milch", "IT-Team", "Thalia-Theaters"
        strengths = [_strength(p, lex) for p in parts]
        named = any(lex.is_any_name(p) for p in parts)
        if min(strengths) == 0 and not named:
            return 0
        return 2 if max(strengths) == 2 or named else 1
    if lex.is_first_name(word):
        return 2
    german = lex.is_german(word)
    if word in lex.last and not german:
        # "English", "Clear": a surname that is also an English word is a name only where
        # no noun can stand
        return -1 if lex.is_english(word) else 2
    if german:
        if lex.is_any_name(word) and not lex.is_lower_word(word):
            lemma = lex.german.get(word)
            if lemma is None or lemma == word:
                return -1  # "Kirchner", "Maurer": a name only where no noun can stand
        return 0
    if _FOREIGN_LETTERS.search(word):
        return 2
    if len(word) < 3:
        return 0  # "Az", "Nr": abbreviations
    if lex.is_english(word):
        return 0  # "Maps", "Query", "Click & Collect": English loan and product words
    if lex.is_compound(word) or lower.endswith(_PLACE_ENDINGS):
        return 0
    if lex.is_misspelt(word) and not lower.endswith(_LONG_SURNAME_ENDINGS):
        return 0  # "Reperatur"; but "Oberdorfer", "Riedlinger" keep a surname's ending
    return 1


def surname_only(word: str, lex: Lexicon) -> bool:
    """Tell a listed surname the dictionary holds as a word but never inflects as a noun.

    "Hoffmann", "Schmidt", "Neumann" have at most the genitive ("Hoffmanns"); a noun that is
    a surname too has its plural ("Müllern", "Fischern", "Köche"). Only with a surname's
    ending that makes no German noun ("Vogel" inflects by its vowel: "Vögel").
    """
    if word not in lex.last or not word.lower().endswith(_PURE_SURNAME_ENDINGS):
        return False
    if lex.german.get(word) not in (word, None) or lex.is_lower_word(word):
        return False
    return not any(word + end in lex.german for end in ("n", "en", "e", "er", "nen"))


# endings of surnames that make no German noun ("Hoffmann", "Schmidt", "Meyer", "Schmitt";
# "Kaufmann", "Zimmermann" are nouns the dictionary inflects, so they stay out)
_PURE_SURNAME_ENDINGS = ("mann", "dt", "tt", "eyer", "ayer", "aier")


def _is_bare(prev, prev2, lex: Lexicon) -> bool:
    """No article, determiner, number or adjective before the word."""
    if prev is None:
        return True
    low = prev.lower()
    if low in _DETERMINERS or low in _DIALECT_DETERMINERS or prev.isdigit():
        return False
    if (
        prev2 is not None
        and prev[:1].islower()
        and (prev2.lower() in _DETERMINERS or prev2.lower() in _DIALECT_DETERMINERS)
        and not lex.is_german(prev)
        and not lex.is_english(prev)
    ):
        return False  # "zum drütten Mol", "de ool Möhl": an article, a dialect adjective
    if prev[:1].islower() and lex.is_adjective(prev):
        return False
    return True


# a hyphen and the next item of a list right after a word
_ELIDED = regex.compile(r"-\x20*(?:,|und\b|oder\b|bzw\b\.?|sowie\b|&|/)\x20*(?P<next>[^\s,]+)")


def elided_part(text: str, start: int, end: int) -> bool:
    """Tell one word that is the first half of a compound written out once, at a list's end.

    "Klaus- und Eulenstraße", "Arnold-, Kepler-, Rothestr.", "Hochzeits- und Familienfotos":
    the word, a hyphen, a list word, then a capitalised word that is no first name and no
    group of people ("… und Schulze-Team", "… & Söhne", "… -Familie": the word is a name
    there). A listed name is half a compound only before a street ("Klaus- und
    Eulenstraße"). Not a surname after a first name ("Anna Maier- und das Team"), nor two
    words ("Ursula Bauer- und …").
    """
    match = _ELIDED.match(text, end)
    if match is None or " " in text[start:end].strip():
        return False
    following = match.group("next").strip(".-;:!?)")
    final = match.group("next")
    for _ in range(8):  # "Arnold-, Kepler-, Rothestr.": the list's last item has the head
        if not final.endswith("-"):
            break
        further = _ELIDED.match(text, match.end("next") - 1)
        if further is None:
            break
        match, final = further, further.group("next")
    before = text[max(0, start - 40) : start].split()
    if before and before[-1].strip(",.;:(").title() in FIRST_NAMES:
        return False
    if not following[:1].isupper() or following.title() in FIRST_NAMES:
        return False
    last = final.strip(".-;:!?)").lower()
    if last.endswith(_GROUPS):
        return False
    word = text[start:end].strip()
    if word in FIRST_NAMES or lexicon().is_any_name(word):
        return last.endswith(_STREET_ENDS)
    return True


# groups named after people: "Maier- und Schulze-Team", "Vollmer- & Söhne"
_GROUPS = ("team", "familie", "familien", "kinder", "crew", "gang", "jungs", "leute", "wg",
           "clan", "bande", "söhne", "töchter", "geschwister", "mädels", "truppe")  # fmt: skip
# a street's unmistakable endings; street_suffixes.txt also holds "hof", "berg", "garten",
# "feld" …, and a name before "… und Rosengarten" must stay a name
_STREET_ENDS = ("straße", "strasse", "str", "weg", "allee", "gasse", "platz", "ring", "steige",
                "damm", "chaussee")  # fmt: skip
