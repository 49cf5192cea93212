"""Ingest through the public API on the bundled sample reports and on bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.errors import StoreLockedError

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports"


def _copy_samples(tmp_path: Path) -> Path:
    target = tmp_path / "reports"
    shutil.copytree(SAMPLES, target)
    return target


def test_ingest_samples_then_second_run_is_all_unchanged(tmp_path: Path, settings: Settings) -> None:
    reports = _copy_samples(tmp_path)
    n_files = len([p for p in reports.iterdir() if p.is_file()])
    with Assistant.open(settings=settings) as bot:
        first = bot.ingest([reports])
        assert first.added == n_files, first.to_dict()
        assert first.ok and first.chunks > n_files
        second = bot.ingest([reports])
        assert second.unchanged == n_files and second.added == 0 and second.chunks == 0
        status = bot.status()
        assert status["documents"] == n_files
        assert status["chunks"] == status["vectors"] == first.chunks


def test_documents_carry_the_required_metadata(tmp_path: Path, settings: Settings) -> None:
    reports = _copy_samples(tmp_path)
    with Assistant.open(settings=settings) as bot:
        bot.ingest([reports])
        docs = bot.documents()
    assert docs
    for doc in docs:
        for key in ("source", "title", "date", "periods", "body", "province", "doc_number"):
            assert key in doc
        assert Path(doc["source"]).is_file()
        assert doc["title"]
    provinces = {d["province"] for d in docs}
    assert {"Lâm Đồng", "Bình Định", "Hà Tĩnh"} <= provinces
    assert all(d["periods"] for d in docs)


def test_changed_file_replaces_its_chunks_and_sync_drops_deleted_files(
    tmp_path: Path, settings: Settings
) -> None:
    reports = tmp_path / "r"
    reports.mkdir()
    a = reports / "a.txt"
    b = reports / "b.txt"
    a.write_text("Quý I/2024, Đảng ủy Khối các cơ quan tỉnh Lâm Đồng kết nạp 41 đảng viên.", "utf-8")
    b.write_text("Năm 2023, Đảng ủy Khối Doanh nghiệp tỉnh Bình Định kết nạp 120 đảng viên.", "utf-8")
    with Assistant.open(settings=settings) as bot:
        bot.ingest([reports])
        a.write_text("Quý I/2024, Đảng ủy Khối các cơ quan tỉnh Lâm Đồng kết nạp 44 đảng viên.", "utf-8")
        report = bot.ingest([reports])
        assert (report.updated, report.unchanged) == (1, 1)
        hits = bot.search("Lâm Đồng kết nạp", k=5)
        texts = " ".join(h.text for h in hits)
        assert "44 đảng viên" in texts and "41 đảng viên" not in texts
        b.unlink()
        report = bot.ingest([reports], sync=True)
        assert report.removed == 1
        assert [Path(d["source"]).name for d in bot.documents()] == ["a.txt"]
        assert bot.status()["vectors"] == bot.status()["chunks"]


def test_duplicate_content_under_another_name_is_skipped(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    text = "Quý I/2024, Đảng ủy Khối các cơ quan tỉnh Lâm Đồng kết nạp 41 đảng viên."
    (folder / "a.txt").write_text(text, "utf-8")
    (folder / "copy-of-a.txt").write_text(text, "utf-8")
    with Assistant.open(settings=settings) as bot:
        report = bot.ingest([folder])
    assert report.added == 1
    [skipped] = report.skipped
    assert skipped.reason == "duplicate" and "Trùng nội dung" in skipped.message


def test_bad_files_are_reported_and_the_rest_ingests(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "good.txt").write_text("Năm 2023 Đảng ủy Khối kết nạp 120 đảng viên mới.", "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "notes.xyz").write_text("hello", "utf-8")
    (folder / "big.txt").write_text("đảng viên " * 200_000, "utf-8")
    small = settings.with_overrides(max_file_mb=1)
    with Assistant.open(settings=small) as bot:
        report = bot.ingest([folder, tmp_path / "missing-folder"])
        assert report.added == 1
        reasons = {Path(f.source).name: f.reason for f in report.skipped}
        assert reasons == {
            "empty.txt": "empty",
            "binary.txt": reasons["binary.txt"],
            "broken.pdf": "corrupt",
            "broken.docx": "corrupt",
            "notes.xyz": "unsupported",
            "big.txt": "too_large",
            "missing-folder": "missing",
        }
        assert reasons["binary.txt"] in {"encoding", "empty", "unreadable"}
        assert all(f.message for f in report.skipped)
        assert not report.ok
        assert bot.status()["documents"] == 1


def test_second_process_on_the_same_embedded_store_is_refused(settings: Settings) -> None:
    import multiprocessing as mp

    with Assistant.open(settings=settings):
        ctx = mp.get_context("spawn")
        queue: mp.Queue[str] = ctx.Queue()
        proc = ctx.Process(target=_try_open, args=(settings.data_dir, queue))
        proc.start()
        proc.join(60)
        message = queue.get(timeout=5)
    assert message.startswith("locked:")
    assert "BAOCAO_CHROMA_URL" in message and "PID" in message


def _try_open(data_dir: Path, queue: object) -> None:
    try:
        Assistant.open(data_dir=data_dir, embedder="hashing")
        queue.put("opened")  # type: ignore[attr-defined]
    except StoreLockedError as exc:
        queue.put(f"locked: {exc}")  # type: ignore[attr-defined]


def test_remove_by_source(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "a.txt").write_text("Năm 2023 Đảng ủy Khối kết nạp 120 đảng viên mới.", "utf-8")
    with Assistant.open(settings=settings) as bot:
        bot.ingest([folder])
        assert bot.remove([folder / "a.txt"]) == [str((folder / "a.txt").absolute())]
        assert bot.documents() == [] and bot.status()["vectors"] == 0
        assert bot.search("đảng viên") == []


@pytest.mark.parametrize("n", [0])
def test_empty_store_searches_to_nothing(settings: Settings, n: int) -> None:
    with Assistant.open(settings=settings) as bot:
        assert bot.search("bao nhiêu đảng viên", k=3) == []
        assert bot.status()["documents"] == n


def test_force_reingest_replaces_in_one_step_and_keeps_the_document_if_unreadable(
    tmp_path: Path, settings: Settings
) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    doc = folder / "a.txt"
    doc.write_text("Năm 2023 Đảng ủy Khối kết nạp 120 đảng viên mới.", "utf-8")
    with Assistant.open(settings=settings) as bot:
        bot.ingest([folder])
        again = bot.ingest([doc], force=True)
        assert [f.status for f in again.files] == ["updated"]
        doc.write_bytes(b"")  # the file became unreadable: the stored document must survive
        broken = bot.ingest([doc], force=True)
        assert [f.status for f in broken.files] == ["skipped"]
        assert len(bot.documents()) == 1 and bot.search("đảng viên", k=1)


def test_status_names_the_models_in_use(settings: Settings) -> None:
    with Assistant.open(settings=settings) as bot:
        status = bot.status()
    assert status["mode"] == "embedded" and status["chroma"].endswith("chroma")
    assert status["embedder"].startswith("hashing") and status["neural"] is False
    assert "trích dẫn" in status["llm"]  # no LLM configured: quote mode
    assert status["reranker"] == "không dùng"
