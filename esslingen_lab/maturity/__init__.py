"""Digital maturity (Reifegrad) of a city from citizen and staff surveys, and of its services.

:class:`MaturityReport` scores the dimensions of a maturity framework with bootstrap CIs,
reliability, citizen-vs-staff gaps and city/wave comparisons; :func:`service_levels` rates
administrative services by the OZG maturity criteria.

Sections: :mod:`.framework` (the framework file), :mod:`.statistics`, :mod:`.samples`
(inputs), :mod:`.report` (the estimator), :mod:`.views` (group breakdowns),
:mod:`.persist` (save/load a fit), :mod:`.services` (OZG), :mod:`.export`, :mod:`.texts`.
"""

from esslingen_lab.maturity.export import write_outputs
from esslingen_lab.maturity.framework import (
    OVERALL,
    Framework,
    FrameworkError,
    FrameworkSpec,
    framework_path,
    load_framework,
)
from esslingen_lab.maturity.report import LowReliabilityWarning, MaturityReport
from esslingen_lab.maturity.samples import MaturitySample
from esslingen_lab.maturity.services import (
    demo_services,
    load_ozg_model,
    service_levels,
    service_summary,
)
from esslingen_lab.maturity.statistics import (
    alpha_if_item_deleted,
    bootstrap_means,
    cliffs_delta,
    cronbach_alpha,
    hedges_g,
    overall_index,
)
from esslingen_lab.maturity.texts import COLUMN_LABELS, MATURITY_TEXT, labelled, maturity_text
from esslingen_lab.maturity.views import check_fitted

__all__ = [
    "Framework",
    "FrameworkSpec",
    "MaturityReport",
    "MaturitySample",
    "LowReliabilityWarning",
    "FrameworkError",
    "OVERALL",
    "load_framework",
    "framework_path",
    "cronbach_alpha",
    "alpha_if_item_deleted",
    "hedges_g",
    "cliffs_delta",
    "bootstrap_means",
    "overall_index",
    "load_ozg_model",
    "service_levels",
    "service_summary",
    "demo_services",
    "write_outputs",
    "MATURITY_TEXT",
    "COLUMN_LABELS",
    "maturity_text",
    "labelled",
    "check_fitted",
]
