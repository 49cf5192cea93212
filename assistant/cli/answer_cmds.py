"""Interim: this command group is being written (see COMMAND_MODULES in assistant/cli)."""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    """Adds no command yet."""
