"""Names without cue words: gazetteer, German word list and the words around a candidate.

German capitalises every noun, so a capitalised word counts as a name only on evidence: it
is a known first name or surname and no German word, or no German word at all (no compound
of one either) and stands where a name stands — not after an article or adjective, not after
"in"/"nach" (a place), not before a noun it modifies. Initials ("R. Hummel"), particles
("ter Horst", "von der Linden"), a role noun before ("die Kollegin Schwarzkopf") and
lower-case names ("jan-erik maier") are handled too.

Ordinary words need cue-word evidence: a compound before "im Bürgeramt", an English word
("Maps", "Click & Collect") or a surname that is one ("English") in an English phrase, a
word listed beside a plain word ("English und Deutsch"), a predicate noun closing a
sentence ("Das WLAN ist Mist.").

The pre-screen and what each token may start live in cueless_kinds.py; lower-case,
particle and noble names in cueless_lower.py.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.capital_slots import (
    _INITIAL_OK,
    general_role,
    not_a_person_after,
    slot_around,
    slot_before,
)
from esslingen_lab.privacy.redact.cueless_kinds import (
    _ANNOUNCES,
    _CAPITALISED,
    _CAPITALISED_AFTER,
    _CAPITALISED_IN_SLOT,
    _FOREIGN_PARTICLES,
    _TAG,
    _token_kind,
    worth_a_look,
)
from esslingen_lab.privacy.redact.cueless_lower import (
    _ALL_PARTICLES,
    _INSTITUTION_ENDINGS,
    _PLAIN_PEOPLE,
    _SENTENCE_END,
    _abbreviation_before,
    _capital_particle,
    _cased,
    _city_offices,
    _first_name_only,
    _first_name_word,
    _initial_follower,
    _lower_case,
    _lower_surname,
    _lowered,
    _noble_name,
    _particle_name,
)
from esslingen_lab.privacy.redact.lexicon import Lexicon, lexicon
from esslingen_lab.privacy.redact.mentions import mention_surname, surname_after
from esslingen_lab.privacy.redact.name_tokens import name_tokens
from esslingen_lab.privacy.redact.strength import (
    _FOREIGN_LETTERS,
    _LOCATIVE,
    _PLACE_WORDS,
    _is_bare,
    _is_person_noun,
    _name_strength,
    _strength_of,
    elided_part,
)
from esslingen_lab.privacy.redact.vocabulary import (
    _HELLO,
    _NOUN_ENDINGS,
    FIRST_NAMES,
    NOT_NAMES,
    dialect_text,
)
from esslingen_lab.privacy.redact.workplace import (
    _before_institution,
    _coordinated,
    _from_phrase,
    _german_particle_name,
    _surname_as_subject,
    _surname_in_person_slot,
)

__all__ = ["cueless_name_spans", "worth_a_look"]

_ANY_ONE = frozenset("jeder jede jedes kein keine als ein eine".split())
_INSTITUTION_AFTER = regex.compile(
    r"(?:[\s\-]+\p{Lu}\p{Ll}+)?[\s\-]*(?:Platz|Straße|Str\b|Strasse|Brücke|Allee|Ring|Weg|Park|"
    r"Schule|Gymnasium|Realschule|Grundschule|Halle|Haus|Stiftung|Zentrum|Krankenhaus|Klinikum|Kirche|"
    r"Center|Preis|Saal|Markt|Institut|Universität|Hochschule|platz|straße|str\.)"
)
_NAME_FOLLOWERS = frozenset(
    """
    hat hatte ist war meinte meint sagte sagt kam kommt ging geht weiß wusste macht machte
    hilft half kümmert kümmerte rief ruft schrieb schreibt vom von aus im am beim und
    arbeitet arbeitete wollte will kann konnte muss musste hätte wäre wird wurde
    """.split()
)
_BARE_NOUN_BEFORE = frozenset("seit von aus nach zu trotz gegen ohne mit per pro je wegen "
                              "statt als wie oder bzw auf unter vor hinter über bis zum zur "
                              "durch".split())
_COPULA = frozenset("ist sind war waren bleibt blieb wird wurde wäre scheint".split())
_TIMES = frozenset("Winter Sommer Herbst Frühling Abend Morgen Nacht".split())  # "es ist Winter"
_PREDICATE_END = frozenset(".!?,;:)…")
_AND = frozenset(("und", "oder", "&", "+", "/", "bzw"))
# German particles of noble names after a first name ("[NAME] zu Löwenstein")
_GERMAN_PARTICLES = frozenset(("von", "zu"))
# words inside Arabic, Hebrew and Italian names: "Yasmin bint Hassan", "Chiara dalla Torre"
_NAME_LINKS = frozenset("bint bin ibn ben bat dalla della delle degli dei dal jun sen jr".split())


def _context(tokens, i):
    """Previous and next token texts (or None) around token ``i``."""
    return (tokens[i - 2] if i > 1 else None, tokens[i - 1] if i > 0 else None,
            tokens[i + 1] if i + 1 < len(tokens) else None)


def _after_sentence_end(tokens, i) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    if prev in _SENTENCE_END:
        # "M. Wörner": a period after an initial does not end a sentence
        if prev == "." and i > 1 and _INITIAL_OK.fullmatch(tokens[i - 2]):
            return False
        return True
    return False


def _is_plain_noun(word: str, lex: Lexicon) -> bool:
    """Tell a capitalised word that is no name and no role noun ("Deutsch", "Lengsdorf")."""
    return word[:1].isupper() and _strength_of(word) == 0 and not _is_person_noun(word)


def _clearly_a_word(word: str, lex: Lexicon) -> bool:
    """Tell a German word that exists in lower case or is inflected ("Deutsch", "Teams").

    Surnames in the dictionary ("Kübler") are neither.
    """
    if "-" in word:
        return False
    return lex.is_lower_word(word) or lex.german.get(word) not in (word, None)


@lru_cache(maxsize=1)
def _english_function_words() -> frozenset:
    from stop_words import get_stop_words

    return frozenset(get_stop_words("english")) - frozenset(get_stop_words("german"))


def _english_only(word, lex: Lexicon) -> bool:
    """Tell a lower-case English word that is no German word ("speaks", "and", "the")."""
    if word is None or not word[:1].islower():
        return False
    if word in _english_function_words():
        return True
    return lex.is_english(word) and not lex.is_german(word)


def _accept_candidate(tokens, i, strength, lex: Lexicon) -> bool:
    word = tokens[i]
    prev2, prev, nxt = _context(tokens, i)
    low_prev = (prev or "").lower()
    if strength == 2:
        if low_prev in _LOCATIVE and not lex.is_first_name(word):
            return False
        return _FOREIGN_LETTERS.search(word) is not None or _is_bare(prev, prev2, lex)
    # strength 1 (an unknown word) or -1 (a name that is also a German word)
    if not _is_bare(prev, prev2, lex):
        return False
    if strength == 1 and len(word) > 6 and word.endswith(("erin", "erinnen")):
        return False  # "Esslingerin", "Berkheimerin": a woman named by her town, no name
    if strength == -1:
        beside_a_name = (prev is not None and _strength_of(prev) == 2) or (
            nxt is not None and _strength_of(nxt) == 2
        )
        opener = prev is not None and (
            prev[:1].islower()
            or (lex.is_lower_word(prev) and _after_sentence_end(tokens, i - 1))
        )
        if not beside_a_name and (
            not opener
            or low_prev in _BARE_NOUN_BEFORE
            or (nxt is not None and nxt[:1].isupper())
        ):
            return False
    if strength == -1 and (low_prev in _COPULA and (nxt is None or nxt in _PREDICATE_END)
                           or low_prev == "es" and word in _TIMES and (nxt or "") in _COPULA):
        return False  # a predicate noun: "Das WLAN ist Mist.", "…, weil es Winter ist"
    if lex.is_english(word) and any(_english_only(w, lex) for w in (prev, nxt)):
        return False  # "Drag and Drop", "speaks English": an English phrase
    if nxt is not None and nxt.lower() in ("nach", "bis", "über", "richtung"):
        return False  # "von Röttgen nach Bonn"
    if (
        nxt is not None
        and nxt.lower() in _AND
        and i + 2 < len(tokens)
        and _is_plain_noun(tokens[i + 2], lex)
        and _clearly_a_word(tokens[i + 2], lex)
    ):
        return False  # "English und Deutsch": a word beside a plain word, a list of words
    if (
        low_prev in ("und", "oder", ",", "/", "&", "+")
        and prev2 is not None
        and prev2[:1].isupper()
        and _is_plain_noun(prev2, lex)
    ):
        return False  # "Frühjahr und Sommer", "Lengsdorf, Röttgen": a list of nouns or places
    if low_prev in _LOCATIVE or (low_prev == "und" and (prev2 or "").lower() in _LOCATIVE):
        return False
    if (
        prev is not None
        and prev[:1].isupper()
        and not lex.is_lower_word(prev)
        and lex.is_common_noun(prev)
    ):
        return False  # "Kita Schelztor", "Stadtteil Berkheim": a place's or institution's name
    if nxt is not None and nxt[:1].isupper() and lex.is_common_noun(nxt) and "-" not in word:
        return False  # "Poppelsdorfer Allee", "Esslinger Zeitung": it modifies the noun
    return True


def cueless_name_spans(text: str):
    """Yield (start, end) spans of names found without a cue word.

    Parameters
    ----------
    text : str
        One answer (possibly already partly redacted: tags are skipped).

    Yields
    ------
    tuple of int
        Start and end of each name (adjacent name words are merged into one span).
    """
    lex = lexicon()
    tokens = name_tokens(text)  # _TOKEN.findall(text), split once per distinct word
    hits: list[tuple[int, int]] = []
    n = len(tokens)
    # one cached look-up per token; most tokens are ordinary words and are skipped here
    kinds = list(map(_token_kind, tokens))
    free = 0  # tokens before this index belong to a name found already
    if n >= 3 and tokens[1] == "," and _surname_first(tokens, lex):
        hits.append((0, 0))  # "Ostertag, Waltraud, geb. …": a form's "surname, first name"
        free = 1
    for i in [i for i, kind in enumerate(kinds) if kind]:
        if i < free:
            continue
        kind = kinds[i]
        span = None
        if kind == _TAG:
            particle = None
            if i + 2 < n and tokens[i + 1] in _FOREIGN_PARTICLES:
                # "[NAME] van Dijk", "[NAME] de la Cruz"
                particle = _particle_name(tokens, i + 1, lex, after_name=True)
            elif i + 2 < n and _capital_particle(tokens, i + 1, lex):
                # "[NAME] Di [NAME]", "[NAME] Dos Santos"
                particle = _particle_name(_lowered(tokens, i + 1), i + 1, lex, after_name=True)
            if particle is None and i + 2 < n and tokens[i + 1] in _GERMAN_PARTICLES:
                particle = _noble_name(tokens, i + 1, lex)
            if particle is not None:
                span = (i, particle[1])
            elif i + 1 < n and _lower_surname(tokens[i + 1], lex) and (
                "-" in tokens[i + 1] or tokens[i + 1] in _NAME_LINKS or not _cased(tokens, lex)
            ):
                span = (i, i + 1)  # "[NAME] schuster" (not "beim [NAME] gibts Eier")
            elif i > 0 and (_name_like(tokens[i - 1]) or tokens[i - 1] in _ALL_PARTICLES):
                span = (i, i)  # "Tran Van [NAME]", "di [NAME]": widened below
            elif i + 1 < n and _name_like(tokens[i + 1]):
                span = (i, i)
        elif kind == _ANNOUNCES:
            # "die Kollegin Schwarzkopf": the word after a role noun
            if i + 1 < n and tokens[i + 1][:1].isupper() and not _token_kind(tokens[i + 1]):
                span = _capitalised(tokens, i + 1, lex)
        elif kind == _CAPITALISED or kind == _CAPITALISED_IN_SLOT or kind == _CAPITALISED_AFTER:
            if kind == _CAPITALISED_AFTER and not slot_before(tokens, i):
                continue  # _capitalised would say no (capital_slots.py)
            if kind == _CAPITALISED_IN_SLOT and not slot_around(tokens, i):
                continue
            if not_a_person_after(tokens, i):
                continue  # "St. Dionys" (a church), "BIC INGDDEFFXXX" (a bank)
            span = _capitalised(tokens, i, lex)
        else:
            span = _lower_case(tokens, i, lex)
        if span is not None:
            last = span[1]
            if last + 2 < n and tokens[last + 1] in _GERMAN_PARTICLES and _first_name_word(
                tokens[last], lex
            ):
                noble = _noble_name(tokens, last + 1, lex)  # "Maria-Theresia zu Löwenstein"
                if noble is not None:
                    span = (span[0], noble[1])
            elif (
                last + 2 < n
                and _capital_particle(tokens, last + 1, lex)
                and _first_name_word(tokens[last], lex)
            ):
                # "Dominika Dos Santos", "Ana De La Cruz": a capitalised particle, a surname
                particle = _particle_name(_lowered(tokens, last + 1), last + 1, lex, True)
                if particle is not None:
                    span = (span[0], particle[1])
            hits.append(span)
            free = span[1] + 1
    hits = _coordinated(tokens, hits, lex)
    hits = [(a, b) for a, b in hits if not _numbered_noun(tokens, a, b, lex)]
    if not hits:
        return
    if len(hits) <= 8:
        hits = [_widen(tokens, a, b) for a, b in hits]
    else:  # many names: each run of name-like words read once, not once per name in it
        hits = _widened_all(tokens, hits)
    starts = _token_starts(text, tokens, max(b for _, b in hits))
    hits = [(starts[a], starts[b] + len(tokens[b])) for a, b in hits]
    # merge names separated by one space only ("Oluwaseun Adeyemi")
    merged: list[list[int]] = []
    for s, e in hits:
        if merged and text[merged[-1][1] : s].strip() == "" and s - merged[-1][1] <= 2:
            merged[-1][1] = e
        else:
            merged.append([s, e])
    for s, e in merged:
        if text[s - 1 : s] == "_" or text[e : e + 1] == "_":
            continue  # "daniel_m_es": a part of a user name, not a name by itself
        if _INSTITUTION_AFTER.match(text, e) or elided_part(text, s, e):
            continue  # "Alma Wartenberg Platz", "Klaus- und Eulenstraße" (half a compound)
        if _dialect_article_noun(text, s, e, lex):
            continue  # Low German "de Füerwehr", "de Lüüd": an article and a dialect noun
        yield s, e


_DIALECT_ARTICLE = regex.compile(r"(?i:de|da)\x20+(?P<w>\p{Lu}\p{Ll}+)$")


def _dialect_article_noun(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Tell "de X" in a dialect text where X is no listed name: the article, not a particle."""
    found = _DIALECT_ARTICLE.match(text[s:e])
    if found is None:
        return False
    word = found.group("w")
    if word in lex.last or lex.is_first_name(word, ambiguous=True):
        return False  # "de Jong", a Low German "de Hinnerk" stays a name
    if word.endswith(("i", "y", "le", "li", "sen", "son")):
        return False  # a pet name ("de Mausi (mei Frau)"), a northern surname ("de Frerksen")
    return dialect_text(text)


