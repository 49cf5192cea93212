"""Baselines over the same documents as the product, for benchmarks/retrieval.py.

* ``langchain_naive``: the usual recipe, RecursiveCharacterTextSplitter(1000, 200) + Chroma +
  the same embedder as the product (the offline hashing embedder here), similarity search.
  Texts come from the product's loaders (PDF, DOCX, HTML need them; LangChain's own loaders
  are not installed).
* ``bm25s_default``: bm25s with its default tokenizer (lowercase, ``\\w\\w+`` tokens, English
  stopwords: one-letter and Roman-numeral tokens such as "quý I" are dropped) over the
  product's chunks.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vectorstore.hits import Hit

Search = Callable[[str, int], list[Hit]]


def _load_text(path: Path) -> str:
    from ingest.loaders import load_document

    return str(load_document(path).text)


def langchain_naive(paths: list[Path], embeddings: Any) -> tuple[Search, Callable[[], None]]:
    """Index ``paths`` the naive way; returns (search, cleanup)."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    docs = []
    for path in paths:
        try:
            text = _load_text(path)
        except Exception:  # a file the loaders refuse is left out, as a naive pipeline would
            continue
        docs.extend(splitter.split_documents([Document(page_content=text, metadata={"source": str(path)})]))
    tmp = tempfile.TemporaryDirectory(prefix="baocao-lc-")
    import chromadb

    client = chromadb.PersistentClient(path=tmp.name, settings=chromadb.Settings(anonymized_telemetry=False))
    store = Chroma(client=client, collection_name="naive", embedding_function=embeddings)
    for i in range(0, len(docs), 500):
        store.add_documents(docs[i : i + 500])

    def search(question: str, k: int) -> list[Hit]:
        found = store.similarity_search_with_score(question, k=k)
        return [
            Hit(text=d.page_content, score=float(-s), source=str(d.metadata["source"]), chunk_id=str(i))
            for i, (d, s) in enumerate(found)
        ]

    return search, tmp.cleanup


def bm25s_default(chunks: list[tuple[str, str, str]]) -> Search:
    """bm25s with its default tokenizer over (chunk_id, source, text) triples."""
    import bm25s

    ids = [c[0] for c in chunks]
    sources = [c[1] for c in chunks]
    texts = [c[2] for c in chunks]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, show_progress=False), show_progress=False)

    def search(question: str, k: int) -> list[Hit]:
        tokens = bm25s.tokenize([question], show_progress=False)
        if not tokens.vocab:
            return []
        rows, scores = retriever.retrieve(tokens, k=min(k, len(texts)), show_progress=False)
        return [
            Hit(text=texts[r], score=float(s), source=sources[r], chunk_id=ids[r])
            for r, s in zip(rows[0], scores[0], strict=True)
            if s > 0
        ]

    return search
