"""Start one Voila server for a workshop: kernel pool, culling, links and QR code.

``esslingen-lab workshop start`` and the browser tests and benchmark call
:func:`start_server`; it returns a :class:`WorkshopServer` with the three links.
"""

from __future__ import annotations

import json
import os
import subprocess
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from esslingen_lab.paths import notebooks_dir
from esslingen_lab.serve import (
    ServedProcess,
    ServerError,
    lan_address,
    launch_voila,
    port_is_free,
    port_taken_message,
    running_server,
    stop_recorded_server,
)
from esslingen_lab.workshop import env as workshop_env
from esslingen_lab.workshop.env import server_env
from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.store import WorkshopStore, validate_name

#: The two Voila app notebooks; each is a couple of lines calling :mod:`.apps`. The
#: participant page has no notebook and no kernel (:mod:`.web`).
NOTEBOOKS = {
    "facilitator.ipynb": ["from esslingen_lab.workshop.apps import facilitator_app",
                          "facilitator_app()"],
    "results.ipynb": ["from esslingen_lab.workshop.apps import results_app", "results_app()"],
}


class WorkshopServerError(WorkshopError):
    """The Voila server of a workshop could not be started."""


def notebook_dir() -> Path:
    """Folder with the workshop notebooks (``notebooks/workshop``, shipped in the wheel)."""
    return notebooks_dir() / "workshop"


def write_notebooks(folder) -> Path:
    """Write the thin app notebooks (without outputs) to ``folder``; returns it."""
    import nbformat

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in NOTEBOOKS.items():
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                     "language": "python"}
        nb.cells = [nbformat.v4.new_code_cell(line) for line in lines]
        for index, cell in enumerate(nb.cells):
            cell["id"] = f"{Path(name).stem}-{index}"  # stable ids keep git diffs empty
        nbformat.write(nb, folder / name, version=4)
    return folder


def voila_config(*, host: str, port: int, cull_minutes: float,
                 fill_delay: float = 30.0) -> dict:
    """Voila settings for a workshop: one pre-heated kernel per app and idle-kernel culling.

    Parameters
    ----------
    host, port : str, int
        Where the server listens.
    cull_minutes : float
        Kernels idle this long without a connected page are shut down (a closed phone tab
        leaves its kernel running otherwise).
    fill_delay : float, default=30
        Seconds before a used pool kernel is replaced.

    Returns
    -------
    dict
        Content of ``voila.json``.
    """
    return {
        "Voila": {"ip": host, "port": int(port), "open_browser": False},
        "VoilaConfiguration": {"preheat_kernel": True, "default_pool_size": 1,
                               "show_tracebacks": False, "strip_sources": True},
        "VoilaKernelManager": {
            "fill_delay": float(fill_delay),
            "kernel_pools_config": {
                "default": {"pool_size": 1},
                "facilitator.ipynb": {"pool_size": 1},
                "results.ipynb": {"pool_size": 1},
            },
        },
        "MappingKernelManager": {"cull_idle_timeout": int(cull_minutes * 60),
                                 "cull_interval": 30, "cull_connected": False,
                                 "cull_busy": False},
    }


@dataclass
class WorkshopServer(ServedProcess):
    """A running workshop server and its links.

    Attributes
    ----------
    name, code : str
        Workshop name and the short code participants type.
    facilitator_url, participant_url, results_url : str
        Links; the facilitator link carries the secret, the results link its key.
    qr_path : Path
        PNG with the participant link as QR code.
    process : subprocess.Popen
        The Voila process.
    log_path : Path
        Where Voila's log goes.
    """

    name: str
    code: str
    facilitator_url: str
    participant_url: str
    results_url: str
    qr_path: Path
    db_path: Path
    log_path: Path
    process: subprocess.Popen = field(repr=False)


def _links(host: str, port: int, code: str, secret: str, results_key: str,
           public_host: str | None = None) -> dict:
    shown = public_host or (lan_address() if host in ("0.0.0.0", "") else host)
    base = f"http://{shown}:{port}/voila/render"
    return {
        "code": code,
        "participant": f"http://{shown}:{port}/participant?{urlencode({'code': code})}",
        "results": f"{base}/results.ipynb?{urlencode({'key': results_key})}",
        "facilitator": f"{base}/facilitator.ipynb?{urlencode({'secret': secret})}",
    }


def write_qr(url: str, path) -> Path:
    """Write ``url`` as a QR code PNG (for the projector); returns the path."""
    import qrcode

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image = qrcode.make(url, box_size=12, border=3)
    image.save(path)
    return path


