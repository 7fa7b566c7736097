"""Lower-case names, particles and noble names for the name rule without a cue.

"kevin schuster", "s. häußler", "maria de souza", "ter Horst", "[NAME] van Dijk",
"[NAME] zu Löwenstein", "[NAME] von der Heydt"; and the checks the finder (cueless.py)
shares with them: initials and what follows one, abbreviations, first-name words.
"""

from __future__ import annotations

from functools import lru_cache

from esslingen_lab.privacy.redact.cueless_kinds import _FOREIGN_PARTICLES, _lower_interest
from esslingen_lab.privacy.redact.lexicon import Lexicon, german_first_names
from esslingen_lab.privacy.redact.strength import _PLACE_ENDINGS, _named_after_people
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    _LOWER_STOP,
    _NOUN_ENDINGS,
    FIRST_NAMES,
    NOT_NAMES,
    body_named,
    home_districts,
    read_words,
    region_places,
)

_SENTENCE_END = frozenset(".!?:;\"„“”«»()–—-…*•/\n")
_ALL_PARTICLES = _FOREIGN_PARTICLES | {"da", "di", "du", "la", "le"}
_ABBREVIATION_BEFORE = frozenset("z u d v o s bzw ca vgl ggf evtl inkl nr tel".split())


_INSTITUTION_ENDINGS = (
    "schule", "gymnasium", "amt", "haus", "zentrum", "verein", "büro", "platz", "straße",
    "halle", "kita", "heim", "stelle", "verwaltung", "abteilung", "klinik", "bad", "bibliothek",
)


# what "s." (siehe) points to: "S. Anlage", "s. Seite 4", "S. Homepage"
_SEE_WHAT = frozenset(
    "anlage anlagen anhang anhänge seite seiten tabelle abbildung abb kapitel abschnitt punkt "
    "foto fotos bild bilder homepage website webseite screenshot rückseite protokoll link "
    "fußnote anmerkung unten oben datei beilage beiblatt formular hinweis mail e-mail".split()
)


def _initial_follower(word: str, lex: Lexicon, initial: str = "") -> bool:
    if len(word) < 3 or not word[:1].isalpha():
        return False
    if initial == "S" and word.lower() in _SEE_WHAT:
        return False  # "S. Anlage", "S. Anhang": "siehe" (not "S. Dreher", "S. Schulze")
    if word.lower() in home_districts():
        return False  # "BERKHEIM U. ZELL": "und" and a district
    if word[:1].isupper():
        # a surname that is a word in lower case too, after its initial: "E. Schuster",
        # "K. Koch" ("schuster", "koch" are verb forms)
        return (
            word not in NOT_NAMES
            and (not lex.is_lower_word(word) or word in lex.last)
            and lex.german.get(word) in (word, None)
        )
    return not lex.is_german(word) and word not in _LOWER_STOP


# first names that are also abbreviations before a period: maximum, months, weekdays
_ABBREVIATED_NAMES = frozenset("max jan aug august sept okt nov dez feb mär mai juni juli "
                               "mo di mi do fr sa so".split())


# a relation before a first name that ends a sentence: "die enkelin von anneliese.", "oma
# hilde." (not "das feuerwerk an silvester.", "fauna und flora.", "tee mit jasmin.")
_RELATIONS = frozenset("oma opa tante onkel mama papa tochter sohn enkelin enkel frau mann "
                       "schwester bruder mutter vater nichte neffe cousine cousin".split())


def _of_whom(tokens, i) -> bool:
    before = tokens[i - 1] if i else ""
    if before in _RELATIONS:
        return True
    return before == "von" and i >= 2 and tokens[i - 2] in _RELATIONS


# English function words the word list lacks
_ENGLISH_FUNCTION = frozenset(
    "they he she we you it my your our their his is are was were to of and or not only also "
    "just so very please pls me us them".split()
)


def _english_only(word: str, lex: Lexicon) -> bool:
    """Tell an English word in lower case that is no German word in any case ("only")."""
    if word in _ENGLISH_FUNCTION:
        return True
    return word.islower() and lex.is_english(word) and not (
        lex.is_german(word) or lex.is_german(word[:1].upper() + word[1:])
    )


