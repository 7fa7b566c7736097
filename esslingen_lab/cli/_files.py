"""Old import path of the output writers, kept for ``cli/quotes.py`` and ``cli/redact.py``.

The writers live in :mod:`esslingen_lab.files`; import them from there. A refused output
raises :class:`~esslingen_lab.errors.OutputError`, which the command group prints as one
line, so ``refuse_outputs`` is now simply :func:`~esslingen_lab.files.check_outputs`.
Delete this module once no sub-command imports it.
"""

from __future__ import annotations

from esslingen_lab.files import OutputFolder, check_outputs, write_table, write_workbook

__all__ = ["OutputFolder", "check_outputs", "write_table", "write_workbook", "refuse_outputs"]

refuse_outputs = check_outputs
