"""The document library: uploads (checked, renamed safely, stored under <data_dir>/uploads/),
per-file ingest results, the document table, deletion and re-ingestion.

An upload never overwrites a different file: a second report with the same name is stored as
"name (2).ext". The folder is created owner-only (0700), and the copy Gradio keeps in its
temporary folder is deleted once the file is stored, so that the reports live only under the
data directory.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePath
from typing import Any

from assistant.numbers import format_date
from assistant.ui.filters import period_label
from assistant.ui.render import strip_markup
from ingest.pipeline import FileResult, IngestReport

UPLOADS_DIR = "uploads"
STATUS_LABELS = {
    "added": "Đã thêm",
    "updated": "Đã cập nhật",
    "unchanged": "Không thay đổi",
    "skipped": "Bỏ qua",
    "removed": "Đã xóa",
}
RESULT_HEADERS = ["Tệp", "Kết quả", "Số đoạn", "Ghi chú"]
DOC_HEADERS = ["Tiêu đề", "Tỉnh/thành", "Cơ quan", "Kỳ báo cáo", "Ngày", "Số hiệu", "Số đoạn", "Tệp", "Mã"]
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_MAX_NAME = 150

Progress = Callable[[int, int, str], None]


def safe_filename(name: str) -> str:
    """A file name that cannot leave the uploads folder; Vietnamese letters kept (NFC)."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    base = re.sub(r"\s+", " ", base)
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = ext.lower()
    stem = stem.strip(" .") or "tai-lieu"
    room = _MAX_NAME - len(ext) - 1
    return f"{stem[:room].rstrip(' .')}.{ext}" if ext else stem[:_MAX_NAME]


def allowed_extensions() -> list[str]:
    from ingest.loaders import SUPPORTED_EXTENSIONS

    return sorted(SUPPORTED_EXTENSIONS)


def check_upload(path: Path, shown_name: str, max_bytes: int) -> FileResult | None:
    """A "skipped" result when the file may not be ingested, else None."""
    ext = PurePath(shown_name).suffix.lower()
    if ext not in allowed_extensions():
        allowed = ", ".join(allowed_extensions())
        message = f"Định dạng '{ext or '(không có đuôi)'}' không được nhận. Các định dạng nhận: {allowed}."
        return FileResult(shown_name, "skipped", reason="unsupported", message=message)
    size = path.stat().st_size
    if size > max_bytes:
        message = f"Tệp quá lớn ({size / 2**20:.1f} MB, giới hạn {max_bytes / 2**20:.0f} MB)."
        return FileResult(shown_name, "skipped", reason="too_large", message=message)
    if size == 0:
        return FileResult(shown_name, "skipped", reason="empty", message="Tệp rỗng (0 byte).")
    return None


def store_uploads(
    paths: Iterable[str | Path], uploads_dir: Path, max_bytes: int
) -> tuple[list[Path], list[FileResult]]:
    """Copy acceptable uploads into ``uploads_dir`` under safe names; results for the rest."""
    if not uploads_dir.exists():
        uploads_dir.mkdir(parents=True, mode=0o700)
    root = uploads_dir.resolve()
    stored: list[Path] = []
    rejected: list[FileResult] = []
    for raw in paths:
        src = Path(raw)
        name = safe_filename(src.name)
        try:
            problem = check_upload(src, name, max_bytes) or _store(src, name, root, stored)
        except OSError:
            message = "Không đọc được tệp đã tải lên; hãy tải lại."
            problem = FileResult(name, "skipped", reason="unreadable", message=message)
        if problem:
            rejected.append(problem)
    return stored, rejected


def _store(src: Path, name: str, root: Path, stored: list[Path]) -> FileResult | None:
    """Copy ``src`` into ``root`` under ``name`` (or a free variant); a result if it may not."""
    target = free_target(root, name, src)
    if target.parent != root:  # cannot happen after safe_filename; checked anyway
        return FileResult(name, "skipped", reason="unsafe_name", message="Tên tệp không hợp lệ.")
    shutil.copyfile(src, target)
    if target not in stored:
        stored.append(target)
    return None


def free_target(root: Path, name: str, src: Path) -> Path:
    """``root/name``, or "name (2).ext"... when a different file already has that name."""
    stem, dot, ext = name.rpartition(".")
    stem, dot, ext = (stem, dot, ext) if dot else (name, "", "")
    target, n = root / name, 2
    while target.is_symlink() or (target.exists() and not _same_file(target, src)):
        target, n = root / f"{stem} ({n}){dot}{ext}", n + 1
    return target.resolve()


