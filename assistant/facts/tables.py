"""Facts of a table: one per numeric cell, named by its row and column headers.

Tables reach us as Markdown-style rows ("| a | b |"), the first row being the header. A row
names a metric ("Kết nạp đảng viên mới"), a period ("Quý I/2024"), a total ("Tổng cộng") or
a part ("Doanh nghiệp ngoài nhà nước", kept as the fact's ``segment``); a column names a
period ("Quý I", "Năm 2023", "Cộng 6 tháng"), a plan ("Kế hoạch năm 2024"), a share of the
plan ("Tỷ lệ (%)"), a metric ("Số đảng viên", "Kết nạp năm 2021"), a total or a part.
Change columns ("Tăng (+), giảm (-)") and sub-rows ("- Trong đó: ...") are skipped.

PDF text layers often flatten the header row into a plain line ("Chỉ tiêu Năm 2023 Năm 2024
Tăng (+),") above pipe rows that start with data; that line is split before each period or
header word and read as the header.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from assistant.facts import metrics as mx
from assistant.facts.context import DocContext, reported_mentions
from assistant.facts.model import Fact
from assistant.numbers import normalize_number
from ingest.matching import FoldedText
from ingest.period_model import Period
from ingest.periods import find_periods
from ingest.text import fold

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_NUMERIC = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")
_INDEX = re.compile(r"^(?:s?tt|so tt|#)$")
_TOTAL = re.compile(r"^(?:tong cong|cong|tong so|toan dang bo|tong|toan khoi)$")
_CHANGE = re.compile(r"\b(?:tang|giam|so sanh|chenh lech)\b|\+/-|\+/−")
_PCT = re.compile(r"\bty le\b|%")
_PLAN = re.compile(r"^(?:ke hoach|chi tieu)\b")
_SUB_ROW = re.compile(r"^(?:-|\+|trong do|trong so do|rieng)")
_HEADER_SPLIT = re.compile(
    r"(?<!\bca)(?<!\bdau)(?<!cuoi)\s+(?=(?:ca nam|nam|quy|\d+ thang|ke hoach|ty le|tang|thuc hien)\b)"
)


@dataclass
class _Column:
    kind: str  # "label", "index", "value", "plan", "pct", "total", "segment", "skip"
    period: Period | None = None
    metric: str | None = None
    segment: str = ""


@dataclass
class _Row:
    kind: str  # "metric", "period", "total", "segment", "skip"
    metric: str | None = None
    period: Period | None = None
    segment: str = ""


def cells(line: str) -> list[str]:
    """The cells of one "| a | b |" row, stripped of spaces and Markdown bold."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip().strip("*").strip() for c in inner.split("|")]


def is_table_block(block: str) -> bool:
    lines = [line for line in block.splitlines() if line.strip()]
    pipes = [line for line in lines if line.lstrip().startswith("|")]
    return len(pipes) >= 2 and len(pipes) * 2 >= len(lines)


