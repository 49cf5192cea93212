"""BM25 index (bm25s) over normalised Vietnamese tokens, persisted beside the Chroma store.

The index records the catalog generation it reflects. ``refresh`` rebuilds it when the
catalog moved on (after an ingest, an update, a removal, or a crash in between), so it never
drifts from the catalog. A rebuild is written beside the live index and swapped in as a whole
directory; in memory it becomes one immutable ``LexicalSnapshot`` (BM25 matrix, chunk ids and
document metadata arrays of the same generation) installed by a single attribute assignment,
so a search running while an ingest refreshes sees the old or the new index, never a mix.

Processes sharing a data directory (Chroma server) write it one at a time; the others
``reload`` it when its state file changed, and install only a whole index (the same state file
before and after reading); ``refresh`` starts from the disk, never redoing another's work.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ingest.text import fold
from vectorstore.catalog import chunk_from_row
from vectorstore.doctable import DOC_FIELDS, DocTable
from vectorstore.lexical_build import TokenCache, bm25_from_cache, tokenize_all
from vectorstore.tokens import document_tokens, query_tokens

if TYPE_CHECKING:
    from vectorstore.catalog import Catalog

log = logging.getLogger(__name__)

STATE_FILE = "state.json"
_PLAN = re.compile(
    r"(?<!\w)(?:phuong huong|nhiem vu trong tam|ke hoach|nhiem vu (?:thoi gian toi|[0-9]|quy|nam|6|sau|9))"
)
_RESULTS = re.compile(r"(?<!\w)(?:ket qua|thuc hien nhiem vu|danh gia|tong ket|so ket)")
# The conclusion of a meeting, which sets the tasks ahead ("Kết luận hội nghị, đồng chí ... đề
# nghị các cấp ủy ..."); a lead paragraph that merely announces them ("... triển khai nhiệm vụ
# quý IV") is not one.
_PLAN_OPENING = re.compile(
    r"(?<!\w)(?:ket luan hoi nghi|phat bieu ket luan|phat bieu chi dao|(?:de nghi|yeu cau|luu y) cac cap uy)"
)
_OPENING_CHARS = 120
_CLOSING = re.compile(r"(?<!\w)(?:nơi nhận|noi nhan|đã ký|da ky|t/m|k/t)(?!\w)", re.IGNORECASE)


def is_plan_section(section: str, text: str = "", title: str = "") -> bool:
    """True for a chunk about tasks ahead: under a heading of tasks ("III. PHƯƠNG HƯỚNG, NHIỆM
    VỤ 6 THÁNG CUỐI NĂM"), not of results ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"); or, in an article
    without headings (the document's title is no heading of a part), opening with the
    conclusion that sets them ("Kết luận hội nghị, đồng chí ... đề nghị các cấp ủy ...").
    Never the closing block (recipients, signature)."""
    if _CLOSING.search(text):
        return False
    headings = _headings(section, title)
    if headings:
        return any(_PLAN.search(h) and not _RESULTS.search(h) for h in headings)
    opening = text.strip()
    if title and opening.startswith(title.strip()):
        opening = opening[len(title.strip()) :]
    return bool(_PLAN_OPENING.search(fold(opening[:_OPENING_CHARS])))


@lru_cache(maxsize=4096)
def _headings(section: str, title: str) -> tuple[str, ...]:
    folded_title = fold(title).strip()
    parts = (p.strip() for p in fold(section).split(">"))
    return tuple(p for p in parts if p and p not in folded_title and folded_title not in p)


@dataclass(frozen=True)
class LexicalSnapshot:
    """Everything one search reads, for one catalog generation. Row ``i`` is ``chunk_ids[i]``."""

    generation: int
    chunk_ids: tuple[str, ...]
    chunk_doc: np.ndarray  # row -> document row in ``docs``
    docs: DocTable
    bm25: Any = None
    row_of: dict[str, int] = field(default_factory=dict)
    plan: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # row in a plan section

    @classmethod
    def make(
        cls,
        generation: int,
        chunk_ids: list[str],
        metas: list[dict[str, Any]],
        bm25: Any,
        plan_rows: list[int] | None = None,
    ) -> LexicalSnapshot:
        owners = [cid.rsplit(":", 1)[0] for cid in chunk_ids]
        known = {str(m.get("doc_id")) for m in metas}
        # A document written between reading chunks and documents gets empty metadata here;
        # the next refresh (its generation is newer) fills it in.
        metas = metas + [{"doc_id": d} for d in dict.fromkeys(owners) if d not in known]
        docs = DocTable.build(metas)
        chunk_doc = np.array([docs.row_of[d] for d in owners], dtype=np.int64)
        plan = np.zeros(len(chunk_ids), dtype=bool)
        plan[np.array(plan_rows or [], dtype=np.int64)] = True
        return cls(
            generation=generation,
            chunk_ids=tuple(chunk_ids),
            chunk_doc=chunk_doc,
            docs=docs,
            bm25=bm25,
            row_of={cid: i for i, cid in enumerate(chunk_ids)},
            plan=plan,
        )

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def scores(self, tokens: list[str], weights: list[float] | None = None) -> np.ndarray:
        """BM25 score of every chunk for the given query tokens (row order = ``chunk_ids``).

        Posting lists are added with plain fancy indexing: within one token a chunk occurs
        once, so this equals bm25s's ``np.add.at`` and is several times faster.
        """
        out = np.zeros(len(self.chunk_ids), dtype=np.float32)
        if self.bm25 is None:
            return out
        vocab = self.bm25.vocab_dict
        matrix = self.bm25.scores
        data, indices, indptr = matrix["data"], matrix["indices"], matrix["indptr"]
        for i, token in enumerate(tokens):
            tid = vocab.get(token)
            if tid is None:
                continue
            start, end = indptr[tid], indptr[tid + 1]
            weight = 1.0 if weights is None else weights[i]
            out[indices[start:end]] += data[start:end] * np.float32(weight)
        return out


EMPTY = LexicalSnapshot.make(-1, [], [], None)
DiskStamp = tuple[int, int, int]


def catalog_fingerprint(catalog: Catalog) -> str:
    """A digest of the catalog's documents (id, content hash, chunk count)."""
    digest = hashlib.blake2b(digest_size=16)
    for row in catalog.query("SELECT doc_id, content_hash, n_chunks FROM documents ORDER BY doc_id"):
        digest.update(f"{row['doc_id']}\t{row['content_hash']}\t{row['n_chunks']}\n".encode())
    return digest.hexdigest()


class LexicalIndex:
    """The lexical index of one data directory; ``snapshot`` is what searches read."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.snapshot: LexicalSnapshot = EMPTY
        self._fingerprint = ""
        self._disk_stamp: DiskStamp | None = None  # the state file the snapshot was read from
        self._build_lock = threading.Lock()
        self._load()

    @property
    def chunk_ids(self) -> list[str]:
        return list(self.snapshot.chunk_ids)

    @property
    def generation(self) -> int:
        return self.snapshot.generation

    @property
    def busy(self) -> bool:
        """True while a thread of this process reloads or rebuilds the index."""
        return self._build_lock.locked()

    def _load(self) -> None:
        if not self._reload_locked() and _stamp(self.directory) is not None:
            log.warning("lexical index in %s not readable; it will be reloaded or rebuilt", self.directory)

    def reload(self) -> bool:
        """Install the index another process wrote since this one was read; True if it did.

        Never waits: when another thread is already reloading or refreshing, the current
        snapshot stays for this search."""
        if not self._build_lock.acquire(blocking=False):
            return False
        try:
            return self._reload_locked()
        finally:
            self._build_lock.release()

    def _reload_locked(self) -> bool:
        before = _stamp(self.directory)
        if before is None or before == self._disk_stamp:
            return False
        try:
            snapshot, fingerprint = _read_index(self.directory)
        except Exception as exc:  # torn, foreign, or swapped while being read: never trusted
            log.debug("lexical index not read: %s", exc)
            return False
        if _stamp(self.directory) != before:
            return False
        self.snapshot, self._fingerprint, self._disk_stamp = snapshot, fingerprint, before
        return True

    def refresh(self, catalog: Catalog) -> bool:
        """Rebuild from the catalog when it changed since the index was written.

        "Changed" is a new generation, or the same generation with other documents (a catalog
        rebuilt or copied from elsewhere): the index is verified, never trusted."""
        with self._build_lock:
            self._reload_locked()  # another process may have written it already
            generation = catalog.generation
            fingerprint = catalog_fingerprint(catalog)
            if generation == self.snapshot.generation and fingerprint == self._fingerprint:
                return False
            rows = catalog.chunk_rows()
            texts = [chunk_from_row(r).indexed_text() for r in rows]
            metas = [{**r.metadata, "doc_id": r.doc_id, "source": r.source} for r in catalog.documents()]
            titles = {str(m["doc_id"]): str(m.get("title", "")) for m in metas}
            plan = [
                i
                for i, r in enumerate(rows)
                if is_plan_section(str(r["section"]), str(r["text"]), titles.get(str(r["doc_id"]), ""))
            ]
            self.build([str(r["chunk_id"]) for r in rows], texts, generation, metas, plan, fingerprint)
            return True

    def build(
        self,
        chunk_ids: list[str],
        texts: list[str],
        generation: int,
        metas: list[dict[str, Any]] | None = None,
        plan_rows: list[int] | None = None,
        fingerprint: str = "",
    ) -> None:
        """Index ``texts`` (rows of ``chunk_ids``), write the index, then install it.

        Chunks whose text the previous index already tokenized are not tokenized again."""
        cache = tokenize_all(texts, document_tokens, TokenCache.load(self.directory))
        bm25 = bm25_from_cache(cache) if chunk_ids else None
        docs = [{f: m.get(f) for f in DOC_FIELDS if m.get(f) is not None} for m in metas or []]
        state = {
            "generation": generation,
            "fingerprint": fingerprint,
            "ids": chunk_ids,
            "docs": docs,
            "plan": plan_rows or [],
        }
        self._write(bm25, cache, state)
        self.snapshot = LexicalSnapshot.make(generation, chunk_ids, docs, bm25, plan_rows)
        self._fingerprint = fingerprint
        self._disk_stamp = _stamp(self.directory)

    def _write(self, bm25: Any, cache: TokenCache, state: dict[str, Any]) -> None:
        # Write beside, then swap: a crash leaves either the old or the new index whole.
        tmp = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if bm25 is not None:
            bm25.save(str(tmp / "bm25"), show_progress=False)
        cache.save(tmp)
        (tmp / STATE_FILE).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        old = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.directory.exists():
            self.directory.rename(old)
        tmp.rename(self.directory)
        shutil.rmtree(old, ignore_errors=True)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk (row order = ``chunk_ids``)."""
        return self.snapshot.scores(query_tokens(query))

    def search(self, query: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` best chunks for a plain query, as (chunk id, BM25 score), scores > 0."""
        snap = self.snapshot
        scores = snap.scores(query_tokens(query))
        if scores.size == 0:
            return []
        top = np.argsort(-scores, kind="stable")[:k]
        return [(snap.chunk_ids[i], float(scores[i])) for i in top if scores[i] > 0]


def _stamp(directory: Path) -> DiskStamp | None:
    """Identity of the state file (inode, mtime, size): every write makes a new file."""
    try:
        st = os.stat(directory / STATE_FILE)
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def _read_index(directory: Path) -> tuple[LexicalSnapshot, str]:
    """The snapshot and fingerprint stored in ``directory``; raises when it is not whole."""
    import bm25s

    state = json.loads((directory / STATE_FILE).read_text(encoding="utf-8"))
    ids = list(state["ids"])
    bm25 = bm25s.BM25.load(str(directory / "bm25"), show_progress=False) if ids else None
    if bm25 is not None and int(bm25.scores["num_docs"]) != len(ids):
        raise ValueError(f"BM25 matrix has {bm25.scores['num_docs']} rows for {len(ids)} chunks")
    snapshot = LexicalSnapshot.make(
        int(state["generation"]), ids, list(state["docs"]), bm25, list(state.get("plan", []))
    )
    return snapshot, str(state.get("fingerprint", ""))
