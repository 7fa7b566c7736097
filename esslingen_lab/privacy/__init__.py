"""Privacy helpers: redact personal data, pseudonymise ids, suppress small groups.

Everything shown to users goes through these: redacted quotes and suppressed tables.
"""

from esslingen_lab.privacy.suppression import (
    suppress_small_cells,
    suppress_small_groups,
    suppression_mask,
)

__all__ = ["suppress_small_cells", "suppress_small_groups", "suppression_mask"]
