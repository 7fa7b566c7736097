"""Privacy helpers: redact personal data, pseudonymise ids, suppress small groups, audit.

Everything shown to users goes through these: redacted quotes and suppressed tables.
"""

from esslingen_lab.privacy.audit import AuditResult, DisclosureAudit, audit_table
from esslingen_lab.privacy.disclosure import group_plan, hidden_groups, survey_populations
from esslingen_lab.privacy.pseudonym import pseudonymise_ids
from esslingen_lab.privacy.redact import TAGS, RedactionResult, Redactor, redact, redact_text
from esslingen_lab.privacy.suppression import (
    PROTECTIVE_MARK,
    suppress_small_cells,
    suppress_small_groups,
    suppression_footnote,
    suppression_mask,
)

__all__ = [
    "PROTECTIVE_MARK",
    "AuditResult",
    "DisclosureAudit",
    "TAGS",
    "RedactionResult",
    "Redactor",
    "audit_table",
    "group_plan",
    "hidden_groups",
    "pseudonymise_ids",
    "redact",
    "redact_text",
    "suppress_small_cells",
    "suppress_small_groups",
    "suppression_footnote",
    "suppression_mask",
    "survey_populations",
]