def table_facts(text: str, section: str, doc: DocContext) -> list[Fact]:
    """Facts of the table in ``text`` (a table chunk, caption lines allowed before the rows)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next((i for i, line in enumerate(lines) if line.startswith("|")), None)
    if first is None:
        return []
    caption = lines[:first]
    rows = [
        (line, cells(line)) for line in lines[first:] if line.startswith("|") and not _SEPARATOR.match(line)
    ]
    if not rows:
        return []
    if any(_NUMERIC.match(c) for c in rows[0][1][1:]) and caption:
        header_line = caption.pop()
        header = _split_header_line(header_line)
    else:
        header_line, header = rows[0][0], rows[0][1]
        rows = rows[1:]
    base = _caption_period(caption, section, doc)
    year = base.year if base else doc.year
    columns = _columns(header, year)
    title = next((line for line in reversed(caption) if re.match(r"(?i)^\W*(?:bảng|biểu)\b", line)), "")
    facts = []
    for _line, row_cells in rows:
        quote = table_quote(title, header, row_cells)
        facts.extend(_row_facts(row_cells, columns, base, doc, quote, year))
    return facts


def table_quote(title: str, header: list[str], row: list[str]) -> str:
    """How a table fact is quoted: "Bảng 1. ... — Chỉ tiêu | Quý I | ...: Kết nạp | 28 | ..."."""
    lead = f"{title.strip('* ')} — " if title else "Bảng — "
    return f"{lead}{' | '.join(header)}: {' | '.join(row)}"


def is_table_quote(quote: str) -> bool:
    return quote.startswith("Bảng") and " | " in quote


def _split_header_line(line: str) -> list[str]:
    view = FoldedText.of(line)
    cuts = [0] + [view.span(m.end(), m.end())[0] for m in _HEADER_SPLIT.finditer(view.folded)] + [len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(cuts) if line[a:b].strip()]


def _caption_period(caption: list[str], section: str, doc: DocContext) -> Period | None:
    texts = [*reversed(caption), section.split(" > ")[-1] if section else ""]
    for text in texts:
        mentions = reported_mentions(text, doc.year)
        if mentions:
            return mentions[0].period
    return doc.primary


def _columns(header: list[str], year: int | None) -> list[_Column]:
    columns: list[_Column] = []
    label_seen = False
    for cell in header:
        folded = fold(cell).strip(" .:")
        if not label_seen:
            if _INDEX.match(folded):
                columns.append(_Column("index"))
                continue
            columns.append(_Column("label"))
            label_seen = True
            continue
        columns.append(_column(cell, folded, year))
    return columns


def _column(cell: str, folded: str, year: int | None) -> _Column:
    mentions = find_periods(cell, year)
    period = mentions[0].period if mentions else None
    if _PCT.search(folded):
        return _Column("pct", period)
    if _CHANGE.search(folded):
        return _Column("skip")
    if _PLAN.match(folded):
        plan_year = period.year if period else year
        return _Column("plan", Period(plan_year) if plan_year else None)
    metric = mx.match_label(cell)
    if _TOTAL.match(folded) and period is None and metric is None:
        return _Column("total")
    if metric or period:
        return _Column("value", period, metric)
    return _Column("segment", segment=cell)


def _row(label: str, year: int | None) -> _Row:
    folded = fold(label).strip(" .:")
    if not folded or _SUB_ROW.match(folded):
        return _Row("skip")
    if _TOTAL.match(folded):
        return _Row("total")
    metric = mx.match_label(label)
    if metric:
        return _Row("metric", metric)
    mentions = find_periods(label, year)
    if mentions and len(folded) <= 40:
        return _Row("period", period=mentions[0].period)
    return _Row("segment", segment=label)


def _row_facts(
    row_cells: list[str],
    columns: list[_Column],
    base: Period | None,
    doc: DocContext,
    quote: str,
    year: int | None,
) -> list[Fact]:
    label_at = next((i for i, c in enumerate(columns) if c.kind == "label"), 0)
    if label_at >= len(row_cells):
        return []
    row = _row(row_cells[label_at], year)
    if row.kind == "skip":
        return []
    facts = []
    for i, cell in enumerate(row_cells):
        if i >= len(columns) or i == label_at or not _NUMERIC.match(cell):
            continue
        fact = _cell_fact(cell, row, columns, i, base, quote)
        if fact is not None and not doc.is_future(Period.parse_key(fact.period)):
            facts.append(fact)
    return facts


def _cell_fact(
    cell: str, row: _Row, columns: list[_Column], i: int, base: Period | None, quote: str
) -> Fact | None:
    col = columns[i]
    if col.kind in ("index", "skip", "label"):
        return None
    metric = row.metric or col.metric
    if metric is None or (row.metric and col.metric and row.metric != col.metric):
        return None
    if row.kind == "segment" and col.kind == "segment":
        return None
    segment = row.segment or col.segment
    measure = {"plan": "plan", "pct": "pct_plan"}.get(col.kind, "value")
    period = col.period or row.period or (_left_period(columns, i) if measure == "pct_plan" else None) or base
    if period is None:
        return None
    if measure == "plan":
        period = Period(period.year)
    unit = "%" if measure == "pct_plan" else mx.metric(metric).unit
    return Fact(metric, cell, period.key, quote, measure, normalize_number(cell), unit, segment)


def _left_period(columns: list[_Column], i: int) -> Period | None:
    """The period of the nearest value column left of a percentage column."""
    for col in reversed(columns[:i]):
        if col.kind == "value" and col.period:
            return col.period
    return None
