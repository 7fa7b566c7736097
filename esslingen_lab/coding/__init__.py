"""Human coding of free-text answers: codebook, coding store and app, agreement, classifier.

Codebook YAML → coders code redacted answers (ipywidgets app, SQLite store) → agreement
figures → a classifier learns from the codings, codes the rest and suggests what to code next.
"""

from esslingen_lab.coding.agreement import (
    AgreementReport,
    ThemeAgreement,
    agreement,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
    theme_agreement,
)
from esslingen_lab.coding.codebook import (
    Code,
    Codebook,
    CodebookError,
    example_codebook_path,
    load_codebook,
)
from esslingen_lab.coding.store import CODING_COLUMNS, CodingError, CodingStore

__all__ = [
    "AgreementReport", "CODING_COLUMNS", "Code", "Codebook", "CodebookError", "CodingError",
    "CodingStore", "ThemeAgreement", "agreement", "cohen_kappa", "example_codebook_path",
    "krippendorff_alpha", "load_codebook", "percent_agreement", "theme_agreement",
]
