"""The redaction engine: runs the rules over each text and counts what it replaced.

:class:`Redactor` holds the rule set (defaults, extra rules, disabled kinds); :func:`redact`
and :func:`redact_text` use the default one.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from dataclasses import dataclass, field

import regex

from esslingen_lab.privacy.redact.casing import case_view
from esslingen_lab.privacy.redact.clock import WARM_UP_TEXTS, AnswerClock, AnswerTimeout
from esslingen_lab.privacy.redact.cue_extents import with_cue
from esslingen_lab.privacy.redact.cueless_kinds import _STRIP  # a word's punctuation, stripped
from esslingen_lab.privacy.redact.fixed_phrases import PHRASE_STARTS, protect, restore
from esslingen_lab.privacy.redact.line_breaks import join_broken_lines, rebreak_lines
from esslingen_lab.privacy.redact.name_repeats import names_again
from esslingen_lab.privacy.redact.names import _accept
from esslingen_lab.privacy.redact.normalise import (
    beyond_latin1,
    decode_entities,
    join_words,
    marks_moved,
    plain_view,
    redact_attributes,
)
from esslingen_lab.privacy.redact.patterns import CueIndex, _Rule, _rule
from esslingen_lab.privacy.redact.pet_names import pet_name
from esslingen_lab.privacy.redact.plain_voices import name_part
from esslingen_lab.privacy.redact.public_addresses import public_address, public_number
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES

#: Types of personal data and their tags, in the order they are reported.
TAGS = {
    "EMAIL": "[EMAIL]",
    "URL": "[URL]",
    "IBAN": "[IBAN]",
    "ID": "[ID]",
    "DATUM": "[DATUM]",
    "TELEFON": "[TELEFON]",
    "ADRESSE": "[ADRESSE]",
    "KFZ": "[KFZ]",
    "NAME": "[NAME]",
    "BESCHREIBUNG": "[PERSON-BESCHREIBUNG]",
    "GESUNDHEIT": "[GESUNDHEIT]",
}

_LOG = logging.getLogger(__name__)
#: What stands for an answer withheld (a rule failed or took too long): never the text.
WITHHELD = "[TEXT ENTFERNT]"
_PARALLEL_MIN = 20_000
_CHUNKS_PER_WORKER = 32


@dataclass
class RedactionResult:
    """Redacted texts and how many spans of each type were replaced.

    Attributes
    ----------
    texts : list
        The texts, redacted; non-text values (None, NaN, numbers) are passed through.
    counts : dict of str to int
        Number of replaced spans per type (``EMAIL``, ``TELEFON`` …); never the values.
    """

    texts: list
    counts: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"RedactionResult(n_texts={len(self.texts)}, counts={self.counts})"


_DIGIT = regex.compile(r"\d")
_SURROGATE = regex.compile("[\ud800-\udfff]")
_TAG_IN_VALUE = regex.compile(r"\[[A-Z][A-Z\-]*\]")


def _whole_tags(view: str, start: int, end: int, last: int) -> tuple[int, int]:
    """Widen a span that starts or ends inside a tag to the whole tag.

    A rule that reads a tag as a word may stop before its bracket: "in der Notunterkunft, …
    neben dem [ADRESSE" would leave "]" behind. The start moves no further back than
    ``last``, where the rule's span before ended.
    """
    opened = view.rfind("[", max(0, start - 25), end)
    if opened != -1 and opened < end:
        tag = _TAG_IN_VALUE.match(view, opened)
        if tag is not None and opened < end < tag.end():
            end = tag.end()
    opened = view.rfind("[", max(0, start - 25), start + 1)
    if last <= opened < start:
        tag = _TAG_IN_VALUE.match(view, opened)
        if tag is not None and start < tag.end():
            start = opened
    return start, end


class _Features:
    """What a text contains, worked out once so that most rules can be skipped cheaply."""

    __slots__ = ("text", "lowered", "has_digit", "_words", "cues")

    def __init__(
        self, text: str, words: set | None = None, index: CueIndex | None = None, cues=None
    ):
        self.text = text
        self.lowered = text.lower()
        self.has_digit = _DIGIT.search(text) is not None
        self._words = words
        # the index's cues in the text (see CueIndex), wanted by most texts' rules
        if index is None:
            self.cues = frozenset()
        elif cues is not None:
            self.cues = cues  # read with ``words`` from the text's parts (CueIndex.read)
        else:
            self._words, self.cues = index.read(text.split())

    def words(self) -> set:
        if self._words is None:
            self._words = _words_of(self.text)
        return self._words


def _words_of(text: str) -> set:
    """Return the text's words split at white space, punctuation stripped."""
    return {word.strip(_STRIP) for word in text.split()}




