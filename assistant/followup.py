"""Rule-based condensing of follow-up questions, for quote mode (no language model).

"còn quý II thì sao?" after "Quý I/2023 Đảng bộ Khối các cơ quan tỉnh Bình Định kết nạp bao
nhiêu đảng viên?" becomes the previous question with "quý II/2023" in place of "Quý I/2023".
"so với năm trước?" names both periods (the previous one and the same period a year before),
which makes a comparison. A follow-up with its own content ("còn chuyển đảng chính thức?")
keeps its words and takes the province, body and period of the previous question it lacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.chain import normalize_history
from assistant.question import QuestionView, analyze
from ingest.gazetteer import body_display, find_bodies, find_provinces
from ingest.period_model import Period
from ingest.periods import find_periods
from ingest.text import fold

_LAST_YEAR = re.compile(r"\b(?:nam truoc|nam ngoai|cung ky)\b")
_PREVIOUS = re.compile(r"\b(?:quy truoc|ky truoc|ky bao cao truoc)\b")
_FILLER = re.compile(r"^\s*(?:(?:thế )?còn|vậy|và)\s+|\s*(?:thì sao|thế nào|ra sao|nữa)?\s*\??\s*$", re.I)


def previous_question(history: Sequence[Any] | None) -> str:
    """The last question the user asked before this one."""
    turns = [t["text"] for t in normalize_history(history) if t["role"] == "Người dùng"]
    return turns[-1] if turns else ""


def condense(question: str, history: Sequence[Any] | None) -> str:
    """A standalone question from a follow-up and the previous user question."""
    previous = previous_question(history)
    if not previous:
        return question
    cur, prev = analyze(question), analyze(previous)
    relative = _relative_period(question, prev)
    if cur.terms and not relative:
        return _with_missing_names(question, cur, prev)
    return _replace_names(previous, question, prev, relative)


def _relative_period(question: str, prev: QuestionView) -> list[Period]:
    """Periods named relatively ("năm trước", "quý trước") to the previous question's period."""
    folded = fold(question)
    base = [Period.parse_key(k) for k in prev.periods[:1]]
    if not base:
        return []
    if _LAST_YEAR.search(folded):
        return [base[0], base[0].same_period_last_year()]
    if _PREVIOUS.search(folded):
        return [base[0], base[0].previous()]
    return []


def _with_missing_names(question: str, cur: QuestionView, prev: QuestionView) -> str:
    """The follow-up's own words plus the province, body and period it does not name."""
    extra: list[str] = []
    if prev.periods and not cur.periods:
        extra.append(", ".join(Period.parse_key(k).label() for k in prev.periods))
    previous = prev.text
    if prev.body_keys and not cur.body_keys:
        extra += [b.text for b in find_bodies(previous) if b.specific][:1]
    if prev.provinces and not cur.provinces and not any(prev.provinces[0] in e for e in extra):
        extra.append(prev.provinces[0])
    if not extra:
        return question
    core = _FILLER.sub("", question).strip() or question
    asks = " bao nhiêu" if "number" in prev.asks and "number" not in cur.asks else ""
    return f"{core}{asks} ({', '.join(extra)})?"


def _replace_names(previous: str, question: str, prev: QuestionView, relative: list[Period]) -> str:
    """The previous question with the places, bodies and periods the follow-up names swapped in."""
    year = Period.parse_key(prev.periods[0]).year if prev.periods else None
    swaps: list[tuple[list[tuple[int, int]], str]] = []
    periods = relative or [m.period for m in find_periods(question, year)]
    if periods:
        label = " và ".join(p.label() for p in periods)
        swaps.append(([(m.start, m.end) for m in find_periods(previous)], label))
    bodies = [b for b in find_bodies(question) if b.specific]
    if bodies:
        old = find_bodies(previous)
        level = next((b.level for b in old if b.level), bodies[0].level)
        swaps.append(([_body_span(previous, b) for b in old], body_display(bodies[0].key, level)))
    provinces = find_provinces(question)
    if provinces:
        swaps.append(([(p.start, p.end) for p in find_provinces(previous)], provinces[0].name))
    text = previous
    for spans, new in _ordered(swaps):
        text = _swap(text, spans, new)
    return text


def _body_span(text: str, mention: Any, offset: int = 0) -> tuple[int, int]:
    """Span of a body mention in ``text`` without the province named right after it."""
    start, end = mention.start - offset, mention.end - offset
    places = find_provinces(text[start:end])
    if mention.province and places:
        end = start + places[-1].start
    return start, start + len(text[start:end].rstrip(" ,"))


def _ordered(swaps: list[tuple[list[tuple[int, int]], str]]) -> list[tuple[list[tuple[int, int]], str]]:
    """Apply the rightmost replacements first so earlier spans stay valid."""
    return sorted(swaps, key=lambda s: -(s[0][0][0] if s[0] else -1))


def _swap(text: str, spans: list[tuple[int, int]], new: str) -> str:
    """Replace the first span with ``new`` and drop the others; append when there is none."""
    if not spans:
        return f"{text.rstrip(' ?')} ({new})?"
    for start, end in sorted(spans[1:], reverse=True):
        text = text[:start] + text[end:]
    start, end = spans[0]
    replacement = new[:1].upper() + new[1:] if start == 0 else new
    return text[:start] + replacement + text[end:]