def _numbered_noun(tokens, a: int, b: int, lex: Lexicon) -> bool:
    """"Zimmer 2.14", "Raum 12": a German noun before a number counts, it names nobody."""
    return (
        a == b
        and b + 1 < len(tokens)
        and tokens[b + 1].isdigit()
        and lex.is_german(tokens[b])
        and not lex.is_first_name(tokens[b])
    )


def _token_starts(text: str, tokens, last: int) -> list[int]:
    """Return the offsets of tokens 0 … ``last`` (cheaper than tokenising again).

    Every non-space character belongs to a token, so each token starts at its next
    occurrence after the one before.
    """
    starts, position = [], 0
    for token in tokens[: last + 1]:
        position = text.find(token, position)
        starts.append(position)
        position += len(token)
    return starts


# abbreviations of two words written like two initials: "a.D." (außer Dienst), "i.R.", "z.B.",
# "u.a.", "d.h.", "v.a.", "i.A.", "i.V.", "z.T.", "s.o.", "k.A.", "e.V.", "m.E.", "o.ä."
_TWO_LETTER_ABBREVIATIONS = frozenset(
    tuple(pair) for pair in "AD IR ZB UA DH VA IA IV ZT SO SU KA EV ME OÄ UÄ UU".split()
)


def _capitalised(tokens, i, lex: Lexicon):
    word = tokens[i]
    n = len(tokens)
    if "-" in word and _thing_compound(word, lex):
        return None  # "Discord-Server", "WhatsApp-Gruppe": a thing named after a product
    letters = tuple(word.upper().replace(".", ""))
    if (letters in _TWO_LETTER_ABBREVIATIONS and "." in word) or (
        i + 3 < n and tokens[i + 1] == tokens[i + 3] == "."
        and (word.upper(), tokens[i + 2].upper()) in _TWO_LETTER_ABBREVIATIONS
    ):
        return None  # "Stadtrat A.D.", "Z.B.", "E.V.": two letters abbreviating words
    # initials: "R. Hummel", "Th. Ebinger", "M. Wörner"
    if (
        i + 2 < n
        and tokens[i + 1] == "."  # before the pattern: most words have no period after them
        and _INITIAL_OK.fullmatch(word)
        and not _abbreviation_before(tokens, i)
    ):
        follower = tokens[i + 2]
        if follower in _FOREIGN_PARTICLES or follower in _GERMAN_PARTICLES:
            # "S. van der Meulen", "M. von Gemmingen": the particle's name too, or nothing
            particle = (_particle_name(tokens, i + 2, lex, after_name=True)
                        if follower in _FOREIGN_PARTICLES else _noble_name(tokens, i + 2, lex))
            if particle is not None:
                return i, particle[1]
        elif _initial_follower(follower, lex, initial=word):
            return i, i + 2
    if word in _HELLO:
        return None  # "Gude!", "Moin Moin"
    prev = tokens[i - 1] if i else ""
    if (
        prev[:1].isupper()
        and _is_person_noun(prev)
        and (i < 2 or tokens[i - 2].lower() not in _ANY_ONE)  # "jeder Kamerad Teil einer …"
        and word not in NOT_NAMES
        and lex.german.get(word) in (word, None)
        and not word.lower().endswith(_NOUN_ENDINGS)
        and not (lex.is_common_noun(word) and _institution_noun(word, lex))
        and not general_role(tokens, i, lex)  # "da Autofahrer Radweg blockieren"
    ):
        return i, i  # "die Kollegin Schwarzkopf", "mein Nachbar Reutter"
    particle = _german_particle_name(tokens, i, lex)
    if particle is not None:
        return particle
    strength = _name_strength(word, lex)
    if strength == 0 and _is_person_noun(word) and word not in lex.last:
        return None  # "als Barchefin im Clubhaus": a job, no surname
    if strength in (0, 1) and _before_institution(tokens, i, lex):
        return i, i  # "Dannecker vom Bauamt", "Pham aus der Kita", "und Bertsch vom Bauhof"
    if strength <= 0 and (
        _surname_in_person_slot(tokens, i, lex)
        or _surname_at_office(tokens, i, lex)
        or _surname_as_subject(tokens, i, lex)
    ):
        return i, i  # "Mit Fuchs aus der Poststelle", "Vogel vom Bürgeramt hat …"
    if strength == 0:
        return None
    if strength == 1 and len(word) <= 4 and i + 1 < n and tokens[i + 1] == ".":
        return None  # an abbreviation: "Jg.", "Abt."
    sentence_start = _after_sentence_end(tokens, i)
    if sentence_start and strength == 1:
        # a capitalised unknown word opening a sentence: a name only before a verb or "vom"
        if i + 1 >= n or tokens[i + 1].lower() not in _NAME_FOLLOWERS:
            return None
    if not _accept_candidate(tokens, i, strength, lex):
        return None
    return i, i


