"""Ranking helpers of the retriever: lexical query tokens and weights, top-k selection, the
preference for recent reports, and interleaving the sides of a comparison."""

from __future__ import annotations

import re

import numpy as np

from ingest.text import has_diacritics, index_form
from vectorstore.lexical import LexicalSnapshot
from vectorstore.query import QueryIntent
from vectorstore.scoring import DocWeights
from vectorstore.terms import concept_words, expansions, stopwords
from vectorstore.tokens import basic_tokens, fold_token, query_tokens

ENTITY_WEIGHT = 0.3  # names of provinces, bodies, periods: metadata already selects by them
RECENCY_STEP = 0.8  # each newer report ahead multiplies a report's weight by this
RECENCY_FLOOR = 0.3
RECENCY_SHARE = 0.5  # reports whose best chunk scores at least this share of the best compete
_WORDS = re.compile(r"\d+(?:[.,/]\d+)*|\w+|[^\w\s]+")  # numbers stay whole ("5.016", "3/2")


def search_tokens(intent: QueryIntent) -> tuple[list[str], list[float]]:
    """Lexical query tokens and their weights: the question without question words, plus the
    words of its abbreviations' expansions, in the view (accented or folded) the question was
    typed in; names of provinces, bodies and periods weigh ``ENTITY_WEIGHT`` (metadata already
    selects the documents; within one, the period's words still pick the right row)."""
    accented = has_diacritics(intent.text)
    weights: dict[str, float] = {}
    for token in query_tokens(intent.entity_text, accented=accented):
        weights[token] = ENTITY_WEIGHT
    content = query_tokens(_without_stopwords(intent.search_text, accented), accented=accented)
    concepts = concept_words(intent.text)
    if concepts:
        content += query_tokens(concepts, accented=accented)
    if not accented:
        content += [fold_token(t) for extra in expansions(intent.text) for t in basic_tokens(extra)]
    for token in content:
        weights[token] = 1.0
    return list(weights), list(weights.values())


def _without_stopwords(text: str, accented: bool) -> str:
    """``text`` (an index form) without function words: accented ones as written, or the
    unambiguous folded ones for a question typed without diacritics."""
    stop_accented, stop_folded = stopwords()
    stop = stop_accented if accented else stop_folded
    return " ".join(w for w in _WORDS.findall(index_form(text)) if w not in stop)


def top_rows(scores: np.ndarray, depth: int) -> list[tuple[int, float]]:
    """The ``depth`` best rows with a positive score, best first (ties: index order)."""
    positive = np.flatnonzero(scores > 0)
    if positive.size > depth:
        part = np.argpartition(-scores[positive], depth - 1)[:depth]
        positive = positive[part]
    order = positive[np.lexsort((positive, -scores[positive]))]
    return [(int(r), float(scores[r])) for r in order]


def prefer_recent(snap: LexicalSnapshot, scores: np.ndarray, weights: DocWeights) -> np.ndarray:
    """Without a named period, the newest of the competing reports comes first: each report
    that scores within ``RECENCY_SHARE`` of the best is weighted down by its recency rank."""
    if not np.any(scores > 0):
        return scores
    best = np.zeros(len(snap.docs), dtype=np.float32)
    np.maximum.at(best, snap.chunk_doc, scores)
    competing = np.flatnonzero(best >= RECENCY_SHARE * best.max())
    ends = snap.docs.report_end[competing]
    distinct = np.unique(ends)[::-1]  # newest first
    rank = np.searchsorted(-distinct, -ends)
    factor = np.full(len(snap.docs), RECENCY_STEP ** len(distinct), dtype=np.float32)
    factor[competing] = np.maximum(RECENCY_FLOOR, RECENCY_STEP**rank)
    np.maximum(factor, RECENCY_FLOOR, out=factor)
    weights.recency = factor
    return scores * factor[snap.chunk_doc]


def interleave(rankings: list[list[tuple[int, float]]], k: int) -> list[tuple[int, float]]:
    """Round-robin over the sides' rankings (one ranking: itself), without repeats."""
    if len(rankings) == 1:
        return rankings[0][:k]
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    for i in range(max((len(r) for r in rankings), default=0)):
        for ranking in rankings:
            if i < len(ranking) and ranking[i][0] not in seen:
                seen.add(ranking[i][0])
                out.append(ranking[i])
    return out[:k]
