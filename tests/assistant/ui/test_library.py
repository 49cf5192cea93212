"""Upload handling without a server: safe names, checks, storage under <data_dir>/uploads/."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.ui.library import safe_filename, store_uploads, summary_text
from ingest.pipeline import FileResult


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Báo cáo quý I-2024.docx", "Báo cáo quý I-2024.docx"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\Windows\\win.ini.TXT", "win.ini.txt"),
        ("a<b>:c|d?.md", "a_b_c_d_.md"),
        ("...", "tai-lieu"),
        (".an.md", "an.md"),
        ("", "tai-lieu"),
    ],
)
def test_safe_filename(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


def test_safe_filename_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Báo cáo Hà Tĩnh.pdf")
    assert safe_filename(decomposed) == unicodedata.normalize("NFC", "Báo cáo Hà Tĩnh.pdf")


@given(st.text(max_size=300))
def test_safe_filename_never_leaves_the_folder(name: str) -> None:
    safe = safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert safe not in (".", "..") and not safe.startswith(".")
    assert len(safe) <= 150
    root = Path("/srv/uploads")
    assert (root / safe).resolve().parent == root.resolve()


def test_store_uploads_checks_extension_size_and_emptiness(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    ok = src / "Báo cáo.md"
    ok.write_text("# Báo cáo\nNội dung.", encoding="utf-8")
    (src / "x.exe").write_bytes(b"MZ")
    (src / "big.txt").write_bytes(b"a" * 2048)
    (src / "empty.pdf").write_bytes(b"")
    uploads = tmp_path / "data" / "uploads"
    stored, rejected = store_uploads(sorted(src.iterdir()), uploads, max_bytes=1024)
    assert stored == [(uploads / "Báo cáo.md").resolve()]
    assert stored[0].read_text(encoding="utf-8") == ok.read_text(encoding="utf-8")
    reasons = {r.source: r.reason for r in rejected}
    assert reasons == {"x.exe": "unsupported", "big.txt": "too_large", "empty.pdf": "empty"}
    assert all(r.status == "skipped" and r.message for r in rejected)


def test_summary_counts_statuses_in_vietnamese() -> None:
    results = [FileResult("a", "added"), FileResult("b", "skipped"), FileResult("c", "added")]
    assert summary_text(results) == "Kết quả nạp — đã thêm: 2, bỏ qua: 1."
    assert summary_text([]) == "Chưa chọn tệp nào."
