"""Explicit search filters (province, body_key, period, period_from/to, doc_id, source) as a
mask over the documents of a snapshot, and how well a document's body answers a body named."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from assistant.errors import BaocaoError
from ingest.bodies import find_bodies
from ingest.gazetteer import get_province
from ingest.period_model import Period
from ingest.text import fold
from vectorstore.doctable import DocTable

RELATED_BODY = 0.8  # "Đảng ủy Khối" of unknown kind, or the merged Khối of 2025


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


# Committees named with their place ("Quận ủy Ngô Quyền", "Huyện ủy Đức Trọng"), not a province.
PLACED_BODIES = (
    "thanh-uy",
    "huyen-uy",
    "quan-uy",
    "thi-uy",
    "dang-uy-xa",
    "dang-uy-phuong",
    "dang-uy-thi-tran",
)
# The kind of a place written before its name: "quận Ngô Quyền", "Q. Ngô Quyền", "TP. Huế".
_PLACE_KIND = re.compile(
    r"^(?:(?:quan|huyen|thi xa|thanh pho|xa|phuong|thi tran)\s+|(?:tp|tx|tt|q|h|p|x)\.\s*|(?:tp|tx)\s+)"
)


def place_key(name: str) -> tuple[str, ...]:
    """The words of a place name compared loosely: folded, without its kind ("quận", "Q."), so
    "Q. Ngô Quyền", "quận Ngo Quyen" and "Ngô Quyền" agree."""
    folded = " ".join(re.sub(r"[^\w.]+", " ", fold(name)).split())
    return tuple(re.sub(r"\.+", " ", _PLACE_KIND.sub("", folded)).split())


def same_place(a: str, b: str) -> bool:
    """True when two place names agree, one possibly followed by more words ("Mỹ Tú" and a
    question's "Mỹ Tú Q1": what follows a name may be no part of it)."""
    x, y = place_key(a), place_key(b)
    short, long = sorted((x, y), key=len)
    return bool(short) and long[: len(short)] == short


def doc_place(doc: dict[str, Any]) -> str:
    """The place of a document's committee ("Lê Chân" for "Quận ủy Lê Chân"), else ""."""
    for mention in find_bodies(str(doc.get("body") or "")):
        if mention.key in PLACED_BODIES and mention.key == doc.get("body_key"):
            return mention.place
    return ""


def committee_match(wanted: tuple[str, str], doc: dict[str, Any]) -> float:
    """How well a document answers a committee named with its place ((key, place)): 1 for the
    same committee or a body of another kind (left to ``body_match``), 0 for the same kind of
    committee of another place, ``RELATED_BODY`` when the document's place is unknown."""
    key, place = wanted
    if body_match(key, str(doc.get("body_key") or "")) < 1.0:
        return 1.0
    have = doc_place(doc)
    if not have:
        return RELATED_BODY
    return 1.0 if same_place(have, place) else 0.0


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