def _institution_noun(word: str, lex: Lexicon) -> bool:
    """"Schülersprecher Gymnasium": a role before a school or office, no surname after it."""
    return word.lower().endswith(_INSTITUTION_ENDINGS) or lex.is_english(word)


def _thing_compound(word: str, lex: Lexicon) -> bool:
    """Tell "Discord-Server": no part a name of any list, the last a noun also in English."""
    parts = word.split("-")
    head, last = parts[:-1], parts[-1]
    if not last[:1].isupper() or any(lex.is_any_name(p) or p in FIRST_NAMES for p in head):
        return False
    lemma = lex.german.get(last) or ""
    return lemma[:1].isupper() and lex.is_english(last) and not lex.is_first_name(last)


# words before a person (also with an article between: "frag den Zimmermann")
_ASKS_PERSON = frozenset("frag fragt fragen fragen danke dank laut grüße gruß".split())
# what people do for someone: "hat mir den Zugang eingerichtet"
_HELPED = frozenset(
    """
    erklärt geholfen gesagt versprochen geantwortet zurückgerufen angerufen gezeigt
    weitergeholfen beraten gemeint eingerichtet geschrieben empfohlen erzählt organisiert
    ausgefüllt ausgestellt bearbeitet genehmigt abgelehnt vermittelt besorgt
    """.split()
)
_SAYS = frozenset(
    """
    meinte meint sagte sagt erklärte erklärt half hilft rief ruft antwortete antwortet
    versprach verspricht weiß wusste kennt kannte kümmert kümmerte telefonierte
    """.split()
)
_PERSON_OBJECTS = frozenset("mir uns ihm ihr mich ihn dir dich euch".split())


