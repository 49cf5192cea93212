"""Retrieval filters chosen in the UI, and the choices offered (from the documents in store)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from assistant.ui.render import strip_markup

ALL = ""  # the value of "Tất cả" in every filter
Choice = tuple[str, str]  # (label, value) as Gradio dropdowns take them


def build_filters(
    province: str | None = None,
    body_key: str | None = None,
    period_from: str | None = None,
    period_to: str | None = None,
    doc_id: str | None = None,
) -> dict[str, Any] | None:
    """The ``filters`` dict of ``Assistant.search``/``ask``; None when nothing is chosen."""
    filters: dict[str, Any] = {}
    if province:
        filters["province"] = province
    if body_key:
        filters["body_key"] = body_key
    if period_from and period_from == period_to:
        filters["period"] = period_from
    else:
        if period_from:
            filters["period_from"] = period_from
        if period_to:
            filters["period_to"] = period_to
    if doc_id:
        filters["doc_id"] = doc_id
    return filters or None


# (label, choices key) of the five chat filters, in the order their values are passed.
_SUMMARY: tuple[tuple[str, str], ...] = (
    ("Tỉnh/thành", "province"),
    ("Cơ quan", "body"),
    ("Từ kỳ", "period"),
    ("Đến kỳ", "period"),
    ("Tài liệu", "document"),
)


def filter_summary(values: Sequence[str | None], choices: Mapping[str, list[Choice]]) -> str:
    """ "Bộ lọc: Tỉnh/thành: Lâm Đồng; Từ kỳ: Quý I/2024" for the values of the five filters."""
    parts = []
    for (label, key), value in zip(_SUMMARY, values, strict=False):
        if value:
            shown = next((text for text, v in choices.get(key, []) if v == value), value)
            parts.append(f"{label}: {shown}")
    return "Bộ lọc — " + "; ".join(parts) if parts else ""


def period_label(key: str) -> str:
    """ "2024-Q1" -> "Quý I/2024"."""
    from ingest.period_model import Period

    try:
        label = Period.parse_key(key).label()
    except ValueError:
        return key
    return label[:1].upper() + label[1:]


def sorted_periods(keys: Iterable[str]) -> list[str]:
    """Unique period keys in time order; unparsable keys last."""
    from ingest.period_model import Period, sort_keys

    valid, other = [], []
    for key in set(keys):
        try:
            Period.parse_key(key)
            valid.append(key)
        except ValueError:
            other.append(key)
    return sort_keys(valid) + sorted(other)


def document_label(doc: Mapping[str, Any], width: int = 90) -> str:
    """A readable one-line name for a document: its title and file name."""
    title = strip_markup(str(doc.get("title") or "")).strip()
    name = PurePath(str(doc.get("source") or "")).name
    label = f"{title} ({name})" if title and title != PurePath(name).stem else name or title
    return label if len(label) <= width else label[: width - 1] + "…"


def filter_choices(documents: list[dict[str, Any]]) -> dict[str, list[Choice]]:
    """Dropdown choices for provinces, bodies, periods and documents, each led by "Tất cả"."""
    provinces = sorted({str(d["province"]) for d in documents if d.get("province")})
    bodies: dict[str, str] = {}
    for doc in documents:
        key = str(doc.get("body_key") or "")
        if key and key not in bodies:
            bodies[key] = strip_markup(str(doc.get("body") or key))
    periods = sorted_periods(str(p) for d in documents for p in d.get("periods") or [])
    docs = sorted(documents, key=lambda d: (document_label(d).lower(), str(d.get("doc_id"))))
    lead: list[Choice] = [("Tất cả", ALL)]
    return {
        "province": lead + [(p, p) for p in provinces],
        "body": lead + sorted(((label, key) for key, label in bodies.items()), key=lambda c: c[0]),
        "period": lead + [(period_label(p), p) for p in periods],
        "document": lead + [(document_label(d), str(d["doc_id"])) for d in docs],
    }
