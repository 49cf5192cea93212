"""Citations of the facts a comparison answer quotes: one per (chunk, sentence), numbered in order."""

from __future__ import annotations

from typing import Any

from assistant.facts.model import Fact
from assistant.results import Citation


class Citer:
    """Call with a fact: the number of its citation (added on first use)."""

    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self.citations: list[Citation] = []

    def __call__(self, fact: Fact) -> int:
        for c in self.citations:
            if c.chunk_id == fact.chunk_id and c.passage == fact.quote:
                return c.n
        rows = self.bot.catalog.query("SELECT text FROM chunks WHERE chunk_id = ?", (fact.chunk_id,))
        meta = {
            "province": fact.province,
            "body": fact.body,
            "periods": fact.doc_periods,
            "metric": fact.metric,
        }
        citation = Citation(
            n=len(self.citations) + 1,
            source=fact.source,
            title=fact.title,
            date=fact.date,
            passage=fact.quote,
            chunk_id=fact.chunk_id,
            chunk_text=str(rows[0]["text"]) if rows else fact.quote,
            metadata=meta,
        )
        self.citations.append(citation)
        return citation.n
