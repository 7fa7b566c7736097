"""Reproducible reports: notebooks publish tables and figures that papermill runs collect.

Analysis notebooks call :func:`publish_table` and :func:`publish_figure`; a report run
(:func:`run_report`, ``esslingen-lab report``) executes the notebooks with papermill into a new
run directory and gathers what they published into one self-contained HTML report, an XLSX
workbook and a ``manifest.json`` that records every input (sha256), parameter and version.

Modules: ``publish`` (what notebooks call), ``quality`` and ``workshop_results`` (tables of the
data-quality and workshop notebooks), ``run`` (run directory, notebooks two at a time, audit,
artifacts), ``parameters`` (notebooks and their parameters), ``kernel`` (which Python a kernel
runs, executing and stopping), ``manifest`` (``RunManifest``, input hashes, versions),
``weights`` (post-stratification from the survey's ``population:`` block),
``texts`` (the report frame's words),
``workbook`` (XLSX), ``findings`` (key findings, methods box, answer distributions),
``conventions`` (numbers per locale, labels), ``html`` (combined report), ``pdf`` (the HTML
printed by Chromium), ``batch`` (several surveys and their comparison), ``errors``.

Run directory layout::

    <run>/manifest.json          inputs, parameters, versions, timings, status
    <run>/report.html            combined report (code hidden, images embedded, works offline)
    <run>/tables.xlsx            every published table, one sheet each (+ index sheet)
    <run>/notebooks/<nb>.ipynb   executed notebooks (also the partial one of a failed run)
    <run>/results/<nb>/tables/*.csv, figures/*.png|svg, published.jsonl
"""

from esslingen_lab.reports.batch import (  # noqa: F401
    SIDE_BY_SIDE,
    BatchRun,
    build_comparison,
    comparison_tables,
    read_batch,
    run_batch,
)
from esslingen_lab.reports.conventions import (  # noqa: F401
    format_number,
    one_sample,
    percent_columns,
    spec_labels,
    split_breakdown,
)
from esslingen_lab.reports.errors import (  # noqa: F401
    NotebookFailedError,
    ParameterError,
    ReportError,
    RunDirectoryExistsError,
)
from esslingen_lab.reports.findings import (  # noqa: F401
    answer_distribution,
    key_findings,
)
from esslingen_lab.reports.html import (  # noqa: F401
    _clean_cell,
    build_report_html,
    citation,
)
from esslingen_lab.reports.manifest import RunManifest  # noqa: F401
from esslingen_lab.reports.publish import (  # noqa: F401
    PUBLISHED_INDEX,
    markdown_literal,
    models_dir,
    publish_breakdown,
    publish_figure,
    publish_table,
    show_heading,
    show_text,
)
from esslingen_lab.reports.quality import (  # noqa: F401
    DQ_TEXT,
    answer_length_figure,
    answer_lengths,
    likert_missing,
    likert_missing_figure,
    quality_by_file,
    quality_cases,
    report_text,
    respondents_per_group,
)
from esslingen_lab.reports.run import (  # noqa: F401
    ALTERNATIVE_VALUES,
    CONVENTION_TYPES,
    DEFAULT_NOTEBOOKS,
    DEFAULT_SEED,
    NOTEBOOK_TITLES,
    RESERVED_PARAMETERS,
    WORKSHOP_NOTEBOOK,
    NotebookParameter,
    ReportRun,
    collect_published,
    convert_value,
    execute_notebook,
    git_commit,
    input_files,
    inspect_parameters,
    notebooks_dir,
    package_versions,
    parse_parameter_args,
    prepare_run_dir,
    quote_counts,
    read_spec_header,
    resolve_notebooks,
    run_report,
    sha256_file,
    validate_parameters,
    write_workbook,
)
from esslingen_lab.reports.weights import Weighting, population_weights  # noqa: F401
from esslingen_lab.reports.workshop_results import (  # noqa: F401
    WORKSHOP_FILES,
    WS_TEXT,
    read_workshop_export,
    workshop_dots_figure,
    workshop_matrix_figure,
    workshop_results,
    workshop_rounds,
    workshop_themes,
    ws_text,
)

__all__ = [
    "ALTERNATIVE_VALUES",
    "BatchRun",
    "CONVENTION_TYPES",
    "DEFAULT_NOTEBOOKS",
    "DEFAULT_SEED",
    "DQ_TEXT",
    "NOTEBOOK_TITLES",
    "NotebookFailedError",
    "NotebookParameter",
    "PUBLISHED_INDEX",
    "ParameterError",
    "RESERVED_PARAMETERS",
    "ReportError",
    "ReportRun",
    "RunManifest",
    "Weighting",
    "RunDirectoryExistsError",
    "SIDE_BY_SIDE",
    "WORKSHOP_FILES",
    "WORKSHOP_NOTEBOOK",
    "WS_TEXT",
    "answer_distribution",
    "answer_length_figure",
    "answer_lengths",
    "build_comparison",
    "build_report_html",
    "citation",
    "collect_published",
    "comparison_tables",
    "convert_value",
    "execute_notebook",
    "format_number",
    "git_commit",
    "input_files",
    "key_findings",
    "inspect_parameters",
    "likert_missing",
    "likert_missing_figure",
    "notebooks_dir",
    "one_sample",
    "package_versions",
    "parse_parameter_args",
    "percent_columns",
    "population_weights",
    "prepare_run_dir",
    "publish_breakdown",
    "publish_figure",
    "publish_table",
    "quality_by_file",
    "quality_cases",
    "quote_counts",
    "read_batch",
    "read_spec_header",
    "read_workshop_export",
    "report_text",
    "resolve_notebooks",
    "respondents_per_group",
    "run_batch",
    "run_report",
    "sha256_file",
    "markdown_literal",
    "models_dir",
    "show_heading",
    "show_text",
    "spec_labels",
    "split_breakdown",
    "validate_parameters",
    "workshop_dots_figure",
    "workshop_matrix_figure",
    "workshop_results",
    "workshop_rounds",
    "workshop_themes",
    "write_workbook",
    "ws_text",
]
