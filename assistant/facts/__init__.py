"""Key figures extracted at ingest and stored beside the catalog (see the facts issue).

Interim: no extension tables yet; the facts work replaces ``catalog_extensions``.
"""

from __future__ import annotations

from vectorstore.catalog import DocumentWriter


def catalog_extensions() -> tuple[tuple[str, ...], list[DocumentWriter]]:
    """SQL schema snippets and per-document writers that the catalog must run."""
    return (), []