def _surname_at_office(tokens, i, lex: Lexicon) -> bool:
    """Tell "der Hahn aus der IT hat mir … eingerichtet", "frag den Zimmermann vom Bauamt".

    A listed surname that is also a German noun, then where the person works (a city
    office, "IT", "EDV"), and a second piece of evidence: a word that asks or thanks a
    person before it ("frag den", "danke an"), or what a person does after the office (says,
    knows, "hat mir … erklärt", ", der weiß …").
    """
    word = tokens[i]
    if word not in lex.last or "-" in word or word.isupper() or word in NOT_NAMES:
        return False
    if word in _PLAIN_PEOPLE or _is_person_noun(word):
        return False
    found = _from_phrase(tokens, i + 1)
    if found is None:
        return False
    office = found[0]
    if not (office in ("IT", "EDV") or (
        office[:1].isupper() and office.lower().endswith(_city_offices())
    )):
        return False
    prev = tokens[i - 1].lower() if i else ""
    if prev in ("der", "die", "den", "dem"):
        prev = tokens[i - 2].lower() if i > 1 else ""
    elif prev and not _is_bare(tokens[i - 1], None, lex):
        return False  # "ein Hahn vom Bauhof"
    if prev in _ASKS_PERSON:
        return True
    after = [t.lower() for t in tokens[found[1] : found[1] + 12]]
    if not after:
        return False
    if after[0] in _SAYS:
        return True
    if after[0] == "," and len(after) > 2 and after[1] in ("der", "die") and after[2] in _SAYS:
        return True  # "den Zimmermann aus der Radverkehrsplanung, der weiß das"
    if after[0] in ("hat", "hatte") and len(after) > 2 and after[1] in _PERSON_OBJECTS:
        for token in after[2:]:
            if token in _SENTENCE_END or token == ",":
                break
            if token in _HELPED:
                return True
    return False