def _same_file(a: Path, b: Path) -> bool:
    return a.is_file() and filecmp.cmp(a, b, shallow=False)


def gradio_upload_dir() -> Path:
    """Where Gradio keeps the files it receives (its own default, without importing it)."""
    return Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio").resolve()


def discard_temporary(paths: Iterable[str | Path]) -> None:
    """Delete the copies Gradio kept of uploaded files (only inside its upload folder)."""
    folder = gradio_upload_dir()
    for raw in paths:
        path = Path(raw).resolve()
        if path.is_file() and path.is_relative_to(folder):
            with contextlib.suppress(OSError):  # gone already, or the folder is shared: leave it
                path.unlink(missing_ok=True)
                if path.parent != folder:
                    path.parent.rmdir()  # Gradio's one-file folder; fails if not empty


def result_rows(results: Sequence[FileResult]) -> list[list[Any]]:
    """One table row per file: name, status label, chunks, Vietnamese note."""
    return [
        [PurePath(r.source).name, STATUS_LABELS.get(r.status, r.status), r.chunks, r.message] for r in results
    ]


def summary_text(results: Sequence[FileResult]) -> str:
    counts = {label: sum(1 for r in results if r.status == key) for key, label in STATUS_LABELS.items()}
    parts = [f"{label.lower()}: {n}" for label, n in counts.items() if n]
    return "Kết quả nạp — " + ", ".join(parts) + "." if parts else "Chưa chọn tệp nào."


def ingest_uploads(
    bot: Any, paths: Iterable[str | Path], max_bytes: int, progress: Progress | None = None
) -> list[FileResult]:
    """Store and ingest uploaded files; one result per file, rejected ones included."""
    paths = list(paths)
    try:
        stored, rejected = store_uploads(paths, Path(bot.data_dir) / UPLOADS_DIR, max_bytes)
    finally:
        discard_temporary(paths)
    report: IngestReport = bot.ingest(stored, progress=progress) if stored else IngestReport()
    return rejected + list(report.files)


def document_rows(documents: Sequence[dict[str, Any]]) -> list[list[Any]]:
    """The library table: one row per document."""
    rows = []
    for d in sorted(documents, key=lambda d: (str(d.get("province")), str(d.get("date")), d["doc_id"])):
        periods = ", ".join(period_label(str(p)) for p in d.get("periods") or [])
        rows.append(
            [
                strip_markup(str(d.get("title") or "")),
                str(d.get("province") or ""),
                strip_markup(str(d.get("body") or "")),
                periods,
                format_date(str(d.get("date") or "")),
                strip_markup(str(d.get("doc_number") or "")),
                int(d.get("n_chunks") or 0),
                PurePath(str(d.get("source") or "")).name,
                str(d["doc_id"]),
            ]
        )
    return rows


def public_document(doc: dict[str, Any]) -> dict[str, Any]:
    """A document for the API: text values without markup."""
    return {k: strip_markup(v) if isinstance(v, str) else v for k, v in doc.items()}


def find_document(bot: Any, doc_id: str) -> dict[str, Any] | None:
    return next((d for d in bot.documents() if d["doc_id"] == doc_id), None)


def delete_document(bot: Any, doc_id: str) -> str:
    """Remove a document from the store (and its uploaded copy); a Vietnamese message."""
    doc = find_document(bot, doc_id)
    if doc is None:
        return "Không tìm thấy tài liệu này (có thể đã bị xóa)."
    bot.remove([doc["source"]])
    source = Path(doc["source"])
    uploads = (Path(bot.data_dir) / UPLOADS_DIR).resolve()
    if source.parent.resolve() == uploads and source.is_file():
        source.unlink()  # an upload belongs to the store; a user's own file is left alone
    return f"Đã xóa: {source.name}."


def reingest_document(bot: Any, doc_id: str) -> list[FileResult]:
    """Read a document's source file again and replace it in the store."""
    doc = find_document(bot, doc_id)
    if doc is None:
        return [FileResult(doc_id, "skipped", reason="missing", message="Không tìm thấy tài liệu này.")]
    source = Path(doc["source"])
    if not source.is_file():
        message = "Tệp gốc không còn ở vị trí đã nạp; tài liệu được giữ nguyên."
        return [FileResult(str(source), "skipped", reason="missing", message=message)]
    return list(bot.ingest([source], force=True).files)
