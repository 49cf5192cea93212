"""A running app for the UI tests (started once per test session, on 127.0.0.1)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

from tests.assistant.ui.server import RunningApp, start_app

# Before Gradio is imported: no telemetry, uploads cached in a private temp folder.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("GRADIO_TEMP_DIR", tempfile.mkdtemp(prefix="baocao-gradio-tests-"))


@pytest.fixture(scope="session")
def ui_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """The app over the samples and a hostile report; tests here must not change its store."""
    app = start_app(tmp_path_factory.mktemp("ui-app"))
    yield app
    app.close()


@pytest.fixture(scope="module")
def writable_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """A separate app per module for tests that change the store; small upload limit (1 MB)."""
    app = start_app(tmp_path_factory.mktemp("ui-library"), upload_max_mb=1)
    yield app
    app.close()
