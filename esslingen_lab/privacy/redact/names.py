"""Names: accepting, trimming and rejecting candidate name spans, and first-name spans.

A capitalised German word is usually a noun, so a candidate is checked against role words,
noun endings and lower-case stop words before it is redacted.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.ambiguous_names import named_in_context
from esslingen_lab.privacy.redact.greeted_signers import greeted_not_signed
from esslingen_lab.privacy.redact.patterns import (
    _INITIAL,
    _INSTITUTION,
    _NAME_TOKEN,
    _PARTICLE,
    _PARTICLE2,
)
from esslingen_lab.privacy.redact.possessive_sign_offs import possessive_not_signed
from esslingen_lab.privacy.redact.strength import elided_part
from esslingen_lab.privacy.redact.vocabulary import (
    _AMBIGUOUS_FIRST_NAMES,
    _GENERIC_BEFORE,
    _LOWER_STOP,
    _NOUN_ENDINGS,
    FIRST_NAMES,
    NOT_NAMES,
    _double_first_name,
    office_title,
)

_CAPITALISED = regex.compile(
    r"(?<![\p{L}\-.])(?<!\bSt\.\s)(?<!\bSankt\s)\p{Lu}\p{L}*+(?:-\p{Lu}\p{L}*+)*+(?![\p{L}\-])"
)
_SURNAME_TAIL = regex.compile(
    rf"(?:[^\S\n]+(?:{_INITIAL}|{_NAME_TOKEN})){{1,2}}(?![\p{{L}}\-])", regex.VERSION1
)
_INSTITUTION_AFTER = regex.compile(rf"\s*-?{_INSTITUTION}", regex.VERSION1)
_INSTITUTION_IN_TAIL = regex.compile(rf"[\s\-]{_INSTITUTION}(?![\p{{L}}])", regex.VERSION1)


def _first_name_spans(text: str):
    """Spans of known first names, with the surname that follows when there is one.

    A set look-up per capitalised word is much faster than one regex alternation of
    hundreds of names.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    gazetteer = gazetteer_first_names()
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word not in FIRST_NAMES and not ("-" in word and _double_first_name(word)):
            # a first name only the gazetteer knows ("Ortwin"): only with a surname that
            # is no plain noun ("Ortwin Schlotterbeck", not "Rose Garten")
            if word not in gazetteer:
                continue
            tail = _SURNAME_TAIL.match(text, match.end())
            if tail is None:
                continue
            if _noun_tail(tail.group()) or not _surname_like(tail.group().split()[0], lex):
                continue
        else:
            tail = _SURNAME_TAIL.match(text, match.end())
            first = tail.group().split()[0] if tail is not None else ""
            if tail is not None and _inflected_noun(first, lex) and (
                word in _AMBIGUOUS_FIRST_NAMES or _TAIL_ENDS.match(text, tail.end()) is None
                or lex.is_lower_word(first)  # "BEI KARIN MELDEN,": a verb in capitals
            ):
                # "Rosa Schutzhüllen": a plural noun after it, no surname; but a clear first
                # name's word closing the phrase is one ("Tobias Lehle.", "Brigitte Leins,")
                tail = None
        if (
            tail is not None
            # the article sits right before the name: look at a short window, not the
            # whole text before it (that made "Anna " * 20,000 take a minute)
            and _DETERMINER_BEFORE.search(text, max(0, match.start() - 40), match.start())
            and _noun_tail(tail.group())
            and (
                _AFFILIATION_AFTER.match(text, tail.end()) is None
                or lex.is_english(tail.group().split()[-1].lower())  # "die Luca App vom …"
            )
        ):
            # "die Luca App": an article, a first name, a noun: a product's name (not "Der
            # Kevin Ruoff vom Jugendgemeinderat": where a person is from follows)
            continue
        end = tail.end() if tail else match.end()
        if _INSTITUTION_AFTER.match(text, end) or (
            tail is not None and _INSTITUTION_IN_TAIL.search(tail.group())
        ):
            continue  # "Robert Bosch Krankenhaus", "Anne Frank Schule"
        if (
            tail is None
            and word in _AMBIGUOUS_FIRST_NAMES
            and not named_in_context(text, match)
        ):
            continue
        if tail is None and _INDEFINITE_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            if lex.is_german(word):
                continue  # "jemand hat einen Wolf gesehen": a noun after "ein", no first name
        yield match.start(), end


_TAIL_ENDS = regex.compile(r"[^\S\n]*(?:[.,;:!?)]|\n|$)")


