"""Errors of report runs: one base class and specific subclasses.

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

from esslingen_lab.errors import EsslingenLabError, InputError

# ----------------------------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------------------------


class ReportError(EsslingenLabError):
    """A report run cannot start or did not finish."""


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
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.cell_number is None:
            cell = "der Ausführung/running it (Kernel)"
        else:
            cell = (f"Zelle/cell {self.cell_number} (In [{self.exec_count}] im ausgeführten "
                    "Notebook/in the executed notebook)")
        text = f"Notebook '{self.notebook}' ist fehlgeschlagen/failed in {cell}: {self.ename}"
        if self.detail:
            text += f": {self.detail}"
        if self.executed_path:
            text += f" — Teilergebnis/partial notebook: {self.executed_path}"
        return text




class DisclosureError(ReportError):
    """The disclosure audit found a hidden cell a reader could recompute; nothing was published."""

    def __init__(self, exposed: list, run_dir=None):
        self.exposed = list(exposed)
        self.run_dir = None if run_dir is None else str(run_dir)
        super().__init__(str(self))

    def __str__(self) -> str:
        first = self.exposed[0] if self.exposed else {}
        return (f"Offenlegungsprüfung/disclosure audit: {len(self.exposed)} ausgeblendete "
                f"Zelle(n) ließen sich berechnen/hidden cell(s) can be recomputed, e.g. "
                f"{first.get('source')}: {first.get('cell')} — kein Bericht geschrieben/no "
                "report written; see disclosure_audit in manifest.json")
