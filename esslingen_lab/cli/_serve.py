"""Keeping a started Voila server in the foreground until Ctrl+C, ``kill`` or a closed terminal."""

from __future__ import annotations

import signal

import click


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def stop_signals_interrupt() -> None:
    """Make SIGTERM and SIGHUP (``kill``, a closed terminal) act like Ctrl+C.

    Long commands then take their Ctrl+C path: servers stop their kernels, a report run
    marks its manifest "interrupted" instead of leaving it at "running" for good.
    """
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)


def run_until_stopped(server) -> None:
    """Wait for ``server`` (with ``wait()``, ``stop()`` and ``log_path``) to end.

    The server runs in its own process group; SIGTERM and SIGHUP stop it (and its kernels)
    just like Ctrl+C does, instead of leaving it running unseen.
    """
    stop_signals_interrupt()
    try:
        code = server.wait()
    except KeyboardInterrupt:
        click.echo("\nServer wird beendet / stopping …")
        server.stop()
        return
    if code:
        raise click.ClickException(
            f"The Voila server stopped unexpectedly (see {server.log_path}).")
