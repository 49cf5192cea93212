"""Choosing the stored facts that answer one side of a comparison or a ranking.

A side is a period, a province and the bodies asked about. A count at a date (a "stock": party
members, organisations) of the end of a year is also the count of the end of its fourth
quarter: "cuối năm 2023" is answered by the report on quý IV/2023 when no report gives the year.
Whether the reports could state a figure the facts lack (``reports_mention``) decides whether a
missing side may be said to be missing.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from assistant.facts.metrics import metric
from assistant.facts.model import Fact
from assistant.facts.store import best_fact, query_facts
from ingest.period_model import Period
from ingest.text import fold

Body = tuple[str, str]  # (province, body_key)


def side_facts(catalog: Any, key: str, period: Period, province: str, body_keys: list[str]) -> list[Fact]:
    """One fact of metric ``key`` per body for ``period`` (its own period first; for a stock,
    else a period ending the same day), in document order."""
    stock = metric(key).kind == "stock"
    facts = [
        f
        for f in _body_facts(catalog, key, province, body_keys)
        if f.period == period.key or (stock and _ends(f.period) == period.end_date())
    ]
    out = []
    for group in _by_body(facts).values():
        exact = [f for f in group if f.period == period.key]
        out.append(in_words(catalog, best_fact(exact or group)))
    return out


def in_words(catalog: Any, fact: Fact) -> Fact:
    """``fact`` read from a table row, quoted instead from the sentence of the same report that
    states the same figure of the same metric and period ("kết nạp 23 đảng viên mới, đạt 14,4%
    kế hoạch"): a reader checks a sentence more easily than a row. Else ``fact`` itself."""
    if " | " not in fact.quote or not fact.value:
        return fact
    figure = re.compile(r"(?<![\d.,])" + re.escape(fact.value) + r"(?![\d]|[.,]\d)")
    unit = fold(fact.unit)
    for other in query_facts(catalog, metrics=[fact.metric], periods=[fact.period], doc_id=fact.doc_id):
        if " | " in other.quote or other.segment != fact.segment:
            continue
        for match in figure.finditer(other.quote):
            if not unit or fold(other.quote[match.end() :]).strip().startswith(unit):
                return dataclasses.replace(fact, quote=other.quote, chunk_id=other.chunk_id)
    return fact


def sub_period_facts(
    catalog: Any, key: str, within: Period, unit: str, province: str, body_keys: list[str]
) -> dict[Body, list[Fact]]:
    """Per body, one fact of metric ``key`` for each period of kind ``unit`` ("Q": quarters,
    "M": months, "H": halves) inside ``within``, in time order: a year report's quarter table."""
    facts = []
    for fact in _body_facts(catalog, key, province, body_keys):
        period = _parse(fact.period)
        if period is not None and period.kind.startswith(unit) and within.contains(period):
            facts.append(fact)
    out: dict[Body, list[Fact]] = {}
    for body, group in _by_body(facts).items():
        periods = sorted({f.period for f in group}, key=lambda k: Period.parse_key(k).sort_key())
        out[body] = [best_fact([f for f in group if f.period == p]) for p in periods]
    return out


def reports_mention(catalog: Any, period: Period, province: str, body_keys: list[str]) -> bool:
    """True when a stored report of ``province`` (and ``body_keys``) reports or names a period
    overlapping ``period``: its text may then state a figure that the facts do not hold."""
    for record in catalog.documents():
        meta = record.metadata
        if province and meta.get("province") != province:
            continue
        if body_keys and meta.get("body_key") not in body_keys:
            continue
        keys = [*(meta.get("periods") or []), *(meta.get("mentioned_periods") or [])]
        for found in filter(None, map(_parse, keys)):
            if found.contains(period) or period.contains(found):
                return True
    return False


def _body_facts(catalog: Any, key: str, province: str, body_keys: list[str]) -> list[Fact]:
    facts = query_facts(catalog, metrics=[key], province=province or None, measure="value")
    return [f for f in facts if not body_keys or f.body_key in body_keys]


def _by_body(facts: list[Fact]) -> dict[Body, list[Fact]]:
    groups: dict[Body, list[Fact]] = {}
    for fact in facts:
        groups.setdefault((fact.province, fact.body_key), []).append(fact)
    return groups


def _parse(key: str) -> Period | None:
    try:
        return Period.parse_key(str(key))
    except ValueError:
        return None


def _ends(key: str) -> Any:
    period = _parse(key)
    return period.end_date() if period else None
