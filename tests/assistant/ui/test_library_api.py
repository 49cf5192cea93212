"""Upload, list, re-ingest and delete documents through the named endpoints (gradio_client)."""

from __future__ import annotations

import unicodedata
from pathlib import Path, PurePath
from typing import Any

import pytest

from assistant.ui.library import UPLOADS_DIR
from tests.assistant.ui.server import RunningApp

pytestmark = pytest.mark.slow

NEW_REPORT = """ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH PHÚ YÊN
Phú Yên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác xây dựng Đảng quý III năm 2024

Trong quý III/2024, Đảng bộ Khối Doanh nghiệp tỉnh Phú Yên kết nạp 23 đảng viên mới, \
đạt 31,5% kế hoạch năm; 14 tổ chức cơ sở đảng được kiểm tra.
"""
NEW_NAME = "Báo cáo Phú Yên quý III-2024.txt"


def _table(value: Any) -> list[list[Any]]:
    """Rows of a Dataframe output as gradio_client returns it."""
    return list(value["data"]) if isinstance(value, dict) else list(value)


def _upload(app: RunningApp, *paths: Path) -> tuple[list[list[Any]], str]:
    from gradio_client import handle_file

    rows, summary = app.client().predict([handle_file(str(p)) for p in paths], api_name="/upload")
    return _table(rows), summary


def _names(app: RunningApp) -> set[str]:
    return {unicodedata.normalize("NFC", PurePath(d["source"]).name) for d in app.bot.documents()}


def test_upload_gives_a_result_per_file_and_stores_only_accepted_files(
    writable_app: RunningApp, tmp_path: Path
) -> None:
    good = tmp_path / NEW_NAME
    good.write_text(NEW_REPORT, encoding="utf-8")
    exe = tmp_path / "cong-cu.exe"
    exe.write_bytes(b"MZ\x90\x00" * 100)
    big = tmp_path / "qua-lon.txt"
    big.write_text("Báo cáo dài. " * 100_000, encoding="utf-8")  # about 1.4 MB, limit is 1 MB
    empty = tmp_path / "rong.md"
    empty.write_bytes(b"")

    rows, summary = _upload(writable_app, good, exe, big, empty)

    by_name = {unicodedata.normalize("NFC", r[0]): r for r in rows}
    assert set(by_name) == {NEW_NAME, "cong-cu.exe", "qua-lon.txt", "rong.md"}
    assert by_name[NEW_NAME][1] == "Đã thêm" and by_name[NEW_NAME][2] >= 1
    assert by_name["cong-cu.exe"][1] == "Bỏ qua" and "không được nhận" in by_name["cong-cu.exe"][3]
    assert by_name["qua-lon.txt"][1] == "Bỏ qua" and "quá lớn" in by_name["qua-lon.txt"][3]
    assert by_name["rong.md"][1] == "Bỏ qua"
    assert "đã thêm: 1" in summary and "bỏ qua: 3" in summary
    stored = sorted(
        unicodedata.normalize("NFC", p.name) for p in (writable_app.data_dir / UPLOADS_DIR).iterdir()
    )
    assert stored == [NEW_NAME]
    assert NEW_NAME in _names(writable_app)

    answer = writable_app.client().predict(
        "Quý III/2024 Khối Doanh nghiệp tỉnh Phú Yên kết nạp bao nhiêu đảng viên?", api_name="/ask"
    )
    assert "23" in answer["text"]
    assert any(PurePath(c["source"]).name == NEW_NAME for c in answer["citations"])

    rows, _ = _upload(writable_app, good)  # same content again
    assert [r[1] for r in rows] == ["Không thay đổi"]


def test_documents_reingest_and_delete(writable_app: RunningApp) -> None:
    client = writable_app.client()
    docs = client.predict(api_name="/documents")
    sample = next(d for d in docs if PurePath(d["source"]).name == "binh-dinh_khoi-doanh-nghiep_2024-q1.txt")
    assert sample["province"] == "Bình Định" and sample["periods"] == ["2024-Q1"]

    rows, summary = client.predict(sample["doc_id"], api_name="/reingest")
    assert [r[1] for r in _table(rows)] == ["Đã cập nhật"], summary  # replaced in one step
    assert len(client.predict(api_name="/documents")) == len(docs)

    note = client.predict(sample["doc_id"], api_name="/delete")
    assert "Đã xóa" in note
    remaining = client.predict(api_name="/documents")
    assert sample["doc_id"] not in {d["doc_id"] for d in remaining}
    assert len(remaining) == len(docs) - 1
    assert Path(sample["source"]).is_file(), "a document that was not uploaded keeps its file"
    assert "không tìm thấy" in client.predict(sample["doc_id"], api_name="/delete").lower()


def test_deleting_an_uploaded_document_removes_its_stored_copy(
    writable_app: RunningApp, tmp_path: Path
) -> None:
    path = tmp_path / "xoa-thu.md"
    path.write_text(NEW_REPORT.replace("Phú Yên", "Ninh Thuận"), encoding="utf-8")
    rows, _ = _upload(writable_app, path)
    assert [r[1] for r in rows] == ["Đã thêm"]
    stored = writable_app.data_dir / UPLOADS_DIR / "xoa-thu.md"
    assert stored.is_file()
    doc_id = next(d["doc_id"] for d in writable_app.bot.documents() if d["source"] == str(stored))
    writable_app.client().predict(doc_id, api_name="/delete")
    assert not stored.exists()
    assert "xoa-thu.md" not in _names(writable_app)
