"""Notes (Vietnamese, for users) on how a search read the question and what it fell back to:
which report was used when no period was named, constraints that matched nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ingest.bodies import body_display
from ingest.period_model import Period
from vectorstore.doctable import DocTable
from vectorstore.hits import Hit
from vectorstore.query import QueryIntent
from vectorstore.scoring import TIERS, DocWeights

_KIND_LABELS = {
    "Y": "cả năm",
    "H1": "6 tháng đầu năm",
    "H2": "6 tháng cuối năm",
    "9M": "9 tháng",
    "Q1": "quý I",
    "Q2": "quý II",
    "Q3": "quý III",
    "Q4": "quý IV",
}


@dataclass
class Evidence:
    """One side of a search: its intent, the weights used and the hits it contributed."""

    intent: QueryIntent
    weights: DocWeights
    hits: list[Hit]


def describe_doc(meta: dict[str, Any]) -> str:
    """ "«title» (quý I/2022; Nghệ An; ngày 05/04/2022)" for a document's metadata."""
    parts = [", ".join(_label(k) for k in meta.get("periods") or [])]
    parts.append(str(meta.get("province") or ""))
    date = str(meta.get("date") or "")
    if len(date) == 10:
        parts.append(f"ngày {date[8:10]}/{date[5:7]}/{date[:4]}")
    inside = "; ".join(p for p in parts if p)
    title = str(meta.get("title") or str(meta.get("source", "")).rsplit("/", 1)[-1])
    return f"«{title}»" + (f" ({inside})" if inside else "")


def _label(key: str) -> str:
    try:
        return Period.parse_key(key).label()
    except ValueError:
        return key


def _where(intent: QueryIntent) -> str:
    bodies = ", ".join(body_display(k) for k in intent.body_keys)
    places = ", ".join(intent.provinces)
    return " ".join(p for p in (bodies, places) if p)


MISSING = "Chưa nạp báo cáo nào của "


def missing_note(who: str) -> str:
    """ "Chưa nạp báo cáo nào của Quận ủy Ngô Quyền.": the committee named has no report, so
    what was found belongs to another place (answering refuses on a note starting ``MISSING``)."""
    return f"{MISSING}{who}."


def retrieval_notes(intent: QueryIntent, docs: DocTable, evidence: list[Evidence]) -> list[str]:
    """Notes for one search (one per fallback), in the order of the sides."""
    notes: list[str] = []
    for side in evidence:
        notes.extend(_side_notes(side, docs))
    return list(dict.fromkeys(notes))


def _side_notes(side: Evidence, docs: DocTable) -> list[str]:
    intent, weights = side.intent, side.weights
    out = []
    if "province" in weights.relaxed:
        out.append(
            f"Kho chưa có báo cáo nào của {', '.join(intent.provinces)}; kết quả dưới đây thuộc nơi khác."
        )
    if "body" in weights.relaxed:
        names = ", ".join(body_display(k) for k in intent.body_keys)
        out.append(f"Kho chưa có báo cáo nào của {names}; kết quả dưới đây thuộc cơ quan khác.")
    if "place" in weights.relaxed:
        out.append(missing_note(", ".join(body_display(k, place=p) for k, p in intent.committees)))
    if "number" in weights.relaxed:
        out.append(
            f"Kho chưa có văn bản số {', '.join(intent.doc_numbers)}; kết quả dưới đây thuộc văn bản khác."
        )
    if not side.hits:
        return out
    used = describe_doc(side.hits[0].metadata)
    where = _where(intent)
    if intent.periods:
        allowed = weights.factor > 0
        best = float(np.max(weights.period_tier[allowed])) if np.any(allowed) else 0.0
        if best < TIERS["within"] - 1e-6:
            labels = ", ".join(_label(k) for k in intent.periods)
            out.append(
                f"Không có báo cáo nào đúng kỳ {labels}"
                + (f" của {where}" if where else "")
                + f"; kết quả lấy từ {used}."
            )
    elif intent.open_periods and not intent.years:
        kinds = ", ".join(_KIND_LABELS.get(k, k) for k in intent.open_periods)
        out.append(f"Câu hỏi không nêu năm của kỳ {kinds}; đã dùng báo cáo gần nhất phù hợp: {used}.")
    elif not intent.years and not weights.numbered:
        out.append(f"Câu hỏi không nêu kỳ báo cáo; đã dùng báo cáo mới nhất phù hợp: {used}.")
    return out
