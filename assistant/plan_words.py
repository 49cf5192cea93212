"""Plan words: in a question about what a report sets ahead, "chỉ tiêu", "mục tiêu",
"nhiệm vụ", "phương hướng", "kế hoạch" and "phấn đấu" stand for one another."""

from __future__ import annotations

from itertools import pairwise

from assistant.question import QuestionView, folded_syllables
from assistant.units import Unit

# Words naming what a report sets ahead: in a plan question one stands for another ("những
# chỉ tiêu gì cho năm 2025" is answered under "Phương hướng, nhiệm vụ năm 2025: phấn đấu ...").
_PLAN_PAIRS = {
    ("chi", "tieu"),
    ("muc", "tieu"),
    ("nhiem", "vu"),
    ("phuong", "huong"),
    ("ke", "hoach"),
    ("phan", "dau"),
}
# Only these say a passage looks ahead: "đạt 23% kế hoạch", "vượt chỉ tiêu" report results.
_AHEAD_PAIRS = {("muc", "tieu"), ("nhiem", "vu"), ("phuong", "huong"), ("phan", "dau")}


def plan_words(unit: Unit, q: QuestionView, section: set[str]) -> set[str]:
    """The question's plan words, when it asks what a report sets ahead (not a figure) and
    the unit (or its section heading) looks ahead."""
    asked = q.bigrams & _PLAN_PAIRS
    if not q.plan or not asked or "number" in q.asks:
        return set()
    text = [*unit.syllables, "", *folded_syllables(_headings_text(unit))]
    if not set(pairwise(text)) & _AHEAD_PAIRS:
        return set()
    return {w for pair in asked for w in pair} - section


def _headings_text(unit: Unit) -> str:
    return str(unit.hit.metadata.get("section") or "")
