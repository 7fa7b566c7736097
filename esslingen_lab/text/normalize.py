"""Normalising text and building stop-word sets (Unicode, umlaut folding, redaction tags)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from esslingen_lab.text.vocabulary import (
    _FOREIGN_KEEP,
    _NOT_STOPWORDS,
    DIALECT_WORDS,
    GENERIC_WORDS,
    PARTICIPATION_STOPWORDS,
)

__all__ = ["normalize_text", "fold_umlauts", "stopword_set"]

_UMLAUT_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_REDACTION_TAG = re.compile(r"\[[A-ZÄÖÜ]+(?:[_\- ][A-ZÄÖÜ]+)*\]")  # [NAME], [PERSON-BESCHREIBUNG]


def normalize_text(text: str, form: str = "NFKC") -> str:
    """Normalise Unicode (composed umlauts, compatibility characters) and drop redaction tags.

    Parameters
    ----------
    text : str
        Any text; ``None``/NaN become ``""``.
    form : {"NFKC", "NFC", None}, default="NFKC"
        Unicode normal form; NFKC also maps ligatures and full-width letters.

    Returns
    -------
    str
    """
    if not isinstance(text, str):
        return ""
    text = text.replace("&amp;", "&")  # survives some web exports (e.g. DIPAS)
    text = unicodedata.normalize(form, text) if form else text
    # Redaction tags ("[NAME]", "[TELEFON]") are not what people wrote about.
    return _REDACTION_TAG.sub(" ", text) if "[" in text else text


def fold_umlauts(token: str) -> str:
    """Fold umlauts and ß to their ASCII spelling, so "Bürgeramt" and "Buergeramt" match.

    Parameters
    ----------
    token : str
        Lower-case token.

    Returns
    -------
    str
        The token with ä→ae, ö→oe, ü→ue, ß→ss.

    Examples
    --------
    >>> fold_umlauts("bürgeramt") == fold_umlauts("buergeramt")
    True
    """
    return token.translate(_UMLAUT_FOLD)


def stopword_set(
    language: str = "de", extra: Iterable[str] = (), *, participation=True, foreign=True
) -> set:
    """Stop words of the `stop-words` package, generic words, the participation list and extras.

    Parameters
    ----------
    language : {"de", "en"}, default="de"
    extra : iterable of str, default=()
        Survey-specific stop words (``spec.stopwords``, e.g. the city's name).
    participation : bool, default=True
        Include :data:`PARTICIPATION_STOPWORDS`.
    foreign : bool, default=True
        Also drop the function words of the other language (English in German mode and
        vice versa): real participation data mixes in a few answers in another language
        ("the", "and", "can" must not become German keywords). Words that are content
        words in the survey language too ("IT", "System", "Kind") are kept.

    Returns
    -------
    set of str
        Lower-case words in both their umlaut and folded spellings. Always includes
        :data:`GENERIC_WORDS` (numbers as words, generic verbs and adverbs).
    """
    from stop_words import get_stop_words

    words = set(get_stop_words(_language_name(language)))
    words.update(GENERIC_WORDS.get(language, ()))
    words.update(DIALECT_WORDS.get(language, ()))
    if foreign:
        words.update(_foreign_stopwords(language))
    words -= _NOT_STOPWORDS.get(language, set())
    if participation:
        words.update(PARTICIPATION_STOPWORDS.get(language, ()))
    words.update(str(w) for w in extra)
    words = {normalize_text(w).casefold() for w in words}
    return words | {fold_umlauts(w) for w in words}


def _foreign_stopwords(language):
    """Return the other language's function words that are no content words in ``language``."""
    if language == "de":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        words = set(ENGLISH_STOP_WORDS) | set(GENERIC_WORDS["en"])
        words |= set(PARTICIPATION_STOPWORDS["en"])
    elif language == "en":
        from stop_words import get_stop_words

        words = set(get_stop_words("german")) | set(GENERIC_WORDS["de"])
        words |= set(PARTICIPATION_STOPWORDS["de"])
    else:
        return set()
    return words - _FOREIGN_KEEP.get(language, set())


def _language_name(language):
    """Return the language's name as `stop-words` and nltk spell it ("de" → "german")."""
    return {"de": "german", "en": "english"}.get(language, language)

