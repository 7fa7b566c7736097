"""Rules for descriptions that single out one person: ``[PERSON-BESCHREIBUNG]``.

A description is a noun for one person ("die Dame", "der Typ", "die Aushilfe", "der
Hausmeister") with modifiers that tell which one: looks or belongings ("mit dem roten
Bart", "ca. 60, blond"), a relative clause with a habit, time or place ("der morgens die
Tour nach … fährt", "die freitags in der Bücherei … macht"), a tie to a small named unit
("in der Stadtbücherei Kranzbach", "am Schalter 3"), or a child's teacher or doctor ("die
Klassenlehrerin meiner Tochter"). A bracket or an apposition of looks ("(die mit dem
Papagei)", "Herr Maier, der kleine mit dem Schnauzer,") and a self-description ("ich bin die
Frau mit dem Blindenhund, die immer vorne sitzt") count too; a long habit clause is read up
to its "und". Plural staff, public office holders ("die
Oberbürgermeisterin") and a role alone ("der Hausmeister") stay.

A person tied to a role holder or a named house ("die Frau vom Ortsvorsteher in
Hohenbühl", "der Wirt vom Ochsen in Kirchbronn"), an adjective as a noun ("der große
Glatzköpfige am Schalter 3") and two older patterns ("die einzige Hebamme in Zell", "der Wirt
vom Gasthaus am Markt") are read in :mod:`.ties`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from esslingen_lab.privacy.redact import local_roles, ties
from esslingen_lab.privacy.redact.extents import EXTENT_RULES
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.patterns import _Rule
from esslingen_lab.privacy.redact.vocabulary import read_words

__all__ = ["DESCRIPTION_RULES"]


# ---------------------------------------------------------------- a person with modifiers

_TOKEN = regex.compile(r"\[[A-Z][A-Z\-]*\]|[\p{L}\d][\p{L}\d\-'’]*|\S", regex.VERSION1)

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
    return {
        "whole": whole,
        "heads": heads,
        "excluded": tuple(read_words("description_excluded")),
        "features": tuple(read_words("description_features"))
        + tuple(read_words("description_belongings")),
        "body": tuple(read_words("description_features")),
        "adjectives": tuple(read_words("description_adjectives")),
        "habits": frozenset(read_words("description_habits")),
        "institutions": tuple(read_words("institutions")),
        "offices": tuple(read_words("city_offices")),
        "head_set": frozenset(heads),
        "excluded_set": frozenset(read_words("description_excluded")),
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
    return lower.endswith(("dame", "frau", "aushilfe", "kraft", "hebamme", "bedienung", "person",
                           "azubi", "azubine", "angestellte", "beamte", "mutter"))  # fmt: skip


@dataclass
class _Group:
    """A noun with its article, adjectives and name: "die einzige Hebamme", "Kita Sonnenschein"."""

    end: int
    noun: str
    named: bool  # a name follows ("Stadtbücherei Kranzbach", "Bürgerbüro Süd")
    number: bool  # a number follows ("Schalter 3", "Linie 7")
    institution: bool  # a small institution ("Kita", "Bücherei", "Grundschule")
    only: bool  # "die einzige …"


class _Walk:
    """Tokens of one text and the modifiers found after a person noun."""

    aged = False  # a relative clause read so far told an age ("die 94 ist")
    workplace = False  # the place read last is a counter or an office ("an der Infotheke")

    def __init__(self, text: str):
        self.text = text
        self.tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.words = [t[0] for t in self.tokens]
        self.lowers = [w.lower() for w in self.words]

    def word(self, i: int) -> str:
        return self.words[i] if i < len(self.words) else ""

    def lower(self, i: int) -> str:
        return self.lowers[i] if i < len(self.lowers) else ""

    def is_word(self, i: int) -> bool:
        w = self.word(i)
        return bool(w) and (w[0].isalnum() or w.startswith("["))

    # --- pieces -------------------------------------------------------------------------

    def _name_word(self, i: int) -> bool:
        w = self.word(i)
        return w[:1].isupper() and w not in _NOT_NAME and not w.startswith("[")

    def noun_group(self, i: int):
        """Read "(article) (adjective…) Noun (Name…)"; return a :class:`_Group` or None."""
        if self.lower(i) in _ARTICLES or self.lower(i) in _DETERMINERS:
            i += 1
        adjectives = []
        while (
            len(adjectives) < 2
            and self.is_word(i + 1)
            and self.word(i)[:1].islower()
            and self.lower(i).endswith(("e", "en", "er", "em", "es"))
            and not self.lower(i).endswith(_lexicon()["features"])
            and self.lower(i + 1) not in _ARTICLES
            and self.lower(i + 1) not in _PREPOSITIONS
            and not self.word(i + 1)[:1].isdigit()  # "am schalter 2"
        ):
            adjectives.append(self.lower(i))
            i += 1
        if not self.is_word(i) or self.lower(i) in _RELATIVE | _PREPOSITIONS:
            return None
        noun = self.word(i)
        i += 1
        named = number = False
        for _ in range(2):  # "Stadtbücherei Kranzbach", "Bürgerbüro Süd", "Schalter 3"
            w = self.word(i)
            if w[:1].isdigit():
                number = True
            elif self._name_word(i) or w in {"[NAME]", "[ADRESSE]"}:
                named = True
            else:
                break
            i += 1
        institution = noun.lower().rstrip("s").endswith(_lexicon()["institutions"])
        if institution and not (named or number) and self.lower(i) in {"am", "an"}:
            # "Grundschule am Mühlbach", "Autohaus an der Plochinger Straße"
            j = (
                i + 1
                if self.lower(i) == "am"
                else i + 2
                if self.lower(i + 1) in {"der", "dem"}
                else 0
            )
            if j and self._name_word(j):
                named = True
                i = j + 1
                if self._name_word(i):
                    i += 1
        if institution and self.lower(i) == "in" and self._name_word(i + 1):
            named = True  # "Grundschule in Sirnau"
            i += 2
        elif institution and not named and self.lower(i) == "in" and self.lower(i + 1) == "der":
            street = ties.street(self, i + 2)  # "Dönerladen in der Bahnhofstraße"
            if street is not None:
                named, i = True, street
        return _Group(
            i, noun, named, number, institution, any(a.startswith("einzig") for a in adjectives)
        )

    def looks(self, i: int):
        """Read "mit dem roten Bart (und der Brille)"; return (end, identifying) or None."""
        if self.lower(i) not in {"mit", "ohne"}:
            return None
        lex = _lexicon()
        i += 1
        identifying = False
        while True:
            start = i
            if self.lower(i) in _ARTICLES:
                i += 1
            if self.lower(i) in _RELATIVE or self.lower(i) in {"ich", "er", "sie", "wir", "man"}:
                return None  # "mit der ich gesprochen habe"
            words = []
            while self.is_word(i) and len(words) < 3:
                words.append(self.lower(i))
                i += 1
                if self.word(i - 1)[:1].isupper() or words[-1].endswith(lex["features"]):
                    break
            if not words or i == start:
                return None
            noun = words[-1]
            if noun.endswith(lex["body"]) or any(
                w.startswith(lex["adjectives"]) for w in words[:-1]
            ):
                identifying = True
            if self.lower(i) in {"und", "&"} and self.is_word(i + 1):
                i += 1
                continue
            return i, identifying

    def place(self, i: int):
        """Read "in der Stadtbücherei Kranzbach", "am Schalter 3"; return (end, identifying).

        A named unit or a counter with its number tells the person; a room or bus line with
        its number ("in Raum 0.08", "der Linie 7") and a town ("aus Zollberg") do not.
        """
        if self.lower(i) not in _PREPOSITIONS or i + 1 >= len(self.tokens):
            return None
        time = _TIME.match(self.text, self.tokens[i + 1][1]) if self.lower(i) == "um" else None
        if time is not None:
            end = i + 1
            while end < len(self.tokens) and self.tokens[end][1] < time.end():
                end += 1
            return end, True  # "um 6:40": one bus run, one driver
        group = self.noun_group(i + 1)
        if group is None:
            return None
        noun = group.noun.lower()
        counter = group.number and noun.endswith(_COUNTERS)
        unit = group.named and (group.institution or noun.endswith(_lexicon()["offices"]))
        end = group.end + (self.lower(group.end) in _PLACE_ADVERBS)
        self.workplace = noun.endswith(_WORKPLACES) or noun.endswith(_lexicon()["offices"])
        school_class = _CLASS.fullmatch(noun) is not None and self.lower(i) in {"in", "aus"}
        floor = noun.endswith(_FLOORS) and end == group.end
        if floor and self.lower(end) in {"der", "des"} and self.word(end + 1)[:1].isupper():
            inner = self.noun_group(end)  # "im Erdgeschoss der Nummer 7", "… des Hauses"
            end = inner.end if inner is not None else end
        # one floor of one house: "im Erdgeschoss vom Haus neben der Kirche"
        floor = floor and (end > group.end or self.lower(end) in {"vom", "von", "im", "in"})
        # "aus der Hausnummer 6", "aus Nummer 12": the house a neighbour lives in
        house = group.number and noun in _HOUSE_NUMBERS and self.lower(i) in {"aus", "von"}
        return end, bool(counter or unit or school_class or floor or house)

    def genitive(self, i: int, head: str):
        """Read "der Grundschule am Mühlbach", "meiner Tochter"; return (end, identifying)."""
        det = self.lower(i)
        if det == "von" and self.lower(i + 1) in _CHILD_OWNER:
            i += 1
            det = self.lower(i)
        elif det not in _GENITIVE:
            return None
        if det in _CHILD_OWNER and self.lower(i + 1).startswith(_CHILDREN):
            # "die Klassenlehrerin meiner Tochter": known once the child is
            return i + 2, head.lower().endswith(_CHILD_ROLES)
        nxt = self.word(i + 1)
        if nxt[:1].isdigit():
            # "der Busfahrer der 104": a line, not yet a person; "die Lehrerin der 3a": a class
            return i + 2, _CLASS.fullmatch(nxt.lower()) is not None
        if not nxt[:1].isupper() or nxt in _NOT_NAME:
            return None  # "der morgens …": a relative pronoun
        group = self.noun_group(i + 1)
        if group is None:
            return None
        return group.end, group.named and group.institution

    def looks_list(self, i: int):
        """Read ", ca. 60, blond, Lesebrille an der Kette"; return (end, True) or None."""
        lex = _lexicon()
        end = None
        while self.word(i) == "," and i + 1 < len(self.tokens):
            j = i + 1
            piece_end = None
            age = _AGE.match(self.text, self.tokens[j][1])
            if age is not None:
                while j < len(self.tokens) and self.tokens[j][1] < age.end():
                    j += 1
                piece_end = j
            elif self.lower(j) in {"der", "die"} and self.lower(j + 1).startswith(
                lex["adjectives"]
            ):
                piece_end = j + 2  # ", der rothaarige,"
            elif self.lower(j).startswith(lex["adjectives"]) and self.word(j + 1) in {",", "."}:
                piece_end = j + 1  # "blond,"
            elif self._feature_at(j) is not None:
                piece_end = self._feature_at(j)  # "Lesebrille an der Kette", "kurze Haare"
                place = self.place(piece_end)
                if place is not None:
                    piece_end = place[0]
            if piece_end is None or self.word(piece_end) not in _CLAUSE_END | {""}:
                break
            end = i = piece_end
        return (end, True) if end is not None else None

    def relative(self, i: int, *, lenient: bool = False):
        """Read ", der morgens die Tour nach … fährt" or ", die mit dem Kopftuch".

        Return (end, True) for a clause with a habit, time or place of the person, else
        None. Without a comma before it the clause ends at its verb ("der immer am schalter
        3 sitzt war …"). ``lenient``: the person is known already ("ich bin die Frau mit dem
        Blindenhund, die immer vorne sitzt"), so "immer" alone belongs to the description.
        """
        comma = self.word(i) == ","
        if comma:
            i += 1
        if self.lower(i) not in _RELATIVE and not (comma and self.lower(i) == "wo"):
            return None  # Swabian "d Frau mit em Dackel, wo jeden Tag … wartet"
        start = i + 1
        nxt = self.word(start)
        if not comma and (
            not nxt[:1].islower()
            or (self.text.islower() and nxt not in _lexicon()["habits"] | _CLAUSE_OPENERS)
        ):
            return None  # "der Linie 7", "der Grundschule …": an article, no clause
        looks = self.looks(start)
        if looks is not None:  # "der mit dem Motorrad": any belonging, in a clause of its own
            looks = (looks[0], any(self._feature_at(k) for k in range(start, looks[0])))
        if looks is not None and self.word(looks[0]) in _CLAUSE_END | {""}:
            return looks if looks[1] else None  # ", der mit dem Motorrad,"
        j = start
        strong = looks is not None and looks[1]  # "der mit dem Fahrrad kommt"
        weak = located = False
        end = joined = None
        while j < len(self.tokens) and j - start < 30:
            w, lower = self.word(j), self.lower(j)
            if w in _CLAUSE_END and not (w == "." and self.lower(j - 1) in {"ca", "st"}):
                end = j
                break
            if (
                lower == "und"
                and j > start + 2
                and (strong or (weak and (located or lenient)))
                and self._verb(j - 1)
                and self.lower(j - 1) not in _lexicon()["habits"]
                and self.is_word(j + 1)
                and not self.word(j + 1)[:1].isdigit()
                and joined is None
            ):
                joined = j  # "der jeden Morgen … in der Schlange steht und allen erzählt …"
            if j - start >= 18 and not (strong or weak):
                break
            if lower in _lexicon()["habits"]:
                strong = strong or lower not in _WEAK_HABITS
                weak = weak or lower in _WEAK_HABITS
            if (lower in _PREPOSITIONS and j > start) or w[:1].isdigit():
                located = True
            if lower.endswith(_lexicon()["features"]):
                located = True
            if w == "[ADRESSE]":
                strong = True  # "die im Sitzungssaal 1 das Protokoll schreibt"
            if len(w) == 2 and w.isdigit() and self.lower(j + 1) in _AGE_VERBS:
                strong = self.aged = True  # "die 94 ist", "der über 80 ist"
            if (
                not comma
                and j > start + 1
                and self._verb(j - 1)
                and (
                    lower in _MAIN_VERBS
                    or (
                        lower.endswith("t")
                        and self._verb(j)
                        and self.lower(j - 1).endswith("t")
                        and self.lower(j - 2) not in _ARTICLES | _PREPOSITIONS
                    )
                )
            ):
                end = j  # the main clause's verb follows the clause's own: "sitzt war"
                break
            j += 1
        if end is None and j >= len(self.tokens):
            end = j
        whole = end is not None and end > start + 1 and self._verb(end - 1)
        if joined is not None and (not whole or end - start > 18):
            end, whole = joined, True  # a long clause: its first part up to "und"
        if not whole:
            return None  # a relative clause ends with its verb
        if not (strong or (weak and (located or lenient))):
            return None
        return end, True

    def looks_phrase(self, j: int):
        """Read "der kleine mit dem Schnauzer", "die große Blonde" at ``j`` ("der"/"die").

        Return (end, identifying): identifying when a body feature, a belonging or a word
        for hair or looks tells the person ("Blonde", "rothaarige"); size or age alone
        ("der Kleine") does not.
        """
        k, telling, count = j + 1, False, 0
        while count < 2 and self.is_word(k) and self.lower(k).endswith("e"):
            lower = self.lower(k)
            stem = next((s for s in ties.nominal_stems() if lower in (s, s + "e")), None)
            if stem is None and not self.word(k)[:1].islower():
                break
            if stem is None and lower in _RELATIVE | _ARTICLES | _DETERMINERS:
                break
            telling = telling or (stem is not None and stem not in _SIZES)
            count, k = count + 1, k + 1
        looks = self.looks(k)
        if looks is not None:
            telling = telling or any(self._feature_at(x) for x in range(k + 1, looks[0]))
            k = looks[0]
        elif count == 0:
            return None
        return k, telling

    def bracket(self, i: int):
        """Read "(die mit dem Papagei)" after a person; return (end, True) or None."""
        if self.word(i) != "(" or self.lower(i + 1) not in {"der", "die"}:
            return None
        if self.lower(i + 2) == "mit":
            looks = self.looks(i + 2)  # any belonging: the person is singled out already
            found = (looks[0], True) if looks is not None else None
            while found is not None and self.word(found[0]) != ")":
                place = self.place(found[0])  # "(die mit der Bäckerei in der Bahnhofstraße)"
                found = (place[0], True) if place is not None else None
        else:
            found = self.looks_phrase(i + 1)
        if found is None:
            found = self.bracket_tie(i + 1)
        if found is None or not found[1] or self.word(found[0]) != ")":
            return None
        return found[0] + 1, True

    def bracket_tie(self, i: int):
        """Read "die vom Kiosk am Bahnhof)", "der Sohn vom Bäcker)" in a bracket at ``i``.

        After a person, a bracket with "der"/"die", maybe a relation or role, and a tie to
        a place or a person ("vom", "von der", "aus dem", "beim") tells which one; an office
        ("die vom Bürgeramt") does not.
        """
        k = i + 1
        if _person_word(self.word(k)) or ties.relation(self.word(k)):
            k += 1
        link = self.lower(k)
        if link in {"von", "aus"} and self.lower(k + 1) in {"der", "dem"}:
            k += 1
        elif link not in {"vom", "beim", "ausm"}:
            return None
        end = k + 1
        while end < len(self.tokens) and end - k <= 7 and self.word(end) not in _CLAUSE_END:
            end += 1
        if self.word(end) != ")" or end == k + 1:
            return None
        if self.lower(k + 1).rstrip("s").endswith(_lexicon()["offices"]) and end == k + 2:
            return None  # "(die vom Ordnungsamt)"
        if any(self._verb(x) and self.lower(x) in _MAIN_VERBS for x in range(k + 1, end)):
            return None
        return end, True

    def _feature_at(self, j: int):
        """End of "(kurze graue) Haare" starting at ``j``, or None."""
        for k in range(j, j + 3):
            if self.lower(k).endswith(_lexicon()["features"]) and self.is_word(k):
                return k + 1
            if not (self.word(k)[:1].islower() and self.lower(k).endswith(("e", "en", "er"))):
                return None
        return None

    def _verb(self, j: int) -> bool:
        lower = self.lower(j)
        return lower in _MAIN_VERBS or (
            self.word(j)[:1].islower() and lower.endswith(("t", "en", "te", "ten", "ern", "eln"))
        )

    def apposition(self, i: int):
        """Read ", die Studentin mit den grünen Haaren"; return (end, identifying) or None."""
        if self.word(i) != "," or self.lower(i + 1) not in _DETERMINERS:
            return None
        group = self.noun_group(i + 1)
        if group is None or not _person_word(group.noun) or group.named:
            return None  # ", die Frau Maier": a name, the name rules' business
        return self.modifiers(group.end)

    def modifiers(self, i: int, *, only: bool = False, known: bool = False, vague: bool = False):
        """Chain modifiers after a person noun; return (end, True) or None.

        The span ends with the last modifier that identifies and the places right after it.
        After "die einzige …" any place identifies; after "ein …" (``vague``) looks alone do
        not ("ein Mann mit Hund"); ``known``: the words before already identify.
        """
        last = i if known else None
        for _ in range(6):
            for read in (self.looks, self.place, self.looks_list, self.relative, self.apposition,
                         self.bracket):
                found = read(i)
                if found is not None:
                    break
            else:
                break
            # after "ein …" looks or a habit alone tell no one ("ein Lehrer, der jeden Tag …")
            weak = vague and read in (self.looks, self.relative, self.bracket)
            identifying = (found[1] and not weak) or (only and read == self.place)
            if identifying or (last == i and read == self.place):
                last = found[0]  # "… um 6:40 ab Zollberg", "… mit dem Hund vom Kiosk"
            i = found[0]
        return (last, True) if last is not None else None


def _person_spans(text: str):
    """Spans of a person noun with identifying modifiers (see the module's docstring)."""
    walk = _Walk(text)
    n = len(walk.tokens)
    i = 0
    while i < n:
        det = walk.lower(i)
        if det not in _DETERMINERS:
            if det in _CONTRACTED:  # "gefahren vom Inhaber des Autohauses an der …"
                group = walk.noun_group(i + 1)
                end = _tied(walk, _CONTRACTED[det], group) if group is not None else None
                if end is not None:
                    first = i if det in _DIALECT_ARTICLES else i + 1
                    yield _span(walk, first, end, group.end)
                    i = end
                    continue
            i += 1
            continue
        opener = walk.word(i - 1)
        if det in {"der", "die"} and opener in {",", "("} and _after_person(walk, i - 1):
            found = walk.looks_phrase(i)  # "Herr Maier vom Bauhof, der große mit dem Vollbart,"
            closing = {")"} if opener == "(" else _APPOSITION_END | {""}
            if found is not None and found[1] and walk.word(found[0]) in closing:
                yield _span(walk, i, found[0], i + 1)
                i = found[0]
                continue
        if det in {"der", "die"} and opener == "(":
            found = _bracket_after_person(walk, i)  # "Uschi (die vom Kiosk am Bahnhof)"
            if found is not None:
                yield _span(walk, i, found, i + 1)
                i = found
                continue
        if det in {"der", "die"} and walk.lower(i + 1) == "mit":
            chain = _with_looks(walk, i)
            if chain is not None:
                yield _span(walk, i, chain, i + 1)
                i = chain
                continue
        group = walk.noun_group(i)
        if group is not None and det not in _INDEFINITE:
            end = _tied(walk, det, group)
            if end is not None:
                yield _span(walk, i, end, group.end)
                i = end
                continue
        if group is not None and _role_of_class(walk, group):
            yield _span(walk, i, group.end + 2, group.end)  # "die Vorsitzende der 3a"
            i = group.end + 2
            continue
        if group is None or not _is_head(walk, det, group):
            i += 1
            continue
        if walk.lower(i - 1) == "bin" and det in {"der", "die"}:
            end = _self_described(walk, group.end)  # "ich bin die Frau mit dem Blindenhund"
            if end is not None:
                yield _span(walk, i, end, group.end)
                i = end
                continue
        vague = det in _INDEFINITE
        chain = walk.modifiers(group.end, only=group.only, vague=vague)
        genitive = walk.genitive(group.end, group.noun)
        if genitive is not None:
            after = walk.modifiers(genitive[0], only=group.only, known=genitive[1], vague=vague)
            if after is not None:
                chain = after
        if chain is None:
            i += 1
            continue
        yield _span(walk, i, chain[0], group.end)
        i = chain[0]


def _role_of_class(walk: _Walk, group: _Group) -> bool:
    """Tell "die (Klassenpflegschafts)Vorsitzende der 3a": any role of one school class."""
    if walk.lower(group.end) != "der" or _CLASS.fullmatch(walk.lower(group.end + 1)) is None:
        return False
    lower = group.noun.lower()
    if not group.noun[:1].isupper() or lower.endswith(("innen", "en")):
        return False  # "die Kinder der 3a", "die Eltern der 3a": a group
    return _longest_suffix(lower, _lexicon()["excluded_set"]) > 0 and not lower.endswith("er")


def _bracket_after_person(walk: _Walk, i: int):
    """End of "(die vom Kiosk am Bahnhof" or "(der Sohn vom Bäcker" at ``i``, or None.

    Without a person noun inside, the bracket must follow a name or a person ("Uschi (die
    vom Kiosk …)"), for "Brötchen (die vom Bäcker am Markt)" are things.
    """
    before = walk.word(i - 2)
    named = before[:1].isupper() and before not in _NOT_NAME
    named = named and not lexicon().is_common_noun(before)  # "Die Verwaltung (die mit …)"
    after_person = named or _after_person(walk, i - 1)
    found = walk.bracket_tie(i)
    if found is not None and (after_person or _person_word(walk.word(i + 1))
                              or ties.relation(walk.word(i + 1))):  # fmt: skip
        return found[0]
    if after_person and walk.lower(i + 1) == "mit":
        found = walk.bracket(i - 1)  # "Dragana (die mit der Bäckerei in der …)"
        if found is not None:
            return found[0] - 1
    return None


def _with_looks(walk: _Walk, i: int):
    """End of "der mit dem Hörgerät (an der Infotheke)" at ``i`` ("der"/"die"), or None.

    After "ich bin" or "(" any belonging tells the person ("ich bin die mit dem roten
    Lastenrad"); opening a sentence it takes looks and a place where the person works ("Der
    mit dem Hörgerät an der Infotheke"), for "Die mit dem Auto kommen …" is a group.
    """
    looks = walk.looks(i + 1)
    if looks is None or not any(walk._feature_at(k) for k in range(i + 2, looks[0])):
        return None
    if walk.lower(i - 1) in _SELF:
        chain = walk.modifiers(looks[0], known=True)
        return chain[0] if chain is not None else None
    if not ties.sentence_start(walk, i) or not looks[1]:
        return None
    end = _at_work(walk, looks[0])
    if end is None and walk.lower(i) == "der":
        # "Der mit der Brille und dem Akzent, der schon ewig da sitzt": "der" is one man
        # ("Die mit …" may be a group); his looks tell him, a relative clause goes with them
        clause = walk.relative(looks[0], lenient=True)
        end = clause[0] if clause is not None else looks[0]
    return end


def _after_person(walk: _Walk, i: int) -> bool:
    """Tell whether a person is named or told in the clause before the comma at ``i``."""
    for k in range(i - 1, max(-1, i - 10), -1):
        word = walk.word(k)
        if word in _CLAUSE_END:
            return False
        if walk.lower(k) in _PERSON_CUES or (
            word[:1].isalpha() and (_person_word(word) or ties.relation(word))
        ):
            return True
    return False


def _self_described(walk: _Walk, i: int):
    """End of "(ich bin die Frau) mit dem Blindenhund, die immer vorne sitzt" at ``i``."""
    looks = walk.looks(i)
    ends = [walk._feature_at(k) for k in range(i + 1, looks[0])] if looks is not None else []
    if not any(ends):
        return None
    end = max(k for k in ends if k)  # not "… mit dem Kinderwagen und komme nicht in"
    clause = walk.relative(end, lenient=True)
    if clause is not None:
        end = clause[0]
    chain = walk.modifiers(end, known=True)
    return chain[0] if chain is not None else end


def _at_work(walk: _Walk, i: int):
    """End of places from ``i`` of which one is a counter or office ("am Empfang vom Bad")."""
    end, working = None, False
    while True:
        found = walk.place(i)
        if found is None:
            break
        working = working or found[1] or walk.workplace
        end = i = found[0]
    return end if working else None


def _tied(walk: _Walk, det: str, group: _Group):
    """End of a tied person or of an adjective as a noun, else None (see :mod:`.ties`).

    "die Frau vom Ortsvorsteher in Hohenbühl", "der Wirt vom Ochsen", "der große Glatzköpfige
    am Schalter 3".
    """
    noun = group.noun
    if group.named or group.number:
        return None
    if noun[:1].islower() and not walk.text.islower():
        return None
    k = group.end - 1
    if ties.nominal(walk, k, det):
        chain = walk.modifiers(group.end)
        if chain is not None:
            return chain[0]
        looks = walk.looks(group.end)
        return _at_work(walk, looks[0] if looks is not None else group.end)
    if det in _FEM_OR_PLURAL and not (_feminine(noun) or ties.female(noun)):
        return None
    relation = ties.relation(noun)
    if not (relation or _person_word(noun)):
        return None
    end = ties.tie(walk, group.end, noun)
    if end is not None:
        chain = walk.modifiers(end, known=True)  # "… in Kirchbronn am Marktplatz"
        return chain[0] if chain is not None else end
    if relation and noun.lower().endswith(_NEIGHBOURS):
        walk.aged = False
        chain = walk.modifiers(group.end)  # "Meine Nachbarin im Erdgeschoss, die 94 ist"
        if chain is not None and walk.aged:
            return chain[0]
    return None


def _is_head(walk: _Walk, det: str, group: _Group) -> bool:
    """Tell a noun for one person after its determiner ("die Aushilfe", not "die Mitarbeiter")."""
    noun = group.noun
    if not _person_word(noun):
        return False
    if noun[:1].islower() and noun.lower() not in _lexicon()["whole"] and not walk.text.islower():
        return False
    if det in _FEM_OR_PLURAL and not _feminine(noun):
        return False  # "die Mitarbeiter im Bürgerbüro": plural staff
    return not (noun.lower() in {"frau", "herr", "herrn"} and group.named)  # "Frau Müller"


def _span(walk: _Walk, first: int, stop: int, floor: int) -> tuple[int, int]:
    while stop > floor and walk.word(stop - 1) in _CLAUSE_END:
        if walk.word(stop - 1) == ")" and "(" in walk.words[first:stop]:
            break  # "… (die mit dem Papagei)"
        stop -= 1
    return walk.tokens[first][1], walk.tokens[stop - 1][2]


def _may_describe(features) -> bool:
    """Tell cheaply whether a text holds a person noun and a word a modifier needs."""
    words = features.words()
    if words.isdisjoint(_HEADS_SEEN) and words.isdisjoint(_TIES_SEEN):
        # set operations in C: only words never seen before are looked at one by one
        new = words - _NEITHER_SEEN
        if not any([_person_word(word) or _tie_word(word) for word in new]):
            _NEITHER_SEEN.update(new)
            if not _self_cue(features.lowered):
                # "die Vorsitzende der 3a": a role of one school class
                return features.has_digit and _CLASS_CUE.search(features.lowered) is not None
    lowered = features.lowered
    if "(" in lowered and _SELF_CUE.search(lowered) is not None:
        return True
    return (  # "mit "/"ohne " anywhere is the modifier cue's first branch: no search needed
        "mit " in lowered or "ohne " in lowered or _modifier_cue().search(lowered) is not None
        or _NAMED_UNIT.search(features.text) is not None
        or _TIE_CUE.search(lowered) is not None
    )


_TIES_SEEN: set = set()  # relatives and adjectives as nouns ("Nachbarin", "Glatzköpfige")
_NEITHER_SEEN: set = set()  # words known to be neither a person noun nor one of those


def _tie_word(word: str) -> bool:
    """Tell a relative or an adjective as a noun, remembered like :func:`_person_word`."""
    if len(_NEITHER_SEEN) > 200_000:
        _NEITHER_SEEN.clear()
        _TIES_SEEN.clear()
    lower = word.lower()
    found = ties.relation(word) or (
        lower.endswith("e") and any(lower.startswith(s) for s in ties.nominal_stems())
    )
    if found:
        _TIES_SEEN.add(word)
    return found


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


@lru_cache(maxsize=1)
def _modifier_cue():
    """Words a modifier needs: "mit", a habit word, a possessive, an age ("ca. 60")."""
    habits, firsts = "|".join(sorted(_lexicon()["habits"], key=len, reverse=True)), "".join(
        sorted({re.escape(h[0]) for h in _lexicon()["habits"]} | set("mouace,")))
    return re.compile(  # (?=[…]): each branch's first character; skips most places in C
        rf"(?=[{firsts}\d])(?:(?:mit|ohne) |\b(?:{habits})\b|meine[rs] |unsere[rs] |ca\.? ?\d|"
        r"mitte \d|ende \d|anfang \d|etwa \d|\d ?jahre|, ca|, blond)"
    )


_CLASS_CUE = re.compile(r"der (?:[1-9]|1[0-3])[a-f]\b")
_SELF_CUE = re.compile(
    r"(?:bin |\()(?:der|die) mit |(?:^|[.!?:] )(?:der|die) mit "
    r"|\((?:der|die) (?:\w+ )?(?:vom|von der|von dem|aus der|aus dem|beim) "
)


def _self_cue(lowered: str) -> bool:
    """Tell "ich bin die mit …", "(die vom Kiosk …)": the pattern only where its words are."""
    # every branch holds "der mit ", "die mit ", "(der " or "(die " ("(" is in ~30 % of texts)
    if (
        "der mit " not in lowered and "die mit " not in lowered
        and "(der " not in lowered and "(die " not in lowered
    ):
        return False
    return _SELF_CUE.search(lowered) is not None
# "vom ortsvorsteher in …", "des bürgermeisters von …", "vom ochsen", "von st. martin",
# ", die 94 ist"
_TIE_CUE = re.compile(r"(?=[vdah,(])(?:"  # each branch's first letter: skips most places in C
    r"\b(?:vom|von der|von dem|des|der) (?:[^\W\d]+ )?[\w\-]+ (?:in|von|aus|zu?) [^\W\d]"
    r"|\bvon st\.? |\b(?:vom|von) (?:herrn?|frau) "
    r"|\b(?:der|die) (?:schon |über |fast |knapp |bald |weit über )?\d\d "
    r"(?:ist|war|wird|jahre)|\b(?:vom|von der) (?:" + "|".join(ties.inn_names()) + r")\b"
    r"|\b(?:am|an|an der|hinter der|hinterm) [\w\-]*(?:"
    + "|".join(_COUNTERS)
    + r"|empfang|pforte|info)\b"
    r"|\b(?:der|die) (?:\w+ )?(?:" + "|".join(ties.nominal_stems()) + r")e "
    r"(?:vom|von der|im|am|an|an der|in der|beim|hinter|hinterm|aus|mit)\b"
    r"|(?:, |\()(?:der|die) (?:\w+ )?(?:" + "|".join(ties.nominal_stems()) + r")e ?[,;)])"
)
# "in der Stadtbücherei Kranzbach", "am Schalter 3", "der Grundschule am Mühlbach"
_NAMED_UNIT = re.compile(  # (?=[…]): each branch's first letter
    r"(?=[AaIiVvBbd])(?:\b(?:[Aa]m|[Ii]m|[Ii]n der|[Aa]n der|[Vv]om|[Vv]on der|[Bb]eim|der|des) "
    r"[\w\-]+ (?:[A-ZÄÖÜ\d\[]|am [A-ZÄÖÜ]|an der [A-ZÄÖÜ])"
    r"|\b(?:der|in der|aus der) (?:[1-9]|1[0-3])[a-f]\b)"
)


#: Rules for descriptions of one person, run before the name rules.
DESCRIPTION_RULES = [
    _Rule(
        "BESCHREIBUNG",
        None,
        admit=_may_describe,
        finder=_person_spans,
        name="beschreibung-merkmal",
        trusted=True,
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=("inzig", "leiter", "meister", "inhaber", "pächter", "wirt", "besitzer",
               "betreiber", "chef", "direktor", "rektor", "pfarrer", "trainer", "sekretär",
               "küster", "mesner", "hebamme", "apotheker", "förster", "vorsitzend",
               "geschäftsführer", "präsident", "kommandant", "dirigent", "wart", "vorstand",
               "schriftführer", "kassier", "obmann", "obfrau"),
        gate=re.compile(
            r"[eo]inzig|(?:leiter|meister|inhaber|pächter|wirt|besitzer|betreiber|chef|direktor|"
            r"rektor|pfarrer|trainer|sekretär|küster|mesner|hebamme|apotheker|förster|vorsitzende|"
            r"geschäftsführer|präsident|kommandant|dirigent|wart|vorstand|vorständin|"
            r"schriftführer|kassier|kassierer|obmann|obfrau)(?:in|r|n|en)?"
            r"\s+(?:vom|von|der|des|im|am|beim|aus|in)\s"
        ),
        finder=ties.description_spans,
        name="beschreibung",
    ),
    _Rule(
        "BESCHREIBUNG",
        None,
        needs=local_roles._role_stems(),
        finder=local_roles.local_role_spans,
        name="beschreibung-ort",
        trusted=True,
    ),
    *EXTENT_RULES,  # the relative clause after a description: ", der noch Hausbesuche macht"
]  # fmt: skip