def start_server(survey, name: str, *, participants: int = 30, port: int = 8866,
                 host: str = "127.0.0.1", workshops_dir="outputs/workshops",
                 title: str | None = None, language: str = "de", theme_model=None,
                 cull_minutes: float = 10, fill_delay: float = 30.0,
                 ready_timeout: float = 120, seed: int | None = None) -> WorkshopServer:
    """Create (or reopen) a workshop and start its Voila server.

    Parameters
    ----------
    survey : str or Path or None
        The survey.yml whose redacted answers the facilitator can fit themes on.
    name : str
        Workshop name; state goes to ``<workshops_dir>/<name>.db``.
    participants : int, default=30
        Expected participants (1-200); the participant page needs no kernel, so this only
        checks the figure.
    port : int, default=8866
        TCP port.
    host : str, default='127.0.0.1'
        Interface to bind; ``0.0.0.0`` serves the room's network (warns).
    workshops_dir : str or Path, default='outputs/workshops'
        Folder of the workshop files.
    title : str, default=None
        Heading of the apps (default: the name).
    language : {'de', 'en'}, default='de'
        Default language of the apps.
    theme_model : str or Path, default=None
        Saved ThemeModel to offer in the facilitator app.
    cull_minutes : float, default=10
        Shut down kernels idle this long with no page connected.
    fill_delay : float, default=30
        Seconds before a used pool kernel is replaced.
    ready_timeout : float, default=120
        Seconds to wait for the server to answer.
    seed : int, default=None
        Seed of the desk's theme fit (``workshop start --seed``); when None, the variable
        ``ESSLINGEN_LAB_SEED`` (:data:`esslingen_lab.workshop.env.ENV_SEED`) of this process,
        else :data:`esslingen_lab.defaults.DEFAULT_SEED`.

    Returns
    -------
    WorkshopServer
        Running server with its links; call ``stop()`` to end it.

    Raises
    ------
    WorkshopServerError
        When the port is taken or the server does not come up.
    """
    name = validate_name(name)
    if not 1 <= int(participants) <= 200:
        raise WorkshopServerError(Reason.INVALID_VALUE, "--participants must be 1-200.")
    if host == "0.0.0.0":
        warnings.warn(
            "The workshop is reachable by every device in this network (host 0.0.0.0). "
            "Use it only in the room's trusted network and stop the server afterwards.",
            UserWarning, stacklevel=2)
    workshops_dir = Path(workshops_dir).resolve()
    runtime = workshops_dir / f"{name}.voila"
    earlier = running_server(runtime)
    if earlier is not None:
        raise WorkshopServerError(
            Reason.INVALID_STATE,
            f"Workshop '{name}' is still served by an earlier start (process {earlier['pid']}, "
            f"port {earlier['port']}, {earlier['processes']} processes with its kernels); stop "
            f"it with: esslingen-lab workshop stop {name}"
            + ("" if workshops_dir == Path("outputs/workshops").resolve()
               else f" --workshops-dir {workshops_dir}"))
    if not port_is_free(host, int(port)):
        raise WorkshopServerError(Reason.INVALID_VALUE, port_taken_message(int(port)))
    db_path = workshops_dir / f"{name}.db"
    store = WorkshopStore.create(db_path, name, title=title, language=language,
                                 survey=str(Path(survey).resolve()) if survey else None)
    secret = store.rotate_secret()
    links = _links(host, int(port), store.meta()["code"], secret, store.results_key())
    qr_path = write_qr(links["participant"], workshops_dir / f"{name}-qr.png")

    runtime.mkdir(parents=True, exist_ok=True)
    config = voila_config(host=host, port=int(port),
                          cull_minutes=cull_minutes, fill_delay=fill_delay)
    (runtime / "voila.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    folder = notebook_dir()
    if not all((folder / name).is_file() for name in NOTEBOOKS):
        folder = write_notebooks(runtime / "notebooks")  # installed package: no source tree
    env = dict(os.environ)
    env.update(server_env(
        db_path=db_path, survey=Path(survey).resolve() if survey else "",
        theme_model=Path(theme_model).resolve() if theme_model else "", links=links,
        seed=seed if seed is not None else workshop_env.seed(),
        hosts=[h for h in (host, urlsplit(links["participant"]).hostname)
               if h not in ("", "0.0.0.0")]))
    env["PYTHONUNBUFFERED"] = "1"
    log_path = runtime / "server.log"
    try:
        process = launch_voila(folder, port=int(port), host=host, log_path=log_path, env=env,
                               cwd=runtime, ready_timeout=ready_timeout, label=name,
                               options=[f"--Voila.config_file_paths=['{runtime}']"])
    except ServerError as exc:
        raise WorkshopServerError(Reason.INVALID_STATE, str(exc)) from None
    return WorkshopServer(name=name, code=links["code"], facilitator_url=links["facilitator"],
                          participant_url=links["participant"], results_url=links["results"],
                          qr_path=qr_path, db_path=db_path, log_path=log_path,
                          process=process)


def pool_ready(server: WorkshopServer) -> bool:
    """Tell whether Voila's log reports the desk's and the projector's kernels ready."""
    try:
        log = server.log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return all(f"{page} is filled with 1 kernel" in log for page in NOTEBOOKS)


def stop_workshop(name: str, workshops_dir="outputs/workshops") -> int:
    """Stop a workshop server left running by an earlier start; returns processes stopped."""
    name = validate_name(name)
    return stop_recorded_server(Path(workshops_dir).resolve() / f"{name}.voila")
