"""Quote mode for a comparison: the best unit of each compared side, each from a document
of that side, or a plain statement that the side's report says nothing of the asked thing.

A side's best unit is quoted only when it is about the question: it holds most of the
question's content words (IDF-weighted, see ``assistant.evidence``) and, for a "bao nhiêu"
question, a number. Otherwise
another sentence of that report would be quoted as if it answered.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.evidence import counted_numbers, document_match, score_units
from assistant.metric_rows import find_words
from assistant.period_signals import states_period
from assistant.question import QuestionView
from assistant.units import Unit

_MIN_COVERAGE = 0.5  # share of the question's content words a side's passage must hold


def per_side(units: list[Unit], q: QuestionView) -> tuple[list[Unit], list[str]]:
    """The unit quoted for each side of ``q`` and, for the sides none fits, a Vietnamese line
    saying that the side's report states no such figure (or passage)."""
    picked: list[Unit] = []
    gaps: list[str] = []
    for side in q.sides:
        fitting = [replace(u) for u in units if document_match(u.hit, side) > 0 or not side.names_something]
        if not fitting and side.periods:  # a target for next year, stated in this year's report
            fitting = _naming_period(units, side)
        score_units(fitting, side)
        ranked = sorted(fitting, key=lambda u: -u.score)
        if _counted(side):  # a figure of another period does not answer for this side
            ranked = [u for u in ranked if states_period(u, side)] or ranked
        best = next((u for u in ranked if not any(_overlaps(u, p) for p in picked)), None)
        if best is None and ranked:
            continue  # a passage already quoted for another side answers this one too
        if best is not None and answers(best, side):
            picked += _other_kinds(best, ranked, side)
            picked += _other_periods(best, ranked, side, picked)
        elif best is not None or fitting:
            gaps.append(_gap_line(best or fitting[0], side))
    return picked, gaps


def _naming_period(units: list[Unit], side: QuestionView) -> list[Unit]:
    """Units of the side's reports (any period) that name the side's period in their text."""
    anywhen = replace(side, periods=[])
    found = [replace(u) for u in units if document_match(u.hit, anywhen) > 0]
    score_units(found, side)  # sets the periods each unit names
    return [u for u in found if states_period(u, side)]


def _other_kinds(best: Unit, ranked: list[Unit], q: QuestionView) -> list[Unit]:
    """The side's best unit, then one of its report for each other asked kind of fact ("số
    hiệu và ngày ban hành": the number line, then the date line)."""
    from assistant.quote import with_missing_kinds  # quote imports this module

    return with_missing_kinds([best], ranked, q)


def answers(unit: Unit, q: QuestionView) -> bool:
    """True when ``unit`` is about what ``q`` asks: most of its content words (the same thing
    may be done in other words: "vận động" / "đóng góp"), and a number when one is asked."""
    if q.terms and unit.coverage < _MIN_COVERAGE and not _states_metric(unit, q):
        return False
    return "number" not in q.asks or bool(counted_numbers(unit.quote))


def _states_metric(unit: Unit, q: QuestionView) -> bool:
    """True when the unit gives a figure of the asked action and counted noun ("kết nạp 118
    đảng viên"): a question asking more than one thing holds words no single passage has."""
    if "number" not in q.asks or not q.verb or not q.unit or not counted_numbers(unit.quote):
        return False
    return find_words(unit.syllables, q.verb) >= 0 and find_words(unit.syllables, q.unit) >= 0


def _other_periods(best: Unit, ranked: list[Unit], q: QuestionView, picked: list[Unit]) -> list[Unit]:
    """For a side asked a figure of each of several periods ("năm 2024 kết nạp bao nhiêu,
    năm 2025 chỉ tiêu bao nhiêu"), a unit of the same report naming each period the best
    unit does not name, with a figure of the asked metric."""
    if "number" not in q.asks or len(q.periods) < 2 or not best.periods:
        return []
    out: list[Unit] = []
    for key in q.periods:
        if any(key in u.periods for u in [best, *out]):
            continue
        own = (u for u in ranked if u.doc_id == best.doc_id and key in u.periods and _states_metric(u, q))
        unit = next((u for u in own if not any(_overlaps(u, p) for p in [*picked, *out])), None)
        out += [unit] if unit is not None else []
    return out


def _counted(q: QuestionView) -> bool:
    return "number" in q.asks and not q.plan and not q.dated and bool(q.periods)


def _gap_line(unit: Unit, q: QuestionView) -> str:
    from assistant.quote import report_label  # quote imports this module

    what = "số liệu" if "number" in q.asks else "nội dung"
    label = report_label(unit.hit.metadata, unit.hit.source)
    return f"Theo {label}: báo cáo không nêu {what} được hỏi."


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.hit.chunk_id == b.hit.chunk_id and a.start < b.end and b.start < a.end
