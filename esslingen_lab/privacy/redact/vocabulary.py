"""Word lists for redaction, read from data files shipped with the package.

The lists live in ``esslingen_lab/data/redaction/*.txt`` (one entry a line, ``#`` starts a
comment) so that they can be read, reviewed and extended without touching code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

__all__ = ["NEXT_CLAUSE", "read_words"]

#: A word that opens the next clause, never the second word of a place or a name ("… am
#: Markt Ich …", "… in Zell Das ist …"): a regex look-ahead for the place patterns.
# "kein einziger …", "nicht die einzige …": no one singled out (read before "einzige" by
# ties._ONLY_ONE and descriptions._person_spans)
NOT_THE_ONLY = (
    r"(?i:kein|keine|keinen|keinem|keiner|keines|koi|koin|koine|nicht|net)\s+"
    r"(?:(?i:der|die|dr|den|dem|das)\s+)?"
)
NEXT_CLAUSE = r"(?!(?:Ich|Sie|Er|Es|Wir|Ihr|Der|Die|Das|Den|Dem|Und|Aber|Doch|Dann|Da)\b)"


@lru_cache(maxsize=None)
def read_words(name: str) -> tuple[str, ...]:
    """Entries of the word list ``name`` (file ``data/redaction/<name>.txt``), in file order.

    Parameters
    ----------
    name : str
        File name without ``.txt``, e.g. ``"first_names"``.

    Returns
    -------
    tuple of str
    """
    path = resources.files("esslingen_lab") / "data" / "redaction" / f"{name}.txt"
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return tuple(dict.fromkeys(entries))


@lru_cache(maxsize=1)
def numbered_nouns() -> frozenset:
    """Nouns followed by a number without being a street ("im Raum 12", "Linie 101")."""
    return frozenset(read_words("numbered_nouns"))


@lru_cache(maxsize=1)
def _dialect_markers() -> frozenset:
    return frozenset(read_words("dialect_markers"))


_DIALECT_WORD = regex.compile(r"[\p{L}]+(?:['’][\p{L}]+)?")


def dialect_text(text: str) -> bool:
    """Tell an answer written in dialect: it holds two different dialect function words."""
    markers = _dialect_markers()
    found = {w for w in _DIALECT_WORD.findall(text.lower()) if w in markers}
    # single letters ("i", "a", "s") say little alone: they count when a longer word is there
    return len(found) >= 3 or (len(found) == 2 and any(len(w) > 1 for w in found))


@lru_cache(maxsize=1)
def home_districts() -> frozenset:
    """Return the town's districts in lower case ("zell", "mettingen"): places, no names."""
    return frozenset(word.lower() for word in read_words("home_districts"))


@lru_cache(maxsize=1)
def region_places() -> frozenset:
    """Return the region's and other listed places in lower case (``region_places.txt``).

    "Aichwald", "Deizisau": read as places, no names. Their people's words ("Esslinger",
    "Ulmer") are Swabian surnames too but name no one in the labelled sets ("nur für
    Esslinger"): :mod:`.strength` reads them as names only after a cue ("Herr Esslinger").
    """
    return frozenset(line.lower() for line in read_words("region_places"))


#: Endings of a town's name: a list of towns or a town's office is no person ("Ostfildern,
#: Plochingen", "Wernau hier").
TOWN_ENDINGS = (
    "ingen", "dorf", "hausen", "heim", "bach", "berg", "burg", "feld", "felden", "stadt",
    "weiler", "hofen", "bronn", "stetten", "tal", "au", "furt", "brück", "brücken", "see",
    "fildern", "wald",
)


def _words(*items: str) -> str:
    """Alternation of literal phrases, longest first; a space matches any whitespace."""
    escaped = (regex.escape(item).replace("\\ ", " ").replace(" ", r"\s+") for item in items)
    return "(?:" + "|".join(sorted(set(escaped), key=len, reverse=True)) + ")"


FIRST_NAMES = frozenset(read_words("first_names"))

NOT_NAMES = frozenset(read_words("not_names"))
# nouns for a person by family or personal relation ("mann", "oma", "nachbarin"), lower case
RELATIVES = frozenset(read_words("health_relatives"))
_NOUN_ENDINGS = read_words("noun_endings")
_STREET_SUFFIX = _words(*read_words("street_suffixes"))
# The same without the abbreviation's dot, for matching at the end of a word.
_STREET_SUFFIX_WORD = _STREET_SUFFIX.replace(r"str\.|", "")
_UNITS = _words(*read_words("units"))
# a capitalised noun in a plural's shape: after a number it counts things ("34 Betriebe")
PLURAL_NOUN = r"\p{Lu}\p{Ll}+(?:e|en|er|n|s)(?![\p{L}])"
#: such a noun right after a number ("… 12 Minuten", "… sechs Punkte"): match it at the end
COUNTED_AFTER = regex.compile(rf"\x20+{PLURAL_NOUN}", regex.VERSION1)
_ID_CUE = _words(*read_words("id_cues"))
_GREETING = _words(*read_words("greetings"))
# Words between "Frau"/"Herr" and the name: "Frau Oberbürgermeisterin Lindner".
_ROLE = _words(*read_words("roles"))
_OFFICE_WORDS = frozenset(word.lower() for word in read_words("roles") if " " not in word)
_OFFICE_ENDINGS = ("bürgermeister", "bürgermeisterin", "vorsteher", "vorsteherin",
                   "stellvertreter", "stellvertreterin", "beauftragte", "beauftragter",
                   "präsident", "präsidentin", "dezernent", "dezernentin")


