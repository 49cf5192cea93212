"""A real Chroma server for tests: ``chroma run`` on 127.0.0.1 (a free port) over a temp path.

    with ChromaServer(tmp_path / "chroma") as server:
        settings = Settings.load({"data_dir": ..., "chroma_url": server.url}, environ={})

The ``chroma`` command is the one installed next to the running Python. Start waits for the
server's heartbeat (with a deadline, and the server's own output in the failure message);
``stop`` terminates it, then kills it if it does not exit.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

START_DEADLINE_S = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chroma_command() -> str:
    """The ``chroma`` CLI of this environment (the venv's bin dir, else the PATH)."""
    beside = Path(sys.executable).with_name("chroma")
    if beside.is_file():
        return str(beside)
    found = shutil.which("chroma")
    if not found:
        raise RuntimeError(f"the `chroma` command is neither beside {sys.executable} nor on PATH")
    return found


class ChromaServer:
    """One ``chroma run`` process; ``url`` is what BAOCAO_CHROMA_URL would hold."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path = path
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = path.with_name(path.name + "-server.log")
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, deadline_s: float = START_DEADLINE_S) -> ChromaServer:
        self.path.mkdir(parents=True, exist_ok=True)
        cmd = [chroma_command(), "run", "--path", str(self.path), "--host", "127.0.0.1"]
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_COLOR": "1"}
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [*cmd, "--port", str(self.port)], stdout=log, stderr=subprocess.STDOUT, env=env
            )
        self._wait_alive(deadline_s)
        return self

    def _wait_alive(self, deadline_s: float) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.proc.returncode}:\n{self.output()}")
            if self.alive():
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"chroma run gave no heartbeat within {deadline_s:g} s:\n{self.output()}")

    def alive(self) -> bool:
        try:
            return httpx.get(f"{self.url}/api/v2/heartbeat", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def output(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=15)

    def __enter__(self) -> ChromaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """A Chroma server for the tests of one module (each test uses its own collection)."""
    with ChromaServer(tmp_path_factory.mktemp("chroma-server") / "chroma") as server:
        yield server
