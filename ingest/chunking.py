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
* ``Chunk.text == doc.text[start:end]`` for every chunk except the later pieces of a split
  table, whose text is the repeated header + "\\n" + ``doc.text[start:end]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from ingest.model import BLOCK_SEPARATOR, Block, Chunk, DocMetadata, LoadedDocument
from ingest.sentences import sentence_spans

HARD_BOUNDARY_RANKS = 2  # headings of the two top levels always start a new chunk
CAPTION_MAX_CHARS = 250  # a paragraph this short just before a table joins the table
CONTEXT_MAX_CHARS = 250
TITLE_MAX_CHARS = 140
_TEXT_SEPARATORS = (";", ",")
_ROW_SEPARATORS = ("|",)
_SEPARATOR_ROW = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?")
_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without its surrounding spaces
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")

UnitKind = Literal["heading", "text", "piece"]


@dataclass
class _Unit:
    """A span of the document text that the packer places as a whole."""

    start: int
    end: int
    kind: UnitKind
    section: str
    page: int | None


def context_header(meta: DocMetadata) -> str:
    """One short line identifying the document: title | dd/mm/yyyy | body province | periods."""
    title = _shorten(" ".join(meta.title.split()), TITLE_MAX_CHARS)
    body = " ".join(meta.body.split())
    province = " ".join(meta.province.split())
    if province and province.lower() not in body.lower():
        body = f"{body} {province}".strip()
    parts = [title, _display_date(meta.date), body, ", ".join(meta.periods)]
    line = " | ".join(p for p in parts if p)
    return _shorten(line, CONTEXT_MAX_CHARS)


def chunk_document(
    doc: LoadedDocument, meta: DocMetadata, *, max_chars: int = 1200, target_chars: int = 700
) -> list[Chunk]:
    """Split ``doc`` into chunks no longer than ``max_chars`` (see the module rules)."""
    _check_sizes(max_chars, target_chars)
    text = doc.text
    packer = _Packer(text, max_chars, target_chars, context_header(meta))
    path: list[tuple[int, str]] = []
    levels = sorted({max(b.level, 1) for b in doc.blocks if b.kind == "heading"})
    hard_levels = set(levels[:HARD_BOUNDARY_RANKS])
    for block, start, end in _block_spans(doc.blocks):
        if block.kind == "heading" and end - start <= max_chars:
            level = max(block.level, 1)
            path = [entry for entry in path if entry[0] < level]
            path.append((level, " ".join(text[start:end].split())))
            unit = _Unit(start, end, "heading", _section(path), block.page)
            packer.add_heading(unit, hard=level in hard_levels)
        elif block.kind == "table":
            packer.add_table(_Unit(start, end, "text", _section(path), block.page))
        else:
            packer.add_text(_Unit(start, end, "text", _section(path), block.page))
    packer.finish()
    return packer.chunks


