"""File loaders: turn a file on disk into a ``LoadedDocument`` (display text as Blocks).

``load_document`` picks the loader from the file extension, checks the size before reading,
and turns every failure into ``LoadError`` with a Vietnamese message and a stable ``reason``:
"unsupported", "too_large", "empty", "corrupt", "no_text", "encoding", "unreadable".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.errors import LoadError
from ingest.end_matter import mark_end_matter
from ingest.loaders.common import DEFAULT_MAX_UNZIPPED, error, read_bytes
from ingest.model import LoadedDocument

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}
)
DEFAULT_MAX_BYTES = 20 * 2**20

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_EXTENSIONS", "load_document"]


def _loader(suffix: str, max_unzipped_bytes: int) -> Callable[[Path, bytes], LoadedDocument]:
    # Imported here so that importing ingest.loaders stays cheap (no docx/pypdf/trafilatura).
    if suffix in (".txt", ".md", ".markdown"):
        from ingest.loaders.text import load_markdown, load_txt

        return load_txt if suffix == ".txt" else load_markdown
    if suffix in (".html", ".htm"):
        from ingest.loaders.html import load_html

        return load_html
    if suffix == ".docx":
        from ingest.loaders.docx import load_docx

        return lambda path, data: load_docx(path, data, max_unzipped=max_unzipped_bytes)
    from ingest.loaders.pdf import load_pdf

    return load_pdf


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError as err:
        raise error("unreadable", path, "không tìm thấy tệp") from err
    except OSError as err:
        raise error("unreadable", path, err.strerror or str(err)) from err
    if not path.is_file():
        raise error("unreadable", path, "đây không phải là một tệp")
    if size > max_bytes:
        raise error("too_large", path, f"{size / 2**20:.1f} MB, giới hạn {max_bytes / 2**20:.1f} MB")
    if size == 0:
        raise error("empty", path, "tệp có dung lượng 0 byte")


def load_document(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED,
) -> LoadedDocument:
    """Load one file as display-text blocks in reading order.

    ``max_bytes`` bounds the file size (checked before reading); ``max_unzipped_bytes`` bounds
    the uncompressed size of a DOCX archive (zip-bomb guard). Raises ``LoadError``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        raise error("unsupported", path, suffix or "không có phần mở rộng")
    _check_size(path, max_bytes)
    data = read_bytes(path)
    loader = _loader(suffix, max_unzipped_bytes)
    try:
        document = loader(path, data)
    except LoadError:
        raise
    except (RecursionError, MemoryError) as err:
        raise error("corrupt", path, "cấu trúc tệp quá phức tạp để xử lý") from err
    except Exception as err:  # a parser bug or an unforeseen malformed file: never leak it
        raise error("corrupt", path, f"{type(err).__name__}: {err}"[:200]) from err
    if not any(block.text.strip() for block in document.blocks):
        raise error("empty", path, "không còn văn bản sau khi làm sạch")
    document.blocks = mark_end_matter(document.blocks)
    return document
