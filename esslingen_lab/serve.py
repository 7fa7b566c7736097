"""Run a Voila server in its own process group: start it, wait until it answers, stop it.

Shared by the workshop apps (:mod:`esslingen_lab.workshop.server`) and the coding app
(:mod:`esslingen_lab.coding.server`). Every process of a server (Voila and its kernels, which
jupyter_client starts in process groups of their own) carries one marker in its environment,
so :func:`stop_process_group` finds and stops all of them, and a later start can name a
server that was left running (:func:`running_server`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psutil

from esslingen_lab.errors import EsslingenLabError
from esslingen_lab.files import atomic_write

__all__ = ["MARKER", "HANDLERS_ENV", "ServedProcess", "ServerError", "free_port",
           "interrupt_on_signals",
           "lan_address",
           "launch_voila", "port_is_free", "running_server", "server_processes",
           "stop_process_group", "stop_recorded_server"]

#: Environment variable carrying a server's id into Voila and every kernel it starts.
MARKER = "ESSLINGEN_LAB_SERVER_ID"
DATA = Path(__file__).resolve().parent / "data"
#: Environment variable with the pid of the command that started the server.
PARENT = "ESSLINGEN_LAB_SERVER_PARENT"
#: Environment variable naming ``module:function`` that adds an app's own handlers.
HANDLERS_ENV = "ESSLINGEN_LAB_HANDLERS"
#: File next to the server log recording pid, port and marker of a running server.
PID_FILE = "server.json"


#: Voila's own template with its Font Awesome links pointing to this server, not a CDN.
TEMPLATE = "esslingen"
_CDN_FONTAWESOME = "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@^5/css/"


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


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port nobody listens on right now (for tests and benchmarks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def interrupt_on_signals():
    """Turn SIGTERM and SIGHUP into ``KeyboardInterrupt`` (like Ctrl+C) inside the block.

    Installed before a server is launched, so ``kill`` or a closed terminal at any moment
    of start-up reaches the code that stops what was already started.
    """
    def _interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def server_processes(marker: str) -> list[psutil.Process]:
    """Every running process whose environment carries ``marker`` (a server and its kernels)."""
    found = []
    for proc in psutil.process_iter():
        try:
            if proc.environ().get(MARKER) == marker:
                found.append(proc)
        except (psutil.Error, OSError):
            continue  # other users' processes, or gone meanwhile
    return found


def _signal_all(procs, sig) -> None:
    for proc in procs:
        try:
            # a kernel leads its own process group: reach its children too
            if os.getpgid(proc.pid) == proc.pid:
                os.killpg(proc.pid, sig)
            else:
                proc.send_signal(sig)
        except (ProcessLookupError, PermissionError, psutil.Error):
            pass


def _stop_marked(procs, timeout: float) -> None:
    _signal_all(procs, signal.SIGTERM)
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    if alive:
        _signal_all(alive, signal.SIGKILL)
        psutil.wait_procs(alive, timeout=5)


def launch_voila(target, *, port: int, host: str = "127.0.0.1", log_path, env=None,
                 cwd=None, options=(), ready_timeout: float = 120,
                 label: str = "") -> subprocess.Popen:
    """Start ``voila TARGET`` (as :func:`main`) in a new process group; wait for an answer.

    The pages load no asset from another site and never typeset ``$…$`` (see
    :func:`write_local_template`).

    Whatever ends the wait — no answer, a crash, Ctrl+C, SIGTERM (with
    :func:`interrupt_on_signals`), any exception — stops the server and its kernels first.

    Parameters
    ----------
    target : str or Path
        Notebook or folder of notebooks to serve.
    port : int
    host : str, default='127.0.0.1'
    log_path : str or Path
        Voila's output goes here (never to the terminal: it may show request paths);
        ``server.json`` beside it records the running server for :func:`running_server`.
    env : dict, default=None
        Environment of the server; this process's when None.
    cwd : str or Path, default=None
    options : sequence of str, default=()
        More Voila command-line options.
    ready_timeout : float, default=120
        Seconds to wait for the first answer.
    label : str, default=''
        What the server serves (e.g. a workshop name), recorded for messages.

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
    marker = uuid.uuid4().hex
    env = dict(os.environ if env is None else env)
    env[MARKER] = marker
    env[PARENT] = str(os.getpid())
    env.update(write_local_template(log_path.parent))
    command = [sys.executable, "-m", "esslingen_lab.serve", str(target), "--no-browser",
               f"--port={int(port)}", f"--Voila.ip={host}", "--Voila.port_retries=0",
               f"--template={TEMPLATE}", *options]
    # the log may name participants' requests: readable by this account only
    with open(os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as log_file:
        process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT,
                                   env=env, cwd=None if cwd is None else str(cwd),
                                   start_new_session=True)
    process.marker = marker
    try:
        record = json.dumps({"pid": process.pid, "port": int(port), "marker": marker,
                             "label": label, "started": time.strftime("%Y-%m-%d %H:%M:%S")})
        # readers never see half a file
        atomic_write(log_path.parent / PID_FILE,
                     lambda tmp: tmp.write_text(record, encoding="utf-8"))
        _wait_until_ready(process, host, port, log_path, ready_timeout)
    except BaseException:
        stop_process_group(process)
        raise
    return process


