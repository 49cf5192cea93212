"""Per-document metadata as arrays, so that filters and boosts cost little at 100k chunks.

Built from the catalog's document metadata whenever the lexical index is rebuilt, and stored
with it (one immutable snapshot per catalog generation). Rows follow ``doc_ids``; chunk rows
point to them through ``LexicalSnapshot.chunk_doc``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from ingest.period_model import Period
from ingest.text import fold

# The metadata kept per document (what retrieval filters, boosts and notes use).
DOC_FIELDS = (
    "doc_id",
    "source",
    "title",
    "date",
    "periods",
    "mentioned_periods",
    "province",
    "body",
    "body_key",
    "doc_type",
    "doc_number",
)


_NUMBER_PARTS = re.compile(r"(\d{1,5})\W*([a-z]+)\W*([a-z0-9][a-z0-9.\-]*)?")


def number_keys(number: str) -> tuple[str, ...]:
    """Keys of a document number, folded and without separators: the whole number, then its
    number and kind ("117-BC/ĐUK", "117 bc duk", "117-BC/DUK" -> ("117BCDUK", "117BC"));
    leading zeros do not count ("08-KH" is "8-KH")."""
    match = _NUMBER_PARTS.search(fold(number))
    if match is None:
        return ()
    head = (str(int(match.group(1))) + match.group(2)).upper()
    issuer = re.sub(r"[^a-z0-9]", "", match.group(3) or "").upper()
    return (head + issuer, head) if issuer else (head,)


def _periods(keys: list[str]) -> list[Period]:
    out = []
    for key in keys:
        try:
            out.append(Period.parse_key(key))
        except ValueError:
            continue
    return out


def _ordinal(iso: str) -> int:
    try:
        return date.fromisoformat(iso).toordinal()
    except (TypeError, ValueError):
        return 0


def _codes(values: list[str]) -> tuple[np.ndarray, tuple[str, ...]]:
    """Integer code per value ("" -> -1) and the table of distinct values."""
    table = tuple(sorted({v for v in values if v}))
    index = {v: i for i, v in enumerate(table)}
    return np.array([index.get(v, -1) for v in values], dtype=np.int32), table


def _inverted(lists: list[list[Any]]) -> dict[Any, np.ndarray]:
    found: dict[Any, list[int]] = defaultdict(list)
    for row, values in enumerate(lists):
        for value in dict.fromkeys(values):
            found[value].append(row)
    return {k: np.array(v, dtype=np.int64) for k, v in found.items()}


@dataclass(frozen=True)
class DocTable:
    """Document metadata of one snapshot: lists by row, codes and inverted indexes."""

    docs: tuple[dict[str, Any], ...]
    province: np.ndarray  # code into ``province_names``; -1 when unknown
    province_names: tuple[str, ...]
    body: np.ndarray  # code into ``body_keys``; -1 when unknown
    body_keys: tuple[str, ...]
    report_end: np.ndarray  # ordinal of the end of the latest reported period (else the date)
    date: np.ndarray  # ordinal of the document date; 0 when unknown
    by_period: dict[str, np.ndarray]  # reported period key -> rows
    by_mentioned: dict[str, np.ndarray]  # mentioned period key -> rows
    by_year: dict[int, np.ndarray]  # year of a reported period -> rows
    by_number: dict[str, np.ndarray]  # key of a document number (``number_keys``) -> rows
    row_of: dict[str, int]  # doc_id -> row

    @classmethod
    def build(cls, metas: list[dict[str, Any]]) -> DocTable:
        docs = tuple(
            {f: m.get(f, "" if f not in ("periods", "mentioned_periods") else []) for f in DOC_FIELDS}
            for m in metas
        )
        reported = [_periods(list(d["periods"])) for d in docs]
        dates = np.array([_ordinal(str(d["date"])) for d in docs], dtype=np.int64)
        ends = np.array(
            [
                max((p.end_date().toordinal() for p in ps), default=int(dates[i]))
                for i, ps in enumerate(reported)
            ],
            dtype=np.int64,
        )
        province, province_names = _codes([str(d["province"]) for d in docs])
        body, body_keys = _codes([str(d["body_key"]) for d in docs])
        return cls(
            docs=docs,
            province=province,
            province_names=province_names,
            body=body,
            body_keys=body_keys,
            report_end=ends,
            date=dates,
            by_period=_inverted([[p.key for p in ps] for ps in reported]),
            by_mentioned=_inverted([list(d["mentioned_periods"]) for d in docs]),
            by_year=_inverted([[p.year for p in ps] for ps in reported]),
            by_number=_inverted([list(number_keys(str(d["doc_number"] or ""))) for d in docs]),
            row_of={str(d["doc_id"]): i for i, d in enumerate(docs)},
        )

    def __len__(self) -> int:
        return len(self.docs)

    def rows(self, table: dict[Any, np.ndarray], key: Any) -> np.ndarray:
        return table.get(key, _EMPTY)


_EMPTY = np.zeros(0, dtype=np.int64)