def _lower_case(tokens, i, lex: Lexicon):
    """Lower-case names: a first name, with a surname when one follows ("kevin schuster")."""
    word = tokens[i]
    n = len(tokens)
    if i >= 2 and tokens[i - 1] == "." and tokens[i - 2][:1].islower() and word in (
        _ALL_PARTICLES
    ):
        return None  # "esslingen.de": a domain's ending, no particle ("de\nCc: …")
    particle = _particle_name(tokens, i, lex)
    if particle is not None:
        return particle
    # an initial typed in lower case: "s. häußler", "danke an k. zwißler"
    if (
        len(word) == 1
        and i + 2 < n
        and tokens[i + 1] == "."
        and not _abbreviation_before(tokens, i)
        and tokens[i + 2][:1].islower()
        and _initial_follower(tokens[i + 2], lex)
    ):
        return i, i + 2
    if word in _LOWER_STOP:
        return None
    if i and _english_only(word, lex) and _english_only(tokens[i - 1], lex) and (
        word[:1].upper() + word[1:] not in FIRST_NAMES
    ):
        return None  # "The website is only german": an English word in English
    if i + 1 < n and tokens[i + 1] in _TITLES_AFTER:
        return None  # "line Herr Kübler": a lower-case word before a title is no name
    if word in _ALL_PARTICLES:
        # "maria de souza": a particle and a lower-case surname after a first name; not
        # the Low German article before an adjective ("bi de ool Möhl")
        prev = tokens[i - 1] if i else ""
        capital = prev[:1].upper() + prev[1:]
        after_name = (
            prev in ("[NAME]", "herr", "herrn", "frau")
            or capital in FIRST_NAMES
            or capital in lex.first
        )
        if after_name and i + 1 < n and _lower_surname(tokens[i + 1], lex) and not (
            word == "da" and _first_name_only(tokens[i + 1])
        ):
            return i, i + 1  # not "bin da kevin": a first name after "da" is no surname
        return None
    if word in lex.german:
        # a first name also in the word list, only before a surname that is no word:
        # "hab mit thomas greiner gesprochen"
        nxt = tokens[i + 1] if i + 1 < n else ""
        surname = len(nxt) >= 3 and nxt[:1].islower() and nxt not in _LOWER_STOP
        surname = surname and not (lex.is_german(nxt) or lex.is_english(nxt))
        if surname and word[:1].upper() + word[1:] in _AMBIGUOUS_FIRST_NAMES:
            surname = _foreign_lower_surname(nxt, lex)  # "rosa amato", not "rosa tapete"
        # (a lone letter is no first name: dialect's "a" for "ein" in "im Herbst a neis Auto")
        return (i, i + 1) if surname and len(word) > 1 and _lower_interest(word) else None
    capital = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    if i + 1 < n and tokens[i + 1] == "." and (
        len(word) <= 3 or word in _ABBREVIATED_NAMES or not _of_whom(tokens, i)
    ):
        return None  # "max." is an abbreviation, "an silvester." a day ("… von anneliese." a name)
    known = lex.is_first_name(capital) or (
        capital in german_first_names()
        and capital not in _AMBIGUOUS_FIRST_NAMES
        and lex.german.get(capital) in (capital, None)
    )
    if not known and not ("-" in word and all(lex.is_first_name(p) for p in capital.split("-"))):
        # a listed first name that is also a dictionary name ("maria"), with a surname
        if capital in FIRST_NAMES and i + 1 < n and _foreign_lower_surname(tokens[i + 1], lex):
            return i, i + 1
        return None
    if i + 1 < n:
        nxt = tokens[i + 1]
        if nxt in ("van", "ter", "ten") and i + 2 < n:
            particle = _particle_name(tokens, i + 1, lex, after_name=True)
            if particle is not None:
                return i, particle[1]  # "lukas van der meer", "jana ter haar"
        if _lower_surname(nxt, lex):
            return i, i + 1
    return i, i


