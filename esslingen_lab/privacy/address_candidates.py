"""What the learned address step (:mod:`esslingen_lab.privacy.learned_address`) weighs.

A home described without a full address is told in pieces: a head ("im kleinen Häusle",
"in der Mansarde", "im 3. Stock"), places that single it out ("am Ende vom Steigle",
"hinter der Kirche", "in Sirnau") and remarks after a comma (", das mit dem Gerüst",
", Klingel ganz unten", "(2. OG links)"). The rules take some of it and leave the rest:
"Ich wohne [ADRESSE], die Tür mit dem blauen Fensterladen", "ich wohn in Hegensberg
[ADRESSE]", "im kleinen Häusle am Ende vom Steigle hinter der Kirche in Sirnau" (nothing).

:func:`candidates` finds *anchors* in what the rules left and cuts what stands around each
into pieces; the step takes an anchor's pieces one by one, outwards, as long as the model
says yes to each (:func:`chosen_spans`):

- an ``[ADRESSE]`` tag: the pieces after it and the one piece before it (also over a comma);
- a dwelling word (:data:`directions._is_dwelling`'s nouns, and the words of
  ``address_candidate_words.txt``: "Stock", "Souterrain", "Zimmer", "Hinterhof"): its head
  (back over adjectives, an article and one place word, "im kleinen" of "im kleinen
  Häusle"), then the pieces after it and the one before its head;
- a verb of living right before a place word ("wohne am Ende vom Feldweg …"): the place
  is its head.

A piece after an anchor runs to the next comma, bracket or dash, or to the next place word
("hinter", "am", "gegenüber") once it holds a word of its own; no piece crosses a sentence's
end, a colon or a line break, and at most :data:`_MAX_PIECES` follow an anchor. The piece
before runs back to a comma, a verb or a pronoun (at most five words).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.linear_weights import Piece
from esslingen_lab.privacy.redact.directions import (
    _ARTICLES,
    _LEAD,
    _SIDE,
    _WEAK,
    _is_dwelling,
    _is_verb,
    _lists,
)
from esslingen_lab.privacy.redact.dwelling_phrases import _HOME_VERBS as _DWELLING_VERBS
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.vocabulary import read_words

__all__ = ["Piece", "candidates", "chosen_spans", "features", "may_hold_candidates"]

_TOKEN = regex.compile(r"\[[A-Z][A-Z\-]*\]|[\p{L}\d][\p{L}\d'’\-/]*|\S", regex.VERSION1)
_HARD = frozenset(".!?;:")
_SOFT = frozenset(",()–—-[]{}")
_QUOTES = frozenset("\"'„“”‚‘’«»")
# dots that end no sentence: after a number ("3. Stock") or an abbreviation ("Nr. 5")
_ABBREVIATIONS = frozenset("nr str st ca hnr geb jg bzw z b dr fr hr og eg dg ug whg".split())
_PRONOUNS = frozenset(
    "ich wir du er sie es man ihr i mir mer mi uns euch ihm ihnen der die das des".split()
)
_OWN = frozenset("mein meine meinem meinen meiner unser unsere unserem unseren unserer".split())
# the dwelling rule's verbs of living (not its "gehört"), with more forms and words for home
_HOME_VERBS = (_DWELLING_VERBS - {"gehört", "gehören"}) | frozenset(
    "wohnst wohn wohnet gezogen umgezogen zuhause daheim dahoim wohnhaft".split()
)
_ADDRESS_WORDS = frozenset(
    "adresse anschrift wohnung post brief briefkasten klingel zustellung paket postbote "
    "hausnummer lieferadresse wohnort".split()
)
_WRITER = _OWN | frozenset("ich wir i mir mer".split())
# words that open the next clause: a piece ends before them, and the pieces with it
_CLAUSE = frozenset("und oder aber weil dass daß denn doch sondern wenn ob als bis seit "
                    "obwohl damit sodass ond odr abr".split())  # fmt: skip
# a home verb after these is no one's home: "Viele wohnen im Hochhaus", "Die Störche wohnen
# über dem Rathaus", "Stellen Sie sich vor, Sie wohnen …", "wenn man im Hochhaus wohnt"
_ANYONE = frozenset(
    "viele manche leute menschen familien alle einige meisten andere man tiere störche "
    "bienen vögel fledermäuse katzen hühner schwalben studierende studenten geflüchtete "
    "flüchtlinge saisonkräfte erntehelfer rentner senioren bewohner mieter".split()
)
# places too wide to single out a home: "in der Nähe", "über der Stadt", "am Ort"
_WIDE = frozenset(
    "nähe stadt altstadt innenstadt gegend ort umgebung dach berg land dorf viertel stadtteil "
    "esslingen zentrum mitte hang wald feld welt region haus gebäude straße".split()
)
_FINITE = frozenset("ist sind war waren wird wurde wurden hat hatte haben steht stand stehen "
                    "wäre liegt liegen bleibt kann muss soll isch hot send".split())  # fmt: skip
# words that join a piece's words, never open a piece: "die Tür mit dem blauen Laden"
_LINKS = frozenset("mit ohne vom von vum des dr d".split())
_INDEFINITE = frozenset("ein eine einem einen einer en a".split())
_PERSON_TAGS = frozenset(("[NAME]", "[PERSON-BESCHREIBUNG]"))
_MAX_PIECES = 6
_MAX_PIECE_WORDS = 9
_MAX_BEFORE = 5
_MAX_HEAD = 5
_TAG = "[ADRESSE]"


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    nouns, _ = _lists()
    return tuple(sorted({*nouns, *read_words("address_candidate_words")}))


@lru_cache(maxsize=1)
def _long_heads() -> tuple[str, ...]:
    return tuple(head for head in _heads() if len(head) > 3)


@lru_cache(maxsize=1)
def _short_heads() -> frozenset:
    """Heads of three letters or fewer ("WG", "OG", "Hof"): whole words only."""
    return frozenset(head for head in _heads() if len(head) <= 3)


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """Return the words that open a place: "am", "hinter", "gegenüber", "oben", "Richtung"."""
    _, places = _lists()
    return places | _WEAK | _SIDE | frozenset("direkt gleich ganz richtung".split())


@lru_cache(maxsize=50_000)
def _is_head(word: str) -> bool:
    lower = word.lower()
    if len(lower) <= 3:
        return lower in _short_heads()
    if not lower.endswith(_long_heads()) or not _is_dwelling(word) and lower.endswith(_lists()[0]):
        return False
    return not _is_verb(word)


_GATE = regex.compile(
    r"\[ADRESSE\]|(?i:haus|häus|hof|wohnung|stock|geschoss|og|eg|dg|wg|zimmer|heim|hütt|"
    r"mansarde|souterrain|keller|laube|wohn|leb|gezogen|daheim|zuhause|wagen|block|villa|"
    r"scheu|schopf|schuppen|garage|parzelle|stift|anbau|mühle|container|unterkunft)"
)


def may_hold_candidates(features) -> bool:
    """Tell a text that may hold an anchor (the step's gate, any case: "Haus", "wohne")."""
    return _GATE.search(features.text) is not None


class _Text:
    """The words of a text, where its sentences end and where a piece may be cut."""

    def __init__(self, text: str):
        self.tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        self.lower = [token.lower() for _, _, token in self.tokens]
        n = len(self.tokens)
        self.hard = [False] * n  # a sentence's end (or a colon, a line break) before word k
        self.soft = [False] * n  # a comma, bracket or dash before word k
        for k in range(1, n):
            gap = text[self.tokens[k - 1][1] : self.tokens[k][0]]
            if "\n" in gap:
                self.hard[k] = True
        for k, (_, _, token) in enumerate(self.tokens):
            if token in _HARD and not self._inner_dot(k):
                self._mark(self.hard, k)
            elif token in _SOFT:
                self._mark(self.soft, k)
        self.sentence, number = [0] * n, 0
        for k in range(n):
            if self.hard[k] and (k == 0 or not self.hard[k - 1] or self.word(k)):
                number += 1
            self.sentence[k] = number
        self.facts: dict = {}  # per sentence (_context)
        self.tagged = {self.sentence[k] for k in range(n) if self.tokens[k][2] == _TAG}

    def has_tag(self, sentence: int) -> bool:
        """Tell a sentence holding an address tag."""
        return sentence in self.tagged

    def _inner_dot(self, k: int) -> bool:
        if self.tokens[k][2] != "." or k == 0 or k + 1 >= len(self.tokens):
            return False
        before = self.lower[k - 1]
        return (before.isdigit() and len(before) <= 3) or before in _ABBREVIATIONS

    def _mark(self, marks: list, k: int) -> None:
        marks[k] = True
        if k + 1 < len(marks):
            marks[k + 1] = True

    def word(self, k: int) -> bool:
        token = self.tokens[k][2]
        return token[0].isalnum() or token.startswith("[")

    def content(self, k: int) -> bool:
        """Tell a word of its own (no place word, article or particle)."""
        lower = self.lower[k]
        return self.word(k) and lower not in _places() and lower not in _ARTICLES and (
            lower not in _LEAD and lower not in _LINKS
        )


def _pieces_after(t: _Text, k: int, anchored: bool = False) -> list[tuple[int, int]]:
    """Return the pieces (first and last word) after word ``k - 1``, outwards.

    ``anchored``: they follow an anchor's head (see :func:`_offered`).
    """
    pieces: list[tuple[int, int]] = []
    n = len(t.tokens)
    while k < n and len(pieces) < _MAX_PIECES and not t.hard[k]:
        while k < n and not t.word(k) and not t.hard[k]:
            k += 1  # the comma, bracket or quote before a piece
        if k >= n or t.hard[k]:
            break
        first, last, own = k, None, False
        while k < n and not t.hard[k] and k - first <= _MAX_PIECE_WORDS:
            if k > first and t.soft[k]:
                break
            if t.word(k):
                if own and k > first and t.lower[k] in _places():
                    break
                if _opens_clause(t, k):
                    if last is not None and last - first < _MAX_PIECE_WORDS:
                        pieces.append((first, last))
                    return _offered(t, pieces, anchored)
                last = k
                own = own or t.content(k)
            elif t.tokens[k][2] not in _QUOTES and t.tokens[k][2] not in ".":
                break
            k += 1
        if last is None or k - first > _MAX_PIECE_WORDS:
            break
        pieces.append((first, last))
    return _offered(t, pieces, anchored)


def _offered(t: _Text, pieces: list[tuple[int, int]], anchored: bool) -> list[tuple[int, int]]:
    """Return the pieces up to the first that is the subject of a verb after it.

    "[ADRESSE], das mit dem Aufzug ist eine Katastrophe", "… links ist der Park": what a
    verb follows is talked about. A conjunction counts as such a verb only after the first
    piece of a chain that follows no anchor's head (the place after a verb of living): "Wir
    wohnen neben der Schule und es ist laut" offers nothing, but "wohnt [ADRESSE] am
    Rossmarkt und bekommt …" offers "am Rossmarkt", and "wohnt direkt über der Pizzeria am
    Rossmarkt und …" both pieces.
    """
    for i, (_, last) in enumerate(pieces):
        if _verb_after(t, last) and (
            t.lower[last + 1] not in _CLAUSE or (i == 0 and not anchored)
        ):
            return pieces[:i]
    return pieces


def _wide(t: _Text, first: int, last: int) -> bool:
    """Tell a piece whose own words are all too wide a place or a dwelling ("in der Nähe").

    "am Berg", "vom Mehrfamilienhaus" single out no home; a piece without words of its own
    neither, unless it names a side ("ganz oben links"). An anchor's pieces may run over
    such a piece but not end at it (:func:`chosen_spans`).
    """
    words = range(first, last + 1)
    if any(t.lower[k][:1].isdigit() or t.tokens[k][2].startswith("[") for k in words):
        return False
    own = [k for k in words if t.content(k)]
    if not own:
        return not any(t.lower[k] in _SIDE for k in words)
    return all(t.lower[k] in _WIDE or _is_head(t.tokens[k][2]) for k in own)


def _specific(t: _Text, k: int) -> bool:
    """Tell a word that names a place of its own: no dwelling, wide place or adjective."""
    token, lower = t.tokens[k][2], t.lower[k]
    if not t.content(k) or lower in _WIDE or _is_head(token):
        return False
    return not (token[:1].islower() and lower.endswith(("e", "en", "em", "er", "es")))


def _verb_after(t: _Text, last: int) -> bool:
    """Tell a word right after ``last`` that is a finite verb (not one of living)."""
    k = last + 1
    if k >= len(t.tokens) or t.hard[k] or t.soft[k]:
        return False
    token, lower = t.tokens[k][2], t.lower[k]
    if lower in _HOME_VERBS or lower.startswith(("wohn", "gehör", "ghör")):
        return False
    return token[:1].islower() and lower not in _places() and (
        lower in _FINITE or _is_verb(token)
    )


def _opens_clause(t: _Text, k: int) -> bool:
    """Tell a word that opens the next clause: a conjunction, a pronoun, a verb."""
    lower, token = t.lower[k], t.tokens[k][2]
    if lower in _CLAUSE or (lower in _PRONOUNS and lower not in ("der", "die", "das", "des")):
        return True
    return token[:1].islower() and lower not in _places() and _is_verb(token)


def _piece_before(t: _Text, k: int) -> tuple[int, int] | None:
    """Return the piece (first and last word) ending at word ``k - 1``, or None.

    Before a tag, a comma right before it is stepped over and an article after a place word
    is read with it: "wohnen in der Klosterhalde, [ADRESSE]" offers "in der Klosterhalde"
    (its separator ``","`` is a feature).
    """
    over_comma = (k > 1 and t.tokens[k][2] == _TAG and t.tokens[k - 1][2] == ","
                  and not t.hard[k - 1])  # fmt: skip
    if over_comma:
        k -= 1
    elif k == 0 or t.hard[k] or t.soft[k]:
        return None
    first = k
    while first > 0 and k - first < _MAX_BEFORE:
        j = first - 1
        lower = t.lower[j]
        if over_comma and lower in _ARTICLES and j > 0 and t.lower[j - 1] in _places():
            first = j  # "in der Klosterhalde"
            continue
        if not t.word(j) or lower in _PRONOUNS or lower in _HOME_VERBS:
            break
        if t.tokens[j][2][:1].islower() and _is_verb(t.tokens[j][2]):
            break
        first = j
        if t.hard[j] or t.soft[j]:
            break
    return (first, k - 1) if first < k else None


def _head_start(t: _Text, k: int) -> int:
    """Return where the head of dwelling word ``k`` starts ("im kleinen" of "im kleinen Häusle")."""
    first = k
    while first > 0 and k - first < _MAX_HEAD and not t.hard[first] and not t.soft[first]:
        j = first - 1
        lower, token = t.lower[j], t.tokens[j][2]
        if lower in _WEAK or lower in _places():
            return j  # the head's place word: "im", "in der", "hinter dem"
        if lower in _ARTICLES or lower in _OWN or lower in _LEAD or lower in _INDEFINITE or (
            lower[:1].isdigit() or token == "."
        ):
            first = j
            continue
        if token[:1].islower() and _adjective(lower):
            first = j  # an adjective: "kleinen", "roten", "ehemaligen", "zwoita"
            continue
        break
    return first


def _adjective(lower: str) -> bool:
    """Tell an adjective by the lexicon, or an unknown word with an adjective's ending."""
    lex = lexicon()
    if lex.is_adjective(lower):
        return True
    return lower not in lex.german and lower.endswith(("e", "en", "em", "er", "es", "a"))


def candidates(text: str) -> list[dict]:
    """Return the anchors of ``text`` with their pieces (see the module's docstring).

    Each anchor is a dict: ``head`` (a :class:`Piece`, or None for a tag), ``after`` (the
    pieces after it, outwards), ``before`` (the piece before it, or None) and ``kind``.
    """
    t = _Text(text)
    anchors = []
    taken_until = -1
    n = len(t.tokens)
    anyone = _anyones_sentences(t)
    for k in range(n):
        if k <= taken_until or t.sentence[k] in anyone:
            continue
        token, lower = t.tokens[k][2], t.lower[k]
        if token == _TAG:
            head_first, head_last, kind = k, k, "tag"
        elif t.word(k) and len(lower) > 1 and _is_head(token):
            head_first, head_last, kind = _head_start(t, k), k, "dwelling"
            if _verb_after(t, k):
                continue  # "dritter Stock wäre mir zu hoch": talked about
        elif _lives_before_place(t, k):
            after = _pieces_after(t, k + 1)
            if not after or _wide(t, *after[0]):
                continue  # "Ich wohne oben am Berg über der Altstadt"
            head_first, head_last, kind = after[0][0], after[0][1], "lives"
        else:
            continue
        after = _pieces_after(t, head_last + 1, anchored=True)
        before = _piece_before(t, head_first)
        context = _context(t, head_first, head_last)
        if kind == "dwelling" and context["at_start"] and not (
            context["home"] or context["writer"]
        ):
            continue  # "Das Haus mit dem Schuppen wird abgerissen": a building talked about
        span = (t.tokens[head_first][0], t.tokens[head_last][1])
        # a lived-in place alone counts when it names more than a dwelling ("am Zollberg")
        alone = kind == "lives" and any(_specific(t, j) for j in range(head_first, head_last + 1))
        anchor = dict(kind=kind, head=None, after=[], before=None, span=span, alone=alone)
        if kind != "tag":
            anchor["head"] = _piece(t, head_first, head_last, "head", 0, kind, context)
        anchor["after"] = [_piece(t, a, b, "after", i + 1, kind, context)
                           for i, (a, b) in enumerate(after)]  # fmt: skip
        if before is not None:
            anchor["before"] = _piece(t, before[0], before[1], "before", 1, kind, context)
        anchors.append(anchor)
        taken_until = head_last
    return anchors


def _lives_before_place(t: _Text, k: int) -> bool:
    """Tell a verb of living right before a place word ("wohne am …", not "Das Leben am …").

    Not in a sentence with an address tag: the rules found the home; the place beside it is
    a landmark ("Ich wohne neben der Schule in der [ADRESSE]").
    """
    if t.lower[k] not in _HOME_VERBS or k + 1 >= len(t.tokens):
        return False
    if t.lower[k + 1] not in _places() or t.hard[k + 1] or t.soft[k + 1]:
        return False
    token = t.tokens[k][2]
    if not token[:1].islower() and not (t.hard[k] or k == 0) and not token.isupper():
        return False
    return not t.has_tag(t.sentence[k])


def _anyones_sentences(t: _Text) -> set[int]:
    """Return the sentences whose verb of living has no one in particular as its subject."""
    found = set()
    for k, lower in enumerate(t.lower):
        if lower in _HOME_VERBS or lower.startswith("wohn"):
            before = range(max(0, k - 8), k)  # "Wenn man im Hochhaus im 10. Stock wohnt"
            if any(t.lower[j] in _ANYONE and t.sentence[j] == t.sentence[k] for j in before) or (
                any(t.tokens[j][2] in ("Sie", "Ihr") and not t.hard[j] and j > 0
                    for j in before)  # fmt: skip
            ):
                found.add(t.sentence[k])
    return found


def _context(t: _Text, first: int, last: int) -> dict:
    """Return what the anchor's sentence holds and the word before the anchor.

    ("der" of "in der [ADRESSE]": a street, most likely; read once per sentence.)
    """
    sentence = t.sentence[first]
    if sentence not in t.facts:
        t.facts[sentence] = _sentence_facts(t, first, last)
    facts = t.facts[sentence]
    start = facts["start"]
    return dict(facts, at_start=first == start,
                prev=t.lower[first - 1] if first > start else "<start>")  # fmt: skip


def _sentence_facts(t: _Text, first: int, last: int) -> dict:
    """Return what a sentence holds: a verb of living, an address word, the writer, a person."""
    start = first
    while start > 0 and not t.hard[start]:
        start -= 1
    end = last + 1
    while end < len(t.tokens) and not t.hard[end]:
        end += 1
    words = set(t.lower[start:end])
    home = any(word in _HOME_VERBS or word.startswith("wohn") for word in words)
    return dict(
        home=home,
        address=not words.isdisjoint(_ADDRESS_WORDS),
        writer=not words.isdisjoint(_WRITER),
        person=any(t.tokens[k][2] in _PERSON_TAGS for k in range(start, end)),
        start=start,
    )


def _piece(t: _Text, first: int, last: int, where: str, index: int, kind: str,
           context: dict) -> Piece:  # fmt: skip
    facts = dict(context, where=where, index=index, kind=kind, wide=_wide(t, first, last),
                 words=t.lower[first : last + 1],
                 tokens=[token for _, _, token in t.tokens[first : last + 1]],
                 sep=_separator(t, first, where, last),
                 next=t.lower[last + 1] if last + 1 < len(t.tokens) else "<end>")  # fmt: skip
    return Piece(t.tokens[first][0], t.tokens[last][1], facts)


def _separator(t: _Text, first: int, where: str, last: int) -> str:
    """Return the sign between a piece and its anchor ("," "(" or "" for none)."""
    k = first - 1 if where != "before" else last + 1
    if 0 <= k < len(t.tokens) and not t.word(k):
        return t.tokens[k][2]
    return ""


def features(facts: dict) -> dict:
    """Return a piece's features (names to values) for the model."""
    words, tokens = facts["words"], facts["tokens"]
    where = facts["where"]
    f = {f"{where}": 1.0, f"{where}:{facts['kind']}": 1.0,
         f"{where}:i{min(facts['index'], 3)}": 1.0, f"{where}:sep={facts['sep']}": 1.0,
         f"{where}:w1={words[0]}": 1.0, f"{where}:wl={words[-1]}": 1.0,
         f"{where}:next={facts['next']}": 1.0,
         f"{where}:n={min(len(words), 6)}": 1.0,
         f"{where}:{facts['kind']}:prev={facts['prev']}": 1.0}  # fmt: skip
    for word in words:
        f[f"w={word}"] = 1.0
    for key in ("home", "address", "writer", "person", "at_start"):
        if facts[key]:
            f[f"{where}:{key}"] = 1.0
    if any(word[:1].isdigit() for word in words):
        f[f"{where}:digit"] = 1.0
    if any(token[:1].isupper() and not token.startswith("[") for token in tokens[1:]):
        f[f"{where}:capital"] = 1.0
    if any(token.startswith("[") for token in tokens):
        f[f"{where}:tag"] = 1.0
    if any(_is_verb(token) for token in tokens if token[:1].islower()):
        f[f"{where}:verb"] = 1.0
    if any(word in _PRONOUNS and word not in ("der", "die", "das", "des") for word in words):
        f[f"{where}:pronoun"] = 1.0
    if any(_is_head(token) for token in tokens if token[:1].isalpha()):
        f[f"{where}:dwelling"] = 1.0
    return f


def chosen_spans(anchors: list[dict], take) -> list[tuple[int, int]]:
    """Return the extents taken: per anchor its head, then pieces while ``take`` says yes.

    ``take(piece)`` judges one :class:`Piece`. A tag counts only once a piece beside it is
    taken; its extent then holds the tag, so that the two read as one.
    """
    spans: list[tuple[int, int]] = []
    for anchor in anchors:
        head = anchor["head"]
        if spans and anchor["span"][0] < spans[-1][1]:
            continue  # a dwelling in what an anchor before took: "das Haus mit dem Schuppen"
        if head is not None and not take(head):
            continue
        start, end = anchor["span"]
        grown = anchor["alone"]  # a head alone is no home but a lived-in place
        for piece in anchor["after"]:
            if not take(piece):
                break
            if not piece.facts["wide"]:
                end, grown = piece.end, True
        before = anchor["before"]
        if before is not None and not before.facts["wide"] and take(before):
            start, grown = before.start, True
        if grown:
            spans.append((start, end))
    return spans