# invisible characters inside a word hide it from every rule ("Mo\u200dni", "Kre\u00adbs"):
# zero-width spaces and joiners, word joiner, soft hyphen, byte order mark
_INVISIBLE_CHARS = (
    "\u200b\u200c\u200d\u2060\u00ad\ufeff"
    # direction marks and embeddings ("Frau \u200fMüller"): they change no letter
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
# a zero-width joiner between two emoji builds one ("👩\u200d👩\u200d👧", "👩🏽\u200d💻"): it stays;
# anywhere else (inside a word: "Mül\u200dler") it goes with the other invisible characters
_LOOSE_JOINER = regex.compile(
    r"(?<!\p{Extended_Pictographic}[\ufe0f\U0001F3FB-\U0001F3FF]?)\u200d"
    r"|\u200d(?!\p{Extended_Pictographic})"
)
_INVISIBLE_BUT_JOINER = {code: None for code in _INVISIBLE if code != 0x200D}


class _Plan:
    """The rules with the fields of their pre-checks unpacked, and an index of their needs.

    A text visits only the rules whose needs it can meet (:meth:`visits`): a rule with
    ``needs`` or ``needs_words`` is visited if the text holds one of its cues found per word
    (:attr:`_Features.cues`) or one of its words; the index maps each cue and word to the
    rules that want it, as bits of an int (bit ``n`` = rule ``n``; or-ing ints is cheap and
    the bits come out in the rules' order). A rule with a cue holding a space ("ich hei") is
    visited when the text holds the longest piece of one such cue between its spaces ("hei",
    found per word as the other cues: a piece without a space lies inside one word wherever
    the cue occurs) and searches those cues in the loop of :func:`_redact_one` when nothing
    else let it in; so do first name, admit function and gate. Reading a tuple there is
    cheaper than a method call and eight attribute look-ups; a finder is called directly, not
    through the generator of :meth:`_Rule.spans` (one frame less per span).
    """

    def __init__(self, rules):
        self.index = _cue_index(rules)
        spaced = self.index.spaced
        self.steps = [
            (
                rule,
                tuple(cue for cue in rule.needs if cue in spaced),
                rule.needs_first_name,
                rule.admit,
                None if rule.gate is None else rule.gate.search,
                rule.gate_on_raw,
                rule.spans if rule.finder is None else rule.finder,
            )
            for rule in rules
        ]
        by_cue: dict = {}
        by_word: dict = {}
        by_piece: dict = {}  # a spaced cue's longest piece -> the rules with the cue (bits)
        always = with_spaced = need_digit = 0
        for number, rule in enumerate(rules):
            bit = 1 << number
            if not rule.needs and not rule.needs_words:
                always |= bit
            if rule.needs_digit:
                need_digit |= bit
            for cue in rule.needs:
                if cue in spaced:
                    piece = _piece(cue)
                    if piece:
                        by_piece[piece] = by_piece.get(piece, 0) | bit
                    else:
                        with_spaced |= bit  # only white space: visited always
                else:
                    by_cue[cue] = by_cue.get(cue, 0) | bit
            for word in rule.needs_words:
                by_word[word] = by_word.get(word, 0) | bit
        self.by_cue, self.by_word, self.by_piece = by_cue, by_word, by_piece
        self.words = frozenset(by_word)  # set & set walks the smaller one (set & dict: the dict)
        self.always, self.with_spaced = always, with_spaced
        # a tag adds no digit: in a text without one the number rules stay idle
        self.without_digits = ~need_digit

    def visits(self, features: _Features) -> tuple[int, int]:
        """Return the rules to visit and those whose cues or words the text holds (bits)."""
        met = self.always
        spaced = self.with_spaced  # the rules that may hold a cue with a space
        by_cue, by_piece = self.by_cue, self.by_piece
        for cue in features.cues:
            met |= by_cue.get(cue, 0)
            spaced |= by_piece.get(cue, 0)
        by_word = self.by_word
        for word in features.words() & self.words:
            met |= by_word[word]
        visit = met | spaced
        if not features.has_digit:
            visit &= self.without_digits
        return visit, met


_INDEXES: dict = {}


def _piece(cue: str) -> str:
    """Return the longest piece of a cue between white space ("hei" of "ich hei"), or ""."""
    return max(cue.split(), key=len, default="")


def _cue_index(rules) -> CueIndex:
    """One index per set of cues, kept across calls (its memory of words with it).

    It finds the pieces of the cues with a space too (see :class:`_Plan`).
    """
    cues = frozenset(cue for rule in rules for cue in rule.needs)
    cues |= {_piece(cue) for cue in cues if cue.split() != [cue]} - {""}
    if cues not in _INDEXES:
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        _INDEXES[cues] = CueIndex(cues, strip=_STRIP)
    return _INDEXES[cues]


# full-width ASCII forms (U+FF01-U+FF5E) and the ideographic space
_FULL_WIDTH_CHAR = regex.compile("[\uff01-\uff5e\u3000]")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _redact_one(text: str, counts: dict, plan: _Plan) -> str:
    """Redact one text with the rules of ``plan``, in order."""
    if "\x00" in text:
        text = text.replace("\x00", "")  # a NUL byte inside a name hides it ("Frau \x00Mayer")
    if "&" in text:
        text = decode_entities(text)  # "M&uuml;ller" (normalise.py)
    if "<" in text:
        text = join_words(text)  # "M<b>ül</b>ler" (normalise.py)
        # every attribute value alone ('data-x="Herr [NAME]"'); the view reads them blank
        text = redact_attributes(text, lambda value: _redact_one(value, counts, plan))
    if "*" in text or "_" in text:
        text = marks_moved(text)  # "**0711** 123456" → "**0711 123456**" (normalise.py)
    if not text.isascii():
        if _SURROGATE.search(text) is not None:
            # a lone surrogate (a JSON escape "\ud800") is no character: the word lists cannot
            # encode it, so every answer holding one was withheld; it reads as U+FFFD
            text = _SURROGATE.sub("\ufffd", text)
        # str.translate walks a non-ASCII text character by character in Python's dict:
        # six substring tests in C first (most texts hold none of these characters)
        if any([char in text for char in _INVISIBLE_CHARS]):
            if "\u200d" in text:
                text = _LOOSE_JOINER.sub("", text).translate(_INVISIBLE_BUT_JOINER)
            else:
                text = text.translate(_INVISIBLE)
        # letters typed as base letter and combining mark ("o" + U+0308) read as one ("ö"),
        # else a name is cut at its umlaut
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # "Geburts-\ndatum", "Schnei-\nder": read joined, written back broken where no rule
    # replaced the word (line_breaks.py); after the other repairs, so that both texts compared
    # there have had them
    joined: dict = {}
    if "\n" in text:
        text, joined = join_broken_lines(text)
        joined_text = text
    # Most answers hold no personal data; skipping a rule after a few substring checks is
    # far faster than scanning the text with its pattern.
    index = plan.index
    words, cues = index.read(text.split())  # as _words_of(text), cues as in _Features
    kept: list[str] = []
    if not PHRASE_STARTS.isdisjoint(words):
        text, kept = protect(text)
    # The rules read shouted text in ordinary case ("ERIKA SCHWEIZER" as "Erika Schweizer");
    # the view has the text's length, so its spans are replaced in the text as written.
    view = case_view(text)
    # the full-width forms lie beyond Latin-1
    if beyond_latin1(text) and _FULL_WIDTH_CHAR.search(text) is not None:
        # full-width forms typed on East Asian keyboards ("anna＠web.de", "０７１１ …") read
        # as ASCII; one character for one, so the spans still fit the text as written
        view = view.translate(_FULL_WIDTH)
    view = plain_view(view)  # "*Name*", "<b>Name</b>", "gmx\u2024de" (normalise.py)
    if view is text and not kept:
        features = _Features(view, words, index, cues)
    else:
        features = _Features(view, None, index)
    steps = plan.steps
    visit, met = plan.visits(features)
    has_first_name = None
    admitted: dict = {}
    names: list = []  # the names found and what stood before, to find again (name_repeats.py)
    while visit:
        bit = visit & -visit  # the lowest bit left: the next rule in order
        visit ^= bit
        rule, spaced, first_name, admit, gate, on_raw, spans = steps[bit.bit_length() - 1]
        # the rule's digit, cues and words are met (plan.visits) but for cues with a space;
        # a first name, its admit function and its gate must say yes too
        if not met & bit:
            lowered = features.lowered
            for cue in spaced:
                if cue in lowered:
                    break
            else:
                continue
        if first_name:
            if has_first_name is None:
                has_first_name = not features.words().isdisjoint(FIRST_NAMES)
            if not has_first_name:
                continue
        if admit is not None:
            # rules sharing an admit function ask it once per text (and again once changed)
            said = admitted.get(admit)
            if said is None:
                said = admitted[admit] = bool(admit(features))
            if not said:
                continue
        if gate is not None and gate(features.text if on_raw else features.lowered) is None:
            continue
        tag = TAGS.get(rule.kind) or f"[{rule.kind}]"
        pieces: list[str] = []
        seen: list[str] = []
        last = 0
        for start, end in spans(view):
            if start < last:
                continue
            value = view[start:end]
            if not rule.trusted and "[" in value and _TAG_IN_VALUE.search(value):
                continue  # never re-redact a tag
            accepted = value if rule.trusted else _accept(rule.kind, value, view, start)
            if accepted is None:
                continue
            if rule.kind == "ADRESSE" and public_address(view, start):
                continue  # "im Rathaus, Rathausplatz 1": no one's private address
            if rule.kind == "TELEFON" and public_number(view, start, start + len(accepted)):
                continue  # "Die Hotline 0711 3512-0": the town hall's switchboard
            end = start + len(accepted)
            if rule.kind == "NAME" and pet_name(view, start, end):
                continue  # "unser Hund Bello": an animal's name (pet_names.py)
            if rule.kind == "NAME" and not rule.by_form:  # "Woh ngeld" (plain_voices)
                part = name_part(view, start, end)
                if part is None:
                    continue
                start, end = part
            start, end = with_cue(rule.kind, view, start, end)
            if start < last:
                start = last
            if "[" in view[max(0, start - 25) : end]:
                start, end = _whole_tags(view, start, end, last)  # never half a tag: "[ADRESSE]]"
            if rule.kind == "NAME":
                names.append((view[start:end], view[max(0, start - 40) : start]))
            pieces.append(text[last:start])
            seen.append(view[last:start])
            pieces.append(tag)
            seen.append(tag)
            widened = tag in view[start:end]  # "[ADRESSE] in Zell": the same one, widened
            last = end
            if not widened:
                counts[rule.kind] = counts.get(rule.kind, 0) + 1
        if pieces:
            pieces.append(text[last:])
            seen.append(view[last:])
            text = "".join(pieces)
            view = "".join(seen) if view is not text else text
            features = _Features(view, None, index)
            # the rules after this one, by the new text's needs
            later = ~((bit << 1) - 1)
            visit, met = plan.visits(features)
            visit &= later
            has_first_name = None
            admitted = {}
    if names:
        text, again = names_again(text, names, TAGS.get("NAME", "[NAME]"))
        if again:
            counts["NAME"] = counts.get("NAME", 0) + again
    if joined:
        return rebreak_lines(joined_text, restore(text, kept), joined)
    return restore(text, kept)


_WARM = []  # [True] once this process (or the one it was forked from) has warmed up


def _warm_up(plan: _Plan) -> None:
    """Redact the invented warm-up answers once per process, before any clock runs.

    What the rules load on first use (cached for the process) would otherwise count against
    the first answer's time.
    """
    if _WARM:
        return
    for text in WARM_UP_TEXTS:
        try:
            _redact_one(text, {}, plan)
        except Exception:  # noqa: BLE001, S112 - a failing rule shows on a real answer, withheld
            continue
    _WARM.append(True)


def _default_rules() -> list[_Rule]:
    from esslingen_lab.privacy.redact.rules import _RULES

    return list(_RULES)


class Redactor:
    r"""Replace personal data in free text by tags such as ``[NAME]`` or ``[TELEFON]``.

    Parameters
    ----------
    rules : list, default=None
        The rules to run, in order, as (kind, pattern) pairs (see ``extra_rules``) or rule
        objects; None runs the package's rules (see Notes).
    extra_rules : list of (kind, pattern) pairs, default=()
        More rules, run before ``rules`` (so a project's own codes keep their own tag).
        ``kind`` is a tag name such as ``"ID"`` or a new one (``"PROJEKT"`` gives
        ``[PROJEKT]``); ``pattern`` a regular expression (the ``regex`` module's syntax)
        whose match, or named group ``v``, is replaced.
    disable : iterable of str, default=()
        Kinds (``"KFZ"``, ``"BESCHREIBUNG"`` …) or rule names (see :attr:`rule_names`) not
        to run.

    Attributes
    ----------
    rule_names : list of str
        Names of the rules that run, in order.

    Notes
    -----
    The word lists behind the rules (first names, role words, street suffixes, cue words)
    are package data files in ``esslingen_lab/data/redaction/``.

    Examples
    --------
    >>> Redactor(extra_rules=[("PROJEKT", r"\bPRJ-\d+")]).redact_text("Projekt PRJ-0815")
    'Projekt [PROJEKT]'
    >>> Redactor(disable=["KFZ"]).redact_text("Das Auto ES-AB 123 parkt falsch.")
    'Das Auto ES-AB 123 parkt falsch.'
    """

    def __init__(self, rules=None, *, extra_rules=(), disable=()):
        self.rules = rules
        self.extra_rules = extra_rules
        self.disable = disable

    def _active_rules(self) -> list[_Rule]:
        base = _default_rules() if self.rules is None else _as_rules(self.rules)
        off = {str(d) for d in self.disable}
        return [
            r
            for r in _as_rules(self.extra_rules) + base
            if r.kind not in off and r.kind.upper() not in off and r.name not in off
        ]

    @property
    def rule_names(self) -> list[str]:
        """Names of the rules that run, in order."""
        return [rule.name for rule in self._active_rules()]

    def redact(self, texts, *, n_jobs: int | None = None) -> RedactionResult:
        """Redact each text; see :func:`redact`."""
        if isinstance(texts, str):
            raise TypeError("redact() expects a list of texts; use redact_text() for one text")
        texts = list(texts)
        workers = _workers(n_jobs)
        if workers > 1 and len(texts) >= _PARALLEL_MIN:
            return self._redact_parallel(texts, workers)
        return self._redact_serial(texts)

    def _redact_serial(self, texts: list) -> RedactionResult:
        plan = _Plan(self._active_rules())
        counts = {kind: 0 for kind in TAGS}
        out = []
        _warm_up(plan)
        with AnswerClock() as clock:  # a time limit per answer (clock.py)
            for value in texts:
                if not isinstance(value, str) or not value:
                    out.append(value)
                    continue
                try:
                    clock.start(len(value))
                    redacted = _redact_one(value, counts, plan)
                    clock.stop()  # before the append: a late ring adds no second output
                    out.append(redacted)
                except Exception as error:  # noqa: BLE001 - a rule's bug must not stop the batch
                    # nor let the text through: withheld, and the error named (never the
                    # text); a rule too slow (TimeoutError) or too deep (RecursionError) too
                    clock.stop()
                    if isinstance(error, AnswerTimeout):
                        _LOG.warning("an answer took too long to redact; it is withheld")
                    elif isinstance(error, (TimeoutError, RecursionError)):
                        # a pattern's time limit or a walk too deep (thousands of clauses)
                        _LOG.warning("an answer is too long or too nested to redact (%s); it "
                                     "is withheld", type(error).__name__)  # fmt: skip
                    else:
                        _LOG.warning("a redaction rule failed (%s); the answer is withheld",
                                     type(error).__name__)
                    out.append(WITHHELD)
                    counts["WITHHELD"] = counts.get("WITHHELD", 0) + 1
        return RedactionResult(out, counts)

    def redact_text(self, text):
        """Redact one text; non-text values are returned unchanged."""
        if not isinstance(text, str) or not text:
            return text
        return self.redact([text]).texts[0]

    def _redact_parallel(self, texts: list, workers: int) -> RedactionResult:
        """Redact contiguous chunks in worker processes; order and counts as in one process."""
        from concurrent.futures import ProcessPoolExecutor

        # several chunks per worker: a worker slowed down (another process on its core,
        # answers with more personal data) leaves the rest to the others, not to wait for;
        # the last chunk runs alone, so small chunks (~1,600 of 100,000 answers on two cores,
        # about a second) keep that wait short, while a chunk's plan and pickling cost little
        size = max(1_000, -(-len(texts) // (workers * _CHUNKS_PER_WORKER)))
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        out, counts = [], {kind: 0 for kind in TAGS}
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for part in pool.map(self._redact_serial, chunks):
                out.extend(part.texts)
                for kind, n in part.counts.items():
                    counts[kind] = counts.get(kind, 0) + n
        return RedactionResult(out, counts)


def _workers(n_jobs) -> int:
    """Worker processes: None or -1 = every core (the default), 1 = this process only.

    A daemonic process (itself a pool's worker) may not start processes: it works alone.
    """
    import multiprocessing

    if multiprocessing.current_process().daemon:
        return 1
    if n_jobs in (None, -1):
        return os.cpu_count() or 1
    return max(1, int(n_jobs))


def _as_rules(items) -> list[_Rule]:
    """Rules from rule objects or (kind, regular expression) pairs."""
    rules = []
    for item in items:
        if isinstance(item, _Rule):
            rules.append(item)
            continue
        try:
            kind, pattern = item
            rules.append(_rule(str(kind).upper(), pattern, name=f"{str(kind).lower()}-extra"))
        except (TypeError, ValueError, regex.error) as exc:
            raise ValueError(
                f"rule {item!r} is not a (kind, regular expression) pair: {exc}"
            ) from None
    return rules


_DEFAULT = Redactor()


def redact(texts, *, n_jobs: int | None = None) -> RedactionResult:
    """Replace personal data in each text by a tag such as ``[NAME]`` or ``[TELEFON]``.

    Parameters
    ----------
    texts : iterable of str
        Free-text answers. Values that are not text (None, NaN, numbers) are returned
        unchanged; empty strings stay empty.
    n_jobs : int or None, default=None
        Worker processes for large inputs (at least 20,000 texts); None or -1 (the default)
        uses every core, 1 keeps the work in this process. Results and their order are
        identical either way; smaller inputs always stay in this process.

    Returns
    -------
    RedactionResult
        ``texts`` in the same order and ``counts`` per type; the removed values are
        neither returned nor logged.

    See Also
    --------
    redact_text : one text.
    Redactor : the same with rules added or switched off.

    Notes
    -----
    Rules and word lists, not a language model: names are found after cues (Herr, Frau,
    Dr., "ich heiße", greetings and signatures), as known first names and surnames (an
    offline gazetteer), as capitalised words that are no German word in a position where
    a name stands, and after initials; descriptions that single out one person ("die
    einzige Hebamme in Zell") become ``[PERSON-BESCHREIBUNG]``. Redaction is a safety net,
    not a guarantee — quotes shown to others still need a human look
    (``esslingen-lab quotes review``).

    Examples
    --------
    >>> result = redact(["Frau Yılmaz war sehr nett, Tel. 0711 3512-2490", None, ""])
    >>> result.texts
    ['Frau [NAME] war sehr nett, Tel. [TELEFON]', None, '']
    >>> result.counts["NAME"], result.counts["TELEFON"]
    (1, 1)
    """
    return _DEFAULT.redact(texts, n_jobs=n_jobs)


def redact_text(text):
    """Redact one text; see :func:`redact`. Non-text values are returned unchanged.

    Examples
    --------
    >>> redact_text("Mail an anna.weber(at)gmx.de oder www.instagram.com/anna.w")
    'Mail an [EMAIL] oder [URL]'
    >>> redact_text(float("nan")) != redact_text(float("nan"))  # NaN passes through
    True
    """
    return _DEFAULT.redact_text(text)
