"""The small exception hierarchy of baocao.

Messages are Vietnamese (they reach users at the CLI and UI edges) and say what to do.
Only the CLI and the UI catch ``BaocaoError``; everything else lets it travel.
"""

from __future__ import annotations


class BaocaoError(Exception):
    """Base class: ``str(err)`` is a Vietnamese message that says what went wrong and the fix."""


class ConfigError(BaocaoError):
    """A setting has a bad value; the message names the setting."""


class LoadError(BaocaoError):
    """A file could not be turned into a document. ``reason`` is a stable machine code."""

    def __init__(self, message: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason


class StoreError(BaocaoError):
    """The data directory or the vector store cannot be used as asked."""


class StoreLockedError(StoreError):
    """Another process holds the write lock of the embedded store."""


class EmbedderMismatchError(StoreError):
    """The collection was built with a different embedder than the one configured."""


class ModelUnavailableError(BaocaoError):
    """A model (embedder, reranker) cannot be loaded offline."""


class LLMError(BaocaoError):
    """The language model endpoint failed; callers fall back to quote mode."""
