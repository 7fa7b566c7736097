"""Reading the modifiers after a person noun, for :mod:`.descriptions`.

A :class:`_Walk` holds the tokens of one text; its methods read one modifier each at a
token index ("mit dem roten Bart", "am Schalter 3", ", der morgens … fährt", "(die mit dem
Papagei)") and :meth:`_Walk.modifiers` chains them.
"""


from dataclasses import dataclass
from functools import cached_property

from esslingen_lab.privacy.redact import ties
from esslingen_lab.privacy.redact.description_words import (
    _AGE,
    _AGE_VERBS,
    _ARTICLES,
    _CHILD_OWNER,
    _CHILD_ROLES,
    _CHILDREN,
    _CLASS,
    _CLAUSE_END,
    _CLAUSE_OPENERS,
    _COUNTERS,
    _DETERMINERS,
    _FLOORS,
    _GENITIVE,
    _HOUSE_NUMBERS,
    _MAIN_VERBS,
    _NOT_NAME,
    _ONCE,
    _PLACE_ADVERBS,
    _PREPOSITIONS,
    _RELATIVE,
    _RESTART_VERBS,
    _SIZES,
    _TIME,
    _TOKEN,
    _WEAK_HABITS,
    _WORKPLACES,
    _lexicon,
    _person_word,
    token_words,
)
from esslingen_lab.privacy.redact.health_lexicon import _is_health_word


@dataclass
class _Group:
    """A noun with its article, adjectives and name: "die einzige Hebamme", "Kita Sonnenschein"."""

    end: int
    noun: str
    named: bool  # a name follows ("Stadtbücherei Kranzbach", "Bürgerbüro Süd")
    number: bool  # a number follows ("Schalter 3", "Linie 7")
    institution: bool  # a small institution ("Kita", "Bücherei", "Grundschule")
    only: bool  # "die einzige …"
    ailing: bool = False  # a health word before the noun: "der schwerhörige Kollege"


# where "the only one" is: "dort", "hier", "oben (in Hegensberg)"
_THERE_ADVERBS = frozenset("dort hier da drüben oben unten draußen".split())
# a place relative to a landmark, where one person lives or works: "neben der Sparkasse"
_LANDMARK_PREPOSITIONS = frozenset("neben hinter gegenüber oberhalb unterhalb".split())
# people of the street: seen with a belonging at a place they are anyone ("die Frau mit dem
# Kinderwagen am Bahnhof", "der Schüler mit dem Fahrrad aus Zell")
_ANYONE = frozenset(
    "mann frau herr herrn dame typ kerl kerle junge jungen mädchen kind mensch person leute "
    "rentner rentnerin senior seniorin schüler schülerin student studentin fahrer fahrerin "
    "anwohner anwohnerin nachbar nachbarn nachbarin opa oma bürger bürgerin radfahrer "
    "radfahrerin autofahrer autofahrerin fußgänger fußgängerin mutter vater".split()
)
# belongings counted: "mit den drei Windhunden", "mit den vielen Katzen"
_COUNTED = frozenset("zwei drei vier fünf sechs sieben acht neun zehn vielen beiden".split())
# a word that makes a place exact: "direkt am Bahnhof", "gleich neben der Apotheke"
_INTENSIFIERS = frozenset("direkt gleich genau ganz unmittelbar schräg".split())
# a house pointed at from the speaker's place: "der Kiosk daneben", "die Bäckerei gegenüber"
_POINTING = frozenset("daneben gegenüber nebenan nebendran drüben vis-à-vis".split())
_BESIDE = frozenset("an neben hinter gegenüber vor".split())
# "am Ende der Pliensaustraße", "am Anfang vom Römerweg"
_PARTS_OF_A_PLACE = frozenset("ende anfang rand eingang ausgang eck ecke".split())
# groups of many, no small unit: "aus der Altersgruppe 60+"
_LARGE_GROUPS = ("alters", "ziel", "bevölkerungs", "berufs", "nutzer", "risiko", "personen",
                 "einkommens", "interessen", "wähler", "kunden")


def _small_group(noun: str) -> bool:
    """Tell a group one carer or leader has: a Kita's "Igelgruppe", "Krabbelgruppe"."""
    return len(noun) > 8 and noun.endswith("gruppe") and not noun[:-6].rstrip("-").endswith(
        _LARGE_GROUPS)


