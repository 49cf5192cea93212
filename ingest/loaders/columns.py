"""Two-column layouts typed with spaces in plain text: the letterhead and the signature block.

A formal report sets its committee and number on the left and the national motto and the
"Place, ngày ..." line on the right, on the same lines; at its end, "Nơi nhận:" and the
recipients sit on the left beside the signature block. Typed as plain text, the two columns
share lines ("ĐẢNG BỘ TỈNH X          ĐẢNG CỘNG SẢN VIỆT NAM"). ``unfold_columns`` rewrites
those two zones as the left column's lines followed by the right column's, which is the
reading order a Word table of the same layout gives.
"""

from __future__ import annotations

import re

from ingest.doc_lines import is_formal_heading
from ingest.text import fold

_GAP = re.compile(r"\S(?: ?\S)*")  # runs of text separated by two spaces or more
_MIN_GAP = 4
_HEAD_LINES = 15
_RECIPIENTS = re.compile(r"^\W*noi nhan\s*:")


def _parts(line: str) -> list[tuple[int, str]]:
    """(column, text) of each run of text in ``line`` separated by ``_MIN_GAP`` spaces."""
    parts: list[tuple[int, str]] = []
    for match in _GAP.finditer(line):
        text = match.group(0)
        if parts and match.start() - (parts[-1][0] + len(parts[-1][1])) < _MIN_GAP:
            start = parts.pop()[0]
            text = line[start : match.end()]
            parts.append((start, " ".join(text.split())))
        else:
            parts.append((match.start(), text))
    return parts


def _unfold(lines: list[str], *, separate: bool) -> list[str]:
    """Left column then right column, when some line of ``lines`` holds both; ``separate``
    puts a blank line after every line (letterhead lines are units of their own)."""
    rows = [_parts(line) for line in lines]
    if not any(len(parts) >= 2 for parts in rows) or any("|" in line for line in lines):
        return lines  # one column, or a table (its own reader keeps the columns)
    middle = max(len(line) for line in lines) * 2 // 5
    left = [text for parts in rows for col, text in parts if col < middle]
    right = [text for parts in rows for col, text in parts if col >= middle]
    if separate:
        return [line for text in [*left, *right] for line in (text, "")]
    return [*left, "", *right, ""]


def unfold_columns(lines: list[str]) -> list[str]:
    """``lines`` with a two-column letterhead and signature block read column by column."""
    heading = next((i for i, line in enumerate(lines[:_HEAD_LINES]) if is_formal_heading(line)), None)
    if heading is None:
        return lines
    tail = next(
        (i for i in range(len(lines) - 1, heading, -1) if _RECIPIENTS.match(fold(lines[i]))),
        len(lines),
    )
    head = _unfold(lines[:heading], separate=True)
    return [*head, *lines[heading:tail], *_unfold(lines[tail:], separate=False)]
