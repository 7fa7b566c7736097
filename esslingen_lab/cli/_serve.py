"""Keeping a Voila server in the foreground until Ctrl+C, ``kill`` or a closed terminal."""

from __future__ import annotations

import click

from esslingen_lab.cli._texts import cli_text
from esslingen_lab.serve import interrupt_on_signals


def serve_in_foreground(start, announce) -> None:
    """Start a server with ``start()``, ``announce(server)`` it and wait until it ends.

    SIGTERM and SIGHUP act like Ctrl+C from before the server is launched: whenever the
    command ends — a signal during start-up, while the links are printed or later, an
    exception, a failed start — the server and every kernel it started are stopped.
    ``start`` raises :class:`~esslingen_lab.errors.EsslingenLabError` for user mistakes
    (the command group prints them as one line).
    """
    server = None
    with interrupt_on_signals():
        try:
            server = start()
            announce(server)
            code = server.wait()
        except KeyboardInterrupt:
            click.echo(cli_text("stopping"), err=True)
            raise SystemExit(130) from None
        finally:
            if server is not None:
                server.stop()
    if code:
        raise click.ClickException(cli_text("server_died", log=server.log_path))
