"""Tables in the layout text of a PDF page (pypdf ``extraction_mode="layout"``).

Layout text keeps the horizontal position of words, so a table shows as lines with several
fragments separated by wide gaps whose start columns recur from row to row. Row groups are
separated by blank lines; the lines of a group are the wrapped lines of one row, unless two of
them put a number in the same column (then each line is a row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.loaders.common import line_groups

_FRAGMENT = re.compile(r"\S+(?: {1,2}\S+)*")
_NUMBER = re.compile(r"[-+]?\d[\d.,]*%?")
_MIN_TABLE_LINES = 2
_TOLERANCE = 3


@dataclass(frozen=True)
class TableSpan:
    """Lines ``start``..``end`` (exclusive) of a page form the table ``rows``."""

    start: int
    end: int
    rows: list[list[str]]


def fragments(line: str) -> list[tuple[int, str]]:
    """(column, text) of the pieces of a layout line separated by three spaces or more."""
    return [(m.start(), m.group(0)) for m in _FRAGMENT.finditer(line)]


def _tabular(line: str) -> bool:
    return len(fragments(line)) >= 3


def _anchors(lines: list[str]) -> list[int]:
    """Start columns shared by the tabular lines: the left edges of the table's columns."""
    starts = sorted({(col, i) for i, line in enumerate(lines) for col, _ in fragments(line)})
    clusters: list[list[tuple[int, int]]] = []
    for col, i in starts:
        if clusters and col - clusters[-1][-1][0] <= _TOLERANCE:
            clusters[-1].append((col, i))
        else:
            clusters.append([(col, i)])
    needed = max(2, round(0.4 * len(lines)))
    return [c[0][0] for c in clusters if len({i for _, i in c}) >= needed]


def _column(col: int, anchors: list[int]) -> int:
    index = 0
    for n, anchor in enumerate(anchors):
        if col >= anchor - _TOLERANCE:
            index = n
    return index


def _rows(group: list[str], anchors: list[int]) -> list[list[str]]:
    rows: list[list[str]] = []
    current: list[str] = []
    for line in group:
        cells = [""] * len(anchors)
        for col, text in fragments(line):
            index = _column(col, anchors)
            cells[index] = f"{cells[index]} {text}".strip()
        clash = any(
            _NUMBER.fullmatch(a) and _NUMBER.fullmatch(b)
            for a, b in zip(current, cells, strict=False)
            if a and b
        )
        if current and not clash:
            current = [f"{a} {b}".strip() for a, b in zip(current, cells, strict=True)]
        else:
            if current:
                rows.append(current)
            current = cells
    if current:
        rows.append(current)
    return rows


def _region(lines: list[str], first: int) -> tuple[int, int]:
    """Extent of the table around its first tabular line: rows and their wrapped labels."""
    start = first
    while start > 0 and lines[start - 1].strip() and len(lines[start - 1].strip()) <= 40:
        start -= 1
    last, i = first, first + 1
    while i < len(lines):
        if _tabular(lines[i]):
            last = i
        elif lines[i].strip() and (len(lines[i].strip()) > 40 or i - last > 4):
            break
        i += 1
    end = last + 1
    while end < len(lines) and lines[end].strip() and len(lines[end].strip()) <= 40:
        end += 1
    return start, end


def find_tables(lines: list[str]) -> list[TableSpan]:
    """Tables of one page of layout text, in order."""
    spans: list[TableSpan] = []
    i = 0
    while i < len(lines):
        if not _tabular(lines[i]):
            i += 1
            continue
        start, end = _region(lines, i)
        body = lines[start:end]
        tabular = [line for line in body if _tabular(line)]
        anchors = _anchors(tabular)
        if len(tabular) >= _MIN_TABLE_LINES and len(anchors) >= 2:
            if anchors[0] > _TOLERANCE:
                anchors = [0, *anchors]
            rows = [row for group in line_groups(body, str.rstrip) for row in _rows(group, anchors)]
            filled = [row for row in rows if sum(1 for cell in row if cell) >= 2]
            if len(rows) >= 2 and len(filled) >= 0.6 * len(rows):
                spans.append(TableSpan(start, end, rows))
                i = end
                continue
        i += 1
    return spans