def _inflected_noun(word: str, lex) -> bool:
    """Tell a German noun in an inflected form that is no surname ("Schutzhüllen")."""
    lemma = lex.german.get(word)
    return (
        lemma is not None
        and lemma != word
        and lemma[:1].isupper()
        and word not in lex.last
        and lemma not in lex.last  # "Emma Schmidts Geburtstag": a surname's genitive
        and word not in FIRST_NAMES
    )


@lru_cache(maxsize=1)
def gazetteer_first_names() -> frozenset:
    """Return the gazetteer's first names that are no lower-case German word ("Sie" is out).

    Names with a hyphen and the package's ambiguous first names are left out too.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    return frozenset(
        name for name in lex.first
        if name[:1].isupper() and "-" not in name and name not in _AMBIGUOUS_FIRST_NAMES
        and not lex.is_lower_word(name)
    )  # fmt: skip


def _surname_like(word: str, lex) -> bool:
    """Tell a word that may follow a first name as its surname: a listed or unknown word."""
    if not word[:1].isupper() or word.isupper():
        return False
    return word in lex.last or not lex.is_german(word)


# an indefinite article or "kein", perhaps with an adjective: "einen (großen) Wolf"
_INDEFINITE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:[Ee]ine?[mnrs]?|[Kk]eine?[mnrs]?)\s+(?:\p{Ll}+e[mnrs]?\s+)?$"
)
_AFFILIATION_AFTER = regex.compile(
    r"\x20+(?:vom|von\x20+der|von\x20+dem|aus\x20+dem|aus\x20+der|beim|bei\x20+der)\x20+\p{Lu}"
)
_DETERMINER_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:[Dd](?:ie|er|as|en|em|es)|[Ee]ine?[mnrs]?|[Ii]m|[Aa]m|[Zz]u[mr])\s+$"
)


def _noun_tail(tail: str) -> bool:
    """Tell a tail of German common nouns that are no names ("App", "Karte")."""
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    words = tail.split()
    return bool(words) and all(
        w[:1].isupper() and lex.is_common_noun(w) and (lex.german.get(w) or "")[:1].isupper()
        for w in words
    )


def _valid_name(value: str) -> bool:
    """Check a candidate name span: reject common nouns and role words."""
    if not (words := value.split()):
        return False
    first = words[0].rstrip(".,")
    if first in NOT_NAMES or office_title(first) and len(words) == 1:
        return False  # "Lieber Herr Ortsvorsteher,": an office, no name
    lower = first.lower()
    if any(lower.endswith(end) for end in _NOUN_ENDINGS) and first not in FIRST_NAMES:
        return _listed_surname(first)  # "Frau Jung", "Herr Hartung": surnames, no nouns
    return True


def _long_compound(word: str) -> bool:
    """Tell a long compound noun for a group, a place or an event ("Zukunftswerkstatt").

    Only with such a head: many long surnames are compounds too ("Lautenschlager",
    "Sonnenschein", "Steinmetzger").
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    if len(word) < 12 or not word[:1].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    if not lower.endswith(_GROUP_HEADS + tuple(_NOUN_ENDINGS)):
        return False
    lex = lexicon()
    return not lex.is_any_name(word) and lex.is_compound(word)


# the heads of a group's, a place's or an event's name
_GROUP_HEADS = (
    "werkstatt", "werk", "kreis", "runde", "forum", "netzwerk", "netz", "projekt", "treff",
    "laden", "markt", "gruppe", "verein", "initiative", "rat", "beirat", "café", "cafe",
    "börse", "stammtisch", "akademie", "labor", "lab", "messe", "fest", "tag", "abend",
)


def _listed_surname(word: str) -> bool:
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    if "-" in word:  # "Schäffler-Neuhaus": a double name with a surname or no word in it
        parts = word.split("-")
        return all(p[:1].isupper() for p in parts) and any(
            p in lex.last or not lex.is_german(p) for p in parts
        ) and not parts[-1].endswith(("ung", "heit", "keit", "schaft", "tion"))  # "-Stiftung"
    return word in lex.last


def _is_first_name(word: str) -> bool:
    return word in FIRST_NAMES or word[:1].upper() + word[1:] in FIRST_NAMES


_SPACES = regex.compile(r"(\s+)")
_PARTICLE_RE = regex.compile(rf"{_PARTICLE}|{_PARTICLE2}")


