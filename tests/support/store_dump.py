"""A comparable snapshot of a data directory: catalog, Chroma records and lexical index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def dump_store(data_dir: Path, collection: str = "baocao") -> dict[str, Any]:
    """Everything that must be equal between two stores built from the same files.

    Timestamps are left out; the lexical index is compared by the chunk ids it covers and
    the catalog generation it claims to reflect (it must equal the catalog's).
    """
    from vectorstore.catalog import Catalog
    from vectorstore.lexical import LexicalIndex
    from vectorstore.store import VectorStore, make_client

    catalog = Catalog(data_dir / "catalog.sqlite")
    documents = {r.doc_id: {**r.public_dict(), "ingested_at": None} for r in catalog.documents()}
    chunks = {}
    for row in catalog.chunk_rows():
        fields = dict(zip(row.keys(), row, strict=True))
        fields.pop("doc_metadata")
        chunks[str(row["chunk_id"])] = fields
    extra = _extension_tables(catalog)
    generation = catalog.generation
    catalog.close()
    client = make_client(data_dir)
    recorded = VectorStore.recorded_embedder(client, collection) or ""
    vectors = VectorStore(client, collection, recorded, check=False).dump() if recorded else {}
    lexical = LexicalIndex(data_dir / "lexical")
    return {
        "documents": documents,
        "chunks": chunks,
        "extension_tables": extra,
        "vectors": {k: (doc, json.dumps(meta, sort_keys=True)) for k, (doc, meta) in vectors.items()},
        "lexical_ids": sorted(lexical.chunk_ids),
        "lexical_in_step": lexical.generation == generation,
        "generation": generation,
    }


def _extension_tables(catalog: Any) -> dict[str, list[tuple[Any, ...]]]:
    names = [
        r["name"]
        for r in catalog.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        if r["name"] not in {"documents", "chunks", "state"} and not r["name"].startswith("sqlite")
    ]
    return {n: sorted(tuple(r) for r in catalog.query(f"SELECT * FROM {n}")) for n in names}
