"""Tables typed as plain text (TXT and Markdown files): where they are and what their cells are.

Shapes recognised, header row first, rule lines dropped:

* Markdown pipe tables, with or without the outer pipes ("| a | b |", "a | b"), under a
  "|---|---|" or "---|---" separator row;
* grid tables framed by "+------+-----+" rules (a row may then run over several lines, which
  are joined cell by cell when every row has its own rules);
* pipe rows between dashed rules ("-------", "|------|", "=====");
* columns aligned with spaces (two or more between cells) framed by dashed rules.

Rows without outer pipes and space-aligned rows are only taken as a table when rule lines
frame them, so that a menu line ("Trang chủ | Thời sự") or a share bar never becomes one.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"[+|: ]*[-=]{2,}[-=+|: ]*")
_PIPE = re.compile(r"(?<!\\)\|")
_SPACES = re.compile(r"\s{2,}")
_NUMBER = re.compile(r"[-+]?\d[\d.,]*\s*%?|-")
_MIN_ROWS = 2  # a header and at least one data row

Span = tuple[int, int]


def is_table_rule(line: str) -> bool:
    """A rule line of a text table: "-----", "+----+----+", "|---|:--:|", "=====" (no letters)."""
    stripped = line.strip()
    dashes = stripped.count("-") + stripped.count("=")
    return dashes >= 3 and bool(_RULE.fullmatch(stripped))


def _outer_pipes(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")


def pipe_cells(line: str) -> list[str]:
    """Cells of a pipe row, outer pipes removed ("a | b", "| a | b |" -> ["a", "b"])."""
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [" ".join(cell.replace("\\|", "|").split()) for cell in _PIPE.split(inner)]


def _is_pipe_row(line: str) -> bool:
    return bool(_PIPE.search(line)) and not is_table_rule(line) and len(pipe_cells(line)) >= 2


def _runs(lines: list[str]) -> list[Span]:
    """Maximal runs of lines that are rules or pipe rows, or blocks framed by rules."""
    spans: list[Span] = []
    i = 0
    while i < len(lines):
        if not (is_table_rule(lines[i]) or _is_pipe_row(lines[i])):
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].strip() and (is_table_rule(lines[end]) or _framed(lines, end)):
            end += 1
        spans.append((i, end))
        i = max(end, i + 1)
    return spans


def _framed(lines: list[str], index: int) -> bool:
    """A pipe row, or a space-aligned row with a rule line above it in the same run."""
    if _is_pipe_row(lines[index]):
        return True
    if len(_SPACES.split(lines[index].strip())) < 2:
        return False
    j = index - 1
    while j >= 0 and lines[j].strip() and not is_table_rule(lines[j]):
        j -= 1
    return j >= 0 and is_table_rule(lines[j])


def table_rows(lines: list[str]) -> list[list[str]] | None:
    """The rows of a text table (header first), or None when the lines do not make one."""
    rules = [i for i, line in enumerate(lines) if is_table_rule(line)]
    rows_at = [i for i in range(len(lines)) if i not in rules]
    if len(rows_at) < _MIN_ROWS:
        return None
    piped = all(_is_pipe_row(lines[i]) for i in rows_at)
    if piped and not rules and not all(_outer_pipes(lines[i]) for i in rows_at):
        return None  # "a | b" lines without any rule: a menu or a share bar, not a table
    if not piped and len(rules) < 2:
        return None
    split = pipe_cells if piped else (lambda line: _SPACES.split(line.strip()))
    segments = _segments(rows_at, rules)
    rows = [split(lines[i]) for i in rows_at]
    if not piped and not _aligned_table(rows):
        return None
    if piped and len(segments) > 2 and any(len(s) > 1 for s in segments):
        rows = [_join_lines([split(lines[i]) for i in seg]) for seg in segments]
    width = max(len(r) for r in rows)
    if width < 2:
        return None
    return [r + [""] * (width - len(r)) for r in rows]


def _aligned_table(rows: list[list[str]]) -> bool:
    """Space-aligned rows make a table when they line up and most data rows hold a number."""
    if len({len(r) for r in rows}) != 1:
        return False
    numeric = sum(any(_NUMBER.fullmatch(cell) for cell in row) for row in rows[1:])
    return numeric * 2 >= len(rows) - 1


def _segments(rows_at: list[int], rules: list[int]) -> list[list[int]]:
    """Row lines grouped by the rules between them."""
    groups: list[list[int]] = []
    previous = -2
    for i in rows_at:
        if i != previous + 1 or not groups:
            groups.append([])
        groups[-1].append(i)
        previous = i
    return groups if rules else [[i] for i in rows_at]


def _join_lines(parts: list[list[str]]) -> list[str]:
    """One row from the lines of a grid-table row: each cell's lines joined with spaces."""
    width = max(len(p) for p in parts)
    return [" ".join(p[c] for p in parts if c < len(p) and p[c]) for c in range(width)]


def find_tables(lines: list[str]) -> list[tuple[Span, list[list[str]]]]:
    """Every text table among ``lines``: its [start, end) line span and its rows."""
    found = []
    for start, end in _runs(lines):
        # A space-aligned header may stand just above the first rule ("Chỉ tiêu   Quý I").
        head = start - 1
        if head >= 0 and is_table_rule(lines[start]) and len(_SPACES.split(lines[head].strip())) >= 2:
            rows = table_rows(lines[head:end])
            if rows is not None:
                found.append(((head, end), rows))
                continue
        rows = table_rows(lines[start:end])
        if rows is not None:
            found.append(((start, end), rows))
    return found
