"""Turn cleaned text lines (TXT, Markdown) into Blocks: paragraphs, headings, lists, tables.

Paragraphs are separated by blank lines. Inside a paragraph a single newline is kept as a
block break when the lines are headings, list items or short header lines, and joined with a
space when the text was hard-wrapped (a full-width line continued on the next one).
"""

from __future__ import annotations

import re

from ingest.layout_tables import is_layout_table, layout_lines
from ingest.loaders.common import line_groups, make_block
from ingest.model import Block
from ingest.structure import (
    SENTENCE_END,
    classify_line,
    clean_cell,
    heading_text,
    is_caption,
    is_rule,
    render_table,
    strip_inline_markdown,
)
from ingest.text_tables import find_tables

_MIN_WRAP_WIDTH = 50
_MAX_WRAP_WIDTH = 120
_SETEXT = re.compile(r"={3,}\s*")
_MD_BULLET = re.compile(r"^[*+]\s+")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _continues(prev: str, nxt: str, width: int) -> bool:
    """Does ``nxt`` continue the wrapped line ``prev``?"""
    if _all_capitals(prev) and not _all_capitals(nxt):
        return False  # "BÁO CÁO" over its subject: a capitalised line is a title of its own
    if not prev.endswith(SENTENCE_END) and (nxt[:1].islower() or nxt[:1].isdigit()):
        return True
    wrapped_text = _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH
    return wrapped_text and len(prev) >= 0.75 * width and not prev.isupper()


def _all_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


class _Builder:
    """Accumulates the blocks of one document."""

    def __init__(self, markdown: bool) -> None:
        self.markdown = markdown
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.kind: str = "paragraph"

    def flush(self) -> None:
        if self.parts:
            text = " ".join(self.parts)
            if self.markdown:
                text = strip_inline_markdown(_MD_BULLET.sub("- ", text))
            self._add(make_block(text, "list_item" if self.kind == "list_item" else "paragraph"))
        self.parts = []

    def _add(self, block: Block | None) -> None:
        if block is not None:
            self.blocks.append(block)

    def heading(self, line: str, level: int) -> None:
        self.flush()
        self._add(make_block(heading_text(line), "heading", level))

    def table(self, rows: list[list[str]]) -> None:
        self.flush()
        grid = [[[clean_cell(part) for part in _BREAK.split(cell)] for cell in row] for row in rows]
        cells = [[" ".join(part for part in cell if part) for cell in row] for row in grid]
        if is_layout_table(cells):  # a letterhead or signature block: its lines, column by column
            for line in layout_lines(grid):
                kind, level = classify_line(line)
                self._add(make_block(line, "paragraph" if kind == "table" else kind, level))
            return
        self._add(make_block(render_table(cells), "table"))

    def line(self, line: str, kind: str, width: int) -> None:
        if kind == "list_item" or not self.parts or not _continues(self.parts[-1], line, width):
            self.flush()
            self.kind = kind
        self.parts.append(line)


def _add_group(builder: _Builder, raw: list[str]) -> None:
    tables = {start: (end, rows) for (start, end), rows in find_tables(raw)}
    in_tables = {i for start, (end, _) in tables.items() for i in range(start, end)}
    group = [" ".join(line.split()) for line in raw]
    width = max((len(line) for i, line in enumerate(group) if i not in in_tables), default=0)
    i = 0
    while i < len(group):
        line = group[i]
        if i in tables:
            end, rows = tables[i]
            builder.table(rows)
            i = end
            continue
        if builder.markdown and i + 1 < len(group) and _SETEXT.fullmatch(group[i + 1]):
            builder.heading(line, 1)
            i += 2
            continue
        if is_rule(line):
            builder.flush()
            i += 1
            continue
        kind, level = classify_line(line)
        if kind == "table":  # a lone pipe row: text, not a table
            kind, level = "paragraph", 0
        if kind == "heading":
            builder.heading(line, level)
        else:
            builder.line(line, kind, width)
        i += 1
    builder.flush()


def lines_to_blocks(lines: list[str], *, markdown: bool = False) -> list[Block]:
    """Blocks of a plain-text or Markdown document, from lines already cleaned of chrome."""
    builder = _Builder(markdown)
    for group in line_groups(lines):
        _add_group(builder, group)
    return builder.blocks


def promote_title(blocks: list[Block]) -> str | None:
    """Make a news article's first line its level-1 heading; return the title if so.

    Only a first block that is one short line, not a sentence and not an all-capitals
    letterhead ("ĐẢNG BỘ TỈNH ...") is taken as the title.
    """
    if not blocks or blocks[0].kind != "paragraph":
        return None
    text = blocks[0].text
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    odd_size = len(text) > 200 or len(words) < 4
    if "\n" in text or odd_size or upper or is_caption(text) or text.endswith((".", ";", ",", ":")):
        return None
    blocks[0] = Block(text=text, kind="heading", level=1)
    return text
