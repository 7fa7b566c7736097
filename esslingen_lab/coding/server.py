"""Serve the coding app (``notebooks/coding.ipynb``) with Voila for a group of coders.

``esslingen-lab coding start`` calls :func:`start_coding_server`: it checks the survey,
question and codebook first (a mistake is a one-line error, not a broken page), writes a
copy of the notebook with the parameters filled in (as papermill would) and starts Voila.
Every coder opens the same link, enters a name and codes; all codings go to one SQLite file.
The served page holds the app only; agreement, exports and the classifier are
``esslingen-lab coding agreement|export``, ``classify`` or the notebook in JupyterLab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from esslingen_lab.paths import notebooks_dir
from esslingen_lab.serve import (
    ServedProcess,
    ServerError,
    lan_address,
    launch_voila,
    port_is_free,
    port_taken_message,
    running_server,
)

__all__ = ["CodingServer", "notebook_path", "start_coding_server"]


def notebook_path() -> Path:
    """Return the coding notebook (``notebooks/coding.ipynb``, shipped in the wheel)."""
    return notebooks_dir() / "coding.ipynb"


@dataclass
class CodingServer(ServedProcess):
    """A running coding app: its link, where codings and exports go, and the process."""

    url: str
    store_path: Path
    output_dir: Path
    log_path: Path
    process: object = field(repr=False)


def start_coding_server(survey, question: str, *, codebook=None, store=None,
                        output_dir=None, port: int = 8867, host: str = "127.0.0.1",
                        language: str = "de", ready_timeout: float = 120) -> CodingServer:
    """Check the inputs and start the coding app for one free-text question.

    Parameters
    ----------
    survey : str or Path
        The survey.yml; its answers are shown redacted.
    question : str
        Free-text column to code.
    codebook : str or Path, default=None
        Codebook YAML; the bundled example when None.
    store : str or Path, default=None
        SQLite file of the codings; ``<output_dir>/codings.sqlite`` when None. Reuse it to
        continue coding later.
    output_dir : str or Path, default=None
        Exports (codings.xlsx, project.qdpx, kodiert.csv, vorhersagen.csv);
        ``outputs/coding/<survey name>-<question>`` when None.
    port : int, default=8867
    host : str, default='127.0.0.1'
        ``0.0.0.0`` lets other computers in the network code too.
    language : {"de", "en"}, default="de"
    ready_timeout : float, default=120

    Returns
    -------
    CodingServer

    Raises
    ------
    EsslingenLabError
        Bad survey, question or codebook (:class:`~esslingen_lab.errors.InputError`), or the
        port is taken or the server does not start (:class:`~esslingen_lab.serve.ServerError`).
    """
    from esslingen_lab.coding.codebook import example_codebook_path, load_codebook
    from esslingen_lab.surveys import load_spec, load_survey
    from esslingen_lab.surveys.survey import check_question

    survey = Path(survey).resolve()
    # the quick checks first: reading and redacting the answers and loading the notebook
    # tools take most of the start, a wrong question or codebook should not wait for them
    spec = load_spec(survey)
    check_question(spec, question)
    codebook = Path(codebook).resolve() if codebook else example_codebook_path()
    load_codebook(codebook)
    loaded = load_survey(spec)
    if loaded.texts(question).empty:
        raise ServerError(f"{survey}: question '{question}' has no answers to code")
    slug = re.sub(r"[^0-9A-Za-z_-]+", "_", f"{loaded.spec.name}-{question}")
    output_dir = Path(output_dir or Path("outputs") / "coding" / slug).resolve()
    runtime = output_dir / "app"
    earlier = running_server(runtime)
    if earlier is not None:
        raise ServerError(f"The coding app of {output_dir} is still running from an earlier "
                          f"start (process {earlier['pid']}, port {earlier['port']}); stop it "
                          f"with: kill {earlier['pid']}")
    if not port_is_free(host, int(port)):
        raise ServerError(port_taken_message(int(port)))
    output_dir.mkdir(parents=True, exist_ok=True)
    store = Path(store).resolve() if store else output_dir / "codings.sqlite"
    runtime.mkdir(exist_ok=True)

    import nbformat

    nb = nbformat.read(notebook_path(), as_version=4)
    parameters = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    values = {"survey_path": str(survey), "question": question,
              "codebook_path": str(codebook), "store_path": str(store),
              "output_dir": str(output_dir), "language": language}
    parameters.source += "\n# esslingen-lab coding start\n" + "".join(
        f"{key} = {value!r}\n" for key, value in values.items())
    # Coders get the app only: the analysis sections after it (agreement, classifier,
    # themes) would run again on every page load and keep each coder waiting.
    app = next(i for i, c in enumerate(nb.cells) if "CodingApp(" in c.source)
    nb.cells = nb.cells[: app + 1]
    nbformat.write(nb, runtime / "coding.ipynb")

    log_path = runtime / "server.log"
    process = launch_voila(runtime / "coding.ipynb", port=int(port), host=host,
                           log_path=log_path, cwd=runtime, ready_timeout=ready_timeout,
                           label=f"coding {slug}")
    shown = lan_address() if host in ("0.0.0.0", "") else host
    return CodingServer(url=f"http://{shown}:{int(port)}/", store_path=store,
                        output_dir=output_dir, log_path=log_path, process=process)