def _is_particle(word: str) -> bool:
    return _PARTICLE_RE.fullmatch(word) is not None


def _trim_name(value: str, *, after_title: bool = False) -> str:
    """Cut a name span before the first word that is clearly not part of a name.

    After a title ("Frau", "Dr.") particles with an article may precede a noun ("Frau von
    der Aue"); elsewhere a particle before a common noun is a preposition ("zu Hause").
    """
    words = _SPACES.split(value.strip())
    kept: list[str] = []
    name_words = 0
    for i in range(0, len(words), 2):
        word = words[i]
        bare = word.rstrip(".,;:")
        if not bare:
            break
        capital_particle = bool(name_words) and bare[:1].isupper() and _is_particle(bare.lower())
        if capital_particle and _is_particle(kept[-1].rstrip(".,;:").lower()):
            pass  # "Jana De La Cruz": the second particle of two
        elif capital_particle and i + 2 < len(words) and _is_particle(words[i + 2].lower()):
            pass  # "De La …": a particle before a particle
        elif capital_particle and not _capital_particle_name(" ".join(words[i::2])):
            break  # "Frau Weber Da drüben": "Da" is no particle before a name here
        if name_words and not capital_particle and (
            bare in NOT_NAMES or (
                any(bare.lower().endswith(end) for end in _NOUN_ENDINGS)
                # a listed surname after a listed first name stays: "Gerd Jung", "Eva Hartung"
                and not (_is_first_name(kept[-1].rstrip(".,;:")) and _listed_surname(bare))
            )
        ):
            break
        first_particle = _is_particle(bare) and not (kept and _is_particle(kept[-1]))
        if first_particle and not _particle_then_name(
            words[i + 2 :: 2], after_title, after_name=bool(name_words),
            foreign=bare.lower() in _FOREIGN_ONLY,
        ):
            break  # "Emma zu Hause", "Frau von Amts wegen": a preposition, no name particle
        lower = bare[:1].islower() and not _is_particle(bare)
        if lower and (bare in _LOWER_STOP or (name_words and not _is_first_name(kept[-1]))):
            # lower-case text: a second word only after a first name ("kevin schuster")
            break
        if kept:
            kept.append(words[i - 1])
        kept.append(word)
        if not _is_particle(bare):
            name_words += 1
    while len(kept) > 2 and _is_particle(kept[-1].rstrip(".,;:")):
        del kept[-2:]  # "van Dyck von der Kfz-Stelle": the particles of what follows stay
    return "".join(kept)


# particles of names German has no word for: what follows them is a name
_FOREIGN_ONLY = frozenset(("ter", "ten", "van", "del", "della", "dos"))


def _thing_named(text: str, start: int, word: str) -> bool:
    from esslingen_lab.privacy.redact.naming import thing_named_first_name

    return thing_named_first_name(text, start, word)


def _particle_then_name(
    rest, after_title: bool = False, after_name: bool = False, foreign: bool = False
) -> bool:
    """Tell the words after a particle: more particles, then a name, not a common noun.

    After a surname a compound noun is an office ("Herr Sonntag von der Verkehrsbehörde");
    right after the title it is the family's name ("Herr von der Schulenburg"). After a
    particle German has no word for ("ter", "van") a noun is the name too ("Herrn ter Haar").
    """
    from esslingen_lab.privacy.redact.cueless_lower import _city_offices
    from esslingen_lab.privacy.redact.lexicon import lexicon
    from esslingen_lab.privacy.redact.vocabulary import INSTITUTION_WORDS, body_named

    article = False
    for word in rest:
        bare = word.rstrip(".,;:")
        if _is_particle(bare):
            article = True
            continue
        lex = lexicon()
        if foreign and (after_title or after_name):
            return bare[:1].isupper() and len(bare) >= 2
        if after_title and article:
            # "Frau von der Aue", not "von der Kfz-Stelle", "Herr von der Stadtverwaltung" nor,
            # after a surname, a compound noun ("Herr Sonntag von der Verkehrsbehörde")
            # ("Herr von der IT", "Frau von der AOK", "der Herr von der Stadt", "von der Post")
            low = bare.lower()  # ("Frau von der Stadtbücherei": a house's compound)
            office = low.endswith(_city_offices()) or body_named(bare) or any(
                low.endswith(end) and len(low) >= len(end) + 3 for end in INSTITUTION_WORDS
            ) or (
                after_name and len(bare) >= 9 and lex.is_compound(bare)
                and not low.endswith(("burg", "berg", "feld"))
            )
            return bare[:1].isupper() and not office and not (
                "-" in bare and lex.is_common_noun(bare.rsplit("-", 1)[1]))
        if bare[:1].islower():
            # typed in lower case: "herr van dijk", "frau von stetten" (not "von nebenan")
            return (
                len(bare) >= 3
                and bare not in _LOWER_STOP
                and not lex.is_german(bare)
                and not lex.is_common_noun(bare[:1].upper() + bare[1:])  # "de la cruz"
                and not lex.is_english(bare)
            )
        if after_title and lex.german.get(bare) in (bare, None) and (
            not lex.is_lower_word(bare) or len(bare) <= 3  # "Frau von Au" ("au" a cry)
        ):
            return True  # "Frau Dr. von Wartenberg" (not "Herr von Amts wegen")
        lemma = lex.german.get(bare) or ""
        noun = lemma[:1].isupper() and not lex.is_any_name(bare)
        return bare[:1].isupper() and not noun
    return False


