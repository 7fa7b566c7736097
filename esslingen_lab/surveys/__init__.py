"""Survey specs and loading: read exports, map Likert answers, validate, account for rows.

Entry points: :func:`load_survey` (a validated :class:`Survey`) and :func:`read_table`.
"""

from esslingen_lab.surveys.readers import read_table
from esslingen_lab.surveys.spec import LikertItem, LikertScale, SurveySpec, load_spec
from esslingen_lab.surveys.survey import Survey, load_survey, validate_survey
from esslingen_lab.surveys.validation import CASE_COLUMNS, QualityReport, Reason

__all__ = [
    "CASE_COLUMNS", "LikertItem", "LikertScale", "QualityReport", "Reason", "Survey",
    "SurveySpec", "load_spec", "load_survey", "read_table", "validate_survey",
]
