"""Errors of report runs: one base class and specific subclasses.

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

from esslingen_lab.errors import EsslingenLabError, InputError, Text

# ----------------------------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------------------------


class ReportError(EsslingenLabError):
    """A report run cannot start or did not finish.

    Raised with a ``reason`` of :data:`~esslingen_lab.errors.ERROR_TEXT` (``report_…``) and its
    parameters, so that the command line words it in its ``--lang``.
    """


class BatchFileError(ReportError, InputError):
    """A batch file (``--batch``) is not valid YAML or lists surveys the wrong way."""


class ParameterError(ReportError):
    """A report parameter is unknown to the notebooks or has the wrong type."""


class RunDirectoryExistsError(ReportError):
    """The run directory exists already and ``force`` was not given."""


class NotebookFailedError(ReportError):
    """A notebook raised an error; its partial executed notebook is kept in the run directory."""

    def __init__(self, notebook, *, cell_index=None, exec_count=None, ename=None, detail=None,
                 executed_path=None, run_dir=None, cell_number=None):
        self.notebook = notebook
        self.cell_index = cell_index
        self.cell_number = cell_number
        self.exec_count = exec_count
        self.ename = ename
        self.detail = detail
        self.executed_path = None if executed_path is None else str(executed_path)
        self.run_dir = None if run_dir is None else str(run_dir)
        where = (Text("notebook_failed.kernel") if cell_number is None else
                 Text("notebook_failed.cell", number=cell_number, count=exec_count))
        partial = ("" if not self.executed_path else
                   Text("notebook_failed.partial", path=self.executed_path))
        super().__init__(reason="notebook_failed", notebook=notebook, where=where,
                         error=f"{ename}: {detail}" if detail else f"{ename}", partial=partial)


class DisclosureError(ReportError):
    """The disclosure audit found a hidden cell a reader could recompute; nothing was published."""

    def __init__(self, exposed: list, run_dir=None):
        self.exposed = list(exposed)
        self.run_dir = None if run_dir is None else str(run_dir)
        first = self.exposed[0] if self.exposed else {}
        super().__init__(reason="report_disclosure", n=len(self.exposed),
                         source=first.get("source"), cell=first.get("cell"))
