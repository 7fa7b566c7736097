"""Word lists of the description rules and the test for a noun of one person.

:func:`_person_word` tells a noun for one person ("Aushilfe", "Typ", "Busfahrerin"), not an
office holder or a relative, remembered per word; the lists beside it are the determiners,
prepositions, places and looks :mod:`.description_walk` reads.
"""


import re
from functools import lru_cache
from itertools import chain

import regex

from esslingen_lab.privacy.redact.vocabulary import read_words

# ---------------------------------------------------------------- a person with modifiers

# a room's number is one token ("Zimmer 2.03"), so is a saint's "St." ("Pflegeheim St. Anna")
_TOKEN = regex.compile(
    r"\[[A-Z][A-Z\-]*\]|\d+(?:\.\d+)+|St\.(?=\x20\p{Lu})|[\p{L}\d][\p{L}\d\-'’]*|\S",
    regex.VERSION1,
)
# what splits the text in two for _TOKEN but not for str.split: the look-ahead of "St." reads
# past the space, and \S of ``regex`` takes the separators \x1c-\x1f, str.split not (the only
# difference in white space; checked for every code point)
_NOT_PER_PART = ("St.", "\x1c", "\x1d", "\x1e", "\x1f")
_PART_WORDS: dict = {}  # a part of text.split() -> its tokens (_TOKEN.findall)
_PART_LOWERS: dict = {}  # a part -> its tokens lower-cased
_PARTS_KEPT = 200_000


def token_words(text: str) -> tuple[list, list]:
    """Return ``_TOKEN.findall(text)`` and the tokens lower-cased, read per part of the text.

    Why the same: no branch of _TOKEN but "St." (left out above) looks around, none matches
    white space, so no token crosses a space and each ends at one as at the end of a part.
    Answers repeat their words: each part between white space is split once and remembered;
    a text's tokens are looked up by ``map`` in C (the offsets, wanted only for a span
    found, are read apart: ``_Walk.tokens``).
    """
    if any([odd in text for odd in _NOT_PER_PART]):
        words = _TOKEN.findall(text)
        return words, [word.lower() for word in words]
    parts = text.split()
    try:  # no pass to look for new parts first: a new part raises KeyError, rarely
        return (list(chain.from_iterable(map(_PART_WORDS.__getitem__, parts))),
                list(chain.from_iterable(map(_PART_LOWERS.__getitem__, parts))))
    except KeyError:
        pass
    if len(_PART_WORDS) >= _PARTS_KEPT:
        _PART_WORDS.clear()
        _PART_LOWERS.clear()
    for part in parts:
        if part not in _PART_WORDS:
            words = _PART_WORDS[part] = tuple(_TOKEN.findall(part))
            _PART_LOWERS[part] = tuple(word.lower() for word in words)
    return (list(chain.from_iterable(map(_PART_WORDS.__getitem__, parts))),
            list(chain.from_iterable(map(_PART_LOWERS.__getitem__, parts))))

# Determiners before a person noun; "die"-like ones need a feminine singular noun.
_MASC = frozenset(
    "der den dem des ein einen einem eines einer "
    "unserem unseren unseres meinem meinen meines diesem diesen dieses".split()
)
_FEM_OR_PLURAL = frozenset("die eine unsere meine diese ne".split())
_DETERMINERS = _MASC | _FEM_OR_PLURAL | {"unser", "mein", "dieser", "unserer", "meiner"}
# a preposition with "dem" in it, and Swabian articles ("d Frau vom Schultes", "dr Wirt")
_DIALECT_ARTICLES = {"d": "die", "d'": "die", "dr": "der", "d’": "die"}
# "Als Wirt vom Ochsen in Kirchbronn …", "ich bin Pfarrer von St. Martin"
_CONTRACTED = {"vom": "dem", "beim": "dem", "zum": "dem", "als": "dem", "bin": "dem",
               **_DIALECT_ARTICLES}  # fmt: skip