_TITLE_BEFORE = regex.compile(
    r"(?:Herrn?|Hr\.|Frau|Freifrau|Freiherrn?|Dr\.|Prof\.|Professorin?)\s+$"
)


# a car's make and model, no plate and no name: "BMW X5", "VW ID3", "Ford S-Max", "Kia EV6"
_CAR_MODEL = regex.compile(
    r"(?:BMW|VW|KIA|Kia|BYD|AMG|GMC|Ford|Opel|Seat|Cupra|Skoda|Tesla|Mazda|Dacia|Fiat"
    r"|Renault|Peugeot|Citroen|Citroën|Toyota|Honda|Nissan|Hyundai|Volvo|Mini|MINI|Smart"
    r"|Porsche|Mercedes|Audi|Suzuki|Mitsubishi|Subaru|Lexus|Jeep|Alfa|Lancia|Polestar)"
    r"[\x20\-]+(?:\p{Lu}{1,3}\d{1,3}\p{L}?|\p{L}{1,2}-\p{Lu}\p{L}+|\p{Lu}{1,3}-?\p{L}?\d{1,3})"
    r"(?![\p{L}\d])",
    regex.VERSION1,
)


def office_mailbox(value: str) -> bool:
    """Tell an office's mailbox at a public body told in words (see email_words.py)."""
    from esslingen_lab.privacy.redact.email_words import office_mailbox as _office_mailbox

    return _office_mailbox(value)


# words kept as no names (NOT_NAMES) that are surnames after "Frau"/"Herr": "Frau Sonntag vom
# Jobcenter", "Herr Freitag", "Frau Sonne" (a weekday, a month, the sun never follow a title)
_TITLE_SURNAMES = frozenset("Sonntag Montag Freitag Samstag Sonne Mai Glück Post".split())
# "Die Frau Sonntag abends im Bus": a time of day after the weekday
_TIME_OF_DAY = regex.compile(
    r"\x20+(?i:abends?|morgens?|früh|nachmittags?|mittags?|vormittags?|nachts?)\b"
)
# "Frau Hornung", "Dr. Hartung": a title of _TITLE_BEFORE (only after one is this asked),
# then a word with the noun ending "-ung"; not after an article or possessive ("meine Frau
# Hilfe holen", "die Frau Zeitung lesen")
_TITLE_ALONE_BEFORE = regex.compile(
    r"(?<!(?<![\p{L}])(?i:ein|eine|einer|einem|einen|meine|deine|seine|ihre|unsere|eure|und|mit|"
    r"für|zu|als|ohne|jede|keine|der|den|dem)\s+)"
    r"(?:Herrn?|Frau|Dr\.|Prof\.)(?:\s+(?:Dr\.|med\.))*\s+$"
)


def _surname_in_ung(first: str, trimmed: str, text: str, start: int) -> bool:
    from esslingen_lab.privacy.redact.lexicon import lexicon

    if " " in trimmed or not first.endswith("ung") or not first[1:].islower():
        return False
    stem, lex = first[:-3].lower(), lexicon()
    if lex.is_german(stem + "en") or lex.is_german(stem + "n") or lex.is_compound(first):
        return False  # "Frau Leitung", "Frau Stadtverwaltung": a noun of a verb, a compound
    return _TITLE_ALONE_BEFORE.search(text, max(0, start - 40), start) is not None


# "meine Frau Sonntag früh angerufen": one's wife, a weekday
_POSSESSIVE_TITLE = regex.compile(
    r"(?i:\b(?:meine|meiner|seine|seiner|ihre|ihrer|unsere|deine|eure)\s+(?:frau|mann))\s+$"
)


