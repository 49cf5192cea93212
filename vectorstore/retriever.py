"""Hybrid retrieval: BM25 and (when a neural embedder is configured) dense, fused by RRF."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.embeddings import Embeddings

from vectorstore.catalog import Catalog
from vectorstore.hits import Hit
from vectorstore.lexical import LexicalIndex
from vectorstore.store import VectorStore

RRF_K = 60


def rrf(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal Rank Fusion of ranked id lists."""
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank + 1)
    return fused


def make_retriever(
    catalog: Catalog,
    store: VectorStore,
    lexical: LexicalIndex,
    embeddings: Embeddings,
    *,
    dense: bool,
    reranker: str = "",
    hf_offline: bool = False,
) -> HybridRetriever:
    """The retriever of an opened store (``reranker``: a CrossEncoder name or path, or "")."""
    return HybridRetriever(catalog, store, lexical, embeddings, dense=dense)


class HybridRetriever:
    """Search over the lexical index and the vector store of one catalog."""

    notices: list[str]

    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        lexical: LexicalIndex,
        embeddings: Embeddings,
        *,
        dense: bool,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.lexical = lexical
        self.embeddings = embeddings
        self.dense = dense
        self.notices = []

    def search(self, query: str, k: int = 10, filters: dict[str, Any] | None = None) -> list[Hit]:
        depth = max(50, k * 5)
        rankings = [[cid for cid, _ in self.lexical.search(query, depth)]]
        if self.dense:
            vector = self.embeddings.embed_query(query)
            rankings.append([m.chunk_id for m in self.store.query(vector, depth)])
        fused = rrf(rankings)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])
        hits = [self.hit(cid, score) for cid, score in ranked]
        return [h for h in hits if h is not None and _matches(h, filters)][:k]

    def hit(self, chunk_id: str, score: float) -> Hit | None:
        rows = self.catalog.query(
            "SELECT c.*, d.source, d.metadata AS doc_metadata FROM chunks c "
            "JOIN documents d ON d.doc_id = c.doc_id WHERE c.chunk_id = ?",
            (chunk_id,),
        )
        if not rows:
            return None
        row = rows[0]
        meta = json.loads(row["doc_metadata"])
        meta.update(
            doc_id=row["doc_id"],
            section=row["section"],
            page=row["page"],
            kind=row["kind"],
            context=row["context"],
        )
        return Hit(text=row["text"], score=score, source=row["source"], chunk_id=chunk_id, metadata=meta)


def _matches(hit: Hit, filters: dict[str, Any] | None) -> bool:
    if not filters:
        return True
    for key, wanted in filters.items():
        value = hit.metadata.get(key)
        if isinstance(value, list):
            if wanted not in value:
                return False
        elif value != wanted:
            return False
    return True
