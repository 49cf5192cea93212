"""Helpers shared by the loaders: Vietnamese error messages, reading, block building."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.errors import LoadError
from ingest.model import Block, BlockKind
from ingest.text import clean_text

DEFAULT_MAX_UNZIPPED = 200 * 2**20

_MESSAGES = {
    "unsupported": (
        "Không hỗ trợ định dạng của tệp {name} ({detail}). Hãy chuyển tệp sang một trong các "
        "định dạng: .txt, .md, .html, .docx, .pdf rồi nạp lại."
    ),
    "too_large": ("Tệp {name} quá lớn ({detail}). Hãy tách tệp thành nhiều phần nhỏ hơn rồi nạp lại."),
    "empty": (
        "Tệp {name} không có nội dung văn bản ({detail}). Hãy kiểm tra lại tệp: có thể tệp "
        "rỗng hoặc chỉ chứa hình ảnh."
    ),
    "corrupt": (
        "Tệp {name} bị hỏng hoặc không đúng định dạng ({detail}). Hãy mở tệp bằng phần mềm "
        "gốc, lưu thành một tệp mới rồi nạp lại."
    ),
    "no_text": (
        "Tệp PDF {name} không có lớp văn bản ({detail}), có thể là bản scan hoặc ảnh chụp. "
        "Hãy chạy nhận dạng ký tự (OCR) để tạo PDF có chữ, hoặc dùng bản DOCX/TXT gốc."
    ),
    "encoding": (
        "Không đọc được chữ trong tệp {name}: {detail} Hãy mở tệp bằng trình soạn thảo, lưu "
        "lại với bảng mã Unicode (UTF-8) rồi nạp lại."
    ),
    "unreadable": (
        "Không đọc được tệp {name} ({detail}). Hãy kiểm tra tệp còn tồn tại và bạn có quyền đọc tệp."
    ),
}


def error(reason: str, path: Path, detail: str) -> LoadError:
    """A ``LoadError`` with the Vietnamese message for ``reason`` about file ``path``."""
    message = _MESSAGES[reason].format(name=f"“{Path(path).name}”", detail=detail)
    return LoadError(message, reason)


def read_bytes(path: Path) -> bytes:
    """Read a whole file; I/O problems become ``LoadError("unreadable")``."""
    try:
        return path.read_bytes()
    except PermissionError as err:
        raise error("unreadable", path, "không có quyền đọc") from err
    except OSError as err:
        raise error("unreadable", path, err.strerror or str(err)) from err


def decode_named(path: Path, data: bytes, decoder: Callable[[bytes], tuple[str, str]]) -> tuple[str, str]:
    """``decoder(data)``; a ``LoadError`` it raises gets the file name in front of its message."""
    try:
        return decoder(data)
    except LoadError as err:
        raise LoadError(f"Tệp “{path.name}”: {err}", err.reason) from err


def line_groups(lines: list[str], tidy: Callable[[str], str] = str.strip) -> list[list[str]]:
    """Runs of non-blank lines (each passed through ``tidy``), as split by blank lines."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(tidy(line))
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def make_block(
    text: str, kind: BlockKind = "paragraph", level: int = 0, page: int | None = None
) -> Block | None:
    """A Block of clean display text, or None when nothing is left after cleaning."""
    if kind == "table":
        cleaned = "\n".join(clean_text(row) for row in text.split("\n") if row.strip())
    else:
        cleaned = clean_text(text)
    if not cleaned:
        return None
    return Block(text=cleaned, kind=kind, level=level if kind == "heading" else 0, page=page)
