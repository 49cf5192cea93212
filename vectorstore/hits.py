"""The result type of retrieval."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Hit:
    """One retrieved chunk.

    ``source`` is the file path as ingested; ``metadata`` holds the document metadata
    (title, date, periods, province, body, body_key, doc_number, doc_type) and the chunk's
    own (section, page, kind, doc_id, context).
    """

    text: str
    score: float
    source: str
    chunk_id: str
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        return str(self.metadata.get("doc_id", ""))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
