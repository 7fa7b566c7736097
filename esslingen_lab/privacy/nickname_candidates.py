"""Words in a person's slot after an article, and what the learned nickname step weighs of them.

Spoken German sets an article before a first name or a nickname ("der Bolle", "dr Lucky",
"beim Memo vom Kiosk", "d'Liesel"). The rules take such a word where its form or its
frame is certain; :func:`candidates` reads a (redacted) text into every word the rules left
in that slot, and :func:`features` names what the model of
:mod:`esslingen_lab.privacy.learned_nicknames` weighs of one: how often the word stands in
German text (``wordfreq``), its look-ups (a German noun the dictionary declines, a listed
first name or its start, a pet name's ending, a thing's diminutive), its ending, and the words
around it (the article, a person's verb or "vom …" after it, a relative before it).
Endearments, epithets, times, adjectives used as nouns and role nouns give no candidate.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.article_names import _FAMILY_WORDS
from esslingen_lab.privacy.redact.description_clauses import _TIME_WORDS
from esslingen_lab.privacy.redact.lexicon import lexicon
from esslingen_lab.privacy.redact.nicknames import _EPITHETS, pet_name_shape
from esslingen_lab.privacy.redact.short_forms import _DIMINUTIVE, diminutive_name, first_name_starts
from esslingen_lab.privacy.redact.strength import _is_person_noun
from esslingen_lab.privacy.redact.strength import _named_after_people as named_after_people
from esslingen_lab.privacy.redact.vocabulary import _AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, NOT_NAMES

__all__ = ["candidates", "features", "may_hold_candidates"]

#: what stands for the apostrophe of Swabian "d'r", "d'Liesel" (also typed "d’", "d`", "d´")
_APOSTROPHES = "'’‘`´"
_TO_APOSTROPHE = str.maketrans({char: "'" for char in _APOSTROPHES})
_TOKEN = regex.compile(
    r"\[[A-Z][A-Z\-]*\]|[Dd][" + _APOSTROPHES + r"]r\b|[Dd][" + _APOSTROPHES + r"](?=\x20?\p{L})"
    r"|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?|\d+|\S"
)
_LATIN = regex.compile(r"[A-Za-z\u00c0-\u024f]+")
#: the words before a person's name in its slot: articles (also Swabian), prepositions
#: with the article in them
_SLOT = frozenset("der die den dem dr de d'r d' em vom beim zum zur von an mit bei für".split())
_CUE = regex.compile(
    r"(?<![\p{L}])(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]r|[Dd]e|[Dd][" + _APOSTROPHES + r"]r?|em|vom"
    r"|beim|zum|zur|von|an|mit|bei|für)\x20+\p{L}|[Dd][" + _APOSTROPHES + r"]\p{L}"
)
#: a word glued to the next by these is part of a longer one ("Bolle-Cup", "Memo@…")
_GLUED = frozenset("-–—@_/.")
_PERSON_VERBS = frozenset(
    "hat hot het hatte hätt ist isch isch' war wor macht mocht sagt sagte sait hilft half "
    "kennt kann ka wohnt wohnet arbeitet schafft fährt kommt kümmert weiß woiß meint "
    "gmoint gesagt gsagt postet schreibt organisiert repariert".split()
)
_RELATIVES = frozenset("der die den dem wo".split())
_KIN_BEFORE = frozenset(
    "mei meine mein unser unsere spezl kumpel nachbar nachbarin freund freundin kollege "
    "kollegin mann frau sohn tochter bua bub vadder vater mutter oma opa bruder schwester "
    "enkel enkelin chef schwager".split()
)


def may_hold_candidates(features) -> bool:
    """Tell a text with a word after an article or a preposition (the step's gate)."""
    return _CUE.search(features.text) is not None


def candidates(text: str) -> list[tuple[int, int, dict]]:
    """Return the words in a person's slot as ``(start, end, facts)``.

    A word of two to fourteen letters right after an article or a preposition (on the same
    line), not glued to the next word ("Bolle-Cup") and no word the project never reads as a
    name there (:func:`_no_nickname`). ``facts`` holds the word, the slot word (lower case)
    and two tokens either side for :func:`features`.
    """
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out = []
    for i in range(1, len(tokens)):
        word, start, end = tokens[i]
        slot = tokens[i - 1][0].lower().translate(_TO_APOSTROPHE)
        if slot not in _SLOT or not 2 <= len(word) <= 14 or not _LATIN.fullmatch(word):
            continue  # a word in Latin letters only: no mark, digit, look-alike or full width
        if _no_nickname(word):
            continue
        if text[tokens[i - 1][2] : start].strip(" "):
            continue  # "der-Bus", "der\nBus"
        following = text[end : end + 1]
        if following.isalnum() or following in _GLUED and text[end + 1 : end + 2].strip():
            continue  # part of a longer word: "Lucky2", "Bolle-Cup", "Bolle–Cup"
        before = tokens[i - 2][0] if i >= 2 else ""
        before2 = tokens[i - 3][0] if i >= 3 else ""
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        after2 = tokens[i + 2][0] if i + 2 < len(tokens) else ""
        facts = dict(word=word, slot=slot, before=before, before2=before2, after=after,
                     after2=after2)  # fmt: skip
        out.append((start, end, facts))
    return out


def _capital(word: str) -> str:
    """Return the word capitalised for the look-ups (a Turkish "İ" as "I": "İmbiss")."""
    word = word.replace("İ", "I")
    return word[:1].upper() + word[1:].lower()


@lru_cache(maxsize=1 << 15)
def _no_nickname(word: str) -> bool:
    """Tell a word the project never reads as a name in this slot.

    An endearment or family word ("der Schatzi", "d'Omma"), an epithet ("der Kleine", "der
    Depp"), a time ("der Sommer"), an adjective used as a noun ("die Alte") or a person noun
    by role ("der Chef", "der Hausmeister"), as the article rule has it
    (:mod:`esslingen_lab.privacy.redact.article_names`).
    """
    capital = _capital(word)
    if capital.lower() in _FAMILY_WORDS or capital in _EPITHETS or capital in _TIME_WORDS:
        return True
    return lexicon().is_adjective(capital.lower()) or _is_person_noun(capital)


def features(facts: dict) -> dict[str, float]:
    """Name what the model weighs of one candidate (names to values)."""
    word = facts["word"]
    out = dict(_word_features(word))
    out["slot=" + facts["slot"]] = 1.0
    after, after2 = facts["after"], facts["after2"]
    if after[:1].isupper() and after.isalpha():
        out["after=Noun"] = 1.0
        out["after_noun_slot=" + facts["slot"]] = 1.0
    elif after.startswith("["):
        out["after=tag"] = 1.0
    else:
        low = after.lower()
        out["after=" + (low if low in _AFTER_WORDS else ("w" if low.isalpha() else low[:1]))] = 1.0
    if after.isalpha() and after.islower():
        out["after_word=" + after] = 1.0
    if after == "," and after2.lower() in _RELATIVES:
        out["relative_after"] = 1.0
    if after.lower() in _PERSON_VERBS or after == "," and after2.lower() in _PERSON_VERBS:
        out["person_verb_after"] = 1.0
    before = facts["before"]
    low = before.lower()
    if low in _KIN_BEFORE or low == "," and facts["before2"].lower() in _KIN_BEFORE:
        out["kin_before"] = 1.0
    if before.isalpha() and before.islower():
        out["before_word=" + before] = 1.0
    elif before[:1].isupper() and before.isalpha():
        out["before=Word"] = 1.0
    elif before in (",", "(", "–", "-", ":"):
        out["before=" + before] = 1.0
    elif not before or before in ".!?\n":
        out["before=start"] = 1.0
    return out


_AFTER_WORDS = frozenset(
    "vom von aus und ond u der die den dem isch ist hat hot het war macht kann ka im am "
    "bei beim in an auf mit für zu zum oder sagt hatte".split()
)


@lru_cache(maxsize=1 << 15)
def _word_features(word: str) -> tuple[tuple[str, float], ...]:
    from wordfreq import zipf_frequency  # its word list loads on the first answer read

    lex = lexicon()
    capital = _capital(word)
    out = {}
    if word.islower():
        out["shape=lower"] = 1.0
    elif word.isupper():
        out["shape=upper"] = 1.0
    else:
        out["shape=cap"] = 1.0
    out[f"len={min(len(capital), 9)}"] = 1.0
    out["end1=" + capital[-1:]] = 1.0
    out["end2=" + capital[-2:]] = 1.0
    facts = (
        ("german", lex.is_german(capital)),
        ("lower_word", lex.is_lower_word(capital)),
        ("declined_noun", lex.is_declined_noun(capital)),
        ("english", lex.is_english(capital)),
        ("compound", len(capital) >= 7 and lex.is_compound(capital)),
        ("first_name", capital in FIRST_NAMES),
        ("ambiguous_first_name", capital in _AMBIGUOUS_FIRST_NAMES),  # "Mark", "Ernst"
        ("gazetteer_first", capital in lex.first),
        ("gazetteer_last", capital in lex.last),
        ("name_start", capital[:3] in first_name_starts()),
        ("pet_shape", pet_name_shape(capital)),
        ("diminutive", diminutive_name(capital)),
        # a thing's diminutive: "Kärrele" (Karre), "Häusle" (Haus)
        ("thing_diminutive", 5 <= len(capital) <= 10 and not lex.is_german(capital)
         and _DIMINUTIVE.fullmatch(capital) is not None and not diminutive_name(capital)),
        ("person_noun", _is_person_noun(capital)),
        ("not_name", capital in NOT_NAMES),
        ("named_after_people", capital in named_after_people()),
    )
    out.update((name, 1.0) for name, value in facts if value)
    # how often the word stands in German text (Zipf scale: 1 rare … 7 "der"): "Ampel" (4.0)
    # and "Zettel" (4.1) are everyday nouns, "Bommel" (2.7) and "Butzi" (1.4) are not
    zipf = zipf_frequency(capital, "de")
    out["zipf"] = zipf / 7
    # cumulative steps of half a point: the weights may fall steeply where nouns begin
    out.update((f"zipf>={step / 2:g}", 1.0) for step in range(2, 11) if zipf >= step / 2)
    if not lex.is_german(capital):
        out["unknown"] = 1.0
        out["unknown_end2=" + capital[-2:]] = 1.0
    return tuple(out.items())
