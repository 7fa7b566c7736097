"""Stopping ``workshop start`` or ``coding start`` with a signal stops Voila and its kernels."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"
FIXTURE = ROOT / "tests" / "fixtures" / "report_survey" / "survey.yml"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_then_sigterm(args, while_running=None) -> str:
    """Run ``esslingen-lab ARGS`` until it says how to stop, then SIGTERM it.

    Asserts that a server was running and that it and every kernel are gone afterwards;
    ``while_running(output)`` is called before the signal. Returns the printed output.
    """
    process = subprocess.Popen([sys.executable, "-m", "esslingen_lab.cli", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               cwd=ROOT)
    lines = []
    try:
        deadline = time.monotonic() + 90
        for line in process.stdout:
            lines.append(line)
            if "Ctrl+C" in line or time.monotonic() > deadline:
                break
        if while_running is not None:
            while_running("".join(lines))
        children = psutil.Process(process.pid).children(recursive=True)
        assert children, "the Voila server should be running"
        process.send_signal(signal.SIGTERM)
        process.wait(60)
        _, alive = psutil.wait_procs(children, timeout=30)
        assert alive == []
    finally:
        if process.poll() is None:
            process.kill()
    return "".join(lines)


@pytest.mark.slow
def test_sigterm_stops_workshop_server_and_kernels(tmp_path):
    start_then_sigterm(["workshop", "start", str(SPEC), "--name", "signal_test",
                        "--participants", "1", "--port", str(_free_port()),
                        "--workshops-dir", str(tmp_path)])


@pytest.mark.slow
def test_coding_start_prints_personal_links_and_stops_on_sigterm(tmp_path):
    question = next(iter(yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["questions"]))
    port = _free_port()

    def open_the_personal_link(output):
        assert f"anna: http://127.0.0.1:{port}/?coder=anna" in output
        assert f"Ben Berg: http://127.0.0.1:{port}/?coder=Ben+Berg" in output
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?coder=anna", timeout=60) as page:
            assert page.status == 200

    start_then_sigterm(["coding", "start", str(FIXTURE), "--question", question,
                        "--port", str(port), "--output-dir", str(tmp_path),
                        "--coders", "anna, Ben Berg"], open_the_personal_link)
