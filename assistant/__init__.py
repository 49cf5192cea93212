"""baocao assistant: answering, briefs and the surfaces people touch (CLI, UI).

``from assistant import Assistant`` is lazy so that ``assistant.errors`` and the CLI's
``--help`` stay fast (no torch, Chroma or Gradio import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.api import Assistant

__all__ = ["Assistant"]


def __getattr__(name: str) -> Any:
    if name == "Assistant":
        from assistant.api import Assistant

        return Assistant
    raise AttributeError(name)
