"""Kernels of a report run: which Python they start, how a notebook is executed, stopping them.

Part of :mod:`esslingen_lab.reports`. Notebooks of one run may execute at the same time (one
kernel each, in threads of the run); :func:`stop_kernels` ends every kernel still running
when the run is interrupted.
"""

from __future__ import annotations

import os
import sys
import threading
import weakref
from pathlib import Path

from esslingen_lab.errors import EsslingenLabError
from esslingen_lab.reports.errors import NotebookFailedError

__all__ = ["execute_notebook", "stop_kernels"]

# Kernel managers whose kernel process is running (weak: a finished manager may go away).
_RUNNING: weakref.WeakSet = weakref.WeakSet()
_LOCK = threading.Lock()


def import_papermill():
    """Import papermill (and nbformat) without the IRI grammar jsonschema would compile.

    jsonschema registers an ``iri`` format checker when ``rfc3987_syntax`` is installed,
    which compiles its grammars on import (over a second, before any notebook can start).
    Notebook schemas have no such format, so it is hidden during this first import only;
    a later ``import rfc3987_syntax`` works as usual.
    """
    if "jsonschema" not in sys.modules and "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # import raises ImportError: checker left out
        try:
            import papermill  # noqa: F401 - imports nbformat and jsonschema
        finally:
            if "rfc3987_syntax" in sys.modules and sys.modules["rfc3987_syntax"] is None:
                del sys.modules["rfc3987_syntax"]
    import papermill

    return papermill


def stop_kernels() -> int:
    """Kill the kernel processes this process started and that still run; return how many.

    Used when a run is interrupted while notebooks execute in worker threads: Ctrl+C reaches
    only the main thread, so the kernels are ended here and the workers' executions fail fast.
    """
    stopped = 0
    with _LOCK:
        managers = list(_RUNNING)
    for manager in managers:
        process = getattr(getattr(manager, "provisioner", None), "process", None)
        if process is not None and process.poll() is None:
            process.kill()  # our own child, started by this manager
            stopped += 1
    return stopped


def _kernel_manager_class(log_path=None, env=None):
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class ThisPythonKernelManager(AsyncKernelManager):
        """Kernel manager that always starts this interpreter (``sys.executable``).

        A ``python3`` kernelspec elsewhere on the machine (e.g. in ~/.local) could point at
        another Python without esslingen_lab; reports must run in the environment that runs
        the command. PYTHONHASHSEED is fixed so set iteration orders repeat across runs;
        ``env`` adds the run's variables (e.g. its survey cache folder).
        """

        @default("transport")
        def _default_transport(self):
            # Kernel traffic carries respondents' answers: keep it off TCP where the OS allows.
            return "ipc" if os.name == "posix" else "tcp"

        @default("ip")
        def _default_ip(self):
            if self.transport != "ipc":
                return super()._ip_default()
            # jupyter_client's default for IPC is "kernel-ipc" in the working directory, which
            # parallel report runs (--jobs) would share; every kernel gets its own socket path.
            import tempfile
            import uuid

            return os.path.join(tempfile.gettempdir(), f"esslingen-lab-{uuid.uuid4().hex[:12]}")

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            # The kernel process's own stderr (ipykernel start-up and shutdown chatter) goes to
            # a log file next to the executed notebook instead of the user's terminal.
            _RUNNING.add(self)
            if log_path is not None and "stderr" not in kw:
                with open(log_path, "ab") as log:
                    kw["stderr"] = log
                    kw.setdefault("stdout", log)
                    return await super()._async_launch_kernel(kernel_cmd, **kw)
            return await super()._async_launch_kernel(kernel_cmd, **kw)

        async def _async_cleanup_resources(self, restart=False):
            _RUNNING.discard(self)
            return await super()._async_cleanup_resources(restart=restart)

        @property
        def kernel_spec(self):
            if self._kernel_spec is None:
                argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
                try:  # keep the installed spec's metadata (e.g. supported transport encryption)
                    spec = self.kernel_spec_manager.get_kernel_spec("python3").to_dict()
                except Exception:  # noqa: BLE001 - any broken/missing spec: use a plain one
                    spec = {"display_name": "Python 3 (ipykernel)", "language": "python",
                            "metadata": {}}
                spec.update(argv=argv, env={**spec.get("env", {}), "PYTHONHASHSEED": "0",
                                            **(env or {})})
                spec.pop("resource_dir", None)
                self._kernel_spec = KernelSpec(resource_dir="", **spec)
            return self._kernel_spec

    return ThisPythonKernelManager


def _known_error_names() -> set[str]:
    names, todo = set(), [EsslingenLabError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _source_cell_number(executed_path, cell_index):
    """1-based position of a failed cell in the source notebook (without papermill's cells)."""
    import nbformat

    try:
        nb = nbformat.read(str(executed_path), as_version=4)
    except (OSError, ValueError):
        return cell_index + 1
    added = {"injected-parameters", "papermill-error-cell-tag"}
    # papermill's error banner is inserted at the top after the failure, shifting indices
    banner = sum(1 for c in nb.cells if "papermill-error-cell-tag" in c.metadata.get("tags", []))
    cells = nb.cells[: cell_index + 1 + banner]
    return sum(1 for c in cells if not added & set(c.metadata.get("tags", [])))


def execute_notebook(path, output_path, parameters, *, cwd=None, progress=True, desc=None,
                     position=1, env=None):
    """Execute one notebook with papermill in a kernel running ``sys.executable``.

    ``env`` holds environment variables for the kernel on top of this process's ones.

    Raises
    ------
    NotebookFailedError
        With notebook name, cell index and execution count; papermill has already written
        the partial executed notebook to ``output_path``.
    """
    pm = import_papermill()
    from papermill.exceptions import PapermillExecutionError

    bar = ({"desc": desc or Path(path).stem, "leave": False, "position": position} if progress
           else False)
    log_path = Path(output_path).with_suffix(".kernel.log")
    # papermill/nbclient log e.g. "Kernel died ..." to stderr on top of our one-line error;
    # a NullHandler (the library convention) keeps that off the terminal unless the user
    # configured logging.
    import logging

    pm_log = logging.getLogger("papermill")
    if not any(isinstance(h, logging.NullHandler) for h in pm_log.handlers):
        pm_log.addHandler(logging.NullHandler())
    try:
        pm.execute_notebook(str(path), str(output_path), parameters=parameters,
                            kernel_name="python3", progress_bar=bar, log_output=False,
                            cwd=str(cwd or Path(path).parent), start_timeout=120,
                            kernel_manager_class=_kernel_manager_class(log_path, env))
    except PapermillExecutionError as exc:
        # Only messages of our own errors are shown: others may quote a respondent's answer.
        detail = None
        if exc.ename in _known_error_names() and exc.evalue:
            detail = str(exc.evalue).splitlines()[0][:200]
        raise NotebookFailedError(Path(path).stem, cell_index=exc.cell_index,
                                  cell_number=_source_cell_number(output_path, exc.cell_index),
                                  exec_count=exc.exec_count, ename=exc.ename, detail=detail,
                                  executed_path=output_path) from None
    except Exception as exc:  # noqa: BLE001 - kernel died, timed out or could not start
        # These messages come from the Jupyter machinery, not from respondents' data.
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else None
        raise NotebookFailedError(Path(path).stem, ename=type(exc).__name__, detail=detail,
                                  executed_path=output_path if Path(output_path).exists()
                                  else None) from None
    finally:
        if log_path.is_file() and log_path.stat().st_size == 0:
            log_path.unlink()  # keep the run directory tidy: only logs that say something
