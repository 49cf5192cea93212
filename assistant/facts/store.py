"""The facts table beside the catalog: written in each document's transaction, queried here.

Rows cascade from ``documents`` and ``chunks`` (a removed or replaced document takes its facts
with it) and are keyed by (chunk_id, ordinal), so two stores built from the same files hold
the same rows. ``refresh_facts`` rebuilds the facts of documents stored before this table
existed or by an older extractor (``EXTRACTOR_VERSION``), from the catalog alone.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from assistant.facts.extract import EXTRACTOR_VERSION, extract_document_facts
from assistant.facts.model import Fact
from ingest.model import Chunk

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS facts (
    chunk_id TEXT NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    metric TEXT NOT NULL,
    measure TEXT NOT NULL,
    value TEXT NOT NULL,
    number TEXT,
    unit TEXT NOT NULL,
    period TEXT NOT NULL,
    segment TEXT NOT NULL,
    province TEXT NOT NULL,
    body_key TEXT NOT NULL,
    body TEXT NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (chunk_id, ordinal)
);
CREATE INDEX IF NOT EXISTS facts_lookup ON facts(metric, period, province, body_key);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
"""
VERSION_KEY = "facts_extractor"
_COLUMNS = (
    "chunk_id, ordinal, doc_id, metric, measure, value, number, unit, period, segment, "
    "province, body_key, body, quote"
)


def insert_facts(conn: sqlite3.Connection, facts: Iterable[Fact]) -> int:
    rows = [
        (
            f.chunk_id, f.ordinal, f.doc_id, f.metric, f.measure, f.value,
            None if f.number is None else str(f.number), f.unit, f.period, f.segment,
            f.province, f.body_key, f.body, f.quote,
        )
        for f in facts
    ]  # fmt: skip
    conn.executemany(f"INSERT INTO facts ({_COLUMNS}) VALUES ({', '.join('?' * 14)})", rows)
    return len(rows)


def write_document_facts(conn: sqlite3.Connection, record: Any, chunks: list[Chunk]) -> None:
    """Catalog writer: extract and store the facts of one document in its transaction.

    A failure of extraction is logged and leaves the document without facts rather than
    failing its ingest: figures are a help, the document itself is the source of truth.
    """
    conn.execute("DELETE FROM facts WHERE doc_id = ?", (record.doc_id,))
    _mark_if_first(conn, record.doc_id)
    try:
        facts = extract_document_facts(record.doc_id, record.metadata, chunks)
    except Exception:  # a bug in a rule must not lose the document
        log.exception("fact extraction failed for %s", record.source)
        return
    insert_facts(conn, facts)


def refresh_facts(catalog: Any) -> int:
    """Re-extract every document's facts when the extractor version changed; returns docs done."""
    if catalog.get_state(VERSION_KEY) == EXTRACTOR_VERSION:
        return 0
    from vectorstore.catalog import chunk_from_row

    done = 0
    for record in catalog.documents():
        chunks = [chunk_from_row(r) for r in catalog.chunk_rows(record.doc_id)]
        with catalog.transaction() as conn:
            write_document_facts(conn, record, chunks)
        done += 1
    catalog.set_state(VERSION_KEY, EXTRACTOR_VERSION)
    if done:
        log.info("facts rebuilt for %d documents (extractor %s)", done, EXTRACTOR_VERSION)
    return done


def _mark_if_first(conn: sqlite3.Connection, doc_id: str) -> None:
    """In a store whose first document this is, its facts are current: record the version."""
    if conn.execute("SELECT 1 FROM state WHERE key = ?", (VERSION_KEY,)).fetchone():
        return
    if conn.execute("SELECT 1 FROM documents WHERE doc_id != ? LIMIT 1", (doc_id,)).fetchone():
        return
    conn.execute("INSERT INTO state(key, value) VALUES(?, ?)", (VERSION_KEY, EXTRACTOR_VERSION))


# -- queries ----------------------------------------------------------------------------
_SELECT = (
    "SELECT f.*, d.source AS source, d.metadata AS doc_metadata FROM facts f "
    "JOIN documents d ON d.doc_id = f.doc_id"
)


def query_facts(
    catalog: Any,
    *,
    metrics: Iterable[str] | None = None,
    periods: Iterable[str] | None = None,
    province: str | None = None,
    body_key: str | None = None,
    measure: str | None = None,
    segment: str | None = "",
    doc_id: str | None = None,
) -> list[Fact]:
    """Facts matching every given filter, in document order (``segment=None``: any segment)."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in (("f.metric", metrics), ("f.period", periods)):
        if values is not None:
            values = list(values)
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})" if values else "0")
            params.extend(values)
    for column, value in (
        ("f.province", province), ("f.body_key", body_key), ("f.measure", measure),
        ("f.segment", segment), ("f.doc_id", doc_id),
    ):  # fmt: skip
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = catalog.query(f"{_SELECT}{where} ORDER BY d.source, f.chunk_id, f.ordinal", tuple(params))
    return [fact_from_row(r) for r in rows]


def fact_from_row(row: sqlite3.Row) -> Fact:
    meta = json.loads(row["doc_metadata"])
    return Fact(
        metric=row["metric"],
        value=row["value"],
        period=row["period"],
        quote=row["quote"],
        measure=row["measure"],
        number=None if row["number"] is None else Decimal(row["number"]),
        unit=row["unit"],
        segment=row["segment"],
        chunk_id=row["chunk_id"],
        ordinal=int(row["ordinal"]),
        doc_id=row["doc_id"],
        province=row["province"],
        body_key=row["body_key"],
        body=row["body"],
        source=row["source"],
        title=str(meta.get("title") or ""),
        date=str(meta.get("date") or ""),
        doc_periods=list(meta.get("periods") or []),
    )


def series(
    catalog: Any, province: str, body_key: str, metrics: Iterable[str], measure: str = "value"
) -> dict[str, dict[str, Fact]]:
    """metric -> period -> the fact to show, over every period of one body in the store."""
    facts = query_facts(catalog, metrics=metrics, province=province, body_key=body_key, measure=measure)
    out: dict[str, dict[str, Fact]] = {}
    for fact in facts:
        out.setdefault(fact.metric, {}).setdefault(fact.period, fact)
    for metric, by_period in out.items():
        for period in by_period:
            by_period[period] = best_fact([f for f in facts if (f.metric, f.period) == (metric, period)])
    return out


def best_fact(facts: list[Fact]) -> Fact:
    """The fact to show among several for one metric and period.

    From the period's own report first (a later report's table comes second), then, for
    metrics whose parts are often named too ("max": money), the largest, else the first.
    """
    from assistant.facts.metrics import BY_KEY

    own = [f for f in facts if f.from_own_report] or facts
    metric = BY_KEY.get(own[0].metric)
    if metric is not None and metric.pick == "max":
        return max(own, key=lambda f: f.number if f.number is not None else Decimal(0))
    return own[0]
