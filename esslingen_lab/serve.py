"""Run a Voila server in its own process group: start it, wait until it answers, stop it.

Shared by the workshop apps (:mod:`esslingen_lab.workshop.server`) and the coding app
(:mod:`esslingen_lab.coding.server`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from esslingen_lab.errors import EsslingenLabError

__all__ = ["ServedProcess", "ServerError", "lan_address", "launch_voila", "port_is_free",
           "stop_process_group"]


class ServerError(EsslingenLabError):
    """A Voila server could not be started (port taken, crashed at start-up, no answer)."""


def lan_address() -> str:
    """Best guess of this laptop's address in the room's network (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return probe.getsockname()[0]
    except OSError:
        return socket.gethostname()
    finally:
        probe.close()


def port_is_free(host: str, port: int) -> bool:
    """Tell whether ``port`` can be bound on ``host``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def launch_voila(target, *, port: int, host: str = "127.0.0.1", log_path, env=None,
                 cwd=None, options=(), ready_timeout: float = 120) -> subprocess.Popen:
    """Start ``voila TARGET`` in a new process group and wait until it answers HTTP.

    Parameters
    ----------
    target : str or Path
        Notebook or folder of notebooks to serve.
    port : int
    host : str, default='127.0.0.1'
    log_path : str or Path
        Voila's output goes here (never to the terminal: it may show request paths).
    env : dict, default=None
        Environment of the server; this process's when None.
    cwd : str or Path, default=None
    options : sequence of str, default=()
        More Voila command-line options.
    ready_timeout : float, default=120
        Seconds to wait for the first answer.

    Returns
    -------
    subprocess.Popen
        The running server; stop it with :func:`stop_process_group`.

    Raises
    ------
    ServerError
        When the server stops at start-up or does not answer in time.
    """
    log_path = Path(log_path)
    command = [sys.executable, "-m", "voila", str(target), "--no-browser",
               f"--port={int(port)}", f"--Voila.ip={host}", *options]
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT,
                                   env=env, cwd=None if cwd is None else str(cwd),
                                   start_new_session=True)
    probe = f"http://{'127.0.0.1' if host == '0.0.0.0' else host}:{int(port)}/"
    deadline = time.monotonic() + ready_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"The Voila server stopped at start-up (see {log_path}).")
        try:
            with urllib.request.urlopen(probe, timeout=2):
                return process
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    stop_process_group(process)
    raise ServerError(f"The Voila server did not answer within {ready_timeout:.0f} s "
                      f"(see {log_path}).")


def stop_process_group(process: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a server and its kernels: SIGTERM to its process group, then SIGKILL."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)
    except ProcessLookupError:
        pass


class ServedProcess:
    """``wait()`` and ``stop()`` for a running server object with a ``process`` attribute."""

    process: subprocess.Popen

    def wait(self) -> int:
        """Block until the server ends; returns its exit code."""
        return self.process.wait()

    def stop(self, timeout: float = 20) -> None:
        """Stop the server and its kernels (SIGTERM to its process group, then SIGKILL)."""
        stop_process_group(self.process, timeout)