def _accept(kind: str, value: str, text: str, start: int) -> str | None:
    """Return the part of ``value`` to redact, or None to leave the match alone."""
    if kind == "TELEFON":
        return None if _after_public_paper(text, start) else value
    if kind in ("KFZ", "NAME") and _CAR_MODEL.match(text, start) is not None:
        return None  # "Mein Auto ist ein BMW X5", "ein Ford S-Max"
    if kind == "EMAIL" and " " in value and office_mailbox(value):
        return None  # "info at esslingen punkt de": an office's mailbox, as when written plainly
    if kind != "NAME":
        return value
    after_title = _TITLE_BEFORE.search(text, max(0, start - 24), start) is not None
    if after_title and value[:1].isupper() and _capital_particle_name(value):
        # "Herr Von der Leyen": trimmed as "von der Leyen", written as typed
        # every leading particle lower-cased ("De La Cruz" as "de la Cruz"); same length
        parts = value.split(" ")
        for k, word in enumerate(parts[:2]):
            if not _is_particle(word.rstrip(".,;:").lower()):
                break
            parts[k] = word[:1].lower() + word[1:]
        lowered = " ".join(parts)
        trimmed = value[: len(_trim_name(lowered, after_title=True).rstrip(" ,.;:"))]
    else:
        trimmed = _trim_name(value, after_title=after_title).rstrip(" ,.;:")
    if not trimmed:
        return None
    first = trimmed.split()[0]
    if first[:1].islower() and first.lower() in _LOWER_STOP and not _is_particle(first):
        return None
    if not _valid_name(trimmed) and not (after_title and (
        _capital_particle_name(trimmed) or _caps_surname(first)
        or (first in _TITLE_SURNAMES and len(trimmed.split()) == 1
            and not _POSSESSIVE_TITLE.search(text, max(0, start - 24), start)
            and not _TIME_OF_DAY.match(text, start + len(trimmed)))
        or _surname_in_ung(first, trimmed, text, start)
    )):
        return None
    if not after_title and _long_compound(first):
        return None  # "Kontakt: Zukunftswerkstatt Zell": a long compound noun names no one
    if not after_title and elided_part(text, start, start + len(trimmed)):
        return None  # "Hochzeits- und Familienfotos": half a compound, not a name
    if possessive_not_signed(first, trimmed, text, start):
        return None  # "bezugnehmend auf Ihr Schreiben": a signature's "Ihr" before a noun
    # "eine Frau Auskunft geben": after an indefinite article the word is no name
    before = text[max(0, start - 40) : start].lower().split()
    if (
        len(before) >= 2
        and before[-1] in {"frau", "herr", "herrn"}
        and before[-2] in _GENERIC_BEFORE
        and trimmed.split()[0] not in FIRST_NAMES
        and not _surname_after_indefinite(first, text, start + len(trimmed))
        and not _particle_name(trimmed)  # "die alte Frau di Stefano": a particle and a name
    ):
        return None
    if " " not in trimmed and _thing_named(text, start, trimmed):
        return None  # "Die App heißt Luca": a first name given to a thing
    if _SIGNED_BEFORE.search(text, max(0, start - 8), start):
        if _office_signs(first):
            return None  # "gez. Ortschaftsrat", "gez. Sachbearbeitung", "gez. Unterschrift"
    if greeted_not_signed(trimmed, text, start):
        return None  # "Viele Grüße\nNeckarhalde", "Grüße vom Mettinger Stammtisch"
    if trimmed[:1].islower() and _RELATIVE_BEFORE.search(text, max(0, start - 24), start):
        return _lower_name_words(trimmed) or None
    return trimmed


def _caps_surname(word: str) -> bool:
    """Tell a surname written in capitals after a title, as forms ask: "Frau HORNUNG".

    In a text written in ordinary case (a shouted one is read lower-cased) a word in
    capitals after "Herr"/"Frau" is a surname even when it is a noun too ("Hornung",
    "Sonntag"); a role stays ("Herr BÜRGERMEISTER").
    """
    bare = word.rstrip(".,;:")
    if len(bare) < 3 or not bare.isalpha() or not bare.isupper():
        return False
    capital = bare[:1] + bare[1:].lower()
    return capital not in NOT_NAMES or capital in _CAPS_DAYS


