"""German compounds: split "Radwegenetz" into "Rad", "Weg", "Netz" with simplemma's dictionary."""

from __future__ import annotations

import re

from esslingen_lab.text.normalize import _language_name
from esslingen_lab.text.vocabulary import _NOT_STOPWORDS

__all__ = ["split_compound"]

_LINKING = ("es", "en", "er", "ns", "s", "n", "e")  # Fugenelemente, longest first
# Three-letter nouns that often start compounds in participation texts (Radweg, Busspur,
# Bauantrag); other three-letter starts are mostly false splits (Adr+esse).
_SHORT_MODIFIERS = {
    "rad",
    "bus",
    "bau",
    "zug",
    "tag",
    "bad",
    "ort",
    "weg",
    "amt",
    "not",
    "kfz",
    "pkw",
    "lkw",
    "tor",
    "see",
    "zoo",
    "uhr",
    "hof",
    "ufer",
    "alt",
    "neu",
    "tür",
    "web",
    "app",
    "kur",
    "tal",
}
_DERIVATION_PREFIXES = ("be", "ge", "ver", "ent", "zer", "emp", "er", "miss", "un")
_RESTORE = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))


def _umlaut_variants(token, limit=16):
    """Spellings of ``token`` with ae/oe/ue/ss (or a bare u/a/o) turned back into umlauts."""
    low = token
    variants = []
    for ascii_, uml in _RESTORE:
        if ascii_ in low.lower():
            variants.append(re.sub(ascii_, uml, low, flags=re.IGNORECASE))
    if not variants:
        # missing dots: try each single a/o/u as ä/ö/ü ("Fuhrungszeugnis", "Burgeramt")
        for i, ch in enumerate(low):
            if ch.lower() in "aou":
                rep = {"a": "ä", "o": "ö", "u": "ü"}[ch.lower()]
                rep = rep.upper() if ch.isupper() else rep
                variants.append(low[:i] + rep + low[i + 1 :])
                if len(variants) >= limit:
                    break
    return variants


_SPLIT_CACHE: dict = {}


def split_compound(word: str, language: str = "de", *, min_part=3, min_head=3, depth=3):
    """Split a German compound into dictionary words, head last.

    Uses simplemma's dictionary to find the longest known head whose modifier (after
    removing a linking element such as -s-, -es-, -en-) is a known word too; recurses into
    both. Words that cannot be split come back alone.

    Parameters
    ----------
    word : str
        A lemma, e.g. ``"Radwegenetz"``.
    language : str, default="de"
    min_part, min_head : int
        Shortest modifier and head (in characters) accepted.
    depth : int, default=3
        Maximum recursion depth.

    Returns
    -------
    list of str
        Constituents, e.g. ``["Rad", "Weg", "Netz"]``. Modifiers come back as their
        lemma, which for verb stems is the infinitive ("Fahrrad" → "fahren", "Rad").

    Examples
    --------
    >>> split_compound("Radwegenetz")
    ['Rad', 'Weg', 'Netz']
    >>> split_compound("Fahrradweg")[-1]
    'Radweg'
    """
    key = (word, language, min_part, min_head, depth)
    hit = _SPLIT_CACHE.get(key)
    if hit is not None:
        return list(hit)
    result = _split(word, language, min_part, min_head, depth)
    if len(_SPLIT_CACHE) < 500_000:
        _SPLIT_CACHE[key] = tuple(result)
    return result


def _split(word, language, min_part, min_head, depth):
    import simplemma

    # Only nouns are split (German compounds are nouns; "überall" is not "üben" + "Rall").
    if depth <= 0 or len(word) < min_part + min_head or not word.isalpha() or not word[0].isupper():
        return [word]
    stop = _function_words(language)
    for cut in range(min_part, len(word) - min_head + 1):  # longest head first
        head = word[cut:].capitalize()
        if not simplemma.is_known(head, language):
            continue
        head_lemma = simplemma.lemmatize(head, language)
        if len(head_lemma) < min_head or not head_lemma[0].isupper():
            continue
        if len(head_lemma) == 3 and head_lemma.casefold() not in _SHORT_MODIFIERS:
            continue  # "Telefon" is not "Tele" + "Fon"
        modifier = word[:cut]
        mods = [modifier] + [
            modifier[: -len(link)]
            for link in _LINKING
            if modifier.lower().endswith(link) and len(modifier) - len(link) >= min_part
        ]
        for mod in mods:
            cap = mod[0].upper() + mod[1:]
            if simplemma.is_known(cap, language):
                mod_lemma = simplemma.lemmatize(cap, language)
                if mod_lemma[:3].casefold() != cap[:3].casefold():
                    mod_lemma = cap  # "Liefer" must not become "laufen"
                if len(mod_lemma) < 3 or mod_lemma.casefold() in stop:
                    continue
                if len(mod_lemma) == 3 and mod_lemma.casefold() not in _SHORT_MODIFIERS:
                    continue  # "Adresse" is not "Adr" + "Esse"
                if len(mod) <= 5 and mod.lower().startswith(_DERIVATION_PREFIXES):
                    continue  # "Bescheinigung" is not "Besch" + "Einigung"
                # deeper levels need longer parts: "Jugend" is not "Jug" + "End"
                deeper = max(min_part, 4), max(min_head, 4)
                left = _split(mod_lemma, language, *deeper, depth - 1)
                right = _split(head_lemma, language, *deeper, depth - 1)
                return left + right
    return [word]


_FUNCTION_WORDS: dict = {}


def _function_words(language):
    """Plain stop words (no participation list): never a compound constituent."""
    if language not in _FUNCTION_WORDS:
        from stop_words import get_stop_words

        words = set(get_stop_words(_language_name(language)))
        keep = _NOT_STOPWORDS.get(language, set())
        _FUNCTION_WORDS[language] = {w.casefold() for w in words} - keep
    return _FUNCTION_WORDS[language]


def _pieces(lemma, language, min_part=3):
    """Constituents worth adding as features: every part plus inner sub-compounds."""
    parts = split_compound(lemma, language, min_part=min_part, min_head=min_part)
    if len(parts) < 2:
        return []
    pieces = list(dict.fromkeys(parts))
    if len(parts) > 2:
        # "Radwegenetz" also yields "Radweg": adjacent pairs that are words themselves
        for i in range(len(parts) - 1):
            joined = parts[i] + parts[i + 1].lower()
            if _is_known(joined, language):
                pieces.append(joined)
    return pieces


def _is_known(word, language):
    import simplemma

    return simplemma.is_known(word, language)

