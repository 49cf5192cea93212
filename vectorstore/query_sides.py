"""Comparison questions: whether a question compares, and one intent per compared side.

Two provinces or two bodies always compare ("Thái Bình hay Gia Lai", "ĐUK Doanh nghiệp Hải
Dương và ĐUK các cơ quan Bình Dương"); two periods compare when the question says so ("so
sánh", "thay đổi") or joins them ("năm 2022 và năm 2023", "từ quý I/2022 đến cuối năm 2024"),
not when they nest ("quý II ..., lũy kế 6 tháng" reads one report). The values of the compared
dimensions are paired in the order they are written.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.matching import FoldedText
from ingest.period_model import Period
from ingest.text import fold

if TYPE_CHECKING:
    from vectorstore.query import QueryIntent

_COMPARE_ANYWHERE = re.compile(r"(?<!\w)(?:so sanh|thay doi|chenh lech|doi chieu|moi noi|ca hai)(?!\w)")
_COMPARE_BETWEEN = re.compile(r"(?<!\w)(?:va|voi|hay|hoac|den|sang|so voi|con)(?!\w)|;")


@dataclass(frozen=True)
class Mention:
    """A value named in a question (a province, body key or period key) and where."""

    value: str
    start: int
    role: str = ""
    end: int = -1


def comparison_sides(
    intent: QueryIntent, provinces: list[Mention], bodies: list[Mention], periods: list[Mention]
) -> tuple[list[QueryIntent], list[str]]:
    """(one intent per side, [from, to] of a period span) or ([], []) when not a comparison."""
    if not is_comparison(intent.text, provinces, bodies, periods):
        return [], []
    sides = _sides(intent, provinces, bodies, periods)
    if len(sides) < 2:
        return [], []
    return sides, period_range(intent.text, periods)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.value, m)
    return list(seen.values())


def is_comparison(text: str, provinces: list[Mention], bodies: list[Mention], periods: list[Mention]) -> bool:
    """Two provinces or two bodies always compare; two periods compare when the question says
    so ("so sánh", "thay đổi") or joins them ("và", "với", "đến", "hay")."""
    if len(_distinct(provinces)) > 1 or len(_distinct(bodies)) > 1:
        return True
    distinct = _distinct(periods)
    if len(distinct) < 2:
        return False
    if _COMPARE_ANYWHERE.search(fold(text)):
        return True
    if _nested([Period.parse_key(m.value) for m in distinct]):
        return False  # "quý II ..., lũy kế 6 tháng": one report's figures, not two sides
    view = FoldedText.of(text)
    first, last = distinct[0].start, distinct[-1].start
    between = view.folded[view.folded_index(first) : view.folded_index(last)]
    return bool(_COMPARE_BETWEEN.search(between))


def plan_sides(
    intent: QueryIntent, provinces: list[Mention], bodies: list[Mention], periods: list[Mention]
) -> list[QueryIntent]:
    """One intent per period when one named period is asked as a plan and another as results
    ("kế hoạch năm 2025 ..., hết 6 tháng còn phải ... bao nhiêu"): a report before the plan's
    period sets the plan, the report of the other period tells what was done. Not a comparison:
    the sides are searched one by one so that each brings its own report; [] otherwise."""
    keys = {m.value for m in periods}
    plans = keys & set(intent.next_periods)
    if len(keys) < 2 or not plans or not keys - plans:
        return []
    return _sides(intent, provinces, bodies, periods)


def _nested(periods: list[Period]) -> bool:
    """True when every pair of periods nests (one contains the other)."""
    return all(a.contains(b) or b.contains(a) for i, a in enumerate(periods) for b in periods[i + 1 :])


def _sides(
    intent: QueryIntent, provinces: list[Mention], bodies: list[Mention], periods: list[Mention]
) -> list[QueryIntent]:
    """One intent per compared side: values of the compared dimensions paired in order; when
    the places do not take their periods in turn, one side per place and period."""
    dims = {"provinces": _distinct(provinces), "body_keys": _distinct(bodies), "periods": _distinct(periods)}
    n = max(len(v) for v in dims.values())
    places = next((dims[name] for name in ("provinces", "body_keys") if len(dims[name]) == n), [])
    shared = "periods" if places and not _alternate(places, dims["periods"]) else ""
    sides = []
    for i in range(n):
        values: dict[str, list[str]] = {}
        for name, mentions in dims.items():
            if len(mentions) == n and name != shared:
                values[name] = [mentions[i].value]
            else:  # named once (shared by every side) or not paired: no narrowing
                values[name] = [m.value for m in mentions]
        for keys in [[k] for k in values["periods"]] if shared else [values["periods"]]:
            sides.append(
                dataclasses.replace(
                    intent,
                    provinces=values["provinces"],
                    body_keys=values["body_keys"],
                    periods=keys,
                    years=sorted({Period.parse_key(k).year for k in keys}) or intent.years,
                    next_periods=[k for k in intent.next_periods if k in keys],
                    sides=[],
                    is_comparison=False,
                )
            )
    return sides


def _alternate(places: list[Mention], periods: list[Mention]) -> bool:
    """True when places and periods are written in turn ("Nghệ An năm 2023 và Hà Tĩnh năm 2024"):
    then each period goes with its place. Places written together ("năm 2024 Nghệ An và Hà Tĩnh
    mỗi nơi ..., năm 2025 ...") are each asked of every period (a side per place and period)."""
    marks = sorted([(m.start, "place") for m in places] + [(m.start, "period") for m in periods])
    kinds = [kind for _, kind in marks]
    return len(periods) != len(places) or all(a != b for a, b in itertools.pairwise(kinds))


_RANGE_FROM = re.compile(r"(?<!\w)(?:tu|ke tu)\s*$")
_RANGE_TO = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:den|toi|sang)(?!\w)")


def period_range(text: str, periods: list[Mention]) -> list[str]:
    """[from, to] when two periods are written as a span: "từ quý I/2024 đến cuối năm 2024"."""
    distinct = _distinct(periods)
    if len(distinct) != 2:
        return []
    view = FoldedText.of(text)
    first, second = distinct
    before = view.folded[max(0, view.folded_index(first.start) - 12) : view.folded_index(first.start)]
    between = view.folded[view.folded_index(first.end) : view.folded_index(second.start)]
    if not (_RANGE_FROM.search(before) and _RANGE_TO.match(between)):
        return []
    return [first.value, second.value]