# weekdays and months are surnames too when written as one ("Frau SONNTAG", "Herr MAI")
_CAPS_DAYS = frozenset("Sonntag Montag Freitag Mai April August Ende".split())


_SIGNED_BEFORE = regex.compile(r"(?i:\bgez)\.?:?\x20*$")
_FORM_WORDS = frozenset(("Original", "Datum", "Unterschrift", "Ort", "Siegel", "Stempel"))


def _office_signs(word: str) -> bool:
    """Tell an office, a role or a form's word signing after "gez." ("Ortschaftsrat")."""
    from esslingen_lab.privacy.redact.description_words import _person_word
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    if word in _FORM_WORDS or _person_word(word):
        return True
    if word in lex.last or word in FIRST_NAMES:
        return False
    lower = word.lower()
    return lower.endswith(("rat", "rät", "amt", "ei", "ung", "stelle", "büro")) or (
        lex.is_common_noun(word) and lex.is_compound(word)
    )


def _capital_particle_name(value: str) -> bool:
    """Tell "Di Lorenzo", "Von Arnim" after a title: a capitalised particle, then a name.

    The next word is capitalised and no common noun or listed non-name, so "Frau Da
    drüben" and "Herr Von Amts wegen" are no names.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    words = [w.rstrip(".,;:") for w in value.split()]
    if len(words) < 2 or not words[0][:1].isupper() or not _is_particle(words[0].lower()):
        return False
    rest = words[1:]
    if _is_particle(rest[0].lower()) and len(rest) > 1:
        rest = rest[1:]  # "Von der Leyen"
    name = rest[0]
    lex = lexicon()
    lemma = lex.german.get(name) or ""
    return (
        name[:1].isupper()
        and name not in NOT_NAMES
        and not (lemma[:1].isupper() and lex.is_common_noun(name) and not lex.is_any_name(name))
    )


def _particle_name(value: str) -> bool:
    """Tell "di Stefano", "van Dijk": a lower-case particle, then a capitalised word."""
    words = value.split()
    return (
        len(words) >= 2
        and words[0].islower()
        and _is_particle(words[0])
        and _particle_then_name(words[1:])  # not "von der Stadt"
    )


# "meine frau findet die app gut", "unsere familie wohnt hier": after a possessive, "frau" or
# "familie" is a relative and the lower-case word after it a verb, unless it is a name
_RELATIVE_BEFORE = regex.compile(
    r"(?<!\p{L})(?i:(?:mein|dein|sein|ihr|unser|euer|eur)(?:e[mnrs]?)?\s+(?:frau|herrn?|familie))"
    r"\s+$"
)
_WORD_SPAN = regex.compile(r"\S+")


def _lower_name_words(value: str) -> str:
    """Cut a lower-case name before its first word German writes in lower case ("findet").

    A first name stays even when it is a word too ("meine frau rosa findet").
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    for match in _WORD_SPAN.finditer(value):
        word = match.group().rstrip(".,;:")
        if lex.is_lower_word(word) and not _is_first_name(word):
            return value[: match.start()].rstrip()
    return value


_CLAUSE_AFTER = regex.compile(r"\s*(?:[,;.!?)–]|\s(?:die|der|aus|vom|von)\s)")


def _surname_after_indefinite(word: str, text: str, end: int) -> bool:
    """Tell "eine Frau Haas, die …": a surname no noun, or any surname closing a clause.

    Also a word no dictionary knows: "die alte Frau Seibold, …".
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    lex = lexicon()
    if not lex.is_any_name(word):
        # a word no dictionary knows: "die alte Frau Seibold, …" (not "eine Frau Auskunft")
        return not lex.is_german(word) and not lex.is_english(word) and word[1:].islower()
    return not lex.is_common_noun(word) or _CLAUSE_AFTER.match(text, end) is not None




# council papers and forms are public and numbered like phones ("Vorlage 0342/2025")
_PAPER_ENDINGS = ("vorlage", "drucksache", "beschluss", "formular", "vordruck")
_NUMBER_WORDS_BEFORE = {"nr", "nr.", "nummer", "no", "no."}


def _after_public_paper(text: str, start: int) -> bool:
    """Tell a number right after a council paper or form noun ("Drucksache 0342/2025")."""
    words = [w.strip(".,;:()").lower() for w in text[max(0, start - 40) : start].split()]
    if words and words[-1] in _NUMBER_WORDS_BEFORE:
        words.pop()
    return bool(words) and words[-1].endswith(_PAPER_ENDINGS)
