"""Test helpers shared across the test suite.

``openai_server`` is a pytest fixture (a started :class:`ScriptedOpenAIServer`, stopped after
the test); a conftest makes it available with ``from tests.support import openai_server``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.openai_server import (
    Hang,
    Malformed,
    RecordedRequest,
    Reply,
    ScriptedOpenAIServer,
    Status,
    refused_port,
)

__all__ = [
    "Hang",
    "Malformed",
    "RecordedRequest",
    "Reply",
    "ScriptedOpenAIServer",
    "Status",
    "openai_server",
    "refused_port",
]


@pytest.fixture
def openai_server() -> Iterator[ScriptedOpenAIServer]:
    """A scripted OpenAI-compatible server on 127.0.0.1, stopped after the test."""
    with ScriptedOpenAIServer() as server:
        yield server
