"""Hybrid retrieval that finds the right province, body and period.

One search: the question is read (``vectorstore.query``), every chunk gets its BM25 score times
its document's metadata factor (``vectorstore.scoring``: filters, province, body, period tiers,
report number) and its chunk's factor (tasks ahead or results), and, when no period and no
document number is named, a preference for recent reports (a chunk of an older report that
states a phrase of the question the newer ones lack keeps its score); a summary question
prefers the chunks with the report's key figures; a question about the theme of a
year prefers the chunks that state it over those that propose or mention one, and a number
question those with a figure beside its words (``vectorstore.figures``). With a neural
embedder the dense ranking from Chroma (same factors) is fused with it by Reciprocal Rank
Fusion; an optional cross-encoder reranks the best candidates. A comparison is searched side
by side and the sides are interleaved, so each side's best evidence is in the top results.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from vectorstore.catalog import Catalog
from vectorstore.figures import prefer_figures, prefer_key_figures
from vectorstore.hits import Hit
from vectorstore.lexical import LexicalIndex, LexicalSnapshot
from vectorstore.notes import Evidence, retrieval_notes
from vectorstore.query import QueryIntent, parse_question
from vectorstore.ranking import (
    interleave,
    keep_stated_phrases,
    plan_factor,
    prefer_recent,
    prefer_stated_theme,
    search_tokens,
    top_rows,
)
from vectorstore.rerank import CrossEncoderReranker, make_reranker
from vectorstore.scoring import DocWeights, doc_weights
from vectorstore.store import VectorStore

log = logging.getLogger(__name__)

RRF_K = 60
MIN_DEPTH = 50
RERANK_DEPTH = 30


def rrf(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal Rank Fusion of ranked id lists."""
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank + 1)
    return fused