def _particle_name(tokens, i, lex: Lexicon, after_name: bool = False):
    """"ter Horst", "de Vries", "van den Berg", "von der Linden" (a surname after "von der").

    After a first name (``after_name``) any capitalised word after the particle is the
    surname ("[NAME] van Dijk").
    """
    word = tokens[i]
    n = len(tokens)
    j = i + 1
    if word in _FOREIGN_PARTICLES:
        if word in ("van", "de") and j < n and tokens[j] in ("den", "der", "de", "la", "los"):
            j += 1
        if j < n and tokens[j] == "[NAME]":
            return i, j
        if j < n and tokens[j][:1].isupper() and tokens[j] not in NOT_NAMES and (
            tokens[j].lower() not in region_places()  # "soy de Valencia": a town
        ):
            name = tokens[j]
            if word == "de" and not after_name and _dialect_noun(name, lex):
                return None  # "mit de Küh", "de Gäul": the Swabian article before a noun
            if after_name or word in ("ter", "ten", "van", "mc") or not lex.is_german(name):
                return i, j
        if after_name and j < n and word != "la" and _lower_surname(tokens[j], lex):
            return i, j  # all in lower case after a first name: "[NAME] van der berg"
        if after_name and j < n and word in ("van", "ter", "ten") and (
            tokens[j].isalpha() and tokens[j].islower() and len(tokens[j]) > 2
            and tokens[j] not in _LOWER_STOP
        ):
            return i, j  # a Dutch surname is a Dutch word: "[NAME] van der meer", "ter haar"
    return None


def _foreign_lower_surname(word: str, lex: Lexicon) -> bool:
    """Tell a lower-case surname no dictionary lists in any case ("amato", "gonçalves")."""
    if len(word) < 4 or not word.isalpha() or not word.islower() or word in _LOWER_STOP:
        return False
    capital = word[:1].upper() + word[1:]
    return not (
        lex.is_german(word)
        or lex.is_german(capital)
        or lex.is_english(word)
        or lex.is_misspelt(word)
    ) or capital in lex.last


def _capital_particle(tokens, i, lex: Lexicon) -> bool:
    """Tell a capitalised foreign particle before a surname ("Dos Santos", "Di [NAME]")."""
    word, after = tokens[i], tokens[i + 1]
    if not word[:1].isupper() or word.lower() not in _FOREIGN_PARTICLES:
        return False
    if after == "[NAME]":
        return True
    return after[:1].isupper() and after not in NOT_NAMES and not lex.is_common_noun(after)


def _lowered(tokens, i):
    """Return the tokens with the one at ``i`` in lower case."""
    return tokens[:i] + [tokens[i].lower()] + tokens[i + 1 :]


def _dialect_noun(word: str, lex: Lexicon) -> bool:
    """Tell a dialect noun: a German plural without its last letters ("Küh", "Gäul")."""
    if word in lex.last or word in FIRST_NAMES:
        return False
    german = lex.german
    return any(
        word + end in german and (german.get(word + end) or "")[:1].isupper()
        for end in ("e", "er", "en", "n")
    )


_TITLES_AFTER = frozenset(("Herr", "Herrn", "Frau", "Hr", "Fr", "Dr", "Prof"))
_PLAIN_PEOPLE = frozenset("Mann Frau Herr Typ Kerl Junge Dame Mensch Bursche Kumpel".split())


@lru_cache(maxsize=1)
def _city_offices() -> tuple[str, ...]:
    return read_words("city_offices")


def _first_name_word(word: str, lex: Lexicon) -> bool:
    """Tell a first name, also a double one ("Maria-Theresia")."""
    return all(lex.is_first_name(p, ambiguous=True) for p in word.split("-") if p)


def _noble_name(tokens, i, lex: Lexicon):
    """"[NAME] zu Löwenstein", "[NAME] von der Heydt": a noble surname after a first name.

    The word after "von"/"zu" (and an article) is no German word, or a listed surname, and
    no place ("[NAME] von Esslingen"): the particle then belongs to the name.
    """
    j = i + 1
    n = len(tokens)
    noble = j + 1 < n and tokens[i] == "von" and tokens[j] == "und" and tokens[j + 1] == "zu"
    if noble:
        j += 2  # "[NAME] von und zu Gemmingen-Hornberg": only a noble name says this
    if j < n and tokens[j] in ("der", "dem", "den"):
        j += 1
    if j >= n:
        return None
    word = tokens[j]
    if not word[:1].isupper() or word.isupper() or word in NOT_NAMES or "[" in word:
        return None
    if noble and not lex.is_common_noun(word):
        return i, j
    # a name closing its phrase right after "von" ("[NAME] von Wedel, …", "[NAME] von Au <…>"),
    # no place the lists know, no idiom ("von Beruf"), no body, no inflected noun: a family's
    # (after "von der" a body is said so: "[NAME] von der Tafel, …")
    closed = (
        j == i + 1 and (j + 1 >= n or tokens[j + 1] in _NAME_CLOSERS) and _noble_word(word, lex)
    )
    if word.lower().endswith(_PLACE_ENDINGS) and word not in lex.last and tokens[i] != "zu" and (
        not closed
    ):
        return None  # "[NAME] von Esslingen"; "zu" names no place today: "[NAME] zu Ysenburg"
    if lex.is_german(word) and word not in lex.last and not closed:
        return None
    if "-" in word and lex.is_common_noun(word.rsplit("-", 1)[1]):
        return None  # "[NAME] von der Kfz-Stelle": an office
    if word.lower().endswith(_INSTITUTION_ENDINGS + _city_offices()):
        return None  # "[NAME] von der Wohngeldstelle"
    return i, j


