"""Metadata weights per document: what a question (and explicit filters) say about provinces,
bodies, periods and report numbers, as one factor per document (0 = excluded).

Hard constraints: explicit ``filters`` always; a province or a body the question names filters
too, unless no document of the store matches it (then it is dropped and a note says so).
Documents whose province or body is unknown stay, weighted down. A document number the
question names ("117-BC/ĐUK", typed "117-bc/duk" or "số 117 bc đuk") picks its document.

Soft constraints, for each period the question names: the report of exactly that period >
a report whose period contains it (a quarter's figure in a half-year report's table) > a
report inside it (a quarter report for a whole-year question) > a container that is only the
running total of a report of another period (the 9 months beside quarter III, for a question
about quarter II) > a report that merely mentions it (a year-end report announces next year's
theme) > a report of the same year > the rest. A period asked about as a plan ("nhiệm vụ quý
II") is best answered by the report just before it that mentions it (``planning``); the
report of that period itself comes next (what was done), and reports around it only as far as
they mention it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.errors import BaocaoError
from ingest.gazetteer import get_province
from ingest.period_model import Period
from vectorstore.doctable import DocTable, number_keys
from vectorstore.query import QueryIntent

TIERS = {
    "exact": 1.0,
    "plan": 1.0,
    "companion": 0.8,  # the last quarter's report of a cumulative period (Q3 for 9 months)
    "contains": 0.62,  # minus up to CONTAINS_SPAN for a container much longer than the period
    "within": 0.5,
    "running": 0.45,  # contains it only as the running total beside another period's report
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
NUMBER_MISS = 0.1  # the question names a document number that another document of the store has
TYPE_MISS = 0.9
_PLAN_REACH_DAYS = 400  # a plan for period P is set by a report ending within this before P
_KINDS = ("Y", "H1", "H2", "9M", "Q1", "Q2", "Q3", "Q4", *(f"M{m:02d}" for m in range(1, 13)))


@dataclass
class DocWeights:
    """Per-document factors for one intent, with what was relaxed on the way."""

    factor: np.ndarray
    period_tier: np.ndarray  # best period tier value per document (1.0 when no period named)
    relaxed: list[str] = field(default_factory=list)  # "province", "body", "number"
    recency: np.ndarray | None = None  # per-document recency factor, when it was applied
    numbered: bool = False  # a document number the question names picked its document(s)
    planning: np.ndarray | None = None  # per document: sets the tasks of a period asked as a plan


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
    numbers = _number_weights(intent, docs)
    if numbers is not None:
        factor *= numbers
    elif intent.doc_numbers:
        relaxed.append("number")
    if intent.doc_type:
        kinds = np.array([d["doc_type"] == intent.doc_type for d in docs.docs], dtype=bool)
        factor *= np.where(kinds, 1.0, TYPE_MISS).astype(np.float32)
    return DocWeights(factor, tiers, relaxed, numbered=numbers is not None, planning=_planning(intent, docs))


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


def _number_weights(intent: QueryIntent, docs: DocTable) -> np.ndarray | None:
    """A document number names its document: the others weigh ``NUMBER_MISS``. The whole
    number is looked up first, then its number and kind ("117-BC/TU" typed for "117-BC/ĐUK").
    None when the question names no number that a document of the store has."""
    found = []
    for number in intent.doc_numbers:
        for key in number_keys(number):
            rows = docs.rows(docs.by_number, key)
            if rows.size:
                found.append(rows)
                break
    if not found:
        return None
    out = np.full(len(docs), NUMBER_MISS, dtype=np.float32)
    out[np.concatenate(found)] = 1.0
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
    exact = docs.rows(docs.by_period, period.key)
    if plan:  # tasks are set before the period; reports of it tell what was done
        lift(exact, TIERS["contains"])
        lift(planning_rows(docs, period), TIERS["plan"])
        return tiers
    _lift_around(docs, period, lift)
    lift(exact, TIERS["exact"])
    return tiers


def _lift_around(docs: DocTable, period: Period, lift: Callable[[np.ndarray, float], None]) -> None:
    """Tiers of the reports of the same year whose period contains ``period``, lies inside
    it, or is the last quarter of it (a cumulative period)."""
    months = _months(period)
    disjoint = np.zeros(len(docs), dtype=bool)  # also reports a period apart from ``period``
    containers = []
    for kind in _KINDS:
        other = Period(period.year, kind)
        if other == period:
            continue
        rows = docs.rows(docs.by_period, other.key)
        if other.contains(period):  # the shortest container fits best: Q2 -> H1 before year
            containers.append((rows, TIERS["contains"] - CONTAINS_SPAN * (_months(other) - months) / 12))
        elif period.contains(other):
            lift(rows, TIERS["within"])
        else:
            disjoint[rows] = True
    for rows, value in containers:  # "9 tháng" beside "quý III" holds no figure of quý II
        lift(rows[~disjoint[rows]], value)
        lift(rows[disjoint[rows]], TIERS["running"])
    if period.kind in _COMPANION:  # quarter reports give cumulative figures ("lũy kế 9 tháng")
        lift(docs.rows(docs.by_period, Period(period.year, _COMPANION[period.kind]).key), TIERS["companion"])


def planning_rows(docs: DocTable, period: Period) -> np.ndarray:
    """Reports that set the tasks of ``period``: they end shortly before it and mention it or
    a period that begins with it (the tasks of "6 tháng cuối năm" are those of quý III too,
    the tasks of the year those of quý I)."""
    starting = [period] + [
        other
        for kind in _KINDS
        if (other := Period(period.year, kind)).contains(period) and other.months()[0] == period.months()[0]
    ]
    rows = [docs.rows(docs.by_mentioned, p.key) for p in starting]
    mentioned = np.unique(np.concatenate(rows))
    start = period.start_date().toordinal()
    ends = docs.report_end[mentioned]
    return mentioned[(ends < start) & (ends >= start - _PLAN_REACH_DAYS)]


def _planning(intent: QueryIntent, docs: DocTable) -> np.ndarray | None:
    """Per document, whether it sets the tasks of a period asked about as a plan."""
    if not intent.next_periods:
        return None
    out = np.zeros(len(docs), dtype=bool)
    for key in intent.next_periods:
        out[planning_rows(docs, Period.parse_key(key))] = True
    return out


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