def fontawesome_dir() -> Path:
    """Font Awesome's CSS and fonts from the ``fontawesomefree`` package (served locally)."""
    import fontawesomefree

    return Path(fontawesomefree.__file__).resolve().parent / "static" / "fontawesomefree"


def write_local_template(folder) -> dict:
    """Write Voila's lab template with every asset served by this server; returns env.

    The pages must not make a single request to a third party (a city's GDPR duty towards
    the citizens in the room) and must work offline; Voila's lab template loads Font Awesome
    from a CDN.

    Returns
    -------
    dict
        Environment variables for the server (``JUPYTER_PATH``) so Voila finds the template.
    """
    from jupyter_core.paths import jupyter_path

    source = next((Path(p) / "lab" / "index.html.j2" for p in jupyter_path("voila", "templates")
                   if (Path(p) / "lab" / "index.html.j2").is_file()), None)
    if source is None:
        raise ServerError("Voila's lab template was not found; reinstall voila.")
    page = source.read_text(encoding="utf-8")
    if _CDN_FONTAWESOME not in page:
        raise ServerError(f"{source}: unknown Voila template version (Font Awesome link "
                          "not found); the apps would load it from a third party.")
    page = page.replace(_CDN_FONTAWESOME, "{{ resources.base_url }}el-static/fontawesome/css/")
    footer = "{% block footer_js %}\n{% endblock footer_js %}"
    if footer not in page:
        raise ServerError(f"{source}: unknown Voila template version (footer_js not found).")
    page = page.replace(footer, '{% block footer_js %}<script src="{{ resources.base_url }}'
                                'el-static/lab/watchdog.js"></script>{% endblock footer_js %}')
    if re.search(r"(src|href)=[\"']?(https?:)?//", page):
        raise ServerError(f"{source}: the template still loads an asset from another site.")
    root = Path(folder) / "share"
    target = root / "voila" / "templates" / TEMPLATE
    target.mkdir(parents=True, exist_ok=True)
    (target / "index.html.j2").write_text(page, encoding="utf-8")
    (target / "conf.json").write_text(json.dumps({"base_template": "lab"}), encoding="utf-8")
    paths = [str(root), *filter(None, os.environ.get("JUPYTER_PATH", "").split(os.pathsep))]
    return {"JUPYTER_PATH": os.pathsep.join(paths)}


