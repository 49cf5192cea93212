"""Metadata weights per document: what a question (and explicit filters) say about provinces,
bodies, periods and report numbers, as one factor per document (0 = excluded).

Hard constraints: explicit ``filters`` always; a province or a body the question names filters
too, unless no document of the store matches it (then it is dropped and a note says so).
Documents whose province or body is unknown stay, weighted down.

Soft constraints, for each period the question names: the report of exactly that period >
a report whose period contains it (a quarter's figure in a half-year report's table) > a
report inside it (a quarter report for a whole-year question) > a report that merely mentions
it (a year-end report announces next year's theme) > a report of the same year > the rest. A
period asked about as a plan ("nhiệm vụ quý II") is best answered by the report just before it
that mentions it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.errors import BaocaoError
from ingest.gazetteer import get_province
from ingest.period_model import Period
from vectorstore.doctable import DocTable
from vectorstore.query import QueryIntent

TIERS = {
    "exact": 1.0,
    "plan": 1.0,
    "companion": 0.8,  # the last quarter's report of a cumulative period (Q3 for 9 months)
    "contains": 0.62,  # minus up to CONTAINS_SPAN for a container much longer than the period
    "within": 0.5,
    "mentioned": 0.32,
    "year": 0.25,
    "other": 0.1,
}
CONTAINS_SPAN = 0.1
_COMPANION = {"H1": "Q2", "9M": "Q3", "Y": "Q4"}
UNKNOWN_PLACE = 0.5  # a document whose province is unknown, when the question names one
UNKNOWN_BODY = 0.6
RELATED_BODY = 0.8  # "Đảng ủy Khối" of unknown kind, or the merged Khối of 2025
OPEN_KIND_MISS = 0.6  # "6 tháng đầu năm" (no year): a report of another kind
NUMBER_MISS = 0.4  # the question names a report number that this report does not have
TYPE_MISS = 0.9
_PLAN_REACH_DAYS = 400  # a plan for period P is set by a report ending within this before P
_KINDS = ("Y", "H1", "H2", "9M", "Q1", "Q2", "Q3", "Q4", *(f"M{m:02d}" for m in range(1, 13)))


@dataclass
class DocWeights:
    """Per-document factors for one intent, with what was relaxed on the way."""

    factor: np.ndarray
    period_tier: np.ndarray  # best period tier value per document (1.0 when no period named)
    relaxed: list[str] = field(default_factory=list)  # "province", "body"
    recency: np.ndarray | None = None  # per-document recency factor, when it was applied


def body_match(wanted: str, have: str) -> float:
    """How well a document's body key answers a body the question names (0..1)."""
    if wanted == have:
        return 1.0
    khoi_w, khoi_h = wanted.startswith("khoi"), have.startswith("khoi")
    if wanted == "khoi" and khoi_h:
        return 1.0
    if have == "khoi" and khoi_w:
        return RELATED_BODY
    if "khoi-co-quan-doanh-nghiep" in (wanted, have) and khoi_w and khoi_h:
        return RELATED_BODY
    return 0.0


def doc_weights(intent: QueryIntent, docs: DocTable, filters: dict[str, Any] | None) -> DocWeights:
    """Factors for every document of ``docs`` (see the module docstring)."""
    factor = filter_mask(docs, filters).astype(np.float32)
    relaxed = []
    for name, weights in (
        ("province", _province_weights(intent, docs)),
        ("body", _body_weights(intent, docs)),
    ):
        if weights is None:
            continue
        if np.any((weights >= 1.0) & (factor > 0)):
            factor *= weights
        else:
            relaxed.append(name)
    tiers = period_weights(intent, docs)
    factor *= tiers
    factor *= _number_weights(intent, docs)
    if intent.doc_type:
        kinds = np.array([d["doc_type"] == intent.doc_type for d in docs.docs], dtype=bool)
        factor *= np.where(kinds, 1.0, TYPE_MISS).astype(np.float32)
    return DocWeights(factor, tiers, relaxed)


def _province_weights(intent: QueryIntent, docs: DocTable) -> np.ndarray | None:
    if not intent.provinces:
        return None
    codes = [i for i, name in enumerate(docs.province_names) if name in intent.provinces]
    known = np.isin(docs.province, codes)
    return np.where(known, 1.0, np.where(docs.province < 0, UNKNOWN_PLACE, 0.0)).astype(np.float32)


def _body_weights(intent: QueryIntent, docs: DocTable) -> np.ndarray | None:
    if not intent.body_keys:
        return None
    table = np.array(
        [max(body_match(w, have) for w in intent.body_keys) for have in docs.body_keys] + [UNKNOWN_BODY],
        dtype=np.float32,
    )
    return table[docs.body]  # code -1 picks the last entry: unknown body


def _number_weights(intent: QueryIntent, docs: DocTable) -> np.ndarray:
    out = np.ones(len(docs), dtype=np.float32)
    rows = [docs.rows(docs.by_number, n) for n in intent.doc_numbers]
    hits = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    if hits.size:
        out[:] = NUMBER_MISS
        out[hits] = 1.0
    return out


