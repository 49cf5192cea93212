"""Fixtures for the assistant tests: the scripted OpenAI server and settings pointing at it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Secret, Settings
from tests.support import ScriptedOpenAIServer, openai_server

__all__ = ["llm_settings", "openai_server"]

TEST_KEY = "sk-test-SECRET-9f8e7d6c5b4a"


@pytest.fixture
def llm_settings(openai_server: ScriptedOpenAIServer, tmp_path: Path) -> Callable[..., Settings]:
    """Build Settings for the scripted server: short timeout, fast tests."""

    def build(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "data_dir": tmp_path,
            "llm_base_url": openai_server.base_url,
            "llm_model": "scripted-model",
            "llm_api_key": Secret(TEST_KEY),
            "llm_timeout": 1.0,
            "llm_max_retries": 2,
        }
        values.update(overrides)
        return Settings(**values)

    return build
