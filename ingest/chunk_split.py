"""Cutting spans of a document text into pieces that fit a chunk: text, then table rows.

Text is cut after "; " or ", " when that keeps a piece long enough, else at a space; only a
single word longer than the limit (a URL) is cut inside. A table is cut between rows; each
later piece repeats the header row (plus its Markdown separator row) at the top of its text,
outside its span, and a row longer than a piece is cut at " | ", then at spaces.
"""

from __future__ import annotations

import re

from ingest.structure import is_table_separator

TEXT_SEPARATORS = (";", ",")
ROW_SEPARATORS = ("|",)
_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without its surrounding spaces

Span = tuple[int, int]


def split_span(
    text: str, start: int, end: int, limit: int, separators: tuple[str, ...] = TEXT_SEPARATORS
) -> list[Span]:
    """Cut ``text[start:end]`` into stripped spans of at most ``limit`` characters.

    Cuts go after a separator ("; " before ", ") when that keeps a piece at least a third
    of ``limit`` long, else at the last space; a word longer than ``limit`` is cut inside.
    """
    if limit < 1:
        raise ValueError(f"limit must be >= 1, got {limit}")
    spans: list[Span] = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        cut = cut_point(text, start, end, limit, separators)
        spans.extend(strip_span(text, start, cut))
        start = cut
    return spans


def cut_point(
    text: str,
    start: int,
    end: int,
    limit: int,
    separators: tuple[str, ...] = TEXT_SEPARATORS,
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


def strip_span(text: str, start: int, end: int) -> list[Span]:
    """``[(start, end)]`` of ``text[start:end]`` without its surrounding spaces; [] when blank."""
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return []
    left = start + len(segment) - len(segment.lstrip())
    return [(left, left + len(stripped))]


def table_rows(text: str, start: int, end: int) -> list[Span]:
    """The stripped non-blank lines of the table ``text[start:end]``."""
    return [m.span() for m in _LINE.finditer(text, start, end)]


def header_end(text: str, rows: list[Span]) -> int:
    """End of a table's header: its first row, plus the Markdown separator row under it."""
    if len(rows) > 1 and is_table_separator(text[rows[1][0] : rows[1][1]]):
        return rows[1][1]
    return rows[0][1]


def split_table(text: str, rows: list[Span], start: int, header: str, limit: int) -> list[tuple[str, Span]]:
    """Cut a table (its ``rows``, starting at ``start``) into (piece text, span) pairs.

    Every piece is at most ``limit`` characters long; each piece after the first has
    ``header`` in front of its text, outside its span.
    """
    pieces: list[tuple[str, Span]] = []
    prefix, end = "", -1
    for row_start, row_end in rows:
        if end >= 0 and row_end - start <= limit - len(prefix):
            end = row_end
            continue
        if end >= 0:
            pieces.append((prefix + text[start:end], (start, end)))
            prefix = header
            start = row_start
        cuts = split_span(text, start, row_end, limit - len(prefix), ROW_SEPARATORS)
        pieces.extend((prefix + text[s:e], (s, e)) for s, e in cuts[:-1])
        start, end = cuts[-1]
    pieces.append((prefix + text[start:end], (start, end)))
    return pieces
