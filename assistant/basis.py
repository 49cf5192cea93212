"""Refusal rules about the basis of a figure: is a found number really the asked one?

Two rules, run after the evidence rules of ``assistant.refusal``:

1. Unreported period: a figure is asked for a period ("quý III/2025") that no report of the
   named body with a known reporting period equals or contains. Only a passage that itself
   names the asked period, and is not a target ("phấn đấu kết nạp 180 đảng viên"), may then
   answer; a plan of another report does not.
2. Ratio to plan: "đạt bao nhiêu % kế hoạch" is answered only by a passage that gives the
   asked metric as a share of its plan ("đạt 60% kế hoạch năm", a table with a plan column and
   a % column); a growth over the same period ("tăng 7,8% so với cùng kỳ") is another figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from assistant.numbers import format_period
from assistant.period_signals import asked_periods
from assistant.question import QuestionView, folded_syllables
from assistant.refusal import Decision, explain_corpus, fits
from assistant.units import Unit
from ingest.period_model import Period
from ingest.periods import find_periods
from ingest.text import fold

_PLAN_WORDS = r"(?:ke hoach|chi tieu|du toan|kh|nghi quyet)"
# The question asks for a share of the plan: "bao nhiêu % kế hoạch", "tỷ lệ so với chỉ tiêu".
# "so với kế hoạch thì đạt mấy %": the plan first, the share after it.
_ASKS_RATIO = re.compile(
    rf"(?:%|phan tram|ty le|ti le)\s*(?:so voi |cua )?{_PLAN_WORDS}\b"
    rf"|\bso voi {_PLAN_WORDS}\b[^.?;]{{0,25}}\b(?:bao nhieu|may)\s*(?:%|phan tram)"
)
# A passage gives one: "đạt 60% kế hoạch", "bằng 58,3% dự toán", "so với kế hoạch đạt 52%".
_STATES_RATIO = re.compile(
    rf"\d%\s*(?:so voi |cua )?{_PLAN_WORDS}\b|\b{_PLAN_WORDS}\b[^.;%]{{0,30}}\d(?:[.,]\d+)?\s*%"
)
_RATIO_WORDS = {
    "dat", "ke", "hoach", "chi", "tieu", "du", "toan", "phan", "tram", "ty", "ti", "le",
    "so", "voi", "nam", "thang", "kh", "tong", "bang", "duoc", "luy", "tinh", "den", "het",
}  # fmt: skip
_TARGET = re.compile(r"\b(?:phan dau|muc tieu|du kien|it nhat|toi thieu)\b")
_TASKS = re.compile(r"\b(?:nhiem vu|phuong huong|ke hoach)\b")  # a section of plans


def check_basis(
    q: QuestionView, documents: Sequence[Mapping[str, Any]], units: list[Unit], threshold: float
) -> Decision:
    """Refuse when the figure found cannot be the asked one (see the module docstring)."""
    if "number" not in q.asks or q.sides:
        return Decision(False)
    reason = _unreported_period(q, documents, units, threshold)
    if reason:
        return Decision(True, reason, "period")
    metric = ratio_metric(q)
    if metric and not any(gives_ratio(u, metric) for u in units):
        label = " ".join(metric)
        return Decision(True, f'Các báo cáo phù hợp không nêu tỷ lệ so với kế hoạch của "{label}".', "metric")
    return Decision(False)


def known_periods(doc: Mapping[str, Any]) -> list[Period]:
    """The document's reporting periods, else those its title names ("... năm 2024")."""
    out = []
    for key in doc.get("periods") or []:
        try:
            out.append(Period.parse_key(str(key)))
        except ValueError:
            continue
    return out or [m.period for m in find_periods(str(doc.get("title") or ""))]


def _unreported_period(
    q: QuestionView, documents: Sequence[Mapping[str, Any]], units: list[Unit], threshold: float
) -> str:
    if q.plan or q.dated or not q.periods:
        return ""
    asked = asked_periods(q)
    same = [d for d in documents if fits(d, q, periods=False)]
    known = [known_periods(d) for d in same]
    if not asked or not any(known):
        return ""  # no report with a known period: nothing to say about the asked one
    if any(all(any(r == a or r.contains(a) for r in periods) for a in asked) for periods in known):
        return ""
    latest = max(p.end_date() for periods in known for p in periods)
    if any(a.start_date() <= latest for a in asked):
        return ""  # a report may state an earlier period (a comparison column), never a later one
    if any(_names_period(u, q) for u in units if u.strength >= threshold):
        return ""
    wanted = ", ".join(format_period(p) for p in q.periods)
    return f"Không có báo cáo nào cho {wanted}. {explain_corpus(q, documents)}"


def _names_period(unit: Unit, q: QuestionView) -> bool:
    """True when the unit itself names an asked period and is not a target or a task."""
    if not set(q.periods) & set(unit.periods):
        return False
    section = fold(str(unit.hit.metadata.get("section") or "")).lower()
    return not _TARGET.search(" ".join(unit.syllables)) and not _TASKS.search(section)


def ratio_metric(q: QuestionView) -> list[str]:
    """The metric whose share of the plan is asked ("doanh thu" in "tổng doanh thu đạt bao
    nhiêu % kế hoạch năm"): its first two words; empty when no such share is asked."""
    if not _ASKS_RATIO.search(fold(q.text).lower()):
        return []
    asked = [t for t in q.verb if t not in _RATIO_WORDS]  # "tổng doanh thu bao nhiêu"
    if len(asked) == 2:
        return asked
    return [t for t in q.terms if t not in _RATIO_WORDS and not t[:1].isdigit()][:2]


def gives_ratio(unit: Unit, metric: list[str]) -> bool:
    words = set(unit.syllables) | set(folded_syllables(str(unit.hit.metadata.get("section") or "")))
    if not set(metric) <= words:
        return False
    text = fold(unit.quote).lower()
    if unit.kind == "row":
        header = text.split("\n", 1)[0]
        # Cells may be glued in a PDF header ("6 thángTỷ lệ"): no word boundary is required.
        planned = re.search(r"ke hoach|chi tieu|du toan|\bkh\b", header)
        return bool(planned) and bool(re.search(r"%|ty le|ti le", text))
    return bool(_STATES_RATIO.search(text))