_NAME_CLOSERS = frozenset(",;()<")
# "von" before these is no name's: "Lehrerin von Beruf", "von Haus aus", "von Amts wegen"
_NOT_NOBLE = frozenset(
    "Beruf Haus Hand Amts Anfang Herzen Natur Geburt Kindheit Hause Gegenüber Nebenan Dorf "
    "Weitem Neuem Ferne Nahem".split()
)


def _noble_word(word: str, lex: Lexicon) -> bool:
    """Tell a word that may be a noble family's name after "von" ("Wedel", "Altenstadt").

    (_noble_name has turned down NOT_NAMES before and turns down an office's ending after.)
    """
    low = word.lower()
    if word in _NOT_NOBLE or word in _named_after_people():
        return False  # (also a firm's name: "Lisa von Bosch")
    if body_named(word) or low in region_places() or low in home_districts():
        return False
    if lex.is_common_noun(word) and not low.endswith(_PLACE_ENDINGS) and (
        len(word) > 7 or lex.is_compound(word) or low.endswith(_NOUN_ENDINGS)
    ):
        return False  # "Anja von Buchhaltung, …", "Tim von Vertrieb": a department said loosely
    lemma = lex.german.get(word)
    return lemma is None or lemma == word  # not "von Stadtwerken": an inflected noun


def _cased(tokens, lex: Lexicon) -> bool:
    """Tell a text written with capitals: a German noun capitalised inside a sentence.

    There a lower-case word after a name is no surname typed in lower case ("beim [NAME]
    gibts Eier"). The answer for the last token list is kept: a caller asks once per name in
    the same text, and reading every token each time made a long paste quadratic.
    """
    if tokens is _LAST_CASED[0]:
        return _LAST_CASED[1]
    _LAST_CASED[:] = [tokens, _read_cased(tokens, lex)]
    return _LAST_CASED[1]


_LAST_CASED: list = [None, False]  # (the token list, its answer); holding the list keeps its id


def _read_cased(tokens, lex: Lexicon) -> bool:
    for i in range(1, len(tokens)):
        word = tokens[i]
        if (
            word[:1].isupper()
            and not word.isupper()
            and tokens[i - 1] not in _SENTENCE_END
            and lex.is_common_noun(word)
            and word not in _TITLES_AFTER
            and word not in _PLAIN_PEOPLE
            and word not in lex.last
            and word not in FIRST_NAMES
        ):
            return True
    return False


def _lower_surname(word: str, lex: Lexicon) -> bool:
    """Tell a lower-case surname after a first name ("maier", "schuster")."""
    if not word[:1].islower() or len(word) < 3 or word in _LOWER_STOP:
        return False
    before = word.replace("’", "'").split("'")[0]
    if ("'" in word or "’" in word) and len(before) > 1 and before in lex.german:
        return False  # "[NAME] hat's auch versucht", "geht's" (not "o'connor", "d'aubigny")
    if word not in lex.german:
        return True
    return word[:1].upper() + word[1:] in lex.last


def _abbreviation_before(tokens, i) -> bool:
    """"z.B. Poller", "u. a. Weber", "i.S. Bestandsschutz": no initial of a name."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.lower() in _ABBREVIATION_BEFORE:
        return True
    if prev == "." and i > 1 and len(tokens[i - 2]) <= 2 and tokens[i - 2].isalpha():
        return True
    return False


def _first_name_only(word: str) -> bool:
    """Tell a listed first name ("kevin"): the German "da" before it is no particle."""
    return word[:1].upper() + word[1:] in FIRST_NAMES