def office_title(word: str) -> bool:
    """Tell an office addressed in place of a name: "Herr Ortsvorsteher".

    Also a compound with an office's ending ("Frau Baubürgermeisterin", "Frau
    Oberbürgermeisterin-Stellvertreterin").
    """
    lower = word.lower().rstrip(".,;:")
    last = lower.rsplit("-", 1)[-1]
    return lower in _OFFICE_WORDS or (len(last) > 10 and last.endswith(_OFFICE_ENDINGS))


# Lone first names that are also ordinary words or fixed expressions in German texts.
_AMBIGUOUS_FIRST_NAMES = frozenset(read_words("ambiguous_first_names"))
_LOWER_STOP = frozenset(read_words("lower_stop"))
_GENERIC_BEFORE = frozenset(read_words("generic_before"))


def _double_first_name(word: str) -> bool:
    """Tell "Klaus-Peter", "Mia-Sophie": two listed first names joined by a hyphen."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(p in FIRST_NAMES for p in parts)
        and any(p not in _AMBIGUOUS_FIRST_NAMES for p in parts)  # "Mia-Sophie", "Lea-Marie"
    )


# greetings and thanks of the regions and languages ("Gude!", "Moin", "Grüezi", "Saluti!",
# "Pozdrawiam", "Teşekkürler"): some are surnames in the gazetteer, but without a cue
# ("Herr Gude") they greet
_HELLO = frozenset(
    """
    Gude Moin Moinsen Servus Servas Grüezi Griaß Grias Tach Tachchen Hallöchen Hallo Hi Hey
    Heyho Ahoi Salü Salve Mahlzeit Huhu Hej Hola Ciao Tschö Tschüss Tschüs Adele Ade Pfiat
    Habedere Glück Auf MfG Mfg Lg LG Vg VG Gruß Grüße Gruss Grüsse Grüßle Grüßla Danke Dankeschön
    Hallöle Hallole Hallöli Halli Hallihallo Hello Tschau Tschüssle Tschüssi Servusle Moinmoin
    Salut Bonjour Merhaba Selam Salam Buongiorno
    Saluti Grazie Saludos Gracias Obrigado Obrigada Cumprimentos Abraços Abraço Beijos Besos
    Merci Cordialement Bises Amitiés Pozdrawiam Pozdrowienia Dziękuję Dzięki Hvala Pozdrav
    Pozdravi Mulțumesc Mulţumesc Mersi Teşekkürler Tesekkürler Teşekkür Selamlar Saygılarımla
    Groetjes Groeten Bedankt Dankjewel Thanks Cheers Regards Shukran
    Olá Oi Dzień Dobry Cześć Dobar Zdravo Bok Ahoj Buna Bună Privet Pryvit Marhaba Ahlan Szia
    Hoi Moi Tjena Kalimera Yassou Namaste Konnichiwa Sawubona Jambo
    """.split()
)


def is_greeting(word: str, lex) -> bool:
    """Tell a greeting or thanks that is no name a list knows ("Saluti", not "Tack").

    ``lex`` is the :class:`~esslingen_lab.privacy.redact.lexicon.Lexicon` (passed in: the
    lexicon reads this module's lists).
    """
    return word in _HELLO and word not in lex.first and word not in lex.last


# bodies one works for, no family's name after "von der" ("Frau von der Post"); not "Halle",
# "Wache", "Heide": surnames too ("Herr von der Halle")
_BODIES = frozenset(
    "stadt gemeinde kirche polizei feuerwehr presse zeitung firma post bank sparkasse "
    "versicherung telekom caritas diakonie uni hochschule schule kita verwaltung behörde "
    "krankenkasse hausverwaltung apotheke praxis werkstatt reinigung tafel rezeption "
    "spedition kanzlei partei".split()
)
# bodies by their letters: "von der IT", "von der AOK" (not "VON DER HEYDT", "von der OHE")
_BODY_LETTERS = frozenset(
    "it edv aok ihk hwk dak bkk ikk tk tüv adac dekra awo nabu adfc vdk gew dgb kfw drk dlrg "
    "vhs gez bafa lra eu uno".split()
)
INSTITUTION_WORDS = frozenset(
    w for w in read_words("institutions") + read_words("description_public_units") if " " not in w
) | _BODIES


def body_named(word: str) -> bool:
    """Tell a body one works for after "von der": "Stadt", "Post", "IT", "Bäckerei" (no family)."""
    low = word.lower()
    if low.endswith("erei") and len(low) > 6:
        return True  # a trade's house: "Bäckerei", "Gärtnerei", "Schreinerei"
    return low in _BODIES or (word.isupper() and low in _BODY_LETTERS)


_PLACE_WORDS = frozenset(
    w.lower() for w in read_words("description_big_places") + read_words("home_districts")
)


def place_word(word: str) -> bool:
    """Tell a district, a town or its people: "Mettingen", "Esslinger", "Zellerin"."""
    lower = word.lower()
    for ending in ("erinnen", "erin", "ern", "er"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)]
            if any(place.startswith(stem) for place in _PLACE_WORDS):
                return True
    return lower in _PLACE_WORDS

