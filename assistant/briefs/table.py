"""The headline table of a brief: each metric now, in the previous period, a year before.

The previous period is ``Period.previous()`` when the store has figures for it (from that
period's own report, or from a comparison table in a later one). When it has none, the
latest earlier period with a report of the same body stands in, and a note says so: for
"6 tháng đầu năm 2024" without a "6 tháng cuối năm 2023" report, that is often "quý I/2024".
Changes are computed only where they mean something: for counts at a date (party members,
organisations), and for activity counts over periods of the same length; a 6-month total is
not set against a quarter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.briefs.arith import change
from assistant.briefs.model import BriefFigure, BriefRow
from assistant.briefs.select import Selection
from assistant.facts.context import months
from assistant.facts.metrics import HEADLINE, metric
from assistant.facts.model import Fact
from assistant.facts.store import best_fact, query_facts
from ingest.period_model import Period

Cite = Callable[[Fact], int]
_PCT_ROWS = ("ket_nap",)  # metrics whose share of the annual plan gets a row of its own


@dataclass
class Comparison:
    """The periods compared and what the table notes about them."""

    previous: Period | None = None
    year_ago: Period | None = None
    notes: list[str] = field(default_factory=list)


def headline_facts(catalog: Any, sel: Selection, period: Period) -> dict[tuple[str, str], Fact]:
    """(metric, measure) -> the fact to show for one period of the selected body."""
    facts = query_facts(catalog, periods=[period.key], province=sel.province, body_key=sel.body_key)
    grouped: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        if fact.number is not None:
            grouped.setdefault((fact.metric, fact.measure), []).append(fact)
    return {key: best_fact(group) for key, group in grouped.items()}


def choose_periods(catalog: Any, sel: Selection) -> Comparison:
    """The previous period and the same period a year earlier, with notes on what is missing."""
    period, who = sel.period, f"{sel.body} {sel.province}".strip()
    out = Comparison()
    exact = period.previous()
    if headline_facts(catalog, sel, exact):
        out.previous = exact
    else:
        earlier = _latest_earlier(sel, period)
        if earlier is not None:
            out.previous = earlier
            out.notes.append(
                f"Chưa có số liệu {exact.label()} của {who}; cột kỳ trước dùng báo cáo gần nhất "
                f"trước đó ({earlier.label()})."
            )
        else:
            out.notes.append(f"Chưa có báo cáo kỳ trước ({exact.label()}) của {who} để so sánh.")
    year_ago = period.same_period_last_year()
    if year_ago == out.previous:
        return out
    if headline_facts(catalog, sel, year_ago):
        out.year_ago = year_ago
    else:
        out.notes.append(f"Chưa có báo cáo cùng kỳ năm trước ({year_ago.label()}) của {who} để so sánh.")
    return out


def _latest_earlier(sel: Selection, period: Period) -> Period | None:
    own = {Period.parse_key(p) for r in sel.all_reports for p in r.periods}
    earlier = [p for p in own if p.end_date() < period.end_date() and p != period]
    return max(earlier, key=lambda p: (p.end_date(), months(p)), default=None)


def build_rows(catalog: Any, sel: Selection, comp: Comparison, cite: Cite) -> list[BriefRow]:
    """One row per headline metric the current period has, with cited figures and changes."""
    now = headline_facts(catalog, sel, sel.period)
    before = headline_facts(catalog, sel, comp.previous) if comp.previous else {}
    year = headline_facts(catalog, sel, comp.year_ago) if comp.year_ago else {}
    rows = []
    for m in HEADLINE:
        for measure in ("value", "pct_plan") if m.key in _PCT_ROWS else ("value",):
            fact = now.get((m.key, measure))
            if fact is None:
                continue
            label = m.label if measure == "value" else f"{m.label} (% kế hoạch năm)"
            row = BriefRow(m.key, label, measure, BriefFigure.of(fact, label, "current", cite(fact)))
            row.previous, row.vs_previous = _against(
                fact, before.get((m.key, measure)), label, "previous", cite
            )
            row.year_ago, row.vs_year_ago = _against(
                fact, year.get((m.key, measure)), label, "year_ago", cite
            )
            rows.append(row)
    return rows


def _against(
    now: Fact, old: Fact | None, label: str, role: str, cite: Cite
) -> tuple[BriefFigure | None, str]:
    if old is None:
        return None, ""
    figure = BriefFigure.of(old, label, role, cite(old))
    if now.number is None or old.number is None or not comparable(now, old):
        return figure, ""
    points = now.measure != "value"
    return figure, change(now.number, old.number, points).text(money=metric(now.metric).kind == "money")


def comparable(a: Fact, b: Fact) -> bool:
    """Counts at a date always compare; totals over periods only when the periods are as long."""
    if metric(a.metric).kind == "stock" and a.measure == "value":
        return True
    return months(Period.parse_key(a.period)) == months(Period.parse_key(b.period))
