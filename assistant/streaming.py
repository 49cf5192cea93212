"""Quote-mode streaming: an answer's text cut into a few pieces."""

from __future__ import annotations

from collections.abc import Iterator

_STREAM_PIECES = 4


def pieces(text: str, n: int = _STREAM_PIECES) -> Iterator[str]:
    """``text`` in about ``n`` pieces cut at line or word boundaries (quote-mode streaming)."""
    size = max(1, len(text) // n)
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + 1, end + 1)
            cut = cut if cut > start else text.rfind(" ", start + 1, end + 1)
            end = cut if cut > start else end
        yield text[start:end]
        start = end
