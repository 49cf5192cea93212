"""Questions naming several periods of one body without comparing them ("6 tháng ... bao
nhiêu, đến hết 9 tháng lũy kế bao nhiêu"): each period has its own report, and its figure."""

from __future__ import annotations

from dataclasses import replace

from assistant.evidence import counted_numbers
from assistant.period_signals import doc_periods
from assistant.question import QuestionView, is_content
from assistant.units import Unit


def period_views(q: QuestionView) -> list[QuestionView]:
    """The views to gather reports for: one per asked period when the question names several
    periods of one body without comparing them ("6 tháng ... bao nhiêu, 9 tháng lũy kế bao
    nhiêu"): each period has its own report."""
    if q.sides or len(q.periods) < 2:
        return q.sides or [q]
    return [q, *(replace(q, periods=[p]) for p in q.periods)]


def with_each_period(picked: list[Unit], ranked: list[Unit], q: QuestionView) -> list[Unit]:
    """For a figure asked for several periods of one body ("6 tháng ... bao nhiêu, 9 tháng
    lũy kế bao nhiêu"), the figure of the report of each period no picked unit comes from:
    each period has its own report. A sentence naming the metric with its figure reads as
    an answer on its own, so it goes before a table row."""
    if "number" not in q.asks or q.plan or q.sides or len(q.periods) < 2:
        return picked
    metric = {w for w in q.verb + q.unit if is_content(w)}
    for key in q.periods:
        if any(key in {p.key for p in doc_periods(u.hit)} for u in picked):
            continue
        own = [u for u in ranked if key in {p.key for p in doc_periods(u.hit)} and counted_numbers(u.quote)]
        own = [u for u in own if metric <= set(u.syllables)] or own
        own.sort(key=lambda u: u.kind != "sentence")  # stable: best first within each kind
        unit = next((u for u in own if not any(_overlaps(u, p) for p in picked)), None)
        picked += [unit] if unit is not None else []
    return picked


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.hit.chunk_id == b.hit.chunk_id and a.start < b.end and b.start < a.end
