"""First names in short and pet forms: "die Moni", "d'Liesl", "unser Träible".

A word after an article is a person's short name when it is a listed first name and no
German word, or when it ends like a pet name and begins like a listed first name
(:func:`short_form`); a Swabian diminutive of no German noun names a person too
(:func:`diminutive_name`).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, NOT_NAMES

__all__ = ["diminutive_name", "first_name_starts", "short_form"]


# endings of German short forms and pet names: "Moni", "Hansi", "Liesl", "Kalle", "Maxl",
# "Gretel", "Wiggerl"; the rest of the word is how a listed first name begins
_SHORT_FORM_ENDINGS = ("erl", "le", "el", "l", "i", "y", "e")


@lru_cache(maxsize=1)
def first_name_starts() -> frozenset:
    """Return the first three to six letters of every listed first name ("Mon", "Moni")."""
    from esslingen_lab.privacy.redact.lexicon import german_first_names

    starts = set()
    for name in FIRST_NAMES | german_first_names():
        if "-" in name or " " in name:
            continue
        for k in range(3, min(len(name), 6) + 1):
            starts.add(name[:k])
    return frozenset(starts)


@lru_cache(maxsize=1 << 16)
def short_form(word: str, *, cue: bool = False) -> bool:
    """Tell a first name or its short form in a person's place ("die Moni", "d'Liesl").

    Parameters
    ----------
    word : str
        A capitalised word after an article.
    cue : bool, default=False
        A person is announced ("ich bin die …", "hier die …"): gazetteer first names that
        are also German words or ordinary words count too ("Bernadette", "Jule", "Gabi").

    Notes
    -----
    Without a cue a word counts when it is a known first name and no German word, or when
    it is no German or English word at all, ends like a pet name (-i, -l, -le, -erl …) and
    what comes before the ending starts a listed first name: "Moni" (Monika), "Hansi",
    "Fritzl". "die Kelle" and "die Money" are words.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    if not word[:1].isupper() or not 3 <= len(word) <= 12 or word in NOT_NAMES:
        return False
    lex = lexicon()
    if lex.is_lower_word(word) or (lex.is_english(word) and word not in FIRST_NAMES):
        return False
    if lex.is_first_name(word):
        return True
    inflected = lex.german.get(word) not in (None, word)
    if cue and not inflected and (word in FIRST_NAMES or word in lex.first):
        return True  # "ich bin die Gabi", "hier die Bernadette"
    if lex.is_german(word) or lex.is_any_name(word):
        return False  # "Kelle", "Mini"; a surname ("Gude") is no short form
    starts = first_name_starts()
    for ending in _SHORT_FORM_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        if stem in starts or (len(stem) > 6 and lex.is_first_name(stem)):
            return True  # "Moni"; "Lisbethle": a whole first name (longer than a start) + -le
    return False


# Swabian and Alemannic diminutives: "Träuble", "Lisbethle", "Schäfferle", "Bärbala"
_DIMINUTIVE = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:erle|le|la|li)")
_DE_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


@lru_cache(maxsize=1 << 14)
def diminutive_name(word: str) -> bool:
    """Tell a dialect diminutive that names a person, not a thing ("unser Träible").

    The word ends in -le, -la, -li or -erle, is no German or English word and no first
    name's short form of the dictionary; what is left without the ending (umlauts undone,
    with -e, -en or -er put back) is no German noun: "Häusle" (Haus), "Städtle" (Stadt),
    "Schätzle" (Schatz), "Bäckerle" (Bäcker) are things or roles.
    """
    from esslingen_lab.privacy.redact.lexicon import lexicon

    if not 5 <= len(word) <= 10 or word in NOT_NAMES or not _DIMINUTIVE.fullmatch(word):
        return False  # longer words are compounds or streets ("Bleickenalle" for "-allee")
    if word.endswith("alle"):
        return False
    lex = lexicon()
    if lex.is_german(word) or lex.is_english(word) or lex.is_compound(word):
        return False  # "Silcherschule": a compound's head, no ending
    stem = word[:-4] if word.endswith("erle") else word[:-2]
    for base in {stem, stem.translate(_DE_UMLAUT)}:
        for end in ("", "e", "en", "er", "el"):
            lemma = lex.german.get(base + end) or ""
            if lemma[:1].isupper() and (base + end) not in lex.first:
                return False
            if end and lex.is_compound(base + end):
                return False  # "Kepplerstüble" (Stube), "Rathausbänkle" (Bank)
    return True