_INDEFINITE = frozenset("ein eine einen einem einer eines ne".split())
_RELATIVE = frozenset("der die das den dem welcher welche welches".split())
_GENITIVE = frozenset("der des meiner meines unserer unseres seiner seines ihrer ihres".split())
_CHILD_OWNER = frozenset("meiner meines unserer unseres meinem unserem".split())
_CHILDREN = ("tochter", "sohn", "sohnes", "kind", "kindes", "enkel", "enkelin", "enkels",
             "kleinen", "jüngsten", "ältesten", "jungen")  # fmt: skip
_PREPOSITIONS = frozenset(
    "in im am an auf aufm beim bei vom von aus zur zum hinter hinterm vor vorm neben um ab "
    "nach über überm durch durchs ins unter unterm gegenüber".split()
)
_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines "
    "seinem seiner seinen ihrem ihrer ihren meinem meiner".split()
)
# a capitalised word after a unit noun that is no name ("im Bürgerbüro Sie …")
_NOT_NAME = frozenset(
    "Ich Sie Er Es Wir Ihr Der Die Das Den Dem Des Und Oder Aber Doch Dann Da Man Mein Meine "
    "Ein Eine Auch Noch Schon Nicht Nur So Wie Wenn Weil Dass Ob Als Bei Im Am In".split()
)
_MAIN_VERBS = frozenset(
    "ist war hat hatte wird wurde sind waren haben hatten kann konnte soll sollte muss "
    "musste will wollte darf durfte macht machte sagt sagte meinte gibt gab hätte wäre "
    "würde sitzt steht".split()
)
_AGE_VERBS = frozenset("ist war wird jahre geworden".split())
# after a place: "im Haus gegenüber", "im Stock drüber"
_PLACE_ADVERBS = frozenset(
    "gegenüber nebenan drüben oben unten drüber drunter links rechts hinten vorne".split()
)
# a neighbour singled out by an age: "meine Nachbarin im Erdgeschoss, die 94 ist"
_NEIGHBOURS = ("nachbar", "nachbarin", "mitbewohner", "mitbewohnerin")
_WEAK_HABITS = frozenset("immer ständig dauernd meistens regelmäßig".split())
# one occasion: with a place in the clause it tells one person like a habit ("die letzte
# Woche mit dem Rollator im Foyer gestürzt ist", "der am Samstag in der Weil gearbeitet hat")
_ONCE = frozenset(
    "gestern vorgestern neulich vorhin letzte letzten letztes vergangene vergangenen "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
)
# finite verbs that restart the main clause after an apposition (", der hot …", ", der fährt …")
_RESTART_VERBS = frozenset("hot hät het isch hen hend goht fährt kommt".split())
_AGE = regex.compile(
    r"(?i:(?:so\s+)?(?:ca\.?|circa|etwa|ungefähr|so|um\s+die|mitte|ende|anfang)\s+\d0\b|"
    r"\d{2}\s*(?:jahre|jährig)|\d0er\b|ü\s?\d0\b)",
    regex.VERSION1,
)
# a school class ("der 3a", "in der 10b") and a floor ("im Erdgeschoss", "im dritten Stock")
_CLASS = re.compile(r"(?:[1-9]|1[0-3])[a-f]")
_FLOORS = ("erdgeschoss", "obergeschoss", "dachgeschoss", "untergeschoss", "stock",
           "stockwerk", "etage", "souterrain", "parterre")  # fmt: skip
_HOUSE_NUMBERS = frozenset(("nummer", "hausnummer", "haus", "nr"))
_CLAUSE_END = frozenset(",.;:!?()\n–—")
_TIME = regex.compile(r"\d{1,2}[:.]\d{2}\b|\d{1,2}\s*uhr\b", regex.VERSION1 | regex.IGNORECASE)
# one person sits at a counter: "am Schalter 3", "an Kasse 2"
_COUNTERS = ("schalter", "kasse", "theke", "tresen", "platz", "tisch", "empfang", "pforte")
# where staff meet the public: "an der Infotheke", "vom Jobcenter", "in der Sparkasse"
_WORKPLACES = _COUNTERS + (
    "center", "agentur", "bank", "sparkasse", "filiale", "post", "info", "rezeption", "kiosk",
    "laden", "bücherei", "bibliothek", "bad",
)  # fmt: skip
# a child's teacher, carer or doctor: "die Klassenlehrerin meiner Tochter"
_CHILD_ROLES = ("lehrer", "lehrerin", "erzieher", "erzieherin", "arzt", "ärztin", "trainer",
                "trainerin", "betreuer", "betreuerin", "therapeut", "therapeutin", "pädagoge",
                "pädagogin", "logopäde", "logopädin", "hebamme", "tagesmutter", "leiter",
                "leiterin", "coach", "kraft")  # fmt: skip
