"""Plain data passed between the ingest stages: loader -> metadata -> chunker -> store."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "table", "list_item"]


@dataclass(frozen=True)
class Block:
    """One structural unit of a loaded document, in reading order.

    ``text`` is display text (see ``ingest.text.clean_text``). Tables are rendered as
    Markdown-style rows (``| a | b |``), the first row being the header. ``level`` is the
    heading depth (1 = top) for headings and 0 otherwise. ``page`` is 1-based for PDFs.
    """

    text: str
    kind: BlockKind = "paragraph"
    level: int = 0
    page: int | None = None


@dataclass
class LoadedDocument:
    """What a loader returns: the main content as blocks plus hints found in the file."""

    source: str
    format: str  # "txt", "md", "html", "docx", "pdf"
    blocks: list[Block]
    encoding: str | None = None  # detected text encoding, for text formats
    # Hints a format carries beside the body: HTML <title>/og:title, meta dates, canonical
    # URL, DOCX core properties, PDF info. Keys: title, date, url, author, site_name.
    hints: dict[str, str] = field(default_factory=dict)
    # Lines removed as web boilerplate that still carry metadata (date lines, bylines).
    header_lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The document text: blocks joined by blank lines (chunk offsets refer to it)."""
        return BLOCK_SEPARATOR.join(b.text for b in self.blocks)


BLOCK_SEPARATOR = "\n\n"


@dataclass
class DocMetadata:
    """Metadata of one document. Unknown values stay empty: nothing is guessed."""

    title: str = ""
    date: str = ""  # ISO date of publication or signature, "YYYY-MM-DD"
    periods: list[str] = field(default_factory=list)  # reporting periods: "2022-Q1", "2023-H1"
    mentioned_periods: list[str] = field(default_factory=list)  # every period named in the text
    body: str = ""  # issuing body, display form: "Đảng ủy Khối các cơ quan tỉnh"
    body_key: str = ""  # canonical key of the body kind: "khoi-co-quan", "khoi-doanh-nghiep"...
    province: str = ""  # display form: "Nghệ An", "Cần Thơ"
    doc_number: str = ""  # "126-BC/ĐUK"
    doc_type: str = ""  # "bao-cao" (formal report) or "tin" (news article)
    author: str = ""
    source_url: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Chunk:
    """A retrievable piece of a document.

    ``text`` is the chunk's display text. ``start``/``end`` are offsets into the document
    text (``LoadedDocument.text``) of the span this chunk covers; for the later pieces of a
    split table or a long list, the repeated header row or lead-in sentence is part of
    ``text`` but not of the span. ``section`` is the heading
    path ("I. KẾT QUẢ > 2. Công tác tổ chức"). ``context`` is a short header (title, date,
    body) prepended to the text for embedding and lexical indexing.
    """

    text: str
    start: int
    end: int
    section: str = ""
    kind: Literal["text", "table"] = "text"
    page: int | None = None
    context: str = ""

    def indexed_text(self) -> str:
        """Text given to the embedder and the lexical index."""
        parts = [self.context, self.section, self.text]
        return "\n".join(p for p in parts if p)