def _surname_first(tokens, lex: Lexicon) -> bool:
    """Tell "Ostertag, Waltraud" opening an answer: a surname before a comma and a first name.

    The first word is capitalised, exists in no lower-case or inflected form and is no
    greeting or role ("Hallo, Anna", "Danke, Anna"); a first name follows, then the answer
    ends or goes on after a comma, dash or bracket.
    """
    word, follower = tokens[0], tokens[2]
    if not word[:1].isupper() or word in NOT_NAMES or word in _HELLO or "[" in word:
        return False
    if follower != "[NAME]" and not (follower[:1].isupper() and _first_name_word(follower, lex)):
        return False
    if len(tokens) > 3 and tokens[3] not in (",", "–", "-", "(", ".", ";", "[DATUM]"):
        return False
    if lex.is_lower_word(word) or lex.german.get(word) not in (word, None):
        return False
    if word.lower().endswith(_INSTITUTION_ENDINGS + _PLACE_WORDS + _city_offices()):
        return False  # "Bürgerbüro, Anna": where someone works
    return not _is_person_noun(word) and not word.isupper()


def _widen(tokens, first: int, last: int) -> tuple[int, int]:
    """Take in name-like capitalised neighbours of a name: "Tran Van Minh", "Andrzej Nowak"."""
    while first > 0 and _name_like(tokens[first - 1]):
        first -= 1
    first = _initials_before(tokens, first)
    if first > 0 and tokens[first - 1] in _ALL_PARTICLES and not (
        tokens[first - 1] == "da" and _first_name_only(tokens[first])
    ):
        first -= 1  # "di Stefano", "da Silva" (not "bin da kevin")
        if first > 0 and tokens[first - 1] in ("van", "de"):
            first -= 1
    n = len(tokens)
    while last + 1 < n and _name_like(tokens[last + 1]) and not _abbreviation_at(tokens, last + 1):
        last += 1
    if last == first and (mention_surname(tokens, last + 1) or surname_after(tokens, last + 1)):
        last += 1  # "@Heiko Trautwein: ja …"
    # a surname's initial in lower case: "corinna b.", not "anna u. a."
    initial = last + 2 < n and tokens[last][:1].islower() and tokens[last + 2] == "."
    if initial and len(tokens[last + 1]) == 1 and tokens[last + 1].isalpha():
        if not (last + 4 < n and len(tokens[last + 3]) == 1 and tokens[last + 4] == "."):
            last += 1
    return first, last


