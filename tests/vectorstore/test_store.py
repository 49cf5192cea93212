from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import EmbedderMismatchError
from vectorstore.embeddings import HashingEmbeddings
from vectorstore.store import VectorStore, make_client


def _store(path: Path, name: str = "hashing-v1-384") -> VectorStore:
    return VectorStore(make_client(path), "baocao", name)


def test_upsert_query_and_delete_by_document(tmp_path: Path) -> None:
    emb = HashingEmbeddings()
    store = _store(tmp_path)
    texts = ["kết nạp 47 đảng viên mới", "thi hành kỷ luật 2 đảng viên", "Huy hiệu Đảng"]
    metas = [
        {"doc_id": "a", "periods": ["2022-Q1"]},
        {"doc_id": "a", "periods": []},
        {"doc_id": "b"},
    ]
    store.upsert(["a:0", "a:1", "b:0"], emb.embed_documents(texts), texts, metas)
    assert store.count() == 3
    best = store.query(emb.embed_query("ket nap dang vien"), k=1)
    assert best[0].chunk_id == "a:0"
    assert sorted(store.ids_for_doc("a")) == ["a:0", "a:1"]
    store.delete_doc("a")
    assert store.all_ids() == {"b:0"}


def test_collection_records_embedder_and_refuses_another(tmp_path: Path) -> None:
    emb = HashingEmbeddings()
    store = _store(tmp_path)
    store.upsert(["x:0"], emb.embed_documents(["a b"]), ["a b"], [{"doc_id": "x"}])
    assert VectorStore.recorded_embedder(store.client, "baocao") == "hashing-v1-384"
    with pytest.raises(EmbedderMismatchError, match="baocao reindex"):
        VectorStore(store.client, "baocao", "st:some/other-model")


def test_reset_switches_embedder(tmp_path: Path) -> None:
    emb = HashingEmbeddings()
    store = _store(tmp_path)
    store.upsert(["x:0"], emb.embed_documents(["a"]), ["a"], [{"doc_id": "x"}])
    fresh = store.reset("st:tiny")
    assert fresh.count() == 0
    assert VectorStore(store.client, "baocao", "st:tiny").count() == 0
