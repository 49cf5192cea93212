"""Metadata weights per document: what a question (and explicit filters) say about provinces,
bodies, periods and report numbers, as one factor per document (0 = excluded).

Hard constraints: explicit ``filters`` always; a province or a body the question names filters
too, unless no document of the store matches it (then it is dropped and a note says so); so
does a committee named with its place ("Quận ủy Ngô Quyền": not another quận's report).
Documents whose province or body is unknown stay, weighted down. A document number the
question names ("117-BC/ĐUK", typed "117-bc/duk" or "số 117 bc đuk") picks its document.

Soft constraints, for each period the question names: the report of exactly that period >
a report whose period contains it and ends with it (a quarter's figure in a half-year
report's table) > a report inside it (a quarter report for a whole-year question) > a
container that goes on after it (the 9 months, for a question about quarter II) > a
container that is only the running total beside a report of another period (the 9 months
beside quarter III) > a report that merely mentions it (a year-end report announces next
year's theme) > a report of the same year > the rest. A period asked about as a plan ("nhiệm vụ quý
II") is best answered by the report just before it that mentions it (``planning``); the
report of that period itself comes next (what was done), and reports around it only as far as
they mention it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ingest.period_model import Period
from vectorstore.doctable import DocTable, number_keys
from vectorstore.filters import body_match, committee_match, filter_mask
from vectorstore.query import QueryIntent

TIERS = {
    "exact": 1.0,
    "plan": 1.0,
    "companion": 0.8,  # the last quarter's report of a cumulative period (Q3 for 9 months)
    "contains": 0.62,  # minus up to CONTAINS_SPAN for a container much longer than the period
    "within": 0.5,
    "outlasting": 0.4,  # minus half the span: contains it and goes on after it (9 months for quý II)
    "running": 0.34,  # contains it only as the running total beside another period's report
    "mentioned": 0.32,
    "year": 0.25,
    "other": 0.1,
}
CONTAINS_SPAN = 0.1
_COMPANION = {"H1": "Q2", "9M": "Q3", "Y": "Q4"}
UNKNOWN_PLACE = 0.5  # a document whose province is unknown, when the question names one
UNKNOWN_BODY = 0.6
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
    relaxed: list[str] = field(default_factory=list)  # "province", "body", "place", "number"
    recency: np.ndarray | None = None  # per-document recency factor, when it was applied
    numbered: bool = False  # a document number the question names picked its document(s)
    planning: np.ndarray | None = None  # per document: sets the tasks of a period asked as a plan


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
    committees = _committee_weights(intent, docs)
    if committees is not None and "body" not in relaxed:
        weights, named = committees
        if np.any(named & (factor > 0)):
            factor *= weights
        else:
            relaxed.append("place")
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


def _committee_weights(intent: QueryIntent, docs: DocTable) -> tuple[np.ndarray, np.ndarray] | None:
    """(weights, rows that may be the named committee) for committees named with their place
    ("Quận ủy Ngô Quyền": another quận's report is no answer); None when none is named."""
    # A side of a comparison asks about its own body ("Huyện ủy Mỹ Tú và ĐUK các cơ quan").
    committees = [c for c in intent.committees if not intent.body_keys or c[0] in intent.body_keys]
    if not committees:
        return None
    matches = np.array(
        [max(committee_match(c, d) for c in committees) for d in docs.docs] or [0.0], dtype=np.float32
    )[: len(docs)]
    named = np.array(
        [any(body_match(c[0], str(d["body_key"])) >= 1.0 for c in committees) for d in docs.docs],
        dtype=bool,
    )
    return matches, named & (matches > 0)  # a report whose place is unknown may be the one


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
        for key in without_parts(intent.periods):
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


def without_parts(keys: list[str]) -> list[str]:
    """``keys`` without the periods that a named container holds with at least one other
    named part: "quý I, quý II ... 6 tháng 2025" asks for the half-year's breakdown, which the
    half-year report gives (its table by quarter); the quarter reports hold one part each."""
    periods = [Period.parse_key(k) for k in keys]
    parts: set[str] = set()
    for outer in periods:
        inner = [p.key for p in periods if p != outer and outer.contains(p)]
        if len(inner) >= 2:
            parts.update(inner)
    return [k for k in keys if k not in parts] if parts else keys


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
    disjoint = np.zeros(len(docs), dtype=bool)  # also reports a period apart from ``period``
    containers = []
    for kind in _KINDS:
        other = Period(period.year, kind)
        if other == period:
            continue
        rows = docs.rows(docs.by_period, other.key)
        if other.contains(period):  # the shortest container fits best: Q2 -> H1 before year
            containers.append((rows, _container_tier(other, period)))
        elif period.contains(other):
            lift(rows, TIERS["within"])
        else:
            disjoint[rows] = True
    for rows, value in containers:  # "9 tháng" beside "quý III" holds no figure of quý II
        lift(rows[~disjoint[rows]], value)
        lift(rows[disjoint[rows]], TIERS["running"])
    if period.kind in _COMPANION:  # quarter reports give cumulative figures ("lũy kế 9 tháng")
        lift(docs.rows(docs.by_period, Period(period.year, _COMPANION[period.kind]).key), TIERS["companion"])


def _container_tier(container: Period, period: Period) -> float:
    """Tier of a report whose period contains ``period``: the shorter the better, and one that
    goes on after it (9 months for quý II) reports the later quarter, with ``period`` only
    inside its running total; one that ends with it (6 months for quý II) often reports it by
    quarter. A month is inside its quarter's report either way."""
    span = CONTAINS_SPAN * (_months(container) - _months(period)) / 12
    ends_later = container.months()[1] > period.months()[1]
    if ends_later and not period.kind.startswith("M"):
        return TIERS["outlasting"] - span / 2
    return TIERS["contains"] - span


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
