"""Chroma collection holding chunk vectors: embedded (PersistentClient) or a server (HttpClient).

The collection records which embedder made its vectors; opening it with another one is
refused with the command that fixes it.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from urllib.parse import urlparse

from assistant.errors import EmbedderMismatchError, StoreError

log = logging.getLogger(__name__)

EMBEDDER_KEY = "baocao_embedder"
BATCH = 500
CONNECT_TIMEOUT_S = 5.0  # Chroma server: connecting
REQUEST_TIMEOUT_S = 120.0  # Chroma server: one request (an upsert of BATCH vectors)
P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class VectorMatch:
    chunk_id: str
    distance: float


def _flatten(meta: dict[str, Any]) -> dict[str, Any]:
    """Chroma accepts scalars and non-empty lists of scalars; drop empties and None."""
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            out[key] = [str(v) for v in value]
        elif isinstance(value, str | int | float | bool):
            out[key] = value
        else:
            out[key] = str(value)
    return out


def make_client(data_dir: Path, chroma_url: str = "") -> Any:
    """PersistentClient under ``<data_dir>/chroma``, or HttpClient when ``chroma_url`` is set."""
    import chromadb

    settings = chromadb.Settings(anonymized_telemetry=False)
    if chroma_url:
        return _http_client(chroma_url, settings)
    return chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=settings)


def _http_client(chroma_url: str, settings: Any) -> Any:
    """A client of the Chroma server at ``chroma_url``, with timeouts on every request."""
    import chromadb
    import httpx

    url = urlparse(chroma_url if "://" in chroma_url else "http://" + chroma_url)
    host, port = url.hostname or "127.0.0.1", url.port or (443 if url.scheme == "https" else 8000)
    try:
        # chromadb's own requests never time out: a hung server must not hang the app at start.
        httpx.get(f"{url.scheme}://{host}:{port}/api/v2/heartbeat", timeout=CONNECT_TIMEOUT_S)
        client = chromadb.HttpClient(host=host, port=port, ssl=url.scheme == "https", settings=settings)
    except Exception as exc:
        raise StoreError(
            f"Không kết nối được máy chủ Chroma tại {chroma_url}: {exc}. "
            "Kiểm tra `chroma run` đang chạy hoặc bỏ biến BAOCAO_CHROMA_URL."
        ) from exc
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(REQUEST_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
    return client


def _server_errors(method: Callable[P, R]) -> Callable[P, R]:
    """A Chroma server that cannot be reached, or a collection that another process dropped
    (``baocao reindex``), becomes a StoreError with a Vietnamese message."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except Exception as exc:
            import httpx
            from chromadb.errors import NotFoundError

            if isinstance(exc, httpx.TransportError):
                raise StoreError(
                    f"Mất kết nối tới máy chủ Chroma ({exc}). Kiểm tra `chroma run` còn chạy, "
                    "rồi thử lại: phần đã nạp được giữ nguyên."
                ) from exc
            if isinstance(exc, NotFoundError):
                raise StoreError(
                    "Bộ sưu tập vector đã bị xóa hoặc tạo lại bởi một tiến trình khác (`baocao "
                    "reindex`). Khởi động lại tiến trình này (ví dụ `baocao serve`)."
                ) from exc
            raise

    return call


