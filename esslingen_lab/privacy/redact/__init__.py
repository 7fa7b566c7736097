"""Redaction of personal data in German (and English) free text.

Replaces e-mail addresses, phone numbers (also partly in words), addresses, names (after cue
words, from a name gazetteer, or as unknown capitalised words in a name's position), IBANs,
licence plates, URLs, birth dates and years, file/insurance numbers and descriptions that
single out one person by readable tags such as ``[NAME]``.
"""

from esslingen_lab.privacy.redact.redactor import (
    TAGS,
    RedactionResult,
    Redactor,
    redact,
    redact_text,
)
from esslingen_lab.privacy.redact.vocabulary import FIRST_NAMES, NOT_NAMES, read_words

__all__ = [
    "FIRST_NAMES",
    "NOT_NAMES",
    "TAGS",
    "RedactionResult",
    "Redactor",
    "read_words",
    "redact",
    "redact_text",
]
