"""Whenever ``workshop start`` or ``coding start`` ends, Voila and every kernel it started end too.

Processes are identified by the server's marker in their environment and by the command's
children, never by name.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest
import yaml
from click.testing import CliRunner

from esslingen_lab.cli import main
from esslingen_lab.serve import free_port, server_processes
from esslingen_lab.workshop.server import start_server

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
FIXTURE = ROOT / "tests" / "fixtures" / "report_survey" / "survey.yml"


def _wait(condition, timeout=90, every=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def _descendants(pid):
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


def _marker(runtime: Path) -> str:
    return json.loads((runtime / "server.json").read_text(encoding="utf-8"))["marker"]


def run_and_signal(args, runtime: Path, moment, sig, while_running=None) -> str:
    """Run ``esslingen-lab ARGS``, send ``sig`` when ``moment(output, runtime)`` is true.

    Asserts that the server had started and that none of its processes (Voila, kernels,
    also those in process groups of their own) is left afterwards. Returns the output.
    """
    process = subprocess.Popen([sys.executable, "-m", "esslingen_lab.cli", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               cwd=ROOT)
    lines, seen = [], set()
    try:
        import threading

        reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
        reader.start()
        assert _wait(lambda: moment("".join(lines), runtime) or process.poll() is not None), \
            "the moment to signal never came"
        assert process.poll() is None, "".join(lines)
        seen.update(_descendants(process.pid))
        if while_running is not None:
            while_running("".join(lines))
        marker = _marker(runtime)
        seen.update(server_processes(marker))
        assert seen, "a server process should be running"
        process.send_signal(sig)
        process.wait(60)
        _, alive = psutil.wait_procs(list(seen), timeout=30)
        assert alive == []
        assert server_processes(marker) == []
        assert process.returncode != 0 or sig == signal.SIGTERM
    finally:
        if process.poll() is None:
            process.kill()
    return "".join(lines)


def _stop_shown(output):
    """The last line of the links: how to stop (German by default)."""
    return "Beenden: Strg+C" in output or "Stop: Ctrl+C" in output


def launched(output, runtime):
    """Voila was launched but has not answered yet: the links are not printed."""
    return (runtime / "server.json").is_file() and not _stop_shown(output)


def links_printed(output, runtime):
    return _stop_shown(output)


def pool_filling(output, runtime):
    """Links printed, kernels usually still starting: the first moment after the links.

    The pool may fill before the links are printed (a quiet machine); waiting for a moment
    that has passed would never end, so the signal then goes to a full pool instead.
    """
    return _stop_shown(output)


def pool_filled(output, runtime):
    if not _stop_shown(output):
        return False
    log = (runtime / "server.log").read_text(encoding="utf-8", errors="replace")
    return log.count("is filled with") >= 2


def _workshop(tmp_path, name="signal_test"):
    args = ["workshop", "start", str(SPEC), "--name", name, "--port", str(free_port()),
            "--workshops-dir", str(tmp_path)]
    return args, tmp_path / f"{name}.voila"


@pytest.mark.slow
@pytest.mark.parametrize(("moment", "sig"), [
    (launched, signal.SIGTERM), (launched, signal.SIGINT), (launched, signal.SIGHUP),
    (pool_filling, signal.SIGINT), (pool_filled, signal.SIGTERM)])
def test_signal_at_any_moment_stops_server_and_kernels(tmp_path, moment, sig):
    args, runtime = _workshop(tmp_path)
    run_and_signal(args, runtime, moment, sig)


@pytest.mark.slow
def test_killed_command_takes_its_server_along(tmp_path):
    """Even SIGKILL of the command (no handler can run) leaves no server behind for long."""
    args, runtime = _workshop(tmp_path, "killed")
    process = subprocess.Popen([sys.executable, "-m", "esslingen_lab.cli", *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        assert _wait(lambda: (runtime / "server.json").is_file()
                     and server_processes(_marker(runtime)))
        marker = _marker(runtime)
        process.kill()
        process.wait(10)
        assert _wait(lambda: not server_processes(marker), timeout=60)
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.slow
def test_second_start_names_the_running_server_and_stop_ends_it(tmp_path):
    port = free_port()
    server = start_server(None, "twice", port=port, workshops_dir=tmp_path)
    try:
        runner = CliRunner()
        again = runner.invoke(main, ["workshop", "start", str(SPEC), "--name", "twice",
                                     "--port", str(free_port()), "--workshops-dir",
                                     str(tmp_path)])
        assert again.exit_code != 0 and "Traceback" not in again.output
        assert f"process {server.process.pid}" in again.output
        assert "esslingen-lab workshop stop twice" in again.output
        assert len(again.output.strip().splitlines()) == 1
        other = runner.invoke(main, ["workshop", "start", str(SPEC), "--name", "other",
                                     "--port", str(port), "--workshops-dir", str(tmp_path)])
        assert other.exit_code != 0 and f"process {server.process.pid}" in other.output
        marker = server.process.marker
        stopped = runner.invoke(main, ["workshop", "stop", "twice", "--workshops-dir",
                                       str(tmp_path)])
        assert stopped.exit_code == 0 and "beendet" in stopped.output
        assert _wait(lambda: not server_processes(marker), timeout=30)
    finally:
        server.stop()


@pytest.mark.slow
def test_coding_start_prints_personal_links_and_stops_on_sigterm(tmp_path):
    question = next(iter(yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["questions"]))
    port = free_port()

    def open_the_personal_link(output):
        assert f"anna: http://127.0.0.1:{port}/?coder=anna" in output
        assert f"Ben Berg: http://127.0.0.1:{port}/?coder=Ben+Berg" in output
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?coder=anna", timeout=60) as page:
            assert page.status == 200
            assert b"cdn.jsdelivr" not in page.read()

    run_and_signal(["coding", "start", str(FIXTURE), "--question", question,
                    "--port", str(port), "--output-dir", str(tmp_path),
                    "--coders", "anna, Ben Berg"], tmp_path / "app", links_printed,
                   signal.SIGTERM, open_the_personal_link)


@pytest.mark.slow
def test_sigterm_to_a_left_over_server_alone_stops_its_kernels(tmp_path):
    """`kill PID` (what the port message suggests) ends the server and its kernels quickly."""
    server = start_server(None, "leftover", port=free_port(), workshops_dir=tmp_path)
    try:
        marker = server.process.marker
        assert _wait(lambda: len(server_processes(marker)) >= 3)  # Voila + desk + projector
        started = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        assert _wait(lambda: not server_processes(marker), timeout=30)
        print(f"all processes gone {time.monotonic() - started:.1f} s after SIGTERM")
    finally:
        server.stop()
