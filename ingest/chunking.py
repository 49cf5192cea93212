"""Structure-aware chunking: LoadedDocument blocks -> Chunks with heading paths.

Packing rules (``chunk_document``):

* Headings update a heading path; a heading of level L replaces the entries of level >= L.
  A heading is kept with the content that follows it; a chunk's ``section`` is the path in
  force at its first content block.
* Paragraphs and list items are packed up to ``target_chars``. A chunk never crosses a
  heading of the two top levels the document uses (levels are ranked per document, since
  loaders number them differently: "## I." / "### 1." in Markdown count as the top two);
  a deeper heading starts a new chunk once the current one holds half of ``target_chars``
  or its content would not fit. A paragraph longer than ``max_chars`` starts a new chunk
  and is split at sentence ends, a sentence longer than ``max_chars`` at "; " or ", ", then
  at spaces.
  Only a single word longer than the room left (a URL) is ever cut inside.
* A table gets chunks of its own (kind "table"). The short paragraph just before it (a
  caption or intro line of at most CAPTION_MAX_CHARS) and the headings just before it join
  the table's first chunk when they fit. A table longer than ``max_chars`` is split by
  rows; each later piece repeats the header row (plus a Markdown separator row) at the top
  of its text, outside its span. A row longer than a piece is cut at " | ", then spaces.
* A list introduced by a lead-in paragraph ending with ":" ("Nhiệm vụ trọng tâm quý II:")
  is kept with its lead-in in one chunk when the whole fits in ``max_chars`` (starting a new
  chunk if need be); a longer list keeps the lead-in with its first item, and each later
  piece of the list repeats the lead-in sentence above its text, outside its span.
* ``Chunk.text == doc.text[start:end]`` for every chunk except the later pieces of a split
  table or a long list, whose text is the repeated header (or lead-in) + "\\n" +
  ``doc.text[start:end]``.

The packer lives in ``ingest.chunk_packer``, the cutting of long text and tables in
``ingest.chunk_split``; ``cut_point`` and ``split_span`` are importable from here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.bodies import body_with_province
from ingest.chunk_packer import CAPTION_MAX_CHARS, LEAD_IN_MAX_CHARS, Packer, Unit, UnitKind
from ingest.chunk_split import cut_point, split_span, strip_span
from ingest.model import BLOCK_SEPARATOR, Block, Chunk, DocMetadata, LoadedDocument

__all__ = [
    "CAPTION_MAX_CHARS",
    "CONTEXT_MAX_CHARS",
    "HARD_BOUNDARY_RANKS",
    "LEAD_IN_MAX_CHARS",
    "TITLE_MAX_CHARS",
    "UnitKind",
    "chunk_document",
    "context_header",
    "cut_point",
    "split_span",
]

HARD_BOUNDARY_RANKS = 2  # headings of the two top levels always start a new chunk
CONTEXT_MAX_CHARS = 250
TITLE_MAX_CHARS = 140
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def context_header(meta: DocMetadata) -> str:
    """One short line identifying the document: title | dd/mm/yyyy | body province | periods
    | number ("Số 126-BC/ĐUK": reports are cited by their number)."""
    title = _shorten(" ".join(meta.title.split()), TITLE_MAX_CHARS)
    body = body_with_province(meta.body, meta.province)
    number = f"Số {meta.doc_number}" if meta.doc_number else ""
    parts = [title, _display_date(meta.date), body, ", ".join(meta.periods), number]
    line = " | ".join(p for p in parts if p)
    return _shorten(line, CONTEXT_MAX_CHARS)


def chunk_document(
    doc: LoadedDocument, meta: DocMetadata, *, max_chars: int = 1200, target_chars: int = 700
) -> list[Chunk]:
    """Split ``doc`` into chunks no longer than ``max_chars`` (see the module rules)."""
    _check_sizes(max_chars, target_chars)
    text = doc.text
    packer = Packer(text, max_chars, target_chars, context_header(meta))
    path: list[tuple[int, str]] = []
    levels = sorted({max(b.level, 1) for b in doc.blocks if b.kind == "heading"})
    hard_levels = set(levels[:HARD_BOUNDARY_RANKS])
    spans = list(_block_spans(doc.blocks))
    index = 0
    while index < len(spans):
        block, start, end = spans[index]
        index += 1
        items = _list_items(spans, index - 1)
        if items:
            section = _section(path)
            lead = Unit(start, end, "text", section, block.page)
            packer.add_list(lead, [Unit(s, e, "text", section, b.page) for b, s, e in items])
            index += len(items)
        elif block.kind == "heading" and end - start <= max_chars:
            level = max(block.level, 1)
            path = [entry for entry in path if entry[0] < level]
            path.append((level, " ".join(text[start:end].split()).rstrip(" :")))
            unit = Unit(start, end, "heading", _section(path), block.page)
            packer.add_heading(unit, hard=level in hard_levels)
        elif block.kind == "table":
            packer.add_table(Unit(start, end, "text", _section(path), block.page))
        else:
            packer.add_text(Unit(start, end, "text", _section(path), block.page))
    packer.finish()
    return packer.chunks


def _list_items(spans: list[tuple[Block, int, int]], index: int) -> list[tuple[Block, int, int]]:
    """The list items that follow a lead-in paragraph ending with ":" at ``index``."""
    block = spans[index][0]
    if block.kind != "paragraph" or not block.text.rstrip().endswith(":"):
        return []
    items = []
    for span in spans[index + 1 :]:
        if span[0].kind != "list_item":
            break
        items.append(span)
    return items


def _block_spans(blocks: list[Block]) -> Iterator[tuple[Block, int, int]]:
    """Yield each non-blank block with its stripped span in ``LoadedDocument.text``."""
    offset = 0
    for block in blocks:
        for start, end in strip_span(block.text, 0, len(block.text)):
            yield block, offset + start, offset + end
        offset += len(block.text) + len(BLOCK_SEPARATOR)


def _section(path: list[tuple[int, str]]) -> str:
    return " > ".join(title for _, title in path)


def _display_date(iso: str) -> str:
    match = _ISO_DATE.fullmatch(iso.strip())
    if not match:
        return iso.strip()
    return "/".join(part for part in reversed(match.groups()) if part)


def _shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` chars at a word boundary, marking the cut with "…"."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:|-") + "…"


def _check_sizes(max_chars: int, target_chars: int) -> None:
    for name, value in (("max_chars", max_chars), ("target_chars", target_chars)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name} must be an int, got {value!r}")
        if value <= 0:
            raise ValueError(f"{name} must be > 0, got {value}")
    if target_chars > max_chars:
        raise ValueError(f"target_chars ({target_chars}) must be <= max_chars ({max_chars})")
