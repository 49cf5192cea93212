"""PDF loader: the pypdf text layer, page by page, rebuilt into paragraphs, headings and tables.

Layout extraction keeps vertical gaps (blank lines between paragraphs) and column positions
(tables); lines are joined when a line does not end a sentence or fills the page width.
Repeated page headers/footers and bare page numbers are dropped. A PDF without a text layer
needs OCR and is refused with reason "no_text"; a truncated or damaged one with "corrupt".
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.loaders.common import error, make_block
from ingest.loaders.pdf_tables import find_tables, fragments
from ingest.model import Block, LoadedDocument
from ingest.structure import SENTENCE_END, classify_line, is_rule, render_table

_PAGE_NUMBER = re.compile(r"(?:trang|page)?\s*[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:/|of|trên)\s*\d{1,4})?", re.I)
_MIN_TEXT_CHARS = 20
_EDGE_LINES = 2


def _reader(path: Path, data: bytes) -> Any:
    import pypdf
    from pypdf.errors import PyPdfError

    if b"%PDF" not in data[:1024] or b"%%EOF" not in data[-2048:]:
        raise error("corrupt", path, "thiếu phần đầu hoặc phần cuối của PDF, có thể bị cắt cụt")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise error("unreadable", path, "tệp PDF được bảo vệ bằng mật khẩu, hãy gỡ mật khẩu")
        _ = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as err:
        raise error("corrupt", path, f"không đọc được cấu trúc PDF ({type(err).__name__})") from err
    return reader


def _two_columns(text: str) -> bool:
    """Most lines split in two by a wide gap near the middle: a two-column page."""
    lines = [line for line in text.split("\n") if len(line.strip()) >= 30]
    split = 0
    for line in lines:
        parts = fragments(line)
        width = len(line.rstrip())
        if len(parts) == 2 and 0.3 * width <= parts[1][0] <= 0.7 * width:
            split += 1
    return len(lines) >= 4 and split >= 0.6 * len(lines)


def _page_text(page: Any) -> str:
    """Layout text (keeps gaps and table columns); plain text for two-column pages."""
    try:
        text = str(page.extract_text(extraction_mode="layout"))
    except Exception:  # layout mode fails on some fonts: the plain text layer is still good
        return str(page.extract_text() or "")
    return str(page.extract_text() or "") if _two_columns(text) else text


def _edge_key(line: str) -> str:
    """Compare header/footer lines; short ones ignoring numbers ("Trang 3/10")."""
    text = " ".join(line.lower().split())
    return re.sub(r"\d+", "#", text) if len(text) <= 25 else text


def _edge_indices(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])


def _drop_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove bare page numbers and header/footer lines repeated on most pages."""
    edges = [_edge_indices(lines) for lines in pages]
    keys = [{_edge_key(lines[i]) for i in edge} for lines, edge in zip(pages, edges, strict=True)]
    counts = Counter(key for page_keys in keys for key in page_keys)
    repeated = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) / 2)}

    def furniture(line: str) -> bool:
        return bool(_PAGE_NUMBER.fullmatch(line.strip())) or _edge_key(line) in repeated

    return [
        [line for i, line in enumerate(lines) if i not in edge or not furniture(line)]
        for lines, edge in zip(pages, edges, strict=True)
    ]


class _Assembler:
    """Joins the lines of all pages into blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.kind = "paragraph"
        self.page = 1
        self.width = 80

    def flush(self) -> None:
        if self.parts:
            block = make_block(
                " ".join(self.parts), "list_item" if self.kind == "list_item" else "paragraph", page=self.page
            )
            if block is not None:
                self.blocks.append(block)
        self.parts = []

    def add(self, block: Block | None) -> None:
        self.flush()
        if block is not None:
            self.blocks.append(block)

    def continues(self, line: str) -> bool:
        if not self.parts:
            return False
        prev = self.parts[-1]
        full = len(prev) >= 0.8 * self.width
        if not prev.endswith(SENTENCE_END):
            return full or line[:1].islower()
        return len(prev) >= 0.9 * self.width

    def line(self, line: str, page: int) -> None:
        kind, level = classify_line(line)
        if self.continues(line) and (kind == "paragraph" or not self.parts[-1].endswith(SENTENCE_END)):
            self.parts.append(line)
            return
        if kind == "heading":
            self.add(make_block(line, "heading", level, page))
            return
        self.flush()
        self.kind, self.page = ("list_item" if kind == "list_item" else "paragraph"), page
        self.parts.append(line)

    def blank(self, next_line: str) -> None:
        """A vertical gap ends the paragraph, unless the text plainly runs on across it."""
        runs_on = self.parts and not self.parts[-1].endswith(SENTENCE_END) and next_line[:1].islower()
        if not runs_on:
            self.flush()


def _trim(lines: list[str]) -> list[str]:
    """Drop the blank margin lines at the top and bottom of a page: they are no paragraph gap."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0] : filled[-1] + 1] if filled else []


def _page_lines(assembler: _Assembler, lines: list[str], page: int) -> None:
    lines = _trim(lines)
    tables = {span.start: span for span in find_tables(lines)}
    text_lines = [" ".join(line.split()) for line in lines]
    widths = sorted(len(t) for t in text_lines if t)
    if widths:
        assembler.width = widths[int(0.9 * (len(widths) - 1))]
    i = 0
    while i < len(lines):
        if i in tables:
            span = tables[i]
            assembler.add(make_block(render_table(span.rows), "table", page=page))
            i = span.end
            continue
        text = text_lines[i]
        if not text:
            following = next((t for t in text_lines[i + 1 :] if t), "")
            assembler.blank(following)
        elif is_rule(text):
            assembler.flush()
        else:
            assembler.line(text, page)
        i += 1


def _hints(reader: Any) -> dict[str, str]:
    try:
        info = reader.metadata or {}
    except Exception:  # a damaged info dictionary is not worth failing the document for
        return {}
    hints = {"title": str(info.get("/Title") or ""), "author": str(info.get("/Author") or "")}
    return {key: " ".join(value.split()) for key, value in hints.items() if value.strip()}


def load_pdf(path: Path, data: bytes) -> LoadedDocument:
    """Load a PDF's text layer; Block.page is the 1-based page number."""
    reader = _reader(path, data)
    try:
        pages = [_page_text(page).split("\n") for page in reader.pages]
    except Exception as err:  # a page tree that breaks while being walked
        raise error("corrupt", path, f"không đọc được trang PDF ({type(err).__name__})") from err
    if sum(len("".join(line.split())) for lines in pages for line in lines) < _MIN_TEXT_CHARS:
        raise error("no_text", path, f"{len(pages)} trang, không có chữ")
    assembler = _Assembler()
    for number, lines in enumerate(_drop_page_furniture(pages), start=1):
        _page_lines(assembler, lines, number)
    assembler.flush()
    return LoadedDocument(source=str(path), format="pdf", blocks=assembler.blocks, hints=_hints(reader))
