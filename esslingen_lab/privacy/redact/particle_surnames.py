"""Tell a family's name after a name particle from a body's or a place's noun.

"[NAME] von der Linden", "… von Waldenfels": a family; "… von der Post", "… vom Stadtarchiv",
"… von den Stadtwerken": where someone works (sign_offs.py reads the particle after a name).
Also two rules' finders: a rank between first name and particle ("Valentin Graf von
Ostheim") and the families named "vom …" ("Friedrich vom Stein", "Herr vom Hofe").
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.cueless_lower import _first_name_word
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.vocabulary import (
    INSTITUTION_WORDS,
    NOT_NAMES,
    body_named,
    read_words,
)

__all__ = ["RANKED_GATE", "VOM_GATE", "particle_surname", "ranked_name_spans", "vom_name_spans"]


def particle_surname(word: str, lex) -> bool:
    """Tell "Linden", "Waldenfels" after "[NAME] von der" from "Stadt", "Post", "Bauamt"."""
    if "-" in word:
        return all(part in lex.last for part in word.split("-"))  # not "von der Tourist-Info"
    if word in NOT_NAMES or _is_person_noun(word) or word.lower().endswith(_OFFICE_ENDINGS):
        return False
    if _with_plural(word, lex) or body_named(word) or word.lower() in INSTITUTION_WORDS:
        return False  # "von der Post", "von der Schule": a noun with its plural
    if word in lex.last:
        return True  # "von der Linden"
    if lex.is_lower_word(word):
        return False
    lemma = lex.german.get(word)
    if lemma is not None and lemma != word:
        return False  # "von den Stadtwerken": an inflected noun
    if lex.is_compound(word) and not word.endswith(_PLACE_NAME_ENDINGS):
        return False  # "vom Stadtarchiv" (not "von Waldenfels", "von Rosenberg")
    return True


# endings of noble names made of words: "Waldenfels", "Rosenberg", "Falkenstein"
_PLACE_NAME_ENDINGS = (
    "fels", "berg", "burg", "stein", "bach", "feld", "hausen", "heim", "dorf", "eck", "au",
    "hagen", "brück", "brugg", "thal", "tal", "wald", "horst", "hövel",
)


def _with_plural(word: str, lex) -> bool:
    """Tell a noun German uses as such ("Post", "Schule"): it has an inflected form."""
    return any(word + end in lex.german for end in ("s", "n", "en", "e", "er"))


_OFFICE_ENDINGS = (*read_words("city_offices"), "rathaus", "jobcenter", "landratsamt")


# ---------------------------------------------------------------- a rank between the names

# "Valentin Graf von Ostheim", "Albrecht Freiherr von Falkenhausen", "Sophie Gräfin zu Solms":
# a rank between the first name and the particle belongs to the name; taken whole, as the
# title rules would take only what follows the rank
_RANKED = regex.compile(
    r"(?<![\p{L}\-])(?P<f>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\x20+"
    r"(?:Graf|Gräfin|Freiherr|Freifrau|Freiin|Baron|Baronin|Prinz|Prinzessin|Fürst|Fürstin|"
    r"Edler|Edle|Ritter)\x20+(?:von|zu|vom)(?:\x20+(?:der|dem|und\x20+zu))?\x20+"
    r"\p{Lu}[\p{L}\-]+",
    regex.VERSION1,
)
# "graf von": from the particle, looking back at the title (the engine skips to the spaces;
# a leading alternation of titles is tried at every position, four times slower)
RANKED_GATE = regex.compile(r"\x20(?:von|zu|vom)\x20(?<=(?:graf|gräfin|freiherr|freifrau|freiin|"
                            r"baron|prinz|fürst|edler?|ritter)\x20+(?:von|zu|vom)\x20)")
# the gate's titles, each inside one word: a set look-up per text before the gate's search
RANKED_NEEDS = ("graf", "gräfin", "freiherr", "freifrau", "freiin", "baron", "prinz", "fürst",
                "edle", "ritter")


def ranked_name_spans(text: str):
    """Yield "Valentin Graf von Ostheim" whole: a first name, a rank and a noble name."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    for match in _RANKED.finditer(text):
        tail = match.group().rsplit("-", 1)
        if len(tail) == 2 and lex.is_common_noun(tail[1]):
            continue  # "Heinrich Freiherr vom Stein-Gymnasium", "… von Ostheim-Stiftung"
        if all(lex.is_any_name(p) for p in match.group("f").split("-")):
            yield match.span()


# families named "vom …" after a first name: "Friedrich vom Stein", "Reinhild vom Hofe" (an
# old dative no one writes for a place today); "Schorsch vom Bauhof" is where one works
_VOM_NAMES = ("Stein", "Bruch", "Scheidt", "Hofe", "Rath", "Felde", "Brocke", "Baur", "Kolke",
              "Lehn", "Walde")
_VOM = regex.compile(
    r"(?<![\p{L}\-])(?P<f>\[NAME\]|(?P<t>Frau|Herrn?|Familie|Fam\.)|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"\x20+vom\x20+"
    rf"(?P<n>{'|'.join(_VOM_NAMES)})(?![\p{{L}}\-])(?!\x20+\p{{Lu}})",
    regex.VERSION1,
)
# after a title only the names no one says of a place ("die Frau vom Walde", "vom Stein")
_WORDS_TOO = frozenset(("Stein", "Bruch", "Felde", "Walde"))
VOM_GATE = regex.compile(rf"\x20vom\x20(?:{'|'.join(n.lower() for n in _VOM_NAMES)})\b")
VOM_NEEDS = tuple(n.lower() for n in _VOM_NAMES)  # the gate's names: a set look-up first


def vom_name_spans(text: str):
    """Yield "Friedrich vom Stein" as one name, "vom Stein" after a tag or a title."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    for match in _VOM.finditer(text):
        first = match.group("f")
        if first == "[NAME]" or match.group("t") and match.group("n") not in _WORDS_TOO:
            yield match.end("f") + 1, match.end()  # "Frau vom Hofe": the title stays
        elif _first_name_word(first, lex):
            yield match.start(), match.end()
