from __future__ import annotations

import contextlib
from pathlib import Path

from ingest.model import Chunk
from vectorstore.catalog import Catalog, DocumentRecord, chunk_id_for


def _record(doc_id: str = "d1", source: str = "/r/a.txt", h: str = "h1") -> DocumentRecord:
    meta = {"title": "Báo cáo quý I/2022", "periods": ["2022-Q1"], "province": "Nghệ An"}
    return DocumentRecord(doc_id, source, h, "txt", 10, meta)


def _chunks(n: int) -> list[Chunk]:
    return [Chunk(text=f"đoạn {i}", start=i * 10, end=i * 10 + 6, section="I. KẾT QUẢ") for i in range(n)]


def test_put_document_replaces_chunks_and_bumps_generation(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.sqlite")
    assert cat.generation == 0
    cat.put_document(_record(), _chunks(3), "t")
    assert cat.counts() == (1, 3)
    assert cat.generation == 1
    cat.put_document(_record(h="h2"), _chunks(2), "t")
    assert cat.counts() == (1, 2)
    assert cat.generation == 2
    assert cat.chunk_ids() == {chunk_id_for("d1", 0), chunk_id_for("d1", 1)}
    doc = cat.document("d1")
    assert doc is not None and doc.content_hash == "h2" and doc.n_chunks == 2
    assert doc.metadata["province"] == "Nghệ An"


def test_delete_cascades_to_chunks(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.sqlite")
    cat.put_document(_record(), _chunks(2), "t")
    cat.put_document(_record("d2", "/r/b.txt", "hb"), _chunks(1), "t")
    cat.delete_document("d1")
    assert cat.counts() == (1, 1)
    assert [r["doc_id"] for r in cat.chunk_rows()] == ["d2"]
    assert cat.find_by_hash("hb") is not None and cat.find_by_hash("h1") is None


def test_failed_writer_rolls_back_the_whole_document(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.sqlite")

    def broken(conn, record, chunks):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    cat.writers.append(broken)
    with contextlib.suppress(RuntimeError):
        cat.put_document(_record(), _chunks(2), "t")
    assert cat.counts() == (0, 0)
    assert cat.generation == 0


def test_state_survives_reopen(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.sqlite")
    cat.set_state("inflight", "d9")
    cat.close()
    assert Catalog(tmp_path / "c.sqlite").get_state("inflight") == "d9"