def split_span(
    text: str, start: int, end: int, limit: int, separators: tuple[str, ...] = _TEXT_SEPARATORS
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into stripped spans of at most ``limit`` characters.

    Cuts go after a separator ("; " before ", ") when that keeps a piece at least a third
    of ``limit`` long, else at the last space; a word longer than ``limit`` is cut inside.
    """
    if limit < 1:
        raise ValueError(f"limit must be >= 1, got {limit}")
    spans: list[tuple[int, int]] = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        cut = cut_point(text, start, end, limit, separators)
        spans.extend(_strip(text, start, cut))
        start = cut
    return spans


def cut_point(
    text: str,
    start: int,
    end: int,
    limit: int,
    separators: tuple[str, ...] = _TEXT_SEPARATORS,
    *,
    word_cut: bool = True,
) -> int:
    """End (<= ``start + limit``) of the best first piece of ``text[start:end]``.

    Without a separator or space in reach, cut inside the word (``word_cut``) or return
    ``start`` (no piece).
    """
    if end - start <= limit:
        return end
    if limit < 1:
        return start
    window = text[start : start + limit + 1]  # the char after the limit may be a space
    for sep in separators:
        pos = max(window.rfind(sep + " ", 0, limit + 1), window.rfind(sep + "\n", 0, limit + 1))
        if pos >= 0 and pos >= limit // 3:
            return start + pos + 1
    space = max(window.rfind(" "), window.rfind("\n"))
    if space > 0:
        return start + space
    return start + limit if word_cut else start


@dataclass
class _Packer:
    """Greedy packer of units into chunks (state of one ``chunk_document`` call)."""

    text: str
    max_chars: int
    target_chars: int
    context: str
    chunks: list[Chunk] = field(default_factory=list)
    units: list[_Unit] = field(default_factory=list)  # the chunk being built
    pending: list[_Unit] = field(default_factory=list)  # minor headings awaiting content

    def add_heading(self, unit: _Unit, *, hard: bool) -> None:
        if self._heading_only() or not self.units:
            if self.units and unit.end - self.units[0].start > self.max_chars:
                self.flush()
            self.units.append(unit)
        elif hard:
            self.flush()
            self.units.append(unit)
        elif self.pending and unit.end - self.pending[0].start > self.max_chars:
            self.flush()
            self.units, self.pending = self.pending, []
            self.add_heading(unit, hard=hard)
        else:
            self.pending.append(unit)

    def add_text(self, unit: _Unit) -> None:
        self._place_pending(unit.end)
        size = unit.end - unit.start
        if not self.units:
            if size <= self.max_chars:
                self.units.append(unit)
                return
        elif self._fits(unit.end, self.target_chars):
            self.units.append(unit)
            return
        elif self._heading_only():
            if self._fits(unit.end, self.max_chars):
                self.units.append(unit)
                return
        elif size <= self.max_chars:
            self.flush()
            self.units.append(unit)
            return
        else:
            self.flush()
        for start, end in self._sentence_atoms(unit.start, unit.end):
            self._add_piece(_Unit(start, end, "piece", unit.section, unit.page))

    def add_table(self, table: _Unit) -> None:
        rows = [m.span() for m in _LINE.finditer(self.text, table.start, table.end)]
        if not rows:
            return
        header_end = rows[1][1] if len(rows) > 1 and self._is_separator(rows[1]) else rows[0][1]
        first_end = rows[min(len(rows) - 1, 2 if header_end != rows[0][1] else 1)][1]
        lead = self._take_lead(first_end)
        header = self.text[rows[0][0] : header_end] + "\n"
        if len(header) > self.max_chars // 2:
            header = ""
        start = lead[0].start if lead else rows[0][0]
        page = lead[0].page if lead else table.page
        self._emit_table(rows, start, header, table.section, page)

    def finish(self) -> None:
        self.flush()

    def flush(self) -> None:
        """Emit the chunk being built; pending headings join it if they fit, else follow."""
        groups = [self.units, self.pending]
        if self.units and self.pending and self._fits(self.pending[-1].end, self.max_chars):
            groups = [self.units + self.pending]
        for group in groups:
            if group:
                start, end = group[0].start, group[-1].end
                content = [u for u in group if u.kind != "heading"]
                section = (content[0] if content else group[-1]).section
                self._emit(self.text[start:end], start, end, section, "text", group[0].page)
        self.units, self.pending = [], []

    def _add_piece(self, unit: _Unit) -> None:
        if (
            not self.units
            or self._fits(unit.end, self.target_chars)
            or (self._heading_only() and self._fits(unit.end, self.max_chars))
        ):
            self.units.append(unit)
        elif self._heading_only():
            room = self.max_chars - (unit.start - self.units[0].start)
            cut = cut_point(self.text, unit.start, unit.end, room, word_cut=False)
            head = _strip(self.text, unit.start, cut)
            self.units.extend(_Unit(s, e, "piece", unit.section, unit.page) for s, e in head)
            self.flush()
            for start, end in _strip(self.text, cut, unit.end):
                self.units.append(_Unit(start, end, "piece", unit.section, unit.page))
        else:
            self.flush()
            self.units.append(unit)

    def _place_pending(self, next_end: int) -> None:
        """Minor headings join a chunk still half empty if their content fits, else open one."""
        if not self.pending:
            return
        filled = self.units[-1].end - self.units[0].start >= self.target_chars // 2
        if filled or not self._fits(next_end, self.target_chars):
            pending, self.pending = self.pending, []
            self.flush()
            self.pending = pending
        self.units.extend(self.pending)
        self.pending = []

    def _take_lead(self, first_end: int) -> list[_Unit]:
        """Detach the headings/caption just before a table if they fit with its first rows."""
        from_pending = bool(self.pending)
        if from_pending:
            lead, self.pending = self.pending, []
        else:
            cut = len(self.units)
            last = self.units[-1] if self.units else None
            if last and last.kind == "text" and last.end - last.start <= CAPTION_MAX_CHARS:
                cut -= 1
            while cut and self.units[cut - 1].kind == "heading":
                cut -= 1
            lead, self.units = self.units[cut:], self.units[:cut]
        if lead and first_end - lead[0].start > self.max_chars:
            if from_pending:
                self.pending = lead
            else:
                self.units.extend(lead)
            lead = []
        self.flush()
        return lead

    def _emit_table(
        self,
        rows: list[tuple[int, int]],
        start: int,
        header: str,
        section: str,
        page: int | None,
    ) -> None:
        prefix, end = "", -1
        for row_start, row_end in rows:
            if end >= 0 and row_end - start <= self.max_chars - len(prefix):
                end = row_end
                continue
            if end >= 0:
                self._emit(prefix + self.text[start:end], start, end, section, "table", page)
                prefix = header
                start = row_start
            limit = self.max_chars - len(prefix)
            pieces = split_span(self.text, start, row_end, limit, _ROW_SEPARATORS)
            for piece_start, piece_end in pieces[:-1]:
                piece = self.text[piece_start:piece_end]
                self._emit(prefix + piece, piece_start, piece_end, section, "table", page)
            start, end = pieces[-1]
        self._emit(prefix + self.text[start:end], start, end, section, "table", page)

    def _emit(
        self,
        text: str,
        start: int,
        end: int,
        section: str,
        kind: Literal["text", "table"],
        page: int | None,
    ) -> None:
        self.chunks.append(Chunk(text, start, end, section, kind, page, self.context))

    def _sentence_atoms(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        for s, e in sentence_spans(self.text[start:end]):
            yield from split_span(self.text, start + s, start + e, self.max_chars)

    def _fits(self, end: int, limit: int) -> bool:
        return not self.units or end - self.units[0].start <= limit

    def _heading_only(self) -> bool:
        return bool(self.units) and all(u.kind == "heading" for u in self.units)

    def _is_separator(self, row: tuple[int, int]) -> bool:
        return _SEPARATOR_ROW.fullmatch(self.text, row[0], row[1]) is not None


def _block_spans(blocks: list[Block]) -> Iterator[tuple[Block, int, int]]:
    """Yield each non-blank block with its stripped span in ``LoadedDocument.text``."""
    offset = 0
    for block in blocks:
        text = block.text
        stripped = text.strip()
        if stripped:
            start = offset + len(text) - len(text.lstrip())
            yield block, start, start + len(stripped)
        offset += len(text) + len(BLOCK_SEPARATOR)


def _strip(text: str, start: int, end: int) -> list[tuple[int, int]]:
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return []
    left = start + len(segment) - len(segment.lstrip())
    return [(left, left + len(stripped))]


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
