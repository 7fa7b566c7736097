"""Who "der/die einzige …" is: a person by any name for one, and the one of the only place.

The description rules read "der einzige Kinderarzt in Zell" when the noun is a listed role.
Any noun for a person singles one out after "einzige": a trade with a feminine form in the
German dictionary ("der einzige Imker des Stadtteils": "Imkerin"; "Restaurator",
"Rettungsschwimmer"), an adjective used as a noun ("der einzige Rothaarige im Haus", "die
einzige Freiberufliche in Esslingen-Nord", "der einzige Grüne aus Hegensberg"), a child ("das
einzige Mädchen in der Klasse") and who one is by faith, origin or family ("die einzige
Muslimin im Chor", "der einzige Türke im Verein", "die einzige Alleinerziehende im Team").
A thing is none ("die einzige Alternative", "der einzige Drucker im 2. OG"), nor are firms,
animals, things named by an adjective ("der einzige Anbieter für Glasfaser", "der einzige
Tiger im Zoo", "die einzige Gerade im Plan") and offices.

Two more frames single out one person:

- a role at the only place of its kind: "der Betreiber vom einzigen Kino in der Altstadt",
  "die Vorsitzende des einzigen Schachvereins in Oberesslingen", "Pflegedienstleiterin beim
  einzigen ambulanten Pflegedienst in Aichwald";
- a person who alone does something: "eine Kollegin, die als einzige Tigrinya spricht",
  "Der Lotse, der als einziger Ehrenamtlicher morgens am Zebrastreifen steht".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.description_words import (
    _feminine,
    _lexicon,
    _longest_suffix,
    _person_word,
)
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import NEXT_CLAUSE as _NEXT_CLAUSE

__all__ = ["ONLY_PERSON_RULES", "only_person"]

# trade-like nouns of things whose feminine form the dictionary also lists ("Druckerin")
_THINGS = (
    "drucker", "rechner", "zähler", "träger", "halter", "anhänger", "kicker", "speicher",
    "regler", "filter", "verteiler", "melder", "stecker", "schläger", "roller", "trockner",
    "kocher", "fernseher", "empfänger", "leiter", "zeiger", "wecker", "brenner", "mixer",
    "container", "computer", "sender", "laster", "transporter", "bagger", "schalter",
    "automat", "monitor", "motor", "generator", "sensor", "traktor", "reaktor", "tresor",
    # firms by what they do ("der einzige Anbieter für Glasfaser in Zell ist die Telekom")
    "anbieter", "arbeitgeber", "versorger", "dienstleister", "hersteller", "lieferant",
    "veranstalter", "provider", "netzbetreiber",
    # animals ("der einzige Tiger im Zoo") and things named by an adjective ("die Gerade")
    "tiger", "elefant", "löwe", "bär", "hund", "kater", "affe", "esel", "papagei", "storch",
    "gerade", "senkrechte", "waagrechte", "waagerechte", "illustrierte", "elektrische",
)  # fmt: skip
# people without a feminine form of their own (last part of the word), and who one is by
# faith, origin, family or body ("die einzige Muslimin im Chor", "der einzige Türke im Verein")
_PEOPLE = (
    "mädchen", "junge", "bub", "kind", "teenager", "baby", "mensch", "krankenschwester",
    "nachtwache", "lotse", "lotsin", "muslim", "muslima", "muslimin", "jude", "jüdin", "christ",
    "christin", "kurde", "kurdin", "türke", "türkin", "araberin", "lesbe", "schwule",
    "schwuler", "witwe", "witwer", "schwangere", "blinde", "blinder", "gehörlose",
    "gehörloser", "auszubildende", "auszubildender", "alleinerziehende", "alleinerziehender",
    "geflüchtete", "geflüchteter",
)  # fmt: skip
# adjectives as nouns that describe no one by themselves
_NO_ONE_BY_ITSELF = frozenset(
    "einzige einzigste oinzige erste zweite dritte letzte andere nächste gleiche selbe beste "
    "meiste ganze jeweilige eine keine jede".split()
)
# endings of masculine trades that take "-in": "Imker", "Restaurator", "Florist"
_AGENT_ENDINGS = ("er", "or", "eur", "ist", "ant", "ent", "ier", "et", "ot", "at", "oge", "ege",
                  "ling")  # fmt: skip
# a club's chair or speaker: one person of the only club ("die Vorsitzende des einzigen …")
_CHAIRS = ("vorsitzende", "vorsitzender", "sprecher", "sprecherin")


@lru_cache(maxsize=20_000)
def only_person(word: str, *, any_role: bool = False) -> bool:
    """Tell a noun for a person after "einzige" (see the module's notes).

    An office ("Oberbürgermeisterin", "Ortsvorsteher") or a club's chair ("Vorsitzende") is
    one only with ``any_role``: the chair of the only chess club in Zell.
    """
    if _person_word(word):
        return True
    if len(word) < 3 or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    lower = word.lower()
    last = lower.rsplit("-", 1)[-1]
    if _longest_suffix(lower, _lexicon()["excluded_set"]) and not last.endswith(_PEOPLE):
        return any_role and last.endswith(_CHAIRS)  # not "der Oberbürgermeister der …"
    if last.endswith(_PEOPLE) and not last.endswith(("menschen", "kinder")):
        return True
    if lower.endswith(_THINGS):
        return False
    if lower.removesuffix("r").removesuffix("n") in _NO_ONE_BY_ITSELF:
        return False  # "der Einzige, der …", "die Erste": the clause tells, or nothing
    german = lexicon().german
    lemma = german.get(word) or ""
    if (
        lower.endswith(("e", "er"))
        and lemma
        and (
            lemma[:1].islower()  # "Rothaarige" (lemma "rothaarig"), "Neue"
            or lemma == word + "r"  # "Grüne", "Ehrenamtliche" ("Grüner", "Ehrenamtlicher")
            or (lemma == word and lower.endswith("er") and german.get(word[:-1]) == word)
        )
    ):
        return True  # an adjective used as a noun
    stem = word[:-1] if lower.endswith("e") else word
    if lower.endswith(_AGENT_ENDINGS) and (word + "in" in german or stem + "in" in german):
        return True  # "Imker" ("Imkerin"), "Kollege" ("Kollegin")
    if lower.endswith("in") and word[:-2].lower().endswith(_AGENT_ENDINGS):
        if word[:-2] in german:
            return True  # "Imkerin"
    return _person_head(word, lower, german)


def _person_head(word: str, lower: str, german) -> bool:
    """Tell a compound whose last word is a trade's person: "Berufsimker", "Hobbyimker".

    The word before it is a German word (with its joining "s" or "e"), the head a person by
    its feminine form (:func:`only_person`): not "Bienenstock", "Hufeisen".
    """
    if not 8 <= len(word) <= 40 or "-" in word:
        return False  # (a longer word is no trade: its look-ups would grow with the square)
    lex = lexicon()
    for cut in range(3, len(word) - 4):
        head = word[cut].upper() + word[cut + 1 :]
        prefix = lower[:cut]
        if not any(
            p in german or p.capitalize() in german
            for p in (prefix, prefix.removesuffix("s"), prefix.removesuffix("e"))
        ):
            continue
        if head in german and not lex.is_english(head.lower()) and only_person(head):
            return True  # not "Alter|native"
    return False


_ROLE = r"(?P<n>\p{Lu}[\p{L}\-]+)"
_CAPITAL = r"\p{Lu}[\p{L}\-]+"
# "der Betreiber vom einzigen Kino (in der Altstadt)"
_ROLE_OF_THE_ONLY = regex.compile(
    rf"""(?<![\p{{L}}\-])(?P<v>
        (?:(?P<d>(?i:der|die|den|dem|des|unser|unsere|unseren|unserem|unserer|mein|meine|
               meinem|meinen|meiner|eine|ein|einen|einem|einer))\s+)?
        (?:\p{{Ll}}+(?:e|en|er|em)\s+)?{_ROLE}\s+
        (?:vom|von\s+der|von\s+dem|des|der|beim|bei\s+der|im|in\s+der|am|an\s+der|aus\s+der|
           aus\s+dem|für\s+die|für\s+den|fürs)\s+
        (?i:einzigen|einzigsten|oinzige|oinzigen)\s+
        (?:\p{{Ll}}+(?:en|em|er|es)\s+){{0,2}}(?P<i>{_CAPITAL})
        (?P<p>\s+(?:in|im|am|an\s+der|an\s+dem|auf\s+der|auf\s+dem|aus|von|vom|zwischen)
           \s+(?:der\s+|dem\s+|den\s+)?{_CAPITAL}(?:\s+(?:und\s+)?{_NEXT_CLAUSE}{_CAPITAL})?)?)""",
    regex.VERSION1 | regex.VERBOSE,
)
# "(eine) Kollegin, die als einzige Tigrinya spricht"
_ALONE_AS = regex.compile(
    rf"""(?<![\p{{L}}\-])(?P<v>
        (?:(?i:der|die|den|dem|unser|unsere|unseren|unserem|unserer|mein|meine|meinem|
               meinen|meiner|eine|ein|einen|einem|einer)\s+)?
        (?:\p{{Ll}}+(?:e|en|er|em)\s+)?{_ROLE}\x20*,\x20*
        (?P<r>der|die)\s+als\s+(?i:einzige|einziger|einzigste|einzigster|oinzige|oinziger)\s+
        [^.!?\n;:,()–—]{{3,90}}?)(?=\s+(?:und|aber|oder|sondern)\s|\s*[.!?\n;:,()–—]|\s*$)""",
    regex.VERSION1 | regex.VERBOSE,
)
# groups and bodies that act as one ("als einzige Fraktion", "als einzige Stadt im Kreis")
_GROUPS = ("fraktion", "partei", "stadt", "gemeinde", "kommune", "schule", "firma", "behörde",
           "amt", "verein", "gruppe", "organisation", "einrichtung", "kita", "land", "kreis",
           "bank", "kirche", "institution", "familie")  # fmt: skip
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}\-]*$", regex.VERSION1)


def _role_of_the_only_spans(text: str):
    for match in _ROLE_OF_THE_ONLY.finditer(text):
        noun, det = match.group("n"), (match.group("d") or "").lower()
        if det in ("die", "den", "meine", "unsere", "meinen", "unseren") and not (
            _feminine(noun) or noun.endswith("e")  # "die Vorsitzende", "die Beauftragte"
        ):
            continue  # "Die Mitarbeiter vom einzigen Supermarkt": many
        if noun.lower().endswith(_PUBLIC):
            continue  # "Der Pfarrer der einzigen Kirche": one who serves the public there
        if only_person(noun, any_role=True) and not only_person(match.group("i")):
            yield match.span("v")


# offices that serve the public (session 24 keeps "der Kommandant der Freiwilligen Feuerwehr")
_PUBLIC = ("kommandant", "kommandantin", "pfarrer", "pfarrerin", "pastor", "pastorin")


def _alone_as_spans(text: str):
    for match in _ALONE_AS.finditer(text):
        if not only_person(match.group("n")):
            continue
        after = text[match.end("r") :].split()[2:3]  # the word after "als einzige"
        if after and after[0].lower().startswith(_GROUPS):
            continue  # "Die Linke, die als einzige Fraktion dagegen war": a group
        clause = match.group("v")
        # the relative clause ends with its verb: "… Tigrinya spricht"
        last = clause.rstrip().rsplit(None, 1)[-1]
        if _LOWER_WORD.match(last) is None:
            continue
        start, end = match.span("v")
        yield start, start + len(clause.rstrip())


_LOWER_WORD_TOKEN = regex.compile(r"(?<![\p{L}\-'’])\p{Ll}[\p{Ll}\-]{2,}", regex.VERSION1)
_CAPITALISED = regex.compile(r"(?<![\p{L}\-'’.])\p{Lu}\p{Ll}", regex.VERSION1)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:]\x20+|\n\s*)$", regex.VERSION1)


def noun_case(text: str) -> str | None:
    """Return a text typed in lower case with its nouns and names capitalised, else None.

    "die einzige imkerin in zell" reads "die einzige Imkerin in Zell", so that the
    description rules (which find nouns and places by their capital) read it; a word the
    dictionary knows in lower case (an adjective, a verb, a function word) stays. The view
    has the text's length. None for a text with capitalised words beyond sentence starts.
    """
    for found in _CAPITALISED.finditer(text):
        if _SENTENCE_START.search(text, max(0, found.start() - 3), found.start()) is None:
            return None  # written in ordinary case
    lex = lexicon()
    chars = list(text)
    changed = False
    for found in _LOWER_WORD_TOKEN.finditer(text):
        word = found.group()
        if lex.is_lower_word(word):
            continue
        chars[found.start()] = word[0].upper()
        changed = True
    view = "".join(chars)
    return view if changed and len(view) == len(text) else None


def in_noun_case(finder):
    """Wrap a finder so that it reads a text typed in lower case in noun case (`noun_case`)."""

    def spans(text: str):
        view = noun_case(text) if "einzig" in text or " der " in text or " vom " in text else None
        yield from finder(view if view is not None else text)

    spans.__name__ = getattr(finder, "__name__", "spans")
    return spans


ONLY_PERSON_RULES = [
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("einzig", "oinzig"),
        finder=in_noun_case(_role_of_the_only_spans),
        name="beschreibung-rolle-am-einzigen",
        trusted=True,
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("als einzig", "als oinzig"),
        finder=in_noun_case(_alone_as_spans),
        name="beschreibung-als-einzige",
        trusted=True,
    ),
]

