"""A figure asked together with its share of the plan ("thu ngân sách được bao nhiêu, đạt bao
nhiêu % kế hoạch?"): when the units picked give the figure but not the share (a table row
without a % column), the unit of the same report that states the share is quoted as well."""

from __future__ import annotations

from assistant.basis import gives_ratio, ratio_metric
from assistant.question import QuestionView
from assistant.units import Unit


def with_plan_share(picked: list[Unit], ranked: list[Unit], q: QuestionView) -> list[Unit]:
    """``picked`` plus the best unit of its report that gives the asked share of the plan,
    when a share is asked and no picked unit gives it."""
    metric = ratio_metric(q)
    if not picked or not metric or q.sides or any(gives_ratio(u, metric) for u in picked):
        return picked
    doc = picked[0].doc_id
    share = next((u for u in ranked if u.doc_id == doc and gives_ratio(u, metric)), None)
    if share is None or any(_overlaps(share, p) for p in picked):
        return picked
    return [*picked, share]


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.hit.chunk_id == b.hit.chunk_id and a.start < b.end and b.start < a.end