def _widened_all(tokens, hits):
    """:func:`_widen` for every hit, with each run of name-like words worked out once."""
    n = len(tokens)
    like = list(map(_name_like, tokens))
    run_start = [0] * n
    for i in range(1, n):
        run_start[i] = run_start[i - 1] if like[i - 1] else i
    run_end = list(range(n))
    for i in range(n - 2, -1, -1):
        if like[i + 1] and not _abbreviation_at(tokens, i + 1):
            run_end[i] = run_end[i + 1]
    return [_widen(tokens, run_start[a], run_end[b]) for a, b in hits]


def _initials_before(tokens, first: int) -> int:
    """Take in the initials and "v." before a name: "G. F. [NAME]", "HJ v. [NAME]".

    Single capital letters with a period ("z. B." and "u. A." are abbreviations); after
    "v." also two capitals without one ("HJ", "KP").
    """
    start = first
    if first >= 2 and tokens[first - 1] == "." and tokens[first - 2] == "v":
        first -= 2  # "v. [NAME]": the particle of a noble name
        if first >= 1 and len(tokens[first - 1]) == 2 and tokens[first - 1].isupper():
            return first - 1  # "HJ v. [NAME]"
    while (
        first >= 2
        and tokens[first - 1] == "."
        and len(tokens[first - 2]) == 1
        and tokens[first - 2].isupper()
        and tokens[first - 2].isalpha()
        and not (first >= 4 and tokens[first - 3] == "." and tokens[first - 4].islower()
                 and len(tokens[first - 4]) == 1)
    ):
        first -= 2
    if first != start and tokens[first] == "v" and first + 2 == start:
        return start  # a lone "v." without initials: "Verein v. [NAME]" keeps it
    return first


def _abbreviation_at(tokens, i) -> bool:
    """"Abt.", "Jg.": a short unknown word before a period, an abbreviation, no surname."""
    word = tokens[i]
    return (
        len(word) <= 4
        and i + 1 < len(tokens)
        and tokens[i + 1] == "."
        and _strength_of(word) == 1
    )


def _name_like(word: str) -> bool:
    return (
        word[:1].isupper()
        and not _article_noun(word)
        and not word.isupper()
        and word not in _HELLO
        and _strength_of(word) != 0
    )


def _article_noun(word: str) -> bool:
    """Tell the dialect article fused with a noun: "D'Frau", "s'Rathaus" (not "D'Angelo")."""
    for mark in ("'", "’"):
        if mark in word:
            head, _, tail = word.partition(mark)
            if len(head) <= 2 and head.lower() in ("d", "s", "z"):
                lex = lexicon()
                lemma = lex.german.get(tail) or ""
                return tail in _PLAIN_PEOPLE or (
                    lemma[:1].isupper() and lex.is_common_noun(tail) and not lex.is_any_name(tail)
                )
    return False
