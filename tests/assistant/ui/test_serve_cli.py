"""``baocao serve``: options, the printed URL, a served page, a clean stop; ``--help`` stays light."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.cli import build_parser
from tests.assistant.ui.server import REPO, free_port


def test_serve_offers_host_and_port_but_no_share(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--help"])
    text = capsys.readouterr().out
    assert "--host" in text and "--port" in text and "--share" not in text
    args = build_parser().parse_args(["serve"])
    assert args.host is None and args.port is None  # defaults come from Settings (127.0.0.1:7860)


def test_help_does_not_import_gradio() -> None:
    code = (
        "import sys; from assistant.cli import build_parser; build_parser(); print('gradio' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_serve_prints_the_url_serves_the_app_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "BAOCAO_EMBEDDER": "hashing",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("BAOCAO_UI_PASSWORD", None)
    cmd = [
        sys.executable,
        "-m",
        "assistant.cli",
        "--data-dir",
        str(tmp_path / "data"),
        "serve",
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = _wait_for_line(proc, "đang chạy tại", timeout=120)
        url = f"http://127.0.0.1:{port}/"
        assert url in line
        page = httpx.get(url, timeout=10)
        assert page.status_code == 200 and "Trợ lý Báo cáo" in page.text
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Đang dừng" in out + err


@pytest.mark.slow
def test_serve_on_a_busy_port_says_so_in_vietnamese(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "BAOCAO_EMBEDDER": "hashing", "GRADIO_ANALYTICS_ENABLED": "False"}
        cmd = [
            sys.executable,
            "-m",
            "assistant.cli",
            "--data-dir",
            str(tmp_path),
            "serve",
            "--port",
            str(port),
        ]
        done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert f"không mở được cổng {port}" in done.stderr and "--port" in done.stderr
    assert "Cannot find" not in done.stderr


def _wait_for_line(proc: subprocess.Popen[str], needle: str, timeout: float) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if needle in line:
            return line
        if not line and proc.poll() is not None:
            raise AssertionError(f"serve exited early: {proc.stderr.read() if proc.stderr else ''}")
    raise AssertionError(f"no line with {needle!r} within {timeout} s")
