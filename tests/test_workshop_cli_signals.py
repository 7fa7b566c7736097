"""Stopping `esslingen-lab workshop start` with a signal stops the Voila server and kernels."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "surveys" / "esslingen_demo" / "citizens" / "survey.yml"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_sigterm_stops_server_and_kernels(tmp_path):
    cli = [sys.executable, "-m", "esslingen_lab.cli", "workshop", "start", str(SPEC),
           "--name", "signal_test", "--participants", "1", "--port", str(_free_port()),
           "--workshops-dir", str(tmp_path)]
    process = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, cwd=ROOT)
    try:
        deadline = time.monotonic() + 90
        for line in process.stdout:
            if "Ctrl+C" in line or time.monotonic() > deadline:
                break
        children = psutil.Process(process.pid).children(recursive=True)
        assert children, "the Voila server should be running"
        process.send_signal(signal.SIGTERM)
        process.wait(60)
        gone, alive = psutil.wait_procs(children, timeout=30)
        assert alive == []
    finally:
        if process.poll() is None:
            process.kill()
