"""Tables used for layout, not data: a formal report's letterhead and its signature block.

Word and Markdown reports often set the letterhead as a borderless two-column table (committee
and number on the left, national motto and "Place, ngày ..." on the right), and the end matter
the same way ("Nơi nhận:" and the recipients beside the signature). Kept as a data table, the
number and the recipients would hide in "| a | b |" rows; read column by column, each line
becomes a paragraph as in a plain-text report, so metadata and sections are found the same way
in every format.
"""

from __future__ import annotations

import re

from ingest.dates import classify_line
from ingest.text import fold

_MOTTO = re.compile(r"\b(?:dang cong san viet nam|cong hoa xa hoi chu nghia viet nam)\b")
_NUMBER = re.compile(r"^\W*so\s*:?\s*\d+\s*[-/]\s*[\w.]+\s*/")
_RECIPIENTS = re.compile(r"^\W*noi nhan\b")
_SIGNATURE = re.compile(r"^\W*(?:t/m|tm\.|k/t|kt\.|thay mat)\s*\S")
_MAX_ROWS = 15
_MAX_COLUMNS = 3


def _is_letterhead(cells: list[str]) -> bool:
    folded = [fold(cell) for cell in cells]
    motto = any(_MOTTO.search(cell) for cell in folded)
    number = any(_NUMBER.match(cell) for cell in folded)
    dated = any((line := classify_line(cell)) is not None and line.kind == "formal" for cell in cells)
    return motto or (number and dated)


def _is_end_matter(cells: list[str]) -> bool:
    folded = [fold(cell) for cell in cells]
    return any(_RECIPIENTS.match(c) for c in folded) or any(_SIGNATURE.match(c) for c in folded)


def is_layout_table(rows: list[list[str]]) -> bool:
    """A letterhead or an end-matter block laid out as a table (cells given as display text)."""
    if not rows or len(rows) > _MAX_ROWS or max(len(row) for row in rows) > _MAX_COLUMNS:
        return False
    cells = [cell for row in rows for cell in row if cell.strip()]
    return _is_letterhead(cells) or _is_end_matter(cells)


def layout_lines(rows: list[list[list[str]]]) -> list[str]:
    """The lines of a layout table read column by column (each cell given as its lines);
    decorative lines without a letter or digit ("*", "-----") are dropped."""
    width = max((len(row) for row in rows), default=0)
    out: list[str] = []
    for column in range(width):
        for row in rows:
            if column < len(row):
                out.extend(line for line in row[column] if any(ch.isalnum() for ch in line))
    return out