@dataclass
class Retrieval:
    """The hits of one search, the question as understood, and notes (Vietnamese) on how."""

    hits: list[Hit]
    intent: QueryIntent
    notes: list[str] = field(default_factory=list)


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
    """The retriever of an opened store (``reranker``: a CrossEncoder path or cached name, or "").

    Reranker models are only ever loaded from this machine, whatever ``hf_offline`` says.
    """
    model, notice = make_reranker(reranker)
    retriever = HybridRetriever(catalog, store, lexical, embeddings, dense=dense, reranker=model)
    if notice:
        retriever.notices.append(notice)
    return retriever


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
        reranker: CrossEncoderReranker | None = None,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.lexical = lexical
        self.embeddings = embeddings
        self.dense = dense
        self.reranker = reranker
        self.notices = []

    def search(self, query: str, k: int = 10, filters: dict[str, Any] | None = None) -> list[Hit]:
        return self.retrieve(query, k, filters).hits

    def retrieve(self, query: str, k: int = 10, filters: dict[str, Any] | None = None) -> Retrieval:
        """The best ``k`` chunks for ``query`` with the intent read from it and notes."""
        intent = parse_question(query)
        snap = self.lexical.snapshot  # one immutable generation for the whole search
        sides = intent.sides or [intent]  # compared sides, or a plan and its results
        ranked = [self._rank(snap, side, filters, k) for side in sides]
        extra = []
        if intent.period_range:  # a trend: the reports between the two ends count too
            between, between_filters = _between_side(intent, filters)
            extra.append(
                _without_ends(snap, self._rank(snap, between, between_filters, k), intent.period_range)
            )
        rows = interleave([r.rows for r in [*ranked, *extra]], k)
        hits = self._hits(snap, rows)
        evidence = [
            Evidence(side, r.weights, [h for h in hits if h.chunk_id in r.ids(snap)])
            for side, r in zip(sides, ranked, strict=True)
        ]
        return Retrieval(hits, intent, retrieval_notes(intent, snap.docs, evidence))

    # -- ranking ---------------------------------------------------------------------------
    def _rank(
        self, snap: LexicalSnapshot, intent: QueryIntent, filters: dict[str, Any] | None, k: int
    ) -> _Ranked:
        weights = doc_weights(intent, snap.docs, filters)
        if len(snap) == 0:
            return _Ranked([], weights)
        tokens, token_weights = search_tokens(intent)
        lexical = snap.scores(tokens, token_weights)
        chunk_factor = weights.factor[snap.chunk_doc]
        if snap.plan.any():
            chunk_factor = chunk_factor * plan_factor(snap, intent, weights)
        scores = lexical * chunk_factor
        if not intent.periods and not weights.numbered:  # a named document number is no "latest"
            scores = prefer_recent(snap, scores, weights)
            scores = keep_stated_phrases(snap, intent, scores, weights, lambda rows: self._texts(snap, rows))
        depth = max(MIN_DEPTH, 5 * k)
        if intent.asks_theme:
            scores = prefer_stated_theme(snap, intent, scores, depth, lambda rows: self._texts(snap, rows))
        if intent.asks_number:  # the chunks with a figure beside the words asked about
            scores = prefer_figures(scores, lambda rows: self._texts(snap, rows), tokens, token_weights)
        if intent.asks_summary:  # the chunks with the report's key figures
            scores = prefer_key_figures(scores, snap.chunk_doc, lambda rows: self._texts(snap, rows))
        ranking = top_rows(scores, depth)
        if self.dense:
            ranking = self._fuse(snap, intent, ranking, chunk_factor, weights, depth)
        if self.reranker is not None and self.reranker.available:
            ranking = self._rerank(snap, intent, ranking, chunk_factor)
        return _Ranked(ranking, weights)

    def _fuse(
        self,
        snap: LexicalSnapshot,
        intent: QueryIntent,
        lexical: list[tuple[int, float]],
        chunk_factor: np.ndarray,
        weights: DocWeights,
        depth: int,
    ) -> list[tuple[int, float]]:
        """RRF of the lexical ranking and the dense one (cosine similarity x the same factors)."""
        where = (
            {"province": {"$in": intent.provinces}}
            if intent.provinces and "province" not in weights.relaxed
            else None
        )
        try:
            vector = self.embeddings.embed_query(intent.expanded or intent.text)
            matches = self.store.query(vector, depth * 2, where=where)
        except Exception as exc:  # the lexical ranking stands alone rather than failing
            log.warning("dense retrieval failed, lexical only: %s", exc)
            return lexical
        dense = []
        for match in matches:
            row = snap.row_of.get(match.chunk_id)
            if row is not None and chunk_factor[row] > 0:
                dense.append((row, (1.0 - match.distance) * float(chunk_factor[row])))
        dense.sort(key=lambda rs: -rs[1])
        fused = rrf([[str(r) for r, _ in lexical], [str(r) for r, _ in dense[:depth]]])
        return sorted(((int(r), s) for r, s in fused.items()), key=lambda rs: -rs[1])

    def _rerank(
        self,
        snap: LexicalSnapshot,
        intent: QueryIntent,
        ranking: list[tuple[int, float]],
        chunk_factor: np.ndarray,
    ) -> list[tuple[int, float]]:
        """Cross-encoder relevance x metadata factor for the best candidates; the rest follow."""
        assert self.reranker is not None
        head, tail = ranking[:RERANK_DEPTH], ranking[RERANK_DEPTH:]
        texts = self._texts(snap, [r for r, _ in head])
        relevance = self.reranker.scores(intent.expanded or intent.text, [texts.get(r, "") for r, _ in head])
        if relevance is None:
            if self.reranker.failure and self.reranker.failure not in self.notices:
                self.notices.append(self.reranker.failure)
            return ranking
        rescored = sorted(
            ((r, rel * float(chunk_factor[r])) for (r, _), rel in zip(head, relevance, strict=True)),
            key=lambda rs: -rs[1],
        )
        floor = min((s for _, s in rescored), default=0.0)
        return rescored + [(r, floor * 0.5 ** (i + 1)) for i, (r, _) in enumerate(tail)]

    # -- hits ------------------------------------------------------------------------------
    def _texts(self, snap: LexicalSnapshot, rows: list[int]) -> dict[int, str]:
        ids = {snap.chunk_ids[r]: r for r in rows}
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        found = self.catalog.query(
            f"SELECT chunk_id, text, section FROM chunks WHERE chunk_id IN ({marks})", tuple(ids)
        )
        return {ids[f["chunk_id"]]: "\n".join(p for p in (f["section"], f["text"]) if p) for f in found}

    def _hits(self, snap: LexicalSnapshot, ranked: list[tuple[int, float]]) -> list[Hit]:
        ids = [snap.chunk_ids[r] for r, _ in ranked]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.catalog.query(
            "SELECT c.*, d.source, d.metadata AS doc_metadata FROM chunks c "
            f"JOIN documents d ON d.doc_id = c.doc_id WHERE c.chunk_id IN ({marks})",
            tuple(ids),
        )
        by_id = {str(r["chunk_id"]): r for r in rows}
        hits = []
        for cid, (_, score) in zip(ids, ranked, strict=True):
            row = by_id.get(cid)
            if row is not None:  # removed since the snapshot was built
                hits.append(_hit(row, score))
        return hits

    def hit(self, chunk_id: str, score: float) -> Hit | None:
        """The Hit for one chunk id, or None when the catalog no longer has it."""
        rows = self.catalog.query(
            "SELECT c.*, d.source, d.metadata AS doc_metadata FROM chunks c "
            "JOIN documents d ON d.doc_id = c.doc_id WHERE c.chunk_id = ?",
            (chunk_id,),
        )
        return _hit(rows[0], score) if rows else None


@dataclass
class _Ranked:
    rows: list[tuple[int, float]]
    weights: DocWeights

    def ids(self, snap: LexicalSnapshot) -> set[str]:
        return {snap.chunk_ids[r] for r, _ in self.rows}


def _hit(row: Any, score: float) -> Hit:
    meta = json.loads(row["doc_metadata"])
    meta.update(
        doc_id=row["doc_id"],
        section=row["section"],
        page=row["page"],
        kind=row["kind"],
        context=row["context"],
    )
    return Hit(
        text=row["text"],
        score=float(score),
        source=row["source"],
        chunk_id=str(row["chunk_id"]),
        metadata=meta,
    )


def _between_side(intent: QueryIntent, filters: dict[str, Any] | None) -> tuple[QueryIntent, dict[str, Any]]:
    """The intent and filters of the reports strictly inside a "từ ... đến ..." span."""
    start, end = intent.period_range
    side = dataclasses.replace(
        intent.sides[0] if intent.sides else intent,
        periods=[],
        years=[],
        next_periods=[],
        sides=[],
        is_comparison=False,
    )
    return side, {**(filters or {}), "period_from": start, "period_to": end}


def _without_ends(snap: LexicalSnapshot, ranked: _Ranked, ends: list[str]) -> _Ranked:
    """Drop chunks of reports on either end of the span (the end sides already cover them)."""
    keep = [
        (r, s) for r, s in ranked.rows if not set(snap.docs.docs[snap.chunk_doc[r]]["periods"]) & set(ends)
    ]
    return _Ranked(keep, ranked.weights)