def _wait_until_ready(process, host, port, log_path, ready_timeout) -> None:
    probe = f"http://{'127.0.0.1' if host == '0.0.0.0' else host}:{int(port)}/"
    deadline = time.monotonic() + ready_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"The Voila server stopped at start-up (see {log_path}).")
        try:
            with urllib.request.urlopen(probe, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise ServerError(f"The Voila server did not answer within {ready_timeout:.0f} s "
                      f"(see {log_path}).")


def stop_process_group(process: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a server and every kernel it started: SIGTERM, then SIGKILL after ``timeout``.

    Kernels run in process groups of their own; they are found by the server's marker
    (also those started while the server was shutting down) and stopped together with it.
    """
    marker = getattr(process, "marker", None)
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGTERM)
    if marker:
        _stop_marked([p for p in server_processes(marker) if p.pid != process.pid], timeout / 2)
    try:
        process.wait(timeout / 2)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)
    if marker:  # kernels the pool started while the server went down
        _stop_marked(server_processes(marker), 5)


def running_server(runtime_dir) -> dict | None:
    """Return the server recorded in ``runtime_dir/server.json`` if it still runs, else None.

    Returns
    -------
    dict or None
        ``pid``, ``port``, ``label``, ``started`` and ``processes`` (how many processes,
        server plus kernels, carry its marker).
    """
    path = Path(runtime_dir) / PID_FILE
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        marker = str(info["marker"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    procs = server_processes(marker)
    if not procs:
        return None
    return {**info, "processes": len(procs)}


def stop_recorded_server(runtime_dir, timeout: float = 20) -> int:
    """Stop the server recorded in ``runtime_dir`` and its kernels; returns how many stopped."""
    info = running_server(runtime_dir)
    if info is None:
        return 0
    procs = server_processes(info["marker"])
    _stop_marked(procs, timeout)
    return len(procs)


def port_owner(port: int) -> dict | None:
    """Return the esslingen-lab server listening on ``port`` (pid, marker), if one is."""
    try:
        connections = psutil.net_connections(kind="tcp")
    except (psutil.Error, OSError):
        return None
    for conn in connections:
        if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == int(port) \
                and conn.pid:
            try:
                marker = psutil.Process(conn.pid).environ().get(MARKER)
            except (psutil.Error, OSError):
                return None
            return {"pid": conn.pid, "marker": marker} if marker else None
    return None


def port_taken_message(port: int) -> str:
    """One line saying the port is taken, by whom, and what to do."""
    owner = port_owner(port)
    if owner is None:
        return (f"Port {port} is already in use; choose another with --port "
                f"(e.g. {int(port) + 1}).")
    return (f"Port {port} is used by an esslingen-lab server left running (process "
            f"{owner['pid']}); stop it with `kill {owner['pid']}` (its kernels stop with it) "
            f"or choose another --port.")


class ServedProcess:
    """``wait()`` and ``stop()`` for a running server object with a ``process`` attribute."""

    process: subprocess.Popen

    def wait(self) -> int:
        """Block until the server ends; returns its exit code."""
        return self.process.wait()

    def stop(self, timeout: float = 20) -> None:
        """Stop the server and its kernels (SIGTERM, then SIGKILL)."""
        stop_process_group(self.process, timeout)


# ---------------------------------------------------------------------- the server process
def _voila_app_class():
    """Voila with extra handlers, a parent watchdog and a quick, complete shutdown."""
    import importlib

    from tornado.ioloop import PeriodicCallback
    from voila.app import Voila

    _KernelAliveHandler = _kernel_alive_handler()

    from tornado.web import RequestHandler

    class _NotServed(RequestHandler):
        def get(self, *args):
            self.set_status(404)
            self.finish("Nicht verfügbar / not available")

    class LabVoila(Voila):
        """Voila that ends with its parent (``esslingen-lab … start``) and kills its kernels.

        ``ESSLINGEN_LAB_HANDLERS=module:function`` names a function turning Voila's handler
        list into the served one (the workshop adds its participant page and access gates).
        """

        def init_handlers(self):
            from jupyter_server.utils import url_path_join
            from tornado.web import StaticFileHandler

            handlers = [(url_path_join(self.server_url, r"/el-alive/([0-9a-f-]{36})"),
                         _KernelAliveHandler),
                        # no file listing: it needs no credential and links a public CDN
                        (url_path_join(self.server_url, r"/voila/tree(/.*)?"), _NotServed),
                        (url_path_join(self.server_url, r"/el-static/fontawesome/(.*)"),
                         StaticFileHandler, {"path": str(fontawesome_dir())}),
                        (url_path_join(self.server_url, r"/el-static/lab/(.*)"),
                         StaticFileHandler, {"path": str(DATA / "voila")}),
                        *super().init_handlers()]
            spec = os.environ.get(HANDLERS_ENV, "")
            if spec:
                module, function = spec.split(":")
                handlers = getattr(importlib.import_module(module), function)(self, handlers)
            return handlers

        def start(self):
            parent = int(os.environ.get(PARENT, os.getppid()))

            def _watch():
                if os.getppid() != parent:  # the command that started us is gone
                    self.log.warning("parent process ended: stopping server and kernels")
                    self._stop_kernels()
                    os._exit(0)

            PeriodicCallback(_watch, 2000).start()
            self.voila_configuration.page_config_hook = _without_mathjax
            super().start()

        def _stop_kernels(self):
            marker = os.environ.get(MARKER)
            if marker:
                _stop_marked([p for p in server_processes(marker) if p.pid != os.getpid()], 5)

        def stop(self):
            # shutdown_all asks each kernel in turn (30 s for a full pool); kernels hold no
            # state worth saving — every vote is already in SQLite.
            self._stop_kernels()
            super().stop()

    return LabVoila


def _kernel_alive_handler():
    from tornado.web import RequestHandler

    seen = set()  # kernels reported alive by this server process

    class KernelAliveHandler(RequestHandler):
        """``GET /el-alive/<kernel id>`` for watchdog.js (no content).

        200 while the kernel runs; 410 when it ran here and was stopped (page idle too long:
        reloading helps); 404 when this server never ran it (the server was restarted).
        """

        def get(self, kernel_id):
            """Answer whether the page's kernel still runs here."""
            self.set_header("Cache-Control", "no-store")
            if kernel_id in self.settings["kernel_manager"].list_kernel_ids():
                seen.add(kernel_id)
                self.set_status(200)
            else:
                self.set_status(410 if kernel_id in seen else 404)

    return KernelAliveHandler


def _without_mathjax(page_config, *args, base_url="/", **kwargs):
    # Respondent and facilitator text is never typeset: `$\\href{…}{…}$` would become a link.
    # Voila always loads a MathJax typesetter; with a MathJax URL set it picks the MathJax 2
    # one, which then loads this no-op stand-in from our own server (not a CDN).
    page_config["fullMathjaxUrl"] = f"{base_url}el-static/lab/no-mathjax.js"
    page_config["mathjaxConfig"] = "none"
    return page_config


def main() -> None:
    """Entry point of the server process (``python -m esslingen_lab.serve``)."""
    _voila_app_class().launch_instance()


if __name__ == "__main__":
    main()
