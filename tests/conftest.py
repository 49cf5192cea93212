"""Fixtures shared by every test package.

The whole suite runs with the network cut off except loopback: a test that tries to reach the
internet (a model download, a telemetry call) fails loudly instead of hanging.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

SHARED = next(
    (p for p in (Path(__file__).resolve().parents[2] / "shared", Path("/work/shared")) if p.is_dir()),
    None,
)
DEV_DOCS = SHARED / "corpus" / "dev" / "docs" if SHARED else None


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in ("localhost", "::1") or host.startswith("127.")
    return True  # unix sockets and the like


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "create_connection", _guarded_create_connection(socket.create_connection))


def _guarded_create_connection(real):  # type: ignore[no-untyped-def]
    def create(address, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"test tried to reach the network: {address!r}")
        return real(address, *args, **kwargs)

    return create


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for an empty data directory with the offline hashing embedder, no LLM."""
    return Settings.load({"data_dir": tmp_path / "data", "embedder": "hashing"}, environ={})


@pytest.fixture
def shared_dev_docs() -> Iterator[Path]:
    if DEV_DOCS is None or not DEV_DOCS.is_dir():
        pytest.skip("../shared/corpus/dev is not available")
    yield DEV_DOCS
