"""Facts of a table: one per numeric cell, named by its row and column headers.

Tables reach us as Markdown-style rows ("| a | b |"), the first row being the header; plain-text
rows ("a | b | c", framed by "-----" or "+----+" lines) are read the same way. A row names a
metric ("Kết nạp đảng viên mới", "Tổng doanh thu (tỷ đồng)"), a period ("Quý I/2024"), a total
("Tổng cộng") or a part ("Doanh nghiệp ngoài nhà nước", kept as the fact's ``segment``); a
column names a period ("Quý I", "Năm 2023", "Cộng 6 tháng", "Cả năm", or a year and little else:
"Thực hiện 2022" is the 2022 figure even in the 2023 report), a plan ("Kế hoạch năm 2024", "KH
2024"), a share of the plan ("Tỷ lệ (%)" beside a plan column, "2023 so KH (%)"), a unit ("Đơn
vị": "tỷ đồng" makes money cells amounts in đồng), a metric ("Số đảng viên", "Kết nạp năm 2021"),
a total or a part. Change and comparison columns ("Tăng (+), giảm (-)", "So sánh", "So với cùng
kỳ (%)", "2024/2023 (%)") and sub-rows ("- Trong đó: ...") are skipped.

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
from assistant.facts.table_rows import as_rows, cells, group_table_blocks, is_table_block
from assistant.numbers import normalize_number
from ingest.matching import FoldedText
from ingest.period_model import Period
from ingest.periods import find_periods
from ingest.text import fold

__all__ = ["group_table_blocks", "is_table_block", "is_table_quote", "table_facts", "table_quote"]

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_NUMERIC = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")
_INDEX = re.compile(r"^(?:s?tt|so tt|#)$")
_TOTAL = re.compile(r"^(?:tong cong|cong|tong so|toan dang bo|tong|toan khoi)$")
# A change or a comparison with another period: "Tăng (+), giảm (-)", "So sánh", "So với cùng kỳ (%)".
_CHANGE = re.compile(r"\b(?:tang|giam|so sanh|chenh lech|so voi|cung ky)\b|\+/-|\+/−")
_PCT = re.compile(r"\bty le\b|%")
_PLAN = re.compile(r"^(?:ke hoach|chi tieu|kh|du toan)\b")
_PLAN_WORD = re.compile(r"\b(?:ke hoach|chi tieu|kh|du toan)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A header that is a year and little else: "2022", "Thực hiện 2022", "TH 2022", "Ước TH 2023".
_BARE_YEAR = re.compile(
    r"^(?:(?:thuc hien|th|uoc tinh|uoc|nam|so lieu|ket qua|luy ke|cong|tong)\s+)*(?:19|20)\d\d$"
)
# A column of the whole year the table is about: "Cả năm", "Ước cả năm", "Lũy kế cả năm".
_WHOLE_YEAR = re.compile(r"^(?:uoc )?(?:thuc hien |luy ke |tong |cong )?(?:ca )?nam$")
_UNIT_COLUMN = re.compile(r"^(?:don vi(?: tinh)?|dvt)$")
# A column of the figures themselves, of no part and no period of its own: "Số lượng", "Thực
# hiện", "Kết quả" (the period is the report's, or the row's); and a column of remarks.
_PLAIN_VALUE = re.compile(r"^(?:so luong|so lieu|thuc hien|ket qua(?: thuc hien)?|ket qua dat duoc)$")
_REMARKS = re.compile(r"^(?:ghi chu|chu thich)$")
_MONEY_UNIT = re.compile(r"^(?:(nghin|ngan|trieu|ty|ti) )?(?:dong|d|vnd)$")
_SCALES = {"nghin": 10**3, "ngan": 10**3, "trieu": 10**6, "ty": 10**9, "ti": 10**9}
_SUB_ROW = re.compile(r"^(?:-|\+|trong do|trong so do|rieng)")
_HEADER_SPLIT = re.compile(
    r"(?<!\bca)(?<!\bdau)(?<!cuoi)\s+(?=(?:ca nam|nam|quy|\d+ thang|ke hoach|ty le|tang|thuc hien)\b)"
)


@dataclass
class _Column:
    kind: str  # "label", "index", "value", "plan", "pct", "total", "segment", "unit", "skip"
    period: Period | None = None
    metric: str | None = None
    segment: str = ""
    bare: bool = False  # a "Tỷ lệ (%)" that names no plan: a share of the plan only beside a plan


@dataclass
class _Row:
    kind: str  # "metric", "period", "total", "segment", "skip"
    metric: str | None = None
    period: Period | None = None
    segment: str = ""
    unit: str = ""  # the unit of money written for the row: "tỷ đồng" (label or "Đơn vị" column)


def table_facts(text: str, section: str, doc: DocContext) -> list[Fact]:
    """Facts of the table in ``text`` (a table chunk, caption lines allowed before the rows)."""
    lines = as_rows(text)
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
    if not any(c.kind == "plan" for c in columns):
        for col in columns:
            if col.bare:  # "Tỷ lệ (%)" beside "Năm 2022 | Năm 2023": a ratio of years, not of a plan
                col.kind = "skip"
    return columns


def header_period(cell: str, year: int | None) -> Period | None:
    """The period a column (or row) header names: "Quý I", "Năm 2023", "Thực hiện 2022" (a bare
    year), "Cả năm" (the table's year); None for none, or for two years ("2023/2022")."""
    folded = fold(cell).strip(" .:")
    years = set(_YEAR.findall(folded))
    if len(years) > 1:
        return None
    mentions = find_periods(cell, year)
    if mentions:
        return mentions[0].period
    if years and _BARE_YEAR.match(re.sub(r"\([^)]*\)", " ", folded).strip()):
        return Period(int(years.pop()))
    if year and _WHOLE_YEAR.match(folded):
        return Period(year)
    return None


def _column(cell: str, folded: str, year: int | None) -> _Column:
    period = header_period(cell, year)
    two_years = len(set(_YEAR.findall(folded))) > 1
    if _PCT.search(folded):
        if _PLAN_WORD.search(folded):  # "2023 so KH (%)", "So với dự toán, kế hoạch năm (%)"
            return _Column("pct", period)
        if _CHANGE.search(folded) or two_years:  # "So với cùng kỳ (%)", "2023/2022 (%)"
            return _Column("skip")
        return _Column("pct", period, bare=True)
    if _CHANGE.search(folded) or two_years:
        return _Column("skip")
    if _PLAN.match(folded):  # "Kế hoạch năm 2024", "KH 2024"
        written = _YEAR.findall(folded)
        plan_year = int(written[0]) if written else period.year if period else year
        return _Column("plan", Period(plan_year) if plan_year else None)
    if _UNIT_COLUMN.match(folded):
        return _Column("unit")
    if _REMARKS.match(folded):
        return _Column("skip")
    if _PLAIN_VALUE.match(folded):
        return _Column("value", period)
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
        return _Row("metric", metric, unit=_money_unit(re.findall(r"\(([^)]*)\)", label)))
    period = header_period(label, year) if len(folded) <= 40 else None
    if period is not None:
        return _Row("period", period=period)
    return _Row("segment", segment=label)


def _money_unit(texts: list[str]) -> str:
    """The unit of money among ``texts`` ("tỷ đồng" of "(tỷ đồng)"), as written; "" for none."""
    for text in texts:
        if _MONEY_UNIT.match(fold(text).strip(" .:")):
            return text.strip(" .:")
    return ""


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
    units = [row_cells[i] for i, c in enumerate(columns) if c.kind == "unit" and i < len(row_cells)]
    row.unit = row.unit or _money_unit(units)
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
    if col.kind in ("index", "skip", "label", "unit"):
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
    if measure == "pct_plan":
        return Fact(metric, cell, period.key, quote, measure, normalize_number(cell), "%", segment)
    value, number = cell, normalize_number(cell)
    if row.unit and number is not None and mx.metric(metric).kind == "money":
        scale = _MONEY_UNIT.match(fold(row.unit))
        value, number = f"{cell} {row.unit}", number * _SCALES.get(scale.group(1) if scale else "", 1)
    return Fact(metric, value, period.key, quote, measure, number, mx.metric(metric).unit, segment)


def _left_period(columns: list[_Column], i: int) -> Period | None:
    """The period of the nearest value column left of a percentage column."""
    for col in reversed(columns[:i]):
        if col.kind == "value" and col.period:
            return col.period
    return None
