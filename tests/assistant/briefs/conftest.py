"""A store of the bundled sample reports, built once for the brief tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant import Assistant
from assistant.config import Settings
from tests.support import openai_server

__all__ = ["open_bot", "openai_server", "samples_store"]

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "reports"


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory holding every sample report (hashing embedder, no LLM)."""
    root = tmp_path_factory.mktemp("briefs")
    reports = root / "reports"
    shutil.copytree(SAMPLES, reports)
    settings = Settings.load({"data_dir": root / "data", "embedder": "hashing"}, environ={})
    with Assistant.open(settings=settings) as bot:
        assert bot.ingest([reports]).added == len(list(SAMPLES.iterdir()))
    return root / "data"


@pytest.fixture
def open_bot(samples_store: Path) -> Iterator[Callable[..., Assistant]]:
    """Open the samples store (with extra settings, e.g. an LLM); closed after the test.

    The embedded store admits one open Assistant: a second call closes the first."""
    opened: list[Assistant] = []

    def run(**overrides: Any) -> Assistant:
        if opened and not overrides:
            return opened[-1]
        while opened:
            opened.pop().close()
        values = {"data_dir": samples_store, "embedder": "hashing", **overrides}
        opened.append(Assistant.open(settings=Settings.load(values, environ={})))
        return opened[-1]

    yield run
    while opened:
        opened.pop().close()
