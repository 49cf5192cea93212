"""Ingest stage for one file: bytes -> hash -> document -> metadata -> chunks.

Writing the result into the store is the job of ``vectorstore.indexer``; this module knows
nothing about storage. It also defines the ingest report that the CLI and the UI show.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import LoadError
from ingest.model import Chunk, DocMetadata, LoadedDocument


@dataclass
class PreparedDocument:
    """A file turned into everything the store needs."""

    doc_id: str
    source: str
    content_hash: str
    size: int
    loaded: LoadedDocument
    metadata: DocMetadata
    chunks: list[Chunk]


@dataclass
class FileResult:
    """What happened to one file. ``status``: added, updated, unchanged, skipped, removed."""

    source: str
    status: str
    chunks: int = 0
    reason: str = ""  # machine code for skipped files: unsupported, too_large, empty, ...
    message: str = ""  # Vietnamese explanation for people


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def added(self) -> int:
        return self.count("added")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def skipped(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "skipped"]

    @property
    def removed(self) -> int:
        return self.count("removed")

    @property
    def chunks(self) -> int:
        return sum(f.chunks for f in self.files if f.status in ("added", "updated"))

    @property
    def ok(self) -> bool:
        return not self.skipped

    def to_dict(self) -> dict[str, Any]:
        counts = Counter(f.status for f in self.files)
        return {
            "added": counts["added"],
            "updated": counts["updated"],
            "unchanged": counts["unchanged"],
            "skipped": counts["skipped"],
            "removed": counts["removed"],
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
            "files": [asdict(f) for f in self.files],
        }


def source_key(path: Path) -> str:
    """The stored ``source`` of a file: its absolute path, so re-runs from anywhere match."""
    return str(path.expanduser().absolute())


def doc_id_for(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def file_hash(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[FileResult]]:
    """Files under ``paths`` (folders recursively, hidden entries ignored), and missing paths."""
    files: list[Path] = []
    missing: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            files.append(path)
        else:
            message = f"Không tìm thấy tệp hoặc thư mục: {path}. Kiểm tra lại đường dẫn."
            missing.append(FileResult(source_key(path), "skipped", reason="missing", message=message))
    unique = list(dict.fromkeys(p.absolute() for p in files))
    return unique, missing


def check_file(path: Path, max_bytes: int) -> None:
    """Cheap checks before reading a file: extension and size."""
    from ingest.loaders import SUPPORTED_EXTENSIONS

    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        allowed = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        raise LoadError(
            f"Định dạng '{ext or '(không có đuôi)'}' không được hỗ trợ. Các định dạng nhận: {allowed}.",
            "unsupported",
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise LoadError(
            f"Tệp quá lớn ({size / 2**20:.1f} MB, giới hạn {max_bytes / 2**20:.0f} MB). "
            "Tách tệp hoặc tăng BAOCAO_MAX_FILE_MB.",
            "too_large",
        )


def prepare_file(
    path: Path, *, content_hash: str, size: int, max_bytes: int, chunk_chars: int
) -> PreparedDocument:
    """Load, describe and chunk one file. Raises LoadError for anything unreadable."""
    from ingest.chunking import chunk_document
    from ingest.loaders import load_document
    from ingest.metadata import extract_metadata

    loaded = load_document(path, max_bytes=max_bytes)
    metadata = extract_metadata(loaded)
    if not metadata.title:
        metadata.title = path.stem
    chunks = chunk_document(loaded, metadata, max_chars=chunk_chars, target_chars=chunk_chars * 3 // 5)
    if not chunks:
        raise LoadError("Tệp không có nội dung văn bản nào để nạp.", "empty")
    source = source_key(path)
    return PreparedDocument(
        doc_id=doc_id_for(source),
        source=source,
        content_hash=content_hash,
        size=size,
        loaded=loaded,
        metadata=metadata,
        chunks=chunks,
    )
