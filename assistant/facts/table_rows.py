"""The rows of a table as text: Markdown rows ("| a | b |") and plain-text rows ("a | b | c",
framed by "-----" or "+----+" lines), which some loaders pass on as paragraphs of their own."""

from __future__ import annotations

import re

# A frame line of a plain-text table: "-----", "+------+-----+", "=====".
_FRAME = re.compile(r"^[\s+|:]*[-=_]{3,}[-=_\s+|:]*$")


def cells(line: str) -> list[str]:
    """The cells of one "| a | b |" row, stripped of spaces and Markdown bold."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip().strip("*").strip() for c in inner.split("|")]


def _is_row_line(line: str) -> bool:
    return "|" in line and len(cells(line)) >= 2 and not _FRAME.match(line)


def as_rows(text: str) -> list[str]:
    """The non-empty lines of ``text``, frame lines dropped and plain-text rows ("a | b | c")
    written as Markdown rows ("| a | b | c |"), so that both kinds of table read alike."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or _FRAME.match(line):
            continue
        if not line.startswith("|") and _is_row_line(line):
            line = f"| {line} |"
        out.append(line)
    return out


def is_table_block(block: str) -> bool:
    lines = as_rows(block)
    pipes = [line for line in lines if line.startswith("|")]
    return len(pipes) >= 2 and len(pipes) * 2 >= len(lines)


def group_table_blocks(blocks: list[str]) -> list[str]:
    """``blocks`` with runs of one-row blocks joined: a plain-text table whose rows reach us as
    paragraphs of their own ("Nội dung | Quý I | Quý II", then "Kết nạp | 24 | 37")."""
    out: list[str] = []
    run: list[str] = []
    for block in blocks:
        lines = [line for line in block.splitlines() if line.strip()]
        if lines and all(_is_row_line(line) or _FRAME.match(line) for line in lines):
            run.append(block)
            continue
        if run:
            out.append("\n".join(run))
            run = []
        out.append(block)
    if run:
        out.append("\n".join(run))
    return out