# the one person of a place singled out by age, as by "einzige": "der älteste Mitarbeiter im
# Bauhof", "unser ältester Kamerad in der Altersabteilung" (singular forms only)
_EVEN = frozenset("auch selbst sogar nicht nur jeder jede".split())
_ONE_BY_AGE = frozenset(
    "älteste ältester jüngste jüngster dienstälteste dienstältester".split()
)


# verbs of a state: a clause with one of them second still tells of the person
_STATE_VERBS = frozenset("ist war wird wurde isch".split())


class _Walk:
    """Tokens of one text and the modifiers found after a person noun."""

    aged = False  # a relative clause read so far told an age ("die 94 ist")
    workplace = False  # the place read last is a counter or an office ("an der Infotheke")
    vague = False  # the chain read now follows "ein …" (set by modifiers() while it reads)

    def __init__(self, text: str):
        self.text = text
        self.words, self.lowers = token_words(text)  # read per part (description_words.py)
        # typed all in lower case: asked per candidate, read once (a long text's candidates
        # each rescanned it: 100,000 characters of "die einzige, " took 7 s)
        self.all_lower = text.islower()

    @cached_property
    def tokens(self) -> list[tuple[str, int, int]]:
        """The tokens with their offsets: (word, start, end), read only when one is asked."""
        return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(self.text)]

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
        # "Auch der älteste Mensch im Dorf hat …": anyone, not the one
        general = self.lower(i - 1) in _EVEN
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
        if noun.endswith("-") and self.lower(i + 1) in ("und", "oder", "&") and self.is_word(i + 2):
            i += 2  # "des Obst- und Gartenbauvereins Zell": the last compound is the noun
            noun = self.word(i)
        i += 1
        if noun.lower() in ("nr", "hausnr") and self.word(i) == "." and (
            self.word(i + 1)[:1].isdigit()
        ):
            i += 1  # "aus der Nr. 14"
        named = number = False
        # "Stadtbücherei Kranzbach", "Bürgerbüro Süd", "Schalter 3"; an inn's "Zum Goldenen
        # Ochsen" three words
        for _ in range(3 if self.word(i) in ("Zum", "Zur") else 2):
            w = self.word(i)
            if w[:1].isdigit():
                number = True
            elif self._name_word(i) or w in {"[NAME]", "[ADRESSE]"}:
                named = True
            else:
                break
            i += 1
        lower = noun.lower()
        institution = lower.endswith(_lexicon()["institutions"]) or lower.removesuffix(
            "es" if lower.endswith("sses") else "s"
        ).endswith(_lexicon()["institutions"])  # "Imbiss", "des Imbisses", "des Kiosks"
        if institution and not (named or number):
            i, named = self._where_it_is(i)
        if institution and self.lower(i) == "in" and self._name_word(i + 1):
            named = True  # "Grundschule in Sirnau"
            i += 2
        elif institution and not named and self.lower(i) == "in" and self.lower(i + 1) == "der":
            street = ties.street(self, i + 2)  # "Dönerladen in der Bahnhofstraße"
            if street is not None:
                named, i = True, street
        return _Group(
            i, noun, named, number, institution,
            any(a.startswith("einzig") or (a in _ONE_BY_AGE and not general) for a in adjectives),
            any(_is_health_word(a) for a in adjectives),
        )

    def _where_it_is(self, i: int) -> tuple[int, bool]:
        """Read where one house stands after its noun; return (end, named).

        "(Grundschule) am Mühlbach", "(Autohaus) an der Plochinger Straße", "(Kiosk) direkt
        neben der Apotheke", "(Kita) am Ende der Pliensaustraße", "(Kiosk) daneben", "(Späti)
        um die Ecke".
        """
        k = i + (self.lower(i) in _INTENSIFIERS)  # "direkt am Bahnhof"
        lower, after = self.lower(k), self.lower(k + 1)
        if lower in {"am", "beim"}:
            j = k + 1
        elif lower in _BESIDE and after in {"der", "dem", "vom", "den"}:
            j = k + 2  # "an der Plochinger Straße", "neben der Apotheke", "gegenüber vom Rathaus"
        elif lower == "gegenüber" and after == "von" and self.lower(k + 2) in {"der", "dem"}:
            j = k + 3
        elif lower in _POINTING:
            return k + 1, True  # "der Kiosk daneben"
        elif lower == "um" and after == "die" and self.lower(k + 2) == "ecke":
            return k + 3, True  # "der Späti um die Ecke"
        else:
            return i, False
        if not self._name_word(j):
            return i, False
        end = j + 1
        if self.lower(j) in _PARTS_OF_A_PLACE and self.lower(end) in {"der", "des", "vom"}:
            if self._name_word(end + 1):  # "am Ende der Pliensaustraße"
                end += 2
        elif self._name_word(end):
            end += 1  # "am Bahnhof Mettingen"
        return end, True

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
        if self.lower(i) not in _PREPOSITIONS or i + 1 >= len(self.words):
            return None
        time = _TIME.match(self.text, self.tokens[i + 1][1]) if self.lower(i) == "um" else None
        if time is not None:
            end = i + 1
            while end < len(self.words) and self.tokens[end][1] < time.end():
                end += 1
            return end, True  # "um 6:40": one bus run, one driver
        group = self.noun_group(i + 1)
        if group is None:
            return None
        noun = group.noun.lower()
        counter = group.number and noun.endswith(_COUNTERS)
        unit = group.named and (group.institution or noun.endswith(_lexicon()["offices"]))
        end = group.end + (self.lower(group.end) in _PLACE_ADVERBS)
        if (noun in _PARTS_OF_A_PLACE or counter) and self.lower(end) in {"der", "des", "vom"}:
            part_of = self.noun_group(end)  # "am Ende der Straße", "am Schalter 3 der …stelle"
            end = part_of.end if part_of is not None else end
        self.workplace = noun.endswith(_WORKPLACES) or noun.endswith(_lexicon()["offices"])
        school_class = self.lower(i) in {"in", "aus"} and (_CLASS.fullmatch(noun) is not None or (
            _small_group(noun) and self.lower(i + 1) == "der" and not self.vague))  # "in der 3a"
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
        return group.end, group.named and group.institution or _small_group(group.noun.lower())

    def looks_list(self, i: int):
        """Read ", ca. 60, blond, Lesebrille an der Kette"; return (end, True) or None."""
        lex = _lexicon()
        end = None
        while self.word(i) == "," and i + 1 < len(self.words):
            j = i + 1
            piece_end = None
            age = _AGE.match(self.text, self.tokens[j][1])
            if age is not None:
                while j < len(self.words) and self.tokens[j][1] < age.end():
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
        if comma and (self.lower(start) in _MAIN_VERBS or self.lower(start) in _RESTART_VERBS) and (
            self.word(start + 1) not in _CLAUSE_END | {""}
        ) and self.lower(start) not in _STATE_VERBS and not self._looks_in_clause(start + 1):
            # ", der hat seit zwei Jahren versucht …": the verb second, the writer's next
            # clause (", der hat einen Schnauzer" still tells the looks, ", der ist seit
            # Monaten arbeitslos" a state of the person)
            return None
        if not comma and (
            not nxt[:1].islower()
            or (self.all_lower and nxt not in _lexicon()["habits"] | _CLAUSE_OPENERS)
            # "der einzigen Feuerwehr in …": an article, an adjective and its noun
            or (
                nxt.endswith(("en", "em", "es"))
                and self.word(start + 1)[:1].isupper()
                and self.lower(start) not in ("jeden", "jedem", "jedes")  # "der jeden Tag …"
            )
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
        while j < len(self.words) and j - start < 30:
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
            weak = weak or lower in _ONCE  # "die letzte Woche im Foyer gestürzt ist": one day
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
        if end is None and j >= len(self.words):
            end = j
        whole = end is not None and end > start + 1 and self._verb(end - 1)
        if joined is not None and (not whole or end - start > 18):
            end, whole = joined, True  # a long clause: its first part up to "und"
        if not whole:
            return None  # a relative clause ends with its verb
        if not (strong or (weak and (located or lenient))):
            return None
        return end, True

    def any_clause(self, i: int):
        """End of a relative clause at ``i`` (", dem das ganze Haus gehört"), or None.

        Used after an apposition that names the person already (see
        :func:`.descriptions._apposed`), so any clause with its verb at the end belongs to the
        description; ", der fährt …" (the verb second) restarts the main clause instead.
        """
        if self.word(i) != "," or self.lower(i + 1) not in _RELATIVE:
            return None
        start = i + 2 + (self.lower(i + 2) == "wo")  # Swabian "der wo früher beim Daimler war"
        if self.lower(start) in _MAIN_VERBS or self.lower(start) in _RESTART_VERBS:
            return None
        end = start
        while end < len(self.words) and self.word(end) not in _CLAUSE_END:
            if end - start > 16:
                return None
            end += 1
        if end - start < 2 or not self._verb(end - 1) or self.lower(end - 1) in _ARTICLES:
            return None
        return end

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
        while end < len(self.words) and end - k <= 7 and self.word(end) not in _CLAUSE_END:
            end += 1
        if self.word(end) != ")" or end == k + 1:
            return None
        if self.lower(k + 1).rstrip("s").endswith(_lexicon()["offices"]) and end == k + 2:
            return None  # "(die vom Ordnungsamt)"
        if any(self._verb(x) and self.lower(x) in _MAIN_VERBS for x in range(k + 1, end)):
            return None
        return end, True

    def _looks_in_clause(self, j: int) -> bool:
        """Tell a feature of looks ("Schnauzer", "rote Haare") from ``j`` to the clause's end."""
        k = j
        while k < len(self.words) and k - j < 12 and self.word(k) not in _CLAUSE_END:
            if self.lower(k).endswith(_lexicon()["features"]) and self.is_word(k):
                return True
            k += 1
        return False

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

    def _seen_where(self, i: int, counted: bool) -> bool:
        """Tell where one person lives or stands from a place read at ``i``, after a belonging.

        "aus dem Neubaugebiet", "aus Nummer 9", "neben der Sparkasse"; after a counted
        belonging any place ("mit den vielen Katzen im Erdgeschoss"); not "am Bahnhof", "im
        Park", "aus Zell".
        """
        prep, after = self.lower(i), self.lower(i + 1)
        if prep in _LANDMARK_PREPOSITIONS:
            return True
        if prep in {"aus", "von"} and (
            after in {"dem", "der", "den", "zimmer", "raum"} or after in _HOUSE_NUMBERS
        ):
            return True
        return counted

    def modifiers(self, i: int, *, only: bool = False, known: bool = False, vague: bool = False):
        """Chain modifiers after a person noun; return (end, True) or None.

        The span ends with the last modifier that identifies and the places right after it.
        After "die einzige …" any place identifies; after "ein …" (``vague``) looks alone do
        not ("ein Mann mit Hund"); ``known``: the words before already identify.
        """
        last = i if known else None
        belonging = counted = False
        # read by place() while this chain is read: "eine Frau aus der Selbsthilfegruppe" is
        # one of many; restored at the end, so no later reading (appositions.py) sees it
        outer, self.vague = self.vague, vague
        if only and self.lower(i) in _THERE_ADVERBS:
            # "die einzige Sozialarbeiterin dort", "die einzige Hausärztin oben in Hegensberg"
            last = i = i + 1
        # "der Mann", "die Frau" with a belonging need the place a person lives or works at;
        # "der Imker", "ich bin der Mann …" any place
        anyone = self.lower(i - 1) in _ANYONE and self.lower(i - 3) != "bin"
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
            # a belonging and where its owner lives or stands: "der Mann mit den drei
            # Windhunden aus dem Neubaugebiet", "… mit dem Hundesalon neben der Sparkasse";
            # "die Frau mit dem Kinderwagen (am Bahnhof)" is anyone
            identifying = identifying or (
                belonging and not vague and read == self.place
                and (not anyone or self._seen_where(i, counted))
            )
            belonging = read == self.looks
            counted = belonging and any(
                self.lower(k) in _COUNTED for k in range(i, found[0])
            )
            if identifying or (last == i and read == self.place):
                last = found[0]  # "… um 6:40 ab Zollberg", "… mit dem Hund vom Kiosk"
            i = found[0]
        self.vague = outer
        return (last, True) if last is not None else None
