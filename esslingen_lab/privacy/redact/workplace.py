"""A person's place in a sentence: "Dannecker vom Bauamt", "mit Fuchs aus der Poststelle".

Words before a person ("mit", "laut", "danke"), the office or institution after it and the
verbs a person does there are evidence that a capitalised word names someone, even when it
is also a German word ("Vogel", "Koch") or follows "von der".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.lexicon import Lexicon, lexicon
from esslingen_lab.privacy.redact.strength import (
    _DETERMINERS,
    _LOCATIVE,
    _LONG_SURNAME_ENDINGS,
    _is_bare,
    _is_person_noun,
    _named_after_people,
    _strength_of,
)
from esslingen_lab.privacy.redact.vocabulary import (
    _HELLO,
    _NOUN_ENDINGS,
    NOT_NAMES,
    read_words,
)

_FROM = (("vom",), ("von", "der"), ("aus", "der"), ("aus", "dem"), ("im",), ("am",), ("beim",))
_FROM_FIRST = frozenset(phrase[0] for phrase in _FROM)


def _before_institution(tokens, i, lex: Lexicon) -> bool:
    """Tell an unknown word before "vom Bauamt", "aus der Kita": a person's name.

    The word is no German word (though it may look like a compound) and has no article.
    """
    if not _unknown_name_like(tokens[i]):
        return False
    prev = tokens[i - 1] if i else None
    if prev is not None and not _is_bare(prev, None, lex):
        return False
    if prev is not None and prev.lower() in _LOCATIVE:
        return False
    found = _from_phrase(tokens, i + 1)
    return found is not None and found[0][:1].isupper() and (
        lex.is_common_noun(found[0]) or lex.is_compound(found[0], min_stem=4)
    )  # "vom Bauamt", "aus dem Digitalteam", "vom Stadtteilbüro"


@lru_cache(maxsize=200_000)
def _unknown_name_like(word: str) -> bool:
    """Tell a word that is no German word and looks like no compound ("Dannecker")."""
    lex = lexicon()
    if (
        "-" in word
        or word.isupper()
        or word in NOT_NAMES
        or lex.is_german(word)
        or word.lower().endswith(_NOUN_ENDINGS)
    ):
        return False
    if lex.is_any_name(word):
        return True
    if lex.is_compound(word, min_stem=4) or lex.is_english(word):
        return False  # not "Computerausfall im Bürgeramt", "Fahrradbox am Bahnhof"
    # one slip from a German word, but a surname's ending: "Riedlinger" (not "Reperatur")
    return not lex.is_misspelt(word) or word.lower().endswith(_LONG_SURNAME_ENDINGS)


def _from_phrase(tokens, j):
    """Return the noun of "vom …", "aus der …" at ``j`` and the index after it, or None."""
    rest = tokens[j : j + 3]
    if not rest or rest[0].lower() not in _FROM_FIRST:
        return None  # asked for most capitalised words: one set look-up answers most
    lowered = tuple(w.lower() for w in rest)
    for phrase in _FROM:
        k = len(phrase)
        if len(rest) > k and lowered[:k] == phrase:
            return rest[k], j + k + 1
    return None


# words before a person ("mit Fuchs", "laut Kaiser", "danke Winter") and verbs a person does
# after "vom Bürgeramt" ("Vogel vom Bürgeramt hat …"): with the institution, two pieces of
# evidence that a surname which is also a German word ("Vogel", "Koch") names a person
_PERSON_BEFORE = frozenset(
    """
    mit bei an laut dank danke ohne von für war ist hat hab habe hatte frag fragt fragen gefragt
    gruß grüße grüßen dankeschön lob heißt hieß namens kollege kollegin mal
    """.split()
)
_PERSON_VERBS = frozenset(
    """
    hat hatte meinte meint sagte sagt half hilft erklärte erklärt kümmert kümmerte rief ruft
    schrieb schreibt weiß wusste antwortete antwortet konnte kann wollte will musste muss
    sitzt saß arbeitet arbeitete macht machte bearbeitet bearbeitete versprach
    verspricht meldet meldete reagiert reagierte telefoniert telefonierte nimmt nahm
    """.split()
)


def _surname_in_person_slot(tokens, i, lex: Lexicon) -> bool:
    """Tell a surname that is also a German word in the place of a person.

    It is a known surname, stands without an article, is followed by where the person works
    ("aus der Poststelle", "vom Bürgeramt", also after "und Stein") and has one more piece of
    evidence: a word before that takes a person ("mit", "laut", "danke") or a verb a person
    does after the institution ("hat", "meinte").
    """
    word = tokens[i]
    if "-" in word or word.isupper() or word in NOT_NAMES:
        return False
    if word not in lex.last and not _dictionary_surname(word, lex):
        if not _compound_surname(word, lex):
            return False
    prev = tokens[i - 1] if i else None
    if prev is not None and prev.lower() in _ARTICLES:
        return _surname_with_article(tokens, i, lex)
    if prev is not None and (not _is_bare(prev, None, lex) or prev.lower() in _LOCATIVE):
        return False
    j = i + 1
    if (
        j + 1 < len(tokens)
        and tokens[j].lower() == "und"
        and tokens[j + 1][:1].isupper()
        and (tokens[j + 1] in lex.last or _strength_of(tokens[j + 1]) != 0)
    ):
        j += 2  # "an Bauer und Stein aus dem Planungsteam"
    end = _institution_end(tokens, j, lex)
    if end is None:
        return False  # "für Klein und Groß", "Fuchs und Hase": no office, no person
    after = end < len(tokens) and tokens[end].lower() in _PERSON_VERBS
    if (
        not after
        and end + 1 < len(tokens)
        and tokens[end] == ","
        and tokens[end + 1].lower() in _RELATIVE_PERSON
        and (prev is None or prev in _CLAUSE_START)
    ):
        after = True  # "Kaiser aus dem Bauamt, der immer alles korrigiert": a person
    if word not in lex.last:
        # a surname only the dictionary has ("Kübler"): "mit", "habe" also take things
        # ("mit Eimer vom Bauhof"), so only greeting and citing words, or a sentence's
        # start before a person's verb; a compound ("Gutekunst") only before what a person
        # says or does for someone ("Terminchaos im Bürgeramt hat mich genervt" stays)
        compound = not _dictionary_surname(word, lex)
        if after and compound:
            after = _does_for_someone(tokens, end)
        low = "" if prev is None else prev.lower()
        greeting = low in _GREETING_BEFORE and not (compound and low == "laut")
        talked = low == "mit" and not compound and _TALKED.search(" ".join(tokens[end : end + 8]))
        return ((prev is None or prev in _CLAUSE_START) and after) or greeting or bool(talked) or (
            low in _SAID_BEFORE
        )  # "laut Elternbrief im Schulverwaltungsamt" stays; "mit Wörner vom … telefoniert"
    before = prev is not None and prev.lower() in _PERSON_BEFORE
    return before or after


# one talks with a person, not with a thing: "Habe mit Wörner vom Digitalteam telefoniert"
_TALKED = regex.compile(
    r"^(?:[^.!?;:,]*\s)?(?:telefoniert|gesprochen|geredet|geschrieben|gemailt|gechattet|"
    r"telefonieren|sprechen|reden)(?:\s|$|[.!?,;])"
)
_ARTICLES = frozenset(("der", "die", "den", "dem"))
_RELATIVE_PERSON = frozenset(("der", "die", "dessen", "deren"))
_CLAUSE_START = frozenset(".!?:;\n\"„“”–")

# what a person does as the subject of a sentence: "Winter hatte recht", "Keller hat im
# Ausschuss den Bericht vorgestellt", "Vogel hat mein Ticket geschlossen", "Sommer meinte …"
_SUBJECT_SPEECH = frozenset(
    """
    meinte meint sagte sagt erklärte erklärt schrieb schreibt antwortete antwortet versprach
    verspricht behauptet behauptete betonte betont telefonierte telefoniert rief ruft
    """.split()
)
_SUBJECT_PARTICIPLES = frozenset(
    """
    erklärt geholfen gesagt versprochen geantwortet beantwortet zurückgerufen angerufen
    gezeigt weitergeholfen beraten gemeint eingerichtet geschrieben empfohlen erzählt
    organisiert ausgefüllt ausgestellt bearbeitet genehmigt abgelehnt vermittelt besorgt
    vorgestellt präsentiert geschlossen gelöscht weitergeleitet unterschrieben gefragt
    vorgeschlagen angekündigt zugesagt behauptet freigeschaltet zurückgeschrieben gemailt
    abgewimmelt vertröstet ignoriert korrigiert kontrolliert begründet
    """.split()
)
_HAS = frozenset(("hat", "hatte"))
# newspapers and magazines that are surnames too ("Spiegel schreibt …"), and events that
# teach or show ("Corona hat uns gezeigt …")
_MEDIA = frozenset(
    "Spiegel Bild Stern Focus Welt Zeit Presse Kurier Bote Merkur Corona Krieg Krise".split()
)


def _surname_as_subject(tokens, i, lex: Lexicon) -> bool:
    """Tell a surname that is also a German word opening a sentence as a person's subject.

    "Winter hatte recht", "Keller hat im Ausschuss den Bericht vorgestellt", "Vogel hat
    mein Ticket geschlossen", "Hahn erklärt das immer …": a surname of the gazetteer
    without an article, at a sentence's start, followed by a verb of speaking, or by
    "hat"/"hatte" and "recht" or a participle of what people do in the same clause ("Winter
    hat uns erwischt", "Wasser hat den Keller überflutet" stay).
    """
    word = tokens[i]
    if word not in lex.last or "-" in word or word.isupper() or word in NOT_NAMES:
        return False
    if word in _MEDIA or word in _PLAIN_PEOPLE or _is_person_noun(word):
        return False
    if i and tokens[i - 1] not in _CLAUSE_START:
        return False
    if i + 1 >= len(tokens):
        return False
    verb = tokens[i + 1]
    if verb in _SUBJECT_SPEECH:
        return True
    if verb not in _HAS or i + 2 >= len(tokens):
        return False
    if tokens[i + 2] in ("recht", "Recht") and (
        i + 3 >= len(tokens) or tokens[i + 3] in _CLAUSE_START or tokens[i + 3] in (",", "mit")
    ):
        return True  # "Winter hatte recht:" (not "Glück hat, wer …")
    to_person = False
    for token in tokens[i + 2 : i + 16]:
        if token in _CLAUSE_START or token == ",":
            return False
        to_person = to_person or token in _OBJECTS
        if token in _SUBJECT_PARTICIPLES:
            # "Corona hat gezeigt, dass …": things show and prove; people show someone
            return to_person or token not in _THINGS_DO_TOO
    return False


def _does_for_someone(tokens, j: int) -> bool:
    """Tell "meinte …", "hat mir … erklärt" at ``j``: what a person says or does for one."""
    if j >= len(tokens):
        return False
    if tokens[j].lower() in _SPEECH_VERBS:
        return True
    if tokens[j].lower() not in _HAS or j + 1 >= len(tokens) or tokens[j + 1] not in _OBJECTS:
        return False
    for token in tokens[j + 2 : j + 14]:
        if token in _CLAUSE_START or token == ",":
            return False
        if token in _SUBJECT_PARTICIPLES:
            return True
    return False


# participles said of things as often as of people: only with a person as object
_THINGS_DO_TOO = frozenset("gezeigt erzählt geholfen ausgestellt".split())
# what a person does, not a thing from an office ("der Link vom Bürgeramt hat …")
_SPEECH_VERBS = frozenset(
    """
    meinte meint sagte sagt erklärte erklärt half hilft rief ruft antwortete antwortet
    versprach verspricht weiß wusste kümmert kümmerte telefonierte telefoniert
    """.split()
)
_SPEECH_PARTICIPLES = frozenset(
    """
    erklärt geholfen gesagt versprochen geantwortet zurückgerufen angerufen gezeigt
    weitergeholfen beraten gemeint
    """.split()
)
_OBJECTS = frozenset("mir uns ihm ihr mich ihn sie dir dich euch".split())
# "der Mann vom Ordnungsamt meinte": people, not names
_PLAIN_PEOPLE = frozenset("Mann Frau Herr Typ Kerl Junge Dame Mensch Bursche Kumpel".split())


def _surname_with_article(tokens, i, lex: Lexicon) -> bool:
    """Tell "der Adler aus der Kämmerei hat mir erklärt": a listed surname with an article.

    Spoken German puts an article before a surname. Only a known surname (not a person
    noun such as "Mann"), then a city office (not a shop or school: "der Koch aus der
    Kantine" is a cook), then what a person does: a verb of speaking or helping, or
    "hat mir … erklärt".
    """
    word = tokens[i]
    if word not in lex.last or word in _PLAIN_PEOPLE or _is_person_noun(word):
        return False
    found = _from_phrase(tokens, i + 1)
    if found is None or not found[0][:1].isupper():
        return False
    if not found[0].lower().endswith(tuple(read_words("city_offices"))):
        return False
    after = [t.lower() for t in tokens[found[1] : found[1] + 5]]
    if after and after[0] in _SPEECH_VERBS:
        return True
    return bool(
        len(after) >= 3
        and after[0] in ("hat", "hatte")
        and after[1] in _OBJECTS
        and any(t in _SPEECH_PARTICIPLES for t in after[2:])
    )


_GREETING_BEFORE = frozenset("an laut dank danke dankeschön gruß grüße grüßen lob".split())
# a verb of speaking before its subject: "Am Telefon sagte Gutekunst von der Zulassungsstelle"
_SAID_BEFORE = frozenset(
    "sagte meinte erklärte schrieb antwortete versprach behauptete riet empfahl".split()
)


@lru_cache(maxsize=50_000)
def _compound_surname(word: str, lex: Lexicon) -> bool:
    """Tell a surname made of an adjective and a noun that the dictionary does not list.

    "Gutekunst", "Weißhaupt", "Dürrschnabel": they read as compounds, so no rule takes them
    without a cue; "Glasfaserausbau" and "Bürgerkonto" are listed, "Telefonsupport" and
    "Bandansage" are made of nouns. Used only where two pieces of evidence show a person,
    as for :func:`_dictionary_surname`.
    """
    if not 6 <= len(word) <= 40 or not word[:1].isupper() or not word[1:].islower():
        return False
    if word in NOT_NAMES:
        return False
    if word in lex.german or word.lower().endswith(_NOUN_ENDINGS) or _is_person_noun(word):
        return False
    if not lex.is_compound(word):
        return False
    # an adjective and a noun, as surnames are made ("Gute|kunst", "Weiß|haupt", "Dürr|
    # schnabel"); a thing's compound is made of nouns ("Telefon|support", "Band|ansage")
    lower = word.lower()
    return any(
        (lex.is_adjective(lower[:cut]) or lex.is_adjective(lower[:cut] + "e"))
        and lower[cut:].capitalize() in lex.german
        for cut in range(3, len(lower) - 3)
    )


# endings of German and other surnames ("Kübler", "Strähle", "Oberdorfer", "Wiśniewski")
SURNAME_ENDINGS = (
    "er", "le", "el", "lin", "mann", "ski", "ska", "cki", "cka", "ić", "ic", "escu", "oğlu",
    "oglu", "ow", "ova", "eva", "enko", "uk", "yk", "berg", "bach", "hofer", "inger",
)


@lru_cache(maxsize=50_000)
def _dictionary_surname(word: str, lex: Lexicon) -> bool:
    """Tell a capitalised word that may be a surname though the dictionary lists it.

    The German word list has many surnames as nouns ("Kübler", "Wörner", "Strähle"): a
    word with a surname's ending that exists only capitalised, is no person or workplace
    noun and no inflected form. Used only where two pieces of evidence show a person.
    """
    if not word[:1].isupper() or len(word) < 4:
        return False
    lower_lemma = lex.german.get(word.lower())
    if lower_lemma is not None and not (
        lower_lemma.endswith("n") and lower_lemma != word.lower() and word not in lex.german
    ):
        return False  # "Alle", "Viele", "Weiter"; but "Strähle" (only a verb form "strähle")
    lower = word.lower()
    if lower.endswith(_NOUN_ENDINGS) or lower.endswith(_workplaces()) or _is_person_noun(word):
        return False
    lemma = lex.german.get(word)
    if lemma is not None and lemma != word:
        return False
    return lower.endswith(SURNAME_ENDINGS)


def shouted_noun(word: str, lex: Lexicon) -> bool:
    """Tell a noun shouted in capitals ("KINO", "FREIBAD") from a surname ("KRÄMER").

    A declined noun of the dictionary (:meth:`Lexicon.is_shouted_noun`) that has no
    surname's ending the dictionary lists surnames with ("Kübler", "Wörner").
    """
    if not lex.is_shouted_noun(word):
        return False
    return not any(
        _dictionary_surname(part[:1] + part[1:].lower(), lex) for part in word.split("-")
    )


def _german_particle_name(tokens, i, lex: Lexicon):
    """"hat von der Linden geschrieben", "laut von Bismarck im Amt": a name after "von".

    The word after "von" / "von der" / "zu" is a known name (or no German word) and no common
    noun ("von der Stadt"), and a person's place is on either side: a word that takes a
    person before ("hat", "laut", "mit") or an institution or a person's verb after.
    """
    start = i - 1
    if start >= 1 and tokens[start] in ("der", "dem", "den", "zu"):
        start -= 1
    if start < 0 or tokens[start] not in ("von", "zu"):
        return None
    word = tokens[i]
    if word in NOT_NAMES or word.isupper() or not word[:1].isupper():
        return None
    lemma = lex.german.get(word) or ""
    before = tokens[start - 1].lower() if start else ""
    # "Die von Brackenfels aus dem Gemeinderat": an article right before "von" makes it a
    # name's particle (a noun would take its own article: "die von der Stadt"), so a word
    # in its base form counts though it looks like a compound or a place ("Wartenberg")
    article = (
        before in _ARTICLES and start == i - 1 and lemma in ("", word)
        and not lex.is_lower_word(word)
    )
    if lemma[:1].isupper() and not lex.is_any_name(word) and not article:
        return None  # "von der Stadt", "mit von der Partie"
    if not (lex.is_any_name(word) or _strength_of(word) != 0 or article):
        return None
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    if nxt in ("nach", "bis", "über", "richtung"):
        return None  # "von Hagen nach Dortmund": places
    if article:
        found = _from_phrase(tokens, i + 1)
        in_body = found is not None and found[0].lower().endswith(_BODIES)
        if not (in_body or nxt in _PERSON_VERBS or _institution_end(tokens, i + 1, lex)):
            return None  # "Die von Esslingen aus dem Umland": people from a place
    elif not (
        before in _PERSON_BEFORE
        or nxt in _PERSON_VERBS
        or _institution_end(tokens, i + 1, lex) is not None
    ):
        return None
    if start == i - 1 and before not in _NO_PREPOSITION_AFTER and not article:
        return i, i  # "habe von Weber gehört": "von" is the preposition, not the name's
    return start, i


# councils and committees a person sits on: "die von Brackenfels aus dem Gemeinderat"
_BODIES = ("rat", "ausschuss", "vorstand", "kreistag", "landtag", "bundestag", "fraktion")

# words after which "von" cannot be a preposition: "laut von Bismarck", "an von Hagen"
_NO_PREPOSITION_AFTER = frozenset("laut an mit bei dank danke für ohne gruß grüße".split())


def _institution_end(tokens, j, lex: Lexicon):
    """Index after "vom Bürgeramt", "aus der Poststelle" starting at ``j``, or None."""
    found = _from_phrase(tokens, j)
    if found is not None and found[0][:1].isupper() and found[0].lower().endswith(_workplaces()):
        return found[1]
    return None


@lru_cache(maxsize=1)
def _workplaces() -> tuple[str, ...]:
    """Word endings of offices and institutions where a person works ("Bürgeramt", "Kita")."""
    return tuple(read_words("city_offices")) + tuple(read_words("institutions"))


_COMPASS = frozenset("Nord Süd Ost West Nordost Nordwest Südost Südwest".split())
_LIST_JOINS = frozenset(("und", ",", "&", "sowie"))


def _coordinated(tokens, hits, lex: Lexicon):
    """Add surnames listed beside a name: "an Schwarzkopf und Eberle", "[NAME] und Tröster".

    A word joined by "und" or a comma to a name found (or a [NAME] tag) is a name too when
    it could be one on its own: a surname of the gazetteer or the dictionary, a word of no
    language, a hyphenated name; never a role, kin or office noun ("[NAME] und Familie").
    """
    # anchors: a tag or a name found that is a name wherever it stands (not "Müller")
    anchors = {
        k for a, b in hits for k in range(a, b + 1) if b > a or _strength_of(tokens[k]) > 0
    }
    if "[NAME]" in tokens:  # a list scan in C first: most texts hold no tag
        anchors.update(k for k, token in enumerate(tokens) if token == "[NAME]")
    if not anchors:
        return hits
    added = []
    n = len(tokens)
    for k in sorted(anchors):
        for join, other in ((k + 1, k + 2), (k - 1, k - 2)):
            if not (0 <= other < n) or tokens[join] not in _LIST_JOINS or other in anchors:
                continue
            if other < k and other > 0 and tokens[other - 1].lower() in _DETERMINERS:
                continue  # "die Stadt und [NAME]"
            if _may_be_listed_name(tokens[other], lex) and not (
                other + 1 < n and tokens[other + 1][:1].isupper() and other > k
                and lex.is_common_noun(tokens[other + 1])
            ):
                added.append((other, other))
                anchors.add(other)
    return sorted(hits + added) if added else hits


@lru_cache(maxsize=50_000)
def _may_be_listed_name(word: str, lex: Lexicon) -> bool:
    if not word[:1].isupper() or word.isupper() or len(word) < 3 or word in NOT_NAMES:
        return False
    if word in _named_after_people() or _is_person_noun(word) or word in _HELLO:
        return False  # (a greeting before a name: "Hallöle, Lena")
    if word.lower().endswith(_workplaces()):
        return False
    if "-" in word:  # "Mayer-Vorfelder", not "West-Ost"
        parts = word.split("-")
        return any(map(lex.is_any_name, parts)) and _COMPASS.isdisjoint(parts)
    strength = _strength_of(word)
    if strength == 2 or word in lex.last or _dictionary_surname(word, lex):
        return True
    # an unknown word with a surname's ending ("Gaukel"), not a place ("Ippendorf")
    return strength == 1 and word.lower().endswith(SURNAME_ENDINGS)
