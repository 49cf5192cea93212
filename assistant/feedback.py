"""User feedback on answers: an append-only JSONL log in ``<data_dir>/feedback.jsonl``.

One JSON object per line: time, rating ("up"/"down"/""), comment, question, answer text,
mode and the cited sources. Appends are serialised by a lock (threads of one process) and
written with one ``os.write`` on a file opened with O_APPEND, so that records from several
processes do not interleave within a line.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FEEDBACK_FILE = "feedback.jsonl"
RATINGS = ("up", "down", "")
_MAX_COMMENT = 4000


class FeedbackLog:
    """Append feedback records to ``path`` (thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> FeedbackLog:
        return cls(Path(data_dir) / FEEDBACK_FILE)

    def append(
        self,
        *,
        rating: str,
        question: str,
        answer: str,
        sources: Sequence[Mapping[str, Any]] = (),
        comment: str = "",
        mode: str = "",
    ) -> dict[str, Any]:
        """Write one record and return it. ``rating`` is "up", "down" or "" (comment only)."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}, not {rating!r}")
        record = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "rating": rating,
            "comment": comment.strip()[:_MAX_COMMENT],
            "question": question,
            "answer": answer,
            "mode": mode,
            "sources": [_source(s) for s in sources],
        }
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                written = 0
                while written < len(data):  # one call in practice; loop on a short write
                    written += os.write(fd, data[written:])
            finally:
                os.close(fd)
        return record

    def read(self) -> list[dict[str, Any]]:
        """All records, oldest first (a torn last line is ignored)."""
        if not self.path.exists():
            return []
        records = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return records


def _source(citation: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a citation worth keeping with feedback."""
    keys = ("n", "source", "title", "date", "passage", "chunk_id")
    return {k: citation.get(k, "") for k in keys}
