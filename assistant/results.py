"""Result dataclasses returned by the Assistant: answers with citations."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

AnswerMode = Literal["llm", "quote"]


@dataclass
class Citation:
    """Source number ``n`` of an answer: where the quoted passage comes from."""

    n: int
    source: str
    title: str
    date: str
    passage: str  # the quoted sentence(s) that support the claim
    chunk_id: str = ""
    chunk_text: str = ""  # the whole chunk, so a UI can show the passage in context
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Answer:
    """An answer in Vietnamese with numbered citations ``[n]`` that point into ``citations``."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    mode: AnswerMode = "quote"
    refused: bool = False
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    question: str = ""
    standalone_question: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
