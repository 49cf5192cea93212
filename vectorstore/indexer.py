"""Writes prepared documents into the store and keeps its three parts in step.

Order of a document write (crash-safe by construction):
1. the catalog's ``inflight`` state names the document,
2. its old vectors are deleted and the new ones upserted into Chroma (deterministic ids),
3. the catalog commits the document, its chunks and extension rows in one transaction,
4. ``inflight`` is cleared.
On open, a leftover ``inflight`` means a crash between 1 and 4: that document's vectors are
rebuilt from the catalog (or dropped if the catalog never got it). The lexical index records
the catalog generation it reflects and is rebuilt when they differ.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.errors import LoadError
from ingest.model import Chunk
from ingest.pipeline import (
    FileResult,
    IngestReport,
    PreparedDocument,
    check_file,
    doc_id_for,
    expand_paths,
    file_hash,
    prepare_file,
    source_key,
)
from vectorstore.catalog import Catalog, DocumentRecord, chunk_from_row, chunk_id_for
from vectorstore.lexical import LexicalIndex
from vectorstore.store import VectorStore

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
INFLIGHT = "inflight"


def chunk_metadata(doc_id: str, index: int, chunk: Chunk, doc_meta: dict[str, Any]) -> dict[str, Any]:
    """Metadata stored with each vector (Chroma filters use it)."""
    return {
        "doc_id": doc_id,
        "idx": index,
        "section": chunk.section,
        "kind": chunk.kind,
        "page": chunk.page,
        "province": doc_meta.get("province", ""),
        "body_key": doc_meta.get("body_key", ""),
        "periods": doc_meta.get("periods", []),
        "date": doc_meta.get("date", ""),
    }


class Indexer:
    """Ingest, remove, repair and reindex over one catalog, vector store and lexical index."""

    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        lexical: LexicalIndex,
        embeddings: Embeddings,
        *,
        max_bytes: int,
        chunk_chars: int,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.lexical = lexical
        self.embeddings = embeddings
        self.max_bytes = max_bytes
        self.chunk_chars = chunk_chars

    # -- ingest --------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[Path],
        *,
        sync: bool = False,
        force: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Ingest files and folders; ``force`` re-reads files whose content is unchanged."""
        started = time.perf_counter()
        files, missing = expand_paths(Path(p) for p in paths)
        report = IngestReport(files=list(missing))
        for i, path in enumerate(files):
            if progress:
                progress(i, len(files), str(path))
            report.files.append(self._ingest_one(path, force=force))
        if progress:
            progress(len(files), len(files), "")
        if sync:
            report.files.extend(self.remove_missing())
        self.lexical.refresh(self.catalog)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_one(self, path: Path, *, force: bool = False) -> FileResult:
        source = source_key(path)
        try:
            check_file(path, self.max_bytes)
            content_hash, size = file_hash(path)
            existing = self.catalog.document(doc_id_for(source))
            if existing and existing.content_hash == content_hash and not force:
                return FileResult(source, "unchanged", chunks=existing.n_chunks)
            twin = self.catalog.find_by_hash(content_hash)
            if twin and twin.source != source:
                message = f"Trùng nội dung với tệp đã nạp {twin.source}; bỏ qua để tránh trùng lặp."
                return FileResult(source, "skipped", reason="duplicate", message=message)
            prepared = prepare_file(
                path,
                content_hash=content_hash,
                size=size,
                max_bytes=self.max_bytes,
                chunk_chars=self.chunk_chars,
            )
        except LoadError as exc:
            return FileResult(source, "skipped", reason=exc.reason, message=str(exc))
        except OSError as exc:
            message = f"Không đọc được tệp: {exc.strerror or exc}. Kiểm tra quyền truy cập."
            return FileResult(source, "skipped", reason="unreadable", message=message)
        self.write(prepared)
        return FileResult(source, "updated" if existing else "added", chunks=len(prepared.chunks))

    def write(self, prepared: PreparedDocument) -> None:
        """Store one prepared document in Chroma and the catalog (see module docstring)."""
        doc_id = prepared.doc_id
        doc_meta = prepared.metadata.to_dict()
        texts = [c.indexed_text() for c in prepared.chunks]
        vectors = self.embeddings.embed_documents(texts)
        ids = [chunk_id_for(doc_id, i) for i in range(len(prepared.chunks))]
        metas = [chunk_metadata(doc_id, i, c, doc_meta) for i, c in enumerate(prepared.chunks)]
        self.catalog.set_state(INFLIGHT, doc_id)
        stale = set(self.store.ids_for_doc(doc_id)) - set(ids)
        self.store.delete_ids(sorted(stale))
        self.store.upsert(ids, vectors, [c.text for c in prepared.chunks], metas)
        record = DocumentRecord(
            doc_id=doc_id,
            source=prepared.source,
            content_hash=prepared.content_hash,
            format=prepared.loaded.format,
            size=prepared.size,
            metadata=doc_meta,
            extra={"prepared": prepared},
        )
        self.catalog.put_document(record, prepared.chunks, _now())
        self.catalog.set_state(INFLIGHT, "")

    # -- remove --------------------------------------------------------------------------
    def remove(self, doc_id: str) -> bool:
        if self.catalog.document(doc_id) is None:
            return False
        self.catalog.set_state(INFLIGHT, doc_id)
        self.store.delete_doc(doc_id)
        self.catalog.delete_document(doc_id)
        self.catalog.set_state(INFLIGHT, "")
        return True

    def remove_missing(self) -> list[FileResult]:
        """Drop documents whose file no longer exists (``ingest --sync``)."""
        removed = []
        for record in self.catalog.documents():
            if not Path(record.source).exists() and self.remove(record.doc_id):
                removed.append(FileResult(record.source, "removed", chunks=record.n_chunks))
        return removed

    # -- consistency ---------------------------------------------------------------------
    def repair(self, full: bool = False) -> list[str]:
        """Bring Chroma and the lexical index back in step with the catalog; returns actions."""
        actions: list[str] = []
        inflight = self.catalog.get_state(INFLIGHT)
        if inflight:
            self._restore_doc(inflight)
            actions.append(f"restored {inflight}")
            self.catalog.set_state(INFLIGHT, "")
        if full or self.store.count() != self.catalog.counts()[1]:
            actions.extend(self._reconcile())
        if self.lexical.refresh(self.catalog):
            actions.append("lexical index rebuilt")
        return actions

    def _restore_doc(self, doc_id: str) -> None:
        self.store.delete_doc(doc_id)
        rows = self.catalog.chunk_rows(doc_id)
        if rows:
            self._upsert_rows(rows)

    def _reconcile(self) -> list[str]:
        wanted = self.catalog.chunk_ids()
        present = self.store.all_ids()
        orphans = sorted(present - wanted)
        self.store.delete_ids(orphans)
        missing_docs = sorted({cid.split(":")[0] for cid in wanted - present})
        for doc_id in missing_docs:
            self._restore_doc(doc_id)
        return [f"deleted {len(orphans)} orphan vectors", f"restored {len(missing_docs)} documents"]

    def _upsert_rows(self, rows: list[Any]) -> None:
        import json

        chunks = [chunk_from_row(r) for r in rows]
        vectors = self.embeddings.embed_documents([c.indexed_text() for c in chunks])
        metas = [
            chunk_metadata(r["doc_id"], int(r["idx"]), c, json.loads(r["doc_metadata"]))
            for r, c in zip(rows, chunks, strict=True)
        ]
        self.store.upsert([r["chunk_id"] for r in rows], vectors, [c.text for c in chunks], metas)

    def reindex(self, embeddings: Embeddings, embedder_name: str, progress: Progress | None = None) -> int:
        """Re-embed every chunk with a new embedder into a fresh collection."""
        self.store = self.store.reset(embedder_name)
        self.embeddings = embeddings
        docs = self.catalog.documents()
        for i, record in enumerate(docs):
            if progress:
                progress(i, len(docs), record.source)
            rows = self.catalog.chunk_rows(record.doc_id)
            if rows:
                self._upsert_rows(rows)
        if progress:
            progress(len(docs), len(docs), "")
        return self.store.count()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
