"""The catalog: SQLite record of documents and chunks, the source of truth of the store.

Chroma and the lexical index are derived from it and can be verified or rebuilt from it.
Each document is committed in one SQLite transaction (document row, its chunks and any rows
that extensions such as the facts table add), so a crash never leaves half a document here.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.model import Chunk

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    format TEXT NOT NULL,
    size INTEGER NOT NULL,
    metadata TEXT NOT NULL,
    n_chunks INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    section TEXT NOT NULL,
    kind TEXT NOT NULL,
    page INTEGER,
    start INTEGER NOT NULL,
    end_ INTEGER NOT NULL,
    context TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, idx);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Extensions (facts, ...) register schema and per-document writers here.
DocumentWriter = Callable[[sqlite3.Connection, "DocumentRecord", list[Chunk]], None]


@dataclass
class DocumentRecord:
    """One row of the documents table."""

    doc_id: str
    source: str
    content_hash: str
    format: str
    size: int
    metadata: dict[str, Any]
    n_chunks: int = 0
    ingested_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # per-run data for writers, not stored

    def public_dict(self) -> dict[str, Any]:
        """The document as the API shows it: source, format, hash and flattened metadata."""
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "format": self.format,
            "content_hash": self.content_hash,
            "n_chunks": self.n_chunks,
            "ingested_at": self.ingested_at,
            **self.metadata,
        }


def chunk_id_for(doc_id: str, index: int) -> str:
    return f"{doc_id}:{index:04d}"


class Catalog:
    """SQLite catalog in ``<data_dir>/catalog.sqlite`` (WAL: readers never block the writer)."""

    def __init__(self, path: Path, extra_schema: tuple[str, ...] = ()) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA + "".join(extra_schema))
        self.writers: list[DocumentWriter] = []

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._conn.execute(sql, params)
            cur.row_factory = sqlite3.Row
            return list(cur.fetchall())

    # -- state ---------------------------------------------------------------------------
    def get_state(self, key: str, default: str = "") -> str:
        rows = self.query("SELECT value FROM state WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else default

    def set_state(self, key: str, value: str, conn: sqlite3.Connection | None = None) -> None:
        sql = "INSERT INTO state(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=?"
        if conn is not None:
            conn.execute(sql, (key, value, value))
            return
        with self._lock:
            self._conn.execute(sql, (key, value, value))

    @property
    def generation(self) -> int:
        """Bumped by every change of documents; derived indexes record the one they reflect."""
        return int(self.get_state("generation", "0"))

    def _bump(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT value FROM state WHERE key='generation'").fetchone()
        self.set_state("generation", str(int(row[0]) + 1 if row else 1), conn)

    # -- documents -----------------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        rows = self.query("SELECT * FROM documents ORDER BY source")
        return [_record(r) for r in rows]

    def document(self, doc_id: str) -> DocumentRecord | None:
        rows = self.query("SELECT * FROM documents WHERE doc_id = ?", (doc_id,))
        return _record(rows[0]) if rows else None

    def find_by_hash(self, content_hash: str) -> DocumentRecord | None:
        rows = self.query("SELECT * FROM documents WHERE content_hash = ? LIMIT 1", (content_hash,))
        return _record(rows[0]) if rows else None

    def put_document(self, record: DocumentRecord, chunks: list[Chunk], ingested_at: str) -> None:
        """Replace the document, its chunks and extension rows in one transaction."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (record.doc_id,))
            conn.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.doc_id,
                    record.source,
                    record.content_hash,
                    record.format,
                    record.size,
                    json.dumps(record.metadata, ensure_ascii=False, sort_keys=True),
                    len(chunks),
                    ingested_at,
                ),
            )
            conn.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_chunk_row(record.doc_id, i, c) for i, c in enumerate(chunks)],
            )
            for writer in self.writers:
                writer(conn, record, chunks)
            self._bump(conn)

    def delete_document(self, doc_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            self._bump(conn)

    # -- chunks --------------------------------------------------------------------------
    def chunk_rows(self, doc_id: str | None = None) -> list[sqlite3.Row]:
        """Chunks joined with their document's source and metadata, in document order."""
        sql = (
            "SELECT c.*, d.source, d.metadata AS doc_metadata FROM chunks c "
            "JOIN documents d ON d.doc_id = c.doc_id"
        )
        if doc_id is not None:
            return self.query(sql + " WHERE c.doc_id = ? ORDER BY c.idx", (doc_id,))
        return self.query(sql + " ORDER BY d.source, c.idx")

    def chunk_ids(self) -> set[str]:
        return {str(r["chunk_id"]) for r in self.query("SELECT chunk_id FROM chunks")}

    def counts(self) -> tuple[int, int]:
        docs = self.query("SELECT COUNT(*) AS n FROM documents")[0]["n"]
        chunks = self.query("SELECT COUNT(*) AS n FROM chunks")[0]["n"]
        return int(docs), int(chunks)


def _chunk_row(doc_id: str, index: int, chunk: Chunk) -> tuple[Any, ...]:
    return (
        chunk_id_for(doc_id, index),
        doc_id,
        index,
        chunk.text,
        chunk.section,
        chunk.kind,
        chunk.page,
        chunk.start,
        chunk.end,
        chunk.context,
    )


def _record(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(
        doc_id=row["doc_id"],
        source=row["source"],
        content_hash=row["content_hash"],
        format=row["format"],
        size=int(row["size"]),
        metadata=json.loads(row["metadata"]),
        n_chunks=int(row["n_chunks"]),
        ingested_at=row["ingested_at"],
    )


def chunk_from_row(row: sqlite3.Row) -> Chunk:
    return Chunk(
        text=row["text"],
        start=int(row["start"]),
        end=int(row["end_"]),
        section=row["section"],
        kind=row["kind"],
        page=row["page"],
        context=row["context"],
    )