# words that open a relative clause in lower-case text: "der immer …", "die sich …"
_CLAUSE_OPENERS = frozenset(
    "sich mir mich uns euch ihm ihr da hier dort auch nur noch schon erst mit als so "
    "in im am an bei beim vor auf".split()
)
# "ich bin die mit dem roten Lastenrad", "(die mit dem hund …)"
_SELF = frozenset("bin ist war bist (".split())
# adjectives as nouns that tell no looks: "der Kleine", "die Ältere"
_SIZES = frozenset("groß klein alt ältere jung jüngere dick dünn schlank".split())
# words that end an apposition: "Herr Maier, der große mit dem Vollbart, hat …"
_APPOSITION_END = frozenset(",;)–—.!?\n")
# words before an apposition that name or tell a person
_PERSON_CUES = frozenset("herr herrn frau [name]".split())


@lru_cache(maxsize=1)
def _lexicon():
    def split(name):
        words = read_words(name)
        whole = frozenset(w[1:] for w in words if w.startswith("="))
        ends = tuple(w for w in words if not w.startswith("="))
        return whole, ends

    whole, heads = split("description_heads")
    heads = heads + tuple(read_words("person_nouns"))
    excluded = tuple(read_words("description_excluded"))
    return {
        "whole": whole,
        "heads": heads,
        "excluded": excluded,
        "features": tuple(read_words("description_features"))
        + tuple(read_words("description_belongings")),
        "body": tuple(read_words("description_features")),
        "adjectives": tuple(read_words("description_adjectives")),
        "habits": frozenset(read_words("description_habits")),
        "institutions": tuple(read_words("institutions")),
        "offices": tuple(read_words("city_offices")),
        "head_set": frozenset(heads),
        "excluded_set": frozenset(excluded),
    }


def _head_noun(word: str) -> bool:
    """Tell a noun for one person ("Aushilfe", "Typ", "Busfahrer"), not an office holder."""
    lex = _lexicon()
    lower = word.lower()
    if lower.endswith("innen"):
        return False
    if lower in lex["whole"]:
        return True
    head = _longest_suffix(lower, lex["head_set"])
    excluded = _longest_suffix(lower, lex["excluded_set"])
    if not excluded and word[:1].isupper() and lower.endswith(("erin", "istin", "antin", "entin")):
        return True
    return head > excluded  # "Tagesmutter" is a job, "Mutter" family


def _longest_suffix(word: str, suffixes: frozenset) -> int:
    # no listed noun is longer than 40 letters: a longer word is looked at from there on
    for k in range(max(0, len(word) - 40), len(word) - 2):
        if word[k:] in suffixes:
            return len(word) - k
    return 0


def _feminine(word: str) -> bool:
    lower = word.lower()
    if lower.endswith("in") and not lower.endswith("innen"):
        return True
    return lower.endswith(("dame", "frau", "hilfe", "kraft", "hebamme", "bedienung", "person",
                           "azubi", "azubine", "angestellte", "beamte", "mutter",
                           "politesse"))  # fmt: skip




_HEADS_SEEN: set = set()  # words known to be person nouns, and words known not to be
_OTHERS_SEEN: set = set()


def _person_word(word: str) -> bool:
    """:func:`_head_noun`, remembered per word (most answers repeat common words)."""
    if word in _HEADS_SEEN:
        return True
    if word in _OTHERS_SEEN:
        return False
    if len(_OTHERS_SEEN) > 200_000:
        _OTHERS_SEEN.clear()
        _HEADS_SEEN.clear()
    found = len(word) > 2 and _head_noun(word)
    (_HEADS_SEEN if found else _OTHERS_SEEN).add(word)
    return found