def period_weights(intent: QueryIntent, docs: DocTable) -> np.ndarray:
    """Best period tier of each document over the periods the question names."""
    n = len(docs)
    if intent.periods:
        best = np.zeros(n, dtype=np.float32)
        for key in intent.periods:
            np.maximum(best, period_tiers(docs, Period.parse_key(key), key in intent.next_periods), out=best)
        return best
    if intent.open_periods:
        best = np.full(n, OPEN_KIND_MISS, dtype=np.float32)
        for key, rows in docs.by_period.items():
            if Period.parse_key(key).kind in intent.open_periods:
                best[rows] = 1.0
        return best
    if intent.years:
        best = np.full(n, TIERS["other"], dtype=np.float32)
        for year in intent.years:
            best[docs.rows(docs.by_year, year)] = 1.0
        return best
    return np.ones(n, dtype=np.float32)


def period_tiers(docs: DocTable, period: Period, plan: bool = False) -> np.ndarray:
    """Tier value of each document for one named period (see the module docstring)."""
    tiers = np.full(len(docs), TIERS["other"], dtype=np.float32)

    def lift(rows: np.ndarray, value: float) -> None:
        if rows.size:
            tiers[rows] = np.maximum(tiers[rows], value)

    lift(docs.rows(docs.by_year, period.year), TIERS["year"])
    lift(docs.rows(docs.by_mentioned, period.key), TIERS["mentioned"])
    months = _months(period)
    for kind in _KINDS:
        other = Period(period.year, kind)
        if other == period:
            continue
        rows = docs.rows(docs.by_period, other.key)
        if other.contains(period):  # the shortest container fits best: Q2 -> H1 before year
            lift(rows, TIERS["contains"] - CONTAINS_SPAN * (_months(other) - months) / 12)
        elif period.contains(other):
            lift(rows, TIERS["within"])
    if period.kind in _COMPANION:  # quarter reports give cumulative figures ("lũy kế 9 tháng")
        lift(docs.rows(docs.by_period, Period(period.year, _COMPANION[period.kind]).key), TIERS["companion"])
    exact = docs.rows(docs.by_period, period.key)
    if plan:
        lift(exact, TIERS["contains"])
        mentioned = docs.rows(docs.by_mentioned, period.key)
        start = period.start_date().toordinal()
        ends = docs.report_end[mentioned]
        lift(mentioned[(ends < start) & (ends >= start - _PLAN_REACH_DAYS)], TIERS["plan"])
    else:
        lift(exact, TIERS["exact"])
    return tiers


def _months(period: Period) -> int:
    first, last = period.months()
    return last - first + 1


def filter_mask(docs: DocTable, filters: dict[str, Any] | None) -> np.ndarray:
    """Documents allowed by explicit filters (province, body_key, period, period_from/to,
    doc_id, source; a list means any of its values). Unknown keys are ignored; a malformed
    period key raises ``BaocaoError``."""
    mask = np.ones(len(docs), dtype=bool)
    if not filters:
        return mask
    for key in ("period", "period_from", "period_to"):
        for value in _as_list(filters.get(key)):
            _check_period(key, value)
    for key, wanted in filters.items():
        if wanted in (None, "", []):
            continue
        test = _FILTERS.get(key)
        if test is not None:
            mask &= np.array([test(d, wanted) for d in docs.docs], dtype=bool)
    if filters.get("period_from") or filters.get("period_to"):
        mask &= _range_mask(docs, filters.get("period_from") or "", filters.get("period_to") or "")
    return mask


def _as_list(value: Any) -> list[Any]:
    if value in (None, "", []):
        return []
    return list(value) if isinstance(value, list | tuple | set) else [value]


def _check_period(key: str, value: Any) -> None:
    try:
        Period.parse_key(str(value))
    except ValueError:
        raise BaocaoError(
            f"Bộ lọc {key} không hợp lệ: {value!r}. Dùng mã kỳ như 2024, 2024-Q1, 2024-H1, 2024-9M."
        ) from None


def _same_province(doc: dict[str, Any], wanted: Any) -> bool:
    names = {p.name if (p := get_province(str(w))) else str(w) for w in _as_list(wanted)}
    return bool(doc["province"]) and doc["province"] in names


def _related_period(doc: dict[str, Any], wanted: Any) -> bool:
    """A report of the period, of a period containing it, or of a period inside it."""
    for target in map(Period.parse_key, map(str, _as_list(wanted))):
        for have in map(Period.parse_key, doc["periods"]):
            if have == target or have.contains(target) or target.contains(have):
                return True
    return False


_FILTERS = {
    "province": _same_province,
    "body_key": lambda d, w: any(body_match(x, d["body_key"]) >= 1.0 for x in _as_list(w)),
    "period": _related_period,
    "doc_id": lambda d, w: d["doc_id"] in _as_list(w),
    "source": lambda d, w: d["source"] in _as_list(w),
}


def _range_mask(docs: DocTable, start_key: str, end_key: str) -> np.ndarray:
    """Documents whose reported periods (else date) lie within [start, end], inclusive."""
    low = Period.parse_key(start_key).start_date().toordinal() if start_key else 0
    high = Period.parse_key(end_key).end_date().toordinal() if end_key else 10**9
    out = np.zeros(len(docs), dtype=bool)
    for row, doc in enumerate(docs.docs):
        spans = [
            (p.start_date().toordinal(), p.end_date().toordinal())
            for p in map(Period.parse_key, doc["periods"])
        ]
        if not spans and docs.date[row]:
            spans = [(int(docs.date[row]), int(docs.date[row]))]
        out[row] = any(low <= a and b <= high for a, b in spans)
    return out