class VectorStore:
    """Thin wrapper over one Chroma collection; ids are chunk ids."""

    def __init__(self, client: Any, name: str, embedder_name: str, *, check: bool = True) -> None:
        self.client = client
        self.name = name
        self.embedder_name = embedder_name
        self.collection = client.get_or_create_collection(
            name,
            metadata={EMBEDDER_KEY: embedder_name},
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=None,
        )
        recorded = (self.collection.metadata or {}).get(EMBEDDER_KEY)
        if not check:
            return
        if recorded and recorded != embedder_name and self.collection.count() > 0:
            raise EmbedderMismatchError(
                f"Kho dữ liệu được tạo bằng bộ nhúng '{recorded}', khác bộ nhúng đang cấu hình "
                f"'{embedder_name}'. Chạy `baocao reindex` để tạo lại chỉ mục bằng bộ nhúng mới, "
                "hoặc đặt lại BAOCAO_EMBEDDER cho khớp."
            )
        if recorded != embedder_name:
            self.collection.modify(metadata={EMBEDDER_KEY: embedder_name})

    @_server_errors
    def verify(self) -> None:
        """Refuse to write when another process replaced the collection since it was opened
        (``baocao reindex`` against the same Chroma server): this process must be restarted."""
        from chromadb.errors import NotFoundError

        try:
            current = self.client.get_collection(self.name)
        except NotFoundError as exc:
            raise StoreError(
                f"Bộ sưu tập '{self.name}' không còn trên máy chủ Chroma. Khởi động lại tiến trình "
                "này (ví dụ `baocao serve`)."
            ) from exc
        recorded = (current.metadata or {}).get(EMBEDDER_KEY)
        if current.id != self.collection.id or (recorded and recorded != self.embedder_name):
            raise EmbedderMismatchError(
                f"Kho vector '{self.name}' đã được tạo lại bởi một tiến trình khác (`baocao reindex`, "
                f"bộ nhúng '{recorded}'). Khởi động lại tiến trình này (ví dụ `baocao serve`) để dùng "
                "kho mới."
            )

    @staticmethod
    def recorded_embedder(client: Any, name: str) -> str | None:
        """The embedder an existing collection was built with, or None."""
        try:
            collection = client.get_collection(name)
        except Exception:
            return None
        value = (collection.metadata or {}).get(EMBEDDER_KEY)
        return str(value) if value and collection.count() > 0 else None

    @_server_errors
    def count(self) -> int:
        return int(self.collection.count())

    @_server_errors
    def upsert(
        self,
        ids: Sequence[str],
        vectors: Sequence[Sequence[float]],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        for i in range(0, len(ids), BATCH):
            self.collection.upsert(
                ids=list(ids[i : i + BATCH]),
                embeddings=[list(v) for v in vectors[i : i + BATCH]],
                documents=list(texts[i : i + BATCH]),
                metadatas=[_flatten(m) for m in metadatas[i : i + BATCH]],
            )

    @_server_errors
    def ids_for_doc(self, doc_id: str) -> list[str]:
        return list(self.collection.get(where={"doc_id": doc_id}, include=[])["ids"])

    @_server_errors
    def delete_ids(self, ids: Sequence[str]) -> None:
        for i in range(0, len(ids), BATCH):
            self.collection.delete(ids=list(ids[i : i + BATCH]))

    @_server_errors
    def delete_doc(self, doc_id: str) -> None:
        self.collection.delete(where={"doc_id": doc_id})

    @_server_errors
    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        offset = 0
        while True:
            batch = self.collection.get(include=[], limit=5000, offset=offset)["ids"]
            ids.update(batch)
            if len(batch) < 5000:
                return ids
            offset += len(batch)

    def dump(self) -> dict[str, tuple[str, dict[str, Any]]]:
        """Every record as id -> (document, metadata); used by consistency checks and tests."""
        got = self.collection.get(include=["documents", "metadatas"])
        return {
            i: (d, dict(m or {}))
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }

    @_server_errors
    def query(
        self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None
    ) -> list[VectorMatch]:
        n = self.count()
        if n == 0:
            return []
        got = self.collection.query(
            query_embeddings=[list(vector)], n_results=min(k, n), where=where, include=["distances"]
        )
        return [
            VectorMatch(cid, float(dist))
            for cid, dist in zip(got["ids"][0], got["distances"][0], strict=True)
        ]

    def reset(self, embedder_name: str) -> VectorStore:
        """Drop the collection and create it empty for ``embedder_name`` (used by reindex)."""
        self.client.delete_collection(self.name)
        return VectorStore(self.client, self.name, embedder_name)
