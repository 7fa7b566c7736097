"""Privacy helpers: redact personal data, pseudonymise ids, suppress small groups.

Everything shown to users goes through these: redacted quotes and suppressed tables.
"""

from esslingen_lab.privacy.pseudonym import pseudonymise_ids
from esslingen_lab.privacy.redact import TAGS, RedactionResult, Redactor, redact, redact_text
from esslingen_lab.privacy.suppression import (
    suppress_small_cells,
    suppress_small_groups,
    suppression_mask,
)

__all__ = [
    "TAGS",
    "RedactionResult",
    "Redactor",
    "pseudonymise_ids",
    "redact",
    "redact_text",
    "suppress_small_cells",
    "suppress_small_groups",
    "suppression_mask",
]
