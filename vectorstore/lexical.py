"""BM25 index (bm25s) over normalised Vietnamese tokens, persisted beside the Chroma store.

The index records the catalog generation it reflects. ``refresh`` rebuilds it when the
catalog moved on (after an ingest, an update, a removal, or a crash in between), so it never
drifts from the catalog.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from vectorstore.catalog import chunk_from_row
from vectorstore.tokens import document_tokens, query_tokens

if TYPE_CHECKING:
    from vectorstore.catalog import Catalog

log = logging.getLogger(__name__)

STATE_FILE = "state.json"


class LexicalIndex:
    """BM25 over chunk texts; row ``i`` of the index is ``chunk_ids[i]``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.chunk_ids: list[str] = []
        self.generation = -1
        self._bm25: Any = None
        self._load()

    def _load(self) -> None:
        state_path = self.directory / STATE_FILE
        if not state_path.is_file():
            return
        try:
            import bm25s

            state = json.loads(state_path.read_text(encoding="utf-8"))
            self._bm25 = bm25s.BM25.load(str(self.directory / "bm25")) if state["ids"] else None
            self.chunk_ids = list(state["ids"])
            self.generation = int(state["generation"])
        except Exception as exc:  # a torn or foreign index is rebuilt, never trusted
            log.warning("lexical index unreadable, it will be rebuilt: %s", exc)
            self.chunk_ids, self.generation, self._bm25 = [], -1, None

    def refresh(self, catalog: Catalog) -> bool:
        """Rebuild from the catalog when it changed since the index was written."""
        generation = catalog.generation
        if generation == self.generation:
            return False
        rows = catalog.chunk_rows()
        texts = [chunk_from_row(r).indexed_text() for r in rows]
        self.build([str(r["chunk_id"]) for r in rows], texts, generation)
        return True

    def build(self, chunk_ids: list[str], texts: list[str], generation: int) -> None:
        import bm25s

        bm25 = None
        if chunk_ids:
            bm25 = bm25s.BM25()
            bm25.index([document_tokens(t) for t in texts], show_progress=False)
        self._write(bm25, chunk_ids, generation)
        self._bm25, self.chunk_ids, self.generation = bm25, chunk_ids, generation

    def _write(self, bm25: Any, chunk_ids: list[str], generation: int) -> None:
        # Write beside, then swap: a crash leaves either the old or the new index whole.
        tmp = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if bm25 is not None:
            bm25.save(str(tmp / "bm25"))
        state = {"generation": generation, "ids": chunk_ids}
        (tmp / STATE_FILE).write_text(json.dumps(state), encoding="utf-8")
        old = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.directory.exists():
            self.directory.rename(old)
        tmp.rename(self.directory)
        shutil.rmtree(old, ignore_errors=True)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk (row order = ``chunk_ids``)."""
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        vocab = self._bm25.vocab_dict
        tokens = [t for t in query_tokens(query) if t in vocab]
        if not tokens:
            return np.zeros(len(self.chunk_ids), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def search(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        scores = self.scores(query)
        if scores.size == 0:
            return []
        top = np.argsort(-scores)[:k]
        return [(self.chunk_ids[i], float(scores[i])) for i in top if scores[i] > 0]
