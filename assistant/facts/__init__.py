"""Key figures extracted at ingest and stored beside the catalog.

Each document's facts (metric, value as written and as a number, unit, period, body,
province, source chunk and quoted sentence) are extracted by ``extract.extract_document_facts``
from its chunks and written in the document's own catalog transaction, so that they follow
ingest, update and removal and survive a crash the same way the chunks do. Queries are in
``store`` (``query_facts``, ``series``, ``best_fact``); the metric vocabulary in ``metrics``.
"""

from __future__ import annotations

from assistant.facts.model import Fact
from vectorstore.catalog import DocumentWriter

__all__ = ["Fact", "catalog_extensions"]


def catalog_extensions() -> tuple[tuple[str, ...], list[DocumentWriter]]:
    """SQL schema snippets and per-document writers that the catalog must run."""
    from assistant.facts.store import SCHEMA, write_document_facts

    return (SCHEMA,), [write_document_facts]
