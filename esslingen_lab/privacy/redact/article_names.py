"""Nicknames after an article where only a person fits: "Der Pauli und ich", "dem Manni sagen".

Spoken German sets an article before a first name or a nickname ("der Manni", "dr Hotte",
"die Conny"). Many nicknames are words too ("Mecki", "Pauli"), so the article alone says
nothing; what follows can:

- "und ich" after it: "Der Pauli und ich wollen …", "der Mecki aus der 9c und ich ham …";
- told something in the dative: "Kann jemand dem Manni sagen, dass …";
- what a person said or did for someone: "der Mecki hat ihm noch geholfen", "dr Häberle
  hot gsagt";
- the Swabian possessive: "dass dr Blacky sei Auto uff em Radweg parkt".

A child named with "ist" after a possessive is read the same way: "Mein Sohn ist Max,
Klasse 3a" (a listed first name, also one that is a word).

The word must look like a name: a listed first name, a short form or a dialect diminutive,
a pet name's shape no dictionary declines in the plural ("Manni", not "Brille"), or a listed
or Swabian surname no dictionary knows ("Häberle"); never a person noun ("der Chef"), a
family word or endearment ("Papi", "Omma", "Schatzi"), an office, body, thing or pet ("die
Stadt", "die Schule", "die Katze"), a compound, a word that exists in lower case ("die
Kleine") or a word of NOT_NAMES. Nicknames that are plain words ("Matze", "Hotte", "Bolle")
stay: their shape cannot be told from the many short nouns that end the same way.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.chat_speakers import _not_senders
from esslingen_lab.privacy.redact.cueless_lower import _city_offices
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.nicknames import _EPITHETS, pet_name_shape
from esslingen_lab.privacy.redact.patterns import Branches, _Rule
from esslingen_lab.privacy.redact.short_forms import diminutive_name, short_form
from esslingen_lab.privacy.redact.strength import _is_person_noun, surname_only
from esslingen_lab.privacy.redact.strength import _named_after_people as named_after_people
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, NOT_NAMES

__all__ = ["ARTICLE_NAME_RULES", "article_name_spans"]

_ARTICLE = r"(?<![\p{L}'’])(?P<a>[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]r|[Ee]m|[Dd]['’])\x20*"
_WORD = r"(?P<v>\p{Lu}\p{Ll}{2,10})(?![\p{L}\-])"
# "der Bolle aus der 9c": where the person is from, before "und ich"
_FROM = r"(?:\x20+(?:aus|vom|von|von\x20+der|aus\x20+der|aus\x20+dem)\x20+[\p{L}\d\-]+)?"
_AND_I = regex.compile(_ARTICLE + _WORD + _FROM + r"\x20+(?:und|ond|u\.)\x20+(?:ich|i)\b")
_TELL = regex.compile(
    r"(?<![\p{L}])(?P<a>dem|em)\x20+"
    + _WORD
    + r"\x20+(?:(?:mal|bitte|noch|bescheid|Bescheid|kurz)\x20+){0,2}"
    r"(?:sagen|sage|sag|ausrichten|schreiben|Bescheid|weiterleiten|geben)\b"
)
# someone asks the reader to tell him: "Kann jemand dem …", "kannst du dem …", "bitte dem …"
_TELL_BEFORE = regex.compile(r"\b(?:jemand|du|ihr|Sie|bitte|Bitte|mal)\b[^.!?\n]{0,16}$")
_SAID = regex.compile(
    _ARTICLE + _WORD + r"\x20+(?:hat|hot|het|hatte|hätt)\x20+(?:\p{Ll}{1,8}\x20+){0,3}?"
    r"(?:gesagt|gsagt|gmeint|gemeint|geholfen|gholfe|gholfa|erklärt|versprochen|angerufen)\b"
)
_SWABIAN_POSSESSIVE = regex.compile(
    r"(?<![\p{L}])(?P<a>[Dd]r|[Ee]m|[Dd]em)\x20+"
    + _WORD
    + r"\x20+(?:sei|sein|seine|ihr|ihre)\x20+\p{Lu}"
)
# a child or partner named with "ist": "Mein Sohn ist Max, Klasse 3a", "Unsere Tochter ist Rosa."
_KIN_IS = regex.compile(
    r"(?<![\p{L}])(?:[Mm]ein|[Uu]nser|[Dd]ein|[Ss]ein|[Ii]hr|[Ee]uer)e?\x20+"
    r"(?:Sohn|Tochter|Kind|Enkel|Enkelin|Bruder|Schwester|Jüngster|Jüngste|Ältester|Älteste|"
    r"Kleiner|Kleine|Großer|Große)\x20+(?:ist|isch)\x20+"
    r"(?P<v>\p{Lu}\p{Ll}{1,11})(?=\x20*(?:[,.;!?)(]|$|\n)|\x20+und\b)"
)
# bodies, things and pets that say, help or are told, in short words like a nickname's
_NOT_PEOPLE = frozenset(
    """
    Stadt Polizei Schule Post Bank Bahn Firma Kita Uni Klinik Praxis Apotheke Leitung
    Zentrale Hotline Gemeinde Behörde Telekom Technik Kirche Kasse Presse Zeitung
    Verwaltung Kammer Kanzlei Agentur Sparkasse Volksbank Feuerwehr Regierung Partei
    Mehrheit Mitte Seite Liste Tabelle Statistik Umfrage Studie Karte Hausverwaltung
    Katze Kater Maus Biene Ente Ziege Stute Mieze
    """.split()
)


def _name_like(word: str, lex) -> bool:
    """Tell a word shaped like a name or nickname, no thing, office, family or person noun."""
    low = word.lower()
    if word in NOT_NAMES or word in _NOT_PEOPLE or _is_person_noun(word) or low in _not_senders():
        return False
    if low in _FAMILY_WORDS or word in _EPITHETS or word in named_after_people():
        return False
    if lex.is_lower_word(word) or lex.is_compound(word) or low.endswith(_office_endings()):
        return False
    if lex.is_first_name(word, ambiguous=True) or short_form(word):
        return True
    if diminutive_name(word):
        return True  # "Schorschle", "Lisbethle"
    # a pet name's shape ("Manni", "Mecki", "Blacky"), no English word ("Polo", "Tesla") and
    # no noun the dictionary declines in the plural ("Brille": "Brillen")
    if pet_name_shape(word) and not lex.is_english(word):
        return not any(lex.german.get(word + end) == word for end in ("n", "en", "e"))
    # no word of any dictionary, a listed surname or one's Swabian shape: "Häberle" (not
    # "Omma", "Bufdi")
    if surname_only(word, lex):
        return True  # "Hoffmann", "Schmidt": the dictionary lists them but never as a noun
    if lex.is_german(word) or lex.is_english(word):
        return False
    return word in lex.last or (len(word) >= 6 and low.endswith(_SURNAME_ENDINGS))


_SURNAME_ENDINGS = ("le", "ler", "inger", "mann", "bauer", "maier", "meier")


# family words and endearments of the dialects and of chats, said with an article
_FAMILY_WORDS = frozenset(
    "omma oppa ommi oppi schatzi mausi bubi hasi spatzi babsi bufdi prakti sekri azubi "
    "zivi sozi hausi nochbr nachbr götti gotte".split()
)


@lru_cache(maxsize=1)
def _office_endings() -> tuple:
    return _city_offices() + ("amt", "schule", "verein", "büro", "zentrum")


def article_name_spans(text: str):
    """Yield spans of nicknames after an article in a slot only a person fills."""
    lex = None
    for match in _KIN_IS.finditer(text) if _KIN_IS_CUE.search(text) is not None else ():
        word = match.group("v")
        lex = lex or lexicon()
        if word in FIRST_NAMES or (
            lex.is_first_name(word) and not lex.is_lower_word(word)
        ):  # a listed first name, though a word too ("Max", "Rosa"); not "Klasse", "krank"
            yield match.span("v")
    for pattern, needs, cue in _PATTERNS:
        if not any([part in text for part in needs]):
            continue  # each pattern tries every position: substring tests in C first
        if cue is not None and cue.search(text) is None:
            continue
        for match in pattern.finditer(text):
            if pattern is _TELL and not _TELL_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue
            lex = lex or lexicon()
            if _name_like(match.group("v"), lex):
                yield match.span("v")


# The patterns each try every position (an alternation of articles first): each with words
# every match of it holds (its verbs, "und", "sei"/"ihr"), tested in C first, and for the
# common ones a piece of every match that starts at a space, searched fast ("und ich",
# "Sohn ist Max"; the look-behind only where "ist" stands)
_AND_I_CUE = regex.compile(r"\x20(?:und|ond|u\.)\x20+(?:ich|i)\b")
_KIN_IS_CUE = regex.compile(
    r"\x20(?:ist|isch)\x20+\p{Lu}\p{Ll}(?<=(?:Sohn|Tochter|Kind|Enkel|Enkelin|Bruder|Schwester|"
    r"Jüngster|Jüngste|Ältester|Älteste|Kleiner|Kleine|Großer|Große)\x20+(?:ist|isch)\x20+"
    r"\p{Lu}\p{Ll})"
)
_PATTERNS = (
    (_AND_I, (" und ", " ond ", " u. "), _AND_I_CUE),
    (_TELL, ("sag", "ausrichten", "schreiben", "Bescheid", "weiterleiten", "geben"), None),
    (_SAID, ("sagt", "meint", "holf", "erklärt", "versprochen", "angerufen"), None),
    (_SWABIAN_POSSESSIVE, (" sei", " ihr"), None),
)


ARTICLE_NAME_RULES = [
    _Rule(
        "NAME",
        None,
        gate=Branches(regex.compile(  # each word alone: four times faster (patterns.py)
            r"\bist\x20|\bisch\x20|\bund\x20+ich|\bond\x20+i|\bsagen|\bausrichten|\bbescheid|gsagt|gesagt|"
            r"gemeint|gmeint|geholfen|gholf|erklärt|versprochen|angerufen|\bsei\x20|\bsein|\bihre?\x20",
            regex.IGNORECASE | regex.VERSION1,
        )),
        finder=article_name_spans,
        name="name-after-article-in-person-slot",
        trusted=True,
    ),
]
