"""Totals: does a unit state how many of the counted thing there are ("có 31 tổ chức cơ sở
đảng với 2.075 đảng viên"), as opposed to how many were acted on ("kết nạp 19 đảng viên")?
Used to refuse a "tổng cộng bao nhiêu" question that a report answers only with flows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.evidence import STOCK
from assistant.metric_rows import row_signal
from assistant.question import QuestionView
from assistant.units import Unit


def counts_stock(unit: Unit, q: QuestionView) -> bool:
    """True when the unit states how many of the counted noun there are: "có/với/gồm 7.846
    đảng viên", "tổng số đảng viên ... 8.104", or a table row whose header names the noun.
    "kết nạp 21 đảng viên" counts what was done, not how many there are."""
    if not q.unit:
        return True
    if unit.kind == "row":
        return row_signal(unit, q) > 0.05
    words, n = unit.syllables, len(q.unit)
    for i in range(len(words) - n + 1):
        if words[i : i + n] != q.unit:
            continue
        start = i
        while start > max(0, i - 3) and words[start - 1][:1].isdigit():
            start -= 1
        if start < i and STOCK & set(words[max(0, start - 2) : start]):
            return True
        if "so" in words[max(0, i - 2) : i] and any(w[:1].isdigit() for w in words[i + n : i + n + 8]):
            return True
    return False


def names_match(meta: Mapping[str, Any], q: QuestionView) -> bool:
    """True when the document is known to be of the named province or body (not merely
    without such metadata)."""
    if q.provinces and meta.get("province") not in q.provinces:
        return False
    return not q.body_keys or meta.get("body_key") in q.body_keys
