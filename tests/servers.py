"""Real server processes on 127.0.0.1 for the tests: ``oxigraph serve`` and ``kg serve``.

Each is started as a subprocess on a free port and stopped with SIGTERM; nothing is
mocked, and all traffic stays on the loopback interface.
"""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, what: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2)
            return
        except OSError:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                pytest.fail(f"{what} exited with {proc.returncode}: {err[-800:]}")
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"{what} did not answer within {timeout} s")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def oxigraph_exe() -> str:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        pytest.fail("the oxigraph server is not installed (pip install oxigraph): it is a test dependency")
    return exe


@contextmanager
def oxigraph_server(location: Path, *, read_only: bool = False) -> Iterator[str]:
    """``oxigraph serve`` on ``location``; yields the query URL (``…/query``)."""
    port = free_port()
    mode = "serve-read-only" if read_only else "serve"
    proc = subprocess.Popen([oxigraph_exe(), mode, "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait(url, proc, "oxigraph serve")
        yield url
    finally:
        _stop(proc)


@contextmanager
def kg_server(store: Path, *extra: str) -> Iterator[str]:
    """``kg serve`` on ``store`` (port chosen by the server); yields the query URL it prints."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        line = proc.stderr.readline().decode(errors="replace")
        m = re.search(r"at (http://127\.0\.0\.1:\d+/query)", line)
        if not m:
            rest = proc.stderr.read().decode(errors="replace") if proc.poll() is not None else ""
            pytest.fail(f"kg serve did not start: {line}{rest[-800:]}")
        _wait(m.group(1), proc, "kg serve")
        yield m.group(1)
    finally:
        _stop(proc)
